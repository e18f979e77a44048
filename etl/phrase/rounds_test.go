package phrase_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRounds scores the reader on the earlier blind rounds kept in
// testdata/rounds (rounds read and committed: they may be read, unlike
// the round of the session). Each round's figure file is scored as
// labelled (Facts and Scoped together, the phrasebook's convention) and
// its week file strictly. It fails nothing: a round is a measure. With
// PHRASE_ROUNDS_SHOW set, every phrase not read exactly is logged with
// its misses, wrongs and extras.
func TestRounds(t *testing.T) {
	files, err := filepath.Glob("testdata/rounds/round*/round*_figure.csv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no rounds: %v", err)
	}
	show := os.Getenv("PHRASE_ROUNDS_SHOW") != ""
	r := newReader(t)
	var all tally
	for _, f := range files {
		all.add(scoreBook(t, r, loadBook(t, f, "f"), filepath.Base(f)+" (as labelled)", show, withScoped))
	}
	t.Logf("all rounds (as labelled): %s", all)
}
