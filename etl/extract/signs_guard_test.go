package extract

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/ingest"
)

// TestSignGuardsLaw: the cheap tests that spare readSigns and pureHeading
// their regular expressions never spare one that would match. Wherever
// dollarSign matches, mayNameDollars holds; wherever a scale's expression
// matches, its guard holds; wherever moneyFigure matches a text with its
// scales taken out, the text has a digit. Over every
// cell of the fixture workbooks and bounded random strings of signs,
// codes, words of money and scales, figures and glue (with "ſ", which
// (?i) reads as s).
func TestSignGuardsLaw(t *testing.T) {
	t.Parallel()
	var texts []string
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "corpus", "*.xlsx"))
	samples, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "returns", "*", "*.xlsx"))
	for _, p := range append(corpus, samples...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		wb, err := ingest.Read(context.Background(), bytes.NewReader(data), int64(len(data)), filepath.Base(p), ingest.DefaultLimits())
		if err != nil {
			continue // a refused corpus file has no cells to read
		}
		for _, sh := range wb.Sheets {
			for _, c := range sh.Cells {
				texts = append(texts, c.Text)
			}
		}
	}
	pieces := []string{"$", "US$", "us $", "USD", "usd", "u\u017fd", "U\u017fD", "dollar", "Dollars", "DOLLAR\u017f", "\u017f", "usdt", "dollarish",
		"£", "€", "£000s", "(£000)", "(£'000)", "€m", "£k", "x1,000", "× £1,000,000", "X 1000", "x1,000,000", "(00s)", "( '000 )", "£100s", "(0000s)", "000s", ",000", "£ mn", "€millions", "12", "5,000", "£5,000", "0", "7 ", "٣",
		"gbp", "eur", "euros", "pounds", "sterling", "Cash seized", "value", "(", ")", "k", "m", "million", "thousand", "of", "YTD"}
	glue := []string{"", " ", "-", "_", "(", ")", "/", ":", "x", "1", "é", "\u00a0"}
	for _, p := range pieces {
		for _, q := range pieces {
			texts = append(texts, p+q, p+" "+q)
		}
	}
	rng := rand.New(rand.NewPCG(16, 2))
	for range 20000 {
		var b strings.Builder
		for k := 1 + rng.IntN(5); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(glue[rng.IntN(len(glue))])
		}
		texts = append(texts, b.String())
	}
	dollars, scales, figures, wrong := 0, 0, 0, 0
	for _, s := range texts {
		if dollarSign.MatchString(s) {
			dollars++
			if !mayNameDollars(s, strings.ToLower(s)) {
				if wrong++; wrong <= 20 {
					t.Errorf("dollarSign matches %q, mayNameDollars says it cannot", s)
				}
			}
		}
		lower := strings.ToLower(s)
		for _, g := range []struct {
			name  string
			match bool
			may   bool
		}{
			{"scaleMillions", scaleMillions.MatchString(s), mayScaleMillions(s, lower)},
			{"scaleThousands", scaleThousands.MatchString(s), mayScaleThousands(s, lower)},
			{"scaleOdd", scaleOdd.MatchString(s), mayScaleOdd(s)},
		} {
			if g.match {
				scales++
			}
			if g.match && !g.may {
				if wrong++; wrong <= 20 {
					t.Errorf("%s matches %q, its guard says it cannot", g.name, s)
				}
			}
		}
		if moneyFigure.MatchString(scaleOdd.ReplaceAllString(scaleMillions.ReplaceAllString(scaleThousands.ReplaceAllString(s, " "), " "), " ")) {
			figures++
			if !hasDigit(s) {
				if wrong++; wrong <= 20 {
					t.Errorf("moneyFigure matches %q with its scales out, hasDigit says it has no digit", s)
				}
			}
		}
	}
	t.Logf("%d texts: dollarSign matches %d, a scale %d, moneyFigure %d; %d spared wrongly", len(texts), dollars, scales, figures, wrong)
	if dollars < 100 || scales < 100 || figures < 100 {
		t.Errorf("dollarSign matches %d texts, a scale %d, moneyFigure %d: the law misses what it guards", dollars, scales, figures)
	}
}
