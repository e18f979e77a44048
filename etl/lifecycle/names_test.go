package lifecycle

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// randomName is a file name as a file system allows it: any bytes but NUL
// and '/', weighted towards the troublesome ones.
func randomName(r *rand.Rand) string {
	alphabet := []string{"a", "Z", "0", " ", ".", "-", "%", `\`, "x", "é", "–", "\u202e", "\u00a0", "\n", "\t", "\x7f", "\xff", "\xc3", "\xe2\x80", ":", "*", "?", "\"", "~$"}
	var b strings.Builder
	for n := 1 + r.IntN(12); n > 0; n-- {
		if r.IntN(4) == 0 {
			b.WriteByte(byte(1 + r.IntN(254)))
			if strings.HasSuffix(b.String(), "/") {
				s := b.String()
				b.Reset()
				b.WriteString(s[:len(s)-1] + "_")
			}
			continue
		}
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// TestEscapeNameLaws: every name escapes to printable UTF-8 and back to
// itself; two different names never share an escaped form; a plain name
// is its own escaped form.
func TestEscapeNameLaws(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]string{}
	for i := 0; i < 20000; i++ {
		raw := randomName(r)
		esc := EscapeName(raw)
		if !utf8.ValidString(esc) || strings.ContainsAny(esc, "\n\t\x7f\u202e") {
			t.Fatalf("EscapeName(%q) = %q: not printable UTF-8", raw, esc)
		}
		back, err := UnescapeName(esc)
		if err != nil || back != raw {
			t.Fatalf("UnescapeName(EscapeName(%q)) = %q, %v", raw, back, err)
		}
		if other, ok := seen[esc]; ok && other != raw {
			t.Fatalf("%q and %q both escape to %q", raw, other, esc)
		}
		seen[esc] = raw
	}
	for _, plain := range []string{"2021-10_kent.xlsx", "Heddlu Dyfed–Powys (final) é.xlsx", "50% done.xlsx"} {
		if got := EscapeName(plain); got != plain {
			t.Errorf("EscapeName(%q) = %q, want it unchanged", plain, got)
		}
	}
	if got := EscapeName("kent\xff.xlsx"); got != `kent\xff.xlsx` {
		t.Errorf("EscapeName of an invalid byte = %q", got)
	}
}

// TestStoredNameLaws: a stored name is safe on any file system or share
// (ASCII, none of <>:"/\|?*, no trailing dot or space, at most 255 bytes),
// it parses back to its id, tag and name, and the name survives whole when
// it is not too long.
func TestStoredNameLaws(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		raw := randomName(r)
		if i%100 == 0 {
			raw = strings.Repeat(raw, 60)
		}
		id := int64(r.IntN(10_000_000))
		name := storedName(id, "0123456789ab", raw)
		if len(name) > 255 || strings.ContainsAny(name, "<>:\"/\\|?*") || strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") {
			t.Fatalf("storedName(%q) = %q: not safe", raw, name)
		}
		for _, c := range []byte(name) {
			if c < 0x20 || c > 0x7e {
				t.Fatalf("storedName(%q) = %q: not printable ASCII", raw, name)
			}
		}
		pn, ok := parseStoredName(name)
		if !ok || pn.ID != id || pn.Tag != "0123456789ab" {
			t.Fatalf("parseStoredName(%q) = %+v, %v", name, pn, ok)
		}
		full := 0
		for _, c := range []byte(raw) {
			if safeByte(c) {
				full++
			} else {
				full += 3
			}
		}
		if full+2 < maxStoredName && pn.Raw != raw {
			t.Fatalf("stored name %q gives back %q, want %q", name, pn.Raw, raw)
		}
	}
	if pn, ok := parseStoredName("0316050316e4-junk.xlsx"); !ok || !pn.Legacy || pn.Tag != "0316050316e4" {
		t.Errorf("a name kept before ids: %+v %v", pn, ok)
	}
}
