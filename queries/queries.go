// Package queries embeds the SQL that builds the rollups. Every file is one
// SELECT; its file name is the relation it builds. Folders are layers and
// run in name order (10_staging before 20_marts); files in a folder run in
// name order too. Files under checks/ are data checks: each must return no
// rows.
package queries

import "embed"

// FS holds the SQL files.
//
//go:embed */*.sql
var FS embed.FS
