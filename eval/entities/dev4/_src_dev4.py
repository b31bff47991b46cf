# Entity development set 4 (general international news mix): hand-written, inline-annotated
# news texts.  FICTION: the events, numbers and quotes are invented.  Real places and
# organisations appear, and real public figures appear in invented events, next to invented
# people and companies.
# Markup as in ../dev/_make_dev.py:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]];
# a line starting with "# " is the doc's heading (kept in the text, listed under "headings",
# never annotated).  Canonical name defaults to ALIAS.get(surface, surface) (see ../dev/_make_dev.py).

DOCS = {}

DOCS["dev4-01"] = """\
# Sudan’s Warring Sides Agree to Resume Talks in Jeddah
Envoys for [[Sudan|GPE]]’s army and the paramilitary [[Rapid Support Forces|ORG]] ([[RSF|ORG|Rapid Support Forces]]) will meet in [[Jeddah|GPE]] next week for their first direct talks in more than a year, [[Saudi|NORP]] and [[American|NORP]] mediators said on Sunday.
The announcement followed two days of shuttle diplomacy by [[Saudi Arabia|GPE]]’s foreign minister, Prince [[Faisal bin Farhan|PERSON]], who met army chief [[Abdel Fattah al-Burhan|PERSON]] on Friday. An [[RSF|ORG|Rapid Support Forces]] spokesman said its commander, [[Mohamed Hamdan Dagalo|PERSON]], had "accepted the invitation in principle" but wanted neighbouring states to attend as observers.
[[Burhan|PERSON|Abdel Fattah al-Burhan]]’s government accuses [[Abu Dhabi|GPE]] of arming the paramilitaries, a charge the [[Emirati|NORP]] [[Foreign Ministry|ORG|Ministry of Foreign Affairs (United Arab Emirates)]] rejected again on Sunday. Fighting has meanwhile spread to [[El Obeid|GPE]], where the [[World Food Programme|ORG]] said its trucks had not delivered food for six weeks.
[[Mahmoud Ali Youssouf|PERSON]], who chairs the [[African Union Commission|ORG]], welcomed the talks and said civilian groups led by former prime minister [[Abdalla Hamdok|PERSON]] must have a seat at the table. [[Youssouf|PERSON|Mahmoud Ali Youssouf]] said ceasefire monitors could be deployed "within weeks of a signed deal".
"""

DOCS["dev4-02"] = """\
# Ukrainian Drones Set Volgograd Refinery Ablaze
[[Ukrainian|NORP]] drones struck an oil refinery in the southern [[Russian|NORP]] city of [[Volgograd|GPE]] overnight, starting a fire that took more than six hours to put out, regional governor [[Andrei Bocharov|PERSON]] said on Wednesday.
The [[Lukoil|ORG]]-owned plant is one of the largest in the south of the country and supplies diesel to the army. [[Bocharov|PERSON|Andrei Bocharov]] said falling debris had damaged several homes but no one was killed. The [[Defence Ministry|ORG|Ministry of Defence (Russia)]] said air defences had downed 41 drones over the [[Volgograd|GPE|Volgograd Oblast]] region and the [[Sea of Azov|LOC]].
A source at the [[Security Service of Ukraine|ORG]] ([[SBU|ORG|Security Service of Ukraine]]) said the attack was part of a campaign to starve [[Russian|NORP]] forces of fuel. The [[SBU|ORG|Security Service of Ukraine]] has claimed strikes on at least nine refineries since August.
[[Kremlin|ORG]] spokesman [[Dmitry Peskov|PERSON]] said the strikes showed that [[Kyiv|GPE]] was "not interested in peace". Speaking in [[Helsinki|GPE]] alongside [[Finnish|NORP]] President [[Alexander Stubb|PERSON]], [[Ukrainian|NORP]] President [[Volodymyr Zelensky|PERSON]] said long-range strikes would go on "for as long as [[Russian|NORP]] missiles fall on our cities". [[Zelensky|PERSON]] also thanked his hosts for a new air-defence package worth €90 million.
"""

DOCS["dev4-03"] = """\
# Babiš Signs Coalition Deal With Nationalist Allies
[[Czech|NORP]] billionaire [[Andrej Babiš|PERSON]] signed a coalition agreement on Monday with the anti-immigration [[Freedom and Direct Democracy|ORG]] ([[SPD|ORG|Freedom and Direct Democracy]]) party and the [[Motorists for Themselves|ORG]], clearing the way for his return as prime minister four years after he lost power.
[[Babiš|PERSON|Andrej Babiš]]’s [[ANO|ORG]] movement won 80 of the 200 seats in the lower house in last month’s election, and the three parties together hold 108. President [[Petr Pavel|PERSON]] is expected to appoint him at [[Prague Castle|FAC]] on Friday, but [[Pavel|PERSON|Petr Pavel]] has said [[Babiš|PERSON|Andrej Babiš]] must first settle a conflict of interest over [[Agrofert|ORG]], the farming and chemicals group he founded.
Under the deal, [[SPD|ORG|Freedom and Direct Democracy]] leader [[Tomio Okamura|PERSON]] will become speaker of the lower house. [[Okamura|PERSON|Tomio Okamura]] has in the past called for a referendum on leaving the [[EU|ORG]], though the coalition text commits the government to membership.
Outgoing Prime Minister [[Petr Fiala|PERSON]] said the new government planned to end a [[Czech|NORP]]-led scheme that buys artillery shells for [[Ukraine|GPE]] from suppliers around the world. Diplomats in [[Brussels|GPE]] fear the new government will side with [[Hungary|GPE]] in blocking new sanctions on [[Russia|GPE]].
"""

DOCS["dev4-04"] = """\
# Bundestag Approves Record Defence Spending
[[Germany|GPE]]’s [[Bundestag|ORG]] approved the 2026 budget on Friday, including the largest military outlay since reunification, after Chancellor [[Friedrich Merz|PERSON]] told lawmakers that [[Europe|LOC]] could "no longer outsource its security".
The budget passed by 374 votes to 272 with the backing of [[Merz|PERSON|Friedrich Merz]]’s conservative [[CDU/CSU|ORG]] bloc and the [[Social Democratic Party|ORG|Social Democratic Party of Germany]] ([[SPD|ORG|Social Democratic Party of Germany]]). Finance Minister [[Lars Klingbeil|PERSON]] said defence spending would reach €108 billion, including money from a special fund for the armed forces, and that [[Berlin|GPE]] was on track to meet [[NATO|ORG]]’s new spending target two years early.
The far-right [[Alternative for Germany|ORG]] ([[AfD|ORG|Alternative for Germany]]), the largest opposition party, voted against. Its co-leader [[Alice Weidel|PERSON]] accused the government of "mortgaging our children’s future to pay for weapons for [[Kyiv|GPE]]". [[Katharina Dröge|PERSON]], who leads the [[Greens|ORG|Alliance 90/The Greens]] in parliament, said cuts to rail investment would hit the poorer eastern states hardest.
Shares in [[Rheinmetall|ORG]], the country’s biggest arms maker, rose 2%. [[Moritz Brandt|PERSON]], an economist at a research institute in [[Kiel|GPE]], said [[Klingbeil|PERSON|Lars Klingbeil]]’s plans relied on growth forecasts that "look optimistic for an economy that has barely grown in three years".
"""

DOCS["dev4-05"] = """\
[[New Zealand|GPE]]’s governing [[National Party|ORG|New Zealand National Party]] lost the [[Rotorua|GPE]] seat to the opposition [[Labour Party|ORG|New Zealand Labour Party]] in a by-election on Saturday, the first test of voter mood since Prime Minister [[Christopher Luxon|PERSON]] cut thousands of public sector jobs.
# Labour Takes Rotorua in Blow to Luxon
Preliminary results from the [[Electoral Commission|ORG|Electoral Commission (New Zealand)]] showed [[Labour|ORG|New Zealand Labour Party]] candidate [[Aroha Ngata|PERSON]], a former school principal, beating the governing party’s [[Grant Pemberton|PERSON]] by 1,284 votes. The seat fell vacant when the previous member, [[Tim Hardacre|PERSON]], resigned to take a job in the dairy industry.
[[Luxon|PERSON|Christopher Luxon]], who campaigned in the town twice, said the result was "a message we have heard". [[Labour|ORG|New Zealand Labour Party]] leader [[Chris Hipkins|PERSON]] told cheering supporters in [[Rotorua|GPE]] that voters were tired of cuts, and that [[Ngata|PERSON|Aroha Ngata]]’s win showed his party could take back provincial seats across the [[North Island|LOC]].
[[Te Pāti Māori|ORG]] did not stand a candidate, and many [[Māori|NORP]] voters appeared to switch sides. Deputy Prime Minister [[David Seymour|PERSON]], whose [[ACT|ORG|ACT New Zealand]] party is a junior coalition partner, put the defeat down to a turnout of just 41%. "People who stayed at home were not voting for the opposition," [[Seymour|PERSON|David Seymour]] said.
"""

DOCS["dev4-06"] = """\
# Yen Slides After Bank of Japan Holds Rates
The yen fell to a ten-month low against the dollar on Thursday after the [[Bank of Japan|ORG]] ([[BOJ|ORG|Bank of Japan]]) left interest rates unchanged and Governor [[Kazuo Ueda|PERSON]] gave few clues about the timing of the next increase.
[[Ueda|PERSON|Kazuo Ueda]] told reporters in [[Tokyo|GPE]] that the board wanted to see the outcome of spring wage talks led by [[Rengo|ORG]], [[Japan|GPE]]’s biggest union federation, before acting. Two of the nine board members voted for a hike.
Finance Minister [[Satsuki Katayama|PERSON]] said the government was watching currency moves "with a high sense of urgency", language that traders read as a warning that [[Tokyo|GPE]] could intervene. [[Katayama|PERSON|Satsuki Katayama]] met Prime Minister [[Sanae Takaichi|PERSON]] after markets closed.
The weaker yen lifted exporters in [[Tokyo|GPE]]. Shares in [[Toyota Motor|ORG]] rose 3.1%, while airlines fell on worries about fuel costs.
"The [[BOJ|ORG|Bank of Japan]] is in no hurry, and the market has noticed," said [[Haruka Imai|PERSON]], chief currency strategist at [[Mizuho Securities|ORG]]. [[Imai|PERSON|Haruka Imai]] said investors were also waiting for next week’s meeting of the [[Federal Reserve|ORG]], where a cut is widely expected.
"""

DOCS["dev4-07"] = """\
# Norwegian Salmon Farmers Agree $2 Billion Merger
[[Norwegian|NORP]] salmon producers [[Fjordlaks|ORG]] and [[Nordhav Seafood|ORG]] agreed on Tuesday to merge in an all-share deal worth about $2 billion that will create the country’s second-largest fish farmer.
The combined company will be based in [[Bergen|GPE]] and led by [[Ingrid Haugland|PERSON]], who now runs the smaller of the two. [[Haugland|PERSON|Ingrid Haugland]] said the merger would cut costs at farms along the northern coast and help the group expand in [[Iceland|GPE]] and the [[Faroe Islands|GPE]]. [[Nordhav|ORG|Nordhav Seafood]]’s founder, [[Kristian Vik|PERSON]], will become chairman.
Shares in [[Nordhav|ORG|Nordhav Seafood]] jumped 14% in [[Oslo|GPE]]. "This gives them the scale to sell directly to supermarkets across [[Europe|LOC]]," said [[Lars Eikrem|PERSON]], an analyst at [[DNB Markets|ORG]]. [[Eikrem|PERSON|Lars Eikrem]] added that demand had held up despite record prices.
The deal needs approval from the [[Norwegian Competition Authority|ORG]]. Both companies have lobbied against the resource rent tax on aquaculture introduced by Prime Minister [[Jonas Gahr Støre|PERSON]]’s [[Labour|ORG|Labour Party (Norway)]] government, and [[Vik|PERSON|Kristian Vik]] said the merger was partly a response to it.
"""

DOCS["dev4-08"] = """\
# Rights Court Rules Against Turkey Over Jailed Reporter
The [[European Court of Human Rights|ORG]] ruled on Tuesday that [[Turkey|GPE]] violated the free speech of a [[Kurdish|NORP]] journalist who spent almost three years in pre-trial detention over his reporting from [[Diyarbakır|GPE]].
Judges in [[Strasbourg|GPE]] ordered [[Ankara|GPE]] to pay [[Serhat Aydın|PERSON]] €16,000 in damages. [[Aydın|PERSON|Serhat Aydın]], a former reporter for the now-closed [[Dicle News Agency|ORG]], was accused of spreading propaganda for the [[Kurdistan Workers’ Party|ORG]] ([[PKK|ORG|Kurdistan Workers’ Party]]) after he interviewed residents of [[Cizre|GPE]] during a curfew.
The court said the charges rested on "his journalism and nothing else". Enforcement of the judgment will be supervised by the [[Council of Europe|ORG]]’s [[Committee of Ministers|ORG|Committee of Ministers of the Council of Europe]], which is still waiting for the government to comply with an order to free the philanthropist [[Osman Kavala|PERSON]].
The ruling comes as President [[Recep Tayyip Erdoğan|PERSON]]’s government pursues a peace process with the militants, who have announced that they will disband. [[Aydın|PERSON|Serhat Aydın]]’s lawyer, [[Meltem Kaya|PERSON]], said [[Erdoğan|PERSON|Recep Tayyip Erdoğan]] should "start by releasing the reporters". The [[Committee to Protect Journalists|ORG]] lists [[Turkey|GPE]] among the world’s ten worst jailers of journalists.
"""

DOCS["dev4-09"] = """\
# Kenyan Court Halts Sale of Pipeline Stake
The [[High Court|ORG|High Court of Kenya]] in [[Nairobi|GPE]] on Thursday suspended the government’s plan to sell a 65% stake in [[Kenya Pipeline Company|ORG]] ([[KPC|ORG|Kenya Pipeline Company]]), pending a case brought by the [[Law Society of Kenya|ORG]] ([[LSK|ORG|Law Society of Kenya]]) and two consumer groups.
Justice [[Wanjiru Kamau|PERSON]] ruled that the [[National Treasury|ORG|National Treasury (Kenya)]] had not shown that [[Parliament|ORG|Parliament of Kenya]] approved the sale as the law requires. Treasury Cabinet Secretary [[John Mbadi|PERSON]] said the government would appeal. [[Mbadi|PERSON|John Mbadi]] has said a stock market listing would raise about 100 billion shillings.
[[KPC|ORG|Kenya Pipeline Company]] runs the pipeline that carries fuel from [[Mombasa|GPE]] to [[Nairobi|GPE]] and [[Kisumu|GPE]] and on to [[Uganda|GPE]]. [[LSK|ORG|Law Society of Kenya]] president [[Faith Odhiambo|PERSON]] said outside the court that a strategic asset "should not be sold in a hurry to plug a hole in the budget".
President [[William Ruto|PERSON]]’s administration turned to asset sales after deadly protests forced it to drop tax increases last year. The [[IMF|ORG]], whose last programme with the country expired in April, has urged [[Ruto|PERSON|William Ruto]]’s government to cut borrowing.
"""

DOCS["dev4-10"] = """\
# Cholera Deaths Climb in Zambia and Malawi
Cholera has killed at least 212 people in [[Zambia|GPE]] and [[Malawi|GPE]] since the start of the rainy season, the [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) said on Friday, warning that flooding along the [[Zambezi|LOC|Zambezi River]] could spread the disease further.
[[Zambia|GPE]]’s [[Ministry of Health|ORG|Ministry of Health (Zambia)]] has recorded 143 deaths, most of them in the capital, [[Lusaka|GPE]]. Health Minister [[Mwansa Chileshe|PERSON]] ordered schools in the city to stay closed for another two weeks. [[Médecins Sans Frontières|ORG]] ([[MSF|ORG|Médecins Sans Frontières]]) has opened a 200-bed treatment centre in [[Kanyama|GPE]], a crowded township on the western edge of the capital.
"The water points are contaminated and people have nowhere else to go," said [[Tomás Herrera|PERSON]], who coordinates the [[MSF|ORG|Médecins Sans Frontières]] response. [[Herrera|PERSON|Tomás Herrera]] said his teams had treated more than 3,000 patients in a month.
In [[Malawi|GPE]], most cases have been reported in the southern city of [[Blantyre|GPE]]. [[UNICEF|ORG]] said it had flown water purification tablets into the country, and the vaccine alliance [[Gavi|ORG]] released 1.4 million doses of oral vaccine from the global stockpile. [[Mohamed Janabi|PERSON]], the [[WHO|ORG|World Health Organization]] regional director for [[Africa|LOC]], said the region needed ten times that number.
"""

DOCS["dev4-11"] = """\
# Resident Doctors in England Begin Five-Day Strike
Resident doctors in [[England|GPE]] began a five-day strike on Friday after talks between the [[British Medical Association|ORG]] ([[BMA|ORG|British Medical Association]]) and the government broke down over pay and training places.
Health Secretary [[Wes Streeting|PERSON]] called the walkout "reckless" and said the [[Labour|ORG]] government had already given doctors above-inflation rises two years running. [[NHS England|ORG]] said hospitals would prioritise emergency care, cancer treatment and maternity services, and that about 50,000 appointments had been postponed.
[[Hannah Okafor|PERSON]], who chairs the [[BMA|ORG|British Medical Association]]’s resident doctors committee, said [[Streeting|PERSON|Wes Streeting]] had "walked away from a deal that was within reach". Picket lines formed before dawn outside [[St Thomas’ Hospital|FAC]] in central [[London|GPE]] and the [[Queen Elizabeth Hospital Birmingham|FAC]], where [[Okafor|PERSON|Hannah Okafor]] works as a surgical trainee.
[[Downing Street|ORG]] said Prime Minister [[Keir Starmer|PERSON]] would not reopen this year’s pay award. The [[Conservative|NORP]] health spokesman, [[Stuart Andrew|PERSON]], said ministers had "lost control of the [[NHS|ORG]]". Doctors in [[Scotland|GPE]] and [[Wales|GPE]], where health policy is devolved, are not taking part. The [[Patients Association|ORG]] urged both sides to return to talks.
"""

DOCS["dev4-12"] = """\
Floodwaters on the [[Indus|LOC|Indus River]] reached their highest level in three years on Tuesday, forcing the evacuation of more than 150,000 people from villages in [[Pakistan|GPE]]’s southern [[Sindh|GPE]] province, officials said.
# Pakistan Evacuates Villages as Indus Swells
The [[National Disaster Management Authority|ORG|National Disaster Management Authority (Pakistan)]] ([[NDMA|ORG|National Disaster Management Authority (Pakistan)]]) said the [[Sukkur Barrage|FAC]] was carrying more than 600,000 cubic feet of water per second, and that the river was still rising upstream at the [[Guddu Barrage|FAC]]. Troops used boats to move families from low-lying areas near [[Larkana|GPE]].
Prime Minister [[Shehbaz Sharif|PERSON]] flew over the flooded districts with [[Sindh|GPE]] Chief Minister [[Murad Ali Shah|PERSON]]. [[Sharif|PERSON|Shehbaz Sharif]] promised 20 billion rupees for relief and accused rich countries of failing to pay for damage caused by a warming climate. [[Shah|PERSON|Murad Ali Shah]] said the province needed tents, clean water and snakebite medicine.
The [[Pakistan Meteorological Department|ORG]] blamed heavy monsoon rain in [[Punjab|GPE|Punjab (Pakistan)]] and rapid glacier melt in [[Gilgit-Baltistan|GPE]], where temperatures have been far above normal. Water released from the [[Tarbela Dam|FAC]] added to the surge. [[India|GPE]] passed on warnings about high flows on eastern rivers through diplomatic channels, the [[Foreign Office|ORG|Ministry of Foreign Affairs (Pakistan)]] said, even though [[New Delhi|GPE]] suspended a water-sharing treaty earlier this year.
"""

DOCS["dev4-13"] = """\
# Pacific Nations Press Australia on Coal After ICJ Opinion
Ministers from [[Vanuatu|GPE]], [[Tuvalu|GPE]] and other island states urged [[Australia|GPE]] on Wednesday to stop approving new coal mines, citing the [[International Court of Justice|ORG]]’s advisory opinion that states have a legal duty to prevent climate harm.
Speaking at a meeting of the [[Pacific Islands Forum|ORG]], [[Vanuatu|GPE]]’s climate minister, [[Joel Iautu|PERSON]], said the opinion from [[The Hague|GPE]] had "changed the conversation with our friends in [[Canberra|GPE]]". [[Iautu|PERSON|Joel Iautu]] led the campaign that brought the question to the court, which delivered its opinion at the [[Peace Palace|FAC]] in July.
[[Australian|NORP]] Climate Change Minister [[Chris Bowen|PERSON]] told the forum that [[Australia|GPE]] was on track to cut emissions by 62% by 2035. But [[Bowen|PERSON|Chris Bowen]] did not rule out further approvals for mines in [[Queensland|GPE]]’s [[Bowen Basin|LOC]], which supplies coking coal to steelmakers across the region.
[[Tuvalu|GPE]]’s prime minister, [[Feleti Teo|PERSON]], said his country of 11,000 people could not wait for "promises that expire after the next election". [[Greenpeace Australia Pacific|ORG]] said it would cite the opinion in a case it is preparing in the [[Federal Court|ORG|Federal Court of Australia]] against a new mine in the [[Galilee Basin|LOC]].
"""

DOCS["dev4-14"] = """\
# Osimhen Double Sends Galatasaray Past Leverkusen
[[Victor Osimhen|PERSON]] scored twice as [[Galatasaray|ORG]] came from behind to beat [[Bayer Leverkusen|ORG]] 3-1 in the Champions League on Tuesday, lifting the [[Turkish|NORP]] champions into the top eight of the league phase.
[[Patrik Schick|PERSON]] headed [[Leverkusen|ORG|Bayer Leverkusen]] in front after 14 minutes at a packed [[Rams Park|FAC]] in [[Istanbul|GPE]]. [[Osimhen|PERSON|Victor Osimhen]] equalised before half-time from a [[Barış Alper Yılmaz|PERSON]] cross and added a second from the penalty spot after [[Yılmaz|PERSON|Barış Alper Yılmaz]] was fouled. A stoppage-time own goal completed the scoring.
"[[Victor|PERSON|Victor Osimhen]] is the best striker in [[Europe|LOC]] right now," coach [[Okan Buruk|PERSON]] said. [[Buruk|PERSON|Okan Buruk]] said the [[Nigerian|NORP]] had played through a knee problem.
[[Leverkusen|ORG|Bayer Leverkusen]]’s [[Danish|NORP]] coach, [[Kasper Hjulmand|PERSON]], said his side had "given the game away" and complained about flares thrown onto the pitch. [[UEFA|ORG]] said it had opened disciplinary proceedings against the home club. About 2,000 away fans had travelled from the [[Rhineland|LOC]] for the game.
"""

DOCS["dev4-15"] = """\
# Bumrah Takes Five as India Seize Control in Kolkata
[[Jasprit Bumrah|PERSON]] took five wickets as [[India|GPE]] bowled out [[South Africa|GPE]] for 159 on the second day of the first Test at [[Eden Gardens|FAC]] in [[Kolkata|GPE]] on Saturday, building a first-innings lead of 153.
Only captain [[Temba Bavuma|PERSON]], who made 61, resisted for long. [[Bumrah|PERSON|Jasprit Bumrah]] removed opener [[Aiden Markram|PERSON]] with the third ball of the morning and later bowled [[Bavuma|PERSON|Temba Bavuma]] with a yorker. The spinners shared the other five wickets.
[[Shubman Gill|PERSON]] chose not to enforce the follow-on, and [[India|GPE]] closed on 64 for one. [[Gill|PERSON|Shubman Gill]], who took over as Test captain this year, said the pitch was "starting to do a bit" and that he wanted his bowlers fresh for the fourth innings.
[[Proteas|ORG|South Africa national cricket team]] coach [[Shukri Conrad|PERSON]] said his batters had "given away too many soft wickets". [[Cricket South Africa|ORG]] confirmed that fast bowler [[Kagiso Rabada|PERSON]] would also miss the second Test in [[Guwahati|GPE]] with a rib injury. The [[Board of Control for Cricket in India|ORG]] ([[BCCI|ORG|Board of Control for Cricket in India]]) said all 60,000 tickets for Sunday had been sold.
"""

DOCS["dev4-16"] = """\
# TSMC Delays Second Arizona Plant
[[Taiwan Semiconductor Manufacturing Co|ORG|Taiwan Semiconductor Manufacturing Company]] ([[TSMC|ORG|Taiwan Semiconductor Manufacturing Company]]) will push back the start of production at its second chip factory in [[Arizona|GPE]] by about six months, the company said on Thursday, citing a shortage of skilled workers.
Chairman [[C.C. Wei|PERSON]] told analysts that the plant near [[Phoenix|GPE|Phoenix, Arizona]] would now begin making chips in 2028. [[Wei|PERSON|C.C. Wei]] said the delay would not affect supplies to [[Nvidia|ORG]], its biggest customer, and that new plants in [[Japan|GPE]] and [[Germany|GPE]] were on schedule.
The [[White House|ORG]] said it expected the company to honour its pledge to invest $165 billion in the [[United States|GPE]]. Commerce Secretary [[Howard Lutnick|PERSON]] has warned that chips made in [[Taiwan|GPE]] could face tariffs of up to 100% unless manufacturers expand [[American|NORP]] production. [[Lutnick|PERSON|Howard Lutnick]]’s department also oversees the $6.6 billion in subsidies promised to [[TSMC|ORG|Taiwan Semiconductor Manufacturing Company]] for the project.
[[Taiwan|GPE]]’s [[Ministry of Economic Affairs|ORG|Ministry of Economic Affairs (Taiwan)]] said it had been told of the decision in advance, and shares of the company fell 1.2% in [[Taipei|GPE]]. The [[Arizona Building and Construction Trades Council|ORG]] said it had warned for two years that the state did not have enough electricians and pipefitters for the project.
"""

DOCS["dev4-17"] = """\
# Spanish Police Seize Record Cocaine Haul in Algeciras
[[Spanish|NORP]] police have seized 13 tonnes of cocaine hidden in a shipment of bananas from [[Ecuador|GPE]] at the port of [[Algeciras|GPE]], the largest single haul in the country’s history, the [[Interior Ministry|ORG|Ministry of the Interior (Spain)]] said on Monday.
The drugs were found in 18 containers that had left [[Guayaquil|GPE]] in late September, declared as fruit for an importer in [[Málaga|GPE]]. Officers from the [[Guardia Civil|ORG]] and the [[National Police|ORG|National Police Corps]] arrested nine people, including the company’s [[Dutch|NORP]] manager and two [[Ecuadorian|NORP]] nationals, in raids in three provinces.
Interior Minister [[Fernando Grande-Marlaska|PERSON]] said the operation had been coordinated with [[Europol|ORG]]. [[Grande-Marlaska|PERSON|Fernando Grande-Marlaska]] said the shipment was linked to [[Los Lobos|ORG]], a gang that the [[United States|GPE]] has designated a terrorist organisation.
Traffickers have moved from [[Antwerp|GPE]] to smaller southern ports since checks there were tightened, said [[Pilar Ruiz Ortega|PERSON]], a criminologist at the [[University of Granada|ORG]]. Gangs now offer dock workers up to €100,000 to look the other way, she said. [[Ecuador|GPE]]’s President [[Daniel Noboa|PERSON]] praised the [[Spanish|NORP]] operation and said his government would step up scanning of fruit exports.
"""

DOCS["dev4-18"] = """\
A [[German|NORP]] museum on Wednesday handed over 38 objects looted from the [[Kingdom of Benin|GPE]] in 1897 to [[Nigeria|GPE]]’s [[National Commission for Museums and Monuments|ORG]] ([[NCMM|ORG|National Commission for Museums and Monuments]]), the largest return of Benin Bronzes from a single collection so far.
The bronzes, ivories and brass plaques had been held by the [[Ethnological Museum of Berlin|ORG]] since the 1890s. At a ceremony at the [[Humboldt Forum|FAC]] in [[Berlin|GPE]], [[Germany|GPE]]’s culture minister, [[Wolfram Weimer|PERSON]], said the objects "were taken by violence and are going home by right".
# Berlin Returns Looted Bronzes to Nigeria
[[Nigerian|NORP]] Culture Minister [[Hannatu Musawa|PERSON]] said they would go on display in [[Benin City|GPE]], the capital of [[Edo|GPE|Edo State]] state and the historic seat of the kingdom. In 2023 the then president, [[Muhammadu Buhari|PERSON]], declared the Oba of [[Benin|GPE|Kingdom of Benin]], [[Ewuare II|PERSON]], the owner of all returned objects, alarming foreign museums that had hoped to lend them to a new museum in the city.
A palace spokesman, [[Osaro Igbinedion|PERSON]], said the works would stay at the royal palace until the [[Edo Museum of West African Art|ORG]] opens. The [[British Museum|ORG]], which holds the largest collection of looted objects from the kingdom, says [[British|NORP]] law prevents it from giving them back. [[Musawa|PERSON|Hannatu Musawa]] said she would raise the matter with the museum’s trustees.
"""

DOCS["dev4-19"] = """\
# Manila Protests After Water Cannon Attack Near Scarborough Shoal
The [[Philippines|GPE]] summoned [[China|GPE]]’s ambassador on Monday after a [[China Coast Guard|ORG]] ship fired water cannon at a [[Philippine|NORP]] fisheries vessel near [[Scarborough Shoal|LOC]], injuring three crew members.
[[Philippine Coast Guard|ORG]] spokesman [[Jay Tarriela|PERSON]] said the [[Bureau of Fisheries and Aquatic Resources|ORG]] ([[BFAR|ORG|Bureau of Fisheries and Aquatic Resources]]) boat had been delivering fuel to fishermen from [[Zambales|GPE]] when it was hit. [[Tarriela|PERSON|Jay Tarriela]] released video showing its bridge windows shattering.
The [[Department of Foreign Affairs|ORG|Department of Foreign Affairs (Philippines)]] called the attack "dangerous and unlawful", and President [[Ferdinand Marcos Jr.|PERSON]] said his country would not be "bullied out of our own waters".
[[Chinese|NORP]] [[Foreign Ministry|ORG|Ministry of Foreign Affairs (China)]] spokeswoman [[Mao Ning|PERSON]] said the [[Philippine|NORP]] vessel had "illegally intruded" into waters around [[Huangyan Island|LOC|Scarborough Shoal]], [[Beijing|GPE]]’s name for the shoal. [[Washington|GPE]] said its 1951 defence treaty with [[Manila|GPE]] covered attacks on coast guard vessels "anywhere in the [[South China Sea|LOC]]".
"""

DOCS["dev4-20"] = """\
# Colombia’s Left Picks Senator to Succeed Petro
[[Colombia|GPE]]’s governing [[Historic Pact|ORG]] coalition chose Senator [[Marcela Rentería|PERSON]] as its presidential candidate on Sunday after a primary in which 2.1 million people voted, according to the [[National Civil Registry|ORG|National Civil Registry (Colombia)]].
[[Rentería|PERSON|Marcela Rentería]], 52, a former human rights lawyer from [[Cali|GPE]], beat her only rival by 12 points. She hopes to succeed President [[Gustavo Petro|PERSON]], the country’s first leftist president, who is barred by the constitution from a second term. [[Petro|PERSON|Gustavo Petro]] endorsed her at a rally in [[Medellín|GPE]] on Sunday night.
The right remains divided. The [[Democratic Centre|ORG]] party of former president [[Álvaro Uribe|PERSON]] has yet to pick a candidate, and polls put the independent [[Camilo Restrepo|PERSON]] ahead in a possible run-off. [[Uribe|PERSON|Álvaro Uribe]] said [[Rentería|PERSON|Marcela Rentería]] would "continue the chaos".
Security is likely to dominate the campaign. Fighting between the [[National Liberation Army|ORG|National Liberation Army (Colombia)]] ([[ELN|ORG|National Liberation Army (Colombia)]]) and dissident [[FARC|ORG]] factions has displaced tens of thousands of people in the [[Catatumbo|LOC]] region near the [[Venezuelan|NORP]] border, and relations with [[Washington|GPE]] have soured since the [[Trump|PERSON]] administration decertified the country as a partner in fighting drugs.
"""

DOCS["dev4-21"] = """\
# WestJet Pilots Vote to Authorise Strike
Pilots at [[WestJet|ORG]] have voted 94% in favour of strike action, their union said on Tuesday, raising the prospect of disruption to flights across [[Canada|GPE]] at the start of the holiday season.
The [[Air Line Pilots Association|ORG]] ([[ALPA|ORG|Air Line Pilots Association]]), which represents about 1,900 pilots at the [[Calgary|GPE]]-based airline and its regional unit, said talks had stalled over scheduling and pensions. The airline’s chief executive, [[Alexis von Hoensbroech|PERSON]], said the union’s demands would make the airline "uncompetitive". [[von Hoensbroech|PERSON|Alexis von Hoensbroech]] urged the pilots to accept binding arbitration.
Jobs Minister [[Patty Hajdu|PERSON]] said [[Ottawa|GPE]] was monitoring the talks closely. [[Hajdu|PERSON|Patty Hajdu]] used the same labour code powers in August to end a strike by [[Air Canada|ORG]] flight attendants, a move the flight attendants’ union is challenging in court.
[[Alberta|GPE]] Premier [[Danielle Smith|PERSON]] called on Prime Minister [[Mark Carney|PERSON]] to step in before any walkout, saying ski resorts around [[Banff|GPE]] depended on the airline. The [[Canadian Federation of Independent Business|ORG]] said a week-long strike would cost small firms $200 million. At [[Calgary International Airport|FAC]], some travellers booked on holiday routes to the [[Caribbean|LOC]] said they were already looking for other flights.
"""

DOCS["dev4-22"] = """\
# Irish and Slovenian Broadcasters Confirm Eurovision Boycott
[[Ireland|GPE]]’s public broadcaster [[RTÉ|ORG]] and [[Slovenia|GPE]]’s [[RTV Slovenija|ORG]] said on Thursday they would not take part in next year’s Eurovision Song Contest in [[Vienna|GPE]], after the [[European Broadcasting Union|ORG]] ([[EBU|ORG|European Broadcasting Union]]) declined to exclude [[Israel|GPE]].
The [[Irish|NORP]] broadcaster’s director-general, [[Kevin Bakhurst|PERSON]], said taking part would be "unconscionable given the appalling loss of lives in [[Gaza|GPE|Gaza Strip]]". [[Bakhurst|PERSON|Kevin Bakhurst]] said the broadcaster would not air the contest, and Taoiseach [[Micheál Martin|PERSON]] said he respected the decision. The [[Dutch|NORP]] broadcaster [[AVROTROS|ORG]] and [[Spain|GPE]]’s public broadcaster announced their withdrawals last week.
[[Israeli|NORP]] public broadcaster [[Kan|ORG|Israeli Public Broadcasting Corporation]] said it regretted "a boycott that punishes artists". [[EBU|ORG|European Broadcasting Union]] director-general [[Noel Curran|PERSON]] said members had voted for new rules on government interference in voting rather than for a ban, and [[Curran|PERSON|Noel Curran]] insisted the contest would "remain a celebration of music".
Organisers said preparations at the [[Wiener Stadthalle|FAC]] would continue for 35 countries. [[Maja Kovač|PERSON]], the [[Slovenian|NORP]] singer chosen in a televised final in [[Ljubljana|GPE]] in March, said she was "heartbroken, but proud of my country".
"""
