package extract_test

import "testing"

// A force's area goes by short names of its own too (forces.csv's areas
// column): "the City" for the City of London Police, "Warks" for
// Warwickshire, "Wilts" for Wiltshire. A figure in or across one is the
// force's week's and loads in that force's return (`Arrests │ 43 in the
// City`), zero too; it is refused, naming the cell, in another force's
// return (the Met's, Kent's, West Mercia's), and in its own with words
// after the name (", including Essex", ", TBC", "and beyond", ",
// regional total", "and London", "(all forces)", "in 2020"), in a part or
// a wider place that holds the name ("North Warks", "the City region",
// "London forces"), by another agency, or with a modal ("could be made",
// "will be made").
func TestAreaShortNameCellLaw(t *testing.T) {
	t.Parallel()
	title := func(name string) string { return name + " - County lines intensification week 11-17 Oct 2021" }
	type short struct {
		code, force, name string
		others            [][2]string // code, force name
	}
	shorts := []short{
		{"city_of_london", "City of London Police", "the City", [][2]string{{"metropolitan", "Metropolitan Police Service"}, {"kent", "Kent Police"}}},
		{"warwickshire", "Warwickshire Police", "Warks", [][2]string{{"west_mercia", "West Mercia Police"}, {"west_midlands", "West Midlands Police"}}},
		{"wiltshire", "Wiltshire Police", "Wilts", [][2]string{{"avon_and_somerset", "Avon and Somerset Constabulary"}}},
	}
	labels := []string{"Arrests", "Warrants executed", "Cash seized (£)"}
	after := []string{" and beyond", ", including Essex", ", TBC", ", regional total", " and Essex", " and London", " (all forces)",
		" in 2020", " in the year up to Sunday", " by the NCA", " forces", " region", " and partners"}
	var cases []areaCell
	n := 0
	for _, s := range shorts {
		for _, pr := range []string{"in", "across", "throughout"} {
			at := pr + " " + s.name
			for _, v := range []string{"12 " + at, "0 " + at} {
				n++
				cases = append(cases, areaCell{s.code, title(s.force), labels[n%len(labels)], v, true})
				for _, o := range s.others {
					cases = append(cases, areaCell{o[0], title(o[1]), labels[n%len(labels)], v, false})
				}
			}
			for _, a := range after {
				n++
				cases = append(cases, areaCell{s.code, title(s.force), labels[n%len(labels)], "12 " + at + a, false})
			}
		}
		for _, v := range []string{"12 in North " + s.name, "12 across London forces", "12 could be made in " + s.name,
			"12 will be made across " + s.name, "12 in " + s.name + " and the Home Counties"} {
			n++
			cases = append(cases, areaCell{s.code, title(s.force), labels[n%len(labels)], v, false})
		}
	}
	areaWholeLaw(t, "a force's short area names as the whole of a place", cases)
}
