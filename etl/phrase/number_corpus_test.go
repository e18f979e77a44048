package phrase_test

// numberCorpus: how counts are written, and their values. Each rule's
// corpus lives beside it and its test runs every example; the fuzz target
// is seeded from them.
var numberCorpus = []struct {
	text string
	want float64
}{
	{"43", 43},
	{"1,149", 1149},
	{"50,272", 50272},
	{"1360", 1360},
	{"10.5", 10.5},
	{".5", 0.5},
	{"seven", 7},
	{"Nineteen", 19},
	{"Twenty-five", 25},
	{"twenty five", 25},
	{"Thirty-four", 34},
	{"one hundred and five", 105},
	{"two hundred", 200},
	{"ten thousand", 10000},
	{"a dozen", 12},
	{"a hundred", 100},
	{"one", 1},
	{"zero", 0},
	{"1.5 million", 1500000},
	{"3 thousand", 3000},
	{"half a million", 500000},
	{"a quarter of a million", 250000},
	{"three quarters of a million", 750000},
}

// notNumbers are not counts: ordinals, identifiers, words.
var notNumbers = []string{"11th", "2nd", "A5", "81911_A5", "dozens", "hundreds", "many", "thousand", "", "nines", "Twenties"}
