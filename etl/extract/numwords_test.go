package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
)

// spell writes n (1..999,999) as English does, by hand: "forty-three",
// "one hundred and five", "twelve thousand five hundred".
func spell(n int, and bool) string {
	units := strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	tens := strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
	var below100 func(int) string
	below100 = func(n int) string {
		if n < 20 {
			return units[n]
		}
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + units[n%10]
	}
	below1000 := func(n int) string {
		if n < 100 {
			return below100(n)
		}
		s := units[n/100] + " hundred"
		if n%100 != 0 {
			if and {
				s += " and"
			}
			s += " " + below100(n%100)
		}
		return s
	}
	if n < 1000 {
		return below1000(n)
	}
	s := below1000(n/1000) + " thousand"
	if n%1000 != 0 {
		if n%1000 < 100 && and {
			s += " and"
		}
		s += " " + below1000(n%1000)
	}
	return s
}

// probe11 W1: number words read as English composes them, never as the
// sum of the words. Every number spelled by hand (with and without "and",
// hyphened or spaced) reads as itself; "N dozen" is 12N, "a dozen" 12,
// "a hundred" 100, "a thousand" 1,000; and every run of two number words
// English does not compose ("ten ten", "twelve fifty", "one two", "five
// twenty") and "one two three" is refused, never added.
func TestProbe11NumberWordsLaw(t *testing.T) {
	t.Parallel()
	type want struct {
		text string
		n    float64
		ok   bool
	}
	var cases []want
	var nums []int
	for n := 1; n < 1000; n++ {
		nums = append(nums, n)
	}
	for _, n := range []int{1000, 1001, 1012, 1100, 2500, 12500, 25000, 43210, 100000, 999999} {
		nums = append(nums, n)
	}
	for _, n := range nums {
		cases = append(cases, want{spell(n, true), float64(n), true}, want{strings.ReplaceAll(spell(n, false), "-", " "), float64(n), true})
	}
	for n := 1; n < 100; n++ {
		cases = append(cases, want{spell(n, true) + " dozen", float64(12 * n), true})
	}
	cases = append(cases, want{"a dozen", 12, true}, want{"dozen", 12, true}, want{"a hundred", 100, true},
		want{"a hundred and five", 105, true}, want{"a thousand", 1000, true}, want{"eleven hundred", 1100, true},
		want{"twenty five hundred", 2500, true}, want{"one two three", 0, false}, want{"ten ten ten", 0, false},
		want{"two dozen dozen", 0, false}, want{"one hundred dozen", 0, false})
	// Every pair of the words one..ninety: English composes only tens
	// then a unit ("forty three"); the rest are refused.
	var small []int
	for n := 1; n < 20; n++ {
		small = append(small, n)
	}
	for n := 20; n < 100; n += 10 {
		small = append(small, n)
	}
	for _, a := range small {
		for _, b := range small {
			if a >= 20 && b < 10 {
				cases = append(cases, want{spell(a, true) + " " + spell(b, true), float64(a + b), true})
			} else {
				cases = append(cases, want{spell(a, true) + " " + spell(b, true), 0, false})
			}
		}
	}
	failed := 0
	for _, c := range cases {
		v, err := extract.ParseText(c.text)
		switch {
		case c.ok && (err != nil || v.Num == nil || *v.Num != c.n):
			failed++
			t.Errorf("%q: want %v, got %+v %v", c.text, c.n, fmtNum(v), err)
		case !c.ok && err == nil:
			failed++
			t.Errorf("%q: want refused, got %s", c.text, fmtNum(v))
		}
	}
	t.Logf("%d of %d number-word texts read wrong", failed, len(cases))
}

func fmtNum(v extract.Value) string {
	if v.Num == nil {
		return "no number"
	}
	return fmt.Sprint(*v.Num)
}

// The same law in real workbooks, beside Arrests and Cash seized.
func TestProbe11NumberWordsInWorkbooksLaw(t *testing.T) {
	t.Parallel()
	values := []string{"two dozen", "three dozen", "one dozen", "a dozen", "twenty four dozen", "ten ten", "one two three", "twelve fifty", "five twenty", "forty three", "one hundred and twelve", "a hundred"}
	want := map[string]float64{"two dozen": 24, "three dozen": 36, "one dozen": 12, "a dozen": 12, "twenty four dozen": 288, "forty three": 43, "one hundred and twelve": 112, "a hundred": 100}
	ps, cases := valueLaw(t, []string{"Arrests", "Cash seized", "Warrants executed"}, values)
	failed := 0
	for i, p := range ps {
		c := cases[i]
		var got []float64
		for _, f := range p.r.Facts {
			if f.Cell == "B3" && f.Value != nil {
				got = append(got, *f.Value)
			}
		}
		n, ok := want[c[1]]
		switch {
		case ok && (len(got) != 1 || got[0] != n):
			failed++
			t.Errorf("%q │ %q: want %v, got %v\n%s", c[0], c[1], n, got, p.dump())
		case !ok && (len(got) > 0 || p.warnedAt("B3") == nil):
			failed++
			t.Errorf("%q │ %q: want refused with a message, got %v\n%s", c[0], c[1], got, p.dump())
		}
	}
	t.Logf("%d of %d workbook cells read wrong", failed, len(cases))
}
