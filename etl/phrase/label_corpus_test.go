package phrase_test

import "github.com/countylines/countylines/etl"

// labelCorpus: labels and headers as returns write them, with the heading
// above them, and what they name. metric "" means not OK.
var labelCorpus = []struct {
	text, heading string
	metric, item  string
	unit          etl.Unit
	scale         float64
	q             etl.Qualifier
}{
	{"Individuals detained", "", "arrests", "", "", 1, ""},
	{"Total number of arrests made in the period", "", "arrests", "", "", 1, ""},
	{"Total arrested", "", "arrests", "", "", 1, ""},
	{"Persons taken into custody", "", "arrests", "", "", 1, ""},
	{"Blades recovered", "", "weapons_seized", "knife", "", 1, ""},
	{"Guns found", "", "weapons_seized", "firearm", "", 1, ""},
	{"BB guns", "Weapons seized", "weapons_seized", "imitation_firearm", "", 1, ""},
	{"Other", "Weapons seized", "weapons_seized", "other_weapon", "", 1, ""},
	{"Replica pistols", "", "weapons_seized", "imitation_firearm", "", 1, ""},
	{"Heroin (g)", "", "drugs_seized", "heroin", etl.UnitGrams, 1, ""},
	{"Cocaine (kg)", "", "drugs_seized", "cocaine", etl.UnitGrams, 1000, ""},
	{"Crack (wraps)", "", "drugs_seized", "crack_cocaine", etl.UnitWraps, 1, ""},
	{"Cannabis – plants", "", "drugs_seized", "cannabis", etl.UnitPlants, 1, ""},
	{"MDMA pills", "", "drugs_seized", "mdma", etl.UnitTablets, 1, ""},
	{"Estimated street value of Class A", "", "drugs_seized", "class_a", etl.UnitGBP, 1, etl.Approximately},
	{"Worth of cannabis recovered", "", "drugs_seized", "cannabis", etl.UnitGBP, 1, ""},
	{"Sterling recovered", "", "cash_seized", "", etl.UnitGBP, 1, ""},
	{"Euro cash", "", "cash_seized", "", etl.UnitEUR, 1, ""},
	{"Cash recovered (in excess of)", "", "cash_seized", "", "", 1, etl.MoreThan},
	{"Cash seized (£000s)", "", "cash_seized", "", etl.UnitGBP, 1000, ""},
	{"Lines dismantled", "", "lines_closed", "", "", 1, ""},
	{"County lines shut down", "", "lines_closed", "", "", 1, ""},
	{"Deal lines taken down", "", "lines_closed", "", "", 1, ""},
	{"Lines terminated", "", "lines_closed", "", "", 1, ""},
	{"Cuckooed properties checked", "", "cuckooed_addresses_visited", "", "", 1, ""},
	{"Referrals to safeguarding", "", "safeguarding_referrals", "", "", 1, ""},
	{"Line handsets seized", "", "deal_line_phones_seized", "", "", 1, ""},
	{"Pupils engaged", "", "children_engaged", "", "", 1, ""},
	{"School talks given", "", "school_inputs", "", "", 1, ""},
	{"Under 18", "Arrests", "arrests_under_18", "", "", 1, ""},
	{"of which under 18", "Arrests", "arrests_under_18", "", "", 1, ""},
	{"Juveniles", "Arrests", "arrests_under_18", "", "", 1, ""},
	{"Under 18", "Vulnerable people safeguarded", "safeguarded_juvenile", "", "", 1, ""},
	{"Adult males", "Safeguarding", "safeguarded_adult_male", "", "", 1, ""},
	{"Under 18", "", "safeguarded_juvenile", "", "", 1, ""},
	{"Arrests YTD", "", "", "", "", 1, ""},
	{"Arrests (previous week)", "", "", "", "", 1, ""},
	{"Arrests last week", "", "", "", "", 1, ""},
	{"Arrests this week", "", "arrests", "", "", 1, ""},
	{"Arrests", "Previous week", "", "", "", 1, ""},
	{"Arrests", "Year to date", "", "", "", 1, ""},
	{"% change", "", "", "", "", 1, ""},
	{"Arrest target", "", "", "", "", 1, ""},
	{"Vehicles stopped", "", "", "", "", 1, ""},
	{"Teenagers arrested", "", "", "", "", 1, ""},
	{"Cannabis factories", "", "", "", "", 1, ""},
}
