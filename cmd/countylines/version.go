package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/countylines/countylines/etl/warehouse"
)

// version and commit are set at build time by the Dockerfile and
// scripts (-ldflags "-X main.version=... -X main.commit=..."); otherwise
// they come from the Go build information.
var version, commit string

func buildVersion() (ver, rev string) {
	ver, rev = version, commit
	if bi, ok := debug.ReadBuildInfo(); ok {
		if ver == "" {
			ver = bi.Main.Version
		}
		dirty := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if rev == "" {
					rev = s.Value
				}
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if dirty && rev != "" && commit == "" {
			rev += " (modified)"
		}
	}
	if ver == "" {
		ver = "(devel)"
	}
	if rev == "" {
		rev = "unknown"
	}
	return ver, rev
}

func printVersion(ctx context.Context, w io.Writer) error {
	ver, rev := buildVersion()
	dv, src, err := warehouse.EngineVersion(ctx)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "countylines %s\ncommit      %s\nduckdb      %s (%s)\ngo          %s %s/%s\n",
		ver, rev, dv, src, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}
