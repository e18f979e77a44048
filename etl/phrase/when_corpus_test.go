package phrase_test

// whenCorpus: numbers that are no figure (ages, spans of time, clock
// times, dates and ranges of dates) inside phrases that have one. Each
// must give exactly its figures: an age or a day read as a count is a
// wrong number.
var whenCorpus = []readCase{
	{"two men, aged 24 and 31, were arrested", []string{"arrests_male/ people 2 exact"}},
	{"45 arrests over 7 days", []string{"arrests/ people 45 exact"}},
	// the 24 is no figure; the 45 is a part of the week's (as "in 24
	// hours" is), refused with a message (reread22 S2)
	{"45 arrests in a 24-hour period", nil},
	{"45 arrests over a 7-day period", []string{"arrests/ people 45 exact"}},
	// two days are a part of the week, two weeks wider than it: the
	// numbers are no figures, and the 45 is not the week's (review23 R20)
	{"45 arrests across 2 days", nil},
	{"over two weeks, 45 arrests were made", nil},
	{"one week of action saw 45 arrests", []string{"arrests/ people 45 exact"}},
	{"at 10pm officers arrested 3 men", []string{"arrests_male/ people 3 exact"}},
	{"between 10 and 16 October, 45 people were arrested", []string{"arrests/ people 45 exact"}},
	{"from October 10-16, 45 people were arrested", []string{"arrests/ people 45 exact"}},
	{"on 12 October officers arrested 45 people", []string{"arrests/ people 45 exact"}},
	{"45 people were arrested between 10 and 16 October", []string{"arrests/ people 45 exact"}},
	{"12 people aged between 14 and 17 were safeguarded", []string{"safeguarded_juvenile/ people 12 exact"}},
	{"three people aged 16 and 17 were arrested", []string{"arrests_under_18/ people 3 exact"}},
	{"12 people aged over 15 were arrested", []string{"arrests/ people 12 exact"}}, // over 15 may be adults
	// a 12-month investigation is a longer period than the week, five
	// days a part of it (review23 R20; X16)
	{"seized 2kg of cocaine during a 12-month investigation", nil},
	{"visited 40 schools over 5 days", nil},
	{"two 16-year-olds were arrested", []string{"arrests_under_18/ people 2 exact"}},
	{"two 19-year-olds were arrested", []string{"arrests/ people 2 exact"}}, // adults: no split
}

// whenNoFigures hold numbers but no figure, and nothing to say.
var whenNoFigures = []string{
	"a 17-year-old boy",
	"in their 20s",
	"the 1990s",
	"over the past 12 months",
	"from 10am to 4pm",
	"between 10 and 16 October",
	"October 10-16",
	"aged 15, 16 and 17",
	"ages of 14 to 17",
	"a seven-day operation",
}
