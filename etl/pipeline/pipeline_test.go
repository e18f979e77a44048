package pipeline_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/etl/report"
	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/internal/homestate"
	"github.com/countylines/countylines/queries"
	"github.com/countylines/countylines/reference"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// clock is a fixed start time; each call moves on a second so that runs
// are ordered but outputs stay deterministic.
var epoch = time.Date(2021, 10, 20, 9, 0, 0, 0, time.UTC)

type env struct {
	t      testing.TB
	cat    *catalog.Catalog
	home   pipeline.Home
	now    time.Time
	runs   int
	log    zerolog.Logger // the zero value logs nothing
	settle time.Duration
}

// demo is one pass over the 44 sample returns, made once for the tests
// that only read what that pass loaded and published (TestDemoPassTotals,
// TestHampshireSeed, TestOutputsGolden): each made the same pass, from the
// same files at the same clock, for itself. Its home is removed by
// TestMain.
var demo struct {
	sync.Once
	home string
	res  pipeline.Result
	err  error
}

// demoPass is an env on demo's home, and demo's pass result. The tests
// that take it read the home and never change it, and do not run in
// parallel with each other.
func demoPass(t *testing.T) (*env, pipeline.Result) {
	t.Helper()
	e := newEnv(t)
	demo.Do(func() {
		if demo.home, demo.err = os.MkdirTemp("", "countylines-demo-"); demo.err != nil {
			return
		}
		d := &env{t: t, cat: e.cat, home: pipeline.Home{Root: demo.home}, now: epoch}
		d.dropSamples()
		demo.res, demo.err = d.tryPass()
	})
	if demo.err != nil {
		t.Fatalf("demo pass: %v", demo.err)
	}
	e.home, e.runs = pipeline.Home{Root: demo.home}, 1
	return e, demo.res
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demo.home != "" {
		os.RemoveAll(demo.home)
	}
	os.Exit(code)
}

func newEnv(t testing.TB) *env {
	t.Helper()
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, cat: cat, home: pipeline.Home{Root: t.TempDir()}, now: epoch}
}

func (e *env) pass() pipeline.Result {
	e.t.Helper()
	res, err := e.tryPass()
	if err != nil {
		e.t.Fatalf("pass: %v", err)
	}
	return res
}

func (e *env) tryPass() (pipeline.Result, error) {
	e.runs++
	return pipeline.Run(context.Background(), pipeline.Config{Home: e.home.Root, Settle: e.settle, Limits: defaultLimits()},
		pipeline.Deps{Catalog: e.cat, CatalogSum: "test", Queries: queries.FS, Log: e.log,
			Now: func() time.Time { return e.now }, RunID: fmt.Sprintf("run-%d", e.runs)})
}

// drop puts a file in the inbox with a given arrival time.
func (e *env) drop(name string, data []byte, at time.Time) {
	e.t.Helper()
	if err := os.MkdirAll(e.home.Inbox(), 0o755); err != nil {
		e.t.Fatal(err)
	}
	p := filepath.Join(e.home.Inbox(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		e.t.Fatal(err)
	}
	if err := os.Chtimes(p, at, at); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) dropSamples() {
	e.t.Helper()
	err := fs.WalkDir(fixtures.Returns, "returns", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fixtures.Returns, p)
		if err != nil {
			return err
		}
		e.drop(filepath.Base(p), b, epoch)
		return nil
	})
	if err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) query(q string) *etl.Table {
	e.t.Helper()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: e.home.Analyst(), ReadOnly: true})
	if err != nil {
		e.t.Fatal(err)
	}
	defer db.Close()
	t, err := db.Query(context.Background(), "q", q, 0)
	if err != nil {
		e.t.Fatalf("%s: %v", q, err)
	}
	return t
}

func num(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	case int32:
		return float64(x)
	}
	panic(fmt.Sprintf("not a number: %T %v", v, v))
}

func str(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// expectedNational adds up the samples' intended figures in Go, with no
// SQL: per metric, item and unit, plus the all-items row of itemised
// metrics (the samples give items only, never their own total).
func expectedNational(t testing.TB, cat *catalog.Catalog) map[string][2]float64 {
	samples, err := fixtures.Samples(cat)
	if err != nil {
		t.Fatal(err)
	}
	type agg struct {
		sum    float64
		forces map[string]bool
	}
	out := map[string]*agg{}
	add := func(k, force string, v *float64) {
		a := out[k]
		if a == nil {
			a = &agg{forces: map[string]bool{}}
			out[k] = a
		}
		if v != nil {
			a.sum += *v
		}
		a.forces[force] = true
	}
	for _, s := range samples {
		for _, f := range s.Expect {
			add(f.Metric+"|"+f.Item+"|"+string(f.Unit), s.Force, f.Value)
			if f.Item != "" {
				add(f.Metric+"||"+string(f.Unit), s.Force, f.Value)
			}
		}
	}
	res := map[string][2]float64{}
	for k, a := range out {
		res[k] = [2]float64{a.sum, float64(len(a.forces))}
	}
	return res
}

func TestDemoPassTotals(t *testing.T) {
	e, res := demoPass(t)
	if res.Run.Loaded != 44 || res.Run.Rejected != 0 || res.Run.Status != "ok" {
		t.Fatalf("run: %+v", res.Run)
	}
	if n, _ := os.ReadDir(e.home.Inbox()); len(n) != 0 {
		t.Errorf("inbox not empty after the pass: %d entries", len(n))
	}
	if n, _ := os.ReadDir(e.home.Work()); len(n) != 0 {
		t.Errorf("work/ holds %d entries after a complete pass, want none", len(n))
	}
	if n, _ := os.ReadDir(filepath.Join(e.home.Archive(), "2021-10")); len(n) != 44 {
		t.Errorf("archive holds %d files, want 44", len(n))
	}

	want := expectedNational(t, e.cat)
	got := e.query("select metric_code, item_code, unit, value, forces_reporting from national_totals where operation_code = '2021-10'")
	if len(got.Rows) != len(want) {
		t.Errorf("national_totals has %d rows, the samples add up to %d", len(got.Rows), len(want))
	}
	for _, r := range got.Rows {
		k := str(r[0]) + "|" + str(r[1]) + "|" + str(r[2])
		w, ok := want[k]
		if !ok {
			t.Errorf("unexpected national total %s", k)
			continue
		}
		var v float64
		if r[3] != nil {
			v = num(r[3])
		}
		if math.Abs(v-w[0]) > 1e-6 || num(r[4]) != w[1] {
			t.Errorf("%s: got %v from %v forces, want %v from %v", k, v, r[4], w[0], w[1])
		}
	}

	// Regions add up to the nation, key by key.
	diff := e.query(`select n.metric_code, n.item_code, n.unit, n.value, sum(r.value)
		from national_totals n join regional_totals r using (operation_code, metric_code, unit)
		where r.item_code is not distinct from n.item_code
		group by all having abs(coalesce(n.value, 0) - coalesce(sum(r.value), 0)) > 1e-6`)
	if len(diff.Rows) > 0 {
		t.Errorf("regional totals do not add up to national: %v", diff.Rows)
	}
	// Every force is in its ROCU: Kent in ERSOU after September 2018.
	kent := e.query("select distinct rocu from current_facts where force_code = 'kent'")
	if len(kent.Rows) != 1 || str(kent.Rows[0][0]) != "ERSOU" {
		t.Errorf("kent's rocu in 2021: %v, want ERSOU", kent.Rows)
	}
	complete := e.query("select count(*) filter (where returned), count(*) from completeness where operation_code = '2021-10'")
	if num(complete.Rows[0][0]) != 44 || num(complete.Rows[0][1]) != 44 {
		t.Errorf("completeness: %v returned of %v", complete.Rows[0][0], complete.Rows[0][1])
	}
}

func TestHampshireSeed(t *testing.T) {
	e, _ := demoPass(t)
	got := e.query(`select metric_code, coalesce(item_code, ''), unit, value, qualifier from current_facts
		where force_code = 'hampshire' and operation_code = '2021-10' order by all`)
	var lines []string
	for _, r := range got.Rows {
		v := "NULL"
		if r[3] != nil {
			v = strconv.FormatFloat(num(r[3]), 'f', -1, 64)
		}
		lines = append(lines, fmt.Sprintf("%s|%s|%s|%s|%s", r[0], r[1], r[2], v, r[4]))
	}
	// The published figures of Hampshire's October 2021 press release.
	want := []string{
		"arrests||people|43|exact",
		"arrests_under_18||people|7|exact",
		"assets_seized|watch|count|3|exact",
		"assets_seized|watch|gbp|NULL|unquantified",
		"cash_seized||gbp|50272|exact",
		"cuckooed_addresses_visited||count|26|exact",
		"drugs_seized|crack_cocaine|wraps|269|exact",
		"drugs_seized|heroin|gbp|20000|exact",
		"drugs_seized|heroin|wraps|265|exact",
		"landlords_visited||count|10|exact",
		"mobile_phones_seized||count|63|exact",
		"safeguarded||people|49|exact",
		"safeguarded_adult_female||people|13|exact",
		"safeguarded_adult_male||people|28|exact",
		"safeguarded_juvenile||people|8|exact",
		"schools_visited||count|21|exact",
		"stop_searches||count|35|exact",
		"stop_searches_out_of_area||people|5|exact",
		"warrants||count|25|exact",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("hampshire:\n got %s\nwant %s", strings.Join(lines, "\n     "), strings.Join(want, "\n     "))
	}
}

// hampshireWith returns Hampshire's sample with arrests changed.
func hampshireWith(t testing.TB, cat *catalog.Catalog, arrests int) []byte {
	tmpl, layout, err := report.TemplateBytes(cat)
	if err != nil {
		t.Fatal(err)
	}
	samples, err := fixtures.Samples(cat)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range samples {
		if s.Force != "hampshire" {
			continue
		}
		for i := range s.Entries {
			if s.Entries[i].Key == "arrests" {
				s.Entries[i].Value = arrests
			}
		}
		var b bytes.Buffer
		if err := fixtures.Write(&b, tmpl, layout, s); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	t.Fatal("no hampshire sample")
	return nil
}

func TestResubmissionReplaces(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.dropSamples()
	e.pass()
	before := e.query("select value from national_totals where metric_code = 'arrests' and operation_code = '2021-10'")

	e.now = e.now.Add(time.Hour)
	e.drop("hampshire corrected.xlsx", hampshireWith(t, e.cat, 50), epoch.Add(30*time.Minute))
	res := e.pass()
	if res.Run.Loaded != 1 {
		t.Fatalf("resubmission run: %+v", res.Run)
	}
	after := e.query("select value from national_totals where metric_code = 'arrests' and operation_code = '2021-10'")
	if d := num(after.Rows[0][0]) - num(before.Rows[0][0]); d != 7 {
		t.Errorf("national arrests moved by %v, want +7 (43 → 50)", d)
	}
	st := e.query("select status, file_name from returns where force_code = 'hampshire' order by return_id")
	if len(st.Rows) != 2 || str(st.Rows[0][0]) != "superseded" || str(st.Rows[1][0]) != "current" || str(st.Rows[1][1]) != "hampshire corrected.xlsx" {
		t.Errorf("hampshire returns: %v", st.Rows)
	}
	n := e.query("select count(*) from current_facts where force_code = 'hampshire'")
	if num(n.Rows[0][0]) != 19 {
		t.Errorf("hampshire has %v current facts, want 19 (the earlier return's facts must not remain)", n.Rows[0][0])
	}
}

func TestDuplicateIsNoOp(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := hampshireWith(t, e.cat, 43)
	e.drop("a.xlsx", b, epoch)
	e.pass()
	e.drop("copy of a.xlsx", b, epoch)
	res := e.pass()
	if res.Run.Duplicates != 1 || res.Run.Loaded != 0 {
		t.Fatalf("run: %+v", res.Run)
	}
	f := e.query("select outcome, file_name from files order by outcome")
	if len(f.Rows) != 2 || str(f.Rows[0][0]) != "duplicate" || str(f.Rows[1][0]) != "loaded" {
		t.Errorf("files: %v", f.Rows)
	}
	if _, err := os.Stat(filepath.Join(e.home.Archive(), "duplicates")); err != nil {
		t.Errorf("duplicate not archived: %v", err)
	}
}

func TestBadFilesAreRejectedOthersLoad(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.drop("not really.xlsx", []byte("Force,Arrests\nKent,12\n"), epoch)
	e.drop("old format.xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), epoch)
	good := hampshireWith(t, e.cat, 43)
	e.drop("truncated.xlsx", good[:len(good)/2], epoch)
	e.drop("hampshire.xlsx", good, epoch)
	e.drop("~$hampshire.xlsx", []byte("owner file"), epoch)
	res := e.pass()
	if res.Run.Loaded != 1 || res.Run.Rejected != 3 || res.Run.Status != "rejections" {
		t.Fatalf("run: %+v", res.Run)
	}
	for name, want := range map[string]string{
		"not really.xlsx": "could not be read as an Excel .xlsx workbook",
		"old format.xls":  "old Excel 97-2003 (.xls) format",
		"truncated.xlsx":  "could not be read as an Excel .xlsx workbook",
	} {
		matches, _ := filepath.Glob(filepath.Join(e.home.Rejected(), "*-"+name+".report.txt"))
		if len(matches) != 1 {
			t.Errorf("%s: no report in rejected/", name)
			continue
		}
		b, _ := os.ReadFile(matches[0])
		if !strings.Contains(string(b), want) || !strings.Contains(string(b), name) {
			t.Errorf("%s report does not say %q:\n%s", name, want, b)
		}
		if _, err := os.Stat(strings.TrimSuffix(matches[0], ".report.txt")); err != nil {
			t.Errorf("%s: the file itself is not kept in rejected/: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(e.home.Inbox(), "~$hampshire.xlsx")); err != nil {
		t.Errorf("Excel's owner file should be left alone: %v", err)
	}
	f := e.query("select count(*) from files where outcome = 'rejected'")
	if num(f.Rows[0][0]) != 3 {
		t.Errorf("files table records %v rejections, want 3", f.Rows[0][0])
	}
}

func TestUnsettledFileWaits(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.drop("hampshire.xlsx", hampshireWith(t, e.cat, 43), epoch)
	e.now = epoch.Add(2 * time.Second)
	res, err := pipeline.Run(context.Background(), pipeline.Config{Home: e.home.Root, Settle: 10 * time.Second, Limits: defaultLimits()},
		pipeline.Deps{Catalog: e.cat, CatalogSum: "test", Queries: queries.FS, Log: zerolog.Nop(), Now: func() time.Time { return e.now }, RunID: "early"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Run.FilesSeen != 0 {
		t.Fatalf("a file 2s old was taken with a 10s settle window: %+v", res.Run)
	}
	if _, err := os.Stat(filepath.Join(e.home.Inbox(), "hampshire.xlsx")); err != nil {
		t.Fatal("the unsettled file left the inbox")
	}
}

// TestOutputsGolden dumps the workbook (every sheet) and every Parquet file
// to canonical CSV and compares them with testdata/golden.
func TestOutputsGolden(t *testing.T) {
	e, _ := demoPass(t)
	dir := filepath.Join(e.home.Out(), "2021-10")
	f, err := excelize.OpenFile(filepath.Join(dir, "countylines-2021-10.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		w := csv.NewWriter(&b)
		if err := w.WriteAll(rows); err != nil {
			t.Fatal(err)
		}
		golden(t, "xlsx_"+sh+".csv", b.String())
	}
	pqs, _ := filepath.Glob(filepath.Join(dir, "*.parquet"))
	if len(pqs) < 6 {
		t.Fatalf("only %d parquet files", len(pqs))
	}
	db, err := warehouse.Open(context.Background(), warehouse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, p := range pqs {
		tb, err := db.Query(context.Background(), "pq", "select * from read_parquet('"+p+"') order by all", 0)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "parquet_"+strings.TrimSuffix(filepath.Base(p), ".parquet")+".csv", homestate.TableCSV(tb))
	}
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test ./etl/pipeline -run Golden -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file; diff it after go test -update:\n%s", name, firstDiff(string(want), got))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n want %q\n  got %q", i+1, x, y)
		}
	}
	return ""
}
