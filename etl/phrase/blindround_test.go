package phrase_test

import (
	"os"
	"testing"
)

// TestBlindRound measures the reader on a labelled round of real wording
// kept outside the repository (a blind round: phrases no code has read,
// labelled by hand first; docs/extraction.md, "Blind rounds"). It runs
// only when PHRASE_ROUND names the round's CSV, in the phrasebook's
// columns with ids "f" and a number, and it prints totals only: the
// round stays unseen so that it can be read blind again on a later
// commit. It scores Facts (the strict, force's-week convention of
// found.csv) and Facts ∪ Scoped (the phrasebook's, what each figure is),
// and fails nothing: a blind round is a measure, not a floor.
//
//	PHRASE_ROUND=/path/round12_week.csv go test -run TestBlindRound -v ./etl/phrase/
func TestBlindRound(t *testing.T) {
	path := os.Getenv("PHRASE_ROUND")
	if path == "" {
		t.Skip("PHRASE_ROUND names no round")
	}
	r := newReader(t)
	book := loadBook(t, path, "f")
	scoreBook(t, r, book, "round (strict)", false, factsOnly)
	scoreBook(t, r, book, "round (as labelled)", false, withScoped)
}
