package pipeline_test

import (
	"io/fs"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/queries"
)

func defaultLimits() ingest.Limits { return ingest.DefaultLimits() }

func queriesFS() fs.FS { return queries.FS }

func samplesFS() fs.FS { return fixtures.Returns }

func nopLog() zerolog.Logger { return zerolog.Nop() }

func (e *env) clock() time.Time { return e.now }
