package pipeline_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/lifecycle"
	"github.com/countylines/countylines/fixtures"
)

// kentReturn is a real .xlsx return of Kent for 11-17 Oct 2021 with these
// rows under its title.
func kentReturn(t *testing.T, title string, rows ...[]any) []byte {
	t.Helper()
	data, err := fixtures.BuildCorpus(fixtures.CorpusReturn{Name: "kent.xlsx", Build: func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{title}, nil)
		b.Rows("A3", rows...)
	}})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

const kentTitle = "Kent Police - County lines intensification week 11-17 Oct 2021"

// messagesOf lists the code and text of the messages of the return loaded
// from a file, in the analyst copy.
func (e *env) messagesOf(file string) map[string]string {
	e.t.Helper()
	tb := e.query("select m.code, m.text from messages m join returns r using (return_id) where r.file_name = '" + file + "' order by m.rowid")
	out := map[string]string{}
	for _, row := range tb.Rows {
		out[str(row[0])] += str(row[1])
	}
	return out
}

// probe10 K1: a supplement sent after a full return replaces it whole (the
// documented rule), but never silently: the supplement carries a warning
// listing every figure that left Kent's figures with its old value, in the
// messages table and the log, and its title's "ADDITIONAL"/"supplement"
// is a warning that it may be partial. A later full return drops nothing
// and says nothing of it.
func TestSupplementSaysWhatItDrops(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	full := kentReturn(t, kentTitle, []any{"Arrests", 43}, []any{"Warrants executed", 25}, []any{"Stop and searches", 35})
	e.drop("kent_full.xlsx", full, epoch)
	e.pass()

	e.now = e.now.Add(time.Hour)
	e.drop("kent_supplement.xlsx", kentReturn(t, kentTitle+" - ADDITIONAL FIGURES (supplement to earlier return)", []any{"Cash seized", 5000}), epoch.Add(time.Hour))
	var logs bytes.Buffer
	e.log = zerolog.New(&logs)
	if res := e.pass(); res.Run.Loaded != 1 {
		t.Fatalf("the supplement: %+v", res.Run)
	}
	msgs := e.messagesOf("kent_supplement.xlsx")
	dropped := msgs["superseded_figures_dropped"]
	for _, w := range []string{"kent_full.xlsx", "3 of its figures", "arrests 43 people (Return!B3)", "warrants 25 count (Return!B4)", "stop_searches 35 count (Return!B5)"} {
		if !strings.Contains(dropped, w) {
			t.Errorf("the supplement's superseded_figures_dropped warning does not say %q: %q", w, dropped)
		}
		if !strings.Contains(logs.String(), w) {
			t.Errorf("the log does not say %q:\n%s", w, logs.String())
		}
	}
	if strings.Contains(dropped, "cash") {
		t.Errorf("the supplement's own figure is not dropped: %s", dropped)
	}
	if !strings.Contains(msgs["partial_return"], `"ADDITIONAL"`) {
		t.Errorf("the supplement's title is not warned of: %v", msgs)
	}
	cur := e.query("select metric_code, value from current_facts where force_code = 'kent'")
	if len(cur.Rows) != 1 || str(cur.Rows[0][0]) != "cash_seized" {
		t.Errorf("current facts of kent: %v (the documented rule: the later return replaces the earlier whole)", cur.Rows)
	}

	e.now = e.now.Add(time.Hour)
	e.drop("kent_all.xlsx", kentReturn(t, kentTitle, []any{"Arrests", 43}, []any{"Warrants executed", 25}, []any{"Stop and searches", 35}, []any{"Cash seized", 5000}), epoch.Add(2*time.Hour))
	e.pass()
	if msgs := e.messagesOf("kent_all.xlsx"); msgs["superseded_figures_dropped"] != "" || msgs["partial_return"] != "" {
		t.Errorf("a full return that drops nothing: %v", msgs)
	}
}

// probe10 K2: the force's natural fix for a supplement that replaced its
// full return is to send the full return again. Its bytes are those of a
// superseded return, not of the current one: it is the force's latest
// word, so it is loaded again as the current return, with a warning naming
// the return it repeats (and, as any superseding return, the figures of
// the supplement it drops). Sent once more, it is a duplicate of the
// current return. Every file stays loaded, rejected or a duplicate in the
// journal, and a rebuild from the archive gives back the same warehouse.
func TestResentSupersededReturnIsCurrentAgain(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	full := kentReturn(t, kentTitle, []any{"Arrests", 43}, []any{"Warrants executed", 25}, []any{"Stop and searches", 35})
	e.drop("kent_full.xlsx", full, epoch)
	e.pass()
	e.now = e.now.Add(time.Hour)
	e.drop("kent_supplement.xlsx", kentReturn(t, kentTitle+" - ADDITIONAL FIGURES", []any{"Cash seized", 5000}), epoch.Add(time.Hour))
	e.pass()

	e.now = e.now.Add(time.Hour)
	e.drop("kent_full_again.xlsx", full, epoch.Add(2*time.Hour))
	var logs bytes.Buffer
	e.log = zerolog.New(&logs)
	if res := e.pass(); res.Run.Loaded != 1 || res.Run.Duplicates != 0 {
		t.Fatalf("the full return sent again: %+v, want loaded", res.Run)
	}
	e.log = zerolog.Logger{}
	st := e.query("select return_id, file_name, status from returns where force_code = 'kent' order by return_id")
	if len(st.Rows) != 3 || str(st.Rows[0][2]) != "superseded" || str(st.Rows[1][2]) != "superseded" ||
		str(st.Rows[2][1]) != "kent_full_again.xlsx" || str(st.Rows[2][2]) != "current" {
		t.Fatalf("kent's returns: %v, want the full return sent again current", st.Rows)
	}
	cur := e.query("select metric_code, value from current_facts where force_code = 'kent' order by metric_code")
	if fmt.Sprint(cur.Rows) != "[[arrests 43] [stop_searches 35] [warrants 25]]" {
		t.Errorf("kent's current facts: %v, want the full return's again", cur.Rows)
	}
	msgs := e.messagesOf("kent_full_again.xlsx")
	first := fmt.Sprintf("return %v (kent_full.xlsx)", st.Rows[0][0])
	if !strings.Contains(msgs["resent_superseded"], first) || !strings.Contains(logs.String(), first) {
		t.Errorf("the return sent again does not say it repeats %s: %v\n%s", first, msgs, logs.String())
	}
	if !strings.Contains(msgs["superseded_figures_dropped"], "cash_seized 5000 gbp") {
		t.Errorf("the return sent again does not list the supplement's cash it drops: %v", msgs)
	}
	files := e.query("select file_name, state, outcome, return_id, stored_as from files order by file_id")
	for _, row := range files.Rows {
		if str(row[1]) != "moved" {
			t.Errorf("journal row %v not moved", row)
		}
		if _, err := os.Stat(filepath.Join(e.home.Root, str(row[4]))); err != nil {
			t.Errorf("journal row %v: %v", row, err)
		}
	}
	if last := files.Rows[len(files.Rows)-1]; str(last[2]) != "loaded" || fmt.Sprint(last[3]) != fmt.Sprint(st.Rows[2][0]) {
		t.Errorf("the file sent again is journalled as %v, want loaded as return %v", last, st.Rows[2][0])
	}

	e.now = e.now.Add(time.Hour)
	e.drop("kent_full_once_more.xlsx", full, epoch.Add(3*time.Hour))
	if res := e.pass(); res.Run.Duplicates != 1 || res.Run.Loaded != 0 {
		t.Errorf("the current return's bytes sent again: %+v, want a duplicate", res.Run)
	}

	want := e.outcome()
	e.rebuild()
	diff(t, without(e.outcome(), plausibility), without(want, plausibility))
}

// A file kept in archive/duplicates/ as a copy of a superseded return (as
// versions before the resent rule kept the full return sent again) stays
// a duplicate when the warehouse is rebuilt: a rebuild never changes the
// figures the live warehouse gave. A file kept as loaded with those bytes
// is loaded again, as the pass did.
func TestRebuildKeepsOldDuplicateOfSupersededReturn(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	full := kentReturn(t, kentTitle, []any{"Arrests", 43}, []any{"Warrants executed", 25})
	e.drop("kent_full.xlsx", full, epoch)
	e.pass()
	e.now = e.now.Add(time.Hour)
	e.drop("kent_supplement.xlsx", kentReturn(t, kentTitle, []any{"Cash seized", 5000}), epoch.Add(time.Hour))
	e.pass()
	sum := sha256.Sum256(full)
	dup := filepath.Join(e.home.Root, filepath.FromSlash(lifecycle.DuplicatePath(3, hex.EncodeToString(sum[:]), "kent_full_again.xlsx")))
	if err := os.MkdirAll(filepath.Dir(dup), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dup, full, 0o644); err != nil {
		t.Fatal(err)
	}
	e.rebuild()
	st := e.query("select file_name, status from returns where force_code = 'kent' order by return_id")
	if fmt.Sprint(st.Rows) != "[[kent_full.xlsx superseded] [kent_supplement.xlsx current]]" {
		t.Errorf("kent's returns after the rebuild: %v, want the supplement still current", st.Rows)
	}
	f := e.query("select outcome, return_id from files where file_name = 'kent_full_again.xlsx'")
	if len(f.Rows) != 1 || str(f.Rows[0][0]) != "duplicate" || fmt.Sprint(f.Rows[0][1]) != "1" {
		t.Errorf("the old duplicate after the rebuild: %v, want a duplicate of return 1", f.Rows)
	}
}
