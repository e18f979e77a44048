package phrase_test

import (
	"fmt"
	"testing"
)

// TestFoundInPlaceLaw: a thing named with an article after a
// preposition of where ("3 knives were recovered from a car", "12
// knives were found near a school", "... outside a hotel") is where the
// figure's things were, no vehicle seized, school or hotel visited
// (review26 W17: "recovered from" was a verb of seizing whose object
// was the car, and "near"/"outside" let the place stand as a count);
// one vehicle, as one car, is one place of the week's work, so what was
// recovered from it is a part of the week, not drafted, whichever
// vehicle and verb. Near misses stay drafted: the vehicle seized ("A
// car was recovered.", "Officers recovered 3 knives and a van."), the
// school visited ("Officers visited a school."), and the week's figure
// beside a place that names none ("12 people were arrested near a
// school.").
func TestFoundInPlaceLaw(t *testing.T) {
	vehicle := releaseFig{metric: "vehicles_seized", v: 1}
	school := releaseFig{metric: "schools_visited", v: 1}
	hotel := releaseFig{metric: "hotels_visited", v: 1}
	things := []struct {
		text string
		f    releaseFig
	}{
		{"3 knives were", releaseFig{metric: "weapons_seized", item: "knife", v: 3}},
		{"A knife was", releaseFig{metric: "weapons_seized", item: "knife", v: 1}},
		{"£5,000 was", releaseFig{metric: "cash_seized", v: 5000}},
		{"9 mobile phones were", releaseFigs[5]},
		{"Drugs were", releaseFig{}},
		{"Cash was", releaseFig{}},
	}
	verbs := []string{"recovered", "found", "seized", "discovered", "retrieved"}
	vehicles := []string{"a car", "a vehicle", "a van", "a lorry", "a motorbike", "a moped", "a taxi", "one car"}
	cases := releaseCases{}
	for _, th := range things {
		for _, v := range verbs {
			for _, prep := range []string{"from", "in", "inside"} {
				for _, veh := range vehicles {
					s := fmt.Sprintf("%s %s %s %s.", th.text, v, prep, veh)
					cases.add(s, vehicle, false)
					if th.f.metric != "" {
						cases.add(s, th.f, false)
					}
				}
			}
			for _, place := range []string{"near", "outside", "beside", "behind", "opposite"} {
				cases.add(fmt.Sprintf("%s %s %s a school.", th.text, v, place), school, false)
				cases.add(fmt.Sprintf("%s %s %s a hotel.", th.text, v, place), hotel, false)
				cases.add(fmt.Sprintf("%s %s %s a car.", th.text, v, place), vehicle, false)
			}
		}
	}
	// after another sentence's figure, as in a release
	cases.add("Officers seized 12 phones. Drugs were recovered from a car.", vehicle, false)
	cases.add("Officers seized 12 phones. Drugs were recovered from a car.", releaseFig{metric: "mobile_phones_seized", v: 12}, true)
	for _, s := range []string{"A car was recovered.", "Officers seized a car.", "A car was seized.", "Officers recovered 3 knives and a van.",
		"Officers seized 3 knives and a car.", "A van was seized.", "A motorbike was recovered."} {
		cases.add(s, vehicle, true)
	}
	cases.add("Officers recovered 3 knives and a van.", releaseFig{metric: "weapons_seized", item: "knife", v: 3}, true)
	for _, s := range []string{"Officers visited a school.", "A school was visited.", "Officers visited a school and arrested 12 people."} {
		cases.add(s, school, true)
	}
	for _, place := range []string{"near", "outside", "beside"} {
		cases.add(fmt.Sprintf("12 people were arrested %s a school.", place), releaseFigs[0], true)
	}
	releaseLaw(t, "TestFoundInPlaceLaw", cases)
}
