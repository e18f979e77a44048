package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 R3: the force and the week printed in the page header or footer
// (on every page) and nowhere in the cells: "no force named", "no
// operation found". Law: a page header or footer, in any part (left,
// centre, right), with Excel's formatting codes and fields around it,
// names the force and the week as a title does; a cell that says otherwise
// decides, and the disagreement is said.
func TestPageHeaderTitlesLaw(t *testing.T) {
	t.Parallel()
	titles := []string{kentTitle, "Kent Police county lines intensification week October 2021",
		"KENT POLICE - CLIW 11/10/2021 - 17/10/2021", "County lines week 11-17 October 2021 - Kent Police"}
	wraps := []struct{ header, footer string }{
		{"&C%s", ""}, {"&L%s&RPage &P of &N", ""}, {"", "&C%s"}, {`&C&"Arial,Bold"&14%s`, "&LPrinted &D &T&R&F"},
		{"&L&G&C%s", "&CPage &P"}, {"&R%s", "&L&A"},
	}
	bad, n := 0, 0
	for _, title := range titles {
		for _, w := range wraps {
			header, footer := w.header, w.footer
			if strings.Contains(header, "%s") {
				header = fmt.Sprintf(header, title)
			} else {
				footer = fmt.Sprintf(footer, title)
			}
			n++
			p := book(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
				b.Sheet("Return").Rows("A1", []any{"County lines return"}, nil, []any{"Arrests", 43}).PageHeader(header, footer)
			})
			if p.r.Rejected() || p.r.Force != "kent" || p.r.Operation != "2021-10" || len(p.r.Facts) != 1 {
				bad++
				t.Errorf("header %q, footer %q: want kent 2021-10 loaded with arrests 43\n%s", header, footer, p.dump())
			}
		}
	}
	t.Logf("%d cases, %d wrong", n, bad)
	// A header of page numbers alone names nothing.
	book(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{"County lines return"}, nil, []any{"Arrests", 43}).PageHeader("&CPage &P of &N", "&L&D")
	}).rejected()
	// The cells name Essex, the header Kent: the cells decide, and the
	// header is named in a message.
	p := book(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{"Essex Police - County lines intensification week 11-17 Oct 2021"}, nil, []any{"Arrests", 43}).PageHeader("&C"+kentTitle, "")
	})
	said := false
	for _, m := range p.r.Messages {
		said = said || strings.Contains(m.Text, "page header")
	}
	if p.r.Force == "kent" || !said {
		t.Errorf("Essex in the cells, Kent in the header: want not Kent, and the header named\n%s", p.dump())
	}
}

// A comparison sheet's page header names its own week, not the return's.
func TestPageHeaderOfAComparisonSheet(t *testing.T) {
	t.Parallel()
	book(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43})
		b.Sheet("Last IW").Rows("A1", []any{"Arrests", 38}).PageHeader("&CKent Police - County lines intensification week 17-23 May 2021", "")
	}).loaded("kent", "2021-10").facts("Return!B3 arrests - people 43")
}
