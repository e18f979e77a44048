package extract

import (
	"regexp"
	"slices"
	"strconv"

	"github.com/countylines/countylines/etl"
)

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

// A year heading typed into Excel ("2020") is stored as a number, and
// typed as text it still reads as a figure: either way the figures under
// it were taken as unheaded, so 2020's arrests loaded as this week's
// (probe10 H4). A year cell heading a column of figures is a heading: a
// year is a longer period than the week, so its figures are a comparison,
// the operation's own year too ("2021" over a column may be the year to
// date as well as this week; nothing says which, and a missing figure is
// better than a wrong one).

// yearText is a year alone, as typed: "2020", " 2021 ".
var yearText = regexp.MustCompile(`^\s*(?:19[89]\d|20\d\d)\s*$`)

// yearLike reports whether a cell holds nothing but a year 1980-2099: a
// whole number shown as it is stored (no format giving it a unit,
// currency or scale), or that text.
func yearLike(c *etl.Cell) (string, bool) {
	switch c.Kind {
	case etl.KindNumber:
		if c.NumFmt == "" && c.Num >= 1980 && c.Num <= 2099 && isWhole(c.Num) {
			return strconv.Itoa(int(c.Num)), true
		}
	case etl.KindText:
		if yearText.MatchString(c.Text) {
			return c.Text, true
		}
	}
	return "", false
}

// yearHeadings makes the year cells that head columns of figures text
// headings, read as no figure. A year cell is a heading when the cell
// below it is a figure, no label (nor "Year", "Force") stands left of it
// in its row, its row holds no figure but years (a row of figures headed
// "This week" is no header: "This week │ 43 │ 2020"), and the nearest cell
// above it in its block is not a label nor a figure ("Cash seized" over
// "2020" is that metric's figure, as is a year-like figure in a column of
// figures). It runs before anything reads the grid's cells.
func (x *extractor) yearHeadings(g *grid) {
	for _, row := range g.rows {
		cells := g.byRow[row]
		if !slices.ContainsFunc(cells, func(i int) bool { _, ok := yearLike(g.cell(i)); return ok }) {
			continue // most rows: no year, nothing to read
		}
		var years []int
		header := true
		for _, i := range cells {
			c := g.cell(i)
			if _, ok := yearLike(c); ok {
				years = append(years, i)
				continue
			}
			if isFigure(c) || c.Kind == etl.KindText && (x.isLabel(c.Text) || identityLabel(c.Text)) {
				header = false // a label's row, or a row of figures
				break
			}
		}
		if !header {
			continue
		}
		for _, i := range years {
			c := g.cell(i)
			if k := g.below(c.Row, c.Col); k < 0 || !isFigure(g.cell(k)) || x.aboveStops(g, i) {
				continue
			}
			text, _ := yearLike(c)
			c.Kind, c.Text = etl.KindText, text
			g.read(i)
			g.parsed[i] = 3 // words, not a figure
		}
	}
}

// aboveStops reports whether the nearest cell above cell i in its column,
// with no blank row between, is a label or a figure: i is then a figure
// of that label's column, not the head of one.
func (x *extractor) aboveStops(g *grid, i int) bool {
	c := g.cell(i)
	prev := c.Row
	for k := len(g.rows) - 1; k >= 0; k-- {
		r := g.rows[k]
		if r >= c.Row {
			continue
		}
		if !g.adjacent(r, prev) {
			return false
		}
		prev = r
		j := g.get(r, c.Col)
		if j < 0 {
			continue
		}
		a := g.cell(j)
		return isFigure(a) || a.Kind == etl.KindText && x.isLabel(a.Text)
	}
	return false
}
