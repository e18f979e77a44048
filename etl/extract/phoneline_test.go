package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/reference"
)

// review12 W7 (regression of fa0411b): "Phone lines seized │ 12" loaded
// lines closed. A line's name that holds a handset's word ("phone line",
// "phone number", "county line phone number": lines_closed's objects in
// metrics.csv) under an action a handset metric takes too ("seized",
// "intercepted") says a line closed or the phones of a line seized: the
// label is refused, naming its cell. Under an action only lines take
// ("Phone lines closed", "shut down", "dismantled") it loads lines
// closed. A line's name with no handset word loads lines closed under
// every action the catalogue gives it, "Deal lines seized" included (a
// synonym of lines_closed in metrics.csv: seizing a deal line is closing
// it), and so does a network named by a drug's word ("Drug networks
// seized": drugs are weighed, never 12 in no unit; review13 L2). The handsets load their own metrics ("Deal line phones seized",
// "Mobile phones seized"), and the phones row below always loads.
func TestPhoneLineLabelLaw(t *testing.T) {
	t.Parallel()
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	capital := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	lines, phones := catMetric(t, cat, "lines_closed"), catMetric(t, cat, "mobile_phones_seized")
	handset := func(object string) bool {
		for _, w := range strings.Fields(object) {
			if slices.Contains(phones.Objects, w) {
				return true
			}
		}
		return false
	}
	// The participles a label writes after its noun ("closed", "shut
	// down", "taken offline"), less the words that say another measure
	// (label_other: "disrupted", "identified"), and the two-verb actions
	// ("identified and seized": read as one word, not split here).
	var acts []string
	for _, a := range lines.Actions {
		first := strings.Fields(a)[0]
		if slices.Contains(lines.LabelOther, a) || strings.Contains(a, " and ") || !(strings.HasSuffix(first, "ed") || strings.HasSuffix(first, "en") || slices.Contains([]string{"shut", "cut", "put", "brought", "taken"}, first)) {
			continue
		}
		acts = append(acts, a)
	}
	type tcase struct{ label, metric string } // metric "" : refused
	var cases []tcase
	for _, o := range lines.Objects {
		if !strings.Contains(o, "line") && !handset(o) && !strings.Contains(o, "network") {
			continue
		}
		for _, a := range acts {
			want := "lines_closed"
			if handset(o) && slices.Contains(phones.Actions, a) {
				want = ""
			}
			for _, l := range []string{capital(lawPlural(o)) + " " + a, "Number of " + lawPlural(o) + " " + a} {
				cases = append(cases, tcase{l, want})
			}
		}
	}
	for _, a := range phones.Actions {
		if !strings.HasSuffix(a, "ed") || strings.Contains(a, " ") {
			continue
		}
		cases = append(cases, tcase{"Mobile phones " + a, "mobile_phones_seized"}, tcase{"Deal line phones " + a, "deal_line_phones_seized"},
			tcase{"County line phones " + a, "deal_line_phones_seized"})
	}
	var labels []string
	for _, c := range cases {
		labels = append(labels, c.label)
	}
	ps, _ := valueLaw(t, labels, []string{"12"})
	failed, refused := 0, 0
	for i, p := range ps {
		c := cases[i]
		var bad string
		if c.metric == "" {
			refused++
			for _, f := range p.r.Facts {
				if f.Cell == "B3" || f.Cell == "A3" {
					bad = "loaded " + factLine(f) + "; want it refused: a line, or the phones of one?"
				}
			}
			if m := p.warnedAt("A3"); bad == "" && m == nil && p.warnedAt("B3") == nil {
				bad = "refused with no message naming A3 or B3"
			}
		} else if f := p.value(c.metric); f == nil || f.Cell != "B3" || *f.Value != 12 {
			bad = "want " + c.metric + " 12 from B3"
		}
		if ph := p.value("mobile_phones_seized"); c.metric != "mobile_phones_seized" && (ph == nil || *ph.Value != 1149) {
			bad += "; the phones below it are not loaded"
		}
		if bad != "" {
			failed++
			t.Errorf("%q │ 12: %s\n%s", c.label, bad, p.dump())
		}
	}
	t.Logf("%d of %d labels read wrong (%d to refuse)", failed, len(cases), refused)
	if refused < 10 || len(cases)-refused < 50 {
		t.Errorf("%d labels to refuse and %d to load: the catalogue's words no longer make this law", refused, len(cases)-refused)
	}
}
