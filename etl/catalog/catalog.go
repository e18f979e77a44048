// Package catalog reads the reference data (forces, ROCU membership,
// operations, metrics and items) and answers the questions the extractor
// asks of it: which force is this text, which metric is this label, which
// operation covers this date.
package catalog

import (
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Force is one police force.
type Force struct {
	Code, Name string
	Aliases    []string
	// Areas are other names of the force's whole area ("Kent and
	// Medway" for Kent Police, "London" for the Metropolitan Police):
	// a figure "across" one is the force's. They name no force: a
	// return's force is found by its name and aliases only.
	Areas []string
	// Parts name the force's whole area by its parts, one entry a way
	// ("Herefordshire, Worcestershire and Shropshire" for West Mercia
	// Police): in a release's prose a place phrase naming every part, in
	// any order and nothing else, is the force's. They are no name of
	// the area: a return's value cell, which ends a place at its first
	// comma, does not read them.
	Parts          []string
	ONSCode        string
	ROCU, Region   string
	Country        string
	Population     int // 0 when not known (BTP has no resident population)
	PopulationYear int
}

// Membership is a dated exception to a force's ROCU.
type Membership struct {
	Force, ROCU string
	From, To    time.Time // To is zero when still in force
}

// Operation is one national intensification week.
type Operation struct {
	Code, Name   string
	Starts, Ends time.Time
}

// Metric is one entry of the metric catalogue.
type Metric struct {
	Code, Label, Section string
	Unit                 string // people, count, gbp or varies
	Parent, SplitGroup   string
	ItemKind             string // drug, weapon, asset or ""
	Synonyms             []string

	// Concept words, read by etl/phrase (see docs/extraction.md). A child
	// metric with a list left blank takes its parent's, except Modifiers.
	Actions      []string // words naming what was done: "arrested", "detained"
	Objects      []string // words naming what is counted: "warrant", "search warrant"
	Modifiers    []string // words that narrow the parent: "under 18", "juvenile"; one must be there
	Allows       []string // words that may stand with the metric without saying it: "made", "completed"
	Needs        []string // what a phrase must name: "action", "object", or both; blank: either
	Units        []string // the units a figure may be given in; a bare number takes the first
	Unquantified bool     // an item named with no number is a reported, unquantified figure
	// LabelOther are words that, in a return's label, say another measure
	// than this metric's, though release wording may use them for it: a
	// return's "Lines disrupted" row is not its "Lines closed" row.
	LabelOther []string
}

// Item is a drug, weapon or asset type.
type Item struct {
	Kind, Code, Label string
	Synonyms          []string
	// Base and Modifiers compose the item from another: an "imitation"
	// or "replica" firearm is an imitation_firearm.
	Base      string
	Modifiers []string
	// Class is the item naming the class this item belongs to (a drug's
	// class under the Misuse of Drugs Act: heroin's is class_a): a row
	// naming the class beside rows of its members is their subtotal, not
	// an item of its own. "" for none.
	Class string
	// For are the items of its kind this item is for: a word of one
	// written straight before a word of this item only says what it is
	// for ("shotgun cartridges" are ammunition, for firearms). Two item
	// words side by side otherwise name two items ("knives machetes").
	For []string
}

// Word is one word of the phrase grammar's open vocabulary (words.csv):
// a hedge, a unit, a word that changes meaning, a neutral word.
type Word struct {
	Text, Role, Meaning string
}

// WordRoles lists the roles a row of words.csv may have.
var WordRoles = []string{"neutral", "person", "link", "changes_meaning", "period", "hedge", "hedge_after", "unit", "value", "facet", "actor", "note", "spelling", "week_part", "distributive", "column", "stretch"}

// Catalog is the reference data with its look-up indexes.
type Catalog struct {
	Forces      []Force
	Memberships []Membership
	Operations  []Operation
	Metrics     []Metric
	Items       []Item
	Words       []Word

	forceByKey  map[string]int
	metricByKey map[string][]int
	metricCode  map[string]int
	itemByKey   map[string][]int // key: kind + "|" + normalised label
	itemCode    map[string]int
	opByKey     map[string]int
}

const dateLayout = "2006-01-02"

// Load reads the five reference files from fsys, and words.csv (the
// phrase grammar's vocabulary) when it is there.
func Load(fsys fs.FS) (*Catalog, error) {
	c := &Catalog{}
	steps := []struct {
		name string
		fn   func(rec map[string]string) error
	}{
		{"forces.csv", c.addForce},
		{"rocu_membership.csv", c.addMembership},
		{"operations.csv", c.addOperation},
		{"metrics.csv", c.addMetric},
		{"items.csv", c.addItem},
	}
	for _, s := range steps {
		if err := readCSV(fsys, s.name, s.fn); err != nil {
			return nil, err
		}
	}
	if _, err := fs.Stat(fsys, "words.csv"); err == nil {
		if err := readCSV(fsys, "words.csv", c.addWord); err != nil {
			return nil, err
		}
	}
	if err := c.index(); err != nil {
		return nil, err
	}
	return c, nil
}

// Extend adds the operations, synonyms and words in fsys (files named as
// in Load, any of them may be missing) to the catalogue. It lets operators
// add an operation, a label or a word without a rebuild:
//
//	operations.csv       as in the reference data
//	metric_synonyms.csv  metric_code,synonym
//	item_synonyms.csv    item_code,synonym
//	force_aliases.csv    force_code,alias
//	metric_words.csv     metric_code,role,word   role: action, object, modifier, allow or label_other
//	item_words.csv       item_code,role,word     role: synonym, modifier, class or for (word: the class's or the item's code)
//	words.csv            word,role,meaning       as in the reference data
func (c *Catalog) Extend(fsys fs.FS) error {
	for _, s := range []struct {
		name string
		fn   func(rec map[string]string) error
	}{
		{"operations.csv", c.addOperation},
		{"metric_synonyms.csv", c.addMetricSynonyms},
		{"item_synonyms.csv", c.addItemSynonyms},
		{"force_aliases.csv", c.addForceAliases},
		{"metric_words.csv", c.addMetricWord},
		{"item_words.csv", c.addItemWord},
		{"words.csv", c.addWord},
	} {
		if _, err := fs.Stat(fsys, s.name); err != nil {
			continue
		}
		if err := readCSV(fsys, s.name, s.fn); err != nil {
			return err
		}
	}
	return c.index()
}

func readCSV(fsys fs.FS, name string, fn func(map[string]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("read %s: header: %w", name, err)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		m := make(map[string]string, len(header))
		for i, h := range header {
			m[strings.TrimSpace(h)] = strings.TrimSpace(rec[i])
		}
		if err := fn(m); err != nil {
			line, _ := r.FieldPos(0)
			return fmt.Errorf("read %s line %d: %w", name, line, err)
		}
	}
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(dateLayout, s)
}

func (c *Catalog) addForce(r map[string]string) error {
	f := Force{
		Code: r["force_code"], Name: r["force_name"], Aliases: splitList(r["aliases"]),
		Areas: splitList(r["areas"]), Parts: splitList(r["parts"]), ONSCode: r["ons_code"], ROCU: r["rocu"], Region: r["region"], Country: r["country"],
	}
	if f.Code == "" || f.Name == "" {
		return fmt.Errorf("force without code or name")
	}
	var err error
	if p := r["population"]; p != "" {
		if f.Population, err = strconv.Atoi(p); err != nil {
			return fmt.Errorf("force %s population: %w", f.Code, err)
		}
	}
	if p := r["population_year"]; p != "" {
		if f.PopulationYear, err = strconv.Atoi(p); err != nil {
			return fmt.Errorf("force %s population_year: %w", f.Code, err)
		}
	}
	c.Forces = append(c.Forces, f)
	return nil
}

func (c *Catalog) addMembership(r map[string]string) error {
	from, err := parseDate(r["valid_from"])
	if err != nil {
		return err
	}
	to, err := parseDate(r["valid_to"])
	if err != nil {
		return err
	}
	c.Memberships = append(c.Memberships, Membership{Force: r["force_code"], ROCU: r["rocu"], From: from, To: to})
	return nil
}

func (c *Catalog) addOperation(r map[string]string) error {
	s, err := parseDate(r["starts_on"])
	if err != nil {
		return err
	}
	e, err := parseDate(r["ends_on"])
	if err != nil {
		return err
	}
	if r["operation_code"] == "" || s.IsZero() || e.Before(s) {
		return fmt.Errorf("operation %q: want a code and starts_on <= ends_on", r["operation_code"])
	}
	op := Operation{Code: r["operation_code"], Name: r["name"], Starts: s, Ends: e}
	for i := range c.Operations {
		if c.Operations[i].Code == op.Code {
			c.Operations[i] = op
			return nil
		}
	}
	c.Operations = append(c.Operations, op)
	return nil
}

func (c *Catalog) addMetric(r map[string]string) error {
	m := Metric{
		Code: r["metric_code"], Label: r["label"], Section: r["section"], Unit: r["unit"],
		Parent: r["parent"], SplitGroup: r["split_group"], ItemKind: r["item_kind"],
		Synonyms: splitList(r["synonyms"]),
		Actions:  splitList(r["actions"]), Objects: splitList(r["objects"]), Modifiers: splitList(r["modifiers"]),
		Allows: splitList(r["allows"]), Needs: splitList(r["needs"]), Units: splitList(r["units"]),
		Unquantified: r["unquantified"] == "yes", LabelOther: splitList(r["label_other"]),
	}
	if m.Code == "" || m.Label == "" || m.Unit == "" {
		return fmt.Errorf("metric without code, label or unit")
	}
	for _, n := range m.Needs {
		if n != "action" && n != "object" {
			return fmt.Errorf("metric %s: needs %q, want action or object", m.Code, n)
		}
	}
	c.Metrics = append(c.Metrics, m)
	return nil
}

func (c *Catalog) addItem(r map[string]string) error {
	it := Item{Kind: r["item_kind"], Code: r["item_code"], Label: r["label"], Synonyms: splitList(r["synonyms"]),
		Base: r["base"], Modifiers: splitList(r["modifiers"]), Class: r["class"], For: splitList(r["for"])}
	if it.Kind == "" || it.Code == "" {
		return fmt.Errorf("item without kind or code")
	}
	c.Items = append(c.Items, it)
	return nil
}

func (c *Catalog) addMetricSynonyms(r map[string]string) error {
	for i := range c.Metrics {
		if c.Metrics[i].Code == r["metric_code"] {
			c.Metrics[i].Synonyms = append(c.Metrics[i].Synonyms, r["synonym"])
			return nil
		}
	}
	return fmt.Errorf("unknown metric_code %q", r["metric_code"])
}

func (c *Catalog) addItemSynonyms(r map[string]string) error {
	for i := range c.Items {
		if c.Items[i].Code == r["item_code"] {
			c.Items[i].Synonyms = append(c.Items[i].Synonyms, r["synonym"])
			return nil
		}
	}
	return fmt.Errorf("unknown item_code %q", r["item_code"])
}

func (c *Catalog) addMetricWord(r map[string]string) error {
	w := r["word"]
	if w == "" {
		return fmt.Errorf("metric %s: empty word", r["metric_code"])
	}
	for i := range c.Metrics {
		m := &c.Metrics[i]
		if m.Code != r["metric_code"] {
			continue
		}
		switch r["role"] {
		case "action":
			m.Actions = append(m.Actions, w)
		case "object":
			m.Objects = append(m.Objects, w)
		case "modifier":
			m.Modifiers = append(m.Modifiers, w)
		case "allow":
			m.Allows = append(m.Allows, w)
		case "label_other":
			m.LabelOther = append(m.LabelOther, w)
		default:
			return fmt.Errorf("metric %s: role %q, want action, object, modifier, allow or label_other", m.Code, r["role"])
		}
		return nil
	}
	return fmt.Errorf("unknown metric_code %q", r["metric_code"])
}

func (c *Catalog) addItemWord(r map[string]string) error {
	w := r["word"]
	if w == "" {
		return fmt.Errorf("item %s: empty word", r["item_code"])
	}
	for i := range c.Items {
		it := &c.Items[i]
		if it.Code != r["item_code"] {
			continue
		}
		switch r["role"] {
		case "synonym":
			it.Synonyms = append(it.Synonyms, w)
		case "modifier":
			it.Modifiers = append(it.Modifiers, w)
		case "class":
			it.Class = w
		case "for":
			it.For = append(it.For, w)
		default:
			return fmt.Errorf("item %s: role %q, want synonym, modifier, class or for", it.Code, r["role"])
		}
		return nil
	}
	return fmt.Errorf("unknown item_code %q", r["item_code"])
}

func (c *Catalog) addWord(r map[string]string) error {
	w := Word{Text: r["word"], Role: r["role"], Meaning: r["meaning"]}
	if w.Text == "" {
		return fmt.Errorf("word without text")
	}
	for _, role := range WordRoles {
		if w.Role == role {
			c.Words = append(c.Words, w)
			return nil
		}
	}
	return fmt.Errorf("word %q: role %q, want one of %s", w.Text, w.Role, strings.Join(WordRoles, ", "))
}

func (c *Catalog) addForceAliases(r map[string]string) error {
	for i := range c.Forces {
		if c.Forces[i].Code == r["force_code"] {
			c.Forces[i].Aliases = append(c.Forces[i].Aliases, r["alias"])
			return nil
		}
	}
	return fmt.Errorf("unknown force_code %q", r["force_code"])
}

func (c *Catalog) index() error {
	c.forceByKey = map[string]int{}
	for i, f := range c.Forces {
		for _, n := range append([]string{f.Code, f.Name}, f.Aliases...) {
			k := Normalize(n)
			if j, dup := c.forceByKey[k]; dup && j != i {
				return fmt.Errorf("force alias %q names both %s and %s", n, c.Forces[j].Code, f.Code)
			}
			c.forceByKey[k] = i
		}
	}
	c.metricCode = map[string]int{}
	c.metricByKey = map[string][]int{}
	for i, m := range c.Metrics {
		if _, dup := c.metricCode[m.Code]; dup {
			return fmt.Errorf("metric %s listed twice", m.Code)
		}
		c.metricCode[m.Code] = i
		for _, n := range append([]string{m.Code, m.Label}, m.Synonyms...) {
			c.metricByKey[Normalize(n)] = appendUnique(c.metricByKey[Normalize(n)], i)
		}
	}
	for _, m := range c.Metrics {
		if m.Parent != "" {
			if _, ok := c.metricCode[m.Parent]; !ok {
				return fmt.Errorf("metric %s: unknown parent %s", m.Code, m.Parent)
			}
		}
	}
	c.itemCode = map[string]int{}
	c.itemByKey = map[string][]int{}
	for i, it := range c.Items {
		c.itemCode[it.Code] = i
		for _, n := range append([]string{it.Code, it.Label}, it.Synonyms...) {
			k := it.Kind + "|" + Normalize(n)
			c.itemByKey[k] = appendUnique(c.itemByKey[k], i)
		}
	}
	for _, it := range c.Items {
		if it.Base == "" {
			continue
		}
		if b, ok := c.itemCode[it.Base]; !ok || c.Items[b].Kind != it.Kind {
			return fmt.Errorf("item %s: base %q is not an item of kind %s", it.Code, it.Base, it.Kind)
		}
	}
	for _, it := range c.Items {
		for _, f := range it.For {
			if k, ok := c.itemCode[f]; !ok || c.Items[k].Kind != it.Kind || f == it.Code {
				return fmt.Errorf("item %s: for %q is not another item of kind %s", it.Code, f, it.Kind)
			}
		}
	}
	for _, it := range c.Items {
		if it.Class == "" {
			continue
		}
		k, ok := c.itemCode[it.Class]
		switch {
		case !ok || c.Items[k].Kind != it.Kind:
			return fmt.Errorf("item %s: class %q is not an item of kind %s", it.Code, it.Class, it.Kind)
		case it.Class == it.Code || c.Items[k].Class != "":
			return fmt.Errorf("item %s: class %q is a member of a class itself; a class is an item no class holds", it.Code, it.Class)
		}
	}
	sort.SliceStable(c.Operations, func(i, j int) bool { return c.Operations[i].Starts.Before(c.Operations[j].Starts) })
	c.opByKey = map[string]int{}
	for i, op := range c.Operations {
		c.opByKey[Normalize(op.Code)] = i
		c.opByKey[Normalize(op.Name)] = i
	}
	return nil
}

func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// Force returns the force with the given code.
func (c *Catalog) Force(code string) (Force, bool) {
	for _, f := range c.Forces {
		if f.Code == code {
			return f, true
		}
	}
	return Force{}, false
}

// MatchForce finds the force whose code, name or alias is the text.
func (c *Catalog) MatchForce(text string) (Force, bool) {
	i, ok := c.forceByKey[Normalize(text)]
	if !ok {
		return Force{}, false
	}
	return c.Forces[i], true
}

// ForcesIn finds every force named inside a longer text, such as a title
// "Hampshire Constabulary – county lines week results". Longer names win
// over the shorter names they contain ("West Midlands Police" over
// "West Midlands"), and short aliases must stand as whole words.
func (c *Catalog) ForcesIn(text string) []Force {
	words := " " + Normalize(text) + " "
	type hit struct {
		force int
		key   string
	}
	var hits []hit
	for k, i := range c.forceByKey {
		if k == "" || len(k) < 3 {
			continue
		}
		if strings.Contains(words, " "+k+" ") {
			hits = append(hits, hit{i, k})
		}
	}
	// Drop a hit whose words lie inside a longer hit of another force.
	var out []Force
	seen := map[int]bool{}
	for _, h := range hits {
		shadowed := false
		for _, o := range hits {
			if o.force != h.force && len(o.key) > len(h.key) && strings.Contains(" "+o.key+" ", " "+h.key+" ") {
				shadowed = true
				break
			}
		}
		if !shadowed && !seen[h.force] {
			seen[h.force] = true
			out = append(out, c.Forces[h.force])
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Metric returns the metric with the given code.
func (c *Catalog) Metric(code string) (Metric, bool) {
	i, ok := c.metricCode[code]
	if !ok {
		return Metric{}, false
	}
	return c.Metrics[i], true
}

// MatchMetric returns the metrics whose code, label or synonym normalises
// to the same text as label. More than one is an ambiguity for the caller
// to report.
func (c *Catalog) MatchMetric(label string) []Metric {
	var out []Metric
	for _, i := range c.metricByKey[Normalize(label)] {
		out = append(out, c.Metrics[i])
	}
	return out
}

// MetricKeys lists every normalised name of every metric, for fuzzy matching.
func (c *Catalog) MetricKeys() map[string][]Metric {
	out := make(map[string][]Metric, len(c.metricByKey))
	for k, is := range c.metricByKey {
		for _, i := range is {
			out[k] = append(out[k], c.Metrics[i])
		}
	}
	return out
}

// Item returns the item with the given code.
func (c *Catalog) Item(code string) (Item, bool) {
	i, ok := c.itemCode[code]
	if !ok {
		return Item{}, false
	}
	return c.Items[i], true
}

// ClassMembers lists the codes of the items whose class is the given
// item ("class_a": heroin, crack_cocaine, ...), in the order of the
// reference data; nil when it is no class.
func (c *Catalog) ClassMembers(class string) []string {
	var out []string
	for _, it := range c.Items {
		if it.Class == class {
			out = append(out, it.Code)
		}
	}
	return out
}

// MatchItem returns the items of the kind ("" for any kind) whose code,
// label or synonym normalises to the same text as label.
func (c *Catalog) MatchItem(kind, label string) []Item {
	var out []Item
	n := Normalize(label)
	for _, k := range c.ItemKinds() {
		if kind != "" && k != kind {
			continue
		}
		for _, i := range c.itemByKey[k+"|"+n] {
			out = append(out, c.Items[i])
		}
	}
	return out
}

// ItemKinds lists the item kinds in catalogue order.
func (c *Catalog) ItemKinds() []string {
	var out []string
	for _, it := range c.Items {
		if len(out) == 0 || out[len(out)-1] != it.Kind {
			out = append(out, it.Kind)
		}
	}
	return out
}

// ItemsOf lists the items of one kind in catalogue order.
func (c *Catalog) ItemsOf(kind string) []Item {
	var out []Item
	for _, it := range c.Items {
		if it.Kind == kind {
			out = append(out, it)
		}
	}
	return out
}

// MetricForKind returns the itemised metric whose items are of kind.
func (c *Catalog) MetricForKind(kind string) (Metric, bool) {
	for _, m := range c.Metrics {
		if m.ItemKind == kind {
			return m, true
		}
	}
	return Metric{}, false
}

// Operation returns the operation with the given code.
func (c *Catalog) Operation(code string) (Operation, bool) {
	for _, op := range c.Operations {
		if op.Code == code {
			return op, true
		}
	}
	return Operation{}, false
}

// MatchOperation finds an operation by its code or name.
func (c *Catalog) MatchOperation(text string) (Operation, bool) {
	i, ok := c.opByKey[Normalize(text)]
	if !ok {
		return Operation{}, false
	}
	return c.Operations[i], true
}

// OperationOverlapping returns the operations whose week overlaps the
// dates from..to (inclusive).
func (c *Catalog) OperationOverlapping(from, to time.Time) []Operation {
	var out []Operation
	for _, op := range c.Operations {
		if !from.After(op.Ends) && !to.Before(op.Starts) {
			out = append(out, op)
		}
	}
	return out
}

// ROCU returns the force's regional organised crime unit on the given day,
// honouring dated membership exceptions.
func (c *Catalog) ROCU(force string, on time.Time) string {
	for _, m := range c.Memberships {
		if m.Force == force && !on.Before(m.From) && (m.To.IsZero() || !on.After(m.To)) {
			return m.ROCU
		}
	}
	f, _ := c.Force(force)
	return f.ROCU
}
