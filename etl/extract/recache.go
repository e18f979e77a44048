package extract

import (
	"regexp"
	"sync"
)

// vocabPatterns holds the expressions built from a catalogue's words
// (words.csv's note and week_part words), compiled once for each text of
// the pattern: every return read with one catalogue builds the same
// pattern, and compiling a few hundred alternatives took most of the time
// of reading a small return. Keyed by the pattern's text, not by the
// catalogue, so a catalogue taught new words builds and compiles its own.
// Only patterns made of a catalogue's words come here: they are few.
var vocabPatterns sync.Map // string → *regexp.Regexp

// vocabPattern is regexp.MustCompile(pattern), compiled once.
func vocabPattern(pattern string) *regexp.Regexp {
	if re, ok := vocabPatterns.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re, _ := vocabPatterns.LoadOrStore(pattern, regexp.MustCompile(pattern))
	return re.(*regexp.Regexp)
}
