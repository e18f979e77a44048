package extract_test

import "testing"

// weekEndPlaces are the places R7's and R21's words are put in: a Notes
// column, a column with no heading, the one column's heading, a
// transposed table's row heading.
var weekEndPlaces = []string{"note", "unheaded", "heading", "row"}

// weekEndLoaded are the week's own last day (Sunday 17 October 2021 for
// Kent's week 41) as the end of the return's figures, said with the
// figures' own word before the bound ("figures to 17/10", "data to
// 17/10") or with a time at the very end of the day ("as at 17/10
// 23:59"), and the operation's own week counted from 1 ("week 1 of 1",
// "op week 1"): the whole week, loaded exact (review23 R7, R21, lost by
// 904c11b).
var weekEndLoaded = []weekWordsAt{
	{"figures to 17/10", weekEndPlaces}, {"data to 17/10", weekEndPlaces}, {"figures up to 17/10", weekEndPlaces},
	{"data as at 17/10", weekEndPlaces}, {"as at 17/10 23:59", weekEndPlaces}, {"figures to 17/10 midnight", []string{"note", "unheaded"}},
	{"figures to 17/10", []string{"cell"}}, {"data to 17/10", []string{"cell"}},
	{"week 1 of 1", []string{"note", "unheaded"}}, {"op week 1", []string{"note", "unheaded"}},
	{"week 1 of the operation", []string{"note", "unheaded"}}, {"week 41", []string{"note", "unheaded"}},
	{"to 23:59 on Sunday", []string{"note", "unheaded"}}, {"to midnight on Sunday", []string{"note", "unheaded"}},
	{"figures to 2359hrs on 17/10", []string{"note", "unheaded"}},
}

// weekEndRefused are the near misses: a day inside the week after the
// same words, an earlier time of the last day (either side of it), a longer stretch ending
// on the week's last day, the day after the week, another week's number,
// another week of the operation, a count of the operation's weeks that
// is not its own.
var weekEndRefused = []weekWordsAt{
	{"figures to 14/10", weekEndPlaces}, {"data to 14/10", weekEndPlaces}, {"as at 14/10", weekEndPlaces},
	{"until 14/10", weekEndPlaces}, {"as at 17/10 12:00", weekEndPlaces}, {"as at 14/10 23:59", weekEndPlaces},
	{"figures for the year to 17/10", weekEndPlaces}, {"as at 18/10", weekEndPlaces},
	{"Week 42", []string{"note", "unheaded"}}, {"Week 2 of intensification", []string{"note", "unheaded"}},
	{"week 1 of 2", []string{"note", "unheaded"}}, {"op week 2", []string{"note", "unheaded"}},
	{"wk 2", []string{"note", "unheaded"}},
	{"figures to 16:00 on Thursday", []string{"note", "unheaded"}}, {"as at 14/10 midnight", []string{"note", "unheaded"}},
	{"to 23:59 on 14/10", []string{"note", "unheaded"}}, {"23:59", []string{"note", "unheaded"}}, {"midnight", []string{"note", "unheaded"}},
	// a time before the very end of the week's last day leaves hours of
	// the week out, as "as at 17/10 12:00" does (notes26; 5b6823a had
	// loaded them)
	{"Figures to 16:00 on Sunday", []string{"note", "unheaded"}}, {"to 16:00 on 17/10", []string{"note", "unheaded"}},
	{"data to 4pm on Sunday", []string{"note", "unheaded"}}, {"figures to 12.00 on Sun 17/10", []string{"note", "unheaded"}},
}

// TestWeekOwnEndLaw: the week's own last day after the figures' own
// words, or with a time at its very end, and the operation's only week
// counted from 1, beside a figure in each place, load it exact; a day
// inside the week, the day after it, another week's or another
// operation week's number refuse it.
func TestWeekOwnEndLaw(t *testing.T) {
	t.Parallel()
	weekWordsLaw(t, "the week's own end beside a figure", weekEndRefused, weekEndLoaded)
}
