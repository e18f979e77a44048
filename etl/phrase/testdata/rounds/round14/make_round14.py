#!/usr/bin/env python3
"""Round 14: real county lines wording, labelled by hand (collector, 28 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round14_figure.csv
it is written as is (what the figure IS); in round14_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).
"""
import csv, sys

COLS = ['id', 'week', 'source_force', 'phrase', 'metric_code', 'item_code',
        'unit', 'value', 'qualifier', 'note', 'source_url']


def F(metric, item, unit, value, qual='exact', note='', scope=None):
    return dict(metric=metric, item=item, unit=unit, value=value, qual=qual,
                note=note, scope=scope)


def N(value, qual='exact', note=''):
    return dict(metric='NONE', item='', unit='', value=value, qual=qual,
                note='NONE: ' + note, scope=None)


def U(metric, item='', note='', scope=None):
    return F(metric, item, '', 'NULL', 'unquantified', note, scope)


U1 = 'https://www.rocu.police.uk/news/2024/december/national-results-from-county-lines-intensification-week-published/'
U2 = 'https://www.itv.com/news/london/2023-03-09/uncovered-weapons-and-drugs-stash-after-county-lines-gang-blitz'
U3 = 'https://www.romfordrecorder.co.uk/news/crime/national-crackdown-on-county-lines-8430004'
U4 = 'https://www.essexnewsandinvestigations.com/single-post/county-lines-crackdown-more-than-quarter-of-1-000-arrested-across-country-were-in-london'
U5 = 'https://itv.com/news/london/2022-10-13/more-than-230-arrested-in-county-lines-crackdown-by-metropolitan-police'
U6 = 'https://www.penarthtimes.co.uk/news/19334937.police-forces-south-wales-amplify-county-line-efforts/?ref=rss'
U7 = 'https://purewestradio.com/pembrokeshire-news/posts/2022/march/week-of-action-targets-criminals-and-educates-communities-to-spot-the-signs'
U8 = 'https://theisleofthanetnews.com/2024/03/15/arrests-cash-seized-and-drug-supply-lines-disrupted-in-county-lines-crackdown/'
U9 = 'https://www.expressandstar.com/news/crime/2024/03/16/railway-action-against-county-lines-results-in-62-arrests-weapons-and-cash-seizures/'
U10 = 'https://www.mkcommunityhub.com/post/week-of-action-to-tackle-county-lines-drug-dealing-thames-valley'
U11 = 'http://www.buckinghamtoday.co.uk/news/people/thames-valley-police-make-46-arrests-and-seize-ps37000-during-drug-dealing-crackdown-3889551'
U12 = 'https://www.falmouthpacket.co.uk/news/18748617.children-saved-county-lines-drugs-bust-cornwall-devon/'
U13 = 'https://itv.com/news/westcountry/2022-10-13/cash-weapons-and-drugs-seized-as-43-arrested-in-county-lines-crackdown'
U14 = 'https://honorok.com/news/articles/cqx8w4ld2llo'
U15 = 'https://www.bexhillobserver.net/news/crime/27-people-arrested-drugs-cash-and-weapons-seized-in-sussex-police-crackdown-on-county-lines-drug-trafficking-3253005'
U16 = 'https://feeds.bbci.co.uk/news/articles/crmnz9p2jw0o'
U17 = 'https://theeyeofmedia.com/west-yorkshire-police-seizes-620k-of-class-a-drugs'
U18 = 'https://www.gmp.police.uk/news/greater-manchester/news/news/2022/october/county-lines-intensification-period/'
U19 = 'https://hellorayo.co.uk/greatest-hits/north-east/news/north-east-county-lines-arrests'
U20 = 'https://www.hellorayo.co.uk/greatest-hits/north-east/news/north-east-drug-arrests'
U21 = 'https://hellorayo.co.uk/greatest-hits/bristol/news/eighteen-arrested-across-avon-and-somerset-drugs'
U22 = 'https://www.burnham-on-sea.com/news/13-arrests-and-more-than-180000-of-drugs-seized-in-police-operation-across-region/'
U23 = 'https://burnham-on-sea.com/news/42-arrested-in-week-of-action-tackling-drug-dealing-criminals-in-avon-and-somerset'
U24 = 'https://www.avonandsomerset.police.uk/news/2024/12/17-arrests-in-crackdown-on-exploitation-during-county-lines-operation/'
U25 = 'https://www.hartlepoolmail.co.uk/news/crime/-2984434'
U26 = 'https://www.rocu.police.uk/news/2025/april/more-than-200-arrests-and-over-60-deal-lines-shutdown/'
U27 = 'https://www.gloucestershire-pcc.gov.uk/operation-scorpions-message-to-drug-dealers/'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. ROCU national round-up, November-December 2024: the East Midlands' section (EMSOU)
add(U1, '2024-11', 'EMSOU',
    ('110 arrests,', [F('arrests', '', 'people', 110)]),
    ('£38,000+ in cash seized*', [F('cash_seized', '', 'gbp', 38000, 'at_least', '£38,000+: at least')]),
    ('15 deal lines closed', [F('lines_closed', '', 'count', 15)]),
    ('Over 277,000 people spoken to through mass engagement events,',
     [N(277000, 'more_than', 'people of all ages spoken to at events: no metric (not children, not events)')]),
    ('Five further referrals,', [N(5, 'exact', 'referrals of no stated kind (NRM or safeguarding): ambiguous')]),
    ('67 cuckoo visits.', [F('cuckooed_addresses_visited', '', 'count', 67)]),
)

# 2. ITV London, the Met, February-March 2023
add(U2, '2023-02', 'metropolitan',
    ('Met Police officers made more than 200 arrests and seized over one million pounds worth of drugs during a week-long crackdown on County Lines gangs.',
     [F('arrests', '', 'people', 200, 'more_than'),
      F('drugs_seized', '', 'gbp', 1000000, 'more_than', 'one million pounds in words; drugs of no named kind: all items')]),
    ('County lines is intrinsically linked to homicide and serious violence and 80 per cent of county lines offenders charged with drug trafficking this year have previously been arrested for violence.',
     [N(80, 'exact', 'a percentage of offenders charged this year')]),
    ('The 222 arrests also led to:', [F('arrests', '', 'people', 222)]),
    ('105 people charged with a total of 223 charges;',
     [F('charged', '', 'people', 105), F('charges', '', 'count', 223)]),
    ('150 drug trafficking charges', [N(150, 'exact', 'drug trafficking charges: a part of the charges (as f740)')]),
    ('131 Class A and B drug charges', [N(131, 'exact', 'Class A and B drug charges: a part of the charges; class words are not a seizure')]),
    ('177 vulnerable people safeguarded', [F('safeguarded', '', 'people', 177)]),
    ('77 lines being closed.', [F('lines_closed', '', 'count', 77)]),
)

# 3. Romford Recorder, the Met, October 2021
add(U3, '2021-10', 'metropolitan',
    ('Across the country the police seized 5kg of class A drugs including 667 wraps.',
     [F('drugs_seized', 'class_a', 'g', 5000, 'exact', 'photo caption; the body gives the same figures as the Met\'s',
        scope=('national', '"Across the country": the caption puts it nationally')),
      F('drugs_seized', 'class_a', 'wraps', 667, 'exact', 'a numbered part of the class A',
        scope=('national', '"Across the country": the caption puts it nationally'))]),
    ('Four hundred people have been arrested after a county lines week of action with the Met Police.',
     [F('arrests', '', 'people', 400, 'exact', 'number in words')]),
    ('From October 11 to 17, the national country lines intensification saw hundreds of officers come together and more than 120 vulnerable adults and children safeguarded.',
     [F('safeguarded', '', 'people', 120, 'more_than', 'adults and children together; "country lines": sic; October 11 to 17 are dates')]),
    ('They also said they seized 5kg of class A drugs, including 667 wraps; two firearms, one imitation and one unconfirmed; 17 knives, including a hammer knife and a machete; nine offensive weapons and two knuckle dusters.',
     [F('drugs_seized', 'class_a', 'g', 5000),
      F('drugs_seized', 'class_a', 'wraps', 667, 'exact', 'a numbered part of the class A'),
      F('weapons_seized', 'firearm', 'count', 2, 'exact', 'two firearms, one of them imitation, one unconfirmed'),
      F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', 'a numbered part of the two firearms'),
      F('weapons_seized', 'knife', 'count', 17),
      F('weapons_seized', 'machete', 'count', 1, 'exact', 'a numbered part of the 17 knives; the hammer knife is a knife inside the 17: no fact of its own'),
      F('weapons_seized', 'other_weapon', 'count', 9, 'exact', 'offensive weapons'),
      F('weapons_seized', 'knuckle_duster', 'count', 2)]),
    ('Additionally, officers said they recovered more than £130,000 in cash, €450,000 in euros, £100,000 in criminal assets and 45 vehicles.',
     [F('cash_seized', '', 'gbp', 130000, 'more_than'),
      F('cash_seized', '', 'eur', 450000, 'exact', 'euros (as f747); the hedge stands before the first number only'),
      F('assets_seized', '', 'gbp', 100000, 'exact', 'criminal assets of no named kind: all items'),
      F('vehicles_seized', '', 'count', 45)]),
    ('As part of the operation, 19 men were arrested in dawn raids in Tower Hamlets.',
     [F('arrests_male', '', 'people', 19, scope=('part', 'one borough of the Met (Tower Hamlets)'))]),
    ('Its creation led to teams across the force rescuing over 500 people from exploitation, closing close to 600 country lines, arresting more than 1,000 alleged county lines line holders and associates and charging over 1,700 people for a range of offences including supply, modern slavery and weapon possession.',
     [F('safeguarded', '', 'people', 500, 'more_than', 'rescued from exploitation', scope=('period', 'since Operation Orochi began in November 2019')),
      F('lines_closed', '', 'count', 600, 'less_than', '"close to": taken as nearly (doubtful: could be approximately); "country lines": sic', scope=('period', 'since November 2019')),
      F('arrests', '', 'people', 1000, 'more_than', 'line holders and associates arrested', scope=('period', 'since November 2019')),
      F('charged', '', 'people', 1700, 'more_than', '', scope=('period', 'since November 2019'))]),
)

# 4. Essex News and Investigations, the Met, September 2020
add(U4, '2020-09', 'metropolitan',
    ("MORE than a quarter of the around 1,000 people arrested during the country's biggest ever crackdown on county lines drug dealing were detained by the Met Police, the force has revealed.",
     [N(0.25, 'more_than', 'a quarter: a share of the national arrests'),
      F('arrests', '', 'people', 1000, 'approximately', 'the national total', scope=('national', 'the country\'s arrests'))]),
    ('Police in London arrested 255 people as part of the crackdown from Monday September 14 to Sunday, September 20.',
     [F('arrests', '', 'people', 255, 'exact', '"in London" in the Met\'s release: kept as the force\'s (as f070, f201)')]),
    ('During the series of raids across the capital 60 weapons were seized, including 40 knives, five firearms, and two machetes, and more than £45,000 cash was seized.',
     [F('weapons_seized', '', 'count', 60),
      F('weapons_seized', 'knife', 'count', 40),
      F('weapons_seized', 'firearm', 'count', 5),
      F('weapons_seized', 'machete', 'count', 2),
      F('cash_seized', '', 'gbp', 45000, 'more_than', '"across the capital": the Met\'s whole area')]),
    ('Drugs worth more than £120,000 were seized including £60,000 of prescription medicine, £21,000 of cocaine and £40,000 of heroin.',
     [F('drugs_seized', '', 'gbp', 120000, 'more_than', 'all items'),
      F('drugs_seized', 'other_drug', 'gbp', 60000, 'exact', 'prescription medicine'),
      F('drugs_seized', 'cocaine', 'gbp', 21000),
      F('drugs_seized', 'heroin', 'gbp', 40000)]),
    ('Two thirds of all lines stem from London with around 15 per cent each from Merseyside and the West Midlands.',
     [N(0.667, 'exact', 'two thirds: a share of all lines'),
      N(15, 'approximately', 'a percentage of lines')]),
    ('During the week 85 vulnerable adults and children were made safe after 24 cuckooed addresses were visited.',
     [F('safeguarded', '', 'people', 85, 'exact', 'adults and children together, made safe'),
      F('cuckooed_addresses_visited', '', 'count', 24)]),
    ('There were 11 referrals to a process called the National Referral Mechanism (NRM), which assesses individuals as potential victims of human trafficking/modern slavery.',
     [F('nrm_referrals', '', 'people', 11)]),
    ('Throughout the week Met officers closed a total of 23 active county lines phone lines – the highest number of lines ever closed in a week in London.',
     [F('lines_closed', '', 'count', 23)]),
)

# 5. ITV London, the Met, October 2022
add(U5, '2022-10', 'metropolitan',
    ('More than 230 people have been arrested after a week-long Metropolitan Police crackdown on county lines.',
     [F('arrests', '', 'people', 230, 'more_than')]),
    ('The special week of action which ran from Monday 3 October to Sunday 9 October, took more than £4m worth of suspected Class A drugs off the streets.',
     [F('drugs_seized', 'class_a', 'gbp', 4000000, 'more_than', '£4m; "took ... off the streets": seized')]),
    ('As a result of the crackdown, 249 children and vulnerable adults were also safeguarded and 70 lines were closed in total.',
     [F('safeguarded', '', 'people', 249, 'exact', 'children and adults together'),
      F('lines_closed', '', 'count', 70)]),
)

# 6. Penarth Times, South Wales, May 2021
add(U6, '2021-05', 'south_wales',
    ("A UK-WIDE crackdown on 'county lines' drugs gangs has resulted in 32 arrests in South Wales, as well as thousands of pounds worth of drugs and cash seized.",
     [F('arrests', '', 'people', 32, 'exact', '"in South Wales": taken as South Wales Police\'s area (doubtful: could be southern Wales, Tarian)'),
      U('drugs_seized', '', 'thousands of pounds worth of drugs and cash: no number'),
      U('cash_seized', '', 'no number')]),
    ('32 arrests.', [F('arrests', '', 'people', 32)]),
    ('Four drugs lines taken out.', [F('lines_closed', '', 'count', 4, 'exact', 'lines taken out: closed')]),
    ('More than £179,000 worth of drugs seized, including 1.5kg of heroin.',
     [F('drugs_seized', '', 'gbp', 179000, 'more_than', 'all items'),
      F('drugs_seized', 'heroin', 'g', 1500)]),
    ('More than £23,000 in cash seized.', [F('cash_seized', '', 'gbp', 23000, 'more_than')]),
    ('As part of this national crackdown throughout the UK there were 1,100 arrests made, 33 guns and 219 knives seized, and 80 drug dealing phone lines identified.',
     [F('arrests', '', 'people', 1100, 'exact', '', scope=('national', 'the UK\'s figures in a force\'s text')),
      F('weapons_seized', 'firearm', 'count', 33, 'exact', 'guns', scope=('national', 'the UK\'s figures')),
      F('weapons_seized', 'knife', 'count', 219, 'exact', '', scope=('national', 'the UK\'s figures')),
      N(80, 'exact', 'phone lines identified, not said to be closed; and the UK\'s')]),
)

# 7. Pure West Radio, Dyfed-Powys, March 2022
add(U7, '2022-03', 'dyfed_powys',
    ('Dyfed-Powys Police marked County Lines Intensification Week (7-13 March) by nipping a fledgling drug operation in the bud, freeing a child from potential exploitation and educating 2,500 people about county lines.',
     [F('safeguarded_juvenile', '', 'people', 1, 'exact', 'a child freed from potential exploitation; 7-13 March are dates'),
      N(2500, 'exact', 'people of all ages educated (schoolchildren to hotel owners): not children engaged')]),
    ('In Temple Street, Llandrindod Wells, two men – one local and one from the West Midlands - were arrested following a drugs warrant, with suspicion they were hiding drugs inside their bodies.',
     [F('arrests_male', '', 'people', 2, 'exact', 'one warrant', scope=('part', 'one warrant at one street in one town')),
      N(1, 'exact', 'one local, one from the West Midlands: parts by origin of the two men'),
      N(1, 'exact', 'the other man of the two')]),
    ('One later produced a cling-film wrap that had been hidden in his anus, which contained 84 deals of heroin and crack cocaine.',
     [F('drugs_seized', '', 'wraps', 84, 'exact', 'deals of two drugs: all items', scope=('part', 'one man\'s wrap')),
      N(1, 'exact', 'one man; one cling-film wrap holding the deals')]),
    ('As part of the intensification week, a total of seven people were arrested for various drugs offences, 100 wraps of heroin and crack cocaine were seized, as well as £2,500 in cash and three mobile phones, which are due to be examined to establish if they are deal lines.',
     [F('arrests', '', 'people', 7),
      F('drugs_seized', '', 'wraps', 100, 'exact', 'two drugs in one figure: all items'),
      F('cash_seized', '', 'gbp', 2500),
      F('mobile_phones_seized', '', 'count', 3, 'exact', 'not yet known to be deal lines')]),
)

# 8. Isle of Thanet News, Kent, March 2024
add(U8, '2024-03', 'kent',
    ('Action across the county resulted in 45 arrests and more than £35,000 in cash seized.',
     [F('arrests', '', 'people', 45), F('cash_seized', '', 'gbp', 35000, 'more_than')]),
    ('More than 280 wraps of cocaine and 235 wraps of heroin were also taken off the streets leading to 21 ‘lines’ disrupted.',
     [F('drugs_seized', 'cocaine', 'wraps', 280, 'more_than'),
      F('drugs_seized', 'heroin', 'wraps', 235, 'exact', 'the hedge stands before the first number only'),
      F('lines_closed', '', 'count', 21, 'exact', 'lines disrupted (as f072)')]),
    ('During the action a warrant at an address in York Street, Ramsgate, which uncovered class A drugs, a baton, CDS spray and a knuckle duster.',
     [U('drugs_seized', 'class_a', '', scope=('part', 'one warrant at one address')),
      F('weapons_seized', 'bat', 'count', 1, 'exact', 'a baton', scope=('part', 'one address')),
      U('weapons_seized', 'cs_spray', 'CDS spray: sic (CS spray)', scope=('part', 'one address')),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', '', scope=('part', 'one address')),
      N(1, 'exact', 'one warrant at one address (a part)')]),
    ('Two people who were in the property were arrested on suspicion of drug offences and bailed pending further enquiries.',
     [F('arrests', '', 'people', 2, 'exact', '', scope=('part', 'one property'))]),
    ('Other activity included a warrant at an address in Tower Hill, Dover on 6 March where officers found several wraps of crack cocaine and heroin, cash and sim cards hidden within the packaging of a nappy bag on a child’s bed and on top of a wardrobe.',
     [U('drugs_seized', '', 'several wraps of two drugs: no number, all items', scope=('part', 'one address on one day')),
      U('cash_seized', '', '', scope=('part', 'one address on one day')),
      N(1, 'exact', 'one warrant at one address; 6 March is a date; sim cards are not phones')]),
    ('Three people were arrested on suspicion of drug offences and have been bailed pending further enquiries.',
     [F('arrests', '', 'people', 3, 'exact', 'the Dover warrant', scope=('part', 'one address'))]),
    ('Officers also made arrangements to safeguard the children who were also inside the property.',
     [U('safeguarded_juvenile', '', 'children with no number', scope=('part', 'one property'))]),
)

# 9. Express & Star, British Transport Police, March 2024
add(U9, '2024-03', 'british_transport_police',
    ('officers disrupted seven lines, carried out 62 arrests and seized nearly £4,500 during the operation on public transport networks across England, Scotland, and Wales.',
     [F('lines_closed', '', 'count', 7, 'exact', 'lines disrupted'),
      F('arrests', '', 'people', 62),
      F('cash_seized', '', 'gbp', 4500, 'less_than', 'a bare sum seized: cash (as f337)')]),
    ('Officers deployed at stations and on train routes made a total of 54 drug seizures, confiscated 36 weapons and 44 mobile phones used for drug supply.',
     [N(54, 'exact', 'seizure events, not a quantity'),
      F('weapons_seized', '', 'count', 36),
      F('deal_line_phones_seized', '', 'count', 44, 'exact', 'phones used for drug supply: deal line phones (as f106)')]),
    ('The week saw 10 people receive care and support interventions and taken away from the dangers of county lines.',
     [F('safeguarded', '', 'people', 10)]),
    ('We are particularly pleased to have secured two charges for Modern Slavery offences, as we are determined to arrest and convict offenders that put children at great risk, by involving them in County Lines.',
     [F('modern_slavery_charges', '', 'people', 2, 'exact', 'two charges, not said to be two people (doubtful)')]),
)

# 10. MK Community Hub, Thames Valley, October 2022
add(U10, '2022-10', 'thames_valley',
    ('A week of action by Thames Valley Police has led to 46 arrests, over £37,000 in cash being seized and identifying 22 people vulnerable to being targeted by County Lines drug dealers.',
     [F('arrests', '', 'people', 46), F('cash_seized', '', 'gbp', 37000, 'more_than'),
      F('safeguarded', '', 'people', 22, 'exact', 'people identified as vulnerable (as f995)')]),
    ('This led to 46 arrests of people who are connected to County Lines drug dealing, 68 stops of people and vehicles, and over 500 wraps of Class A drugs seized.',
     [F('arrests', '', 'people', 46), N(68, 'exact', 'people and vehicles stopped'),
      F('drugs_seized', 'class_a', 'wraps', 500, 'more_than')]),
    ('Additionally officers seized 81 phones linked to County Line drug dealing.',
     [F('deal_line_phones_seized', '', 'count', 81, 'exact', 'phones linked to county line dealing (as f106)')]),
    ('Officers also carried out 30 school visits to give young people and teachers the information they need to spot the signs that someone is being groomed by an organised crime group (OCG).',
     [F('schools_visited', '', 'count', 30, 'exact', 'school visits')]),
    ('Officers also visited 59 addresses where known “cuckooing” has taken place.',
     [F('cuckooed_addresses_visited', '', 'count', 59)]),
)

# 11. Buckingham Today, Thames Valley, October 2022 (same week, other wording)
add(U11, '2022-10', 'thames_valley',
    ('Thames Valley Police has announced it claimed 500 wraps of class A drugs and £37,000 in a week-long county lines operation.',
     [F('drugs_seized', 'class_a', 'wraps', 500, 'exact', '"claimed": seized'),
      F('cash_seized', '', 'gbp', 37000, 'exact', 'a bare sum: cash (the release says cash)')]),
    ('On Monday (17 October), the police force also identified 22 people who were being targeted by county lines drug dealers.',
     [F('safeguarded', '', 'people', 22, 'exact', 'identified as targeted; "On Monday (17 October)" is the day of the announcement, not a day of the week\'s work (doubtful for a strict reader)')]),
    ('46 arrests were made during the week of action', [F('arrests', '', 'people', 46)]),
    ('As well as 48 arrests, 68 drug checks were made and 81 phones believed to be used to make deals were confiscated.',
     [F('arrests', '', 'people', 48, 'exact', '48: the page says 46 elsewhere (sic?)'),
      N(68, 'exact', 'drug checks (stops of people and vehicles)'),
      F('deal_line_phones_seized', '', 'count', 81, 'exact', 'phones used to make deals')]),
    ('Police also visited 30 schools providing information on how to tell if someone is being groomed by an Organised Crime Group (OCG).',
     [F('schools_visited', '', 'count', 30)]),
)

# 12. Falmouth Packet, Devon and Cornwall, September 2020
add(U12, '2020-09', 'devon_and_cornwall',
    ('More than £5,000 worth of Class-A drugs and £7,000 in cash has been seized as a part of a week-long crackdown that also saw 60 people at risk of exploitation being protected - including three children.',
     [F('drugs_seized', 'class_a', 'gbp', 5000, 'more_than'),
      F('cash_seized', '', 'gbp', 7000, 'exact', 'the hedge stands before the first number only'),
      F('safeguarded', '', 'people', 60, 'exact', 'protected'),
      F('safeguarded_juvenile', '', 'people', 3)]),
    ('Arrested five people suspected to be involved in county lines.', [F('arrests', '', 'people', 5)]),
    ('Safeguarded 60 people who were at risk of, or actively being exploited by, a county line or other drugs group.',
     [F('safeguarded', '', 'people', 60)]),
    ('This includes three children.', [F('safeguarded_juvenile', '', 'people', 3, 'exact', 'the children among those safeguarded (the bullet before)')]),
    ('Identified at least two new county line groups operating in Devon and Cornwall.',
     [N(2, 'at_least', 'groups identified: no metric')]),
    ('Seized more than £5,000 worth of Class-A drugs and £7,000 in cash from county line suspects.',
     [F('drugs_seized', 'class_a', 'gbp', 5000, 'more_than'), F('cash_seized', '', 'gbp', 7000)]),
)

# 13. ITV West Country, Devon and Cornwall, October 2022
add(U13, '2022-10', 'devon_and_cornwall',
    ('More than 40 people have been arrested as part of a police crackdown on county lines drug dealing which also saw weapons and almost £11k in cash seized.',
     [F('arrests', '', 'people', 40, 'more_than'), U('weapons_seized', ''),
      F('cash_seized', '', 'gbp', 11000, 'less_than')]),
    ('Drugs with an estimated value of £35,000 were taken off the streets during the week-long operation.',
     [F('drugs_seized', '', 'gbp', 35000, 'approximately', 'estimated; all items')]),
    ('Police in Devon and Cornwall said it has safeguarded 68 people.', [F('safeguarded', '', 'people', 68)]),
    ('A national week of action has just taken place and 43 people were arrested in Devon and Cornwall.',
     [F('arrests', '', 'people', 43)]),
)

# 14. BBC (copy), Devon and Cornwall, November-December 2024
add(U14, '2024-11', 'devon_and_cornwall',
    ('Police have arrested 26 people and seized more than £200,000 worth of drugs during a week targeting criminal gangs bringing supplies into the South West.',
     [F('arrests', '', 'people', 26), F('drugs_seized', '', 'gbp', 200000, 'more_than', 'all items')]),
    ('On Sunday, a police dog sniffed out potential offenders at Torquay Station, leading to two arrests.',
     [F('arrests', '', 'people', 2, 'exact', '', scope=('part', 'one day at one station'))]),
    ('Officers said one was arrested on suspicion of the supply of drugs and one for possession of a lock knife.',
     [F('arrests', '', 'people', 1, 'exact', 'one of the two', scope=('part', 'one day at one station')),
      F('arrests', '', 'people', 1, 'exact', 'the other of the two', scope=('part', 'one day at one station')),
      N(1, 'exact', 'a lock knife in an offence, not said to be seized')]),
    ('It said officers visited 28 suspected cuckooing addresses, including 16 linked to receiving parcels containing drugs.',
     [F('cuckooed_addresses_visited', '', 'count', 28),
      N(16, 'exact', 'a part of the addresses (linked to parcels): no item')]),
    ('About £11,000 in cash was also seized, said the force.', [F('cash_seized', '', 'gbp', 11000, 'approximately')]),
)

# 15. Bexhill Observer, Sussex, May 2021
add(U15, '2021-05', 'sussex',
    ('County line drug dealing continues to be a threat, with currently 36 county lines active across Sussex.',
     [N(36, 'exact', 'lines active, not closed')]),
    ('Drugs seized when three men were arrested at an address in Montepelier Road, Hove.',
     [F('arrests_male', '', 'people', 3, 'exact', 'photo caption; "Montepelier": sic', scope=('part', 'one address'))]),
    ('• Proactive targeting of drug related activity, resulting in 27 arrests, seizure of drugs with an estimated street value of at least £66,000, £10,000 cash, 16 mobile phones and four weapons including a machete and a knuckleduster.',
     [F('arrests', '', 'people', 27),
      F('drugs_seized', '', 'gbp', 66000, 'at_least', '"estimated ... at least": at least stands before the number'),
      F('cash_seized', '', 'gbp', 10000), F('mobile_phones_seized', '', 'count', 16),
      F('weapons_seized', '', 'count', 4),
      F('weapons_seized', 'machete', 'count', 1), F('weapons_seized', 'knuckle_duster', 'count', 1)]),
    ('• 56 enhanced ‘cuckoo’ checks at addresses, involving identification of a further 17 people including two children, vulnerable to predatory drug dealers.',
     [F('cuckooed_addresses_visited', '', 'count', 56, 'exact', 'cuckoo checks at addresses'),
      F('safeguarded', '', 'people', 17, 'exact', 'identified as vulnerable'),
      F('safeguarded_juvenile', '', 'people', 2)]),
    ('• Educational visits to 69 hotels, B&Bs and taxi firms to talk about the risks of exploitation.',
     [N(69, 'exact', 'hotels and taxi firms in one figure: two metrics')]),
    ('• Awareness sessions at six schools.', [F('schools_visited', '', 'count', 6, 'exact', 'schools, not the number of sessions')]),
)

# 16. BBC, Sussex, November-December 2024
add(U16, '2024-11', 'sussex',
    ('A county lines crackdown in Sussex has led to 55 arrests and protected 74 people targeted by criminal gangs.',
     [F('arrests', '', 'people', 55), F('safeguarded', '', 'people', 74, 'exact', 'protected')]),
    ('The Sussex Police operation also seized £42,000 worth of cash, eight weapons including machetes and intercepted eight county lines.',
     [F('cash_seized', '', 'gbp', 42000), F('weapons_seized', '', 'count', 8),
      F('lines_closed', '', 'count', 8, 'exact', 'lines intercepted: Sussex\'s word for closed (as f623 "intercepted and shut down"); doubtful')]),
    ('Sussex Police said among other charges two people have been charged with two counts of holding a person in slavery or servitude.',
     [F('modern_slavery_charges', '', 'people', 2, 'exact', 'people charged with a slavery offence'),
      N(2, 'exact', 'counts of one offence: a part of the charges')]),
    ('Sussex Police said it safeguarded 74 people, including 44 children, as a result of the campaign.',
     [F('safeguarded', '', 'people', 74), F('safeguarded_juvenile', '', 'people', 44)]),
    ('A similar operation in March led to 34 arrests connected to county lines.',
     [F('arrests', '', 'people', 34, 'exact', 'the March 2024 week (as p237)', scope=('period', 'a similar operation in March: another week'))]),
)

# 17. The Eye of Media, West Yorkshire, March 2024 (a rewrite of the force's release)
add(U17, '2024-03', 'west_yorkshire',
    ('West Yorkshire Police have conducted a sweeping crackdown resulting in the arrest of 42 individuals and the seizure of Class A drugs valued at over £620,000.',
     [F('arrests', '', 'people', 42), F('drugs_seized', 'class_a', 'gbp', 620000, 'more_than')]),
    ('The operation, spanning across the force’s five districts, marks a concerted effort to combat the organized criminal networks that perpetuate drug trafficking across regional boundaries.',
     [N(5, 'exact', 'districts of the force')]),
    ('Amidst the operation, officers also rescued eight males and three females while identifying and safeguarding potential victims of cuckooing – a nefarious practice where drug dealers take over the homes of vulnerable individuals to conduct their illegal operations.',
     [N(8, 'exact', 'males of all ages rescued: no metric (as f667)'),
      N(3, 'exact', 'females of all ages rescued: no metric (as f667)')]),
    ('Additionally, authorities intercepted a considerable arsenal of weapons, comprising 32 knives and one machete, along with the confiscation of two County Lines deal line mobile phones.',
     [F('weapons_seized', 'knife', 'count', 32, 'exact', 'intercepted: seized'),
      F('weapons_seized', 'machete', 'count', 1),
      F('deal_line_phones_seized', '', 'count', 2)]),
    ('Of the apprehended individuals, six were female, with 39 adults and three children caught in the enforcement net.',
     [F('arrests_female', '', 'people', 6),
      N(39, 'exact', 'adults arrested: no metric (as f996)'),
      F('arrests_under_18', '', 'people', 3, 'exact', 'children arrested')]),
    ('The scale of the seized narcotics shows the severity of the challenge posed by County Lines operations, with over 15 kilograms of cocaine, 28 grams of heroin, and 20 grams of crack cocaine among the confiscated substances.',
     [F('drugs_seized', 'cocaine', 'g', 15000, 'more_than'),
      F('drugs_seized', 'heroin', 'g', 28), F('drugs_seized', 'crack_cocaine', 'g', 20)]),
    ('The enforcement effort also extended to the interception of other illicit drugs, including ketamine, MDMA, cannabis, and the dismantling of cannabis cultivation operations.',
     [U('drugs_seized', 'ketamine'), U('drugs_seized', 'mdma'), U('drugs_seized', 'cannabis')]),
)

# 18. Greater Manchester Police, October 2022
add(U18, '2022-10', 'greater_manchester',
    ('Officers from all districts worked collectively throughout the week and took part in the execution of 6 warrants in Trafford, Salford and Rochdale, in addition to a huge range of work within the community.',
     [F('warrants', '', 'count', 6, 'exact', 'the force\'s own places where the week\'s work was done (as round 12)')]),
    ('The proactive policing led to 9 arrests for a range of county lines offences as well as modern slavery and possession with intent to supply.',
     [F('arrests', '', 'people', 9)]),
    ('A range of other tactics were used throughout the week, which led to collaborative working with the West Yorkshire and Tameside Challenger team, with a further 2 arrests carried out in support of an on-going investigation led by GMP.',
     [F('arrests', '', 'people', 2, 'exact', 'further arrests for GMP\'s investigation, with West Yorkshire (doubtful whose)')]),
)

# 19. Hits Radio / Greatest Hits North East, Northumbria, October 2022
add(U19, '2022-10', 'northumbria',
    ('Almost 100 arrested as officers stand united with partners in the fight against County Lines and drug supply.',
     [F('arrests', '', 'people', 100, 'less_than', 'the headline\'s; Northumbria made 93')]),
    ('Last week, police forces across the country took action and reaffirmed their commitment to tackling drug criminality as a week of intensification saw warrants executed and drugs seized - with 93 people arrested in Northumbria alone.',
     [U('warrants', '', 'no number', scope=('national', 'forces across the country')),
      U('drugs_seized', '', 'no number', scope=('national', 'forces across the country')),
      F('arrests', '', 'people', 93)]),
    ('The warrants also resulted in the seizure of several weapons including a firearm, machetes, knives, a crossbow and throwing stars.',
     [U('weapons_seized', '', 'several weapons'),
      F('weapons_seized', 'firearm', 'count', 1), F('weapons_seized', 'crossbow', 'count', 1)]),
    ('Searches also saw the seizure of almost £119,000 in cash suspected of being linked to drug offences.',
     [F('cash_seized', '', 'gbp', 119000, 'less_than')]),
)

# 20. Greatest Hits North East, NEROCU region, June 2025
add(U20, '2025-06', 'NERSOU',
    ('A co-ordinated crackdown on drug dealing in the North East has seen more than 161 arrests and 17 deal lines shutdown.',
     [F('arrests', '', 'people', 161, 'more_than'), F('lines_closed', '', 'count', 17)]),
    ('Across the North East alone, the intensification week saw numerous warrants executed resulting in 17 deal lines shutdown, large quantities of Class A and B drugs seized, and a total of 161 people arrested.',
     [U('warrants', '', 'numerous: no number'), F('lines_closed', '', 'count', 17),
      U('drugs_seized', '', 'Class A and B: all items'), F('arrests', '', 'people', 161)]),
    ('Results also showed that 14 vulnerable people in the North East had been safeguarded due to the national operation.',
     [F('safeguarded', '', 'people', 14)]),
)

# 21. Greatest Hits Bristol, Avon and Somerset, October 2022
add(U21, '2022-10', 'avon_and_somerset',
    ('Avon and Somerset Police have revealed they arrested 18 people last week (October 3-9) as part of a national crack down on county lines drugs gangs.',
     [F('arrests', '', 'people', 18, 'exact', 'October 3-9 are dates')]),
    ('As well as the 18 arrests Avon and Somerset Police say the week resulted in:', [F('arrests', '', 'people', 18)]),
    ('- 109 welfare visits "with people identified to be at risk from county lines offered help and advice"',
     [F('welfare_visits', '', 'count', 109)]),
    ('- Four cuckooed addresses found, "and vulnerable householders safeguarded and supported"',
     [N(4, 'exact', 'cuckooed addresses found, not visits (as f258)'),
      U('safeguarded', '', 'householders with no number')]),
    ('- Thousands of pounds in cash, Class A and Class B drugs, firearms and weapons seized, including zombie knives, a machete, an axe and homemade offensive weapons',
     [U('cash_seized', '', 'thousands of pounds: no number'), U('drugs_seized', 'class_a'), U('drugs_seized', 'class_b'),
      U('weapons_seized', 'firearm'), U('weapons_seized', '', 'weapons with no number'),
      F('weapons_seized', 'machete', 'count', 1), F('weapons_seized', 'axe', 'count', 1),
      U('weapons_seized', 'zombie_knife', 'named inside a group with no figure (doubtful: may add no fact)'),
      U('weapons_seized', 'other_weapon', 'homemade offensive weapons (doubtful as above)')]),
    ('- 30 assets seized including phones and laptops linked to organised crime and county lines',
     [N(30, 'exact', 'assets including phones and laptops: two metrics in one figure')]),
    ('On top of all that, officers say education sessions and workshops took place in schools and public places across the region, involving around 1,000 students, teachers, professionals and members of the public, shining a light on how county lines draw young and vulnerable people into criminal activity.',
     [N(1000, 'approximately', 'students, teachers and public together: no metric')]),
    ('Since the last County Lines Intensification Week in March, this activity has resulted in 29 county lines being tackled, with 44 people arrested.',
     [N(29, 'exact', 'lines tackled, not said to be closed; and since March'),
      F('arrests', '', 'people', 44, 'exact', '', scope=('period', 'since the last week in March'))]),
    ('Of these, 41 have subsequently been charged with 126 offences ranging from the supply of Class A Drugs (heroin and crack cocaine) to the acquisition/use or possession of criminal property.',
     [F('charged', '', 'people', 41, 'exact', '', scope=('period', 'since March')),
      F('charges', '', 'count', 126, 'exact', 'offences charged', scope=('period', 'since March'))]),
)

# 22. Burnham-on-Sea.com, Avon and Somerset, March 2024
add(U22, '2024-03', 'avon_and_somerset',
    ('13 people have been arrested after Police have this month carried out a major operation in the region aimed at criminals suspected of profiting from drugs and bringing misery into communities across the south west.',
     [F('arrests', '', 'people', 13)]),
    ('As a result 13 people were arrested, and evidence and property were seized, including more than £35,000 of Class A drugs, £145,000 of cannabis and five prohibited weapons.',
     [F('arrests', '', 'people', 13), F('drugs_seized', 'class_a', 'gbp', 35000, 'more_than'),
      F('drugs_seized', 'cannabis', 'gbp', 145000), F('weapons_seized', '', 'count', 5, 'exact', 'prohibited weapons')]),
    ('More than £25,000 of cash was also seized plus luxury watches suspected to be proceeds of crime, along with mobile phones.',
     [F('cash_seized', '', 'gbp', 25000, 'more_than'), U('assets_seized', 'watch'), U('mobile_phones_seized', '')]),
    ('Thirty-one visits were made, some with partners such as council officers, to addresses where cuckooing has been suspected or previously carried out, to help keep people safe from harm.',
     [F('cuckooed_addresses_visited', '', 'count', 31)]),
    ('Officers and staff also carried out 29 engagement visits across Avon and Somerset, delivering education and awareness events, at schools, colleges, and youth clubs as well as in public places such as train stations and parks, to raise awareness of the dangers of drugs and county lines.',
     [F('engagement_events', '', 'count', 29, 'exact', 'engagement visits delivering events (doubtful)')]),
)

# 23. Burnham-on-Sea.com, Avon and Somerset, a South West week of action (not a national week)
add(U23, '', 'avon_and_somerset',
    ('Forty-two people were arrested last week for offences, including drug supply, possession and trafficking as part of a Police crackdown on drug-related crime and violence across the Avon and Somerset force area.',
     [F('arrests', '', 'people', 42)]),
    ('Collectively, forces across the South West including Avon and Somerset Police, Dorset Police, Devon and Cornwall Police, Wiltshire Police and Gloucestershire Police seized over £700,000 worth of Class A and B drugs, made 121 arrests for drug-related offences and took 173 weapons off the streets.',
     [F('drugs_seized', '', 'gbp', 700000, 'more_than', 'Class A and B: all items', scope=('national', 'five South West forces together')),
      F('arrests', '', 'people', 121, 'exact', '', scope=('national', 'five forces together')),
      F('weapons_seized', '', 'count', 173, 'exact', '', scope=('national', 'five forces together'))]),
    ('- 42 arrests for drug-related offences, including possession, supply, trafficking and drug driving', [F('arrests', '', 'people', 42)]),
    ('- 31 warrants executed on properties and people linked to drug supply, including Bridgwater, Taunton, and Bristol',
     [F('warrants', '', 'count', 31)]),
    ('- 16 disruptions related to County Lines', [N(16, 'exact', 'disruptions: no metric')]),
    ('- 30 stop and searches conducted', [F('stop_searches', '', 'count', 30)]),
    ('- £91,970 worth of cash related to drug-crime seized', [F('cash_seized', '', 'gbp', 91970)]),
    ('- £65,200 worth of drugs, including a large amount of cocaine, seized',
     [F('drugs_seized', '', 'gbp', 65200, 'exact', 'all items; cocaine named inside the figure adds no fact')]),
)

# 24. Avon and Somerset Police, November-December 2024
add(U24, '2024-11', 'avon_and_somerset',
    ('made 17 arrests – many of whom are suspected to be linked to County Lines.', [F('arrests', '', 'people', 17)]),
    ('One arrest related to the carrying of a weapon.', [N(1, 'exact', 'one of the arrests, by offence: a part with no metric')]),
    ('Five people have since been charged.', [F('charged', '', 'people', 5)]),
    ('seized five drug lines', [F('lines_closed', '', 'count', 5, 'exact', 'drug lines seized')]),
    ('visited 18 addresses deemed to be at risk of cuckooing.', [N(18, 'exact', 'addresses at risk of cuckooing, not said to be cuckooed')]),
    ('Two properties were found to have been cuckooed', [N(2, 'exact', 'cuckooed properties found: not visits')]),
    ('connected with and provided protection from exploitation to five people, three of whom are aged under 18',
     [F('safeguarded', '', 'people', 5), F('safeguarded_juvenile', '', 'people', 3)]),
    ('referred two cases to the National Referral Mechanism, which identifies potential victims of modern slavery and ensures they get appropriate support',
     [F('nrm_referrals', '', 'people', 2, 'exact', 'cases referred')]),
)

# 25. Hartlepool Mail, Durham's Operation Girona (a multi-force week-long operation, not a national week)
G = ('national', 'the whole operation\'s, with four other forces and NERSOU; Durham made 10 of the 18 arrests')
add(U25, '', 'durham',
    ('A crackdown on the supply of crack cocaine and heroin linked to County Lines operations across the North of England has led to 18 arrests during a week-long operation.',
     [F('arrests', '', 'people', 18, 'exact', '', scope=G)]),
    ('Ten of those arrests were made by Durham Constabulary as part of Operation Girona, which aims to halt the sale of the drugs, with the latest action aimed at disrupting a suspected organised criminal group.',
     [F('arrests', '', 'people', 10)]),
    ('The force have carried out raids at a total of 15 addresses in Peterlee, Seaham, Stanley, Pelton Fell, Gateshead, Newcastle and in Widnes, Crewe, the Wirral and Liverpool as part of the action.',
     [F('warrants', '', 'count', 15, 'exact', 'raids at addresses: warrants (as f968)')]),
    ('Durham Constabulary played a part in the operation which saw 15 homes searched in a crackdown on a suspected County Lines gang.',
     [N(15, 'exact', 'homes searched: property searches (photo caption)')]),
    ('More than 100 officers from Durham, Northumbria, Merseyside, Cheshire and the North East Regional Special Operations Unit (NERSOU) took part in the action.',
     [N(100, 'more_than', 'officers')]),
    ('It saw the seizure of £16,000 in cash, 175g of heroin worth £2,800, more than 12,000 suspected illegal cigarettes, 165 packets of tobacco and 32 mobile phones.',
     [F('cash_seized', '', 'gbp', 16000, 'exact', 'the operation\'s, the page\'s own (as f1090)'),
      F('drugs_seized', 'heroin', 'g', 175), F('drugs_seized', 'heroin', 'gbp', 2800),
      N(12000, 'more_than', 'cigarettes: no metric'), N(165, 'exact', 'packets of tobacco: no metric'),
      F('mobile_phones_seized', '', 'count', 32)]),
    ('A number of vehicles were also recovered.', [U('vehicles_seized', '', 'a number of: no number')]),
    ('A total of 13 men, aged between 18 and 57, and five women, aged between 31 and 59, were all arrested ...',
     [F('arrests_male', '', 'people', 13, 'exact', '18, 57 are ages', scope=G),
      F('arrests_female', '', 'people', 5, 'exact', '31, 59 are ages', scope=G)]),
)

# 26. ROCU, the North East's five months (NERSOU), April 2025
FIVE = ('period', 'over the last five months: not a week')
add(U26, '', 'NERSOU',
    ('Continued work on cross-border drug dealing sees over 200 arrests and more than 60 deal lines shutdown.',
     [F('arrests', '', 'people', 200, 'more_than', '', scope=FIVE), F('lines_closed', '', 'count', 60, 'more_than', '', scope=FIVE)]),
    ('Over the last five months, the North East Regional Organised Crime Unit’s (NEROCU) dedicated County Lines team and targeted operations by Durham Constabulary, Northumbria Police and Cleveland Police, have arrested 210 suspects linked to County Lines – thanks to Home Office funding made available by the National County Lines Coordination Centre (NCLCC).',
     [F('arrests', '', 'people', 210, 'exact', '', scope=FIVE)]),
    ('A total of 62 deal lines have been shutdown as part of the concentrated action and so far, investigations have seen 67 people charged – with more enquiries continuing.',
     [F('lines_closed', '', 'count', 62, 'exact', '', scope=FIVE), F('charged', '', 'people', 67, 'exact', 'so far', scope=FIVE)]),
    ('This activity also saw 53 vulnerable adults and children safeguarded - a large part of tackling County Lines is also ensuring those at risk or are being exploited are protected.',
     [F('safeguarded', '', 'people', 53, 'exact', 'adults and children together', scope=FIVE)]),
)

# 27. Gloucestershire PCC, Operation Scorpion (a regional operation over a few weeks)
add(U27, '', 'gloucestershire',
    ('Multiple arrests were made and drugs seized with a street value of £130,000.',
     [U('arrests', '', 'multiple: no number'), F('drugs_seized', '', 'gbp', 130000, 'exact', 'all items; Gloucestershire\'s')]),
    ('For the first time ever, all five forces in the South West worked together to ensure that organised criminals operating across our county boundaries were intercepted and disrupted.',
     [N(5, 'exact', 'forces of the region')]),
    ('Together we seized drugs worth more than £400,000 and over £131,000 cash.',
     [F('drugs_seized', '', 'gbp', 400000, 'more_than', 'all items', scope=('national', 'the five South West forces together')),
      F('cash_seized', '', 'gbp', 131000, 'more_than', '', scope=('national', 'the five forces together'))]),
    ('This reorganisation has been facilitated by the Government’s 20,000 uplift of police officers, which will increase the size of the Constabulary by some 150 officers over 3 years.',
     [N(20000, 'exact', 'officers (national uplift)'), N(150, 'approximately', 'officers; "some": about')]),
)


def rows(P, strict, drop=(), start=1300):
    out, n = [], start
    for phrase, url, week, force, facts in P:
        if phrase in drop:
            continue
        pid = 'f%d' % n
        n += 1
        for f in facts:
            m, item, unit, val, qual, note = f['metric'], f['item'], f['unit'], f['value'], f['qual'], f['note']
            if strict and f['scope']:
                kind, why = f['scope']
                note = 'NONE(%s): %s%s' % (kind, why, ('; ' + note) if note else '')
                m, item, unit = 'NONE', '', ''
            out.append(dict(id=pid, week=week, source_force=force, phrase=phrase, metric_code=m,
                            item_code=item, unit=unit, value=val, qualifier=qual, note=note, source_url=url))
    return out


def main():
    drop = set()
    try:
        drop = set(l.rstrip('\n') for l in open('dropped_phrases.txt', encoding='utf-8') if l.strip())
    except FileNotFoundError:
        pass
    for name, strict in (('round14_figure.csv', False), ('round14_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
