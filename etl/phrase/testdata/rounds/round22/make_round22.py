#!/usr/bin/env python3
"""Round 22: real county lines wording, labelled by hand (round-22 collector, 29 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round22_figure.csv
it is written as is (what the figure IS); in round22_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 21 (same helpers, same conventions).
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



U1 = 'https://candofm.co.uk/news/arrests-made-cash-seized-and-vulnerable-people-helped-during-week-long-crackdown-on-county-lines/'
U2 = 'https://www.lep.co.uk/news/county-lines-crackdown-in-blackpool-and-preston-sees-27-arrests-and-major-drug-lines-shut-down-5377599'
U3 = 'https://www.blackpoolgazette.co.uk/news/11-people-arrested-after-drugs-weapons-and-ps14k-seized-during-county-lines-crackdown-in-lancashire-4911097'
U4 = 'https://warringtonguardian.co.uk/news/23044810.arrests-made-across-warrington-week-action-cheshire-police'
U5 = 'https://www.south-wales.police.uk/news/south-wales/news/2022/hyd-oct/46-arrested-and-drugs-worth-an-estimated-715000-seized-in-the-latest-intensification-week/'
U6 = 'https://www.south-wales.police.uk/news/south-wales/news/2021/may/county-lines-intensification-week--success-for-southern-welsh-police-forces/'
U7 = 'https://westwaleschronicle.co.uk/blog/2019/01/14/south-wales-police-joined-by-partners-across-swansea-and-neath-port-talbot-for-operation-to-tackle-county-lines'
U8 = 'https://www.hemeltoday.co.uk/news/crime/25-arrests-made-in-hertfordshire-during-week-long-crackdown-on-organised-drug-dealing-3616877'
U9 = 'https://www.cambstimes.co.uk/news/major-police-operation-to-tackle-county-drug-lines-1-5866918'
U10 = 'https://www.sussexexpress.co.uk/news/crime/sussex-police-put-pressure-on-county-line-drug-dealers-3616745'
U11 = 'https://brightonandhovenews.org/?p=119447'
U12 = 'https://www.bournemouthecho.co.uk/news/19766938.crackdown-gang-flooding-drugs-dorset-merseyside/'
U13 = 'https://www.yorkshireeveningpost.co.uk/news/crime/west-yorkshire-police-make-28-arrests-and-seize-ps15000-of-drugs-during-crackdown-4380309'
U14 = 'https://thetelegraphandargus.co.uk/news/23373509.37-arrests-west-yorkshire-part-county-lines-crackdown'
U15 = 'https://news.npcc.police.uk/releases/over-500-weapons-seized-and-1-400-vulnerable-people-safeguarded-during-crackdown-of-county-line-drug-dealers'
U16 = 'https://news.npcc.police.uk/releases/241-county-lines-shut-down-following-national-action'
U17 = 'https://parallelparliament.co.uk/question/126769/drugs-organised-crime'
U18 = 'https://parallelparliament.co.uk/mp/dean-russell/vs/antony-higginbotham'
U19 = 'https://www.blackpoolgazette.co.uk/news/crime/eight-arrested-after-heroin-crack-cocaine-and-cannabis-seized-during-three-day-police-operation-at-railway-stations-across-lancashire-3775822'
U20 = 'https://www.johnogroat-journal.co.uk/news/police-day-of-action-targets-drug-gangs-212592/'
U21 = 'https://www.ross-shirejournal.co.uk/news/national/county-lines-gangs-targeted-with-weapons-and-drugs-seized-122839/'
U22 = 'https://heraldscotland.com/news/19333904.police-seize-drugs-cash-county-lines-crackdown'
U23 = 'https://www.avonandsomerset.police.uk/news/2022/10/18-arrests-made-during-county-lines-intensification-week/'
U24 = 'https://www.avonandsomerset-pcc.gov.uk/Your-PCC/PCC-Blog/2019/May/We-must-continue-to-keep-communities-safe.aspx'
U25 = 'https://www.hampshirechronicle.co.uk/news/19121123.100-suspects-arrested-1m-drugs-seized-bid-tackle-county-lines/'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. Cando FM, Cumbria Constabulary, March 2024 week (the Times and Star's rewrite already used)
CAR = ('part', 'one line in the Carlisle area')
STA = ('part', 'one area (Stainmore)')
add(U1, '2024-03', 'cumbria',
    ('Arrests were made, £10,000 was seized and vulnerable people were safeguarded during a week-long intensified focus on the issue of county lines drugs crime in Cumbria.',
     [U('arrests', '', '"Arrests were made": no number'),
      F('cash_seized', '', 'gbp', 10000, 'exact', '"£10,000 was seized": money, taken as cash'),
      U('safeguarded')]),
    ('More than 1,100 people also received expert advice about this type of exploitation and offending as police officers and staff visited groups and schools to raise awareness of the threats to communities.',
     [N(1100, 'more_than', 'people (of all ages, groups and schools) given advice: no metric'),
      U('schools_visited', '', '"visited groups and schools": no number')]),
    ('During this week, it is suspected enquiries led to the disruption of another of these lines in the Carlisle area, with a man from Merseyside charged following enquiries.',
     [F('lines_closed', '', 'count', 1, 'exact', '"another of these lines" disrupted, taken as closed (doubtful)', scope=CAR),
      F('charged', '', 'people', 1, 'exact', '"a man ... charged"', scope=CAR)]),
    ('The arrest of four people in the Stainmore area, with a quantity of suspected MCAT – other',
     [F('arrests', '', 'people', 4, 'exact', 'number word; a bullet; the excerpt ends mid-sentence ("other")', scope=STA),
      U('drugs_seized', 'other_drug', 'MCAT (mephedrone)', scope=STA)]),
)

# 2. Lancashire Evening Post, British Transport Police with Lancashire Police, two days (14-15 October 2025), Blackpool and Preston
JL = ('national', 'a joint operation with another force (British Transport Police)')
BPL = ('part', 'one town (Blackpool) of a joint operation')
PRE = ('part', 'one town (Preston) of a joint operation')
add(U2, '', 'lancashire',
    ('A major joint operation between British Transport Police (BTP) and Lancashire Police has led to 27 arrests, the closure of 12 county lines drug networks, and the seizure of Class A drugs, weapons, and large amounts of cash in Blackpool and Preston.',
     [F('arrests', '', 'people', 27, scope=JL),
      F('lines_closed', '', 'count', 12, 'exact', 'closure of drug networks', scope=JL),
      U('drugs_seized', 'class_a', '', scope=JL), U('weapons_seized', '', '', scope=JL),
      U('cash_seized', '', '"large amounts of cash"', scope=JL)]),
    ('In Blackpool, nine men were arrested for possession with intent to supply crack cocaine and heroin.',
     [F('arrests_male', '', 'people', 9, 'exact', 'number word', scope=BPL)]),
    ('Officers also recovered one knife and two firearms and successfully dismantled six county lines networks.',
     [F('weapons_seized', 'knife', 'count', 1, 'exact', 'number word; recovered = seized', scope=BPL),
      F('weapons_seized', 'firearm', 'count', 2, 'exact', 'number word', scope=BPL),
      F('lines_closed', '', 'count', 6, 'exact', 'number word; networks dismantled = closed', scope=BPL)]),
    ('In Preston, another six county lines operations were shut down.',
     [F('lines_closed', '', 'count', 6, 'exact', 'number word; "operations" shut down taken as lines closed', scope=PRE)]),
    ('Officers arrested seven men and two women for possession with intent to supply Class A drugs, while two men were arrested for being concerned in the supply of drugs.',
     [F('arrests_male', '', 'people', 7, 'exact', 'number word', scope=PRE),
      F('arrests_female', '', 'people', 2, 'exact', 'number word', scope=PRE),
      F('arrests_male', '', 'people', 2, 'exact', 'number word; a second group of men (no total computed)', scope=PRE)]),
    ('Two teenagers - a 16-year-old and a 17-year-old - were also arrested on suspicion of dealing Class A drugs.',
     [F('arrests_under_18', '', 'people', 2, 'exact', 'number word; teenagers aged 16 and 17 (ages not counted)', scope=PRE)]),
    ('Across both days, officers carried out 40 stop and searches, seized large quantities of heroin and crack cocaine, and recovered three knives, including a Rambo-style weapon.',
     [F('stop_searches', '', 'count', 40, scope=JL),
      U('drugs_seized', 'heroin', '', scope=JL), U('drugs_seized', 'crack_cocaine', '', scope=JL),
      F('weapons_seized', 'knife', 'count', 3, 'exact', 'number word; the Rambo-style weapon is one of the three', scope=JL)]),
    ('As part of the wider operation, police visited four addresses in Blackpool and Preston linked to cuckooing and child exploitation, where four vulnerable people were identified and offered safeguarding support from partner agencies including St Giles Trust, Catch22, Horizon Awaken, Coastal Housing and Change Grow Live.',
     [F('cuckooed_addresses_visited', '', 'count', 4, 'exact', 'number word', scope=JL),
      F('safeguarded', '', 'people', 4, 'exact', 'number word; identified and offered safeguarding support', scope=JL)]),
    ('In total, 13 of those arrested have since been charged and remanded in custody.',
     [F('charged', '', 'people', 13, 'exact', 'charged since the operation, taken as its own', scope=JL)]),
)

# 3. Blackpool Gazette, Lancashire Police's West Division, November-December 2024 week
WD = ('part', 'West Division only (Blackpool, Fylde, Wyre, Lancaster, Morecambe), a part of the force')
add(U3, '2024-11', 'lancashire',
    ('11 people were arrested after drugs, weapons and cash were seized during a crackdown on county lines in Lancashire.',
     [F('arrests', '', 'people', 11, scope=WD), U('drugs_seized', '', '', scope=WD),
      U('weapons_seized', '', '', scope=WD), U('cash_seized', '', '', scope=WD)]),
    ('The operation, which took place between November 25 and December 2, led to 11 arrests and 13 individuals being safeguarded from harm.',
     [F('arrests', '', 'people', 11, scope=WD), F('safeguarded', '', 'people', 13, scope=WD)]),
    ('Officers also seized approximately £14,735 in cash, multiple mobile phones and significant quantities of drugs, including more than 800g of cocaine, quantities of heroin and crack and 160 cannabis plants.',
     [F('cash_seized', '', 'gbp', 14735, 'approximately', '', scope=WD),
      U('mobile_phones_seized', '', '"multiple mobile phones"', scope=WD),
      F('drugs_seized', 'cocaine', 'g', 800, 'more_than', '', scope=WD),
      U('drugs_seized', 'heroin', '', scope=WD), U('drugs_seized', 'crack_cocaine', '"crack"', scope=WD),
      F('drugs_seized', 'cannabis', 'plants', 160, 'exact', '', scope=WD)]),
)

# 4. Warrington Guardian, Cheshire Constabulary, October 2022 week
WAR = ('part', 'one town (Warrington)')
add(U4, '2022-10', 'cheshire',
    ('FOUR arrests have been made across Warrington as criminals linked to county line drug dealing have been targeted during a week of action across Cheshire.',
     [F('arrests', '', 'people', 4, 'exact', 'number word', scope=WAR)]),
    ('Officers arrested 38 people across the region in total with the majority being on suspicion of drug offences as well as some being in possession of a knife and driving offence.',
     [F('arrests', '', 'people', 38, 'exact', '"across the region" = the force area (Cheshire)')]),
    ('A large number of drugs were also recovered – including 497 wraps of crack cocaine and heroin, 17 cannabis deals, and almost 1kg of cocaine which was valued at around £69,000.',
     [F('drugs_seized', '', 'wraps', 497, 'exact', 'crack cocaine and heroin together: empty item'),
      F('drugs_seized', 'cannabis', 'wraps', 17, 'exact', 'deals counted as wraps'),
      F('drugs_seized', 'cocaine', 'g', 1000, 'less_than', 'almost 1kg'),
      F('drugs_seized', 'cocaine', 'gbp', 69000, 'approximately', '')]),
    ('As well as this, £27,000 in cash has been seized.',
     [F('cash_seized', '', 'gbp', 27000)]),
    ('Police also recovered 63 mobile phones, three vehicles, seven knives and eight other weapons including an air pistol and air rifle.',
     [F('mobile_phones_seized', '', 'count', 63, 'exact', 'recovered = seized'),
      F('vehicles_seized', '', 'count', 3, 'exact', 'number word'),
      F('weapons_seized', 'knife', 'count', 7, 'exact', 'number word'),
      F('weapons_seized', 'other_weapon', 'count', 8, 'exact', 'number word; "other weapons" besides the knives (doubtful: not a total of all weapons)'),
      F('weapons_seized', 'air_weapon', 'count', 1, 'exact', '"an air pistol"'),
      F('weapons_seized', 'air_weapon', 'count', 1, 'exact', '"air rifle" under the same article (doubtful)')]),
    ('Twenty addresses were identified and visited by officers linked to cuckooing – a term used to describe how organised crime groups either befriend, manipulate or force themselves into the homes lived in by vulnerable people in order to use the property to store and sell heroin and crack cocaine.',
     [F('cuckooed_addresses_visited', '', 'count', 20, 'exact', 'number word')]),
    ('At least 23 people were identified as being vulnerable and at risk of criminal exploitation by county line drug gangs.',
     [F('safeguarded', '', 'people', 23, 'at_least', 'identified as vulnerable and at risk (the page next says safeguarded)')]),
)

# 5. South Wales Police's own page, October 2022 week: the three forces of Tarian's area (nation.cymru's rewrite already used)
add(U5, '2022-10', 'tarian',
    ('Officers across south Wales have arrested 46 people and safeguarded 24 vulnerable people during a week of targeted action to disrupt county lines.',
     [F('arrests', '', 'people', 46, 'exact', 'three forces together: Tarian\'s area'),
      F('safeguarded', '', 'people', 24)]),
    ('Officers also engaged with children, parents and professionals to highlight the danger of involvement in County Lines activity and delivered County Lines awareness sessions to over 1,000 multi-agency partners and 11,000 children.',
     [N(1000, 'more_than', 'multi-agency partners given sessions: no metric'),
      F('children_engaged', '', 'people', 11000, 'exact', 'the "over" stands before the first number only')]),
)

# 6. South Wales Police's own page, May 2021 week: Tarian's area (the Penarth Times' rewrite already used)
add(U6, '2021-05', 'tarian',
    ('The latest week of action aiming to tackle county lines criminality has been a success for police forces across southern Wales with more than 30 arrests and four County Lines taken down.',
     [F('arrests', '', 'people', 30, 'more_than', 'the forces of Tarian\'s area together'),
      F('lines_closed', '', 'count', 4, 'exact', 'number word; taken down = closed')]),
)

# 7. West Wales Chronicle, South Wales Police's Western BCU, Op Cristo days of action (early January 2019, before the national week)
WB = ('part', 'Western BCU only (Swansea and Neath Port Talbot), a part of the force; days of action')
add(U7, '', 'south_wales',
    ('Nine arrests for offences including possession of Class A and Class B drugs with the intent to supply, drugs possession and failure to appear at court.',
     [F('arrests', '', 'people', 9, 'exact', 'number word; a bullet', scope=WB)]),
    ('Among those arrested were two youths believed to be involved in county lines drug supply.',
     [F('arrests_under_18', '', 'people', 2, 'exact', 'number word; "youths" taken as under 18', scope=WB)]),
    ('Four drug warrants executed',
     [F('warrants', '', 'count', 4, 'exact', 'number word; a bullet', scope=WB)]),
    ('20 stop-searches',
     [F('stop_searches', '', 'count', 20, 'exact', 'a bullet', scope=WB)]),
)

# 8. Hemel Today, Hertfordshire with the Eastern region (ERSOU), March 2022 week
ER = ('national', 'the Eastern region forces together (ERSOU)')
add(U8, '2022-03', 'hertfordshire',
    ('Police officers made 25 arrests in Hertfordshire during a week-long crackdown on organised drug dealing across the Eastern region.',
     [F('arrests', '', 'people', 25)]),
    ('In total ,151 arrests were made by the Eastern Region Special Operations Unit which targeted county line drug distribution schemes.',
     [F('arrests', '', 'people', 151, 'exact', '"total ,151": sic', scope=ER)]),
    ('Between Monday 7 March and Friday 11 March 151 people were arrested, 34 dangerous weapons including 17 knives were seized and 55 vulnerable children and adults were safeguarded.',
     [F('arrests', '', 'people', 151, scope=ER), F('weapons_seized', '', 'count', 34, scope=ER),
      F('weapons_seized', 'knife', 'count', 17, 'exact', 'inside the 34', scope=ER),
      F('safeguarded', '', 'people', 55, scope=ER)]),
    ('Police estimate that £48,000 worth of drugs and more than £150,000 worth of cash was also seized, 34 phones used in county line operations were taken.',
     [F('drugs_seized', '', 'gbp', 48000, 'approximately', '"Police estimate"', scope=ER),
      F('cash_seized', '', 'gbp', 150000, 'more_than', '', scope=ER),
      F('deal_line_phones_seized', '', 'count', 34, 'exact', 'phones used in county line operations; taken = seized', scope=ER)]),
)

# 9. Cambs Times, ERSOU's two-day eastern region operation (22-23 January 2019) (Peterborough Today's copy already used)
PET = ('part', 'Peterborough only')
ONE = ('part', 'one suspect')
add(U9, '', 'ersou',
    ('More than 60 people have been arrested and more than 1,000 wraps of Class A drugs, knives, imitation firearms and £20,000 cash has been seized in a major police operation to crackdown on drug dealing.',
     [F('arrests', '', 'people', 60, 'more_than'),
      F('drugs_seized', 'class_a', 'wraps', 1000, 'more_than'),
      U('weapons_seized', 'knife'), U('weapons_seized', 'imitation_firearm'),
      F('cash_seized', '', 'gbp', 20000)]),
    ('A 16-year-old youth from Peterborough is among 61 people detained by police forces across the eastern region in a two day county lines drugs campaign that saw knives, cannabis, imitation firearms and £20,000 seized.',
     [F('arrests_under_18', '', 'people', 1, 'exact', '"A 16-year-old youth" (the age not counted)', scope=ONE),
      F('arrests', '', 'people', 61, 'exact', 'detained = arrested'),
      U('weapons_seized', 'knife'), U('drugs_seized', 'cannabis'), U('weapons_seized', 'imitation_firearm'),
      F('cash_seized', '', 'gbp', 20000)]),
    ('In total, 23 homes were searched on Tuesday and Wednesday (January 22 and 23) by more than 200 officers from Bedfordshire, Cambridgeshire, Essex, Hertfordshire, Kent, Norfolk and Suffolk, supported and co-ordinated by the Eastern Region Special Operations Unit (ERSOU).',
     [F('warrants', '', 'count', 23, 'exact', 'homes searched taken as warrants (doubtful)'),
      N(200, 'more_than', 'officers deployed: no metric')]),
    ('Of those arrested, five people, including a 16-year-old boy and a 20-year-old woman, were from Peterborough.',
     [F('arrests', '', 'people', 5, 'exact', 'number word', scope=PET),
      F('arrests_under_18', '', 'people', 1, 'exact', '"a 16-year-old boy"', scope=PET),
      F('arrests_male', '', 'people', 1, 'exact', 'a boy is also a male arrest', scope=PET),
      F('arrests_female', '', 'people', 1, 'exact', '"a 20-year-old woman"', scope=PET)]),
    ('In total more than 1,000 wraps of Class A drugs were seized, along with amounts of cannabis, a number of knives and imitation firearms, and approximately £20,000 in cash.',
     [F('drugs_seized', 'class_a', 'wraps', 1000, 'more_than'), U('drugs_seized', 'cannabis'),
      U('weapons_seized', 'knife', '"a number of knives"'), U('weapons_seized', 'imitation_firearm'),
      F('cash_seized', '', 'gbp', 20000, 'approximately')]),
)

# 10. Sussex Express, Sussex Police, March 2022 week
Y21 = ('period', 'the year 2021 and the year before')
M12 = ('period', 'the past 12 months')
BRS = ('part', 'one operation at one station (Brighton)')
add(U10, '2022-03', 'sussex',
    ('During 2021, Sussex Police recorded 206 disruptions against phone ‘lines’ into the county, mainly from London, an increase of from 172 over the previous year.',
     [N(206, 'exact', 'disruptions against lines in 2021: not lines closed, no metric'),
      N(172, 'exact', 'disruptions in 2020; "an increase of from": sic')]),
    ('Over the past 12 months alone 184 lines have been disrupted.',
     [F('lines_closed', '', 'count', 184, 'exact', 'disrupted taken as closed (doubtful)', scope=M12)]),
    ('“County line drug dealing continues to be a threat with currently 42 county lines active across Sussex.',
     [N(42, 'exact', 'lines active now: lines known, not closed')]),
    ('Other police activity in that week included executing four warrants, 30 arrests for suspected Class A drug dealing and money laundering, seizure of drugs with an estimated street value of more than £125,000 and more than £20,000 cash, seizure of 50 computers and mobile phones and checking on vulnerbale people at addresses across the county which resulted in identification of and support for 38 people vulnerable to ‘cuckooing’ by drug dealers, police said.',
     [F('warrants', '', 'count', 4, 'exact', 'number word'), F('arrests', '', 'people', 30),
      F('drugs_seized', '', 'gbp', 125000, 'more_than', 'estimated street value; "more than" is the nearer hedge'),
      F('cash_seized', '', 'gbp', 20000, 'more_than'),
      N(50, 'exact', 'computers and mobile phones together: two kinds, no metric'),
      F('safeguarded', '', 'people', 38, 'exact', 'identified and supported; "vulnerbale": sic')]),
    ('Police added the force also worked with the British Transport Police at Brighton Railway Station deploying an electronic knife detection arch which resulted in a seizure of a ‘zombie’ knife.',
     [F('weapons_seized', 'zombie_knife', 'count', 1, 'exact', '"a \'zombie\' knife"', scope=BRS)]),
)

# 11. Brighton and Hove News, Sussex Police in Brighton and Hove, May 2021 week (the Bexhill Observer's force-wide page already used)
BH = ('part', 'one city (Brighton and Hove)')
MON = ('part', 'one address (Montpelier Place)')
add(U11, '2021-05', 'sussex',
    ('Almost 20 people were arrested in Brighton and Hove last week during an operation to crack down on county lines drug gangs.',
     [F('arrests', '', 'people', 20, 'less_than', 'almost', scope=BH)]),
    ('Three men were arrested at Montpelier Place, Brighton where the drugs pictured above were seized.',
     [F('arrests_male', '', 'people', 3, 'exact', 'number word', scope=MON),
      U('drugs_seized', '', 'the drugs pictured', scope=MON)]),
    ('In total, 18 people were arrested, ten for Class A drugs supply offences, three for grievous bodily harm, one for possession of offensive weapon, and five others for vehicle-related offences.',
     [F('arrests', '', 'people', 18, scope=BH),
      N(10, 'exact', 'arrests by offence (Class A supply): a part of the arrests, no metric (number word)'),
      N(3, 'exact', 'arrests by offence (GBH): no metric (number word)'),
      N(1, 'exact', 'arrests by offence (offensive weapon): no metric (number word)'),
      N(5, 'exact', 'arrests by offence (vehicle-related): no metric (number word)')]),
    ('2300 wraps of Class A drugs worth around £26,000 and 1-2 kilos of cannabis were recovered along with £8500 Cash.',
     [F('drugs_seized', 'class_a', 'wraps', 2300, 'exact', 'recovered = seized', scope=BH),
      F('drugs_seized', 'class_a', 'gbp', 26000, 'approximately', '', scope=BH),
      N(2000, 'up_to', '"1-2 kilos of cannabis": a range, no single figure (doubtful; could be drugs_seized cannabis g 2000 up_to)'),
      F('cash_seized', '', 'gbp', 8500, 'exact', '', scope=BH)]),
    ('14 mobile phones were seized from suspects, together with two weapons, a knuckleduster and a knife and two drug warrants were executed.',
     [F('mobile_phones_seized', '', 'count', 14, scope=BH),
      F('weapons_seized', '', 'count', 2, 'exact', 'number word', scope=BH),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', 'inside the two', scope=BH),
      F('weapons_seized', 'knife', 'count', 1, 'exact', 'inside the two', scope=BH),
      F('warrants', '', 'count', 2, 'exact', 'number word', scope=BH)]),
)

# 12. Bournemouth Echo, Dorset Police with Merseyside Police, a two-day operation (date not in the excerpt)
DM = ('national', 'a joint operation with another force (Merseyside)')
WR1 = ('part', 'one warrant')
SUS = ('part', 'one suspect')
add(U12, '', 'dorset',
    ("A CRACKDOWN on drugs being flooded into Dorset from Merseyside gangs saw police make 15 arrests and seize class As, vehicles, cash and a 'firearm'.",
     [F('arrests', '', 'people', 15, scope=DM), U('drugs_seized', 'class_a', '"class As"', scope=DM),
      U('vehicles_seized', '', '', scope=DM), U('cash_seized', '', '', scope=DM),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', '"a \'firearm\'" in quotes (the list says an imitation firearm; doubtful)', scope=DM)]),
    ('15 arrests were made',
     [F('arrests', '', 'people', 15, scope=DM)]),
    ('8 vehicles were seized',
     [F('vehicles_seized', '', 'count', 8, scope=DM)]),
    ('A warrant was carried out which resulted in the seizure of approximately £1,000 in cash, a small quantity of suspected class A drugs, and an imitation firearm',
     [F('warrants', '', 'count', 1, 'exact', '"A warrant"', scope=WR1),
      F('cash_seized', '', 'gbp', 1000, 'approximately', '', scope=WR1),
      U('drugs_seized', 'class_a', '"a small quantity"', scope=WR1),
      F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', '"an imitation firearm"', scope=WR1)]),
    ('A street search of a suspect resulted in an arrest when seven wraps of suspected class A drugs were discovered.',
     [F('arrests', '', 'people', 1, 'exact', '"an arrest"', scope=SUS),
      F('drugs_seized', 'class_a', 'wraps', 7, 'exact', 'number word; discovered = seized', scope=SUS)]),
    ('Quantities of suspected drugs, cash and stolen property were seized',
     [U('drugs_seized', '', '', scope=DM), U('cash_seized', '', '', scope=DM),
      N('NULL', 'unquantified', 'stolen property: not an asset seizure, no metric')]),
    ('Over 50 safe and well checks of vulnerable people were carried ou',
     [F('welfare_visits', '', 'count', 50, 'more_than', 'the excerpt ends mid-word ("ou")', scope=DM)]),
)

# 13. Yorkshire Evening Post, West Yorkshire Police, October 2023 week (Bradford Zone's rewrite already used)
add(U13, '2023-10', 'west_yorkshire',
    ('Police in West Yorkshire have arrested 28 people and seized Class A drugs valued at nearly £15,000 as part of a national county lines crime crackdown.',
     [F('arrests', '', 'people', 28), F('drugs_seized', 'class_a', 'gbp', 15000, 'less_than', 'nearly')]),
    ('A total of £14,970 of class A drugs including cocaine, heroin and crack cocaine was seized, as well as over £11,000 in suspected criminal cash.',
     [F('drugs_seized', 'class_a', 'gbp', 14970, 'exact', 'the named drugs are inside the figure: no facts of their own'),
      F('cash_seized', '', 'gbp', 11000, 'more_than')]),
    ('Officers also safeguarded 12 people, all of them males and visited four addresses across where the occupants are believed to be the victims of ‘cuckooing’ - where the homes of often vulnerable people are taken over by criminals.',
     [F('safeguarded', '', 'people', 12, 'exact', '"all of them males": not said adults, so no adult-male split'),
      F('cuckooed_addresses_visited', '', 'count', 4, 'exact', 'number word; "addresses across where": sic')]),
    ('Seizures of weapons included four machetes and an axe, while three deal line mobile telephones were also seized.',
     [F('weapons_seized', 'machete', 'count', 4, 'exact', 'number word'),
      F('weapons_seized', 'axe', 'count', 1, 'exact', '"an axe"'),
      F('deal_line_phones_seized', '', 'count', 3, 'exact', 'number word')]),
)

# 14. Telegraph and Argus, West Yorkshire Police, February-March 2023 week (the Yorkshire Evening Post's copy already used)
add(U14, '2023-02', 'west_yorkshire',
    ('A TOTAL of 37 people in West Yorkshire have been arrested as part of a crackdown on county lines.',
     [F('arrests', '', 'people', 37)]),
    ('Several thousand pounds’ worth of drugs, as well as weapons and cash, were also seized in the operation as officers from Bradford and West Yorkshire Police’s four other districts came together between February 27 and March 5.',
     [U('drugs_seized', '', '"Several thousand pounds\' worth": no exact number'), U('weapons_seized'), U('cash_seized')]),
    ('The 37 arrests were made for a range of offences linked to drugs and modern slavery.',
     [F('arrests', '', 'people', 37)]),
    ('£11,000 worth of cocaine, 1,200 wraps of crack cocaine, 500 wraps of heroin and over 2,400 cannabis plants were seized in the operation, as was cash valued at nearly £186,000.',
     [F('drugs_seized', 'cocaine', 'gbp', 11000), F('drugs_seized', 'crack_cocaine', 'wraps', 1200),
      F('drugs_seized', 'heroin', 'wraps', 500), F('drugs_seized', 'cannabis', 'plants', 2400, 'more_than'),
      F('cash_seized', '', 'gbp', 186000, 'less_than', 'nearly')]),
    ('Five Rolex watches and 100 illegal vapes were also seized.',
     [F('assets_seized', 'watch', 'count', 5, 'exact', 'number word'),
      N(100, 'exact', 'illegal vapes: no metric')]),
    ('Weapons including three knives, two axes, a taser and a firearm were also taken off the streets.',
     [F('weapons_seized', 'knife', 'count', 3, 'exact', 'number word; taken off the streets = seized'),
      F('weapons_seized', 'axe', 'count', 2, 'exact', 'number word'),
      F('weapons_seized', 'taser', 'count', 1, 'exact', '"a taser"'),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', '"a firearm"')]),
    ('A total of 52 vulnerable people were safeguarded, including 38 people under 18, West Yorkshire Police said.',
     [F('safeguarded', '', 'people', 52), F('safeguarded_juvenile', '', 'people', 38, 'exact', 'inside the 52')]),
    ('Officers visited 11 addresses where ‘cuckooing’ – when criminals take over a vulnerable person’s home and use it as a base to deal or keep drugs – was believed to be taking place.',
     [F('cuckooed_addresses_visited', '', 'count', 11)]),
)

# 15. NPCC release: a national intensification week (the week is not named in the excerpt)
add(U15, '', 'national',
    ('Police forces have arrested 1,660 criminals and closed 261 County Lines used by County Line gangs to sell drugs.',
     [F('arrests', '', 'people', 1660), F('lines_closed', '', 'count', 261)]),
    ('The national crackdown saw 557 weapons seized, alongside four XL bullies, as well as £1.98 million in cash across the country during a seven-day long intensification week.',
     [F('weapons_seized', '', 'count', 557), N(4, 'exact', 'dogs (XL bullies): no metric (number word)'),
      F('cash_seized', '', 'gbp', 1980000)]),
    ('During the latest intensification week, we closed 261 County Lines and targeted the drug dealers who destroy lives and communities, resulting in over 1,660 criminals arrested during the week.',
     [F('lines_closed', '', 'count', 261), F('arrests', '', 'people', 1660, 'more_than')]),
    ('“However, County Lines drug dealing continues to be linked with the most serious violence, demonstrated through the horrific weapons seized across the week, where we saw 557 weapons seized, which included 75 firearms, 377 bladed weapons, 105 other weapons like knuckledusters, nun chucks and hammers.',
     [F('weapons_seized', '', 'count', 557), F('weapons_seized', 'firearm', 'count', 75),
      F('weapons_seized', 'knife', 'count', 377, 'exact', 'bladed weapons -> knife'),
      F('weapons_seized', 'other_weapon', 'count', 105, 'exact', 'the named kinds are inside the 105')]),
)

# 16. NPCC release, 4 July 2025: the national June 2025 week
add(U16, '2025-06', 'national',
    ('Criminal gangs who exploit children and vulnerable adults to supply drugs across the country were targeted last week in a national police operation, which led to 241 County Lines shut down.',
     [F('lines_closed', '', 'count', 241, 'exact', 'shut down = closed')]),
    ('Last week local officers worked with charities and safeguarding services to ensure 620 children and 559 adults identified as being exploited were supported via numerous routes including, specialist support referrals (such as to Catch22 or London’s Violence and Exploitation Service), strategy meetings, safety plans created and Modern Slavery investigations.',
     [F('safeguarded_juvenile', '', 'people', 620, 'exact', 'identified as exploited and supported'),
      F('safeguarded_adult', '', 'people', 559)]),
)

# 17. Parallel Parliament, a written answer (25 February 2022) on the County Lines Programme
CLP = ('period', 'the County Lines Programme since November 2019')
DRP = ('period', 'the County Lines Programme (the 10-year drugs plan\'s figure)')
add(U17, '', 'national',
    ('To ask the Secretary of State for the Home Department, with reference to page 22 of From Harm to Hope: a 10-year drugs plan to cut crime and save lives, published in December 2021, how many and what proportion of the 4,000 vulnerable people safeguarded through the County Lines Programme are children who (a) are in care, (b) are on the register, (c) have a protection order, (d) are at risk, (e) already had a referral through the NRM and (f) have previously been through the NRM.',
     [F('safeguarded', '', 'people', 4000, 'exact', 'quoted in a question', scope=DRP)]),
    ('Since November 2019, through our County Lines Programme, police have closed more than 1,500 lines, made over 7,400 arrests and engaged with more than 4,000 people through safeguarding interventions.',
     [F('lines_closed', '', 'count', 1500, 'more_than', '', scope=CLP),
      F('arrests', '', 'people', 7400, 'more_than', '', scope=CLP),
      F('safeguarded', '', 'people', 4000, 'more_than', 'engaged through safeguarding interventions', scope=CLP)]),
    ('The latest NCLCC strategic assessment (published in April 2021) shows a reduction in the total number of potentially active lines per month, with numbers reported to have fallen between 800-1,100 in 2019/20 to 600 in 2020/21.',
     [N(800, 'exact', 'potentially active lines per month, 2019/20 (lower bound of a range): lines known, not closed'),
      N(1100, 'exact', 'upper bound of the same range'),
      N(600, 'exact', 'potentially active lines per month, 2020/21')]),
)

# 18. Parallel Parliament, a Commons answer on the county lines programme
S19 = ('period', 'the county lines programme since 2019')
add(U18, '', 'national',
    ('That is why we have invested £145 million in our county lines programme over three years.',
     [N(145000000, 'exact', 'programme funding: no metric')]),
    ('Since 2019, the programme has resulted in over 2,900 drug dealing lines being closed down, including over 8,000 arrests.',
     [F('lines_closed', '', 'count', 2900, 'more_than', '', scope=S19),
      F('arrests', '', 'people', 8000, 'more_than', '', scope=S19)]),
)

# 19. Blackpool Gazette, BTP's County Lines Taskforce with Lancashire Police, three days on the railway (12-14 July 2022)
BL = ('national', 'a joint operation with another force (Lancashire)')
TF = ('period', 'the Taskforce since December 2019')
add(U19, '', 'british_transport_police',
    ('“Large quantities” of heroin, crack cocaine and cannabis were seized during the operation and eight people were arrested during the operation.',
     [U('drugs_seized', 'heroin', '', scope=BL), U('drugs_seized', 'crack_cocaine', '', scope=BL),
      U('drugs_seized', 'cannabis', '', scope=BL),
      F('arrests', '', 'people', 8, 'exact', 'number word', scope=BL)]),
    ('Officers also made four safeguarding interventions in addition to the arrests.',
     [F('safeguarded', '', 'people', 4, 'exact', 'number word; interventions taken as people safeguarded (doubtful)', scope=BL)]),
    ('To date the Taskforce has arrested 1,800 people, seized 1,200 lots of drugs, £1m in cash and removed 450 dangerous weapons from the railway.',
     [F('arrests', '', 'people', 1800, scope=TF),
      N(1200, 'exact', 'lots of drugs (seizures counted): no metric'),
      F('cash_seized', '', 'gbp', 1000000, scope=TF),
      F('weapons_seized', '', 'count', 450, 'exact', 'removed = seized', scope=TF)]),
    ('It has also referred 100 vulnerable people into the National ',
     [F('nrm_referrals', '', 'people', 100, 'exact', 'the excerpt ends at "National" (the National Referral Mechanism, doubtful)', scope=TF)]),
)

# 20. John O'Groat Journal, Police Scotland's day of action in the September 2020 week
add(U20, '2020-09', 'police_scotland',
    ('A NATIONAL County Lines day of action by Police Scotland – that included officers in Caithness – targeted drug dealers and saw 38 people safeguarded and two people arrested yesterday (Wednesday, September 16).',
     [F('safeguarded', '', 'people', 38, 'exact', 'one day inside the national week, the force\'s whole reported action (doubtful)'),
      F('arrests', '', 'people', 2, 'exact', 'number word')]),
    ('Proactive action by officers resulted in vulnerable people being identified, ‘cuckooing’ addresses visited, a number drugs search warrants executed and people being arrested on Wednesday.',
     [U('safeguarded', '', 'vulnerable people identified'), U('cuckooed_addresses_visited'),
      U('warrants', '', '"a number drugs": sic'), U('arrests')]),
    ('A large quantity of controlled drugs, including heroin, cocaine, amphetamine and cannabis were seized.',
     [U('drugs_seized', '', '"A large quantity"'), U('drugs_seized', 'heroin'), U('drugs_seized', 'cocaine'),
      U('drugs_seized', 'amphetamine'), U('drugs_seized', 'cannabis')]),
    ('Tens of thousands of pounds in cash and weapons, including a Samurai sword, were also recovered.',
     [U('cash_seized', '', '"Tens of thousands of pounds": no exact number'), U('weapons_seized'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', '"a Samurai sword"')]),
)

# 21. Ross-shire Journal (PA), Police Scotland, November-December 2024 week (Dundee News' rewrite already used)
add(U21, '2024-11', 'police_scotland',
    ('Police targeted county lines gangs in a bid to “safeguard” vulnerable people, with drugs worth £322,000 seized.',
     [F('drugs_seized', '', 'gbp', 322000)]),
    ('Between November 25 and December 1, Police Scotland officers identified and safeguarded 66 vulnerable people as part of a UK-wide crackdown co-ordinated by the National Police Chiefs Council (NPCC).',
     [F('safeguarded', '', 'people', 66)]),
    ('They also seized weapons including an axe and two bottles of corrosives, and arrested 81 people – 60 men and 21 women – with 54 warrants executed.',
     [F('weapons_seized', 'axe', 'count', 1, 'exact', '"an axe"'),
      F('weapons_seized', 'other_weapon', 'count', 2, 'exact', 'number word; bottles of corrosives (doubtful)'),
      F('arrests', '', 'people', 81), F('arrests_male', '', 'people', 60),
      F('arrests_female', '', 'people', 21), F('warrants', '', 'count', 54)]),
    ('More than £180,000 of heroin, £120,000 of crack cocaine and £22,000 of cocaine were seized, as well as cannabis and edibles, ketamine, synthetic opioids and mixing agents.',
     [F('drugs_seized', 'heroin', 'gbp', 180000, 'more_than'),
      F('drugs_seized', 'crack_cocaine', 'gbp', 120000, 'exact', 'the "More than" stands before the first figure only'),
      F('drugs_seized', 'cocaine', 'gbp', 22000),
      U('drugs_seized', 'cannabis', 'cannabis and edibles'), U('drugs_seized', 'ketamine'),
      U('drugs_seized', 'other_drug', 'synthetic opioids; mixing agents are not drugs')]),
    ('More than £60,000 in cash was also seized, along with a machete, four lock knives and a can of pepper spray – along with 87 mobile phones and an electric bike, an electric scooter and four vehicles.',
     [F('cash_seized', '', 'gbp', 60000, 'more_than'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a machete"'),
      F('weapons_seized', 'knife', 'count', 4, 'exact', 'number word; lock knives'),
      F('weapons_seized', 'cs_spray', 'count', 1, 'exact', '"a can of pepper spray" (doubtful: cs_spray)'),
      F('mobile_phones_seized', '', 'count', 87),
      N(1, 'exact', '"an electric bike": vehicle type, no metric'),
      N(1, 'exact', '"an electric scooter": vehicle type, no metric'),
      F('vehicles_seized', '', 'count', 4, 'exact', 'number word')]),
    ('Police visited 79 addresses – of which 25 were believed to be used by drug dealers as a cuckooing house, and officers engaged with 3,210 vulnerable people.',
     [N(79, 'exact', 'addresses visited, not all believed cuckooed: no metric (doubtful; could be welfare_visits)'),
      F('cuckooed_addresses_visited', '', 'count', 25, 'exact', 'the visited addresses believed cuckooed (doubtful)'),
      F('safeguarded', '', 'people', 3210, 'exact', 'vulnerable people engaged (the metric\'s own wording); beside the 66 safeguarded (doubtful)')]),
)

# 22. The Herald, Police Scotland, May 2021 week (Fife Today's copy already used)
DIN = ('part', 'one package intercepted (Dingwall)')
SIM = ('part', 'one property (Simpson Place, Dingwall)')
add(U22, '2021-05', 'police_scotland',
    ('Police in Scotland seized thousands of pounds worth of drugs and cash in a week-long crackdown on county lines gangs who exploit vulnerable people and children.',
     [U('drugs_seized', '', '"thousands of pounds worth": no exact number'), U('cash_seized')]),
    ("The operation discovered 64 addresses believed to be used for the purposes of cuckooing - where a vulnerable person's house is taken over by drug dealers.",
     [F('cuckooed_addresses_visited', '', 'count', 64, 'exact', '"discovered" addresses believed cuckooed (doubtful: not said visited)')]),
    ('A total of 29 vulnerable people were also identified during the national intensification week, co-ordinated by the National Police Chiefs Council (NPCC) last week.',
     [F('safeguarded', '', 'people', 29, 'exact', 'identified as vulnerable (doubtful)')]),
    ('The UK-wide week of activity targeting County Lines also 20 people arrested and controlled drugs - heroin, cocaine, crack cocaine and cannabis with an estimated street value of £40,000 - were seized.',
     [F('arrests', '', 'people', 20, 'exact', '"also 20 people arrested": sic (a verb missing)'),
      F('drugs_seized', '', 'gbp', 40000, 'approximately', 'several drugs together: empty item; estimated street value')]),
    ('Over £20,000 in cash was recovered, as well as offensive weapons, including a Taser and two machetes.',
     [F('cash_seized', '', 'gbp', 20000, 'more_than', 'recovered = seized'),
      F('weapons_seized', 'taser', 'count', 1, 'exact', '"a Taser"'),
      F('weapons_seized', 'machete', 'count', 2, 'exact', 'number word')]),
    ('A number of mobile phones, a laptop and almost £500 of counterfeit cash, were found in the haul.',
     [U('mobile_phones_seized', '', '"A number of"'),
      F('assets_seized', 'electronics', 'count', 1, 'exact', '"a laptop"'),
      N(500, 'less_than', 'counterfeit cash: not cash seized, no metric (almost)')]),
    ('In Dingwall, a package containing high-purity cocaine, with a street value of more than £25,000, was intercepted.',
     [F('drugs_seized', 'cocaine', 'gbp', 25000, 'more_than', 'intercepted = seized', scope=DIN)]),
    ('A subsequent search of a property in Simpson Place in the town saw cannabis worth around £40,000 being recovered.',
     [F('drugs_seized', 'cannabis', 'gbp', 40000, 'approximately', '', scope=SIM)]),
)

# 23. Avon and Somerset Police's own page, October 2022 week
add(U23, '2022-10', 'avon_and_somerset',
    ('18 arrests linked to county lines activity',
     [F('arrests', '', 'people', 18)]),
    ('109 welfare visits completed, with people identified to be at risk from county lines offered help and advice.',
     [F('welfare_visits', '', 'count', 109), U('safeguarded', '', 'people at risk offered help and advice')]),
    ('Four cuckooed addresses were found, and vulnerable householders safeguarded and supported',
     [F('cuckooed_addresses_visited', '', 'count', 4, 'exact', 'number word; found during the visits (doubtful)'),
      U('safeguarded', '', 'vulnerable householders')]),
    ('Thousands of pounds in cash, Class A and Class B drugs, firearms and weapons seized, including zombie knives, a machete, an axe and homemade offensive weapons',
     [U('cash_seized', '', '"Thousands of pounds": no exact number'), U('drugs_seized', 'class_a'),
      U('drugs_seized', 'class_b'), U('weapons_seized', 'firearm'), U('weapons_seized'),
      U('weapons_seized', 'zombie_knife'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a machete"'),
      F('weapons_seized', 'axe', 'count', 1, 'exact', '"an axe"'),
      U('weapons_seized', 'other_weapon', 'homemade offensive weapons')]),
    ('30 assets including phones and laptops linked to organised crime and county lines seized',
     [F('assets_seized', '', 'count', 30, 'exact', 'phones and laptops are inside the figure: no facts of their own')]),
    ('Education sessions, training and workshops taking place in schools and public places across the region, with some 1000 students, teachers, ',
     [N(1000, 'approximately', 'students and teachers (and more; the excerpt ends mid-list) together: no metric')]),
)

# 24. Avon and Somerset PCC's blog, May 2019 week
add(U24, '2019-05', 'avon_and_somerset',
    ('Last week saw a national crackdown on so-called county lines gangs where nearly 600 people suspected of involvement in drug dealing were arrested across the country.',
     [F('arrests', '', 'people', 600, 'less_than', 'nearly', scope=('national', 'the national total'))]),
    ('In Avon and Somerset police officers visited 157 properties that were thought to have either previously been cuckooed or were believed to be at risk of being cuckooed in the future.',
     [F('cuckooed_addresses_visited', '', 'count', 157, 'exact', 'cuckooed or at risk of cuckooing')]),
    ('Last week, police officers spoke to 173 adults considered vulnerable and potentially at risk of being exploited by dealers.',
     [F('safeguarded_adult', '', 'people', 173, 'exact', 'vulnerable adults spoken to')]),
    ('I went out on one of these visits and met three vulnerable people.',
     [N(3, 'exact', 'vulnerable people met on one visit by the PCC: not said safeguarded (number word)')]),
)

# 25. Hampshire Chronicle, Hampshire Constabulary's own two-week countywide intensification (dates not in the excerpt)
add(U25, '', 'hampshire',
    ('Officers tackling county lines in Hampshire and the Isle of Wight have arrested 100 suspected drug dealers and seized weapons, cash and drugs during two weeks of raids.',
     [F('arrests', '', 'people', 100), U('weapons_seized'), U('cash_seized'), U('drugs_seized')]),
    ('As well as this, police have seized 82 mobile phones, over £1 million pounds worth of drugs and almost £53,000 in cash, alongside weapons and a firearm.',
     [F('mobile_phones_seized', '', 'count', 82),
      F('drugs_seized', '', 'gbp', 1000000, 'more_than', '"£1 million pounds": sic'),
      F('cash_seized', '', 'gbp', 53000, 'less_than', 'almost'),
      U('weapons_seized'), F('weapons_seized', 'firearm', 'count', 1, 'exact', '"a firearm"')]),
    ('The intensification activity saw 17 drug networks disrupted, with police targeting individuals who ran either local or county lines, supplying crack cocaine and heroin.',
     [F('lines_closed', '', 'count', 17, 'exact', 'drug networks disrupted, taken as closed (doubtful)')]),
    ('A total of 88 men and 12 women were arrested with; 13 of these were aged under 18.',
     [F('arrests_male', '', 'people', 88), F('arrests_female', '', 'people', 12),
      F('arrests_under_18', '', 'people', 13, 'exact', '"arrested with;": sic')]),
    ('Overall 100 people were arrested; 24 vulnerable people identified; nine vulnerable juveniles engaged; £52,703.50 seized; 81.5 grams of crack cocaine and 91 wraps seized; 62g of heroin and 92 wraps seized; and machetes, knives, CS gas, air rifle, BB gun recovered.',
     [F('arrests', '', 'people', 100),
      F('safeguarded', '', 'people', 24, 'exact', 'vulnerable people identified'),
      F('safeguarded_juvenile', '', 'people', 9, 'exact', 'number word; juveniles engaged'),
      F('cash_seized', '', 'gbp', 52703.50, 'exact', 'money seized, taken as cash'),
      F('drugs_seized', 'crack_cocaine', 'g', 81.5), F('drugs_seized', 'crack_cocaine', 'wraps', 91),
      F('drugs_seized', 'heroin', 'g', 62), F('drugs_seized', 'heroin', 'wraps', 92),
      U('weapons_seized', 'machete'), U('weapons_seized', 'knife'), U('weapons_seized', 'cs_spray', 'CS gas'),
      U('weapons_seized', 'air_weapon', 'air rifle (no article)'),
      U('weapons_seized', 'imitation_firearm', 'BB gun (doubtful: could be air_weapon)')]),
    ('Neighbourhood officers visited cuckooed addresses across the Force region with 42 vulnerable people being identified and 6 safeguarded.',
     [U('cuckooed_addresses_visited'),
      F('safeguarded', '', 'people', 42, 'exact', 'identified as vulnerable (doubtful: beside the 6 safeguarded)'),
      F('safeguarded', '', 'people', 6)]),
)



def rows(P, strict, drop=(), start=2500):
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
    for name, strict in (('round22_figure.csv', False), ('round22_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
