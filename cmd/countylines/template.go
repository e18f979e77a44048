package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/countylines/countylines/etl/report"
)

type templateCmd struct {
	stdout, stderr io.Writer
}

func (c *templateCmd) Run(ctx context.Context, args []string) error {
	fset := flag.NewFlagSet("template", flag.ContinueOnError)
	fset.SetOutput(c.stderr)
	out := fset.String("o", "countylines-return.xlsx", "where to write the blank return (- for standard output)")
	if err := fset.Parse(args); err != nil {
		return usageFromFlag(err)
	}
	cat, _, err := loadCatalog("")
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if _, err := report.WriteTemplate(&b, cat); err != nil {
		return err
	}
	if *out == "-" {
		_, err := c.stdout.Write(b.Bytes())
		return err
	}
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, *out); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "wrote the blank return to %s\n", *out)
	return nil
}
