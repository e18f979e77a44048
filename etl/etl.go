// Package etl is the vocabulary of countylines: the facts a police force
// reports, the messages raised about them, and the errors that name the cell
// they come from. It imports only the standard library; the role packages
// below it (ingest, extract, warehouse, report, pipeline) speak in these
// types.
package etl

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Unit is the unit a fact's value is measured in.
type Unit string

// The units of the data model. Masses are always grams and money always
// pounds sterling; another currency keeps its own unit and is never summed
// with pounds.
const (
	UnitPeople  Unit = "people"
	UnitCount   Unit = "count"
	UnitGBP     Unit = "gbp"
	UnitEUR     Unit = "eur"
	UnitGrams   Unit = "g"
	UnitWraps   Unit = "wraps"
	UnitPlants  Unit = "plants"
	UnitTablets Unit = "tablets"
)

// Qualifier says how exact a reported figure is.
type Qualifier string

// The qualifiers of the data model.
const (
	Exact         Qualifier = "exact"
	MoreThan      Qualifier = "more_than"
	AtLeast       Qualifier = "at_least"
	Approximately Qualifier = "approximately"
	UpTo          Qualifier = "up_to"
	LessThan      Qualifier = "less_than"
	Unquantified  Qualifier = "unquantified"
)

// Fact is one reported figure with the cell it came from.
type Fact struct {
	Metric    string    // metric code from the catalogue
	Item      string    // item code; "" when the metric has no items or for the all-items figure
	Unit      Unit      // unit of Value
	Value     *float64  // nil when reported but not quantified; never a stand-in 0
	Qualifier Qualifier // exact, more_than, ...
	Raw       string    // the cell text as a person would read it
	Sheet     string    // sheet name
	Cell      string    // cell address, e.g. "C7"
}

// Key identifies what a fact measures, regardless of where it came from.
func (f Fact) Key() string {
	return f.Metric + "/" + f.Item + "/" + string(f.Unit)
}

// Severity grades a message about a return.
type Severity string

// Errors reject a return; warnings are kept with its facts; an info
// message lists what was deliberately not read (notes, the title block, a
// hidden sheet) and changes nothing.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
	SevInfo    Severity = "info"
)

// Message is one thing said about a return, with the cell it is about.
// Sheet and Cell are empty when the message is about the whole file.
type Message struct {
	Severity Severity
	Code     string // stable machine-readable code, e.g. "unknown_force"
	Sheet    string
	Cell     string
	Text     string // plain English for the force analyst
	// Cells lists the cells of Sheet whose figures the message accounts
	// for as not loaded: the figure it refuses, or every cell of a column,
	// a row or a sheet it skips on purpose. Each is a cell ("B4") or a
	// range ("C4:C9"). It is empty for a message about a loaded figure (a
	// sum in euros, a split that does not add up) or about the whole file.
	Cells []string
}

// Covers reports whether the message accounts for the cell at (col, row)
// of sheet: whether one of its Cells is, or contains, that cell.
func (m Message) Covers(sheet string, col, row int) bool {
	if m.Sheet != sheet {
		return false
	}
	for _, ref := range m.Cells {
		if r, ok := ParseRange(ref); ok && r.FromRow <= row && row <= r.ToRow && r.FromCol <= col && col <= r.ToCol {
			return true
		}
	}
	return false
}

// ParseRange reads "B4" or "C4:C9" as a range.
func ParseRange(ref string) (Range, bool) {
	a, b, isRange := strings.Cut(ref, ":")
	c1, r1, err := ParseCellRef(a)
	if err != nil {
		return Range{}, false
	}
	c2, r2 := c1, r1
	if isRange {
		if c2, r2, err = ParseCellRef(b); err != nil {
			return Range{}, false
		}
	}
	return Range{FromRow: min(r1, r2), FromCol: min(c1, c2), ToRow: max(r1, r2), ToCol: max(c1, c2)}, true
}

// Where renders the position of the message as Sheet!Cell.
func (m Message) Where() string {
	switch {
	case m.Sheet == "" && m.Cell == "":
		return ""
	case m.Cell == "":
		return m.Sheet
	default:
		return m.Sheet + "!" + m.Cell
	}
}

func (m Message) String() string {
	if w := m.Where(); w != "" {
		return fmt.Sprintf("%s %s: %s", m.Severity, w, m.Text)
	}
	return fmt.Sprintf("%s: %s", m.Severity, m.Text)
}

// Return is one force's extracted return for one operation.
type Return struct {
	FileName   string
	SHA256     string
	Size       int64
	ReceivedAt time.Time
	Force      string // force code
	Operation  string // operation code
	Facts      []Fact
	Messages   []Message
}

// Errors returns the error messages of the return.
func (r *Return) Errors() []Message {
	var out []Message
	for _, m := range r.Messages {
		if m.Severity == SevError {
			out = append(out, m)
		}
	}
	return out
}

// Rejected reports whether any message rejects the return.
func (r *Return) Rejected() bool { return len(r.Errors()) > 0 }

// CellError is a problem with one cell of one workbook, in the manner of
// encoding/csv's ParseError.
type CellError struct {
	File  string
	Sheet string
	Cell  string
	Err   error
}

func (e *CellError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Sheet != "" {
		b.WriteString(": " + e.Sheet)
		if e.Cell != "" {
			b.WriteString("!" + e.Cell)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *CellError) Unwrap() error { return e.Err }

// Sentinel errors checked with errors.Is.
var (
	ErrNotWorkbook  = errors.New("not a readable .xlsx workbook")
	ErrEncrypted    = errors.New("workbook is password-protected")
	ErrLegacyFormat = errors.New("workbook is in the old .xls format; save it as .xlsx")
	ErrTooLarge     = errors.New("workbook is larger than the limits allow")
	ErrCellTooLong  = errors.New("a cell holds more text than Excel allows")
	ErrTooSlow      = errors.New("workbook took longer to read than the limit allows")
)

// Ptr returns a pointer to v; a small help for optional values.
func Ptr(v float64) *float64 { return &v }

// Table is a query result handed between the warehouse and the writers.
type Table struct {
	Name    string
	Columns []string
	Types   []string // database type names: VARCHAR, BIGINT, DOUBLE, DATE, ...
	Rows    [][]any
}
