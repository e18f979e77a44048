#!/usr/bin/env python3
"""Round 20: real county lines wording, labelled by hand (round-20 collector, 29 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round20_figure.csv
it is written as is (what the figure IS); in round20_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 19 (same helpers, same conventions).
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



U1 = 'https://www.birkenhead.news/police-intensify-county-lines-ops-across-wirral-and-merseyside/'
U2 = 'https://www.itv.com/news/westcountry/2020-09-25/sixteen-arrested-during-county-lines-investigation-in-dorset-devon-and-cornwall'
U3 = 'https://www.southwesternrailway.com/other/news-and-media/news/2020/september/south-western-railway-supports-british-transport-police-action-to-combat-county-lines-drug-dealing'
U4 = 'http://www.safergosport.co.uk/national-county-lines-intensification-week-11th-17th-october/'
U5 = 'https://atomicdigest.com/persistent-police-action-tackling-county-lines-drug-gangs/'
U6 = 'https://www.countytimes.co.uk/news/17604185.over-20m-worth-of-drugs-seized-on-powys-streets-new-report-shows/'
U7 = 'https://feeds.bbci.co.uk/news/uk-england-47041011'
U8 = 'https://www.moreradio.online/news-post/nearly-200kg-of-drugs-seized-as-part-of-county-lines-crackdown-in-sussex'
U9 = 'https://www.bedfordtoday.co.uk/news/crime/bedford-man-charged-with-modern-slavery-offence-3884326'
U10 = 'https://www.harrogateadvertiser.co.uk/news/crime/27-arrested-across-scarborough-whitby-harrogate-and-ripon-as-police-tackle-county-lines-drug-dealing-3876024'
U11 = 'https://www.itv.com/news/tyne-tees/2023-03-09/drugs-worth-160k-seized-and-24-arrested-as-police-raid-homes'
U12 = 'https://www.cleveland.police.uk/news/cleveland/news/2023/june/police-in-hartlepool-recovered-drugs-worth-over-quarter-of-a-million-pounds-yesterday-during-the-third-operation-artemis/'
U13 = 'https://www.thecomet.net/news/police-tackle-drug-gangs-in-stevenage-and-rest-of-hertfordshire-5401230'
U14 = 'https://www.shropshirestar.com/news/crime/2024/03/15/shropshire-county-lines-crackdown---310000-of-drugs-seized-22-arrests-and-weapons-including-guns-knives-and-baseball-bats-confiscated-in-a-week/'
U15 = 'https://news.yahoo.com/arrests-seizures-west-mercia-police-053018060.html'
U16 = 'https://yourherefordshire.co.uk/all/news/news-police-forces-shut-down-over-170-drug-lines-during-national-operation-targeting-county-line-drug-dealing%ef%bf%bc/'
U17 = 'https://cwherald.com/?p=1751'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. Birkenhead News, Merseyside Police, May 2021 week (Project Medusa)
TOX = ('part', "one day's warrants by one team (Operation Toxic, Monday)")
add(U1, '2021-05', 'merseyside',
    ('During the week of action, 41 arrests were made for offences including drugs supply and possession, and possession of weapons',
     [F('arrests', '', 'people', 41)]),
    ('During warrants and other activity, 150 cannabis plants were recovered, alongside 12kg of amphetamine and 300 wraps of heroin',
     [F('drugs_seized', 'cannabis', 'plants', 150, 'exact', 'recovered = seized'),
      F('drugs_seized', 'amphetamine', 'g', 12000, 'exact', '12kg'),
      F('drugs_seized', 'heroin', 'wraps', 300)]),
    ('Officers’ recovered two viable firearms with ammunition',
     [F('weapons_seized', 'firearm', 'count', 2, 'exact', '"Officers’": sic'),
      U('weapons_seized', 'ammunition')]),
    ('A large number of vulnerable people were engaged with, with relevant referrals being submitted, through Operation Stonehaven safeguarding programmes',
     [U('safeguarded', '', '"a large number of vulnerable people were engaged with": no number (doubtful)'),
      U('safeguarding_referrals', '', '"relevant referrals": no number; could be NRM referrals (doubtful)')]),
    ('A total of five County Lines were closed by Operation Toxic during the week',
     [F('lines_closed', '', 'count', 5, 'exact', 'number word; Operation Toxic is the force\'s own lines operation, taken as the force\'s week total')]),
    ('Officers from Operation Toxic executed four warrants in Merseyside, which resulted in four arrests and the recovery of Class A drugs',
     [F('warrants', '', 'count', 4, scope=TOX), F('arrests', '', 'people', 4, scope=TOX),
      U('drugs_seized', 'class_a', '', scope=TOX)]),
    ('Officers arrested a 24-year-old man on suspicion of being concerned in the supply of a Class A drug and recovered two mobile phones',
     [F('arrests_male', '', 'people', 1, 'exact', '"a 24-year-old man" (the age not counted)', scope=('part', 'one arrest (Tuesday)')),
      F('mobile_phones_seized', '', 'count', 2, 'exact', '', scope=('part', 'one arrest (Tuesday)'))]),
    ('Sefton PCSO’s, with the assistance from police dog Xolo, recovered approximately 300 wraps of heroin and £5000 cash in Hapsford Park, Bootle',
     [F('drugs_seized', 'heroin', 'wraps', 300, 'approximately', '"PCSO’s": sic', scope=('part', 'one find in one park (Bootle)')),
      F('cash_seized', '', 'gbp', 5000, 'exact', '"approximately" stands only in front of the wraps', scope=('part', 'one find in one park (Bootle)'))]),
)

# 2. ITV West Country, Dorset and Devon and Cornwall, September 2020 week
DOR = ('national', "another force's figure (Dorset)")
add(U2, '2020-09', 'devon_and_cornwall',
    ('Dorset, Devon and Cornwall Police have arrested sixteen people suspected to be involved in county lines as part of a national crackdown on the drugs trafficking.',
     [F('arrests', '', 'people', 16, 'exact', 'number word; two forces together (9 + 5 given next is 14)',
        scope=('national', 'two forces together (Dorset, Devon and Cornwall)'))]),
    ('Nine arrested were made in Dorset, and five across Devon and Cornwall.',
     [F('arrests', '', 'people', 9, 'exact', '"Nine arrested were made": sic', scope=DOR),
      F('arrests', '', 'people', 5, 'exact', 'number word')]),
    ('Devon and Cornwall police say 60 vulnerable people including three children have been protected from the exploitation of drug gangs operating in the South West.',
     [F('safeguarded', '', 'people', 60, 'exact', 'protected = safeguarded'),
      F('safeguarded_juvenile', '', 'people', 3, 'exact', 'three children, inside the 60')]),
    ('As part of the intensive focus led by the National Crime Agency, the force has also seized more than £5,000 worth of Class-A drugs and £7,000 in cash from county line suspects.',
     [F('drugs_seized', 'class_a', 'gbp', 5000, 'more_than', '"Class-A"'),
      F('cash_seized', '', 'gbp', 7000, 'exact', '"more than" stands only in front of the drugs figure')]),
    ('Dorset Police, seized more than £4,000 cash, and made two referrals for reporting suspected modern slavery offences.',
     [F('cash_seized', '', 'gbp', 4000, 'more_than', '', scope=DOR),
      F('nrm_referrals', '', 'people', 2, 'exact', 'modern slavery referrals taken as NRM referrals (doubtful)', scope=DOR)]),
    ('60 Vulnerable people protected',
     [F('safeguarded', '', 'people', 60, 'exact', 'caption')]),
    ('3 Vulnerable children protected',
     [F('safeguarded_juvenile', '', 'people', 3, 'exact', 'caption')]),
)

# 3. South Western Railway, British Transport Police week of action, September 2020
add(U3, '2020-09', 'british_transport_police',
    ('Both exercises were successful, with two arrests made at Basingstoke and three arrests made at Andover.',
     [F('arrests', '', 'people', 2, 'exact', 'number word', scope=('part', 'one station on one day (Basingstoke)')),
      F('arrests', '', 'people', 3, 'exact', 'number word', scope=('part', 'one station on one day (Andover)'))]),
)

# 4. Safer Gosport (community safety partnership), Hampshire, October 2021 week
add(U4, '2021-10', 'hampshire',
    ('43 arrested, including seven Under 18.',
     [F('arrests', '', 'people', 43), F('arrests_under_18', '', 'people', 7, 'exact', 'number word')]),
    ('49 vulnerable people, including children, were engaged for safeguarding purposes activity.',
     [F('safeguarded', '', 'people', 49, 'exact', 'children named without a number inside the figure: no fact')]),
    ('Of these, 28 were adult males, 13 were adult females, and a further eight were juveniles.',
     [F('safeguarded_adult_male', '', 'people', 28), F('safeguarded_adult_female', '', 'people', 13),
      F('safeguarded_juvenile', '', 'people', 8, 'exact', 'number word')]),
    ('£50,272 cash seized, as well as 3 Rolex watches which have yet to be valued',
     [F('cash_seized', '', 'gbp', 50272), F('assets_seized', 'watch', 'count', 3, 'exact', 'Rolex watches')]),
    ('25 warrants',
     [F('warrants', '', 'count', 25)]),
    ('35 stop and searches related to county lines activity',
     [F('stop_searches', '', 'count', 35)]),
    ('63 mobiles seized',
     [F('mobile_phones_seized', '', 'count', 63)]),
    ('£20,000 of Heroin seized',
     [F('drugs_seized', 'heroin', 'gbp', 20000)]),
    ('269 wraps of Crack Cocaine, 265 wraps of Heroin',
     [F('drugs_seized', 'crack_cocaine', 'wraps', 269), F('drugs_seized', 'heroin', 'wraps', 265)]),
    ('10 landlords visited for engagement and educational awareness',
     [F('landlords_visited', '', 'count', 10)]),
    ('26 cuckooed addresses visited',
     [F('cuckooed_addresses_visited', '', 'count', 26)]),
    ('21 schools visited as part of welfare and education visits.',
     [F('schools_visited', '', 'count', 21)]),
    ('35 stop and searches were completed, and of those 5 individuals were from the London area, Birmingham or out of County.',
     [F('stop_searches', '', 'count', 35), F('stop_searches_out_of_area', '', 'people', 5)]),
)

# 5. Atomic Digest, the national February-March 2023 week (Home Office figures)
add(U5, '2023-02', 'national',
    ('According to the government’s County Lines Programme launched in 2019, the police have closed down 3,588 drug lines, with over 1,000 lines closed in the last year alone.',
     [F('lines_closed', '', 'count', 3588, 'exact', '', scope=('period', 'the County Lines Programme since 2019')),
      F('lines_closed', '', 'count', 1000, 'more_than', '', scope=('period', 'the last year'))]),
    ('The government is on track to surpass its target of closing 2,000 lines over three years.',
     [N(2000, 'exact', 'a target, not a result')]),
    ('Last week, police forces across the country arrested 1,658 criminals and seized 31kg of Class A drugs and 404 dangerous weapons as part of a nationwide week of intensive action.',
     [F('arrests', '', 'people', 1658), F('drugs_seized', 'class_a', 'g', 31000, 'exact', '31kg'),
      F('weapons_seized', '', 'count', 404)]),
    ('This action led to the identification and seizure of 276 drug lines, 68% more than during the last intensification week.',
     [F('lines_closed', '', 'count', 276, 'exact', 'identified and seized = lines closed (synonym)'),
      N(68, 'exact', 'a percentage change')]),
    ('Over £2 million in cash was seized, and 404 weapons, including 288 bladed weapons and firearms such as handguns and shotguns, were confiscated.',
     [F('cash_seized', '', 'gbp', 2000000, 'more_than'), F('weapons_seized', '', 'count', 404),
      F('weapons_seized', 'knife', 'count', 288, 'exact', 'bladed weapons; firearms named without a number inside the 404: no fact')]),
    ('Detective Superintendent Neil Ballard, Head of The National County Lines Coordination Centre, reported that the intense week of operational and partnership activity was successful in closing 276 deal lines across England, Scotland, and Wales.',
     [F('lines_closed', '', 'count', 276)]),
    ('The police made 1,658 arrests and seized over £2 million in cash.',
     [F('arrests', '', 'people', 1658), F('cash_seized', '', 'gbp', 2000000, 'more_than')]),
    ('Safeguarding has been at the heart of the response to county lines criminality, with 78 vulnerable people being referred to support services via the National Referral Mechanism, and Police Forces delivering programs of engagement within schools and working with partners such as The Children’s Society on t',
     [F('nrm_referrals', '', 'people', 78, 'exact', 'the excerpt ends mid-word ("on t"); kept as published in the excerpt')]),
)

# 6. County Times, Dyfed-Powys scrutiny review (three years, not a week)
add(U6, '', 'dyfed_powys',
    ('Over £20 million of Class A substances have been seized by Dyfed Powys Police as part of anti-drugs operations in the past three years.',
     [F('drugs_seized', 'class_a', 'gbp', 20000000, 'more_than', '', scope=('period', 'the past three years'))]),
    ('New figures, released as part of the "Deep Dive Scrutiny Review" into the force\'s approach to tackling illegal drugs, also show 117 people have been convicted of serious drug offences amidst a backdrop of a 49% increase in trafficking cases.',
     [N(117, 'exact', 'people convicted: no metric (three years)'), N(49, 'exact', 'a percentage increase')]),
)

# 7. BBC, Thames Valley Police Operation Stronghold, January 2019 week (six days)
add(U7, '2019-01', 'thames_valley',
    ('Thames Valley Police searched 115 addresses during the six-day operation Stronghold to clampdown on county lines drug dealing',
     [F('warrants', '', 'count', 115, 'exact', 'caption; searched addresses = raids, taken as warrants (doubtful; the text calls them cuckooed addresses raided)')]),
    ('Police have arrested 106 people, seized £133,000 in cash and helped 112 vulnerable people in a clampdown on county lines drug dealing.',
     [F('arrests', '', 'people', 106), F('cash_seized', '', 'gbp', 133000),
      F('safeguarded', '', 'people', 112, 'exact', '"helped" = safeguarded (the page says so next; doubtful)')]),
    ('More than 2,800 wraps of cocaine, heroin and cannabis were seized across the Thames Valley in the operation.',
     [F('drugs_seized', '', 'wraps', 2800, 'more_than', 'one figure for three drugs: empty item')]),
    ('Forty-three of the people "safeguarded" in the six-day operation were children.',
     [F('safeguarded_juvenile', '', 'people', 43, 'exact', 'number word')]),
    ('Officers from Thames Valley Police (TVP) raided 115 addresses where organised crime gangs (OCGs) had taken over properties and forced vulnerable adults living there to sell drugs - a practice known as cuckooing.',
     [F('cuckooed_addresses_visited', '', 'count', 115, 'exact', 'raided cuckooed addresses taken as cuckooed addresses visited (doubtful: could be warrants)')]),
    ('Police also seized 147 phones, suspected of being used by urban gangs to move drugs across Berkshire, Buckinghamshire, and Oxfordshire, and weapons including flick knives and machetes.',
     [F('mobile_phones_seized', '', 'count', 147, 'exact', 'phones suspected of use by gangs; not called deal lines (doubtful)'),
      U('weapons_seized', '', 'weapons: no number'), U('weapons_seized', 'knife', 'flick knives'), U('weapons_seized', 'machete')]),
    ('The force said it visited 41 schools across the Thames Valley to speak to children and teachers about how to spot if someone is being groomed by an OCG.',
     [F('schools_visited', '', 'count', 41)]),
)

# 8. More Radio, Sussex, June 2025 week
HAS = ('part', 'one search warrant in Hastings')
add(U8, '2025-06', 'sussex',
    ('Officers across Sussex have seized over 198kg of drugs, nearly £160,000 in cash, 19 weapons, 12 phones linked to drugs lines, and made 65 arrests as part of County Lines Intensification Week.',
     [F('drugs_seized', '', 'g', 198000, 'more_than', '198kg of drugs: empty item'),
      F('cash_seized', '', 'gbp', 160000, 'less_than', 'nearly'),
      F('weapons_seized', '', 'count', 19),
      F('deal_line_phones_seized', '', 'count', 12, 'exact', 'phones linked to drugs lines'),
      F('arrests', '', 'people', 65)]),
    ('On 24 June, a search warrant was carried out at a property in Old London Road, Hastings, leading to the arrest of five men and the seizure of drugs and money (image above).',
     [F('warrants', '', 'count', 1, 'exact', '"a search warrant"', scope=HAS),
      F('arrests_male', '', 'people', 5, 'exact', 'number word', scope=HAS),
      U('drugs_seized', '', '', scope=HAS), U('cash_seized', '', 'money', scope=HAS)]),
    ('£12,000 in cash',
     [F('cash_seized', '', 'gbp', 12000, 'exact', 'bullet under the Hastings warrant', scope=HAS)]),
    ('Throughout the week, more than 110 vehicle and individual stop and searches were conducted across Sussex.',
     [F('stop_searches', '', 'count', 110, 'more_than')]),
)

# 9. Bedford Today, Bedfordshire, October 2022 week
add(U9, '2022-10', 'bedfordshire',
    ('A man from Bedford being charged with a modern slavery offence as well as six drug dealing offences following a warrant by the force’s Boson guns and gangs team.',
     [F('modern_slavery_charges', '', 'people', 1, 'exact', '"A man" charged with a modern slavery offence', scope=('part', 'one suspect')),
      F('charges', '', 'count', 6, 'exact', 'six drug dealing offences charged', scope=('part', 'one suspect')),
      F('warrants', '', 'count', 1, 'exact', '"a warrant"', scope=('part', 'one suspect'))]),
    ('Two further arrests were made during the week in connection to the same drugs line',
     [F('arrests', '', 'people', 2, 'exact', 'number word', scope=('part', 'one drugs line'))]),
    ('Class A drugs were seized and two arrests made as part of another operation targeting the Bugz line, with one man being charged for breaching bail conditions',
     [U('drugs_seized', 'class_a', '', scope=('part', 'one drugs line (Bugz)')),
      F('arrests', '', 'people', 2, 'exact', '', scope=('part', 'one drugs line (Bugz)')),
      F('charged', '', 'people', 1, 'exact', 'one man charged (for breaching bail)', scope=('part', 'one drugs line (Bugz)'))]),
    ('Three people were arrested following a warrant targeting the Ghost drugs line',
     [F('arrests', '', 'people', 3, 'exact', 'number word', scope=('part', 'one drugs line (Ghost)')),
      F('warrants', '', 'count', 1, 'exact', '"a warrant"', scope=('part', 'one drugs line (Ghost)'))]),
    ('Boson carried out two days of patrols in hotspot areas in the county for gang activity, including making one arrest linked to county lines drug dealing',
     [F('arrests', '', 'people', 1, 'exact', 'two days is a duration', scope=('part', "one team's two days of patrols (Boson)"))]),
    ('The latest figures show a fall of 21% in recorded incidents of serious youth violence in Bedfordshire over August and September, compared to the previous three months.',
     [N(21, 'exact', 'a percentage fall')]),
    ('In the last week of September a joint cross-team effort saw four people – two men and two women – charged with conspiracy to supply Class A drugs',
     [F('charged', '', 'people', 4, 'exact', '', scope=('period', 'the last week of September, before the week')),
      N(2, 'exact', 'two men charged: no metric for charged by sex'),
      N(2, 'exact', 'two women charged: no metric for charged by sex')]),
    ('Officers attended an address in Bedford after stopping a vehicle nearby, and recovered around 2.5 kilos of cocaine worth approximately £100,000',
     [F('drugs_seized', 'cocaine', 'g', 2500, 'approximately', '2.5 kilos', scope=('period', 'recent weeks, not the week')),
      F('drugs_seized', 'cocaine', 'gbp', 100000, 'approximately', '', scope=('period', 'recent weeks, not the week'))]),
    ('The force’s Operation Costello team charged two people with drug offences after uncovering a cannabis factory with more than 500 plants in it in Bedford',
     [F('charged', '', 'people', 2, 'exact', '', scope=('period', 'recent weeks, not the week')),
      N(1, 'exact', '"a cannabis factory": no metric'),
      F('drugs_seized', 'cannabis', 'plants', 500, 'more_than', 'uncovered, not said seized (doubtful)', scope=('period', 'recent weeks, not the week'))]),
)

# 10. Harrogate Advertiser, North Yorkshire, October 2022 week
add(U10, '2022-10', 'north_yorkshire',
    ('During the high intensity week of action between October 3 and 9, officers arrested 27 people on suspicion of drugs offences, ranging from the possession of controlled substances through to being concerned in the supply of controlled drugs.',
     [F('arrests', '', 'people', 27)]),
    ('Two bladed weapons were recovered as well as more than £5,000 in cash and £10,000 in what is suspected drugs, with arrests made in Harrogate, Ripon, York, Selby, Whitby, Scarborough and Filey.',
     [F('weapons_seized', 'knife', 'count', 2, 'exact', 'bladed weapons; number word'),
      F('cash_seized', '', 'gbp', 5000, 'more_than', 'BBC copy of the release says more than £15,000'),
      F('drugs_seized', '', 'gbp', 10000, 'exact', '"more than" stands only in front of the cash')]),
    ("Twenty seven people were arrested during North Yorkshire Police's County Lines Intensification Week.",
     [F('arrests', '', 'people', 27, 'exact', 'caption; number words')]),
    ('Officers detained a man in Harrogate who was suspected to be delivering drugs from his vehicle.',
     [F('arrests_male', '', 'people', 1, 'exact', '"detained a man" = arrested (the page says so next)', scope=('part', 'one arrest (Harrogate)'))]),
    ('He was found to be in possession of approximately £1,500 worth of cannabis and approximately £500 in cash.',
     [F('drugs_seized', 'cannabis', 'gbp', 1500, 'approximately', 'in possession, not said seized (doubtful)', scope=('part', 'one suspect (Harrogate)')),
      F('cash_seized', '', 'gbp', 500, 'approximately', 'in possession, not said seized (doubtful)', scope=('part', 'one suspect (Harrogate)'))]),
)

# 11. ITV Tyne Tees, Cleveland, February-March 2023 week
add(U11, '2023-02', 'cleveland',
    ('Children as young as 13 are involved in supplying drugs on Teesside say police following raids which have been 24 people arrested and more than £160,000 worth of drugs seized.',
     [F('arrests', '', 'people', 24, 'exact', '"which have been 24 people arrested": sic; 13 is an age'),
      F('drugs_seized', '', 'gbp', 160000, 'more_than')]),
    ('Cleveland Police says it understands there are around 20 active county lines gangs in the area.',
     [N(20, 'approximately', 'active lines known: not closed')]),
    ('She said the force understands there are around 20 active county line gangs in the area and, during operations in the last six months, officers have seized £6 million worth of drugs and safeguarded five vulnerable people from modern slavery.',
     [N(20, 'approximately', 'active lines known: not closed'),
      F('drugs_seized', '', 'gbp', 6000000, 'exact', '', scope=('period', 'the last six months')),
      F('safeguarded', '', 'people', 5, 'exact', 'number word; from modern slavery', scope=('period', 'the last six months'))]),
    ('Officers seized hundreds of thousands of pounds worth of drugs in their raids.',
     [U('drugs_seized', '', 'caption; "hundreds of thousands of pounds": no number (as round 19)')]),
)

# 12. Cleveland Police, Operation Artemis (third day of action, Hartlepool), June 2023 - not a week
DENT = ('part', 'one house (Dent Street)')
MIT = ('part', 'one property (Mitchell Street)')
add(U12, '', 'cleveland',
    ('Officers made 11 arrests, two cannabis farms worth almost £300,000 were dismantled, and class A drugs, cash and weapons - including an asp, CS spray and a Taser - were seized.',
     [F('arrests', '', 'people', 11),
      N(2, 'exact', 'cannabis farms: no metric'),
      N(300000, 'less_than', 'value of two cannabis farms dismantled, not a seizure figure (doubtful; could be drugs_seized cannabis gbp)'),
      U('drugs_seized', 'class_a'), U('cash_seized'), U('weapons_seized', '', 'weapons: no number'),
      F('weapons_seized', 'bat', 'count', 1, 'exact', '"an asp" (a baton)'),
      U('weapons_seized', 'cs_spray'),
      F('weapons_seized', 'taser', 'count', 1, 'exact', '"a Taser"')]),
    ('60 cannabis plants and 90 saplings were discovered in the house thought to be worth around £200,000.',
     [F('drugs_seized', 'cannabis', 'plants', 60, 'exact', 'discovered', scope=DENT),
      F('drugs_seized', 'cannabis', 'plants', 90, 'exact', 'saplings taken as cannabis plants (doubtful)', scope=DENT),
      F('drugs_seized', 'cannabis', 'gbp', 200000, 'approximately', 'plants and saplings together', scope=DENT)]),
    ('During a raid on a property in Mitchell Street officers uncovered a cannabis farm worth around £95,000, along with illegal weapons, a taser, CS spray and a police-style baton.',
     [N(1, 'exact', '"a cannabis farm": no metric'),
      N(95000, 'approximately', 'value of a cannabis farm, not a seizure figure (doubtful, as above)'),
      U('weapons_seized', '', 'illegal weapons: no number', scope=MIT),
      F('weapons_seized', 'taser', 'count', 1, 'exact', '"a taser"', scope=MIT),
      U('weapons_seized', 'cs_spray', '', scope=MIT),
      F('weapons_seized', 'bat', 'count', 1, 'exact', '"a police-style baton"', scope=MIT)]),
)

# 13. The Comet, Hertfordshire Operation Mantis, a week of action (date not in the excerpt)
FVP = ('part', 'one stop in one park (Fairlands Valley Park, Stevenage)')
add(U13, '', 'hertfordshire',
    ('Herts police have carried out five raids, made six arrests and seized drugs and cash as part of a week-long operation against drug gangs in the county.',
     [F('warrants', '', 'count', 5, 'exact', 'raids taken as warrants (as round 17; doubtful)'),
      F('arrests', '', 'people', 6, 'exact', 'number word'),
      U('drugs_seized'), U('cash_seized')]),
    ('No arrests were made at the Stevenage address but, working on intelligence, three people were stopped and searched in Fairlands Valley Park in the town.',
     [F('stop_searches', '', 'count', 3, 'exact', 'three people stopped and searched', scope=FVP)]),
    ('Two 17-year-old boys and an 18-year-old man, all from Stevenage, were arrested on suspicion of possession of Class A and Class B drugs with intent to supply.',
     [F('arrests_under_18', '', 'people', 2, 'exact', 'two 17-year-old boys', scope=FVP),
      F('arrests_male', '', 'people', 2, 'exact', 'the two boys (as round 19: a boy is also a male arrest); no total computed', scope=FVP),
      F('arrests_male', '', 'people', 1, 'exact', '"an 18-year-old man"', scope=FVP)]),
    ('Police officers also put two knife arches at Stevenage railway station to identify people who carry weapons.',
     [N(2, 'exact', 'knife arches deployed: no metric')]),
    ('No knives were found, but two men in possession of a small amount of cannabis were given a warning.',
     [N(2, 'exact', 'men given a warning: no metric')]),
)

# 14. Shropshire Star, West Mercia, March 2024 week (the Star's own reporting in Telford)
WOOD = ('part', 'one estate in Telford (Woodside patrols)')
add(U14, '2024-03', 'west_mercia',
    ('West Mercia Police arrested 22 people across the county and seized two vehicles, 24 phones and around £2,400 in cash last week.',
     [F('arrests', '', 'people', 22), F('vehicles_seized', '', 'count', 2, 'exact', 'number word'),
      F('mobile_phones_seized', '', 'count', 24), F('cash_seized', '', 'gbp', 2400, 'approximately')]),
    ('Officers say the work has helped close two county lines in the West Mercia region.',
     [F('lines_closed', '', 'count', 2, 'exact', 'number word')]),
    ('Whilst we were in Woodside doing these patrols, we did 12 stop and searches and made one arrest on suspicion of possession with intent to supply Class A drugs.',
     [F('stop_searches', '', 'count', 12, 'exact', '', scope=WOOD), F('arrests', '', 'people', 1, 'exact', '', scope=WOOD)]),
    ('Two mobile phones were seized, one we believe was linked to a county line.',
     [F('mobile_phones_seized', '', 'count', 2, 'exact', 'number word', scope=WOOD),
      F('deal_line_phones_seized', '', 'count', 1, 'exact', 'one linked to a county line', scope=WOOD)]),
)

# 15. BBC (via Yahoo News), West Mercia, October 2023 week
add(U15, '2023-10', 'west_mercia',
    ('Almost 70 people have been arrested and drugs with a value of more than £300,000 seized in a county lines operation in Shropshire, Herefordshire and Worcestershire.',
     [F('arrests', '', 'people', 70, 'less_than', 'almost'), F('drugs_seized', '', 'gbp', 300000, 'more_than')]),
    ('Up to 46 people were safeguarded, four enterprises shut down and 27 weapons plus £16,000 in cash recovered, West Mercia Police said.',
     [F('safeguarded', '', 'people', 46, 'up_to'),
      F('lines_closed', '', 'count', 4, 'exact', '"four enterprises shut down" = the four lines closed (the quote says so; doubtful)'),
      F('weapons_seized', '', 'count', 27), F('cash_seized', '', 'gbp', 16000)]),
    ('Then, in March last year, hundreds of people were arrested when the West Midlands, Staffordshire, West Mercia and Warwickshire forces worked on a joint operation and seized drugs with a street value of more than £1.5m.',
     [U('arrests', '', '"hundreds of people": no number', scope=('national', 'four forces together, March 2022')),
      F('drugs_seized', '', 'gbp', 1500000, 'more_than', '£1.5m', scope=('national', 'four forces together, March 2022'))]),
    ('We are obviously pleased that we have arrested 68 people involved in county lines drug dealing and that we have closed four lines and seized drugs to the value of £319,000,',
     [F('arrests', '', 'people', 68), F('lines_closed', '', 'count', 4, 'exact', 'number word'),
      F('drugs_seized', '', 'gbp', 319000)]),
)

# 16. Your Herefordshire, the national October 2022 week (NPCC figures)
add(U16, '2022-10', 'national',
    ('Police forces have closed 172 county lines used by criminals to sell drugs across the country during a seven-day long intensification week, an increase of 65% from the previous intensification week when 104 lines were closed.',
     [F('lines_closed', '', 'count', 172), N(65, 'exact', 'a percentage increase'),
      F('lines_closed', '', 'count', 104, 'exact', '', scope=('period', 'the previous intensification week'))]),
    ('There is no place to hide for these violent county lines criminals and our latest intensification week figures show significant inroads policing has made into these criminal networks with 172 county lines closed during the week.',
     [F('lines_closed', '', 'count', 172)]),
    ('Not only that, but we have continued to go after the line holders and arrested over 1300 criminals involved in county lines and taken extremely dangerous weapons, including 43 firearms off the street.',
     [F('arrests', '', 'people', 1300, 'more_than'), U('weapons_seized', '', 'weapons: no number'),
      F('weapons_seized', 'firearm', 'count', 43)]),
    ('1360 people were arrested',
     [F('arrests', '', 'people', 1360)]),
    ('321 weapons seized, including 43 firearms and 228 bladed weapons',
     [F('weapons_seized', '', 'count', 321), F('weapons_seized', 'firearm', 'count', 43),
      F('weapons_seized', 'knife', 'count', 228, 'exact', 'bladed weapons')]),
    ('Over £2.7m worth of Class A & Class B drugs seized',
     [F('drugs_seized', '', 'gbp', 2700000, 'more_than', 'Class A and B: empty item')]),
    ('9 kg of Crack Cocaine, 15.3 kg of Heroine, 48.1 kg of Cocaine and 69kg of Cannabis seized',
     [F('drugs_seized', 'crack_cocaine', 'g', 9000), F('drugs_seized', 'heroin', 'g', 15300, 'exact', '"Heroine": sic'),
      F('drugs_seized', 'cocaine', 'g', 48100), F('drugs_seized', 'cannabis', 'g', 69000)]),
    ('£987,562 in cash seized',
     [F('cash_seized', '', 'gbp', 987562)]),
)

# 17. CW Herald, Cumbria, September 2020 week (the force's release; ITV Border's rewrite already used)
add(U17, '2020-09', 'cumbria',
    ('Fifteen people were arrested in Cumbria as forces across the country targeted county lines crime during a week-long national focus on the issue.',
     [F('arrests', '', 'people', 15, 'exact', 'number word')]),
    ('Two people arrested on the M6 on suspicion of money laundering;',
     [F('arrests', '', 'people', 2, 'exact', 'number word', scope=('part', 'one road (the M6)'))]),
    ('Two arrests of people in Carlisle, on suspicion of possession of drugs;',
     [F('arrests', '', 'people', 2, 'exact', 'number word', scope=('part', 'one city (Carlisle)'))]),
    ('Five arresting Barrow on suspicion of offences including possession of drugs, possessing an offensive weapon and being concerned in the supply of drugs;',
     [F('arrests', '', 'people', 5, 'exact', '"Five arresting Barrow": sic', scope=('part', 'one town (Barrow)'))]),
    ('Four more arrests made in Barrow on suspicion of being concerned in the supply of drugs;',
     [F('arrests', '', 'people', 4, 'exact', 'number word', scope=('part', 'one town (Barrow)'))]),
    ('Police also carried out search warrants at properties; made 35 stop-searches in a joint operation with Merseyside Police; took safeguarding action over a number of vulnerable people while neighbourhood police teams were involved in raising awareness and carrying out leaflet drops at places such as hotels and GP surgeries.',
     [U('warrants'),
      F('stop_searches', '', 'count', 35, 'exact', 'doubtful: a joint operation, may include Merseyside officers\' searches',
        scope=('national', 'a joint operation with another force (Merseyside)')),
      U('safeguarded', '', '"a number of vulnerable people": no number')]),
)


def rows(P, strict, drop=(), start=2300):
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
    for name, strict in (('round20_figure.csv', False), ('round20_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
