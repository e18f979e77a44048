package phrase

// groupOfKind is the words of a group named before "including" or
// "such as" whose kind is a variant of the item a part after it counts
// (review23 R11): "imitation firearms including 2 pistols", "air
// weapons including 3 rifles", "4 replica guns, including 2 handguns".
// The pistols are members of the group, imitations, not firearms; read
// as firearms they are a wrong figure, and counted beside the group's
// own figure a part counted twice. "" if none ("weapons including 2
// pistols", "firearms including 2 pistols": real firearms).
func (p *parser) groupOfKind(m *mention, item string) string {
	if m.amt == nil || m.el < 1 || item == "" {
		return ""
	}
	// back over the list the part stands in: "including 2 pistols and
	// 3 rifles"
	k := m.el - 1
	for k > 0 {
		el := p.els[k]
		if !(el.kind == eAmount || el.kind == eLex && !el.verbLike() || el.kind == eFunc && (el.fn == "det" || el.fn == "coord") || el.kind == ePunct && el.fn == ",") {
			break
		}
		k--
	}
	if !(p.els[k].kind == eFunc && p.els[k].fn == "part") {
		return ""
	}
	end := k
	if k > 0 && p.els[k-1].kind == ePunct && p.els[k-1].fn == "," {
		k--
	}
	from := k
	for from > 0 {
		el := p.els[from-1]
		if el.kind != eLex || el.verbLike() {
			break
		}
		from--
	}
	for j := from; j < k; j++ {
		for _, s := range p.els[j].e.senses {
			if (s.role == rItem || s.role == rItemMod) && p.r.items[s.item].base >= 0 && p.r.items[p.r.items[s.item].base].Code == item {
				return p.raw(p.els[from].from, p.els[end-1].to)
			}
		}
	}
	return ""
}

// partOfKind reports a part whose total counts a variant of the part's
// item (review24 V7): "4 imitation firearms, 2 of them pistols", "...,
// two of which were pistols", "imitation firearms (2 pistols)", "4 air
// weapons, 2 of them rifles": the pistols are of the total's kind,
// imitations, not firearms. total is the fact of the figure the part is
// of. Not so when the total is of the item itself or of a wider kind
// ("4 weapons, 2 of them pistols": firearms).
func (p *parser) partOfKind(m *mention, total *Fact, item string) bool {
	if !m.part || total == nil || total.Item == "" || item == "" || total.Item == item {
		return false
	}
	for _, it := range p.r.items {
		if it.Code == total.Item {
			return it.base >= 0 && p.r.items[it.base].Code == item
		}
	}
	return false
}
