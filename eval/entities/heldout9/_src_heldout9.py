"""heldout9: held-out entity test set 9 (inline markup; see ../dev/_make_dev.py).

24 short FICTIONAL news items in the style of wire copy. Build with
``python ../_sets.py build heldout9`` and check with ``python ../_sets.py check heldout9 -v``.
"""

DOCS = {}

DOCS["heldout9-01"] = """\
# Kenya Central Bank Holds Rate as Drought Clouds Outlook
[[NAIROBI|GPE|Nairobi]] ([[Reuters|ORG]]) - The [[Central Bank of Kenya|ORG]] ([[CBK|ORG|Central Bank of Kenya]]) left its benchmark lending rate unchanged at 9.25% on Tuesday, saying inflation had eased for a third month but warning that failed rains in the north could push food prices higher.
Governor [[Kamau Thugge|PERSON]] told reporters that the monetary policy committee wanted "more evidence" before cutting again. Drought in [[Turkana|GPE|Turkana County]] and [[Marsabit|GPE|Marsabit County]] counties had driven up the price of maize flour, he said, while cross-border trade with [[Uganda|GPE]] and [[Tanzania|GPE]] had slowed.
Most analysts polled by [[Reuters|ORG]] had expected a quarter-point cut. "[[Thugge|PERSON|Kamau Thugge]] is buying time until the [[International Monetary Fund|ORG]] review is finished," said [[Irene Wambugu|PERSON]], chief economist at [[Nairobi|GPE]]-based [[Mwangaza Securities|ORG]]. An [[IMF|ORG|International Monetary Fund]] team is due in [[Nairobi|GPE]] next month to discuss a new lending programme.
The [[CBK|ORG|Central Bank of Kenya]] also left the cash reserve ratio at 3.25%. The [[National Treasury|ORG|National Treasury (Kenya)]] said it supported the decision and still expected growth of 5.1% this year, helped by tea and flower exports to [[Europe|LOC]] and the [[Middle East|LOC]].
Shares in [[Safaricom|ORG]], the biggest company on the [[Nairobi Securities Exchange|ORG]], rose 1.2%, while [[Equity Group|ORG]] and [[KCB Group|ORG]] were little changed.
"""

DOCS["heldout9-02"] = """\
# Watkins Double Lifts Villa Past Newcastle
[[Ollie Watkins|PERSON]] scored twice as [[Aston Villa|ORG]] came from behind to beat [[Newcastle United|ORG]] 3-1 at [[Villa Park|FAC]] on Saturday and move up to fourth in the [[Premier League|ORG]].
[[Newcastle|ORG|Newcastle United]] had led through [[Anthony Gordon|PERSON]], who ran on to a pass from [[Brazilian|NORP]] midfielder [[Bruno Guimarães|PERSON]] and beat [[Emiliano Martínez|PERSON]] at his near post after 17 minutes.
[[Watkins|PERSON|Ollie Watkins]] levelled before half-time with a header from [[Morgan Rogers|PERSON]]'s cross, and the [[England|GPE]] striker added a second from the penalty spot when [[Sven Botman|PERSON]] tripped [[John McGinn|PERSON]]. Substitute [[Donyell Malen|PERSON]] sealed the win in stoppage time.
"We were patient and we believed in the plan," [[Villa|ORG|Aston Villa]] manager [[Unai Emery|PERSON]] said. [[Emery|PERSON|Unai Emery]]'s side host [[Tottenham Hotspur|ORG]] next weekend, but the [[Spaniard|NORP|Spanish]] said defender [[Pau Torres|PERSON]] would miss the game with a hamstring injury.
[[Eddie Howe|PERSON]] was less happy. "The penalty changes the game and for me it was soft," the [[Newcastle|ORG|Newcastle United]] manager told [[BBC Sport|ORG]]. "But we have to look at ourselves too." [[Howe|PERSON|Eddie Howe]]'s team have won only one of their last five league matches and travel to [[Lisbon|GPE]] to face [[Benfica|ORG]] on Wednesday.
"""

DOCS["heldout9-03"] = """\
# Merz Coalition Strained Over Welfare Cuts
[[BERLIN|GPE|Berlin]] ([[Reuters|ORG]]) - [[Germany|GPE]]'s ruling coalition was thrown into fresh turmoil on Thursday after the [[Social Democratic Party|ORG|Social Democratic Party of Germany]] ([[SPD|ORG|Social Democratic Party of Germany]]) rejected Chancellor [[Friedrich Merz|PERSON]]'s plan to cut benefits for the long-term unemployed.
[[Merz|PERSON|Friedrich Merz]]'s [[Christian Democratic Union|ORG]] ([[CDU|ORG|Christian Democratic Union]]) and its [[Bavarian|NORP]] sister party, the [[Christian Social Union|ORG]] ([[CSU|ORG|Christian Social Union]]), want to save 5 billion euros a year. "The [[SPD|ORG|Social Democratic Party of Germany]] will not balance the budget on the backs of the poorest," party co-leader [[Bärbel Bas|PERSON]], who is also labour minister, told [[Der Spiegel|ORG]].
[[CSU|ORG|Christian Social Union]] leader [[Markus Söder|PERSON]] accused the [[Social Democrats|NORP|Social Democratic]] of blocking every reform and said a meeting at the [[Chancellery|ORG|German Chancellery]] on Sunday would decide whether the government had a future.
The row comes as the far-right [[Alternative for Germany|ORG]] ([[AfD|ORG|Alternative for Germany]]) leads national polls. A [[Forsa|ORG]] survey for broadcaster [[RTL|ORG]] put the [[AfD|ORG|Alternative for Germany]] on 26%, two points ahead of the conservatives. The party is strongest in [[Saxony-Anhalt|GPE]] and [[Mecklenburg-Western Pomerania|GPE]], where state elections are due in September.
"[[Berlin|GPE]] cannot afford months of paralysis while [[Washington|GPE|Washington, D.C.]] threatens new tariffs," said [[Carsten Brzeski|PERSON]], an economist at [[ING|ORG]]. The 2026 budget must still pass the [[Bundestag|ORG]] by December.
"""

DOCS["heldout9-04"] = """\
# Floods Force Thousands From Homes in Southern Pakistan
[[KARACHI|GPE|Karachi]], [[Pakistan|GPE]] ([[AFP|ORG|Agence France-Presse]]) - More than 150,000 people have fled their homes in southern [[Pakistan|GPE]] after the [[Indus|LOC|Indus River]] burst its banks following weeks of monsoon rain, officials said on Monday.
The [[National Disaster Management Authority|ORG]] ([[NDMA|ORG|National Disaster Management Authority]]) said 38 people had died in [[Sindh|GPE]] province since Friday, most of them when mud houses collapsed in villages near [[Sukkur|GPE]] and [[Larkana|GPE]]. [[Pakistan Army|ORG]] helicopters lifted families from rooftops in the village of [[Goth Rahim Bux|GPE]].
The flow past the [[Guddu Barrage|FAC]] reached its highest level since 2010, according to the [[Pakistan Meteorological Department|ORG]], which forecast more rain in the [[Himalayas|LOC]] this week. Prime Minister [[Shehbaz Sharif|PERSON]] flew over the flooded districts and ordered the [[NDMA|ORG|National Disaster Management Authority]] to set up tent camps on higher ground.
[[Sharif|PERSON|Shehbaz Sharif]] said [[Islamabad|GPE]] would seek help from the [[United Nations|ORG]]. [[UNICEF|ORG]] said at least 60,000 children were among the displaced, and the [[World Food Programme|ORG]] began handing out flour in [[Dadu|GPE]] district. The [[Edhi Foundation|ORG]], the country's largest charity, opened a relief kitchen in [[Hyderabad|GPE|Hyderabad, Sindh]].
"The water came at night and took everything," said [[Nazir Ahmed Solangi|PERSON]], a cotton farmer from [[Khairpur|GPE]]. "We saved the children and two goats."
"""

DOCS["heldout9-05"] = """\
[[BRUSSELS|GPE|Brussels]] ([[Reuters|ORG]]) - The [[European Commission|ORG]] fined [[Dublin|GPE]]-based cloud provider [[Lumora Data|ORG]] 410 million euros on Wednesday for charging business customers punitive fees to move their data to rival services.
[[European Union|ORG]] competition chief [[Teresa Ribera|PERSON]] said the company had "locked in thousands of small firms" across the bloc. [[Lumora|ORG|Lumora Data]], founded in [[Cork|GPE]] in 2014, has been owned since 2022 by [[US|GPE|United States]] private equity firm [[Carlyle|ORG|Carlyle Group]].
# Brussels Fines Cloud Firm Over Switching Fees
The case began with complaints from smaller providers in [[France|GPE]] and [[Germany|GPE]], including [[OVHcloud|ORG]], which welcomed the decision. [[Ribera|PERSON|Teresa Ribera]], a former [[Spanish|NORP]] environment minister, said the [[Commission|ORG|European Commission]] would also look at whether larger groups such as [[Amazon Web Services|ORG]] and [[Microsoft|ORG]] used similar contracts.
[[Lumora|ORG|Lumora Data]] said it would appeal to the [[General Court|ORG]] in [[Luxembourg|GPE]]. "We disagree with the findings and believe our pricing is fair," a spokeswoman said.
[[Andreas Schwab|PERSON]], a [[German|NORP]] lawmaker in the [[European Parliament|ORG]] for the [[European People's Party|ORG]] ([[EPP|ORG|European People's Party]]), said the fine was "overdue". [[Ireland|GPE]]'s [[Data Protection Commission|ORG]] is separately investigating how the company stores customer data outside the [[EU|ORG|European Union]].
"""

DOCS["heldout9-06"] = """\
# Gill Century Puts India in Control at the MCG
[[MELBOURNE|GPE|Melbourne]] ([[AFP|ORG|Agence France-Presse]]) - [[Shubman Gill|PERSON]] struck an unbeaten 141 to put [[India|GPE]] in control of the third Test against [[Australia|GPE]] on the second day at the [[Melbourne Cricket Ground|FAC]] ([[MCG|FAC|Melbourne Cricket Ground]]) on Friday.
The [[India|GPE]] captain shared a stand of 187 with [[Yashasvi Jaiswal|PERSON]], who made 88, as the visitors closed on 352 for three in reply to 298. [[Pat Cummins|PERSON]] took both of the wickets to fall after tea, but [[Mitchell Starc|PERSON]] went wicketless in 19 overs.
"[[Shubman|PERSON|Shubman Gill]] batted like a man who knew exactly where his off stump was," said [[Australian|NORP]] opener [[Travis Head|PERSON]]. [[Gill|PERSON|Shubman Gill]] was dropped on 64 by [[Steve Smith|PERSON]] at second slip.
A crowd of 71,000 watched at the [[MCG|FAC|Melbourne Cricket Ground]], and [[Victoria Police|ORG]] said it had removed 12 spectators for abusive behaviour. [[Cricket Australia|ORG]] said it would work with the [[Board of Control for Cricket in India|ORG]] ([[BCCI|ORG|Board of Control for Cricket in India]]) to identify anyone who had racially abused players.
[[Indian|NORP]] fast bowler [[Jasprit Bumrah|PERSON]] is expected to bowl on Saturday despite a back complaint. The fourth Test starts at the [[Sydney Cricket Ground|FAC]] on January 3, with the [[International Cricket Council|ORG]] due to review the [[Melbourne|GPE]] pitch.
"""

DOCS["heldout9-07"] = """\
# Amazon Deforestation Falls to 11-Year Low
[[BRASILIA|GPE|Brasília]] ([[Reuters|ORG]]) - Deforestation in [[Brazil|GPE]]'s [[Amazon|LOC|Amazon rainforest]] fell 18% in the 12 months to July to its lowest level in 11 years, according to satellite data from the [[National Institute for Space Research|ORG]] ([[INPE|ORG|National Institute for Space Research]]) published on Wednesday.
Environment Minister [[Marina Silva|PERSON]] credited raids by the environmental agency [[Ibama|ORG]] and the [[Federal Police|ORG|Federal Police (Brazil)]] on illegal gold mines and cattle ranches. President [[Luiz Inácio Lula da Silva|PERSON]] has pledged to end illegal clearing by 2030.
"This is not luck, it is enforcement," [[Silva|PERSON|Marina Silva]] told reporters. [[Lula|PERSON|Luiz Inácio Lula da Silva]] did not attend the briefing.
Clearing fell most sharply in [[Pará|GPE]] and [[Mato Grosso|GPE]], but rose in parts of [[Amazonas|GPE]] state around [[Lábrea|GPE]], where land grabbers are pushing new roads into the forest. The municipality of [[São Félix do Xingu|GPE]], on the [[Xingu River|LOC]], again topped the list of deforestation hotspots, [[INPE|ORG|National Institute for Space Research]] said.
[[Observatório do Clima|ORG]], a network of environmental groups, called the figures encouraging but warned that fires were rising. [[Ana Paula Rezende|PERSON]], an ecologist at the [[University of São Paulo|ORG]], said donors such as [[Norway|GPE]] and [[Germany|GPE]] should increase support for the [[Amazon Fund|ORG]], which is run by the state development bank [[BNDES|ORG|Brazilian Development Bank]].
"""

DOCS["heldout9-08"] = """\
# Bank of Japan Raises Rates to Highest in Three Decades
[[TOKYO|GPE|Tokyo]] ([[Bloomberg|ORG|Bloomberg News]]) - The [[Bank of Japan|ORG]] ([[BOJ|ORG|Bank of Japan]]) raised its short-term policy rate to 0.75% on Friday, the highest since 1995, betting that strong wage gains will keep inflation near its 2% target.
Governor [[Kazuo Ueda|PERSON]] said the board voted 8-1 for the move, with only [[Asahi Noguchi|PERSON]] dissenting. "Real interest rates remain deeply negative," [[Ueda|PERSON|Kazuo Ueda]] told reporters, signalling further increases.
The yen rose 0.8% against the dollar. The currency's weakness had worried officials at the [[Ministry of Finance|ORG|Ministry of Finance (Japan)]], whose top currency diplomat, [[Atsushi Mimura|PERSON]], said this week that [[Tokyo|GPE]] was watching markets "with a strong sense of urgency".
Shares of [[Mitsubishi UFJ Financial Group|ORG]] and [[Sumitomo Mitsui Financial Group|ORG]] gained on expectations of wider lending margins, while exporters such as [[Toyota Motor|ORG]] fell. "The [[BOJ|ORG|Bank of Japan]] is finally normalising, but slowly," said [[Haruka Minami|PERSON]], an economist at [[Nomura Securities|ORG]].
[[Minami|PERSON|Haruka Minami]] noted that the [[Japanese Trade Union Confederation|ORG]], known as [[Rengo|ORG|Japanese Trade Union Confederation]], is seeking pay rises of at least 5% again next spring. Some lawmakers in the ruling [[Liberal Democratic Party|ORG|Liberal Democratic Party (Japan)]] had urged the bank to wait, [[Kyodo News|ORG]] reported. The [[Federal Reserve|ORG]] meets in [[Washington|GPE|Washington, D.C.]] next week.
"""

DOCS["heldout9-09"] = """\
# Auto Workers Strike Two Stellantis Plants
[[DETROIT|GPE|Detroit]] ([[AP|ORG|Associated Press]]) - The [[United Auto Workers|ORG]] ([[UAW|ORG|United Auto Workers]]) walked out at two [[Stellantis|ORG]] plants early Thursday, halting production at the [[Toledo Assembly Complex|FAC]] in [[Ohio|GPE]] and the [[Sterling Heights Assembly Plant|FAC]] in [[Michigan|GPE]] over the closure of a parts warehouse.
About 9,400 workers are on strike, the union said. [[UAW|ORG|United Auto Workers]] President [[Shawn Fain|PERSON]] accused the [[Amsterdam|GPE]]-based automaker of breaking promises made in the 2023 contract. "They took billions in profits and now they want to ship our jobs to [[Mexico|GPE]]," [[Fain|PERSON|Shawn Fain]] told a rally outside the [[Toledo|GPE|Toledo, Ohio]] plant.
[[Stellantis|ORG]] Chief Executive [[Antonio Filosa|PERSON]] said the company had offered to move the work to another site in [[Indiana|GPE]] and had filed a complaint with the [[National Labor Relations Board|ORG]]. Supplier [[Dearborn Precision|ORG]] said it would lay off 300 people if the stoppage lasted a week.
[[Michigan|GPE]] Governor [[Gretchen Whitmer|PERSON]], a [[Democrat|NORP|Democratic]], urged both sides to return to talks. The [[White House|ORG]] said President [[Donald Trump|PERSON]] was being briefed.
[[Canadian|NORP]] union [[Unifor|ORG]] said its members at the [[Windsor|GPE|Windsor, Ontario]] assembly plant in [[Ontario|GPE]] would refuse overtime. Analysts at [[Wolfe Research|ORG]] estimated the strike would cost the company $90 million a day.
"""

DOCS["heldout9-10"] = """\
# Cholera Spreads in South Sudan's Upper Nile
[[JUBA|GPE|Juba]] ([[Reuters|ORG]]) - A cholera outbreak in [[South Sudan|GPE]]'s [[Upper Nile|GPE|Upper Nile State]] state has killed at least 94 people in six weeks, and health workers fear it will spread further as seasonal floods cut off roads.
The [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) said cases had been confirmed in [[Malakal|GPE]] and in [[Renk|GPE]], a border town that has taken in hundreds of thousands of people fleeing the war in neighbouring [[Sudan|GPE]].
[[Médecins Sans Frontières|ORG]] ([[MSF|ORG|Médecins Sans Frontières]]) said its cholera unit at [[Malakal Teaching Hospital|ORG]] was full. "People are arriving by boat along the [[White Nile|LOC]] after days without clean water," said [[Pierre Dumont|PERSON]], an [[MSF|ORG|Médecins Sans Frontières]] coordinator.
The [[WHO|ORG|World Health Organization]] is shipping 400,000 doses of oral vaccine from [[Geneva|GPE]], and the [[UN|ORG|United Nations]] refugee agency [[UNHCR|ORG]] said it was moving [[Sudanese|NORP]] refugees away from crowded transit camps. The [[International Committee of the Red Cross|ORG]] is repairing water pumps near the [[Ethiopia|GPE]] border.
Health Minister [[Agnes Nyibol Garang|PERSON]] said the government had sent teams from [[Juba|GPE]], but aid groups said funding was short. President [[Salva Kiir|PERSON]] has asked donors for $30 million.
"""

DOCS["heldout9-11"] = """\
[[PATNA|GPE|Patna]], [[India|GPE]] ([[Reuters|ORG]]) - Voters in [[Bihar|GPE]] began casting ballots on Thursday in the first phase of a state election seen as a test of Prime Minister [[Narendra Modi|PERSON]]'s popularity in one of [[India|GPE]]'s poorest regions.
[[Modi|PERSON|Narendra Modi]]'s [[Bharatiya Janata Party|ORG]] ([[BJP|ORG|Bharatiya Janata Party]]) is contesting in alliance with Chief Minister [[Nitish Kumar|PERSON]]'s [[Janata Dal (United)|ORG]], which has governed the state for most of two decades.
# Bihar Votes in Test for Modi and Nitish Kumar
The main challenge comes from the [[Rashtriya Janata Dal|ORG]] ([[RJD|ORG|Rashtriya Janata Dal]]) led by [[Tejashwi Yadav|PERSON]], which has allied with [[Rahul Gandhi|PERSON]]'s [[Congress|ORG|Indian National Congress]] party. [[Yadav|PERSON|Tejashwi Yadav]] has promised a government job for one member of every family.
The [[Election Commission of India|ORG]] said turnout was 58% by 5 p.m., with long queues in [[Muzaffarpur|GPE]] and [[Gaya|GPE]]. Polling was briefly suspended at two booths near the [[Nepal|GPE]] border after a clash between party workers.
Unemployment has pushed millions of [[Biharis|NORP|Bihari]] to look for work in [[Delhi|GPE]], [[Mumbai|GPE]] and [[Gujarat|GPE]], and floods along the [[Ganges|LOC]] destroyed crops this summer. "Every party promises jobs, then forgets us," said [[Ramesh Paswan|PERSON]], a day labourer in [[Patna|GPE]]. A [[Lokniti-CSDS|ORG]] survey gave the [[BJP|ORG|Bharatiya Janata Party]]-led alliance a narrow lead. Results are due on November 14.
"""

DOCS["heldout9-12"] = """\
# Codelco and SQM Win Approval for Lithium Venture
[[SANTIAGO|GPE|Santiago]] ([[Bloomberg|ORG|Bloomberg News]]) - [[Chile|GPE]]'s state copper giant [[Codelco|ORG]] and [[Sociedad Química y Minera|ORG]] ([[SQM|ORG|Sociedad Química y Minera]]) won final environmental approval on Monday for their lithium joint venture in the [[Salar de Atacama|LOC]], the world's richest deposit of the metal.
The [[Environmental Evaluation Service|ORG]] approved plans to raise output by 40% by 2031 while cutting the amount of brine pumped from beneath the [[Atacama Desert|LOC]]. The venture will operate until 2060, with [[Codelco|ORG]] holding a majority from 2031.
"This is the model for how [[Chile|GPE]] develops its resources," [[Codelco|ORG]] Chairman [[Máximo Pacheco|PERSON]] said in [[Antofagasta|GPE]]. [[SQM|ORG|Sociedad Química y Minera]] Chief Executive [[Ricardo Ramos|PERSON]] said construction would begin next year.
The [[Council of Atacameño Peoples|ORG]], which represents indigenous communities around [[San Pedro de Atacama|GPE]], said it would challenge the permit in court over water use. [[Chinese|NORP]] shareholder [[Tianqi Lithium|ORG]] has separately asked the [[Supreme Court|ORG|Supreme Court of Chile]] to let its shareholders vote on the deal.
Analysts at [[BMO Capital Markets|ORG]] said the approval gave [[Chile|GPE]] an edge over [[Argentina|GPE]] and [[Bolivia|GPE]], its neighbours in the lithium triangle. [[US|GPE|United States]] producer [[Albemarle|ORG]], based in [[Charlotte|GPE|Charlotte, North Carolina]], [[North Carolina|GPE]], also operates in the salt flat.
"""

DOCS["heldout9-13"] = """\
# Gaza Talks Resume in Doha as Aid Deliveries Slow
[[DOHA|GPE|Doha]] ([[Reuters|ORG]]) - Mediators from [[Qatar|GPE]], [[Egypt|GPE]] and the [[United States|GPE]] resumed talks with [[Hamas|ORG]] and [[Israel|GPE]] on Sunday over the next phase of the [[Gaza|GPE]] ceasefire, including the disarmament of the group and the deployment of an international force.
[[Qatari|NORP]] Prime Minister [[Mohammed bin Abdulrahman Al Thani|PERSON]] met [[Egyptian|NORP]] intelligence chief [[Hassan Rashad|PERSON]] and [[US|GPE|United States]] envoy [[Steve Witkoff|PERSON]] before the delegations arrived. An [[Israeli|NORP]] team led by officials from [[Mossad|ORG]] and the [[Shin Bet|ORG]] security service was expected later, two sources told [[Reuters|ORG]].
Prime Minister [[Benjamin Netanyahu|PERSON]]'s office said [[Israel|GPE]] would not withdraw further until [[Hamas|ORG]] handed over its weapons. [[Cairo|GPE]] has proposed that the [[Palestinian Authority|ORG]] take over civil administration.
Aid agencies said deliveries had slowed. The [[World Food Programme|ORG]] said only 190 trucks entered on Saturday through the [[Kerem Shalom crossing|FAC]], and the [[Rafah crossing|FAC]] with [[Egypt|GPE]] remained closed to goods. [[UNRWA|ORG]] said clinics in [[Khan Younis|GPE]] were running out of insulin.
"Families have returned to rubble, and winter is coming," [[Amal Saleh|PERSON]], a [[Palestinian|NORP]] teacher living in a tent, told [[Al Jazeera|ORG]]. Officials in [[Jerusalem|GPE]] declined to comment on the timing of any agreement.
"""

DOCS["heldout9-14"] = """\
# Semeru Eruption Forces Evacuations in East Java
[[LUMAJANG|GPE|Lumajang]], [[Indonesia|GPE]] ([[AP|ORG|Associated Press]]) - [[Mount Semeru|LOC]], the highest volcano on [[Java|LOC]], erupted on Wednesday, sending a column of ash 2 kilometres into the sky and hot clouds down its slopes toward villages in [[East Java|GPE]] province.
At least 2,300 people were evacuated from [[Supiturang|GPE]] and [[Sumberwuluh|GPE]], two villages in [[Lumajang|GPE]] district, said [[Abdul Muhari|PERSON]], a spokesman for the [[National Disaster Management Agency|ORG]] ([[BNPB|ORG|National Disaster Management Agency]]). Four people were treated for burns at [[Haryoto General Hospital|ORG]].
The [[Center for Volcanology and Geological Hazard Mitigation|ORG]] raised the alert to the highest level and warned residents to stay away from the [[Besuk Kobokan|LOC]] river, where lava flows have buried sand mines in past eruptions.
[[AirNav Indonesia|ORG]] said flights at [[Juanda International Airport|FAC]] in [[Surabaya|GPE]] were operating normally, though some routes to [[Bali|GPE]] were diverted. The [[Indonesian Red Cross|ORG]] sent water trucks and masks from [[Malang|GPE]].
President [[Prabowo Subianto|PERSON]] ordered the [[BNPB|ORG|National Disaster Management Agency]] and the [[Indonesian Armed Forces|ORG]] to help those displaced. "We heard a roar like thunder and ran," said [[Siti Rahayu|PERSON]], 47, sheltering in a school. Several [[Australian|NORP]] hikers who had been camping near [[Ranu Kumbolo|LOC]] lake were brought down safely.
"""

DOCS["heldout9-15"] = """\
# Resident Doctors in England Vote for Fresh Strikes
Resident doctors in [[England|GPE]] will walk out for five days next month after members of the [[British Medical Association|ORG]] ([[BMA|ORG|British Medical Association]]) voted overwhelmingly for more industrial action in a long-running pay dispute.
The [[BMA|ORG|British Medical Association]] said 91% of those who voted backed strikes. Its resident doctors committee chair, [[Jack Fletcher|PERSON]], said a 5.4% rise this year had not made up for a decade of real-terms cuts.
Health Secretary [[Wes Streeting|PERSON]] called the decision "reckless" and said the [[Labour|ORG]] government could not afford more. [[Downing Street|ORG]] said Prime Minister [[Keir Starmer|PERSON]] backed [[Streeting|PERSON|Wes Streeting]] and that the [[Department of Health and Social Care|ORG]] would not reopen this year's pay award.
[[NHS England|ORG]] said it would try to protect cancer treatment and emergency care. Hospital leaders at [[Manchester Royal Infirmary|ORG]] and in [[London|GPE]] warned that thousands of operations would be postponed.
[[Conservative|NORP]] leader [[Kemi Badenoch|PERSON]] said the government had "lost control" of the [[NHS|ORG|National Health Service]], while the [[Liberal Democrats|ORG]] called for independent talks. Doctors in [[Scotland|GPE]] and [[Wales|GPE]], where health is run by the devolved governments, are not affected. The [[King's Fund|ORG]] think tank estimated that previous strikes cost the health service 1.7 billion pounds.
"""

DOCS["heldout9-16"] = """\
# Ireland Edge France in Dublin Thriller
[[DUBLIN|GPE|Dublin]] ([[AFP|ORG|Agence France-Presse]]) - [[Ireland|GPE]] beat [[France|GPE]] 27-20 at the [[Aviva Stadium|FAC]] on Saturday, with a late try from [[Jamison Gibson-Park|PERSON]] settling a tense contest between the two favourites for the championship.
The [[New Zealand|GPE]]-born scrum-half darted over from a ruck with four minutes left after [[Caelan Doris|PERSON]] had carried to the line. [[Jack Crowley|PERSON]] added the conversion and two penalties.
[[France|GPE]] had led 20-13 early in the second half after [[Antoine Dupont|PERSON]] sniped through for a try and [[Thomas Ramos|PERSON]] kicked two penalties. [[Dupont|PERSON|Antoine Dupont]], who plays his club rugby for [[Toulouse|ORG|Stade Toulousain]], was later sent to the sin bin for a deliberate knock-on.
"We showed a lot of character," [[Ireland|GPE]] coach [[Andy Farrell|PERSON]] said. [[French|NORP]] coach [[Fabien Galthié|PERSON]] criticised the [[Scottish|NORP]] referee, [[Mike Adamson|PERSON]], and said he would raise the yellow card with [[World Rugby|ORG]].
The [[Irish Rugby Football Union|ORG]] said [[Leinster|ORG]] lock [[Joe McCarthy|PERSON]] had suffered a shoulder injury. [[Ireland|GPE]] travel to [[Cardiff|GPE]] to play [[Wales|GPE]] at the [[Principality Stadium|FAC]] next, while [[France|GPE]] host [[England|GPE]] at the [[Stade de France|FAC]] outside [[Paris|GPE]].
"""

DOCS["heldout9-17"] = """\
[[COPENHAGEN|GPE|Copenhagen]] ([[Reuters|ORG]]) - [[Danish|NORP]] shipping group [[A.P. Moller-Maersk|ORG]] said on Tuesday it would begin sending some container ships back through the [[Red Sea|LOC]] and the [[Suez Canal|FAC]] next month, ending two years of detours around [[Africa|LOC]].
Chief Executive [[Vincent Clerc|PERSON]] said the decision followed a sharp fall in [[Houthi|NORP]] attacks on merchant vessels near the [[Bab el-Mandeb|LOC]] strait and naval escorts in the [[Gulf of Aden|LOC]]. "We will start with one service between [[Asia|LOC]] and the [[Mediterranean|LOC|Mediterranean Sea]]," [[Clerc|PERSON|Vincent Clerc]] said.
# Maersk to Return to Red Sea Route After Two Years
The [[Iran|GPE]]-aligned group, which controls [[Sanaa|GPE]] and much of northern [[Yemen|GPE]], has not attacked a cargo ship since July. [[US Central Command|ORG]] said it had no evidence the threat had ended.
Detours around the [[Cape of Good Hope|LOC]] added up to 14 days to voyages between [[Shanghai|GPE]] and [[Rotterdam|GPE]]. They also cost [[Egypt|GPE]] billions of dollars in canal fees. [[Suez Canal Authority|ORG]] Chairman [[Osama Rabie|PERSON]] said he expected traffic to recover "within months".
Rival [[Hapag-Lloyd|ORG]] of [[Hamburg|GPE]] said it had no plans to return, and [[Geneva|GPE]]-based [[MSC|ORG|Mediterranean Shipping Company]] declined to comment. [[Maersk|ORG|A.P. Moller-Maersk]] shares rose 3.1%, while freight rates on the [[Asia|LOC]]-[[Europe|LOC]] route fell 6%, consultancy [[Drewry|ORG]] said.
"""

DOCS["heldout9-18"] = """\
# Wildfire Forces Evacuation of Fort McMurray
[[EDMONTON|GPE|Edmonton]], [[Alberta|GPE]] ([[AP|ORG|Associated Press]]) - About 9,000 residents of [[Fort McMurray|GPE]] were ordered to leave their homes on Sunday as a wildfire driven by strong winds jumped the [[Athabasca River|LOC]] and moved toward the city's southern neighbourhoods.
Officials in the [[Regional Municipality of Wood Buffalo|GPE]] said [[Highway 63|FAC]], the only road south, remained open, and urged people to drive to an evacuation centre in [[Lac La Biche|GPE]]. The [[Royal Canadian Mounted Police|ORG]] ([[RCMP|ORG|Royal Canadian Mounted Police]]) went door to door in neighbourhoods that burned in 2016.
[[Suncor Energy|ORG]] and [[Canadian Natural Resources|ORG]] said they had cut oil sands output and flown out non-essential staff. The [[Fort McKay First Nation|ORG]] moved elders to [[Edmonton|GPE]] as a precaution.
[[Alberta|GPE]] Premier [[Danielle Smith|PERSON]] said the province had asked [[Ottawa|GPE]] for help, and Prime Minister [[Mark Carney|PERSON]] said the [[Canadian Armed Forces|ORG]] would send aircraft. "We will be there for [[Albertans|NORP|Albertan]]," [[Carney|PERSON|Mark Carney]] said.
"The fire is behaving very aggressively," said [[Josée Tremblay|PERSON]], an information officer with [[Alberta Wildfire|ORG]]. [[Environment Canada|ORG|Environment and Climate Change Canada]] warned that smoke would drift into [[Saskatchewan|GPE]] and as far as [[Minnesota|GPE]] and [[Chicago|GPE]].
"""

DOCS["heldout9-19"] = """\
# Reserve Bank of Australia Holds Rates as Inflation Lingers
[[SYDNEY|GPE|Sydney]] ([[Reuters|ORG]]) - The [[Reserve Bank of Australia|ORG]] ([[RBA|ORG|Reserve Bank of Australia]]) kept its cash rate at 3.60% on Tuesday, saying underlying inflation was falling more slowly than expected and that it was in no hurry to ease further.
Governor [[Michele Bullock|PERSON]] said figures from the [[Australian Bureau of Statistics|ORG]] showed services prices still rising strongly. "The board is not yet confident that the job is done," [[Bullock|PERSON|Michele Bullock]] said.
Economists at [[Commonwealth Bank of Australia|ORG]] and [[Westpac|ORG]] had expected the decision, though both still forecast a cut early next year. Treasurer [[Jim Chalmers|PERSON]] said in [[Canberra|GPE]] that the government's energy rebates had helped bring headline inflation down.
Opposition leader [[Sussan Ley|PERSON]] of the [[Liberal Party|ORG|Liberal Party of Australia]] said families in [[Queensland|GPE]] and [[Western Australia|GPE]] were still struggling with mortgages. Floods in northern [[Queensland|GPE]] had pushed up fruit and vegetable prices.
Miners [[BHP|ORG]] and [[Rio Tinto|ORG]], which dig iron ore in the [[Pilbara|LOC]], rose on the [[Australian Securities Exchange|ORG]] after data showed steel output in [[China|GPE]] picked up. "[[Beijing|GPE]]'s stimulus is feeding through," said [[Daniel Okafor|PERSON]], an economist at the [[Australian National University|ORG]].
"""

DOCS["heldout9-20"] = """\
# Dangote Refinery Cuts Petrol Price as Unions Threaten Strike
[[LAGOS|GPE|Lagos]] ([[Reuters|ORG]]) - [[Nigeria|GPE]]'s [[Dangote Petroleum Refinery|FAC]] cut its petrol gate price by 8% on Monday, days after the country's main labour unions threatened a nationwide strike over fuel costs.
The 650,000 barrel-per-day plant in [[Lekki|GPE]], owned by [[Dangote Group|ORG]], has become the main domestic source of petrol since state oil company [[NNPC|ORG|NNPC Limited]] began buying from it last year. [[Aliko Dangote|PERSON]] said the cut would "reach every filling station from [[Kano|GPE]] to [[Port Harcourt|GPE]]".
The [[Nigeria Labour Congress|ORG]] ([[NLC|ORG|Nigeria Labour Congress]]) said it would still meet on Thursday to decide on the strike. "A small cut does not undo two years of pain," [[NLC|ORG|Nigeria Labour Congress]] President [[Joe Ajaero|PERSON]] said in [[Abuja|GPE]].
President [[Bola Tinubu|PERSON]] scrapped fuel subsidies in 2023, and prices have more than tripled since. [[Tinubu|PERSON|Bola Tinubu]] has said the savings are being spent on roads and power in regions such as the [[Niger Delta|LOC]].
The [[Independent Petroleum Marketers Association of Nigeria|ORG]] ([[IPMAN|ORG|Independent Petroleum Marketers Association of Nigeria]]) said its members would lower pump prices within two days. [[Dangote|PERSON|Aliko Dangote]], [[Africa|LOC]]'s richest man, told [[Punch|ORG]] newspaper he hoped to export [[Nigerian|NORP]] fuel to [[Ghana|GPE]] and [[Cameroon|GPE]] next year.
"""

DOCS["heldout9-21"] = """\
# Europe's Ariane 6 Launches Weather Satellite
[[KOUROU|GPE|Kourou]], [[French Guiana|GPE]] ([[AFP|ORG|Agence France-Presse]]) - An Ariane 6 rocket lifted off from the [[Guiana Space Centre|FAC]] on Thursday night carrying a new weather satellite for [[EUMETSAT|ORG]], the [[European|NORP]] meteorological agency based in [[Darmstadt|GPE]], [[Germany|GPE]].
The satellite separated from the upper stage 34 minutes after launch over the [[Atlantic|LOC|Atlantic Ocean]], operator [[Arianespace|ORG]] said. It will provide images of storms over [[Europe|LOC]] and [[Africa|LOC]] every 10 minutes.
"This is another step toward giving [[Europe|LOC]] independent access to space," said [[Josef Aschbacher|PERSON]], director general of the [[European Space Agency|ORG]] ([[ESA|ORG|European Space Agency]]). [[ESA|ORG|European Space Agency]] hopes to fly the rocket eight times next year, still far fewer than the launches of [[Elon Musk|PERSON]]'s [[SpaceX|ORG]].
The rocket is built by [[ArianeGroup|ORG]], a joint venture of [[Airbus|ORG]] and [[Safran|ORG]], with solid boosters made by [[Italian|NORP]] firm [[Avio|ORG]] near [[Rome|GPE]]. [[French|NORP]] space agency [[CNES|ORG]] runs the launch site.
The [[Élysée|ORG|Élysée Palace]] said President [[Emmanuel Macron|PERSON]] had called the launch team. [[Paris|GPE]], [[Berlin|GPE]] and [[Rome|GPE]] are still arguing over how to share the cost of a more powerful version, officials in [[Brussels|GPE]] said.
"""

DOCS["heldout9-22"] = """\
[[LOS ANGELES|GPE|Los Angeles]] ([[AP|ORG|Associated Press]]) - [[Shohei Ohtani|PERSON]] homered twice and [[Yoshinobu Yamamoto|PERSON]] struck out nine over seven innings as the [[Los Angeles Dodgers|ORG]] beat the [[San Francisco Giants|ORG]] 6-3 on Friday at [[Dodger Stadium|FAC]].
[[Ohtani|PERSON|Shohei Ohtani]] hit a solo shot in the first inning off [[Logan Webb|PERSON]] and a two-run drive in the sixth, his 44th and 45th of the season. [[Freddie Freeman|PERSON]] added an RBI double for the [[Dodgers|ORG|Los Angeles Dodgers]], who lead the [[Arizona Diamondbacks|ORG]] by four games in their division.
# Ohtani Homers Twice as Dodgers Beat Giants
[[Yamamoto|PERSON|Yoshinobu Yamamoto]] allowed two runs on five hits, both on a homer by [[Rafael Devers|PERSON]] in the fourth. "He was in command of everything," [[Dodgers|ORG|Los Angeles Dodgers]] manager [[Dave Roberts|PERSON]] said of the [[Japanese|NORP]] right-hander.
[[Webb|PERSON|Logan Webb]] gave up five runs in five innings. The [[Giants|ORG|San Francisco Giants]] have lost six of their last eight and fell eight games behind in the wild-card race.
[[Mookie Betts|PERSON]] left in the seventh inning with tightness in his left hamstring and will have an MRI on Saturday. [[Major League Baseball|ORG]] said it was reviewing a complaint about a foul ball that struck a child. The teams meet again at [[Oracle Park|FAC]] in [[San Francisco|GPE]] next weekend.
"""

DOCS["heldout9-23"] = """\
# Dutch Police Seize Eight Tonnes of Cocaine in Rotterdam
[[ROTTERDAM|GPE|Rotterdam]], [[Netherlands|GPE]] ([[Reuters|ORG]]) - [[Dutch|NORP]] customs officers found eight tonnes of cocaine hidden in a shipment of bananas from [[Ecuador|GPE]] at the port of [[Rotterdam|GPE]], the largest single seizure in the country this year, prosecutors said on Friday.
The [[Public Prosecution Service|ORG|Public Prosecution Service (Netherlands)]] said the drugs had been loaded in [[Guayaquil|GPE]] and were destined for a gang with links to [[Albanian|NORP]] and [[Moroccan|NORP]] networks. Six men were arrested in [[Rotterdam|GPE]] and [[Antwerp|GPE]] in raids coordinated by [[Europol|ORG]], which is based in [[The Hague|GPE]].
[[Belgian|NORP]] police said two of the suspects were dock workers. [[Spain|GPE]]'s [[Guardia Civil|ORG]] arrested a seventh man in [[Algeciras|GPE]], where a related container had been unloaded last month.
"This network was moving cocaine into [[Europe|LOC]] on an industrial scale," said [[Marieke de Vries|PERSON]], a spokeswoman for the [[Dutch National Police|ORG|National Police (Netherlands)]]. The suspects will appear before the [[Rotterdam District Court|ORG]] on Monday.
[[Ecuadorian|NORP]] President [[Daniel Noboa|PERSON]] said police in [[Quito|GPE]] were working with [[Europol|ORG]] to trace the exporters. Authorities in [[Ecuador|GPE]] blame the [[Los Lobos|ORG]] gang for much of the trafficking through the country's ports. [[Eurojust|ORG]], the [[EU|ORG|European Union]]'s judicial cooperation agency, helped coordinate the arrests.
"""

DOCS["heldout9-24"] = """\
# Greece Renews Push for Return of Parthenon Sculptures
[[ATHENS|GPE|Athens]] ([[Reuters|ORG]]) - [[Greek|NORP]] Prime Minister [[Kyriakos Mitsotakis|PERSON]] said on Saturday that talks with the [[British Museum|ORG]] over returning the sculptures taken from the [[Parthenon|FAC]] had entered "a decisive phase", and that he hoped to sign a deal next year.
Speaking at the [[Acropolis Museum|FAC]], where a gallery with views of the [[Parthenon|FAC]] has been left empty for the marbles, [[Mitsotakis|PERSON|Kyriakos Mitsotakis]] said [[Athens|GPE]] was open to a long-term loan arrangement under which [[Greece|GPE]] would send other antiquities to [[London|GPE]] in exchange.
The sculptures were removed from the [[Acropolis|LOC|Acropolis of Athens]] in the early 19th century by agents of Lord [[Elgin|PERSON|Thomas Bruce, 7th Earl of Elgin]], when [[Greece|GPE]] was under [[Ottoman|NORP]] rule. The [[British Museum|ORG]], chaired by former finance minister [[George Osborne|PERSON]], said discussions were "constructive" but no agreement had been reached.
[[Downing Street|ORG]] said any deal was a matter for the museum's trustees, and that Prime Minister [[Keir Starmer|PERSON]] had no plans to change the law. Culture Minister [[Lina Mendoni|PERSON]] told the newspaper [[Kathimerini|ORG]] that [[UNESCO|ORG]] continued to support the [[Greek|NORP]] claim.
[[Nikolaos Stampolidis|PERSON]], director of the [[Acropolis Museum|ORG]], said the marbles should be seen "in the light of [[Attica|GPE]], not in a basement in [[Bloomsbury|GPE]]".
"""
