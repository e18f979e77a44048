package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/countylines/countylines/etl/report"
)

var templateCommand = &command{
	name:    "template",
	summary: "write the blank return workbook that forces fill in",
	example: "countylines template -o countylines-return.xlsx",
	exits:   []int{exitOK, exitFailure, exitUsage},
	new:     func(io stdio) runner { return &templateCmd{stdio: io} },
}

type templateCmd struct {
	stdio
	out string
}

func (c *templateCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.out, "o", "countylines-return.xlsx", "where to write the blank return, `FILE` (- for standard output)")
}

func (c *templateCmd) run(ctx context.Context, cfg Config, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("template takes no arguments, got %q (write the file with -o FILE)", args)}
	}
	cat, _, err := loadCatalog("")
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if _, err := report.WriteTemplate(&b, cat); err != nil {
		return err
	}
	if c.out == "-" {
		_, err := c.stdout.Write(b.Bytes())
		return err
	}
	tmp := c.out + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, c.out); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "wrote the blank return to %s\n", c.out)
	return nil
}
