package phrase_test

import (
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

func TestLabelCorpus(t *testing.T) {
	r := newReader(t)
	for _, c := range labelCorpus {
		got := r.Label(c.text, phrase.Context{Heading: c.heading})
		if c.metric == "" {
			if got.OK {
				t.Errorf("Label(%q under %q) = %s/%s, want not read", c.text, c.heading, got.Metric, got.Item)
			} else if got.Why == "" {
				t.Errorf("Label(%q): not read and no reason given", c.text)
			}
			continue
		}
		if !got.OK || got.Metric != c.metric || got.Item != c.item || got.Unit != c.unit || got.Scale != c.scale || got.Qualifier != c.q {
			t.Errorf("Label(%q under %q) = %+v\n want %s/%s unit %q scale %v q %q", c.text, c.heading, got, c.metric, c.item, c.unit, c.scale, c.q)
		}
	}
}
