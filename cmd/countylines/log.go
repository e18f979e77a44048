package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

// newLogger builds the one logger of the process: JSON lines on w, or,
// on a terminal (or with log-format console), one short line per event:
// time, level, message, file, force, then the rest.
func newLogger(w io.Writer, cfg Config) zerolog.Logger {
	zerolog.TimeFieldFormat = "2006-01-02T15:04:05.000Z07:00"
	console := cfg.LogFormat == "console"
	if cfg.LogFormat == "auto" {
		if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			console = true
		}
	}
	if console {
		w = consoleWriter(w, cfg.Home)
	}
	return zerolog.New(w).Level(cfg.LogLevel).With().Timestamp().Logger()
}

// consoleOrder is the order of the fields a person reads first; the
// rest follow in alphabetical order.
var consoleOrder = []string{"file", "force", "facts", "warnings", "status", "files_seen", "loaded", "rejected", "duplicates", "duration"}

// consoleHidden are fields a line about one file leaves out on a
// terminal (the JSON lines keep them): the archive path repeats the file's
// name and hash, the hash and ids serve machines, and the operation is in
// the pass's summary line.
var consoleHidden = []string{"archived_as", "sha256", "return_id", "operation"}

func consoleWriter(w io.Writer, home string) zerolog.ConsoleWriter {
	noColor := true
	if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		noColor = os.Getenv("NO_COLOR") != ""
	}
	return zerolog.ConsoleWriter{
		Out:           w,
		NoColor:       noColor,
		TimeFormat:    time.TimeOnly,
		FieldsOrder:   consoleOrder,
		FormatPrepare: func(ev map[string]any) error { shortenForConsole(ev, home); return nil },
	}
}

// shortenForConsole makes one log event a short line for a person at a
// terminal: time, level, message, file, force, then the few fields that
// matter, paths relative to the home, durations rounded, no run id but on
// the summary line.
func shortenForConsole(ev map[string]any, home string) {
	if _, ok := ev["file"]; ok {
		for _, k := range consoleHidden {
			delete(ev, k)
		}
	}
	if _, ok := ev["summary"]; ok {
		delete(ev, "summary")
		if ops, ok := ev["operations"].([]any); ok {
			ev["operations"] = consoleOperations(ops)
		}
	} else {
		delete(ev, "run_id")
	}
	prefix := filepath.Clean(home) + string(filepath.Separator)
	for k, v := range ev {
		switch x := v.(type) {
		case string:
			if home != "" && strings.HasPrefix(x, prefix) {
				ev[k] = strings.TrimPrefix(x, prefix)
			}
		case json.Number:
			// duration_s=13.696141799 -> duration=13.7s
			if name, ok := strings.CutSuffix(k, "_s"); ok {
				if f, err := x.Float64(); err == nil {
					delete(ev, k)
					ev[name] = time.Duration(f * float64(time.Second)).Round(100 * time.Millisecond).String()
				}
			}
		}
	}
}

// consoleOperations is the summary's operations as 2021-10:44/44 (forces
// returned out of expected), comma-separated.
func consoleOperations(ops []any) string {
	var parts []string
	for _, o := range ops {
		m, _ := o.(map[string]any)
		parts = append(parts, fmt.Sprintf("%v:%v/%v", m["operation"], m["returned"], m["expected"]))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ",")
}
