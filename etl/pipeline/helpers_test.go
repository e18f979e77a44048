package pipeline_test

import "github.com/countylines/countylines/etl/ingest"

func defaultLimits() ingest.Limits { return ingest.DefaultLimits() }
