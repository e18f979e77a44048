package extract_test

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/reference"
)

// referenceWith is a copy of the embedded reference data with items.csv
// changed by edit, one line at a time.
func referenceWith(t *testing.T, edit func(line string) string) fs.FS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(reference.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(reference.FS, path)
		if path == "items.csv" {
			lines := strings.Split(string(b), "\n")
			for i, l := range lines {
				lines[i] = edit(l)
			}
			b = []byte(strings.Join(lines, "\n"))
		}
		out[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// setClass sets the class column (the last) of an item's line.
func setClass(code, class string) func(string) string {
	return func(l string) string {
		f := strings.Split(l, ",")
		if len(f) > 2 && f[1] == code {
			f[len(f)-1] = class
		}
		return strings.Join(f, ",")
	}
}

// E1 and the catalogue: which drugs a class holds is reference data. Law:
// for a catalogue as shipped, one whose items.csv says otherwise, and one
// an operator has taught with item_words.csv (no rebuild), and for every
// class and every drug, a "Class X" row equal to a drug row above it is
// that drug's subtotal (not loaded, subtotal_row info) exactly when the
// catalogue makes the drug a member of the class; otherwise both rows
// are items. The memberships are written here by hand.
func TestClassMembersAreReferenceDataLaw(t *testing.T) {
	classA := []string{"heroin", "crack_cocaine", "cocaine", "mdma"}
	classB := []string{"cannabis", "ketamine", "amphetamine", "spice"}
	cats := []struct {
		name    string
		load    func() (*catalog.Catalog, error)
		members map[string][]string
	}{
		{"as shipped", func() (*catalog.Catalog, error) { return catalog.Load(reference.FS) },
			map[string][]string{"class_a": classA, "class_b": classB}},
		{"items.csv edited", func() (*catalog.Catalog, error) {
			edit := func(l string) string { return setClass("benzodiazepines", "class_b")(setClass("mdma", "")(l)) }
			return catalog.Load(referenceWith(t, edit))
		}, map[string][]string{"class_a": classA[:3], "class_b": append(slices.Clone(classB), "benzodiazepines")}},
		{"taught by item_words.csv", func() (*catalog.Catalog, error) {
			c, err := catalog.Load(reference.FS)
			if err != nil {
				return nil, err
			}
			return c, c.Extend(fstest.MapFS{"item_words.csv": {Data: []byte("item_code,role,word\nbenzodiazepines,class,class_b\n")}})
		}, map[string][]string{"class_a": classA, "class_b": append(slices.Clone(classB), "benzodiazepines")}},
	}
	classLabel := map[string]string{"class_a": "Class A", "class_b": "Class B"}
	cases, failed := 0, 0
	for _, cc := range cats {
		cat, err := cc.load()
		if err != nil {
			n := 2 * 9
			cases, failed = cases+n, failed+n
			t.Errorf("%s: %v", cc.name, err)
			continue
		}
		var drugs []catalog.Item
		for _, it := range cat.ItemsOf("drug") {
			if it.Code != "class_a" && it.Code != "class_b" && it.Code != "other_drug" {
				drugs = append(drugs, it)
			}
		}
		for _, class := range []string{"class_a", "class_b"} {
			for _, d := range drugs {
				cases++
				p := extractWith(t, cat, func(b *fixtures.Book) {
					b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Drug type", "Weight (g)"}, []any{d.Label, 30}, []any{classLabel[class], 30})
				})
				member := slices.Contains(cc.members[class], d.Code)
				var got []string
				for _, f := range p.r.Facts {
					got = append(got, fmt.Sprintf("%s %v", f.Item, *f.Value))
				}
				want := []string{d.Code + " 30"}
				if !member {
					want = append(want, class+" 30")
				}
				noted := p.message("subtotal_row", "Return!B5") != nil
				if !slices.Equal(got, want) || noted != member {
					failed++
					t.Errorf("%s: %s under %s (member %v): loaded %v, want %v; subtotal_row said %v\n%s", cc.name, classLabel[class], d.Label, member, got, want, noted, p.dump())
				}
			}
		}
	}
	t.Logf("%d cases, %d failed", cases, failed)
}

// A class in items.csv must be an item of the same kind that is itself
// in no class; the catalogue refuses anything else, naming the item.
func TestClassColumnChecked(t *testing.T) {
	for _, c := range []struct{ code, class, want string }{
		{"heroin", "knife", "is not an item of kind drug"},
		{"heroin", "class_c", "is not an item of kind drug"},
		{"heroin", "heroin", "a class is an item no class holds"},
		{"class_a", "class_b", "a class is an item no class holds"},
	} {
		_, err := catalog.Load(referenceWith(t, setClass(c.code, c.class)))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.code) {
			t.Errorf("%s in class %s: got %v, want an error saying %q", c.code, c.class, err, c.want)
		}
	}
}

// extractWith builds a workbook as a real .xlsx file and extracts it with
// the given catalogue.
func extractWith(t *testing.T, cat *catalog.Catalog, build func(b *fixtures.Book)) probe {
	t.Helper()
	wb := readBook(t, "kent.xlsx", lawLimits(), build)
	return probe{t, extract.Extract(wb, cat, extract.Options{FileName: "kent.xlsx"})}
}
