#!/usr/bin/env python3
"""Round 18: real county lines wording, labelled by hand (round-18 collector, 28 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round18_figure.csv
it is written as is (what the figure IS); in round18_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 17 (same helpers, same conventions).
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


U1 = 'https://www.yorkshirepost.co.uk/news/crime/police-dismantling-criminal-networks-piece-by-piece-1-10056974'
U2 = 'https://www.btp.police.uk/news/btp/news/england/btp-supports-operations-sceptre-with-arrests-across-england-scotland-and-wales/'
U3 = 'https://www.northamptonchron.co.uk/news/crime/police-taskforce-finds-man-with-19-inch-machete-at-railway-station-amid-ten-arrests-in-northamptonshire-county-lines-crackdown-4981106'
U4 = 'https://staging.localrags.co.uk/2025/03/30/railway-drug-network-targeted-in-kent-crackdown'
U5 = 'https://www.greatyarmouthmercury.co.uk/news/county-lines-drug-dealing-norfolk-1-5864805'
U6 = 'http://www.dunstabletoday.co.uk/news/norfolk-police-arrest-22-in-drugs-crackdown-1-7733545'
U7 = 'https://www.dissexpress.co.uk/news/more-than-350-arrested-this-year-in-norfolk-constabulary-s-operation-gravity-1-8305849'
U8 = 'https://feeds.bbci.co.uk/news/uk-england-oxfordshire-67170149'
U9 = 'https://www.radioexe.co.uk/news-and-features/local-news/dg/'
U10 = 'https://thewriterstown.com/news/uk-england-devon-60609723'
U11 = 'https://feeds.bbci.co.uk/news/uk-england-cornwall-64908558'
U12 = 'https://www.daily8.com/en/article/283dd49bac28994a91f24200710e85e0'
U13 = 'https://www.itv.com/news/westcountry/2023-09-29/50-arrested-and-crossbow-drugs-cars-and-cash-seized-in-county-lines-operation'
U14 = 'https://www.cornish-times.co.uk/news/devon-cornwall-police-helped-to-arrest-13-during-drugs-operation-567853'
U15 = 'https://www.shropshirestar.com/news/crime/2026/03/13/15m-in-drugs-seized-by-west-mercia-police-as-they-arrest-more-than-70-people/'
U16 = 'https://yourherefordshire.co.uk/all/news/news-more-than-300-people-arrested-as-west-mercia-police-seized-almost-450000-worth-of-drugs-as-it-continues-to-target-county-lines-drug-dealing/'
U17 = 'https://www.shropshirelive.com/news/2021/10/21/county-lines-gangs-targeted-as-police-make-37-arrests/'
U18 = 'https://www.shropshirelive.com/news/2022/10/13/national-week-of-action-sees-nearly-40-arrested-with-drugs-money-and-weapons-seized/'
U19 = 'https://www.carmarthenshirenewsonline.com/nationalnews/suspected-drug-dealers-arrested-and-substances-worth-around-1800-seized-during-intensification-week/'
U20 = 'https://www.shropshirestar.com/news/crime/2019/07/20/drug-dealers-finding-county-inhospitable/'
U21 = 'https://www.thescarboroughnews.co.uk/news/crime/county-lines-crackdown-police-visit-scarborough-victims-and-potential-victims-of-cuckooing-2983694'
U22 = 'https://www.thescarboroughnews.co.uk/news/crime/police-crackdown-on-county-lines-drug-dealing-in-scarborough-1-10002688'
U23 = 'https://www.itv.com/news/border/2020-09-25/police-arrest-15-people-as-part-of-county-lines-crackdown'
U24 = 'https://www.leicestermedia.online/post/ten-drugs-lines-disrupted-and-50-people-arrested-in-class-a-crackdown'
U25 = 'https://feeds.bbci.co.uk/news/uk-england-leicestershire-63240025'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. Yorkshire Post, the national results of October 2019 (NCLCC), then West Yorkshire's
WY = ('part', 'one force (West Yorkshire) of the national total')
add(U1, '2019-10', 'national',
    ('Police have arrested more than 700 people and confiscated £400,000 worth of drugs during a UK-wide operation against County Lines gangs as they "dismantle criminal networks piece by piece".',
     [F('arrests', '', 'people', 700, 'more_than'), F('drugs_seized', '', 'gbp', 400000, 'exact', 'all items')]),
    ('The National Crime Agency also revealed 12 guns were among 169 weapons seized, while 49 "deal lines" were disrupted by officers in the two-week crackdown.',
     [F('weapons_seized', '', 'count', 169), F('weapons_seized', 'firearm', 'count', 12, 'exact', 'guns, part of the 169'),
      F('lines_closed', '', 'count', 49, 'exact', '"deal lines" disrupted; the page calls the national week a two-week crackdown (doubtful period)')]),
    ('A total of 652 men and 91 women were arrested during the operation, coordinated by the Home Office-funded National County Lines Coordination Centre (NCLCC) and set up to target gangs exploiting children to sell drugs through so-called County Lines.',
     [F('arrests_male', '', 'people', 652), F('arrests_female', '', 'people', 91, 'exact', 'no total computed')]),
    ('As part of the operation, police visited 665 cuckooed addresses.',
     [F('cuckooed_addresses_visited', '', 'count', 665)]),
    ('Forty-one referrals were also made to the National Referral Mechanism, which identifies potential victims of human trafficking.',
     [F('nrm_referrals', '', 'people', 41, 'exact', 'number word')]),
    ("Here in Yorkshire, the county's largest force - West Yorkshire Police - arrested 32 men and one woman, as well as recovering class A drugs including cocaine and MDMA.",
     [F('arrests_male', '', 'people', 32, 'exact', '', scope=WY), F('arrests_female', '', 'people', 1, 'exact', 'one woman', scope=WY),
      U('drugs_seized', 'class_a', 'cocaine and MDMA named inside the unquantified class A', scope=WY)]),
    ('Officers also confiscated £18,000 and seized a number of weapons including air powered pistols, a starting pistol samurai swords, a machete and other knives.',
     [F('cash_seized', '', 'gbp', 18000, 'exact', 'a bare sum taken as cash (as rounds 16-17)', scope=WY),
      U('weapons_seized', '', 'a number of weapons', scope=WY),
      F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', 'a starting pistol (blank firing: imitation; doubtful); comma missing before "samurai swords" (sic)', scope=WY),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '', scope=WY),
      U('weapons_seized', 'air_weapon', 'air powered pistols', scope=WY), U('weapons_seized', 'sword', 'samurai swords', scope=WY),
      U('weapons_seized', 'knife', 'other knives', scope=WY)]),
    ('Police also spoke to four juveniles and three adults potentially at risk of being used in county lines crime, identified a further six potentially vulnerable adults, made four referrals to the National Referral Mechanism and visited seven addresses where it was thought ‘cuckooing’ might have been taking place.',
     [F('safeguarded_juvenile', '', 'people', 4, 'exact', 'spoken to, at risk', scope=WY),
      F('safeguarded_adult', '', 'people', 3, 'exact', '', scope=WY),
      F('safeguarded_adult', '', 'people', 6, 'exact', 'identified as potentially vulnerable (a further six)', scope=WY),
      F('nrm_referrals', '', 'people', 4, 'exact', '', scope=WY),
      F('cuckooed_addresses_visited', '', 'count', 7, 'exact', 'thought to be cuckooed', scope=WY)]),
)

# 2. BTP, Operation Sceptre (a knife week, April 2021): one seizure by the County Lines Taskforce
CJ = ('part', 'one station (Clapham Junction), one day')
add(U2, '', 'british_transport_police',
    ('At Clapham Junction on Monday 26 April, officers working alongside BTPs County Lines Taskforce seized 500 wraps of class A drugs, and more than £2,000 in cash.',
     [F('drugs_seized', 'class_a', 'wraps', 500, 'exact', '"BTPs": sic', scope=CJ),
      F('cash_seized', '', 'gbp', 2000, 'more_than', '', scope=CJ)]),
    ('The drugs have an approximate street value of between £9,000 and £20,000 depending on purity.',
     [F('drugs_seized', 'class_a', 'gbp', 9000, 'at_least', 'a range "between ... and": its low end (doubtful)', scope=CJ),
      F('drugs_seized', 'class_a', 'gbp', 20000, 'up_to', 'a range: its high end (doubtful)', scope=CJ)]),
)

# 3. Northampton Chronicle, BTP's County Lines Taskforce, two days at three Northamptonshire stations
TF = ('part', "one unit (BTP's County Lines Taskforce) at three stations for two days")
add(U3, '', 'british_transport_police',
    ('The BTP County Lines taskforce have charged six people as a result of last week’s operation.',
     [F('charged', '', 'people', 6, 'exact', '', scope=TF)]),
    ('There are also two modern slavery investigations under way.',
     [N(2, 'exact', 'investigations opened: no metric')]),
    ('At Northampton, two Brazilian nationals who had entered the country illegally were referred to safeguarding partners and handed over to immigration services.',
     [F('safeguarding_referrals', '', 'people', 2, 'exact', 'referred to safeguarding partners', scope=('part', 'one station (Northampton) of the taskforce operation'))]),
    ('As well as the criminal interventions, 11 safeguarding interventions were made through support from our partners on scene which included Barnardo’s and Catch 22.',
     [F('safeguarded', '', 'people', 11, 'exact', 'safeguarding interventions taken as people (as round 17)', scope=TF),
      N(22, 'exact', 'part of a charity\'s name (Catch 22), not a figure')]),
)

# 4. Local Rags (Kent), BTP's taskforce with Kent Police, two days on Kent's railway, March 2025
KT = ('part', "one unit (BTP's taskforce) on Kent's railway for two days")
add(U4, '', 'british_transport_police',
    ('A major two-day operation targeting county lines drug trafficking across Kent’s railway network resulted in the seizure of a concealed firearm, multiple knives, and a significant quantity of Class A drugs last week.',
     [F('weapons_seized', 'firearm', 'count', 1, 'exact', 'a concealed firearm', scope=KT),
      U('weapons_seized', 'knife', 'multiple', scope=KT), U('drugs_seized', 'class_a', 'a significant quantity', scope=KT)]),
    ('The operation, aimed at dismantling criminal networks exploiting the rail system, saw eight individuals apprehended for drug-related offences.',
     [F('arrests', '', 'people', 8, 'exact', 'apprehended', scope=KT)]),
    ('Further charges were brought against three other individuals: two men, aged 24 and 28, for possession of bladed articles, and an 18-year-old woman for being concerned in the supply of Class A drugs.',
     [F('charged', '', 'people', 3, 'exact', 'the other numbers are ages', scope=KT),
      N(2, 'exact', 'two men charged: no sex split for charged'), N(1, 'exact', 'a woman charged: no sex split for charged')]),
)

# 5. Great Yarmouth Mercury, ERSOU's two-day operation, August 2018 (seven forces), Norfolk's part
NF = ('part', "Norfolk: one force of ERSOU's region")
add(U5, '', 'ersou',
    ('Seven people have been arrested in connection with county lines drug dealing after a joint operation from the Eastern Region Special Operations Unit.',
     [F('arrests', '', 'people', 7, 'exact', 'number word; in Norfolk', scope=NF)]),
    ('On Tuesday and Wednesday of this week, 23 properties were searched and 61 arrests made across the eastern region.',
     [N(23, 'exact', 'properties searched, no warrant named (as round 17\'s "searches of premises"; doubtful)'),
      F('arrests', '', 'people', 61)]),
    ('More than 200 officers from seven forces - Bedfordshire, Cambridgeshire, Essex, Hertforshire, Kent, Norfollk and Suffolk, were supported by the Met Police and National Crime Agency in the operation.',
     [N(200, 'more_than', 'officers deployed: no metric'), N(7, 'exact', 'forces taking part: no metric; "Hertforshire", "Norfollk": sic')]),
    ('More than 1,000 wraps of Class A drugs were also seized along with cannabis, knives and imitation firearms, and around £20,000 in cash.',
     [F('drugs_seized', 'class_a', 'wraps', 1000, 'more_than'), U('drugs_seized', 'cannabis'), U('weapons_seized', 'knife'),
      U('weapons_seized', 'imitation_firearm'), F('cash_seized', '', 'gbp', 20000, 'approximately')]),
    ('As part of the cross-border operation, seven arrests were made in Norfolk.',
     [F('arrests', '', 'people', 7, 'exact', '', scope=NF)]),
    ('In Norwich a man in his 30s was arrested on suspicion of possession with intent to supply a Class B drug and a woman in her late teens was arrested on suspicion of possession with intent to supply cannabis.',
     [F('arrests_male', '', 'people', 1, 'exact', 'a man; "30s" is an age', scope=('part', 'one city (Norwich)')),
      F('arrests_female', '', 'people', 1, 'exact', 'a woman', scope=('part', 'one city (Norwich)'))]),
    ('Five arrests in Great Yarmouth included a man in his 40s arrested on suspicion with possession with intent to supply Class B drugs.',
     [F('arrests', '', 'people', 5, 'exact', '', scope=('part', 'one town (Great Yarmouth)')),
      F('arrests_male', '', 'people', 1, 'exact', 'a man, one of the five; "40s" is an age', scope=('part', 'one of the five arrests in one town'))]),
)

# 6. Dunstable Today, Norfolk's first Operation Gravity, three weeks (December 2016)
W3 = ('period', 'a three-week operation, not a week')
add(U6, '', 'norfolk',
    ('Norfolk Police arrested 22 people as part of a multi-agency operation against drug related crime in the county but warn it is just the tip of the iceberg.',
     [F('arrests', '', 'people', 22, 'exact', '', scope=W3)]),
    ('Police say thousands of pounds of Class A drugs have been seized.',
     [U('drugs_seized', 'class_a', 'thousands of pounds: no number', scope=W3)]),
)

# 7. Diss Express, Norfolk's Operation Gravity, its first year (2017)
YR = ('period', 'a year, not a week')
add(U7, '', 'norfolk',
    ('More than 350 people have been arrested in the last year in Norfolk Constabulary’s campaign targeting drug dealing in the county.',
     [F('arrests', '', 'people', 350, 'more_than', '', scope=YR)]),
    ('Seventy-seven of the 350 arrested have been convicted in court resulting in a combined total of more than 70years in prison.',
     [N(77, 'exact', 'people convicted: no metric'), F('arrests', '', 'people', 350, 'exact', 'the hedge of the lead is not repeated here', scope=YR),
      N(70, 'more_than', 'years of prison: a duration; "70years": sic')]),
    ('Tens of thousands of pounds worth of heroin, crack cocaine and cash has been seized, along with 40 knives.',
     [N('NULL', 'unquantified', 'one vague sum mixing drugs and cash (two metrics)'),
      F('weapons_seized', 'knife', 'count', 40, 'exact', '', scope=YR)]),
)

# 8. BBC News, Thames Valley, October 2023 week
add(U8, '2023-10', 'thames_valley',
    ('Thames Valley Police said 98 people were held and 40 charged during a five-day operation from 9 to 15 October.',
     [F('arrests', '', 'people', 98, 'exact', '"held"'), F('charged', '', 'people', 40)]),
    ('Drugs, cash, weapons and phones were seized and 30 vulnerable people were safeguarded in Oxfordshire, Berkshire and Buckinghamshire, the force said.',
     [U('drugs_seized'), U('cash_seized'), U('weapons_seized'), U('mobile_phones_seized'), F('safeguarded', '', 'people', 30)]),
    ('Police visited 40 addresses that had been taken over by county lines, seized 1,200 wraps of cocaine, heroine and crack, 1,100 cannabis plants, £67,000 in cash and 121 mobile phones.',
     [F('cuckooed_addresses_visited', '', 'count', 40, 'exact', 'taken over by county lines'),
      F('drugs_seized', '', 'wraps', 1200, 'exact', 'several drugs in one figure: all items; "heroine": sic'),
      F('drugs_seized', 'cannabis', 'plants', 1100), F('cash_seized', '', 'gbp', 67000),
      F('mobile_phones_seized', '', 'count', 121)]),
    ('Weapons found included machetes and an array of hunting, flick, Rambo and kitchen knives.',
     [U('weapons_seized', 'machete'), U('weapons_seized', 'knife', 'an array of knives')]),
)

# 9. Radio Exe, Devon and Cornwall's raids in Plymouth, Merseyside and Morecambe (one day)
SEV = ('national', "raids in three forces' areas (Devon and Cornwall, Merseyside, Lancashire)")
add(U9, '', 'devon_and_cornwall',
    ('Fourteen men have been arrested and large amounts of class A and B drugs and cash seized following raids at seven addresses by 50 Devon and Cornwall police officers.',
     [F('arrests_male', '', 'people', 14, 'exact', 'number word', scope=SEV),
      U('drugs_seized', '', 'class A and B: all items; large amounts', scope=SEV), U('cash_seized', '', '', scope=SEV),
      F('warrants', '', 'count', 7, 'exact', 'raids at addresses taken as warrants (as round 17)', scope=SEV),
      N(50, 'exact', 'officers deployed: no metric')]),
    ('All but one arrest this week were of people in the north of England with the exception of a 41-year-old man from Plymouth, arrested on suspicion of conspiracy to supply Class A drugs.',
     [F('arrests_male', '', 'people', 1, 'exact', 'a man from Plymouth ("All but one": the one); 41 is an age', scope=('part', 'one of the fourteen arrests'))]),
)

# 10. BBC News (via The Writers Town), Operation Medusa in Plymouth, two days (March 2022)
PLY = ('part', 'one city (Plymouth), a two-day operation')
add(U10, '', 'devon_and_cornwall',
    ('Devon and Cornwall Police have arrested 46 people in a two-day crackdown targeting alleged drugs-related activities in Plymouth.',
     [F('arrests', '', 'people', 46, 'exact', '', scope=PLY)]),
    ('Forty-six people were arrested as part of Operation Medusa',
     [F('arrests', '', 'people', 46, 'exact', 'number word; a caption', scope=PLY)]),
    ('Plymouth\'s police commander said he "hadn\'t seen anything like this" as nine people were charged.',
     [F('charged', '', 'people', 9, 'exact', '', scope=PLY)]),
    ('Among the weapons seized were imitation firearms, crossbows, knuckle dusters and knives.',
     [U('weapons_seized', 'imitation_firearm', '', scope=PLY), U('weapons_seized', 'crossbow', '', scope=PLY),
      U('weapons_seized', 'knuckle_duster', '', scope=PLY), U('weapons_seized', 'knife', '', scope=PLY)]),
    ('Eight men and one woman were charged with a range of offences, including possession of drugs, dangerous driving, driving whilst unfit and assault.',
     [N(8, 'exact', 'men charged: no sex split for charged (no total computed)'), N(1, 'exact', 'a woman charged: no sex split for charged')]),
)

# 11. BBC News, Operation Medusa in Cornwall (March 2023), and a week of action in February
CO = ('part', 'Cornwall (Newquay, Penzance) only')
add(U11, '', 'devon_and_cornwall',
    ('It involved more than 100 officers and staff from different departments, Devon and Cornwall Police said.',
     [N(100, 'more_than', 'officers and staff deployed: no metric')]),
    ('Overall, they said there were 31 arrests for a "range" of drug-related offences, theft of a vehicle and possession of weapons.',
     [F('arrests', '', 'people', 31, 'exact', '', scope=CO)]),
    ('The force said vehicles, drugs, cash and bladed weapons were seized.',
     [U('vehicles_seized', '', '', scope=CO), U('drugs_seized', '', '', scope=CO), U('cash_seized', '', '', scope=CO),
      U('weapons_seized', 'knife', 'bladed weapons', scope=CO)]),
    ('Police said 53 people were "safeguarded" as a result, with more than £50,000 cash, drugs and other property seized.',
     [F('safeguarded', '', 'people', 53, 'exact', "the February week of action's (the page's other operation)"),
      N(50000, 'more_than', 'one sum for cash, drugs and other property (several metrics)')]),
)

# 12. BBC News (via Daily8), Operation Scorpion 12 in Devon and Cornwall, seven days (June-July 2025)
add(U12, '', 'devon_and_cornwall',
    ('More than 40 arrests have been made across Devon and Cornwall in a police county lines operation.',
     [F('arrests', '', 'people', 40, 'more_than')]),
    ('The seven-day operation is run by five police forces, including Devon and Cornwall, Avon and Somerset, Dorset, Gloucestershire, Wiltshire, British Transport Police and the South West Regional Organised Crime Unit.',
     [N(5, 'exact', 'forces running the operation: no metric')]),
    ('Drugs including crack, cocaine, heroin and cannabis were seized along with nearly £60,000 in cash, said police.',
     [U('drugs_seized', 'crack_cocaine'), U('drugs_seized', 'cocaine'), U('drugs_seized', 'heroin'), U('drugs_seized', 'cannabis'),
      F('cash_seized', '', 'gbp', 60000, 'less_than', '"nearly"')]),
    ('A number of phones, suspected to have been used to coordinate county lines drug deals, were also seized and 41 arrests were made.',
     [U('deal_line_phones_seized', '', 'a number of'), F('arrests', '', 'people', 41)]),
)

# 13. ITV West Country, Devon and Cornwall with Merseyside's Medusa team, two days in Plymouth (September 2023)
PL2 = ('part', 'one city (Plymouth), two days')
add(U13, '', 'devon_and_cornwall',
    ('Police have seized weapons, more than £30,000 in cash and drugs and arrested 50 people over the past two days in an operation targeting county lines in Plymouth.',
     [U('weapons_seized', '', '', scope=PL2), F('cash_seized', '', 'gbp', 30000, 'more_than', '', scope=PL2),
      U('drugs_seized', '', '', scope=PL2), F('arrests', '', 'people', 50, 'exact', '', scope=PL2)]),
    ('Around 100 officers and staff were involved.',
     [N(100, 'approximately', 'officers and staff deployed: no metric')]),
    ('Weapons including knives, a crossbow and gas-powered air weapons',
     [U('weapons_seized', 'knife', '', scope=PL2), F('weapons_seized', 'crossbow', 'count', 1, 'exact', 'a crossbow', scope=PL2),
      U('weapons_seized', 'air_weapon', 'gas-powered air weapons', scope=PL2)]),
    ('Multiple cars, vans and motorbikes.',
     [U('vehicles_seized', '', 'multiple', scope=PL2)]),
)

# 14. Cornish Times, Devon and Cornwall's arrests across three regions, one day (12 October 2022)
REG = ('national', "warrants across the North West, South East and South West: several forces' areas")
add(U14, '', 'devon_and_cornwall',
    ('In the early hours of this morning (Wednesday, October 12) police carried out proactive arrests of 13 people in relation to an ongoing investigation involving large scale County Lines drugs supply of heroin and crack cocaine.',
     [F('arrests', '', 'people', 13, 'exact', '', scope=REG)]),
    ('11 men and two women have been arrested on suspicion of drug supply offences.',
     [F('arrests_male', '', 'people', 11, 'exact', '', scope=REG), F('arrests_female', '', 'people', 2, 'exact', '', scope=REG)]),
    ('Two men in their 40s, a man in his 30s and a man in his 60s from Liverpool',
     [F('arrests_male', '', 'people', 2, 'exact', 'a list line of the arrested; 40s, 30s, 60s are ages; no total computed', scope=('national', 'from Liverpool: arrested outside the force')),
      F('arrests_male', '', 'people', 1, 'exact', 'a man in his 30s', scope=('national', 'from Liverpool')),
      F('arrests_male', '', 'people', 1, 'exact', 'a man in his 60s', scope=('national', 'from Liverpool'))]),
)

# 15. Shropshire Star, West Mercia, the March 2026 week (not in operations.csv: week empty)
add(U15, '', 'west_mercia',
    ('The force said the action had seen more than £1,500,000 worth of drugs seized during warrants executed across Shropshire, Herefordshire, and Worcestershire, during the week, with a total of 73 arrests made.',
     [F('drugs_seized', '', 'gbp', 1500000, 'more_than', 'all items'), U('warrants'), F('arrests', '', 'people', 73)]),
    ('More than £27,000 in cash linked to criminality was also seized, and 12 bladed weapons and three guns were taken off the streets.',
     [F('cash_seized', '', 'gbp', 27000, 'more_than'), F('weapons_seized', 'knife', 'count', 12, 'exact', 'bladed weapons'),
      F('weapons_seized', 'firearm', 'count', 3, 'exact', 'guns; taken off the streets')]),
    ('The force said the activity resulted in six ‘lines’ being closed.',
     [F('lines_closed', '', 'count', 6)]),
    ('It added that 29 addresses suspected to be subject to cuckooing were visited and 13 safeguarding referrals were made to external agencies for people at risk of exploitation, or for children who were in a home where there was suspected drug activity.',
     [F('cuckooed_addresses_visited', '', 'count', 29), F('safeguarding_referrals', '', 'people', 13)]),
)

# 16. Your Herefordshire, West Mercia's year April 2022 - March 2023
FY = ('period', 'a year (April 2022 to March 2023), not a week')
add(U16, '', 'west_mercia',
    ('In the last year (April 2022 to March 2023) we arrested more than 300 people and seized almost £450,000 worth of drugs in our continued focus on tackling county lines drug dealing.',
     [F('arrests', '', 'people', 300, 'more_than', '', scope=FY), F('drugs_seized', '', 'gbp', 450000, 'less_than', '"almost"', scope=FY)]),
    ('336 people arrested', [F('arrests', '', 'people', 336, 'exact', '', scope=FY)]),
    ('99 people charged', [F('charged', '', 'people', 99, 'exact', '', scope=FY)]),
    ('Drugs worth an estimated £446,328 seized', [F('drugs_seized', '', 'gbp', 446328, 'approximately', '"an estimated"', scope=FY)]),
    ('£95,000 in cash seized', [F('cash_seized', '', 'gbp', 95000, 'exact', '', scope=FY)]),
    ('78 county lines phone lines closed or disrupted', [F('lines_closed', '', 'count', 78, 'exact', '', scope=FY)]),
    ('100 people safeguarded', [F('safeguarded', '', 'people', 100, 'exact', '', scope=FY)]),
)

# 17. Shropshire Live, West Mercia, October 2021 week
add(U17, '2021-10', 'west_mercia',
    ('Police have arrested 37 people during a week of activity targeting County Lines gangs across Shropshire, Herefordshire and Worcestershire.',
     [F('arrests', '', 'people', 37)]),
    ('Drugs with an estimated street value of more than £50,000 were seized during the week.',
     [F('drugs_seized', '', 'gbp', 50000, 'more_than', '"an estimated ... more than": the hedge before the number')]),
    ('Across the West Mercia policing area weapons including three air-weapons and five knives were confiscated, four vehicles were seized, multiple mobile phones as well as more than £46,000 cash recovered during the week of intelligence led intensified activity.',
     [U('weapons_seized', '', 'no total'), F('weapons_seized', 'air_weapon', 'count', 3), F('weapons_seized', 'knife', 'count', 5),
      F('vehicles_seized', '', 'count', 4), U('mobile_phones_seized', '', 'multiple'), F('cash_seized', '', 'gbp', 46000, 'more_than')]),
    ('Where vulnerable people are known to live and potentially be at risk to cuckooing for example, 104 addresses were visited.',
     [F('cuckooed_addresses_visited', '', 'count', 104, 'exact', 'at risk of cuckooing')]),
    ('With 37 arrests made, various warrants executed and cars stopped we have significantly disrupted county lines activity across West Mercia.',
     [F('arrests', '', 'people', 37), U('warrants', '', 'various')]),
)

# 18. Shropshire Live, West Mercia, October 2022 week
add(U18, '2022-10', 'west_mercia',
    ('Last week officers from across the West Mercia Police area supported the National Crime Agency’s County Lines Intensification Week, which saw 38 people arrested and a number of warrants carried out at residential properties.',
     [F('arrests', '', 'people', 38), U('warrants', '', 'a number of')]),
    ('Drugs with an estimated street value of more than £7,000 were seized during the week with a number of weapons such as knives, machetes and batons seized along with four vehicles and 36 mobile phones confiscated.',
     [F('drugs_seized', '', 'gbp', 7000, 'more_than'), U('weapons_seized', '', 'a number of; knives, machetes and batons named inside it'),
      F('vehicles_seized', '', 'count', 4), F('mobile_phones_seized', '', 'count', 36)]),
    ('More than £15,000 in cash was also recovered by officers during the week of intelligence-led intensified activity.',
     [F('cash_seized', '', 'gbp', 15000, 'more_than')]),
    ('During the week of action policing teams visited 110 properties and 18 safeguarding referrals were made as a result of our intervention.',
     [N(110, 'exact', 'properties visited, not said to be cuckooed (doubtful)'), F('safeguarding_referrals', '', 'people', 18)]),
)

# 19. Carmarthenshire News Online, Dyfed-Powys, a national week (which one not said)
add(U19, '', 'dyfed_powys',
    ('Officers across Dyfed-Powys Police arrested two men, visited 19 previous victims vulnerable to exploitation and educated over 500 children during a week of targeted action to disrupt county lines.',
     [F('arrests_male', '', 'people', 2), F('safeguarded', '', 'people', 19, 'exact', 'previous victims visited (doubtful)'),
      F('children_engaged', '', 'people', 500, 'more_than', 'educated')]),
    ('Two men stop searched in Aberystwyth and charged with possessing drugs with intent to supply',
     [F('stop_searches', '', 'count', 2, 'exact', 'two men stop searched'), F('charged', '', 'people', 2)]),
    ('18g of cocaine, worth £1,800, seized during a warrant',
     [F('drugs_seized', 'cocaine', 'g', 18), F('drugs_seized', 'cocaine', 'gbp', 1800), F('warrants', '', 'count', 1, 'exact', 'a warrant')]),
    ('19 previous victims of cuckooing – where a dealer takes over their home to supply drugs – visited for welfare checks and engagement',
     [F('cuckooed_addresses_visited', '', 'count', 19, 'exact', 'victims of cuckooing visited: people counted, taken as cuckooing visits (doubtful)')]),
    ('Talks and lessons about county lines and exploitation given to over 1,000 children',
     [F('children_engaged', '', 'people', 1000, 'more_than', 'the lead says "over 500"')]),
)

# 20. Shropshire Star, Dyfed-Powys' PCC on its arrests by year (July 2019)
add(U20, '', 'dyfed_powys',
    ('He told Carmarthenshire councillors last week there had been around 300 arrests for possession with intent to supply in 2017-18, compared to 200 a year or so previously.',
     [F('arrests', '', 'people', 300, 'approximately', '', scope=('period', 'a year (2017-18), not a week')),
      F('arrests', '', 'people', 200, 'exact', '', scope=('period', 'an earlier year, not a week'))]),
    ('Mr Llywelyn replied: “I would expect it to plateau at 300, and my desire is to see it reduced.”',
     [N(300, 'exact', 'a forecast level of yearly arrests, not a result')]),
    ('Dyfed-Powys Police currently has 1,930 staff, including 1,135 officers and 148 community support officers.',
     [N(1930, 'exact', 'staff: no metric'), N(1135, 'exact', 'officers: no metric'), N(148, 'exact', 'PCSOs: no metric')]),
)

# 21. Scarborough News, North Yorkshire, September 2020 week
add(U21, '2020-09', 'north_yorkshire',
    ('Along with other agencies, officers went to see 64 residents in Scarborough, Harrogate and Skipton identified as victims or potential victims of “cuckooing”.',
     [F('cuckooed_addresses_visited', '', 'count', 64, 'exact', 'residents (people) visited as victims of cuckooing: taken as cuckooing visits (doubtful)')]),
    ('The week of action also saw 15 people arrested - 14 men and a 17-year-old boy.',
     [F('arrests', '', 'people', 15), F('arrests_male', '', 'people', 14), F('arrests_under_18', '', 'people', 1, 'exact', 'a boy; 17 is an age')]),
    ('North Yorkshire Police has three proactive teams focused on county lines and based in the areas that are impacted most – York, Harrogate and Scarborough.',
     [N(3, 'exact', 'teams: no metric')]),
)

# 22. Scarborough News, North Yorkshire's lines (a PCC report, September 2019)
add(U22, '', 'north_yorkshire',
    ('North Yorkshire has 20 unique deal line telephone numbers linked to 14 different County Lines groups, with two of these in Scarborough and Whitby',
     [N(20, 'exact', 'lines operating (not closed)'), N(14, 'exact', 'groups: no metric'), N(2, 'exact', 'groups/lines in two towns: no metric')]),
    ('[A total of] 102 individuals have been linked to County Lines offending.',
     [N(102, 'exact', 'people linked to offending: no metric')]),
)

# 23. ITV Border, Cumbria, September 2020 week
add(U23, '2020-09', 'cumbria',
    ('Fifteen people have been arrested in Cumbria as part of a week-long operation cracking down on county lines crime.',
     [F('arrests', '', 'people', 15, 'exact', 'number word')]),
    ('Five of the arrests made in Barrow on one day, on suspicion of offences including possession of drugs, possessing an offensive weapon and being concerned in the supply of drugs.',
     [F('arrests', '', 'people', 5, 'exact', '', scope=('part', 'one town (Barrow), one day'))]),
    ('Four other arrests were made in Barrow on suspicion of being concerned in the supply of drugs.',
     [F('arrests', '', 'people', 4, 'exact', '', scope=('part', 'one town (Barrow)'))]),
    ('Two people were arrested in Carlisle, on suspicion of possession of drugs, and two others were arrested on the M6 on suspicion of money laundering.',
     [F('arrests', '', 'people', 2, 'exact', '', scope=('part', 'one city (Carlisle)')),
      F('arrests', '', 'people', 2, 'exact', 'on the M6', scope=('part', 'one road (the M6)'))]),
)

# 24. Leicester Media, Leicestershire, two weeks of warrants after a nine-month investigation
TWO = ('period', 'two weeks of warrants after a nine-month investigation, not a week')
add(U24, '', 'leicestershire',
    ('A nine-month investigation centred in Leicester has led to more than £300,000 worth of class A drugs and £75,000 in cash being seized.',
     [F('drugs_seized', 'class_a', 'gbp', 300000, 'more_than', '', scope=TWO),
      F('cash_seized', '', 'gbp', 75000, 'exact', 'the hedge stands before the first number only', scope=TWO)]),
    ('Over the last two weeks, officers have executed a significant number of warrants at addresses across the county in an attempt to disrupt the buying and selling of drugs – activity known as County Lines.',
     [U('warrants', '', 'a significant number', scope=TWO)]),
    ('A total of 50 people have been arrested under the Misuse of Drugs Act, including a number of significant people who were believe to be controlling the “County Lines”.',
     [F('arrests', '', 'people', 50, 'exact', '"were believe": sic', scope=TWO)]),
    ('With 50 people arrested, and 30 now charged with drugs offences and going through the court system, they aren’t causing harm in the community, bringing drugs into the force area.',
     [F('arrests', '', 'people', 50, 'exact', '', scope=TWO), F('charged', '', 'people', 30, 'exact', '', scope=TWO)]),
)

# 25. BBC News, Leicestershire, October 2022 week
add(U25, '2022-10', 'leicestershire',
    ('Fifty two people have been arrested in a week-long crackdown on county lines drug dealing in Leicestershire.',
     [F('arrests', '', 'people', 52, 'exact', 'number words')]),
    ('Police seized 10 weapons - including a samurai sword, a machete and a crossbow - and £16,000 in cash.',
     [F('weapons_seized', '', 'count', 10), F('weapons_seized', 'sword', 'count', 1, 'exact', 'a samurai sword'),
      F('weapons_seized', 'machete', 'count', 1), F('weapons_seized', 'crossbow', 'count', 1), F('cash_seized', '', 'gbp', 16000)]),
    ('Hundreds of wraps of crack cocaine and 258 cannabis plants were also found by officers.',
     [U('drugs_seized', 'crack_cocaine', 'hundreds of wraps: no number'), F('drugs_seized', 'cannabis', 'plants', 258)]),
    ('Officers carried out 30 raids - including four simultaneously in Leicester, Derbyshire and London which they said had led to the dismantling of the Coalville drug operation.',
     [F('warrants', '', 'count', 30, 'exact', 'raids taken as warrants (as round 17)'),
      F('warrants', '', 'count', 4, 'exact', 'raids', scope=('national', "in Leicester, Derbyshire and London: three forces' areas"))]),
    ('To execute 30 search warrants across the force area when we have had so many competing demands recently is testament to the dedication, hard work and professionalism of our staff and officers across many teams and partner organisations.',
     [F('warrants', '', 'count', 30)]),
)


def rows(P, strict, drop=(), start=2100):
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
    for name, strict in (('round18_figure.csv', False), ('round18_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
