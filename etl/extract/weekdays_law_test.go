package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// weekDaysPlaces are where words of the week's days stand beside a
// figure of Kent's week 41 (Monday 11 to Sunday 17 October 2021): a
// Notes column, brackets after the figure in its cell, the one column's
// heading, a transposed table's row heading after the force's name.
var weekDaysPlaces = []string{"note", "cell", "heading", "row"}

// weekDaysRefused are words that make the figure a part of the week,
// said in other words than the readers' (review22 X11, X17; reread22
// E15, E13, G11): a count up to a day inside the week with another
// spelling or a day of the month without its year, a day left out or
// still to come, a count from a day inside the week, fewer days than the
// week's, a part named after the whole week. Each refuses in every
// place, except where a place is named: the places it is refused in.
var weekDaysRefused = []weekWordsAt{
	{"until 14/10", nil}, {"figures to 14/10", nil}, {"thru Thursday", nil}, {"til Wed", nil},
	{"upto Thursday", nil}, {"as at 14/10", nil}, {"thru 14/10", nil}, {"till 15/10", nil},
	{"Thursday onwards", nil}, {"Thurs onward", nil},
	{"excl. Sunday", nil}, {"excluding Monday", nil}, {"exc. weekend", nil}, {"no data for Sunday", nil},
	{"Sunday to follow", nil}, {"Sat & Sun missing", nil}, {"working days only", nil}, {"weekdays", nil},
	{"6 days", nil}, {"four days", nil}, {"estimate for 6 days", nil},
	{"Mon-Sun excl. Sat-Sun", nil}, {"Mon-Sun, Sat & Sun to follow", nil},
	// a heading with a number of its own was passed over as holding a
	// figure (figureHeld), not judged
	{"up to 14/10", nil}, {"4 of 7 days", []string{"note", "cell", "row"}}, // a heading "4 of 7 days" is taken as a figure
	{"up to 18/10", nil}, {"Week 41 (6 days)", []string{"note", "heading", "row"}},
	{"Days 1-7 (days 6-7 missing)", []string{"note", "heading", "row"}},
	// a stretch said "inclusive" or "included" is still the figure's days
	// (reread23 E1); days the figure includes "only" are all of it (a
	// heading "incl. Mon-Thu only" still loads: not mended)
	{"Mon-Thu inclusive", nil}, {"Tue-Sun inclusive", nil}, {"Sat-Sun inclusive", nil}, {"Mon-Wed included", nil},
	{"incl. Mon-Thu only", []string{"note", "cell"}}, {"includes Mon-Wed only", []string{"note", "cell", "heading"}},
	// another week's number: a heading's is judged as a dated heading
	{"Week 42", []string{"note"}},
}

// weekDaysLoaded are the near misses: the week itself, its own last day
// as the end of the count, its whole seven days, the days said to be in
// it, words of something else. Each loads exact in the places named (nil:
// all); the other places are not judged by this law.
var weekDaysLoaded = []weekWordsAt{
	{"Mon 11/10 - Sun 17/10", nil}, {"as at 17/10", []string{"note", "cell", "heading"}}, {"Days 1-7", nil}, {"week 41", nil},
	{"thru Sunday", []string{"note", "heading"}}, {"til Sun", []string{"note", "heading"}}, {"upto Sunday", []string{"note", "heading"}},
	{"Mon-Sun", []string{"note", "heading"}}, {"all 7 days", []string{"note", "heading"}},
	{"Monday to Sunday inclusive", []string{"note", "heading"}}, {"Monday 11th to Sunday 17th", []string{"note", "heading"}},
	{"covers Monday to Sunday", []string{"note", "heading"}}, {"week ending Sunday 17/10", []string{"note", "heading"}},
	{"includes Sat & Sun", []string{"note", "heading"}}, {"Sat and Sun included", []string{"note", "heading"}},
	{"incl. Sat-Sun", []string{"note", "heading"}}, {"Week commencing Monday 11/10/2021", []string{"note", "heading"}},
	{"charged within 2 days", []string{"note"}}, {"all arrested in Dover", []string{"note"}},
}

// weekWordsAt are words said beside a figure, and the places (nil:
// every place) a law puts them in.
type weekWordsAt struct {
	words  string
	places []string
}

// TestWeekDaysBesideLaw: words of the week's days beside a figure, in each
// place, refuse it when they make it a part of the week (a warning names
// the figure's cell), and leave it loaded exact when they say the week.
func TestWeekDaysBesideLaw(t *testing.T) {
	t.Parallel()
	weekWordsLaw(t, "words of the week's days beside a figure", weekDaysRefused, weekDaysLoaded)
}

// longerRefused are another period's words after the force's own name
// or with a number counting the period's units, which the "count of its
// own" reading passed over (reread22 E2, E6, E13): each refuses in every
// place.
var longerRefused = []weekWordsAt{
	{"rolling 12 months", nil}, {"12 months", nil}, {"Kent - rolling 12 months", nil}, {"Kent (12 months)", nil},
	{"Kent (rolling year)", nil}, {"Kent rolling", nil}, {"Kent (Q3 21/22)", nil}, {"Kent (approx, Q3)", nil},
	{"last 12 months", []string{"note", "cell", "heading"}}, {"Q3 21/22", []string{"note", "cell", "heading"}},
}

// longerLoaded are the near misses: the force's name with the week, a
// number of its own beside a period's word, a count's own words.
var longerLoaded = []weekWordsAt{
	{"Kent (this week)", nil}, {"Kent (w/e 17/10/2021)", nil}, {"Kent", nil},
	{"5 remanded", []string{"note", "cell"}}, {"2 in 12 months", []string{"note"}}, {"3 aged 12 years", []string{"note", "cell"}},
	{"12 monthly visits", []string{"note", "heading"}}, {"30 last week", []string{"note"}}, {"Kent (week 41)", []string{"note", "heading"}},
}

// TestLongerPeriodBesideLaw: another period's words beside a figure, in
// each place, refuse it; the near misses load it exact.
func TestLongerPeriodBesideLaw(t *testing.T) {
	t.Parallel()
	weekWordsLaw(t, "another period's words beside a figure", longerRefused, longerLoaded)
}

// weekWordsLaw is the law of words beside Kent's Arrests 43 in each place
// (weekDaysPlaces): the refused words load nothing there (a warning names
// B4 for a note or a cell), the loaded ones load 43 exact from B4.
func weekWordsLaw(t *testing.T, what string, refused, loaded []weekWordsAt) {
	t.Helper()
	type tc struct {
		words, place string
		refuse       bool
	}
	in := func(places []string, p string) bool {
		if p == "unheaded" {
			return slices.Contains(places, p) // only where named
		}
		return places == nil || slices.Contains(places, p)
	}
	var cases []tc
	for _, list := range []struct {
		words  []weekWordsAt
		refuse bool
	}{{refused, true}, {loaded, false}} {
		for _, w := range list.words {
			for _, p := range append(slices.Clone(weekDaysPlaces), "unheaded") {
				if in(w.places, p) {
					cases = append(cases, tc{w.words, p, list.refuse})
				}
			}
		}
	}
	law[tc]{
		what:  what,
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%q in the %s", c.words, c.place) },
		sheet: func(c tc, b *lawBook) {
			switch c.place {
			case "note":
				b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure", "Notes"}, []any{"Arrests", 43, c.words}, phonesRow)
			case "cell":
				b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure"}, []any{"Arrests", "43 (" + c.words + ")"}, phonesRow)
			case "unheaded":
				b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure"}, []any{"Arrests", 43, c.words}, phonesRow)
			case "heading":
				b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", c.words}, []any{"Arrests", 43}, phonesRow)
			case "row":
				row := c.words
				if !strings.HasPrefix(row, "Kent") {
					row = "Kent (" + row + ")"
				}
				b.Rows("A1", []any{kentTitle}, nil, []any{"Area", "Arrests", "Warrants"}, []any{row, 43, 12}, nil, phonesRow)
			}
		},
		holds: func(c tc, p probe, v *verdict) {
			// a heading heads the phones below too
			v.want(c.place == "heading" || p.phonesLoaded(), "the phones below it are not loaded")
			if c.refuse {
				for _, f := range p.factsAt("B4") {
					v.wrong("loaded %s", factLine(f))
				}
				if c.place != "heading" && c.place != "row" {
					v.want(p.warnedAt("B4") != nil, "no warning names B4")
				}
				return
			}
			a := p.value("arrests")
			v.want(a != nil && a.Cell == "B4" && a.Value != nil && *a.Value == 43 && a.Qualifier == etl.Exact, "want arrests 43 exact from B4, got %s", lineOf(a))
		},
	}.run(t)
}

// headingsRefused are headings over a column of figures that were
// passed over (review26): a longer stretch said with words no pure
// heading holds, a span glued to its count, a part of the week's days
// opening with a number: each refuses the figures under it, and a
// transposed table's row heading after the force's name refuses its
// row.
var headingsRefused = []weekWordsAt{
	{"Figure over 2 weeks", []string{"heading", "row"}}, {"Over 2 weeks", []string{"heading", "row"}},
	{"12mth", []string{"heading", "row"}}, {"12mths", []string{"heading", "row"}}, {"4 of 7 days", []string{"heading", "row"}},
	// ("Under 18", "Adults", "Aged 18+" over a column with no Total beside
	// it still load the rows' whole metrics: not mended, see the report)
}

// headingsLoaded are the near misses: the week's own words, the force's
// name, a count of its own beside a period's word.
var headingsLoaded = []weekWordsAt{
	{"Figure", []string{"heading"}}, {"This week", []string{"heading", "row"}}, {"Total", []string{"heading"}},
	{"Kent", []string{"heading", "row"}}, {"Number", []string{"heading"}}, {"12 monthly visits", []string{"heading"}},
	{"Week 41", []string{"heading"}},
}

// TestHeadingStretchLaw: a heading over a column of figures that says
// they are a longer stretch's or a part of the week's refuses them; the
// near misses load them exact.
func TestHeadingStretchLaw(t *testing.T) {
	t.Parallel()
	weekWordsLaw(t, "headings of a longer stretch or a part of the week", headingsRefused, headingsLoaded)
}

// partHeadings are headings over a column of figures, with no Total
// beside them, that name only some of those counted: the readers took
// them for labels with no parent, or for a hedge ("Aged 18 and over":
// more_than), and loaded the figures under them as the rows' whole
// metrics (review26's `Aged 18+`). Each refuses them.
var partHeadings = []weekWordsAt{
	{"Aged 18+", []string{"heading"}}, {"18+", []string{"heading"}}, {"Age 18+", []string{"heading"}},
	{"Aged 18 and over", []string{"heading"}}, {"Under 18", []string{"heading"}}, {"Adults", []string{"heading"}},
	{"Over 18s", []string{"heading"}}, {"Female", []string{"heading"}}, {"Juveniles", []string{"heading"}},
}

// TestHeadingPartLaw: a heading that names only some of those counted
// over a column of the rows' figures refuses them; the near misses of
// TestHeadingStretchLaw load.
func TestHeadingPartLaw(t *testing.T) {
	t.Parallel()
	weekWordsLaw(t, "headings of a part of those counted", partHeadings, headingsLoaded)
}

// shortSpanHeadings are headings that say a stretch of weeks with the
// short plural "wks" (review28 R6: `2 wks`, `3 wks` over `Arrests │ 43`
// loaded 43 exact, where `2 wk` and `2 weeks` refuse): each refuses the
// figures under it, and a transposed table's row so headed.
var shortSpanHeadings = []weekWordsAt{
	{"2 wks", []string{"heading", "row"}}, {"2wks", []string{"heading", "row"}}, {"3 wks", []string{"heading", "row"}},
	{"2 Wks", []string{"heading", "row"}}, {"Two wks", []string{"heading", "row"}}, {"Last 2 wks", []string{"heading", "row"}},
	{"4 wks to 17/10/2021", []string{"heading", "row"}}, {"2 yrs", []string{"heading", "row"}},
}

// shortSpanLoaded are shortSpanHeadings' near misses: the week itself
// said short.
var shortSpanLoaded = []weekWordsAt{
	{"1 wk", []string{"heading"}}, {"This wk", []string{"heading", "row"}}, {"7 days", []string{"heading"}},
	{"Week 41", []string{"heading"}},
}

// TestHeadingShortSpanLaw: a heading that counts weeks or years with a
// short plural ("2 wks") refuses the figures under it as "2 weeks" does;
// the week said short loads them exact.
func TestHeadingShortSpanLaw(t *testing.T) {
	t.Parallel()
	weekWordsLaw(t, "headings of weeks counted short", shortSpanHeadings, shortSpanLoaded)
}
