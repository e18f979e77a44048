package phrase_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/phrase"
	"github.com/countylines/countylines/reference"
)

// oldForeignWords and oldForeignMoney are ForeignMoney as it was before
// the word sets replaced its regular expression (86ad70d): the oracle of
// TestForeignMoneyAsBeforeLaw.
var oldForeignWords = regexp.MustCompile(`(?i)\b(?:usd|jpy|inr|cny|rmb|chf|aud|cad|nzd|hkd|sgd|rub|krw|ngn|php|thb|vnd|uah|ils|pln|sek|nok|dkk|czk|huf|bgn|zar|brl|mxn|aed|sar|pkr|bdt|lkr|kes|ghs|egp|idr|myr|btc|xbt|eth|usdt|dollars?|yen|yuan|renminbi|rupees?|roubles?|rubles?|liras?|lire|naira|pesos?|baht|hryvnias?|shekels?|francs?|kronor|kroner|krona|krone|zlotys?|zloty|reais|dirhams?|riyals?|rands|bitcoins?|crypto(?:currenc(?:y|ies))?|(?:foreign|other|non[- ]?sterling|overseas)\s+(?:currenc(?:y|ies)|cash|money)|non[- ]?sterling)\b`)

func oldForeignMoney(text string) string {
	for _, r := range text {
		if r != '£' && r != '€' && unicode.Is(unicode.Sc, r) {
			return string(r)
		}
	}
	return oldForeignWords.FindString(text)
}

// foreignPieces are the old expression's words spelled out, the words
// of its phrases, and words near them.
var foreignPieces = strings.Fields(`usd jpy inr cny rmb chf aud cad nzd hkd sgd rub krw ngn php thb vnd uah ils pln sek nok dkk czk huf bgn zar brl mxn aed sar pkr bdt lkr kes ghs egp idr myr btc xbt eth usdt
	dollar dollars yen yuan renminbi rupee rupees rouble roubles ruble rubles lira liras lire naira peso pesos baht hryvnia hryvnias shekel shekels franc francs kronor kroner krona krone zloty zlotys reais dirham dirhams riyal riyals rands bitcoin bitcoins crypto cryptocurrency cryptocurrencies
	foreign other non sterling non-sterling nonsterling overseas currency currencies currenc cash money
	won rand try real euro euros pound pounds sterling gbp eur cashless others`)

// foreignGlue is what stands before, after and between pieces: nothing,
// white space \s matches and white space it does not, punctuation,
// letters \b counts as word characters and letters it does not, signs.
var foreignGlue = []string{"", " ", "  ", "\t", "\n", "\v", "\u00a0", "-", "_", "(", ")", "/", ".", ",", ":", "x", "1", "é", "\u017f", "\u212a", "£", "€", "$", "¥", "12 ", " 43"}

// foreignSpellings are w in lower, upper and title case, with a letter
// added, dropped or folded ("ſ" for s, "K" for k).
func foreignSpellings(w string) []string {
	out := []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[:len(w)-1], w + "x", "x" + w}
	if strings.ContainsAny(w, "sk") {
		out = append(out, strings.NewReplacer("s", "\u017f", "k", "\u212a").Replace(w),
			strings.NewReplacer("S", "\u017f", "K", "\u212a").Replace(strings.ToUpper(w)))
	}
	return out
}

// foreignLawTexts are the texts of TestForeignMoneyAsBeforeLaw: every
// spelling of every piece after and before every glue; every two pieces
// joined by glue, by every glue after the first word of a phrase
// ("foreign currency", "non-sterling cash", "crypto currency"), and
// "non" and "sterling" and a kind of money joined by every glue; bounded
// random strings of pieces, numbers and glue; the phrase corpora's texts.
func foreignLawTexts() []string {
	var out []string
	k := 0
	glue := func() string { k++; return foreignGlue[k%len(foreignGlue)] }
	for _, p := range foreignPieces {
		for _, s := range foreignSpellings(p) {
			for _, a := range foreignGlue {
				out = append(out, a+s, s+a, a+s+glue(), glue()+s+a)
			}
		}
	}
	phrasal := map[string]bool{"foreign": true, "other": true, "non": true, "sterling": true, "non-sterling": true, "nonsterling": true, "overseas": true, "crypto": true}
	for _, p := range foreignPieces {
		for _, q := range foreignPieces {
			if !phrasal[p] {
				out = append(out, p+glue()+q, strings.ToUpper(p)+glue()+q+glue())
				continue
			}
			for _, g := range foreignGlue {
				out = append(out, p+g+q, strings.ToUpper(p)+g+q+glue())
			}
		}
	}
	for _, a := range foreignGlue {
		for _, b := range foreignGlue {
			for _, kind := range []string{"currency", "Currencies", "cash", "MONEY", "moneys"} {
				out = append(out, "non"+a+"sterling"+b+kind, "Non"+a+"Sterling"+b+kind+glue())
			}
		}
	}
	rng := rand.New(rand.NewPCG(16, 1))
	var pool []string
	for _, p := range foreignPieces {
		pool = append(pool, foreignSpellings(p)...)
	}
	for _, n := range lawNums {
		pool = append(pool, n.text)
	}
	for _, n := range lawMoney {
		pool = append(pool, n.text)
	}
	pool = append(pool, "seized", "of", "in", "cash seized", "value", "(£)", "worth", "arrests")
	for range 30000 {
		var b strings.Builder
		for k := 1 + rng.IntN(6); k > 0; k-- {
			b.WriteString(pool[rng.IntN(len(pool))])
			b.WriteString(foreignGlue[rng.IntN(len(foreignGlue))])
		}
		out = append(out, b.String())
	}
	for _, c := range amountCorpus {
		out = append(out, c.text, c.rest)
	}
	out = append(out, notAmounts...)
	out = append(out, notNumbers...)
	out = append(out, oddNumbers...)
	out = append(out, plainNumbers...)
	out = append(out, noFigures...)
	out = append(out, whenNoFigures...)
	for _, cs := range [][]readCase{conceptCorpus, whenCorpus, formsReadCorpus} {
		for _, c := range cs {
			out = append(out, c.text)
		}
	}
	for _, c := range labelCorpus {
		out = append(out, c.text, c.heading)
	}
	for _, c := range headingCorpus {
		out = append(out, c.text, c.heading)
	}
	for _, c := range numberCorpus {
		out = append(out, c.text)
	}
	for _, cs := range [][]struct {
		text string
		want []string
	}{readCorpus, readCorpus2, readCorpus3} {
		for _, c := range cs {
			out = append(out, c.text)
		}
	}
	return out
}

// foreignBookTexts are every cell, comment, sheet name and page title of
// the fixture corpus and sample returns, and every line and field of the
// reference files.
func foreignBookTexts(t testing.TB) []string {
	texts, err := bookTexts()
	if err != nil {
		t.Fatal(err)
	}
	return texts
}

// bookTexts reads the workbooks once for every law and benchmark.
var bookTexts = sync.OnceValues(func() ([]string, error) {
	var out []string
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "corpus", "*.xlsx"))
	samples, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "returns", "*", "*.xlsx"))
	if len(corpus) == 0 || len(samples) == 0 {
		return nil, errors.New("no fixture workbooks")
	}
	for _, p := range append(corpus, samples...) {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		wb, err := ingest.Read(context.Background(), bytes.NewReader(data), int64(len(data)), filepath.Base(p), ingest.DefaultLimits())
		if err != nil {
			continue // a corpus file that is refused holds no text to read
		}
		for _, sh := range wb.Sheets {
			out = append(out, sh.Name)
			out = append(out, sh.PageTitles...)
			for _, c := range sh.Cells {
				out = append(out, c.Text)
			}
			for _, c := range sh.Comments {
				out = append(out, c.Text)
			}
		}
	}
	err := fs.WalkDir(reference.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(reference.FS, path)
		for _, line := range strings.Split(string(data), "\n") {
			out = append(out, line)
			out = append(out, strings.Split(line, ",")...)
		}
		return err
	})
	return out, err
})

// TestForeignMoneyAsBeforeLaw: ForeignMoney finds what the regular
// expression it replaced found, the same text at the same place, in
// every generated string and every text of the corpora, workbooks and
// reference files.
func TestForeignMoneyAsBeforeLaw(t *testing.T) {
	texts := append(foreignLawTexts(), foreignBookTexts(t)...)
	found, folded, wrong := 0, 0, 0
	for _, s := range texts {
		want := oldForeignMoney(s)
		if want != "" {
			found++
			if strings.ContainsAny(want, "\u017f\u212a") {
				folded++
			}
		}
		if got := phrase.ForeignMoney(s); got != want {
			wrong++
			if wrong <= 20 {
				t.Errorf("ForeignMoney(%q) = %q, the old expression found %q", s, got, want)
			}
		}
	}
	t.Logf("%d texts, %d naming foreign money (%d with a folded letter), %d differ", len(texts), found, folded, wrong)
	if wrong > 0 {
		t.Errorf("%d of %d texts differ", wrong, len(texts))
	}
	// The law must reach what it guards: found words of each kind.
	if found < len(texts)/10 || folded == 0 {
		t.Errorf("only %d of %d texts name foreign money, %d with a folded letter: the generator misses", found, len(texts), folded)
	}
}

// BenchmarkForeignMoney: the labels and value cells of the sample
// returns, as extraction passes them, nearly none naming foreign money.
func BenchmarkForeignMoney(b *testing.B) {
	texts := foreignBookTexts(b)
	for b.Loop() {
		for _, s := range texts {
			phrase.ForeignMoney(s)
		}
	}
	b.ReportMetric(float64(len(texts)), "texts/op")
}

// BenchmarkForeignMoneyBefore times the regular expression it replaced on
// the same texts.
func BenchmarkForeignMoneyBefore(b *testing.B) {
	texts := foreignBookTexts(b)
	for b.Loop() {
		for _, s := range texts {
			oldForeignMoney(s)
		}
	}
	b.ReportMetric(float64(len(texts)), "texts/op")
}
