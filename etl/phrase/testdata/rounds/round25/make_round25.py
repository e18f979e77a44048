#!/usr/bin/env python3
"""Round 25: real county lines wording, labelled by hand (round-25 collector, 29 Nov 2026).

Each entry: (phrase, url, week, source_force, facts).  A fact is
F(metric, item, unit, value, qualifier, note, scope): in round25_figure.csv
it is written as is (what the figure IS); in round25_week.csv a fact with a
scope is written as a NONE row, "NONE(scope): why".  N(...) is a figure that
fits no metric (NONE in both files).  U(...) is an item or metric named with
no number (unquantified, value NULL).
Made in the shape of round 24 (same helpers, same conventions).
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


U1 = 'https://www.pressreader.com/uk/the-oban-times/20200924/281925955448739'
U2 = 'https://www.pressandjournal.co.uk/fp/news/highlands-islands/4854268/oban-drugs-police-county-lines-quarry-road/'
U3 = 'https://scotland.police.uk/what-s-happening/news/2022/september/officers-in-oban-continue-to-combat-drugs-and-county-lines'
U4 = 'https://www.heraldscotland.com/news/18728801.100k-drugs-cash-seized-police-target-county-lines-gangs-scotland-wide-operation/?ref=rss'
U5 = 'https://www.midlothianview.com/news/police-scotland-acts-to-protect-young-people-from-county-lines-drug-dealers'
U6 = 'https://theedinburghreporter.co.uk/2025/05/police-make-multiple-arrests-as-part-investigation-to-dismantle-organised-crime-gang/'
U7 = 'https://www.falkirkherald.co.uk/news/crime/intense-operation-police-scotland-arrest-100-people-and-seize-over-200-kilogrammes-of-illegal-drugs-5119672'
U8 = 'https://bathvoice.co.uk/2024/03/15/bath-voice-news-police-smash-county-lines-drug-network-in-raids-across-bath-bristol-and-the-west-in-move-to-destroy-criminal-networks'
U9 = 'https://news.devon-cornwall.police.uk/news-article/5962f120-51d0-f011-9d88-6045bdd24049'
U10 = 'https://www.dawlish-today.co.uk/news/more-than-100-arrests-in-south-west-county-lines-operation-857931'
U11 = 'https://www.dartmouth-today.co.uk/news/over-100-arrests-in-police-crackdown-on-drug-supply-and-child-exploitation-857940'
U12 = 'https://origonews.com/us/over-100-individuals-arrested-in-county-lines-operation-7761.html'
U13 = 'https://feeds.bbci.co.uk/news/uk-england-devon-66113290'
U14 = 'https://www.sussexexpress.co.uk/news/crime/sussex-police-seize-crack-cocaine-heroin-from-across-county-line-in-crackdown-4060458'
U15 = 'https://www.edp24.co.uk/news/more-than-100-suspected-dealers-arrested-in-police-campaign-to-960332'
U16 = 'https://www.edp24.co.uk/news/crime/operation-gravity-are-police-winning-the-war-on-drugs-1099010'
U17 = 'http://www.hu17.net/2017/10/21/twenty-six-arrests-following-police-operation-to-target-drug-dealers/'
U18 = 'https://eyeonsouthport.co.uk/officers-from-btp-seized-almost-quarter-of-a-million-pounds-from-county-lines-in-the-last-year'
U19 = 'https://www.sloughexpress.co.uk/gallery/slough/140940/arrests-made-and-40-000-cash-seized-in-slough-as-part-of-county-lines-crackdown.html'
U20 = 'https://altonherald.com/news/hampshire-police-dismantle-15-county-lines-drug-dealing-networks-672498'
U21 = 'https://www.islandecho.co.uk/drug-supply-lines-disrupted-across-hampshire-and-isle-of-wight-during-national-week-of-intensifaction/'
U22 = 'https://hampshire-pcc.gov.uk/thousands-of-pounds-worth-of-drugs-off-the-streets-in-hampshire-and-the-isle-of-wight'
U23 = 'https://www.hampshire.police.uk/news/hampshire/news/news/2020/march/drug-seizures-and-arrests-across-the-isle-of-wight/'
U24 = 'https://www.thetelegraphandargus.co.uk/news/18227225.bradford-homes-raided-major-county-lines-crackdown-operation/'
U25 = 'https://www.blackpoolgazette.co.uk/news/more-than-60-arrested-as-police-seize-weapons-and-ps20000-in-cash-in-lancashire-county-lines-crackdown-5212981'
U26 = 'https://www.blackpoolgazette.co.uk/news/crime/11-arrested-during-police-operation-to-crackdown-on-county-lines-drug-dealing-3563579'
U27 = 'https://hellorayo.co.uk/greatest-hits/liverpool-north-west-north-wales/news/week-long-merseyside-drug-crackdown'
U28 = 'https://d33gy59ovltp76.cloudfront.net/news/doors-go-in-as-county-lines-task-force-raid-homes-350-miles-away'
U29 = 'https://www.merseyside.police.uk/news/merseyside/news/2023/september/project-medusa-officers-deploy-to-plymouth-to-target-county-lines/'

P = []  # (phrase, url, week, force, facts)


def add(url, week, force, *items):
    for phrase, facts in items:
        P.append((phrase, url, week, force, facts))


# 1. The Oban Times (PressReader), Police Scotland's county lines day of action, 16 September 2020, Highlands and Islands
HI = ('part', 'one division (Highlands and Islands) of Police Scotland')
add(U1, '2020-09', 'police_scotland',
    ('Seven people were safeguarded, four warrants were executed and six people were arrested in the Highlands and Islands during a Police Scotland day of action to target county lines drug dealers.',
     [F('safeguarded', '', 'people', 7, 'exact', 'number word', scope=HI),
      F('warrants', '', 'count', 4, 'exact', 'number word', scope=HI),
      F('arrests', '', 'people', 6, 'exact', 'number word', scope=HI)]),
    ('More than £14,000 of drugs and approximately £5,600 in cash were seized in the area.',
     [F('drugs_seized', '', 'gbp', 14000, 'more_than', 'drugs of all kinds: empty item', scope=HI),
      F('cash_seized', '', 'gbp', 5600, 'approximately', '', scope=HI)]),
    ('A large quantity of controlled drugs, including heroin, cocaine, amphetamine and cannabis were seized across Scotland.',
     [U('drugs_seized', '', '"a large quantity": no number; "across Scotland" = the force (Police Scotland)'),
      U('drugs_seized', 'heroin', 'named with no number'),
      U('drugs_seized', 'cocaine', 'named with no number'),
      U('drugs_seized', 'amphetamine', 'named with no number'),
      U('drugs_seized', 'cannabis', 'named with no number')]),
)

# 2. Press and Journal, Oban, Operation Bullfrog in Argyll (September 2022; no national week)
OBN = ('part', 'one town (Oban, Argyll) of Police Scotland, Operation Bullfrog')
add(U2, '', 'police_scotland',
    ('Police in Oban have arrested five people following a County Lines drugs operation – but want to do more to tackle the issue in the town.',
     [F('arrests', '', 'people', 5, 'exact', 'number word', scope=OBN)]),
    ('Five people were arrested, and at least one person has appeared in court on drug-related charges.',
     [F('arrests', '', 'people', 5, 'exact', 'number word', scope=OBN),
      N(1, 'at_least', 'number word; people who appeared in court: no metric')]),
)

# 3. Police Scotland's own page, Oban (September 2022)
add(U3, '', 'police_scotland',
    ('Five people have been arrested as part of police’s ongoing proactivity.',
     [F('arrests', '', 'people', 5, 'exact', 'number word; Operation Bullfrog in Argyll (Oban)', scope=OBN)]),
)

# 4. The Herald, Police Scotland's day of action, September 2020 (inside the national week)
add(U4, '2020-09', 'police_scotland',
    ('Police seized over £100,000 of drugs and cash in a Scotland-wide operation yesterday that resulted in 20 arrests across the country.',
     [N(100000, 'more_than', 'drugs and cash together: a figure that mixes two metrics'),
      F('arrests', '', 'people', 20, 'exact', '"across the country" = Scotland, the force')]),
    ('A total of 83 vulnerable people were identified and successfully safeguarded over the course of the day, after a number of \'cuckooing\' addresses were visited by officers.',
     [F('safeguarded', '', 'people', 83),
      U('cuckooed_addresses_visited', '', '"a number of": no number')]),
    ('A large quantity of controlled drugs, including heroin, cocaine, amphetamine and cannabis were also seized, while thousands of pounds in cash and weapons - including a Samurai sword - were also recovered.',
     [U('drugs_seized', '', '"a large quantity": no number'),
      U('drugs_seized', 'heroin', 'named with no number'),
      U('drugs_seized', 'cocaine', 'named with no number'),
      U('drugs_seized', 'amphetamine', 'named with no number'),
      U('drugs_seized', 'cannabis', 'named with no number'),
      U('cash_seized', '', '"thousands of pounds": no exact number'),
      U('weapons_seized', '', 'no number'),
      F('weapons_seized', 'sword', 'count', 1, 'exact', '"a Samurai sword"; recovered = seized')]),
)

# 5. Midlothian View, Police Scotland in the March 2024 week
add(U5, '2024-03', 'police_scotland',
    ('Between Monday 4th March and Sunday 10th March 2024, officers identified and safeguarded vulnerable people across the country, illegal drugs, cash and offensive weapons, including a firearm, were also recovered.',
     [U('safeguarded', '', 'no number'),
      U('drugs_seized', '', 'no number'),
      U('cash_seized', '', 'no number'),
      U('weapons_seized', '', 'no number'),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', '"a firearm"; recovered = seized')]),
    ('During the UK-wide initiative – co-ordinated by the National Police Chiefs Council (NPCC) – officers in Scotland safeguarded 22 vulnerable people and engaged with another 1070.',
     [F('safeguarded', '', 'people', 22),
      N(1070, 'exact', '"engaged with another 1070": people of no stated vulnerability, not said to be safeguarded (as round 17 took "another 650"; doubtful)')]),
)

# 6. Edinburgh Reporter, Police Scotland's Operation Intensity (May 2023 - May 2025; no national week)
add(U6, '', 'police_scotland',
    ('Police Scotland has made around 100 arrests, seized more than 200 kilograms of illegal drugs, taken three firearms off the street and safeguarded 11 children as part of a significant investigation to dismantle a Scottish organised crime gang.',
     [F('arrests', '', 'people', 100, 'approximately'),
      F('drugs_seized', '', 'g', 200000, 'more_than', '200 kilograms; drugs of all kinds: empty item'),
      F('weapons_seized', 'firearm', 'count', 3, 'exact', 'number word; "taken off the street" = seized'),
      F('safeguarded_juvenile', '', 'people', 11, 'exact', 'children')]),
    ('Forty-six search warrants were executed as part of action to disrupt the gang, which resulted in large quantities of drugs, including cocaine, heroin, ecstasy, pills and herbal cannabis being seized.',
     [F('warrants', '', 'count', 46, 'exact', 'number word'),
      U('drugs_seized', '', '"large quantities": no number'),
      U('drugs_seized', 'cocaine', 'named with no number'),
      U('drugs_seized', 'heroin', 'named with no number'),
      U('drugs_seized', 'mdma', 'ecstasy, named with no number'),
      U('drugs_seized', 'cannabis', 'herbal cannabis, named with no number; "pills" (kind not said) gets no row')]),
    ('More than £600,000 in cash and firearms, including a handgun, air weapon and a BB gun, were also recovered with ammunition from the addresses.',
     [F('cash_seized', '', 'gbp', 600000, 'more_than', 'recovered = seized'),
      F('weapons_seized', 'firearm', 'count', 1, 'exact', '"a handgun"; the group "firearms" has no number of its own (no separate row)'),
      F('weapons_seized', 'air_weapon', 'count', 1, 'exact', '"air weapon" after "a handgun": one, by the list\'s article (doubtful)'),
      F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', '"a BB gun"'),
      U('weapons_seized', 'ammunition', 'named with no number')]),
    ('Alongside this enforcement activity, 11 children were safeguarded after officers identified they were at risk from the gang as part of their criminal activities.',
     [F('safeguarded_juvenile', '', 'people', 11)]),
)

# 7. Falkirk Herald, the same operation (its own wording)
add(U7, '', 'police_scotland',
    ('The force made around 100 arrests, seized more than 200 kilograms of illegal drugs, took three firearms off the street and safeguarded 11 children as part of a significant investigation into a Scottish OCG.',
     [F('arrests', '', 'people', 100, 'approximately'),
      F('drugs_seized', '', 'g', 200000, 'more_than', '200 kilograms; drugs of all kinds: empty item'),
      F('weapons_seized', 'firearm', 'count', 3, 'exact', 'number word'),
      F('safeguarded_juvenile', '', 'people', 11, 'exact', 'children')]),
    ('At total of 46 search warrants were executed as part of action to disrupt the gang, which resulted in large quantities of drugs, including cocaine, heroin, ecstasy, pills and herbal cannabis being seized.',
     [F('warrants', '', 'count', 46, 'exact', '"At total" sic'),
      U('drugs_seized', '', '"large quantities": no number'),
      U('drugs_seized', 'cocaine', 'named with no number'),
      U('drugs_seized', 'heroin', 'named with no number'),
      U('drugs_seized', 'mdma', 'ecstasy, named with no number'),
      U('drugs_seized', 'cannabis', 'herbal cannabis, named with no number')]),
)

# 8. Bath Voice, Avon and Somerset Police's March 2024 week (burnham-on-sea.com's copy was used)
add(U8, '2024-03', 'avon_and_somerset',
    ('13 people were arrested.',
     [F('arrests', '', 'people', 13)]),
    ('More than £35,000 of Class A drugs',
     [F('drugs_seized', 'class_a', 'gbp', 35000, 'more_than', 'under "Evidence and property were seized, including:"')]),
    ('£145,000 of cannabis',
     [F('drugs_seized', 'cannabis', 'gbp', 145000)]),
    ('Five prohibited weapons.',
     [F('weapons_seized', '', 'count', 5, 'exact', 'number word')]),
    ('More than £25,000 of cash',
     [F('cash_seized', '', 'gbp', 25000, 'more_than')]),
    ('Thirty-one visits were made, some with partners such as council officers, to addresses where cuckooing has been suspected or previously carried out, to help keep people safe from harm.',
     [F('cuckooed_addresses_visited', '', 'count', 31, 'exact', 'number word')]),
    ('Officers and staff also carried out 29 engagement visits across Avon and Somerset, delivering education and awareness events, at schools, colleges, and youth clubs as well as in public places such as train stations and parks, to raise awareness of the dangers of drugs and county lines.',
     [F('engagement_events', '', 'count', 29, 'exact', 'engagement visits delivering education and awareness events (doubtful: could be school_inputs)')]),
)

# 9. Devon and Cornwall Police, Operation Scorpion 13 (24-30 November 2025; no national week)
SW = ('national', 'the five South West forces together (Operation Scorpion)')
add(U9, '', 'devon_and_cornwall',
    ('More than a hundred people have been arrested across the South West after police forces came together to target illegal drugs and child criminal exploitation.',
     [F('arrests', '', 'people', 100, 'more_than', '"a hundred"', scope=SW)]),
    ('In addition, vulnerable people were safeguarded, with 10 people in Devon and Cornwall and others elsewhere identified from the phones seized from suspected dealers and sent text messages with details of support services.',
     [F('safeguarded', '', 'people', 10, 'exact', 'vulnerable people identified from seized phones and sent support details (synonym "Vulnerable people identified"; doubtful)')]),
    ('48 people were safeguarded, including five children',
     [F('safeguarded', '', 'people', 48, scope=SW),
      F('safeguarded_juvenile', '', 'people', 5, 'exact', 'number word', scope=SW)]),
    ('27 arrests',
     [F('arrests', '', 'people', 27, 'exact', 'under "In Devon and Cornwall:"')]),
    ('21 people safeguarded, including one child',
     [F('safeguarded', '', 'people', 21),
      F('safeguarded_juvenile', '', 'people', 1, 'exact', 'number word')]),
    ('£17,465 cash seized',
     [F('cash_seized', '', 'gbp', 17465)]),
    ('308 cannabis plants confiscated',
     [F('drugs_seized', 'cannabis', 'plants', 308, 'exact', 'confiscated = seized')]),
    ('Two guns seized, plus one imitation firearm',
     [F('weapons_seized', 'firearm', 'count', 2, 'exact', 'number word; guns -> firearm'),
      F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', 'number word')]),
    ('Six other weapons seized',
     [F('weapons_seized', 'other_weapon', 'count', 6, 'exact', 'number word')]),
)

# 10. Dawlish Today, the same week (a rewrite)
add(U10, '', 'devon_and_cornwall',
    ('POLICE seized several guns, tens of thousands of cash and arrested more than 100 people during a coordinated week of activity targeting drug supply across the South West.',
     [U('weapons_seized', 'firearm', '"several guns": no number', scope=SW),
      U('cash_seized', '', '"tens of thousands": no exact number', scope=SW),
      F('arrests', '', 'people', 100, 'more_than', '', scope=SW)]),
    ('In total, across the South West: 112 people were arrested; £67,329 cash was seized; 52kg of cannabis was confiscated, including 868 cannabis plants; three guns were recovered, plus five imitation firearms and 48 people were safeguarded, including five children.',
     [F('arrests', '', 'people', 112, scope=SW),
      F('cash_seized', '', 'gbp', 67329, scope=SW),
      F('drugs_seized', 'cannabis', 'g', 52000, 'exact', '52kg; confiscated = seized', scope=SW),
      F('drugs_seized', 'cannabis', 'plants', 868, 'exact', 'inside the 52kg', scope=SW),
      F('weapons_seized', 'firearm', 'count', 3, 'exact', 'number word; guns -> firearm', scope=SW),
      F('weapons_seized', 'imitation_firearm', 'count', 5, 'exact', 'number word', scope=SW),
      F('safeguarded', '', 'people', 48, scope=SW),
      F('safeguarded_juvenile', '', 'people', 5, 'exact', 'number word', scope=SW)]),
)

# 11. Dartmouth Today, the same week (another rewrite)
add(U11, '', 'devon_and_cornwall',
    ('Across the South West, 112 arrests were made.',
     [F('arrests', '', 'people', 112, scope=SW)]),
    ('Officers seized more than £67,000 in cash, 52 kilograms of cannabis, including 868 plants, and recovered three firearms along with imitation weapons.',
     [F('cash_seized', '', 'gbp', 67000, 'more_than', '', scope=SW),
      F('drugs_seized', 'cannabis', 'g', 52000, 'exact', '52 kilograms', scope=SW),
      F('drugs_seized', 'cannabis', 'plants', 868, 'exact', 'inside the 52 kilograms', scope=SW),
      F('weapons_seized', 'firearm', 'count', 3, 'exact', 'number word', scope=SW),
      U('weapons_seized', 'imitation_firearm', '"imitation weapons": no number', scope=SW)]),
    ('Forty-eight people were safeguarded, including five children.',
     [F('safeguarded', '', 'people', 48, 'exact', 'number word', scope=SW),
      F('safeguarded_juvenile', '', 'people', 5, 'exact', 'number word', scope=SW)]),
    ('In Devon and Cornwall, police made 27 arrests, safeguarded 21 people, including one child, seized more than £17,000, and recovered 308 cannabis plants.',
     [F('arrests', '', 'people', 27, 'exact', '"In Devon and Cornwall" = the force'),
      F('safeguarded', '', 'people', 21),
      F('safeguarded_juvenile', '', 'people', 1, 'exact', 'number word'),
      F('cash_seized', '', 'gbp', 17000, 'more_than', 'a sum with no noun: cash (the release says cash)'),
      F('drugs_seized', 'cannabis', 'plants', 308, 'exact', 'recovered = seized')]),
    ('Two guns, an imitation firearm and six other weapons were also taken off the streets.',
     [F('weapons_seized', 'firearm', 'count', 2, 'exact', 'number word; guns -> firearm'),
      F('weapons_seized', 'imitation_firearm', 'count', 1, 'exact', '"an imitation firearm"'),
      F('weapons_seized', 'other_weapon', 'count', 6, 'exact', 'number word')]),
    ('In Devon and Cornwall, 400 pupils in Helston received a talk on exploitation, while a Plymouth school hosted the charity Escape Line.',
     [F('children_engaged', '', 'people', 400, 'exact', 'pupils given a talk', scope=('part', 'one town (Helston)'))]),
)

# 12. Origo News, the same South West week (its arrests figure differs: 122, not 112)
add(U12, '', 'devon_and_cornwall',
    ('Authorities confirmed that 122 people were arrested across multiple locations.',
     [F('arrests', '', 'people', 122, 'exact', 'the South West total (the police release says 112)', scope=SW)]),
    ('During the operation, authorities seized 67,329 in cash, 52kg of cannabis, 868 cannabis plants, three firearms, and five imitation weapons.',
     [F('cash_seized', '', 'gbp', 67329, 'exact', '"67,329 in cash": the £ sign is missing (sic)', scope=SW),
      F('drugs_seized', 'cannabis', 'g', 52000, 'exact', '52kg', scope=SW),
      F('drugs_seized', 'cannabis', 'plants', 868, 'exact', 'listed beside the 52kg here', scope=SW),
      F('weapons_seized', 'firearm', 'count', 3, 'exact', 'number word', scope=SW),
      F('weapons_seized', 'imitation_firearm', 'count', 5, 'exact', 'number word; imitation weapons -> imitation firearms', scope=SW)]),
    ('Additionally, 48 people, including five children, were safeguarded.',
     [F('safeguarded', '', 'people', 48, scope=SW),
      F('safeguarded_juvenile', '', 'people', 5, 'exact', 'number word', scope=SW)]),
)

# 13. BBC News Devon, Devon and Cornwall's part of Operation Scorpion, July 2023 (no national week)
add(U13, '', 'devon_and_cornwall',
    ('More than 1,190 cannabis plants with a street value of about £675,000 have been seized across Devon and Cornwall.',
     [F('drugs_seized', 'cannabis', 'plants', 1190, 'more_than'),
      F('drugs_seized', 'cannabis', 'gbp', 675000, 'approximately')]),
    ('Police confirmed five men had been arrested as part of Operation Scorpion, with arrests focused on drugs and modern-day slavery.',
     [F('arrests_male', '', 'people', 5, 'exact', 'number word; men arrested')]),
    ('The regional drugs operation saw 20 warrants executed across Exeter, Plymouth, Torquay and Camborne.',
     [F('warrants', '', 'count', 20, 'exact', 'towns of the force (they say where, not a part)')]),
)

# 14. Sussex Express, Sussex Police in the February-March 2023 week
add(U14, '2023-02', 'sussex',
    ('Nearly 400 packages of crack cocaine, heroin and other drugs were seized in an effort to tackle drugs coming into the area across county borders.',
     [F('drugs_seized', '', 'wraps', 400, 'less_than', 'packages = wraps (doubtful); several drugs: empty item')]),
    ('The campaign by Sussex Police resulted in more than £15,000 in cash seized as well as cannabis and phones.',
     [F('cash_seized', '', 'gbp', 15000, 'more_than'),
      U('drugs_seized', 'cannabis', 'named with no number'),
      U('mobile_phones_seized', '', 'named with no number')]),
    ('Overall, 27 people were arrested.',
     [F('arrests', '', 'people', 27)]),
    ('In Brighton, stop checks on vehicles and people resulted in 13 arrests as well as £15,000 in cash being seized, as well as three weapons.',
     [F('arrests', '', 'people', 13, 'exact', '', scope=('part', 'one city (Brighton)')),
      F('cash_seized', '', 'gbp', 15000, 'exact', '', scope=('part', 'one city (Brighton)')),
      F('weapons_seized', '', 'count', 3, 'exact', 'number word', scope=('part', 'one city (Brighton)'))]),
)

# 15. EDP, Norfolk's Operation Gravity after three months (February 2017; no national week)
add(U15, '', 'norfolk',
    ('More than 100 suspected drug dealers have been arrested by police in Norfolk as the drive to rid our county of heroin and cocaine gathers pace.',
     [F('arrests', '', 'people', 100, 'more_than')]),
    ('Over the last three months, around £10,000 worth of Class A drugs have been seized along with £25,000 in cash, 10 knives and two offensive weapons.',
     [F('drugs_seized', 'class_a', 'gbp', 10000, 'approximately'),
      F('cash_seized', '', 'gbp', 25000),
      F('weapons_seized', 'knife', 'count', 10),
      F('weapons_seized', 'other_weapon', 'count', 2, 'exact', 'number word; offensive weapons beside the knives (doubtful: could be weapons_seized with an empty item)')]),
    ('A total of 106 people have been arrested and with a large percentage from the London area, officers feel confident they are stymying the flow of drugs across the border.',
     [F('arrests', '', 'people', 106)]),
)

# 16. EDP, Operation Gravity almost a year on (2017)
add(U16, '', 'norfolk',
    ('To date, there have been 307 arrests made in the campaign.',
     [F('arrests', '', 'people', 307)]),
    ('In May, six traffickers who brought heroin and crack cocaine from London to Norwich and supplied to more than 270 dealers in the city were jailed for a total of 42 years.',
     [N(6, 'exact', 'number word; people jailed: no metric'),
      N(270, 'more_than', 'dealers supplied: no metric'),
      N(42, 'exact', 'years of prison: no metric')]),
)

# 17. HU17.net, Humberside Police's operation on one Hull estate (October 2017; no national week)
GTS = ('part', 'one estate (Great Thornton Street, Hull)')
add(U17, '', 'humberside',
    ('An on-going police operation in the Great Thornton Street Estate area of Hull has led to the arrest of 24 with suspected links to organised crime.',
     [F('arrests', '', 'people', 24, scope=GTS)]),
    ('We have conducted six warrants under the Misuse of Drugs Act over the last three weeks and carried out nine Police and Criminal Evidence searches, leading to the arrest of 24 people and the seizure of large amounts of controlled substances, including Heroin, Cocaine, Crack Cocaine, Amphetamine and Cannabis as well as cash in excess of £20,000.',
     [F('warrants', '', 'count', 6, 'exact', 'number word', scope=GTS),
      N(9, 'exact', 'number word; PACE searches (of premises): no metric'),
      F('arrests', '', 'people', 24, scope=GTS),
      U('drugs_seized', '', '"large amounts": no number', scope=GTS),
      U('drugs_seized', 'heroin', 'named with no number', scope=GTS),
      U('drugs_seized', 'cocaine', 'named with no number', scope=GTS),
      U('drugs_seized', 'crack_cocaine', 'named with no number', scope=GTS),
      U('drugs_seized', 'amphetamine', 'named with no number', scope=GTS),
      U('drugs_seized', 'cannabis', 'named with no number', scope=GTS),
      F('cash_seized', '', 'gbp', 20000, 'more_than', '"in excess of"', scope=GTS)]),
)

# 18. Eye on Southport, British Transport Police's County Lines Taskforce over a year
YR = ('period', 'the taskforce\'s last 12 months, not a week')
add(U18, '', 'british_transport_police',
    ('In the past year these operations have led to 671 arrests, an incredible 540 drug seizures including over 154kg of Class A and 113kg of Class B.',
     [F('arrests', '', 'people', 671, scope=YR),
      N(540, 'exact', 'drug seizures counted (occasions): no metric'),
      F('drugs_seized', 'class_a', 'g', 154000, 'more_than', '154kg', scope=YR),
      F('drugs_seized', 'class_b', 'g', 113000, 'exact', '113kg ("over" stands before the 154kg only)', scope=YR)]),
    ('Alongside these seizures officers have seized over £245k in cash from criminal activity.',
     [F('cash_seized', '', 'gbp', 245000, 'more_than', '£245k', scope=YR)]),
    ('Compared to the previous year, 73 more arrests were made and hundreds more people supported through safeguarding.',
     [N(73, 'exact', 'a change in arrests from the year before: no metric'),
      N('NULL', 'unquantified', '"hundreds more people" supported: a change, no metric')]),
    ('Incredibly, in the last year 22 Modern Day Slavery Charges were made - the most of any year since the taskforce was formed in 2019.',
     [F('modern_slavery_charges', '', 'people', 22, 'exact', 'charges counted, the metric counts people (synonym "Modern slavery charges"; doubtful)', scope=YR)]),
    ('More than 500 mobile phones used to orchestrate the transportation of drugs and weapons on the rail network were seized over the past 12 months.',
     [F('deal_line_phones_seized', '', 'count', 500, 'more_than', 'phones used to run the drugs (as round 24 took ENI\'s)', scope=YR)]),
)

# 19. Slough Express, Thames Valley Police in the January 2019 week
SLO = ('part', 'one town (Slough)')
add(U19, '2019-01', 'thames_valley',
    ('A total of 27 arrests were made, £40,000 cash was seized and five warrants were issued in Slough as part of a Thames Valley Police (TVP) crackdown on county lines drug dealing.',
     [F('arrests', '', 'people', 27, scope=SLO),
      F('cash_seized', '', 'gbp', 40000, scope=SLO),
      F('warrants', '', 'count', 5, 'exact', 'number word; "issued" taken as executed (doubtful)', scope=SLO)]),
    ('TVP Slough also revealed it seized 30 mobile phones and 160 wraps of class A drugs.',
     [F('mobile_phones_seized', '', 'count', 30, scope=SLO),
      F('drugs_seized', 'class_a', 'wraps', 160, scope=SLO)]),
    ('In total across the Thames Valley, 106 arrests were made, £133,000 was seized, 27 warrants were executed, 156 stop and searches were carried out, and more than 2,800 wraps of cocaine, heroin and cannabis were taken off the streets.',
     [F('arrests', '', 'people', 106),
      F('cash_seized', '', 'gbp', 133000, 'exact', 'a sum with no noun: cash by context (doubtful)'),
      F('warrants', '', 'count', 27),
      F('stop_searches', '', 'count', 156),
      F('drugs_seized', '', 'wraps', 2800, 'more_than', 'several drugs: empty item')]),
    ('Officers also took a number of weapons out of the hands of criminals, and seized 147 phones linked to county line drug dealing.',
     [U('weapons_seized', '', '"a number of": no number'),
      F('deal_line_phones_seized', '', 'count', 147, 'exact', 'phones linked to county line dealing')]),
    ('A total of 43 children and 69 vulnerable adults were safeguarded, and TVP visited 41 schools to provide information on how to spot the signs of someone being groomed by an OCG.',
     [F('safeguarded_juvenile', '', 'people', 43),
      F('safeguarded_adult', '', 'people', 69),
      F('schools_visited', '', 'count', 41)]),
    ('The force also visited 115 addresses where ‘cuckooing’ has taken place.',
     [F('cuckooed_addresses_visited', '', 'count', 115)]),
)

# 20. Alton Herald, Hampshire and Isle of Wight Constabulary in the March 2024 week (the force's own page was used)
add(U20, '2024-03', 'hampshire',
    ('Fifteen county lines drug-dealing networks were dismantled and 64 arrests were made during an intensification week focused on tackling drug-related harm and violence in Hampshire and on the Isle of Wight.',
     [F('lines_closed', '', 'count', 15, 'exact', 'number word; networks dismantled = closed'),
      F('arrests', '', 'people', 64)]),
    ('They also protected 58 children and vulnerable adults from harm.',
     [F('safeguarded', '', 'people', 58, 'exact', 'protected = safeguarded; children and adults together')]),
    ('The week resulted in the seizure of 460.5g of cocaine, 109g of crack, 25g of heroin, 3,492.5g of cannabis, 30 pills of other MDMA drugs, £30,240.89 in cash, 94 phones and 14 weapons.',
     [F('drugs_seized', 'cocaine', 'g', 460.5),
      F('drugs_seized', 'crack_cocaine', 'g', 109),
      F('drugs_seized', 'heroin', 'g', 25),
      F('drugs_seized', 'cannabis', 'g', 3492.5),
      F('drugs_seized', 'mdma', 'tablets', 30, 'exact', '"pills of other MDMA drugs" (doubtful: "other")'),
      F('cash_seized', '', 'gbp', 30240.89),
      F('mobile_phones_seized', '', 'count', 94),
      F('weapons_seized', '', 'count', 14)]),
    ('Officers carried out 244 stop-searches and made 64 arrests.',
     [F('stop_searches', '', 'count', 244),
      F('arrests', '', 'people', 64)]),
)

# 21. Island Echo, Hampshire and Isle of Wight Constabulary in the November-December 2024 week
add(U21, '2024-11', 'hampshire',
    ('Over £300,000 worth of drugs have been removed from the streets of Hampshire and the Isle of Wight as part of a national week of intensification to tackle the drug supply and related high harm that brings violence and misery to communities, and exposes young people at risk to exploitation.',
     [F('drugs_seized', '', 'gbp', 300000, 'more_than', '"removed from the streets" = seized; the force\'s whole area')]),
    ('Throughout the week of action, which ran from Monday 25th November until Sunday 1st December, officers arrested 94 individuals who were either deemed to be ‘line holders’ or those who were responsible for supplying drugs on the line holders behalf.',
     [F('arrests', '', 'people', 94)]),
    ('Cocaine – 2.99kg with a street value of £151,450',
     [F('drugs_seized', 'cocaine', 'g', 2990, 'exact', '2.99kg'),
      F('drugs_seized', 'cocaine', 'gbp', 151450)]),
    ('Crack – 355g with a street value of £31,150',
     [F('drugs_seized', 'crack_cocaine', 'g', 355),
      F('drugs_seized', 'crack_cocaine', 'gbp', 31150)]),
    ('Heroin – 19.5g with a street value of £2,415',
     [F('drugs_seized', 'heroin', 'g', 19.5),
      F('drugs_seized', 'heroin', 'gbp', 2415)]),
    ('Cannabis – 11,584g with a street value of £115,840',
     [F('drugs_seized', 'cannabis', 'g', 11584),
      F('drugs_seized', 'cannabis', 'gbp', 115840)]),
    ('Alongside this, as a result of numerous warrants being executed, stop searches being conducted and other intel-led activity the Constabulary has dismantled 14 county lines, seized £134,600 in cash and / or proceeds from criminal activity in relation to drug supply, seized 170 mobile phones and devices as well as confiscating 33 weapons including bladed weapons, a crossbow, a baton and a baseball bat.',
     [U('warrants', '', '"numerous": no number'),
      U('stop_searches', '', 'no number'),
      F('lines_closed', '', 'count', 14, 'exact', 'dismantled = closed'),
      N(134600, 'exact', '"cash and / or proceeds": a figure that mixes cash and other proceeds (could be cash_seized)'),
      F('mobile_phones_seized', '', 'count', 170, 'exact', 'phones and devices'),
      F('weapons_seized', '', 'count', 33, 'exact', 'confiscated = seized; "bladed weapons" inside it add no row'),
      F('weapons_seized', 'crossbow', 'count', 1, 'exact', '"a crossbow", part of the 33'),
      F('weapons_seized', 'bat', 'count', 1, 'exact', '"a baton", part of the 33'),
      F('weapons_seized', 'bat', 'count', 1, 'exact', '"a baseball bat", part of the 33; a second bat item of one (not summed)')]),
)

# 22. The Hampshire PCC on the November-December 2024 week
add(U22, '2024-11', 'hampshire',
    ('The Police and Crime Commissioner, Donna Jones, has commended Hampshire & Isle of Wight Constabulary after more than £300K worth of drugs was seized in an intense week of disruption.',
     [F('drugs_seized', '', 'gbp', 300000, 'more_than', '£300K; drugs of all kinds: empty item')]),
    ('Hampshire & Isle of Wight Constabulary dismantled 14 county lines networks, seized over £134K in cash, arrested 94 people, seized 170 mobile phones and devices, and confiscated over 30 weapons.',
     [F('lines_closed', '', 'count', 14, 'exact', 'networks dismantled = closed'),
      F('cash_seized', '', 'gbp', 134000, 'more_than', '£134K'),
      F('arrests', '', 'people', 94),
      F('mobile_phones_seized', '', 'count', 170, 'exact', 'phones and devices'),
      F('weapons_seized', '', 'count', 30, 'more_than', 'confiscated = seized')]),
    ('During the week of action, police officers across the two counties also arrested 12 young people for drug-related offences.',
     [N(12, 'exact', '"young people": age not given (could be arrests_under_18, as round 24 judged "teenagers")')]),
)

# 23. Hampshire Constabulary, an Isle of Wight response team's two-week operation (March 2020; no national week)
IOW = ('part', 'one area (the Isle of Wight), one response shift\'s two-week operation')
add(U23, '', 'hampshire',
    ('In two weeks, we have seized a number of Class A, Class B and Class C drugs, as well as cash, vehicles, a knife, a knuckle duster and an air weapon.',
     [U('drugs_seized', '', '"a number of" Class A, B and C drugs: no number', scope=IOW),
      U('cash_seized', '', 'no number', scope=IOW),
      U('vehicles_seized', '', 'no number', scope=IOW),
      F('weapons_seized', 'knife', 'count', 1, 'exact', '"a knife"', scope=IOW),
      F('weapons_seized', 'knuckle_duster', 'count', 1, 'exact', '"a knuckle duster"', scope=IOW),
      F('weapons_seized', 'air_weapon', 'count', 1, 'exact', '"an air weapon"', scope=IOW)]),
    ('In addition, six people have been arrested as part of this operation.',
     [F('arrests', '', 'people', 6, 'exact', 'number word', scope=IOW)]),
)

# 24. Telegraph & Argus, Operation Jackal (West and North Yorkshire, Bradford raids on lines into Harrogate; no national week)
add(U24, '', 'north_yorkshire',
    ('The raids, part of Operation Jackal, targeted six addresses in a bid to bust three county lines dealing drugs between the city and Harrogate.',
     [N(6, 'exact', 'number word; addresses targeted: no metric'),
      N(3, 'exact', 'number word; county lines targeted, not said to be closed')]),
    ('Five men aged 20, 37, 29, 26, and 22 from Bradford were arrested.',
     [F('arrests_male', '', 'people', 5, 'exact', 'number word; men arrested (the other numbers are ages)')]),
    ('During the operation officers recovered suspected class A drugs including heroin and cocaine in the form of numerous wraps and a package, a total of £3,000 in cash from across the properties, a machete, 20 mobiles phones and suspected drugs paraphernalia including scales and deal bags.',
     [U('drugs_seized', 'class_a', 'no number ("numerous wraps and a package")'),
      U('drugs_seized', 'heroin', 'named with no number'),
      U('drugs_seized', 'cocaine', 'named with no number'),
      F('cash_seized', '', 'gbp', 3000, 'exact', 'recovered = seized'),
      F('weapons_seized', 'machete', 'count', 1, 'exact', '"a machete"'),
      F('mobile_phones_seized', '', 'count', 20, 'exact', '"mobiles phones" sic')]),
)

# 25. Blackpool Gazette, Lancashire Constabulary in the June 2025 week
add(U25, '2025-06', 'lancashire',
    ('A major week-long crackdown on County Lines drug networks in Lancashire has resulted in more than 60 arrests, the seizure of more than £20,000 in cash and the recovery of multiple weapons and illegal drugs.',
     [F('arrests', '', 'people', 60, 'more_than'),
      F('cash_seized', '', 'gbp', 20000, 'more_than'),
      U('weapons_seized', '', '"multiple": no number'),
      U('drugs_seized', '', 'no number')]),
    ('Officers also seized 78 mobile phones and confiscated suspected ketamine, crack cocaine, heroin and cocaine.',
     [F('mobile_phones_seized', '', 'count', 78),
      U('drugs_seized', 'ketamine', 'named with no number'),
      U('drugs_seized', 'crack_cocaine', 'named with no number'),
      U('drugs_seized', 'heroin', 'named with no number'),
      U('drugs_seized', 'cocaine', 'named with no number')]),
    ('More than 50 addresses believed to be involved in “cuckooing” were visited and safeguarding measures were put in place to protect those at risk.',
     [F('cuckooed_addresses_visited', '', 'count', 50, 'more_than'),
      U('safeguarded', '', 'safeguarding put in place, no number (doubtful)')]),
)

# 26. Blackpool Gazette, a one-day Lancashire and Merseyside operation in Blackpool (4 February 2022; no national week)
BPL = ('part', 'one town (Blackpool), a one-day operation')
add(U26, '', 'lancashire',
    ('Eleven people, including eight from Blackpool and one from Cleveleys, were arrested following the raids.',
     [F('arrests', '', 'people', 11, 'exact', 'number word', scope=BPL),
      N(8, 'exact', 'number word; those arrested who are from Blackpool: no metric'),
      N(1, 'exact', 'number word; one from Cleveleys: no metric')]),
    ('Suspected Class A and B drugs and £3k in cash were recovered, and eight vehicles were seized or banned from the roads as police dealt with 19 motoring offences.',
     [U('drugs_seized', '', 'Class A and B: empty item; no number', scope=BPL),
      F('cash_seized', '', 'gbp', 3000, 'exact', '£3k; recovered = seized', scope=BPL),
      N(8, 'exact', 'number word; vehicles "seized or banned from the roads": mixes two things (could be vehicles_seized)'),
      N(19, 'exact', 'motoring offences: no metric')]),
)

# 27. Hits Radio (hellorayo), Merseyside Police in the February-March 2023 week (eyeon.uk's copy of the release was used)
add(U27, '2023-02', 'merseyside',
    ('69 people have been arrested and more than £250,000 has been seized during a week-long crackdown on county lines drug-dealing across Merseyside.',
     [F('arrests', '', 'people', 69),
      F('cash_seized', '', 'gbp', 250000, 'more_than', 'a sum with no noun: cash (the list says cash)')]),
    ('Weapons including lock knives and a metal baton were seized',
     [U('weapons_seized', '', 'no number'),
      U('weapons_seized', 'knife', 'lock knives, no number'),
      F('weapons_seized', 'bat', 'count', 1, 'exact', '"a metal baton"')]),
    ('Around £100,000 in illegally imported cigarettes were recovered along with £20,000 worth of designer clothes and watches',
     [F('assets_seized', 'other_asset', 'gbp', 100000, 'approximately', 'illegally imported cigarettes (doubtful: could be NONE)'),
      F('assets_seized', '', 'gbp', 20000, 'exact', 'designer clothes and watches together: empty item')]),
    ('Officers helped to support 84 vulnerable people',
     [F('safeguarded', '', 'people', 84, 'exact', 'supported = engaged for safeguarding (doubtful)')]),
)

# 28. Liverpool Echo (cloudfront copy), Merseyside's Project Medusa in Cornwall during a national week
CRN = ('part', 'one joint operation in Cornwall inside Merseyside\'s week')
add(U28, '', 'merseyside',
    ('The operation, which involved a number of local teams as well as Merseyside Police\'s specialist officers and the South West Regional Organised Crime Unit (SWROCU), made 31 arrests and seized a large amount of drugs, cash and bladed weapons.',
     [F('arrests', '', 'people', 31, scope=CRN),
      U('drugs_seized', '', 'no number', scope=CRN),
      U('cash_seized', '', 'no number', scope=CRN),
      U('weapons_seized', 'knife', 'bladed weapons, no number', scope=CRN)]),
)

# 29. Merseyside Police, a two-day Project Medusa deployment to Plymouth (27-28 September 2023; no national week)
add(U29, '', 'merseyside',
    ('Across the operation, the forces arrested 50 people and seized:',
     [F('arrests', '', 'people', 50, 'exact', 'the page\'s own operation (Merseyside with Devon and Cornwall)')]),
)


def rows(P, strict, drop=(), start=2800):
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
    for name, strict in (('round25_figure.csv', False), ('round25_week.csv', True)):
        with open(name, 'w', newline='', encoding='utf-8') as fh:
            w = csv.DictWriter(fh, COLS)
            w.writeheader()
            for r in rows(P, strict, drop):
                w.writerow(r)


if __name__ == '__main__':
    main()
