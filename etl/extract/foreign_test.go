package extract_test

import (
	"fmt"
	"testing"
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
	t.Parallel()
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
	law[row]{
		what:  "foreign-currency cases",
		cases: cases,
		name:  func(c row) string { return fmt.Sprintf("%q │ %q │ %q", c.a, c.b, c.c) },
		sheet: func(c row, b *lawBook) {
			r := []any{c.a, c.b}
			if c.c != "" {
				r = append(r, c.c)
			}
			b.Rows("A1", []any{kentTitle}, nil, r, phonesRow)
		},
		holds: func(c row, p probe, v *verdict) { p.refused(v) },
	}.run(t)
}
