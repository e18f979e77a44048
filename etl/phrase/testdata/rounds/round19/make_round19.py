#!/usr/bin/env python3
"""Round 19: real county lines wording, labelled by hand (round-19 collector, 28 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round19_figure.csv
it is written as is (what the figure IS); in round19_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 18 (same helpers, same conventions).
"""
import csv

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



U2 = 'http://news.free-list.org/redirect.php?https://www.expressandstar.com/news/crime/2019/01/29/29-arrests-in-staffordshire-county-lines-drugs-crackdown/'
U3 = 'https://www.thenorthernecho.co.uk/news/17563045.arrests-as-officers-carry-out-drugs-raids-across-darlington-and-newton-aycliffe/'
U4 = 'https://www.thenorthernecho.co.uk/news/18260528.four-arrested-connection-county-line-drug-dealing-darlington/'
U5 = 'https://itv.com/news/tyne-tees/2022-10-13/children-as-young-as-3-safeguarded-after-drugs-raids-across-north-east'
U6 = 'https://dee1063.com/news/local-news/county-lines-criminals-tackled-during-week-of-action'
U7 = 'https://www.deeside.com/north-wales-police-crack-down-on-major-drug-trafficking-ring/'
U8 = 'https://hellorayo.co.uk/hits-radio/south-coast/news/drugs-worth-pound100k-seized-as-police-launch-operation-viper'
U9 = 'https://www.dorset.pcc.police.uk/news-and-newsletters/dorset-pcc-news-blog/2022/04/op-viper-strikes-in-dorset/'
U10 = 'https://dorsetview.co.uk/drugs-clampdown-in-dorset'
U11 = 'https://hellorayo.co.uk/greatest-hits/dorset/news/opertaion-scorpion-drugs-arrest-police'
U12 = 'https://www.kentonline.co.uk/maidstone/news/police-message-to-drug-runners-expect-to-be-arrested-214466/'
U13 = 'https://essex-tv.co.uk/drugs-worth-2-million-seized-since-launch-operation-raptor'
U14 = 'https://www.eadt.co.uk/news/21445354.county-lines-drugs-crime-biggest-threat-facing-suffolk---police-commissioner-16-arrests-made/'
U15 = 'https://www.heart.co.uk/eastanglia/news/local/24-arrests-in-county-lines-crackdown-in-suffolk/'
U16 = 'https://news.suffolkvillage.info/2018/10/15/week-of-action-by-suffolk-police-results-in-19-arrests-concerning-threat-of-illegal-drugs/'
U17 = 'https://safeinwarwickshire.com/2019/05/03/drop-in-drug-offences-following-focus-on-county-lines-criminals/'
U18 = 'https://www.northantstelegraph.co.uk/news/kettering-swamped-by-an-astonishing-sixteen-county-lines-694857'
U19 = 'https://iframe.standard.co.uk/news/crime/county-lines-metropolitan-police-london-bust-operation-orochi-b937493.html'
U20 = 'https://www.ivybridge-today.co.uk/news/south-west-police-drugs-crackdown-555220'
U21 = 'https://itv.com/news/westcountry/2022-03-21/operation-scorpio-the-police-crackdown-that-saw-194-arrests-in-a-week'
U22 = 'https://uknip.co.uk/news/uk/uk-news/twenty-people-have-been-arrested-as-well-as-drugs-cash-and-weapons-seized-in-a-wiltshire-police-operation-coordinated-to-launch-a-new-regional-crackdown-on-drug-dealing'
U23 = 'https://calnenews.com/local-news/major-drugs-crackdown-sees-more-than-100-arrests-across-south-west'
U24 = 'https://wmpcc.formationmedia.dev/pcc-praises-county-lines-officers-following-major-week-of-action-in-west-midlands'
U25 = 'https://www.capitalfm.com/birmingham/radio/news/local/birmingham-men-arrested-in-county-lines-crackdown/'
U26 = 'https://www.businesslondonpress.com/news/national-police-operation-takes-drugs-worth-1-2-million-off-streets/'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 2. Express & Star (through a redirect address), Staffordshire, January 2019 week
add(U2, '2019-01', 'staffordshire',
    ('Twenty-nine people in Staffordshire have been arrested in one week after being caught as part of a major operation targeting drug networks.',
     [F('arrests', '', 'people', 29, 'exact', 'number words')]),
    ("A man was jailed for six years as part of the arrests as Staffordshire Police cracked down on 'County Lines' activity in the county.",
     [N(1, 'exact', 'a man jailed: no metric (six years is a sentence length)')]),
    ("A vulnerable person was safeguarded after a 'cukooing' example was identified – where houses or flats are acquired through coercion and ran by groups for criminal activity.",
     [F('safeguarded', '', 'people', 1, 'exact', '"a vulnerable person"; "cukooing", "ran": sic')]),
    ('Two arrests were made in South Staffordshire, Lichfield and Newcastle, with five made in Tamworth, six in Burton and 12 in Stoke-on-Trent.',
     [F('arrests', '', 'people', 2, 'exact', 'two in each of three areas (2+2+2+5+6+12 = 29); one fact, none computed',
        scope=('part', 'three districts (South Staffordshire, Lichfield, Newcastle)')),
      F('arrests', '', 'people', 5, 'exact', '', scope=('part', 'one town (Tamworth)')),
      F('arrests', '', 'people', 6, 'exact', '', scope=('part', 'one town (Burton)')),
      F('arrests', '', 'people', 12, 'exact', '', scope=('part', 'one city (Stoke-on-Trent)'))]),
    ('Cash was seized, along with heroin, crack cocaine and cannabis and weapons including knives, a samurai sword and a knuckle duster.',
     [U('cash_seized'), U('drugs_seized', 'heroin'), U('drugs_seized', 'crack_cocaine'), U('drugs_seized', 'cannabis'),
      U('weapons_seized', '', 'weapons: no number'), U('weapons_seized', 'knife'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', 'a samurai sword'),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', 'a knuckle duster')]),
)

# 3. Northern Echo, Durham's Operation Sentinel raids, one morning in two towns
SEN = ('part', "one morning's raids in two towns (Darlington, Newton Aycliffe)")
add(U3, '', 'durham',
    ('EARLY morning police raids saw nearly 200 officers take part in one of Durham Constabulary’s biggest ever drug crackdowns.',
     [N(200, 'less_than', 'officers deployed: no metric')]),
    ('At about 7.30am this morning, teams of officers simultaneously swooped on 21 properties across Darlington and Newton Aycliffe.',
     [F('warrants', '', 'count', 21, 'exact', 'swooped on properties = raids, taken as warrants (as round 17; doubtful); 7.30am is a time', scope=SEN)]),
    ('The operation resulted in the arrests of ten men and four women, aged between 24 and 48-years-old.',
     [F('arrests_male', '', 'people', 10, 'exact', 'number word; ages not counted', scope=SEN),
      F('arrests_female', '', 'people', 4, 'exact', 'no total computed', scope=SEN)]),
    ('As part of the operation a further two men were arrested in Birmingham by Durham Constabulary officers, with the support of West Midlands Police, in connection with a County Lines investigation.',
     [F('arrests_male', '', 'people', 2, 'exact', '', scope=('national', "arrested in Birmingham, another force's area"))]),
)

# 4. Northern Echo, Durham's county line into Darlington, arrests in Manchester and Leeds
OUT = ('national', "arrests in Manchester and Leeds, other forces' areas")
add(U4, '', 'durham',
    ('FOUR people have been arrested in Manchester and Leeds in connection with "county lines" drug dealing in Darlington',
     [F('arrests', '', 'people', 4, 'exact', 'number word in capitals', scope=OUT)]),
    ('Officers from Durham Police, West Yorkshire Police, British Transport Police and Greater Manchester Police, targeted two addresses in Manchester and two in Leeds in connection with county lines drug dealing in Darlington.',
     [N(2, 'exact', 'addresses targeted in Manchester, no warrant named'), N(2, 'exact', 'addresses targeted in Leeds, no warrant named')]),
    ('Two men were arrested in Leeds and two were arrested in Manchester.',
     [F('arrests_male', '', 'people', 2, 'exact', 'in Leeds', scope=OUT),
      F('arrests_male', '', 'people', 2, 'exact', '"two" (men) in Manchester', scope=OUT)]),
    ('All four were arrested on suspicion of conspiracy to supply Class A drugs and remain in custody.',
     [F('arrests', '', 'people', 4, 'exact', 'all four', scope=OUT)]),
)

# 5. ITV Tyne Tees, October 2022 week: Durham, with Northumbria, Cleveland and North Yorkshire
NB = ('national', "another force's figure (Northumbria)")
add(U5, '2022-10', 'durham',
    ('Nineteen people were arrested in Darlington and County Durham as part of a week of action to tackle county lines drug dealing, which uncovered tens of thousands of pounds worth of drugs and weapons.',
     [F('arrests', '', 'people', 19, 'exact', 'number word'),
      N('NULL', 'unquantified', 'one vague sum for drugs and weapons (two metrics), as round 18')]),
    ('Northumbria Police arrested 93 people, Cleveland arrested 35 people and North Yorkshire Police arrested 27 people.',
     [F('arrests', '', 'people', 93, 'exact', '', scope=NB),
      F('arrests', '', 'people', 35, 'exact', '', scope=('national', "another force's figure (Cleveland)")),
      F('arrests', '', 'people', 27, 'exact', '', scope=('national', "another force's figure (North Yorkshire)"))]),
    ('Durham Police said it safeguarded eight vulnerable people, including five children aged between three and 12.',
     [F('safeguarded', '', 'people', 8, 'exact', 'number word'),
      F('safeguarded_juvenile', '', 'people', 5, 'exact', 'children; three and 12 are ages')]),
    ('Durham Police said it confiscated about £31,000 in cash, along with tens of thousands of pounds worth of cocaine and dozens of MDMA tablets.',
     [F('cash_seized', '', 'gbp', 31000, 'approximately'),
      U('drugs_seized', 'cocaine', 'tens of thousands of pounds worth: no number'),
      U('drugs_seized', 'mdma', 'dozens of tablets: no number')]),
    ('The warrants also resulted in the seizure of several weapons including a firearm, machetes, knives, a crossbow and throwing stars, as well as almost £119,000 in cash.',
     [U('weapons_seized', '', 'several weapons', scope=NB),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', 'a firearm', scope=NB),
      U('weapons_seized', 'machete', '', scope=NB), U('weapons_seized', 'knife', '', scope=NB),
      F('weapons_seized', 'crossbow', 'count', 1, 'exact', 'a crossbow', scope=NB),
      U('weapons_seized', 'other_weapon', 'throwing stars', scope=NB),
      F('cash_seized', '', 'gbp', 119000, 'less_than', 'almost', scope=NB)]),
    ('In North Yorkshire, police recovered two bladed weapons, more than £5,000 in cash and £10,000 in suspected drugs.',
     [F('weapons_seized', 'knife', 'count', 2, 'exact', 'bladed weapons', scope=('national', "another force's figure (North Yorkshire)")),
      F('cash_seized', '', 'gbp', 5000, 'more_than', '', scope=('national', "another force's figure (North Yorkshire)")),
      F('drugs_seized', '', 'gbp', 10000, 'exact', 'the hedge stands before the cash only', scope=('national', "another force's figure (North Yorkshire)"))]),
)

# 6. Dee 106.3, Cheshire, March 2024 week
add(U6, '2024-03', 'cheshire',
    ("Last week alone, Cheshire's officers closed 14 individual county lines across Warrington, Winsford, Chester and Ellesmere Port with numerous people charged with controlling the line in each case.",
     [F('lines_closed', '', 'count', 14), U('charged', '', 'numerous people')]),
    ('In Ellesmere Port, 13 people were also charged by officers in connection to the supply of class B drugs (cannabis), they include:',
     [F('charged', '', 'people', 13, 'exact', '', scope=('part', 'one town (Ellesmere Port)'))]),
)

# 7. Deeside.com, North Wales Police's organised crime operation, three days in May 2023
OCG = ('period', 'three days (10-12 May) of an organised crime investigation, not a week')
add(U7, '', 'north_wales',
    ('In a significant operation against drug trafficking, North Wales Police have arrested 19 individuals suspected of involvement in a large-scale organised crime group.',
     [F('arrests', '', 'people', 19, 'exact', '', scope=OCG)]),
    ('Between 10th and 12th May, officers from the Serious and Organised Crime Unit executed nine warrants across North Wales, Halewood, Widnes, and Haverfordwest.',
     [F('warrants', '', 'count', 9, 'exact', 'number word', scope=('national', "warrants in North Wales and in three other forces' areas (Halewood, Widnes, Haverfordwest)"))]),
    ('Of the 19 people arrested, 10 have been charged with conspiracy to supply Class A and B drugs, while the remaining nine are on police bail pending the conclusion of the investigation.',
     [F('arrests', '', 'people', 19, 'exact', '', scope=OCG), F('charged', '', 'people', 10, 'exact', '', scope=OCG),
      N(9, 'exact', 'on police bail: no metric')]),
    ('During the operation, officers seized several mobile devices, suspected Class A and B drugs, cash, and drug supply paraphernalia.',
     [U('mobile_phones_seized', '', 'several mobile devices', scope=OCG),
      U('drugs_seized', '', 'Class A and B: one figure for several drugs, empty item', scope=OCG),
      U('cash_seized', '', '', scope=OCG)]),
)

# 8. Hits Radio South Coast, Dorset's Operation Viper launch: its first six weeks, Bournemouth
VIP = ('period', "Operation Viper's first six weeks, in one town (Bournemouth)")
add(U8, '', 'dorset',
    ('During its first six weeks the NET’s have already seen success with 27 disruption notices issued to those dealing drugs, 10 children identified as being exploited by county lines gangs safeguarded, 29 arrests as a direct result of proactive action and seven warrants executed, this is just in Bournemouth alone.',
     [N(27, 'exact', 'disruption notices: no metric; "NET’s": sic'),
      F('safeguarded_juvenile', '', 'people', 10, 'exact', 'children safeguarded', scope=VIP),
      F('arrests', '', 'people', 29, 'exact', '', scope=VIP),
      F('warrants', '', 'count', 7, 'exact', 'number word', scope=VIP)]),
    ('This has led to drugs with a street value of almost £100,00 being seized along with two vehicles related to criminality and significant intelligence gathered to inform further enforcement action in the coming days and weeks across the county.',
     [F('drugs_seized', '', 'gbp', 100000, 'less_than', '"£100,00": sic, read as £100,000 (the PCC page says £100,000; doubtful)', scope=VIP),
      F('vehicles_seized', '', 'count', 2, 'exact', '', scope=VIP)]),
)

# 9. Dorset PCC's blog, Operation Viper's launch day and first six weeks
SIX = ('period', "Operation Viper's first six weeks")
add(U9, '', 'dorset',
    ('Op Viper was launched yesterday with the execution of two drugs warrants, which resulted in the seizure of drugs and cash and four people being arrested for possession with intent to supply and I am pleased to say, that I was standing alongside the Chief Constable to watch the Operation in action.',
     [F('warrants', '', 'count', 2, 'exact', '', scope=('period', 'one day (the launch)')),
      U('drugs_seized', '', '', scope=('period', 'one day (the launch)')), U('cash_seized', '', '', scope=('period', 'one day (the launch)')),
      F('arrests', '', 'people', 4, 'exact', '', scope=('period', 'one day (the launch)'))]),
    ('I applaud the quick successes that they have already had – the statistics speak for themselves – an estimated £100,000 of illegal drugs seized, vehicles seized, 29 arrests made, 10 children protected – and all in the last six weeks!',
     [F('drugs_seized', '', 'gbp', 100000, 'approximately', 'an estimated', scope=SIX),
      U('vehicles_seized', '', '', scope=SIX),
      F('arrests', '', 'people', 29, 'exact', '', scope=SIX),
      F('safeguarded_juvenile', '', 'people', 10, 'exact', 'children protected', scope=SIX)]),
)

# 10. Dorset View, Dorset, October 2022 week (Operation Viper)
add(U10, '2022-10', 'dorset',
    ('Over the course of the week, Dorset officers carried out 48 cuckooing prevention visits, made 22 arrests and seized 146 wraps of heroin and crack cocaine, £7,500 in cash, various weapons and 17 mobile phones.',
     [F('cuckooed_addresses_visited', '', 'count', 48, 'exact', 'cuckooing prevention visits taken as cuckooing visits (doubtful)'),
      F('arrests', '', 'people', 22),
      F('drugs_seized', '', 'wraps', 146, 'exact', 'one figure for two drugs: empty item (146 here, 156 in the Dorset Echo\'s copy)'),
      F('cash_seized', '', 'gbp', 7500), U('weapons_seized', '', 'various weapons'),
      F('mobile_phones_seized', '', 'count', 17)]),
    ('In total, 27 people impacted by county lines were safeguarded.',
     [F('safeguarded', '', 'people', 27)]),
)

# 11. Greatest Hits Dorset, Operation Viper/Scorpion second phase, 4-8 July 2022 (a regional week, not national)
REG = ('national', 'the five South West forces together')
P1 = ('period', 'the first phase (March 2022), across the five South West forces')
add(U11, '', 'dorset',
    ('Twenty people were arrested in Dorset last week as police tried to crack down on drug networks.',
     [F('arrests', '', 'people', 20, 'exact', 'number word')]),
    ('More than 230 vulnerable adults and children are also now being safeguarded across the region following the operation.',
     [F('safeguarded', '', 'people', 230, 'more_than', 'adults and children, no split', scope=REG)]),
    ('The first phase of the operation took place in March 2022 and resulted in the arrest of nearly 200 people, disruption to 400 drug lines, seizing over ÂŁ400,000 in suspected drugs and ÂŁ130,000 in cash and saw over 300 vulnerability and welfare checks being carried out.',
     [F('arrests', '', 'people', 200, 'less_than', 'nearly', scope=P1),
      F('lines_closed', '', 'count', 400, 'exact', 'drug lines disrupted', scope=P1),
      F('drugs_seized', '', 'gbp', 400000, 'more_than', '"ÂŁ": sic (a garbled £)', scope=P1),
      F('cash_seized', '', 'gbp', 130000, 'exact', 'the hedge stands before the drugs only; "ÂŁ": sic', scope=P1),
      F('welfare_visits', '', 'count', 300, 'more_than', 'vulnerability and welfare checks', scope=P1)]),
    ('The second phase, which ran from Monday 4th July to Friday 8th July, resulted in 76 total disruptions in Dorset.',
     [N(76, 'exact', 'disruptions: a mixed total, no metric')]),
    ('• 40 drug line disruptions',
     [F('lines_closed', '', 'count', 40, 'exact', 'drug line disruptions taken as lines disrupted (doubtful)')]),
    ('• Operational highlights: 56 addresses visited linked to vulnerable victims, cannabis factory (estimated to be worth £20,000) located and one individual arrested in possession of more than £10,000 worth of drugs.',
     [F('welfare_visits', '', 'count', 56, 'exact', 'addresses of vulnerable victims visited, no cuckooing named (doubtful)'),
      N(20000, 'approximately', 'the value of a cannabis factory: no metric'),
      F('arrests', '', 'people', 1, 'exact', 'one individual', scope=('part', 'one arrest')),
      F('drugs_seized', '', 'gbp', 10000, 'more_than', '', scope=('part', "one arrested person's drugs"))]),
)

# 12. KentOnline, Kent, 4-17 October 2019 (two weeks around the national week)
TWO = ('period', 'two weeks (4-17 October), not the week')
add(U12, '2019-10', 'kent',
    ('Police have arrested 118 people during their latest operation to clamp down on the supply of drugs through county lines.',
     [F('arrests', '', 'people', 118, 'exact', '', scope=TWO)]),
    ('On Monday October 7 officers in Northfleet arrested a 14-year-old boy and recovered around 120 wraps of suspected crack cocaine and heroin, money and a phone.',
     [F('arrests_under_18', '', 'people', 1, 'exact', 'a 14-year-old boy', scope=('part', 'one town (Northfleet), one day')),
      F('arrests_male', '', 'people', 1, 'exact', 'a boy', scope=('part', 'one town (Northfleet), one day')),
      F('drugs_seized', '', 'wraps', 120, 'approximately', 'one figure for two drugs: empty item', scope=('part', 'one town (Northfleet), one day')),
      U('cash_seized', '', 'money', scope=('part', 'one town (Northfleet), one day')),
      F('mobile_phones_seized', '', 'count', 1, 'exact', 'a phone', scope=('part', 'one town (Northfleet), one day'))]),
    ('On Tuesday, October 8, drugs estimated to weigh around five kilograms and around £100,000 in were seized after officers stopped a suspicious vehicle on the M20.',
     [F('drugs_seized', '', 'g', 5000, 'approximately', 'five kilograms', scope=('part', 'one vehicle stop on the M20')),
      F('cash_seized', '', 'gbp', 100000, 'approximately', '"£100,000 in were seized": sic, a word missing; the page goes on "Money was then seized" (doubtful)', scope=('part', 'one vehicle stop on the M20'))]),
)

# 13. Essex TV, Operation Raptor's first two and a half years (May 2014 - 2016)
RAP = ('period', "Operation Raptor's two and a half years (since May 2014)")
RN = ('period', "Operation Raptor's North LPA team, May 2014 - September 2016")
RS = ('period', "Operation Raptor's South LPA team, since May 2014")
add(U13, '', 'essex',
    ('Drugs with an estimated street value of more than £2 million have been taken off the streets of Essex since the launch of Operation Raptor.',
     [F('drugs_seized', '', 'gbp', 2000000, 'more_than', 'the hedge nearest the number', scope=RAP)]),
    ('Since May 2014, teams in the North, South and West Local Policing Areas have made a total of more than 1300 arrests and seized in excess of £172,000 in cash.',
     [F('arrests', '', 'people', 1300, 'more_than', '', scope=RAP), F('cash_seized', '', 'gbp', 172000, 'more_than', 'in excess of', scope=RAP)]),
    ('Between May 2014 and September 2016, the team in the North LPA has executed 126 warrants throughout Chelmsford, Braintree, Colchester and Clacton and made more than 320 arrests.',
     [F('warrants', '', 'count', 126, 'exact', '', scope=RN), F('arrests', '', 'people', 320, 'more_than', '', scope=RN)]),
    ('Crack cocaine and heroin with an estimated street value of more than £140,000 have been seized as well as 20 vehicles linked to drug dealing and in excess of £50,000 in cash.',
     [F('drugs_seized', '', 'gbp', 140000, 'more_than', 'one figure for two drugs: empty item', scope=RN),
      F('vehicles_seized', '', 'count', 20, 'exact', '', scope=RN),
      F('cash_seized', '', 'gbp', 50000, 'more_than', 'in excess of', scope=RN)]),
    ('Since May 2014, the Operation Raptor team has made more than 900 arrests and seized drugs with an estimated street value of in excess of £1,900,000.',
     [F('arrests', '', 'people', 900, 'more_than', '', scope=RS), F('drugs_seized', '', 'gbp', 1900000, 'more_than', 'in excess of', scope=RS)]),
    ('Just over 230 warrants have been executed across Southend and Basildon and in excess of £60,000 in cash seized under the Proceeds of Crime Act.',
     [F('warrants', '', 'count', 230, 'more_than', 'just over', scope=RS), F('cash_seized', '', 'gbp', 60000, 'more_than', 'in excess of', scope=RS)]),
    ('The team in the West LPA, covering Grays and Harlow, has made more than 90 arrests since it was created in April this year.',
     [F('arrests', '', 'people', 90, 'more_than', '', scope=('period', "Operation Raptor's West LPA team, April-November 2016"))]),
)

# 14. East Anglian Daily Times, Suffolk, January 2019 week (with ERSOU's two-day regional operation)
add(U14, '2019-01', 'suffolk',
    ('An operation targeting those suspected of supplying drugs in Ipswich and Bury St Edmunds has seen 16 people arrested.',
     [F('arrests', '', 'people', 16)]),
    ('Ten of those arrested formed part of a regional operation on Tuesday, January 22, and Wednesday, January 23, by more than 200 officers from seven forces - Bedfordshire, Cambridgeshire, Essex, Hertfordshire, Kent, Norfolk and Suffolk - supported and co-ordinated by the Eastern Region Special Operations Unit (ERSOU).',
     [F('arrests', '', 'people', 10, 'exact', 'number word; of the 16', scope=('part', "the two days of ERSOU's regional operation")),
      N(200, 'more_than', 'officers deployed: no metric'), N(7, 'exact', 'forces taking part: no metric')]),
    ('The six people arrested during the week of activity are:',
     [F('arrests', '', 'people', 6, 'exact', 'the arrests outside the regional operation', scope=('part', 'the week without the regional operation (6 of 16)'))]),
    ('•Two 27-year-old women arrested in Bury St Edmunds on suspicion of conspiracy to supply class A drugs.',
     [F('arrests_female', '', 'people', 2, 'exact', '27 is an age', scope=('part', 'one town (Bury St Edmunds)'))]),
    ('•A 45-year-old man, a 22-year-old man and a 26-year-old woman arrested on suspicion of supplying class A drugs and released under investigation.',
     [F('arrests_male', '', 'people', 1, 'exact', 'a man (45)'), F('arrests_male', '', 'people', 1, 'exact', 'a man (22); no total computed'),
      F('arrests_female', '', 'people', 1, 'exact', 'a woman (26)')]),
    ('•A 19-year-old woman arrested on suspicion of possession of cannabis and released under investigation pending further enquiries.',
     [F('arrests_female', '', 'people', 1, 'exact', '19 is an age')]),
)

# 15. Heart East Anglia, Suffolk, May 2019 week
IPS = ('part', 'one town (Ipswich)')
add(U15, '2019-05', 'suffolk',
    ('Suffolk Police have revealed they made 24 arrests as part of a national week of action against county lines drugs gangs.',
     [F('arrests', '', 'people', 24)]),
    ('Additionally, the force conducted a wide number of welfare and safeguarding visits to a number of properties, including 10 across Ipswich.',
     [U('welfare_visits', '', 'a wide number'), F('welfare_visits', '', 'count', 10, 'exact', 'properties visited', scope=IPS)]),
    ('A quantity of class A drugs were located on one suspect, including 26 wraps of heroin and 24 wraps of cocaine.',
     [U('drugs_seized', 'class_a', 'a quantity', scope=('part', 'one suspect')),
      F('drugs_seized', 'heroin', 'wraps', 26, 'exact', '', scope=('part', 'one suspect')),
      F('drugs_seized', 'cocaine', 'wraps', 24, 'exact', '', scope=('part', 'one suspect'))]),
    ('Elsewhere, at a premises on Montgomery Road in the town officers also recovered over 20 wraps of suspected class A drugs as well as a quantity of cannabis.',
     [F('drugs_seized', 'class_a', 'wraps', 20, 'more_than', '', scope=('part', 'one address')),
      U('drugs_seized', 'cannabis', 'a quantity', scope=('part', 'one address'))]),
)

# 16. Suffolk Village News, Suffolk, October 2018 week (not in operations.csv)
add(U16, '', 'suffolk',
    ('As part of the week of action officers made 19 arrests.',
     [F('arrests', '', 'people', 19)]),
    ('These include nine arrests in connection with offences relating to possession of drugs with intent to supply, four arrests of possession of a firearm with intent and two arrests of possession of an offensive weapon.',
     [F('arrests', '', 'people', 9, 'exact', 'number word; by offence, part of the 19'),
      F('arrests', '', 'people', 4, 'exact', 'by offence'), F('arrests', '', 'people', 2, 'exact', 'by offence')]),
    ('Police also recovered around 150 wraps of class A drugs and seized four weapons – two knives and two suspected firearms.',
     [F('drugs_seized', 'class_a', 'wraps', 150, 'approximately'),
      F('weapons_seized', '', 'count', 4, 'exact', 'number word'),
      F('weapons_seized', 'knife', 'count', 2), F('weapons_seized', 'firearm', 'count', 2, 'exact', 'suspected firearms')]),
    ('Around £3,500 in cash was also seized in the various operations and warrants conducted over the past week.',
     [F('cash_seized', '', 'gbp', 3500, 'approximately')]),
    ('During 2017 and 2018 (up to end of June) the force made 933 arrests in relation to the supply of controlled drugs.',
     [F('arrests', '', 'people', 933, 'exact', '', scope=('period', 'January 2017 - June 2018'))]),
    ('In 2018, 141 of these were in relation to possession with intent to supply class A drugs.',
     [F('arrests', '', 'people', 141, 'exact', '', scope=('period', 'January - June 2018'))]),
)

# 17. Safe in Warwickshire, Warwickshire's 2018 (Operation Cerberus and sentences)
add(U17, '', 'warwickshire',
    ('Drug crime dropped 14% in Warwickshire last year.',
     [N(14, 'exact', 'a percentage change in drug crime: no metric')]),
    ('This led to 21 arrests and more than £30,000 of class A drugs seized.',
     [F('arrests', '', 'people', 21, 'exact', 'Operation Cerberus', scope=('part', 'Operation Cerberus in one town (Stratford), over months')),
      F('drugs_seized', 'class_a', 'gbp', 30000, 'more_than', '', scope=('part', 'Operation Cerberus in one town (Stratford), over months'))]),
    ('In November, five members of a county lines drug gang were jailed for more the 20 years for their role in shipping drugs from Birmingham into Warwick and Leamington.',
     [N(5, 'exact', 'people jailed: no metric; 20 years is a sentence length; "more the": sic')]),
    ('In November, three men were jailed for a total of more than six years after drugs were seized when their vehicles were stopped in Coventry.',
     [N(3, 'exact', 'men jailed: no metric; six years is a sentence length')]),
)

# 18. Northants Telegraph, county lines active in Northamptonshire's towns (2019)
add(U18, '', 'northamptonshire',
    ('Police are battling sixteen county drugs lines in just one town in north Northamptonshire.',
     [N(16, 'exact', 'lines known to be active, not closed: no metric')]),
    ('Kettering has sixteen groups of dealers known to police that are flooding the town with drugs from big cities.',
     [N(16, 'exact', 'groups of dealers known: no metric')]),
    ('Members of the panel also heard that Corby has just one county line, which is shared with Kettering, East Northants has four, Wellingborough has two and Northampton has fifteen.',
     [N(1, 'exact', 'an active line: no metric'), N(4, 'exact', 'active lines: no metric'),
      N(2, 'exact', 'active lines: no metric'), N(15, 'exact', 'active lines: no metric')]),
)

# 19. Evening Standard, the Met (Operation Orochi), May 2021 week
add(U19, '2021-05', 'metropolitan',
    ('Police have smashed 27 county lines drug operations based in London and made 190 arrests in a week-long crackdown.',
     [F('lines_closed', '', 'count', 27, 'exact', 'county lines drug operations smashed (doubtful)'), F('arrests', '', 'people', 190)]),
    ('In the London crackdown four guns and ammunition were also seized as well as 17 knives, an axe and CS spray.',
     [F('weapons_seized', 'firearm', 'count', 4, 'exact', 'guns'), U('weapons_seized', 'ammunition'),
      F('weapons_seized', 'knife', 'count', 17), F('weapons_seized', 'axe', 'count', 1, 'exact', 'an axe'), U('weapons_seized', 'cs_spray')]),
    ('They also found £126,000 in cash and a horde of £80,000 of luxury watches considered as criminal assets from those working on the lines.',
     [F('cash_seized', '', 'gbp', 126000), F('assets_seized', 'watch', 'gbp', 80000, 'exact', '"horde": sic')]),
    ('Police seized 8kg of class A drugs including heroin and 11kg of class B drugs including 199 cannabis plants.',
     [F('drugs_seized', 'class_a', 'g', 8000), F('drugs_seized', 'class_b', 'g', 11000),
      F('drugs_seized', 'cannabis', 'plants', 199, 'exact', 'heroin named inside the class A figure adds no fact')]),
    ('Under the police operation 240 of those were identified and referred for help to the authorities.',
     [F('safeguarding_referrals', '', 'people', 240, 'exact', 'vulnerable people identified and referred for help (doubtful: could be safeguarded)')]),
    ('The Met’s Operation Orochi team led the raids in London as part of a countrywide crackdown, from May 17 to 23, which saw more than 1,000 people arrested and 292 weapons seized.',
     [F('arrests', '', 'people', 1000, 'more_than', '', scope=('national', 'the national total')),
      F('weapons_seized', '', 'count', 292, 'exact', '', scope=('national', 'the national total'))]),
)

# 20. Ivybridge Today, Operation Scorpion's second phase (4-8 July 2022): Devon and Cornwall
add(U20, '', 'devon_and_cornwall',
    ('The second phase of a regional crackdown on drugs has resulted in more than 230 vulnerable adults and children being safeguarded.',
     [F('safeguarded', '', 'people', 230, 'more_than', '', scope=REG)]),
    ('140 total disruptions, which included: 43 drug line disruptions, 34 arrests, five charges and two convictions, 58 children and adults safeguarded, £117,920 cash seized',
     [N(140, 'exact', 'disruptions: a mixed total, no metric'),
      F('lines_closed', '', 'count', 43, 'exact', 'drug line disruptions (doubtful)'),
      F('arrests', '', 'people', 34), F('charges', '', 'count', 5, 'exact', 'number word'),
      N(2, 'exact', 'convictions: no metric'),
      F('safeguarded', '', 'people', 58, 'exact', 'children and adults, no split'),
      F('cash_seized', '', 'gbp', 117920)]),
    ('Operational highlights: More than 100 cannabis plants seized from address in Newton Abbot and two hydroponic set ups seized in Plymouth.',
     [F('drugs_seized', 'cannabis', 'plants', 100, 'more_than', '', scope=('part', 'one address (Newton Abbot)')),
      N(2, 'exact', 'hydroponic set-ups: equipment, no metric')]),
)

# 21. ITV West Country, Operation Scorpion's first phase, March 2022 week, the South West region
add(U21, '2022-03', 'Zephyr',
    ('Police have arrested nearly 200 people and seized hundreds of thousands of pounds of suspected drugs in an operation spanning the whole of the South West.',
     [F('arrests', '', 'people', 200, 'less_than', 'nearly'), U('drugs_seized', '', 'hundreds of thousands of pounds: no number')]),
    ('In total 194 people have been arrested for drug-related offices.',
     [F('arrests', '', 'people', 194, 'exact', '"offices": sic')]),
    ('Police also seized £404k of suspected drugs, at least £131k in cash seized and weapons including machetes and tasers.',
     [F('drugs_seized', '', 'gbp', 404000), F('cash_seized', '', 'gbp', 131000, 'at_least'),
      U('weapons_seized', '', 'weapons: no number'), U('weapons_seized', 'machete'), U('weapons_seized', 'taser')]),
    ('During the operation - which ran from March 7-13 - officers disrupted 400 drug lines, using tactics like covert surveillance, increased patrols in areas of "high demand" and number plate recognition technology.',
     [F('lines_closed', '', 'count', 400, 'exact', 'drug lines disrupted')]),
)

# 22. UKNIP, Wiltshire, March 2022 week (Operation Scorpion's first phase); the results list run together
add(U22, '2022-03', 'wiltshire',
    ('Over the course of the week in Wiltshire: 20 people were arrested',
     [F('arrests', '', 'people', 20)]),
    ('Ten warrants were executed',
     [F('warrants', '', 'count', 10, 'exact', 'number word')]),
    ('24 vehicles were stopped',
     [N(24, 'exact', 'vehicles stopped (not seized): no metric')]),
    ('Seven drugs lines were shut down',
     [F('lines_closed', '', 'count', 7, 'exact', 'number word')]),
    ('Approximately £12,500 worth of cash seized',
     [F('cash_seized', '', 'gbp', 12500, 'approximately')]),
    ('Up to £3,000 worth of drugs were seized',
     [F('drugs_seized', '', 'gbp', 3000, 'up_to')]),
    ('42 vulnerability checks were completed',
     [F('welfare_visits', '', 'count', 42, 'exact', 'vulnerability checks')]),
    ('11 safeguarding referrals were made and 200 drug users were contacted signposting them to partner support agencies.',
     [F('safeguarding_referrals', '', 'people', 11), N(200, 'exact', 'drug users contacted and signposted: no metric')]),
)

# 23. Calne News, Operation Scorpion (a child criminal exploitation week), the South West region, Wiltshire's part
WIL = ('part', 'Wiltshire: one force of the region')
add(U23, '', 'Zephyr',
    ('In total, 112 people were arrested across the South West.',
     [F('arrests', '', 'people', 112)]),
    ('Officers seized more than sixty seven thousand pounds in cash, recovered fifty two kilograms of cannabis including eight hundred and sixty eight plants, and confiscated three guns along with five imitation firearms.',
     [F('cash_seized', '', 'gbp', 67000, 'more_than', 'number words'),
      F('drugs_seized', 'cannabis', 'g', 52000, 'exact', 'fifty two kilograms'),
      F('drugs_seized', 'cannabis', 'plants', 868, 'exact', 'number words; part of the 52kg'),
      F('weapons_seized', 'firearm', 'count', 3, 'exact', 'guns'),
      F('weapons_seized', 'imitation_firearm', 'count', 5)]),
    ('Forty eight people were safeguarded, including five children.',
     [F('safeguarded', '', 'people', 48, 'exact', 'number words'), F('safeguarded_juvenile', '', 'people', 5, 'exact', 'children, part of the 48')]),
    ('Seventeen warrants were carried out and forty five people were arrested, with four later charged and one convicted.',
     [F('warrants', '', 'count', 17, 'exact', '', scope=WIL), F('arrests', '', 'people', 45, 'exact', '', scope=WIL),
      F('charged', '', 'people', 4, 'exact', '', scope=WIL), N(1, 'exact', 'convicted: no metric')]),
    ('Officers seized almost twelve thousand pounds in cash and around sixty thousand pounds worth of Class A and Class B drugs.',
     [F('cash_seized', '', 'gbp', 12000, 'less_than', 'almost; number words', scope=WIL),
      F('drugs_seized', '', 'gbp', 60000, 'approximately', 'Class A and Class B: empty item', scope=WIL)]),
    ('Police visited fifteen cuckooed addresses and secured five closure orders.',
     [F('cuckooed_addresses_visited', '', 'count', 15, 'exact', '', scope=WIL), N(5, 'exact', 'closure orders: no metric')]),
    ('Eleven weapons were recovered, including an imitation firearm, a machete, a zombie knife, a knuckle duster and a large hunting knife.',
     [F('weapons_seized', '', 'count', 11, 'exact', '', scope=WIL),
      F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', '', scope=WIL),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '', scope=WIL),
      F('weapons_seized', 'zombie_knife', 'count', 1, 'exact', '', scope=WIL),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', '', scope=WIL),
      F('weapons_seized', 'knife', 'count', 1, 'exact', 'a large hunting knife', scope=WIL)]),
    ('Further assets were taken as evidence, including nine mobile phones, three vehicles, clothing and counterfeit cigarettes.',
     [F('mobile_phones_seized', '', 'count', 9, 'exact', '', scope=WIL),
      F('vehicles_seized', '', 'count', 3, 'exact', '', scope=WIL),
      U('assets_seized', '', 'further assets: clothing and counterfeit cigarettes named, no number', scope=WIL)]),
)

# 24. West Midlands PCC, West Midlands Police's County Lines Taskforce, a week of action (2025)
add(U24, '', 'west_midlands',
    ('Police and Crime Commissioner (PCC) Simon Foster, has commended the relentless action of West Midlands Police’s County Lines Taskforce, after an intensified week of action led to 113 arrests, the recovery of 13 firearms, 19 bladed weapons, and significant seizures of Class A drugs, including 1.39 kilos of crack cocaine and 778 grams of heroin.',
     [F('arrests', '', 'people', 113), F('weapons_seized', 'firearm', 'count', 13),
      F('weapons_seized', 'knife', 'count', 19, 'exact', 'bladed weapons'),
      U('drugs_seized', 'class_a', 'significant seizures'),
      F('drugs_seized', 'crack_cocaine', 'g', 1390, 'exact', '1.39 kilos'),
      F('drugs_seized', 'heroin', 'g', 778)]),
    ('The crackdown also saw officers dismantle drug lines, seize close to £300,000 in suspected criminal cash, and safeguard 42 adults and 71 children from exploitation.',
     [U('lines_closed', '', 'drug lines dismantled: no number'),
      F('cash_seized', '', 'gbp', 300000, 'less_than', 'close to'),
      F('safeguarded_adult', '', 'people', 42), F('safeguarded_juvenile', '', 'people', 71, 'exact', 'children; no total computed')]),
    ('A total of two drug lines were shut down in the West Midlands, disrupting networks that fuel serious violence and ruthlessly exploit vulnerable people.',
     [F('lines_closed', '', 'count', 2, 'exact', 'number word')]),
)

# 25. Capital FM Birmingham, January 2019 week: three Birmingham men detained in Wales, and the national results
NAT = ('national', 'the national total')
add(U25, '2019-01', 'west_midlands',
    ("Three Birmingham men have been arrested by police taking part in a week long operation - targeting what's known as‘County Lines’ dealing.",
     [F('arrests_male', '', 'people', 3, 'exact', 'number word; "as‘County": sic', scope=('national', "detained in Wales, another force's area"))]),
    ("The UK wide operation's seen 140 weapons including guns, swords and machetes seized - along £200-thousand pounds cash - and a large amount of drugs.",
     [F('weapons_seized', '', 'count', 140, 'exact', 'items named inside the group add no fact', scope=NAT),
      F('cash_seized', '', 'gbp', 200000, 'exact', '"along £200-thousand pounds": sic', scope=NAT),
      U('drugs_seized', '', 'a large amount', scope=NAT)]),
    ('Nationally, the County Lines intensification week (21-27 Jan) resulted in the recovery of more than 140 weapons – including 12 firearms, swords and machetes – and the seizure of more than £200,000 in cash and a large amount of drugs.',
     [F('weapons_seized', '', 'count', 140, 'more_than', '', scope=NAT),
      F('weapons_seized', 'firearm', 'count', 12, 'exact', 'swords and machetes named inside the group add no fact', scope=NAT),
      F('cash_seized', '', 'gbp', 200000, 'more_than', '', scope=NAT),
      U('drugs_seized', '', 'a large amount', scope=NAT)]),
    ('Around 600 children and 400 adults were also spoken to and signposted to safeguarding support.',
     [F('safeguarded_juvenile', '', 'people', 600, 'approximately', 'spoken to and signposted', scope=NAT),
      F('safeguarded_adult', '', 'people', 400, 'exact', 'the hedge stands before the first number only', scope=NAT)]),
    ('The latest intelligence assessment on County Lines issued by the National Crime Agency suggests there are 2,000 active individual drug lines in the UK – of which around 180 are exporting out of the West Midlands.',
     [N(2000, 'exact', 'active lines estimated: no metric'), N(180, 'approximately', 'active lines from the West Midlands: no metric')]),
)

# 26. Business London Press, City of London Police, a national week (2024)
SOCT = ('part', "one team's warrants (the Serious and Organised Crime Team)")
add(U26, '', 'city_of_london',
    ('Class A and B drugs worth £1.2 million, along with 458 weapons were taken off the streets as part of a national police operation last week.',
     [F('drugs_seized', '', 'gbp', 1200000, 'exact', 'Class A and B: empty item; the national total', scope=NAT),
      F('weapons_seized', '', 'count', 458, 'exact', '', scope=NAT)]),
    ('Drug gangs across London were targeted, leading to a county line being taken down and 18 arrests linked to varying drugs and possession of weapons offences.',
     [F('lines_closed', '', 'count', 1, 'exact', 'a county line taken down'), F('arrests', '', 'people', 18)]),
    ('Serious and Organised Crime Team officers conducted warrants at addresses linked to drug supply which also resulted in the seizure of a drugs line and the safeguarding of two children.',
     [U('warrants', '', 'warrants: no number', scope=SOCT),
      F('lines_closed', '', 'count', 1, 'exact', 'a drugs line seized (probably the same line as above)', scope=SOCT),
      F('safeguarded_juvenile', '', 'people', 2, 'exact', 'children', scope=SOCT)]),
    ('They also charged one individual with two counts of conspiracy to supply heroin and crack.',
     [F('charged', '', 'people', 1, 'exact', 'number word', scope=SOCT), F('charges', '', 'count', 2, 'exact', 'two counts', scope=SOCT)]),
    ('Across the week, City of London Police officers seized a large quantity of wraps of cocaine, six bags of cannabis as well as other smaller quantities of MDMA and crystal meth.',
     [U('drugs_seized', 'cocaine', 'a large quantity of wraps: no number'),
      N(6, 'exact', 'bags of cannabis: a container, no unit of the catalogue (as round 18)'),
      U('drugs_seized', 'mdma'), U('drugs_seized', 'other_drug', 'crystal meth')]),
    ('£2025 in cash was seized and a further three children were safeguarded.',
     [F('cash_seized', '', 'gbp', 2025), F('safeguarded_juvenile', '', 'people', 3, 'exact', 'a further three children')]),
)


def rows(P, strict, drop=(), start=2200):
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
    for name, strict in (('round19_figure.csv', False), ('round19_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
