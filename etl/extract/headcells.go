package extract

import "github.com/countylines/countylines/etl"

// A heading typed into Excel as a date ("04/10/2021", "Oct-20") is stored
// as a date cell, not text, yet it heads the column of figures under it
// as its text form does. Such a cell at the head of a column of figures,
// with no label to its left in its row (a label's value is its figure;
// "Week commencing | 04/10/2021" gives the week), is read as the heading
// it is, written dd/mm/yyyy: another day than the week's is a comparison,
// never an unheaded column whose figure is taken as this week's.

// dateHeadings turns the date cells that head columns of figures into
// text headings. It runs before anything reads the grid's cells.
func (x *extractor) dateHeadings(g *grid) {
	for _, row := range g.rows {
		cells := g.byRow[row]
		for n, i := range cells {
			c := g.cell(i)
			if c.Kind != etl.KindDate {
				continue
			}
			k := g.below(c.Row, c.Col)
			if k < 0 || !isFigure(g.cell(k)) {
				continue
			}
			besideLabel := false
			for _, j := range cells[:n] {
				l := g.cell(j)
				besideLabel = besideLabel || l.Kind == etl.KindText && (x.isLabel(l.Text) || identityLabel(l.Text))
			}
			if !besideLabel {
				c.Kind, c.Text = etl.KindText, c.Time.Format("02/01/2006")
			}
		}
	}
}
