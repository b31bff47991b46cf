# Held-out test set 2: hand-written, inline-annotated news texts (FICTION: invented events,
# numbers and quotes; real public figures, places and organisations appear in made-up stories,
# alongside invented people and companies).
# Markup as in ../dev/_src_dev.py:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]];
# a line starting with "# " is the doc's heading (kept in the text, listed under "headings",
# never annotated).  Canonical name defaults to ALIAS.get(surface, surface) (ALIAS is imported
# from ../dev/_make_dev.py).

DOCS = {}

DOCS["heldout2-01"] = """\
# Zelensky Seeks More Air Defence After Kharkiv Strikes
[[Ukrainian|NORP]] President [[Volodymyr Zelensky|PERSON]] appealed to allies on Wednesday for more air defence systems after an overnight barrage of drones and missiles hit energy facilities in [[Kharkiv|GPE]] and the southern port city of [[Odesa|GPE]], cutting power to more than 400,000 homes.
Speaking in [[Kyiv|GPE]] alongside [[German|NORP]] Defence Minister [[Boris Pistorius|PERSON]], [[Zelensky|PERSON]] said [[Russia|GPE]] had fired 38 missiles and about 200 drones. [[Pistorius|PERSON|Boris Pistorius]] said two more air defence batteries would arrive before winter and urged other [[NATO|ORG]] members to "look in their own depots".
[[Kremlin|ORG]] spokesman [[Dmitry Peskov|PERSON]] said the strikes had targeted military infrastructure and accused [[Western|NORP]] governments of prolonging the war. [[Peskov|PERSON|Dmitry Peskov]] declined to say whether President [[Vladimir Putin|PERSON]] would agree to a new round of talks.
The national grid operator, [[Ukrenergo|ORG]], said repairs could take weeks. Foreign Minister [[Andrii Sybiha|PERSON]] is due in [[Brussels|GPE]] on Thursday to press [[EU|ORG]] counterparts for faster deliveries, and [[Zelensky|PERSON]] said he would raise the attacks with [[Trump|PERSON]] in a call later this week.
"""

DOCS["heldout2-02"] = """\
# Mediators Present New Gaza Truce Plan in Cairo
[[Egyptian|NORP]] and [[Qatari|NORP]] mediators presented a revised ceasefire proposal to [[Hamas|ORG]] negotiators in [[Cairo|GPE]] on Sunday, as [[Israeli|NORP]] air strikes continued across the [[Gaza Strip|GPE]].
The plan would begin with a 60-day pause and the release of 10 hostages in exchange for several hundred [[Palestinian|NORP]] prisoners. [[Egypt|GPE]]’s Foreign Minister [[Badr Abdelatty|PERSON]] said the talks had reached "a delicate stage". [[Abdelatty|PERSON|Badr Abdelatty]] urged both sides to show flexibility.
Prime Minister [[Benjamin Netanyahu|PERSON]]’s office said a delegation would travel to [[Doha|GPE]] later in the week, where [[US|GPE]] special envoy [[Steve Witkoff|PERSON]] is expected to join the talks. [[Netanyahu|PERSON|Benjamin Netanyahu]] will discuss the proposal with [[Trump|PERSON]] by phone, the [[White House|ORG]] said.
The [[Hamas|ORG]]-run [[Health Ministry|ORG|Ministry of Health (Gaza)]] said 31 people were killed overnight in the south of the territory. The [[United Nations|ORG]] relief agency [[UNRWA|ORG|United Nations Relief and Works Agency for Palestine Refugees in the Near East]] said more than 600 aid trucks were waiting near the [[Kerem Shalom|FAC|Kerem Shalom crossing]] crossing.
"""

DOCS["heldout2-03"] = """\
# Mali Junta Extends Transition as Attacks Spread
[[Mali|GPE]]’s military government said on Friday it would extend the country’s political transition by five years, days after jihadist fighters overran an army post in the centre of the country.
General [[Assimi Goïta|PERSON]], who took power in a 2020 coup, will remain head of state until at least 2030 under the decree, which was read out on state television. [[Goïta|PERSON|Assimi Goïta]] said elections could not be held "while terrorists roam our villages".
The [[al-Qaeda|ORG]]-linked group [[JNIM|ORG|Jama'at Nusrat al-Islam wal-Muslimin]], led by [[Iyad Ag Ghaly|PERSON]], claimed the attack on the post at [[Boulkessi|GPE]], in which officials said 40 soldiers were killed. [[Russian|NORP]] paramilitaries from the [[Africa Corps|ORG]], which replaced the [[Wagner Group|ORG]] this year, were not at the base, a security source said.
[[Mali|GPE]], [[Niger|GPE]] and [[Burkina Faso|GPE]] left the [[Economic Community of West African States|ORG]] ([[ECOWAS|ORG|Economic Community of West African States]]) in January and formed the [[Alliance of Sahel States|ORG]]. "The [[Sahel|LOC]] is further from democracy than at any time since independence," said [[Aïssata Diallo|PERSON]], an analyst at the [[Timbuktu Institute|ORG]] in [[Dakar|GPE]].
[[Diallo|PERSON|Aïssata Diallo]] said [[Goïta|PERSON|Assimi Goïta]] had little reason to hand over power while the army was losing ground.
"""

DOCS["heldout2-04"] = """\
# China Stages Drills Around Taiwan After Lai Speech
[[China|GPE]] launched large-scale military exercises around [[Taiwan|GPE]] on Monday, three days after President [[Lai Ching-te|PERSON]] told a rally in [[Taipei|GPE]] that the island’s future would be decided only by its 23 million people.
The [[People’s Liberation Army|ORG]]’s [[Eastern Theater Command|ORG]] said warships and aircraft were rehearsing a blockade of the island’s main ports. [[Taiwan|GPE]]’s [[Defence Ministry|ORG|Ministry of National Defense (Taiwan)]] said it had tracked 71 aircraft and 14 ships, some of which crossed the median line of the [[Taiwan Strait|LOC]].
In [[Beijing|GPE]], [[Foreign Ministry|ORG|Ministry of Foreign Affairs (China)]] spokeswoman [[Mao Ning|PERSON]] called [[Lai|PERSON|Lai Ching-te]] a "troublemaker" and said the drills were a warning to "separatist forces". Defence Minister [[Wellington Koo|PERSON]] said [[Taiwanese|NORP]] forces were on high alert. [[Koo|PERSON|Wellington Koo]] told lawmakers the military would not be provoked.
The [[State Department|ORG]] urged restraint. [[Japan|GPE]] said two [[Chinese|NORP]] coast guard vessels had entered waters near its westernmost island of [[Yonaguni|LOC|Yonaguni Island]], and Chief Cabinet Secretary [[Minoru Kihara|PERSON]] said [[Tokyo|GPE]] had lodged a protest.
"""

DOCS["heldout2-05"] = """\
[[Germany|GPE]]’s coalition government survived a tense vote in the [[Bundestag|ORG]] on Thursday as Chancellor [[Friedrich Merz|PERSON]] pushed through a pension package that had split his own [[Christian Democratic Union|ORG|CDU]] ([[CDU|ORG]]).
# Merz Survives Pension Revolt in Bundestag
The bill passed by 318 votes to 283. About 20 younger [[CDU|ORG]] lawmakers had threatened to reject it, arguing it would saddle future generations with debt. [[Merz|PERSON|Friedrich Merz]] met the rebels late on Wednesday at the [[Chancellery|FAC|Federal Chancellery (Germany)]] in [[Berlin|GPE]] and promised a review of the system next year.
Finance Minister [[Lars Klingbeil|PERSON]] of the [[Social Democrats|ORG|SPD]] ([[SPD|ORG]]) said the result showed the coalition could deliver. [[Bavarian|NORP]] Premier [[Markus Söder|PERSON]], whose [[Christian Social Union|ORG|Christian Social Union in Bavaria]] is the [[CDU|ORG]]’s sister party, said the rebels had "made their point".
The far-right [[Alternative for Germany|ORG]] ([[AfD|ORG|Alternative for Germany]]), which leads some national polls, voted against. Co-leader [[Alice Weidel|PERSON]] told reporters outside the [[Reichstag|FAC]] that the package was "a gift to pensioners paid for by their grandchildren". [[Weidel|PERSON|Alice Weidel]]’s party hopes to win its first state government next year.
"""

DOCS["heldout2-06"] = """\
# Carney Survives Budget Confidence Vote
Prime Minister [[Mark Carney|PERSON]]’s minority government survived a confidence vote in the [[House of Commons|ORG|House of Commons of Canada]] on Tuesday after the [[Bloc Québécois|ORG]] abstained on its first full budget.
The budget, which passed by 170 votes to 142, raises defence spending and offers support to steel and aluminium producers hit by [[US|GPE]] tariffs. Finance Minister [[François-Philippe Champagne|PERSON]] said it would make [[Canada|GPE]] "less dependent on a single trading partner".
[[Conservative|NORP]] leader [[Pierre Poilievre|PERSON]] called the budget "a credit card with no limit" and said his party would keep pressing for an election. [[Poilievre|PERSON|Pierre Poilievre]] has accused the [[Liberal|NORP]] government of hiding the true size of the deficit from the [[Parliamentary Budget Officer|ORG]].
[[Bloc|ORG|Bloc Québécois]] leader [[Yves-François Blanchet|PERSON]] said outside [[Parliament Hill|FAC]] that his party had won concessions for [[Quebec|GPE]]’s aluminium smelters. The [[New Democratic Party|ORG]] voted against. [[Ottawa|GPE]] is due to resume trade talks with [[Washington|GPE]] next month, and [[Carney|PERSON|Mark Carney]] will travel to [[Mexico City|GPE]] on Friday.
"""

DOCS["heldout2-07"] = """\
# Kast and Jara Make Final Pitch Before Chile Runoff
[[Chilean|NORP]] presidential candidates [[José Antonio Kast|PERSON]] and [[Jeannette Jara|PERSON]] held their final rallies on Thursday ahead of Sunday’s runoff, with polls showing crime and immigration dominating a bitter campaign.
[[Kast|PERSON|José Antonio Kast]], the leader of the [[Republican Party|ORG|Republican Party (Chile)]], told supporters in [[Santiago|GPE]] he would dig trenches along the northern border with [[Bolivia|GPE]] and deport migrants who had entered the country illegally, many of them [[Venezuelan|NORP]]. He has also promised to cut public spending by $6 billion in his first 18 months.
[[Jara|PERSON|Jeannette Jara]], a former labour minister and member of the [[Communist Party|ORG|Communist Party of Chile]], campaigned in the port city of [[Valparaíso|GPE]], where she promised a higher minimum wage and stronger pensions. She has the backing of outgoing President [[Gabriel Boric|PERSON]]’s coalition.
The electoral service, [[Servel|ORG]], said 15.6 million people were registered to vote, and voting is compulsory. Analysts at the [[Center for Public Studies|ORG|Centro de Estudios Públicos]] ([[CEP|ORG|Centro de Estudios Públicos]]) said turnout in [[Antofagasta|GPE]] and other northern mining regions could decide the result.
[[La Moneda|ORG|La Moneda Palace]] said the winner would be sworn in on March 11. [[Boric|PERSON|Gabriel Boric]], who is barred from seeking a second consecutive term, said he would call both candidates on election night.
"""

DOCS["heldout2-08"] = """\
# Nordhavn Agrees to Buy Swiss Rival Keller
[[Danish|NORP]] logistics group [[Nordhavn Logistics|ORG]] agreed on Monday to buy [[Swiss|NORP]] rival [[Keller Freight|ORG]] for 6.2 billion euros, creating [[Europe|LOC]]’s third-largest freight forwarder by revenue.
Chief executive [[Mette Lindqvist|PERSON]] told reporters in [[Copenhagen|GPE]] that the deal would give [[Nordhavn|ORG|Nordhavn Logistics]] rail and warehouse hubs in [[Basel|GPE]] and [[Milan|GPE]]. [[Lindqvist|PERSON|Mette Lindqvist]] said about 1,200 jobs could go.
[[Keller|ORG|Keller Freight]] was founded in 1921 by the grandfather of its chairman, [[Urs Keller|PERSON]], whose family owns 41 per cent of the shares and has agreed to back the offer. [[Keller|PERSON|Urs Keller]] will join the board of the combined company, which will keep its headquarters in [[Denmark|GPE]].
Shares in [[Keller|ORG|Keller Freight]] jumped 27 per cent. The deal needs approval from the [[European Commission|ORG]] and from competition authorities in [[Switzerland|GPE]]. The [[Danish|NORP]] union [[3F|ORG]] said it would seek talks with [[Lindqvist|PERSON|Mette Lindqvist]] about jobs at the company’s terminal in [[Aarhus|GPE]].
"""

DOCS["heldout2-09"] = """\
# Fed Holds Rates as Powell Counsels Patience
The [[Federal Reserve|ORG]] left interest rates unchanged on Wednesday and signalled it was in no hurry to cut them again, despite renewed pressure from [[Trump|PERSON]] and weak hiring figures.
Chair [[Jerome Powell|PERSON]] told a news conference in [[Washington|GPE]] that inflation remained "uncomfortably high" as companies passed on the cost of tariffs. [[Powell|PERSON|Jerome Powell]], whose term as chair ends in May, declined to comment on reports that the [[White House|ORG]] had already chosen his successor.
[[Treasury|ORG|United States Department of the Treasury]] Secretary [[Scott Bessent|PERSON]] said in a television interview that the [[Fed|ORG|Federal Reserve]] was "behind the curve". Two policymakers, governors [[Stephen Miran|PERSON]] and [[Christopher Waller|PERSON]], dissented in favour of a cut.
Stocks slipped on the [[New York Stock Exchange|ORG]] after the decision, and the dollar rose against the euro and the yen.
In [[Frankfurt|GPE]], [[European Central Bank|ORG]] ([[ECB|ORG|European Central Bank]]) President [[Christine Lagarde|PERSON]] said the [[European|NORP]] economy was holding up better than expected. "The [[Fed|ORG|Federal Reserve]] is dealing with a very different set of problems," said [[Priya Raman|PERSON]], chief economist at [[Harwell Capital|ORG]].
"""

DOCS["heldout2-10"] = """\
# Former Crestline Chief Jailed for Fraud
[[Adrian Pembury|PERSON]], the former chief executive of collapsed payments company [[Crestline Pay|ORG]], was jailed for nine years at [[Southwark Crown Court|ORG]] on Friday after being convicted of defrauding investors of £180 million.
Judge [[Helen Ashcombe|PERSON]] said [[Pembury|PERSON|Adrian Pembury]] had "built a business on invented customers" and spent investors’ money on property in [[Dubai|GPE]] and a villa in [[Marbella|GPE]]. His former finance director, [[Nikos Papadakis|PERSON]], a [[Greek|NORP]] national who was extradited from [[Athens|GPE]] last year, received six years.
The case was brought by the [[Serious Fraud Office|ORG]] ([[SFO|ORG|Serious Fraud Office]]) after [[Crestline|ORG|Crestline Pay]] collapsed in 2022, leaving more than 9,000 small businesses unable to reach their funds. An [[SFO|ORG|Serious Fraud Office]] spokeswoman said the sentence sent a clear message to company directors.
The [[Financial Conduct Authority|ORG]] has been criticised by MPs for failing to act on warnings from a whistleblower, [[Grace Okonjo|PERSON]], who first raised concerns in 2019. The [[Treasury Committee|ORG|House of Commons Treasury Committee]] will question [[FCA|ORG|Financial Conduct Authority]] officials next month. [[Pembury|PERSON|Adrian Pembury]]’s lawyers said he would appeal.
"""

DOCS["heldout2-11"] = """\
# Strasbourg Court Rules Against Turkey Over Jailed Journalist
The [[European Court of Human Rights|ORG]] ruled on Tuesday that [[Turkey|GPE]] had violated the rights of [[Deniz Arslan|PERSON]], a journalist held for 19 months on terrorism charges over articles about the [[Kurdish|NORP]] conflict.
The [[Strasbourg|GPE]]-based court found that [[Arslan|PERSON|Deniz Arslan]]’s detention breached his right to liberty and freedom of expression, and ordered [[Ankara|GPE]] to pay him 25,000 euros. Prosecutors had accused him of spreading propaganda for the [[Kurdistan Workers’ Party|ORG]] ([[PKK|ORG|Kurdistan Workers’ Party]]).
[[Arslan|PERSON|Deniz Arslan]], who wrote for the opposition daily [[Cumhuriyet|ORG]], was arrested at [[Istanbul Airport|FAC]] in 2022 as he returned from a conference abroad. His lawyer, [[Meltem Kaya|PERSON]], said the ruling showed that [[Turkish|NORP]] courts had "criminalised journalism".
[[Turkey|GPE]]’s [[Justice Ministry|ORG|Ministry of Justice (Turkey)]] said it would study the decision.
The [[Council of Europe|ORG]], which oversees enforcement of the court’s judgments, has repeatedly criticised the government of President [[Recep Tayyip Erdoğan|PERSON]] over the jailing of reporters. [[Reporters Without Borders|ORG]] ([[RSF|ORG|Reporters Without Borders]]) said at least 12 journalists remained in prison in [[Turkey|GPE]].
"""

DOCS["heldout2-12"] = """\
[[Brazil|GPE]]’s [[Health Ministry|ORG|Ministry of Health (Brazil)]] said on Wednesday that dengue cases had risen 60 per cent in a month, with hospitals in [[Minas Gerais|GPE]] and [[São Paulo|GPE|São Paulo (state)]] state setting up field clinics to cope.
Health Minister [[Alexandre Padilha|PERSON]] said 1.4 million suspected cases had been recorded since January, and that the army would help fumigate neighbourhoods in [[Belo Horizonte|GPE]], the state capital. [[Padilha|PERSON|Alexandre Padilha]] blamed heavy rains and unusually high temperatures.
# Dengue Cases Surge Across South America
The [[Pan American Health Organization|ORG]] ([[PAHO|ORG|Pan American Health Organization]]) warned that neighbouring [[Argentina|GPE]] was also seeing an early spike. Its director, [[Jarbas Barbosa|PERSON]], urged governments across [[Latin America|LOC]] to expand vaccination.
[[Brazil|GPE]] is rolling out a single-dose vaccine developed by the [[Butantan Institute|ORG]] in [[São Paulo|GPE]] alongside a two-dose shot made by the [[Japanese|NORP]] drugmaker [[Takeda|ORG|Takeda Pharmaceutical Company]]. "We simply do not have enough doses for everyone," said [[Luciana Moraes|PERSON]], an epidemiologist at the [[Oswaldo Cruz Foundation|ORG]]. [[Moraes|PERSON|Luciana Moraes]] said the outbreak was likely to peak in April.
"""

DOCS["heldout2-13"] = """\
# Spain Swelters as Heatwave Fuels Wildfires
Temperatures reached 46C in southern [[Spain|GPE]] on Sunday as a heatwave gripped the [[Iberian Peninsula|LOC]] for a second week, fuelling wildfires that forced thousands of people from their homes.
The national weather agency, [[AEMET|ORG|State Meteorological Agency (Spain)]], said [[Montoro|GPE]], a town near [[Córdoba|GPE|Córdoba, Spain]] in the [[Guadalquivir|LOC]] valley, had recorded the highest temperature. In [[Extremadura|GPE]], firefighters and soldiers from the [[Military Emergencies Unit|ORG]] battled a blaze that had burned 12,000 hectares near the [[Portuguese|NORP]] border.
Prime Minister [[Pedro Sánchez|PERSON]] visited an emergency command centre in [[Cáceres|GPE]] and said climate change was "killing people". [[People’s Party|ORG|People’s Party (Spain)]] leader [[Alberto Núñez Feijóo|PERSON]] accused [[Sánchez|PERSON|Pedro Sánchez]]’s government of cutting forest management budgets.
Scientists at the [[Copernicus Climate Change Service|ORG]] said sea surface temperatures in the western [[Mediterranean|LOC|Mediterranean Sea]] were 4C above normal. "What used to be a once-in-a-century event is now routine," said [[Elena Vidal|PERSON]], a climatologist at the [[University of Seville|ORG]]. In [[Portugal|GPE]], authorities evacuated villages near [[Castelo Branco|GPE]].
"""

DOCS["heldout2-14"] = """\
# Pacific Leaders Press Australia on Coal
Leaders at the [[Pacific Islands Forum|ORG]] summit in [[Honiara|GPE]] on Wednesday urged [[Australia|GPE]] to stop approving new coal mines, warning that rising seas threatened the survival of low-lying nations such as [[Tuvalu|GPE]].
[[Tuvalu|GPE]]’s Prime Minister [[Feleti Teo|PERSON]] said the region could not "negotiate with the ocean". [[Teo|PERSON|Feleti Teo]] said a migration treaty signed with [[Canberra|GPE]] was welcome but no substitute for deeper emissions cuts.
[[Australian|NORP]] Prime Minister [[Anthony Albanese|PERSON]] defended his government’s record, saying it had legislated a 43 per cent emissions reduction target. [[Albanese|PERSON|Anthony Albanese]] is pushing for [[Adelaide|GPE]] to host a [[United Nations|ORG]] climate summit jointly with island nations, but critics pointed to recent approvals of coal projects in [[Queensland|GPE]].
[[New Zealand|GPE]] Prime Minister [[Christopher Luxon|PERSON]] announced new funding for sea walls. [[Luxon|PERSON|Christopher Luxon]] also met [[Solomon Islands|GPE]] Prime Minister [[Jeremiah Manele|PERSON]], whose police cooperation deal with [[Beijing|GPE]] has worried [[Western|NORP]] governments. The hosts barred [[Chinese|NORP]] officials from attending as dialogue partners this year.
"""

DOCS["heldout2-15"] = """\
# Rahul Century Puts India in Command in Melbourne
[[KL Rahul|PERSON]] scored an unbeaten 131 to put [[India|GPE]] in command of the fourth Test against [[Australia|GPE]] at the [[Melbourne Cricket Ground|FAC]] on Friday, as the visitors reached 342 for four at stumps on the second day.
[[Rahul|PERSON|KL Rahul]] shared a stand of 187 with captain [[Shubman Gill|PERSON]], who made 84 before edging [[Pat Cummins|PERSON]] to wicketkeeper [[Alex Carey|PERSON]]. [[Australian|NORP]] captain [[Cummins|PERSON|Pat Cummins]] said his bowlers had been "a bit flat" on a slow pitch. Earlier, [[Jasprit Bumrah|PERSON]] took five wickets as [[Australia|GPE]] were bowled out for 271. A crowd of 78,000, many of them [[Indian|NORP]] fans, packed the [[MCG|FAC|Melbourne Cricket Ground]].
[[Cricket Australia|ORG]] said it was investigating reports of racist abuse aimed at [[Indian|NORP]] players from one stand. The [[Board of Control for Cricket in India|ORG]] ([[BCCI|ORG|Board of Control for Cricket in India]]) said it had raised the matter with the [[International Cricket Council|ORG]] in [[Dubai|GPE]].
"""

DOCS["heldout2-16"] = """\
# Verstappen Wins at Suzuka as Hamilton Struggles
[[Max Verstappen|PERSON]] won from pole position at the [[Suzuka Circuit|FAC]] on Sunday, his fourth victory in a row at the track, as [[Lewis Hamilton|PERSON]] finished a distant 11th for [[Ferrari|ORG|Scuderia Ferrari]].
The [[Dutch|NORP]] driver held off [[McLaren|ORG]]’s [[Lando Norris|PERSON]] by 1.4 seconds, with [[Oscar Piastri|PERSON]] third. [[Verstappen|PERSON|Max Verstappen]] said the [[Red Bull|ORG|Red Bull Racing]] car had been "on rails" and dedicated the win to engine partner [[Honda|ORG|Honda Motor Company]].
[[Hamilton|PERSON|Lewis Hamilton]], the seven-time champion, complained of poor grip throughout. Team principal [[Frédéric Vasseur|PERSON]] said [[Ferrari|ORG|Scuderia Ferrari]] had "got the set-up wrong" and would review data at its base in [[Maranello|GPE]]. [[Charles Leclerc|PERSON]] finished sixth.
The [[FIA|ORG|Fédération Internationale de l'Automobile]] stewards gave [[Williams|ORG|Williams Racing]] driver [[Alex Albon|PERSON]] a five-second penalty for causing a collision with [[Alpine|ORG|Alpine F1 Team]]’s [[Pierre Gasly|PERSON]]. The championship moves on to [[Bahrain|GPE]] next weekend, with [[Norris|PERSON|Lando Norris]] leading by six points.
"""

DOCS["heldout2-17"] = """\
# TSMC Delays Second Arizona Plant
[[Taiwan Semiconductor Manufacturing Co|ORG|Taiwan Semiconductor Manufacturing Company]] ([[TSMC|ORG|Taiwan Semiconductor Manufacturing Company]]) said on Thursday it would delay production at its second factory in [[Arizona|GPE]] by a year, blaming labour shortages and the cost of equipment.
Chairman [[C.C. Wei|PERSON]] told analysts the plant near [[Phoenix|GPE]] would begin making advanced chips in 2029. [[Wei|PERSON|C.C. Wei]] said demand from customers such as [[Nvidia|ORG]] and [[Apple|ORG]] remained "extremely strong".
The delay is a setback for the [[White House|ORG]], which has pressed chipmakers to build in the [[United States|GPE]]. Commerce Secretary [[Howard Lutnick|PERSON]] said he expected [[TSMC|ORG|Taiwan Semiconductor Manufacturing Company]] to honour its commitments.
[[Nvidia|ORG]] chief executive [[Jensen Huang|PERSON]], speaking at a conference in [[Taipei|GPE]], said the [[Taiwanese|NORP]] company was "doing everything humanly possible". [[Huang|PERSON|Jensen Huang]] added that his own firm had no plans to change suppliers.
Shares in [[Intel|ORG]], which is building its own plant in [[Ohio|GPE]], rose 3 per cent. [[Arizona|GPE]] Governor [[Katie Hobbs|PERSON]] said the state would work with unions to train more electricians.
"""

DOCS["heldout2-18"] = """\
# Hackers Cripple Hospital Trust in Yorkshire
A ransomware attack has crippled computer systems at [[Aire Valley Hospitals NHS Trust|ORG]], forcing it to cancel operations and divert ambulances away from emergency departments in [[Bradford|GPE]] and [[Keighley|GPE]], officials said on Monday.
The trust’s chief executive, Dr [[Farah Qureshi|PERSON]], said staff had gone back to pen and paper and that patient records could not be accessed. [[Qureshi|PERSON|Farah Qureshi]] said ambulances were being sent to [[Leeds General Infirmary|ORG]] and to hospitals in [[Harrogate|GPE]]. [[Margaret Holroyd|PERSON]], a 71-year-old retired teacher, said her hip operation had been cancelled for the second time in a week.
A criminal group calling itself [[Black Marrow|ORG]] claimed responsibility on its leak site and demanded $4 million. The [[National Cyber Security Centre|ORG]] ([[NCSC|ORG|National Cyber Security Centre]]) said it was working with the trust and the [[National Crime Agency|ORG]]. Security researchers believe the group is based in [[Russia|GPE]] or another former [[Soviet|NORP]] state.
Health Secretary [[Wes Streeting|PERSON]] told the [[House of Commons|ORG]] that the government would not pay ransoms. [[Streeting|PERSON|Wes Streeting]] said [[NHS England|ORG]] had told other trusts using the same software supplier, [[Medora Systems|ORG]], to disconnect from the network as a precaution.
[[Medora|ORG|Medora Systems]], which is based in [[Reading|GPE|Reading, Berkshire]], said it had found no evidence that its own systems had been breached.
"""

DOCS["heldout2-19"] = """\
[[Dutch|NORP]] customs officers have seized eight tonnes of cocaine hidden in banana containers at the [[Port of Rotterdam|FAC]], the largest haul in the country’s history, prosecutors said on Tuesday.
The shipment arrived from the [[Ecuadorian|NORP]] port of [[Guayaquil|GPE]] and was bound for a fruit importer in [[Belgium|GPE]]. Eleven people were arrested in raids in [[Rotterdam|GPE]] and [[Antwerp|GPE]], including two port workers suspected of helping to move the drugs out of the terminal.
# Record Cocaine Haul Found in Rotterdam
Chief prosecutor [[Marieke Janssen|PERSON]] said the network was run by [[Albanian|NORP]] and [[Dutch|NORP]] criminals who had "infiltrated every link in the logistics chain". [[Janssen|PERSON|Marieke Janssen]] said the cocaine had a street value of more than 600 million euros.
[[Europol|ORG]], the [[EU|ORG]]’s law enforcement agency in [[The Hague|GPE]], said it had coordinated the operation with [[Spain|GPE]]’s [[Guardia Civil|ORG]] and with police in [[Ecuador|GPE]], where four more suspects were detained. Justice Minister [[David van Weel|PERSON]] said ports in northern [[Europe|LOC]] had become "the front door" for [[South American|NORP]] cartels.
"""

DOCS["heldout2-20"] = """\
# Thieves Steal Monet Paintings From Paris Museum
Thieves broke into the [[Musée Delaunay-Rivière|FAC]] in western [[Paris|GPE]] before dawn on Saturday and escaped with two paintings by [[Claude Monet|PERSON]] and a pastel by [[Berthe Morisot|PERSON]], police said.
The gang used a ladder to reach a first-floor window overlooking the [[Bois de Boulogne|LOC]] and spent less than seven minutes inside, according to [[Paris|GPE]] prosecutor [[Laure Beccuau|PERSON]]. The museum’s director, [[Hélène Marchetti|PERSON]], said alarms had sounded but guards arrived too late. [[Marchetti|PERSON|Hélène Marchetti]] put the value of the works at 40 million euros.
The investigation has been handed to the [[Brigade de Répression du Banditisme|ORG|Brigade de répression du banditisme]], which also investigated the theft of jewels from the [[Louvre|FAC]] last year. [[Beccuau|PERSON|Laure Beccuau]] said officers were examining footage of a motorbike seen heading towards the [[A13|FAC|A13 autoroute]] motorway.
The [[Culture Ministry|ORG|Ministry of Culture (France)]] ordered a review of security at small museums across [[France|GPE]]. The [[Élysée|ORG|Élysée Palace]] said President [[Emmanuel Macron|PERSON]] was "deeply shocked".
[[Interpol|ORG]] has added the works to its database of stolen art, and police in neighbouring countries have been asked to watch auction houses.
"""

DOCS["heldout2-21"] = """\
# Security Council Demands End to El Fasher Siege
The [[UN Security Council|ORG]] on Thursday demanded that the [[Rapid Support Forces|ORG]] ([[RSF|ORG|Rapid Support Forces]]) end their siege of [[El Fasher|GPE]], the last major city in [[Darfur|LOC]] still held by [[Sudan|GPE]]’s army.
The resolution, drafted by [[Britain|GPE]], passed by 14 votes to none, with [[Russia|GPE]] abstaining. [[British|NORP]] ambassador [[Barbara Woodward|PERSON]] said civilians in the capital of [[North Darfur|GPE]] were "starving in plain sight".
Secretary-General [[António Guterres|PERSON]] said the [[United Nations|ORG]] had evidence of mass killings of [[Masalit|NORP]] and other non-[[Arab|NORP]] communities. The [[RSF|ORG|Rapid Support Forces]], led by [[Mohamed Hamdan Dagalo|PERSON]], known as [[Hemedti|PERSON|Mohamed Hamdan Dagalo]], denied targeting civilians. Its rival, the [[Sudanese Armed Forces|ORG]] under General [[Abdel Fattah al-Burhan|PERSON]], welcomed the vote.
The [[World Food Programme|ORG]] said tens of thousands of people had fled to [[Tawila|GPE]], 60 km to the west. Army leaders have accused the [[United Arab Emirates|GPE]] of arming the [[RSF|ORG|Rapid Support Forces]], a charge it denies.
"""

DOCS["heldout2-22"] = """\
# Iran and IAEA Agree Inspection Roadmap
[[Iran|GPE]] and the [[International Atomic Energy Agency|ORG]] ([[IAEA|ORG|International Atomic Energy Agency]]) agreed on Monday on a roadmap for inspectors to return to nuclear sites damaged in [[Israeli|NORP]] and [[US|GPE]] strikes, the agency’s chief said after talks in [[Vienna|GPE]].
Director General [[Rafael Grossi|PERSON]] said inspectors would visit [[Fordow|FAC|Fordow Fuel Enrichment Plant]] and [[Natanz|FAC|Natanz Nuclear Facility]] within weeks, and that [[Tehran|GPE]] had agreed to account for its stockpile of highly enriched uranium. [[Grossi|PERSON|Rafael Grossi]] called the deal "a first step, not a destination".
Foreign Minister [[Abbas Araghchi|PERSON]] said [[Iran|GPE]] would honour the agreement as long as its sites were not attacked again. Hardliners in the [[Majlis|ORG|Islamic Consultative Assembly]], led by Speaker [[Mohammad Bagher Ghalibaf|PERSON]], have demanded an end to all cooperation with the agency, and [[Araghchi|PERSON|Abbas Araghchi]] faces questions from lawmakers next week.
[[European|NORP]] governments said the roadmap was welcome but insufficient. Officials in [[Israel|GPE]] said they would "judge [[Tehran|GPE]] by its actions". [[Oman|GPE]]’s Foreign Minister [[Badr Albusaidi|PERSON]] said his country was ready to host new talks between [[Iranian|NORP]] and [[American|NORP]] negotiators.
"""
