package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/countylines/countylines/etl/phrase"
	"github.com/countylines/countylines/etl/report"
)

var draftCommand = &command{
	name:    "draft",
	summary: "read a force's press release into a draft return for an analyst to check and send",
	args:    "FILE.txt",
	about: "Reads the release's figures with the phrase grammar and writes the return template filled in:\n" +
		"each figure in its cell with its sentence in the Notes column, hedged figures highlighted, and\n" +
		"what could not be placed on a sheet of its own. The force and week come from the text unless\n" +
		"--force and --operation say. A draft is written where -o says, never into the inbox: it is\n" +
		"loaded only when someone sends it.",
	example: "countylines draft hampshire-release.txt -o hampshire-draft.xlsx",
	exits:   []int{exitOK, exitFailure, exitUsage},
	new:     func(io stdio) runner { return &draftCmd{stdio: io} },
}

type draftCmd struct {
	stdio
	out, force, operation string
}

func (c *draftCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.out, "o", "", "where to write the draft, `FILE` (default: the release's name with .xlsx)")
	fs.StringVar(&c.force, "force", "", "the force `CODE` or name, when the text does not say")
	fs.StringVar(&c.operation, "operation", "", "the operation `CODE`, when the text gives no dates")
}

func (c *draftCmd) run(ctx context.Context, cfg Config, args []string) error {
	if len(args) != 1 {
		return usageError{"draft: name one press release, a plain text file (see countylines draft --help)"}
	}
	text, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	cat, _, err := loadCatalog("")
	if err != nil {
		return err
	}
	rd, err := phrase.New(cat)
	if err != nil {
		return err
	}
	force := ""
	if c.force != "" {
		fo, ok := cat.Force(c.force)
		if !ok {
			if fo, ok = cat.MatchForce(c.force); !ok {
				return usageError{fmt.Sprintf("draft: --force %q is no force of forces.csv", c.force)}
			}
		}
		force = fo.Code
	}
	if c.operation != "" {
		if _, ok := cat.Operation(c.operation); !ok {
			return usageError{fmt.Sprintf("draft: --operation %q is no operation code of operations.csv", c.operation)}
		}
	}
	// the text is read as the given force's: another force it names is
	// another's, whichever it names first; and its dates against the
	// given operation's week
	rel := rd.ReleaseIn(string(text), force, c.operation)
	d := report.Draft{Source: filepath.Base(args[0]), Force: rel.Force, ForceUnsure: len(rel.OtherForces) > 0, Operation: rel.Operation}
	if force != "" {
		d.ForceUnsure = false
	}
	for _, f := range rel.Facts {
		d.Figures = append(d.Figures, report.DraftFigure{Metric: f.Metric, Item: f.Item, Unit: f.Unit, Value: f.Value, Qualifier: f.Qualifier, Sentence: f.Sentence})
	}
	for _, n := range rel.Unplaced {
		d.Unplaced = append(d.Unplaced, report.DraftNote{Sentence: n.Sentence, Why: n.Why})
	}
	var b bytes.Buffer
	if err := report.WriteDraft(&b, cat, d); err != nil {
		return err
	}
	out := c.out
	if out == "" {
		out = strings.TrimSuffix(args[0], filepath.Ext(args[0])) + ".xlsx"
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "wrote a draft return with %d figures to %s\n", len(d.Figures), out)
	if d.Force == "" {
		fmt.Fprintln(c.stdout, "  the text names no force: fill it in, or give --force")
	} else if d.ForceUnsure {
		fmt.Fprintf(c.stdout, "  force %s is the first the text names; it also names %s: check it\n", d.Force, strings.Join(rel.OtherForces, ", "))
	}
	if d.Operation == "" {
		fmt.Fprintln(c.stdout, "  the text gives no dates of a known week: fill in the operation, or give --operation")
	}
	if len(d.Unplaced) > 0 {
		fmt.Fprintf(c.stdout, "  %d things not placed: see the %q sheet\n", len(d.Unplaced), report.DraftSheet)
	}
	return nil
}
