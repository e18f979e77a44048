package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/phrase"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/etl/report"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/reference"
)

// checkDraft reads a draft back as validate does.
func checkDraft(t *testing.T, path string) ([]string, string, string, bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	r, err := pipeline.Check(context.Background(), bytes.NewReader(data), int64(len(data)), filepath.Base(path), cat, ingest.DefaultLimits(), "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range r.Facts {
		v := "NULL"
		if f.Value != nil {
			v = fmt.Sprint(*f.Value)
		}
		got = append(got, fmt.Sprintf("%s/%s %s %s %s", f.Metric, f.Item, f.Unit, v, f.Qualifier))
	}
	sort.Strings(got)
	return got, r.Force, r.Operation, r.Rejected()
}

// The seed release, Hampshire's for October 2021, drafts into exactly its
// figures, and validate loads exactly them. The weapons paragraph is
// national boilerplate with no figures; "35 stop and searches" is said
// twice and is one figure.
func TestDraftSeedRelease(t *testing.T) {
	out := filepath.Join(t.TempDir(), "draft.xlsx")
	stdout, stderr, err := runCLI(t, "draft", "../../reference/seed-hampshire-oct2021.txt", "-o", out)
	if err != nil {
		t.Fatalf("draft: %v\n%s", err, stderr)
	}
	got, force, op, rejected := checkDraft(t, out)
	want := []string{ // written by hand from the release
		"arrests/ people 43 exact",
		"arrests_under_18/ people 7 exact",
		"safeguarded/ people 49 exact",
		"safeguarded_adult_male/ people 28 exact",
		"safeguarded_adult_female/ people 13 exact",
		"safeguarded_juvenile/ people 8 exact",
		"cash_seized/ gbp 50272 exact",
		"assets_seized/watch count 3 exact",
		"assets_seized/watch gbp NULL unquantified",
		"warrants/ count 25 exact",
		"stop_searches/ count 35 exact",
		"stop_searches_out_of_area/ people 5 exact",
		"mobile_phones_seized/ count 63 exact",
		"drugs_seized/heroin gbp 20000 exact",
		"drugs_seized/crack_cocaine wraps 269 exact",
		"drugs_seized/heroin wraps 265 exact",
		"landlords_visited/ count 10 exact",
		"cuckooed_addresses_visited/ count 26 exact",
		"schools_visited/ count 21 exact",
	}
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("validate on the draft loads\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if force != "hampshire" || op != "2021-10" || rejected {
		t.Errorf("force %q operation %q rejected %v, want hampshire 2021-10 loaded", force, op, rejected)
	}
	// The command itself, as an analyst runs it on the draft: the same
	// nineteen facts, each listed.
	vout, verr, err := runCLI(t, "validate", out)
	if err != nil {
		t.Fatalf("validate: %v\n%s", err, verr)
	}
	if !strings.Contains(vout, "would be loaded") || !strings.Contains(vout, "force: hampshire  operation: 2021-10  facts: 19") {
		t.Errorf("validate on the draft said\n%s", vout)
	}
	for _, w := range want { // "metric/item unit value qualifier"
		mi, rest, _ := strings.Cut(w, " ")
		m, it, _ := strings.Cut(mi, "/")
		f := strings.Fields(rest)
		if it == "" {
			it = "-"
		}
		if f[1] == "NULL" {
			f[1] = `\(not quantified\)`
		}
		row := regexp.MustCompile(`(?m)^  Return!\S+\s+` + m + `\s+` + it + `\s+` + f[0] + `\s+` + f[1] + `\s+` + f[2] + `\s`)
		if !row.MatchString(vout) {
			t.Errorf("validate on the draft does not list %s\n%s", w, vout)
		}
	}
	if !strings.Contains(stdout, "19 figures") {
		t.Errorf("draft said %q", stdout)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cat, _ := catalog.Load(reference.FS)
	_, layout, _ := report.TemplateBytes(cat)
	if v, _ := f.GetCellValue(report.ReturnSheet, layout["arrests#notes"]); v != "43 arrested, including seven Under 18." {
		t.Errorf("arrests notes = %q, want the sentence it came from", v)
	}
	if v, _ := f.GetCellValue(report.ReturnSheet, layout["stop_searches#notes"]); !strings.Contains(v, " | ") {
		t.Errorf("stop_searches notes = %q, want both sentences that give it", v)
	}
	if idx, _ := f.GetSheetIndex(report.DraftSheet); idx < 0 {
		t.Errorf("no %q sheet", report.DraftSheet)
	}
}

// A hedged figure is written as the release says it and highlighted; a
// figure the grammar cannot read is listed, not placed; the force and week
// come from the flags when the text has none.
func TestDraftHedgedAndUnplaced(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "release.txt")
	text := "Officers made more than 20 arrests and seized 3kg of cocaine.\nSix people were remanded in custody.\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "draft.xlsx")
	if _, stderr, err := runCLI(t, "draft", src, "-o", out); err != nil {
		t.Fatalf("draft: %v\n%s", err, stderr)
	}
	if _, force, op, _ := checkDraft(t, out); force != "" || op != "" {
		t.Errorf("a release naming no force and no week drafted as %q %q", force, op)
	}
	if _, stderr, err := runCLI(t, "draft", src, "-o", out, "--force", "kent", "--operation", "2022-10"); err != nil {
		t.Fatalf("draft: %v\n%s", err, stderr)
	}
	got, force, op, rejected := checkDraft(t, out)
	want := []string{"arrests/ people 20 more_than", "drugs_seized/cocaine g 3000 exact"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") || force != "kent" || op != "2022-10" || rejected {
		t.Errorf("validate on the draft: %v %q %q rejected %v; want %v kent 2022-10", got, force, op, rejected, want)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cat, _ := catalog.Load(reference.FS)
	_, layout, _ := report.TemplateBytes(cat)
	hedged, _ := f.GetCellStyle(report.ReturnSheet, layout["arrests"])
	plain, _ := f.GetCellStyle(report.ReturnSheet, layout["drugs_seized/cocaine/qty"])
	if v, _ := f.GetCellValue(report.ReturnSheet, layout["arrests"]); v != "more than 20" || hedged == plain {
		t.Errorf("hedged arrests cell = %q style %d (plain %d), want the text highlighted", v, hedged, plain)
	}
	rows, _ := f.GetRows(report.DraftSheet)
	found := false
	for _, r := range rows {
		found = found || len(r) > 1 && strings.Contains(r[0], "remanded") && strings.Contains(r[1], "remanded")
	}
	if !found {
		t.Errorf("the remanded figure is not listed on %q: %v", report.DraftSheet, rows)
	}
	if _, _, err := runCLI(t, "draft", src, "--force", "atlantis"); err == nil {
		t.Error("an unknown --force was accepted")
	}
}

// A figure read in full but of another period, a day of the week or a
// wider total (phrase.Reading.Scoped) is never placed: the Not placed
// sheet lists it with what it was read as and why, beside its scope's
// message, and validate on the draft loads only the week's figures.
func TestDraftScopedListedNotPlaced(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "release.txt")
	text := "Officers made 20 arrests and seized 3kg of cocaine.\nLast year, officers arrested 65 people.\nOn Monday, 12 warrants were executed.\nTo date, £40,000 in cash has been seized.\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "draft.xlsx")
	if _, stderr, err := runCLI(t, "draft", src, "-o", out, "--force", "kent", "--operation", "2022-10"); err != nil {
		t.Fatalf("draft: %v\n%s", err, stderr)
	}
	got, _, _, rejected := checkDraft(t, out)
	want := []string{"arrests/ people 20 exact", "drugs_seized/cocaine g 3000 exact"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") || rejected {
		t.Errorf("validate on the draft: %v rejected %v; want %v", got, rejected, want)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(report.DraftSheet)
	for _, w := range []struct{ sentence, read string }{
		{"Last year", `read as arrests 65 people (another period's figure, not the week's: "Last year"); not placed`},
		{"On Monday", `read as warrants 12 count (one day's or a part of the week's figure, not the week's: "Monday"); not placed`},
		{"To date", `read as cash_seized £40000 (a running or cumulative total, not the week's: "To date"); not placed`},
	} {
		listed, said := false, false
		for _, r := range rows {
			if len(r) > 1 && strings.HasPrefix(r[0], w.sentence) {
				listed = listed || r[1] == w.read
				said = said || strings.HasPrefix(r[1], "changes_meaning") || strings.Contains(r[1], "not read as the force's figure") || strings.Contains(r[1], "changes what the figure means")
			}
		}
		if !listed || !said {
			t.Errorf("%q: listed as read %v, its scope's message %v, on %q: %q", w.sentence, listed, said, report.DraftSheet, rows)
		}
	}
}

// The round trip is faithful, a law over every cell the template has and
// every unit a release's figure can carry: a figure the draft places is
// loaded by validate exactly as it was read (metric, item, unit, value
// and qualifier), and a figure it cannot place is listed on the Not
// placed sheet. Above all a figure in euros is never written into a
// sterling cell, where validate would load it as pounds. An itemised
// metric's own figure (item "": "3 high value items worth £3,000") goes
// on its table's Total row: drafted beside its items, and alone under
// the table's blank item rows, as a release that names no items drafts
// it.
func TestDraftRoundTripLaw(t *testing.T) {
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	// a count of people and a count of things are one measure for a
	// metric that counts either: the cell is read in the metric's unit
	heads := func(m catalog.Metric, u etl.Unit) string {
		if m.ItemKind == "" && (u == etl.UnitPeople || u == etl.UnitCount) && (m.Unit == "people" || m.Unit == "count") {
			return m.Unit
		}
		return string(u)
	}
	units := []etl.Unit{etl.UnitPeople, etl.UnitCount, etl.UnitGBP, etl.UnitEUR, etl.UnitGrams, etl.UnitWraps, etl.UnitPlants, etl.UnitTablets}
	dir := t.TempDir()
	failures, cases := 0, 0
	rd, err := phrase.New(cat)
	if err != nil {
		t.Fatal(err)
	}
	_, layout, err := report.TemplateBytes(cat)
	if err != nil {
		t.Fatal(err)
	}
	// which figures a draft holds: every metric's ("all"), or one itemised
	// metric's (its code), with its items or its own figure alone
	type part struct {
		metric string
		alone  bool
	}
	parts := []part{{"all", false}}
	for _, m := range cat.Metrics {
		if m.ItemKind != "" {
			parts = append(parts, part{m.Code, false}, part{m.Code, true})
		}
	}
	for _, u := range units {
		for _, p := range parts {
			// each figure with a value of its own, so a figure loaded
			// into another's cell shows; a table's figures with no other
			// table's beside them, so a figure loaded as another metric's
			// is not hidden by that metric's own
			d := report.Draft{Source: "law.txt", Force: "kent", Operation: "2022-10"}
			want := map[string]bool{}
			for i, m := range cat.Metrics {
				if p.metric != "all" && p.metric != m.Code {
					continue
				}
				items := []string{""} // the metric's own figure: an itemised one's on its table's Total row
				if m.ItemKind != "" && !p.alone {
					for _, it := range cat.ItemsOf(m.ItemKind) {
						items = append(items, it.Code)
					}
				}
				for j, it := range items {
					v := float64(1000 + 37*i + j)
					if m.Parent != "" {
						v = float64(1 + i) // a part stays below its whole
					}
					// a figure the template has a cell for stands beside
					// the sentence the draft reads it from, as a draft
					// writes it in the Notes column; one it has none for
					// is listed, never written as a note
					sentence := fmt.Sprintf("figure %d/%d", i, j)
					if s, placed := releaseSentence(rd, cat, layout, m, it, u, v); placed {
						if s == "" {
							failures++
							t.Errorf("%s/%s %s %v: no sentence the draft reads it from could be written", m.Code, it, u, v)
						}
						sentence = s
					}
					d.Figures = append(d.Figures, report.DraftFigure{Metric: m.Code, Item: it, Unit: u, Value: &v, Qualifier: etl.Exact, Sentence: sentence})
					want[fmt.Sprintf("%s/%s %s %v exact", m.Code, it, heads(m, u), v)] = true
					cases++
				}
			}
			name := fmt.Sprintf("%s %s alone %v", u, p.metric, p.alone)
			out := filepath.Join(dir, name+".xlsx")
			var b bytes.Buffer
			if err := report.WriteDraft(&b, cat, d); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			got, _, _, _ := checkDraft(t, out)
			loaded := map[string]bool{}
			for _, g := range got {
				loaded[g] = true
				if !want[g] {
					failures++
					t.Errorf("%s: validate on the draft loads %s, which no figure of the draft was", name, g)
				}
			}
			f, err := excelize.OpenFile(out)
			if err != nil {
				t.Fatal(err)
			}
			rows, _ := f.GetRows(report.DraftSheet)
			f.Close()
			listed := map[string]bool{}
			for _, r := range rows {
				if len(r) > 0 {
					listed[r[0]] = true
				}
			}
			for _, fg := range d.Figures {
				m, _ := cat.Metric(fg.Metric)
				k := fmt.Sprintf("%s/%s %s %v exact", fg.Metric, fg.Item, heads(m, fg.Unit), *fg.Value)
				if !loaded[k] && !listed[fg.Sentence] {
					failures++
					t.Errorf("%s: %s is neither loaded from the draft nor listed on %q", name, k, report.DraftSheet)
				}
			}
			if p.metric == "all" && (u == etl.UnitCount || u == etl.UnitGBP || u == etl.UnitPeople) && len(got) == 0 {
				t.Errorf("%s: validate loads nothing from the draft: the law would hold by saying nothing", name)
			}
		}
	}
	t.Logf("%d figures drafted, %d failures", cases, failures)
}

// releaseSentence is the sentence a draft of a release would write
// beside figure (m, item, u, v) in its Notes column: the first of a few
// wordings, made from the catalogue's names for the metric or item, that
// the draft's reader (phrase.Release, for Kent's October 2022 week)
// reads to exactly that figure, as the draft gives it (with the sentence
// before it when the reading needs it); "" when none does. placed is
// false when the template has no cell for the figure (it is listed on
// the Not placed sheet, never written as a note).
func releaseSentence(rd *phrase.Reader, cat *catalog.Catalog, layout report.Layout, m catalog.Metric, item string, u etl.Unit, v float64) (sentence string, placed bool) {
	count := func(u string) bool { return u == string(etl.UnitPeople) || u == string(etl.UnitCount) }
	if m.ItemKind == "" {
		_, ok := layout[m.Code]
		if !ok || string(u) != m.Unit && !(count(string(u)) && count(m.Unit)) {
			return "", false
		}
	} else {
		col := map[etl.Unit]string{etl.UnitWraps: "wraps", etl.UnitGBP: "gbp", etl.UnitCount: "count", etl.UnitGrams: "qty", etl.UnitPlants: "qty", etl.UnitTablets: "qty"}[u]
		if _, ok := layout[m.Code+"/"+item+"/"+col]; !ok || col == "" {
			return "", false
		}
	}
	n := strconv.FormatFloat(v, 'f', -1, 64)
	if v >= 1000 {
		n = fmt.Sprintf("%d,%03d", int(v)/1000, int(v)%1000)
	}
	names := append([]string{m.Label}, m.Synonyms...)
	if it, ok := cat.Item(item); ok && item != "" {
		names = append([]string{it.Label}, it.Synonyms...)
	}
	var wordings []string
	for _, nm := range names {
		l := strings.ToLower(nm)
		switch u {
		case etl.UnitGBP:
			wordings = append(wordings, fmt.Sprintf("Officers seized £%s of %s.", n, l), fmt.Sprintf("%s: £%s.", nm, n))
		case etl.UnitGrams:
			wordings = append(wordings, fmt.Sprintf("Officers seized %sg of %s.", n, l))
		case etl.UnitWraps:
			wordings = append(wordings, fmt.Sprintf("Officers seized %s wraps of %s.", n, l))
		case etl.UnitPlants, etl.UnitTablets:
			wordings = append(wordings, fmt.Sprintf("Officers seized %s %s %s.", n, l, u))
		default:
			wordings = append(wordings, fmt.Sprintf("%s: %s.", nm, n), fmt.Sprintf("Officers seized %s %s.", n, l), fmt.Sprintf("%s %s.", n, l))
		}
	}
	wordings = append(wordings, fmt.Sprintf("Officers stopped and searched %s people from out of area.", n))
	for _, w := range wordings {
		for _, f := range rd.ReleaseIn(w, "kent", "2022-10").Facts {
			if f.Metric == m.Code && f.Item == item && (f.Unit == u || count(string(f.Unit)) && count(string(u))) && f.Value != nil && *f.Value == v && f.Qualifier == etl.Exact {
				return f.Sentence, true
			}
		}
	}
	return "", true
}

// Law: a release's sentence that gives the force's own figure, and names
// another force only for where the people lived or had links, a person
// it wanted, a dog it lent, or a further figure of its own, drafts that
// figure, and validate on the draft loads it (the sentence stands in
// the draft's Notes column beside it: review22 X8, where f8742ec made
// validate refuse it and reject the draft); a sentence that gives
// another force or body a hand in the figure, or a share of it, is not
// loaded from the draft, whatever the draft offers.
func TestDraftNoteSentenceRoundTripLaw(t *testing.T) {
	t.Parallel()
	sentences := append([]fixtures.NoteSentence{{Text: "Officers arrested %d people; Essex Police arrested 3.", Own: true}}, fixtures.OthersNamedSentences...)
	dir := t.TempDir()
	failures, cases := 0, 0
	for i, s := range sentences {
		for _, v := range []int{12, 43} {
			cases++
			sentence := fmt.Sprintf(s.Text, v)
			src := filepath.Join(dir, fmt.Sprintf("r%d-%d.txt", i, v))
			text := "Kent Police – County Lines Intensification Week 11–17 October 2021\n\n" + sentence + "\n"
			if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			out := strings.TrimSuffix(src, ".txt") + ".xlsx"
			if _, stderr, err := runCLI(t, "draft", src, "-o", out); err != nil {
				t.Fatalf("draft %q: %v\n%s", sentence, err, stderr)
			}
			got, _, _, rejected := checkDraft(t, out)
			own := fmt.Sprintf("arrests/ people %d exact", v)
			loaded := false
			for _, g := range got {
				loaded = loaded || strings.HasPrefix(g, fmt.Sprintf("arrests/ people %d ", v))
			}
			switch {
			case s.Own && (!slices.Contains(got, own) || rejected):
				failures++
				t.Errorf("%q: validate on the draft loads %v (rejected %v); want %s", sentence, got, rejected, own)
			case !s.Own && loaded:
				failures++
				t.Errorf("%q: validate on the draft loads %v; want no arrests %d", sentence, got, v)
			}
		}
	}
	t.Logf("%d sentences drafted and validated, %d failures", cases, failures)
}
