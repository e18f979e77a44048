package pipeline_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

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
