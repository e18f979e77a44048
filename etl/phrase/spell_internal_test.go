package phrase

import "testing"

func TestOneEdit(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"arrest", "arrest", true}, {"arrest", "arest", true}, {"arest", "arrest", true}, {"safeguarded", "safegaurded", true},
		{"warrant", "warrent", true}, {"warrant", "warrnet", false}, {"seized", "siezed", true}, {"arrest", "arrested", false},
		{"phones", "phone", true}, {"abcde", "badce", false},
	} {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
