package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/countylines/countylines/etl"
)

// formatValue renders one value for text output; NULL for nil.
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case float32:
		return strconv.FormatFloat(float64(x), 'f', -1, 32)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	case []byte:
		return string(x)
	case *big.Int:
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}

func writeTable(w io.Writer, t *etl.Table, format string) error {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(t.Columns); err != nil {
			return err
		}
		for _, row := range t.Rows {
			rec := make([]string, len(row))
			for i, v := range row {
				if v != nil {
					rec[i] = formatValue(v)
				}
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "json":
		out := make([]map[string]any, 0, len(t.Rows))
		for _, row := range t.Rows {
			m := make(map[string]any, len(row))
			for i, v := range row {
				switch x := v.(type) {
				case *big.Int:
					m[t.Columns[i]] = json.Number(x.String())
				default:
					m[t.Columns[i]] = x
				}
			}
			out = append(out, m)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	default:
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(t.Columns, "\t"))
		seps := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			seps[i] = strings.Repeat("-", len(c))
		}
		fmt.Fprintln(tw, strings.Join(seps, "\t"))
		for _, row := range t.Rows {
			cells := make([]string, len(row))
			for i, v := range row {
				cells[i] = strings.ReplaceAll(formatValue(v), "\t", " ")
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "(%d rows)\n", len(t.Rows))
		return err
	}
}
