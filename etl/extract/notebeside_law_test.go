package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// besideNotes are notes beside a figure that say it is not final, not
// done, another force's or body's, a wider area's or shared, a part of
// the force's or of the week's, another period's, or not a count; the
// hedges that make it approximate; and the near misses, notes of
// anything else (a place, a source, a part of the figure, the draft's
// sentence, the week itself), that leave it exact.
// Each is a noteWording whose after is the note ("{fig}" the figure
// beside it, as its cell says it), its qualifier "" to refuse.
var besideNotes = []noteWording{
	// not final, not done
	{"TBC", ""}, {"provisional", ""}, {"to be confirmed", ""}, {"not yet verified", ""}, {"awaiting data", ""},
	{"TBA", ""}, {"Pending", ""},
	// another's, a wider area's, shared
	{"includes NCA arrests", ""}, {"incl. 5 by BTP", ""}, {"joint with Essex", ""}, {"Essex Police figure", ""},
	{"Figure for Kent and Essex combined", ""}, {"regional total", ""}, {"includes Essex", ""}, {"supported by NCA", ""},
	{"Multi-agency", ""}, {"joint operation with the NCA", ""}, {"figures from Essex Police", ""},
	// where the people or things came from, or who was with the force,
	// when it is another force, a ROCU or a body: theirs, or joint
	{"from Essex Police", ""}, {"from the NCA", ""}, {"from the Met", ""}, {"from SEROCU", ""}, {"from ROCU", ""},
	{"with the NCA", ""}, {"with Essex Police", ""}, {"with Essex", ""}, {"alongside Border Force", ""}, {"with BTP", ""},
	{"all with the NCA", ""}, {"with NCA support", ""}, {"With Essex Police and the NCA", ""},
	{"4 arrested on behalf of Essex Police", ""}, {"Officers arrested {fig} people with help from the NCA.", ""},
	{"with Essex officers", ""}, {"with Essex area officers", ""}, {"with links to Essex Police", ""},
	{"from Essex, the Met and Merseyside", ""}, {"from the NCA area", ""}, {"with officers from Essex", ""}, {"help from Merseyside", ""},
	// reread22 E1: another force's or a part's work the figure is linked
	// to, not where the people had links
	{"linked to Essex op", ""}, {"linked to Essex Operation", ""}, {"connected to Essex job", ""},
	{"linked to Essex investigation", ""}, {"4 linked to Essex", ""}, {"with links to Essex op", ""},
	{"linked to Medway only", ""}, {"with links to Medway only", ""}, {"ties to Medway and Swale only", ""},
	// a part of the force
	{"Medway only", ""}, {"excludes Medway", ""}, {"excl. Medway", ""},
	{"Dover and Folkestone", ""}, {"in Medway and Swale", ""}, {"partial", ""}, {"partial figure", ""},
	// not done
	{"anticipated", ""}, {"cancelled", ""}, {"postponed", ""},
	// the figure itself said of another period; a hedge giving another figure
	{"{fig} in 2020", ""}, {"{fig} last year", ""}, {"2020 figure", ""}, {"figure is for two weeks", ""},
	{"around 40", ""}, {"approx 40", ""},
	// another period, a part of the week, one day
	{"last year", ""}, {"figure from 2020", ""}, {"w/e 10/10/2021", ""}, {"cumulative since April", ""},
	{"part week (Mon-Thu)", ""}, {"Mon-Thu", ""}, {"Day 1", ""}, {"Days 1-4", ""}, {"Tue 12/10", ""}, {"12/10/2021", ""},
	{"10-16 Oct", ""},
	// counted up to a day inside the week: a part of it, no hedge
	{"up to Thursday", ""}, {"until Wed", ""}, {"as of Tuesday", ""}, {"up to Thu 14/10", ""}, {"by Wednesday", ""},
	{"up to and including Friday", ""},
	// a part of the week inside other words
	{"Mon-Thu figures", ""}, {"covers Mon-Thu", ""}, {"Mon-Thu only; Fri-Sun to follow", ""}, {"Week 41 (Mon-Thu)", ""},
	{"Q4", ""}, {"FY", ""}, {"+/-", ""}, {"cross-border", ""}, {"Cross border", ""},
	// review22 X18: a quarter or half year however said
	{"Qtr 3", ""}, {"Quarter 3", ""}, {"Q3 2021/22", ""}, {"3rd quarter", ""}, {"quarter three", ""}, {"H2", ""}, {"2nd half", ""}, {"half year", ""}, {"fiscal year", ""}, {"YTD", ""},
	// review22 X20: mutual aid is another force's officers taking part
	{"mutual aid from Essex", ""}, {"with mutual aid", ""}, {"with Essex mutual aid", ""}, {"mutual-aid officers present", ""}, {"aid from Essex", ""},
	{"4 days only", ""}, {"5 remanded; Mon-Thu only", ""}, {"Kent Police (Days 1-4)", ""},
	// a sentence with figures of its own over a stretch of the week's days
	{"Officers arrested {fig} people between Monday and Thursday.", ""},
	{"Officers arrested {fig} people from Mon to Thu.", ""}, {"Officers seized {fig} between Tuesday and Friday.", ""},
	// not a count
	{"Daily average", ""}, {"per 100k population", ""}, {"% change on last year", ""},
	// words not known to leave the figure standing (the allow rule,
	// review23 R1): another measure's words with no count of the note's
	// own may say the figure is that warrant's or that measure's; words
	// nobody taught
	{"seized during warrant at Dover", ""}, {"first aid given at scene", ""},
	// hedges
	{"estimate", etl.Approximately}, {"approx", etl.Approximately}, {"roughly", etl.Approximately},
	{"approx {fig}", etl.Approximately}, {"around {fig}", etl.Approximately}, {"figure is an estimate", etl.Approximately}, {"rounded", etl.Approximately}, {"figure is approximate", etl.Approximately},
	// near misses: the figure stands
	{"includes 7 under 18", etl.Exact}, {"see email", etl.Exact},
	{"Source: Niche RMS", etl.Exact}, {"checked by DS Smith", etl.Exact}, {"w/e 17/10/2021", etl.Exact},
	{"11-17 Oct", etl.Exact}, {"as at 17/10/2021", etl.Exact}, {"Kent Police figure", etl.Exact}, {"includes Medway", etl.Exact},
	{"all county lines related", etl.Exact}, {"excluding duplicates", etl.Exact}, {"5 remanded in custody", etl.Exact},
	{"30 last week", etl.Exact}, {"final figure", etl.Exact}, {"3 from London", etl.Exact}, {"all from Birmingham and Essex", etl.Exact}, {"3 from Essex", etl.Exact},
	{"from the West Midlands and Essex", etl.Exact},
	{"11-17 Oct 2021", etl.Exact}, {"w/e 17/10/21", etl.Exact}, {"2 handed in", etl.Exact},
	// where the people lived or had links, whatever force's area it names
	{"with Essex addresses", etl.Exact}, {"5 with Essex addresses", etl.Exact}, {"2 with Merseyside links", etl.Exact},
	{"from the Met area", etl.Exact}, {"with links to Essex", etl.Exact}, {"from Essex, London and Merseyside", etl.Exact},
	{"43 arrested, including seven Under 18.", etl.Exact},
	{"Mon-Sun", etl.Exact}, {"Days 1-7", etl.Exact}, {"covers Mon-Sun", etl.Exact},
	{"up to Sunday", etl.Exact}, {"until Sunday", etl.Exact}, {"up to Sun", etl.Exact},
	{"mostly in Medway", etl.Exact}, {"{did} in Dover and Folkestone", etl.Exact}, {"{fig} in total", etl.Exact},
	{"Officers arrested 43 people and seized 5 knives.", etl.Exact},
	{"{Act} between Monday and Sunday.", etl.Exact}, {"{Act} from Monday to Sunday.", etl.Exact},
	{"{Act} during the week.", etl.Exact},
	{"£50,272 cash seized, as well as 3 Rolex watches which have yet to be valued | 35 stop and searches were completed, and of those 5 individuals were from the London area, Birmingham or out of County.", etl.Exact},
}

// noteLayout is where a note stands beside a figure: the heading row,
// and the columns of the figure and of the note in each row under it.
type noteLayout struct {
	heads          []any
	figure, noteAt int // 0-based columns
}

// rows writes the layout's sheet: the Kent title, its heading row, the
// row label │ fig with note in its notes column, and the phones row
// below with no note.
func (ly noteLayout) rows(b *lawBook, label, fig, note string) {
	row, phones := make([]any, max(ly.figure, ly.noteAt)+1), make([]any, ly.figure+1)
	row[0], row[ly.figure], row[ly.noteAt] = label, fig, note
	phones[0], phones[ly.figure] = phonesRow[0], phonesRow[1]
	b.Rows("A1", []any{kentTitle}, nil, ly.heads, row, phones)
}

// holds checks a sheet of rows: with q "" the figure is not loaded and
// a warning at it names the note's cell; else metric's value loads from
// the figure's cell with qualifier q. The phones below load either way.
func (ly noteLayout) holds(p probe, v *verdict, metric string, value float64, q etl.Qualifier) {
	col := func(k int) string { return string(rune('A' + k)) }
	at, noteAt := col(ly.figure)+"4", col(ly.noteAt)+"4"
	if q == "" {
		for _, f := range p.factsAt(at) {
			v.wrong("loaded %s", factLine(f))
		}
		m := p.warnedAt(at)
		v.want(m != nil && slices.Contains(m.Cells, noteAt), "no warning at %s names the note's cell %s", at, noteAt)
	} else {
		f := p.value(metric)
		v.want(f != nil && f.Cell == at && f.Value != nil && *f.Value == value && f.Qualifier == q, "want %s %v %s loaded from %s, got %s", metric, value, q, at, lineOf(f))
	}
	v.want(p.phonesLoaded(), "the phones below it are not loaded")
}

// besideLayouts are where a notes column stands: its heading row, and
// the columns of the figure and of the note in each row under it.
var besideLayouts = []noteLayout{
	{[]any{"Measure", "Figure", "Notes"}, 1, 2},
	{[]any{"Measure", "Notes", "Result"}, 2, 1},
	{[]any{"Measure", "This week", "Comments"}, 1, 2},
}

// Law: a note in a notes column beside a figure is judged as the same
// words after the figure in its own cell are: a note that says the
// figure is not final or not done, another force's or body's, a wider
// area's or shared, a part of the force or of the week, another
// period's, or not a count refuses it with a warning at the figure's
// cell naming the note's cell; a hedge loads it approximately; any other
// note (a place, a source, a part of it, the week itself, the sentence
// the draft read it from) leaves it exact. Whatever the label, wherever
// the notes column stands; the row below loads either way.
func TestNoteBesideFigureLaw(t *testing.T) {
	t.Parallel()
	besideLaw(t, "notes beside a figure", besideLayouts, besideNotes)
}

// otherActs is, for each of noteLabels' metrics, a sentence giving it
// as another number of the same measure.
var otherActs = map[string]string{
	"arrests": "Officers arrested 40 people", "warrants": "Officers executed 10 warrants",
	"cash_seized": "Officers seized £4,000 in cash", "weapons_seized": "Officers seized 6 weapons",
}

// otherValueNotes are the force's sentences beside a figure as the draft
// writes them: the figure's own sentence ("Officers arrested 43 people.")
// leaves it standing; a sentence that gives the figure's own measure as
// another number ("Officers arrested 40 people.") refuses it, wherever
// the number stands and whatever else the sentence gives; another
// period's still refuses.
var otherValueNotes = []noteWording{
	{"{Act}.", etl.Exact}, {"{Act}; 3 were charged.", etl.Exact}, {"{Act} during the week.", etl.Exact},
	{"{Other}.", ""}, {"{Other} during the week.", ""}, {"{Other}; 3 were charged.", ""},
	{"Over the seven days, {Other}.", ""}, {"{Act} last year.", ""},
}

// Law: a sentence beside a figure that gives the figure's own measure
// only as another number refuses it, naming the note's cell; the
// figure's own sentence leaves it exact (TestNoteBesideFigureLaw's
// judging, with otherValueNotes).
func TestNoteOtherValueLaw(t *testing.T) {
	t.Parallel()
	besideLaw(t, "a sentence giving the figure as another number", besideLayouts, otherValueNotes)
}

// givesAnother is, for a note that leaves a figure standing beside
// every other label, the metric of noteLabels' it gives as another
// number: beside that label's figure it refuses (TestNoteOtherValueLaw).
var givesAnother = map[string]string{
	"£50,272 cash seized, as well as 3 Rolex watches which have yet to be valued | 35 stop and searches were completed, and of those 5 individuals were from the London area, Birmingham or out of County.": "cash_seized",
}

// besideLaw checks TestNoteBesideFigureLaw's law on notes: each beside
// each of noteLabels' figures in each of layouts.
func besideLaw(t *testing.T, what string, layouts []noteLayout, notes []noteWording) {
	t.Helper()
	type tc struct{ layout, label, note int }
	var cases []tc
	for _, ix := range every(len(layouts), len(noteLabels), len(notes)) {
		cases = append(cases, tc{ix[0], ix[1], ix[2]})
	}
	note := func(c tc) string {
		l := noteLabels[c.label]
		act := l.act
		if act != "" {
			act = strings.ToUpper(act[:1]) + act[1:]
		}
		other := otherActs[l.metric]    // "Officers arrested 40 people"
		did := strings.Fields(l.act)[1] // "arrested", "executed", "seized"
		return strings.NewReplacer("{fig}", l.fig, "{Act}", act, "{act}", l.act, "{Other}", other, "{did}", did).Replace(notes[c.note].after)
	}
	law[tc]{
		what:  what,
		cases: cases,
		name: func(c tc) string {
			ly, l := layouts[c.layout], noteLabels[c.label]
			return fmt.Sprintf("%v over %s │ %s with the note %q", ly.heads, l.label, l.fig, note(c))
		},
		sheet: func(c tc, b *lawBook) {
			l := noteLabels[c.label]
			layouts[c.layout].rows(b, l.label, l.fig, note(c))
		},
		holds: func(c tc, p probe, v *verdict) {
			l, n := noteLabels[c.label], notes[c.note]
			if givesAnother[n.after] == l.metric {
				n.q = "" // the note gives the label's figure as another number
			}
			layouts[c.layout].holds(p, v, l.metric, l.value, n.q)
		},
	}.run(t)
}

// rowNotes are notes in a row of two figures (a drug's weight and value),
// each with the qualifier both figures must load with ("" for refused).
var rowNotes = []noteWording{
	{"TBC", ""}, {"from the NCA", ""}, {"up to Thursday", ""}, {"Mon-Thu", ""}, {"Medway only", ""}, {"last year", ""},
	{"value estimated", etl.Approximately}, {"weight approx.", etl.Approximately}, {"estimate", etl.Approximately},
	{"street value approx", etl.Approximately},
	{"see email", etl.Exact}, {"seized during warrant at Dover", ""}, {"3 from London", etl.Exact},
	{"Mon-Sun", etl.Exact}, {"Days 1-7", etl.Exact}, {"covers Mon-Sun", etl.Exact},
	{"up to Sunday", etl.Exact},
}

// Law: a note in a row of several figures is judged against every figure
// of its row, whichever it names ("value estimated" beside a drug's
// weight and value hedges both): a note may cover the whole row, and
// the safe reading is every figure it could cover. A note that refuses
// refuses each, a warning at each naming the note's cell; a hedge hedges
// each; any other note leaves each exact. The row below, with no note,
// loads exact.
func TestRowNoteCoversEveryFigureLaw(t *testing.T) {
	t.Parallel()
	var cases []int
	for k := range rowNotes {
		cases = append(cases, k)
	}
	law[int]{
		what:  "notes in a row of two figures",
		cases: cases,
		name:  func(c int) string { return fmt.Sprintf("Heroin │ 56 │ 340 │ %q", rowNotes[c].after) },
		sheet: func(c int, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Drugs seized"}, []any{"Drug type", "Quantity (g)", "Value (£)", "Notes"},
				[]any{"Heroin", 56, 340, rowNotes[c].after}, []any{"Cocaine", 12, 900})
		},
		holds: func(c int, p probe, v *verdict) {
			n := rowNotes[c]
			for _, at := range []string{"B5", "C5"} {
				fs := p.factsAt(at)
				if n.q == "" {
					for _, f := range fs {
						v.wrong("loaded %s", factLine(f))
					}
					m := p.warnedAt(at)
					v.want(m != nil && slices.Contains(m.Cells, "D5"), "no warning at %s names the note's cell D5", at)
					continue
				}
				v.want(len(fs) == 1 && fs[0].Qualifier == n.q, "want %s loaded %s, got %d facts %v", at, n.q, len(fs), fs)
			}
			for _, at := range []string{"B6", "C6"} {
				fs := p.factsAt(at)
				v.want(len(fs) == 1 && fs[0].Qualifier == etl.Exact, "want %s loaded exact, got %v", at, fs)
			}
		},
	}.run(t)
}
