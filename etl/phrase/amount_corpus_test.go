package phrase_test

import "github.com/countylines/countylines/etl"

// amountCorpus: a number with its hedge, currency, scale and unit, as
// written before the words of a figure. rest is what the amount leaves.
var amountCorpus = []struct {
	text  string
	value float64
	unit  etl.Unit
	q     etl.Qualifier
	rest  string
}{
	{"43 arrests", 43, "", etl.Exact, "arrests"},
	{"£50,272 cash", 50272, etl.UnitGBP, etl.Exact, "cash"},
	{"£7.6k in cash", 7600, etl.UnitGBP, etl.Exact, "in cash"},
	{"£2.7m worth", 2700000, etl.UnitGBP, etl.Exact, "worth"},
	{"£1.98 million", 1980000, etl.UnitGBP, etl.Exact, ""},
	{"€451,000", 451000, etl.UnitEUR, etl.Exact, ""},
	{"ten thousand pounds in cash", 10000, etl.UnitGBP, etl.Exact, "in cash"},
	{"2.5kg of cocaine", 2500, etl.UnitGrams, etl.Exact, "of cocaine"},
	{"43.929kg", 43929, etl.UnitGrams, etl.Exact, ""},
	{"9 kg of crack", 9000, etl.UnitGrams, etl.Exact, "of crack"},
	{"145.92g", 145.92, etl.UnitGrams, etl.Exact, ""},
	{"300mg", 0.3, etl.UnitGrams, etl.Exact, ""},
	{"2 ounces", 56.699046, etl.UnitGrams, etl.Exact, ""},
	{"17 wraps", 17, etl.UnitWraps, etl.Exact, ""},
	{"146 deals of cocaine", 146, etl.UnitWraps, etl.Exact, "of cocaine"},
	{"12 plants", 12, etl.UnitPlants, etl.Exact, ""},
	{"40 pills", 40, etl.UnitTablets, etl.Exact, ""},
	{"more than £11,000", 11000, etl.UnitGBP, etl.MoreThan, ""},
	{"over 500 wraps", 500, etl.UnitWraps, etl.MoreThan, ""},
	{"in excess of 20", 20, "", etl.MoreThan, ""},
	{"at least 23 people", 23, "", etl.AtLeast, "people"},
	{"20+ knives", 20, "", etl.AtLeast, "knives"},
	{"£45,000 and more worth", 45000, etl.UnitGBP, etl.AtLeast, "worth"},
	// a hedge's words that go on to a number are the next figure's hedge:
	// "cocaine worth £65,000 and more than 8 kilos of cannabis"
	{"£65,000 and more than 8 kilos", 65000, etl.UnitGBP, etl.Exact, "and more than 8 kilos"},
	{"12 knives and over 20 bats", 12, "", etl.Exact, "knives and over 20 bats"},
	{"£400,000 and over £131,000 cash", 400000, etl.UnitGBP, etl.Exact, "and over £131,000 cash"},
	{"£5,000 and over twenty knives", 5000, etl.UnitGBP, etl.Exact, "and over twenty knives"},
	{"approximately £31,000", 31000, etl.UnitGBP, etl.Approximately, ""},
	{"around £110,000", 110000, etl.UnitGBP, etl.Approximately, ""},
	{"an estimated £9,600", 9600, etl.UnitGBP, etl.Approximately, ""},
	{"c. 30", 30, "", etl.Approximately, ""},
	{"£4,500 (approx)", 4500, etl.UnitGBP, etl.Approximately, ""},
	{"almost £11k", 11000, etl.UnitGBP, etl.LessThan, ""},
	{"nearly 70kg", 70000, etl.UnitGrams, etl.LessThan, ""},
	{"just under 1600", 1600, "", etl.LessThan, ""},
	{"up to £3,000", 3000, etl.UnitGBP, etl.UpTo, ""},
	{"a machete", 1, "", etl.Exact, "machete"},
	{"an imitation firearm", 1, "", etl.Exact, "imitation firearm"},
	{"a dozen firearms", 12, "", etl.Exact, "firearms"},
	{"Twenty-four people", 24, "", etl.Exact, "people"},
}

// notAmounts start with no figure, or with one that is no amount: an
// article before a value or another figure, a dollar sum, a date.
var notAmounts = []string{
	"a further £12,000", "a street value of £70,000", "an additional £45,000", "a total of 3",
	"$500", "over the week", "the 11th", "a similar operation",
}
