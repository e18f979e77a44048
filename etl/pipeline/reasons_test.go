package pipeline_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/fixtures/hostile"
	"github.com/countylines/countylines/reference"
)

// TestUnreadableReasonsSayItOnce: the reason a file could not be read is
// one plain sentence and its detail, said once: not the file's name (the
// report and the log name it), not the reader's own words for what the
// sentence already says, and no three words twice. Failed before: "the
// file could not be read as an Excel .xlsx workbook: not a readable .xlsx
// workbook: ..." and "the file is larger than a return can be: big.xlsx:
// workbook is larger than the limits allow: ...".
func TestUnreadableReasonsSayItOnce(t *testing.T) {
	t.Parallel()
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	kent := sample(t, "kent")
	long, err := hostile.SetText(kent, "Return", "F90", hostile.Words(40000))
	if err != nil {
		t.Fatal(err)
	}
	limit := func(change func(*ingest.Limits)) ingest.Limits {
		l := ingest.DefaultLimits()
		change(&l)
		return l
	}
	def := ingest.DefaultLimits()
	sentinels := []error{etl.ErrNotWorkbook, etl.ErrEncrypted, etl.ErrLegacyFormat, etl.ErrTooLarge, etl.ErrCellTooLong, etl.ErrTooSlow}
	for _, c := range []struct {
		name string
		data []byte
		lim  ingest.Limits
		want string
	}{
		{"junk.xlsx", []byte("Force,Arrests\nKent,12\n"), def, "could not be read as an Excel .xlsx workbook"},
		{"empty.xlsx", nil, def, "could not be read as an Excel .xlsx workbook"},
		{"truncated.xlsx", kent[:len(kent)/2], def, "could not be read as an Excel .xlsx workbook"},
		{"old.xlsx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), def, "97-2003"},
		{"big.xlsx", kent, limit(func(l *ingest.Limits) { l.MaxFileSize = 1000 }), "larger than a return can be"},
		{"parts.xlsx", kent, limit(func(l *ingest.Limits) { l.MaxParts = 2 }), "larger than a return can be"},
		{"unzip.xlsx", kent, limit(func(l *ingest.Limits) { l.MaxUnzipSize = 1000 }), "larger than a return can be"},
		{"cells.xlsx", kent, limit(func(l *ingest.Limits) { l.MaxCells = 10 }), "larger than a return can be"},
		{"long.xlsx", long, def, "more text than Excel itself allows"},
		{"slow.xlsx", kent, limit(func(l *ingest.Limits) { l.Deadline = time.Nanosecond }), "longer to read than any return should"},
	} {
		r, err := pipeline.Check(context.Background(), bytes.NewReader(c.data), int64(len(c.data)), c.name, cat, c.lim, "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		errs := r.Errors()
		if len(errs) != 1 {
			t.Errorf("%s: %d errors, want 1: %v", c.name, len(errs), r.Messages)
			continue
		}
		text := errs[0].Text
		if !strings.Contains(text, c.want) {
			t.Errorf("%s: %q does not say %q", c.name, text, c.want)
		}
		if strings.Contains(text, c.name) {
			t.Errorf("%s: the reason repeats the file's name: %q", c.name, text)
		}
		for _, s := range sentinels {
			if strings.Contains(text, s.Error()) {
				t.Errorf("%s: the reason carries the reader's own words %q: %q", c.name, s, text)
			}
		}
		if w := repeatedWords(text, 3); w != "" {
			t.Errorf("%s: %q is said twice in %q", c.name, w, text)
		}
		if where := errs[0].Where(); where != "" && strings.Contains(text, where) {
			t.Errorf("%s: the reason repeats its place %s: %q", c.name, where, text)
		}
	}
}

// repeatedWords returns the first run of n words that text says twice
// ("" if none), ignoring case and punctuation around the words.
func repeatedWords(text string, n int) string {
	words := strings.Fields(strings.ToLower(text))
	for i := range words {
		words[i] = strings.Trim(words[i], ".,:;()'\"")
	}
	seen := map[string]bool{}
	for i := 0; i+n <= len(words); i++ {
		k := strings.Join(words[i:i+n], " ")
		if seen[k] {
			return k
		}
		seen[k] = true
	}
	return ""
}
