package extract

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/countylines/countylines/etl"
)

// A sheet whose name says it is not the return ("OLD do not use",
// "Superseded", "Example", "Test", "Backup") is not read: a force leaves
// such a sheet visible beside the return, and its figures are last
// version's, made up, or a copy. It is reported with its figures, as a
// hidden sheet is. When it is the only sheet with figures the return is
// rejected, saying so: nothing of it is this week's return as sent.

// notReturnName finds the words of a sheet's name that say it is not the
// return. "Test purchases" is a police operation, not a test sheet.
var notReturnName = regexp.MustCompile(`(?i)\b(old|do\s*n[o']?t\s+use|not\s+(?:to\s+be\s+)?used|not\s+in\s+use|dnu|superseded|obsolete|out\s+of\s+date|outdated|example|sample|dummy|test(?:ing)?(?:\s+(?:copy|version|sheet|data))?|back[\s-]?up|bkp|ignore|delete[d]?|scratch|draft)\b`)

func notReturnWords(name string) string {
	for _, m := range notReturnName.FindAllStringIndex(name, -1) {
		w := name[m[0]:m[1]]
		if rest := strings.ToLower(strings.TrimSpace(name[m[1]:])); strings.HasPrefix(strings.ToLower(w), "test") && strings.HasPrefix(rest, "purchase") {
			continue
		}
		return w
	}
	return ""
}

// notReturnSheet reports a sheet whose name says it is not the return and
// notes it when it holds figures; it is not read.
func (x *extractor) notReturnSheet(sh *etl.Sheet, words string) {
	figures, n := 0, 0
	last := etl.Range{FromRow: 1, FromCol: 1, ToRow: 1, ToCol: 1}
	for i := range sh.Cells {
		c := &sh.Cells[i]
		last.ToRow, last.ToCol = max(last.ToRow, c.Row), max(last.ToCol, c.Col)
		if x.holdsFigure(c) {
			figures++
		}
	}
	all := []string{"A1:" + etl.CellRef(last.ToCol, last.ToRow)}
	if figures == 0 {
		x.refuse(etl.SevInfo, "skipped_sheet", sh.Name, "", all, "the sheet's name says it is not the return (%q) and it holds no figures; not read", words)
		return
	}
	n = figures
	x.notReturn = append(x.notReturn, fmt.Sprintf("%q (%q)", strings.TrimSpace(sh.Name), words))
	x.refuse(etl.SevWarning, "not_the_return", sh.Name, "", all, "the sheet's name %q says it is not the return (%q); its %d figures were not read. Rename the sheet if they are this week's figures", strings.TrimSpace(sh.Name), words, n)
}

// onlyNotReturn rejects a return whose only figures are on sheets that say
// they are not the return.
func (x *extractor) onlyNotReturn() {
	if len(x.ret.Facts) > 0 || len(x.notReturn) == 0 {
		return
	}
	x.msg(etl.SevError, "not_the_return", "", "", "the only figures are on the sheet %s, whose name says it is not the return; nothing loaded. Send the return itself, or rename the sheet if it is this week's return", strings.Join(x.notReturn, " and "))
}
