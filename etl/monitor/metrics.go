package monitor

import (
	"fmt"
	"os"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// writeMetrics writes the Prometheus textfile (for node_exporter's
// textfile collector, or anything that reads the text format) from the
// status. Every value is derived from status.json, so the two agree.
func writeMetrics(path string, s *Status) error {
	reg := prometheus.NewRegistry()
	gauge := func(name, help string, v float64) {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
		g.Set(v)
		reg.MustRegister(g)
	}
	if last, ok := s.Last(); ok {
		gauge("countylines_last_pass_duration_seconds", "How long the last pass (or rebuild) took.", last.Duration().Seconds())
		gauge("countylines_last_pass_end_timestamp_seconds", "When the last pass (or rebuild) ended (Unix time).", unix(last.Ended))
		failed := 0.0
		if last.Status == StatusFailed {
			failed = 1
		}
		gauge("countylines_last_pass_failed", "1 if the last pass (or rebuild) failed, else 0.", failed)
	}
	// The files of the last pass over the inbox: a rebuild only reads
	// again files already counted.
	for _, p := range s.Passes {
		if p.Kind == KindRebuild {
			continue
		}
		lastFiles := prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "countylines_last_pass_files", Help: "Files the last pass over the inbox dealt with, by outcome."}, []string{"outcome"})
		lastFiles.WithLabelValues("loaded").Set(float64(p.Loaded))
		lastFiles.WithLabelValues("rejected").Set(float64(p.Rejected))
		lastFiles.WithLabelValues("duplicate").Set(float64(p.Duplicates))
		reg.MustRegister(lastFiles)
		break
	}
	if s.LastSuccess != nil {
		gauge("countylines_last_success_timestamp_seconds", "When the last pass that worked ended (Unix time).", unix(*s.LastSuccess))
	}
	if s.Schedule != nil {
		gauge("countylines_next_pass_timestamp_seconds", "When the scheduler will start the next pass (Unix time).", unix(s.Schedule.Next))
	}
	passes := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "countylines_passes_total", Help: "Passes finished, by status (ok, rejections, failed, cancelled)."}, []string{"status"})
	for st, n := range s.Totals.Passes {
		passes.WithLabelValues(st).Add(float64(n))
	}
	reg.MustRegister(passes)
	files := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "countylines_files_total", Help: "Files that arrived, by outcome (loaded, rejected, duplicate)."}, []string{"outcome"})
	for _, o := range []string{"loaded", "rejected", "duplicate"} {
		files.WithLabelValues(o).Add(float64(s.Totals.Files[o]))
	}
	reg.MustRegister(files)
	expected := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "countylines_returns_expected", Help: "Forces expected to send a return, per operation."}, []string{"operation"})
	received := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "countylines_returns_received", Help: "Forces whose return is loaded, per operation."}, []string{"operation"})
	rejected := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "countylines_returns_rejected_total", Help: "Returns rejected, per operation."}, []string{"operation"})
	for _, o := range s.Operations {
		expected.WithLabelValues(o.Operation).Set(float64(o.Expected))
		received.WithLabelValues(o.Operation).Set(float64(len(o.Returned)))
		rejected.WithLabelValues(o.Operation).Add(float64(o.RejectedTotal))
	}
	reg.MustRegister(expected, received, rejected)
	return prometheus.WriteToTextfile(path, reg)
}

func unix(t interface{ UnixNano() int64 }) float64 { return float64(t.UnixNano()) / 1e9 }

// ReadMetrics parses a metrics.prom with Prometheus's own text-format
// parser and returns every sample as name{label=value}... -> value.
func ReadMetrics(path string) (map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]float64{}
	for name, fam := range fams {
		if fam.GetHelp() == "" {
			return nil, fmt.Errorf("%s: %s has no HELP", path, name)
		}
		for _, m := range fam.Metric {
			key := name
			for _, l := range m.Label {
				key += "{" + l.GetName() + "=" + l.GetValue() + "}"
			}
			switch fam.GetType() {
			case dto.MetricType_COUNTER:
				out[key] = m.GetCounter().GetValue()
			case dto.MetricType_GAUGE:
				out[key] = m.GetGauge().GetValue()
			default:
				return nil, fmt.Errorf("%s: %s is neither a counter nor a gauge", path, name)
			}
		}
	}
	return out, nil
}
