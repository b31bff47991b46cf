# Held-out entity test set 5: hand-written, inline-annotated news texts.  FICTION: real public
# figures, places and organisations appear in invented events with invented numbers and quotes;
# many people and companies are invented.  Use only to test named-entity recognition.
# Markup as in ../dev/_make_dev.py:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]];
# a line starting with "# " is the doc's heading (kept in the text, listed under "headings",
# never annotated).  Canonical name defaults to ALIAS.get(surface, surface) (see ../dev/_make_dev.py).
# One paragraph per line.

DOCS = {}

DOCS["heldout5-01"] = """\
# Turkey Hosts New Round of Prisoner Talks
[[Ukrainian|NORP]] and [[Russian|NORP]] negotiators met in [[Istanbul|GPE]] on Wednesday for a third round of talks on prisoner exchanges, [[Turkey|GPE]]’s foreign ministry said, although neither side reported progress towards a wider ceasefire.
Foreign Minister [[Hakan Fidan|PERSON]] opened the meeting at the [[Dolmabahçe Palace|FAC]] and said his government was ready to host a summit between President [[Volodymyr Zelensky|PERSON]] and [[Vladimir Putin|PERSON]] "as soon as both capitals are ready". [[Fidan|PERSON|Hakan Fidan]] later briefed [[US|GPE]] Secretary of State [[Marco Rubio|PERSON]] by telephone.
The [[Ukrainian|NORP]] delegation was led by [[Rustem Umerov|PERSON]], secretary of the [[National Security and Defence Council|ORG|National Security and Defence Council of Ukraine]]. [[Umerov|PERSON|Rustem Umerov]] said [[Kyiv|GPE]] had handed over a list of 1,200 names, including civilians detained in occupied areas of the south.
In [[Moscow|GPE]], [[Kremlin|ORG]] spokesman [[Dmitry Peskov|PERSON]] described the talks as "useful but technical". [[Peskov|PERSON|Dmitry Peskov]] declined to comment on reports that [[Russia|GPE]] had asked for the return of soldiers captured in the [[Kursk|GPE|Kursk Oblast]] region last year.
The [[International Committee of the Red Cross|ORG]] ([[ICRC|ORG|International Committee of the Red Cross]]) said it was ready to verify any exchange. In his nightly video address, [[Zelensky|PERSON]] urged allies not to let the talks slow work on new sanctions.
"""

DOCS["heldout5-02"] = """\
# Centre-Right Wins Portuguese Vote but Falls Short of Majority
[[Portugal|GPE]]’s centre-right [[Democratic Alliance|ORG]] ([[AD|ORG|Democratic Alliance]]) won the most seats in Sunday’s snap parliamentary election but fell short of a majority, leaving its leader [[Tomás Correia Vaz|PERSON]] in need of support from smaller parties to form a government.
With 98 per cent of votes counted, the [[AD|ORG|Democratic Alliance]] had 33.8 per cent, ahead of the [[Socialist Party|ORG|Socialist Party (Portugal)]] on 27.1 per cent. The far-right [[Chega|ORG]] party took 19.4 per cent, its best result yet, and its leader [[André Ventura|PERSON]] told cheering supporters in [[Lisbon|GPE]] that "the old two-party system is finished".
[[Correia Vaz|PERSON|Tomás Correia Vaz]], a former mayor of [[Braga|GPE]], again ruled out a coalition with [[Chega|ORG]] and said he would seek an agreement with the [[Liberal Initiative|ORG]], which won nine seats. President [[Marcelo Rebelo de Sousa|PERSON]] will begin consultations with party leaders at [[Belém Palace|FAC]] on Tuesday.
[[Socialist|NORP]] leader [[Inês Sarmento|PERSON]] conceded defeat at a hotel in [[Porto|GPE]] and said her party would not block a budget "for the sake of stability". Turnout rose to 61 per cent, the highest since 2005.
[[Ventura|PERSON|André Ventura]] said his party would vote against any budget drawn up without it. [[Portuguese|NORP]] government bond yields were little changed on Monday morning.
"""

DOCS["heldout5-03"] = """\
# Nordic Carriers Agree €1.4bn Merger
[[Skarvik Air|ORG]] agreed on Thursday to buy [[Finnish|NORP]] rival [[Aurora Airways|ORG]] for €1.4bn in cash, creating the largest airline group in [[Scandinavia|LOC]] and [[Finland|GPE]] and a stronger challenger to low-cost carriers such as [[Norwegian|ORG|Norwegian Air Shuttle]].
[[Skarvik|ORG|Skarvik Air]], which is based in [[Oslo|GPE]], will pay 9.20 euros a share, a premium of 34 per cent. Chief executive [[Henrik Aasland|PERSON]] said the combined group would keep both brands and both hubs. "Our networks barely overlap," [[Aasland|PERSON|Henrik Aasland]] told analysts on a conference call.
The [[Finnish|NORP]] state, which owns 41 per cent of [[Aurora|ORG|Aurora Airways]], said it would accept the offer. Economic Affairs Minister [[Ville Kettunen|PERSON]] called the price "a good result for taxpayers".
The deal needs approval from the [[European Commission|ORG]]. Competition chief [[Teresa Ribera|PERSON]] has said she will look closely at domestic [[Finnish|NORP]] routes, where the two airlines together carry about 70 per cent of passengers.
Shares in [[Aurora|ORG|Aurora Airways]] jumped 31 per cent in [[Helsinki|GPE]], while the buyer’s stock fell 4 per cent. [[Kari Holmen|PERSON]], an analyst at [[Danske Bank|ORG]], said the price looked "full but fair".
"""

DOCS["heldout5-04"] = """\
# Stocks Slide as Fed Signals Patience on Rates
Global stocks fell on Thursday after [[Federal Reserve|ORG]] Chair [[Jerome Powell|PERSON]] told lawmakers that the [[US|GPE]] central bank would need clearer evidence of cooling inflation before cutting interest rates again.
In [[New York|GPE]], chipmakers and banks led the decline. [[Powell|PERSON|Jerome Powell]]’s testimony to senators pushed two-year government bond yields to a six-week high and lifted the dollar against the yen and the euro. "The market had priced in too much, too soon," said [[Priya Raman|PERSON]], a strategist at [[Halbrook Capital|ORG]] in [[London|GPE]].
[[European|NORP]] shares closed 1.2 per cent lower, with banks among the biggest fallers. Speaking in [[Frankfurt|GPE]], [[European Central Bank|ORG]] President [[Christine Lagarde|PERSON]] said the bank was "in a good place" and would not be rushed by the [[Fed|ORG|Federal Reserve]]. [[Lagarde|PERSON|Christine Lagarde]] added that the euro’s recent gains were helping to contain import prices.
Earlier, the [[Bank of Japan|ORG]] ([[BOJ|ORG|Bank of Japan]]) left its policy rate unchanged. Governor [[Kazuo Ueda|PERSON]] said wage growth remained strong, and exporters such as [[Toyota|ORG]] fell as traders bet the [[BOJ|ORG|Bank of Japan]] would raise rates again in the spring.
Oil prices edged higher after [[Saudi|NORP]] Energy Minister [[Abdulaziz bin Salman|PERSON]] said [[OPEC+|ORG]] would keep output steady through March.
"""

DOCS["heldout5-05"] = """\
The [[International Court of Justice|ORG]] ([[ICJ|ORG|International Court of Justice]]) on Friday ordered [[Venezuela|GPE]] not to hold elections for a governor of the [[Essequibo|LOC]] region, a vast area that [[Guyana|GPE]] has administered for more than a century and that [[Caracas|GPE]] claims as its own.
Judges at the court in [[The Hague|GPE]] voted 14 to 1 for the order. Presiding judge [[Yuji Iwasawa|PERSON]] said [[Venezuela|GPE]] must refrain from any action that would change the situation on the ground while the court considers the merits of the case, which could take two more years.
# Guyana Hails Ruling as Caracas Rejects Jurisdiction
[[Guyanese|NORP]] President [[Irfaan Ali|PERSON]] called the decision a victory for international law. Speaking in [[Georgetown|GPE]], [[Ali|PERSON|Irfaan Ali]] thanked the [[Caribbean Community|ORG]] ([[Caricom|ORG|Caribbean Community]]) for their support and said troops along the [[Cuyuni River|LOC]] would remain on alert.
In [[Caracas|GPE]], Foreign Minister [[Yván Gil|PERSON]] said the government did not recognise the court’s authority over the dispute and accused [[ExxonMobil|ORG]] of "writing [[Guyana|GPE]]’s foreign policy". The oil company, which leads a consortium pumping crude offshore, declined to comment.
[[Guyana|GPE]]’s agent at the court, [[Carl Greenidge|PERSON]], said the ruling sent "a clear message" to any government tempted to redraw borders by force.
"""

DOCS["heldout5-06"] = """\
# Cholera Cases Surge Across Southern Africa
The [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) warned on Tuesday that cholera was spreading faster across southern [[Africa|LOC]] than at any time in a decade, with more than 18,000 cases recorded in [[Zambia|GPE]], [[Malawi|GPE]] and [[Mozambique|GPE]] since January.
Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] told reporters in [[Geneva|GPE]] that heavy rains had flooded latrines and contaminated wells in crowded urban areas. [[Tedros|PERSON|Tedros Adhanom Ghebreyesus]] said global stocks of oral vaccine were "close to zero" and urged manufacturers to step up production.
In [[Lusaka|GPE]], Health Minister [[Elijah Muchima|PERSON]] said the [[National Heroes Stadium|FAC]] had been turned into a treatment centre with 600 beds. [[Muchima|PERSON|Elijah Muchima]] said schools in the capital would stay closed for at least two more weeks.
[[Médecins Sans Frontières|ORG]] ([[MSF|ORG|Médecins Sans Frontières]]) said its teams in [[Blantyre|GPE]] were treating 150 patients a day. "Whole families are arriving at once," said [[Grace Phiri|PERSON]], an [[MSF|ORG|Médecins Sans Frontières]] nurse. [[Jean Kaseya|PERSON]], head of the [[Africa Centres for Disease Control and Prevention|ORG]], said it would send 40 epidemiologists to the region.
"""

DOCS["heldout5-07"] = """\
# Amazon Rivers Fall to Record Lows
The [[Rio Negro|LOC]] at [[Manaus|GPE]] fell to its lowest level since records began in 1902, [[Brazil|GPE]]’s geological service said on Monday, leaving dozens of riverside communities across the [[Amazon|LOC|Amazon rainforest]] cut off from supplies.
Environment Minister [[Marina Silva|PERSON]] flew to [[Amazonas|GPE]] state with a team of officials and said the drought was "the new normal of a warming planet". In one riverside village, fisherman [[Raimundo Ferreira|PERSON]], 58, said his family had to walk six kilometres across dry riverbed to reach a boat. [[Silva|PERSON|Marina Silva]] announced emergency funding for drinking water deliveries by the [[Brazilian|NORP]] navy.
Governor [[Wilson Lima|PERSON]] declared a state of emergency in 52 of the state’s 62 municipalities. Low water on the [[Madeira River|LOC]] has also halted barges carrying soybeans to the port of [[Itacoatiara|GPE]], according to the grain exporters’ association [[Anec|ORG]].
Scientists at the [[National Institute for Space Research|ORG]] ([[INPE|ORG|National Institute for Space Research]]) said satellites had detected 4,100 fires in the region in September, twice as many as a year earlier. Neighbouring [[Colombia|GPE]] reported record lows on the [[Amazon River|LOC]] near the border town of [[Leticia|GPE]].
[[Greenpeace|ORG]] campaigner [[Luana Tavares|PERSON]] said the figures showed that governments had to move faster to end deforestation.
"""

DOCS["heldout5-08"] = """\
# Leinster Edge Toulouse to Reach European Final
[[Leinster|ORG|Leinster Rugby]] beat [[Toulouse|ORG|Stade Toulousain]] 24-21 at the [[Aviva Stadium|FAC]] on Saturday to reach the final of [[Europe|LOC]]’s top club rugby competition for the fifth time in seven seasons.
Fly-half [[Ciarán Nolan|PERSON]] kicked the winning penalty two minutes from time after [[French|NORP]] lock [[Mathis Lacombe|PERSON]] was penalised at a ruck. [[Nolan|PERSON|Ciarán Nolan]], 22, finished with 14 points on only his third start in the competition.
[[Toulouse|ORG|Stade Toulousain]] had led 21-13 at half-time through tries from winger [[Théo Marchand|PERSON]] and scrum-half [[Antoine Dupont|PERSON]], who later limped off with an ankle injury. Head coach [[Olivier Castaing|PERSON]] said [[Dupont|PERSON|Antoine Dupont]] would have a scan in [[Toulouse|GPE]] on Monday, and criticised [[Welsh|NORP]] referee [[Gareth Pryce|PERSON]] for "a very strange second half".
[[Leinster|ORG|Leinster Rugby]] will play [[Northampton Saints|ORG]] or [[Bordeaux Bègles|ORG|Union Bordeaux Bègles]] in the final at the [[Principality Stadium|FAC]] in [[Cardiff|GPE]] on May 24. The crowd of 51,700 was a record for a semi-final, the [[Irish Rugby Football Union|ORG]] said.
"""

DOCS["heldout5-09"] = """\
# Chipmakers Weigh Impact of New US Export Rules
[[Taiwan Semiconductor Manufacturing Company|ORG]] ([[TSMC|ORG|Taiwan Semiconductor Manufacturing Company]]) said on Friday it was studying new [[US|GPE]] rules requiring licences for exports of advanced chip-making tools to [[China|GPE]], a day after the [[Commerce Department|ORG|United States Department of Commerce]] published them.
Commerce Secretary [[Howard Lutnick|PERSON]] said the measures would close loopholes that had allowed [[Chinese|NORP]] firms to buy equipment through subsidiaries in third countries. [[Lutnick|PERSON|Howard Lutnick]] said the [[White House|ORG]] had consulted allies.
In [[Beijing|GPE]], commerce ministry spokesman [[He Yadong|PERSON]] said [[China|GPE]] would "take necessary measures to defend its legitimate rights". Shares in suppliers to [[Huawei|ORG]] fell sharply.
The rules also hit equipment maker [[ASML|ORG]], whose chief executive [[Christophe Fouquet|PERSON]] said sales to [[Chinese|NORP]] customers would fall "significantly" next year.
[[Nvidia|ORG]] chief executive [[Jensen Huang|PERSON]] said the company would comply with the rules. Analyst [[Lena Ortmann|PERSON]] of [[Bernstein|ORG]] estimated that they could cut [[ASML|ORG]]’s annual revenue by a tenth.
"""

DOCS["heldout5-10"] = """\
# Belgian Police Seize Eight Tonnes of Cocaine
[[Belgian|NORP]] customs officers seized 8.2 tonnes of cocaine hidden in containers of bananas at the [[Port of Antwerp-Bruges|FAC]], the biggest single haul in the country this year, prosecutors said on Wednesday.
The shipment arrived from [[Guayaquil|GPE]] in [[Ecuador|GPE]] aboard a vessel chartered by [[Mediterranean Shipping Company|ORG]] ([[MSC|ORG|Mediterranean Shipping Company]]), which said it was cooperating fully. Police arrested four men in [[Antwerp|GPE]] and two in [[Rotterdam|GPE]], including a [[Dutch|NORP]] dock worker identified only as [[Ruben V.|PERSON]], 34.
Federal prosecutor [[Karel Dewinter|PERSON]] said the gang had paid port staff to move containers before they could be inspected. [[Dewinter|PERSON|Karel Dewinter]] said investigators had been helped by [[Europol|ORG]], which coordinated raids with the [[Spanish|NORP]] [[Guardia Civil|ORG]].
In [[Quito|GPE]], police said they had detained a suspected member of the [[Los Lobos|ORG]] gang, which the authorities blame for much of the cocaine leaving the country’s ports.
Justice Minister [[Annelies Verlinden|PERSON]] said [[Belgium|GPE]] would hire 300 more customs officers and install new scanners in [[Zeebrugge|GPE]] by the end of the year. [[Verlinden|PERSON|Annelies Verlinden]] said ports were "the front line" against organised crime.
"""

DOCS["heldout5-11"] = """\
# Oxford Museum Returns Benin Bronzes to Nigeria
The [[Pitt Rivers Museum|ORG]] at the [[University of Oxford|ORG]] handed over 17 bronze plaques and carvings to [[Nigeria|GPE]] on Friday, more than 125 years after [[British|NORP]] soldiers looted them from [[Benin City|GPE]].
At a ceremony in [[Oxford|GPE]], museum director [[Laura Van Broekhoven|PERSON]] said the return was "long overdue". The objects will be flown to [[Lagos|GPE]] next week and displayed at the [[National Museum|FAC|National Museum, Lagos]] before moving to a new museum in [[Edo|GPE|Edo State]] state.
[[Olugbile Holloway|PERSON]], director-general of [[Nigeria|GPE]]’s [[National Commission for Museums and Monuments|ORG]], said the bronzes would ultimately belong to Oba [[Ewuare II|PERSON]], the traditional ruler of [[Benin City|GPE]]. [[Holloway|PERSON|Olugbile Holloway]] praised the university for acting "without being asked twice".
The [[British Museum|ORG]], which holds more than 900 such objects, is barred by law from permanently removing items from its collection. A spokeswoman said its trustees remained "in active conversation" with [[Nigerian|NORP]] partners. [[Van Broekhoven|PERSON|Laura Van Broekhoven]] said her museum was reviewing the origins of a further 3,000 items.
"""

DOCS["heldout5-12"] = """\
A [[European|NORP]] probe designed to study how the solar wind shapes the magnetic field around [[Earth|LOC]] lifted off on Tuesday aboard an Ariane 6 rocket from the [[Guiana Space Centre|FAC]] in [[French Guiana|GPE]].
The [[European Space Agency|ORG]] ([[ESA|ORG|European Space Agency]]) said mission controllers at the [[European Space Operations Centre|FAC]] in [[Darmstadt|GPE]] received the first signal 52 minutes after launch. "Everything is nominal," said flight director [[Tobias Reinhardt|PERSON]].
# Probe to Spend Four Years Watching the Sun
[[ESA|ORG|European Space Agency]] Director General [[Josef Aschbacher|PERSON]], who watched the launch with [[French|NORP]] and [[German|NORP]] ministers, said the €620m mission showed that [[Europe|LOC]] could fly world-class science on its own rockets. [[Aschbacher|PERSON|Josef Aschbacher]] noted that it was the fourth Ariane 6 flight this year, a record for [[Arianespace|ORG]].
The spacecraft carries instruments built by [[NASA|ORG]] and [[Japan|GPE]]’s space agency and will take about 100 days to reach its observation point. Principal investigator [[Sofia Lindqvist|PERSON]] of [[Lund University|ORG]] in [[Sweden|GPE]] said its data should improve forecasts of the geomagnetic storms that can knock out satellites and power grids. [[Lindqvist|PERSON|Sofia Lindqvist]] said the first images would be released in March.
"""

DOCS["heldout5-13"] = """\
# German Rail Strike Strands Millions of Commuters
A 48-hour strike by train drivers brought most of [[Germany|GPE]]’s long-distance and regional rail services to a halt on Thursday, leaving commuters in [[Berlin|GPE]], [[Munich|GPE]] and [[Hamburg|GPE]] scrambling for alternatives.
[[Deutsche Bahn|ORG]] said only one in five intercity trains was running. The drivers’ union [[GDL|ORG|Gewerkschaft Deutscher Lokomotivführer]] is demanding a 35-hour week and a pay rise of 9 per cent. Union leader [[Mario Reiß|PERSON]] told reporters at [[Berlin Hauptbahnhof|FAC]] that members were "fed up with empty promises". [[Reiß|PERSON|Mario Reiß]] said further strikes could follow next month.
Transport Minister [[Patrick Schnieder|PERSON]] urged both sides to accept mediation, while [[Deutsche Bahn|ORG]] chief executive [[Evelyn Palla|PERSON]] called the walkout "completely disproportionate".
Cross-border services to [[Austria|GPE]] were also cancelled, [[Austrian Federal Railways|ORG]] ([[ÖBB|ORG|Austrian Federal Railways]]) said. Airlines added domestic flights from [[Frankfurt Airport|FAC]], and coach operators said bookings had tripled. "I have no idea how I will get to work tomorrow," said [[Katrin Ebert|PERSON]], a nurse stuck on a station platform.
Freight was also disrupted, with the [[Port of Hamburg|FAC]] warning of delays for containers bound for [[Poland|GPE]].
"""

DOCS["heldout5-14"] = """\
# India Eases Curbs on Rice Exports
[[India|GPE]] will allow exports of non-basmati white rice again from next month, the government said on Monday, after a bumper harvest pushed state stockpiles to a record 60 million tonnes.
Commerce Minister [[Piyush Goyal|PERSON]] said the decision would support farmers in [[Punjab|GPE|Punjab (India)]] and [[Andhra Pradesh|GPE]], where wholesale prices have fallen below the government’s guaranteed level. Farm union leader [[Gurnam Singh Sandhu|PERSON]] called it "late but welcome". The [[Food Corporation of India|ORG]] will sell part of its stocks through open tenders, [[Goyal|PERSON|Piyush Goyal]] told reporters in [[New Delhi|GPE]].
[[India|GPE]] is the world’s largest rice exporter, and its restrictions pushed [[Asian|NORP]] prices to a 15-year high. Benchmark [[Thai|NORP]] and [[Vietnamese|NORP]] prices fell 6 per cent after the announcement. [[Somchai Prasertkul|PERSON]], president of the [[Thai Rice Exporters Association|ORG]], said exporters would struggle to compete.
The [[Food and Agriculture Organization|ORG]] ([[FAO|ORG|Food and Agriculture Organization]]) welcomed the move, saying it would ease pressure on import-dependent countries in [[West Africa|LOC]] such as [[Senegal|GPE]] and [[Côte d’Ivoire|GPE]]. Traders said the first cargoes would probably leave from [[Kakinada Port|FAC]] on the east coast.
"""

DOCS["heldout5-15"] = """\
# Gaza Truce Talks Resume in Cairo
[[Israeli|NORP]] and [[Hamas|ORG]] negotiators resumed indirect talks in [[Cairo|GPE]] on Sunday on the next phase of the [[Gaza|GPE|Gaza Strip]] ceasefire, mediators said, as disputes over aid deliveries and troop withdrawals dragged on.
[[Egypt|GPE]]’s intelligence chief [[Hassan Rashad|PERSON]] met the two delegations separately, and [[Qatari|NORP]] Prime Minister [[Mohammed bin Abdulrahman Al Thani|PERSON]] joined by video link. [[US|GPE]] special envoy [[Steve Witkoff|PERSON]] is expected to arrive on Tuesday, the [[White House|ORG]] said. [[Witkoff|PERSON|Steve Witkoff]] has proposed an international monitoring mission.
An official in Prime Minister [[Benjamin Netanyahu|PERSON]]’s office said [[Israel|GPE]] would not discuss a further pullback until the remains of all hostages had been returned. [[Hamas|ORG]] official [[Basem Naim|PERSON]] accused [[Israel|GPE]] of limiting the number of aid trucks entering through the [[Kerem Shalom|FAC|Kerem Shalom crossing]] crossing.
The [[World Food Programme|ORG]] said only a third of the food needed was reaching [[Gaza|GPE|Gaza Strip]], and that the [[Rafah|FAC|Rafah crossing]] crossing remained closed to goods.
"""

DOCS["heldout5-16"] = """\
# Ruling Party Wins Seoul Mayoral By-Election
[[South Korea|GPE]]’s ruling [[Democratic Party|ORG|Democratic Party of Korea]] won Wednesday’s by-election for mayor of [[Seoul|GPE]], handing President [[Lee Jae-myung|PERSON]] a boost ahead of nationwide local elections in June.
Former labour minister [[Park Ji-hoon|PERSON]] took 51.6 per cent of the vote, against 45.2 per cent for [[Han Seo-yeon|PERSON]] of the conservative [[People Power Party|ORG]] ([[PPP|ORG|People Power Party]]), the [[National Election Commission|ORG]] said. Turnout was 48 per cent.
[[Park|PERSON|Park Ji-hoon]] thanked voters at a rally in [[Gwanghwamun Square|FAC]] and promised to build 80,000 public rental homes. He won comfortably in the city’s northern districts but lost in [[Gangnam|GPE]] and neighbouring districts, traditionally conservative areas south of the [[Han River|LOC]].
[[Han|PERSON|Han Seo-yeon]] conceded shortly before midnight, and [[PPP|ORG|People Power Party]] leader [[Jang Dong-hyeok|PERSON]] said the party would "reflect deeply" on the result, according to [[Yonhap|ORG|Yonhap News Agency]].
Analysts said the vote also reflected approval of [[Lee|PERSON|Lee Jae-myung]]’s handling of trade talks with [[Washington|GPE]] and [[Tokyo|GPE]].
"""

DOCS["heldout5-17"] = """\
# Starmer Sees Off Labour Rebellion on Planning Bill
Prime Minister [[Keir Starmer|PERSON]] saw off a rebellion by [[Labour|ORG]] backbenchers on Tuesday night as the [[House of Commons|ORG]] approved plans to speed up the building of homes and power lines by 341 votes to 219.
Forty-two [[Labour|ORG]] MPs voted against the government, led by [[Ellen Hartley|PERSON]], the MP for [[Stroud|GPE]], who said the changes would "hand the countryside to developers". [[Hartley|PERSON|Ellen Hartley]] said she had received assurances from [[Downing Street|ORG]] that wildlife protections would be strengthened in the [[House of Lords|ORG]].
[[Conservative|NORP]] leader [[Kemi Badenoch|PERSON]] said [[Starmer|PERSON|Keir Starmer]] had "lost control of his own party", while [[Reform UK|ORG]] leader [[Nigel Farage|PERSON]] called the bill a "developers’ charter". [[Ed Davey|PERSON]]’s [[Liberal Democrats|ORG]] also opposed it.
Housing Secretary [[Steve Reed|PERSON]] said the bill would help deliver 1.5 million homes by the next election. Ministers in [[Scotland|GPE]] and [[Wales|GPE]] have been asked to adopt similar rules.
The [[Campaign to Protect Rural England|ORG]] ([[CPRE|ORG|Campaign to Protect Rural England]]) said it would lobby peers to amend the bill. Its chief executive, [[Fiona Marchant|PERSON]], said ministers had "ignored the evidence".
"""

DOCS["heldout5-18"] = """\
# Aid Agencies Warn of Famine in Darfur
The [[United Nations|ORG]] warned on Thursday that famine was spreading across [[Darfur|LOC]] as fighting between [[Sudan|GPE]]’s army and the paramilitary [[Rapid Support Forces|ORG]] ([[RSF|ORG|Rapid Support Forces]]) blocked aid convoys from reaching displaced families.
[[UN|ORG]] aid chief [[Tom Fletcher|PERSON]] said 400,000 people who had fled [[El Fasher|GPE]], the capital of [[North Darfur|GPE]] state, were sheltering in camps to the west with almost no food. [[Fletcher|PERSON|Tom Fletcher]] called on both sides to open the road from [[Chad|GPE]] through the border town of [[Adré|GPE]].
The army-backed government in [[Port Sudan|GPE]] said it would let [[World Food Programme|ORG]] flights use its airports. Army chief [[Abdel Fattah al-Burhan|PERSON]] said aid must not "fall into the hands of the militia". [[Burhan|PERSON|Abdel Fattah al-Burhan]] has so far rejected calls for a humanitarian truce.
[[RSF|ORG|Rapid Support Forces]] commander [[Mohamed Hamdan Dagalo|PERSON]], known as [[Hemedti|PERSON|Mohamed Hamdan Dagalo]], said in a video message that his fighters would protect convoys. [[Sudanese|NORP]] doctors’ groups said the promise was worthless.
The [[African Union|ORG]] has called for new peace talks in [[Addis Ababa|GPE]].
"""

DOCS["heldout5-19"] = """\
[[Chile|GPE]]’s state copper giant [[Codelco|ORG]] said on Wednesday it had chosen [[Chinese|NORP]] battery materials maker [[Huaxin Energy Materials|ORG]] as its partner to develop lithium deposits in the [[Maricunga|LOC|Salar de Maricunga]] salt flat, beating a rival bid from [[Rio Tinto|ORG]].
[[Codelco|ORG]] chairman [[Máximo Pacheco|PERSON]] said [[Huaxin|ORG|Huaxin Energy Materials]] would invest $850m and build a lithium carbonate plant near [[Copiapó|GPE]], creating about 1,500 jobs in the [[Atacama|GPE|Atacama Region]] region.
# Lithium Deal Stirs Debate Over Chinese Role
Mining Minister [[Aurora Williams|PERSON]] told reporters in [[Santiago|GPE]] that the deal kept the state in control of lithium, in line with President [[Gabriel Boric|PERSON]]’s national strategy. But opposition senator [[Rodrigo Alarcón|PERSON]] said the government was "handing a strategic resource to [[Beijing|GPE]]".
Leaders of [[Colla|NORP]] indigenous communities near the salt flat said they had not been properly consulted and would go to court.
[[Huaxin|ORG|Huaxin Energy Materials]], which is based in [[Changsha|GPE]], supplies cathode materials to carmaker [[BYD|ORG]]. [[Pacheco|PERSON|Máximo Pacheco]] said the partner had been chosen on price and technology alone, and that [[Chile|GPE]] needed to move faster to compete with [[Argentina|GPE]].
"""

DOCS["heldout5-20"] = """\
# Rights Court Faults Greece Over Spyware Surveillance
The [[European Court of Human Rights|ORG]] ruled on Tuesday that [[Greece|GPE]] had violated the privacy of a journalist whose phone was infected with spyware, and ordered [[Athens|GPE]] to pay him €30,000 in damages.
Judges in [[Strasbourg|GPE]] found unanimously that the [[Greek|NORP]] authorities had failed to investigate properly how investigative reporter [[Nikos Staikos|PERSON]] came to be targeted in 2021. They also found that [[Greece|GPE]]’s [[National Intelligence Service|ORG|National Intelligence Service (Greece)]] ([[EYP|ORG|National Intelligence Service (Greece)]]) had tapped his calls without adequate safeguards.
[[Staikos|PERSON|Nikos Staikos]], who writes for the news website [[Periskopio|ORG]], said the ruling showed he had been "treated like a criminal for doing my job". His lawyer, [[Eleni Vrettou|PERSON]], said they would now take action against the companies that sold the software, including [[Intellexa|ORG]].
Government spokesman [[Pavlos Marinakis|PERSON]] said [[Greece|GPE]] respected the court’s judgment and had tightened its rules on surveillance since 2022. Prime Minister [[Kyriakos Mitsotakis|PERSON]] has repeatedly denied that his government used the spyware.
The [[Council of Europe|ORG]]’s human rights commissioner, [[Michael O’Flaherty|PERSON]], welcomed the ruling. [[Staikos|PERSON|Nikos Staikos]] said the [[EU|ORG]] should now ban the sale of commercial spyware.
"""

DOCS["heldout5-21"] = """\
# EU Regulator Backs Swiss Alzheimer’s Drug
The [[European Medicines Agency|ORG]] ([[EMA|ORG|European Medicines Agency]]) recommended on Friday that an Alzheimer’s drug developed by [[Swiss|NORP]] biotech company [[Vestra Therapeutics|ORG]] be approved for patients in the early stages of the disease, sending its shares up 22 per cent.
The agency’s human medicines committee said the drug’s benefits outweighed the risk of brain swelling seen in some patients during trials. A final decision from [[Brussels|GPE]] is expected within two months.
[[Vestra|ORG|Vestra Therapeutics]] chief executive [[Marc-André Keller|PERSON]] said the [[Basel|GPE]]-based company would launch the drug first in [[Germany|GPE]]. [[Keller|PERSON|Marc-André Keller]] said the [[Food and Drug Administration|ORG]] was expected to rule on [[US|GPE]] approval by the autumn.
The treatment would compete with two rival antibody medicines that are already available in [[Europe|LOC]]. [[Hilde Verbeke|PERSON]] of the patient group [[Alzheimer Europe|ORG]] said access should not depend on where people live. Neurologist [[Anna Rehnberg|PERSON]] of the [[Karolinska Institute|ORG|Karolinska Institutet]] in [[Stockholm|GPE]] said the benefit was "modest but real". [[Rehnberg|PERSON|Anna Rehnberg]] warned that hospitals would need more scanners to monitor patients.
In [[England|GPE]], the [[National Institute for Health and Care Excellence|ORG]] ([[NICE|ORG|National Institute for Health and Care Excellence]]) said it would begin assessing whether the drug was cost-effective for the health service.
"""

DOCS["heldout5-22"] = """\
# South China Sea Tensions Dominate ASEAN Talks
Foreign ministers from the [[Association of Southeast Asian Nations|ORG]] ([[ASEAN|ORG|Association of Southeast Asian Nations]]) opened their annual meeting in [[Kuala Lumpur|GPE]] on Wednesday, with the [[Philippines|GPE]] pressing for a strongly worded statement on [[Chinese|NORP]] coast guard actions in the [[South China Sea|LOC]].
[[Philippine|NORP]] Foreign Secretary [[Theresa Lazaro|PERSON]] showed ministers video of a [[China Coast Guard|ORG]] vessel firing a water cannon at a supply boat near [[Second Thomas Shoal|LOC]] last month. [[Lazaro|PERSON|Theresa Lazaro]] said [[Manila|GPE]] would "not be intimidated" and would keep resupplying its troops there.
[[Chinese|NORP]] Foreign Minister [[Wang Yi|PERSON]] is due on Thursday, and diplomats expect [[Wang|PERSON|Wang Yi]] to reject any criticism. Foreign ministry spokeswoman [[Mao Ning|PERSON]] said the [[Philippines|GPE]] was "provoking trouble at the instigation of outside powers".
[[Malaysian|NORP]] Foreign Minister [[Mohamad Hasan|PERSON]], who is chairing the talks, said the bloc hoped to conclude a code of conduct with [[China|GPE]] by the end of next year.
[[US|GPE]] Secretary of State [[Marco Rubio|PERSON]] and [[Japanese|NORP]] Foreign Minister [[Toshimitsu Motegi|PERSON]] will join a wider regional forum on Friday.
"""
