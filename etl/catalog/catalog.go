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
	Code, Name     string
	Aliases        []string
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
}

// Item is a drug, weapon or asset type.
type Item struct {
	Kind, Code, Label string
	Synonyms          []string
}

// Catalog is the reference data with its look-up indexes.
type Catalog struct {
	Forces      []Force
	Memberships []Membership
	Operations  []Operation
	Metrics     []Metric
	Items       []Item

	forceByKey  map[string]int
	metricByKey map[string][]int
	metricCode  map[string]int
	itemByKey   map[string][]int // key: kind + "|" + normalised label
	itemCode    map[string]int
	opByKey     map[string]int
}

const dateLayout = "2006-01-02"

// Load reads the five reference files from fsys.
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
	if err := c.index(); err != nil {
		return nil, err
	}
	return c, nil
}

// Extend adds the operations and synonyms in fsys (files named as in Load,
// any of them may be missing) to the catalogue. It lets operators add an
// operation or a label without a rebuild.
func (c *Catalog) Extend(fsys fs.FS) error {
	for _, s := range []struct {
		name string
		fn   func(rec map[string]string) error
	}{
		{"operations.csv", c.addOperation},
		{"metric_synonyms.csv", c.addMetricSynonyms},
		{"item_synonyms.csv", c.addItemSynonyms},
		{"force_aliases.csv", c.addForceAliases},
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
		ONSCode: r["ons_code"], ROCU: r["rocu"], Region: r["region"], Country: r["country"],
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
	}
	if m.Code == "" || m.Label == "" || m.Unit == "" {
		return fmt.Errorf("metric without code, label or unit")
	}
	c.Metrics = append(c.Metrics, m)
	return nil
}

func (c *Catalog) addItem(r map[string]string) error {
	it := Item{Kind: r["item_kind"], Code: r["item_code"], Label: r["label"], Synonyms: splitList(r["synonyms"])}
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
