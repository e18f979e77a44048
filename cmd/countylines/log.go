package main

import (
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

func consoleWriter(w io.Writer, home string) zerolog.ConsoleWriter {
	noColor := true
	if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		noColor = os.Getenv("NO_COLOR") != ""
	}
	return zerolog.ConsoleWriter{
		Out:         w,
		NoColor:     noColor,
		TimeFormat:  time.TimeOnly,
		FieldsOrder: []string{"file", "force"},
		// A person at a terminal needs the file and the force, not the
		// full hash, the run id on every line or absolute paths.
		FormatPrepare: func(ev map[string]any) error {
			if s, ok := ev["sha256"].(string); ok && len(s) > 12 {
				ev["sha256"] = s[:12]
			}
			if _, ok := ev["summary"]; !ok {
				delete(ev, "run_id")
			}
			prefix := filepath.Clean(home) + string(filepath.Separator)
			for k, v := range ev {
				if s, ok := v.(string); ok && home != "" && strings.HasPrefix(s, prefix) {
					ev[k] = strings.TrimPrefix(s, prefix)
				}
			}
			return nil
		},
	}
}
