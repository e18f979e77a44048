#!/usr/bin/env python3
"""Round 17: real county lines wording, labelled by hand (collector, 28 Nov 2026, session 22).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round17_figure.csv
it is written as is (what the figure IS); in round17_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 16 (same helpers, same conventions).
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


U1 = 'https://www.bridportnews.co.uk/news/22567790.dorset-police-arrest-12-people-fight-drug-crimes-county/?ref=rss'
U2 = 'https://www.stourbridgenews.co.uk/news/18484733.hundreds-arrests-330-000-drugs-seized---police-battle-county-lines-gangs/'
U3 = 'https://www.dorsetecho.co.uk/news/17383490.drugs-haul-and-arrests-made-by-weymouth-and-portland-police/'
U4 = 'https://inkl.com/news/arrests-made-as-police-target-county-lines-supply-between-liverpool-and-weymouth'
U5 = 'https://www.gwent.police.uk/news/gwent/news/news/2021/may/thousands-of-cash-seized-and-13-arrests-made-in-county-lines-crackdown/'
U6 = 'https://www.avonandsomerset.police.uk/news/2022/10/18-arrests-made-during-county-lines-intensification-week/'
U7 = 'https://www.avonandsomerset.police.uk/news/2021/06/county-lines-week-of-action-results-in-16-arrests-and-the-dismantling-of-four-active-county-lines/'
U8 = 'https://bathvoice.co.uk/2024/03/15/bath-voice-news-police-smash-county-lines-drug-network-in-raids-across-bath-bristol-and-the-west-in-move-to-destroy-criminal-networks'
U9 = 'https://www.gloucestershire-pcc.gov.uk/commissioners-working-together-to-make-south-west-noplacefordrugs/'
U10 = 'https://stroudtimes.com/more-arrests-cash-and-drugs-seized-in-police-raids/'
U11 = 'https://www.thetrafficseo.com/gloucestershire-news/car-had-class-a-drugs-heroin-and-crack-cocaine-inside-worth-700k/'
U13 = 'https://www.burnleyexpress.net/news/crime/arrests-made-as-cash-drugs-and-weapons-seized-across-east-lancashire-as-part-of-county-lines-crackdown-4906839'
U14 = 'https://eyeonsouthport.co.uk/county-lines-intensification-week-19-arrested-drugs-and-weapons-seized-in-south-lancashire'
U15 = 'https://feeds.bbci.co.uk/news/articles/c3gg6155mq6o'
U16 = 'https://feeds.bbci.co.uk/news/articles/ceq0jpzw59wo'
U17 = 'https://www.northwales.police.uk/news/north-wales/news/news/2021/may/county-lines-targeted-across-north-wales/'
U20 = 'https://www.stokesentinel.co.uk/news/stoke-on-trent-news/county-lines-drugs-crackdown-staffordshire-3446356'
U21 = 'https://www.lincs.police.uk/news/lincolnshire/news/2022/oct-2022/drugs-crime-disrupted-thanks-to-pro-active-police-work/'
U22 = 'https://surrey.police.uk/news/officers-outinforce-to-disrupt-organised-crime/'
U23 = 'https://www.iambirmingham.co.uk/2020/06/17/82-children-rescued-clutches-drug-gangs-20-drugs-networks-smashed/'
U24 = 'https://birminghamtimes.co.uk/county-lines-work-protecting-children-from-drugs-gangs/'
U25 = 'http://www.pressreader.com/uk/birmingham-post/20200604/281758451512227'
U26 = 'https://policeprofessional.com/news/more-than-80-arrests-by-btp-officers-tackling-county-lines-drug-trafficking'
U27 = 'https://en.brinkwire.com/environment/police-make-more-than-900-arrests-since-the-start-of-btp-county-lines/'
U28 = 'http://www.pressreader.com/uk/rail-uk/20200826/282772063945473'
U29 = 'https://www.peterboroughtoday.co.uk/news/crime/nine-arrested-as-police-crack-down-on-drug-dealing-in-peterborough-and-stamford-4605574'
U30 = 'https://www.humberside.police.uk/news/45-charged-major-operation-close-down-%E2%80%98county-lines%E2%80%99-organised-drugs-networks'
U31 = 'https://northderbyshireradio.com/many-arrests-made-in-war-on-drugs-in-derbyshire/'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. Bridport News, Dorset, August (the page's year 2022): a month's results, not a week
MONTH = ('period', 'a month (August), not a week')
add(U1, '', 'dorset',
    ('TWELVE arrests were made for drugs offences last month - including one relating to coercing children into illegal activity.',
     [F('arrests', '', 'people', 12, 'exact', 'number in capitals', scope=MONTH),
      F('arrests', '', 'people', 1, 'exact', 'one of the twelve (coercing children)', scope=('part', 'one of the month\'s twelve arrests'))]),
    ('During August, Dorset Police officers carried out 46 disruptions to active county lines; carried out 33 safe and well checks – ensuring vulnerable people – especially children and young people – are kept safe within their own homes; safeguarded 19 people – providing longer term protection to vulnerable people (including children) who have been impacted by county lines activity; and made 12 arrests - a number of people were arrested in relation the supply of Class A and Class B drugs, including one which related to coercing children into committing drug-related assaults.',
     [N(46, 'exact', 'disruptions counted (events), not lines closed (as round 16\'s "176 disruptions"); doubtful'),
      F('welfare_visits', '', 'count', 33, 'exact', 'safe and well checks', scope=MONTH),
      F('safeguarded', '', 'people', 19, 'exact', '', scope=MONTH),
      F('arrests', '', 'people', 12, 'exact', '"in relation the supply": sic', scope=MONTH),
      F('arrests', '', 'people', 1, 'exact', 'one of the twelve', scope=('part', 'one of the month\'s twelve arrests'))]),
)

# 2. Stourbridge News, Dorset's West Dorset County Lines Team, 8 August 2018 - 27 May 2020
TEAM = ('period', 'the team\'s first 21 months (August 2018 - May 2020), not a week')
add(U2, '', 'dorset',
    ('Hundreds of thousands of pounds worth of drugs have been seized by a police team in Dorset since its creation less than two years ago.',
     [U('drugs_seized', '', 'hundreds of thousands of pounds: no number', scope=TEAM)]),
    ('It has been revealed that from August 8, 2018 to May 27, 2020 the team made more than 300 arrests and has conducted more than 450 searches of people.',
     [F('arrests', '', 'people', 300, 'more_than', '', scope=TEAM),
      F('stop_searches', '', 'count', 450, 'more_than', 'searches of people taken as stop and searches (doubtful)', scope=TEAM)]),
    ('During that period, the team also seized drugs with a street value of more than £330,000, with the average drug seizure being worth more than £2,200.',
     [F('drugs_seized', '', 'gbp', 330000, 'more_than', 'all items', scope=TEAM),
      N(2200, 'more_than', 'an average seizure\'s worth, not a total')]),
    ('Police have also seized more than £95,000 in cash.',
     [F('cash_seized', '', 'gbp', 95000, 'more_than', '', scope=TEAM)]),
    ('The team managed to proactively safeguard more than 130 children since its inception, either because they are directly or indirectly involved in county lines, or through other vulnerabilities that required intervention or assessment by police and partner agencies.',
     [F('safeguarded_juvenile', '', 'people', 130, 'more_than', '', scope=TEAM)]),
    ('More than 260 referrals were made by the team to its partner agencies.',
     [F('safeguarding_referrals', '', 'people', 260, 'more_than', 'referrals to partner agencies taken as safeguarding referrals (doubtful: referrals, not people)', scope=TEAM)]),
)

# 3. Dorset Echo, Weymouth and Portland's team since 8 August "last year" (early 2019)
SINCE_AUG = ('period', 'since 8 August 2018 (some five months), not a week')
add(U3, '', 'dorset',
    ('In that period the team have seized drugs with a street value of more than £100,000 along with more than £24,000 in cash.',
     [F('drugs_seized', '', 'gbp', 100000, 'more_than', 'all items', scope=SINCE_AUG),
      F('cash_seized', '', 'gbp', 24000, 'more_than', '', scope=SINCE_AUG)]),
    ('29 weapons have been seized.',
     [F('weapons_seized', '', 'count', 29, 'exact', '', scope=SINCE_AUG)]),
    ('This included combat knives, crossbows, and containers of noxious fluids, such as ammonia.',
     [U('weapons_seized', 'knife', 'combat knives, inside the 29', scope=SINCE_AUG),
      U('weapons_seized', 'crossbow', 'inside the 29', scope=SINCE_AUG)]),
    ('78 people have been arrested, 48 per cent of whom were from outside of Dorset, suspected of working for county lines networks.',
     [F('arrests', '', 'people', 78, 'exact', '', scope=SINCE_AUG),
      N(48, 'exact', 'a share (per cent), not a count')]),
    ('More than 30 addresses have had their risk reduced with more people who are homeless, sofa surfing or in temporary accommodation being subject to positive intervention.',
     [N(30, 'more_than', 'addresses whose risk was reduced: not said to be cuckooed addresses visited')]),
)

# 4. inkl (Liverpool Echo), Dorset in a South West week of action (about January 2023; not a national week)
add(U4, '', 'dorset',
    ('Dorset Police took part in a week of action which led to 23 arrests, including a man from Liverpool.',
     [F('arrests', '', 'people', 23),
      F('arrests_male', '', 'people', 1, 'exact', 'a man: one of the 23', scope=('part', 'one arrest of the week\'s 23'))]),
    ('During the week of action, officers in Dorset also seized over £7,000 worth of suspected class A drugs and a large quantity of suspected class B drugs, over £8,000 in cash suspected to be linked to criminality, eight mobile phones suspected to be involved in co-ordinating drug deals and two knives.',
     [F('drugs_seized', 'class_a', 'gbp', 7000, 'more_than'),
      U('drugs_seized', 'class_b', 'a large quantity: no number'),
      F('cash_seized', '', 'gbp', 8000, 'more_than'),
      F('deal_line_phones_seized', '', 'count', 8, 'exact', 'phones involved in co-ordinating drug deals'),
      F('weapons_seized', 'knife', 'count', 2)]),
)

# 5. Gwent Police, May 2021 national week (17-23 May)
add(U5, '2021-05', 'gwent',
    ('More than £14,000 cash has been seized and 13 people arrested as part of the latest week of action to tackle county lines in Gwent.',
     [F('cash_seized', '', 'gbp', 14000, 'more_than'), F('arrests', '', 'people', 13)]),
    ('Activity included warrants at two addresses in Newport.',
     [F('warrants', '', 'count', 2, 'exact', 'warrants at two addresses', scope=('part', 'one town (Newport); "activity included"'))]),
)

# 6. Avon and Somerset Police, October 2022 national week (3-9 October)
add(U6, '2022-10', 'avon_and_somerset',
    ('18 arrests linked to county lines activity',
     [F('arrests', '', 'people', 18)]),
    ('109 welfare visits completed, with people identified to be at risk from county lines offered help and advice.',
     [F('welfare_visits', '', 'count', 109)]),
    ('Four cuckooed addresses were found, and vulnerable householders safeguarded and supported',
     [N(4, 'exact', 'cuckooed addresses found, not visited (as round 16\'s f258 reading)'),
      U('safeguarded', '', 'householders safeguarded: no number')]),
    ('Thousands of pounds in cash, Class A and Class B drugs, firearms and weapons seized, including zombie knives, a machete, an axe and homemade offensive weapons',
     [U('cash_seized', '', 'thousands of pounds: no number'), U('drugs_seized', 'class_a'), U('drugs_seized', 'class_b'),
      U('weapons_seized', 'firearm'), U('weapons_seized', 'zombie_knife'),
      F('weapons_seized', 'machete', 'count', 1), F('weapons_seized', 'axe', 'count', 1),
      U('weapons_seized', 'other_weapon', 'homemade offensive weapons')]),
    ('30 assets including phones and laptops linked to organised crime and county lines seized',
     [F('assets_seized', '', 'count', 30, 'exact', 'items inside the group figure add no fact')]),
)

# 7. Avon and Somerset Police, May 2021 national week (page June 2021)
add(U7, '2021-05', 'avon_and_somerset',
    ('The operation resulted in the dismantling of four active County Lines running between London and Somerset, as well as 16 people being arrested for a number of offences, including possession with intent to supply drugs, being concerned with the supply of drugs and conspiracy to supply drugs.',
     [F('lines_closed', '', 'count', 4, 'exact', 'lines dismantled, with the Met and West Midlands Police'),
      F('arrests', '', 'people', 16)]),
    ('Officers seized weapons, a large quantity of drugs and over £20k in cash, as well as 26 mobile phones.',
     [U('weapons_seized'), U('drugs_seized'), F('cash_seized', '', 'gbp', 20000, 'more_than', '"£20k"'),
      F('mobile_phones_seized', '', 'count', 26)]),
    ('In partnership with housing providers and support workers, officers visited 62 addresses thought to have previously been cuckooed or at risk of being cuckooed in the future.',
     [F('cuckooed_addresses_visited', '', 'count', 62)]),
    ('Officers spoke to 35 adults considered at risk of being exploited by dealers to offer support and signpost them to relevant services.',
     [F('safeguarded_adult', '', 'people', 35, 'exact', 'adults at risk spoken to and signposted')]),
    ('Officers also used the week as an opportunity to engage with communities and young people about the issue, visiting 11 schools to provide help, information and guidance about gangs, grooming and exploitation.',
     [F('schools_visited', '', 'count', 11)]),
)

# 8. Bath Voice, Avon and Somerset, March 2024 national week (4-10 March)
add(U8, '2024-03', 'avon_and_somerset',
    ('13 people were arrested.', [F('arrests', '', 'people', 13)]),
    ('More than £35,000 of Class A drugs', [F('drugs_seized', 'class_a', 'gbp', 35000, 'more_than')]),
    ('£145,000 of cannabis', [F('drugs_seized', 'cannabis', 'gbp', 145000)]),
    ('Five prohibited weapons.', [F('weapons_seized', '', 'count', 5)]),
    ('More than £25,000 of cash', [F('cash_seized', '', 'gbp', 25000, 'more_than')]),
    ('Luxury watches suspected to be proceeds of crime', [U('assets_seized', 'watch')]),
    ('Thirty-one visits were made, some with partners such as council officers, to addresses where cuckooing has been suspected or previously carried out, to help keep people safe from harm.',
     [F('cuckooed_addresses_visited', '', 'count', 31, 'exact', 'number in words')]),
    ('Officers and staff also carried out 29 engagement visits across Avon and Somerset, delivering education and awareness events, at schools, colleges, and youth clubs as well as in public places such as train stations and parks, to raise awareness of the dangers of drugs and county lines.',
     [F('engagement_events', '', 'count', 29, 'exact', 'engagement visits delivering education and awareness events (doubtful: visits, not events; some at schools)')]),
)

# 9. Gloucestershire PCC, the first Operation Scorpion (a week's covert raids; not a national week)
add(U9, '', 'gloucestershire',
    ('£130,000 worth drugs have been seized in a series of covert operations across Gloucestershire.',
     [F('drugs_seized', '', 'gbp', 130000, 'exact', '"worth drugs": sic')]),
    ('A number of organised crime groups have been disrupted and 19 people arrested following a series of raids code-named ‘Scorpion.’',
     [F('arrests', '', 'people', 19)]),
    ('Gloucestershire’s Police and Crime Commissioner (PCC) says a series of joint raids in which more than £130K worth of drugs were seized and 19 people arrested, confirms that the Constabulary is determined to tackle all drugs-related crime.',
     [F('drugs_seized', '', 'gbp', 130000, 'more_than', '"£130K"'), F('arrests', '', 'people', 19)]),
    ('11 warrants executed', [F('warrants', '', 'count', 11)]),
    ('2 drug lines disrupted', [F('lines_closed', '', 'count', 2, 'exact', 'lines disrupted (as round 16)')]),
    ('£130,000 of drugs seized, including 15grams cocaine (£1,500), 197 grams crack (£19,270), 1kg heroin (£100,000), £10k cannabis and ketamine.',
     [F('drugs_seized', '', 'gbp', 130000),
      F('drugs_seized', 'cocaine', 'g', 15, 'exact', '"15grams" written together'),
      F('drugs_seized', 'cocaine', 'gbp', 1500),
      F('drugs_seized', 'crack_cocaine', 'g', 197), F('drugs_seized', 'crack_cocaine', 'gbp', 19270),
      F('drugs_seized', 'heroin', 'g', 1000, 'exact', '1kg'), F('drugs_seized', 'heroin', 'gbp', 100000),
      F('drugs_seized', '', 'gbp', 10000, 'exact', '"£10k cannabis and ketamine": two drugs in one figure, all items (doubtful: it may be the cannabis alone)')]),
    ('20 vulnerability checks completed.',
     [F('welfare_visits', '', 'count', 20, 'exact', 'vulnerability checks taken as welfare checks (doubtful)')]),
)

# 10. Stroud Times, the South West's Operation Vanquish totals, 25 November - 1 December 2024
REG = ('national', 'the five South West forces together, not Gloucestershire\'s')
add(U10, '2024-11', 'gloucestershire',
    ('More than 90 people were arrested and £40,000 cash seized during a week of activity across the South West targeting the illegal drugs trade and child criminal exploitation.',
     [F('arrests', '', 'people', 90, 'more_than', '', scope=REG),
      F('cash_seized', '', 'gbp', 40000, 'more_than', 'the list gives £47,863', scope=REG)]),
    ('95 people were arrested', [F('arrests', '', 'people', 95, 'exact', '', scope=REG)]),
    ('£47,863 cash was seized', [F('cash_seized', '', 'gbp', 47863, 'exact', '', scope=REG)]),
    ('37kg of cannabis, plus 564 cannabis plants were seized',
     [F('drugs_seized', 'cannabis', 'g', 37000, 'exact', '', scope=REG),
      F('drugs_seized', 'cannabis', 'plants', 564, 'exact', '', scope=REG)]),
    ('3.7kg of cocaine was seized', [F('drugs_seized', 'cocaine', 'g', 3700, 'exact', '', scope=REG)]),
    ('107 people were safeguarded, including 32 children',
     [F('safeguarded', '', 'people', 107, 'exact', '', scope=REG),
      F('safeguarded_juvenile', '', 'people', 32, 'exact', '', scope=REG)]),
)

# 11. The Traffic SEO (Gloucestershire news), Operation Scorpion, 27 March - 2 April 2023 (not a national week)
add(U11, '', 'gloucestershire',
    ('In Gloucestershire, there were 22 arrests, Class A and B drugs worth around £30k was seized, £7,500 in cash and £15k worth of tobacco was recovered, eight shops where drugs were being sold were closed, five vehicles were impounded and several weapons and mobile phones were confiscated.',
     [F('arrests', '', 'people', 22),
      F('drugs_seized', '', 'gbp', 30000, 'approximately', 'class A and B together: all items'),
      F('cash_seized', '', 'gbp', 7500),
      N(15000, 'exact', 'tobacco: not a drug of the items list'),
      N(8, 'exact', 'shops closed: no metric'),
      F('vehicles_seized', '', 'count', 5, 'exact', 'impounded'),
      U('weapons_seized', '', 'several: no number'), U('mobile_phones_seized', '', 'several: no number')]),
    ('In one incident, a car was intercepted which had around seven kilos of Class A drugs on board worth £700k.',
     [F('drugs_seized', 'class_a', 'g', 7000, 'approximately', '', scope=('part', 'one car (a SWROCU-led stop)')),
      F('drugs_seized', 'class_a', 'gbp', 700000, 'exact', 'the hedge stands before the weight', scope=('part', 'one car'))]),
    ('Altogether, more than £3/4 million worth of drugs were seized and 121 arrests were made during the seven days from March 27 to April 2.',
     [F('drugs_seized', '', 'gbp', 750000, 'more_than', '"£3/4 million": sic, three quarters of a million', scope=('national', 'the five South West forces together')),
      F('arrests', '', 'people', 121, 'exact', '', scope=('national', 'the five South West forces together'))]),
)

# 13. Burnley Express, Lancashire's East Division in a national week (dates not given; about late 2024)
EAST = ('part', 'East Division only, a part of the force')
add(U13, '', 'lancashire',
    ('Police have arrested 17 people and seized weapons, cash, drugs and mobile phones from across East Lancashire as part of a major national operation to crackdown on County Lines offenders.',
     [F('arrests', '', 'people', 17, 'exact', '', scope=EAST), U('weapons_seized', '', '', scope=EAST),
      U('cash_seized', '', '', scope=EAST), U('drugs_seized', '', '', scope=EAST), U('mobile_phones_seized', '', '', scope=EAST)]),
    ('17 people arrested.', [F('arrests', '', 'people', 17, 'exact', '', scope=EAST)]),
    ('A quantity of drugs seized, including cocaine and cannabis.',
     [U('drugs_seized', 'cocaine', '', scope=EAST), U('drugs_seized', 'cannabis', '', scope=EAST)]),
    ('Cash totalling £290,000 seized.', [F('cash_seized', '', 'gbp', 290000, 'exact', '', scope=EAST)]),
    ('Weapons seized including three swords.',
     [U('weapons_seized', '', 'no total', scope=EAST), F('weapons_seized', 'sword', 'count', 3, 'exact', '', scope=EAST)]),
    ('Designer watches believed to have been acquired from proceeds of crime seized.',
     [U('assets_seized', 'watch', '', scope=EAST)]),
)

# 14. Eye on Southport, Lancashire's South Division, 25 November - 1 December 2024
SOUTH = ('part', 'South Division only (Preston, Chorley, South Ribble, West Lancashire), a part of the force')
add(U14, '2024-11', 'lancashire',
    ('19 people have been arrested across South Lancashire as part of a major national crackdown on County Lines offenders.',
     [F('arrests', '', 'people', 19, 'exact', '', scope=SOUTH)]),
    ('14 vulnerable people visited and safeguarded', [F('safeguarded', '', 'people', 14, 'exact', '', scope=SOUTH)]),
    ('Cash totalling £56,000 seized', [F('cash_seized', '', 'gbp', 56000, 'exact', '', scope=SOUTH)]),
    ('A quantity of drugs including heroin, crack cocaine and ketamine seized',
     [U('drugs_seized', 'heroin', '', scope=SOUTH), U('drugs_seized', 'crack_cocaine', '', scope=SOUTH),
      U('drugs_seized', 'ketamine', '', scope=SOUTH)]),
    ('Weapons including a zombie knife, machete and imitation firearm seized',
     [F('weapons_seized', 'zombie_knife', 'count', 1, 'exact', 'one article taken to stand for each singular item', scope=SOUTH),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '', scope=SOUTH),
      F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', '', scope=SOUTH)]),
    ('Designer watches, dirt bikes and a Range Rover, believe to have been acquired from proceeds of crime seized.',
     [U('assets_seized', 'watch', '', scope=SOUTH), U('vehicles_seized', '', 'dirt bikes: no number', scope=SOUTH),
      F('vehicles_seized', '', 'count', 1, 'exact', 'a Range Rover; "believe": sic', scope=SOUTH)]),
)

# 15. BBC News, Humberside, serious and organised crime since January (2024)
SINCE_JAN = ('period', 'since January (some five months), not a week')
add(U15, '', 'humberside',
    ('Nearly 300 people have been arrested since January by police investigating drugs-related "serious and organised crime".',
     [F('arrests', '', 'people', 300, 'less_than', '', scope=SINCE_JAN)]),
    ('Humberside Police said it had recovered a total of 56.65kg (125lb) worth of class A, class B and class C drugs, as well as 72 weapons and £1.2m worth of assets.',
     [F('drugs_seized', '', 'g', 56650, 'exact', 'classes A, B and C together: all items', scope=SINCE_JAN),
      N(125, 'exact', 'the same weight in pounds (lb): no unit (as round 16)'),
      F('weapons_seized', '', 'count', 72, 'exact', '', scope=SINCE_JAN),
      F('assets_seized', '', 'gbp', 1200000, 'exact', '', scope=SINCE_JAN)]),
    ('Of those arrested, 108 have been charged.',
     [F('charged', '', 'people', 108, 'exact', '', scope=SINCE_JAN)]),
    ('More than 70 weapons were also seized during the crackdown',
     [F('weapons_seized', '', 'count', 70, 'more_than', 'a photo caption', scope=SINCE_JAN)]),
)

# 16. BBC News, a Humberside-led raid day across several forces' areas (not a national week)
MULTI = ('national', 'several forces\' areas together (Humberside, Cleveland, South Yorkshire, Warwickshire)')
add(U16, '', 'humberside',
    ('Eight people have been arrested after police carried out a series of raids across Yorkshire, the North East and Warwickshire.',
     [F('arrests', '', 'people', 8, 'exact', '', scope=MULTI)]),
    ('More than £100,000 in cash was seized, as well as quantities of class A and B drugs and mobile phones linked to their supply, police said.',
     [F('cash_seized', '', 'gbp', 100000, 'more_than', '', scope=MULTI),
      U('drugs_seized', 'class_a', '', scope=MULTI), U('drugs_seized', 'class_b', '', scope=MULTI),
      U('deal_line_phones_seized', '', 'phones linked to drug supply', scope=MULTI)]),
    ('In East Yorkshire, two men, aged 34 and 45, were arrested at an address on Richmond Road in Hessle on suspicion of being concerned in the supply of cocaine and cannabis.',
     [F('arrests_male', '', 'people', 2, 'exact', '34 and 45 are ages', scope=('part', 'one address (Hessle)'))]),
    ('Two people, a man, aged 44, and a woman, aged 33, were arrested at an address on Begonia Way in Rugby on suspicion of being concerned in the supply of class B drugs and a 34-year-old man was arrested at an address on Warmsworth Road in Doncaster on suspicion of being concerned in the supply of class B drugs.',
     [F('arrests', '', 'people', 2, 'exact', '', scope=('national', 'in Rugby: Warwickshire\'s area, another force\'s')),
      F('arrests_male', '', 'people', 1, 'exact', 'a man', scope=('national', 'Rugby: another force\'s area')),
      F('arrests_female', '', 'people', 1, 'exact', 'a woman', scope=('national', 'Rugby: another force\'s area')),
      F('arrests_male', '', 'people', 1, 'exact', 'a 34-year-old man', scope=('national', 'Doncaster: South Yorkshire\'s area, another force\'s'))]),
)

# 17. North Wales Police, May 2021 national week (17-23 May)
add(U17, '2021-05', 'north_wales',
    ('Twenty one people were arrested and a machete, cash and Class A drugs seized last week as North Wales took part in the national County Lines intensification week to target drug dealers across the region.',
     [F('arrests', '', 'people', 21, 'exact', 'number in words, no hyphen'),
      F('weapons_seized', 'machete', 'count', 1), U('cash_seized'), U('drugs_seized', 'class_a')]),
    ('Over the course of the week search warrants executed in Wrexham, Flintshire and Denbighshire under the Misuse of Drugs Act resulted in arrests and the seizure of illicit drugs, weapons, including a machete, numerous mobile phones and cash, all of which are believed to have been obtained from criminal activity.',
     [U('warrants', '', 'no number'), U('arrests', '', 'no number'), U('drugs_seized'), U('weapons_seized'),
      F('weapons_seized', 'machete', 'count', 1), U('mobile_phones_seized', '', 'numerous'), U('cash_seized')]),
)

# 20. Stoke Sentinel, Staffordshire, October 2019 national week (7-13 October)
add(U20, '2019-10', 'staffordshire',
    ("Police in Staffordshire made 30 arrests and charged five people during a week long crackdown on 'County Lines' drug activity in the county.",
     [F('arrests', '', 'people', 30), F('charged', '', 'people', 5)]),
    ('Six weapons were seized during the operation along with 210 deals of crack cocaine, 64 deals of heroin, 15 deals of cannabis and a total of £3,000 in cash.',
     [F('weapons_seized', '', 'count', 6),
      F('drugs_seized', 'crack_cocaine', 'wraps', 210, 'exact', 'deals taken as wraps (doubtful)'),
      F('drugs_seized', 'heroin', 'wraps', 64, 'exact', 'deals taken as wraps (doubtful)'),
      F('drugs_seized', 'cannabis', 'wraps', 15, 'exact', 'deals taken as wraps (doubtful)'),
      F('cash_seized', '', 'gbp', 3000)]),
    ("A total of seven vulnerable people, including two juveniles, were 'safeguarded' as police visited three cuckooed addresses.",
     [F('safeguarded', '', 'people', 7), F('safeguarded_juvenile', '', 'people', 2),
      F('cuckooed_addresses_visited', '', 'count', 3)]),
)

# 21. Lincolnshire Police, October 2022 national week (3-9 October)
add(U21, '2022-10', 'lincolnshire',
    ('Officers have made 19 arrests, safeguarded more than 10 people, and seized Class A and B drugs in our ongoing fight to bring down County Lines drugs operations in Lincolnshire.',
     [F('arrests', '', 'people', 19), F('safeguarded', '', 'people', 10, 'more_than'),
      U('drugs_seized', 'class_a'), U('drugs_seized', 'class_b')]),
)

# 22. Surrey Police, #OutInForce day, Friday 20 July 2018 (one day; not a national week)
add(U22, '', 'surrey',
    ('We were #OutInForce across the county on Friday, 20 July, with an additional 161 officers and staff (some of whom usually work behind the scenes) working with frontline officers to undertake planned operations, proactive patrols and crime prevention activities to disrupt and reduce the impact of organised crime groups on the people of Surrey.',
     [N(161, 'exact', 'officers and staff: no metric')]),
    ('In total 13 people were arrested by these proactive teams, in addition to business as usual activities, for a range of offences including possession of Class A drugs with intent to supply, domestic abuse and immigration offences.',
     [F('arrests', '', 'people', 13, 'exact', 'for a range of offences, not only drugs')]),
    ('In North Surrey, 86 addresses that had been identified as being at risk of cuckooing (where “county-lines” gangs from London use a vulnerable person’s home to deal drugs) were visited by police and our partners to provide support.',
     [F('cuckooed_addresses_visited', '', 'count', 86, 'exact', 'addresses at risk of cuckooing visited', scope=('part', 'North Surrey only'))]),
    ('Street sweeps (open space searches) in Woking and Epsom led to the discovery of a substantial number of syringes, as well as four hidden weapons and numerous small bags of drugs.',
     [F('weapons_seized', '', 'count', 4, 'exact', 'found in sweeps', scope=('part', 'the sweeps in two towns only')),
      U('drugs_seized', '', 'numerous small bags: no number', scope=('part', 'the sweeps only'))]),
    ('Following a stop-check in Staines, three people were arrested for possession of Class A drugs with intent to supply.',
     [F('arrests', '', 'people', 3, 'exact', '', scope=('part', 'one vehicle stop (Staines)'))]),
    ('As a result five fast-time searches of premises linked to suspects were carried out.',
     [N(5, 'exact', 'searches of premises without a warrant: not warrants')]),
)

# 23. I Am Birmingham, West Midlands Police since November 2019 (June 2020)
SINCE_NOV = ('period', 'since November 2019 (some seven months), not a week')
add(U23, '', 'west_midlands',
    ('A police crackdown has resulted in over 20 County Lines drugs networks being shut down and rescued 82 children from the clutches of ruthless drug dealers.',
     [F('lines_closed', '', 'count', 20, 'more_than', 'networks shut down', scope=SINCE_NOV),
      F('safeguarded_juvenile', '', 'people', 82, 'exact', 'children rescued', scope=SINCE_NOV)]),
    ('Since last November detectives carried out 88 safeguarding interventions to protect vulnerable youngsters from the grip of criminals.',
     [F('safeguarded', '', 'people', 88, 'exact', 'safeguarding interventions (doubtful: interventions, not people)', scope=SINCE_NOV)]),
    ('A huge stash of weapons including knifes, machetes and various firearms were also recovered and almost 200 drugs related arrests made according to police.',
     [U('weapons_seized', '', '', scope=SINCE_NOV), U('weapons_seized', 'knife', '"knifes": sic', scope=SINCE_NOV),
      U('weapons_seized', 'machete', '', scope=SINCE_NOV), U('weapons_seized', 'firearm', '', scope=SINCE_NOV),
      F('arrests', '', 'people', 200, 'less_than', '', scope=SINCE_NOV)]),
    ('In April a County Lines taskforce took down 12 County Lines and arrested 22 people involved in drugs and gang crime.',
     [F('lines_closed', '', 'count', 12, 'exact', 'lines taken down', scope=('period', 'April, a month')),
      F('arrests', '', 'people', 22, 'exact', '', scope=('period', 'April, a month'))]),
)

# 24. Birmingham Times, West Midlands Police, the last six months (June 2020)
SIX = ('period', 'the last six months, not a week')
add(U24, '', 'west_midlands',
    ('Police have closed down 20 County Lines drugs networks and made almost 200 arrests in the last six months – but crucially WMP are also working with partners to keep children from the clutches of drugs gangs.',
     [F('lines_closed', '', 'count', 20, 'exact', '', scope=SIX), F('arrests', '', 'people', 200, 'less_than', '', scope=SIX)]),
    ('The vast majority of those – 82 in total – have been children.',
     [F('safeguarded_juvenile', '', 'people', 82, 'exact', 'of the 88 safeguarding interventions', scope=SIX)]),
    ('Police have shut down more than 20 drugs lines in the last six months',
     [F('lines_closed', '', 'count', 20, 'more_than', 'a caption', scope=SIX)]),
)

# 25. Birmingham Post (PressReader), West Midlands Police with other forces, November 2019 - March 2020
TASKF = ('period', 'the taskforce\'s months since November 2019, not a week')
add(U25, '', 'west_midlands',
    ('WEST Midlands Police has arrested 155 people and rescued 82 children in a major crackdown on ‘county lines’ drug gangs.',
     [F('arrests', '', 'people', 155, 'exact', '', scope=TASKF),
      F('safeguarded_juvenile', '', 'people', 82, 'exact', 'children rescued', scope=TASKF)]),
    ('The force has also seized 47 weapons, and drugs with a street value of £290,000.',
     [F('weapons_seized', '', 'count', 47, 'exact', '', scope=TASKF),
      F('drugs_seized', '', 'gbp', 290000, 'exact', 'all items', scope=TASKF)]),
    ('Between the forces, 657 people were arrested between November 2019 and March 2020, and 109 weapons were seized, including firearms.',
     [F('arrests', '', 'people', 657, 'exact', 'also five months', scope=('national', 'four forces together (with Merseyside, the Met and BTP)')),
      F('weapons_seized', '', 'count', 109, 'exact', 'also five months', scope=('national', 'four forces together')),
      U('weapons_seized', 'firearm', '', scope=('national', 'four forces together'))]),
)

# 26. Police Professional, BTP's County Lines Taskforce since December 2019 (early 2020)
TASK = ('period', 'since the taskforce began in December 2019, not a week')
add(U26, '', 'british_transport_police',
    ('More than 80 arrests have been made by British Transport Police’s (BTP) new County Lines taskforce since it was launched in December.',
     [F('arrests', '', 'people', 80, 'more_than', '', scope=TASK)]),
    ('In addition, nearly £20,000 in cash and a host of Class A and Class B drugs have been seized, alongside “lethal” weapons including knives, knuckledusters and a shotgun.',
     [F('cash_seized', '', 'gbp', 20000, 'less_than', '', scope=TASK),
      U('drugs_seized', 'class_a', '', scope=TASK), U('drugs_seized', 'class_b', '', scope=TASK),
      U('weapons_seized', 'knife', '', scope=TASK), U('weapons_seized', 'knuckle_duster', '', scope=TASK),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', 'a shotgun', scope=TASK)]),
    ('“Since the founding of the County Lines taskforce we have seen excellent results, with 80 gang members being arrested and drugs and other potential lethal weapons being seized.',
     [F('arrests', '', 'people', 80, 'exact', '', scope=TASK), U('drugs_seized', '', '', scope=TASK),
      U('weapons_seized', '', '', scope=TASK)]),
    ('BTP also has four specialist drug detection dogs working within the disruption taskforce, which have been trained to detect people carrying a vast array of different',
     [N(4, 'exact', 'dogs: no metric (the sentence is cut in the stored page)')]),
)

# 27. Brinkwire, BTP's County Lines Taskforce, its first year (December 2020)
YEAR = ('period', 'the taskforce\'s first year (December 2019 - December 2020), not a week')
add(U27, '', 'british_transport_police',
    ('The police team, dedicated to tackling gangs using the railway to transport drugs, has been carrying out operations at stations and train routes across England, Wales and Scotland and have seen 934 people arrested.',
     [F('arrests', '', 'people', 934, 'exact', '', scope=YEAR)]),
    ('This is just one of 15 modern slavery charges secured by the Taskforce to date, as data over the one year period has showed County Lines gangs typically rely on children in their mid-teens, threatening them with acts of violence and preying on the vulnerable and often exploited children.',
     [N(15, 'exact', 'modern slavery charges counted, while modern_slavery_charges counts people (as round 16)')]),
    ('Since December 2019, officers have seized £308,000 from stops, often from children carrying cash ranging from £1000 to £5000.',
     [F('cash_seized', '', 'gbp', 308000, 'exact', 'seized from stops', scope=YEAR),
      N(1000, 'exact', 'the low end of a range of single sums'), N(5000, 'exact', 'the high end of a range of single sums')]),
    ('168 dangerous weapons and 471 drug seizes have also been removed from the railway.',
     [F('weapons_seized', '', 'count', 168, 'exact', '', scope=YEAR),
      N(471, 'exact', 'drug seizures counted ("seizes": sic), not a quantity of drugs')]),
)

# 28. Rail (PressReader), BTP's County Lines Taskforce to August 2020
add(U28, '', 'british_transport_police',
    ('The success of the initiative speaks for itself (see panel), with almost 500 arrests made since the Taskforce began and 26 young people referred to the National Referral Mechanism for safeguarding.',
     [F('arrests', '', 'people', 500, 'less_than', '', scope=('period', 'since December 2019 (some eight months), not a week')),
      F('nrm_referrals', '', 'people', 26, 'exact', '', scope=('period', 'since December 2019, not a week'))]),
)

# 29. Peterborough Today, Cambridgeshire with Lincolnshire, one day's warrants (April 2024; not a national week)
TWO = ('national', 'two forces together (Cambridgeshire and Lincolnshire)')
add(U29, '', 'cambridgeshire',
    ('An operation to target a drugs line operating in Peterborough and Stamford saw nine people arrested.',
     [F('arrests', '', 'people', 9, 'exact', '', scope=TWO)]),
    ('Officers from Cambridgeshire and Lincolnshire police forces carried out warrants at eight addresses on Wednesday which resulted in the arrests as well as drugs, cash, weapons and electronic devices being seized.',
     [F('warrants', '', 'count', 8, 'exact', 'warrants at eight addresses', scope=TWO),
      U('drugs_seized', '', '', scope=TWO), U('cash_seized', '', '', scope=TWO), U('weapons_seized', '', '', scope=TWO)]),
    ('Four men aged between 19 and 34 and five women aged between 18 and 31, all from the Peterborough and Stamford areas, were arrested in connection with being concerned in the supply of class A drugs.',
     [F('arrests_male', '', 'people', 4, 'exact', 'the other numbers are ages', scope=TWO),
      F('arrests_female', '', 'people', 5, 'exact', 'no total is computed', scope=TWO)]),
)

# 30. Humberside Police, 19 days of action across April and May 2021
DAYS = ('period', '19 days of action across two months, not a week')
add(U30, '', 'humberside',
    ('During 19 days of action across the two months, a total of 68 people were arrested (49 men, 16 women and three youths).',
     [F('arrests', '', 'people', 68, 'exact', '', scope=DAYS), F('arrests_male', '', 'people', 49, 'exact', '', scope=DAYS),
      F('arrests_female', '', 'people', 16, 'exact', '', scope=DAYS),
      F('arrests_under_18', '', 'people', 3, 'exact', 'youths', scope=DAYS)]),
    ('Of those arrested, 45 have been charged with offences relating to the possession and supply of drugs.',
     [F('charged', '', 'people', 45, 'exact', '', scope=DAYS)]),
    ('Our operation spanned the country with a total of 30 warrants being served not only in Hull but in Bradford and London too.',
     [F('warrants', '', 'count', 30, 'exact', 'some in other forces\' areas (Bradford, London)', scope=DAYS)]),
)

# 31. North Derbyshire Radio, Derbyshire, October 2022 national week (3-9 October)
add(U31, '2022-10', 'derbyshire',
    ('During the County Lines intensification week (Monday 3 October – Sunday 9 October) officers undertook planned warrants and enforcement activity arresting 13 people, six of whom were later charged and remanded to court.',
     [U('warrants', '', 'no number'), F('arrests', '', 'people', 13), F('charged', '', 'people', 6)]),
    ('A large quantity of Crack Cocaine, Heroin and other class A and B drugs were recovered, as well as £2500 in cash, and a variety of weapons including knives, a machete, knuckle duster and an axe.',
     [U('drugs_seized', 'crack_cocaine'), U('drugs_seized', 'heroin'), U('drugs_seized', 'class_a'), U('drugs_seized', 'class_b'),
      F('cash_seized', '', 'gbp', 2500), U('weapons_seized', '', 'a variety: no number'), U('weapons_seized', 'knife'),
      F('weapons_seized', 'machete', 'count', 1), F('weapons_seized', 'knuckle_duster', 'count', 1),
      F('weapons_seized', 'axe', 'count', 1)]),
)

U32 = 'https://www.kentonline.co.uk/medway/news/more-than-200k-seized-in-county-lines-crackdown-210945/'
U33 = 'https://www.bordonherald.com/news/999/watch-hampshire-police-target-county-lines-drug-gangs-811672'
U34 = 'https://hampshireincidents.co.uk/police-operation-fortress-a-success-after-disrupting-county-lines-gangs-in-portsmouth/'
U35 = 'https://www.hampshire.police.uk/news/hampshire/news/news/2024/march-2024/fifteen-county-lines-networks-dismantled-in-hampshire-during-intensification-week/'
U36 = 'https://www.portsmouth.co.uk/news/crime/hampshire-police-arrest-48-people-during-week-action-against-county-lines-drug-dealers-972331'
U37 = 'https://gosporthospitalradio.co.uk/police-operations-intensified-during-a-national-week-to-tackle-drug-related-violence/'
U38 = 'http://www.berwick-advertiser.co.uk/news/crime/northumbria-police-pleased-with-fantastic-results-from-county-lines-crackdown-4557363'
U39 = 'https://www.itv.com/news/tyne-tees/2022-04-15/crackdown-on-county-lines-leads-to-nine-arrests'
U40 = 'https://www.itv.com/news/tyne-tees/2019-05-02/24-arrests-in-county-lines-raids-across-tyneside'
U41 = 'https://pressandjournal.co.uk/fp/news/aberdeen-aberdeenshire/2498239/day-of-action-leads-to-5500-of-drugs-seized-and-38-vulnerable-people-safeguarded-in-north-east'
U42 = 'https://www.fifetoday.co.uk/news/crime/county-lines-crackdown-in-scotland-leads-to-20-arrests-in-a-week-as-heroin-high-purity-cocaine-cannabis-a-taser-and-two-machetes-seized-3251446'
U43 = 'https://scotland.police.uk/what-s-happening/news/2021/june/three-men-charged-following-county-lines-operation-in-aberdeen'
U44 = 'https://www.eveningexpress.co.uk/fp/news/local/four-due-at-aberdeen-sheriff-court-after-22000-heroin-and-cocaine-seized/'
U45 = 'https://www.essex.police.uk/news/essex/news/news/2023/december/800-years-in-jail-sentences-for-drug-dealers/'
U46 = 'http://moorlandsradio.co.uk/nineteen-arrests-made-and-people-safeguarded-in-county-lines-week-of-action'
U47 = 'http://www.oundlechronicle.co.uk/?p=2471'
U48 = 'https://www.warwickshire.police.uk/news/warwickshire/news/2021/october/intensification-week-sees-force-target-county-lines-drug-activity/'

# 32. Kent Online, Kent with Essex and the Met, one day's warrants (21 August 2019; not a national week)
KEM = ('national', 'three forces together (Kent, Essex and the Met)')
add(U32, '', 'kent',
    ('More than £200,000, weapons, drugs and cars were seized by police in one day.',
     [F('cash_seized', '', 'gbp', 200000, 'more_than', 'a bare sum taken as cash (as round 16)', scope=KEM),
      U('weapons_seized', '', '', scope=KEM), U('drugs_seized', '', '', scope=KEM), U('vehicles_seized', '', 'cars: no number', scope=KEM)]),
    ('Officers executed search warrants at addresses in Kent, Essex and London yesterday, which also led to the arrests of 12 people.',
     [U('warrants', '', 'no number', scope=KEM), F('arrests', '', 'people', 12, 'exact', '', scope=KEM)]),
    ('Two women were arrested following the seizure of £190,000 in cash at a property in Lords Wood Lane in Lordswood.',
     [F('arrests_female', '', 'people', 2, 'exact', '', scope=('part', 'one address (Lordswood)')),
      F('cash_seized', '', 'gbp', 190000, 'exact', '', scope=('part', 'one address (Lordswood)'))]),
    ('A Range Rover, Audi and two designer watches were also recovered.',
     [F('vehicles_seized', '', 'count', 1, 'exact', 'a Range Rover; no sum is computed', scope=('part', 'one address')),
      F('vehicles_seized', '', 'count', 1, 'exact', 'an Audi (no article: taken as one, doubtful)', scope=('part', 'one address')),
      F('assets_seized', 'watch', 'count', 2, 'exact', 'designer watches', scope=('part', 'one address'))]),
    ('About half a kilogram of suspected cocaine was discovered at an address in Humber Road, Dartford, where officers arrested three people and found an 18-inch knife.',
     [F('drugs_seized', 'cocaine', 'g', 500, 'approximately', 'half a kilogram', scope=('part', 'one address (Dartford)')),
      F('arrests', '', 'people', 3, 'exact', '', scope=('part', 'one address (Dartford)')),
      F('weapons_seized', 'knife', 'count', 1, 'exact', '18 is the blade\'s length', scope=('part', 'one address (Dartford)'))]),
    ('Meanwhile, in London, police raided five properties suspected to be linked to county lines and the supply of drugs into Kent.',
     [F('warrants', '', 'count', 5, 'exact', 'properties raided (doubtful: raids taken as warrants)', scope=('national', 'in London: the Met\'s area'))]),
    ('They recovered items including imitation firearms, knives and machetes, along with up to £10,000 in cash and Class A drugs.',
     [U('weapons_seized', 'imitation_firearm', '', scope=('national', 'in London')), U('weapons_seized', 'knife', '', scope=('national', 'in London')),
      U('weapons_seized', 'machete', '', scope=('national', 'in London')),
      F('cash_seized', '', 'gbp', 10000, 'up_to', '"up to"', scope=('national', 'in London: the Met\'s area')),
      U('drugs_seized', 'class_a', '', scope=('national', 'in London'))]),
    ('Search warrants were also carried out at three locations in Essex, leading to the seizure of a knuckle duster, multiple mobile phones and more than 50 wraps of drugs.',
     [F('warrants', '', 'count', 3, 'exact', '', scope=('national', 'in Essex: another force\'s')),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', '', scope=('national', 'in Essex')),
      U('mobile_phones_seized', '', 'multiple', scope=('national', 'in Essex')),
      F('drugs_seized', '', 'wraps', 50, 'more_than', '', scope=('national', 'in Essex: another force\'s'))]),
)

# 33. Bordon Herald, Hampshire, June 2025 national week (23-29 June)
add(U33, '2025-06', 'hampshire',
    ('Hampshiure Police have arrested 57 people and dismantled 12 drug lines, as part of a national County Lines Intensification Week.',
     [F('arrests', '', 'people', 57, 'exact', '"Hampshiure": sic'), F('lines_closed', '', 'count', 12, 'exact', 'lines dismantled')]),
    ('During the week of intensification, officers also seized large quantities of Class A and B drugs, which included over 500 cannabis plants, crack-cocaine, powdered cocaine, heroin and ketamine.',
     [U('drugs_seized', 'class_a'), U('drugs_seized', 'class_b'),
      F('drugs_seized', 'cannabis', 'plants', 500, 'more_than'),
      U('drugs_seized', 'crack_cocaine'), U('drugs_seized', 'cocaine'), U('drugs_seized', 'heroin'), U('drugs_seized', 'ketamine')]),
    ('In addition, more than £10,000 in cash was seized, along with 17 offensive weapons, which included machetes, samurai swords, knives and an axe machete.',
     [F('cash_seized', '', 'gbp', 10000, 'more_than'),
      F('weapons_seized', '', 'count', 17, 'exact', 'items inside the group figure add no fact')]),
    ('During the week, 57 arrests were made 65 mobile phones seized, 17 dangerous weapons were recovered, 89 stop checks were carried out, and 19 vehicles were searched.',
     [F('arrests', '', 'people', 57, 'exact', 'no comma after "made": sic'), F('mobile_phones_seized', '', 'count', 65),
      F('weapons_seized', '', 'count', 17), F('stop_searches', '', 'count', 89, 'exact', 'stop checks taken as stop and searches (doubtful)'),
      N(19, 'exact', 'vehicles searched, not seized')]),
    ('Officers made 29 visits to addresses believed to be forcibly used for drug dealing, and as a result safeguarded 47 vulnerable young people and adults.',
     [F('cuckooed_addresses_visited', '', 'count', 29, 'exact', 'addresses forcibly used for dealing: cuckooed'),
      F('safeguarded', '', 'people', 47)]),
    ('On Thursday, June 26 a county line between London and Hampshire was also halted by police.',
     [F('lines_closed', '', 'count', 1, 'exact', 'a county line halted; June 26 is a date', scope=('part', 'one line of the week\'s twelve'))]),
    ('They arrested four male suspects at addresses in London and Portsmouth.',
     [F('arrests_male', '', 'people', 4, 'exact', '', scope=('part', 'one line\'s arrests, some in London'))]),
)

# 34. Hampshire Incidents, Portsmouth in the October 2021 national week (11-17 October)
PORTS = ('part', 'Portsmouth only, a part of the force')
add(U34, '2021-10', 'hampshire',
    ('County Lines Intensification Week ran from Monday 11 October to Sunday 17 October this year and saw officers in the city arrest 15 people in connection with County Lines activity, as well as seizing cash, weapons and Class A drugs thought to be worth more than £20,000 across the week.',
     [F('arrests', '', 'people', 15, 'exact', '', scope=PORTS), U('cash_seized', '', '', scope=PORTS),
      U('weapons_seized', '', '', scope=PORTS),
      F('drugs_seized', 'class_a', 'gbp', 20000, 'more_than', 'the worth may cover the cash and weapons too (doubtful)', scope=PORTS)]),
    ('During the week we have also disrupted four County Line networks and seized their deal lines and conducted a number of warrants in both Gosport and Liverpool.',
     [F('lines_closed', '', 'count', 4, 'exact', 'networks disrupted and their deal lines seized', scope=PORTS),
      U('warrants', '', 'a number of: no number', scope=PORTS)]),
)

# 35. Hampshire Constabulary, March 2024 national week (4-10 March)
add(U35, '2024-03', 'hampshire',
    ('Fifteen County Lines drug-dealing networks were dismantled and 64 arrests were made during an intensification week focused on tackling drug related harm and violence in our communities.',
     [F('lines_closed', '', 'count', 15, 'exact', 'networks dismantled; number in words'), F('arrests', '', 'people', 64)]),
    ('They have also been proactive in safeguarding children and vulnerable adults from harm, having safeguarded 58 individuals.',
     [F('safeguarded', '', 'people', 58)]),
)

# 36. Portsmouth News, Hampshire, a national week (the page gives no date; week not known)
add(U36, '', 'hampshire',
    ('Officers made 48 arrests and say they ‘safeguarded’ 28 vulnerable people last week, as part of a national campaign against this model of drug dealing.',
     [F('arrests', '', 'people', 48), F('safeguarded', '', 'people', 28)]),
    ('Warrants were executed in Portsmouth, Southampton, Basingstoke, Aldershot, Andover and the Isle of Wight.',
     [U('warrants', '', 'no number')]),
    ('They seized more than £17,455 in cash, 39 phones, six knives, as well as carrying out prevention work with schools, hotels and taxis firms.',
     [F('cash_seized', '', 'gbp', 17455, 'more_than', '"more than" before an exact sum: as published'),
      F('mobile_phones_seized', '', 'count', 39), F('weapons_seized', 'knife', 'count', 6)]),
)

# 37. Gosport Hospital Radio, Hampshire, a national week (the page gives no date; week not known)
add(U37, '', 'hampshire',
    ('Last week, police officers across Hampshire and Isle of Wight arrested 87 criminals and seized £106,000 of drugs and more than 50 offensive weapons as part of a national county line week of intensification.',
     [F('arrests', '', 'people', 87), F('drugs_seized', '', 'gbp', 106000),
      F('weapons_seized', '', 'count', 50, 'more_than')]),
    ('15 county lines identified and disrupted', [F('lines_closed', '', 'count', 15, 'exact', 'lines identified and disrupted')]),
    ('13 drug warrants executed', [F('warrants', '', 'count', 13)]),
    ('159 mobile phones seized', [F('mobile_phones_seized', '', 'count', 159)]),
    ('200+ stop and searches, 15% of which involved a person aged Under 18.',
     [F('stop_searches', '', 'count', 200, 'at_least', '"200+"'), N(15, 'exact', 'a share (per cent) of the searches')]),
    ('We have executed 13 warrants, made 87 arrests and visited 62 cuckooed addresses in the past week, all related to drug-related harm.',
     [F('warrants', '', 'count', 13), F('arrests', '', 'people', 87), F('cuckooed_addresses_visited', '', 'count', 62)]),
)

# 38. Berwick Advertiser, Northumbria, March 2024 national week (from 4 March)
add(U38, '2024-03', 'northumbria',
    ('In one week, the co-ordinated crackdown saw 151 arrests made, with a further 78 individuals successfully safeguarded, £52,447 of suspected criminal cash was seized along with quantities of Class A and C drugs and weapons.',
     [F('arrests', '', 'people', 151), F('safeguarded', '', 'people', 78), F('cash_seized', '', 'gbp', 52447),
      U('drugs_seized', 'class_a'), U('drugs_seized', 'other_drug', 'class C'), U('weapons_seized')]),
    ('More than 2,000 illegal cigarettes were also uncovered along with 50 mobile phones and seven vehicles.',
     [N(2000, 'more_than', 'cigarettes: no metric'), F('mobile_phones_seized', '', 'count', 50),
      F('vehicles_seized', '', 'count', 7, 'exact', 'uncovered: taken as seized')]),
)

# 39. ITV Tyne Tees, Northumbria's Operation Sentinel raids in Alnwick (April 2022; not a national week)
add(U39, '', 'northumbria',
    ('Nine people have been arrested on suspicion of drug dealing as part of efforts to crack down on county lines in Northumberland.',
     [F('arrests', '', 'people', 9)]),
    ('Co-ordinated raids were carried out at four addresses in Alnwick resulting in drugs and cash being seized as part of Operation Sentinel - a joint operation between Northumbria, Durham and Cleveland Police alongside NERSOU (The North East Regional Specialist Operations Unit).',
     [F('warrants', '', 'count', 4, 'exact', 'raids at four addresses taken as warrants (doubtful)'),
      U('drugs_seized'), U('cash_seized')]),
)

# 40. ITV Tyne Tees, Northumbria's first county lines raid day, 1 May 2019 (not a national week)
add(U40, '', 'northumbria',
    ('Officers joined colleagues from across the country to execute drug warrants on Wednesday May 1 – with a total of 24 people arrested.',
     [U('warrants', '', 'no number'), F('arrests', '', 'people', 24)]),
    ('The 24 people, 18 men and 6 women, were arrested on suspicion of conspiracy to Supply Class A Drugs.',
     [F('arrests', '', 'people', 24), F('arrests_male', '', 'people', 18), F('arrests_female', '', 'people', 6)]),
)

# 41. Press and Journal, Police Scotland's county lines day of action (north and north-east; date not given)
add(U41, '', 'police_scotland',
    ('In the north-east, two people were arrested and officers also recovered £9,000 in cash and a knife as part of yesterday’s raids.',
     [F('arrests', '', 'people', 2, 'exact', '', scope=('part', 'North East division only')),
      F('cash_seized', '', 'gbp', 9000, 'exact', '', scope=('part', 'North East division only')),
      F('weapons_seized', 'knife', 'count', 1, 'exact', '', scope=('part', 'North East division only'))]),
    ('In the Highlands, more than £14,000 of drugs was recovered – the highest seizure of the day across the country – as well as approximately £5,600 in cash.',
     [F('drugs_seized', '', 'gbp', 14000, 'more_than', '', scope=('part', 'Highlands only')),
      F('cash_seized', '', 'gbp', 5600, 'approximately', '', scope=('part', 'Highlands only'))]),
    ('Six people were arrested.',
     [F('arrests', '', 'people', 6, 'exact', 'in the Highlands', scope=('part', 'Highlands only'))]),
    ('As a result of yesterday’s operation, 38 young and vulnerable people in the north-east are now being protected.',
     [F('safeguarded', '', 'people', 38, 'exact', '', scope=('part', 'North East division only'))]),
    ('By comparison, police in the Lothians and Scottish Borders are now safeguarding 13 people.',
     [F('safeguarded', '', 'people', 13, 'exact', '', scope=('part', 'Lothians and Scottish Borders only'))]),
)

# 42. Fife Today, Police Scotland, May 2021 national week (17-23 May)
add(U42, '2021-05', 'police_scotland',
    ('Officers engaged with 29 vulnerable people and 64 addresses, believed to be used for cuckooing, were visited.',
     [F('safeguarded', '', 'people', 29, 'exact', 'vulnerable people engaged with'),
      F('cuckooed_addresses_visited', '', 'count', 64)]),
    ('A total of 20 people were arrested and controlled drugs - heroin, cocaine, crack cocaine and cannabis with an estimated street value of £40,000 - were seized.',
     [F('arrests', '', 'people', 20), F('drugs_seized', '', 'gbp', 40000, 'approximately', 'four drugs in one figure: all items (other pages give £65,000)')]),
    ('More than £20,000 in cash was also recovered.', [F('cash_seized', '', 'gbp', 20000, 'more_than')]),
    ('Offensive weapons - including a Taser, two machetes and two large knives – and a number of mobile phones, a laptop and almost £500 of counterfeit cash were also seized.',
     [F('weapons_seized', 'taser', 'count', 1), F('weapons_seized', 'machete', 'count', 2), F('weapons_seized', 'knife', 'count', 2),
      U('mobile_phones_seized', '', 'a number of'), F('assets_seized', 'electronics', 'count', 1, 'exact', 'a laptop'),
      N(500, 'less_than', 'counterfeit cash: not cash seized')]),
)

# 43. Police Scotland, Operation Makeshift, Aberdeen (warrant day 24 June 2021; the operation longer)
add(U43, '', 'police_scotland',
    ('Officers executed nine search warrants across the city yesterday (Thursday, 24 June) in areas including Garthdee, Rosemount, Bucksburn and Bridge of Don.',
     [F('warrants', '', 'count', 9, 'exact', 'one day\'s warrants in Aberdeen')]),
    ('Three men, aged 22, 35 and 47, were arrested and charged in connection with drug supply offences and will appear at Aberdeen Sheriff Court today.',
     [F('arrests_male', '', 'people', 3), F('charged', '', 'people', 3, 'exact', 'the other numbers are ages')]),
    ('Over the course of the operation, known as Operation Makeshift, officers have reacted to intelligence and seized heroin with a street value of £13,000, crack cocaine with a street value of £18,000 and almost £20,000 in cash.',
     [F('drugs_seized', 'heroin', 'gbp', 13000, 'exact', '', scope=('period', 'the whole operation, not the day')),
      F('drugs_seized', 'crack_cocaine', 'gbp', 18000, 'exact', '', scope=('period', 'the whole operation')),
      F('cash_seized', '', 'gbp', 20000, 'less_than', '', scope=('period', 'the whole operation'))]),
)

# 44. Evening Express, Police Scotland with the Met, raids in Aberdeen and London (date not given)
add(U44, '', 'police_scotland',
    ('Officers raided three properties in Aberdeen and two in London as part of the County Lines operation, which aims to stop drug dealers in big cities expanding into smaller communities.',
     [F('warrants', '', 'count', 3, 'exact', 'properties raided (doubtful: raids taken as warrants)'),
      F('warrants', '', 'count', 2, 'exact', '', scope=('national', 'in London: the Met\'s area'))]),
    ('As a result of the raids, heroin and crack cocaine worth an estimated £21,900 was seized.',
     [F('drugs_seized', '', 'gbp', 21900, 'approximately', 'two drugs in one figure: all items; Aberdeen and London together')]),
    ('A 38-year-old man and a 37-year-old woman were arrested in Aberdeen, with two men aged 31 and 33 arrested in London.',
     [F('arrests_male', '', 'people', 1), F('arrests_female', '', 'people', 1, 'exact', 'the other numbers are ages'),
      F('arrests_male', '', 'people', 2, 'exact', '', scope=('national', 'in London: the Met\'s area'))]),
)

# 45. Essex Police, the Serious Violence Unit's year to November 2023
YR = ('period', 'the 12 months to November 2023, not a week')
add(U45, '', 'essex',
    ('Specialist teams secured more than 800 years in jail sentences for drug dealers and safeguarded more than 400 vulnerable people across a relentless year of action.',
     [N(800, 'more_than', 'years of prison sentences: a duration, no metric'),
      F('safeguarded', '', 'people', 400, 'more_than', '', scope=YR)]),
    ('This refreshed approach has not halted our enforcement work, with the unit arresting 440 people across the 12 months to November 2023.',
     [F('arrests', '', 'people', 440, 'exact', '', scope=YR)]),
    ('Of those arrested, 305 were charged and remanded – a 70% charge rate.',
     [F('charged', '', 'people', 305, 'exact', 'charged and remanded', scope=YR), N(70, 'exact', 'a rate (per cent)')]),
    ('Officers seized 83 weapons, including knives and blades, and took an approximate 6kg in illicit substances off the streets and out of circulation.',
     [F('weapons_seized', '', 'count', 83, 'exact', '', scope=YR),
      F('drugs_seized', '', 'g', 6000, 'approximately', 'all items', scope=YR)]),
)

# 46. Moorlands Radio, Staffordshire, May 2021 national week (17-23 May)
add(U46, '2021-05', 'staffordshire',
    ('Nineteen arrests were made and two people safeguarded during a busy week of action for officers dealing with ‘County Lines’ activity in Staffordshire.',
     [F('arrests', '', 'people', 19, 'exact', 'number in words'), F('safeguarded', '', 'people', 2)]),
    ('Officers arrested 15 men and one woman, as well as three boys, on suspicion of drugs offences.',
     [F('arrests_male', '', 'people', 15, 'exact', 'men; the boys are counted apart'), F('arrests_female', '', 'people', 1),
      F('arrests_under_18', '', 'people', 3, 'exact', 'boys; no total is computed')]),
    ('A total of 438 deals of heroin and crack cocaine were seized during searches, along with 146 deals of cocaine and 50 cannabis plants and £3,000 in cash.',
     [F('drugs_seized', '', 'wraps', 438, 'exact', 'deals taken as wraps (doubtful); two drugs in one figure'),
      F('drugs_seized', 'cocaine', 'wraps', 146, 'exact', 'deals taken as wraps (doubtful)'),
      F('drugs_seized', 'cannabis', 'plants', 50), F('cash_seized', '', 'gbp', 3000)]),
    ('Weapons including two machetes, a crossbow, a sword, four knives and four lock-knives were confiscated and will be destroyed.',
     [F('weapons_seized', 'machete', 'count', 2), F('weapons_seized', 'crossbow', 'count', 1),
      F('weapons_seized', 'sword', 'count', 1), F('weapons_seized', 'knife', 'count', 4),
      F('weapons_seized', 'knife', 'count', 4, 'exact', 'lock-knives; no sum is computed')]),
    ('An 18-year-old man from Birmingham was arrested in Tamworth following the discovery of 108 deals of heroin and crack cocaine in a search.',
     [F('arrests_male', '', 'people', 1, 'exact', '18 is an age', scope=('part', 'one arrest (Tamworth)')),
      F('drugs_seized', '', 'wraps', 108, 'exact', 'deals taken as wraps (doubtful)', scope=('part', 'one search (Tamworth)'))]),
    ('A 20-year-old man was arrested as he got off the train from Walsall to Cannock and 50 deals of heroin and crack were found in his socks.',
     [F('arrests_male', '', 'people', 1, 'exact', '20 is an age', scope=('part', 'one arrest (Cannock)')),
      F('drugs_seized', '', 'wraps', 50, 'exact', 'deals taken as wraps (doubtful)', scope=('part', 'one person (Cannock)'))]),
    ('A 17-year-old boy from Burton was found with 80 deals of heroin and crack in the town’s Eaton Park.',
     [F('drugs_seized', '', 'wraps', 80, 'exact', 'deals taken as wraps (doubtful); found: taken as seized', scope=('part', 'one person (Burton)'))]),
    ('Two vulnerable individuals were identified as officers attended 20 properties where ‘cuckooing’ activity was suspected.',
     [F('safeguarded', '', 'people', 2, 'exact', 'identified as vulnerable'), F('cuckooed_addresses_visited', '', 'count', 20)]),
)

# 47. Oundle Chronicle, Northamptonshire's county lines (about 2018; the stored date 2014 is the site's)
add(U47, '', 'northamptonshire',
    ('In April, the Corby Borough Council learned that Corby has one county line, which is shared with Kettering, East Northants has four, Wellingborough has two and Kettering has sixteen.',
     [N(1, 'exact', 'lines operating, not closed'), N(4, 'exact', 'lines operating, not closed'),
      N(2, 'exact', 'lines operating, not closed'), N(16, 'exact', 'lines operating, not closed')]),
    ('In October, police arrested eighteen people and seized more than £5,000 in Northamptonshire.',
     [F('arrests', '', 'people', 18, 'exact', 'number in words', scope=('period', 'the month of October named, not a week')),
      F('cash_seized', '', 'gbp', 5000, 'more_than', 'a bare sum taken as cash (as round 16)', scope=('period', 'October'))]),
    ('In January, fifteen further people with links to county lines drug gangs were arrested by officers in Northamptonshire.',
     [F('arrests', '', 'people', 15, 'exact', 'number in words', scope=('period', 'the month of January named, not a week'))]),
    ('In February, the National Crime Agency’s report on the county lines crisis showed that the number of supply lines nationally has increased in the last year from 750 to 2,000.',
     [N(750, 'exact', 'lines operating nationally, not closed'), N(2000, 'exact', 'lines operating nationally, not closed')]),
)

# 48. Warwickshire Police, October 2021 national week (11-15 October)
add(U48, '2021-10', 'warwickshire',
    ('Numerous arrests were made during a week-long operation designed to crack down on county lines activity within Warwickshire.',
     [U('arrests', '', 'numerous: no number')]),
    ('Warrants took place in locations including Nuneaton and Bedworth with a quantity of suspected heroin, crack cocaine and cannabis being seized.',
     [U('warrants', '', 'no number'), U('drugs_seized', 'heroin'), U('drugs_seized', 'crack_cocaine'), U('drugs_seized', 'cannabis')]),
)

U49 = 'https://aboutmanchester.co.uk/police-make-54-arrests-and-seize-300k-worth-of-drugs-during-county-lines-intensification-week'
U50 = 'https://www.wigantoday.net/news/crime/three-people-arrested-in-wigan-borough-in-week-of-action-to-tackle-county-lines-drug-operations-4378168'
U51 = 'https://www.wigantoday.net/news/crime/operation-diner-four-men-arrested-during-early-morning-raids-in-wigan-4561066'
U52 = 'https://news4trafford.co.uk/2026/01/07/police-raid-two-properties-in-trafford-seizing-drugs-worth-50k'
U53 = 'https://theisleofthanetnews.com/2018/12/22/specialist-police-unit-makes-more-than-400-arrests-in-2018/'
U54 = 'https://emsou.police.uk/post/rocus-targeting-criminal-kingpins-once-more-after-arresting-3-000-and-seizing-100-million-in-drugs'

# 49. About Manchester, Greater Manchester's Programme Challenger in a national week (the page gives no date)
add(U49, '', 'greater_manchester',
    ('Police in Greater Manchester made 54 arrests, seized than £26,500 of cash whilr over £553,000 worth of drugs were taken off the streets, in a week of action resulting in 22 county drugs lines being closed.',
     [F('arrests', '', 'people', 54), F('cash_seized', '', 'gbp', 26500, 'exact', '"seized than": sic (a word lost; taken as exact, doubtful)'),
      F('drugs_seized', '', 'gbp', 553000, 'more_than', '"whilr": sic; the headline says £300k'),
      F('lines_closed', '', 'count', 22)]),
    ('Seized items also included 25 bladed articles, three firearms and 39 rounds of ammunition.',
     [F('weapons_seized', 'knife', 'count', 25, 'exact', 'bladed articles'), F('weapons_seized', 'firearm', 'count', 3),
      F('weapons_seized', 'ammunition', 'count', 39, 'exact', 'rounds')]),
    ('In collaboration with Greater Manchester Combined Authority (GMCA), a total of 38 children were safeguarded, as well as 25 adults.',
     [F('safeguarded_juvenile', '', 'people', 38), F('safeguarded_adult', '', 'people', 25, 'exact', 'no total is computed')]),
    ('Seven national referral mechanisms were submitted to support potential victims of modern slavery and 13 visits to cuckooed locations occurred.',
     [F('nrm_referrals', '', 'people', 7, 'exact', 'NRM referrals submitted'), F('cuckooed_addresses_visited', '', 'count', 13)]),
    ('Educational inputs was delivered across the GM area, one such was to 60 students from the Stockport County educational program, the target audience being predominantly 16-year-old teenagers.',
     [U('school_inputs', '', 'educational inputs: no number'),
      F('children_engaged', '', 'people', 60, 'exact', 'students; 16 is an age; "inputs was": sic', scope=('part', 'one input of several'))]),
)

# 50. Wigan Today, Greater Manchester, October 2023 national week
add(U50, '2023-10', 'greater_manchester',
    ('Police raided 32 properties, including two in the borough, and seized drugs worth more than £160,000 as they worked to disrupt and dismantle criminal networks.',
     [F('warrants', '', 'count', 32, 'exact', 'properties raided: the page\'s 32 warrants'),
      F('warrants', '', 'count', 2, 'exact', 'no sum is computed', scope=('part', 'one borough (Wigan)')),
      F('drugs_seized', '', 'gbp', 160000, 'more_than')]),
    ('During the week of action, officers from Greater Manchester Police (GMP) executed 32 warrants across the force’s area.',
     [F('warrants', '', 'count', 32)]),
    ('These led to 39 arrests, along with the discovery of more than £90,000 in cash and drugs with a street value of more than £160,000, including heroin, crack, cocaine, cannabis, pills and ketamine.',
     [F('arrests', '', 'people', 39), F('cash_seized', '', 'gbp', 90000, 'more_than'),
      F('drugs_seized', '', 'gbp', 160000, 'more_than', 'items inside the group figure add no fact')]),
    ('This included three firearms, hunting knives, machetes, knuckle dusters, extendable batons, swords, axes and BB guns.',
     [F('weapons_seized', 'firearm', 'count', 3), U('weapons_seized', 'knife'), U('weapons_seized', 'machete'),
      U('weapons_seized', 'knuckle_duster'), U('weapons_seized', 'bat', 'extendable batons'), U('weapons_seized', 'sword'),
      U('weapons_seized', 'axe'), U('weapons_seized', 'air_weapon', 'BB guns')]),
    ('Police executed two drugs warrants in the Wigan division, which led to William Bates, 24, of Tintern Avenue, Tyldesley, being charged with possession with intent to supply class A drugs.',
     [F('warrants', '', 'count', 2, 'exact', '24 is an age', scope=('part', 'one division (Wigan)')),
      F('charged', '', 'people', 1, 'exact', 'one named man', scope=('part', 'one division (Wigan)'))]),
)

# 51. Wigan Today, Greater Manchester's Operation Diner, one morning's warrants (March 2024; not the national week)
add(U51, '', 'greater_manchester',
    ('Officers from Greater Manchester Police Wigan’s Challenger team carried out warrants at seven addresses where they also seized a quantity of cannabis and what is believed to be cocaine, an imitation firearm and ammunition.',
     [F('warrants', '', 'count', 7, 'exact', 'warrants at seven addresses'), U('drugs_seized', 'cannabis'), U('drugs_seized', 'cocaine'),
      F('weapons_seized', 'imitation_firearm', 'count', 1), U('weapons_seized', 'ammunition')]),
    ('The four men – aged from 23 to 35 – remain in custody for questioning after being arrested on suspicion of conspiracy to supply cannabis and money laundering.',
     [F('arrests_male', '', 'people', 4, 'exact', '23 and 35 are ages')]),
)

# 52. News4Trafford, Greater Manchester's Challenger team, one morning's warrants (7 January 2026)
add(U52, '', 'greater_manchester',
    ('Police officers from the Challenger team executed warrants this morning (7 Jan) – securing multiple arrests and seizing over £50k worth of drugs.',
     [U('warrants', '', 'no number'), U('arrests', '', 'multiple'), F('drugs_seized', '', 'gbp', 50000, 'more_than', '"£50k"')]),
    ('The work from officers today has produced five arrests of three men and two women aged between 25 and 63.',
     [F('arrests', '', 'people', 5), F('arrests_male', '', 'people', 3), F('arrests_female', '', 'people', 2, 'exact', 'the other numbers are ages')]),
    ('An initial estimate is that the drugs could be worth in excess of £50k.',
     [F('drugs_seized', '', 'gbp', 50000, 'more_than', '"in excess of"; an initial estimate')]),
)

# 53. Isle of Thanet News, ERSOU (the eastern region's ROCU), its year 2018
Y2018 = ('period', 'the year 2018, not a week')
add(U53, '', 'ersou',
    ('A police unit tasked with tackling serious and organised crime across the eastern region, including Kent, has made more than 400 arrests and seized more than 110 kilograms of drugs in 2018.',
     [F('arrests', '', 'people', 400, 'more_than', '', scope=Y2018),
      F('drugs_seized', '', 'g', 110000, 'more_than', 'all items', scope=Y2018)]),
    ('In 2018, officers from the unit arrested 438 people, secured jail sentences of almost 500 years, recovered 63 firearms, and seized 90 kilograms of Class A drugs and 23 kilograms of cannabis.',
     [F('arrests', '', 'people', 438, 'exact', '', scope=Y2018), N(500, 'less_than', 'years of jail sentences: a duration, no metric'),
      F('weapons_seized', 'firearm', 'count', 63, 'exact', '', scope=Y2018),
      F('drugs_seized', 'class_a', 'g', 90000, 'exact', '', scope=Y2018),
      F('drugs_seized', 'cannabis', 'g', 23000, 'exact', '', scope=Y2018)]),
    ('Almost £5 million has also been confiscated by the unit from convicted criminals under the Proceeds of Crime Act, and 27 account freezing orders have been secured using new legislation introduced this year.',
     [N(5000000, 'less_than', 'confiscated from convicted criminals under POCA: not cash seized (doubtful)'),
      N(27, 'exact', 'account freezing orders: no metric')]),
)

# 54. EMSOU, the nine ROCUs of England and Wales, the year 2022
Y2022 = ('period', 'the year 2022, not a week')
add(U54, '', 'national',
    ('Specialist regional policing units dedicated to tackling organised crime across the country made more than 3,000 arrests and seized class A drugs worth over £100 million last year, as they continued to target the UK’s most serious criminals.',
     [F('arrests', '', 'people', 3000, 'more_than', 'the nine ROCUs together', scope=Y2022),
      F('drugs_seized', 'class_a', 'gbp', 100000000, 'more_than', '', scope=Y2022)]),
    ('In total, 1,046 people were jailed for 4,558 years for offences such as drug importation, human trafficking and money laundering, following investigations across the ROCU network.',
     [N(1046, 'exact', 'people jailed: no metric'), N(4558, 'exact', 'years of prison: a duration, no metric')]),
    ('1,575kg of cocaine, with a potential street value of £94,500,000',
     [F('drugs_seized', 'cocaine', 'g', 1575000, 'exact', '', scope=Y2022),
      F('drugs_seized', 'cocaine', 'gbp', 94500000, 'exact', '', scope=Y2022)]),
    ('332 firearms and 2,444 rounds of ammunition',
     [F('weapons_seized', 'firearm', 'count', 332, 'exact', '', scope=Y2022),
      F('weapons_seized', 'ammunition', 'count', 2444, 'exact', 'rounds', scope=Y2022)]),
    ('870,900 tablets, including ecstasy and illicit prescription medicine',
     [F('drugs_seized', '', 'tablets', 870900, 'exact', 'several drugs in one figure: all items', scope=Y2022)]),
    ('More than 400 adults and 1,300 children who were vulnerable to being exploited were also safeguarded.',
     [F('safeguarded_adult', '', 'people', 400, 'more_than', '', scope=Y2022),
      F('safeguarded_juvenile', '', 'people', 1300, 'exact', 'the hedge stands before the first number only', scope=Y2022)]),
)
def rows(P, strict, drop=(), start=1900):
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
    for name, strict in (('round17_figure.csv', False), ('round17_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
