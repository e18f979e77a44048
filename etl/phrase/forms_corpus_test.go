package phrase_test

// formsCorpus: a verb as the reference data writes it, and forms it must
// also be read in.
var formsCorpus = []struct {
	taught string
	forms  []string
}{
	{"closed", []string{"close", "closes", "closing"}},
	{"dismantled", []string{"dismantle", "dismantling"}},
	{"taken down", []string{"take down", "took down", "taking down", "takes down"}},
	{"carried out", []string{"carry out", "carries out", "carrying out"}},
	{"referred", []string{"refer", "refers", "referring"}},
	{"stopped", []string{"stop", "stopping"}},
	{"spoken to", []string{"speak to", "spoke to", "speaking to"}},
	{"taught", []string{"teach", "teaches", "teaching"}},
	{"identified", []string{"identify", "identifies", "identifying"}},
	{"seizing", []string{"seize", "seized", "seizes"}},
	{"shut down", []string{"shuts down", "shutting down"}},
}

// notForms: taught words that make no other forms, or forms that must not
// be made from them.
var notForms = []struct {
	taught string
	never  []string
}{
	{"exploited", []string{"exploiting", "exploit"}}, // who exploits is not who is exploited
	{"vulnerable", []string{"vulnerables"}},
	{"met", []string{"meeting"}}, // a meeting is not someone met
	{"found", []string{"finding"}},
	{"held", []string{"holding"}},
	{"arrest", nil}, // no -ed or -ing: a noun as much as a verb, its forms are taught
}

// formsReadCorpus: forms nobody taught, read as the taught one; and a
// form that is already a word of its own keeps its own meaning.
var formsReadCorpus = []readCase{
	{"closing 15 drug dealing lines", []string{"lines_closed/ count 15 exact"}},
	{"recovering 2kg of cocaine", []string{"drugs_seized/cocaine g 2000 exact"}},
	{"seizes 2kg of cocaine", []string{"drugs_seized/cocaine g 2000 exact"}},
	{"the team shut down 5 lines", []string{"lines_closed/ count 5 exact"}},
	{"engaging 300 pupils", []string{"children_engaged/ people 300 exact"}},
	{"30 charges", []string{"charges/ count 30 exact"}},  // "charged" makes no "charge"
	{"30 charged", []string{"charged/ people 30 exact"}}, // and keeps its own
	{"12 meetings were held", nil},
	{"arrested 12 people suspected of exploiting children", []string{"arrests/ people 12 exact"}},
}
