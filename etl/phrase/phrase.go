// Package phrase reads the words forces use for their figures: a label
// ("Blades recovered", "Heroin (g)"), a header, or a whole phrase with its
// numbers ("Seized over 1,200 wraps of cocaine, heroin and crack cocaine")
// into the metrics and items of the catalogue.
//
// Reading is small parsers composed into larger rules, in the manner of
// facebook/duckling: a number, an amount (hedge, currency, number, scale,
// unit), then a figure with the words around it, each rule with a corpus of
// examples beside it that its tests run. The words live in the reference
// data (concept columns of metrics.csv and items.csv, and words.csv); the
// grammar lives here. A phrase maps to a metric when its words name the
// metric's action or object and every word the phrase says is one the
// metric allows; candidate metrics are scored, and two that fit equally
// are an ambiguity, never a pick.
//
// It never guesses: a word it does not know that stands inside the words
// of a figure, or a word that changes meaning (previous, YTD, target, %,
// rate), leaves the figure unmatched with a message naming the word.
package phrase

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// Reader reads phrases against one catalogue. It is safe for concurrent
// use once built.
type Reader struct {
	cat     *catalog.Catalog
	lex     *lexicon
	metrics []metricInfo
	items   []itemInfo
	facets  map[string]map[string]bool // facet name -> its values: age -> child, adult
	places  map[string]bool            // the forces' areas: "north yorkshire"
	// placeForce is the force each area name is of ("north yorkshire"
	// -> north_yorkshire), and regions the regions' names ("north
	// east", "wales"), all in normalised words joined by spaces
	placeForce map[string]string
	// officersOnly are the names that come only with a word of a force
	// ("Manchester" of "Manchester Police"): a force's officers, but as
	// a place no whole area of it (Manchester is a part of Greater
	// Manchester)
	officersOnly map[string]bool
	// bodyNames are the names of forces that name only its officers,
	// never an area: "BTP", "the Met", "GMP"
	bodyNames map[string]bool
	regions   map[string]bool
	national  map[string]bool // the forces whose area is the whole country: British Transport Police
	// actors are the words.csv actors (role actor) in normalised words
	// joined by spaces: "nca" -> actorBody, "member of the public" ->
	// actorPublic, "detective inspector" -> actorOwn (stance.go)
	actors map[string]actorKind
	// distributive are the words.csv words of role distributive, in
	// lower case: "each", "apiece" said of the doers makes a figure each
	// one's (each.go)
	distributive map[string]bool
	// rest are the words.csv words of a column of the rest (role column,
	// meaning rest), in lower case: "other", "others"; straight after a
	// number they count the rest of a kind (additions.go othersOf)
	rest map[string]bool
	// stretch are the words.csv words of role stretch, in normalised
	// words joined by spaces, with their meaning: "over" -> "when",
	// "the course of" -> "frame", "fortnight" -> "hours=336" (span.go)
	stretch map[string]string
}

// New builds a reader from the catalogue's concept words.
func New(cat *catalog.Catalog) (*Reader, error) {
	r := &Reader{}
	if err := r.build(cat); err != nil {
		return nil, fmt.Errorf("phrase grammar: %w", err)
	}
	r.places = placeNames(cat)
	r.placeForce, r.regions, r.national = areaNames(cat)
	r.officersOnly = officersOnly(cat)
	r.bodyNames = bodyNames(cat)
	return r, nil
}

// Context is what surrounds the text being read: the heading of the
// section or the parent label above it ("Weapons seized" above "BB guns",
// "Arrests" above "Under 18"). Its words can complete a reading; they
// never add a figure.
type Context struct {
	Heading string
	// Force is whose figures the text gives: a force's code, a regional
	// unit's code (one the catalogue has no force of), or "national";
	// "" when not known. A figure the words tie to a named place that
	// is not its whole area ("In Rugby, ...", "across the country" in a
	// force's text) is refused; see scope.go.
	Force string
	// Week is, for a return's cell, the return's own week: words naming
	// its days or its operation after a figure ("43 as at 17/10/2021",
	// "43 during Operation Orochi") say only that; words naming other
	// days refuse it (week.go). Zero when not known.
	Week Week
	// twin: the text is the numbered twin of a sentence (twins.go),
	// whose own items named with no number are not weighed again
	twin bool
	// release: the text is a whole press release (ReleaseIn), so a
	// figure said as more ("a further 17 arrests") with no earlier count
	// of the same thing in it adds to a count the text does not give
	release bool
}

// Fact is one figure read from a phrase.
type Fact struct {
	Metric    string
	Item      string // "" when the metric has no items, or for all items
	Unit      etl.Unit
	Value     *float64 // nil when named without a number (unquantified)
	Qualifier etl.Qualifier
	Text      string // the words of the figure as written
	Start     int    // byte offsets of Text in the phrase
	End       int
}

// Message codes.
const (
	CodeUnknownWord    = "unknown_word"    // a word the grammar does not know stands in the figure's words
	CodeChangesMeaning = "changes_meaning" // previous, YTD, %, target ...
	CodeAmbiguous      = "ambiguous"       // two or more metrics fit equally
	CodeNoMetric       = "no_metric"       // the words fit no metric of the catalogue
	CodeUnit           = "unit"            // the unit does not suit the metric, or is missing
	CodeRange          = "range"           // two numbers for one figure: "£20,000-£30,000"
)

// Message says why a figure was not read.
type Message struct {
	Code  string
	Text  string   // plain English
	Word  string   // the word at fault, if one is
	Value *float64 // the figure's number, if it has one
	Start int      // byte offsets of the figure in the phrase
	End   int
}

func (m Message) String() string { return m.Code + ": " + m.Text }

// Reading is what a phrase says: its facts, and a message for each figure
// that could not be read.
//
// Facts are the figures of the force's own week: safe to load or to
// draft. A figure whose words the grammar read in full (metric, item,
// unit, value, qualifier) but whose scope words put it in another period,
// one day of the week, a part of the force, a wider total or a running
// count is no fact of the week: it has its message, as any refused
// figure, and it is also in Scoped with what it reads as and why it is
// not the week's. Scope is an attribute of a figure, not a reason not to
// read it: an analyst may want to see it, and a labeller who asks what a
// figure is (whatever week it belongs to) counts it. Nothing that loads
// or drafts a return takes a Scoped figure as a fact. A figure whose
// words change what it counts (a target, a percentage, a rate, a change,
// a negation, a forecast) is never in Scoped.
type Reading struct {
	Facts    []Fact
	Scoped   []Scoped
	Messages []Message
}

// ScopeKind is why a Scoped figure is not the force's week.
type ScopeKind string

// Scope kinds.
const (
	ScopePeriod  ScopeKind = "period"  // another or a wider period: "last year", "since April", "YTD"
	ScopeDay     ScopeKind = "day"     // one day or night, or another part of the week: "on Monday", "in the first two days"
	ScopePart    ScopeKind = "part"    // a part of the force: one of its operations or raids, or a part of its area
	ScopeWider   ScopeKind = "wider"   // a wider total than the force's: the region's, the country's
	ScopeRunning ScopeKind = "running" // a running or cumulative count: "bringing the total to", "to date"
	ScopeOther   ScopeKind = "other"   // another force's or body's: "Essex Police made 12 arrests", "The NCA seized" in Kent's text
)

// Scoped is a figure read in full whose words say it is not the force's
// figure for the week.
type Scoped struct {
	Fact
	Kind  ScopeKind
	Words string // the words that scope it: "last year", "On Monday", "nationally"
}

// Describe says what a scope kind makes of a figure, for a reader of a
// draft: "another period's figure, not the week's".
func (k ScopeKind) Describe() string {
	switch k {
	case ScopePeriod:
		return "another period's figure, not the week's"
	case ScopeDay:
		return "one day's or a part of the week's figure, not the week's"
	case ScopePart:
		return "a part of the force's figure, not the force's"
	case ScopeWider:
		return "a wider figure (regional or national), not the force's"
	case ScopeRunning:
		return "a running or cumulative total, not the week's"
	case ScopeOther:
		return "another force's or body's figure, not the force's"
	}
	return "not the force's figure for the week"
}

// Label is what a label or header names, for a value that stands beside
// it in another cell.
type Label struct {
	OK        bool
	Metric    string
	Item      string
	Unit      etl.Unit      // the unit the label names ("Heroin (g)", "Cash (£)"); "" if none
	Scale     float64       // multiply the values by it: 1000 for "(£000s)" or "(kg)"; 1 if none
	Qualifier etl.Qualifier // a hedge in the label ("Cash (in excess of)"); "" if none
	Changer   string        // a word that changes meaning ("previous", "YTD", "%"); the label is then not OK
	Unknown   []string      // words the grammar does not know, standing in the label's words
	Ambiguous []string      // metric codes that fit equally
	Why       string        // why not OK, in plain English
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func quoteWords(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = strconv.Quote(w)
	}
	return strings.Join(q, ", ")
}
