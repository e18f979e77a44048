package lifecycle

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EscapeName is the form of a file name that is recorded and logged: the
// name itself when it is printable UTF-8 without a backslash, which is
// nearly always; otherwise each byte that is not part of a printable
// character is written \xNN and a backslash \\. Any byte sequence a file
// system allows has exactly one escaped form, and UnescapeName gives it
// back, so no name stops a pass and none is confused with another.
func EscapeName(raw string) string {
	if isPlain(raw) {
		return raw
	}
	var b strings.Builder
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRuneInString(raw[i:])
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == utf8.RuneError && size == 1, !unicode.IsPrint(r):
			for _, c := range []byte(raw[i : i+size]) {
				fmt.Fprintf(&b, `\x%02x`, c)
			}
		default:
			b.WriteString(raw[i : i+size])
		}
		i += size
	}
	return b.String()
}

func isPlain(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r == '\\' || !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// UnescapeName reverses EscapeName.
func UnescapeName(esc string) (string, error) {
	if !strings.Contains(esc, `\`) {
		return esc, nil
	}
	var b strings.Builder
	for i := 0; i < len(esc); i++ {
		if esc[i] != '\\' {
			b.WriteByte(esc[i])
			continue
		}
		switch {
		case i+1 < len(esc) && esc[i+1] == '\\':
			b.WriteByte('\\')
			i++
		case i+3 < len(esc) && esc[i+1] == 'x':
			v, err := strconv.ParseUint(esc[i+2:i+4], 16, 8)
			if err != nil {
				return "", fmt.Errorf("unescape name %q: bad escape at byte %d", esc, i)
			}
			b.WriteByte(byte(v))
			i += 3
		default:
			return "", fmt.Errorf("unescape name %q: bad escape at byte %d", esc, i)
		}
	}
	return b.String(), nil
}

// maxStoredName bounds the encoded name in a stored file's name, leaving
// room for its prefix within the 255 bytes file systems allow.
const maxStoredName = 200

// storedName is the name a judged file is kept under:
// <id>-<tag>-<name>, where tag is the first 12 hex digits of its SHA-256
// (or what it is, for something that is not a file) and name is the name
// it arrived with, percent-encoded where a byte could upset a file system
// or a share (anything but ASCII letters, digits and  ._-()&,'+=@#!~[]{}).
// The id keeps names unique and records the order files came in, which a
// rebuild replays; the name decodes back to the original unless it was
// longer than maxStoredName bytes encoded.
func storedName(id int64, tag, raw string) string {
	return fmt.Sprintf("%06d-%s-%s", id, tag, encodePathName(raw))
}

func encodePathName(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		last := i == len(raw)-1
		var enc string
		if safeByte(c) && !(last && (c == '.' || c == ' ')) {
			enc = string(c)
		} else {
			enc = fmt.Sprintf("%%%02X", c)
		}
		if b.Len()+len(enc) > maxStoredName {
			// Too long to keep whole: cut, never inside an escape, and
			// never ending in a dot or a space (Windows drops those).
			return orUnnamed(strings.TrimRight(b.String(), ". "))
		}
		b.WriteString(enc)
	}
	return orUnnamed(b.String())
}

func orUnnamed(s string) string {
	if s == "" {
		return "unnamed"
	}
	return s
}

func safeByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte(" ._-()&,'+=@#!~[]{}", c) >= 0
}

func decodePathName(enc string) string {
	if !strings.Contains(enc, "%") {
		return enc
	}
	var b strings.Builder
	for i := 0; i < len(enc); i++ {
		if enc[i] == '%' && i+2 < len(enc) {
			if v, err := strconv.ParseUint(enc[i+1:i+3], 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 2
				continue
			}
		}
		b.WriteByte(enc[i])
	}
	return b.String()
}

var (
	storedRe = regexp.MustCompile(`^([0-9]{1,18})-([0-9a-f]{12}|[a-z]+)-(.+)$`)
	legacyRe = regexp.MustCompile(`^([0-9a-f]{12})-(.+)$`)
)

// parsedName is what a stored file's name says about it.
type parsedName struct {
	ID     int64  // 0 for a name given before ids (<sha12>-<name>)
	Tag    string // sha12, or the kind of a non-file
	Raw    string // the name it arrived with
	Legacy bool
}

func parseStoredName(name string) (parsedName, bool) {
	if m := storedRe.FindStringSubmatch(name); m != nil {
		id, err := strconv.ParseInt(m[1], 10, 64)
		if err == nil {
			return parsedName{ID: id, Tag: m[2], Raw: decodePathName(m[3])}, true
		}
	}
	if m := legacyRe.FindStringSubmatch(name); m != nil {
		return parsedName{Tag: m[1], Raw: m[2], Legacy: true}, true
	}
	return parsedName{}, false
}
