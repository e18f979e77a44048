package extract

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/countylines/countylines/etl"
)

// A return is one force's figures for the operation's week. A sheet whose
// title block says it covers part of the force ("(Medway district only)",
// "North Division", "District: Medway") or another span than the week
// ("intensification fortnight 11-24 Oct 2021", "activity 4-17 Oct 2021")
// gives no figure of the force's week. Beside a sheet for the whole force
// it is reported and not read (a district sheet is never a duplicate of
// the force's figure, nor summed into it); alone, the return is rejected
// saying what it covers: a district's figures loaded as the force's, or
// two weeks' as one, would be wrong numbers.

// partOfForceWords are words of a title that name a part of a force.
var partOfForceWords = regexp.MustCompile(`(?i)\b(districts?|division(?:al)?|bcu|basic command unit|borough command|local policing (?:area|unit)|lpa|lpu|policing sector|neighbourhood policing team)\b`)

// partOfForceLabel is a label giving the part of the force a sheet is for:
// "District: Medway", "Division | North".
var partOfForceLabel = regexp.MustCompile(`(?i)^\s*(district|division|bcu|borough|policing area|local policing area|lpa|sector)\s*(?:name)?\s*(?::\s*(\S.*))?$`)

// coverage is what a sheet's title block says it covers, when that is not
// the force's week.
type coverage struct {
	where string // Sheet!Cell
	text  string // the words, as written
	span  bool   // a longer span than the week, not a part of the force
}

// sheetCoverage reads a sheet's title block (the rows above its first
// figure) for words saying it covers a part of the force or a longer span
// than the week.
func (x *extractor) sheetCoverage(g *grid) (coverage, bool) {
	first := g.firstFigureRow()
	for _, row := range g.rows {
		if row >= first {
			break
		}
		for _, i := range g.byRow[row] {
			c := g.cell(i)
			if c.Kind != etl.KindText {
				continue
			}
			where := g.sheet.Name + "!" + c.Ref()
			text := strings.TrimSpace(c.Text)
			if m := partOfForceLabel.FindStringSubmatch(text); m != nil {
				part := strings.TrimSpace(m[2])
				if part == "" {
					// "District | Arrests | Warrants" is a header row, not a district.
					if j := g.rightOf(c.Row, c.Col); j >= 0 && g.cell(j).Kind == etl.KindText && !x.isLabel(g.cell(j).Text) && !identityLabel(g.cell(j).Text) {
						part = strings.TrimSpace(g.cell(j).Text)
					}
				}
				if part != "" && !strings.EqualFold(part, "all") && !strings.EqualFold(part, "force") && !strings.EqualFold(part, "force wide") && !strings.EqualFold(part, "forcewide") {
					return coverage{where: where, text: strings.TrimSpace(m[1]) + ": " + part}, true
				}
				continue
			}
			if !titleLike(text) || g.headsFigures(i) {
				continue // "Fortnight 1 │ Fortnight 2" head columns: a title says what the sheet covers
			}
			if w := partOfForceWords.FindString(text); w != "" {
				return coverage{where: where, text: text}, true
			}
		}
	}
	return coverage{}, false
}

// coverageOf sets aside the sheets that cover part of the force or another
// span than the week: reported and not read beside a sheet for the whole
// week; the return rejected when every sheet with figures is one. It
// returns the sheets to read.
func (x *extractor) coverageOf(grids []*grid) []*grid {
	var keep, parts []*grid
	var covs []coverage
	for _, g := range grids {
		if c, ok := x.sheetCoverage(g); ok {
			parts, covs = append(parts, g), append(covs, c)
			continue
		}
		keep = append(keep, g)
	}
	if len(parts) == 0 {
		return grids
	}
	withFigures := false
	for _, g := range keep {
		withFigures = withFigures || g.firstFigureRow() != math.MaxInt
	}
	var says []string
	for k, g := range parts {
		c := covs[k]
		what := fmt.Sprintf("%s says %q: a part of the force", c.where, c.text)
		if c.span {
			what = fmt.Sprintf("%s says %q: a longer span than the operation's week", c.where, c.text)
		}
		says = append(says, what)
		var cells []int
		for i := range g.sheet.Cells {
			if !g.used[i] && x.holdsFigure(g.cell(i)) {
				cells = append(cells, i)
			}
		}
		if len(cells) == 0 || !withFigures {
			continue
		}
		x.refuse(etl.SevWarning, "not_the_force_week", g.sheet.Name, "", g.refs(cells...), "%s; its figures are not the force's week and were not read (the other sheets give the force's figures)", what)
	}
	if withFigures {
		return keep
	}
	why := "a district's figures are not the force's, and district sheets are never added up here"
	for _, c := range covs {
		if c.span {
			why = "a longer span's figures are not the week's"
		}
	}
	x.msg(etl.SevError, "not_the_force_week", "", "", "the return does not give the force's figures for the operation's week: %s. Nothing is loaded (%s); send the whole force's figures for the week", strings.Join(says, "; "), why)
	return nil
}
