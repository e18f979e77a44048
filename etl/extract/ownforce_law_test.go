package extract_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// A plain figure and then the return's own force's name, after a dash
// or a comma or in brackets ("Arrests │ 43 - Kent Police", "43
// (Kent Police)" in Kent's return), is the force's figure: the name says
// only whose it is. Refused with a message, the phones below loaded:
// another force's name or an agency's, the own name with anything after
// it (", including Essex", ", TBC", "and beyond", ", regional total",
// "and Essex Police", "(all forces)"), a name of more than one force
// ("Kent and Essex Police", "London forces"), and words with the figure
// before the name ("43 to be made - Kent Police", "43 YTD - Kent
// Police", "43 last year - Kent Police"). Zero loads as zero. Law over
// the name and up to three aliases of five forces' returns, four signs,
// a label each (Arrests or Warrants executed).
func TestOwnForceAfterFigureLaw(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	codes := []string{"kent", "essex", "hampshire", "metropolitan", "west_midlands"}
	labels := []struct{ label, metric, n string }{{"Arrests", "arrests", "43"}, {"Warrants executed", "warrants", "21"}}
	value := map[string]float64{"43": 43, "21": 21, "0": 0}
	signs := []string{"%s - %s", "%s – %s", "%s, %s", "%s (%s)"}
	after := []string{", including Essex", ", TBC", " and beyond", ", regional total", " and Essex Police", " (all forces)",
		" and the NCA", " officers and partners"}
	before := []string{"%s to be made", "%s YTD", "%s last year", "%s in the year to Sunday", "%s across the region", "%s could be",
		"%s by the NCA"}
	var cases []ownWeek
	for i, code := range codes {
		f, ok := cat.Force(code)
		if !ok {
			t.Fatalf("no force %s", code)
		}
		title := f.Name + " - County lines intensification week 11-17 Oct 2021"
		other, _ := cat.Force(codes[(i+1)%len(codes)])
		names := append([]string{f.Name}, f.Aliases...)
		if len(names) > 4 {
			names = names[:4]
		}
		for _, l := range labels[i%2 : i%2+1] {
			add := func(text string, want float64, loads bool) {
				cases = append(cases, ownWeek{title, l.label, l.metric, text, false, want, loads})
			}
			for k, name := range names {
				for j, sign := range signs {
					add(fmt.Sprintf(sign, l.n, name), value[l.n], true)
					if (j+k)%4 == 0 {
						add(fmt.Sprintf(sign, "0", name), 0, true)
					}
				}
				for j, a := range after {
					add(fmt.Sprintf(signs[j%3], l.n, name+a), 0, false)
				}
				for j, b := range before {
					add(fmt.Sprintf(signs[j%len(signs)], fmt.Sprintf(b, l.n), name), 0, false)
				}
			}
			for _, name := range append([]string{other.Name, "Kent and Essex Police", "London forces", "the NCA", "Border Force",
				"ERSOU", "the NCA and partners"}, other.Aliases...) {
				if name == f.Name || name == "Kent and Essex Police" && (code == "kent" || code == "essex") {
					continue
				}
				add(fmt.Sprintf("%s - %s", l.n, name), 0, false)
			}
		}
	}
	ownNameLaw(t, "the return's own force named after its figure", cases)
}

// The own force's name after a figure says only whose it is when nothing
// follows it, whatever sign parts it from the figure: a colon or a slash
// as well as a dash, a comma or brackets. The name with more after it,
// after a colon, a slash, a dash or a comma, is refused as "43 - Kent
// Police and Essex Police" was: another force ("43: Kent Police and
// Essex Police", "43 / Kent Police & Sussex Police" loaded 43 on
// 80321e3), others ("43: Kent and others", "43: Kent + others"), or a
// part of the force's area ("43: Kent Police Medway", "43: West Midlands
// Police Coventry": a part's figure is not the force's); the phones below
// load. Near misses that load: the own name (or an alias) alone after
// every sign, and a place clause of the whole area ("43 across Kent", "43
// in the City", "21 in Warks"). Another force in any clause after the
// figure is judged, not only in the first: "43: persons, with the Met",
// "43 / total; Surrey", "£5,000: cash, with the Met" in Kent's return
// (fe46df6 loaded them). Law over five forces, two labels, five signs.
func TestOwnNameThenMoreLaw(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	type force struct {
		code  string
		names []string // the name and an alias
		parts []string // parts of its area
		whole string   // a place clause of its whole area
	}
	forces := []force{
		{"kent", []string{"Kent Police", "Kent"}, []string{"Medway", "Maidstone", "North Kent"}, "across Kent"},
		{"essex", []string{"Essex Police", "Essex"}, []string{"Southend", "North Essex"}, "across Essex"},
		{"west_midlands", []string{"West Midlands Police", "WMP"}, []string{"Coventry", "Birmingham East"}, "across the West Midlands"},
		{"warwickshire", []string{"Warwickshire Police", "Warks Police"}, []string{"Rugby", "North Warwickshire"}, "in Warks"},
		{"city_of_london", []string{"City of London Police", "City of London"}, []string{"Aldgate"}, "in the City"},
	}
	labels := []struct{ label, metric, n string }{{"Arrests", "arrests", "43"}, {"Warrants executed", "warrants", "21"}}
	signs := []string{"%s: %s", "%s / %s", "%s - %s", "%s, %s", "%s (%s)"} // brackets: the name alone (TestForceInAsideLaw)
	more := []string{"%s and Sussex Police", "%s & Surrey Police", "%s and others", "%s + others", "%s, Sussex Police",
		"%s and Thames Valley Police"}
	var cases []ownWeek
	for i, fc := range forces {
		f, ok := cat.Force(fc.code)
		if !ok {
			t.Fatalf("no force %s", fc.code)
		}
		title := f.Name + " - County lines intensification week 11-17 Oct 2021"
		l := labels[i%2]
		add := func(text string, loads bool) {
			want := 0.0
			if loads {
				want, _ = strconv.ParseFloat(l.n, 64)
			}
			cases = append(cases, ownWeek{title, l.label, l.metric, text, false, want, loads})
		}
		add(l.n+" "+fc.whole, true)
		for j, sign := range signs {
			for k, name := range fc.names {
				if sign == "%s / %s" && k > 0 {
					continue // "43 / Kent": a name alone after a slash may be a list's
				}
				add(fmt.Sprintf(sign, l.n, name), true)
				if sign == "%s (%s)" {
					continue
				}
				for m, mo := range more {
					if (j+k+m)%2 == 0 {
						add(fmt.Sprintf(sign, l.n, fmt.Sprintf(mo, name)), false)
					}
				}
				for m, part := range fc.parts {
					if (j+m)%2 == k%2 || j < 2 {
						add(fmt.Sprintf(sign, l.n, name+" "+part), false)
					}
				}
			}
		}
	}
	// the figure's noun after a colon or a slash, then another force in
	// a later clause: "43: persons, with the Met", "43 / total; Essex"
	// (fe46df6 loaded them: the noun became the first clause, and only
	// the first was judged)
	nouns := map[string][]string{"Arrests": {"persons", "people", "arrests", "suspects", "adults", "total", "all", "made"},
		"Warrants executed": {"warrants", "total", "all", "executed"}}
	tails := []string{"with the Met", "the Met", "Met officers", "Surrey", "Sussex", "with Essex Police", "%s, the Met"}
	n := 0
	for i, fc := range forces {
		f, _ := cat.Force(fc.code)
		title := f.Name + " - County lines intensification week 11-17 Oct 2021"
		l := labels[i%2]
		for _, sign := range []string{"%s: %s", "%s / %s"} {
			for _, noun := range nouns[l.label] {
				for _, sep := range []string{", ", "; ", " - "} {
					for _, tail := range tails {
						if n++; n%3 != i%3 {
							continue
						}
						if strings.Contains(tail, "%s") {
							tail = fmt.Sprintf(tail, fc.names[n%2])
						}
						if fc.code == "essex" && strings.Contains(tail, "Essex") {
							tail = "with Kent Police"
						}
						if fc.code != "city_of_london" && n%7 == 0 {
							tail = "the City" // no force ForcesIn finds: a name not known
						}
						cases = append(cases, ownWeek{title, l.label, l.metric, fmt.Sprintf(sign, l.n, noun) + sep + tail, false, 0, false})
					}
				}
			}
		}
	}
	for _, c := range [][2]string{{"Cash seized", "£5,000: cash, with the Met"}, {"Warrants executed", "21: warrants, with the Met"},
		{"Knives seized", "5: knives, with the Met"}, {"Arrests", "43: all, inc Essex Police"}, {"Arrests", "43: cross-border, Essex"},
		{"Arrests", "43: persons, Kent, the Met"}} {
		cases = append(cases, ownWeek{kentTitle, c[0], "", c[1], false, 0, false})
	}
	ownNameLaw(t, "the return's own force named after its figure, then more", cases)
}

// ownNameLaw checks ownWeek cases written `label │ value` under their
// titles, named by the force's name in the title.
func ownNameLaw(t *testing.T, what string, cases []ownWeek) {
	law[ownWeek]{
		what:  what,
		cases: cases,
		name: func(c ownWeek) string {
			return fmt.Sprintf("%s: %q │ %q", c.title[:len(c.title)-44], c.label, c.text)
		},
		sheet: func(c ownWeek, b *lawBook) { b.Rows("A1", []any{c.title}, nil, []any{c.label, c.text}, phonesRow) },
		holds: ownWeek.holds,
	}.run(t)
}
