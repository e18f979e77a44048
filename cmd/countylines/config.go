package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/reference"
)

// Config is the settings shared by the commands: flag > environment > default.
type Config struct {
	Home        string
	Settle      time.Duration
	Operation   string
	MemoryLimit string
	LogLevel    string
	Limits      ingest.Limits
}

func defaultConfig(env func(string) string) Config {
	c := Config{Home: "data", Settle: 10 * time.Second, LogLevel: "info", Limits: ingest.DefaultLimits()}
	if v := env("COUNTYLINES_HOME"); v != "" {
		c.Home = v
	}
	if v := env("COUNTYLINES_OPERATION"); v != "" {
		c.Operation = v
	}
	if v := env("COUNTYLINES_MEMORY_LIMIT"); v != "" {
		c.MemoryLimit = v
	}
	if v := env("COUNTYLINES_LOG_LEVEL"); v != "" {
		c.LogLevel = v
	}
	return c
}

// fieldError is a configuration problem with one setting.
type fieldError struct{ field, msg string }

func (e fieldError) Error() string { return e.field + ": " + e.msg }

// bindSettle registers --settle with the environment as its default.
func (c *Config) bindSettle(fs *flag.FlagSet, env func(string) string) *string {
	def := c.Settle.String()
	if v := env("COUNTYLINES_SETTLE"); v != "" {
		def = v
	}
	return fs.String("settle", def, "how long a file must sit unchanged in the inbox before it is taken (0s takes everything now)")
}

func (c *Config) validate(settle string, cat *catalog.Catalog) error {
	var errs []error
	d, err := time.ParseDuration(settle)
	if err != nil || d < 0 {
		errs = append(errs, fieldError{"settle", fmt.Sprintf("%q is not a duration such as 10s or 1m", settle)})
	}
	c.Settle = d
	if strings.TrimSpace(c.Home) == "" {
		errs = append(errs, fieldError{"home", "must not be empty"})
	}
	if c.Operation != "" && cat != nil {
		if _, ok := cat.Operation(c.Operation); !ok {
			errs = append(errs, fieldError{"operation", fmt.Sprintf("%q is not an operation code in operations.csv", c.Operation)})
		}
	}
	if _, err := zerolog.ParseLevel(c.LogLevel); err != nil {
		errs = append(errs, fieldError{"log level", fmt.Sprintf("%q is not one of debug, info, warn, error", c.LogLevel)})
	}
	if len(errs) > 0 {
		return usageError{errors.Join(errs...).Error()}
	}
	return nil
}

// newLogger builds the one logger: JSON to stderr, or the console format
// when stderr is a terminal.
func newLogger(w io.Writer, level string) zerolog.Logger {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil {
		lvl = zerolog.InfoLevel
	}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			w = zerolog.ConsoleWriter{Out: f, TimeFormat: time.TimeOnly}
		}
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger()
}

// loadCatalog reads the embedded reference data, extended by the CSV files
// in <home>/reference/ if there are any, and returns a hash of it all.
func loadCatalog(home string) (*catalog.Catalog, string, error) {
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		return nil, "", fmt.Errorf("reference data: %w", err)
	}
	h := sha256.New()
	if err := hashFS(h, reference.FS); err != nil {
		return nil, "", err
	}
	if home != "" {
		dir := filepath.Join(home, "reference")
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			ext := os.DirFS(dir)
			if err := cat.Extend(ext); err != nil {
				return nil, "", fmt.Errorf("reference data in %s: %w", dir, err)
			}
			if err := hashFS(h, ext); err != nil {
				return nil, "", err
			}
		}
	}
	return cat, hex.EncodeToString(h.Sum(nil)), nil
}

func hashFS(h io.Writer, fsys fs.FS) error {
	names, err := fs.Glob(fsys, "*.csv")
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(b))
		h.Write(b)
	}
	return nil
}
