# Held-out entity test set 3: hand-written, inline-annotated news texts (FICTION: invented
# events, numbers and quotes; real places, organisations and public figures appear next to
# invented people and companies).
# Markup as in ../dev/_make_dev.py:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]];
# a line starting with "# " is the doc's heading (kept in the text, listed under "headings",
# never annotated).  Canonical name defaults to ALIAS.get(surface, surface).

DOCS = {}

DOCS["heldout3-01"] = """\
# Envoys Meet in Istanbul as Shelling Continues
[[Russian|NORP]] and [[Ukrainian|NORP]] delegations met in [[Istanbul|GPE]] on Wednesday for a third round of talks on prisoner exchanges, hours after a drone struck an apartment block in [[Kharkiv|GPE]], killing five people, regional officials said.
The talks were hosted by [[Turkish|NORP]] Foreign Minister [[Hakan Fidan|PERSON]] at the [[Dolmabahçe Palace|FAC]]. [[Fidan|PERSON|Hakan Fidan]] told reporters afterwards that both sides had agreed in principle to swap 1,200 prisoners before the end of the month, but that a broader ceasefire remained "far away".
In [[Kyiv|GPE]], President [[Volodymyr Zelensky|PERSON]] said his delegation, led by security council secretary [[Rustem Umerov|PERSON]], had handed over a list of children deported to [[Russia|GPE]]. [[Zelensky|PERSON]] accused [[Moscow|GPE]] of using the talks to buy time for a summer offensive.
[[Kremlin|ORG]] spokesman [[Dmitry Peskov|PERSON]] said [[Vladimir Putin|PERSON]] had been briefed and described the talks as "businesslike". [[Peskov|PERSON|Dmitry Peskov]] declined to say whether [[Putin|PERSON]] would accept an invitation from [[Recep Tayyip Erdoğan|PERSON]] to meet his [[Ukrainian|NORP]] counterpart on neutral ground.
"""

DOCS["heldout3-02"] = """\
# Aid Convoys Stall at Gaza Border
Hundreds of lorries carrying food and medicine were stranded on the [[Egyptian|NORP]] side of the border with [[Gaza|GPE]] on Thursday after [[Israel|GPE]] suspended inspections at the crossing near [[Rafah|GPE]], aid agencies said.
The [[World Food Programme|ORG]] ([[WFP|ORG|World Food Programme]]) said flour stocks in northern [[Gaza|GPE]] would run out within ten days. Its regional director, [[Samir Haddad|PERSON]], said in [[Cairo|GPE]] that some drivers had been waiting in the desert for more than a week.
[[Israeli|NORP]] officials said the halt followed the discovery of weapons parts hidden in a shipment of generators. The office of Prime Minister [[Benjamin Netanyahu|PERSON]] said inspections would resume "once security arrangements have been reviewed".
[[UN|ORG]] Secretary-General [[António Guterres|PERSON]] called the delay unacceptable. [[Guterres|PERSON|António Guterres]] urged [[Washington|GPE]] to press its ally, and said clinics run by [[UNRWA|ORG]] in the south of the territory were treating hundreds of children for acute malnutrition. [[Qatar|GPE]]’s prime minister, Sheikh [[Mohammed bin Abdulrahman Al Thani|PERSON]], who has mediated between [[Israel|GPE]] and [[Hamas|ORG]] for two years, was due in [[Cairo|GPE]] on Friday.
"""

DOCS["heldout3-03"] = """\
# Merz Coalition Strikes Deal on Pensions
[[Germany|GPE]]’s governing coalition agreed early on Friday on a pensions package that had threatened to split it, ending a week of late-night talks at the [[Chancellery|FAC|German Chancellery]] in [[Berlin|GPE]].
Chancellor [[Friedrich Merz|PERSON]] said the compromise would hold the state pension at 48 per cent of average wages until 2031. [[Merz|PERSON|Friedrich Merz]]’s [[Christian Democratic Union|ORG]] ([[CDU|ORG|Christian Democratic Union]]) had balked at the cost, which the [[Finance Ministry|ORG|Federal Ministry of Finance (Germany)]] puts at €11bn a year, and 18 younger [[CDU|ORG|Christian Democratic Union]] lawmakers led by [[Jonas Albrecht|PERSON]] had threatened to vote against it.
Labour Minister [[Bärbel Bas|PERSON]] of the [[SPD|ORG|Social Democratic Party of Germany]] said the deal protected "people who have worked their whole lives". In return, [[Bas|PERSON|Bärbel Bas]] agreed to set up a commission on raising the retirement age, which [[Albrecht|PERSON|Jonas Albrecht]]’s group had demanded.
The far-right [[Alternative for Germany|ORG]] ([[AfD|ORG|Alternative for Germany]]), which is level with the [[CDU|ORG|Christian Democratic Union]] in several national polls, called the package a bill sent to the young. Co-leader [[Alice Weidel|PERSON]] said her party would challenge it at the [[Federal Constitutional Court|ORG]] in [[Karlsruhe|GPE]]. The [[Bundestag|ORG]] is expected to vote before Christmas.
"""

DOCS["heldout3-04"] = """\
# BJP-Led Alliance Takes Early Lead in Bihar
Counting began on Friday in [[Bihar|GPE]], where the [[Bharatiya Janata Party|ORG]] ([[BJP|ORG|Bharatiya Janata Party]]) and its regional allies were ahead in 141 of the state’s 243 assembly seats, according to early trends published by the [[Election Commission of India|ORG]].
Prime Minister [[Narendra Modi|PERSON]], who addressed 14 rallies in the state, thanked voters in a message from [[New Delhi|GPE]]. [[Modi|PERSON]] said the result was a vote for "development and stability".
Chief Minister [[Nitish Kumar|PERSON]], whose [[Janata Dal (United)|ORG]] is the [[BJP|ORG|Bharatiya Janata Party]]’s largest partner in the state, is on course for a record tenth term. Supporters set off firecrackers outside [[Kumar|PERSON|Nitish Kumar]]’s residence in [[Patna|GPE]].
The opposition alliance led by the [[Rashtriya Janata Dal|ORG]] ([[RJD|ORG|Rashtriya Janata Dal]]) and the [[Congress|ORG|Indian National Congress]] party was trailing badly. [[RJD|ORG|Rashtriya Janata Dal]] leader [[Tejashwi Yadav|PERSON]], 35, had promised a government job for every family. [[Yadav|PERSON|Tejashwi Yadav]] said he would wait for final results, while [[Congress|ORG|Indian National Congress]] leader [[Rahul Gandhi|PERSON]] repeated allegations that voters’ names had been struck off the rolls.
[[Indian|NORP]] shares rose as the results came in. Analysts said strong turnout among women, who received cash transfers under a state scheme, had favoured the ruling alliance.
"""

DOCS["heldout3-05"] = """\
[[Argentina|GPE]]’s peso and bonds rallied on Monday after President [[Javier Milei|PERSON]]’s party won a clear victory in midterm elections, strengthening his hand as he pushes for deeper cuts to public spending.
# Markets Cheer Milei Midterm Win
[[Milei|PERSON|Javier Milei]]’s [[La Libertad Avanza|ORG]] took almost 41 per cent of the national vote, according to official results, ahead of the [[Peronist|NORP]] coalition [[Fuerza Patria|ORG]] on 32 per cent. The party even edged ahead in [[Buenos Aires|GPE|Buenos Aires Province]] province, governed by [[Axel Kicillof|PERSON]], where it had lost by 13 points only two months earlier. [[Kicillof|PERSON|Axel Kicillof]] conceded shortly before midnight as [[Milei|PERSON|Javier Milei]]’s supporters celebrated outside the [[Casa Rosada|FAC]].
Economy Minister [[Luis Caputo|PERSON]] said the government would use the result to pass a labour reform and a tax overhaul. [[US|GPE]] Treasury Secretary [[Scott Bessent|PERSON]], whose department agreed a $20bn currency swap line with [[Argentina|GPE]]’s central bank in October, congratulated the president. [[Donald Trump|PERSON]] had said [[Washington|GPE]]’s support depended on the outcome.
Former president [[Cristina Fernández de Kirchner|PERSON]], who is serving a six-year sentence under house arrest in [[Buenos Aires|GPE]], told supporters that the vote reflected fear rather than hope. [[IMF|ORG]] Managing Director [[Kristalina Georgieva|PERSON]] said the fund would keep supporting the government’s programme.
"""

DOCS["heldout3-06"] = """\
# Japanese Toolmaker Agrees $14bn Deal for Dutch Rival
[[Kanemori Precision|ORG]], a [[Japanese|NORP]] maker of chip-inspection equipment, agreed on Tuesday to buy [[Dekker Photonics|ORG]] of the [[Netherlands|GPE]] for $14bn, the largest takeover of a [[European|NORP]] semiconductor supplier by a foreign buyer.
[[Kanemori|ORG|Kanemori Precision]] chief executive [[Hiroshi Tanabe|PERSON]] told a news conference in [[Tokyo|GPE]] that the combined group would be better placed to compete with [[ASML|ORG]] in advanced metrology. [[Tanabe|PERSON|Hiroshi Tanabe]] said [[Dekker|ORG|Dekker Photonics]] would keep its headquarters and 2,300 staff in [[Eindhoven|GPE]].
The deal needs approval from the [[European Commission|ORG]] and from the [[Dutch|NORP]] government, which tightened its screening of technology takeovers after [[Washington|GPE]] pressed allies to limit sales of chipmaking equipment to [[China|GPE]]. Economy Minister [[Vincent Karremans|PERSON]] said the government would "look carefully" at the bid.
Shares in [[Kanemori|ORG|Kanemori Precision]] fell 6 per cent, while [[Dekker|ORG|Dekker Photonics]] jumped 38 per cent. Its chairwoman, [[Ingrid Vos|PERSON]], said the board had rejected two earlier approaches this year, including one from a [[South Korean|NORP]] group, before agreeing terms last weekend.
"""

DOCS["heldout3-07"] = """\
# Oil Climbs as OPEC+ Pauses Output Increases
Oil prices rose more than 2 per cent on Monday after [[OPEC+|ORG]] agreed to pause planned production increases for the first three months of next year, citing weaker winter demand.
The group, led by [[Saudi Arabia|GPE]] and [[Russia|GPE]], made the decision at an online meeting on Sunday. [[Saudi|NORP]] Energy Minister Prince [[Abdulaziz bin Salman|PERSON]] called the pause "a prudent step" and denied that it was aimed at propping up prices.
Traders said tension in the [[Red Sea|LOC]], where [[Houthi|NORP]] forces in [[Yemen|GPE]] fired missiles at a tanker last week, had also added to the gains. Ship-tracking data from [[Kpler|ORG]] showed fewer tankers passing through the [[Strait of Hormuz|LOC]] since [[Iran|GPE]] seized a fuel carrier on Wednesday.
The [[International Energy Agency|ORG]] ([[IEA|ORG|International Energy Agency]]) still expects a large surplus next year. Its executive director, [[Fatih Birol|PERSON]], said in [[Paris|GPE]] that rising output in the [[Americas|LOC]] would outpace demand growth in [[Asia|LOC]]. [[Amrita Sen|PERSON]] of the consultancy [[Energy Aspects|ORG]] said [[Saudi Aramco|ORG]] was likely to cut its prices for [[Asian|NORP]] buyers this week.
"""

DOCS["heldout3-08"] = """\
# Top UN Court Orders Venezuela to Hold Off on Essequibo Vote
The [[International Court of Justice|ORG]] ([[ICJ|ORG|International Court of Justice]]) on Thursday ordered [[Venezuela|GPE]] not to hold regional elections in the [[Essequibo|LOC]], a territory administered by [[Guyana|GPE]] that [[Caracas|GPE]] claims as its own.
Reading the order at the [[Peace Palace|FAC]], the court’s president, [[Iwasawa Yuji|PERSON]], said the judges had found by 12 votes to 3 that such a vote risked "irreparable harm" to [[Guyana|GPE]]’s rights while the case was pending.
[[Venezuelan|NORP]] President [[Nicolás Maduro|PERSON]] said he did not recognise the court’s jurisdiction and that the vote would go ahead. [[Maduro|PERSON|Nicolás Maduro]] declared the disputed area a new [[Venezuelan|NORP]] state last year.
In [[Georgetown|GPE|Georgetown, Guyana]], President [[Irfaan Ali|PERSON]] welcomed the ruling. [[Ali|PERSON|Irfaan Ali]] said [[Guyanese|NORP]] troops would stay on alert along the [[Cuyuni River|LOC]], where soldiers were ambushed this year. Leaders of the [[Caribbean Community|ORG]] ([[Caricom|ORG|Caribbean Community]]) backed him, and [[ExxonMobil|ORG]], which leads a consortium pumping about 900,000 barrels a day off [[Guyana|GPE]]’s coast, declined to comment.
"""

DOCS["heldout3-09"] = """\
# Trade Court Strikes Down Steel Tariff Increase
A federal trade court in [[New York|GPE]] ruled on Wednesday that [[Donald Trump|PERSON]] exceeded his powers when he doubled tariffs on steel from [[Canada|GPE]] and [[Mexico|GPE]], dealing a blow to the centrepiece of his trade policy.
A three-judge panel of the [[US Court of International Trade|ORG|United States Court of International Trade]] found that the emergency law cited by the [[White House|ORG]] did not allow tariffs of unlimited size or duration. The case was brought by [[Harbor Line Fasteners|ORG]], a family-owned company in [[Toledo|GPE|Toledo, Ohio]], [[Ohio|GPE]], and four other importers.
Company president [[Dana Whitcombe|PERSON]] said the duties had doubled the cost of the wire it buys. [[Whitcombe|PERSON|Dana Whitcombe]]’s lawyers argued that only [[Congress|ORG|United States Congress]] could impose taxes of that kind.
[[White House|ORG]] spokeswoman [[Karoline Leavitt|PERSON]] said the administration would appeal to the [[Federal Circuit|ORG|United States Court of Appeals for the Federal Circuit]] and, if necessary, to the [[Supreme Court|ORG|Supreme Court of the United States]]. Commerce Secretary [[Howard Lutnick|PERSON]] told [[CNBC|ORG]] the tariffs would stay in place during the appeal. [[Canadian|NORP]] Prime Minister [[Mark Carney|PERSON]] welcomed the decision but said [[Ottawa|GPE]] would keep its counter-tariffs for now.
"""

DOCS["heldout3-10"] = """\
# Mpox Cases Climb in Eastern Congo
Suspected mpox cases in the east of the [[Democratic Republic of the Congo|GPE]] have risen by 60 per cent in a month as fighting between the army and [[M23|ORG]] rebels disrupts vaccination, the [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) said on Tuesday.
Most new cases were in [[South Kivu|GPE]] province, where the [[Rwanda|GPE]]-backed rebels seized the provincial capital, [[Bukavu|GPE]], earlier this year. The [[WHO|ORG|World Health Organization]] said 11 health centres near [[Lake Kivu|LOC]] had closed.
[[Jean Kaseya|PERSON]], director-general of the [[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]], said 400,000 doses donated by [[Japan|GPE]] and the [[EU|ORG]] were stuck in warehouses in [[Kinshasa|GPE]]. [[Congolese|NORP]] Health Minister [[Samuel-Roger Kamba|PERSON]] said the government was working with the [[International Committee of the Red Cross|ORG]] to reopen [[Goma International Airport|FAC]], which has been closed since the rebels took the city.
[[Médecins Sans Frontières|ORG]] ([[MSF|ORG|Médecins Sans Frontières]]), which runs a treatment centre near the lake, said it had seen a rise in severe cases among young children. Its emergency coordinator, [[Claire Moreau|PERSON]], said families were arriving from villages that no aid agency had reached for months.
"""

DOCS["heldout3-11"] = """\
# Resident Doctors in England Back Further Strikes
Resident doctors in [[England|GPE]] have voted to extend their strike mandate by six months, the [[British Medical Association|ORG]] ([[BMA|ORG|British Medical Association]]) said on Monday, raising the prospect of walkouts through the winter.
The union said 89 per cent of members who took part had backed further action, on a turnout of 55 per cent. [[Farah Qureshi|PERSON]], who chairs the [[BMA|ORG|British Medical Association]]’s resident doctors committee, said pay had fallen by a fifth in real terms since 2008.
Health Secretary [[Wes Streeting|PERSON]] called the result "deeply disappointing" and said figures from [[NHS England|ORG]] showed the last round of strikes had cost £300m. [[Streeting|PERSON|Wes Streeting]] has offered to cut exam fees but has ruled out reopening this year’s pay award. [[Downing Street|ORG]] said Prime Minister [[Keir Starmer|PERSON]] fully backed him.
Hospital leaders warned of the effect on waiting lists, which stand at 7.4 million. [[Sarah Whitfield|PERSON]], chief executive of [[Leeds Teaching Hospitals NHS Trust|ORG]], said 3,000 operations had been postponed during the last walkout. The [[King’s Fund|ORG]] think tank said repeated strikes risked undoing recent gains.
Doctors in [[Scotland|GPE]], where a separate deal was agreed with the [[Scottish Government|ORG]], and in [[Wales|GPE]] are not affected. [[Conservative|NORP]] health spokesman [[Stuart Andrew|PERSON]] said ministers had "lost control" of the dispute.
"""

DOCS["heldout3-12"] = """\
Authorities in the [[Swiss|NORP]] canton of [[Valais|GPE]] ordered the evacuation of 160 residents from the village of [[Kippel|GPE]] on Saturday after geologists warned that part of a mountain above the [[Lötschental|LOC]] valley could collapse onto a glacier within days.
Cracks on the [[Kleines Nesthorn|LOC]] widened by 1.2 metres overnight, said [[Raphaël Mayoraz|PERSON]], head of the canton’s natural hazards service. [[Mayoraz|PERSON|Raphaël Mayoraz]] said rock falling onto the [[Birch Glacier|LOC]] below could trigger a landslide reaching the valley floor.
# Valais Village Evacuated as Mountain Cracks
Glaciologist [[Matthias Huss|PERSON]] of [[ETH Zurich|ORG]], who monitors glaciers for the [[Federal Office for the Environment|ORG|Swiss Federal Office for the Environment]] ([[FOEN|ORG|Swiss Federal Office for the Environment]]), said thawing permafrost across the [[Alps|LOC]] was making such collapses more frequent.
In [[Bern|GPE]], President [[Karin Keller-Sutter|PERSON]] promised federal help, and the [[Swiss Army|ORG|Swiss Armed Forces]] sent two helicopters to move livestock. Engineers fear that debris could dam the [[Lonza|LOC|Lonza (river)]], which flows into the [[Rhône|LOC]], and flood the neighbouring village of [[Wiler|GPE]].
Residents of [[Kippel|GPE]] were allowed to return briefly on Sunday to collect belongings. Many are staying with relatives or in hotels in the valley, and the canton said schools would stay closed for at least a week.
"""

DOCS["heldout3-13"] = """\
# Mekong Falls to Record Low as Drought Grips Region
The [[Mekong|LOC|Mekong River]] has fallen to its lowest level for the time of year since records began, threatening rice harvests in [[Vietnam|GPE]] and fish stocks in [[Cambodia|GPE]], the [[Mekong River Commission|ORG]] ([[MRC|ORG|Mekong River Commission]]) said on Wednesday.
The river was 2.4 metres below its seasonal average at [[Vientiane|GPE]], and the flow into [[Cambodia|GPE]]’s [[Tonle Sap|LOC]] lake had almost stopped. The commission’s chief executive, [[Anoulak Kittikhoun|PERSON]], blamed a weak monsoon but said upstream dams had "changed the river’s pulse".
[[China|GPE]] operates 11 large dams on the upper river in [[Yunnan|GPE]] province, where it is known as the [[Lancang|LOC|Mekong River]]. [[Brian Eyler|PERSON]] of the [[Stimson Center|ORG]] in [[Washington|GPE]] said satellite images showed the reservoir behind the [[Jinghong Dam|FAC]] was almost full. [[Beijing|GPE]] says its dams help to ease droughts downstream.
In [[Vietnam|GPE]]’s [[Mekong Delta|LOC]], salt water has pushed 60 km inland, the furthest in a decade. [[Nguyen Van Hai|PERSON]], a rice farmer, said he had lost half his crop, and [[Vietnamese|NORP]] officials said tankers were delivering drinking water to 40,000 households.
"""

DOCS["heldout3-14"] = """\
# Bumrah Leads India to Victory in Melbourne
[[India|GPE]] beat [[Australia|GPE]] by 184 runs at the [[Melbourne Cricket Ground|FAC]] on Monday to take a 2-1 lead in the five-match series, with [[Jasprit Bumrah|PERSON]] taking six wickets on the final day.
Set 340 to win, [[Australia|GPE]] were bowled out for 155 shortly after lunch. [[Bumrah|PERSON|Jasprit Bumrah]] removed [[Travis Head|PERSON]] and [[Steve Smith|PERSON]] in the same over, and only [[Head|PERSON|Travis Head]], who made 61, offered much resistance.
[[Indian|NORP]] captain [[Shubman Gill|PERSON]] praised debutant [[Arjun Mehra|PERSON]], a 21-year-old leg-spinner who took seven wickets in the match. [[Gill|PERSON|Shubman Gill]] said the side had been written off after losing the first Test.
[[Australian|NORP]] captain [[Pat Cummins|PERSON]] said his batters had been "second best for five days". [[Cummins|PERSON|Pat Cummins]] is expected to keep the same side despite calls to recall the opener dropped after the first Test. A crowd of 87,000 attended the final day at the [[MCG|FAC|Melbourne Cricket Ground]], a record for the fifth day of a Test.
[[Cricket Australia|ORG]] said it would review the pitch after complaints from both teams, and the [[Board of Control for Cricket in India|ORG]] ([[BCCI|ORG|Board of Control for Cricket in India]]) backed the request. The fourth Test begins in [[Sydney|GPE]] on Friday.
"""

DOCS["heldout3-15"] = """\
# Mbappé Double Keeps Real Madrid Top
[[Kylian Mbappé|PERSON]] scored twice as [[Real Madrid|ORG]] beat [[Sevilla|ORG]] 3-1 at the [[Santiago Bernabéu|FAC]] on Saturday to stay three points clear of [[Barcelona|ORG]] at the top of [[La Liga|ORG]].
The [[French|NORP]] forward opened the scoring from the penalty spot after [[Vinícius Júnior|PERSON]] was brought down by defender [[Marcos Ortega|PERSON]]. [[Mbappé|PERSON|Kylian Mbappé]] added a second before half-time, and [[Jude Bellingham|PERSON]] headed in a third from a corner before the visitors scored a late consolation.
[[Madrid|ORG|Real Madrid]] coach [[Xabi Alonso|PERSON]] said his team had "controlled the game from the first minute". [[Alonso|PERSON|Xabi Alonso]] has lost only once in the league since taking over. [[Barcelona|ORG]] play [[Atlético Madrid|ORG]] at the [[Metropolitano|FAC|Metropolitano Stadium]] on Sunday.
The [[Royal Spanish Football Federation|ORG]] ([[RFEF|ORG|Royal Spanish Football Federation]]) said it was investigating chants aimed at [[Vinícius|PERSON|Vinícius Júnior]] by a group of visiting fans. The [[Brazilian|NORP]] has been the target of racist abuse at several grounds, and the club said it had passed video footage to police.
"""

DOCS["heldout3-16"] = """\
# Brussels Opens Inquiry Into Chatbot Training Data
The [[European Commission|ORG]] opened a formal investigation on Thursday into whether [[OpenAI|ORG]] broke [[EU|ORG]] rules by training its models on personal data taken from [[European|NORP]] websites without consent.
[[Commission|ORG|European Commission]] executive vice-president [[Henna Virkkunen|PERSON]] said the company had failed to answer questions sent in the spring. [[Virkkunen|PERSON|Henna Virkkunen]] said fines could reach 4 per cent of global turnover.
[[OpenAI|ORG]], which is based in [[San Francisco|GPE]], said it would co-operate. Chief executive [[Sam Altman|PERSON]] has warned that [[Europe|LOC]] risks falling behind the [[US|GPE]] and [[China|GPE]] in artificial intelligence. [[Altman|PERSON|Sam Altman]] met [[French|NORP]] President [[Emmanuel Macron|PERSON]] last month to discuss a data centre project.
The case follows a complaint from [[noyb|ORG]], a privacy group founded by the lawyer [[Max Schrems|PERSON]], who said the inquiry was "years overdue". [[Washington|GPE]] has criticised [[Brussels|GPE]]’s technology rules as an attack on [[American|NORP]] companies.
"""

DOCS["heldout3-17"] = """\
# Record Cocaine Haul Seized at Antwerp
[[Belgian|NORP]] customs officers have seized 14 tonnes of cocaine hidden in containers of bananas at the port of [[Antwerp|GPE]], the largest single haul in the country’s history, prosecutors said on Friday.
The shipment came from [[Guayaquil|GPE]] in [[Ecuador|GPE]] and was unloaded at the [[Deurganck Dock|FAC]] after being tracked with help from [[Europol|ORG]] and the [[US Drug Enforcement Administration|ORG|Drug Enforcement Administration]] ([[DEA|ORG|Drug Enforcement Administration]]). Federal prosecutor [[Ann Fransen|PERSON]] said 19 people had been arrested in two countries, including two dockworkers.
[[Fransen|PERSON|Ann Fransen]] said the network was run by [[Albanian|NORP]] brokers working with the [[Ecuadorean|NORP]] gang [[Los Lobos|ORG]]. Its suspected leader, [[Dritan Hoxha|PERSON]], was detained in [[Dubai|GPE]] last month at [[Belgium|GPE]]’s request.
Justice Minister [[Annelies Verlinden|PERSON]] said she would press the [[United Arab Emirates|GPE]] to extradite [[Hoxha|PERSON|Dritan Hoxha]] quickly. The [[Port of Antwerp-Bruges|ORG]], which runs the docks, said it would install 20 more container scanners next year.
"""

DOCS["heldout3-18"] = """\
The former finance director of collapsed lender [[Halbury Capital|ORG]] moved millions of pounds of investors’ money through shell companies in [[Cyprus|GPE]] and the [[British Virgin Islands|GPE]], a jury at [[Southwark Crown Court|ORG]] heard on Tuesday.
# Jury Told of Offshore Transfers at Collapsed Lender
[[Graham Whitlock|PERSON]], 58, of [[Guildford|GPE]], denies fraud and money laundering. Opening the case for the [[Serious Fraud Office|ORG]] ([[SFO|ORG|Serious Fraud Office]]), [[Rosalind Achebe|PERSON]] KC said [[Whitlock|PERSON|Graham Whitlock]] had hidden losses of £240m from the company’s auditors, [[Grant Thornton|ORG]].
[[Achebe|PERSON|Rosalind Achebe]] told jurors that [[Halbury|ORG|Halbury Capital]], which lent to small builders in south-east [[England|GPE]], collapsed in 2022 owing money to 11,000 savers. Many had invested after seeing advertisements in the [[Daily Mail|ORG]]. The company’s founder, [[Peter Halbury|PERSON]], died in 2021, and the jury heard that [[Whitlock|PERSON|Graham Whitlock]] then signed off transfers worth £31m to a company he secretly controlled.
The [[Financial Conduct Authority|ORG]] ([[FCA|ORG|Financial Conduct Authority]]) was criticised by MPs last year for failing to act on warnings about [[Halbury|ORG|Halbury Capital]]. Judge [[Nicholas Hart|PERSON]] told jurors the trial would last about ten weeks.
"""

DOCS["heldout3-19"] = """\
# Louvre Reopens Egyptian Galleries After Overhaul
The [[Louvre|ORG]] reopened its [[Egyptian|NORP]] antiquities galleries on Wednesday after a three-year, €60m renovation that added climate control and new lighting for about 6,000 objects.
Museum director [[Laurence des Cars|PERSON]] said the rooms had been "rethought from the floor up". [[des Cars|PERSON|Laurence des Cars]] said most of the cost was met by [[Fondation Aurelle|ORG]], set up by the [[Lebanese|NORP]]-[[French|NORP]] collector [[Nadim Aurelle|PERSON]].
Culture Minister [[Rachida Dati|PERSON]], who attended the opening, said the galleries showed [[France|GPE]]’s commitment to scholarship. [[Dati|PERSON|Rachida Dati]] did not take questions about security at the museum.
[[Egypt|GPE]]’s former antiquities minister [[Zahi Hawass|PERSON]] used the occasion to renew calls for the return of objects taken during [[Napoleon|PERSON]]’s campaign. [[Hawass|PERSON|Zahi Hawass]] said they belonged in the [[Grand Egyptian Museum|FAC]], which opened near the pyramids of [[Giza|GPE]] in November.
Visitors queued beneath [[I. M. Pei|PERSON]]’s glass pyramid in the rain. Inside the [[Louvre|FAC]], fragile papyri have been moved away from the basements, which are at risk if the [[Seine|LOC]] floods; reserve collections now go to a storage centre in [[Liévin|GPE]], in northern [[France|GPE]].
"""

DOCS["heldout3-20"] = """\
# Takaichi Survives No-Confidence Motion
[[Japan|GPE]]’s Prime Minister [[Sanae Takaichi|PERSON]] survived a no-confidence motion in the lower house of the [[Diet|ORG|National Diet]] on Thursday, despite the loss of her longest-standing coalition partner.
The motion, tabled by the [[Constitutional Democratic Party of Japan|ORG]] ([[CDP|ORG|Constitutional Democratic Party of Japan]]), was defeated by 247 votes to 196. [[CDP|ORG|Constitutional Democratic Party of Japan]] leader [[Yoshihiko Noda|PERSON]] accused [[Takaichi|PERSON|Sanae Takaichi]] of mishandling rice prices and a political funding scandal. [[Noda|PERSON|Yoshihiko Noda]], a former prime minister, said the opposition would keep pressing.
[[Takaichi|PERSON|Sanae Takaichi]]’s [[Liberal Democratic Party|ORG]] ([[LDP|ORG|Liberal Democratic Party]]) lacks a majority on its own and relies on the [[Japan Innovation Party|ORG]]. [[Komeito|ORG]], the [[LDP|ORG|Liberal Democratic Party]]’s partner for 26 years, left the coalition in October and voted for the motion.
The vote came amid a diplomatic row with [[China|GPE]] over her remarks about [[Taiwan|GPE]]. [[Beijing|GPE]] has advised [[Chinese|NORP]] citizens not to travel to [[Japan|GPE]], and Chief Cabinet Secretary [[Minoru Kihara|PERSON]] said the government had lodged a protest. The yen weakened after the vote.
"""

DOCS["heldout3-21"] = """\
# Carney Budget Clears Key Commons Vote
Prime Minister [[Mark Carney|PERSON]]’s minority government survived a confidence vote on its first budget on Monday after two opposition members abstained, averting a snap election, officials in [[Ottawa|GPE]] said.
The budget passed the [[House of Commons|ORG|House of Commons of Canada]] by 170 votes to 168. Finance Minister [[François-Philippe Champagne|PERSON]] said the $78bn deficit was needed to shield [[Canadian|NORP]] workers from [[US|GPE]] tariffs on steel, aluminium and lumber. [[Champagne|PERSON|François-Philippe Champagne]] promised to balance day-to-day spending within three years.
[[Conservative|NORP]] leader [[Pierre Poilievre|PERSON]] called it "a credit card budget". [[Poilievre|PERSON|Pierre Poilievre]]’s party voted against, as did the [[Bloc Québécois|ORG]]. Two members of the [[New Democratic Party|ORG]] ([[NDP|ORG|New Democratic Party]]) abstained, defying interim leader [[Don Davies|PERSON]].
One of them, [[Meghan Tully|PERSON]], who represents a district in [[Winnipeg|GPE]], said an election "would help nobody". The [[NDP|ORG|New Democratic Party]] has seven seats.
[[Alberta|GPE]] Premier [[Danielle Smith|PERSON]] said the budget did too little for a new oil pipeline to the coast of [[British Columbia|GPE]]. [[Carney|PERSON|Mark Carney]], a former governor of the [[Bank of Canada|ORG]], said the pipeline would be decided on its merits.
"""

DOCS["heldout3-22"] = """\
# Manila Protests After Water Cannon Attack Near Shoal
The [[Philippines|GPE]] summoned [[China|GPE]]’s ambassador on Monday after a [[China Coast Guard|ORG]] ship fired water cannon at a supply boat near [[Second Thomas Shoal|LOC]] in the [[South China Sea|LOC]], injuring three sailors.
[[Philippine Coast Guard|ORG]] spokesman [[Jay Tarriela|PERSON]] said the boat had been carrying food to marines stationed on the BRP Sierra Madre, a warship that was deliberately grounded on the reef in 1999. [[Tarriela|PERSON|Jay Tarriela]] released video showing the boat’s windows shattered.
President [[Ferdinand Marcos Jr.|PERSON]] said [[Manila|GPE]] would "not be intimidated" and ordered the navy to escort future supply missions.
[[Chinese|NORP]] [[Foreign Ministry|ORG|Ministry of Foreign Affairs (China)]] spokeswoman [[Mao Ning|PERSON]] said the [[Philippine|NORP]] vessel had "intruded" into waters near [[Ren’ai Reef|LOC|Second Thomas Shoal]], as [[China|GPE]] calls the shoal. The [[State Department|ORG]] said [[Washington|GPE]]’s defence treaty with [[Manila|GPE]] covered attacks on coast guard vessels, and [[Marcos|PERSON|Ferdinand Marcos Jr.]] is due to discuss the incident with [[Japanese|NORP]] Prime Minister [[Sanae Takaichi|PERSON]] this week.
"""
