// Package reference embeds the reference data: forces, ROCU membership,
// operations, and the metric and item catalogue. The CSV files are the
// source of truth and their codes are the contract with analysts; edit them
// here, never in code.
package reference

import "embed"

// FS holds forces.csv, rocu_membership.csv, operations.csv, metrics.csv and
// items.csv.
//
//go:embed *.csv
var FS embed.FS
