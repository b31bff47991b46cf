"""dev5: hand-annotated entity development set (24 fictional wire-style news items).

Markup (parsed by ../dev/_make_dev.py): [[surface|LABEL]] or [[surface|LABEL|Canonical]];
one "# " heading line per doc (not annotated). All events, numbers and quotes are FICTION.
Build: python ../_sets.py build dev5 ; check: python ../_sets.py check dev5 -v
"""

DOCS = {}

DOCS["dev5-01"] = """
# Kenyan Ruling Party Claims Narrow By-Election Win
[[Kenya|GPE]]'s ruling [[United Democratic Alliance|ORG]] ([[UDA|ORG|United Democratic Alliance]]) claimed victory on Friday in a tense parliamentary by-election in [[Malava|GPE]], a sugarcane-growing constituency in [[Kakamega County|GPE]], after officials declared its candidate the winner by fewer than 900 votes.
The [[Independent Electoral and Boundaries Commission|ORG]] ([[IEBC|ORG|Independent Electoral and Boundaries Commission]]) said [[Joseph Wekesa|PERSON]] won 14,212 votes against 13,330 for [[Mercy Nabwire|PERSON]] of the [[Democracy for Citizens Party|ORG]], led by former deputy president [[Rigathi Gachagua|PERSON]].
[[Gachagua|PERSON|Rigathi Gachagua]] told supporters in [[Kakamega|GPE]] town that the result had been "written in [[Nairobi|GPE]]" and said his party would challenge it at the [[High Court|ORG|High Court of Kenya]]. Police fired tear gas at stone-throwing youths outside a tallying centre in the market town of [[Butali|GPE]], the [[Daily Nation|ORG]] reported.
President [[William Ruto|PERSON]], who campaigned twice in the constituency, congratulated [[Wekesa|PERSON|Joseph Wekesa]] and urged "our brothers in the opposition" to respect the verdict. The [[Elections Observation Group|ORG]], a coalition of church and civic bodies, put turnout at 41%.
Analysts see the contest as an early test of [[Ruto|PERSON|William Ruto]]'s standing among [[Luhya|NORP]] voters before the 2027 election. "[[Western Kenya|LOC]] is the swing region, and he knows it," said [[Brian Otieno|PERSON]], a political analyst in [[Kisumu|GPE]].
"""

DOCS["dev5-02"] = """
# European Bank Shares Slide as Deutsche Bank Flags Costs
Shares in [[Deutsche Bank|ORG]] fell 6.2% in [[Frankfurt|GPE]] on Wednesday after [[Germany|GPE]]'s largest lender warned that restructuring costs at its investment bank would weigh on profit this year, dragging the wider [[European|NORP]] banking index to a three-week low.
Chief executive [[Christian Sewing|PERSON]] told analysts the bank now expected about 900 million euros in charges, more than twice its earlier guidance, as it shuts trading desks in [[London|GPE]] and [[New York|GPE]]. "We are doing this once, and we are doing it properly," [[Sewing|PERSON|Christian Sewing]] said.
Rivals followed it lower. [[Commerzbank|ORG]] lost 3.1%, [[BNP Paribas|ORG]] fell 2.4% in [[Paris|GPE]] and [[Spain|GPE]]'s [[Banco Santander|ORG]] shed 1.9%. Analysts at [[Jefferies|ORG]] said the guidance "raises questions about the capital return story".
[[Italy|GPE]]'s [[UniCredit|ORG]], which holds a stake of nearly 30% in [[Commerzbank|ORG]], edged up 0.4% after its chief executive [[Andrea Orcel|PERSON]] told [[Bloomberg|ORG]] television he saw "no urgency" to raise the holding.
Investors are also watching the [[European Central Bank|ORG]], which meets next week. Strategists at [[Kepler Cheuvreux|ORG]] put the chance of a rate cut at 20%, and a [[Reuters|ORG]] poll found most economists expect [[Christine Lagarde|PERSON]] to hold rates until the summer.
"""

DOCS["dev5-03"] = """
# Watkins Double Sends Villa Past Newcastle
[[Ollie Watkins|PERSON]] scored twice in the second half as [[Aston Villa|ORG]] came from behind to beat [[Newcastle United|ORG]] 3-1 at [[Villa Park|FAC]] on Saturday, lifting [[Unai Emery|PERSON]]'s side into the [[Premier League|ORG]] top four.
[[Newcastle|ORG|Newcastle United]] led through a [[Bruno Guimarães|PERSON]] header after 22 minutes, and [[Anthony Gordon|PERSON]] hit the post before the break. But [[Villa|ORG|Aston Villa]] were transformed after the interval, with [[Morgan Rogers|PERSON]] running at a tiring defence.
[[Watkins|PERSON|Ollie Watkins]] levelled in the 56th minute from [[Youri Tielemans|PERSON]]'s pass and headed in a [[Rogers|PERSON|Morgan Rogers]] corner 11 minutes later. [[Emiliano Martínez|PERSON]] saved well from [[Nick Woltemade|PERSON]] before [[Rogers|PERSON|Morgan Rogers]] sealed the win in stoppage time.
"We showed personality," [[Emery|PERSON|Unai Emery]] told [[BBC Sport|ORG]]. "In the first half we were too slow, but the supporters pushed us."
[[Newcastle|ORG|Newcastle United]] manager [[Eddie Howe|PERSON]] said his players had "run out of legs" three days after a midweek trip to [[Portugal|GPE]], and faced the journey home to [[Tyneside|LOC]] with [[Sven Botman|PERSON]] on crutches. The [[Dutch|NORP]] defender will have a scan on Monday. The [[Birmingham|GPE]] club travel to [[Brentford|ORG]] next weekend.
"""

DOCS["dev5-04"] = """
# Equinor Delays Norwegian Sea Gas Project as Costs Climb
[[Norway|GPE]]'s [[Equinor|ORG]] has postponed a final investment decision on a gas development in the [[Norwegian Sea|LOC]] by at least a year, citing rising costs for subsea equipment and a shortage of drilling rigs, the [[Stavanger|GPE]]-based company said on Tuesday.
The project, about 140 km off the coast of [[Nordland|GPE]] county, was meant to send gas to [[Europe|LOC]] through the [[Nyhamna|FAC]] processing plant near [[Aukra|GPE]] from 2030. [[Equinor|ORG]]'s partners, [[Aker BP|ORG]] and [[Vår Energi|ORG]], backed the delay.
Energy Minister [[Terje Aasland|PERSON]] said the government in [[Oslo|GPE]] remained committed to "developing the resources on the shelf", noting that the [[Norwegian Offshore Directorate|ORG]] had already approved the field plan. [[Germany|GPE]] and [[Britain|GPE]] are the biggest buyers of [[Norwegian|NORP]] gas.
Analysts at [[Rystad Energy|ORG]] estimated that costs for comparable projects had risen 35% since 2021. "The service sector is stretched, and operators are choosing discipline over volume," said [[Kristin Haugland|PERSON]], a senior analyst at the consultancy.
The largest offshore union, [[Industri Energi|ORG]], said the decision would cost hundreds of jobs at yards in [[Haugesund|GPE]] and [[Stord|GPE]]. The opposition [[Progress Party|ORG]] accused [[Labour|ORG|Labour Party (Norway)]] of "talking down the industry that pays for the welfare state".
"""

DOCS["dev5-05"] = """
[[Brazil|GPE]]'s [[Supreme Federal Court|ORG]] ([[STF|ORG|Supreme Federal Court]]) on Thursday ordered a police investigation into a senator from the northern state of [[Pará|GPE]] accused of diverting flood relief funds, a ruling likely to reopen a bitter feud between the court and [[Congress|ORG|National Congress of Brazil]].
# Brazil Top Court Orders Probe of Senator Over Flood Aid
Justice [[Alexandre de Moraes|PERSON]], writing for a four-to-one majority, said there was "robust evidence" that Senator [[Otávio Brandão|PERSON]] steered 38 million reais to building firms controlled by relatives in [[Belém|GPE]] and [[Marabá|GPE]].
[[Brandão|PERSON|Otávio Brandão]], a member of the [[Liberal Party|ORG|Liberal Party (Brazil)]] of former president [[Jair Bolsonaro|PERSON]], denied wrongdoing and called the decision "political persecution by [[Moraes|PERSON|Alexandre de Moraes]]". Allies of [[Bolsonaro|PERSON|Jair Bolsonaro]] in the [[Senate|ORG|Federal Senate of Brazil]] said they would revive a bill to curb the powers of individual justices.
The [[Federal Police|ORG|Federal Police of Brazil]] said officers had searched 11 addresses in [[Pará|GPE]] and in [[Brasília|GPE]]. The newspaper [[Folha de S.Paulo|ORG]] reported that investigators seized cash and two speedboats at a ranch on [[Marajó|LOC]] island, at the mouth of the [[Amazon River|LOC]].
A spokesman for President [[Luiz Inácio Lula da Silva|PERSON]] declined to comment. [[Lula|PERSON|Luiz Inácio Lula da Silva]]'s [[Workers' Party|ORG]] ([[PT|ORG|Workers' Party]]) said "no one is above the law", while the governor of [[Pará|GPE]], [[Helder Barbalho|PERSON]], called for calm.
"""

DOCS["dev5-06"] = """
# Cholera Spreads in Southern Malawi After Floods
Health officials in [[Malawi|GPE]] reported 312 new cholera cases in a week, most of them in districts along the [[Shire River|LOC]], as flooding in the south of the country contaminated wells and washed away latrines.
The [[Ministry of Health|ORG|Ministry of Health (Malawi)]] said 19 people had died since early February, including nine in [[Nsanje|GPE]] and six in [[Chikwawa|GPE]], two low-lying districts on the border with [[Mozambique|GPE]]. [[Queen Elizabeth Central Hospital|ORG]] in [[Blantyre|GPE]] has opened a 60-bed treatment tent in its car park.
The [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) said 200,000 doses of oral vaccine had arrived in [[Lilongwe|GPE]] and a vaccination campaign would start on Monday. [[UNICEF|ORG]] is handing out chlorine tablets to schools.
"The next two weeks are critical, because the water is still rising," said [[Grace Mhango|PERSON]], who leads the outbreak response for [[Médecins Sans Frontières|ORG]] ([[MSF|ORG|Médecins Sans Frontières]]). [[MSF|ORG|Médecins Sans Frontières]] is sending two more teams to [[Nsanje|GPE]].
The [[Shire|LOC|Shire River]], which drains [[Lake Malawi|LOC]] into the [[Zambezi|LOC|Zambezi River]], burst its banks after a week of heavy rain. President [[Peter Mutharika|PERSON]] has declared a state of disaster in both districts, and [[Mozambican|NORP]] authorities have reported 140 cases across the border in [[Tete|GPE]] province.
"""

DOCS["dev5-07"] = """
# Samsung Bets on AI Memory as Profit Rebounds
[[Samsung Electronics|ORG]] said on Thursday its third-quarter operating profit rose 78% to 12.1 trillion won, helped by demand for memory chips used in artificial intelligence data centres, and announced a new production line at its [[Pyeongtaek|GPE]] complex south of [[Seoul|GPE]].
The [[South Korean|NORP]] company, which had lagged rival [[SK Hynix|ORG]] in supplying high-bandwidth memory to [[Nvidia|ORG]], said it had begun mass shipments of its latest chips to the [[American|NORP]] group and to two other customers it did not name.
"We are back in the race," [[Jun Young-hyun|PERSON]], who heads the chip division, told analysts. [[Jun|PERSON|Jun Young-hyun]] said a plant in [[Taylor|GPE]], [[Texas|GPE]], would start production next year, though [[Taiwan|GPE]]'s [[TSMC|ORG|Taiwan Semiconductor Manufacturing Company]] remains far ahead in contract manufacturing.
Shares in [[Samsung|ORG|Samsung Electronics]] rose 3.4%. [[Park Ji-hoon|PERSON]], an analyst at [[Kiwoom Securities|ORG]], said the results eased fears of "a lost year" for the group. Its chairman, [[Lee Jae-yong|PERSON]], met [[Nvidia|ORG]] chief executive [[Jensen Huang|PERSON]] in [[Seoul|GPE]] last month, and [[Lee|PERSON|Lee Jae-yong]] has since promised to double chip investment, the [[Yonhap|ORG]] news agency reported.
The government of President [[Lee Jae-myung|PERSON]] has pledged 33 trillion won in support for chipmakers facing [[US|GPE]] tariffs.
"""

DOCS["dev5-08"] = """
# Ramos Boot Takes Toulouse Past Leinster
[[Thomas Ramos|PERSON]] kicked a penalty with two minutes left as [[Toulouse|ORG|Stade Toulousain]] beat [[Leinster|ORG]] 27-24 at the [[Aviva Stadium|FAC]] on Saturday to reach the Champions Cup final for the third time in four seasons.
[[Leinster|ORG]], roared on by a crowd of 51,000 in [[Dublin|GPE]], led 24-17 after [[Jamison Gibson-Park|PERSON]] darted over from a scrum early in the second half. But [[Antoine Dupont|PERSON]] sent [[Romain Ntamack|PERSON]] through a gap for a try that [[Ramos|PERSON|Thomas Ramos]] converted, and the [[French|NORP]] champions' forwards dominated the closing stages.
"It hurts, because we had it," [[Leinster|ORG]] coach [[Leo Cullen|PERSON]] said. "Fair play to them, they found a way." Captain [[Caelan Doris|PERSON]] went off with a shoulder injury that will worry [[Ireland|GPE]] coach [[Andy Farrell|PERSON]] before the summer tour of [[South Africa|GPE]].
[[Toulouse|ORG|Stade Toulousain]] coach [[Ugo Mola|PERSON]] praised [[Dupont|PERSON|Antoine Dupont]], who played through a rib injury. "We came to [[Ireland|GPE]] knowing we would have to suffer," he said.
[[Toulouse|ORG|Stade Toulousain]] will meet [[Bordeaux Bègles|ORG|Union Bordeaux Bègles]] or [[Northampton Saints|ORG]] in the final at [[San Mamés|FAC]] in [[Bilbao|GPE]] next month.
"""

DOCS["dev5-09"] = """
# Calm Seas Bring Surge of Arrivals to Lampedusa
More than 1,100 migrants reached the [[Italian|NORP]] island of [[Lampedusa|LOC]] over the weekend on 43 boats, most of which left from [[Sfax|GPE]] in [[Tunisia|GPE]] and from eastern [[Libya|GPE]], the coastguard said on Monday.
The island's reception centre, built for 400 people, held more than 1,600 on Sunday night, according to the [[Italian Red Cross|ORG]], which runs it. Officials began moving people by ferry to [[Porto Empedocle|GPE]] in [[Sicily|GPE]].
Prime Minister [[Giorgia Meloni|PERSON]], whose [[Brothers of Italy|ORG]] party won power promising to curb arrivals, said [[Rome|GPE]] would press [[Brussels|GPE]] to speed up returns. Interior Minister [[Matteo Piantedosi|PERSON]] will travel to [[Tunis|GPE]] this week.
The [[UN|ORG]] refugee agency [[UNHCR|ORG]] said crossings of the central [[Mediterranean|LOC|Mediterranean Sea]] were up 18% on last year, and the [[International Organization for Migration|ORG]] ([[IOM|ORG|International Organization for Migration]]) recorded 37 deaths in the same period. [[Sea-Watch|ORG]], a [[German|NORP]] charity, said its aircraft had spotted two boats in distress that [[Maltese|NORP]] authorities failed to assist.
Opposition leader [[Elly Schlein|PERSON]] of the [[Democratic Party|ORG|Democratic Party (Italy)]] said [[Meloni|PERSON|Giorgia Meloni]]'s deal to hold asylum seekers in [[Albania|GPE]] "has cost hundreds of millions and solved nothing".
"""

DOCS["dev5-10"] = """
# Gaikwad Century Lifts Chennai Past Mumbai
[[Ruturaj Gaikwad|PERSON]] struck an unbeaten 108 as [[Chennai Super Kings|ORG]] beat [[Mumbai Indians|ORG]] by six wickets at the [[Wankhede Stadium|FAC]] on Sunday, keeping alive their hopes of a place in the [[Indian Premier League|ORG]] ([[IPL|ORG|Indian Premier League]]) playoffs.
[[Mumbai|ORG|Mumbai Indians]], put in to bat, made 186 for seven, with [[Suryakumar Yadav|PERSON]] scoring 61 off 34 balls. [[Noor Ahmad|PERSON]], the [[Afghan|NORP]] left-arm spinner, took three for 28.
[[Gaikwad|PERSON|Ruturaj Gaikwad]] and [[Devon Conway|PERSON]] put on 92 for the first wicket before [[Jasprit Bumrah|PERSON]] removed the left-hander. [[MS Dhoni|PERSON]] finished the chase with a six over long-on, drawing a roar from the thousands of yellow shirts in the stands.
"Chasing here is never easy, but [[Dhoni|PERSON|MS Dhoni]] makes it look simple," said [[Gaikwad|PERSON|Ruturaj Gaikwad]], who captains [[Chennai|ORG|Chennai Super Kings]]. [[Mumbai|ORG|Mumbai Indians]] captain [[Hardik Pandya|PERSON]] said his bowlers had "missed their lengths".
The [[Board of Control for Cricket in India|ORG]] ([[BCCI|ORG|Board of Control for Cricket in India]]) fined [[Pandya|PERSON|Hardik Pandya]] 1.2 million rupees for a slow over rate, [[ESPNcricinfo|ORG]] reported. [[Chennai|ORG|Chennai Super Kings]] next play [[Kolkata Knight Riders|ORG]] at [[Eden Gardens|FAC]] on Thursday, while [[Mumbai|ORG|Mumbai Indians]] travel to [[Jaipur|GPE]] to face [[Rajasthan Royals|ORG]].
"""

DOCS["dev5-11"] = """
[[Connor McDavid|PERSON]] scored 2:14 into overtime as the [[Edmonton Oilers|ORG]] came back from two goals down to beat the [[Toronto Maple Leafs|ORG]] 4-3 at [[Rogers Place|FAC]] on Saturday night.
# McDavid Overtime Winner Sinks Maple Leafs
[[Toronto|ORG|Toronto Maple Leafs]] led 3-1 midway through the second period after goals from [[Auston Matthews|PERSON]], [[William Nylander|PERSON]] and [[John Tavares|PERSON]], and goaltender [[Anthony Stolarz|PERSON]] had stopped 24 of the first 25 shots he faced.
[[Edmonton|ORG|Edmonton Oilers]] rallied in the third. [[Leon Draisaitl|PERSON]] scored on a power play, and [[Zach Hyman|PERSON]], who spent three seasons with the [[Leafs|ORG|Toronto Maple Leafs]], tied the game with four minutes left. [[McDavid|PERSON|Connor McDavid]] then took a pass from the [[German|NORP]] and beat [[Stolarz|PERSON|Anthony Stolarz]] high on the glove side.
"That's what he does," [[Oilers|ORG|Edmonton Oilers]] coach [[Kris Knoblauch|PERSON]] said. "You give him half a second and it's over."
[[Maple Leafs|ORG|Toronto Maple Leafs]] coach [[Craig Berube|PERSON]] said his team "stopped skating" after the second intermission. It was [[Toronto|ORG|Toronto Maple Leafs]]'s third straight loss, and [[Sportsnet|ORG]] reported that [[Matthews|PERSON|Auston Matthews]] would have his injured wrist examined in [[Toronto|GPE]] on Monday. The [[Oilers|ORG|Edmonton Oilers]] host the [[Calgary Flames|ORG]] on Tuesday in the first of two meetings between the [[Alberta|GPE]] rivals this month.
"""

DOCS["dev5-12"] = """
# Fenerbahce Beat Olympiacos to Tighten Grip on Top Spot
[[Fenerbahce|ORG]] beat [[Olympiacos|ORG]] 84-77 in [[Istanbul|GPE]] on Thursday to move two games clear at the top of the [[EuroLeague|ORG]] standings with five rounds of the regular season left.
[[Nigel Hayes-Davis|PERSON]] scored 22 points for the [[Turkish|NORP]] champions, and [[Wade Baldwin|PERSON]] added 15 points and eight assists in front of a sell-out crowd at the [[Ülker Sports Arena|FAC]] in [[Ataşehir|GPE]], on the [[Asian|NORP]] side of the city.
[[Sasha Vezenkov|PERSON]] led [[Olympiacos|ORG]] with 19 points, but the [[Piraeus|GPE]] side missed 11 of their 16 three-point attempts. The [[Bulgarian|NORP]] forward also picked up his fourth foul early in the final quarter.
"We were soft in the second half, and against a team like this you pay," [[Olympiacos|ORG]] coach [[Georgios Bartzokas|PERSON]] told [[ERT|ORG|Hellenic Broadcasting Corporation]]. His [[Fenerbahce|ORG]] counterpart, [[Sarunas Jasikevicius|PERSON]], said his players had "defended like champions". [[Jasikevicius|PERSON|Sarunas Jasikevicius]], a four-time winner of the competition as a player, has lost only twice at home this season.
Elsewhere, [[Real Madrid|ORG]] beat [[Panathinaikos|ORG]] 91-85 in [[Madrid|GPE]], and [[Monaco|ORG|AS Monaco Basket]] lost 80-72 to [[Partizan|ORG|Partizan Belgrade]] in [[Belgrade|GPE]], where police kept rival fans apart outside the arena.
"""

DOCS["dev5-13"] = """
# Thai Opposition Leads Polls as Campaign Opens
[[Thailand|GPE]]'s reformist [[People's Party|ORG|People's Party (Thailand)]] holds a clear lead four weeks before a general election, according to a survey by the [[National Institute of Development Administration|ORG]] ([[NIDA|ORG|National Institute of Development Administration]]) published on Sunday.
The poll put the party on 34%, ahead of Prime Minister [[Anutin Charnvirakul|PERSON]]'s [[Bhumjaithai Party|ORG]] on 22% and [[Pheu Thai|ORG|Pheu Thai Party]] on 17%. Its leader, [[Natthaphong Ruengpanyawut|PERSON]], was the preferred prime minister of 31% of respondents.
[[Natthaphong|PERSON|Natthaphong Ruengpanyawut]] opened his campaign in [[Khon Kaen|GPE]], in the populous northeastern region of [[Isan|LOC]], which has backed parties linked to jailed former prime minister [[Thaksin Shinawatra|PERSON]] for two decades.
[[Anutin|PERSON|Anutin Charnvirakul]], who took office after the [[Constitutional Court|ORG|Constitutional Court of Thailand]] removed [[Thaksin|PERSON|Thaksin Shinawatra]]'s daughter [[Paetongtarn Shinawatra|PERSON]], campaigned in [[Buriram|GPE]], his party's home province, promising cash for farmers and a firm line in the border dispute with [[Cambodia|GPE]].
The [[Election Commission|ORG|Election Commission of Thailand]] said 52 million people were eligible to vote. The [[Bangkok Post|ORG]] reported that the [[Royal Thai Army|ORG]] had ordered its units in [[Bangkok|GPE]] and along the [[Cambodian|NORP]] frontier to stay "strictly neutral" during the campaign.
"""

DOCS["dev5-14"] = """
# Sánchez Loses Budget Vote as Catalan Allies Defect
[[Spain|GPE]]'s minority government lost a vote on its spending plans on Wednesday after the [[Catalan|NORP]] separatist party [[Junts|ORG]] sided with the conservative [[People's Party|ORG|People's Party (Spain)]] ([[PP|ORG|People's Party (Spain)]]) and the far-right [[Vox|ORG]], leaving Prime Minister [[Pedro Sánchez|PERSON]] without a new budget for a third year.
The [[Congress of Deputies|ORG]] rejected the plan by 178 votes to 171. Economy Minister [[Carlos Cuerpo|PERSON]] said the government would extend the existing budget and keep drawing recovery funds from [[Brussels|GPE]].
[[Junts|ORG]] leader [[Carles Puigdemont|PERSON]], who has lived in [[Belgium|GPE]] since fleeing [[Spain|GPE]] in 2017, said in a video from [[Waterloo|GPE]] that [[Madrid|GPE]] had broken its promises to [[Catalonia|GPE]] on tax and language.
[[PP|ORG|People's Party (Spain)]] leader [[Alberto Núñez Feijóo|PERSON]] demanded a snap election. "This government can no longer govern," [[Feijóo|PERSON|Alberto Núñez Feijóo]] told reporters in the chamber.
[[Moncloa|ORG|Moncloa Palace]] said [[Sánchez|PERSON|Pedro Sánchez]] intended to serve until 2027. The [[Socialists|NORP|Socialist]] hold 121 seats and rely on [[Sumar|ORG]], the [[Basque Nationalist Party|ORG]] and other regional groups. According to [[El País|ORG]], officials in [[Barcelona|GPE]] were already sounding out [[Junts|ORG]] about a deal on rail investment.
"""

DOCS["dev5-15"] = """
# Floods Displace Tens of Thousands in Pakistan's Punjab
Floodwaters from the swollen [[Chenab|LOC|Chenab River]] and [[Ravi|LOC|Ravi River]] rivers inundated more than 300 villages in [[Pakistan|GPE]]'s [[Punjab|GPE|Punjab (Pakistan)]] province over the weekend, forcing about 160,000 people from their homes, officials said on Monday.
The [[National Disaster Management Authority|ORG]] ([[NDMA|ORG|National Disaster Management Authority]]) said 41 people had died, most in [[Jhang|GPE]] and [[Multan|GPE]] districts, after days of monsoon rain in the [[Himalayas|LOC]]. [[Pakistan Army|ORG]] troops and boats from the [[Rescue 1122|ORG]] service took families off rooftops.
In the village of [[Kotla Mehran|GPE]], near [[Shorkot|GPE]], farmer [[Ghulam Rasool|PERSON]] said the water came at night. "We took the children and the goats. Everything else is gone," he told [[Reuters|ORG]].
Chief Minister [[Maryam Nawaz|PERSON]] visited relief camps in [[Jhang|GPE]]. Her uncle, Prime Minister [[Shehbaz Sharif|PERSON]], said [[Islamabad|GPE]] had not received adequate warning from [[New Delhi|GPE]] before [[Indian|NORP]] authorities released water from dams upstream.
The [[Edhi Foundation|ORG]] has set up kitchens in [[Multan|GPE]], and the [[World Food Programme|ORG]] said it would send rations. The [[NDMA|ORG|National Disaster Management Authority]] warned that the flood peak would reach [[Sindh|GPE]] via the [[Indus|LOC|Indus River]] later in the week.
"""

DOCS["dev5-16"] = """
# Belgian Police Seize Record Cocaine Haul in Antwerp
[[Belgian|NORP]] customs officers found 7.2 tonnes of cocaine hidden in a shipment of bananas at the port of [[Antwerp|GPE]], the largest seizure in the country's history, prosecutors said on Wednesday.
The containers came from [[Guayaquil|GPE]] in [[Ecuador|GPE]] and were addressed to a fruit importer in [[Deurne|GPE]], on the eastern edge of the city. Officers from the [[Federal Judicial Police|ORG]] arrested six people in raids in [[Deurne|GPE]], [[Borgerhout|GPE]] and the [[Dutch|NORP]] city of [[Breda|GPE]].
"This network is linked to groups that have carried out bombings and shootings in our streets," said [[Kristien Claes|PERSON]], a spokeswoman for the [[Antwerp|GPE]] prosecutor's office. Investigators believe the organisers are in [[Dubai|GPE]] and worked with the [[Ecuadorian|NORP]] gang [[Los Lobos|ORG]], she said.
Justice Minister [[Annelies Verlinden|PERSON]] said [[Belgium|GPE]] would seek extraditions with help from [[Europol|ORG]] in [[The Hague|GPE]]. Prime Minister [[Bart De Wever|PERSON]], a former mayor of the city, called for more scanners at the docks, which [[Port of Antwerp-Bruges|ORG]] says will arrive next year.
Mayor [[Els van Doesburg|PERSON]] of the [[New Flemish Alliance|ORG]] ([[N-VA|ORG|New Flemish Alliance]]) rejected criticism of the city. "We cannot stop a global trade on our own," [[Van Doesburg|PERSON|Els van Doesburg]] told [[Het Laatste Nieuws|ORG]].
"""

DOCS["dev5-17"] = """
[[France|GPE]]'s state rail operator [[SNCF|ORG]] cancelled half its high-speed services on Tuesday as unions began a 48-hour strike over pay and working hours, leaving travellers stranded at [[Gare de Lyon|FAC]] and other [[Paris|GPE]] stations on the first day of the school holidays.
# Rail Strike Halts Half of France's High-Speed Trains
[[Eurostar|ORG]] ran two-thirds of its trains between [[Paris|GPE]], [[London|GPE]] and [[Brussels|GPE]], but services to [[Marseille|GPE]], [[Bordeaux|GPE]] and [[Montpellier|GPE]] were badly hit, and regional lines in [[Brittany|GPE]] and [[Occitanie|GPE]] were largely shut.
The walkout was called by [[CGT-Cheminots|ORG]] and [[SUD-Rail|ORG]], which want a 6% rise to offset inflation. "Drivers have lost a month's salary in purchasing power since 2021," [[Sophie Garnier|PERSON]], who leads [[CGT-Cheminots|ORG]], told [[Le Parisien|ORG]].
Transport Minister [[Philippe Tabarot|PERSON]] called the timing of the strike "irresponsible" and said the [[SNCF|ORG]] management had made "a serious offer". [[Tabarot|PERSON|Philippe Tabarot]] is due to appear before a committee of the [[Senate|ORG|French Senate]] on Thursday to explain the government's plans for rail funding.
Commuters in [[Île-de-France|GPE]] were largely spared after staff at [[RATP|ORG]] voted not to join the strike. At [[Gare du Nord|FAC]], queues for the few remaining trains to [[Lille|GPE]] stretched onto the street.
"""

DOCS["dev5-18"] = """
# Drought Cuts Argentine Soy Forecast
The [[Buenos Aires Grains Exchange|ORG]] cut its forecast for [[Argentina|GPE]]'s soybean harvest to 44.5 million tonnes on Thursday from 48.6 million, as weeks of heat and little rain scorched crops across the [[Pampas|LOC]].
Conditions were worst in southern [[Córdoba|GPE|Córdoba Province]] and northern [[Buenos Aires|GPE|Buenos Aires Province]] province, the exchange said. The [[Rosario Board of Trade|ORG]] warned that shipments from the ports around [[Rosario|GPE]] on the [[Paraná River|LOC]] could fall to a five-year low, with [[China|GPE]] turning to a record [[Brazilian|NORP]] crop.
"I have plants that are knee-high with empty pods," said [[Martín Echeverría|PERSON]], who farms 600 hectares near [[Pergamino|GPE]]. "A lot of us are holding beans in silo bags and waiting."
President [[Javier Milei|PERSON]], whose [[La Libertad Avanza|ORG]] party won midterm elections last year, has promised to scrap export taxes. Economy Minister [[Luis Caputo|PERSON]] said on Wednesday the soy levy would fall to 24% from 26%.
The [[Argentine Rural Society|ORG]] ([[SRA|ORG|Argentine Rural Society]]) said the cut was "a step but not enough". Traders at [[Cargill|ORG]] and [[Bunge|ORG]] told [[Clarín|ORG]] farmers would keep hoarding until [[Milei|PERSON|Javier Milei]] set a date to end the tax.
"""

DOCS["dev5-19"] = """
# Dutch Museum to Return Balinese Treasures
The [[Rijksmuseum|ORG]] in [[Amsterdam|GPE]] will return 34 objects seized by [[Dutch|NORP]] colonial troops from the royal palace of [[Klungkung|GPE]] on [[Bali|GPE]] in 1908, the [[Netherlands|GPE]] government said on Tuesday.
The objects, including a gold-handled kris and a ceremonial lance, will be handed over to the [[National Museum of Indonesia|ORG]] in [[Jakarta|GPE]] next month. The decision follows a recommendation by an advisory committee chaired by [[Lilian Gonçalves-Ho Kang You|PERSON]], which found they had been taken "involuntarily".
"This is not a gift. It is a correction," museum director [[Taco Dibbits|PERSON]] said. [[Indonesia|GPE]]'s Culture Minister [[Fadli Zon|PERSON]] said the return would help "restore the memory" of the [[Balinese|NORP]] resistance, when hundreds of people died rather than surrender.
The [[Ministry of Education, Culture and Science|ORG]] in [[The Hague|GPE]] said further requests from [[Sri Lanka|GPE]] and [[Nigeria|GPE]] were under review. In 2023 the [[Wereldmuseum|ORG]] in [[Leiden|GPE]] returned hundreds of objects from [[Lombok|LOC]] and [[Java|LOC]].
[[Wahyudi|PERSON]], a historian at [[Gadjah Mada University|ORG]] in [[Yogyakarta|GPE]] who helped trace the collection, said descendants of the [[Klungkung|GPE]] royal family planned a ceremony in [[Semarapura|GPE]] to receive them.
"""

DOCS["dev5-20"] = """
# Warm Water Reaching Deeper Under Thwaites Glacier
Warm ocean water is reaching further beneath [[Thwaites Glacier|LOC]] than scientists had thought, which could speed its retreat, according to a study published on Wednesday in [[Nature Geoscience|ORG]].
Researchers from the [[University of Gothenburg|ORG]] and the [[British Antarctic Survey|ORG]] used an uncrewed submarine to map channels under the ice shelf where the glacier meets the [[Amundsen Sea|LOC]] in [[West Antarctica|LOC]].
"The water is carving its way in from below, and it is warmer than in our models," said lead author [[Ingrid Lindqvist|PERSON]], a [[Swedish|NORP]] oceanographer. Co-author [[Rahul Mehta|PERSON]] of the [[University of Cambridge|ORG]] said the same process was probably under way at neighbouring [[Pine Island Glacier|LOC]].
[[Thwaites|LOC|Thwaites Glacier]], roughly the size of [[Florida|GPE]], holds enough ice to raise global sea levels by 65 cm. Its collapse would threaten low-lying cities from [[Miami|GPE]] to [[Dhaka|GPE]].
The work was part of the [[International Thwaites Glacier Collaboration|ORG]], funded by the [[US|GPE]] [[National Science Foundation|ORG]] and [[Britain|GPE]]'s [[Natural Environment Research Council|ORG]]. It also drew on [[NASA|ORG]] satellite data showing the grounding line had moved 4 km inland since 2011, faster than elsewhere in [[Antarctica|LOC]].
"""

DOCS["dev5-21"] = """
# Colombia Sends Troops to Cauca After Wave of Attacks
[[Colombia|GPE]] is sending 2,500 more soldiers to the southwestern province of [[Cauca|GPE|Cauca Department]] after drone and bomb attacks killed seven police officers and two civilians in a week, the defence ministry said on Saturday.
Defence Minister [[Pedro Sánchez|PERSON|Pedro Arnulfo Sánchez]] blamed the [[Central General Staff|ORG]], the largest group of dissidents from the former [[Revolutionary Armed Forces of Colombia|ORG]] ([[FARC|ORG|Revolutionary Armed Forces of Colombia]]) rebels who rejected the 2016 peace deal. [[Sánchez|PERSON|Pedro Arnulfo Sánchez]] spoke in [[Popayán|GPE]], the provincial capital.
The deadliest attack hit a police station in [[Suárez|GPE]], and a car bomb exploded in [[Jamundí|GPE]], just across the border in [[Valle del Cauca|GPE]]. The groups fight over coca routes from the [[Andes|LOC]] to the [[Pacific|LOC|Pacific Ocean]] coast.
President [[Gustavo Petro|PERSON]], whose "total peace" policy has stalled, said the dissidents were "drug traffickers, not rebels". The opposition [[Democratic Center|ORG]] said [[Petro|PERSON|Gustavo Petro]] had let the armed groups grow.
The [[Indigenous Regional Council of Cauca|ORG]] ([[CRIC|ORG|Indigenous Regional Council of Cauca]]), which represents [[Nasa|NORP]] communities, warned that more troops would put villagers in the crossfire. The [[Ombudsman's Office|ORG|Ombudsman's Office (Colombia)]] in [[Bogotá|GPE]] said 3,000 people had fled their homes, [[El Tiempo|ORG]] reported.
"""

DOCS["dev5-22"] = """
[[Senegal|GPE]]'s government said on Monday it had reached a staff-level agreement with the [[International Monetary Fund|ORG]] ([[IMF|ORG]]) on a new loan programme, ending a year of uncertainty after auditors found the previous government had hidden billions of dollars of debt.
# Senegal Reaches Deal With IMF After Hidden Debt Scandal
The three-year deal is worth about $1.8 billion. [[IMF|ORG]] mission chief [[Marta Alvarado|PERSON]] said [[Dakar|GPE]] had agreed to publish all public debt data every quarter and to cut fuel subsidies.
Prime Minister [[Ousmane Sonko|PERSON]] blamed former president [[Macky Sall|PERSON]], whose [[Alliance for the Republic|ORG]] ([[APR|ORG|Alliance for the Republic]]) governed until 2024, for "a crime against the nation". [[Sall|PERSON|Macky Sall]], who lives in [[Morocco|GPE]], denies hiding debt and says the [[Court of Auditors|ORG|Court of Auditors (Senegal)]] report was politically motivated.
The deal may ease tension between [[Sonko|PERSON|Ousmane Sonko]] and President [[Bassirou Diomaye Faye|PERSON]], who have clashed over cabinet posts and the leadership of their [[PASTEF|ORG]] party. [[Faye|PERSON|Bassirou Diomaye Faye]] has also sought the support of [[Mouride|NORP]] religious leaders in [[Touba|GPE]].
[[Senegalese|NORP]] bonds rose on the news, according to [[Jeune Afrique|ORG]]. Analysts at [[Société Générale|ORG]] said the agreement would reassure [[French|NORP]] banks and lenders in the [[Gulf|LOC|Persian Gulf]] but warned that growth outside the new offshore oil and gas fields remained weak.
"""

DOCS["dev5-23"] = """
# Codelco Output Falls as Repairs Drag On at El Teniente
[[Chile|GPE]]'s state-owned [[Codelco|ORG]] said on Friday its copper output fell 9% in the first half, as repairs dragged on at its [[El Teniente|FAC]] mine after a deadly collapse, helping push prices on the [[London Metal Exchange|ORG]] ([[LME|ORG|London Metal Exchange]]) to a record.
[[El Teniente|FAC]], near [[Rancagua|GPE]] south of [[Santiago|GPE]], is the world's largest underground copper mine. Chairman [[Máximo Pacheco|PERSON]] said it would not be back to full capacity until next year.
Output at [[BHP|ORG]]'s [[Escondida|FAC]] in the [[Atacama Desert|LOC]] rose 6%, while [[Antofagasta Minerals|ORG]] reported higher production in the northern [[Antofagasta|GPE|Antofagasta Region]] region. [[Anglo American|ORG]] said water shortages had cut output at [[Los Bronces|FAC]], high in the [[Andes|LOC]] above the capital.
"The market is very tight," said [[Wang Lei|PERSON]], an analyst at [[CITIC Securities|ORG]] in [[Shanghai|GPE]], adding that [[Chinese|NORP]] smelters were paying the highest premiums in a decade. [[Goldman Sachs|ORG]] raised its year-end price forecast by 8%.
The government agency [[Cochilco|ORG]] cut its national production forecast for the second time this year. Mining Minister [[Aurora Williams|PERSON]] said President [[Gabriel Boric|PERSON]] had ordered a review of safety rules across the industry.
"""

DOCS["dev5-24"] = """
# Resident Doctors in England Begin Five-Day Strike
Resident doctors in [[England|GPE]] began a five-day strike on Friday after talks with the government broke down over pay and training places, the [[British Medical Association|ORG]] ([[BMA|ORG|British Medical Association]]) said.
[[NHS England|ORG]] said hospitals had postponed about 54,000 operations and appointments. Picket lines formed outside [[St Thomas' Hospital|FAC]] in [[London|GPE]], across the [[Thames|LOC|River Thames]] from the [[Houses of Parliament|FAC|Palace of Westminster]], and at [[Manchester Royal Infirmary|FAC]].
Health Secretary [[Wes Streeting|PERSON]] said the strike was "unnecessary and unaffordable" and that the [[Department of Health and Social Care|ORG]] had offered to create 4,000 extra specialist training posts. [[Downing Street|ORG]] said Prime Minister [[Keir Starmer|PERSON]] backed [[Streeting|PERSON|Wes Streeting]] "100%".
[[Priya Raman|PERSON]], who co-chairs the [[BMA|ORG|British Medical Association]]'s resident doctors committee, said members had seen their pay fall by a fifth in real terms since 2008. Doctors in [[Scotland|GPE]] and [[Wales|GPE]], where pay is set by the devolved governments in [[Edinburgh|GPE]] and [[Cardiff|GPE]], are not on strike.
The [[King's Fund|ORG]] think tank estimated the cost of each strike day at 50 million pounds. The [[Conservative|NORP]] shadow health secretary, [[Stuart Andrew|PERSON]], said [[Labour|ORG|Labour Party (UK)]] had "caved in to the unions once and got nothing for it".
"""

DOCS = {k: v.strip("\n") for k, v in DOCS.items()}
