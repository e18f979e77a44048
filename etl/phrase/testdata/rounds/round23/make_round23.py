#!/usr/bin/env python3
"""Round 23: real county lines wording, labelled by hand (round-23 collector, 29 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round23_figure.csv
it is written as is (what the figure IS); in round23_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 22 (same helpers, same conventions).
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




U1 = 'https://scotland.police.uk/what-s-happening/news/2024/december/county-lines-intensification-week-november-2024'
U2 = 'https://parallelparliament.co.uk/question/163802/drugs-organised-crime'
U3 = 'https://parallelparliament.co.uk/question/32614/drugs-organised-crime'
U4 = 'https://parallelparliament.co.uk/question/HL5375/drugs-crime'
U5 = 'https://www.parallelparliament.co.uk/question/57349'
U6 = 'https://www.lincolnshireworld.com/news/crime/more-drugs-lines-smashed-as-british-transport-police-teams-up-with-lincolnshire-police-in-joint-operation-5059406'
U7 = 'https://apccs.police.uk/latest-news/apcc-comment-on-county-lines-intensification-week-9th-to-15th-october/'
U8 = 'https://www.wiltshire999s.co.uk/25-people-arrested-drugs-seized-more-than-20000-recovered-and-15-country-lines-shut-down-in-swindon/'
U9 = 'https://www.hoangvietstore.com/drugs-worth-4-3m-seized-and-230-arrested-in-county-lines-crackdown-uk-news/'
U10 = 'https://www.parikiaki.com/2023/10/met-close-down-92-drug-lines-during-week-of-action/'
U11 = 'https://thehullstory.com/allarticles/county-lines'
U12 = 'https://www.newsbreak.com/news/2264479846103/more-than-400-arrested-in-connection-with-january-6-riot'
U13 = 'https://metro.co.uk/2019/10/18/cops-arrest-700-seize-400000-worth-drugs-one-week-10940106/'
U14 = 'https://essexnewsandinvestigations.com/single-post/2019/05/21/nearly-600-arrested-in-nationwide-crackdown-on-county-lines-drug-gangs'
U15 = 'https://www.signal1.co.uk/news/local/60-arrested-in-staffordshire-and-cheshire-county-lines-crackdown/'
U16 = 'https://www.edp24.co.uk/news/crime/county-lines-drug-arrests-norwich-1464278'
U17 = 'https://hellorayo.co.uk/greatest-hits/west-norfolk/news/norfolk-police-arrest-twelve-county-lines-week-action'
U18 = 'https://www.leics.police.uk/news/leicestershire/news/2023/march/76-arrested-during-county-lines-intensification-week-activity/'
U19 = 'https://newyddion.s4c.cymru/article/2007'
U20 = 'https://www.btp.police.uk/cy-GB/news/btp/newyddion/england/home-secretary-praises-work-of-british-transport-police-and-other-forces-amid-nationwide-county-lines-crackdown/'
U21 = 'https://www.dorset.pcc.police.uk/news-and-newsletters/dorset-pcc-news-blog/2025/12/release-operation-scorpion-strikes-again'
U22 = 'https://devonandcornwall-pcc.gov.uk/4184-2'
U23 = 'https://news.dorset.police.uk/news-article/665514ec-fb32-ef11-9d67-6045bdd24049'
U24 = 'https://v2radio.co.uk/news/west-sussex/a-police-operation-has-reduced-drug-linked-offences-in-crawley-by-more-than-half'
U25 = 'https://www.avonandsomerset.police.uk/news/2024/10/united-against-drug-crime-south-west-police-join-forces-to-target-drug-criminality/'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. Police Scotland's own page, November-December 2024 week (the Ross-shire Journal's PA copy already used)
add(U1, '2024-11', 'police_scotland',
    ('Police Scotland officers took pro-active action to identify and safeguard vulnerable people exploited by drug dealers - during the latest national County Lines intensification week.',
     [U('safeguarded', '', 'to identify and safeguard vulnerable people: no number')]),
    ('During the UK-wide initiative – co-ordinated by the National Police Chiefs Council (NPCC) – officers in Scotland safeguarded 66 vulnerable people and engaged with a further 3210.',
     [F('safeguarded', '', 'people', 66),
      F('safeguarded', '', 'people', 3210, 'exact', '"engaged with a further 3210" (people implied): engaged, as round 22 took the same release\'s 3,210 (doubtful)')]),
    ('They visited 79 addresses – 25 were believed to be used by drug dealers as a cuckooing house.',
     [N(79, 'exact', 'addresses visited, not all cuckooed: no metric (could be welfare_visits)'),
      F('cuckooed_addresses_visited', '', 'count', 25, 'exact', 'inside the 79 visited')]),
    ('Sixty men and twenty-one women were arrested and 54 evidential search warrants were executed.',
     [F('arrests_male', '', 'people', 60, 'exact', 'number word'),
      F('arrests_female', '', 'people', 21, 'exact', 'number word'),
      F('warrants', '', 'count', 54)]),
    ('More than £180,000 of heroin, £120,000 of crack cocaine and £22,000 of cocaine were seized.',
     [F('drugs_seized', 'heroin', 'gbp', 180000, 'more_than'),
      F('drugs_seized', 'crack_cocaine', 'gbp', 120000, 'exact', 'the "More than" stands before the first figure only'),
      F('drugs_seized', 'cocaine', 'gbp', 22000)]),
    ('Cannabis, herbal cannabis and cannabis edibles, as well as synthetic opioids, ketamine, mixing agents and more than £60,000 in cash were recovered.',
     [U('drugs_seized', 'cannabis', 'cannabis, herbal cannabis and cannabis edibles: one item'),
      U('drugs_seized', 'other_drug', 'synthetic opioids'),
      U('drugs_seized', 'ketamine'),
      F('cash_seized', '', 'gbp', 60000, 'more_than', 'recovered = seized')]),
    ('A machete, an axe, four lock knives, two bottles of corrosive substance and a can of pepper spray were recovered.',
     [F('weapons_seized', 'machete', 'count', 1, 'exact', '"A machete"'),
      F('weapons_seized', 'axe', 'count', 1, 'exact', '"an axe"'),
      F('weapons_seized', 'knife', 'count', 4, 'exact', 'number word; lock knives'),
      F('weapons_seized', 'other_weapon', 'count', 2, 'exact', 'number word; bottles of corrosive substance (as round 22)'),
      F('weapons_seized', 'cs_spray', 'count', 1, 'exact', '"a can of pepper spray"')]),
    ('An electric bike, an electric scooter, four vehicles and 87 mobile phones were also seized.',
     [N(1, 'exact', '"An electric bike": a vehicle type, no item code (as round 22)'),
      N(1, 'exact', '"an electric scooter": a vehicle type, no item code (as round 22)'),
      F('vehicles_seized', '', 'count', 4, 'exact', 'number word'),
      F('mobile_phones_seized', '', 'count', 87)]),
)

# 2. Parallel Parliament, a written answer (20 March 2023): programme totals and the February-March 2023 national week
CLP = ('period', 'the County Lines Programme since 2019')
C22 = ('period', 'the County Lines Programme since April 2022')
add(U2, '2023-02', 'national',
    ('This is why, through the 10-year Drug Strategy, we are bolstering our County Lines Programme, investing up to £145m over three years to tackle the most violent and exploitative distribution model yet seen.',
     [N(145000000, 'up_to', 'programme funding: no metric')]),
    ('By 2025, we expect this to result in over 2,000 more county lines closed, through a sustained attack on the distribution model.',
     [N(2000, 'more_than', 'lines expected to be closed by 2025: a forecast, not a result')]),
    ('Since the County Lines Programme was launched in 2019, police activity has resulted in over 3,500 lines closed, 10,000 arrests, and 5,600 safeguarding referrals.',
     [F('lines_closed', '', 'count', 3500, 'more_than', '', scope=CLP),
      F('arrests', '', 'people', 10000, 'exact', 'the "over" stands before the first figure only', scope=CLP),
      F('safeguarding_referrals', '', 'people', 5600, 'exact', '', scope=CLP)]),
    ('This includes over 1,000 line closures since April 2022 against the Drugs Strategy commitment.',
     [F('lines_closed', '', 'count', 1000, 'more_than', 'line closures', scope=C22)]),
    ('The latest National County Lines Co-ordination Centre (NCLCC) assessment of County Lines also shows a reduction in the total number of potentially active lines per month, with numbers reported to have fallen from between 800-1,100 in 2019/20 to 600 in 2020/21.',
     [N(800, 'exact', 'potentially active lines per month, 2019/20 (lower bound of a range): lines known, not closed'),
      N(1100, 'exact', 'upper bound of the same range'),
      N(600, 'exact', 'potentially active lines per month, 2020/21')]),
    ('The most recent of these took place 27 February - 5 March and resulted in 276 lines closed (68% increase on the last Intensification Week), as well as 1,658 arrests and over 30kg worth of Class A drugs, £2m in cash and 404 weapons seized.',
     [F('lines_closed', '', 'count', 276, 'exact', 'the national week\'s total'),
      N(68, 'exact', 'a percentage increase on the last week: no metric'),
      F('arrests', '', 'people', 1658),
      F('drugs_seized', 'class_a', 'g', 30000, 'more_than', '"30kg worth": a mass'),
      F('cash_seized', '', 'gbp', 2000000),
      F('weapons_seized', '', 'count', 404)]),
)

# 3. Parallel Parliament, a written answer on Dorset and coastal communities (programme figures, July-September 2024)
Q3 = ('period', 'the County Lines Programme, July to September 2024')
JUL = ('period', 'the support service since July (2024)')
add(U3, '', 'national',
    ('Between July and September 2024, policing activity delivered through the County Lines Programme has resulted in over 400 deal lines being closed, 500 arrests (including the arrest and charge of over 260 deal line holders) and 800 safeguarding referrals for children and vulnerable people.',
     [F('lines_closed', '', 'count', 400, 'more_than', 'deal lines closed', scope=Q3),
      F('arrests', '', 'people', 500, 'exact', 'the "over" stands before the first figure only', scope=Q3),
      F('charged', '', 'people', 260, 'more_than', 'deal line holders arrested and charged', scope=Q3),
      F('safeguarding_referrals', '', 'people', 800, 'exact', '', scope=Q3)]),
    ('Over 220 children and young people have also received dedicated specialist support through our county lines support service since July.',
     [F('safeguarded_juvenile', '', 'people', 220, 'more_than', 'children and young people given specialist support (doubtful: could be NONE)', scope=JUL)]),
)

# 4. Parallel Parliament, a Lords written answer: programme figures and the November-December 2024 national week
S24 = ('period', 'the County Lines Programme since July 2024')
add(U4, '2024-11', 'national',
    ('Since July 2024, policing activity delivered through the County Lines Programme has resulted in over 400 deal lines being closed, the arrest and charge of over 200 deal line holders, 500 arrests and 800 safeguarding referrals of children and vulnerable people.',
     [F('lines_closed', '', 'count', 400, 'more_than', 'deal lines closed', scope=S24),
      F('charged', '', 'people', 200, 'more_than', 'deal line holders arrested and charged', scope=S24),
      F('arrests', '', 'people', 500, 'exact', '', scope=S24),
      F('safeguarding_referrals', '', 'people', 800, 'exact', '', scope=S24)]),
    ('The most recent of these took place 25 November to 1 December 2024 and resulted in 261 lines closed, as well as 1,660 arrests, 1,434 individuals safeguarded and 557 weapons seized.',
     [F('lines_closed', '', 'count', 261),
      F('arrests', '', 'people', 1660),
      F('safeguarded', '', 'people', 1434),
      F('weapons_seized', '', 'count', 557)]),
)

# 5. Parallel Parliament, a written answer (2025): funding and programme figures, July 2024 to March 2025
Q5 = ('period', 'the County Lines Programme, July 2024 to March 2025')
add(U5, '', 'national',
    ('That is why we are investing £42m this financial year (25/26) in the County Lines Programme, to target exploitative drug dealing gangs whilst breaking the organised crime groups behind this trade.',
     [N(42000000, 'exact', 'programme funding: no metric')]),
    ('From July 2024 to March 2025, law enforcement activity through the County Lines Programme taskforces has resulted in more than 1,200 deal lines closed, 2,000 arrests (including the arrest and subsequent charge of over 800 deal line holders) and 2,100 safeguarding referrals of children and vulnerable people.',
     [F('lines_closed', '', 'count', 1200, 'more_than', 'deal lines closed', scope=Q5),
      F('arrests', '', 'people', 2000, 'exact', 'the "more than" stands before the first figure only', scope=Q5),
      F('charged', '', 'people', 800, 'more_than', 'deal line holders arrested and charged', scope=Q5),
      F('safeguarding_referrals', '', 'people', 2100, 'exact', '', scope=Q5)]),
    ('Over 320 children and young people also received dedicated specialist support through the County Lines Programme support service in that time.',
     [F('safeguarded_juvenile', '', 'people', 320, 'more_than', 'children and young people given specialist support (doubtful: could be NONE)', scope=Q5)]),
)

# 6. Lincolnshire World, BTP's County Lines Taskforce with Lincolnshire Police, a two-day railway operation (date not in the excerpt)
BLI = ('national', 'a joint operation with another force (Lincolnshire Police)')
add(U6, '', 'british_transport_police',
    ('Criminal gangs moving drugs on the railway were dealt another blow when British Transport Police (BTP) elite County Lines taskforce seized cash drugs and weapons and made multiple arrests.',
     [U('cash_seized', '', '', scope=BLI), U('drugs_seized', '', '', scope=BLI),
      U('weapons_seized', '', '', scope=BLI), U('arrests', '', '"multiple arrests": no number', scope=BLI)]),
    ('The teams deployed a knife arch and passive drugs dogs resulting in more than £8k worth of cocaine, and over £5k of illicit cash being seized along with deadly weapons.',
     [F('drugs_seized', 'cocaine', 'gbp', 8000, 'more_than', '£8k', scope=BLI),
      F('cash_seized', '', 'gbp', 5000, 'more_than', '£5k', scope=BLI),
      U('weapons_seized', '', '"deadly weapons"', scope=BLI)]),
    ('A total of 13 arrests were made with two victims of cuckooing (where criminals use a vulnerable person’s home as their base of operations) identified and safeguarded.',
     [F('arrests', '', 'people', 13, scope=BLI),
      F('safeguarded', '', 'people', 2, 'exact', 'number word; victims of cuckooing', scope=BLI)]),
    ('Three lethal zombie knives were seized along with a machete, £5,590 in cash was seized and a haul of cocaine with a street value of £8,900 as well as 75 MDMA tablets.',
     [F('weapons_seized', 'zombie_knife', 'count', 3, 'exact', 'number word', scope=BLI),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a machete"', scope=BLI),
      F('cash_seized', '', 'gbp', 5590, scope=BLI),
      F('drugs_seized', 'cocaine', 'gbp', 8900, 'exact', 'street value', scope=BLI),
      F('drugs_seized', 'mdma', 'tablets', 75, scope=BLI)]),
)

# 7. APCC comment on the October 2023 week: a PCC on Greater Manchester Police's year
GMY = ('period', 'Greater Manchester Police last year (another force, another period)')
add(U7, '2023-10', 'national',
    ('In Greater Manchester, we are doing that through dedicated teams within Greater Manchester Police, which last year successfully dismantled 85 county lines operating in our city-region.',
     [F('lines_closed', '', 'count', 85, 'exact', 'dismantled = closed', scope=GMY)]),
    ('Last year, Challenger commissioned a schools-based education performance delivered to over 50 primary schools.',
     [F('school_inputs', '', 'count', 50, 'more_than', 'a performance delivered to schools (doubtful: could be schools_visited)', scope=GMY)]),
)

# 8. Wiltshire 999s, Wiltshire Police in Swindon, two weeks of activity (4-15 October 2021, the national week inside them)
SWI = ('part', 'one town (Swindon), over two weeks that include the national week')
add(U8, '', 'wiltshire',
    ('Twenty-five people arrested, thousands of pounds worth of drugs seized, more than 20 thousand pounds in cash recovered and 15 County Lines closed down – the result of recent work by officers targeting drugs gangs in Swindon.',
     [F('arrests', '', 'people', 25, 'exact', 'number word', scope=SWI),
      U('drugs_seized', '', '"thousands of pounds worth": no exact number', scope=SWI),
      F('cash_seized', '', 'gbp', 20000, 'more_than', '"20 thousand pounds"', scope=SWI),
      F('lines_closed', '', 'count', 15, scope=SWI)]),
    ('During the period of activity, where police teams carried out raids on several properties in Swindon, a total of 25 arrests were made – 21 men and four women aged between 17 and 54-years-old were arrested on suspicion of drug dealing.',
     [F('arrests', '', 'people', 25, scope=SWI),
      F('arrests_male', '', 'people', 21, scope=SWI),
      F('arrests_female', '', 'people', 4, 'exact', 'number word', scope=SWI)]),
    ('Fourteen of those arrested have now been charged in connection with drug dealing:',
     [F('charged', '', 'people', 14, 'exact', 'number word', scope=SWI)]),
)

# 9. A copy of a national news report: the Metropolitan Police, October 2022 week (uknip's copy of the Met's release already used)
ORO = ('period', 'Operation Orochi since November 2019')
add(U9, '2022-10', 'metropolitan',
    ('An estimated £4.3million worth of Class A drugs have been seized and 230 suspects arrested in a crackdown on county lines gangs.',
     [F('drugs_seized', 'class_a', 'gbp', 4300000, 'approximately', 'an estimated'),
      F('arrests', '', 'people', 230)]),
    ('Around 70 criminal networks supplying heroin, cocaine and crack from London were shut down by the Metropolitan Police during a week of action beginning on 3 October.',
     [F('lines_closed', '', 'count', 70, 'approximately', 'networks shut down taken as lines closed (doubtful)')]),
    ('Scotland Yard detectives also confiscated a large quantity of Class B drugs together with almost £335,000 in cash and almost 60 weapons including a firearm, a samurai sword, meat cleaver, machetes, knives and knuckle dusters.',
     [U('drugs_seized', 'class_b', '"a large quantity"'),
      F('cash_seized', '', 'gbp', 335000, 'less_than', 'almost'),
      F('weapons_seized', '', 'count', 60, 'less_than', 'almost'),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', '"a firearm", inside the 60'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', '"a samurai sword", inside the 60; the meat cleaver, machetes, knives and knuckle dusters have no number inside a group figure')]),
    ('A total of 249 children and vulnerable adults – 215 male and 34 female – were safeguarded during the week-long crackdown, which is part of the force’s Operation Orochi.',
     [F('safeguarded', '', 'people', 249),
      N(215, 'exact', 'males of all ages safeguarded: children and adults together, no metric'),
      N(34, 'exact', 'females of all ages safeguarded: no metric')]),
    ('Some 31 referrals were made to officials responsible for identifying victims of human trafficking and modern slavery and ensuring they get appropriate support.',
     [F('nrm_referrals', '', 'people', 31, 'approximately', '"Some" before a number = about it; referrals to identify victims of trafficking and modern slavery')]),
    ('From its inception in November 2019 until September this year, Operation Orochi has seen more than 1,260 county lines dismantled and almost 2,500 people arrested, leading to 3,833 charges for offences including drug supply, weapon possession and modern slavery.',
     [F('lines_closed', '', 'count', 1260, 'more_than', 'dismantled = closed', scope=ORO),
      F('arrests', '', 'people', 2500, 'less_than', 'almost', scope=ORO),
      F('charges', '', 'count', 3833, 'exact', '', scope=ORO)]),
)

# 10. Parikiaki, the Metropolitan Police, October 2023 week (the bulleted lists ran together in the excerpt; split at the list items)
add(U10, '2023-10', 'metropolitan',
    ('A week of action to tackle ‘county lines’ by the Met has resulted in more than 290 arrests, 110 people safeguarded, the seizure of 16.9kg worth of suspected drugs and the closure of 92 drug lines.',
     [F('arrests', '', 'people', 290, 'more_than'),
      F('safeguarded', '', 'people', 110, 'exact', 'the "more than" stands before the first figure only'),
      F('drugs_seized', '', 'g', 16900, 'exact', 'suspected drugs of all kinds: empty item'),
      F('lines_closed', '', 'count', 92)]),
    ('163 people with a total of 377 charges and 287 drug trafficking charges',
     [F('charged', '', 'people', 163, 'exact', 'a list item (people charged)'),
      F('charges', '', 'count', 377),
      N(287, 'exact', 'drug trafficking charges: a part of the charges by offence, no metric')]),
    ('238 charges for Class A drugs and 49 for Class B drugs',
     [N(238, 'exact', 'charges for Class A drugs: charges by offence, no metric'),
      N(49, 'exact', 'charges for Class B drugs: no metric')]),
    ('92 county lines closed in collaboration with partner forces',
     [F('lines_closed', '', 'count', 92, 'exact', 'the Met\'s figure, closed with partner forces')]),
    ('9,878 people engaged in drug lines training and awareness events',
     [N(9878, 'exact', 'people of all ages at training and awareness events: not children_engaged, not a count of events')]),
    ('17 firearms including Glock’s, revolvers, imitation firearms and live ammunition',
     [F('weapons_seized', 'firearm', 'count', 17, 'exact', '"Glock’s": sic; the kinds named are inside the 17')]),
    ('56 weapons including Zombie knives, machetes, and swords',
     [F('weapons_seized', '', 'count', 56, 'exact', 'the kinds named are inside the 56')]),
    ('7.6kg Class A drugs',
     [F('drugs_seized', 'class_a', 'g', 7600)]),
    ('Officers offered 31 young people referrals to specialist support providers, such as Rescue and Response, Catch22 and The Prince’s Trust and three individuals were referred to the National Referral Mechanism, which assesses potential victims of human trafficking and modern slavery.',
     [F('safeguarding_referrals', '', 'people', 31, 'exact', 'young people referred to support providers'),
      F('nrm_referrals', '', 'people', 3, 'exact', 'number word')]),
)

# 11. The Hull Story, Humberside Police's own operation (19 days of action in April and May 2021) (Humberside Police's page already used)
add(U11, '', 'humberside',
    ('Humberside Police have dismantled four “county lines” drugs gangs after a “huge” operation spanning the country.',
     [F('lines_closed', '', 'count', 4, 'exact', 'number word; "county lines" drugs gangs dismantled')]),
    ('Months in the planning, the arrest phase took place over 19 days in April and May and resulted in dozens of arrests and charges, the force said today.',
     [U('arrests', '', '"dozens of": no exact number'), U('charges', '', '"dozens of ... charges"')]),
    ('Large amounts of controlled drugs have been seized, along with a variety of weapons including machetes and knives.',
     [U('drugs_seized'), U('weapons_seized'), U('weapons_seized', 'machete'), U('weapons_seized', 'knife')]),
    ('68 arrests (49 men, 16 women, and three youths;',
     [F('arrests', '', 'people', 68),
      F('arrests_male', '', 'people', 49),
      F('arrests_female', '', 'people', 16),
      F('arrests_under_18', '', 'people', 3, 'exact', 'number word; youths taken as under 18; the bracket is never closed (sic)')]),
    ('45 suspects charged with offences relating to the possession and supply of drugs;',
     [F('charged', '', 'people', 45)]),
    ('30 warrants served in Hull, Bradford, and London',
     [F('warrants', '', 'count', 30, 'exact', 'served = executed')]),
    ('“Our teams have, as a direct result of this operation, managed to dismantle four ‘county lines’, and already secured guilty pleas from six men who were at the head of these crime groups and facilitated the supply of Class A drugs.',
     [F('lines_closed', '', 'count', 4, 'exact', 'number word'),
      N(6, 'exact', 'men who pleaded guilty: no metric (number word)')]),
)

# 12. NewsBreak, a national report on the May 2021 week
add(U12, '2021-05', 'national',
    ('More than 1,000 people associated with county lines have been arrested since 17 May, as part of a national crackdown on the drug dealing gangs.',
     [F('arrests', '', 'people', 1000, 'more_than')]),
    ('Weapons and drugs were also seized, with police forces across the country confiscating 33 guns and 219 knives.',
     [U('drugs_seized'),
      F('weapons_seized', 'firearm', 'count', 33, 'exact', 'guns -> firearm'),
      F('weapons_seized', 'knife', 'count', 219)]),
    ('The National Crime Agency seized more than 600kg of cocaine and 17kg of heroin as part of the operation.',
     [F('drugs_seized', 'cocaine', 'g', 600000, 'more_than'),
      F('drugs_seized', 'heroin', 'g', 17000, 'exact', 'the "more than" stands before the first figure only')]),
    ('It’s thought that there are currently around 600 county lines gangs operating in the UK, down from 2,000 in 2019.',
     [N(600, 'approximately', 'lines (gangs) operating now: lines known, not closed'),
      N(2000, 'exact', 'lines operating in 2019: no metric')]),
)

# 13. Metro, the national October 2019 week
add(U13, '2019-10', 'national',
    ('Police have made a record number of arrests and seized £400,000 worth of drugs during a crackdown on gangs in one week.',
     [U('arrests', '', '"a record number of arrests": no number'),
      F('drugs_seized', '', 'gbp', 400000)]),
    ('Officers arrested 743 people and also seized 12 guns among 169 weapons, according to the National Crime Agency.',
     [F('arrests', '', 'people', 743),
      F('weapons_seized', '', 'count', 169),
      F('weapons_seized', 'firearm', 'count', 12, 'exact', 'guns -> firearm; inside the 169')]),
    ('A total of 49 ‘deal lines’ were disrupted as a result of the operation between October 7 and 13, with police saying they were ‘dismantling the criminal networks piece by piece’.',
     [F('lines_closed', '', 'count', 49, 'exact', 'deal lines disrupted taken as closed (doubtful)')]),
    ('The NCA said 652 men and 91 women were arrested, and 655 cuckooed addresses were visited.',
     [F('arrests_male', '', 'people', 652), F('arrests_female', '', 'people', 91),
      F('cuckooed_addresses_visited', '', 'count', 655)]),
    ('Among the weapons seized were swords, machetes and a crossbow.',
     [U('weapons_seized', 'sword'), U('weapons_seized', 'machete'),
      F('weapons_seized', 'crossbow', 'count', 1, 'exact', '"a crossbow"')]),
)

# 14. Essex News and Investigations, the national May 2019 week
add(U14, '2019-05', 'national',
    ("NEARLY 600 members of suspected 'county lines' drug gangs have been arrested across the country in a week-long operation.",
     [F('arrests', '', 'people', 600, 'less_than', 'NEARLY')]),
    ('Police arrested 500 men and 86 women between May 13 and 20 as the National Crime Agency (NCA) cracks down on the menace that has fuelled violent crime across the UK.',
     [F('arrests_male', '', 'people', 500), F('arrests_female', '', 'people', 86)]),
    ('During raids up and down the country £312,649 cash and 46 weapons were also seized, including including four firearms, swords, machetes, an axe, knives, samurai swords, and a crossbow.',
     [F('cash_seized', '', 'gbp', 312649),
      F('weapons_seized', '', 'count', 46),
      F('weapons_seized', 'firearm', 'count', 4, 'exact', 'number word; inside the 46; "including including": sic'),
      F('weapons_seized', 'axe', 'count', 1, 'exact', '"an axe", inside the 46'),
      F('weapons_seized', 'crossbow', 'count', 1, 'exact', '"a crossbow", inside the 46')]),
    ('Significant amounts of drugs were recovered, including £176,780 worth of cocaine, £36,550 worth of crack cocaine and £17,950 worth of heroin.',
     [U('drugs_seized', '', '"Significant amounts": the total has no number'),
      F('drugs_seized', 'cocaine', 'gbp', 176780),
      F('drugs_seized', 'crack_cocaine', 'gbp', 36550),
      F('drugs_seized', 'heroin', 'gbp', 17950)]),
    ('There were 519 vulnerable adults and 364 children identified as possible victims of the gangs, who may require safeguarding, but so far only around 30 of them were referred as potential victims of human trafficking or modern slavery.',
     [F('safeguarded_adult', '', 'people', 519, 'exact', 'identified as possible victims who may require safeguarding (doubtful)'),
      F('safeguarded_juvenile', '', 'people', 364, 'exact', 'children identified (doubtful)'),
      F('nrm_referrals', '', 'people', 30, 'approximately', 'referred as potential victims of trafficking or modern slavery')]),
)

# 15. Signal 1, Staffordshire and Cheshire together, January 2019 week
SC = ('national', 'two forces together (Staffordshire and Cheshire)')
CH = ('national', 'another force (Cheshire)')
add(U15, '2019-01', 'staffordshire',
    ("Drugs and weapons have been seized, and 60 people arrested, during a week long crackdown on 'county lines' in Staffordshire and Cheshire.",
     [U('drugs_seized', '', '', scope=SC), U('weapons_seized', '', '', scope=SC),
      F('arrests', '', 'people', 60, scope=SC)]),
    ('As part of a week of action in Staffordshire and Cheshire, officers across the two counties arrested 60 people for a range of offences including drugs and possessing offensive weapons.',
     [N(2, 'exact', 'counties: no metric (number word)'),
      F('arrests', '', 'people', 60, scope=SC)]),
    ('The drugs recovered were heroin, crack cocaine and cannabis, while officers also seized weapons including knives, a machete, a sword, a crowbar, a baseball bat, and a knuckle duster.',
     [U('drugs_seized', 'heroin', '', scope=SC), U('drugs_seized', 'crack_cocaine', '', scope=SC),
      U('drugs_seized', 'cannabis', '', scope=SC), U('weapons_seized', '', '', scope=SC),
      U('weapons_seized', 'knife', '', scope=SC),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a machete"', scope=SC),
      F('weapons_seized', 'sword', 'count', 1, 'exact', '"a sword"', scope=SC),
      F('weapons_seized', 'other_weapon', 'count', 1, 'exact', '"a crowbar"', scope=SC),
      F('weapons_seized', 'bat', 'count', 1, 'exact', '"a baseball bat"', scope=SC),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', '"a knuckle duster"', scope=SC)]),
    ('Officers say they also identified and safeguarded seven victims of ‘cuckooing’.',
     [F('safeguarded', '', 'people', 7, 'exact', 'number word', scope=SC)]),
    ('In Cheshire, £2,500 in cash was also seized, while officers visited schools to help them spot the signs of vulnerable people being coerced into criminal activity, and how to report it.',
     [F('cash_seized', '', 'gbp', 2500, scope=CH), U('schools_visited', '', '', scope=CH)]),
)

# 16. EDP24, Norfolk Constabulary in the October 2019 week, with the national totals
NAT = ('national', 'the national totals')
add(U16, '2019-10', 'norfolk',
    ('Four people were arrested in Norwich and hundreds of wraps of drugs seized in part of a record-breaking week of action to disrupt county lines.',
     [F('arrests', '', 'people', 4, 'exact', 'number word; the page says Norfolk\'s only arrests were in Norwich, so the force\'s own (doubtful)'),
      U('drugs_seized', '', '"hundreds of wraps": no exact number')]),
    ('Led by the National County Lines Coordination Centre, the week of action saw more than 700 arrests and half a million pounds worth of drugs seized.',
     [F('arrests', '', 'people', 700, 'more_than', '', scope=NAT),
      F('drugs_seized', '', 'gbp', 500000, 'exact', '"half a million pounds"', scope=NAT)]),
    ('Four people were arrested and seizures included 400 wraps of Class A drugs and £9,000 in cash.',
     [F('arrests', '', 'people', 4, 'exact', 'number word; Norfolk\'s (all in Norwich)'),
      F('drugs_seized', 'class_a', 'wraps', 400),
      F('cash_seized', '', 'gbp', 9000)]),
    ('652 men and 91 women were arrested;',
     [F('arrests_male', '', 'people', 652, scope=NAT), F('arrests_female', '', 'people', 91, scope=NAT)]),
    ('389 vulnerable adults and 292 children were engaged for safeguarding purposes;',
     [F('safeguarded_adult', '', 'people', 389, scope=NAT), F('safeguarded_juvenile', '', 'people', 292, scope=NAT)]),
    ("49 'deal lines' were seized;",
     [F('lines_closed', '', 'count', 49, 'exact', 'deal lines seized taken as closed (doubtful: could be deal_line_phones_seized)', scope=NAT)]),
    ('There were 41 referrals to the National Referral Mechanism (NRM), which assesses individuals as potential victims of human trafficking/modern slavery;',
     [F('nrm_referrals', '', 'people', 41, scope=NAT)]),
    ('12 firearms, swords, machetes, an axe, knives, samurai swords, and a crossbow',
     [F('weapons_seized', 'firearm', 'count', 12, scope=NAT),
      U('weapons_seized', 'sword', 'swords and samurai swords', scope=NAT),
      U('weapons_seized', 'machete', '', scope=NAT),
      F('weapons_seized', 'axe', 'count', 1, 'exact', '"an axe"', scope=NAT),
      U('weapons_seized', 'knife', '', scope=NAT),
      F('weapons_seized', 'crossbow', 'count', 1, 'exact', '"a crossbow"', scope=NAT)]),
    ('Significant amounts of drugs were recovered, totalling £426,040:',
     [F('drugs_seized', '', 'gbp', 426040, 'exact', 'all drugs together: empty item', scope=NAT)]),
)

# 17. Hello Rayo (West Norfolk), Norfolk Constabulary, March 2024 week (Lynn News' and the BBC's pages already used)
add(U17, '2024-03', 'norfolk',
    ("Norfolk Police tell us they've arrested twelve people and shut down at least two county lines phone networks - as part of a national week of action against county lines drug gangs.",
     [F('arrests', '', 'people', 12, 'exact', 'number word'),
      F('lines_closed', '', 'count', 2, 'at_least', 'number word; phone networks shut down')]),
    ("Class A drugs, knives and a hammer were seized as part of warrants that were carried out in Norwich, Thetford, King's Lynn and Great Yarmouth last week.",
     [U('drugs_seized', 'class_a'), U('weapons_seized', 'knife'),
      F('weapons_seized', 'other_weapon', 'count', 1, 'exact', '"a hammer"'),
      U('warrants', '', 'warrants carried out: no number')]),
)

# 18. Leicestershire Police's own page, February-March 2023 week
add(U18, '2023-02', 'leicestershire',
    ('Leicestershire Police has carried out 41 warrants, arrested 76 people and made safeguarding visits to 58 vulnerable people during a national week of action targeting County Lines drug dealing.',
     [F('warrants', '', 'count', 41),
      F('arrests', '', 'people', 76),
      F('welfare_visits', '', 'count', 58, 'exact', 'safeguarding visits to 58 people (doubtful: could be safeguarded)')]),
    ('They also recovered cash, drugs, firearms and other weapons as part of County Lines Intensification Week from Monday 27 February and Sunday 5 March 2023.',
     [U('cash_seized'), U('drugs_seized'), U('weapons_seized', 'firearm'),
      U('weapons_seized', '', '"other weapons": weapons besides the firearms')]),
)

# 19. Newyddion S4C (Welsh), North Wales Police's Tîm Rhwystro (disruption team) over its first year
YR = ('period', 'the team\'s last year (since February 2020)')
ONEC = ('part', 'one case')
add(U19, '', 'north_wales',
    ('Mae Heddlu’r Gogledd wedi meddiannu dros £1.8m o gyffuriau dros y flwyddyn ddiwethaf.',
     [F('drugs_seized', '', 'gbp', 1800000, 'more_than', 'Welsh: "dros" = over; drugs seized over the last year', scope=YR)]),
    ('Cafodd 170 o arestiadau sydd yn gysylltiedig â ‘llinellau cyffuriau’ (county lines) eu gwneud yn ystod yr un cyfnod.',
     [F('arrests', '', 'people', 170, 'exact', 'Welsh: 170 arrests linked to county lines in the same period', scope=YR)]),
    ('Cafodd arfau ac arian parod hefyd eu meddiannu, gydag un achos yn gweld £35,000 yn cael ei gymryd.',
     [U('weapons_seized', '', 'Welsh: arfau = weapons', scope=YR),
      U('cash_seized', '', 'Welsh: arian parod = cash', scope=YR),
      F('cash_seized', '', 'gbp', 35000, 'exact', 'Welsh: one case saw £35,000 taken', scope=ONEC)]),
)

# 20. BTP's own page in Welsh (29 May 2020): the funded county lines forces since November 2019
FOUR = ('national', 'four forces together (BTP, the Met, West Midlands, Merseyside) since November')
SNOV = ('period', 'BTP since November (2019)')
add(U20, '', 'british_transport_police',
    ("Gyda'i gilydd mae'r lluoedd wedi cynnal 657 o arestiadau ers mis Tachwedd - mae BTP yn cyfrif am 276 o'r arestiadau hynny.",
     [F('arrests', '', 'people', 657, 'exact', 'Welsh: together the forces have made 657 arrests since November', scope=FOUR),
      F('arrests', '', 'people', 276, 'exact', 'Welsh: BTP accounts for 276 of them', scope=SNOV)]),
    ("Mae'r llu hefyd wedi atafaelu £63,000 mewn cyffuriau, £108,000 mewn arian parod, ac wedi tynnu 38 o arfau oddi ar y rhwydwaith reilffyrdd.",
     [F('drugs_seized', '', 'gbp', 63000, 'exact', 'Welsh: £63,000 in drugs', scope=SNOV),
      F('cash_seized', '', 'gbp', 108000, 'exact', 'Welsh: arian parod = cash', scope=SNOV),
      F('weapons_seized', '', 'count', 38, 'exact', 'Welsh: 38 weapons removed from the railway = seized', scope=SNOV)]),
)

# 21. Dorset PCC's release, Operation Scorpion (the South West's five forces), December 2025 (no national week named in the excerpt)
SW = ('national', 'the South West\'s five forces together (Operation Scorpion)')
add(U21, '', 'dorset',
    ('More than a hundred people have been arrested across the South West after police forces came together to target illegal drugs and child criminal exploitation (CCE).',
     [F('arrests', '', 'people', 100, 'more_than', '"a hundred"', scope=SW)]),
    ('More than 52kg of cannabis was confiscated, including 868 cannabis plants',
     [F('drugs_seized', 'cannabis', 'g', 52000, 'more_than', 'confiscated = seized', scope=SW),
      F('drugs_seized', 'cannabis', 'plants', 868, 'exact', 'inside the 52kg', scope=SW)]),
    ('Three guns were recovered, plus five imitation firearms',
     [F('weapons_seized', 'firearm', 'count', 3, 'exact', 'number word; guns -> firearm', scope=SW),
      F('weapons_seized', 'imitation_firearm', 'count', 5, 'exact', 'number word', scope=SW)]),
    ('More than 48 people were safeguarded',
     [F('safeguarded', '', 'people', 48, 'more_than', '', scope=SW)]),
    ('22 arrests, with one since charged',
     [F('arrests', '', 'people', 22, 'exact', 'Dorset\'s own'),
      F('charged', '', 'people', 1, 'exact', 'number word')]),
    ('13 people safeguarded, including six children',
     [F('safeguarded', '', 'people', 13),
      F('safeguarded_juvenile', '', 'people', 6, 'exact', 'number word; inside the 13')]),
    ('Drugs seized - 560 cannabis plants, 320g cannabis, 16g cocaine, 22g heroin, MDMA tablets and 3 NOS cannisters',
     [F('drugs_seized', 'cannabis', 'plants', 560), F('drugs_seized', 'cannabis', 'g', 320),
      F('drugs_seized', 'cocaine', 'g', 16), F('drugs_seized', 'heroin', 'g', 22),
      U('drugs_seized', 'mdma', 'MDMA tablets: no number'),
      N(3, 'exact', 'nitrous oxide (NOS) canisters: no item code ("cannisters": sic)')]),
    ('Weapons recovered - stun gun, taser, three knives, imitation firearm',
     [U('weapons_seized', 'taser', 'stun gun and taser: one item, no article'),
      F('weapons_seized', 'knife', 'count', 3, 'exact', 'number word'),
      U('weapons_seized', 'imitation_firearm', 'no article')]),
    ('Nine mobile phones seized',
     [F('mobile_phones_seized', '', 'count', 9, 'exact', 'number word')]),
)

# 22. Devon and Cornwall PCC, Operation Scorpion 12 with the June 2025 national week
SW5 = ('national', 'the South West region (five forces together)')
add(U22, '2025-06', 'devon_and_cornwall',
    ('41 arrests',
     [F('arrests', '', 'people', 41, 'exact', 'a bullet under "In Devon and Cornwall there were:"')]),
    ('£57,466 cash seized',
     [F('cash_seized', '', 'gbp', 57466)]),
    ('85g crack, 194.4g heroin, 64kg cocaine, 11.6kg cannabis resin, 0.5kg ketamine seized',
     [F('drugs_seized', 'crack_cocaine', 'g', 85, 'exact', '"crack"'),
      F('drugs_seized', 'heroin', 'g', 194.4), F('drugs_seized', 'cocaine', 'g', 64000),
      F('drugs_seized', 'cannabis', 'g', 11600, 'exact', 'cannabis resin'),
      F('drugs_seized', 'ketamine', 'g', 500)]),
    ('15 people safeguarded',
     [F('safeguarded', '', 'people', 15)]),
    ('3 weapons seized including hunting knives. Also 8 firearms including stun gun and pepper spray',
     [F('weapons_seized', '', 'count', 3, 'exact', 'the hunting knives are inside the 3'),
      F('weapons_seized', 'firearm', 'count', 8, 'exact', 'a stun gun and pepper spray counted as firearms (in law); taken as the page has it (doubtful)')]),
    ('106 people were arrested',
     [F('arrests', '', 'people', 106, 'exact', 'a bullet under "In total across the South West region:"', scope=SW5)]),
    ('65.7kg of cocaine was seized, plus 274g of crack cocaine,13.9kg of cannabis and 455grams of heroin',
     [F('drugs_seized', 'cocaine', 'g', 65700, scope=SW5), F('drugs_seized', 'crack_cocaine', 'g', 274, scope=SW5),
      F('drugs_seized', 'cannabis', 'g', 13900, 'exact', '"cocaine,13.9kg": no space, sic', scope=SW5),
      F('drugs_seized', 'heroin', 'g', 455, 'exact', '"455grams"', scope=SW5)]),
    ('29 suspected county lines were shut down',
     [F('lines_closed', '', 'count', 29, 'exact', 'shut down = closed', scope=SW5)]),
    ('17 vehicles were seized, including six e-bikes',
     [F('vehicles_seized', '', 'count', 17, scope=SW5),
      N(6, 'exact', 'e-bikes inside the 17: a vehicle type, no item code (number word)')]),
)

# 23. Dorset Police's own page, Operation Scorpion 8 (10-16 June 2024), regional totals only (the Dorset PCC's blog with the same bullets already used)
add(U23, '', 'dorset',
    ('More than 60 arrests were made across the south west and drugs worth more than £150,000 were seized in a week-long series of police raids it can now be revealed.',
     [F('arrests', '', 'people', 60, 'more_than', '', scope=SW),
      F('drugs_seized', '', 'gbp', 150000, 'more_than', '', scope=SW)]),
    ('Huge quantities of crack cocaine, cannabis and heroin; weapons including a number of firearms, a Samurai sword, machete and knives, were also recovered in the latest phase of Operation Scorpion an initiative involving the South West’s five police forces.',
     [U('drugs_seized', 'crack_cocaine', '', scope=SW), U('drugs_seized', 'cannabis', '', scope=SW),
      U('drugs_seized', 'heroin', '', scope=SW), U('weapons_seized', '', '', scope=SW),
      U('weapons_seized', 'firearm', '"a number of firearms"', scope=SW),
      F('weapons_seized', 'sword', 'count', 1, 'exact', '"a Samurai sword"', scope=SW),
      U('weapons_seized', 'machete', '', scope=SW), U('weapons_seized', 'knife', '', scope=SW),
      N(5, 'exact', 'police forces: no metric (number word)')]),
    ('64 arrests',
     [F('arrests', '', 'people', 64, scope=SW)]),
    ('£152,173 worth of drugs seized',
     [F('drugs_seized', '', 'gbp', 152173, scope=SW)]),
    ('£198,088 cash seized',
     [F('cash_seized', '', 'gbp', 198088, scope=SW)]),
    ('29 weapons were seized',
     [F('weapons_seized', '', 'count', 29, scope=SW)]),
    ('28 vulnerable people safeguarded',
     [F('safeguarded', '', 'people', 28, scope=SW)]),
    ('As well as a quantity of clothing, motorbikes and high value cars were also seized',
     [U('assets_seized', 'designer_goods', 'clothing (doubtful)', scope=SW),
      U('vehicles_seized', '', 'motorbikes and cars', scope=SW)]),
)

# 24. V2 Radio, Sussex Police in Crawley, a 12-week operation (three months to 6 December)
CRA = ('part', 'one town (Crawley), over 12 weeks')
add(U24, '', 'sussex',
    ('During the three months leading up to the 6th of December, 25 men and women were arrested, 11 county lines were dismantled, and 14 weapons were seized.',
     [F('arrests', '', 'people', 25, 'exact', 'men and women together', scope=CRA),
      F('lines_closed', '', 'count', 11, 'exact', 'dismantled = closed', scope=CRA),
      F('weapons_seized', '', 'count', 14, scope=CRA)]),
    ('“To date 16 adults have been charged with offences including conspiracy, concerned in the supply of Class A drugs including cocaine, heroin, crack cocaine, and class B cannabis; as well as offences of participating in the activities of an organised crime group, and possession of criminal property.',
     [F('charged', '', 'people', 16, scope=CRA)]),
    ('After gaining intelligence and evidence we carried out warrants at homes in Crawley and London, in each gathering mobile phones, drugs and thousands of pounds in cash.',
     [U('warrants', '', '', scope=CRA), U('mobile_phones_seized', '', 'gathering = seized', scope=CRA),
      U('drugs_seized', '', '', scope=CRA), U('cash_seized', '', '"thousands of pounds": no exact number', scope=CRA)]),
)

# 25. Avon and Somerset Police's own page, a South West regional drugs week (30 September - 6 October 2024)
SWR = ('national', 'the South West forces together (a regional operation)')
VS = ('part', 'one vehicle stop (Bristol)')
add(U25, '', 'avon_and_somerset',
    ('117 arrests for drugs-related offences including possession, supply, trafficking, drug importation and drug driving',
     [F('arrests', '', 'people', 117, scope=SWR)]),
    ('19 people charged with offences to date',
     [F('charged', '', 'people', 19, scope=SWR)]),
    ('The seizure of nearly 400kg of suspected Class A drugs and cannabis, along with a large number of ecstasy pills',
     [F('drugs_seized', '', 'g', 400000, 'less_than', 'nearly; Class A and cannabis together: empty item', scope=SWR),
      U('drugs_seized', 'mdma', 'ecstasy pills: "a large number"', scope=SWR)]),
    ('Over £55,000 in cash seized suspected to be linked to drug crime',
     [F('cash_seized', '', 'gbp', 55000, 'more_than', '', scope=SWR)]),
    ('109 education and engagement events with local communities and schools',
     [F('engagement_events', '', 'count', 109, scope=SWR)]),
    ('At least 23 adults and children safeguarded after vulnerability checks',
     [F('safeguarded', '', 'people', 23, 'at_least', '', scope=SWR)]),
    ('6 weapons seized',
     [F('weapons_seized', '', 'count', 6, scope=SWR)]),
    ('In Avon and Somerset alone, officers arrested 18 individuals for drug-related offences, carried out a number of intelligence-led warrants and seized over 130kg of cannabis and 14kg of suspected high-harm Class A drugs.',
     [F('arrests', '', 'people', 18, 'exact', 'the force\'s own'),
      U('warrants', '', '"a number of"'),
      F('drugs_seized', 'cannabis', 'g', 130000, 'more_than'),
      F('drugs_seized', 'class_a', 'g', 14000, 'exact', 'the "over" stands before the first figure only')]),
    ('One vehicle stop made in Bristol resulted in two men being charged for possession of class A and B drugs with intent to supply and possession of a bladed article in a public place.',
     [N(1, 'exact', 'one vehicle stop: no metric (number word)'),
      F('charged', '', 'people', 2, 'exact', 'number word; two men charged', scope=VS)]),
)


def rows(P, strict, drop=(), start=2600):
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
    for name, strict in (('round23_figure.csv', False), ('round23_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
