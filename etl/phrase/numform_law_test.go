package phrase_test

import (
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestOddNumberAsBeforeLaw: OddNumber, which tries its forms only on a
// text with a digit, answers as trying every form does, over the texts
// of TestForeignMoneyAsBeforeLaw and the odd and plain numbers written
// with their digits, with other digits (fullwidth, Arabic-Indic, which \d
// does not match) and with letters in their place.
func TestOddNumberAsBeforeLaw(t *testing.T) {
	texts := append(foreignLawTexts(), foreignBookTexts(t)...)
	others := []*strings.Replacer{
		strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９"),
		strings.NewReplacer("0", "٠", "1", "١", "2", "٢", "3", "٣", "4", "٤", "5", "٥", "6", "٦", "7", "٧", "8", "٨", "9", "٩"),
		strings.NewReplacer("0", "O", "1", "l", "5", "S"),
		strings.NewReplacer("1", "", "2", "", "3", "", "4", "", "5", "", "6", "", "7", "", "8", "", "9", ""),
	}
	for _, s := range append(append([]string{}, oddNumbers...), plainNumbers...) {
		texts = append(texts, s)
		for _, r := range others {
			texts = append(texts, r.Replace(s))
		}
	}
	odd, wrong := 0, 0
	for _, s := range texts {
		wantWhy, want := phrase.OddNumberEveryFormForTest(s)
		if want {
			odd++
		}
		if why, got := phrase.OddNumber(s); got != want || why != wantWhy {
			wrong++
			if wrong <= 20 {
				t.Errorf("OddNumber(%q) = %q, %v; every form gives %q, %v", s, why, got, wantWhy, want)
			}
		}
	}
	t.Logf("%d texts, %d odd, %d differ", len(texts), odd, wrong)
	if wrong > 0 {
		t.Errorf("%d of %d texts differ", wrong, len(texts))
	}
	if odd < len(oddNumbers) {
		t.Errorf("only %d odd texts: the law misses what it guards", odd)
	}
}
