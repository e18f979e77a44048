#!/usr/bin/env python3
"""Round 15: real county lines wording, labelled by hand (collector, 28 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round15_figure.csv
it is written as is (what the figure IS); in round15_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Where one sentence of a page is wholly about another force, that phrase is
given that force as source_force (so it is that force's own figure).
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


U1 = 'https://www.haslemereherald.com/news/surrey-police-mark-county-lines-intensification-week-567913'
U2 = 'https://www.wokingnewsandmail.co.uk/news/999/major-police-operation-disrupts-county-lines-drug-networks-across-surrey-817789'
U3 = 'https://hellorayo.co.uk/greatest-hits/surrey-east-hampshire/news/thousands-of-pounds-worth-of-drugs-and-cash-seized-in-county-lines-crackdown-across-surrey-and-hampshire'
U4 = 'https://www.southwalesargus.co.uk/news/23044903.weapons-700k-cocaine-seized-county-lines-operation/?ref=rss'
U5 = 'https://www.thestar.co.uk/news/crime/south-yorkshire-men-charged-with-drug-dealing-offences-in-crackdown-on-county-lines-and-child-exploitation-3879894'
U6 = 'https://www.yorkshirepost.co.uk/news/crime/humberside-police-shut-down-major-county-lines-drug-gangs-and-make-68-arrests-in-huge-country-wide-operation-3266472'
U7 = 'https://westbridgfordwire.com/13-arrests-in-police-operation-to-tackle-county-lines-drug-distribution/'
U8 = 'https://cheshpcc.mpw.cds.co.uk/news/latest-news/2019/01/Week-of-action-targets-county-lines-criminal-activity/'
U9 = 'https://thenantwichnews.co.uk/2022/10/13/cheshire-police-make-38-arrests-in-massive-county-lines-drugs-trade-crackdown/'
U10 = 'https://www.lincs.police.uk/news/lincolnshire/news/20252/jul/county-lines-crackdown-in-lincolnshire/'
U11 = 'https://www.lincolnshireworld.com/news/crime/police-target-county-lines-4815159'
U12 = 'https://www.lincs.police.uk/news/lincolnshire/news/2024/oct-2024/running-a-county-line-phone-weve-got-your-number/'
U13 = 'https://hellorayo.co.uk/greatest-hits/cumbria/news/pound10000-seized-in-week-long-county-lines-action-in-cumbria'
U14 = 'http://www.deeside.com/county-lines-flintshire-arrests-as-police-carry-out-targeted-week-of-action-against-drug-dealers/'
U15 = 'https://www.carmarthenshirenewsonline.com/nationalnews/72-arrests-made-and-over-100k-worth-of-drugs-seized-during-county-lines-week-of-action/'
U16 = 'https://www.cityoflondon.police.uk/news/city-of-london/news/2024/december/arrests-drugs-and-cash-seized-in-city-county-lines-crackdown/'
U17 = 'https://aldgateconnect.london/business-news/neighbourhood-update-from-the-city-of-london-police-2/'
U18 = 'http://www.standard.co.uk/news/crime/county-lines-police-arrests-london-suella-braverman-coventry-b1114774.html'
U19 = 'https://www.parikiaki.com/2023/10/met-close-down-92-drug-lines-during-week-of-action/'
U20 = 'https://www.staffordshire.police.uk/news/staffordshire/news/2022/october/twenty-five-arrests-eight-weapons-seized-and-11-people-safeguarded-during-week-of-action/'
U21 = 'https://www.stokesentinel.co.uk/news/stoke-on-trent-news/county-lines-drugs-crackdown-staffordshire-3446356'
U22 = 'https://www.staffordshire.police.uk/news/staffordshire/news/2024/december/drugs-seized-arrests-made-and-people-safeguarded-in-county-lines-crackdown/'
U23 = 'https://lichfieldlive.co.uk/2023/10/22/crackdown-sees-drugs-seized-from-county-lines-gangs-across-staffordshire/'
U24 = 'https://www.knutsfordguardian.co.uk/news/18261943.homes-raided-45-arrested-police-target-drugs-lines-across-regions/'
U25 = 'https://www.merseyside.police.uk/news/merseyside/news/2025/march-2025/37-arrests-following-two-day-county-lines-operation-across-wirral-and-liverpool/'
U26 = 'https://www.burnleyexpress.net/news/crime/lancashire-police-arrest-46-people-and-seize-thousands-of-pounds-worth-of-drugs-during-county-lines-intensification-week-3879182'
U27 = 'https://www.derbyshiretimes.co.uk/news/crime/police-arrest-13-and-uncover-large-quantity-of-drugs-cash-and-deadly-weapons-in-county-lines-raids-across-derbyshire-3885760'
U28 = 'https://salisburyradio.co.uk/news/local-news/drugs-and-cash-seized-in-latest-crack-down-on-criminal-gangs'
U29 = 'https://www.itv.com/news/westcountry/2022-11-29/five-people-arrested-in-west-country-drug-crackdown'
U30 = 'https://www.northantstelegraph.co.uk/news/fifteen-arrested-over-county-lines-drug-deals-northamptonshire-and-ps12000-seized-128572'
U31 = 'https://theedinburghreporter.co.uk/2021/05/police-engage-with-29-vulnerable-people-during-targeted-county-lines-operation/'
U32 = 'https://www.bbc.co.uk/news/uk-scotland-57267339'
U33 = 'https://nen.press/tag/police-operation/'
U34 = 'https://dundeenews.uk/?p=3865'
U35 = 'https://hellorayo.co.uk/greatest-hits/norfolk/news/norfolk-police-arrest-twelve-county-lines-week-action'
U36 = 'https://www.beyondradio.co.uk/news/local-news/dozens-arrested-in-lancashire-county-lines-blitz/'
U37 = 'https://www.eveningexpress.co.uk/fp/news/local/six-men-arrested-for-drug-possession-in-north-east-during-uk-wide-county-lines-crackdown/'
U38 = 'https://www.westerntelegraph.co.uk/news/20002949.massive-clampdowns-made-county-drugs-lines/?ref=rss'
U39 = 'https://www.beds.police.uk/news/bedfordshire/news/2022/november/county-drugs-line-raid-sees-arrests/'
U40 = 'https://beelocalmagazine.co.uk/county-lines-drug-shut-down'
U41 = 'https://thenorthernecho.co.uk/news/23043106.arrests-drugs-raids-across-darlington-county-durham'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


SINCE = ('period', 'since Centurion began in September 2020: not the week')
NAT = ('national', 'the UK\'s, not the force\'s')

# 1. Haslemere Herald, Surrey, October 2022
add(U1, '2022-10', 'surrey',
    ('They carried out 31 cuckooing prevention visits, safeguarded 40 vulnerable adults, engaged with more than 460 people at local community events, and completed almost 120 prevention and education visits at secondary schools, taxi firms, leisure centres and youth groups.',
     [F('cuckooed_addresses_visited', '', 'count', 31, 'exact', 'cuckooing prevention visits (as the Surrey 2023 phrase in found.csv)'),
      F('safeguarded_adult', '', 'people', 40, 'exact', 'vulnerable adults of unstated sex'),
      N(460, 'more_than', 'people of all ages at community events: no metric'),
      N(120, 'less_than', 'one figure for visits to schools, taxi firms, leisure centres and youth groups: several metrics')]),
    ('A total of 11 people were also arrested for various drugs offences, 76 people were proactively stopped and searched, more than 250 wraps of heroin and crack cocaine were seized, and more than £2000 in cash and assets were confiscated.',
     [F('arrests', '', 'people', 11),
      F('stop_searches', '', 'count', 76, 'exact', 'people stopped and searched: one stop and search each'),
      F('drugs_seized', '', 'wraps', 250, 'more_than', 'two drugs in one figure: all items'),
      N(2000, 'more_than', 'cash and assets in one figure: two metrics')]),
    ('This latest activity was carried out by the neighbourhood and proactive teams and is on top of the 119 county lines that Centurion, the dedicated county lines team, have successfully shut down since their creation in September 2020.',
     [F('lines_closed', '', 'count', 119, 'exact', 'shut down by the force\'s county lines team', scope=SINCE)]),
    ('This works out at just over one drugs line being closed per week.',
     [N(1, 'more_than', 'a rate per week since 2020, not a count')]),
)

# 2. Woking News & Mail, Surrey, June 2025
add(U2, '2025-06', 'surrey',
    ('The operation, part of a national push to disrupt County Lines activity, led to 16 arrests and 28 charges in Surrey.',
     [F('arrests', '', 'people', 16), F('charges', '', 'count', 28)]),
    ('Officers carried out six warrants, 61 stop and searches, and stopped 51 vehicles as part of the enforcement activity.',
     [F('warrants', '', 'count', 6), F('stop_searches', '', 'count', 61),
      N(51, 'exact', 'vehicles stopped, not seized')]),
    ('Substantial quantities of drugs were seized, including 122 grams of cocaine, 51 grams of crack cocaine, 34 grams of heroin, 25 grams of cannabis, and a canister of nitrous oxide.',
     [F('drugs_seized', 'cocaine', 'g', 122, 'exact', 'numbered parts of a group with no figure: no fact for the group (as f302)'), F('drugs_seized', 'crack_cocaine', 'g', 51),
      F('drugs_seized', 'heroin', 'g', 34), F('drugs_seized', 'cannabis', 'g', 25),
      N(1, 'exact', 'a canister of nitrous oxide: a container, no item (as found.csv\'s cannisters)')]),
    ('Three knives and an imitation firearm were also recovered, along with £8,400 in cash and £8,000 worth of illegal vapes and counterfeit tobacco.',
     [F('weapons_seized', 'knife', 'count', 3), F('weapons_seized', 'imitation_firearm', 'count', 1),
      F('cash_seized', '', 'gbp', 8400),
      N(8000, 'exact', 'illegal vapes and counterfeit tobacco: no metric')]),
    ('Police also seized a motorbike, a car, and an electric bicycle.',
     [F('vehicles_seized', '', 'count', 1, 'exact', 'a motorbike (no sum is computed, as f999)'),
      F('vehicles_seized', '', 'count', 1, 'exact', 'a car'),
      F('vehicles_seized', '', 'count', 1, 'exact', 'an electric bicycle taken as a vehicle (doubtful)')]),
    ('Twelve properties believed to have been ‘cuckooed’ - taken over by drug dealers - were visited, and seven drug ‘deal lines’ used by gangs to coordinate sales were taken out of operation.',
     [F('cuckooed_addresses_visited', '', 'count', 12, 'exact', 'properties believed cuckooed, visited'),
      F('lines_closed', '', 'count', 7, 'exact', 'deal lines taken out of operation')]),
)

# 3. Greatest Hits Surrey & East Hampshire, September 2020 (Surrey; one sentence is Hampshire's)
add(U3, '2020-09', 'surrey',
    ('Over 1,000 arrests were made and £1m worth of Class A drugs seized across the country.',
     [F('arrests', '', 'people', 1000, 'more_than', '', scope=NAT),
      F('drugs_seized', 'class_a', 'gbp', 1000000, 'exact', 'the hedge stands before the first number only', scope=NAT)]),
    ('In Surrey, 27 arrests were made, over £10k worth of crack cocaine and heroin seized plus unquantified amounts of cannabis, nearly £21k in cash was seized, designer trainers and clothing seized with a value of around £25k, and 37 mobile phones and two weapons were seized.',
     [F('arrests', '', 'people', 27),
      F('drugs_seized', '', 'gbp', 10000, 'more_than', 'two drugs in one figure: all items'),
      U('drugs_seized', 'cannabis', '"unquantified amounts"'),
      F('cash_seized', '', 'gbp', 21000, 'less_than'),
      F('assets_seized', 'designer_goods', 'gbp', 25000, 'approximately', 'designer trainers and clothing'),
      F('mobile_phones_seized', '', 'count', 37), F('weapons_seized', '', 'count', 2)]),
)
add(U3, '2020-09', 'hampshire',
    ('Hampshire Constabulary seized 166 grams of crack cocaine and over 88 wraps, 47 grams of heroin and over 85 wraps, 26 kg of cocaine and two wraps, 580 grams of cannabis, an additional £45,000 and more worth of suspected Class A drugs, over £47,000 in cash, over 10 weapons - mostly knives and a machete, a large quantity of suspected stolen goods and 51 mobile phones.',
     [F('drugs_seized', 'crack_cocaine', 'g', 166), F('drugs_seized', 'crack_cocaine', 'wraps', 88, 'more_than'),
      F('drugs_seized', 'heroin', 'g', 47), F('drugs_seized', 'heroin', 'wraps', 85, 'more_than'),
      F('drugs_seized', 'cocaine', 'g', 26000, 'exact', '26 kg as published (may be a slip for 26g; kept)'),
      F('drugs_seized', 'cocaine', 'wraps', 2),
      F('drugs_seized', 'cannabis', 'g', 580),
      F('drugs_seized', 'class_a', 'gbp', 45000, 'at_least', '"£45,000 and more": at least'),
      F('cash_seized', '', 'gbp', 47000, 'more_than'),
      F('weapons_seized', '', 'count', 10, 'more_than'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', 'a numbered part of the weapons; knives inside the group figure add no fact'),
      F('mobile_phones_seized', '', 'count', 51)]),
)

# 4. South Wales Argus, Gwent, South Wales and Dyfed-Powys together (Tarian's area), October 2022
add(U4, '2022-10', 'tarian',
    ("MORE than seven kilos of cocaine, 50 mobile phones and an array of weapons have been seized in Gwent and across South Wales as part of a nationwide crackdown on 'county lines' gangs.",
     [F('drugs_seized', 'cocaine', 'g', 7000, 'more_than', 'three forces together: Tarian\'s area'),
      F('mobile_phones_seized', '', 'count', 50, 'exact', 'the hedge stands before the first number only'),
      U('weapons_seized', '', 'an array of weapons: no number')]),
    ('During the week of action, officers in Gwent, South Wales and Dyfed-Powys Police forces arrested 46 people and safeguarded 24 vulnerable people.',
     [F('arrests', '', 'people', 46), F('safeguarded', '', 'people', 24)]),
    ('Officers also engaged with children, parents and professionals to highlight the danger of involvement in county lines activity and delivered county lines awareness sessions to more than 1,000 multi-agency partners and 11,000 children.',
     [N(1000, 'more_than', 'professionals, not children'),
      F('children_engaged', '', 'people', 11000, 'exact', 'the hedge stands before the first number only')]),
)

# 5. The Star, Humberside (and South Yorkshire), October 2022
add(U5, '2022-10', 'humberside',
    ('The action was taken by Humberside Police last week in national County Lines Intensification Week, during which the force executed several warrants, arrested 12 people and charged five of them in connection with drug dealing and the exploitation of children into organised crime.',
     [U('warrants', '', 'several: no number'), F('arrests', '', 'people', 12), F('charged', '', 'people', 5)]),
    ('During the week of action, Humberside Police seized over £8,500 worth of drugs, over £7,000 of cash and weapons including a machete.',
     [F('drugs_seized', '', 'gbp', 8500, 'more_than', 'drugs of no named kind: all items'),
      F('cash_seized', '', 'gbp', 7000, 'more_than'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', 'a numbered part of a group with no figure (as f302)')]),
)
add(U5, '2022-10', 'south_yorkshire',
    ('As part of the same nationwide initiative, South Yorkshire Police seized over £650,000 worth of drugs and made 21 arrests.',
     [F('drugs_seized', '', 'gbp', 650000, 'more_than', 'all items'), F('arrests', '', 'people', 21)]),
    ('Cannabis plants with a value of over £640,000 were recovered across South Yorkshire, along with £6,500 of Class A drugs, a quantity of cash and 13 weapons including knives and knuckle dusters.',
     [F('drugs_seized', 'cannabis', 'gbp', 640000, 'more_than', 'cannabis plants by value'),
      F('drugs_seized', 'class_a', 'gbp', 6500),
      U('cash_seized', '', 'a quantity: no number'),
      F('weapons_seized', '', 'count', 13, 'exact', 'items inside the group figure add no fact')]),
    ('South Yorkshire Police also visited 10 properties that have been identified as being ‘cuckooed’ and the residents of the properties have been safeguarded.',
     [F('cuckooed_addresses_visited', '', 'count', 10),
      U('safeguarded', '', 'the residents: no number')]),
)

# 6. Yorkshire Post, Humberside: a two-month operation that tied in with the May 2021 week
TWO = ('period', 'the two-month operation (19 days in April and May), not the week')
add(U6, '2021-05', 'humberside',
    ('Of those arrested, 45 have since been charged with offences relating to the possession and supply of drugs, while police say they are confident more charges will follow.',
     [F('charged', '', 'people', 45, 'exact', '', scope=TWO)]),
    ('The operation, which spanned the whole of the UK, involved 30 warrants served in Hull, Bradford and London.',
     [F('warrants', '', 'count', 30, 'exact', '', scope=TWO)]),
    ('“Our teams have, as a direct result of this operation, managed to dismantle four county lines and already secured guilty pleas from six men who were at the head of these crime groups and facilitated the supply of class A drugs.',
     [F('lines_closed', '', 'count', 4, 'exact', '', scope=TWO),
      N(6, 'exact', 'men pleading guilty: no metric')]),
    ('The operation tied in with the National County Lines Intensification Week, where a further 79 people were arrested across the Humberside Police force area and a large quantity of drugs were seized, along with £1300 of cash.',
     [F('arrests', '', 'people', 79, 'exact', 'the week\'s own arrests'),
      U('drugs_seized', '', 'a large quantity: no number, all items'),
      F('cash_seized', '', 'gbp', 1300)]),
)

# 7. West Bridgford Wire, Nottinghamshire, May 2021
add(U7, '2021-05', 'nottinghamshire',
    ('Thirteen suspected dealers, drug runners or recruiters have been arrested as part of enforcement activity to target and disrupt county lines drug supply.',
     [F('arrests', '', 'people', 13, 'exact', 'number in words')]),
    ('Dedicated officers also identified six vulnerable people whose safety and well-being was severely at risk.',
     [F('safeguarded', '', 'people', 6, 'exact', 'vulnerable people identified (as f995); the next sentence says they were safeguarded')]),
    ('The force was also able to seize 186 wraps of class A drugs (heroin and cocaine) which are due to be forensically tested, as well as seizing £2,250 cash and mobile phones which are awaiting to be examined.',
     [F('drugs_seized', 'class_a', 'wraps', 186, 'exact', '"class A drugs (heroin and cocaine)": class A'),
      F('cash_seized', '', 'gbp', 2250),
      U('mobile_phones_seized', '', 'no number')]),
    ('Eight weapons including knives and batons were also recovered during the proactive week.',
     [F('weapons_seized', '', 'count', 8, 'exact', 'items inside the group figure add no fact')]),
    ('Officers arrested a 23-year-old man and a 28-year-old woman after a vehicle was stopped in Walnut Drive in Bramcote after being suspected of being involved in drug supply.',
     [F('arrests_male', '', 'people', 1, 'exact', 'a man; 23 and 28 are ages', scope=('part', 'one vehicle stop in one street')),
      F('arrests_female', '', 'people', 1, 'exact', 'a woman', scope=('part', 'one vehicle stop in one street')),
      N(1, 'exact', 'a vehicle stopped, not seized')]),
    ('A teenager was also arrested in Newark on suspicion of possession with intent to supply after being seen getting off the bus and walking to an address that has been linked to recent county lines drug supply.',
     [F('arrests', '', 'people', 1, 'exact', 'a teenager (may be 18 or 19, so not arrests_under_18, as f388)', scope=('part', 'one arrest in one town'))]),
)

# 8. Cheshire PCC, Cheshire, January 2019
add(U8, '2019-01', 'cheshire',
    ('A week of action to focus on county lines criminal activity saw more than 30 arrests made in Cheshire as officers prevented and disrupted those committing serious and organised crime within our local communities.',
     [F('arrests', '', 'people', 30, 'more_than')]),
    ('Officers across the force arrested 31 people for a range of offences including drugs and possessing offensive weapons.',
     [F('arrests', '', 'people', 31)]),
    ('The drugs recovered were heroin, crack cocaine and cannabis while officers also seized weapons including knives, a machete, a sword, a crowbar and a baseball bat.',
     [U('drugs_seized', 'heroin'), U('drugs_seized', 'crack_cocaine'), U('drugs_seized', 'cannabis'),
      U('weapons_seized', 'knife', 'no group figure: items named are unquantified (as f302)'),
      F('weapons_seized', 'machete', 'count', 1), F('weapons_seized', 'sword', 'count', 1),
      F('weapons_seized', 'other_weapon', 'count', 1, 'exact', 'a crowbar'),
      F('weapons_seized', 'bat', 'count', 1, 'exact', 'a baseball bat')]),
    ('As part of the action approximately £2500 cash was also seized.',
     [F('cash_seized', '', 'gbp', 2500, 'approximately')]),
)

# 9. The Nantwich News, Cheshire, October 2022
add(U9, '2022-10', 'cheshire',
    ('Officers arrested 38 people mostly on suspicion of drug offences as well as some for possession of a knife and driving offences.',
     [F('arrests', '', 'people', 38),
      N(1, 'exact', 'a knife in an offence, not said to be seized')]),
    ('And a least 23 people were identified as being vulnerable and at risk of criminal exploitation by drug gangs.',
     [F('safeguarded', '', 'people', 23, 'at_least', '"a least": sic (at least); identified as vulnerable (as f995)')]),
    ('Police recovered 63 mobile phones, three vehicles, seven knives and eight other weapons including an air pistol and air rifle.',
     [F('mobile_phones_seized', '', 'count', 63), F('vehicles_seized', '', 'count', 3),
      F('weapons_seized', 'knife', 'count', 7),
      F('weapons_seized', 'other_weapon', 'count', 8, 'exact', '"other weapons" (as f143)'),
      F('weapons_seized', 'air_weapon', 'count', 1, 'exact', 'an air pistol: a numbered part of the eight'),
      F('weapons_seized', 'air_weapon', 'count', 1, 'exact', '"an" taken to stand for the air rifle too (doubtful)')]),
    ('Twenty addresses were identified and visited by officers linked to cuckooing – a term used to describe how organised crime groups either befriend, manipulate or force themselves into the homes lived in by vulnerable people to use the property to store and sell heroin and crack cocaine.',
     [F('cuckooed_addresses_visited', '', 'count', 20)]),
)

# 10. Lincolnshire Police, June 2025
add(U10, '2025-06', 'lincolnshire',
    ("A crackdown on County Lines drugs gangs in Lincolnshire has led to 18 arrests, two 'lines' closed down, thousands of pounds of cash seized - and most importantly, the safeguarding of 27 vulnerable people at risk of being exploited.",
     [F('arrests', '', 'people', 18), F('lines_closed', '', 'count', 2),
      U('cash_seized', '', 'thousands of pounds: no number'),
      F('safeguarded', '', 'people', 27)]),
    ('In one case, a man was charged and remanded in connection with an investigation in the supply of class A drugs in the Grantham area, as well as a suspected modern slavery offence.',
     [F('charged', '', 'people', 1, 'exact', 'a man charged; not said to be charged with the slavery offence', scope=('part', 'one case'))]),
)

# 11. Lincolnshire World, Lincolnshire with BTP and the Met, 2-3 October 2024 (not a national week)
add(U11, '', 'lincolnshire',
    ('There were 24 arrests with three warrants carried out to raid premises in Sleaford and two in Lincoln.',
     [F('arrests', '', 'people', 24),
      F('warrants', '', 'count', 3, 'exact', 'no sum is computed', scope=('part', 'one town (Sleaford)')),
      F('warrants', '', 'count', 2, 'exact', '', scope=('part', 'one town (Lincoln)'))]),
    ('An estimated £12,000 of cash and drugs were seized, two imitation firearms and several knives seized while six children and ten adults were safeguarded, including one vulnerable man.',
     [N(12000, 'approximately', 'cash and drugs in one figure: two metrics'),
      F('weapons_seized', 'imitation_firearm', 'count', 2),
      U('weapons_seized', 'knife', 'several: no number'),
      F('safeguarded_juvenile', '', 'people', 6), F('safeguarded_adult', '', 'people', 10),
      F('safeguarded_adult_male', '', 'people', 1, 'exact', 'a numbered part of the ten adults (doubtful: "including one vulnerable man")')]),
)

# 12. Lincolnshire Police, the same operation, October 2024 (not a national week)
add(U12, '', 'lincolnshire',
    ('More than 100 stop checks, 24 arrests, and five warrants have been carried out this week as we tackle suspected County Lines drug operations – but most importantly, six children and ten adults have been protected from future harm.',
     [N(100, 'more_than', 'stop checks (stops, not searches, as f451)'),
      F('arrests', '', 'people', 24, 'exact', 'the hedge stands before the first number only'),
      F('warrants', '', 'count', 5),
      F('safeguarded_juvenile', '', 'people', 6, 'exact', 'protected from harm'),
      F('safeguarded_adult', '', 'people', 10)]),
)

# 13. Greatest Hits Cumbria, March 2024
add(U13, '2024-03', 'cumbria',
    ('£10,000 was seized and vulnerable people were safeguarded during a week-long intensified focus on the issue of county lines drugs crime in Cumbria.',
     [F('cash_seized', '', 'gbp', 10000, 'exact', 'a bare sum seized: cash (as f337); the page says it was found in one car'),
      U('safeguarded', '', 'no number')]),
    ('The arrest of four people in the Stainmore area, with a quantity of suspected MCAT – otherwise known as mephedrone – seized.',
     [F('arrests', '', 'people', 4, 'exact', '', scope=('part', 'one area (Stainmore)')),
      U('drugs_seized', 'other_drug', 'mephedrone', scope=('part', 'one area'))]),
    ('The seizure of cocaine and a baton torch weapon as a man was arrested in Carlisle.',
     [U('drugs_seized', 'cocaine', '', scope=('part', 'one arrest in Carlisle')),
      F('weapons_seized', 'other_weapon', 'count', 1, 'exact', 'a baton torch weapon (a disguised weapon, not a bat; doubtful)', scope=('part', 'one arrest')),
      F('arrests_male', '', 'people', 1, 'exact', 'a man', scope=('part', 'one arrest in Carlisle'))]),
    ('The seizure of £10,000 from under the driver’s seat of a car that had visited Carlisle from outside the county.',
     [F('cash_seized', '', 'gbp', 10000, 'exact', 'a bare sum: cash', scope=('part', 'one car'))]),
    ('Arrest of a teenager on suspicion of possession of drugs with intent to supply after large quantity of cannabis was seized in Carlisle.',
     [F('arrests', '', 'people', 1, 'exact', 'a teenager (may be 18 or 19)', scope=('part', 'one arrest in Carlisle')),
      U('drugs_seized', 'cannabis', '', scope=('part', 'one seizure'))]),
)

# 14. Deeside.com, North Wales, May 2021
add(U14, '2021-05', 'north_wales',
    ('Twenty-one people were arrested by North Wales Police in Flintshire, Wrexham, and Denbighshire.',
     [F('arrests', '', 'people', 21, 'exact', 'number in words')]),
    ('A machete, cash and Class A drugs were seized during a number of raids.',
     [F('weapons_seized', 'machete', 'count', 1), U('cash_seized'), U('drugs_seized', 'class_a'),
      U('warrants', '', 'a number of raids: no number')]),
    ('3 County lines dismantled', [F('lines_closed', '', 'count', 3)]),
    ('47 stop searches of vehicles and persons', [F('stop_searches', '', 'count', 47)]),
    ('3 vulnerable people identified, who we will now aim to protect from further criminal exploitation',
     [F('safeguarded', '', 'people', 3, 'exact', 'identified as vulnerable (as f995)')]),
    ('Cash and class A drugs, including crack cocaine, seized',
     [U('cash_seized'), U('drugs_seized', 'class_a'),
      U('drugs_seized', 'crack_cocaine', 'named with no number outside any figure')]),
)

# 15. Carmarthenshire News Online, Tarian (southern Wales), February-March 2023
add(U15, '2023-02', 'tarian',
    ('72 arrests made and over £100k worth of drugs seized during county lines week of action',
     [F('arrests', '', 'people', 72),
      F('drugs_seized', '', 'gbp', 100000, 'more_than', 'headline; all items')]),
    ('Four drugs lines dismantled', [F('lines_closed', '', 'count', 4)]),
    ('A number of vehicles and mobile phones seized',
     [U('vehicles_seized', '', 'a number of: no number'), U('mobile_phones_seized', '', 'no number')]),
    ('28 vulnerable children and adults identified and safeguarded',
     [F('safeguarded', '', 'people', 28, 'exact', 'children and adults together')]),
)

# 16. City of London Police, November-December 2024
add(U16, '2024-11', 'city_of_london',
    ('Sixteen people were arrested and two drug lines dismantled by City of London Police officers during the latest County Lines intensification week.',
     [F('arrests', '', 'people', 16), F('lines_closed', '', 'count', 2)]),
    ('Officers seized a large quantity of wraps of cocaine, 36 bags of cannabis, crystal meth and 20 bags of MDMA.',
     [U('drugs_seized', 'cocaine', 'a large quantity of wraps: no number'),
      N(36, 'exact', 'bags: a container, no unit of the catalogue (as f024)'),
      U('drugs_seized', 'other_drug', 'crystal meth'),
      N(20, 'exact', 'bags of MDMA: a container, no unit (as f024)')]),
    ('Also seized were three knives, an air pistol and £11,700 in cash.',
     [F('weapons_seized', 'knife', 'count', 3), F('weapons_seized', 'air_weapon', 'count', 1, 'exact', 'an air pistol'),
      F('cash_seized', '', 'gbp', 11700)]),
    ('One of the suspects targeted was arrested after officers seized a substantial amount of cocaine and cannabis and over £7,000.',
     [F('arrests', '', 'people', 1, 'exact', '', scope=('part', 'one suspect')),
      U('drugs_seized', 'cocaine', '', scope=('part', 'one suspect')),
      U('drugs_seized', 'cannabis', '', scope=('part', 'one suspect')),
      F('cash_seized', '', 'gbp', 7000, 'more_than', 'a bare sum: cash', scope=('part', 'one suspect'))]),
    ('The driver was arrested for possession with intent to supply class A and B drugs and officers seized a mobile phone and two large nitrous oxide cannisters.',
     [F('arrests', '', 'people', 1, 'exact', 'the driver', scope=('part', 'one vehicle stop')),
      F('mobile_phones_seized', '', 'count', 1, 'exact', '', scope=('part', 'one vehicle stop')),
      N(2, 'exact', 'nitrous oxide cannisters (sic): a container, no item')]),
)

# 17. Aldgate Connect (City of London Police newsletter, March 2023): the February-March 2023 week
add(U17, '2023-02', 'city_of_london',
    ('The operation led to three positive stop and searches along with several stop and account requests as part of reassurance and welfare patrols.',
     [N(3, 'exact', 'positive stop and searches: only those that found something, a part of the stop and searches (as drug trafficking charges are a part of charges); week taken from "county lines awareness week" in a March 2023 update (doubtful)')]),
)

# 18. Evening Standard, the Met, October 2023
add(U18, '2023-10', 'metropolitan',
    ('Around 290 people have been arrested and £900,000 worth of drugs seized in Scotland Yard’s continuing war on county lines gangs.',
     [F('arrests', '', 'people', 290, 'approximately'),
      F('drugs_seized', '', 'gbp', 900000, 'exact', 'the hedge stands before the first number only; all items')]),
    ('Ninety-two criminal networks supplying crack, cocaine and heroin from London to smaller towns and cities were dismantled in just one week.',
     [F('lines_closed', '', 'count', 92, 'exact', 'criminal networks dismantled: lines closed (the Met\'s 92 drug lines; as f070 "county lines networks")')]),
    ('Across the capital, detectives recovered £214,568 in cash.',
     [F('cash_seized', '', 'gbp', 214568)]),
    ('Glock pistols were among 17 firearms and 56 weapons seized in the action between October 9 and 15.',
     [F('weapons_seized', 'firearm', 'count', 17, 'exact', 'Glock pistols inside the figure add no fact; October 9 and 15 are dates'),
      F('weapons_seized', '', 'count', 56, 'exact', 'weapons listed beside the firearms: no total is computed')]),
    ('Officers also safeguarded 110 young people exploited to courier drugs to locations as far away as Weymouth, Andover, Luton, High Wycombe, Sevenoaks and Swanley.',
     [F('safeguarded_juvenile', '', 'people', 110, 'exact', 'young people (as f059, f205); the Met\'s own release says 110 people')]),
    ('Nine officers in full riot gear used an enforcer battering ram to smash down the front door shouting: “Police officers, search warrant. Stay where you are.”',
     [N(9, 'exact', 'officers at one raid')]),
)

# 19. Parikiaki, the Met, October 2023 (the page's lists run together; split where the items meet)
add(U19, '2023-10', 'metropolitan',
    ('A week of action to tackle ‘county lines’ by the Met has resulted in more than 290 arrests, 110 people safeguarded, the seizure of 16.9kg worth of suspected drugs and the closure of 92 drug lines.',
     [F('arrests', '', 'people', 290, 'more_than'),
      F('safeguarded', '', 'people', 110, 'exact', 'the hedge stands before the first number only'),
      F('drugs_seized', '', 'g', 16900, 'exact', '"16.9kg worth of": a mass; all items'),
      F('lines_closed', '', 'count', 92)]),
    ('163 people with a total of 377 charges and 287 drug trafficking charges',
     [F('charged', '', 'people', 163, 'exact', 'people with charges: charged (the verb is missing on the page, sic?)'),
      F('charges', '', 'count', 377),
      N(287, 'exact', 'drug trafficking charges: a part of the charges (as f740)')]),
    ('238 charges for Class A drugs and 49 for Class B drugs',
     [N(238, 'exact', 'charges for class A: a part of the charges; class words are not a seizure'),
      N(49, 'exact', 'charges for class B: a part of the charges')]),
    ('9,878 people engaged in drug lines training and awareness events',
     [N(9878, 'exact', 'people of all ages at events: no metric')]),
    ('17 firearms including Glock’s, revolvers, imitation firearms and live ammunition',
     [F('weapons_seized', 'firearm', 'count', 17, 'exact', 'items inside the group figure add no fact; "Glock’s": sic')]),
    ('56 weapons including Zombie knives, machetes, and swords',
     [F('weapons_seized', '', 'count', 56)]),
    ('7.6kg Class A drugs', [F('drugs_seized', 'class_a', 'g', 7600)]),
    ('9.3kg Class B drugs', [F('drugs_seized', 'class_b', 'g', 9300)]),
)

# 20. Staffordshire Police, October 2022
add(U20, '2022-10', 'staffordshire',
    ('More than 5kg in drugs have been seized after local officers completed a national week of action to tackle county lines criminality.',
     [F('drugs_seized', '', 'g', 5000, 'more_than', 'all items')]),
    ('By Monday (10 October) officers seized over 5kg of cocaine, nearly 18 grams of crack cocaine, 10.5 grams of heroin, over 1,300 cannabis plants, two machetes, three knives, a knuckle duster and two batons.',
     [F('drugs_seized', 'cocaine', 'g', 5000, 'more_than'),
      F('drugs_seized', 'crack_cocaine', 'g', 18, 'less_than'),
      F('drugs_seized', 'heroin', 'g', 10.5),
      F('drugs_seized', 'cannabis', 'plants', 1300, 'more_than'),
      F('weapons_seized', 'machete', 'count', 2), F('weapons_seized', 'knife', 'count', 3),
      F('weapons_seized', 'knuckle_duster', 'count', 1), F('weapons_seized', 'bat', 'count', 2, 'exact', 'batons')]),
    ('Twenty-five arrests were made within Staffordshire, with six individuals being remanded into custody ahead of future court appearances.',
     [F('arrests', '', 'people', 25), N(6, 'exact', 'people remanded: no metric')]),
    ('Police forces across the UK have closed 172 county lines used by criminals to distribute drugs across the county.',
     [F('lines_closed', '', 'count', 172, 'exact', '', scope=NAT)]),
    ('The previous intensification week saw 104 lines closed.',
     [F('lines_closed', '', 'count', 104, 'exact', 'the UK\'s, in the previous week', scope=('period', 'the previous week (and the UK\'s)'))]),
    ('Over 1,350 people have been arrested nationally, with over £2.7 million worth of drugs seized across the seven-day period.',
     [F('arrests', '', 'people', 1350, 'more_than', '', scope=NAT),
      F('drugs_seized', '', 'gbp', 2700000, 'more_than', 'all items', scope=NAT)]),
    ('This was made possible by dedicated officers who worked tirelessly to compile covert intelligence and disrupt those responsible - resulting in three major drug lines being stopped.',
     [F('lines_closed', '', 'count', 3, 'exact', 'drug lines stopped')]),
)

# 21. Stoke Sentinel, Staffordshire, October 2019
add(U21, '2019-10', 'staffordshire',
    ("Police in Staffordshire made 30 arrests and charged five people during a week long crackdown on 'County Lines' drug activity in the county.",
     [F('arrests', '', 'people', 30), F('charged', '', 'people', 5)]),
    ('Six weapons were seized during the operation along with 210 deals of crack cocaine, 64 deals of heroin, 15 deals of cannabis and a total of £3,000 in cash.',
     [F('weapons_seized', '', 'count', 6),
      F('drugs_seized', 'crack_cocaine', 'wraps', 210, 'exact', 'deals: wraps'),
      F('drugs_seized', 'heroin', 'wraps', 64), F('drugs_seized', 'cannabis', 'wraps', 15),
      F('cash_seized', '', 'gbp', 3000)]),
    ("A total of seven vulnerable people, including two juveniles, were 'safeguarded' as police visited three cuckooed addresses.",
     [F('safeguarded', '', 'people', 7), F('safeguarded_juvenile', '', 'people', 2),
      F('cuckooed_addresses_visited', '', 'count', 3)]),
)

# 22. Staffordshire Police, November-December 2024
add(U22, '2024-11', 'staffordshire',
    ('We have seized more than £9,000 worth of drugs, arrested 37 suspects and safeguarded 21 people as part of a crackdown on county lines activity in Staffordshire.',
     [F('drugs_seized', '', 'gbp', 9000, 'more_than', 'all items'),
      F('arrests', '', 'people', 37), F('safeguarded', '', 'people', 21)]),
    ('We seized an estimated £9,600-worth of crack cocaine, heroin and cocaine across Staffordshire, alongside a number of prohibited and dangerous weapons, an imitation firearm and £11,500 in cash.',
     [F('drugs_seized', '', 'gbp', 9600, 'approximately', 'three drugs in one figure: all items'),
      U('weapons_seized', '', 'a number of: no number'),
      F('weapons_seized', 'imitation_firearm', 'count', 1),
      F('cash_seized', '', 'gbp', 11500)]),
    ('A significant drug line operating in Cannock was shut down as a result of this activity.',
     [F('lines_closed', '', 'count', 1, 'exact', 'one line named; not said to be the week\'s total', scope=('part', 'one line in one town'))]),
    ('We visited almost 50 addresses across the force that were potentially linked to cuckooing, a method used by organised gangs to exploit vulnerable people in their own homes.',
     [F('cuckooed_addresses_visited', '', 'count', 50, 'less_than', 'addresses potentially linked to cuckooing, taken as suspected cuckooed addresses (as round 14\'s "addresses where cuckooing has been suspected"); doubtful')]),
)

# 23. Lichfield Live, Staffordshire, October 2023
add(U23, '2023-10', 'staffordshire',
    ('A crackdown by police across Staffordshire has seen drugs worth more than £75,000 seized.',
     [F('drugs_seized', '', 'gbp', 75000, 'more_than', 'all items')]),
    ('The week-long campaign targeting county lines gangs – which use children and vulnerable people to move drugs from large cities to smaller towns and rural areas – also saw 14 people safeguarded by officers.',
     [F('safeguarded', '', 'people', 14)]),
    ('Drugs such as cocaine and heroin were seized in raids across the county along with weapons, £5,000 in cash and more than 930 cannabirs plants, while 26 people were arrested.',
     [U('drugs_seized', 'cocaine', 'named in a group with no figure'), U('drugs_seized', 'heroin'),
      U('weapons_seized', '', 'no number'),
      F('cash_seized', '', 'gbp', 5000),
      F('drugs_seized', 'cannabis', 'plants', 930, 'more_than', '"cannabirs": sic'),
      F('arrests', '', 'people', 26)]),
    ('“Nine were charged and remanded with offences ranging from possession with intent to supply class A drugs, acquiring criminal property and producing cannabis.”',
     [F('charged', '', 'people', 9, 'exact', 'charged and remanded')]),
)

# 24. Knutsford Guardian, Merseyside's Project Medusa with three forces and BTP, 25 February 2020 (not a national week)
OTH = lambda who: ('national', 'another force\'s (%s) in a Merseyside-led operation' % who)
WHOLE = ('national', 'the whole multi-force operation\'s; Merseyside made 36')
add(U24, '', 'merseyside',
    ('Forty six people were arrested for various drugs offences yesterday (Tuesday, 25 February) as Merseyside Police was supported by British Transport Police (BTP) as well as officers from Lancashire, Cumbria and Police Scotland.',
     [F('arrests', '', 'people', 46, 'exact', '25 February is a date', scope=WHOLE)]),
    ('Officers arrested 36 people on Merseyside; five from Lancashire; two in Cumbria and officers from British Transport Police arrested three people on the rail network.',
     [F('arrests', '', 'people', 36, 'exact', 'Merseyside\'s own'),
      F('arrests', '', 'people', 5, 'exact', '', scope=OTH('Lancashire')),
      F('arrests', '', 'people', 2, 'exact', '', scope=OTH('Cumbria')),
      F('arrests', '', 'people', 3, 'exact', '', scope=OTH('British Transport Police'))]),
    ('Officers have also recovered significant quantities of Class A drugs, cash (more than £20,000 was recovered from one address in Liverpool) and phones.',
     [U('drugs_seized', 'class_a', 'significant quantities: no number', scope=WHOLE),
      U('cash_seized', '', '', scope=WHOLE),
      F('cash_seized', '', 'gbp', 20000, 'more_than', '', scope=('part', 'one address in Liverpool')),
      U('mobile_phones_seized', '', '', scope=WHOLE)]),
    ('An imitation firearm was also recovered from an address in Lancashire.',
     [F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', '', scope=OTH('Lancashire'))]),
)

# 25. Merseyside Police, a two-day operation on Wirral and in Liverpool, 4-5 March 2025 (not a national week)
add(U25, '', 'merseyside',
    ('The operation resulted in 37 arrests, 103 stop searches and Class A and B drugs seized.',
     [F('arrests', '', 'people', 37), F('stop_searches', '', 'count', 103),
      U('drugs_seized', '', 'Class A and B: all items, no number')]),
    ('As well as arrests, 24 vulnerable children and adults were engaged with and referred to safeguarding services.',
     [F('safeguarded', '', 'people', 24, 'exact', 'children and adults together'),
      F('safeguarding_referrals', '', 'people', 24, 'exact', 'referred to safeguarding services (as f470)')]),
)

# 26. Burnley Express, Lancashire, October 2022
add(U26, '2022-10', 'lancashire',
    ('Last week, 46 people were arrested, cash, weapons and mobile phones were seized and suspected Class A and Class B drugs were recovered from across Lancashire, as part of a major national operation to crack down on County Lines offenders.',
     [F('arrests', '', 'people', 46), U('cash_seized'), U('weapons_seized'), U('mobile_phones_seized'),
      U('drugs_seized', 'class_a'), U('drugs_seized', 'class_b')]),
    ('Thousands of pounds worth of Class A and Class B drugs were seized along with cash, 20 mobile phones, four machetes, six knives, a hunting knife, and a knuckleduster.',
     [U('drugs_seized', '', 'thousands of pounds: no number; Class A and B: all items'),
      U('cash_seized'), F('mobile_phones_seized', '', 'count', 20),
      F('weapons_seized', 'machete', 'count', 4), F('weapons_seized', 'knife', 'count', 6),
      F('weapons_seized', 'knife', 'count', 1, 'exact', 'a hunting knife (no sum is computed)'),
      F('weapons_seized', 'knuckle_duster', 'count', 1)]),
)

# 27. Derbyshire Times, Derbyshire, October 2022
add(U27, '2022-10', 'derbyshire',
    ('During a week of action to tackle County Lines drug networks at the start of October, Derbyshire Police undertook a series of planned warrants and arrested 13 people – six of whom were later charged and remanded to court.',
     [U('warrants', '', 'a series: no number'), F('arrests', '', 'people', 13), F('charged', '', 'people', 6)]),
    ('Two were arrested in Brunswick Street, Pilsley and three were taken into custody in Ilkeston Road, Heanor.',
     [F('arrests', '', 'people', 2, 'exact', '', scope=('part', 'one street')),
      F('arrests', '', 'people', 3, 'exact', 'taken into custody', scope=('part', 'one street'))]),
    ('A further three were arrested in West Park Court, Long Eaton, along with five individuals in Buxton – two in South Street, two in Bath Road and one in High Street.',
     [F('arrests', '', 'people', 3, 'exact', '', scope=('part', 'one street')),
      F('arrests', '', 'people', 5, 'exact', '', scope=('part', 'one town (Buxton)')),
      F('arrests', '', 'people', 2, 'exact', '', scope=('part', 'one street')),
      F('arrests', '', 'people', 2, 'exact', '', scope=('part', 'one street')),
      F('arrests', '', 'people', 1, 'exact', '', scope=('part', 'one street'))]),
    ('A large quantity of Crack Cocaine, Heroin and other class A and B drugs were recovered, as well as £2500 in cash and a variety of weapons – including knives, a machete, knuckle duster and an axe.',
     [U('drugs_seized', 'crack_cocaine', 'a large quantity: no number'), U('drugs_seized', 'heroin'),
      U('drugs_seized', '', '"other class A and B drugs": Class A and B, all items (doubtful)'),
      F('cash_seized', '', 'gbp', 2500),
      U('weapons_seized', 'knife', 'no group figure: items named are unquantified (as f302)'),
      F('weapons_seized', 'machete', 'count', 1),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', '"a machete, knuckle duster": the article taken to stand for both (doubtful)'),
      F('weapons_seized', 'axe', 'count', 1)]),
    ('13 people were taken into custody after a number of warrants were executed.',
     [F('arrests', '', 'people', 13, 'exact', 'photo caption; taken into custody'), U('warrants', '', 'a number of: no number')]),
)

# 28. Salisbury Radio, Wiltshire's part of Operation Scorpion, 30 September-4 October 2024 (not a national week)
add(U28, '', 'wiltshire',
    ('More than £95,000 worth of drugs were seized and 23 people arrested during a week-long series of targeted raids in Wiltshire.',
     [F('drugs_seized', '', 'gbp', 95000, 'more_than', 'all items'),
      F('arrests', '', 'people', 23, 'exact', 'the hedge stands before the first number only')]),
    ('Large quantities* of heroin, crack and cocaine, along with a Samurai sword were recovered in the latest phase of Operation Scorpion – an initiative involving the South West’s five police forces.',
     [U('drugs_seized', 'heroin', 'large quantities: no number; "*" a footnote mark on the page'),
      U('drugs_seized', 'crack_cocaine', 'crack'), U('drugs_seized', 'cocaine'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', 'a Samurai sword'),
      N(5, 'exact', 'police forces of the region')]),
    ('- six adults and seven children safeguarded (this is where multi-agency measures are put in place to ensure they are protected from possible further criminality).',
     [F('safeguarded_adult', '', 'people', 6), F('safeguarded_juvenile', '', 'people', 7)]),
)

# 29. ITV West Country, Wiltshire's part of Operation Scorpion, 23-27 November 2022 (not a national week)
add(U29, '', 'wiltshire',
    ('Five people have been arrested in Wiltshire, as part of a large-scale crackdown on county lines drug dealing.',
     [F('arrests', '', 'people', 5)]),
    ('Four men and one woman were arrested by officers, as part of the third phase of Operation Scorpion, a regional initiative targeting illegal activity between 23 and 27 November.',
     [F('arrests_male', '', 'people', 4), F('arrests_female', '', 'people', 1, 'exact', '"third" is an ordinal; 23 and 27 November are dates')]),
    ('The operation ran across the five forces in the South West – Wiltshire, Avon and Somerset, Devon and Cornwall, Dorset and Gloucester, in partnership with charity Crimestoppers.',
     [N(5, 'exact', 'forces of the region')]),
    ('Police seized £2000 in cash and approximately £4000 worth of class-A drugs.',
     [F('cash_seized', '', 'gbp', 2000),
      F('drugs_seized', 'class_a', 'gbp', 4000, 'approximately')]),
)

# 30. Northants Telegraph, Northamptonshire, January 2019
add(U30, '2019-01', 'northamptonshire',
    ('Fifteen people with links to county lines drug gangs were arrested by officers in Northamptonshire.',
     [F('arrests', '', 'people', 15, 'exact', 'number in words')]),
    ('As well as making the arrests officers also recovered a Stanley knife, baseball bat, cocaine, heroin, crack cocaine, almost £12,000 cash and two vehicles.',
     [F('weapons_seized', 'knife', 'count', 1, 'exact', 'a Stanley knife'),
      F('weapons_seized', 'bat', 'count', 1, 'exact', '"a Stanley knife, baseball bat": the article taken to stand for the bat too (doubtful)'),
      U('drugs_seized', 'cocaine'), U('drugs_seized', 'heroin'), U('drugs_seized', 'crack_cocaine'),
      F('cash_seized', '', 'gbp', 12000, 'less_than'),
      F('vehicles_seized', '', 'count', 2)]),
    ('Nationally the number of lines has increased to around 2,000 and children aged between 15 and 17 make up the bulk of vulnerable people involved in county lines, with both girls and boys are being groomed and exploited.',
     [N(2000, 'approximately', 'lines operating nationally, not closed; 15 and 17 are ages; "are being": sic')]),
)

# 31. Edinburgh Reporter, Police Scotland, May 2021
add(U31, '2021-05', 'police_scotland',
    ('During the national intensification week between Monday 17 and Sunday 23 May 2021 – co-ordinated by the National Police Chiefs Council (NPCC) – proactive action by officers in Scotland saw engagement with 29 vulnerable people and 64 addresses, believed to be used for the purposes of cuckooing, visited.',
     [F('safeguarded', '', 'people', 29, 'exact', 'vulnerable people engaged with'),
      F('cuckooed_addresses_visited', '', 'count', 64, 'exact', 'addresses believed cuckooed; 17, 23 May 2021 are dates')]),
    ('20 people were arrested and controlled drugs – heroin, cocaine, crack cocaine and cannabis with an estimated street value of £40,000 – were seized.',
     [F('arrests', '', 'people', 20),
      F('drugs_seized', '', 'gbp', 40000, 'approximately', 'four drugs in one figure: all items')]),
    ('Offensive weapons, including a Taser, two machetes and two large knives, a number of mobile phones, a laptop and almost £500 of counterfeit cash, were seized.',
     [F('weapons_seized', 'taser', 'count', 1), F('weapons_seized', 'machete', 'count', 2),
      F('weapons_seized', 'knife', 'count', 2),
      U('mobile_phones_seized', '', 'a number of: no number'),
      F('assets_seized', 'electronics', 'count', 1, 'exact', 'a laptop'),
      N(500, 'less_than', 'counterfeit cash: not cash seized')]),
    ('A package containing high-purity cocaine, with a street value of more than £25,000, was intercepted ...',
     [F('drugs_seized', 'cocaine', 'gbp', 25000, 'more_than', '', scope=('part', 'one package'))]),
)

# 32. BBC News, Police Scotland, May 2021 (other wording of the same week)
add(U32, '2021-05', 'police_scotland',
    ('Police in Scotland made 20 arrests and seized drugs worth £65,000 during a UK-wide crackdown on county lines crime gangs.',
     [F('arrests', '', 'people', 20), F('drugs_seized', '', 'gbp', 65000, 'exact', 'drugs of no named kind: all items (the Edinburgh Reporter gives £40,000 for the week\'s drugs)')]),
    ('The haul included an intercepted package of cocaine which led to the recovery of £40,000 of cannabis from a house in Dingwall.',
     [U('drugs_seized', 'cocaine', 'an intercepted package: no quantity', scope=('part', 'one package')),
      F('drugs_seized', 'cannabis', 'gbp', 40000, 'exact', '', scope=('part', 'one house in Dingwall'))]),
    ('The week-long UK offensive led to 1,100 arrests.',
     [F('arrests', '', 'people', 1100, 'exact', '', scope=NAT)]),
    ('It triggered a property search in Dingwall that led to the recovery of cannabis worth about £40,000 and the arrest of a 32-year-old man.',
     [F('drugs_seized', 'cannabis', 'gbp', 40000, 'approximately', '', scope=('part', 'one property search')),
      F('arrests_male', '', 'people', 1, 'exact', 'a man; 32 is an age', scope=('part', 'one property search'))]),
)

# 33. NEN, Police Scotland, October 2023
add(U33, '2023-10', 'police_scotland',
    ('During the UK-wide initiative – co-ordinated by the National Police Chiefs Council (NPCC) – officers in Scotland safeguarded 17 vulnerable people and engaged with another 650.',
     [F('safeguarded', '', 'people', 17),
      N(650, 'exact', '"engaged with another 650": people of no stated vulnerability, not said to be safeguarded (doubtful)')]),
    ('373 addresses believed to be used for the purposes of cuckooing were also visited',
     [F('cuckooed_addresses_visited', '', 'count', 373)]),
    ('25 people were arrested for a variety of offences including; being in possession of a firearm and ammunition, attempted murder and the supply of illegal drugs.',
     [F('arrests', '', 'people', 25, 'exact', '"including;": sic; the firearm is an offence, not a seizure')]),
    ('In addition 18 warrants were executed.', [F('warrants', '', 'count', 18)]),
    ('Cocaine with a street value of over £250,000, heroin with a street value of £33,000 and crack cocaine with a street value of almost £30,000, was seized.',
     [F('drugs_seized', 'cocaine', 'gbp', 250000, 'more_than'),
      F('drugs_seized', 'heroin', 'gbp', 33000),
      F('drugs_seized', 'crack_cocaine', 'gbp', 30000, 'less_than')]),
    ('Cannabis, a quantity of tablets and over £220,000 in cash were also recovered.',
     [U('drugs_seized', 'cannabis'), F('cash_seized', '', 'gbp', 220000, 'more_than')]),
    ('Illegal drugs and offensive weapons, including a firearm, were also recovered.',
     [U('drugs_seized', '', 'no number: all items'),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', 'a numbered part of a group with no figure (as f302)')]),
)

# 34. Dundee News, Police Scotland, November-December 2024
add(U34, '2024-11', 'police_scotland',
    ('The UK-wide crackdown, spearheaded by the National Police Chiefs Council, resulted in the identification and protection of 66 vulnerable people between November 25 and December 1.',
     [F('safeguarded', '', 'people', 66, 'exact', 'identified and protected; November 25 and December 1 are dates')]),
    ('During the operation, law enforcement officers seized drugs worth a staggering £322,000, including heroin, crack cocaine, cocaine, cannabis, ketamine, synthetic opioids, and more.',
     [F('drugs_seized', '', 'gbp', 322000, 'exact', 'all items; drugs inside the figure add no fact')]),
    ('Additionally, weapons such as an axe, corrosives, a machete, lock knives, and pepper spray were confiscated.',
     [F('weapons_seized', 'axe', 'count', 1),
      U('weapons_seized', 'other_weapon', 'corrosives'),
      F('weapons_seized', 'machete', 'count', 1),
      U('weapons_seized', 'knife', 'lock knives: no group figure, items named are unquantified (as f302)'),
      U('weapons_seized', 'cs_spray', 'pepper spray')]),
    ('The police arrested a total of 81 individuals, comprising 60 men and 21 women, with 54 warrants executed.',
     [F('arrests', '', 'people', 81), F('arrests_male', '', 'people', 60),
      F('arrests_female', '', 'people', 21), F('warrants', '', 'count', 54)]),
)

# 35. Greatest Hits Norfolk, Norfolk, March 2024
add(U35, '2024-03', 'norfolk',
    ("Norfolk Police tell us they've arrested twelve people and shut down at least two county lines phone networks - as part of a national week of action against county lines drug gangs.",
     [F('arrests', '', 'people', 12, 'exact', 'number in words'),
      F('lines_closed', '', 'count', 2, 'at_least', 'county lines phone networks shut down')]),
    ("Class A drugs, knives and a hammer were seized as part of warrants that were carried out in Norwich, Thetford, King's Lynn and Great Yarmouth last week.",
     [U('drugs_seized', 'class_a'), U('weapons_seized', 'knife'),
      F('weapons_seized', 'other_weapon', 'count', 1, 'exact', 'a hammer (as f520)'),
      U('warrants', '', 'no number')]),
)

# 36. Beyond Radio, Lancashire (a national week "earlier this month"; the page does not say which)
add(U36, '', 'lancashire',
    ('Fifty people have been arrested, cash, weapons and mobile phones seized and drugs recovered as part of a major police crackdown.',
     [F('arrests', '', 'people', 50, 'exact', 'number in words; the week is not stated on the page'),
      U('cash_seized'), U('weapons_seized'), U('mobile_phones_seized'), U('drugs_seized', '', 'all items')]),
    ('During the week earlier this month, 39 men and five women were arrested, along with six people aged under 18.',
     [F('arrests_male', '', 'people', 39), F('arrests_female', '', 'people', 5),
      F('arrests_under_18', '', 'people', 6, 'exact', '18 is an age bound')]),
    ('Thousands of pounds worth of Class A and Class B drugs were seized along with thousands of pounds in cash, 40 mobile phones, and 17 weapons.',
     [U('drugs_seized', '', 'thousands of pounds: no number; Class A and B: all items'),
      U('cash_seized', '', 'thousands of pounds: no number'),
      F('mobile_phones_seized', '', 'count', 40), F('weapons_seized', '', 'count', 17)]),
    ('Police also visited almost 40 addresses suspected of being used for cuckooing – the practice where someone’s home is taken over by criminals to prepare or deal drugs.',
     [F('cuckooed_addresses_visited', '', 'count', 40, 'less_than')]),
)

# 37. Evening Express, Police Scotland's North East, May 2021
add(U37, '2021-05', 'police_scotland',
    ('Six men have been arrested in the north-east for drug possession during a nationwide crackdown.',
     [F('arrests_male', '', 'people', 6, 'exact', '', scope=('part', 'one region of Police Scotland (the north-east)'))]),
    ('Officers in Scotland arrested 20 people and seized more than £20,000, along with weapons and a number of other items.',
     [F('arrests', '', 'people', 20),
      F('cash_seized', '', 'gbp', 20000, 'more_than', 'a bare sum seized: cash (the force says cash)'),
      U('weapons_seized', '', 'no number')]),
    ('And also in the north-east, two men aged 31 and 25 years old were arrested for possessing cannabis, with officers seizing a total of £1,000 from them.',
     [F('arrests_male', '', 'people', 2, 'exact', '31 and 25 are ages', scope=('part', 'two men in the north-east')),
      F('cash_seized', '', 'gbp', 1000, 'exact', 'a bare sum: cash', scope=('part', 'two men'))]),
)

# 38. Western Telegraph, Dyfed-Powys, March 2022
add(U38, '2022-03', 'dyfed_powys',
    ('Dyfed-Powys Police officers have launched a massive clampdown on the county drugs line, which has seen a child freed from potential exploitation and a major drugs operation nipped in the bud.',
     [F('safeguarded_juvenile', '', 'people', 1, 'exact', 'a child freed from potential exploitation (as round 14)')]),
    ('The County Lines Intensification Week (7-13 March) also ensured that around 2,500 people who are at risk of being exploited by drugs gangs were educated about the dangers of county line operations.',
     [N(2500, 'approximately', 'people educated (schoolchildren to hotel owners): not children engaged, not safeguarded; 7-13 March are dates')]),
    ('During the County Lines Intensification Week, seven drug arrests were made, 100 wraps of heroin and crack cocaine were seized, as well as £2,500 in cash and three mobile phones which will be examined to establish if they are deal lines.',
     [F('arrests', '', 'people', 7),
      F('drugs_seized', '', 'wraps', 100, 'exact', 'two drugs in one figure: all items'),
      F('cash_seized', '', 'gbp', 2500),
      F('mobile_phones_seized', '', 'count', 3, 'exact', 'not yet known to be deal lines')]),
    ('Of those arrested during the County Lines Intensification Week, three people have been bailed and four have been released under investigation.',
     [N(3, 'exact', 'people bailed: no metric'),
      F('released_under_investigation', '', 'people', 4)]),
    ('DCI Roberts went on to say that one male person claimed to be the victim of exploitation and sold drugs under duress and threats of violence from an organised crime group.',
     [N(1, 'exact', 'a man claiming to be a victim: not said to be safeguarded')]),
)

# 39. Bedfordshire Police, a joint operation with Northamptonshire, 22 November 2022 (not a national week)
add(U39, '', 'bedfordshire',
    ('Around £2,000 cash has been seized and a large knife recovered after two police forces joined forces to target a suspected county drugs line across Luton and Northamptonshire.',
     [F('cash_seized', '', 'gbp', 2000, 'approximately', 'the operation\'s, not split by force (as f1090)'),
      F('weapons_seized', 'knife', 'count', 1, 'exact', 'a large knife'),
      N(2, 'exact', 'police forces')]),
    ('The early morning operation on Tuesday (22 November) involved warrants at eight properties across both areas and resulted in the arrest of three men and a teenage boy on suspicion of conspiracy to supply Class A drugs.',
     [F('warrants', '', 'count', 8, 'exact', 'warrants at eight properties; both forces\' areas, not split'),
      F('arrests_male', '', 'people', 3),
      N(1, 'exact', 'a teenage boy: a teenager may be 18 or 19 (as f388)')]),
    ('Two vulnerable people were safeguarded, and several mobile phones and around £2,000 in cash were also seized by police.',
     [F('safeguarded', '', 'people', 2),
      U('mobile_phones_seized', '', 'several: no number'),
      F('cash_seized', '', 'gbp', 2000, 'approximately')]),
)

# 40. Bee Local Magazine, BTP with Bedfordshire Police, a two-day operation on 20-21 January (year not given; not a national week)
ONE = ('part', 'one man stopped in Bedford')
add(U40, '', 'british_transport_police',
    ('In Bedford on 21 January, plain clothes officers from BTP’s County Lines Taskforce stopped and searched a 36-year-old man.',
     [F('stop_searches', '', 'count', 1, 'exact', 'a man stopped and searched; 36 is an age', scope=ONE)]),
    ('He was found to be in possession of 37 wraps of crack cocaine and heroin, along with a burner-style phone, and was arrested on suspicion of possessing Class A drugs with intent to supply.',
     [F('drugs_seized', '', 'wraps', 37, 'exact', 'two drugs in one figure: all items', scope=ONE),
      F('mobile_phones_seized', '', 'count', 1, 'exact', 'a burner-style phone', scope=ONE),
      F('arrests', '', 'people', 1, 'exact', '', scope=ONE)]),
    ('Officers then attended his address to conduct a search and found an imitation firearm, 65 grams of cannabis in sandwich bags, and more than £2,000 in cash.',
     [F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', 'found: taken as seized', scope=('part', 'one address')),
      F('drugs_seized', 'cannabis', 'g', 65, 'exact', '', scope=('part', 'one address')),
      F('cash_seized', '', 'gbp', 2000, 'more_than', '', scope=('part', 'one address'))]),
    ('A total of 12 arrests were made connected to drug supply across the two days, plus seizures of Class A and B drugs, a samurai sword and other bladed weapons.',
     [F('arrests', '', 'people', 12, 'exact', 'the two-day joint operation\'s'),
      U('drugs_seized', '', 'Class A and B: all items, no number'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', 'a samurai sword'),
      U('weapons_seized', 'knife', 'other bladed weapons: no number')]),
)

# 41. The Northern Echo, Durham (Darlington), October 2022
add(U41, '2022-10', 'durham',
    ('A crackdown of suspected ‘county lines’ gangs last week resulted in 19 people being arrested, tens of thousands of pounds worth of drugs seized, weapons recovered, and several children protected.',
     [F('arrests', '', 'people', 19),
      U('drugs_seized', '', 'tens of thousands of pounds: no number, all items'),
      U('weapons_seized', '', 'no number'),
      U('safeguarded_juvenile', '', 'several children: no number')]),
    ('“Most importantly though, we have safeguarded eight innocent and vulnerable people – including five young children – who were present at addresses where there was evidence of frequent drug use.”',
     [F('safeguarded', '', 'people', 8), F('safeguarded_juvenile', '', 'people', 5)]),
)


def rows(P, strict, drop=(), start=1500):
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
    for name, strict in (('round15_figure.csv', False), ('round15_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
