package phrase_test

// conceptCorpus: the ways a force's release or return says each figure
// of the catalogue, written out concept by concept (the verb in every
// form and order, the object and its everyday names, hedges, lists,
// breakdowns), with phrases that must give no fact beside them. None is
// taken from the phrasebook, which stays a test set. A fact is
// "metric/item unit value qualifier"; nil means no fact and a message.
var conceptCorpus = []readCase{
	// arrests: the verb active, passive, as a noun, before or after the number
	{"45 people were arrested", []string{"arrests/ people 45 exact"}},
	{"45 arrests were made", []string{"arrests/ people 45 exact"}},
	{"45 people have been arrested", []string{"arrests/ people 45 exact"}},
	{"45 suspects detained", []string{"arrests/ people 45 exact"}},
	{"detained 45 people", []string{"arrests/ people 45 exact"}},
	{"took 45 people into custody", []string{"arrests/ people 45 exact"}},
	{"45 people were taken into custody", []string{"arrests/ people 45 exact"}},
	{"the arrest of 45 people", []string{"arrests/ people 45 exact"}},
	{"resulting in the arrest of 45 people", []string{"arrests/ people 45 exact"}},
	{"arresting 45 people", []string{"arrests/ people 45 exact"}},
	{"45 arrests in total", []string{"arrests/ people 45 exact"}},
	{"in total, 45 people were arrested", []string{"arrests/ people 45 exact"}},
	{"there were 45 arrests", []string{"arrests/ people 45 exact"}},
	{"saw 45 people arrested", []string{"arrests/ people 45 exact"}},
	{"Total arrests = 45", []string{"arrests/ people 45 exact"}},
	{"Arrests – 45", []string{"arrests/ people 45 exact"}},
	{"27 adults were classed as vulnerable", []string{"safeguarded_adult/ people 27 exact"}},
	{"12 addresses were classed as cuckooed", nil}, // classed, not visited
	{"12 police vehicles", nil},                    // not seized
	{"Officers secured 45 arrests", []string{"arrests/ people 45 exact"}},
	{"The week ended with 45 arrests", []string{"arrests/ people 45 exact"}},
	// the figure's words before a copula
	{"Arrests totalled 45", []string{"arrests/ people 45 exact"}},
	{"The number of arrests stood at 45", []string{"arrests/ people 45 exact"}},
	{"The total of vulnerable adults safeguarded was 27", []string{"safeguarded_adult/ people 27 exact"}},
	{"The amount of cash seized was £30,000", []string{"cash_seized/ gbp 30000 exact"}},
	{"the total value of drugs seized was £30,000", []string{"drugs_seized/ gbp 30000 exact"}},
	{"cuckooed addresses visited numbered 26", []string{"cuckooed_addresses_visited/ count 26 exact"}},
	{"The youngest person arrested was 14", nil}, // an age
	{"the number of deal lines closed rose to 15", nil},
	{"12 wanted people were arrested", []string{"arrests/ people 12 exact"}},
	{"12 drug-related arrests", []string{"arrests/ people 12 exact"}}, // a hyphened compound describes, names nothing counted
	{"12 gang-related arrests", []string{"arrests/ people 12 exact"}},
	{"12 high-value watches", []string{"assets_seized/watch count 12 exact"}},
	{"12 people were arrested on suspicion of drug supply", []string{"arrests/ people 12 exact"}},
	{"24 people suspected of drug dealing were arrested", []string{"arrests/ people 24 exact"}},
	{"arrested 12 people suspected of exploiting children", []string{"arrests/ people 12 exact"}},
	{"police arrested upwards of 45 people", []string{"arrests/ people 45 more_than"}},
	{"some 45 people were arrested", []string{"arrests/ people 45 approximately"}},
	{"45 or more arrests", []string{"arrests/ people 45 at_least"}},
	{"45-plus arrests", []string{"arrests/ people 45 at_least"}},
	{"arrested 30 men, 10 women and 5 children", []string{"arrests_male/ people 30 exact", "arrests_female/ people 10 exact", "arrests_under_18/ people 5 exact"}},
	{"45 people arrested, including 6 juveniles", []string{"arrests/ people 45 exact", "arrests_under_18/ people 6 exact"}},
	{"of the 45 arrested, 6 were under 18", []string{"arrests/ people 45 exact", "arrests_under_18/ people 6 exact"}},
	{"45 arrests, 6 of which were juveniles", []string{"arrests/ people 45 exact", "arrests_under_18/ people 6 exact"}},
	{"three people aged 16 and 17 were arrested", []string{"arrests_under_18/ people 3 exact"}},
	{"12 people aged under 16 were arrested", []string{"arrests_under_18/ people 12 exact"}},
	{"12 people aged over 15 were arrested", []string{"arrests/ people 12 exact"}},
	{"close to 45 people were arrested", []string{"arrests/ people 45 less_than"}}, // "close to": less than, as found.csv labels it (f2280)
	{"45 arrests were made, 12 of them for drug supply", []string{"arrests/ people 45 exact"}},
	{"1,100 arrests, including 1,000 for drugs offences", []string{"arrests/ people 1100 exact"}},
	{"45 x arrests", []string{"arrests/ people 45 exact"}},

	// charges and charged
	{"12 people have been charged with drug offences", []string{"charged/ people 12 exact"}},
	{"12 suspects were later charged", []string{"charged/ people 12 exact"}},
	{"30 charges were brought", []string{"charges/ count 30 exact"}},
	{"12 people were charged with a total of 30 offences", []string{"charged/ people 12 exact", "charges/ count 30 exact"}},
	{"45 people were arrested and 12 were charged", []string{"arrests/ people 45 exact", "charged/ people 12 exact"}},

	// warrants, stop and search
	{"officers are carrying out 20 warrants", []string{"warrants/ count 20 exact"}},
	{"officers executed 20 search warrants under the Misuse of Drugs Act", []string{"warrants/ count 20 exact"}},
	{"warrants executed: 20", []string{"warrants/ count 20 exact"}},
	{"officers executed 20 warrants which led to 45 arrests", []string{"warrants/ count 20 exact", "arrests/ people 45 exact"}},
	{"conducted 40 stop-searches", []string{"stop_searches/ count 40 exact"}},
	{"40 stop and search encounters", []string{"stop_searches/ count 40 exact"}},

	// lines: closed, shut, taken down, dismantled, disrupted, in any form
	{"closing 15 drug dealing lines", []string{"lines_closed/ count 15 exact"}},
	{"took down 15 county lines", []string{"lines_closed/ count 15 exact"}},
	{"officers take down 5 deal lines", []string{"lines_closed/ count 5 exact"}},
	{"police closed down 5 lines", []string{"lines_closed/ count 5 exact"}},
	{"the closure of 15 county lines", []string{"lines_closed/ count 15 exact"}},
	{"15 county lines have been dismantled", []string{"lines_closed/ count 15 exact"}},
	{"15 deal lines taken out", []string{"lines_closed/ count 15 exact"}},
	{"five drug lines were closed, including two county lines", []string{"lines_closed/ count 5 exact"}},

	// phones and deal line phones
	{"recovered 30 mobiles", []string{"mobile_phones_seized/ count 30 exact"}},
	{"8 deal line handsets were recovered", []string{"deal_line_phones_seized/ count 8 exact"}},
	{"10 county line handsets", []string{"deal_line_phones_seized/ count 10 exact"}},
	{"7 graft phones", []string{"deal_line_phones_seized/ count 7 exact"}},
	{"12 deal line mobiles", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"12 drugs line phones were seized", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"12 phones used to run county lines", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"seized 9 handsets used for dealing", []string{"deal_line_phones_seized/ count 9 exact"}},
	{"took 12 deal line phones out of circulation", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"seized 40 phones, 12 of which were deal lines", []string{"mobile_phones_seized/ count 40 exact", "deal_line_phones_seized/ count 12 exact"}},
	{"40 mobile phones, 12 of them deal line phones", []string{"mobile_phones_seized/ count 40 exact", "deal_line_phones_seized/ count 12 exact"}},
	{"12 phones linked to county lines", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"12 phones suspected of being used to run county lines", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"12 phones which are believed to have been used as deal lines", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"18 arrests linked to county lines activity", []string{"arrests/ people 18 exact"}},
	{"arrested 12 people linked to the exploitation of children", []string{"arrests/ people 12 exact"}}, // not under 18

	// safeguarding: adults, children, the vulnerable
	{"40 adults at risk were safeguarded", []string{"safeguarded_adult/ people 40 exact"}},
	{"25 vulnerable adults were identified and safeguarded", []string{"safeguarded_adult/ people 25 exact"}},
	{"safeguarding 17 adults", []string{"safeguarded_adult/ people 17 exact"}},
	{"27 vulnerable adults were engaged with", []string{"safeguarded_adult/ people 27 exact"}},
	{"vulnerable adults safeguarded: 27", []string{"safeguarded_adult/ people 27 exact"}},
	{"27 adults identified as vulnerable", []string{"safeguarded_adult/ people 27 exact"}},
	{"27 adults deemed vulnerable", []string{"safeguarded_adult/ people 27 exact"}},
	{"27 adults considered to be at risk", []string{"safeguarded_adult/ people 27 exact"}},
	{"27 adults who were being exploited were safeguarded", []string{"safeguarded_adult/ people 27 exact"}},
	{"safeguarded 40 young people and 27 adults", []string{"safeguarded_juvenile/ people 40 exact", "safeguarded_adult/ people 27 exact"}},
	{"100 vulnerable people were safeguarded – 27 adults and 73 children", []string{"safeguarded/ people 100 exact", "safeguarded_adult/ people 27 exact", "safeguarded_juvenile/ people 73 exact"}},
	{"12 children were identified as being at risk of exploitation", []string{"safeguarded_juvenile/ people 12 exact"}},
	{"15 minors were safeguarded", []string{"safeguarded_juvenile/ people 15 exact"}},
	{"21 under-18s were safeguarded", []string{"safeguarded_juvenile/ people 21 exact"}},
	{"supported 9 children at risk of criminal exploitation", []string{"safeguarded_juvenile/ people 9 exact"}},
	{"11 vulnerable youngsters were safeguarded", []string{"safeguarded_juvenile/ people 11 exact"}},
	{"12 people aged between 14 and 17 were safeguarded", []string{"safeguarded_juvenile/ people 12 exact"}},
	{"40 children and 30 adults were protected from exploitation", []string{"safeguarded_juvenile/ people 40 exact", "safeguarded_adult/ people 30 exact"}},
	{"officers engaged with 30 vulnerable adults and 40 children for safeguarding purposes", []string{"safeguarded_adult/ people 30 exact", "safeguarded_juvenile/ people 40 exact"}},
	{"30 vulnerable adults were signposted to support services", []string{"safeguarded_adult/ people 30 exact"}},
	{"30 vulnerable adults were offered support", []string{"safeguarded_adult/ people 30 exact"}},
	{"support was given to 30 vulnerable adults", []string{"safeguarded_adult/ people 30 exact"}},
	{"70 people were safeguarded, 30 of them adults", []string{"safeguarded/ people 70 exact", "safeguarded_adult/ people 30 exact"}},
	{"safeguarded 70 people (30 adults and 40 children)", []string{"safeguarded/ people 70 exact", "safeguarded_adult/ people 30 exact", "safeguarded_juvenile/ people 40 exact"}},
	{"visited 300 children", nil}, // safeguarding, or engaging?

	// referrals: the NRM and safeguarding services
	{"Officers also made 12 National Referral Mechanism (NRM) referrals", []string{"nrm_referrals/ people 12 exact"}},
	{"12 referrals were made into the National Referral Mechanism (NRM)", []string{"nrm_referrals/ people 12 exact"}},
	{"12 people were referred to the National Referral Mechanism as potential victims of modern slavery", []string{"nrm_referrals/ people 12 exact"}},
	{"12 NRMs were submitted", []string{"nrm_referrals/ people 12 exact"}},
	{"12 potential victims of modern slavery were identified and referred", []string{"nrm_referrals/ people 12 exact"}},
	{"12 National Referral Mechanism submissions", []string{"nrm_referrals/ people 12 exact"}},
	{"submitted NRM referrals for 12 people", []string{"nrm_referrals/ people 12 exact"}},
	{"completed 11 NRM referrals", []string{"nrm_referrals/ people 11 exact"}},
	{"referrals into the NRM: 14", []string{"nrm_referrals/ people 14 exact"}},
	{"referring 12 people to the NRM", []string{"nrm_referrals/ people 12 exact"}},
	{"12 referrals to the NRM and 20 to children's services", []string{"nrm_referrals/ people 12 exact", "safeguarding_referrals/ people 20 exact"}},
	{"20 referrals to children's social care", []string{"safeguarding_referrals/ people 20 exact"}},
	{"NRM referrals were made for 12 people", []string{"nrm_referrals/ people 12 exact"}},
	{"12 individuals were referred through the NRM", []string{"nrm_referrals/ people 12 exact"}},
	{"12 referrals were made under the National Referral Mechanism", []string{"nrm_referrals/ people 12 exact"}},
	{"12 National Referral Mechanism (NRM) forms were completed", []string{"nrm_referrals/ people 12 exact"}},
	{"12 potential victims were referred to the Single Competent Authority", []string{"nrm_referrals/ people 12 exact"}},
	{"12 NRM submissions were made", []string{"nrm_referrals/ people 12 exact"}},
	{"12 potential victims of exploitation were referred to the NRM", []string{"nrm_referrals/ people 12 exact"}},
	{"12 referrals were sent to the NRM", []string{"nrm_referrals/ people 12 exact"}},
	{"12 potential victims of modern slavery were identified", nil}, // identified, not referred
	{"12 children were referred to the NRM", nil},                   // a part by age the catalogue has no place for
	{"12 Duty to Notify referrals", nil},

	// cuckooed addresses: visited, checked, at risk of cuckooing
	{"officers visited 120 addresses at risk of cuckooing", []string{"cuckooed_addresses_visited/ count 120 exact"}},
	{"checked on 45 cuckooed properties", []string{"cuckooed_addresses_visited/ count 45 exact"}},
	{"visits to 80 cuckooed addresses", []string{"cuckooed_addresses_visited/ count 80 exact"}},
	{"made 60 visits to addresses suspected of being cuckooed", []string{"cuckooed_addresses_visited/ count 60 exact"}},
	{"visited 90 properties believed to have been cuckooed", []string{"cuckooed_addresses_visited/ count 90 exact"}},
	{"52 addresses linked to cuckooing were visited", []string{"cuckooed_addresses_visited/ count 52 exact"}},
	{"attended 27 addresses where cuckooing was suspected", []string{"cuckooed_addresses_visited/ count 27 exact"}},
	{"26 homes at risk of cuckooing were visited", []string{"cuckooed_addresses_visited/ count 26 exact"}},
	{"26 addresses that had been cuckooed were visited", []string{"cuckooed_addresses_visited/ count 26 exact"}},
	{"checks on 26 cuckooed addresses", []string{"cuckooed_addresses_visited/ count 26 exact"}},
	{"26 cuckooing safeguarding visits", []string{"cuckooed_addresses_visited/ count 26 exact"}}, // a safeguarding visit about cuckooing
	{"55 safeguarding visits", []string{"welfare_visits/ count 55 exact"}},
	{"Officers carried out 118 safeguarding visits to cuckooed addresses", []string{"cuckooed_addresses_visited/ count 118 exact"}},
	{"118 welfare visits to cuckooed addresses", []string{"cuckooed_addresses_visited/ count 118 exact"}},
	{"Officers visited 214 addresses of vulnerable people believed to be at risk of cuckooing", []string{"cuckooed_addresses_visited/ count 214 exact"}},

	// children and young people engaged: every verb of teaching and reaching
	{"teaching 500 pupils about the signs of exploitation", []string{"children_engaged/ people 500 exact"}},
	{"2,000 pupils received educational input", []string{"children_engaged/ people 2000 exact"}},
	{"3,000 young people received county lines awareness input", []string{"children_engaged/ people 3000 exact"}},
	{"an estimated 5,000 pupils heard talks from officers", []string{"children_engaged/ people 5000 approximately"}},
	{"2,000 school pupils heard from officers", []string{"children_engaged/ people 2000 exact"}},
	{"held assemblies for 2,000 pupils", []string{"children_engaged/ people 2000 exact"}},
	{"delivered 50 school inputs to more than 2,500 pupils", []string{"school_inputs/ count 50 exact", "children_engaged/ people 2500 more_than"}},
	{"visited 40 schools, engaging with 5,000 pupils", []string{"schools_visited/ count 40 exact", "children_engaged/ people 5000 exact"}},
	{"officers gave talks to around 2,000 pupils in 15 schools", []string{"children_engaged/ people 2000 approximately", "schools_visited/ count 15 exact"}},
	{"more than 5,000 children and young people were engaged with", []string{"children_engaged/ people 5000 more_than"}},
	{"reached more than 2,000 children through assemblies", []string{"children_engaged/ people 2000 more_than"}},
	{"engaged with 1,200 young people and 300 parents", []string{"children_engaged/ people 1200 exact"}},
	{"more than 6,000 pupils were spoken to", []string{"children_engaged/ people 6000 more_than"}},
	{"interacted with 500 young people", []string{"children_engaged/ people 500 exact"}},
	{"raised awareness among 3,000 pupils", []string{"children_engaged/ people 3000 exact"}},
	{"briefed 600 students on county lines", []string{"children_engaged/ people 600 exact"}},
	{"provided education to 300 children", []string{"children_engaged/ people 300 exact"}},
	{"delivered education to more than 1,000 pupils", []string{"children_engaged/ people 1000 more_than"}},
	{"300 pupils benefited from inputs", []string{"children_engaged/ people 300 exact"}},
	{"3,000 schoolchildren heard about the dangers", []string{"children_engaged/ people 3000 exact"}},
	{"spoke to 300 Year 9 pupils", []string{"children_engaged/ people 300 exact"}}, // not 9
	{"300 year 10 and 11 students received inputs", []string{"children_engaged/ people 300 exact"}},
	{"spoke to 3,000 sixth form students", []string{"children_engaged/ people 3000 exact"}},
	{"officers engaged with 400 local secondary school pupils", []string{"children_engaged/ people 400 exact"}},
	{"engaged with 400 university students", nil}, // students, but not children
	{"spoke to 300 teenage pupils", nil},                                       // nobody taught "teenage"
	{"spoke to 300 teenagers", []string{"children_engaged/ people 300 exact"}}, // young people, whatever their age
	{"arrested 12 teenagers", nil},                                             // but not under 18 for sure
	{"engaged with 300 youths", []string{"children_engaged/ people 300 exact"}},
	{"3,000 pupils", []string{"children_engaged/ people 3000 exact"}}, // pupils are counted when they are engaged
	{"300 children", nil},                                             // engaged, or safeguarded?
	{"12 students were arrested", nil},
	{"3,000 children learned about county lines", []string{"children_engaged/ people 3000 exact"}},
	{"3,000 students were made aware of the dangers", []string{"children_engaged/ people 3000 exact"}},
	{"3,000 young people were warned about the dangers of county lines", []string{"children_engaged/ people 3000 exact"}},
	{"reached out to 3,000 young people", []string{"children_engaged/ people 3000 exact"}},
	{"engaged 3,000 young people in positive activities", []string{"children_engaged/ people 3000 exact"}},
	{"engaged with 12 young people at risk of county lines exploitation", []string{"safeguarded_juvenile/ people 12 exact"}},
	{"arrested 12 young people for drug offences", nil}, // under 18, or not?
	{"3,000 young people accessed diversionary activities", nil},

	// cash: any currency word, value said before or after
	{"seized cash of £30,000", []string{"cash_seized/ gbp 30000 exact"}},
	{"cash of over £30,000", []string{"cash_seized/ gbp 30000 more_than"}},
	{"a cash seizure of £30,000", []string{"cash_seized/ gbp 30000 exact"}},
	{"cash amounting to £30,000", []string{"cash_seized/ gbp 30000 exact"}},
	{"£2,000 in foreign currency", []string{"cash_seized/ gbp 2000 exact"}},
	{"foreign currency worth £2,000", []string{"cash_seized/ gbp 2000 exact"}},
	{"£30,000 cash was recovered", []string{"cash_seized/ gbp 30000 exact"}},

	// drugs: weights in any unit, counts of wraps, plants and pills, values
	{"an ounce of heroin", []string{"drugs_seized/heroin g 28.349523 exact"}},
	{"1.5 kilograms of heroin", []string{"drugs_seized/heroin g 1500 exact"}},
	{"250 grammes of MDMA", []string{"drugs_seized/mdma g 250 exact"}},
	{"two kilos of cocaine", []string{"drugs_seized/cocaine g 2000 exact"}},
	{"skunk cannabis weighing 3kg", []string{"drugs_seized/cannabis g 3000 exact"}},
	{"amphetamine (1.2kg)", []string{"drugs_seized/amphetamine g 1200 exact"}},
	{"40 wraps containing heroin", []string{"drugs_seized/heroin wraps 40 exact"}},
	{"cocaine 2kg, heroin 500g", []string{"drugs_seized/cocaine g 2000 exact", "drugs_seized/heroin g 500 exact"}},
	{"Cocaine 1.2kg Heroin 500g Cannabis 2kg", []string{"drugs_seized/cocaine g 1200 exact", "drugs_seized/heroin g 500 exact", "drugs_seized/cannabis g 2000 exact"}}, // a table row run together
	{"2kg cocaine 500g heroin", []string{"drugs_seized/cocaine g 2000 exact", "drugs_seized/heroin g 500 exact"}},
	{"heroin (34g), crack cocaine (21g), cannabis (2kg) and MDMA (100 tablets)", []string{"drugs_seized/heroin g 34 exact", "drugs_seized/crack_cocaine g 21 exact", "drugs_seized/cannabis g 2000 exact", "drugs_seized/mdma tablets 100 exact"}},
	{"Drugs seized: Heroin 100g, Crack 50g, Cannabis 2kg", []string{"drugs_seized/heroin g 100 exact", "drugs_seized/crack_cocaine g 50 exact", "drugs_seized/cannabis g 2000 exact"}},
	{"2kg cocaine, 500g heroin, 3kg cannabis", []string{"drugs_seized/cocaine g 2000 exact", "drugs_seized/heroin g 500 exact", "drugs_seized/cannabis g 3000 exact"}},
	{"seizures included 3kg of cannabis and 500g of cocaine", []string{"drugs_seized/cannabis g 3000 exact", "drugs_seized/cocaine g 500 exact"}},
	{"seized 2kg of cannabis, cash of £3,000 and 2 phones", []string{"drugs_seized/cannabis g 2000 exact", "cash_seized/ gbp 3000 exact", "mobile_phones_seized/ count 2 exact"}},
	{"24 wraps of heroin, 30 wraps of crack cocaine and £1,500 in cash", []string{"drugs_seized/heroin wraps 24 exact", "drugs_seized/crack_cocaine wraps 30 exact", "cash_seized/ gbp 1500 exact"}},
	{"cocaine, heroin and cannabis worth £60,000 were seized", []string{"drugs_seized/ gbp 60000 exact"}},
	{"drugs with a combined street value of £40,000", []string{"drugs_seized/ gbp 40000 exact"}},
	{"seizing drugs with an estimated value of £25,000", []string{"drugs_seized/ gbp 25000 approximately"}},
	{"a quantity of cocaine worth £4,000", []string{"drugs_seized/cocaine gbp 4000 exact"}},
	{"150 cannabis plants with a potential yield worth £100,000", []string{"drugs_seized/cannabis plants 150 exact"}},
	{"2kg of mephedrone", []string{"drugs_seized/other_drug g 2000 exact"}},
	{"magic mushrooms worth £2,000", []string{"drugs_seized/other_drug gbp 2000 exact"}},
	{"a half kilo of cocaine", []string{"drugs_seized/cocaine g 500 exact"}},
	{"more than a kilo of cocaine", []string{"drugs_seized/cocaine g 1000 more_than"}},
	{"over a kilogram of heroin", []string{"drugs_seized/heroin g 1000 more_than"}},
	{"almost half a kilo of heroin", []string{"drugs_seized/heroin g 500 less_than"}},
	{"cannabis: 3kg, cocaine: 500g", []string{"drugs_seized/cannabis g 3000 exact", "drugs_seized/cocaine g 500 exact"}},
	{"cocaine, worth an estimated £30,000, was seized", []string{"drugs_seized/cocaine gbp 30000 approximately"}},
	{"cocaine ... worth £5,000", []string{"drugs_seized/cocaine gbp 5000 exact"}},
	{"cocaine potentially worth £50,000", []string{"drugs_seized/cocaine gbp 50000 exact"}},
	{"cocaine believed to be worth around £50,000", []string{"drugs_seized/cocaine gbp 50000 approximately"}},
	{"£1m+ of cocaine", []string{"drugs_seized/cocaine gbp 1e+06 at_least"}},
	{"half a million pounds worth of drugs", []string{"drugs_seized/ gbp 500000 exact"}},
	{"3kg of cannabis, 1kg of cocaine and 500g of heroin were seized, with a combined street value of £100,000", []string{"drugs_seized/cannabis g 3000 exact", "drugs_seized/cocaine g 1000 exact", "drugs_seized/heroin g 500 exact", "drugs_seized/ gbp 100000 exact"}},
	{"2kg of cocaine and 1kg of heroin were seized, with a street value of £100,000", []string{"drugs_seized/cocaine g 2000 exact", "drugs_seized/heroin g 1000 exact", "drugs_seized/ gbp 100000 exact"}},
	{"45 arrests were made and 2kg of cocaine and 1kg of heroin were seized, with a combined street value of £100,000", []string{"arrests/ people 45 exact", "drugs_seized/cocaine g 2000 exact", "drugs_seized/heroin g 1000 exact", "drugs_seized/ gbp 100000 exact"}},
	{"2kg of cocaine and £5,000 in cash were seized, with a combined value of £60,000", []string{"drugs_seized/cocaine g 2000 exact", "cash_seized/ gbp 5000 exact"}},
	{"500g of heroin worth £5,000 and 2kg of cannabis worth £10,000", []string{"drugs_seized/heroin g 500 exact", "drugs_seized/heroin gbp 5000 exact", "drugs_seized/cannabis g 2000 exact", "drugs_seized/cannabis gbp 10000 exact"}},
	{"crack cocaine (120g) plus heroin (80g)", []string{"drugs_seized/crack_cocaine g 120 exact", "drugs_seized/heroin g 80 exact"}},
	{"1.5kg of cocaine, 200g of heroin and 3kg of cannabis, worth around £100,000 in total", []string{"drugs_seized/cocaine g 1500 exact", "drugs_seized/heroin g 200 exact", "drugs_seized/cannabis g 3000 exact", "drugs_seized/ gbp 100000 approximately"}},
	{"3kg of cannabis, 1kg of cocaine and 500g of heroin, with a street value of £100,000", []string{"drugs_seized/cannabis g 3000 exact", "drugs_seized/cocaine g 1000 exact", "drugs_seized/heroin g 500 exact", "drugs_seized/ gbp 100000 exact"}},
	// the kind its parts are listed of, named with no number: all items, unquantified
	{"Drugs seized included 1.1kg of heroin, 750g crack cocaine and 2.5kg of cannabis.", []string{"drugs_seized/heroin g 1100 exact", "drugs_seized/crack_cocaine g 750 exact", "drugs_seized/cannabis g 2500 exact", "drugs_seized/  NULL unquantified"}},
	{"drugs seized – cannabis 2kg, cocaine 1kg, heroin 500g", []string{"drugs_seized/cannabis g 2000 exact", "drugs_seized/cocaine g 1000 exact", "drugs_seized/heroin g 500 exact"}},
	{"an ounce of cocaine and half an ounce of heroin", []string{"drugs_seized/cocaine g 28.349523 exact", "drugs_seized/heroin g 14.174762 exact"}},
	{"cannabis, cocaine and heroin worth £10,000, £5,000 and £2,000 respectively", nil}, // lists paired in order: not read
	{"1kg and 500g of cocaine and heroin respectively", nil},
	{"cash and drugs worth £50,000", nil},
	// how numbers are typed
	{"1\u00a0200 wraps of heroin", []string{"drugs_seized/heroin wraps 1200 exact"}}, // a no-break space between the groups
	{"£1\u2009200 in cash", []string{"cash_seized/ gbp 1200 exact"}},                 // a thin space
	{"1 200 wraps of heroin", nil},                                                   // 1,200, or 1 and 200?
	{"seized 1½ kilos of cocaine", []string{"drugs_seized/cocaine g 1500 exact"}},
	{"1/2 kilo of cocaine", []string{"drugs_seized/cocaine g 500 exact"}},
	{"~2kg of cocaine", []string{"drugs_seized/cocaine g 2000 approximately"}},
	{"2 kilo's of cocaine", []string{"drugs_seized/cocaine g 2000 exact"}},
	{"c.£5,000 of cocaine", []string{"drugs_seized/cocaine gbp 5000 approximately"}},
	{"£7.5mn of cocaine", []string{"drugs_seized/cocaine gbp 7.5e+06 exact"}},
	{"£3,000 of Class C drugs", nil}, // the catalogue has no class C
	{"500 Class C tablets", nil},
	{"drugs worth £20,000-£30,000", nil}, // a range is not one figure
	{"drugs with an estimated street value of between £20,000 and £30,000", nil},
	{"between 20 and 30 people were arrested", nil},
	{"1-2kg of cocaine", nil},
	{"350 crack cocaine and heroin wraps", []string{"drugs_seized/ wraps 350 exact"}},
	{"300 pills believed to be ecstasy", []string{"drugs_seized/mdma tablets 300 exact"}},
	{"cocaine and heroin (2kg)", []string{"drugs_seized/ g 2000 exact"}},
	{"£50,000 street value of cocaine", []string{"drugs_seized/cocaine gbp 50000 exact"}},
	{"1.5kg of a white powder believed to be cocaine", nil}, // cocaine only after words not read
	{"12 knives and other weapons", nil},                    // a list, or one figure?
	{"35 bags of cannabis", nil},
	{"a kilo block of cocaine", nil},

	// weapons and assets
	{"a loaded handgun", []string{"weapons_seized/firearm count 1 exact"}},
	{"a sawn-off shotgun", []string{"weapons_seized/firearm count 1 exact"}},
	{"12 weapons including 5 knives and a machete", []string{"weapons_seized/ count 12 exact", "weapons_seized/knife count 5 exact", "weapons_seized/machete count 1 exact"}},
	{"12 weapons were recovered, 5 of which were knives", []string{"weapons_seized/ count 12 exact", "weapons_seized/knife count 5 exact"}},
	{"of the 12 weapons seized, 5 were knives", []string{"weapons_seized/ count 12 exact", "weapons_seized/knife count 5 exact"}},
	{"3 guns and ammunition", nil}, // one figure for both, or a list?
	// items named with no number beside a figure are unquantified
	{"two firearms, ammunition and a machete", []string{"weapons_seized/firearm count 2 exact", "weapons_seized/ammunition count NULL unquantified", "weapons_seized/machete count 1 exact"}},
	{"12 knives, as well as knuckledusters and a baseball bat", []string{"weapons_seized/knife count 12 exact", "weapons_seized/knuckle_duster count NULL unquantified", "weapons_seized/bat count 1 exact"}},
	{"three handguns and a quantity of ammunition", []string{"weapons_seized/firearm count 3 exact", "weapons_seized/ammunition count NULL unquantified"}},
	{"ammunition and two firearms", []string{"weapons_seized/ammunition count NULL unquantified", "weapons_seized/firearm count 2 exact"}},
	{"2kg of cocaine, along with heroin", []string{"drugs_seized/cocaine g 2000 exact", "drugs_seized/heroin  NULL unquantified"}},
	{"2kg of cocaine and some cannabis", []string{"drugs_seized/cocaine g 2000 exact", "drugs_seized/cannabis  NULL unquantified"}},
	{"£5,000 in cash and quantities of cocaine and heroin", []string{"cash_seized/ gbp 5000 exact", "drugs_seized/cocaine  NULL unquantified", "drugs_seized/heroin  NULL unquantified"}},
	{"2kg of cannabis, cannabis plants and 300g of cocaine", []string{"drugs_seized/cannabis g 2000 exact", "drugs_seized/cannabis plants NULL unquantified", "drugs_seized/cocaine g 300 exact"}},
	{"Class A drugs and £5,000 cash were seized", []string{"drugs_seized/class_a  NULL unquantified", "cash_seized/ gbp 5000 exact"}},
	{"14 weapons including knives and 3 knuckledusters", []string{"weapons_seized/ count 14 exact", "weapons_seized/knuckle_duster count 3 exact"}}, // knives inside a group figure: no fact
	{"£5,000 in cash and jewellery", nil}, // one figure for two metrics
	{"five firearms and cannabis", []string{"weapons_seized/firearm count 5 exact", "drugs_seized/cannabis  NULL unquantified"}},
	{"2kg of cocaine and wraps of heroin", []string{"drugs_seized/cocaine g 2000 exact", "drugs_seized/heroin wraps NULL unquantified"}},
	{"a quantity of cannabis, £2,000 in cash and a knife", []string{"drugs_seized/cannabis  NULL unquantified", "cash_seized/ gbp 2000 exact", "weapons_seized/knife count 1 exact"}},
	{"cocaine, heroin and cannabis, as well as £10,000 in cash", []string{"drugs_seized/cocaine  NULL unquantified", "drugs_seized/heroin  NULL unquantified", "drugs_seized/cannabis  NULL unquantified", "cash_seized/ gbp 10000 exact"}},
	{"£3,000 cash, a Rolex watch and designer clothing", []string{"cash_seized/ gbp 3000 exact", "assets_seized/watch count 1 exact", "assets_seized/designer_goods count NULL unquantified"}},
	{"3 designer watches", []string{"assets_seized/watch count 3 exact"}},
	// common misspellings, taught as words
	{"siezed 2kg of cocaine", []string{"drugs_seized/cocaine g 2000 exact"}},
	{"12 vunerable adults", []string{"safeguarded_adult/ people 12 exact"}},
	{"visited 26 cuckoo'd addresses", []string{"cuckooed_addresses_visited/ count 26 exact"}},
	{"2kg of marijuana", []string{"drugs_seized/cannabis g 2000 exact"}},
	{"three machetes and 12 other knives", []string{"weapons_seized/machete count 3 exact", "weapons_seized/knife count 12 exact"}},
	{"27 other weapons", []string{"weapons_seized/other_weapon count 27 exact"}},
	{"£2,000 of other drugs", []string{"drugs_seized/other_drug gbp 2000 exact"}},
	{"seized 12 various knives", []string{"weapons_seized/knife count 12 exact"}},

	// several figures in one sentence
	{"The operation resulted in 45 arrests, the seizure of 2kg of cocaine and £30,000 in cash", []string{"arrests/ people 45 exact", "drugs_seized/cocaine g 2000 exact", "cash_seized/ gbp 30000 exact"}},
	{"Over the week, officers arrested 45 people, seized 30 phones and safeguarded 60 vulnerable people", []string{"arrests/ people 45 exact", "mobile_phones_seized/ count 30 exact", "safeguarded/ people 60 exact"}},
	{"alongside 45 arrests, 12 knives were seized", []string{"arrests/ people 45 exact", "weapons_seized/knife count 12 exact"}},
	{"Arrests: 45. Charges: 12. Warrants: 20.", []string{"arrests/ people 45 exact", "charges/ count 12 exact", "warrants/ count 20 exact"}},
	// a release reports its week: "last week" says when; "last year" and comparisons still change the figure
	{"Last week, officers arrested 45 people", []string{"arrests/ people 45 exact"}},
	{"45 people were arrested last week", []string{"arrests/ people 45 exact"}},
	{"over the last 7 days, officers seized 2kg of cocaine", []string{"drugs_seized/cocaine g 2000 exact"}},
	{"Last year, 30 people were arrested", nil},
	{"45 arrests this week compared with 30 the previous week", nil},
	{"arrests for the previous week: 12", nil}, // a label's period is another column
	{"Previous week: 12 arrests", nil},
	{"Educational inputs: 25 schools, 4,000 pupils", []string{"schools_visited/ count 25 exact", "children_engaged/ people 4000 exact"}}, // the label is context for the list
	{"Safeguarding: 40 adults, 55 children", []string{"safeguarded_adult/ people 40 exact", "safeguarded_juvenile/ people 55 exact"}},
	{"Seized: 2kg cannabis, 1kg cocaine, £5,000", []string{"drugs_seized/cannabis g 2000 exact", "drugs_seized/cocaine g 1000 exact"}}, // £5,000 of what?
	{"reaching an audience of 4,000 pupils", []string{"children_engaged/ people 4000 exact"}},

	// constructions of release wording (testdata/found.csv), each written anew
	// a unit said once is shared only by a number that stands before "of"
	{"Officers seized 2kg of drugs, £5,000 in cash and 44 weapons", []string{"drugs_seized/ g 2000 exact", "cash_seized/ gbp 5000 exact", "weapons_seized/ count 44 exact"}},
	{"600 wraps of crack, 12 phones and 3 knives were seized", []string{"drugs_seized/crack_cocaine wraps 600 exact", "mobile_phones_seized/ count 12 exact", "weapons_seized/knife count 3 exact"}},
	// a thing named with an article, as the cause of what follows, is no count
	{"A warrant led to the seizure of £3,000 in cash", []string{"cash_seized/ gbp 3000 exact"}},
	{"A stop search resulted in 2 arrests", []string{"arrests/ people 2 exact"}},
	// a sum for each thing is not the figure's
	{"2 watches valued at £5,000 each", []string{"assets_seized/watch count 2 exact"}},
	// a comma before a list's last "and"
	{"400 wraps of cocaine, crack cocaine, and heroin", []string{"drugs_seized/ wraps 400 exact"}},
	// a unit after coordinated items closes them into one figure, even as a list goes on
	{"the seizure of 300 cocaine and heroin wraps, 500 diazepam pills and four knives", []string{"drugs_seized/ wraps 300 exact", "drugs_seized/benzodiazepines tablets 500 exact", "weapons_seized/knife count 4 exact"}},
	// a figure inside a list of nouns ends at the list's "and"; a list after "included" with no figure before it
	{"Drugs seized included heroin, 2kg of cocaine and cannabis", []string{"drugs_seized/heroin  NULL unquantified", "drugs_seized/cocaine g 2000 exact", "drugs_seized/cannabis  NULL unquantified", "drugs_seized/  NULL unquantified"}},
	{"Seized 2kg of cocaine and heroin", []string{"drugs_seized/ g 2000 exact"}}, // words of release wording: a network is a line; identified and closed; taken over is cuckooed; places the figure was taken from
	{"9 drug lines identified and closed", []string{"lines_closed/ count 9 exact"}},
	{"shut down 12 county lines networks", []string{"lines_closed/ count 12 exact"}},
	{"Visited 20 addresses that have been taken over by a county line", []string{"cuckooed_addresses_visited/ count 20 exact"}},
	{"officers took over 300 wraps of heroin off the streets", []string{"drugs_seized/heroin wraps 300 more_than"}},
	{"18 weapons from our streets recovered", []string{"weapons_seized/ count 18 exact"}},
	{"12 enhanced cuckoo checks were made", []string{"cuckooed_addresses_visited/ count 12 exact"}},
	{"four awareness sessions at local schools", []string{"school_inputs/ count 4 exact"}},
	{"officers spoke to 30 vulnerable adults", []string{"safeguarded_adult/ people 30 exact"}},
	{"bringing 40 people into custody", []string{"arrests/ people 40 exact"}},
	{"which saw watches to the value of £8,000 seized", []string{"assets_seized/watch gbp 8000 exact"}},
	// what a thing was given to must be named
	{"delivered awareness sessions to 800 partners and 9,000 children", []string{"children_engaged/ people 9000 exact"}},
	// a verb of other metrics after the figure's own opens another clause
	{"held 21 people and found drugs worth £5,000", []string{"arrests/ people 21 exact", "drugs_seized/ gbp 5000 exact"}},
	{"arrested 44 people, seized 2kg of cocaine", []string{"arrests/ people 44 exact", "drugs_seized/cocaine g 2000 exact"}},
	{"safeguarded 20 children and vulnerable adults", []string{"safeguarded/ people 20 exact"}},
	// an object whose metric counts items names their kind: drugs after weapons are their own
	{"£9,000 in cash, 19 weapons and heroin being seized", []string{"cash_seized/ gbp 9000 exact", "weapons_seized/ count 19 exact", "drugs_seized/heroin  NULL unquantified"}},
	// "and dozens were": a subject and its verb are another clause
	{"£10,000 in cash was seized and dozens were safeguarded", []string{"cash_seized/ gbp 10000 exact"}},
	// a word after the number that says what was done names the figure; it takes no object from a sibling
	{"executed 12 warrants, made 11 arrests", []string{"warrants/ count 12 exact", "arrests/ people 11 exact"}},
	// a part of another kind than its total is a figure of its own
	{"17 weapons such as knives and bats and six vehicles were seized along with 35 phones", []string{"weapons_seized/ count 17 exact", "vehicles_seized/ count 6 exact", "mobile_phones_seized/ count 35 exact"}},
	{"54 weapons including knives were seized, along with Class A drugs worth £5,000", []string{"weapons_seized/ count 54 exact", "drugs_seized/class_a gbp 5000 exact"}},
	// a value said of a verb's subject that opens its own list member is its own
	{"which saw watches to the value of £8,000 seized, cash seized to the value of £2,500", []string{"assets_seized/watch gbp 8000 exact", "cash_seized/ gbp 2500 exact"}},
	{"3kg of cannabis and 1kg of cocaine were seized with a value of £40,000", []string{"drugs_seized/cannabis g 3000 exact", "drugs_seized/cocaine g 1000 exact", "drugs_seized/ gbp 40000 exact"}},
	// a sum after "and" is the next noun's, not the value of the nouns before: "drugs and £16,000 in cash"
	{"officers seized £150,000 of Class A and B drugs and £16,000 in cash", []string{"drugs_seized/ gbp 150000 exact", "cash_seized/ gbp 16000 exact"}},
	{"£50,000 in cash and drugs worth £20,000", []string{"cash_seized/ gbp 50000 exact", "drugs_seized/ gbp 20000 exact"}},
	// a figure with no verb takes the verb of the nearest sibling before it that has one
	{"arrested 31 people and safeguarded 14 children and 8 adults", []string{"arrests/ people 31 exact", "safeguarded_juvenile/ people 14 exact", "safeguarded_adult/ people 8 exact"}},
	// words: phones of county lines operations are deal line phones; funds are cash; a line is its phone number; contacted, referred vulnerable people, following
	{"two mobile phones associated with county lines operations were confiscated", []string{"deal_line_phones_seized/ count 2 exact"}},
	{"over £9,000 in suspected illicit funds", []string{"cash_seized/ gbp 9000 more_than"}},
	{"74 county line phone numbers have so far been shut down", []string{"lines_closed/ count 74 exact"}},
	{"1,290 vulnerable people were contacted for safeguarding purposes", []string{"safeguarded/ people 1290 exact"}},
	{"Officers referred three vulnerable people to safeguarding services", []string{"safeguarding_referrals/ people 3 exact"}},
	{"9 vulnerable adults were spoken to following welfare checks", []string{"safeguarded_adult/ people 9 exact"}},
	// items named with no number as a clause's subject, with their verb, in a sentence that gives figures
	{"In total, 20 people were arrested, and large quantities of heroin and cannabis were seized, as well as 12 phones", []string{"arrests/ people 20 exact", "drugs_seized/heroin  NULL unquantified", "drugs_seized/cannabis  NULL unquantified", "mobile_phones_seized/ count 12 exact"}},
	{"Class A drugs and knives were taken off the street as officers made 16 arrests", []string{"drugs_seized/class_a  NULL unquantified", "weapons_seized/knife count NULL unquantified", "arrests/ people 16 exact"}},
	{"14 weapons including knives and machetes were seized, along with 3 phones", []string{"weapons_seized/ count 14 exact", "mobile_phones_seized/ count 3 exact"}}, // parts of a group figure add nothing
	{"Cocaine seized: 2kg", []string{"drugs_seized/cocaine g 2000 exact"}}, // a label, not a clause
	// a verb and a noun of other metrics after the figure's own open another clause
	{"arrested 49 people and made safeguarding visits to 42 vulnerable people", []string{"arrests/ people 49 exact", "safeguarded/ people 42 exact"}},
	{"made 11 arrests, safeguarded 12 vulnerable people and seized 2kg of cocaine", []string{"arrests/ people 11 exact", "safeguarded/ people 12 exact", "drugs_seized/cocaine g 2000 exact"}},
	// a sum of money, a comma, then a noun of another kind: its own
	{"recovered almost £150,000 in cash, various offensive weapons and around 5kg of heroin", []string{"cash_seized/ gbp 150000 less_than", "drugs_seized/heroin g 5000 approximately", "weapons_seized/ count NULL unquantified"}},
	{"more than £2,000 in cash and assets", nil}, // one figure for two kinds
	// a comma and a verb in -ing: a clause of its own (by the rules above)
	{"Officers carried out 24 school visits, giving young people the information they need", []string{"schools_visited/ count 24 exact"}},
	// nouns nobody taught us go on the list after the figure's noun: what it counts is not known
	{"Police engaged with 450 school children, football supporters and train passengers", nil},
	{"45 arrests, Kent Police said", []string{"arrests/ people 45 exact"}}, // no list goes on after the comma
	// the words after a list that say what was done are said of each figure of it
	{"Officers spoke to three children and five adults at risk of exploitation", []string{"safeguarded_juvenile/ people 3 exact", "safeguarded_adult/ people 5 exact"}},
	{"Officers spoke to 300 children and 20 teachers", []string{"children_engaged/ people 300 exact"}}, // no such words: as before
	// a relative clause or link after a count may name a metric narrowed by its modifier
	{"officers carried out 62 safe and well checks on vulnerable people who may be susceptible to cuckooing", []string{"cuckooed_addresses_visited/ count 62 exact"}},
	{"arrested 12 people suspected of exploiting children", []string{"arrests/ people 12 exact"}}, // people are not narrowed so
	// a word of quantity opens a list member of its own
	{"officers recovered 31 phones, three laptops, numerous knives", []string{"mobile_phones_seized/ count 31 exact", "assets_seized/electronics count 3 exact", "weapons_seized/knife count NULL unquantified"}},
	// what was said opens a clause
	{"Officers said crack cocaine, heroin and 12 MDMA pills were found", []string{"drugs_seized/crack_cocaine  NULL unquantified", "drugs_seized/heroin  NULL unquantified", "drugs_seized/mdma tablets 12 exact"}},
	// words: protection, care and support
	{"officers provided protection for 9 individuals", []string{"safeguarded/ people 9 exact"}},
	{"8 people received care and support", []string{"safeguarded/ people 8 exact"}},
	{"In total, we made 11 arrests, safeguarded several vulnerable people and seized drugs", []string{"arrests/ people 11 exact", "drugs_seized/  NULL unquantified"}},
	{"recovered £15,000 in cash, offensive weapons and 2kg of heroin", []string{"cash_seized/ gbp 15000 exact", "drugs_seized/heroin g 2000 exact", "weapons_seized/ count NULL unquantified"}},
	{"Officers carried out 30 school visits, giving young people and teachers advice", []string{"schools_visited/ count 30 exact"}},
	{"Police said heroin and cocaine were seized as 5 people were arrested", []string{"drugs_seized/heroin  NULL unquantified", "drugs_seized/cocaine  NULL unquantified", "arrests/ people 5 exact"}},
	// people and things are counted whole
	{"1.5 arrests", nil},
	{"¼ line closed", nil},
	{"2.5kg of cocaine", []string{"drugs_seized/cocaine g 2500 exact"}},
	// a breakdown by sex then age, or age then sex: a part takes the
	// word of sex or age its total says and it does not ("adults" of
	// males are adult males); a part the catalogue has no figure for
	// (boys under 18: a part of the juveniles) stays a message
	{"Safeguarded: 90 males (50 adults, 40 under 18)", []string{"safeguarded_adult_male/ people 50 exact"}},
	{"70 females were safeguarded, 45 of them adults", []string{"safeguarded_adult_female/ people 45 exact"}},
	{"officers safeguarded 66 males – 38 adults and 28 children", []string{"safeguarded_adult_male/ people 38 exact"}},
	{"57 vulnerable adults were safeguarded (31 male, 26 female)", []string{"safeguarded_adult/ people 57 exact", "safeguarded_adult_male/ people 31 exact", "safeguarded_adult_female/ people 26 exact"}},
	{"safeguarded 40 adults, 22 of them women", []string{"safeguarded_adult/ people 40 exact", "safeguarded_adult_female/ people 22 exact"}},
	{"35 females safeguarded (35 under 18)", nil},                                                           // girls: a part of the juveniles
	{"60 women were safeguarded, 20 of them adults", []string{"safeguarded_adult_female/ people 60 exact"}}, // women are adults: the part is the total again
	{"45 men were arrested, 12 of them under 18", []string{"arrests_male/ people 45 exact"}},                // boys under 18: a part of the under 18s
	// a noun left out and understood: a number and a word that describes,
	// before "and" and the next figure, count the next figure's noun, as
	// its base item, never with its modifier
	{"police seized one real and three imitation firearms", []string{"weapons_seized/firearm count 1 exact", "weapons_seized/imitation_firearm count 3 exact"}},
	{"two genuine and five replica handguns were recovered", []string{"weapons_seized/firearm count 2 exact", "weapons_seized/imitation_firearm count 5 exact"}},
	{"recovered one imitation and two real firearms", []string{"weapons_seized/imitation_firearm count 1 exact", "weapons_seized/firearm count 2 exact"}},
	{"19 knives, one real and one imitation firearm were seized", []string{"weapons_seized/knife count 19 exact", "weapons_seized/firearm count 1 exact", "weapons_seized/imitation_firearm count 1 exact"}}, // not a knife
	{"Seized: 11 knives, one real and one imitation firearm", []string{"weapons_seized/knife count 11 exact", "weapons_seized/firearm count 1 exact", "weapons_seized/imitation_firearm count 1 exact"}},
	{"9 knives, one real and one imitation firearm", []string{"weapons_seized/knife count 9 exact", "weapons_seized/firearm count 1 exact", "weapons_seized/imitation_firearm count 1 exact"}},
	{"found two real and six BB guns", []string{"weapons_seized/firearm count 2 exact", "weapons_seized/imitation_firearm count 6 exact"}},
	{"one large and two small bags of cannabis", nil}, // bags: no unit of the catalogue
	// descriptive words of growth: what stage plants are at says nothing of the figure
	{"officers seized 85 cannabis plants at different growth stages", []string{"drugs_seized/cannabis plants 85 exact"}},
	{"250 cannabis plants of varying growth stages were recovered", []string{"drugs_seized/cannabis plants 250 exact"}},
	{"120 cannabis plants in varying stages of growth were seized", []string{"drugs_seized/cannabis plants 120 exact"}},
	{"around 60 cannabis plants of varying maturity", nil}, // nobody taught "maturity"
	// boys, girls and youths arrested are under 18; a sex beside an age
	// below 18 does not leave the arrests of under 18s (found.csv round five)
	{"officers arrested nine men, four women, and three boys", []string{"arrests_male/ people 9 exact", "arrests_female/ people 4 exact", "arrests_under_18/ people 3 exact"}},
	{"one male youth was arrested", []string{"arrests_under_18/ people 1 exact"}},
	{"two males under 18 were arrested", []string{"arrests_under_18/ people 2 exact"}},
	{"14 boys were safeguarded", nil}, // boys only: no safeguarding metric splits children by sex
	// two figures of one list that read as one metric are parts of it
	// the catalogue does not split: neither is read
	{"14 boys and 9 girls were arrested", nil},
	{"arrested 20 people, including 3 boys and 2 girls", []string{"arrests/ people 20 exact"}},
	// a part "of those arrested": the verb after "of those" names the
	// group the part is drawn from, the verb after the auxiliary what it
	// counts (found.csv round five)
	{"Four of those arrested have been charged", []string{"charged/ people 4 exact"}},
	{"Four of those arrested during the operation have been charged", []string{"charged/ people 4 exact"}},
	{"45 people were arrested, of whom 12 were charged", []string{"arrests/ people 45 exact", "charged/ people 12 exact"}},
	// a thing named with an article after a preposition of place is a
	// place, and a figure's words end before "at the", "from an"
	{"a child was safeguarded at a cuckooed address", []string{"safeguarded_juvenile/ people 1 exact"}},
	{"officers seized approx. £3,200 cash from the address", []string{"cash_seized/ gbp 3200 approximately"}},
	{"80 wraps of heroin were found at the property", []string{"drugs_seized/heroin wraps 80 exact"}},
	{"35 stop and searches were completed, and of those 5 individuals were from the London area, Birmingham or out of County", []string{"stop_searches/ count 35 exact", "stop_searches_out_of_area/ people 5 exact"}}, // the seed release: "were from" says who they were
	// men and women together are adults of both sexes
	{"97 men and women were safeguarded", []string{"safeguarded_adult/ people 97 exact"}},
	{"officers safeguarded 40 males and females at risk of exploitation", []string{"safeguarded_adult/ people 40 exact"}},
	// phones said to be tied to "drug dealing lines" are deal line phones
	{"Four phones were seized that are believed to be connected to drug dealing lines", []string{"deal_line_phones_seized/ count 4 exact"}},
	// a describing word that opens a two-word phrase stands alone when the
	// phrase from the next word reaches further: "illegal" + "drug
	// dealing line", never "illegal drug" + "dealing line handsets"
	// (the composition law found it)
	{"officers seized 12 illegal drug dealing line handsets", []string{"deal_line_phones_seized/ count 12 exact"}},
	// a value said "with" a list of measured drugs is of them all; of
	// one drug, or after a sum of cash, it is the last one's
	{"131 grams of crack cocaine and 74 grams of heroin with an estimated value of £19,800", []string{"drugs_seized/crack_cocaine g 131 exact", "drugs_seized/heroin g 74 exact", "drugs_seized/ gbp 19800 approximately"}},
	{"seized 2kg of cannabis with a street value of £20,000", []string{"drugs_seized/cannabis g 2000 exact", "drugs_seized/cannabis gbp 20000 exact"}},
	{"£5,000 in cash and 2kg of cannabis with a street value of £20,000", []string{"cash_seized/ gbp 5000 exact", "drugs_seized/cannabis g 2000 exact", "drugs_seized/cannabis gbp 20000 exact"}},
	// people engaged, whom a relative clause says were at risk: safeguarding
	{"officers engaged with 11 children who had been identified as being at risk of being exploited", []string{"safeguarded_juvenile/ people 11 exact"}},
	{"officers engaged with 300 children who attended the event", []string{"children_engaged/ people 300 exact"}},
	// "uplifted": seized, in police words; "thanks to" ties a figure to
	// its cause; a spear is another weapon (found.csv round six)
	{"six vehicles were also uplifted", []string{"vehicles_seized/ count 6 exact"}},
	{"officers uplifted 14 phones", []string{"mobile_phones_seized/ count 14 exact"}},
	{"Police closed down 12 county lines thanks to two weeks of activity", []string{"lines_closed/ count 12 exact"}},
	{"two firearms, a knuckle duster and a spear", []string{"weapons_seized/firearm count 2 exact", "weapons_seized/knuckle_duster count 1 exact", "weapons_seized/other_weapon count 1 exact"}},
	// a fraction of a scale in words
	{"almost a quarter of a million pounds worth of drugs were seized", []string{"drugs_seized/ gbp 250000 less_than"}},
	{"a quarter of a kilo of cocaine was seized", nil}, // a part of a unit: said, not read
	// everyday words around a figure that say nothing of it
	{"In the latest crackdown 598 men were arrested", []string{"arrests_male/ people 598 exact"}},
	{"11 of them have now been charged", []string{"charged/ people 11 exact"}},
	{"more than 8 kilos of cannabis bud", []string{"drugs_seized/cannabis g 8000 more_than"}},
	{"cocaine worth an estimated £65,000 and more than 8 kilos of cannabis bud", []string{"drugs_seized/cocaine gbp 65000 approximately", "drugs_seized/cannabis g 8000 more_than"}},

	// words met reading release sentences (none from the phrasebook)
	{"officers seized 40 mature cannabis plants", []string{"drugs_seized/cannabis plants 40 exact"}},
	{"officers seized 2kg of powdered cocaine", []string{"drugs_seized/cocaine g 2000 exact"}},
	{"12 phones used as deal lines were seized", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"12 phones being used as deal lines were seized", []string{"deal_line_phones_seized/ count 12 exact"}},
	{"drugs estimated at £20,000 were seized", []string{"drugs_seized/ gbp 20000 approximately"}},
	{"36 knives were taken out of circulation", []string{"weapons_seized/knife count 36 exact"}},
	{"seven public engagement events were held", []string{"engagement_events/ count 7 exact"}},
	{"nearly 1,500 suspected drug traffickers have been arrested", []string{"arrests/ people 1500 less_than"}},
	{"36 knives were taken out", nil}, // taken out: a line's word, not a knife's
	{"12 people were used as runners", nil},
}

// headingCorpus: a figure read under a heading that completes it.
var headingCorpus = []struct {
	text, heading string
	want          []string
}{
	{"2kg", "Cocaine", []string{"drugs_seized/cocaine g 2000 exact"}},
	{"2kg", "Drugs seized", []string{"drugs_seized/ g 2000 exact"}},
	{"2kg of heroin", "Cocaine", []string{"drugs_seized/heroin g 2000 exact"}}, // its own words win
	{"12", "Knives", []string{"weapons_seized/knife count 12 exact"}},
	{"Under 18: 7", "Arrests", []string{"arrests_under_18/ people 7 exact"}},
	{"£5,000", "Cash seized", []string{"cash_seized/ gbp 5000 exact"}},
	{"2kg seized, all of it cocaine", "", nil}, // the item only after the figure's words
	{"Arrests: 12", "Previous week", nil},      // a heading's period is another column
	{"12 arrests", "Year to date", nil},
	// probe7 W4: an aside in brackets after the figure that changes the
	// item is read with it, never dropped: a replica gun is no firearm
	{"2 knives, 1 firearm (replica)", "Weapons seized", []string{"weapons_seized/knife count 2 exact", "weapons_seized/imitation_firearm count 1 exact"}},
	{"2 knives, 1 firearm (imitation)", "Weapons seized", []string{"weapons_seized/knife count 2 exact", "weapons_seized/imitation_firearm count 1 exact"}},
	{"1 firearm (replica)", "Weapons seized", []string{"weapons_seized/imitation_firearm count 1 exact"}},
	{"1 (imitation)", "Firearms", nil}, // "1 imitation" under "Firearms" is not read as imitation firearms: a message
	{"1 (BB gun)", "Firearms", []string{"weapons_seized/imitation_firearm count 1 exact"}},
	{"2 (air)", "Firearms", nil},
	{"1 firearm (blank firing)", "Weapons seized", []string{"weapons_seized/imitation_firearm count 1 exact"}},
	// a word in brackets the catalogue has no item for, or that changes
	// the figure, is never dropped: no fact, a message names it
	{"1 firearm (deactivated)", "Weapons seized", nil},
	{"2 knives, 1 firearm (deactivated)", "Weapons seized", []string{"weapons_seized/knife count 2 exact"}},
	{"2 knives (found in a bag)", "Weapons seized", []string{"weapons_seized/knife count 2 exact"}},
	{"1 firearm (toy)", "Weapons seized", []string{"weapons_seized/imitation_firearm count 1 exact"}},
	{"1 firearm (air)", "Weapons seized", []string{"weapons_seized/air_weapon count 1 exact"}},
	{"3 knives (toy)", "Weapons seized", nil}, // no toy knife in the catalogue: a message, never 3 knives
	{"3 (see note)", "Firearms", nil},
}
