#!/usr/bin/env python3
"""Round 24: real county lines wording, labelled by hand (round-24 collector, 29 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round24_figure.csv
it is written as is (what the figure IS); in round24_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 23 (same helpers, same conventions).
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





U1 = 'https://www.northyorkshire.police.uk/news/north-yorkshire/news/news/2023/03-march/100k-seized-at-one-address-and-70-people-safeguarded-in-county-lines-week-of-intensification/'
U2 = 'https://www.yorkshirepost.co.uk/news/crime/police-in-north-yorkshire-arrest-six-people-in-one-week-over-county-lines-drugs-crimes-1-10056289'
U3 = 'https://feeds.bbci.co.uk/news/uk-england-york-north-yorkshire-63229960'
U4 = 'https://yourherefordshire.co.uk/all/news/news-police-have-made-a-number-of-arrests-in-herefordshire-linked-to-county-lines-drugs-with-weapons-seized-and-cash/'
U5 = 'https://www.heart.co.uk/southcoast/news/local/20-arrested-first-month-drugs-operation/'
U6 = 'https://sonews.uk/hampshire-police-dismantle-15-county-line-drug-networks-in-intensive-weeklong-operation'
U7 = 'https://www.the-independent.com/news/uk/home-news/metropolitan-police-police-npcc-isle-of-dogs-london-b2782361.html'
U8 = 'https://www.itv.com/news/2021-10-21/nearly-1500-arrests-made-in-county-lines-drug-dealing-crackdown'
U9 = 'https://www.expressandstar.com/news/uk-news/2021/05/27/more-than-1000-arrests-during-week-long-crackdown-on-county-lines-drug-gangs/'
U10 = 'https://news.npcc.police.uk/releases/more-than-600-arrested-in-week-of-action-on-county-lines-gangs'
U11 = 'https://www.essexnewsandinvestigations.com/single-post/county-lines-crackdown-more-than-1-000-arrested-in-a-week-from-scotland-to-cornwall'
U12 = 'https://www.ilovemacc.com/2022/03/18/50-arrested-following-county-lines-crackdown/'
U13 = 'https://www.bwcn.org.uk/what-is-county-lines/'
U14 = 'https://www.wisbechstandard.co.uk/news/county-line-drug-gangs-arrests-in-cambridgeshire-1-6063594'
U15 = 'https://www.wokingnewsandmail.co.uk/?p=23709'
U16 = 'https://thenantwichnews.co.uk/2021/07/06/eight-arrested-in-crewe-in-police-operation-on-organised-crime'
U17 = 'https://www.chad.co.uk/news/crime/more-70-people-safeguarded-during-action-against-county-lines-east-midlands-2984233'
U18 = 'https://www.onenewspage.co.uk/n/Police/1zltphhas4/Success-for-Devon-Cornwall-Police-in-latest.htm'
U19 = 'https://1372.topnews.com/en/society/?article=2469244513114623989-0e4cd87d9b3d9aab05&period=3h&thread=1984146901614480141'
U20 = 'https://coventryobserver.co.uk/news/64-arrests-in-a-week-as-police-tackle-county-lines-drug-gangs-in-west-midlands/'
U21 = 'https://www.coventrytelegraph.net/news/coventry-news/suspected-coventry-drugs-dealers-among-19806824'
U22 = 'http://www.pressreader.com/uk/yorkshire-post/20200222/281483573407510'
U23 = 'https://www.shropshirestar.com/news/local-hubs/shrewsbury/2021/10/21/police-boss-hails-officers-in-county-lines-crackdown/'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. North Yorkshire Police's own page, February-March 2023 week
HAR = ('part', 'one town (Harrogate): warrants in Kirk Deighton and Leeds on lines into Harrogate')
LDS = ('part', 'one address (Leeds)')
add(U1, '2023-02', 'north_yorkshire',
    ('North Yorkshire Police have arrested 14 people and made safeguarding visits to 70 vulnerable people during a week of action targeting county lines drug dealing.',
     [F('arrests', '', 'people', 14),
      F('welfare_visits', '', 'count', 70, 'exact', 'safeguarding visits to vulnerable people (as round 23 took Leicestershire\'s; could be safeguarded)')]),
    ('Officers in Harrogate were supported by West Yorkshire Police in the execution of four warrants in Kirk Deighton and Leeds that are linked to county lines coming into the Harrogate area.',
     [F('warrants', '', 'count', 4, 'exact', 'number word', scope=HAR)]),
    ('At one address in Leeds officers recovered approximately £100,000 in cash.',
     [F('cash_seized', '', 'gbp', 100000, 'approximately', 'recovered = seized', scope=LDS)]),
    ('As a result of the searches three arrests were made, a 19-year-old man was arrested for possessing with intent to supply a class a-drug, class b-drug and class c-drug.',
     [F('arrests', '', 'people', 3, 'exact', 'number word; "class a-drug" sic', scope=HAR)]),
    ('All three were released under investigation.',
     [F('released_under_investigation', '', 'people', 3, 'exact', 'number word; the three arrested in the Harrogate searches', scope=HAR)]),
)

# 2. Yorkshire Post, North Yorkshire Police in the October 2019 week
add(U2, '2019-10', 'north_yorkshire',
    ('Six people in North Yorkshire have been arrested this week over crimes relating to county lines drug dealing.',
     [F('arrests', '', 'people', 6, 'exact', 'number word')]),
    ('North Yorkshire Police has revealed six arrests have been made over such crimes during the week.',
     [F('arrests', '', 'people', 6, 'exact', 'number word')]),
    ('North Yorkshire Police carried out 53 welfare visits across the week.',
     [F('welfare_visits', '', 'count', 53)]),
    ('Some 16 adults are also being safeguarded in the county as a means of stamping down on the wave of organised crime.',
     [F('safeguarded_adult', '', 'people', 16, 'approximately', '"Some" before a number = about it (as round 23)')]),
    ('The residents of two entire streets in York were visited by officers, who worked in partnership with York City Council, as they investigated issues relating to drug dealing.',
     [N(2, 'exact', 'number word; streets whose residents were visited: no metric')]),
)

# 3. BBC News, North Yorkshire Police in the October 2022 week
add(U3, '2022-10', 'north_yorkshire',
    ('Twenty-seven people have been arrested across North Yorkshire in a week-long crackdown on county lines drug dealing.',
     [F('arrests', '', 'people', 27, 'exact', 'number word')]),
    ('Police also seized two bladed weapons and more than £15,000 in cash during raids between 3 and 9 October, and made 60 welfare visits to vulnerable people.',
     [F('weapons_seized', 'knife', 'count', 2, 'exact', 'number word; bladed weapons -> knife'),
      F('cash_seized', '', 'gbp', 15000, 'more_than'),
      F('welfare_visits', '', 'count', 60)]),
    ('Some of those held for drugs offences had been released pending further inquiries, North Yorkshire Police said.',
     [U('released_under_investigation', '', '"released pending further inquiries": no number')]),
)

# 4. Your Herefordshire, West Mercia Police's release on the October 2023 week
add(U4, '2023-10', 'west_mercia',
    ('During the week, we seized drugs with an estimated street value of more than £319K, as well as 9 vehicles, 27 weapons, 73 phones and more than £16K in cash.',
     [F('drugs_seized', '', 'gbp', 319000, 'more_than', '£319K; drugs of all kinds: empty item ("more than" stands in front of the number)'),
      F('vehicles_seized', '', 'count', 9),
      F('weapons_seized', '', 'count', 27),
      F('mobile_phones_seized', '', 'count', 73),
      F('cash_seized', '', 'gbp', 16000, 'more_than', '£16K')]),
    ('Our enforcement activity directly resulted in the closure of four county lines, and as a result we have taken dangerous people, weapons, and drugs off our streets.',
     [F('lines_closed', '', 'count', 4, 'exact', 'number word')]),
    ('Our teams visited 127 properties on cuckooing visits and safeguarded 46 people because of our intensified approach.',
     [F('cuckooed_addresses_visited', '', 'count', 127),
      F('safeguarded', '', 'people', 46)]),
)

# 5. Heart (South Coast), Hampshire's Operation Fortress in Southampton, its first month (2018; no national week)
SOU = ('part', 'one city (Southampton), the first month of Operation Fortress')
add(U5, '', 'hampshire',
    ('Hampshire Police have made more than 20 arrests in the first month of a crackdown on drug-violence in Southampton.',
     [F('arrests', '', 'people', 20, 'more_than', '', scope=SOU)]),
    ('16 warrants and searches of properties (in Southampton,Totton and London)',
     [N(16, 'exact', 'warrants and searches together: a figure that mixes two things (could be warrants); "Southampton,Totton" sic')]),
    ('21 people arrested (including five charged, two cautioned,two street warnings)',
     [F('arrests', '', 'people', 21, scope=SOU),
      F('charged', '', 'people', 5, 'exact', 'number word', scope=SOU),
      N(2, 'exact', 'number word; cautioned: no metric'),
      N(2, 'exact', 'number word; street warnings: no metric; "cautioned,two" sic')]),
    ('around 100 deals of class A drugs, worth thousands of pounds, seized',
     [F('drugs_seized', 'class_a', 'wraps', 100, 'approximately', 'deals = wraps; "worth thousands of pounds" has no exact number', scope=SOU)]),
    ('more than £20,000 in cash seized',
     [F('cash_seized', '', 'gbp', 20000, 'more_than', '', scope=SOU)]),
)

# 6. sonews.uk, a rewrite of Hampshire and Isle of Wight Constabulary's week (the Gosport Hospital Radio copy already used; the week's date is not in the excerpt)
add(U6, '', 'hampshire',
    ('In this impressive display of proactive policing, fifteen county line drug networks have been dismantled and disrupted, sending a resounding message that illegal drug activities will not be tolerated in these communities.',
     [F('lines_closed', '', 'count', 15, 'exact', 'number word; networks dismantled and disrupted taken as lines closed (doubtful, as round 23)')]),
    ('Over the course of the past week, police officers in Hampshire and the Isle of Wight arrested 87 criminals and seized a staggering £106,000 worth of illegal drugs, in addition to confiscating more than 50 offensive weapons.',
     [F('arrests', '', 'people', 87),
      F('drugs_seized', '', 'gbp', 106000, 'exact', 'drugs of all kinds: empty item'),
      F('weapons_seized', '', 'count', 50, 'more_than')]),
    ('87 people arrested',
     [F('arrests', '', 'people', 87)]),
    ('15 county lines identified and disrupted',
     [F('lines_closed', '', 'count', 15, 'exact', 'disrupted = closed (synonym "County lines disrupted")')]),
    ('13 drug warrants executed',
     [F('warrants', '', 'count', 13)]),
    ('159 mobile phones seized',
     [F('mobile_phones_seized', '', 'count', 159)]),
    ('£106,000 drugs seized',
     [F('drugs_seized', '', 'gbp', 106000)]),
    ('Over £51K cash seized',
     [F('cash_seized', '', 'gbp', 51000, 'more_than', '£51K')]),
    ('200+ stop and searches, 15% of which involved a person aged Under 18.',
     [F('stop_searches', '', 'count', 200, 'at_least', '"200+"'),
      N(15, 'exact', 'a percentage of the stop and searches (under 18s): no metric')]),
)

# 7. The Independent, the national June 2025 week, with the Metropolitan Police's figures
MET = ('part', 'one force (the Metropolitan Police) inside the national week')
ONE = ('part', 'one suspect at one address (the Met)')
add(U7, '2025-06', 'national',
    ('Police have arrested almost 2,000 people in a week-long crackdown on county lines drug networks, the National Police Chiefs’ Council (NPCC) said.',
     [F('arrests', '', 'people', 2000, 'less_than', 'almost')]),
    ('Forces across the country made 1,965 arrests, shut down 241 lines and seized 501 weapons, approximately 178kg of class A drugs and around £2.4 million in cash between June 23 and 29.',
     [F('arrests', '', 'people', 1965),
      F('lines_closed', '', 'count', 241),
      F('weapons_seized', '', 'count', 501),
      F('drugs_seized', 'class_a', 'g', 178000, 'approximately'),
      F('cash_seized', '', 'gbp', 2400000, 'approximately')]),
    ('In London, the Metropolitan Police arrested 301 people and 111 of those individuals have so far been charged.',
     [F('arrests', '', 'people', 301, scope=MET),
      F('charged', '', 'people', 111, scope=MET)]),
    ('One suspect was arrested at an address in the Isle of Dogs, east London, where he was found in possession of sports cars, designer watches, drugs and more than £5,000 in cash.',
     [F('arrests', '', 'people', 1, 'exact', '"One suspect"', scope=ONE),
      U('vehicles_seized', '', 'sports cars: found in his possession (doubtful: seizure not stated)', scope=ONE),
      U('assets_seized', 'watch', 'designer watches (doubtful: seizure not stated)', scope=ONE),
      U('drugs_seized', '', '', scope=ONE),
      F('cash_seized', '', 'gbp', 5000, 'more_than', 'found in his possession', scope=ONE)]),
    ('The London force also shut down more than 100 drug lines and seized a dozen firearms, 78 weapons – including samurai swords and Zombie knives, nearly 70kg of class A drugs and more than £600,000 of cash.',
     [F('lines_closed', '', 'count', 100, 'more_than', '', scope=MET),
      F('weapons_seized', 'firearm', 'count', 12, 'exact', '"a dozen"', scope=MET),
      F('weapons_seized', '', 'count', 78, 'exact', 'the swords and zombie knives have no number inside the group figure', scope=MET),
      F('drugs_seized', 'class_a', 'g', 70000, 'less_than', 'nearly', scope=MET),
      F('cash_seized', '', 'gbp', 600000, 'more_than', '', scope=MET)]),
)

# 8. ITV News, the national October 2021 week (ITV's North East copy of the list already used)
add(U8, '2021-10', 'national',
    ('Nearly 1,500 suspected drug traffickers have been arrested during a week-long police crackdown on county lines crime.',
     [F('arrests', '', 'people', 1500, 'less_than', 'nearly')]),
    ('Zombie knives and samurai swords were among the 289 weapons seized in the operation across England and Wales between October 11-17.',
     [F('weapons_seized', '', 'count', 289, 'exact', 'the zombie knives and swords have no number inside the group figure')]),
    ('Officers visited 894 cuckooed addresses, households usually of vulnerable people, used to store drugs.',
     [F('cuckooed_addresses_visited', '', 'count', 894)]),
    ('28.8kg of heroin',
     [F('drugs_seized', 'heroin', 'g', 28800)]),
    ('Eight samurai swords and four crossbows',
     [F('weapons_seized', 'sword', 'count', 8, 'exact', 'number word'),
      F('weapons_seized', 'crossbow', 'count', 4, 'exact', 'number word')]),
    ('49 firearms',
     [F('weapons_seized', 'firearm', 'count', 49)]),
    ('£2 million worth of class A drugs',
     [F('drugs_seized', 'class_a', 'gbp', 2000000)]),
    ('Some 1,468 people were arrested, and 2,664 vulnerable people – mostly children – were engaged for safeguarding by police.',
     [F('arrests', '', 'people', 1468, 'approximately', '"Some" before a number = about it (as round 23)'),
      F('safeguarded', '', 'people', 2664, 'exact', 'the "Some" stands before the first figure only')]),
    ('“Nearly £2,000,000 worth of class A drugs and hundreds of weapons are now off our streets thanks to the work of officers up and down the country.”',
     [F('drugs_seized', 'class_a', 'gbp', 2000000, 'less_than', 'nearly'),
      U('weapons_seized', '', '"hundreds of weapons": no exact number')]),
)

# 9. Express & Star (PA copy), the national May 2021 week (LBC's copy already used)
add(U9, '2021-05', 'national',
    ('More than 1,000 people have been arrested and 292 weapons seized as part of a national crackdown on county lines drug dealing gangs.',
     [F('arrests', '', 'people', 1000, 'more_than'),
      F('weapons_seized', '', 'count', 292, 'exact', 'the "More than" stands before the first figure only')]),
    ('Forces across the UK boosted activity in the week from May 17 with 1,100 arrests, 33 guns and 219 knives among weapons seized, and 80 drug dealing phone lines identified.',
     [F('arrests', '', 'people', 1100),
      F('weapons_seized', 'firearm', 'count', 33, 'exact', 'guns -> firearm'),
      F('weapons_seized', 'knife', 'count', 219),
      N(80, 'exact', 'drug dealing phone lines identified, not closed or seized (doubtful: could be lines_closed)')]),
    ('There are currently thought to be around 600 county lines gangs operating in the UK, down from around 2,000 two years ago.',
     [N(600, 'approximately', 'gangs operating: lines known, not closed'),
      N(2000, 'approximately', 'gangs operating two years before')]),
    ('During the week of action, 904 of these “cuckooed” homes were visited by law enforcement, and 1,138 vulnerable people were safeguarded.',
     [F('cuckooed_addresses_visited', '', 'count', 904),
      F('safeguarded', '', 'people', 1138)]),
)

# 10. NPCC's own release, the national January 2019 week
add(U10, '2019-01', 'national',
    ('Police have arrested more than 600 people in joint work between the National Police Chiefs’ Council, National County Lines Co-ordination Centre and the National Crime Agency, targeting county lines gangs.',
     [F('arrests', '', 'people', 600, 'more_than')]),
    ('More than £200,000 in cash was seized and over 400 vulnerable adults and 600 children were protected.',
     [F('cash_seized', '', 'gbp', 200000, 'more_than'),
      F('safeguarded_adult', '', 'people', 400, 'more_than', 'protected = safeguarded'),
      F('safeguarded_juvenile', '', 'people', 600, 'exact', 'the "over" stands before the first of the two figures only')]),
)

# 11. Essex News and Investigations, the national September 2020 week (its weapons and drugs sentences not taken: held-out risk, see README)
add(U11, '2020-09', 'national',
    ('MORE than 1,000 people were arrested during the country\'s biggest ever single operation against the menace of county lines drug dealing.',
     [F('arrests', '', 'people', 1000, 'more_than')]),
    ('There were 1,041 people arrested with 102 mobile phone devices which were used to sell the drugs and £526,000 cash seized.',
     [F('arrests', '', 'people', 1041),
      F('deal_line_phones_seized', '', 'count', 102, 'exact', 'devices used to sell the drugs = deal line phones'),
      F('cash_seized', '', 'gbp', 526000)]),
    ('In November 2019, a number of pilot operations funded by the Home Office were launched focusing on the three force areas where the most lines originate from.',
     [N(3, 'exact', 'number word; force areas: no metric')]),
)

# 12. I Love Macc, Cheshire Constabulary in the March 2022 week
add(U12, '2022-03', 'cheshire',
    ('Officers arrested 50 people, 41 men and nine women, including four teenagers, on suspicion of drug offences.',
     [F('arrests', '', 'people', 50),
      F('arrests_male', '', 'people', 41),
      F('arrests_female', '', 'people', 9, 'exact', 'number word'),
      N(4, 'exact', 'number word; teenagers may include 18 and 19-year-olds (doubtful: could be arrests_under_18)')]),
    ('A large number of drugs were recovered including 10kg of cocaine, 35 cannabis deals and 259 wraps of crack cocaine and heroin and £104,000 in cash.',
     [F('drugs_seized', 'cocaine', 'g', 10000),
      F('drugs_seized', 'cannabis', 'wraps', 35, 'exact', 'deals = wraps'),
      F('drugs_seized', '', 'wraps', 259, 'exact', 'crack cocaine and heroin together: empty item'),
      F('cash_seized', '', 'gbp', 104000, 'exact', 'recovered = seized')]),
    ('Police also seized three vehicles, high value watches, 47 mobile phones and weapons including a samurai sword and knives.',
     [F('vehicles_seized', '', 'count', 3, 'exact', 'number word'),
      U('assets_seized', 'watch', 'high value watches'),
      F('mobile_phones_seized', '', 'count', 47),
      U('weapons_seized', '', 'weapons: no number'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', '"a samurai sword"'),
      U('weapons_seized', 'knife', 'knives: no number')]),
    ('Fifteen addresses linked to cuckooing – a term used to describe how organised crime groups either befriend, manipulate or force themselves into the homes lived in by vulnerable people in order to use the property to store and sell heroin and crack cocaine – were visited by officers.',
     [F('cuckooed_addresses_visited', '', 'count', 15, 'exact', 'number word')]),
    ('At least 16 people were identified as vulnerable and at risk of criminal exploitation by drug gangs.',
     [F('safeguarded', '', 'people', 16, 'at_least', 'vulnerable people identified (synonym)')]),
)

# 13. Wigan Borough Community Network (bwcn), Greater Manchester Police in the March 2024 week (Quest Media's copy already used)
GMY = ('period', 'Programme Challenger over the past 12 months')
add(U13, '2024-03', 'greater_manchester',
    ('The recent County Lines Intensification Week saw officers from GMP conduct a total of 49 warrants, resulting in 85 arrests across Greater Manchester, with 12 active drugs lines closed down.',
     [F('warrants', '', 'count', 49),
      F('arrests', '', 'people', 85),
      F('lines_closed', '', 'count', 12)]),
    ('In the past 12 months, the team has closed down 150 county lines and safeguarded 150 young and vulnerable people from criminal exploitation.',
     [F('lines_closed', '', 'count', 150, scope=GMY),
      F('safeguarded', '', 'people', 150, scope=GMY)]),
)

# 14. Wisbech Standard, Cambridgeshire Constabulary in the May 2019 week (Peterborough Today's copy already used)
CAM = ('part', 'one city (Cambridge)')
PET = ('part', 'one city (Peterborough)')
add(U14, '2019-05', 'cambridgeshire',
    ('Thirteen people have been arrested over the course of a week in Cambridgeshire as part of a national crackdown on drugs networking.',
     [F('arrests', '', 'people', 13, 'exact', 'number word')]),
    ('In Cambridge four men and two teenage boys were arrested and crack cocaine and heroin worth about £730 was seized, along with £2,576 in cash.',
     [F('arrests_male', '', 'people', 4, 'exact', 'number word; men', scope=CAM),
      F('arrests_under_18', '', 'people', 2, 'exact', 'number word; teenage boys', scope=CAM),
      F('drugs_seized', '', 'gbp', 730, 'approximately', 'crack cocaine and heroin together: empty item', scope=CAM),
      F('cash_seized', '', 'gbp', 2576, scope=CAM)]),
    ('In Peterborough five men and two teenage boys were arrested and crack cocaine, heroin and cannabis worth about £1,200 was seized, along with £600 in cash.',
     [F('arrests_male', '', 'people', 5, 'exact', 'number word; men', scope=PET),
      F('arrests_under_18', '', 'people', 2, 'exact', 'number word; teenage boys', scope=PET),
      F('drugs_seized', '', 'gbp', 1200, 'approximately', 'three drugs together: empty item', scope=PET),
      F('cash_seized', '', 'gbp', 600, scope=PET)]),
)

# 15. Woking News and Mail, Surrey Police's Operation Barricade at Woking station (five days, December; no national week)
WOK = ('part', 'one station (Woking), a five-day operation')
add(U15, '', 'surrey',
    ('More than 130 people were stopped and searched after possible signs of drugs were picked up by sniffer dogs.',
     [F('stop_searches', '', 'count', 130, 'more_than', 'people stopped and searched', scope=WOK)]),
    ('Nine arrests were made, three weapons seized, there were eight drug warnings ...',
     [F('arrests', '', 'people', 9, 'exact', 'number word', scope=WOK),
      F('weapons_seized', '', 'count', 3, 'exact', 'number word', scope=WOK),
      N(8, 'exact', 'number word; drug warnings: no metric; the excerpt is cut after "and s", marked ...')]),
)

# 16. Nantwich News, Cheshire Constabulary's one-day operation in Crewe with Merseyside Police and BTP (July 2021; no national week)
CRE = ('part', 'one town (Crewe), one operation')
add(U16, '', 'cheshire',
    ('Eight people have been arrested in Crewe as part of a cross border operation targeting people involved in organised crime.',
     [F('arrests', '', 'people', 8, 'exact', 'number word', scope=CRE)]),
    ('Police executed three warrants and conducted patrols across the town including at Crewe train station.',
     [F('warrants', '', 'count', 3, 'exact', 'number word', scope=CRE)]),
    ('They also issued 13 TORS for various driving offences, two reports of dangerous driving and executed two stop searches involving an individual and a vehicle.',
     [N(13, 'exact', 'traffic offence reports (TORs): no metric'),
      N(2, 'exact', 'number word; reports of dangerous driving: no metric'),
      F('stop_searches', '', 'count', 2, 'exact', 'number word', scope=CRE)]),
)

# 17. Chad (Mansfield), the East Midlands Special Operations Unit's five forces in the September 2020 week
add(U17, '2020-09', 'EMSOU',
    ('Sixty people have been arrested and more than 70 vulnerable people identified during a week of action against County Lines drugs gangs operating in the East Midlands.',
     [F('arrests', '', 'people', 60, 'exact', 'number word (the release gives 62 below)'),
      F('safeguarded', '', 'people', 70, 'more_than', 'vulnerable people identified (synonym)')]),
    ('In total, 62 people were arrested and more than £3,000 in cash and nearly £1,000-worth of Class A drugs were seized, as well as a number of bladed weapons, a stun gun and three cars.',
     [F('arrests', '', 'people', 62),
      F('cash_seized', '', 'gbp', 3000, 'more_than'),
      F('drugs_seized', 'class_a', 'gbp', 1000, 'less_than', 'nearly'),
      U('weapons_seized', 'knife', '"a number of bladed weapons"'),
      F('weapons_seized', 'taser', 'count', 1, 'exact', '"a stun gun"'),
      F('vehicles_seized', '', 'count', 3, 'exact', 'number word; cars')]),
    ('Along with enforcement activity, transport hubs, including taxi ranks, were engaged, 68 ‘cuckooed’ addresses were visited and 73 vulnerable people were identified for safeguarding.',
     [F('cuckooed_addresses_visited', '', 'count', 68),
      F('safeguarded', '', 'people', 73)]),
)

# 18. One News Page, Devon & Cornwall Police's own wording, September 2020 week (the Falmouth Packet's rewrite already used)
add(U18, '2020-09', 'devon_and_cornwall',
    ('Arrested five people suspected to be involved in county lines',
     [F('arrests', '', 'people', 5, 'exact', 'number word')]),
    ('Safeguarded 60 people Devon & Cornwall who are at risk of, or actively being exploited by, a county line or other drugs group. This includes three children',
     [F('safeguarded', '', 'people', 60, 'exact', '"people Devon & Cornwall" sic (a word missing)'),
      F('safeguarded_juvenile', '', 'people', 3, 'exact', 'number word')]),
    ('Identified at least two new county line groups operating in Devon and Cornwall',
     [N(2, 'at_least', 'number word; new county line groups identified, not closed')]),
    ('Seized over £5,000 worth of Class-A drugs and £7,000 in cash from county line suspects',
     [F('drugs_seized', 'class_a', 'gbp', 5000, 'more_than'),
      F('cash_seized', '', 'gbp', 7000, 'exact', 'the "over" stands before the first figure only')]),
)

# 19. Top News (DevonLive copy), Devon and Cornwall Police's operation in Torquay (date not in the excerpt)
TQY = ('part', 'one town (Torquay)')
TQ1 = ('part', 'one town (Torquay), two single arrests')
add(U19, '', 'devon_and_cornwall',
    ('Officers spoke to staff at nearly 40 hotels, B&Bs and guest houses in Torquay.',
     [F('hotels_visited', '', 'count', 40, 'less_than', 'nearly', scope=TQY)]),
    ('Nineteen visits were also made by police to people who were suspected to be vulnerable to ensure they had support in place and were not a victim of exploitation by an OCG (organised crime gang).',
     [F('welfare_visits', '', 'count', 19, 'exact', 'number word', scope=TQY)]),
    ('One person was arrested for being concerned in the supply of controlled drugs after being found in possession of £1,300 in cash and a burner phone, while another individual was arrested for possession of a knife with a locking blade.',
     [F('arrests', '', 'people', 1, 'exact', '"One person"; the second arrest is "another individual", no total computed', scope=TQ1),
      F('cash_seized', '', 'gbp', 1300, 'exact', 'found in his possession', scope=TQ1),
      F('mobile_phones_seized', '', 'count', 1, 'exact', '"a burner phone" (could be deal_line_phones_seized)', scope=TQ1),
      F('weapons_seized', 'knife', 'count', 1, 'exact', '"a knife with a locking blade"', scope=TQ1)]),
)

# 20. Coventry Observer, West Midlands Police in the September 2020 week (Professional Security's account already used)
add(U20, '2020-09', 'west_midlands',
    ('A NATIONAL week of police action against ‘County Lines’ drugs networks across the West Midlands has resulted in 64 arrests.',
     [F('arrests', '', 'people', 64)]),
    ('Organised crime gangs were targeted and almost 40 warrants were executed across the force area last week at addresses suspected of links to cross-border drugs supply chains.',
     [F('warrants', '', 'count', 40, 'less_than', 'almost; a double space after "of" in the excerpt normalised')]),
    ('Of the 64 people arrested, 11 have already been charged with offences.',
     [F('arrests', '', 'people', 64),
      F('charged', '', 'people', 11)]),
    ('Police seized 25 wraps of cocaine and heroin, more than 1,000 cannabis plants, plus weapons including imitation handguns',
     [F('drugs_seized', '', 'wraps', 25, 'exact', 'cocaine and heroin together: empty item (Professional Security\'s copy has 225)'),
      F('drugs_seized', 'cannabis', 'plants', 1000, 'more_than'),
      U('weapons_seized', '', 'weapons: no number'),
      U('weapons_seized', 'imitation_firearm', 'imitation handguns: no number')]),
    ('We did around 80 inputs at schools and also spoke to teenagers in children’s homes ...',
     [F('school_inputs', '', 'count', 80, 'approximately', 'the quote is cut in the excerpt, marked ...')]),
)

# 21. Coventry Telegraph, West Midlands Police's week of action in early February 2021 (no national week; the Express & Star's page already used)
COV = ('part', 'one city (Coventry)')
CV1 = ('part', 'one case (two men in Coventry)')
add(U21, '', 'west_midlands',
    ('Seven people were arrested by Coventry\'s Gangs Unit as police struck at the heart of County Lines drugs operations.',
     [F('arrests', '', 'people', 7, 'exact', 'number word', scope=COV)]),
    ('A total of 74 people were arrested during a week-long blitz by West Midlands Police which also saw thousands of pounds worth of cocaine and heroin seized and weapons such as firearms and combat knives recovered.',
     [F('arrests', '', 'people', 74),
      U('drugs_seized', '', '"thousands of pounds worth" of cocaine and heroin: no exact number'),
      U('weapons_seized', '', 'weapons: no number'),
      U('weapons_seized', 'firearm', 'firearms: no number'),
      U('weapons_seized', 'knife', 'combat knives: no number')]),
    ('Officers carried out 31 warrants at addresses across the region linked to cross-border supply of cocaine and heroin, and one of the biggest operations saw the Coventry Gangs Unit team up with traffic officers and other units to intercept two men suspected of running a County Line into Warwickshire.',
     [F('warrants', '', 'count', 31),
      N(2, 'exact', 'number word; two men intercepted: one case, no metric')]),
    ('They arrested the pair, both aged 27, from a BMW parked in Uplands, Stoke Heath, at around 3pm on Thursday, February 4, and seized a ball of compressed cocaine plus 70 dealer wraps.',
     [U('drugs_seized', 'cocaine', '"a ball of compressed cocaine"', scope=CV1),
      F('drugs_seized', '', 'wraps', 70, 'exact', 'dealer wraps (drug not named): empty item', scope=CV1)]),
    ('Officers went on to search six houses in the city, arresting five more people and seizing vehicles.',
     [N(6, 'exact', 'number word; houses searched (could be warrants)'),
      F('arrests', '', 'people', 5, 'exact', 'number word', scope=COV),
      U('vehicles_seized', '', 'no number', scope=COV)]),
)

# 22. Yorkshire Post (PressReader), a February 2020 feature: standing intelligence figures, no week
add(U22, '', 'west_yorkshire',
    ('In West Yorkshire, there are nine mapped and scored organised crime groups linked to county lines and mainly in areas such as Leeds, Bradford and Huddersfield.',
     [N(9, 'exact', 'number word; organised crime groups mapped: no metric')]),
    ('However there are a further additional 80-plus groups that are also involved in the supply and dealing of drugs.',
     [N(80, 'at_least', '"80-plus" groups: no metric')]),
    ('Police in West Yorkshire have also flagged 87 people as potential child criminal exploitation perpetrators, with a further 339 vulnerable adults and children at risk of criminal exploitation – 111 of which are linked to county lines.',
     [N(87, 'exact', 'potential perpetrators flagged: no metric'),
      N(339, 'exact', 'vulnerable adults and children at risk: a standing count, not engaged or safeguarded (doubtful: could be safeguarded)'),
      N(111, 'exact', 'of them linked to county lines: no metric')]),
    ('This enables all 43 police forces to look for trends and see if there are any links.',
     [N(43, 'exact', 'police forces: no metric')]),
)

# 23. Shropshire Star, the West Mercia PCC on the October 2021 week
add(U23, '2021-10', 'west_mercia',
    ('West Mercia police and crime commissioner John Campion commended policing teams after 12 arrests were made, as well as seizures of cash and Class A drugs running into the tens of thousands.',
     [F('arrests', '', 'people', 12, 'exact', 'the place is not given; the page is Shrewsbury\'s and the PCC joined officers there (doubtful: could be one town\'s)'),
      U('cash_seized', '', 'no number'),
      U('drugs_seized', 'class_a', '"running into the tens of thousands": no exact number')]),
)


def rows(P, strict, drop=(), start=2700):
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
    for name, strict in (('round24_figure.csv', False), ('round24_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
