# Held-out test set 4: hand-written, inline-annotated news items (FICTION: invented events,
# numbers and quotes; real public figures, organisations and places appear alongside invented
# people and companies).
# Markup as in ../dev/_make_dev.py:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]];
# a line starting with "# " is the doc's heading (kept in the text, listed under "headings",
# never annotated).  Canonical name defaults to ALIAS.get(surface, surface).

DOCS = {}

DOCS["heldout4-01"] = """\
# Ukraine and Russia Agree Prisoner Swap After Istanbul Talks
Delegations from [[Ukraine|GPE]] and [[Russia|GPE]] agreed on Friday to exchange 1,200 prisoners of war after a day of talks in [[Istanbul|GPE]], their first direct contact in nearly four months.
The meeting at the [[Dolmabahçe Palace|FAC]] was hosted by [[Turkish|NORP]] Foreign Minister [[Hakan Fidan|PERSON]], who told reporters that both sides had shown “seriousness and patience”. [[Fidan|PERSON|Hakan Fidan]] said [[Ankara|GPE]] was ready to host a second round before the end of the month.
The [[Ukrainian|NORP]] team was led by [[Rustem Umerov|PERSON]], secretary of the [[National Security and Defence Council|ORG]]. In his nightly address, President [[Volodymyr Zelensky|PERSON]] called the swap “a small step, but a real one” and repeated his demand that [[Moscow|GPE]] accept an unconditional 30-day ceasefire.
[[Kremlin|ORG]] spokesman [[Dmitry Peskov|PERSON]] said [[Vladimir Putin|PERSON]] had been briefed by the head of the delegation, presidential aide [[Vladimir Medinsky|PERSON]], and that a ceasefire “requires further work”. [[Peskov|PERSON|Dmitry Peskov]] declined to say whether [[Putin|PERSON]] was prepared to meet [[Zelensky|PERSON]].
Secretary of State [[Marco Rubio|PERSON]] welcomed the exchange and said the [[United States|GPE]] would keep up pressure on both capitals. The [[European Union|ORG]]’s foreign policy chief, [[Kaja Kallas|PERSON]], said the bloc would not ease sanctions “for promises alone”.
"""

DOCS["heldout4-02"] = """\
# Japan’s Ruling Coalition Loses Upper House Majority
[[Japan|GPE]]’s ruling [[Liberal Democratic Party|ORG]] ([[LDP|ORG|Liberal Democratic Party]]) and its junior partner [[Komeito|ORG]] lost their majority in the upper house of parliament in Sunday’s election, according to projections by public broadcaster [[NHK|ORG]].
Prime Minister [[Shigeru Ishiba|PERSON]] told a late-night news conference at party headquarters in [[Tokyo|GPE]] that he would stay on. “I take this result with great seriousness,” [[Ishiba|PERSON|Shigeru Ishiba]] said, adding that tariff negotiations with [[Washington|GPE]] could not be left without leadership.
The biggest gains went to the populist [[Sanseito|ORG]] party, whose campaign against immigration and foreign land purchases drew young voters in [[Osaka|GPE]] and [[Fukuoka|GPE]]. Its leader, [[Sohei Kamiya|PERSON]], said the party would “never simply join the establishment”. The main opposition [[Constitutional Democratic Party of Japan|ORG]] was roughly flat.
[[Ryo Hanada|PERSON]], a political scientist at [[Waseda University|ORG]], said [[Ishiba|PERSON|Shigeru Ishiba]] now faced a leadership challenge from within his own party by the autumn. “The coalition has lost both chambers in under a year,” [[Hanada|PERSON|Ryo Hanada]] said.
Strategists at [[Nomura Securities|ORG]] said the yen could weaken on Monday if investors bet on looser spending to win back voters.
"""

DOCS["heldout4-03"] = """\
# Asian Stocks Slide as Fed Signals Patience on Rates
[[Asian|NORP]] shares fell on Wednesday after [[Federal Reserve|ORG]] Chair [[Jerome Powell|PERSON]] said the [[US|GPE]] central bank was in no hurry to cut interest rates, sending the dollar to a two-month high against the yen.
In [[Tokyo|GPE]], shares of [[Toyota Motor|ORG|Toyota Motor Corporation]] and [[Sony Group|ORG]] each lost more than 2%. [[Hong Kong|GPE]]’s benchmark index dropped 1.8%, dragged down by [[Alibaba|ORG|Alibaba Group]] and [[Tencent|ORG|Tencent Holdings]], while markets elsewhere in the region posted smaller losses.
Speaking at a banking conference in [[Frankfurt|GPE]], [[Powell|PERSON|Jerome Powell]] said inflation was “proving stubborn” and that the [[Fed|ORG|Federal Reserve]] would wait for clearer evidence before moving.
“The market got ahead of itself,” said [[Mei Lin Tan|PERSON]], chief [[Asia|LOC]] strategist at [[Harrowgate Capital|ORG]] in [[Singapore|GPE]]. [[Tan|PERSON|Mei Lin Tan]] said she expected the [[Bank of Japan|ORG]] ([[BOJ|ORG|Bank of Japan]]) to hold rates at its meeting next week.
[[BOJ|ORG|Bank of Japan]] Governor [[Kazuo Ueda|PERSON]] is due to appear before parliament on Friday. Exporters could benefit from the weaker yen, analysts at [[Macquarie|ORG|Macquarie Group]] wrote in a note to clients.
"""

DOCS["heldout4-04"] = """\
# World Court Hears Guyana-Venezuela Border Dispute
The [[International Court of Justice|ORG]] ([[ICJ|ORG|International Court of Justice]]) on Monday opened final hearings in [[Guyana|GPE]]’s case against [[Venezuela|GPE]] over the [[Essequibo|LOC]] region, a sparsely populated, oil-rich territory that [[Caracas|GPE]] claims as its own.
Opening the case, Foreign Minister [[Hugh Todd|PERSON]] told the judges in [[The Hague|GPE]] that the border had been settled by an arbitral tribunal in 1899 and that its neighbour had accepted it for more than six decades.
[[Venezuela|GPE]]’s delegation, led by Vice President [[Delcy Rodríguez|PERSON]], accused [[Georgetown|GPE]] of acting on behalf of [[ExxonMobil|ORG]]. The [[American|NORP]] oil major leads a consortium with [[Chevron|ORG]] and [[China National Offshore Oil Corporation|ORG]] ([[CNOOC|ORG|China National Offshore Oil Corporation]]) that pumps about 650,000 barrels a day off the [[Guyanese|NORP]] coast.
President [[Nicolás Maduro|PERSON]] said on state television that [[Venezuela|GPE]] did not recognise the court’s jurisdiction. [[Rodríguez|PERSON|Delcy Rodríguez]] told reporters outside the [[Peace Palace|FAC]] that her country would “defend every inch of the [[Essequibo|LOC]]”.
The court’s president, [[Yuji Iwasawa|PERSON]], said a ruling was not expected before next year. [[Brazil|GPE]], which borders both countries, has reinforced its troops in the northern state of [[Roraima|GPE]].
"""

DOCS["heldout4-05"] = """\
The [[World Health Organization|ORG]] said on Thursday that a new strain of mpox was spreading faster than expected in eastern [[Congo|GPE|Democratic Republic of the Congo]] and had reached neighbouring [[Burundi|GPE]] and [[Uganda|GPE]].
[[WHO|ORG|World Health Organization]] Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] told reporters in [[Geneva|GPE]] that vaccine supplies remained “far short of need” and urged donors to release doses held in reserve. [[Tedros|PERSON|Tedros Adhanom Ghebreyesus]] said cases among children had doubled in a month.
# Vaccine Shortfall Hampers Mpox Response
The [[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]], the continent’s public health agency, said it had received 900,000 doses from [[Japan|GPE]] and the [[European Union|ORG]] but needed at least three million. Its director-general, [[Jean Kaseya|PERSON]], said distribution was being hampered by fighting around [[Goma|GPE]], which has been held by [[M23|ORG]] rebels since January.
“We are working blind,” said [[Aline Mukendi|PERSON]], a coordinator in [[North Kivu|GPE]] for [[Médecins Sans Frontières|ORG]] ([[MSF|ORG|Médecins Sans Frontières]]). She said testing in several camps had all but stopped after [[US|GPE]] funding cuts closed two laboratories.
[[Bavarian Nordic|ORG]], the [[Danish|NORP]] vaccine maker, said it could deliver another two million doses by the end of the year if orders were confirmed. [[Kaseya|PERSON|Jean Kaseya]] said talks with the company were continuing.
"""

DOCS["heldout4-06"] = """\
# Island Nations Demand Faster Cuts at Bonn Climate Talks
Small island states accused the world’s biggest emitters on Tuesday of stalling at [[United Nations|ORG]] climate talks at the [[World Conference Center Bonn|FAC]], where negotiators are preparing the ground for the COP30 summit in [[Belém|GPE]], [[Brazil|GPE]], in November.
Speaking for the [[Alliance of Small Island States|ORG]] ([[AOSIS|ORG|Alliance of Small Island States]]), [[Tuvalu|GPE]]’s climate minister [[Maina Talia|PERSON]] said the national plans submitted so far would still leave low-lying atolls across the [[Pacific|LOC]] under water within decades. “We are negotiating over our own survival,” [[Talia|PERSON|Maina Talia]] said.
[[UN|ORG]] climate chief [[Simon Stiell|PERSON]], a former minister from [[Grenada|GPE]], urged [[China|GPE]], [[India|GPE]] and the [[European Union|ORG]] to publish their targets before September. [[Stiell|PERSON|Simon Stiell]] said the world was “running out of road”. Oil-producing countries blocked a proposal to add a review of fossil fuel subsidies to the agenda, according to two observers.
A study published the same day by the research group [[Climate Analytics|ORG]] found that current pledges put the world on course for 2.6C of warming. Its lead author, [[Ingrid Solberg|PERSON]], said [[Western|NORP]] governments had “quietly stepped back” since the [[US|GPE]] pulled out of the global climate pact.
"""

DOCS["heldout4-07"] = """\
# Mbappé Double Sends Real Madrid Into Final
[[Kylian Mbappé|PERSON]] scored twice as [[Real Madrid|ORG]] beat [[Bayern Munich|ORG]] 3-1 at the [[Santiago Bernabéu|FAC]] on Wednesday to reach the Champions League final for the third time in five seasons.
The [[France|GPE]] captain opened the scoring after 12 minutes, but [[Harry Kane|PERSON]] levelled for the [[German|NORP]] champions from the penalty spot before half-time. [[Jude Bellingham|PERSON]] restored the lead with a header, and [[Mbappé|PERSON|Kylian Mbappé]] sealed the tie in stoppage time.
“This club lives for these nights,” said [[Madrid|ORG|Real Madrid]] coach [[Xabi Alonso|PERSON]], who played for both sides. [[Bayern|ORG|Bayern Munich]] coach [[Vincent Kompany|PERSON]] complained that a header by [[Kim Min-jae|PERSON]] had been wrongly ruled out by [[Italian|NORP]] referee [[Marco Bellandi|PERSON]], calling the decision “a scandal”.
[[Real|ORG|Real Madrid]] will face [[Arsenal|ORG]] or [[Paris Saint-Germain|ORG]] at the [[Puskás Aréna|FAC]] in [[Budapest|GPE]] on May 30. [[UEFA|ORG]] said it was reviewing reports of flares thrown by visiting supporters and would decide on any sanctions next week.
"""

DOCS["heldout4-08"] = """\
# EU Fines Apple Over App Store Rules
The [[European Commission|ORG]] fined [[Apple|ORG]] 1.2 billion euros on Tuesday for breaching the [[EU|ORG]]’s Digital Markets Act by stopping app developers from pointing users to cheaper offers outside its App Store.
Competition commissioner [[Teresa Ribera|PERSON]] told a news conference in [[Brussels|GPE]] that the company had ignored repeated warnings. “The rules apply to everyone who does business in [[Europe|LOC]],” [[Ribera|PERSON|Teresa Ribera]] said.
[[Apple|ORG]], based in [[Cupertino|GPE]], [[California|GPE]], said it would appeal to the [[General Court|ORG]] in [[Luxembourg|GPE]]. Music streaming service [[Spotify|ORG]], which filed the original complaint, welcomed the decision, and its co-founder [[Daniel Ek|PERSON]] said the [[Swedish|NORP]] company would lower subscription prices for iPhone users.
In [[Washington|GPE]], the [[Trump|PERSON]] administration condemned the ruling. Commerce Secretary [[Howard Lutnick|PERSON]] said [[Brussels|GPE]] was “targeting [[American|NORP]] companies” and warned of retaliation. [[Ribera|PERSON|Teresa Ribera]] said the [[EU|ORG]] would not be intimidated.
"""

DOCS["heldout4-09"] = """\
# Dutch Customs Seize Record Cocaine Haul in Rotterdam
[[Dutch|NORP]] customs officers have seized eight tonnes of cocaine hidden in banana shipments at the port of [[Rotterdam|GPE]], the largest haul ever found in the [[Netherlands|GPE]], prosecutors said on Thursday.
The containers had arrived from [[Guayaquil|GPE]], [[Ecuador|GPE]], and were addressed to a fruit importer in the south of the country. Seven men were arrested in [[Rotterdam|GPE]] and [[Antwerp|GPE]], including two [[Albanian|NORP]] nationals suspected of organising the shipment, prosecution spokesman [[Pieter Hoekstra|PERSON]] said.
The investigation was coordinated by [[Europol|ORG]], the [[EU|ORG]]’s law enforcement agency in [[The Hague|GPE]], together with police in [[Belgium|GPE]]. [[Europol|ORG]] executive director [[Catherine De Bolle|PERSON]] said criminal networks were “exploiting the same trade routes as legitimate business”.
[[Ecuadorean|NORP]] police said they had raided the offices of the exporter, [[Frutas del Pacífico|ORG]], and detained its manager. President [[Daniel Noboa|PERSON]], who has declared war on the country’s drug gangs, wrote on social media that the seizure showed “what cooperation with [[Europe|LOC]] can achieve”.
[[Dutch|NORP]] Justice Minister [[David van Weel|PERSON]] said the seizure, with a street value of more than 600 million euros, showed that the ports were “a front line”. [[Hoekstra|PERSON|Pieter Hoekstra]] said further arrests were likely.
"""

DOCS["heldout4-10"] = """\
# Iranian Director Wins Golden Lion in Venice
[[Iranian|NORP]] filmmaker [[Shirin Farahani|PERSON]] won the Golden Lion for best film in [[Venice|GPE]] on Saturday for “The Salt Road”, a drama about three sisters shot largely in secret in [[Tehran|GPE]] and [[Isfahan|GPE]].
[[Farahani|PERSON|Shirin Farahani]], who has been barred from leaving [[Iran|GPE]] since 2022, accepted the prize by video link. Her producer, [[Omid Rahimi|PERSON]], read a statement at the [[Palazzo del Cinema|FAC]] on the [[Lido|LOC]] dedicating the award to “the women who could not be in this film”.
Jury president [[Alexander Payne|PERSON]] called the film “brave and, above all, beautifully made”. The Grand Jury Prize went to [[Norwegian|NORP]] director [[Joachim Trier|PERSON]], while [[Toni Servillo|PERSON]] was named best actor for his role as an ageing judge in a courtroom drama set in [[Naples|GPE]].
[[Iran|GPE]]’s culture ministry said the film had been made without a permit. The festival’s artistic director, [[Alberto Barbera|PERSON]], said he had written to the authorities asking them to let [[Farahani|PERSON|Shirin Farahani]] travel. The film will be released in [[North America|LOC]] by [[Neon|ORG]].
"""

DOCS["heldout4-11"] = """\
# BJP-Led Alliance Wins Bihar as Opposition Falters
The [[Bharatiya Janata Party|ORG]] ([[BJP|ORG|Bharatiya Janata Party]]) and its allies won a clear majority in the eastern state of [[Bihar|GPE]], according to results published by the [[Election Commission of India|ORG]] on Friday, dealing a blow to an opposition that had hoped to build momentum before national polls.
Prime Minister [[Narendra Modi|PERSON]] thanked voters at the [[BJP|ORG|Bharatiya Janata Party]] headquarters in [[New Delhi|GPE]], saying the result showed that “development has defeated caste politics”. [[Modi|PERSON]] campaigned in the state more than a dozen times.
The alliance is expected to keep [[Nitish Kumar|PERSON]] as chief minister, a post he has held for most of the past two decades. [[Kumar|PERSON|Nitish Kumar]] said in [[Patna|GPE]] that he would form a government within a week.
The opposition [[Rashtriya Janata Dal|ORG]] ([[RJD|ORG|Rashtriya Janata Dal]]), led by [[Tejashwi Yadav|PERSON]], won fewer than 60 of the 243 seats. Its ally, the [[Congress|ORG|Indian National Congress]] party, fared even worse. [[Congress|ORG|Indian National Congress]] leader [[Rahul Gandhi|PERSON]] alleged that voter rolls had been manipulated, a charge the commission rejected. [[Yadav|PERSON|Tejashwi Yadav]] said he accepted the verdict “with humility”.
Turnout was 67%, the highest in the state’s history, the commission said.
"""

DOCS["heldout4-12"] = """\
[[British|NORP]] lawmakers voted by 335 to 260 on Tuesday to approve the government’s welfare reforms, handing Prime Minister [[Keir Starmer|PERSON]] a victory after weeks of dissent in his own party.
Forty-nine [[Labour|ORG]] lawmakers voted against the plans in the [[House of Commons|ORG]], the largest rebellion since the party took power last July. Work and Pensions Secretary [[Liz Kendall|PERSON]] had offered last-minute concessions, including protecting payments for current claimants.
# Starmer Survives Welfare Rebellion
[[Conservative|NORP]] leader [[Kemi Badenoch|PERSON]] called the reforms “a mess” but her party abstained. [[Nigel Farage|PERSON]], whose [[Reform UK|ORG]] party leads some national polls, said [[Starmer|PERSON|Keir Starmer]] had “lost control” of his own benches.
Outside the [[Palace of Westminster|FAC]], several hundred disability campaigners protested in the rain. The [[Institute for Fiscal Studies|ORG]] ([[IFS|ORG|Institute for Fiscal Studies]]) estimated that the changes would save 2.5 billion pounds a year by 2030, less than the [[Treasury|ORG|HM Treasury]] had hoped.
[[Downing Street|ORG]] said [[Starmer|PERSON|Keir Starmer]] would not punish the rebels. The bill now goes to the [[House of Lords|ORG]], while ministers in [[Scotland|GPE]] and [[Wales|GPE]] said they would seek separate arrangements for their devolved benefits.
"""

DOCS["heldout4-13"] = """\
# Gaza Truce Talks Resume in Doha
Negotiators from [[Israel|GPE]] and [[Hamas|ORG]] resumed indirect talks in [[Doha|GPE]] on Sunday, with [[Qatari|NORP]] and [[Egyptian|NORP]] mediators shuttling between the delegations in an effort to secure a 60-day truce in [[Gaza|GPE|Gaza Strip]].
[[Israeli|NORP]] Prime Minister [[Benjamin Netanyahu|PERSON]]’s office said the delegation had a “limited mandate” to discuss the release of hostages. [[Hamas|ORG]] official [[Basem Naim|PERSON]] said the group wanted guarantees that [[Israel|GPE]] would not resume its offensive once the truce expired.
[[US|GPE]] envoy [[Steve Witkoff|PERSON]] is expected to join the talks later in the week. [[Qatar|GPE]]’s prime minister, Sheikh [[Mohammed bin Abdulrahman Al Thani|PERSON]], told reporters that the gaps were “narrower than at any point this year”.
Health officials said an air strike on a school sheltering displaced families in [[Khan Younis|GPE]] had killed at least 14 people. The military said it had targeted a [[Hamas|ORG]] command centre.
[[Philippe Lazzarini|PERSON]], head of the [[UN|ORG]] agency for [[Palestinian|NORP]] refugees, [[UNRWA|ORG]], said the [[Rafah|GPE]] border crossing with [[Egypt|GPE]] must reopen immediately to let in fuel and medicine.
"""

DOCS["heldout4-14"] = """\
# Mali Junta Orders Foreign Aid Groups to Re-register
[[Mali|GPE]]’s military government on Monday ordered all foreign aid groups to re-register within 30 days or cease operations, a move relief agencies said could cut off food supplies to hundreds of thousands of people in the north.
Government spokesman [[Abdoulaye Maïga|PERSON]] said on state television that some organisations had been “collaborating with terrorists”. He singled out the [[Norwegian Refugee Council|ORG]], whose secretary-general, [[Jan Egeland|PERSON]], called the accusation “absurd”. The group has staff in [[Timbuktu|GPE]] and [[Gao|GPE]].
The order follows a string of attacks by the [[al-Qaeda|ORG]]-linked group [[JNIM|ORG]] on supply convoys around [[Mopti|GPE]]. [[Russian|NORP]] paramilitaries from the [[Africa Corps|ORG]] have struggled to secure roads across the [[Sahel|LOC]].
[[Mali|GPE]], [[Burkina Faso|GPE]] and [[Niger|GPE]] quit the [[Economic Community of West African States|ORG]] ([[ECOWAS|ORG|Economic Community of West African States]]) this year to form the [[Alliance of Sahel States|ORG]]. Junta leader [[Assimi Goïta|PERSON]] has expelled [[French|NORP]] troops and a [[UN|ORG]] peacekeeping mission since seizing power in 2020.
[[ECOWAS|ORG|Economic Community of West African States]] commission president [[Omar Touray|PERSON]] said that the bloc was “deeply concerned”. [[Paris|GPE]] declined to comment. Relief flights into [[Modibo Keita International Airport|FAC]] have been suspended since Friday.
"""

DOCS["heldout4-15"] = """\
# Philippines Accuses China of Ramming Supply Boat
The [[Philippine|NORP]] coast guard said on Monday that a [[Chinese|NORP]] vessel had rammed one of its supply boats near [[Second Thomas Shoal|LOC]] in the [[South China Sea|LOC]], injuring three sailors.
Coast guard spokesman [[Jay Tarriela|PERSON]] released video showing the larger ship striking the boat’s stern as it tried to reach a rusting warship that [[Manila|GPE]] grounded on the reef in 1999 to assert its claim. [[Tarriela|PERSON|Jay Tarriela]] said water cannon had also been used.
[[Beijing|GPE]] said the boat had “intruded” into [[Chinese|NORP]] waters. [[China Coast Guard|ORG]] spokesman [[Liu Dejun|PERSON]] said its crews had acted “professionally and lawfully”.
President [[Ferdinand Marcos Jr.|PERSON]] summoned his national security council and said the [[Philippines|GPE]] would “not be bullied out of our own waters”. [[Marcos|PERSON|Ferdinand Marcos Jr.]] is due to address the nation on Tuesday.
The [[US|GPE]] ambassador said [[Washington|GPE]] stood by its treaty obligations, and [[Japan|GPE]] and [[Australia|GPE]] issued statements of concern. The shoal lies about 200 km from the [[Philippine|NORP]] island of [[Palawan|GPE]], inside what [[Manila|GPE]] calls the [[West Philippine Sea|LOC]].
"""

DOCS["heldout4-16"] = """\
# OPEC+ Agrees Larger Than Expected Output Increase
[[Saudi Arabia|GPE]], [[Russia|GPE]] and six other members of [[OPEC+|ORG]] agreed on Saturday to raise oil production by 548,000 barrels a day in August, a bigger increase than analysts had expected.
The decision, taken at a brief video meeting, speeds up the unwinding of cuts made in 2023. [[Saudi|NORP]] Energy Minister Prince [[Abdulaziz bin Salman|PERSON]] has been pushing to punish members that pumped above their quotas, chiefly [[Kazakhstan|GPE]] and [[Iraq|GPE]], delegates said.
[[Russian|NORP]] Deputy Prime Minister [[Alexander Novak|PERSON]] told reporters that the market could absorb the extra barrels because of strong summer demand. Prices fell 1.5% in early trading on Monday.
“[[Riyadh|GPE]] wants its market share back,” said [[Hannah Lindqvist|PERSON]], head of oil research at [[Nordhavn Energy Analytics|ORG]]. Analysts at [[Goldman Sachs|ORG]] cut their price forecast for the fourth quarter by $3 a barrel.
The [[Organization of the Petroleum Exporting Countries|ORG]] said in a statement from its headquarters in [[Vienna|GPE]] that the group remained committed to “market stability”. Secretary-General [[Haitham al-Ghais|PERSON]] is due to present its annual outlook next week.
"""

DOCS["heldout4-17"] = """\
# Milei’s Party Sweeps Argentine Midterms
President [[Javier Milei|PERSON]]’s [[La Libertad Avanza|ORG]] party won about 41% of the national vote in [[Argentina|GPE]]’s midterm elections on Sunday, more than doubling its seats in the lower house and easing fears of a political crisis.
The result was a setback for the [[Peronist|NORP]] coalition [[Fuerza Patria|ORG]], which had won a provincial election in the province of [[Buenos Aires|GPE|Buenos Aires Province]] only weeks earlier. Governor [[Axel Kicillof|PERSON]] conceded shortly before midnight, telling supporters in [[La Plata|GPE]] that the fight “starts again tomorrow”.
“[[Argentines|NORP|Argentine]] chose not to go back,” [[Milei|PERSON|Javier Milei]] told a cheering crowd at the [[Hotel Libertador|FAC]] in the capital, [[Buenos Aires|GPE]]. Former president [[Cristina Fernández de Kirchner|PERSON]], who is under house arrest after a corruption conviction, called the result “a triumph of fear”.
The peso and [[Argentine|NORP]] bonds are expected to rally on Monday. Economy Minister [[Luis Caputo|PERSON]] thanked the [[US Treasury|ORG|United States Department of the Treasury]], which agreed last month to a $20 billion currency swap, and [[Scott Bessent|PERSON]], the [[US|GPE]] treasury secretary, congratulated [[Milei|PERSON|Javier Milei]] on social media. The [[International Monetary Fund|ORG]] ([[IMF|ORG|International Monetary Fund]]) said the vote gave a “clear mandate for reform”.
"""

DOCS["heldout4-18"] = """\
The [[Supreme Court|ORG|Supreme Court of the United States]] appeared skeptical on Wednesday of President [[Donald Trump|PERSON]]’s use of a 1977 emergency powers law to impose sweeping tariffs on imports from almost every country.
During nearly three hours of argument, Chief Justice [[John Roberts|PERSON]] questioned whether the law allowed a president to set taxes “of any amount, on any product, from any country”. Justice [[Amy Coney Barrett|PERSON]] asked how the administration would refund importers if it lost.
# Justices Question Emergency Tariff Powers
Solicitor General [[D. John Sauer|PERSON]] told the court that the tariffs had brought trading partners including [[Japan|GPE]] and the [[European Union|ORG]] to the negotiating table. [[Sauer|PERSON|D. John Sauer]] warned that a ruling against the government would hand [[China|GPE]] “a strategic gift”.
The challengers, a group of small businesses led by wine importer [[V.O.S. Selections|ORG]] of [[New York|GPE|New York City]] and twelve states led by [[Oregon|GPE]], won in the [[Court of International Trade|ORG|United States Court of International Trade]] and on appeal in the [[Federal Circuit|ORG|United States Court of Appeals for the Federal Circuit]].
[[White House|ORG]] press secretary [[Karoline Leavitt|PERSON]] said [[Trump|PERSON]] was “confident the justices will follow the law”. Outside the court, a handful of protesters held signs reading “Tariffs are taxes”. A decision is expected by June.
"""

DOCS["heldout4-19"] = """\
# Novo Nordisk to Cut 9,000 Jobs in Overhaul
[[Danish|NORP]] drugmaker [[Novo Nordisk|ORG]] said on Wednesday it would cut about 9,000 jobs, roughly 11% of its workforce, as it tries to regain ground lost to [[American|NORP]] rival [[Eli Lilly|ORG]] in the market for weight-loss drugs.
Chief executive [[Mike Doustdar|PERSON|Maziar Mike Doustdar]], who took over in August, said about 5,000 of the cuts would fall in [[Denmark|GPE]], mostly at the company’s headquarters in [[Bagsværd|GPE]]. “We must become a faster, simpler company,” [[Doustdar|PERSON|Maziar Mike Doustdar]] said.
[[Novo|ORG|Novo Nordisk]]’s shares have fallen by half this year as sales of Wegovy slowed in the [[United States|GPE]] and [[Lilly|ORG|Eli Lilly]] won a bigger share of prescriptions. The [[US Food and Drug Administration|ORG|United States Food and Drug Administration]] is also cracking down on cheaper copies sold by compounding pharmacies.
The company’s controlling shareholder, the [[Novo Nordisk Foundation|ORG]], backed the plan, and chairman [[Lars Rebien Sørensen|PERSON]] said the board had full confidence in management. [[Henrik Dahl|PERSON]], an analyst at [[Jyske Bank|ORG]], said annual savings of 8 billion crowns were larger than expected. [[Denmark|GPE]]’s economy minister, [[Stephanie Lose|PERSON]], said the government would help laid-off workers retrain.
"""

DOCS["heldout4-20"] = """\
# Ransomware Suspects Charged Over Hospital Attacks
Prosecutors in the [[United States|GPE]] and [[Britain|GPE]] have charged four men accused of running a ransomware gang that crippled hospital systems on both sides of the [[Atlantic|LOC|Atlantic Ocean]] last year.
An indictment unsealed in [[Pittsburgh|GPE]] accuses the group, known as [[Black Lantern|ORG]], of extorting more than $40 million from victims including [[Meridian Health Partners|ORG]], which runs 14 hospitals in [[Ohio|GPE]]. The attack forced ambulances to be diverted for nearly a week, [[Meridian|ORG|Meridian Health Partners]] chief executive [[Laura Whitcombe|PERSON]] said.
[[FBI|ORG|Federal Bureau of Investigation]] Director [[Kash Patel|PERSON]] said the alleged ringleader, [[Andrei Ciobanu|PERSON]], a 31-year-old [[Moldovan|NORP]] national, had been arrested in [[Chisinau|GPE]] and would be extradited. [[Ciobanu|PERSON|Andrei Ciobanu]]’s lawyer said his client was innocent.
[[Britain|GPE]]’s [[National Crime Agency|ORG]] ([[NCA|ORG|National Crime Agency]]) said it had detained a 22-year-old man in [[Leeds|GPE]] who is accused of laundering the proceeds through cryptocurrency exchanges. The two other suspects, both believed to be living in [[Russia|GPE]], remain at large.
[[Europol|ORG]] helped seize the group’s servers. The [[NCA|ORG|National Crime Agency]]’s deputy director, [[Rachel Osei|PERSON]], said [[Russian|NORP]]-speaking gangs had made health services “their most profitable target”.
"""

DOCS["heldout4-21"] = """\
# Bumrah Rips Through Australia in Melbourne
[[Jasprit Bumrah|PERSON]] took six wickets as [[India|GPE]] bowled out [[Australia|GPE]] for 164 on the opening day of the fourth Test at the [[Melbourne Cricket Ground|FAC]], in front of a crowd of more than 87,000.
[[Australian|NORP]] captain [[Pat Cummins|PERSON]] chose to bat on a green pitch, but his top order collapsed to 38 for four before lunch. [[Steve Smith|PERSON]] made a patient 61 before he was caught behind off [[Mohammed Siraj|PERSON]], and only a late stand of 47 between [[Cummins|PERSON|Pat Cummins]] and [[Nathan Lyon|PERSON]] took the home side past 150.
In reply, [[India|GPE]] reached 72 for one at stumps, with [[Yashasvi Jaiswal|PERSON]] unbeaten on 40. The visitors lead the five-match series 2-1.
“He is the best bowler in the world, simple as that,” [[Indian|NORP]] captain [[Shubman Gill|PERSON]] said of [[Bumrah|PERSON|Jasprit Bumrah]], who has now taken 31 wickets in the series.
[[Cricket Australia|ORG]] said the attendance was a record for the first day of a Test at the [[MCG|FAC|Melbourne Cricket Ground]]. The [[Board of Control for Cricket in India|ORG]] ([[BCCI|ORG|Board of Control for Cricket in India]]) confirmed that fast bowler [[Akash Deep|PERSON]] had been ruled out of the final match at the [[Sydney Cricket Ground|FAC]] with a back injury.
"""

DOCS["heldout4-22"] = """\
# British Museum Agrees to Return Asante Gold to Ghana
The [[British Museum|ORG]] and the [[Victoria and Albert Museum|ORG]] ([[V&A|ORG|Victoria and Albert Museum]]) have agreed to return 32 gold and silver objects taken from the [[Asante|NORP]] royal court in the 19th century, the [[Ghanaian|NORP]] government said on Thursday.
The items, including a gold peace pipe and a ceremonial sword, were seized by [[British|NORP]] troops from the royal palace during the wars of the 1870s. They will go on permanent display at the [[Manhyia Palace Museum|FAC]] in [[Kumasi|GPE]].
The current king, [[Osei Tutu II|PERSON]], said the return marked “the healing of an old wound”. [[Ghana|GPE]]’s culture minister, [[Abla Dzifa Gomashie|PERSON]], thanked [[London|GPE]] for its “courage”.
The [[British Museum|ORG]] is barred by law from permanently giving away objects in its collection, so the transfer will take the form of a 99-year renewable loan. Its director, [[Nicholas Cullinan|PERSON]], said the agreement was “a model for the future”. Campaigners in [[Nigeria|GPE]], who want the return of thousands of objects looted from [[Benin City|GPE]] in 1897, said the deal did not go far enough.
"""
