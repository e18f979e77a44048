#!/usr/bin/env python3
"""Round 21: real county lines wording, labelled by hand (round-21 collector, 29 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round21_figure.csv
it is written as is (what the figure IS); in round21_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 20 (same helpers, same conventions).
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



U1 = 'https://www.lincs.police.uk/news/lincolnshire/news/2024/mar-2024/county-lines-crackdown-in-lincolnshire/'
U2 = 'https://www.northants.police.uk/news/northants/news/news/2024/december/good-result-for-northamptonshire-during-county-lines-intensification-week/'
U3 = 'https://www.staffordshire.police.uk/news/staffordshire/news/2022/march/more-than-215k-in-drugs-seized-and-25-arrested-as-county-lines-targeted/'
U4 = 'https://www.locally.news/two-day-county-lines-operation-sees-50-arrested-in-scunthorpe/'
U5 = 'https://cbjtarget.co.uk/2019/01/30/nottinghamshire-police-takes-part-in-county-line-operation/'
U6 = 'https://www.chad.co.uk/news/crime/police-raid-sutton-homes-in-crackdown-on-county-lines-drug-gangs-3430496'
U7 = 'https://www.bbc.com/news/uk-england-tees-63238914'
U8 = 'https://uknip.co.uk/news/uk/2022/10/12'
U9 = 'https://kentonline.co.uk/maidstone/news/firearm-and-knuckleduster-among-weapons-seized-in-drug-gang-295497'
U10 = 'https://www.barnsleychronicle.com/article/17445/county-lines-crackdown-results-in-haul'
U11 = 'https://www.barnsleychronicle.com/article/16525/police-are-getting-tough-on-county-lines-drugs-crime'
U12 = 'https://www.yorkpress.co.uk/news/17997508.letter-police-not-resources-properly-tackle-drugs-crime/?ref=rss'
U13 = 'https://wells.nub.news/news/local-news/crackdown-across-somerset-sees-arrests-drugs-and-weapons-seized-in-regional-anti-county-lines-blitz-264929'
U14 = 'https://www.avonandsomerset.police.uk/news/2025/12/more-than-100-arrests-made-during-south-west-drugs-operation'
U15 = 'https://avonandsomerset-pcc.gov.uk/news/2022/12/ninety-eight-drug-disruptions-carried-out-across-avon-and-somerset'
U16 = 'https://www.burnham-on-sea.com/news/17-drug-related-arrests-in-somerset-during-week-of-action-against-drug-crime/'
U17 = 'https://www.sunderlandecho.com/news/crime/drugs-money-and-weapons-seized-as-police-crackdown-on-county-lines-across-the-north-east-4060545'
U18 = 'https://www.sunderlandecho.com/news/crime/teenager-arrested-as-zombie-knives-machetes-and-drugs-seized-in-county-lines-raids-4378531'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. Lincolnshire Police's own page, March 2024 week (a rewrite, Lincolnshire World, already used)
add(U1, '2024-03', 'lincolnshire',
    ('A crackdown on County Lines activity in the county led to 14 arrests, the seizure of an air rifle and other weapons, safeguarding of six vulnerable people at risk of being exploited, and tens of thousands of people educated about the issue.',
     [F('arrests', '', 'people', 14),
      F('weapons_seized', 'air_weapon', 'count', 1, 'exact', '"an air rifle"'),
      U('weapons_seized', '', '"other weapons": no number'),
      F('safeguarded', '', 'people', 6, 'exact', 'number word'),
      N('NULL', 'unquantified', '"tens of thousands of people educated": people educated, no metric')]),
)

# 2. Northamptonshire Police's own page, November 2024 week (the Northants Telegraph's copy already used)
add(U2, '2024-11', 'northamptonshire',
    ('Officers from Northamptonshire Police arrested 28 people and seized drugs and weapons as part of a national week of action.',
     [F('arrests', '', 'people', 28), U('drugs_seized'), U('weapons_seized')]),
)

# 3. Staffordshire Police, March 2022 week
add(U3, '2022-03', 'staffordshire',
    ('More than £215,000-worth of drugs and 25 people have been arrested in a week after officers targeted county lines drugs operations.',
     [F('drugs_seized', '', 'gbp', 215000, 'more_than', 'the drugs are said "arrested" with the people (sic); taken as seized'),
      F('arrests', '', 'people', 25)]),
    ('During the week, a total of £214,000 worth of crack and heroin was seized along with £1,120 of cocaine and 2,040 cannabis plants.',
     [F('drugs_seized', '', 'gbp', 214000, 'exact', 'crack and heroin together: empty item'),
      F('drugs_seized', 'cocaine', 'gbp', 1120),
      F('drugs_seized', 'cannabis', 'plants', 2040)]),
    ('A total of 13 vulnerable people were also safeguarded as a result of the activity which saw officers visit 18 addresses of potential victims of cuckooing.',
     [F('safeguarded', '', 'people', 13), F('cuckooed_addresses_visited', '', 'count', 18)]),
    ('Two drug lines were also closed, while a firearm, a machete, a Rolex watch and over £7.6k in cash were all seized.',
     [F('lines_closed', '', 'count', 2, 'exact', 'number word'),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', '"a firearm"'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a machete"'),
      F('assets_seized', 'watch', 'count', 1, 'exact', '"a Rolex watch"'),
      F('cash_seized', '', 'gbp', 7600, 'more_than', '"over £7.6k"')]),
    ('Since then, three people have been charged over drug offences ahead of court appearances at a later date.',
     [F('charged', '', 'people', 3, 'exact', 'number word; charged after the week, taken as the week\'s')]),
    ('In addition to operational efforts, officers also worked with charity The Voice of Hope to deliver educational briefings to more than 1,000 children in schools across the region',
     [F('children_engaged', '', 'people', 1000, 'more_than', 'educational briefings to children; the excerpt ends here')]),
)

# 4. Locally.news, Merseyside (Project Medusa) and Humberside joint two-day operation, Scunthorpe (13-14 March; year not in the excerpt)
JM = ('national', 'a joint operation with another force (Merseyside, Project Medusa)')
MED = ('period', 'Project Medusa since 2019 (Merseyside, another force)')
add(U4, '', 'humberside',
    ('A joint county lines operation between Merseyside and Humberside Police has resulted in 50 arrests and six county lines disrupted.',
     [F('arrests', '', 'people', 50, scope=JM),
      F('lines_closed', '', 'count', 6, 'exact', 'number word; "disrupted" taken as closed (doubtful)', scope=JM)]),
    ('The targeted operation saw more than 60 officers and specialist staff deploy to the Scunthorpe area, using covert and overt tactics to intercept weapons, drugs and illicit cash, and identify vulnerable individuals exploited by county lines gangs.',
     [N(60, 'more_than', 'officers and staff deployed: no metric')]),
    ('In total, 50 people were arrested on suspicion for a variety of offences including possession with intent to supply Class A and B drugs, being concerned in the supply of Class A and B drugs, possession of a bladed article and driving under the influence.',
     [F('arrests', '', 'people', 50, scope=JM)]),
    ('The joint operation also resulted in six county lines being disrupted – the ‘lines’ refers to the phone lines that criminals use to advertise and sell drugs, and the seizure of a significant quantity of Class A and B drugs as well as cash.',
     [F('lines_closed', '', 'count', 6, 'exact', 'number word; "disrupted" taken as closed (doubtful)', scope=JM),
      U('drugs_seized', '', 'Class A and B: empty item', scope=JM), U('cash_seized', scope=JM)]),
    ('Officers identified 28 people as being at risk of exploitation and were signposted to safeguarding services.',
     [F('safeguarding_referrals', '', 'people', 28, 'exact', 'signposted to safeguarding services taken as referrals (doubtful: could be safeguarded)', scope=JM)]),
    ('Since 2019, Merseyside’s Project Medusa officers – who are recognised nationally as a leading force in tackling county lines – have closed more than 1,100 county lines; arrested more than 2,400 people for offences including drug supply, firearms and money laundering; and identified 1,250 children and vulnerable adults who have been referred to safeguarding servi',
     [F('lines_closed', '', 'count', 1100, 'more_than', 'the excerpt ends mid-word ("servi")', scope=MED),
      F('arrests', '', 'people', 2400, 'more_than', '', scope=MED),
      F('safeguarding_referrals', '', 'people', 1250, 'exact', 'children and vulnerable adults referred', scope=MED)]),
)

# 5. CBJ Target, Nottinghamshire, January 2019 week (the Worksop Guardian's copy already used)
add(U5, '2019-01', 'nottinghamshire',
    ('Four people have been arrested in Newark as part of an operation which focus on drugs, violence and grooming teenagers.',
     [F('arrests', '', 'people', 4, 'exact', 'number word; "which focus": sic; Newark was the force\'s whole week (the release\'s four arrests)')]),
    ('Quantities of class A drugs and cash were seized along with a machete and a flick knife in Newark last week after police issued four warrants.',
     [U('drugs_seized', 'class_a'), U('cash_seized'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a machete"'),
      F('weapons_seized', 'knife', 'count', 1, 'exact', '"a flick knife"'),
      F('warrants', '', 'count', 4, 'exact', 'number word; "issued" taken as executed')]),
    ('Safeguarding was provided to a young child and further support was provided to a vulnerable adult.',
     [F('safeguarded_juvenile', '', 'people', 1, 'exact', '"a young child"'),
      F('safeguarded_adult', '', 'people', 1, 'exact', '"further support ... to a vulnerable adult" taken as safeguarded (doubtful)')]),
    ('The National Crime Agency (NCA) published its fourth annual assessment into county lines drug supply, vulnerability and harm as 600 people were arrested nationally.',
     [F('arrests', '', 'people', 600, scope=('national', 'the national total'))]),
)

# 6. Chad (Mansfield and Ashfield), Nottinghamshire with South Yorkshire Police, October 2021 week
NSY = ('national', 'a joint operation with another force (South Yorkshire), one gang')
WAR = ('part', 'one property (Warnadene Road, Sutton)')
STO = ('part', 'one property (Stoneyford Road)')
add(U6, '2021-10', 'nottinghamshire',
    ('Police have made 10 arrests in an operation to disrupt a County Lines gang bringing Class A drugs into Sutton.',
     [F('arrests', '', 'people', 10, 'exact', 'both forces together (the page says so next)', scope=NSY)]),
    ('As part of a national county lines intensification week, officers from numerous departments across both Nottinghamshire and South Yorkshire Police executed several warrants at various addresses in both force areas, resulting in the arrest of ten people with cash, phones and drugs also seized.',
     [U('warrants', '', '"several warrants"', scope=NSY),
      F('arrests', '', 'people', 10, 'exact', 'number word', scope=NSY),
      U('cash_seized', scope=NSY), U('mobile_phones_seized', scope=NSY), U('drugs_seized', scope=NSY)]),
    ('In Sutton, officers arrested a 50-year-old woman and two men, aged 38 and 52, on suspicion of possession with intent to supply class A when they searched a property in Warnadene Road.',
     [F('arrests_female', '', 'people', 1, 'exact', '"a 50-year-old woman" (the age not counted)', scope=WAR),
      F('arrests_male', '', 'people', 2, 'exact', 'number word; ages not counted', scope=WAR)]),
    ('They also seized around 20 wraps of suspected heroin, numerous phones, a dagger and household items containing white powder, believed to be class A drugs.',
     [F('drugs_seized', 'heroin', 'wraps', 20, 'approximately', '', scope=WAR),
      U('mobile_phones_seized', '', '"numerous phones"', scope=WAR),
      F('weapons_seized', 'knife', 'count', 1, 'exact', '"a dagger" taken as a knife', scope=WAR),
      U('drugs_seized', 'class_a', 'white powder believed to be class A', scope=WAR)]),
    ('A woman aged 45 and a man aged 35 were arrested on suspicion of possession with intent to supply Class A drugs at a property in Stoneyford Road where numerous phones, scales and wraps of sus',
     [F('arrests_female', '', 'people', 1, 'exact', '"A woman aged 45"', scope=STO),
      F('arrests_male', '', 'people', 1, 'exact', '"a man aged 35"; the excerpt ends mid-word ("sus")', scope=STO),
      U('mobile_phones_seized', '', '"numerous phones"', scope=STO)]),
)

# 7. BBC News (Tees), Durham Constabulary, October 2022 week (the Northern Echo's copies already used)
add(U7, '2022-10', 'durham',
    ('Nineteen people have been arrested and tens of thousands of pounds worth of drugs have been seized in a police operation targeting county lines gangs.',
     [F('arrests', '', 'people', 19, 'exact', 'number word'),
      U('drugs_seized', '', '"tens of thousands of pounds worth": no exact number')]),
    ('Cocaine and MDMA were seized and eight vulnerable people, including five children aged three to 12 were found, a spokeswoman said.',
     [U('drugs_seized', 'cocaine'), U('drugs_seized', 'mdma'),
      F('safeguarded', '', 'people', 8, 'exact', 'number word; "were found" (the quote next says safeguarded)'),
      F('safeguarded_juvenile', '', 'people', 5, 'exact', 'number word; inside the eight; ages not counted')]),
    ('"Most importantly though, we have safeguarded eight innocent and vulnerable people - including five young children - who were present at addresses where there was evidence of frequent drug use."',
     [F('safeguarded', '', 'people', 8, 'exact', 'number word'),
      F('safeguarded_juvenile', '', 'people', 5, 'exact', 'number word; inside the eight')]),
)

# 8. UKNIP, Metropolitan Police, October 2022 week (the Met's release; ITV London's rewrite already used)
ORO = ('period', 'Operation Orochi, November 2019 to September 2022')
add(U8, '2022-10', 'metropolitan',
    ('A crackdown on County Lines has resulted in more than 230 arrests and 70 lines being closed',
     [F('arrests', '', 'people', 230, 'more_than'), F('lines_closed', '', 'count', 70)]),
    ('The special week of action took more than £4 million worth of suspected Class A drugs off the streets.',
     [F('drugs_seized', 'class_a', 'gbp', 4000000, 'more_than', '"took ... off the streets" = seized')]),
    ('Officers also safeguarded 34 females and 215 males (adults and young people) and made 234 arrests during this period.',
     [N(34, 'exact', 'females safeguarded, adults and young people together: no metric by sex alone'),
      N(215, 'exact', 'males safeguarded, adults and young people together: no metric by sex alone'),
      F('arrests', '', 'people', 234)]),
    ('109 people charged with a total of 259 charges.',
     [F('charged', '', 'people', 109), F('charges', '', 'count', 259)]),
    ('184 drug trafficking charges, 155 charges for Class A drugs and 29 for Class B drugs.',
     [N(184, 'exact', 'drug trafficking charges: a part of the charges, no metric'),
      N(155, 'exact', 'Class A charges: a part of the charges, no metric'),
      N(29, 'exact', 'Class B charges: a part of the charges, no metric')]),
    ('249 children and vulnerable adults were safeguarded.',
     [F('safeguarded', '', 'people', 249)]),
    ('70 County Lines closed in collaboration with partner forces.',
     [F('lines_closed', '', 'count', 70, 'exact', 'with partner forces; the page\'s own total (its first line gives the same 70 as the Met\'s); doubtful')]),
    ('70 deal line handsets were recovered.',
     [F('deal_line_phones_seized', '', 'count', 70, 'exact', 'recovered = seized')]),
    ('43.929kg of Class A drugs – 8.526kg of crack cocaine, 31.392kg of cocaine and 4.011kg of heroin – with an estimated street value of £4,300,000.',
     [F('drugs_seized', 'class_a', 'g', 43929), F('drugs_seized', 'crack_cocaine', 'g', 8526),
      F('drugs_seized', 'cocaine', 'g', 31392), F('drugs_seized', 'heroin', 'g', 4011),
      F('drugs_seized', 'class_a', 'gbp', 4300000, 'approximately', 'estimated street value')]),
    ('£334,559 in cash.',
     [F('cash_seized', '', 'gbp', 334559, 'exact', 'under "The following was also seized"')]),
    ('One firearms, two imitation firearms and 56 weapons which included 34 knives, six machetes, a samurai sword, a meat clearer and six knuckle dusters.',
     [F('weapons_seized', 'firearm', 'count', 1, 'exact', '"One firearms": sic'),
      F('weapons_seized', 'imitation_firearm', 'count', 2, 'exact', 'number word'),
      F('weapons_seized', '', 'count', 56),
      F('weapons_seized', 'knife', 'count', 34),
      F('weapons_seized', 'machete', 'count', 6, 'exact', 'number word'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', '"a samurai sword"'),
      F('weapons_seized', 'other_weapon', 'count', 1, 'exact', '"a meat clearer": sic (cleaver)'),
      F('weapons_seized', 'knuckle_duster', 'count', 6, 'exact', 'number word')]),
    ('As part of coordinated activity, officers also made 31 referrals to the National Referral Mechanism, which assesses individuals as potential victims of human trafficking and modern slavery.',
     [F('nrm_referrals', '', 'people', 31)]),
    ('Since November 2019, when Op Orochi began, to the end of September 2022, teams across the Met have closed 1,260 lines, arrested 2,470 county lines line holders and associates, and had 3,833 charges authorised for a range of offences including drug supply, modern slavery and weapon possession.',
     [F('lines_closed', '', 'count', 1260, scope=ORO), F('arrests', '', 'people', 2470, scope=ORO),
      F('charges', '', 'count', 3833, scope=ORO)]),
)

# 9. KentOnline, Kent Police, October 2023 week
LEA = ('part', 'one address (Leander Heights, Maidstone)')
HAR = ('part', 'one property (Hartington Street, Chatham)')
LON = ('part', 'addresses in Orpington, Croydon and south London')
add(U9, '2023-10', 'kent',
    ('Police have brought 60 charges and seized weapons including knives, baseball bats and firearms during a crackdown on drugs gangs.',
     [F('charges', '', 'count', 60), U('weapons_seized'), U('weapons_seized', 'knife'),
      U('weapons_seized', 'bat'), U('weapons_seized', 'firearm')]),
    ('A total of 34 suspects were detained between October 9 and October 15 and nearly 1,000 wraps of heroin and crack cocaine discovered in what the force describe as part of a nationwide ‘week of intensification’ to tackle county lines activity.',
     [F('arrests', '', 'people', 34, 'exact', 'detained = arrested'),
      F('drugs_seized', '', 'wraps', 1000, 'less_than', 'nearly; heroin and crack together: empty item; "discovered" taken as seized')]),
    ('A suspected stolen firearm with ammunition was seized following a raid on an address in Leander Heights, Maidstone.',
     [F('weapons_seized', 'firearm', 'count', 1, 'exact', '"A suspected stolen firearm"', scope=LEA),
      U('weapons_seized', 'ammunition', '', scope=LEA)]),
    ('An estimated 400 grams of cocaine, with a street value of up to £30,000, was also recovered, along with a similar amount of cannabis, two knives and £12,000 in cash.',
     [F('drugs_seized', 'cocaine', 'g', 400, 'approximately', 'estimated', scope=LEA),
      F('drugs_seized', 'cocaine', 'gbp', 30000, 'up_to', '', scope=LEA),
      U('drugs_seized', 'cannabis', '"a similar amount"', scope=LEA),
      F('weapons_seized', 'knife', 'count', 2, 'exact', 'number word', scope=LEA),
      F('cash_seized', '', 'gbp', 12000, 'exact', '', scope=LEA)]),
    ('Officers found an illegal extendable baton, knuckle duster, kitchen knife, cannabis and cash.',
     [F('weapons_seized', 'bat', 'count', 1, 'exact', '"an illegal extendable baton"', scope=HAR),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', 'one named', scope=HAR),
      F('weapons_seized', 'knife', 'count', 1, 'exact', 'one named', scope=HAR),
      U('drugs_seized', 'cannabis', '', scope=HAR), U('cash_seized', '', '', scope=HAR)]),
    ('This led to the seizure of an estimated £60,000 of uncut heroin and crack cocaine, as well as knives, a knuckleduster, and more than 20 phones and SIM cards, along with two high value cars including a Porsche, and thousands of pounds of designer clothing.',
     [F('drugs_seized', '', 'gbp', 60000, 'approximately', 'heroin and crack together: empty item', scope=LON),
      U('weapons_seized', 'knife', '', scope=LON),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', '"a knuckleduster"', scope=LON),
      F('mobile_phones_seized', '', 'count', 20, 'more_than', 'phones and SIM cards together', scope=LON),
      F('vehicles_seized', '', 'count', 2, 'exact', 'number word', scope=LON),
      U('assets_seized', 'designer_goods', '"thousands of pounds of designer clothing"', scope=LON)]),
    ('Since 2020, enforcement action by Kent Police has seen the number of active county lines fall more than 50%, from 82 to a current estimated total of 37.',
     [N(50, 'more_than', 'a percentage fall'), N(82, 'exact', 'active lines in 2020: lines known, not closed'),
      N(37, 'approximately', 'active lines now: lines known, not closed')]),
)

# 10. Barnsley Chronicle, South Yorkshire Police, October 2019 week
add(U10, '2019-10', 'south_yorkshire',
    ('COVERT operations to stamp out ‘county lines’ crime resulted in a drugs haul and £18,000 in cash being seized during a week-long crackdown, it was revealed this week.',
     [U('drugs_seized'), F('cash_seized', '', 'gbp', 18000)]),
    ('The scheme, led by the National Crime Agency from October 7, resulted in crack cocaine, MDMA and cannabis being seized, as well as a number of weapons including air pistols, samurai swords, a machete, knives and the cash.',
     [U('drugs_seized', 'crack_cocaine'), U('drugs_seized', 'mdma'), U('drugs_seized', 'cannabis'),
      U('weapons_seized', '', '"a number of weapons"'), U('weapons_seized', 'air_weapon', 'air pistols'),
      U('weapons_seized', 'sword', 'samurai swords'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a machete"'), U('weapons_seized', 'knife')]),
    ('Officers took part in the week of action to combat the crime which sees groups or gangs using children or vulnerable adults to carry and sell drugs from one area to another, which resulted in 33 arrests.',
     [F('arrests', '', 'people', 33)]),
    ('Officers spoke to four juveniles and three adults potentially at risk of being used in county lines crime and visited seven addresses where it was thought ‘cuckooing’ might have been taking place, where the home of a victim is taken over, often for use as a base for criminal activit',
     [F('safeguarded_juvenile', '', 'people', 4, 'exact', 'number word; "spoke to ... at risk" taken as safeguarded (doubtful)'),
      F('safeguarded_adult', '', 'people', 3, 'exact', 'number word; as the juveniles (doubtful)'),
      F('cuckooed_addresses_visited', '', 'count', 7, 'exact', 'number word; the excerpt ends mid-word ("activit")')]),
)

# 11. Barnsley Chronicle, South Yorkshire Police, May 2019 week
add(U11, '2019-05', 'south_yorkshire',
    ('The scheme, led by the National Crime Agency from May 13, resulted in crack cocaine and cash worth £120,000 being seized from offenders involved in peddling drugs on main routes in and out of Barnsley and South Yorkshire.',
     [N(120000, 'exact', 'crack cocaine and cash together: no metric for a combined value'),
      U('drugs_seized', 'crack_cocaine'), U('cash_seized')]),
    ('Eleven people were arrested as part of the crackdown.',
     [F('arrests', '', 'people', 11, 'exact', 'number word')]),
    ('Police told the Chronicle two vulnerable people, who were allegedly being used to peddle drugs, were also identified as part of the crime reduction project and subsequently safeguarded.',
     [F('safeguarded', '', 'people', 2, 'exact', 'number word')]),
)

# 12. York Press, a reader's letter on the national October 2019 week
add(U12, '2019-10', 'national',
    ('Fifty UK drug delivery county lines were targeted, 700 arrests made, £400,000 of drugs confiscated, and 292 children involved in drug trafficking were taken into safeguarding.',
     [N(50, 'exact', 'lines targeted, not said closed (number word)'),
      F('arrests', '', 'people', 700),
      F('drugs_seized', '', 'gbp', 400000, 'exact', 'confiscated = seized'),
      F('safeguarded_juvenile', '', 'people', 292)]),
    ('Home Office figures report 2000 county lines in the UK.',
     [N(2000, 'exact', 'lines known, not closed')]),
    ('The police operation had sufficient resources and personnel to ‘crackdown’ on 2.5 per cent of the drug trafficking lines.',
     [N(2.5, 'exact', 'a percentage')]),
)

# 13. Wells Nub News, Avon and Somerset, Operation Scorpion with the June 2025 week (South West totals)
SW = ('national', 'the five South West forces together (Operation Scorpion)')
add(U13, '2025-06', 'avon_and_somerset',
    ('Operation Scorpion in June led to 102 arrests, drug and weapon seizures in the South West, dismantling 29 county lines.',
     [F('arrests', '', 'people', 102, scope=SW), U('drugs_seized', '', '', scope=SW),
      U('weapons_seized', '', '', scope=SW), F('lines_closed', '', 'count', 29, 'exact', 'dismantled = closed', scope=SW)]),
    ('102 arrests',
     [F('arrests', '', 'people', 102, scope=SW)]),
    ('65.7kg of cocaine, 274g of crack cocaine, 13.9kg of cannabis and 455g of heroin seized',
     [F('drugs_seized', 'cocaine', 'g', 65700, scope=SW), F('drugs_seized', 'crack_cocaine', 'g', 274, scope=SW),
      F('drugs_seized', 'cannabis', 'g', 13900, scope=SW), F('drugs_seized', 'heroin', 'g', 455, scope=SW)]),
    ('£119,326 in cash recovered',
     [F('cash_seized', '', 'gbp', 119326, 'exact', 'recovered = seized', scope=SW)]),
    ('100 mobile phones seized',
     [F('mobile_phones_seized', '', 'count', 100, scope=SW)]),
    ('38 people safeguarded',
     [F('safeguarded', '', 'people', 38, scope=SW)]),
    ('29 suspected county lines dismantled',
     [F('lines_closed', '', 'count', 29, 'exact', 'dismantled = closed', scope=SW)]),
    ('26 weapons seized',
     [F('weapons_seized', '', 'count', 26, scope=SW)]),
    ('17 vehicles seized, including six e-bikes',
     [F('vehicles_seized', '', 'count', 17, scope=SW),
      N(6, 'exact', 'e-bikes inside the 17 vehicles: no metric of their own (number word)')]),
    ('In a separate incident, officers recovered a stolen vehicle and seized two knives during an intelligence-led search.',
     [N(1, 'exact', '"a stolen vehicle" recovered: stolen property, not a seizure'),
      F('weapons_seized', 'knife', 'count', 2, 'exact', 'number word', scope=('part', 'one search'))]),
    ("As part of the wider crackdown, around 1,000 taxi drivers across the Avon and Somerset area were spoken to by the force's Taxi Compliance Officer to raise awareness of county line",
     [N(1000, 'approximately', 'taxi drivers spoken to: no metric; the excerpt ends mid-word ("line")')]),
)

# 14. Avon and Somerset Police, Operation Scorpion, 24-30 November 2025 (South West totals)
SPE = ('part', 'one warrant at one property (Speedwell, Bristol)')
add(U14, '', 'avon_and_somerset',
    ('More than 100 people have been arrested across the South West after police forces came together to target illegal drugs and child criminal exploitation.',
     [F('arrests', '', 'people', 100, 'more_than', '', scope=SW)]),
    ('112 people were arrested',
     [F('arrests', '', 'people', 112, scope=SW)]),
    ('More than £67,000 cash was seized',
     [F('cash_seized', '', 'gbp', 67000, 'more_than', '', scope=SW)]),
    ('52kg of cannabis was confiscated, including 868 cannabis plants',
     [F('drugs_seized', 'cannabis', 'g', 52000, 'exact', 'confiscated = seized', scope=SW),
      F('drugs_seized', 'cannabis', 'plants', 868, 'exact', 'inside the 52kg', scope=SW)]),
    ('Three guns were recovered, plus five imitation firearms',
     [F('weapons_seized', 'firearm', 'count', 3, 'exact', 'number word; recovered = seized', scope=SW),
      F('weapons_seized', 'imitation_firearm', 'count', 5, 'exact', 'number word', scope=SW)]),
    ('48 people were safeguarded, including five children.',
     [F('safeguarded', '', 'people', 48, scope=SW),
      F('safeguarded_juvenile', '', 'people', 5, 'exact', 'number word; inside the 48', scope=SW)]),
    ('In Avon and Somerset, a Section 8 warrant was carried out at a property in Speedwell, Bristol, where a large quantity of suspected class A and B drugs and a large quantity of cash were seized.',
     [F('warrants', '', 'count', 1, 'exact', '"a Section 8 warrant"', scope=SPE),
      U('drugs_seized', '', 'class A and B: empty item', scope=SPE), U('cash_seized', '', '', scope=SPE)]),
    ('Three people were charged with more than 20 offences related to drug supply and the possession of criminal property.',
     [F('charged', '', 'people', 3, 'exact', 'number word', scope=SPE),
      F('charges', '', 'count', 20, 'more_than', 'offences charged', scope=SPE)]),
)

# 15. Avon and Somerset PCC, Operation Scorpion phase three (three weekends, 18 November - 3 December 2022)
add(U15, '', 'avon_and_somerset',
    ('98 drug disruptions',
     [N(98, 'exact', 'drug disruptions: no metric')]),
    ('7 arrests,',
     [F('arrests', '', 'people', 7)]),
    ('4 charges',
     [F('charges', '', 'count', 4)]),
)

# 16. Burnham-on-Sea.com, Avon and Somerset, Operation Scorpion week, July 2022
add(U16, '', 'avon_and_somerset',
    ('17 drug-related arrests have been made in Somerset during a week of action against drug crime targeting illegal drug supply and drug crime across the region.',
     [F('arrests', '', 'people', 17, 'exact', '"in Somerset" = the force (Avon and Somerset), as the list next says')]),
    ('Here in Avon and Somerset there were almost 700 acts of disruption carried out, including:',
     [N(700, 'less_than', 'almost; acts of disruption: no metric')]),
    ('17 arrests for drug-related offences, including drug importation and drug driving',
     [F('arrests', '', 'people', 17)]),
    ('12 warrants in relation to properties and people linked to drug supply',
     [F('warrants', '', 'count', 12)]),
    ('Two county lines disrupted',
     [F('lines_closed', '', 'count', 2, 'exact', 'number word; "disrupted" taken as closed (doubtful)')]),
    ('147 visits or safeguarding checks to the addresses of vulnerable people identified through intelligence gathered by Avon and Somerset Police with the support of partners and the public',
     [F('welfare_visits', '', 'count', 147, 'exact', 'visits or safeguarding checks; could be cuckooed_addresses_visited (doubtful)')]),
    ('45 educational visits to schools to engage with young people and teachers about drug harm and exploitation as well as a number of other community focused engagement activities such as pop-up stands and talk to us events at local community centres',
     [F('schools_visited', '', 'count', 45, 'exact', 'educational visits to schools (visits, not said distinct schools; doubtful)'),
      U('engagement_events', '', '"a number of other community focused engagement activities"')]),
)

# 17. Sunderland Echo, North East forces together (Northumbria, Durham, Cleveland), February-March 2023 week
NE = ('national', 'three North East forces together (Northumbria, Durham, Cleveland)')
add(U17, '2023-02', 'northumbria',
    ('Almost 150 people have been arrested as police across the North East take action on County Lines and drug supply.',
     [F('arrests', '', 'people', 150, 'less_than', 'almost', scope=NE)]),
    ('Some 148 people were arrested in the North East alone between February 27 and March 5.',
     [F('arrests', '', 'people', 148, 'approximately', '"Some"', scope=NE)]),
    ('Police made 148 arrests during the week-long operation.',
     [F('arrests', '', 'people', 148, 'exact', 'caption', scope=NE)]),
)

# 18. Sunderland Echo, Northumbria Police, October 2023 week
TEEN = ('part', 'one suspect (a 17-year-old from Sunderland)')
add(U18, '2023-10', 'northumbria',
    ('A teenager from Sunderland was arrested amid a coordinated clampdown on cross-border drug dealing which has seen 60 arrests, almost £40,000 of suspected criminal cash recovered and quantities of cocaine and crack seized.',
     [F('arrests_under_18', '', 'people', 1, 'exact', '"A teenager" (17, as the page says next)', scope=TEEN),
      F('arrests', '', 'people', 60),
      F('cash_seized', '', 'gbp', 40000, 'less_than', 'almost; recovered = seized'),
      U('drugs_seized', 'cocaine'), U('drugs_seized', 'crack_cocaine')]),
    ('A total of 60 people were arrested, including a 17-year-old male from Sunderland, who was convicted of supplying Class A drugs within 24 hours.',
     [F('arrests', '', 'people', 60),
      F('arrests_under_18', '', 'people', 1, 'exact', '"a 17-year-old male" (the age not counted)', scope=TEEN),
      F('arrests_male', '', 'people', 1, 'exact', 'a boy is also a male arrest', scope=TEEN)]),
    ('Officers also recovered quantities of heroin, crack, cocaine, cannabis and steroids valued at £24,000 from a number of addresses as well as weapons including machetes and zombie knives.',
     [F('drugs_seized', '', 'gbp', 24000, 'exact', 'several drugs together: empty item; recovered = seized'),
      U('weapons_seized'), U('weapons_seized', 'machete'), U('weapons_seized', 'zombie_knife')]),
    ('A total of £39,890 of suspected criminal cash was seized, along with 48 mobile phones and a number of deal-lines shut down.',
     [F('cash_seized', '', 'gbp', 39890), F('mobile_phones_seized', '', 'count', 48),
      U('lines_closed', '', '"a number of deal-lines shut down"')]),
)


def rows(P, strict, drop=(), start=2400):
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
    for name, strict in (('round21_figure.csv', False), ('round21_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
