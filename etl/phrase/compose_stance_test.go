package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/phrase"
)

// stanceFig is a figure clause of Kent's release, said actively after
// a subject (%[1]s the actor, %[2]s the number) or passively (%[2]s the
// number, %[1]s an agent after "by" or nothing), and what it reads as:
// its number's fact, and a thing named with no number beside it.
type stanceFig struct {
	active, passive string
	// base: the verb's base form after a subject and an adverb (%[1]s);
	// aux: the passive after an auxiliary (%[1]s)
	base, aux    string
	metric, item string
	unq          string // the drug item named with no number beside it, "" if none
}

var stanceFigs = []stanceFig{
	{"%[1]s seized %[2]s knives", "%[2]s knives were seized%[1]s", "%[1]s seize %[2]s knives", "%[2]s knives %[1]s seized", "weapons_seized", "knife", ""},
	{"%[1]s arrested %[2]s people", "%[2]s people were arrested%[1]s", "%[1]s arrest %[2]s people", "%[2]s people %[1]s arrested", "arrests", "", ""},
	{"%[1]s closed %[2]s county lines", "%[2]s county lines were closed%[1]s", "%[1]s close %[2]s county lines", "%[2]s county lines %[1]s closed", "lines_closed", "", ""},
	{"%[1]s executed %[2]s warrants", "%[2]s warrants were executed%[1]s", "%[1]s execute %[2]s warrants", "%[2]s warrants %[1]s executed", "warrants", "", ""},
	{"%[1]s seized %[2]s mobile phones", "%[2]s mobile phones were seized%[1]s", "%[1]s seize %[2]s mobile phones", "%[2]s mobile phones %[1]s seized", "mobile_phones_seized", "", ""},
	{"%[1]s seized %[2]s knives and heroin", "%[2]s knives and heroin were seized%[1]s", "%[1]s seize %[2]s knives and heroin", "%[2]s knives and heroin %[1]s seized", "weapons_seized", "knife", "heroin"},
	{"%[1]s seized heroin and %[2]s knives", "Heroin and %[2]s knives were seized%[1]s", "%[1]s seize heroin and %[2]s knives", "Heroin and %[2]s knives %[1]s seized", "weapons_seized", "knife", "heroin"},
	{"%[1]s seized some knives and %[2]s mobile phones", "Some knives and %[2]s mobile phones were seized%[1]s", "%[1]s seize some knives and %[2]s mobile phones", "Some knives and %[2]s mobile phones %[1]s seized", "mobile_phones_seized", "", ""},
	{"%[1]s seized %[2]s mobile phones and some knives", "%[2]s mobile phones and some knives were seized%[1]s", "%[1]s seize %[2]s mobile phones and some knives", "%[2]s mobile phones and some knives %[1]s seized", "mobile_phones_seized", "", "knife"},
	{"%[1]s seized %[2]s machetes, cocaine and cannabis", "%[2]s machetes, cocaine and cannabis were seized%[1]s", "%[1]s seize %[2]s machetes, cocaine and cannabis", "%[2]s machetes, cocaine and cannabis %[1]s seized", "weapons_seized", "machete", "cocaine"},
}

// stanceNums are the numbers the figures are given, in turn.
var stanceNums = []struct {
	text string
	v    float64
}{{"12", 12}, {"seven", 7}, {"40", 40}, {"three", 3}, {"25", 25}, {"six", 6}}

// stanceCase is one sentence and what it must read: want the figure (and
// the thing beside it), or nothing; scoped: refused as another body's
// figure, which is read in full into Scoped as another's (ScopeOther).
type stanceCase struct {
	text   string
	fig    stanceFig
	v      float64
	want   bool
	scoped bool
	why    string
}

// stanceCases: every figure × every actor, agent, speaker and condition.
// Read: the force's own actors ("Officers", "Kent Police", "The force",
// "Kent Police officers"), agents ("by officers", "by Kent Police", none)
// and speakers ("Officers said", "A Kent Police spokesperson said", "A
// spokesperson for Kent Police said", "Detective Inspector Smith said",
// "..., said DCI Jones", "She said"), and a condition after the figure
// ("..., and if you have information, call 101"), and the past beside
// a time to come in a clause of its own ("...; more raids will follow
// next week", "... and officers will return next week"). Refused: another
// body as the actor or the agent ("The NCA", "Border Force officers",
// "by officers from the NCA": Scoped as another's), the public ("Members
// of the public", "by residents": not Scoped), another's words ("The NCA
// said", "A spokesperson for Essex Police said", "..., according to
// Border Force", "John Smith said"), a condition or a question ("If
// ...", "Unless ...", "Whenever ...", "...?"), a modal ("can", "could",
// "will", "can be"), the present of a passive ("are seized", "are being
// seized"), a habit ("routinely", "every week", "Every week, ...") or a
// time to come ("next week", "tomorrow", "upcoming"): no fact, a
// message, and not Scoped.
func stanceCases() []stanceCase {
	own := []string{"Officers", "Kent Police", "The force", "Kent Police officers", "Detectives", "Police"}
	bodies := []string{"The NCA", "Border Force", "Officers from the NCA", "Border Force officers", "The National Crime Agency", "HMRC officers"}
	public := []string{"Members of the public", "Residents", "A member of the public"}
	ownBy := []string{"", " by officers", " by Kent Police", " by the force", " by detectives"}
	bodyBy := []string{" by Border Force", " by the NCA", " by officers from the NCA", " by HMRC"}
	publicBy := []string{" by members of the public", " by residents"}
	ownSaid := []string{"Officers", "Kent Police", "A Kent Police spokesperson", "A spokesperson for Kent Police", "Detective Inspector Smith", "DCI Jones", "Kent Police's Detective Sergeant Brown", "The force", "Police"}
	otherSaid := []string{"The NCA", "A spokesperson for Essex Police", "Essex Police", "Border Force", "John Smith", "A resident", "The National Crime Agency"}
	var out []stanceCase
	n := 0
	add := func(text string, f stanceFig, v float64, want, scoped bool, why string) {
		out = append(out, stanceCase{text, f, v, want, scoped, why})
	}
	for _, f := range stanceFigs {
		next := func() (string, float64) {
			n++
			x := stanceNums[n%len(stanceNums)]
			return x.text, x.v
		}
		active := func(who string) (string, float64) {
			num, v := next()
			return fmt.Sprintf(f.active, who, num), v
		}
		passive := func(by string) (string, float64) {
			num, v := next()
			s := fmt.Sprintf(f.passive, by, num)
			return strings.ToUpper(s[:1]) + s[1:], v
		}
		for _, g := range []struct {
			whos         []string
			form         func(string) (string, float64)
			want, scoped bool
			why          string
		}{
			{own, active, true, false, "own actor"},
			{bodies, active, false, true, "another body"},
			{public, active, false, false, "the public"},
			{ownBy, passive, true, false, "own agent"},
			{bodyBy, passive, false, true, "another body as agent"},
			{publicBy, passive, false, false, "the public as agent"},
		} {
			for _, who := range g.whos {
				s, v := g.form(who)
				add(s+".", f, v, g.want, g.scoped, g.why)
			}
		}
		said := func(sp string, want bool, why string) {
			s, v := passive("")
			add(sp+" said "+strings.ToLower(s[:1])+s[1:]+".", f, v, want, false, why)
			s, v = active("officers")
			add(sp+" said: "+strings.ToUpper(s[:1])+s[1:]+".", f, v, want, false, why)
			s, v = passive("")
			add(s+", "+lowerLead(sp)+" said.", f, v, want, false, why+" after")
			s, v = passive("")
			add(s+", said "+lowerLead(sp)+".", f, v, want, false, why+" after the verb")
			s, v = passive("")
			add(s+", according to "+lowerLead(sp)+".", f, v, want, false, why+" after")
		}
		for _, sp := range ownSaid {
			said(sp, true, "own speaker")
		}
		for _, sp := range otherSaid {
			said(sp, false, "another's words")
		}
		s, v := passive("")
		add("She said "+strings.ToLower(s[:1])+s[1:]+".", f, v, true, false, "a speaker already named")
		for _, c := range []string{"If", "Unless", "Whenever"} {
			s, v := active("officers")
			add(c+" "+s+", they are destroyed.", f, v, false, false, "a condition")
		}
		s, v = passive("")
		add(s+"?", f, v, false, false, "a question")
		// mood: what can, will or may be done, is done as a rule, or is
		// to come; and what was done, beside words of another clause
		form := func(tmpl, w string) (string, float64) {
			num, v := next()
			s := fmt.Sprintf(tmpl, w, num)
			return strings.ToUpper(s[:1]) + s[1:], v
		}
		for _, w := range []string{"Officers can", "Officers could", "Officers will", "Officers routinely", "Officers regularly", "Officers usually", "Kent Police can now"} {
			s, v := form(f.base, w)
			add(s+".", f, v, false, false, "a modal or a habit")
		}
		for _, tail := range []string{" every week", " each month", " next week", " weekly", " tomorrow"} {
			s, v := form(f.base, "Officers")
			add(s+tail+".", f, v, false, false, "a habit or a time to come")
		}
		for _, head := range []string{"Every week, ", "Next month, "} {
			s, v := form(f.base, "officers")
			add(head+strings.ToLower(s[:1])+s[1:]+".", f, v, false, false, "a habit or a time to come before")
		}
		for _, w := range []string{"are", "are being", "are also", "can be", "will be", "could be", "may be"} {
			s, v := form(f.aux, w)
			add(s+".", f, v, false, false, "the present or a modal")
		}
		for _, tail := range []string{" every week", " next week", " in the upcoming operation"} {
			s, v := passive("")
			add(s+tail+".", f, v, false, false, "a habit or a time to come after")
		}
		for _, w := range []string{"were", "have been", "had been", "were also"} {
			s, v := form(f.aux, w)
			add(s+".", f, v, true, false, "done")
		}
		for _, tail := range []string{" this week", "; more raids will follow next week", " and officers will return next week"} {
			s, v := passive("")
			add(s+tail+".", f, v, true, false, "done, a time to come in another clause")
		}
		s, v = passive("")
		add(s+"; if you have information, call Crimestoppers.", f, v, true, false, "a condition after the figure")
	}
	return out
}

// lowerLead writes a speaker inside a sentence: "The NCA" as "the NCA",
// "Officers" as "officers"; a name stays as it is.
func lowerLead(s string) string {
	for _, w := range []string{"The ", "A ", "Officers", "Police", "Detectives"} {
		if strings.HasPrefix(s, w) {
			return strings.ToLower(s[:1]) + s[1:]
		}
	}
	return s
}

// TestStanceLaw: a figure is the force's only when its actor, its
// speaker and its mood say so, with a number and with none alike
// (stance.go). Each case is read in Kent's context.
func TestStanceLaw(t *testing.T) {
	r := newReader(t)
	checkStance(t, r, stanceCases())
}

// checkStance reads each case: a read case gives exactly its figure (and
// the thing named with no number beside it); a refused one gives no fact
// and a message, and is Scoped (as another's) only when another body did
// it.
func checkStance(t *testing.T, r *phrase.Reader, cases []stanceCase) {
	t.Helper()
	failed := 0
	for _, c := range cases {
		got := r.Read(c.text, phrase.Context{Force: "kent"})
		isFig := func(f phrase.Fact) bool {
			return f.Metric == c.fig.metric && f.Item == c.fig.item && f.Value != nil && *f.Value == c.v && f.Qualifier == etl.Exact
		}
		isUnq := func(f phrase.Fact) bool {
			return c.fig.unq != "" && f.Item == c.fig.unq && f.Value == nil && f.Qualifier == etl.Unquantified
		}
		var bad string
		if c.want {
			fig, unq := false, c.fig.unq == ""
			for _, f := range got.Facts {
				switch {
				case isFig(f):
					fig = true
				case isUnq(f):
					unq = true
				case f.Value == nil && f.Qualifier == etl.Unquantified:
					// the other things of the list ("some knives" before
					// the figure is read after an active verb only)
				default:
					bad = "read " + fmtFact(f)
				}
			}
			if bad == "" && !(fig && unq) {
				bad = fmt.Sprintf("want %s %s %v (and %q), got %v", c.fig.metric, c.fig.item, c.v, c.fig.unq, got.Facts)
			}
		} else {
			scoped := false
			for _, s := range got.Scoped {
				if isFig(s.Fact) && s.Kind == phrase.ScopeOther {
					scoped = true
				}
			}
			switch {
			case len(got.Facts) > 0:
				bad = "read " + fmtFact(got.Facts[0])
			case len(got.Messages) == 0:
				bad = "refused with no message"
			case c.scoped && !scoped:
				bad = fmt.Sprintf("not Scoped as another's: %v", got.Scoped)
			case !c.scoped && len(got.Scoped) > 0:
				bad = fmt.Sprintf("Scoped, though no scope refuses it: %v", got.Scoped)
			}
		}
		if bad != "" {
			failed++
			t.Errorf("%q (%s): %s", c.text, c.why, bad)
		}
	}
	t.Logf("%d sentences, %d failed", len(cases), failed)
}

// TestStanceListLaw: a list of things that a figure opens or ends is
// judged by the verb of the list, with whatever joins its things ("and",
// "plus", "as well as", "along with", "together with"; stance.go
// listWord): "12 knives plus heroin were seized by Border Force" is
// Border Force's, "... will be seized" not done, both refused (review20:
// "plus" and "as well as" drafted the knives as Kent's). The verb after
// a list is its own only when no verb stands before it: a list that is
// an object ends at the edge of the clause its verb opens, and a clause
// of its own after it ("Officers seized 12 knives, and a further week of
// action will take place in November", "..., and Border Force will
// carry out checks next week") leaves the figure, and the thing beside
// it, drafted; so does the same list said by the force's own people.
func TestStanceListLaw(t *testing.T) {
	r := newReader(t)
	type thing struct{ noun, metric, item string }
	things := []thing{{"knives", "weapons_seized", "knife"}, {"machetes", "weapons_seized", "machete"}}
	joins := []string{"and", "plus", "as well as", "along with", "together with"}
	drugs := []string{"heroin", "cannabis", "cocaine"}
	var cases []stanceCase
	n := 0
	next := func() (string, float64) {
		n++
		x := stanceNums[n%len(stanceNums)]
		return x.text, x.v
	}
	add := func(s string, th thing, unq string, v float64, want, scoped bool, why string) {
		cases = append(cases, stanceCase{s, stanceFig{metric: th.metric, item: th.item, unq: unq}, v, want, scoped, why})
	}
	for _, th := range things {
		for _, j := range joins {
			for _, d := range drugs {
				for _, tail := range []struct {
					s            string
					want, scoped bool
				}{
					{"were seized by Border Force", false, true}, {"were seized by the NCA", false, true},
					{"were seized by officers from the NCA", false, true}, {"were found by members of the public", false, false},
					{"will be seized", false, false}, {"could be seized", false, false}, {"are seized every week", false, false},
					{"were seized by officers", true, false}, {"were seized", true, false}, {"were seized by Kent Police", true, false},
				} {
					num, v := next()
					unq := d
					if j != "and" {
						unq = "" // (a thing after "plus" need not be read)
					}
					add(fmt.Sprintf("%s %s %s %s %s.", capFirst(num), th.noun, j, d, tail.s), th, unq, v, tail.want, tail.scoped, "a list first, "+j)
					num, v = next()
					add(fmt.Sprintf("%s %s %s %s %s.", capFirst(d), j, num, th.noun, tail.s), th, "", v, tail.want, tail.scoped, "a list last, "+j)
				}
				// an object, and a clause of its own after it
				for _, after := range []string{
					", and a further week of action will take place in November", ", and officers will return",
					", and Border Force will carry out checks", " and a further operation will be held", ", and some will be destroyed",
				} {
					num, v := next()
					add(fmt.Sprintf("Officers seized %s %s %s %s%s.", num, th.noun, j, d, after), th, "", v, true, false, "an object, a clause after")
					num, v = next()
					add(fmt.Sprintf("Officers seized %s %s %s %s%s.", d, j, num, th.noun, after), th, "", v, true, false, "an object last, a clause after")
					num, v = next()
					add(fmt.Sprintf("Officers seized %s %s%s.", num, th.noun, after), th, "", v, true, false, "an object alone, a clause after")
				}
			}
		}
	}
	checkStance(t, r, cases)
}
