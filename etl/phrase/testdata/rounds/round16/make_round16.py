#!/usr/bin/env python3
"""Round 16: real county lines wording, labelled by hand (collector, 28 Nov 2026, session 21).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round16_figure.csv
it is written as is (what the figure IS); in round16_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 15 (same helpers, same conventions).
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


U1 = 'https://yourherefordshire.co.uk/all/news/news-police-forces-recover-huge-amount-of-drugs-and-weapons-during-county-lines-week/'
U2 = 'https://www.yorkshireeveningpost.co.uk/news/crime/crackdown-on-west-yorkshire-county-lines-drugs-crime-leads-to-dozens-of-arrests-821869'
U3 = 'https://sunriseradio.fm/news/local-news/arrests-made-during-county-lines-west-yorks-operation'
U4 = 'https://www.mkfm.com/news/local-news/week-of-action-to-tackle-county-lines-drug-dealing-in-thames-valley/'
U5 = 'https://www.midsussextimes.co.uk/news/crime/sussex-police-seize-10-000-of-drugs-and-arrest-29-people-in-county-lines-crackdown-1-8934373'
U6 = 'https://www.dunmowbroadcast.co.uk/news/essex-police-focus-on-seizing-knives-6622890'
U7 = 'https://feeds.bbci.co.uk/news/articles/cd9xn42k4w8o'
U8 = 'http://www.mynewsdesk.com/uk/pressreleases/48-arrests-and-28-vulnerable-people-safeguarded-in-county-lines-week-of-action-2876415'
U9 = 'https://www.leicestermedia.online/post/police-striking-a-blow-at-the-heart-of-county-lines-related-crime'
U10 = 'http://www.fosse107.co.uk/news/local-news/42-arrested-by-leicestershire-police-during-week-of-county-lines-activity/'
U11 = 'https://www.leicestermedia.online/post/two-weeks-of-police-activity-in-and-around-leicester'
U12 = 'https://www.herts.police.uk/news/hertfordshire/news/2024/december-2024/24-arrests-in-operations-targeting-county-lines-drug-gangs/'
U13 = 'https://www.suffolknews.co.uk/bury-st-edmunds/news/how-police-have-disrupted-drug-dealers-preying-on-young-peop-9249750/'
U14 = 'https://www.ipswichstar.co.uk/news/police-crackdown-on-county-lines-drug-networks-1-6855347'
U15 = 'https://www.suffolknews.co.uk/ipswich/news/crackdown-on-county-lines-and-child-exploitation-in-suffolk-9424252/'
U16 = 'https://theworkoutfactory.com/news/articles/c3vdzexykl9o'
U17 = 'https://www.stratford-herald.com/news/drugs-knives-and-imitation-guns-seized-in-county-lines-oper-9278730/'
U18 = 'https://www.thescarboroughnews.co.uk/news/crime/north-yorkshire-police-crack-down-on-county-lines-drug-gangs-in-scarborough-and-whitby-3252883'
U19 = 'https://www.southwalesargus.co.uk/news/19773278.1-600-county-lines-arrests-made-british-transport-police/?ref=rss'

U20 = 'https://www.wigantoday.net/news/crime/county-lines-police-issue-pictures-of-multiple-wigan-arrests-during-drug-network-crackdown-4556270'
U21 = 'https://www.gmp.police.uk/news/greater-manchester/news/news/2023/november/gmp-smash-their-target-and-shut-down-120-county-lines-in-eight-months/'
U22 = 'https://www.bbc.co.uk/news/uk-england-northamptonshire-59095310'
U23 = 'https://www.thetimes.co.uk/article/hundreds-arrested-in-nationwide-drugs-swoop-xb32wpwl3'
U24 = 'https://www.lbc.co.uk/news/1-100-arrested-in-national-crackdown-on-county-lines-drug-gangs/'
U25 = 'https://metro.co.uk/2021/05/27/more-than-500-children-saved-and-1100-arrests-in-county-lines-crackdown-14654633/'
U26 = 'https://norwicheye.co.uk/crime/13-arrested-in-operation-gravity-week-of-action/'
U27 = 'https://www.norfolk.police.uk/news/latest-news/more-100-arrested-op-gravity-continues'
U28 = 'https://www.edp24.co.uk/news/significant-arrests-after-drug-raids-across-london-as-operation-gravity-1000488'
U29 = 'https://www.norfolk.police.uk/police-forces/norfolk-constabulary/areas/campaigns/campaigns/operation-gravity/'
U30 = 'https://www.wirralglobe.co.uk/news/18169440.wallasey-homes-raided-police-crackdown-county-lines-gangs/?ref=rss'
U31 = 'https://www.itv.com/news/granada/2024-03-15/hundreds-of-arrests-and-weapons-seized-in-crackdown-on-drugs-gangs'

U32 = 'http://news.met.police.uk/news/met-reveals-crackdown-on-county-lines-offending-403662'
U33 = 'https://www.thechronicle.website/county-lines-crackdown/'
U34 = 'https://uknip.co.uk/blog/2022/05/25/the-met-continues-in-its-determination-to-dismantle-londons-drug-lines-with-a-new-crackdown-operation/'
U35 = 'https://gazetteandherald.co.uk/news/24642774.operation-scorpion-wiltshire-county-lines-operation-caught'
U36 = 'https://calnenews.com/local-news/gbp33k-of-class-a-drugs-and-three-firearms-seized-in-wiltshire-polices-operation-scorpion'
U37 = 'https://hellorayo.co.uk/greatest-hits/swindon/news/pound33k-of-class-a-drugs-seized-in-wiltshire-operation-scorpion-raids'
U38 = 'https://www.wiltshire999s.co.uk/21-arrested-wiltshire-operation-scorpion/'
U39 = 'https://www.wiltshire.police.uk/news/wiltshire/news/2024/june-2024/hard-line-approach-sees-more-arrests-and-cash-drugs-and-weapons-seized/'

U40 = 'https://www.lutontoday.co.uk/news/crime/thousands-of-pounds-seized-at-luton-addresses-during-county-lines-police-operation-3368161'
U41 = 'https://www.hellorayo.co.uk/greatest-hits/beds-bucks-herts/news/fifteen-arrested-bedforshire-cross-border-crackdown'
U42 = 'https://westbridgfordwire.com/dawn-raids-crack-down-on-gedling-and-mansfield-county-lines-activity/'
U43 = 'https://www.chad.co.uk/news/people/arrests-and-drugs-seized-as-nottinghamshire-police-help-shut-down-county-lines-operation-3899392'
U44 = 'https://www.chad.co.uk/news/crime/three-arrested-in-county-lines-drug-operation-at-sutton-3343590'
U45 = 'https://www.worksopguardian.co.uk/news/nottinghamshire-police-benefiting-from-national-county-lines-operation-144642'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


NAT = ('national', 'the UK\'s, not the force\'s')

# 1. Your Herefordshire, West Mercia, a national week not named on the page
add(U1, '', 'west_mercia',
    ('During the intensification period 68 weapons including knives, knuckle dusters and air weapons were seized, along with Class A drugs to a street value of around £6,500 and 19 arrests made across Herefordshire, Worcestershire and Shropshire.',
     [F('weapons_seized', '', 'count', 68, 'exact', 'items inside the group figure add no fact'),
      F('drugs_seized', 'class_a', 'gbp', 6500, 'approximately'),
      F('arrests', '', 'people', 19)]),
    ('Cash, five mobile phones and two vehicles also seized during the simultaneous warrants across our counties.',
     [U('cash_seized'), F('mobile_phones_seized', '', 'count', 5), F('vehicles_seized', '', 'count', 2),
      U('warrants', '', 'the simultaneous warrants: no number')]),
    ('They identified and safeguarded 11 vulnerable people at risk of being exploited.',
     [F('safeguarded', '', 'people', 11)]),
)

# 2. Yorkshire Evening Post, West Yorkshire, October 2019
add(U2, '2019-10', 'west_yorkshire',
    ("Officers have arrested 33 people and seized drugs, cash and weapons in a week's crackdown on county lines drug dealing in West Yorkshire.",
     [F('arrests', '', 'people', 33), U('drugs_seized'), U('cash_seized'), U('weapons_seized')]),
    ('West Yorkshire Police arrested 32 men and one woman in the week commencing October 7 as part of their crackdown on organised drugs crime.',
     [F('arrests_male', '', 'people', 32), F('arrests_female', '', 'people', 1, 'exact', 'no total is computed; October 7 is a date')]),
    ('Officers also seized various class A drugs including crack and MDMA, and cannabis.',
     [U('drugs_seized', 'crack_cocaine', 'named inside a group with no figure (as f302)'), U('drugs_seized', 'mdma'),
      U('drugs_seized', 'cannabis')]),
    ("A staggering £18,000' worth of cash was also confiscated in raids carried out across the county, as well as weapons such as pistols, samurai swords, a machete and various knives.",
     [F('cash_seized', '', 'gbp', 18000, 'exact', "the stray apostrophe after £18,000 is sic"),
      U('weapons_seized', 'firearm', 'pistols: no number; a group with no figure adds no fact'),
      U('weapons_seized', 'sword', 'samurai swords'),
      F('weapons_seized', 'machete', 'count', 1),
      U('weapons_seized', 'knife', 'various knives')]),
    ("They also identified a further six potentially vulnerable adults and made four referrals to the National Referral Mechanism, whilst visiting seven addressed where it was thought 'cuckooing' was occurring.",
     [F('safeguarded_adult', '', 'people', 6, 'exact', 'potentially vulnerable adults identified (as f995); doubtful'),
      F('nrm_referrals', '', 'people', 4),
      F('cuckooed_addresses_visited', '', 'count', 7, 'exact', '"addressed": sic (addresses)')]),
)

# 3. Sunrise Radio, West Yorkshire, week from Monday 8 October 2018 (not a week of operations.csv)
add(U3, '', 'west_yorkshire',
    ('West Yorkshire Police said 22 potential victims were safeguarded and 16 arrests made during the operation, which ran all week from Monday 8 October.',
     [F('safeguarded', '', 'people', 22), F('arrests', '', 'people', 16)]),
)

# 4. MKFM, Thames Valley, May 2019
add(U4, '2019-05', 'thames_valley',
    ('Safeguarded 77 vulnerable people including 15 children',
     [F('safeguarded', '', 'people', 77), F('safeguarded_juvenile', '', 'people', 15)]),
    ('Carried out 144 visits to previous victims of cuckooing',
     [F('cuckooed_addresses_visited', '', 'count', 144, 'exact', 'visits to people whose homes were cuckooed, counted as cuckooing visits (doubtful)')]),
    ('Carried out 40 educational visits to schools',
     [F('schools_visited', '', 'count', 40)]),
    ('Carried out 18 warrants, arrested 72 people and seized drugs including heroin, cocaine and cannabis.',
     [F('warrants', '', 'count', 18), F('arrests', '', 'people', 72),
      U('drugs_seized', 'heroin', 'named inside a group with no figure'), U('drugs_seized', 'cocaine'),
      U('drugs_seized', 'cannabis')]),
)

# 5. Mid Sussex Times, Sussex, May 2019
add(U5, '2019-05', 'sussex',
    ('A staggering £10,000 of Class A drugs is off the street and 29 people have been arrested across Sussex in just one week.',
     [F('drugs_seized', 'class_a', 'gbp', 10000), F('arrests', '', 'people', 29)]),
    ('Police arrested 29 people during the drug dealing crackdown.',
     [F('arrests', '', 'people', 29)]),
)

# 6. Dunmow Broadcast, Essex: a national week of action on knives (Operation Sceptre), not a county lines week
add(U6, '', 'essex',
    ('Essex Police officers seized 46 knives during a week-long focus, including knives left by passengers at Stansted Airport.',
     [F('weapons_seized', 'knife', 'count', 46, 'exact', 'a knife crime week, not a county lines week (doubtful: included as a similar operation)')]),
    ('Four knives were found during weapon sweeps across the county, where officers searched potential hiding spots used to conceal weapons.',
     [F('weapons_seized', 'knife', 'count', 4, 'exact', 'found in sweeps: a part of the 46',
        scope=('part', 'only the knives found in weapon sweeps, a part of the week\'s 46'))]),
    ('Essex Police made 21 arrests.',
     [F('arrests', '', 'people', 21, 'exact', 'the knife crime week\'s arrests')]),
    ('In five of these cases, they recovered knives while carrying out a stop and search.',
     [N(5, 'exact', 'cases (arrests with knives found in a stop and search): not a count of knives or of searches')]),
    ('Op Raptor units, which target criminals involved in drugs gangs, arrested eight people on suspicion of possession with intent to supply drugs, and seized £15,000 in cash and 800 wraps of crack and heroin.',
     [F('arrests', '', 'people', 8, 'exact', 'Op Raptor\'s arrests in the same week',
        scope=('part', 'one unit\'s (Op Raptor) arrests, a part of the week\'s 21')),
      F('cash_seized', '', 'gbp', 15000),
      F('drugs_seized', '', 'wraps', 800, 'exact', 'two drugs in one figure: all items')]),
    ('“Since February, more than 120 parcels have been stopped and seized, preventing drugs and weapons from reaching the streets of Essex.”',
     [N(120, 'more_than', 'parcels: no metric (and since February, not the week)')]),
)

# 7. BBC News, Kent, November-December 2024
add(U7, '2024-11', 'kent',
    ('A county lines crackdown has led to 34 arrests and £120,000 of drugs seized.',
     [F('arrests', '', 'people', 34), F('drugs_seized', '', 'gbp', 120000, 'exact', 'all items')]),
    ('Kent Police seized an additional £110,000 in cash, 14 weapons, two imitation firearms and 16 mobile phones connected to drug dealing.',
     [F('cash_seized', '', 'gbp', 110000),
      F('weapons_seized', '', 'count', 14),
      F('weapons_seized', 'imitation_firearm', 'count', 2, 'exact', 'listed beside the weapons: no total is computed'),
      F('deal_line_phones_seized', '', 'count', 16, 'exact', 'phones connected to drug dealing')]),
    ('The operation uncovered 10 vulnerable people including two children who were being exploited by criminal gangs.',
     [F('safeguarded', '', 'people', 10, 'exact', 'vulnerable people identified (as f995)'),
      F('safeguarded_juvenile', '', 'people', 2)]),
    ('As a result of the Kent campaign, 22 suspects have been charged with 69 offences.',
     [F('charged', '', 'people', 22), F('charges', '', 'count', 69)]),
)

# 8. Hampshire Constabulary on Mynewsdesk, May 2019
add(U8, '2019-05', 'hampshire',
    ('48 arrests and 28 vulnerable people safeguarded in county lines week of action',
     [F('arrests', '', 'people', 48), F('safeguarded', '', 'people', 28)]),
    ('Officers safeguarded 28 potential victims and made 48 arrests during the operation that ran between Monday 13th – Friday 19th May.',
     [F('safeguarded', '', 'people', 28), F('arrests', '', 'people', 48)]),
    ('They seized more than £17,455 in cash, 39 phones, six knives, as well as carrying out prevention work with schools, hotels and taxis firms.',
     [F('cash_seized', '', 'gbp', 17455, 'more_than'),
      F('mobile_phones_seized', '', 'count', 39, 'exact', 'the hedge stands before the first number only'),
      F('weapons_seized', 'knife', 'count', 6)]),
)

# 9. Leicester Media, Leicestershire, October 2022
add(U9, '2022-10', 'leicestershire',
    ('Leicestershire Police has dismantled two county lines in Coalville and Loughborough during County Lines Intensification Week (CLIW).',
     [F('lines_closed', '', 'count', 2)]),
    ('Arrested 52 people', [F('arrests', '', 'people', 52)]),
    ('Executed 30 search warrants', [F('warrants', '', 'count', 30)]),
    ('Safeguarded 43 vulnerable children/adults', [F('safeguarded', '', 'people', 43, 'exact', 'children and adults together')]),
    ('Presented a county lines online workshop to 6,834 children and 337 professionals who work with young people',
     [F('children_engaged', '', 'people', 6834), N(337, 'exact', 'professionals, not children')]),
    ('Ran 2 Automatic Number Plate Recognition (ANPR) operations stopping 20 vehicles and arresting 6 people',
     [N(2, 'exact', 'operations run: no metric'), N(20, 'exact', 'vehicles stopped, not seized'),
      F('arrests', '', 'people', 6, 'exact', '', scope=('part', 'the two ANPR operations\' arrests, a part of the 52'))]),
    ('Recovered significant quantities of drugs including 346 wraps of Crack, a further £12,000 of Crack and 258 Cannabis plants',
     [F('drugs_seized', 'crack_cocaine', 'wraps', 346), F('drugs_seized', 'crack_cocaine', 'gbp', 12000),
      F('drugs_seized', 'cannabis', 'plants', 258)]),
    ('10 weapons were recovered including a cross bow, a machete and a samurai sword',
     [F('weapons_seized', '', 'count', 10), F('weapons_seized', 'crossbow', 'count', 1, 'exact', '"cross bow": a numbered part'),
      F('weapons_seized', 'machete', 'count', 1), F('weapons_seized', 'sword', 'count', 1, 'exact', 'a samurai sword')]),
)

# 10. Fosse 107, Leicestershire, November-December 2024 (week inferred: the force's own release of the same
#     wording is dated December 2024 and gives 25 November - 1 December; doubtful)
add(U10, '2024-11', 'leicestershire',
    ('Made 42 arrests which included mapped County Lines members', [F('arrests', '', 'people', 42)]),
    ('Executed 40 warrants', [F('warrants', '', 'count', 40)]),
    ('Led two ANPR operations – leading to six arrests and interrupted the supply of class A and B drugs',
     [N(2, 'exact', 'operations run: no metric'),
      F('arrests', '', 'people', 6, 'exact', '', scope=('part', 'the two ANPR operations\' arrests, a part of the 42'))]),
    ('Recovered significant weapons including a homemade taser',
     [F('weapons_seized', 'taser', 'count', 1, 'exact', 'a numbered part of a group with no figure (as f302)')]),
    ('Seized over £24,000 and 120 Euros in cash',
     [F('cash_seized', '', 'gbp', 24000, 'more_than'),
      F('cash_seized', '', 'eur', 120, 'exact', 'euros (as f747); the hedge stands before the first number only')]),
    ('Seized quantities of drugs including £6,000 worth of crack cocaine and 437 cannabis plants',
     [F('drugs_seized', 'crack_cocaine', 'gbp', 6000), F('drugs_seized', 'cannabis', 'plants', 437)]),
    ('Seized designer clothing worth over £10,000',
     [F('assets_seized', 'designer_goods', 'gbp', 10000, 'more_than')]),
    ('Carried out 25 safeguarding visits', [F('welfare_visits', '', 'count', 25)]),
    ('340 school pupils, 65 educational professionals and 138 trusted adults were reached via interactive preventative workshops.',
     [F('children_engaged', '', 'people', 340), N(65, 'exact', 'professionals, not children'),
      N(138, 'exact', 'trusted adults, not children')]),
)

# 11. Leicester Media, Leicestershire's Operation Lionheart: two weeks, not a national week
add(U11, '', 'leicestershire',
    ('Following two weeks of activity, the force has been to 90 addresses to enforce warrants, arrested 55 people and secured charges against 41 of them.',
     [F('warrants', '', 'count', 90, 'exact', 'warrants at 90 addresses; the two weeks\' operation'),
      F('arrests', '', 'people', 55), F('charged', '', 'people', 41)]),
    ('Total warrants = 90', [F('warrants', '', 'count', 90)]),
    ('Total arrests = 55', [F('arrests', '', 'people', 55)]),
    ('Total people charged = 41', [F('charged', '', 'people', 41)]),
)

# 12. Hertfordshire Constabulary, November-December 2024
add(U12, '2024-11', 'hertfordshire',
    ('Twenty-four people were arrested in total, with four of those being charged and remanded into custody.',
     [F('arrests', '', 'people', 24), F('charged', '', 'people', 4)]),
    ('More than £30k in cash and heroin, cocaine, crystal meth and cannabis with a street value of more than £300k was also seized.',
     [F('cash_seized', '', 'gbp', 30000, 'more_than'),
      F('drugs_seized', '', 'gbp', 300000, 'more_than', 'four drugs in one figure: all items')]),
    ('Officers also recovered 51 phones, a knife, machete and a gas-powered revolver during searches.',
     [F('mobile_phones_seized', '', 'count', 51), F('weapons_seized', 'knife', 'count', 1),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a" taken to stand for the machete too (doubtful)'),
      F('weapons_seized', 'air_weapon', 'count', 1, 'exact', 'a gas-powered revolver taken as an air weapon (doubtful)')]),
    ('Thirty-four exploited individuals, including eight minors were safeguarded and 15 cuckooed addresses were also discovered.',
     [F('safeguarded', '', 'people', 34), F('safeguarded_juvenile', '', 'people', 8, 'exact', 'minors'),
      N(15, 'exact', 'cuckooed addresses discovered, not said to be visited (as f258)')]),
)

# 13. Suffolk News, the Chief Constable's column, March 2022: west Suffolk's first day
add(U13, '2022-03', 'suffolk',
    ('We successfully recovered a large quantity of drugs and three people were arrested on suspicion of possession with intent to supply offences.',
     [U('drugs_seized', '', 'a large quantity: no number', scope=('part', 'west Suffolk\'s simultaneous warrants at the start of the week')),
      F('arrests', '', 'people', 3, 'exact', '', scope=('part', 'west Suffolk\'s simultaneous warrants at the start of the week'))]),
)

# 14. Ipswich Star, Suffolk, September 2020
add(U14, '2020-09', 'suffolk',
    ('Officers in Suffolk made 11 arrests as part of a national crackdown on “toxic” county lines drug networks across the UK.',
     [F('arrests', '', 'people', 11)]),
    ('Suffolk police executed nine search warrants during the week and recovered £800 in cash and seized cocaine, amphetamines and cannabis along with four weapons.',
     [F('warrants', '', 'count', 9), F('cash_seized', '', 'gbp', 800),
      U('drugs_seized', 'cocaine'), U('drugs_seized', 'amphetamine'), U('drugs_seized', 'cannabis'),
      F('weapons_seized', '', 'count', 4)]),
    ('Officers also conducted proactive patrols around railway stations in Newmarket, Bury St Edmunds and Stowmarket and engaged with 26 vulnerable individuals understood to be victims of ‘cuckooing’ during welfare visits.',
     [F('safeguarded', '', 'people', 26, 'exact', 'vulnerable people engaged with'),
      U('welfare_visits', '', 'welfare visits: no number')]),
    ('Last week’s national operation, which involved all 43 regional forces in England and Wales, the British Transport Police and the National Crime Agency, led to nearly 200 weapons being seized and £526,000 in cash recovered.',
     [N(43, 'exact', 'forces: no metric'),
      F('weapons_seized', '', 'count', 200, 'less_than', '', scope=NAT),
      F('cash_seized', '', 'gbp', 526000, 'exact', '', scope=NAT)]),
    ('Police forces across the country also shut down about 10% of the phone lines (102) being used for county lines drug dealing.',
     [N(10, 'approximately', 'a share, not a count'),
      F('lines_closed', '', 'count', 102, 'exact', 'the hedge "about" belongs to the share', scope=NAT)]),
)

# 15. Suffolk News, Suffolk, June 2025
PRO = ('part', 'the proactive teams\' arrests (16 of the 30) and their charges')
add(U15, '2025-06', 'suffolk',
    ('Police arrested 30 people in Suffolk during a week-long national crackdown on county lines drug dealing and child exploitation.',
     [F('arrests', '', 'people', 30)]),
    ('They seized significant amounts of drugs, cash and weapons — including 1.49kg of cocaine with an estimated value of £146,720, 127 smaller wraps of cocaine, 102 wraps of crack cocaine, two cannabis plants and 207 grams of cannabis bud.',
     [U('cash_seized', '', 'named in the group with no number'), U('weapons_seized', '', 'named in the group with no number'),
      F('drugs_seized', 'cocaine', 'g', 1490), F('drugs_seized', 'cocaine', 'gbp', 146720, 'approximately', 'an estimated value'),
      F('drugs_seized', 'cocaine', 'wraps', 127), F('drugs_seized', 'crack_cocaine', 'wraps', 102),
      F('drugs_seized', 'cannabis', 'plants', 2), F('drugs_seized', 'cannabis', 'g', 207, 'exact', 'cannabis bud')]),
    ('Officers also recovered 200 cannabis edibles, 100 small amounts of ketamine and amphetamine, £10,580 in cash, two knives, four deal lines and 37 mobile phones.',
     [N(200, 'exact', 'cannabis edibles: no unit of the catalogue'),
      N(100, 'exact', '"small amounts" of two drugs: no unit'),
      F('cash_seized', '', 'gbp', 10580), F('weapons_seized', 'knife', 'count', 2),
      F('lines_closed', '', 'count', 4, 'exact', 'deal lines recovered, read as "deal lines seized" (a synonym of lines_closed); doubtful: may be deal line phones'),
      F('mobile_phones_seized', '', 'count', 37)]),
    ('A total of sixteen of the 30 arrests were made by the constabulary’s proactive teams with seven suspects charged and remanded in custody.',
     [F('arrests', '', 'people', 30, 'exact', 'the week\'s total'),
      F('arrests', '', 'people', 16, 'exact', '', scope=PRO),
      F('charged', '', 'people', 7, 'exact', 'of the proactive teams\' 16 (the force\'s own page says "Of these 16")', scope=PRO)]),
    ('Eight drug lines were also disrupted.', [F('lines_closed', '', 'count', 8)]),
)

# 16. BBC News copy (theworkoutfactory.com), Suffolk, June 2025
add(U16, '2025-06', 'suffolk',
    ('A week-long police operation aimed at tackling county lines drug dealing has resulted in 30 arrests.',
     [F('arrests', '', 'people', 30)]),
    ('Suffolk Police said eight supply lines were also disrupted and 1.46kg (3.2lb) of drugs with an estimated street value of about £148,000 was seized.',
     [F('lines_closed', '', 'count', 8, 'exact', 'supply lines disrupted'),
      F('drugs_seized', '', 'g', 1460, 'exact', 'all items'),
      N(3.2, 'exact', 'the same mass in pounds (lb): no unit'),
      F('drugs_seized', '', 'gbp', 148000, 'approximately', '"an estimated ... of about"')]),
    ('Drugs, cash and weapons were seized, including cannabis plants and edibles, more than £10,000 in cash, two knives and 37 mobile phones.',
     [U('drugs_seized', 'cannabis', 'plants and edibles: no number'),
      F('cash_seized', '', 'gbp', 10000, 'more_than'), F('weapons_seized', 'knife', 'count', 2),
      F('mobile_phones_seized', '', 'count', 37)]),
    ('Of the 30 people arrested, seven have been charged and remanded into custody.',
     [F('arrests', '', 'people', 30), F('charged', '', 'people', 7, 'exact', 'as published: of the 30')]),
)

# 17. Stratford Herald, Warwickshire, October 2022
add(U17, '2022-10', 'warwickshire',
    ('EIGHTEEN people were arrested and £167,000 of drugs seized as Warwickshire Police took action against County Lines drugs gangs.',
     [F('arrests', '', 'people', 18, 'exact', 'number in capitals'), F('drugs_seized', '', 'gbp', 167000, 'exact', 'all items')]),
    ('The force said during a week-long operation it had executed eight warrants, seized eight knives, two imitation firearms and £6,800 in cash.',
     [F('warrants', '', 'count', 8), F('weapons_seized', 'knife', 'count', 8),
      F('weapons_seized', 'imitation_firearm', 'count', 2), F('cash_seized', '', 'gbp', 6800)]),
    ('Three missing people were also found by officers and were helped with safeguarding along with another five vulnerable people.',
     [F('safeguarded', '', 'people', 3, 'exact', 'missing people found and safeguarded'),
      F('safeguarded', '', 'people', 5, 'exact', 'no sum is computed')]),
)

# 18. Scarborough News, North Yorkshire, May 2021
add(U18, '2021-05', 'north_yorkshire',
    ('Officers searched him and his home and recovered class A drugs, cash, mobile phones and drugs paraphernalia.',
     [U('drugs_seized', 'class_a', '', scope=('part', 'one man in Whitby')), U('cash_seized', '', '', scope=('part', 'one man in Whitby')),
      U('mobile_phones_seized', '', '', scope=('part', 'one man in Whitby'))]),
    ('Arrests have been made across North Yorkshire with £10,000 seized.',
     [U('arrests', '', 'no number'), F('cash_seized', '', 'gbp', 10000, 'exact', 'a bare sum seized: cash (as f337); the page says cash')]),
    ('Police arrested 20 people and made 87 welfare visits to 95 vulnerable people across North Yorkshire.',
     [F('arrests', '', 'people', 20), F('welfare_visits', '', 'count', 87),
      F('safeguarded', '', 'people', 95, 'exact', 'vulnerable people visited for safeguarding (as f448)')]),
    ("The arrests and seizure of £10,000 formed part of a national 'Week of Intensification' to crack down on county lines drug dealing, which was coordinated by the National County Lines Coordination Centre between May 17 and 23.",
     [F('cash_seized', '', 'gbp', 10000, 'exact', 'a bare sum seized: cash; May 17 and 23 are dates')]),
)

# 19. South Wales Argus, British Transport Police's County Lines Taskforce, its first two years (December 2021)
TWOY = ('period', 'the taskforce\'s two years since 2019, not a week')
add(U19, '', 'british_transport_police',
    ('THE British Transport Police (BTP) County Lines Taskforce has made more than 1,600 arrests since being set up in 2019.',
     [F('arrests', '', 'people', 1600, 'more_than', '', scope=TWOY)]),
    ('The BTP taskforce have seized 1,021 lots of drugs, £610k in cash and removed 345 dangerous weapons from the rail network.',
     [N(1021, 'exact', '"lots" of drugs: seizures counted, no unit'),
      F('cash_seized', '', 'gbp', 610000, 'exact', '', scope=TWOY),
      F('weapons_seized', '', 'count', 345, 'exact', '', scope=TWOY)]),
    ('The team has secured 18 charges under the Modern Slavery Act over the two-year period and 82 vulnerable children and adults identified by officers have been referred into the National Referral Mechanism for safeguarding.',
     [N(18, 'exact', 'modern slavery charges counted as charges, not people charged (the metric counts people)'),
      F('nrm_referrals', '', 'people', 82, 'exact', '', scope=TWOY)]),
)

# 20. Wigan Today, Greater Manchester, March 2024
add(U20, '2024-03', 'greater_manchester',
    ('Pictures from dawn raids in the borough have been published as officers confirmed that dozens of people had been detained across the city region while an estimated £75,000 worth of illegal substances had been seized.',
     [U('arrests', '', 'dozens: no number'), F('drugs_seized', '', 'gbp', 75000, 'approximately', 'an estimated; all items')]),
    ('In the past 12 months, the team says it has closed down 150 county lines and safeguarding 150 young and vulnerable people from criminal exploitation.',
     [F('lines_closed', '', 'count', 150, 'exact', '', scope=('period', 'the past 12 months, not the week')),
      F('safeguarded', '', 'people', 150, 'exact', '"safeguarding": sic (safeguarded)', scope=('period', 'the past 12 months, not the week'))]),
    ('Over £24,000 in cash and drugs with a street value of over £70,000 seized.',
     [F('cash_seized', '', 'gbp', 24000, 'more_than'), F('drugs_seized', '', 'gbp', 70000, 'more_than', 'all items')]),
    ('Results during the week include the centre of Manchester team executing 6 warrants that recovered 4 firearms.',
     [F('warrants', '', 'count', 6, 'exact', '', scope=('part', 'one team (the centre of Manchester)')),
      F('weapons_seized', 'firearm', 'count', 4, 'exact', '', scope=('part', 'one team (the centre of Manchester)'))]),
)

# 21. Greater Manchester Police, November 2023: the County Lines Team's first eight months
EIGHT = ('period', 'eight months, not a week')
add(U21, '', 'greater_manchester',
    ('In just eight months, the force’s dedicated County Lines Team have shut down 120 county lines, seized around 30kg of drugs and £400k cash, arrested 235 people for a range of offences including drug supply, modern slavery offences, and money laundering, and over 100 vulnerable adults and children have been referred to specialised safeguarding services – all ahead of targets set by the Home Office.',
     [F('lines_closed', '', 'count', 120, 'exact', '', scope=EIGHT),
      F('drugs_seized', '', 'g', 30000, 'approximately', 'all items', scope=EIGHT),
      F('cash_seized', '', 'gbp', 400000, 'exact', 'the hedge stands before the first number only', scope=EIGHT),
      F('arrests', '', 'people', 235, 'exact', '', scope=EIGHT),
      F('safeguarding_referrals', '', 'people', 100, 'more_than', 'adults and children referred to safeguarding services (as f470)', scope=EIGHT)]),
    ('Whilst police have shut down 120 lines in the last eight months, dedicated officers and partners continue to work tirelessly to compile intelligence and disrupt those responsible across Greater Manchester.',
     [F('lines_closed', '', 'count', 120, 'exact', '', scope=EIGHT)]),
)

# 22. BBC News, Northamptonshire, October 2021
add(U22, '2021-10', 'northamptonshire',
    ('Northamptonshire Police executed five warrants as part of a week-long crackdown on county lines dealing.',
     [F('warrants', '', 'count', 5)]),
    ('The force said seven arrests had been made across the week for drugs and weapons offences.',
     [F('arrests', '', 'people', 7)]),
)

# 23. The Times, national results, May 2019
add(U23, '2019-05', 'national',
    ('Nearly 600 suspected drugs gangs members were arrested last week, according to the National Crime Agency.',
     [F('arrests', '', 'people', 600, 'less_than')]),
    ('The National County Lines Coordination Centre arrested 586 people, seized £312,649 in cash and confiscated 46 weapons during the seven-day operation.',
     [F('arrests', '', 'people', 586), F('cash_seized', '', 'gbp', 312649), F('weapons_seized', '', 'count', 46)]),
    ('Drugs were also seized, including cocaine worth £176,780, crack worth £36,550 and heroin worth £17,950.',
     [F('drugs_seized', 'cocaine', 'gbp', 176780), F('drugs_seized', 'crack_cocaine', 'gbp', 36550),
      F('drugs_seized', 'heroin', 'gbp', 17950)]),
    ('Police forces helped 519 vulnerable adults and 364 children and 30 people were referred as potential victims of slavery or trafficking.',
     [F('safeguarded_adult', '', 'people', 519, 'exact', 'vulnerable adults helped'),
      F('safeguarded_juvenile', '', 'people', 364),
      F('nrm_referrals', '', 'people', 30, 'exact', 'referred as potential victims of slavery or trafficking')]),
)

# 24. LBC, national results, May 2021
add(U24, '2021-05', 'national',
    ('Over 1,000 people have been arrested and 292 weapons seized in a country-wide crackdown on county lines drugs gangs.',
     [F('arrests', '', 'people', 1000, 'more_than'), F('weapons_seized', '', 'count', 292, 'exact', 'the hedge stands before the first number only')]),
    ('Officers seized 33 guns and 219 knives as they launched a number of raids across the country and arrested 1,100 people and identified 80 drug dealing phone lines.',
     [F('weapons_seized', 'firearm', 'count', 33), F('weapons_seized', 'knife', 'count', 219),
      U('warrants', '', 'a number of raids: no number'),
      F('arrests', '', 'people', 1100),
      N(80, 'exact', 'phone lines identified, not said to be closed')]),
    ('There are currently thought to be around 600 county lines gangs operating in the UK, down from around 2,000 two years ago.',
     [N(600, 'approximately', 'active gangs: no metric'), N(2000, 'approximately', 'active lines two years before: no metric')]),
    ('Over the week in action, 904 of these "cuckooed" homes were visited by law enforcement, and 1,138 vulnerable people were safeguarded.',
     [F('cuckooed_addresses_visited', '', 'count', 904, 'exact', '"week in action": sic'),
      F('safeguarded', '', 'people', 1138)]),
    ('The National Crime Agency, who were also involved in the week\'s operations, seized 500kg of cocaine from a shipping container at London Gateway, and 17kg of heroin from a van driver who was stopped at Coquelles in France.',
     [F('drugs_seized', 'cocaine', 'g', 500000, 'exact', '', scope=('part', 'one NCA seizure from one shipping container')),
      F('drugs_seized', 'heroin', 'g', 17000, 'exact', '', scope=('part', 'one NCA seizure from one van'))]),
)

# 25. Metro, national results, May 2021
add(U25, '2021-05', 'national',
    ('More than 1,000 people have been arrested and 292 weapons seized as part of a week-long crackdown on county lines drug dealing gangs.',
     [F('arrests', '', 'people', 1000, 'more_than'), F('weapons_seized', '', 'count', 292, 'exact', 'the hedge stands before the first number only')]),
    ('Police forces across the UK boosted activity in the seven days from May 17, making 1,100 arrests, seizing 33 guns and 219 knives, and identifying 80 phone lines used to peddle drugs.',
     [F('arrests', '', 'people', 1100), F('weapons_seized', 'firearm', 'count', 33), F('weapons_seized', 'knife', 'count', 219),
      N(80, 'exact', 'phone lines identified, not said to be closed')]),
    ('During the week of action, 904 of these ‘cuckooed’ homes were visited by law enforcement, and 1,138 vulnerable people were safeguarded – including 573 children.',
     [F('cuckooed_addresses_visited', '', 'count', 904), F('safeguarded', '', 'people', 1138),
      F('safeguarded_juvenile', '', 'people', 573)]),
)

# 26. Norwich Eye, Norfolk's Operation Gravity week of action, March (the page's year: 2023; not a national week)
add(U26, '', 'norfolk',
    ('Officers targeting drug related crime in Norfolk have made 13 arrests during a week of action.',
     [F('arrests', '', 'people', 13)]),
    ('Four men were arrested on suspicion of drugs offences at an address in Carlton Gardens on Wednesday 29 March.',
     [F('arrests_male', '', 'people', 4, 'exact', '29 March is a date', scope=('part', 'one address'))]),
    ('Officers attended the premises and seized a quantity of Class A drugs and £1,200 in cash.',
     [U('drugs_seized', 'class_a', 'a quantity: no number', scope=('part', 'one address')),
      F('cash_seized', '', 'gbp', 1200, 'exact', '', scope=('part', 'one address'))]),
    ('Three people were arrested in connection with drugs offences in Great Yarmouth on Wednesday 29 March.',
     [F('arrests', '', 'people', 3, 'exact', '', scope=('part', 'one town (Great Yarmouth)'))]),
    ('A large quantity of cash and two mobile phones were seized.',
     [U('cash_seized', '', 'a large quantity: no number', scope=('part', 'two addresses in one street')),
      F('mobile_phones_seized', '', 'count', 2, 'exact', '', scope=('part', 'two addresses in one street'))]),
)

# 27. Norfolk Constabulary, Operation Gravity's first months (February 2017)
GRAV = ('period', 'since Operation Gravity began in December 2016, not a week')
add(U27, '', 'norfolk',
    ('Since then officers across the force have been targeting the most serious offenders involved in the dealing and the transportation of Class A drugs around the county and a total of 106 people have been arrested.',
     [F('arrests', '', 'people', 106, 'exact', '', scope=GRAV)]),
    ('Approximately £10,000 worth of Class A drugs and £25,000 in cash has been seized since Operation Gravity began.',
     [F('drugs_seized', 'class_a', 'gbp', 10000, 'approximately', '', scope=GRAV),
      F('cash_seized', '', 'gbp', 25000, 'exact', 'the hedge stands before the first number only', scope=GRAV)]),
    ('10 knives and two offensive weapons have also been seized.',
     [F('weapons_seized', 'knife', 'count', 10, 'exact', '', scope=GRAV),
      F('weapons_seized', '', 'count', 2, 'exact', 'offensive weapons beside the knives: no total is computed', scope=GRAV)]),
)

# 28. Eastern Daily Press, Norfolk's Operation Gravity after 100 days (2017)
HUND = ('period', 'Operation Gravity\'s first 100 days, not a week')
add(U28, '', 'norfolk',
    ('In that time 152 arrests have been made, 62 from the London area and including boys as young as 15.',
     [F('arrests', '', 'people', 152, 'exact', '', scope=HUND),
      N(62, 'exact', 'people arrested from the London area: a part of the arrests, no metric (not searches)')]),
    ('During the campaign around £38,000 worth of Class A drugs, £42,000 in cash and 23 knives have been seized.',
     [F('drugs_seized', 'class_a', 'gbp', 38000, 'approximately', '', scope=HUND),
      F('cash_seized', '', 'gbp', 42000, 'exact', 'the hedge stands before the first number only', scope=HUND),
      F('weapons_seized', 'knife', 'count', 23, 'exact', '', scope=HUND)]),
)

# 29. Norfolk Constabulary, Operation Gravity campaign page (three years of the County Lines team)
THREE = ('period', 'since the team began in 2019, not a week')
add(U29, '', 'norfolk',
    ('The team has also shut down 74 lines bringing Class A drugs into Norfolk.',
     [F('lines_closed', '', 'count', 74, 'exact', '', scope=THREE)]),
    ('In the last 3 years, this has resulted in 82 convictions of principals and conspirators, and a total of 315 years and 11 months of prison time given out.',
     [N(82, 'exact', 'convictions: no metric'), N(315, 'exact', 'years of prison time: a duration, no metric')]),
)

# 30. Wirral Globe, Merseyside's Project Medusa with North Wales and BTP, January 2020 (not a national week)
add(U30, '', 'merseyside',
    ('Project Medusa is a Merseyside-led initiative and more than 120 officers from all three forces have been involved in the operation, which has seen warrants executed at eight addresses, two in Wallasey, one in Kensington and one in Norris Green - and four in North Wales.',
     [N(120, 'more_than', 'officers: no metric'),
      F('warrants', '', 'count', 8, 'exact', 'warrants at eight addresses, three forces together',
        scope=('national', 'the three-force operation\'s (four in North Wales: another force\'s)')),
      F('warrants', '', 'count', 2, 'exact', 'no sum is computed', scope=('part', 'one town (Wallasey)')),
      F('warrants', '', 'count', 1, 'exact', '', scope=('part', 'one area (Kensington)')),
      F('warrants', '', 'count', 1, 'exact', '', scope=('part', 'one area (Norris Green)')),
      F('warrants', '', 'count', 4, 'exact', '', scope=('national', 'another force\'s (North Wales)'))]),
    ('The raids have resulted in two arrests and officers have seized suspected Class A drugs.',
     [F('arrests', '', 'people', 2), U('drugs_seized', 'class_a')]),
    ('"In the last two months the concentrated activity of our officers, working together with British Transport Police and other forces in the UK, has led to the cutting of seven County Lines run by Organised Crime Groups.',
     [F('lines_closed', '', 'count', 7, 'exact', 'lines cut', scope=('period', 'the last two months, not the operation'))]),
)

# 31. ITV Granada, Merseyside, March 2024
add(U31, '2024-03', 'merseyside',
    ('More than 300 people have been arrested, and drugs, weapons and money seized in Merseyside, Cheshire and Greater Manchester in a week-long operation tackling County Lines drug dealing.',
     [F('arrests', '', 'people', 300, 'more_than', 'three forces together', scope=('national', 'three forces together (Cheshire\'s and Greater Manchester\'s too)')),
      U('drugs_seized', '', '', scope=('national', 'three forces together')),
      U('weapons_seized', '', '', scope=('national', 'three forces together')),
      U('cash_seized', '', 'money', scope=('national', 'three forces together'))]),
    ('On Merseyside, 39 people at risk of being exploited by drugs gangs have been taken into safety.',
     [F('safeguarded', '', 'people', 39, 'exact', 'taken into safety')]),
    ('237 arrests linked to county lines activity', [F('arrests', '', 'people', 237)]),
    ('8 drug lines identified and closed', [F('lines_closed', '', 'count', 8)]),
    ('18kg of drugs seized (including crack cocaine, heroin, cocaine and cannabis), 1,080 wraps of crack, heroin and cocaine, 29 cannisters of nitrous oxide and 247 cannabis plants seized and destroyed',
     [F('drugs_seized', '', 'g', 18000, 'exact', 'all items; items inside the figure add no fact'),
      F('drugs_seized', '', 'wraps', 1080, 'exact', 'three drugs in one figure: all items'),
      N(29, 'exact', 'cannisters (sic) of nitrous oxide: a container, no item (as round 15)'),
      F('drugs_seized', 'cannabis', 'plants', 247)]),
    ('£227,000 of cash seized', [F('cash_seized', '', 'gbp', 227000)]),
    ('39 weapons seized, including 19 knives and one handgun',
     [F('weapons_seized', '', 'count', 39), F('weapons_seized', 'knife', 'count', 19),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', 'a handgun')]),
    ('In a joint operation with Cheshire Police, warrants were executed simultaneously across 19 addresses which resulted in the recovery of approximately £150,000 cash, suspected stolen designer watches and a fleet of electric pedal bikes with a value more than £50,000.',
     [F('warrants', '', 'count', 19, 'exact', 'warrants at 19 addresses', scope=('part', 'one joint operation with Cheshire')),
      F('cash_seized', '', 'gbp', 150000, 'approximately', '', scope=('part', 'one joint operation with Cheshire')),
      U('assets_seized', 'watch', 'suspected stolen designer watches', scope=('part', 'one joint operation')),
      N(50000, 'more_than', 'electric pedal bikes by value: not vehicles by count, no asset item (doubtful)')]),
)

# 32. Metropolitan Police news, June 2020: Operation Orochi's first months
add(U32, '', 'metropolitan',
    ('This showed that more than 1,300 individuals linked to County Lines have been charged with violent offences including more than 20 murders, hundreds of robberies, and possession of firearms.',
     [F('charged', '', 'people', 1300, 'more_than', 'charged with violent offences over years of records',
        scope=('period', 'the NCLCC\'s records over several years, not a week')),
      N(20, 'more_than', 'murders: offences, no metric')]),
)

# 33. The Chronicle, the Met, February-March 2023
add(U33, '2023-02', 'metropolitan',
    ('This is the moment police officers detain a suspect in Croydon after making more than 200 arrests and seizing over one million pounds worth of drugs during a week-long crackdown on County Lines gangs.',
     [F('arrests', '', 'people', 200, 'more_than'),
      F('drugs_seized', '', 'gbp', 1000000, 'more_than', '"over one million pounds": number words; all items')]),
    ('The 222 arrests also led to:', [F('arrests', '', 'people', 222)]),
    ('105 people charged with a total of 223 charges;',
     [F('charged', '', 'people', 105), F('charges', '', 'count', 223)]),
    ('150 drug trafficking charges;', [N(150, 'exact', 'drug trafficking charges: a part of the charges (as f740)')]),
    ('131 Class A and B drug charges;', [N(131, 'exact', 'charges for class A and B drugs: a part of the charges; class words are not a seizure')]),
    ('177 vulnerable people safeguarded;', [F('safeguarded', '', 'people', 177)]),
    ('77 lines being closed.', [F('lines_closed', '', 'count', 77)]),
    ('Officers also seized: 8.3 kilograms of Class A drugs and 37.6 kilograms Class B drugs; £652,214 in cash;',
     [F('drugs_seized', 'class_a', 'g', 8300), F('drugs_seized', 'class_b', 'g', 37600),
      F('cash_seized', '', 'gbp', 652214)]),
    ('Five firearms and 51 weapons including knives, machetes and swords.',
     [F('weapons_seized', 'firearm', 'count', 5),
      F('weapons_seized', '', 'count', 51, 'exact', 'beside the firearms: no total is computed; items inside the figure add no fact')]),
)

# 34. UKNIP, the Met's Operation Yamata, May 2022 (one morning's raid; not a national week)
add(U34, '', 'metropolitan',
    ('Since Operation Orochi – the name given to the Met’s County Lines initiative – more than 800 county lines have been shut down and almost 1,000 arrests have been made.',
     [F('lines_closed', '', 'count', 800, 'more_than', '', scope=('period', 'since Orochi began in November 2019')),
      F('arrests', '', 'people', 1000, 'less_than', '', scope=('period', 'since Orochi began in November 2019'))]),
    ('The operation was launched just a month ago and has already led to more than 100 class A intra-London county lines being identified.',
     [N(100, 'more_than', 'lines identified, not said to be closed')]),
    ('Two men aged in their 20’s were arrested for being concerned in the supply of class A drugs, they remain in police custody.',
     [F('arrests_male', '', 'people', 2, 'exact', '"20’s" is an age', scope=('part', 'one raid'))]),
    ('At the property several mobile phones and £4,500 in cash was seized.',
     [U('mobile_phones_seized', '', 'several: no number', scope=('part', 'one property')),
      F('cash_seized', '', 'gbp', 4500, 'exact', '', scope=('part', 'one property'))]),
    ('“It is early days for Op Yamata but we have already arrested eight people, charged six and taken out six lines.',
     [F('arrests', '', 'people', 8, 'exact', '', scope=('period', 'Op Yamata\'s first month')),
      F('charged', '', 'people', 6, 'exact', '', scope=('period', 'Op Yamata\'s first month')),
      F('lines_closed', '', 'count', 6, 'exact', 'lines taken out', scope=('period', 'Op Yamata\'s first month'))]),
)

# 35. Gazette and Herald, Wiltshire, Operation Scorpion 30 September - 4 October 2024 (not a national week)
add(U35, '', 'wiltshire',
    ('A large-scale investigation by police has uncovered more than £95,000 worth of drugs in Wiltshire and led to 23 arrests in just one week.',
     [F('drugs_seized', '', 'gbp', 95000, 'more_than', 'uncovered: seized; all items'),
      F('arrests', '', 'people', 23)]),
    ('In Wiltshire so far, 23 arrests have been made and more than 95,000 worth of drugs seized.',
     [F('arrests', '', 'people', 23),
      F('drugs_seized', '', 'gbp', 95000, 'more_than', '"more than 95,000 worth": the £ sign is missing (sic); a worth is money')]),
    ('On top of this, six adults and seven children caught up in the drug operations have been safeguarded, with multi-agency measures put in place to ensure they are protected from future criminality.',
     [F('safeguarded_adult', '', 'people', 6), F('safeguarded_juvenile', '', 'people', 7)]),
    ('Weapons seized also included a Samurai sword, baseball bats and knives.',
     [F('weapons_seized', 'sword', 'count', 1, 'exact', 'a numbered part of a group with no figure (as f302)'),
      U('weapons_seized', 'bat', 'baseball bats'), U('weapons_seized', 'knife')]),
)

# 36. Calne News, Wiltshire, Operation Scorpion with the March 2024 week
add(U36, '2024-03', 'wiltshire',
    ('A regional crack-down on criminal drugs gangs has seen more than £33,000 of Class A drugs, three firearms and £24,000 of illicit cash taken off the streets of Wiltshire.',
     [F('drugs_seized', 'class_a', 'gbp', 33000, 'more_than'),
      F('weapons_seized', 'firearm', 'count', 3, 'exact', 'two real guns and one imitation gun (the page\'s list); as published'),
      F('cash_seized', '', 'gbp', 24000)]),
    ('Police say the operation made 176 disruptions - intervening in drug dealing activity, breaking a County Line or lines and disrupting gang operations.',
     [N(176, 'exact', 'disruptions of several kinds: not lines closed')]),
    ('During the operation, three children were found being exploited to run drugs as part of County Lines gangs - the children were all missing from their homes from outside of Wiltshire, they have now been safely returned.',
     [F('safeguarded_juvenile', '', 'people', 3, 'exact', 'exploited children found and returned home')]),
    ('79 cuckooed addresses visited', [F('cuckooed_addresses_visited', '', 'count', 79)]),
    ('Class A drugs (cocaine and heroin) valued at £33,600',
     [F('drugs_seized', 'class_a', 'gbp', 33600, 'exact', '"Class A drugs (cocaine and heroin)": class A')]),
    ('Weapons seized included two real guns, one imitation gun, several knives (including 100 surrendered by the public), a Samurai Sword and a set of nunchucks',
     [F('weapons_seized', 'firearm', 'count', 2, 'exact', 'real guns'),
      F('weapons_seized', 'imitation_firearm', 'count', 1),
      U('weapons_seized', 'knife', 'several: no number'),
      N(100, 'exact', 'knives surrendered by the public: not seized'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', 'a Samurai Sword'),
      F('weapons_seized', 'other_weapon', 'count', 1, 'exact', 'a set of nunchucks')]),
    ('Numerous assets seized including a car, designer jewellery and clothing.',
     [F('vehicles_seized', '', 'count', 1, 'exact', 'a car'),
      U('assets_seized', 'jewellery', 'designer jewellery'), U('assets_seized', 'designer_goods', 'designer clothing')]),
)

# 37. Greatest Hits Swindon, the same operation and week (March 2024)
add(U37, '2024-03', 'wiltshire',
    ('Over £33,000 worth of Class A drugs has been seized by Wiltshire Police during a week of tackling drug crime in the county, as well as finding three missing children.',
     [F('drugs_seized', 'class_a', 'gbp', 33000, 'more_than'),
      F('safeguarded_juvenile', '', 'people', 3, 'exact', 'missing children found (exploited, as the page says; doubtful)')]),
    ('As part of Operation Scorpion, which aims to create a \'Ring of Steel\' across the South West region, the force arrested more than 30 people during a week of intensified action.',
     [F('arrests', '', 'people', 30, 'more_than')]),
    ("The seventh phase of Scorpion, Wiltshire Police recorded 176 cases of their intervention's affecting drug dealing activity and disrupting drug gang operations that can cross county lines.",
     [N(176, 'exact', 'interventions of several kinds: not lines closed; "intervention\'s": sic')]),
)

# 38. Wiltshire 999s, Operation Scorpion, four days to 5 December 2024 (not the national week)
SW = ('national', 'the South West region\'s five forces together, not Wiltshire\'s')
add(U38, '', 'wiltshire',
    ('21 people have been arrested in Wiltshire as part of Operation Scorpion – a regional crackdown on drug dealing and associated crime.',
     [F('arrests', '', 'people', 21)]),
    ('Police raided numerous homes across the county, seizing 25.4kg of cannabis and £11,625 in cash over the past four days.',
     [U('warrants', '', 'numerous homes raided: no number'),
      F('drugs_seized', 'cannabis', 'g', 25400), F('cash_seized', '', 'gbp', 11625)]),
    ('Across the South West of England, a total of 90 arrests were made – with Avon and Somerset, Dorset, Devon and Cornwall, Gloucestershire also involved.',
     [F('arrests', '', 'people', 90, 'exact', '', scope=SW)]),
    ('In Wiltshire, officers were able to safeguard 12 people, including one child.',
     [F('safeguarded', '', 'people', 12), F('safeguarded_juvenile', '', 'people', 1)]),
    ('Overall, 107 people were safeguarded – with 32 of those children.',
     [F('safeguarded', '', 'people', 107, 'exact', '', scope=SW),
      F('safeguarded_juvenile', '', 'people', 32, 'exact', '', scope=SW)]),
)

# 39. Wiltshire Police, Operation Scorpion 10-16 June 2024 (not a national week)
add(U39, '', 'wiltshire',
    ('More than £100,000 worth of drugs and almost £80,000 cash was seized in Wiltshire in a week-long series of raids.',
     [F('drugs_seized', '', 'gbp', 100000, 'more_than', 'all items'), F('cash_seized', '', 'gbp', 80000, 'less_than')]),
    ('Huge quantities of crack cocaine, as well as cocaine, heroin and cannabis, plus weapons including firearms, a Samurai sword, machete and knuckleduster were also recovered in the latest phase of Operation Scorpion – an initiative involving the South West’s five police forces.',
     [U('drugs_seized', 'crack_cocaine', 'huge quantities: no number'), U('drugs_seized', 'cocaine'),
      U('drugs_seized', 'heroin'), U('drugs_seized', 'cannabis'),
      U('weapons_seized', 'firearm', 'firearms: no number'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', 'a Samurai sword: a numbered part of a group with no figure'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a" taken to stand for the machete and knuckleduster too (doubtful)'),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', 'doubtful, as the machete')]),
)

# 40. Luton Today, Bedfordshire, one day's warrants, 1 September 2021 (not a national week)
add(U40, '', 'bedfordshire',
    ('Five warrants were carried out at various addresses across Luton yesterday (Wednesday), and £3,500 worth of cash was seized.',
     [F('warrants', '', 'count', 5), F('cash_seized', '', 'gbp', 3500, 'exact', '"£3,500 worth of cash"')]),
    ('Subsequently, one man from Luton was arrested on suspicion of conspiracy to supply drugs.',
     [F('arrests_male', '', 'people', 1)]),
    ('In relation to the operation, a number of warrants were carried out in July which resulted in the arrest of two men and the seizure of a firearm, blank firing ammunition and suppressor.',
     [U('warrants', '', 'a number of: no number', scope=('period', 'July, before the day reported')),
      F('arrests_male', '', 'people', 2, 'exact', '', scope=('period', 'July, before the day reported')),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', '', scope=('period', 'July, before the day reported')),
      U('weapons_seized', 'ammunition', 'blank firing ammunition: no number', scope=('period', 'July')),
      N(1, 'exact', 'a suppressor: a firearm part, no item (doubtful)')]),
)

# 41. Greatest Hits Beds, Bucks & Herts, Bedfordshire's cross-border roads operations (month not given; not a national week)
add(U41, '', 'bedfordshire',
    ('Fifteen people have been arrested and drugs, weapons and stolen property recovered in Bedfordshire, as part of cross-border operations targeting serious and organised crime.',
     [F('arrests', '', 'people', 15, 'exact', 'number in words'), U('drugs_seized'), U('weapons_seized')]),
    ('In one night of targeted activity alone, six arrests were made following proactive vehicle stops.',
     [F('arrests', '', 'people', 6, 'exact', '', scope=('part', 'one night, a part of the operations'))]),
    ('In Bedford, three men were arrested after suspected wraps of cocaine, a zombie knife and a bat were found in their vehicle.',
     [F('arrests_male', '', 'people', 3, 'exact', '', scope=('part', 'one vehicle stop in Bedford')),
      U('drugs_seized', 'cocaine', 'wraps: no number', scope=('part', 'one vehicle')),
      F('weapons_seized', 'zombie_knife', 'count', 1, 'exact', 'found: taken as seized', scope=('part', 'one vehicle')),
      F('weapons_seized', 'bat', 'count', 1, 'exact', '', scope=('part', 'one vehicle'))]),
)

# 42. West Bridgford Wire, Nottinghamshire, dawn raids on 29 July 2021 (not a national week)
add(U42, '', 'nottinghamshire',
    ('In the small hours of this morning police teams lined up to simultaneously swoop on three properties in Arnold and two others in Bestwood and Mansfield (Thursday 29 July 2021).',
     [F('warrants', '', 'count', 3, 'exact', 'raids on three properties (the page says warrants)', scope=('part', 'one town (Arnold)')),
      F('warrants', '', 'count', 2, 'exact', 'no sum is computed', scope=('part', 'two places (Bestwood and Mansfield)'))]),
    ('The coordinated raids resulted in three men, aged 20, 22 and 26, being arrested on suspicion of conspiracy to supply Class A drugs.',
     [F('arrests_male', '', 'people', 3, 'exact', '20, 22 and 26 are ages')]),
)

# 43. Chad, Nottinghamshire with Lincolnshire, warrants on 23 October 2022 (not a national week)
add(U43, '', 'nottinghamshire',
    ('Police have made three arrests and seized drugs after shutting down a County Lines operation',
     [F('arrests', '', 'people', 3), U('drugs_seized'),
      N(1, 'exact', 'a county lines operation shut down: not said to be one line')]),
    ('Officers from the force’s County Lines and Modern Slavery teams, led by Detective Sergeant Nicki Roddis-Ferrari, executed two warrants on Sunday, October 23, at the Shuttleworth House flat complex in Lincoln.',
     [F('warrants', '', 'count', 2, 'exact', 'October 23 is a date; in Lincolnshire, by Nottinghamshire\'s officers')]),
)

# 44. Chad, Nottinghamshire, one warrant in Sutton-in-Ashfield, 11 August 2021 (not a national week)
add(U44, '', 'nottinghamshire',
    ('Two women and a man were arrested - believed to be involved in the supply of class A drugs in the Sutton area as part of an identified county line.',
     [F('arrests_female', '', 'people', 2), F('arrests_male', '', 'people', 1, 'exact', 'no total is computed')]),
)

# 45. Worksop Guardian, Nottinghamshire, the NCA's county lines activity since September 2018 (early 2019)
SINCE18 = ('period', 'since the activity began in September 2018, not a week')
add(U45, '', 'nottinghamshire',
    ('Since its launch in September 2018, four warrants were executed in Nottinghamshire resulting in four arrests.',
     [F('warrants', '', 'count', 4, 'exact', '', scope=SINCE18), F('arrests', '', 'people', 4, 'exact', '', scope=SINCE18)]),
    ('Quantities of class A drugs and cash were seized along with a machete and a flick knife.',
     [U('drugs_seized', 'class_a', 'quantities: no number', scope=SINCE18), U('cash_seized', '', '', scope=SINCE18),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '', scope=SINCE18),
      F('weapons_seized', 'knife', 'count', 1, 'exact', 'a flick knife', scope=SINCE18)]),
    ('Safeguarding was also provided to a young child and further support provided to a vulnerable adult.',
     [F('safeguarded_juvenile', '', 'people', 1, 'exact', 'a young child', scope=SINCE18),
      F('safeguarded_adult', '', 'people', 1, 'exact', 'a vulnerable adult given support', scope=SINCE18)]),
)


def rows(P, strict, drop=(), start=1700):
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
    for name, strict in (('round16_figure.csv', False), ('round16_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
