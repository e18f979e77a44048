package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 W2: a figure in any currency other than pounds or euros is never
// loaded as either, wherever the currency is written: a sign before the
// figure in the value cell ("$5,000", "¥50,000", "₹50,000"), a code or
// word after it ("5,000 USD", "5,000 dollars"), a unit cell beside it
// ("5000 │ USD", "5000 │ $"), the label's brackets ("Cash seized (¥)"),
// words of the label ("Cash seized - foreign currency"), or a value
// cell contradicting the label's £ ("Cash seized (£) │ $5,000"). Each is
// refused with a message naming the cell; the phones row below loads.
func TestProbe11ForeignCurrencyLaw(t *testing.T) {
	signs := []string{"$", "US$", "¥", "₹", "₽", "₩", "₺", "₦", "₱", "฿", "₫", "₴", "₪", "₿", "¢", "C$", "A$", "HK$"}
	codes := []string{"USD", "JPY", "INR", "CHF", "CNY", "AUD", "CAD", "RUB", "BTC", "usd"}
	words := []string{"dollars", "US dollars", "yen", "rupees", "yuan", "francs", "roubles", "pesos", "foreign currency", "other currency", "bitcoin"}
	type row struct{ a, b, c string }
	var cases []row
	for _, s := range signs {
		cases = append(cases,
			row{"Cash seized", s + "5,000", ""},
			row{"Cash seized", s + " 5000", ""},
			row{"Cash seized (£)", s + "5,000", ""},
			row{"Cash seized", "5000", s},
			row{"Cash seized (" + s + ")", "5000", ""})
	}
	for _, c := range codes {
		cases = append(cases,
			row{"Cash seized", "5,000 " + c, ""},
			row{"Cash seized", c + " 5,000", ""},
			row{"Cash seized", "5000", c},
			row{"Cash seized (" + c + ")", "5000", ""})
	}
	for _, w := range words {
		cases = append(cases,
			row{"Cash seized", "5,000 " + w, ""},
			row{"Cash seized", "5000", w},
			row{"Cash seized - " + w, "5000", ""},
			row{"Cash seized (" + w + ")", "5000", ""})
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		r := []any{cases[i].a, cases[i].b}
		if cases[i].c != "" {
			r = append(r, cases[i].c)
		}
		b.Rows("A1", []any{kentTitle}, nil, r, []any{"Mobile phones seized", "1,149"})
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q │ %q │ %q", c.a, c.b, c.c)
		bad := false
		for _, f := range p.r.Facts {
			if f.Cell == "B3" || f.Cell == "A3" {
				bad = true
				t.Errorf("%s: loaded %s", name, factLine(f))
			}
		}
		if p.warnedAt("B3") == nil && p.warnedAt("A3") == nil {
			bad = true
			t.Errorf("%s: no message names A3 or B3\n%s", name, p.dump())
		}
		if ph := p.value("mobile_phones_seized"); ph == nil || *ph.Value != 1149 {
			bad = true
			t.Errorf("%s: the phones below it: %+v", name, ph)
		}
		if bad {
			failed++
		}
	}
	t.Logf("%d of %d foreign-currency cases read wrong", failed, len(cases))
}
