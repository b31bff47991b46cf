# Entity held-out test set 6: hand-written, inline-annotated news texts (FICTION: invented events,
# numbers and quotes; real public figures, places and organisations appear alongside invented
# people and companies).
# Markup as in ../dev/_make_dev.py:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]];
# a line starting with "# " is the doc's heading (kept in the text, listed under "headings",
# never annotated).  Canonical name defaults to ALIAS.get(surface, surface) (see ../dev/_make_dev.py).

DOCS = {}

DOCS["heldout6-01"] = """\
# Envoys Meet in Geneva as Ceasefire Talks Resume
[[Russian|NORP]] and [[Ukrainian|NORP]] negotiators met in [[Geneva|GPE]] on Wednesday for their first face-to-face talks in four months, with [[Swiss|NORP]] and [[Turkish|NORP]] diplomats shuttling between the two delegations at a lakeside hotel.
[[Kremlin|ORG]] spokesman [[Dmitry Peskov|PERSON]] said [[Moscow|GPE]] expected "no breakthroughs" but was ready to discuss prisoner exchanges and the safety of the [[Zaporizhzhia nuclear power plant|FAC]]. [[Peskov|PERSON|Dmitry Peskov]] added that President [[Vladimir Putin|PERSON]] had been briefed overnight by his chief negotiator, [[Vladimir Medinsky|PERSON]]. [[Medinsky|PERSON|Vladimir Medinsky]] also led the delegation at earlier rounds in [[Istanbul|GPE]].
In [[Kyiv|GPE]], President [[Volodymyr Zelensky|PERSON]] said his team, led by [[Rustem Umerov|PERSON]], would not discuss territory while [[Russian|NORP]] troops continued to advance near [[Pokrovsk|GPE]]. "We came to talk about people, not maps," [[Umerov|PERSON|Rustem Umerov]] told reporters outside the [[Palais des Nations|FAC]].
The [[United Nations|ORG]] and the [[International Committee of the Red Cross|ORG]] ([[ICRC|ORG|International Committee of the Red Cross]]) have offered to oversee any exchange. [[Washington|GPE]] sent an observer from the [[State Department|ORG|United States Department of State]], while [[EU|ORG]] foreign policy chief [[Kaja Kallas|PERSON]] said [[Brussels|GPE]] would back "any step that brings a just and lasting peace to [[Ukraine|GPE]]".
"""

DOCS["heldout6-02"] = """\
# Dutch Coalition Talks Collapse Over Asylum Rules
Talks to form a new [[Dutch|NORP]] government collapsed on Friday after the [[Party for Freedom|ORG]] ([[PVV|ORG|Party for Freedom]]) walked out of negotiations in [[The Hague|GPE]], leaving the [[Netherlands|GPE]] facing several more months of caretaker rule.
[[PVV|ORG|Party for Freedom]] leader [[Geert Wilders|PERSON]] accused his would-be partners of "watering down every promise we made to voters" on asylum. [[Wilders|PERSON|Geert Wilders]]’s party finished first in the election but is 40 seats short of a majority in the 150-seat lower house.
The mediator appointed by parliament, former [[Groningen|GPE]] mayor [[Anneke Stoel|PERSON]], said she would report to the [[House of Representatives|ORG|House of Representatives of the Netherlands]] next week. [[Stoel|PERSON|Anneke Stoel]] declined to say whether she still saw a path to a deal.
[[Christian Democratic Appeal|ORG]] leader [[Henri Bontenbal|PERSON]] said his party had been willing to tighten the rules on family reunification but would not breach [[European|NORP]] law. The centrist [[D66|ORG]], whose leader [[Rob Jetten|PERSON]] had hoped to become prime minister, said fresh elections could not be ruled out.
Analysts at [[ING|ORG]] in [[Amsterdam|GPE]] said bond markets had barely reacted to the news.
"""

DOCS["heldout6-03"] = """\
# Yen Slides as Bank of Japan Holds Rates
The yen fell to its weakest level against the dollar in three months on Thursday after the [[Bank of Japan|ORG]] ([[BOJ|ORG|Bank of Japan]]) left interest rates unchanged and signalled no hurry to tighten policy.
Governor [[Kazuo Ueda|PERSON]] told a news conference in [[Tokyo|GPE]] that the bank wanted more evidence that wage gains were spreading to smaller firms. [[Ueda|PERSON|Kazuo Ueda]]’s comments lifted the benchmark index by 1.4%, with exporters such as [[Toyota|ORG]] and [[Sony|ORG]] leading the gains.
Finance Minister [[Katsunobu Kato|PERSON]] said [[Japan|GPE]] was watching currency moves "with a high sense of urgency", language that traders read as a warning of possible intervention. The [[Ministry of Finance|ORG|Ministry of Finance (Japan)]] last sold dollars to prop up the yen two years ago.
In [[Seoul|GPE]], the won also weakened, while [[Chinese|NORP]] stocks in [[Shanghai|GPE]] and [[Hong Kong|GPE]] were mixed. "The market had hoped for a hawkish surprise and did not get one," said [[Mariko Tanabe|PERSON]], chief strategist at [[Daiwa Securities|ORG]]. [[Tanabe|PERSON|Mariko Tanabe]] still expects the [[BOJ|ORG|Bank of Japan]] to raise rates in January.
"""

DOCS["heldout6-04"] = """\
The [[EU|ORG]]’s top court on Tuesday upheld a €410m fine imposed on [[Meta|ORG]] by [[Ireland|GPE]]’s [[Data Protection Commission|ORG]], rejecting the company’s argument that [[Irish|NORP]] regulators had overstepped their powers.
# EU Court Upholds Meta Privacy Fine
Judges at the [[Court of Justice of the European Union|ORG]] in [[Luxembourg|GPE]] said the regulator had been right to find that the company relied on an unlawful legal basis to show personalised advertising to millions of users across [[Europe|LOC]].
[[Meta|ORG]] said it was "disappointed" but would comply. Speaking in [[Dublin|GPE]], [[Des Hogan|PERSON]], one of the commission’s two commissioners, said the judgment "settles the question for every platform operating here".
Privacy campaigner [[Max Schrems|PERSON]], whose [[Vienna|GPE]]-based group [[noyb|ORG]] brought the original complaint, said the ruling should push [[Silicon Valley|LOC]] to "finally take [[European|NORP]] law seriously". [[Schrems|PERSON|Max Schrems]] has filed similar complaints against [[Google|ORG]] and [[TikTok|ORG]].
The [[European Commission|ORG]] is separately investigating whether the company’s pay-or-consent model breaches the bloc’s digital competition rules. A spokesperson in [[Brussels|GPE]] said a decision was expected before the summer.
"""

DOCS["heldout6-05"] = """\
# Cholera Spreads in Sudan as Rains Flood Camps
A cholera outbreak in [[Sudan|GPE]] has killed at least 340 people in the past month, the [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) said on Monday, as seasonal rains flooded displacement camps in [[Darfur|LOC]] and [[Kordofan|LOC]].
[[WHO|ORG|World Health Organization]] Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] said vaccine stocks were "dangerously low". [[Tedros|PERSON|Tedros Adhanom Ghebreyesus]] urged both the [[Sudanese|NORP]] army and the paramilitary [[Rapid Support Forces|ORG]] ([[RSF|ORG|Rapid Support Forces]]) to let aid convoys through.
[[Médecins Sans Frontières|ORG]] said its clinic in [[Tawila|GPE]], west of [[El Fasher|GPE]], was treating 200 patients a day. "We are running out of everything, from saline to soap," said [[Hélène Martel|PERSON]], who leads the charity’s emergency team in the area. [[Martel|PERSON|Hélène Martel]] said two of its trucks had been held at a checkpoint for nine days.
The army-backed government in [[Port Sudan|GPE]] blamed the [[RSF|ORG|Rapid Support Forces]] for blocking supplies. [[UNICEF|ORG]] said more than half of the recorded cases were children under ten. Neighbouring [[Chad|GPE]] reported its first cases on Sunday in camps for [[Sudanese|NORP]] refugees near the border town of [[Adré|GPE]].
"""

DOCS["heldout6-06"] = """\
# Island States Press for Loss and Damage Cash
Ministers from small island states including [[Tuvalu|GPE]], [[Vanuatu|GPE]] and the [[Marshall Islands|GPE]] demanded on Thursday that rich countries triple their contributions to a fund for climate disasters, as mid-year talks opened in [[Bonn|GPE]].
The [[Alliance of Small Island States|ORG]] ([[AOSIS|ORG|Alliance of Small Island States]]) said the [[Fund for Responding to Loss and Damage|ORG]] had received less than $800m in pledges. [[Vanuatu|GPE]]’s climate minister, [[Ralph Regenvanu|PERSON]], said that "would not rebuild a single province" after last year’s cyclones. [[Regenvanu|PERSON|Ralph Regenvanu]] called for a levy on shipping and aviation.
[[Simon Stiell|PERSON]], the [[UN|ORG]] climate chief, told delegates that countries had to arrive at the COP30 summit in [[Belém|GPE]] with new national plans. [[Brazil|GPE]]’s chief negotiator, [[Túlio Andrade|PERSON]], said the host would push for a road map on finance.
[[German|NORP]] development minister [[Reem Alabali-Radovan|PERSON]] pledged a further €60m, saying [[Berlin|GPE]] would not "step back while others do". [[Saudi Arabia|GPE]] and [[Russia|GPE]] objected to a proposal to put fossil fuel subsidies on the agenda, delaying the opening session by three hours.
"""

DOCS["heldout6-07"] = """\
# Australia Clinch Series at the MCG
[[Australia|GPE]] beat [[India|GPE]] by six wickets at the [[Melbourne Cricket Ground|FAC]] on Sunday to take an unassailable 3-1 lead in the five-match Test series, in front of a crowd of more than 87,000.
Captain [[Pat Cummins|PERSON]] took four wickets on the final morning as the visitors collapsed from 188 for three to 231 all out. [[Cummins|PERSON|Pat Cummins]] said his bowlers had "stuck to a plan that is boring, but it works".
[[Indian|NORP]] opener [[Yashasvi Jaiswal|PERSON]] made 84 before edging [[Scott Boland|PERSON]] to slip. [[Jaiswal|PERSON|Yashasvi Jaiswal]]’s dismissal triggered a slide of seven wickets for 43 runs, and [[Shubman Gill|PERSON]]’s side will now play only for pride in [[Sydney|GPE]].
[[Travis Head|PERSON]] hit the winning runs with an hour to spare. [[Cricket Australia|ORG]] chief executive [[Todd Greenberg|PERSON]] called it "a summer people will talk about for years", while the [[Board of Control for Cricket in India|ORG]] ([[BCCI|ORG|Board of Control for Cricket in India]]) said it would review the team’s preparation once the squad returned to [[Mumbai|GPE]].
"""

DOCS["heldout6-08"] = """\
# TSMC Delays Second Arizona Plant
[[Taiwan Semiconductor Manufacturing Company|ORG]] ([[TSMC|ORG|Taiwan Semiconductor Manufacturing Company]]) said on Thursday it would push back production at its second factory in [[Phoenix|GPE]], [[Arizona|GPE]], by a year, citing a shortage of skilled workers and higher construction costs.
Chairman [[C.C. Wei|PERSON]] told analysts in [[Hsinchu|GPE]] that the company remained "fully committed" to its [[American|NORP]] expansion. [[Wei|PERSON|C.C. Wei]] said the first plant was already making chips for [[Apple|ORG]] and [[Nvidia|ORG]].
[[US|GPE]] Commerce Secretary [[Howard Lutnick|PERSON]] said the delay would not affect grants promised by the [[Trump|PERSON]] administration. [[Lutnick|PERSON|Howard Lutnick]] is due to visit the site next month. A [[Commerce Department|ORG|United States Department of Commerce]] official said the agency was in "daily contact" with the company.
In [[Taipei|GPE]], [[Taiwanese|NORP]] economy minister [[Kung Ming-hsin|PERSON]] said the island’s most advanced chips would continue to be made at home. Lawmakers from the opposition [[Kuomintang|ORG]] have accused the government of letting [[Washington|GPE]] hollow out the industry.
Rival [[Samsung Electronics|ORG]] has faced similar problems at its plant in [[Taylor|GPE|Taylor, Texas]], [[Texas|GPE]], where output is now expected to start next year.
"""

DOCS["heldout6-09"] = """\
# Europol Busts Cocaine Ring Using Antwerp Docks
Police in [[Belgium|GPE]], the [[Netherlands|GPE]] and [[Spain|GPE]] arrested 31 people in coordinated raids, [[Europol|ORG]] said on Tuesday, dismantling a network that smuggled cocaine from [[Ecuador|GPE]] through [[Antwerp|GPE]]’s docks.
Investigators seized eight tonnes of the drug hidden in banana containers shipped from [[Guayaquil|GPE]]. Among those held were two customs officers and a 44-year-old [[Dutch|NORP]] national described as the group’s logistics chief.
[[Belgian|NORP]] federal prosecutor [[Ann Fransen|PERSON]] said the suspected leader, [[Rico Vermeulen|PERSON]], had been arrested in [[Dubai|GPE]] and was awaiting extradition from the [[United Arab Emirates|GPE]]. [[Fransen|PERSON|Ann Fransen]] said [[Vermeulen|PERSON|Rico Vermeulen]] had run the operation through encrypted phones from a villa overlooking the [[Persian Gulf|LOC]].
The [[Spanish|NORP]] [[Guardia Civil|ORG]] raided warehouses in [[Algeciras|GPE]] and [[Málaga|GPE]]. [[Europol|ORG]] executive director [[Catherine De Bolle|PERSON]] said the case showed that gangs were moving to smaller ports as checks in [[Rotterdam|GPE]] tightened. "They go wherever the door is open," she said.
"""

DOCS["heldout6-10"] = """\
# Oxford Museum Returns Benin Bronzes
The [[Pitt Rivers Museum|ORG]] at the [[University of Oxford|ORG]] handed over 12 bronze and ivory objects to [[Nigeria|GPE]]’s [[National Commission for Museums and Monuments|ORG]] at a ceremony in [[Benin City|GPE]] on Saturday.
The items were taken by [[British|NORP]] troops during the looting of the royal palace in 1897. Oba [[Ewuare II|PERSON]], the traditional ruler of [[Benin|GPE|Kingdom of Benin]], received them in a procession watched by thousands of residents.
"This is not a gift, it is a homecoming," said [[Olugbile Holloway|PERSON]], director general of the commission. [[Holloway|PERSON|Olugbile Holloway]] said the pieces would go on display at a new museum due to open next year. [[Edo|GPE|Edo State]] state governor [[Monday Okpebholo|PERSON]] promised funding for its security.
Museum director [[Laura Van Broekhoven|PERSON]] said the return had been approved by the university in 2022, but transport had been delayed by insurance disputes. [[Van Broekhoven|PERSON|Laura Van Broekhoven]] said talks on a second group of objects were under way.
The [[British Museum|ORG]] in [[London|GPE]], which holds more than 900 pieces, is barred by law from permanently giving away objects. [[Nigerian|NORP]] officials said they would keep pressing for loans.
"""

DOCS["heldout6-11"] = """\
The [[European Space Agency|ORG]] ([[ESA|ORG|European Space Agency]]) launched a satellite designed to measure polar ice from [[Kourou|GPE]], [[French Guiana|GPE]], on Tuesday night, ending a two-year wait caused by delays to its rocket.
# European Satellite to Map Ice Sheet Thickness
The 1.2-tonne spacecraft, built by [[Airbus Defence and Space|ORG]] in [[Friedrichshafen|GPE]], will chart the thickness of ice over [[Greenland|GPE]] and [[Antarctica|LOC]] every 30 days. Controllers at the [[European Space Operations Centre|FAC]] in [[Darmstadt|GPE]] confirmed that its solar panels had opened.
[[ESA|ORG|European Space Agency]] director general [[Josef Aschbacher|PERSON]] said the mission would give "the clearest picture yet" of sea-level risk. [[Aschbacher|PERSON|Josef Aschbacher]] thanked [[Arianespace|ORG]], which operated the launch, and the [[French|NORP]] space agency [[CNES|ORG]].
[[Fiona Lindqvist|PERSON]], a glaciologist at the [[University of Leeds|ORG]], said the data would be shared with [[NASA|ORG]] and with researchers in [[China|GPE]] and [[India|GPE]]. [[Lindqvist|PERSON|Fiona Lindqvist]] said ice loss in the [[Amundsen Sea|LOC]] was "the number everyone is watching".
"""

DOCS["heldout6-12"] = """\
# French Rail Strike Disrupts Holiday Travel
Train drivers at [[SNCF|ORG]], [[France|GPE]]’s state rail operator, walked out on Friday, cancelling half of high-speed services from [[Paris|GPE]] to [[Lyon|GPE]], [[Marseille|GPE]] and [[Bordeaux|GPE]] at the start of the school holidays.
The [[CGT|ORG|Confédération générale du travail]] and [[SUD-Rail|ORG]] unions called the 48-hour strike over pay and a plan to open regional lines to private competitors. Crowds built up at the [[Gare de Lyon|FAC]] as passengers tried to board the few trains still running.
Transport Minister [[Philippe Tabarot|PERSON]] called the walkout "irresponsible" and urged the unions back to talks. [[Tabarot|PERSON|Philippe Tabarot]] said the government would not reopen a pay deal signed in the spring. The [[Élysée|ORG|Élysée Palace]] said President [[Emmanuel Macron|PERSON]] was following the situation closely.
[[Eurostar|ORG]] services to [[London|GPE]] and [[Brussels|GPE]] ran normally. [[SNCF|ORG]] chief executive [[Marc Delorme|PERSON]] apologised to travellers and promised refunds. [[Italian|NORP]] rival [[Trenitalia|ORG]], which runs trains between [[Paris|GPE]] and [[Milan|GPE]], said it would add carriages over the weekend.
"""

DOCS["heldout6-13"] = """\
# Drought Cuts Brazil Soy Forecast
[[Brazil|GPE]]’s national crop agency [[Conab|ORG]] cut its soybean harvest forecast by 6% on Thursday, as a drought in [[Mato Grosso|GPE]] and [[Goiás|GPE]] entered its third month.
Soybean futures on the [[Chicago Board of Trade|ORG]] rose 3% on the news. Traders said [[Chinese|NORP]] crushers, who buy more than 70% of [[Brazilian|NORP]] exports, had already started booking cargoes from [[US|GPE]] ports on the [[Gulf of Mexico|LOC]].
Agriculture Minister [[Carlos Fávaro|PERSON]] told reporters in [[Brasília|GPE]] that the government would offer cheap credit to farmers who lost more than a third of their crop. [[Fávaro|PERSON|Carlos Fávaro]] said the dry spell was linked to record heat and to deforestation in the [[Amazon|LOC|Amazon rainforest]], which feeds rain to the farm belt further south.
[[Lucas Bertolini|PERSON]], a grower near [[Sorriso|GPE]], said he had never seen the soil so dry in November. "We planted twice and lost both times," [[Bertolini|PERSON|Lucas Bertolini]] said. Grain traders [[Cargill|ORG]] and [[Bunge|ORG]] said they were watching [[Argentina|GPE]], where planting is running behind schedule, and the farmers’ group [[Aprosoja|ORG]] warned that some smaller producers could go bankrupt.
"""

DOCS["heldout6-14"] = """\
# Kenyan Students Protest New University Funding Model
Thousands of students marched through [[Nairobi|GPE]] on Wednesday against a new funding model for public universities, and police fired tear gas near [[Parliament Buildings|FAC]].
Students from the [[University of Nairobi|ORG]] and [[Kenyatta University|ORG]] say the model, which ties grants and loans to household income, has left poorer families facing fees they cannot pay. Smaller marches were held in [[Mombasa|GPE]] and [[Kisumu|GPE]].
Education Cabinet Secretary [[Julius Ogamba|PERSON]] said the system was "fairer than anything before it" and blamed delays on the [[Higher Education Financing Agency|ORG]]. [[Ogamba|PERSON|Julius Ogamba]] said fee statements would be corrected within two weeks. President [[William Ruto|PERSON]], speaking in [[Eldoret|GPE]], urged students to "use the courts, not the streets".
The [[High Court|ORG|High Court of Kenya]] ruled last year that parts of the model were unconstitutional, but the order was suspended on appeal. The lecturers’ union, the [[Universities Academic Staff Union|ORG]] ([[UASU|ORG|Universities Academic Staff Union]]), said it backed the students. [[Amnesty International|ORG]] said 23 people had been arrested and called for an inquiry into the use of force by [[Kenyan|NORP]] police.
"""

DOCS["heldout6-15"] = """\
# Polish President Vetoes Judicial Reform Bill
[[Poland|GPE]]’s President [[Karol Nawrocki|PERSON]] on Monday vetoed a bill to overhaul the body that appoints judges, deepening his standoff with Prime Minister [[Donald Tusk|PERSON]]’s government.
The bill, passed by the [[Sejm|ORG]] last month, would have reshaped the [[National Council of the Judiciary|ORG|National Council of the Judiciary (Poland)]], whose members were chosen under the previous government led by the [[Law and Justice|ORG]] ([[PiS|ORG|Law and Justice]]) party. [[Nawrocki|PERSON|Karol Nawrocki]], who was backed by [[PiS|ORG|Law and Justice]] in the presidential race, said the reform was itself unconstitutional.
[[Tusk|PERSON|Donald Tusk]]’s [[Civic Coalition|ORG]] lacks the three-fifths majority needed to override a veto. Justice Minister [[Waldemar Żurek|PERSON]] said the government would look for "other paths", and did not rule out asking the [[Constitutional Tribunal|ORG|Constitutional Tribunal of Poland]] for a ruling.
The [[European Commission|ORG]] has linked part of its recovery funds to restoring judicial independence. Officials in [[Brussels|GPE]] said they were studying the veto, while [[Polish|NORP]] judges’ association [[Iustitia|ORG]] called it "another lost year". Analysts in [[Warsaw|GPE]] said the clash was likely to dominate politics until the next parliamentary election.
"""

DOCS["heldout6-16"] = """\
# Mediators Push Gaza Aid Deal in Cairo
[[Egyptian|NORP]] and [[Qatari|NORP]] mediators hosted [[Israeli|NORP]] and [[Hamas|ORG]] delegations in [[Cairo|GPE]] on Sunday, in a new attempt to reopen the border crossing at [[Rafah|GPE]] to aid trucks.
The office of [[Israel|GPE]]’s Prime Minister [[Benjamin Netanyahu|PERSON]] said its team had "limited authority" and would return home within two days. [[Netanyahu|PERSON|Benjamin Netanyahu]] is under pressure from coalition partners who oppose any easing of restrictions on [[Gaza|GPE]].
[[Qatar|GPE]]’s prime minister, [[Mohammed bin Abdulrahman Al Thani|PERSON]], met the [[Hamas|ORG]] delegation for three hours. [[US|GPE]] envoy [[Steve Witkoff|PERSON]] flew in from [[Riyadh|GPE]] and was due to see [[Egyptian|NORP]] intelligence chief [[Hassan Rashad|PERSON]] later in the day. [[Witkoff|PERSON|Steve Witkoff]] told reporters the talks were "serious", and the [[White House|ORG]] said it was "cautiously hopeful".
Some 400 trucks from the [[World Food Programme|ORG]] ([[WFP|ORG|World Food Programme]]) were waiting in [[El Arish|GPE]], the agency said. "Every day of delay is measured in lives," said [[Samir Haddad|PERSON]], a [[Palestinian|NORP]] doctor working in [[Khan Younis|GPE]].
"""

DOCS["heldout6-17"] = """\
The [[European Commission|ORG]] on Wednesday opened an in-depth investigation into [[Air France-KLM|ORG]]’s plan to take majority control of [[Scandinavian Airlines|ORG]] ([[SAS|ORG|Scandinavian Airlines]]), saying the deal could push up fares on routes between [[Scandinavia|LOC]] and the rest of [[Europe|LOC]].
# Brussels Opens Deep Probe Into SAS Deal
Competition commissioner [[Teresa Ribera|PERSON]] said the two carriers together controlled more than 60% of take-off and landing slots at [[Copenhagen Airport|FAC]] and [[Stockholm Arlanda Airport|FAC]]. [[Ribera|PERSON|Teresa Ribera]] said the [[Commission|ORG|European Commission]] had until the end of March to decide.
[[Air France-KLM|ORG]] chief executive [[Ben Smith|PERSON]] said he was confident the concerns could be met by giving up slots. [[Smith|PERSON|Ben Smith]] said the group would keep the [[SAS|ORG|Scandinavian Airlines]] brand and its hub in [[Copenhagen|GPE]].
The [[Danish|NORP]] state, which owns 26% of the airline, backed the deal. [[SAS|ORG|Scandinavian Airlines]] chief executive [[Anko van der Werff|PERSON]] said it would secure jobs in [[Denmark|GPE]], [[Sweden|GPE]] and [[Norway|GPE]].
"The obvious remedy is to hand slots to low-cost rivals such as [[Norwegian|ORG|Norwegian Air Shuttle]]," said [[Ingrid Halvorsen|PERSON]], an aviation analyst at [[Fearnley Securities|ORG]] in [[Oslo|GPE]].
"""

DOCS["heldout6-18"] = """\
# Starmer Survives Commons Revolt on Welfare Cuts
Prime Minister [[Keir Starmer|PERSON]] survived a rebellion by [[Labour|ORG]] MPs on Tuesday as the [[House of Commons|ORG|House of Commons of the United Kingdom]] voted by 318 to 271 to approve cuts to disability benefits.
Forty-one [[Labour|ORG]] MPs voted against the government, the largest revolt of [[Starmer|PERSON|Keir Starmer]]’s premiership. Rebel leader [[Helen Marsh|PERSON]], whose seat is in [[Stoke-on-Trent|GPE]], said the cuts would "push thousands of disabled people into poverty".
Work and Pensions Secretary [[Pat McFadden|PERSON]] said the savings were needed to fund employment support. [[Downing Street|ORG]] said there would be no further concessions. [[Conservative|NORP]] leader [[Kemi Badenoch|PERSON]] accused ministers of "losing control of their own party", while [[Reform UK|ORG]] leader [[Nigel Farage|PERSON]] said the vote showed [[Labour|ORG]] was "split down the middle". [[Farage|PERSON|Nigel Farage]]’s party voted with the government.
The [[Liberal Democrats|ORG]] and the [[Scottish National Party|ORG]] ([[SNP|ORG|Scottish National Party]]) opposed the bill. The [[Institute for Fiscal Studies|ORG]] ([[IFS|ORG|Institute for Fiscal Studies]]) said the cuts would save about £3bn a year by 2030, less than the [[Treasury|ORG|HM Treasury]] had forecast, and the [[Resolution Foundation|ORG]] said families in [[Wales|GPE]] and the north of [[England|GPE]] would be hit hardest.
"""

DOCS["heldout6-19"] = """\
# OPEC+ Agrees Modest Output Increase
[[OPEC+|ORG]] agreed on Sunday to raise oil output by 137,000 barrels a day from next month, a smaller rise than many traders expected, as members led by [[Saudi Arabia|GPE]] and [[Russia|GPE]] tried to defend prices.
The decision was taken at a short video meeting chaired from the group’s secretariat in [[Vienna|GPE]]. [[Saudi|NORP]] Energy Minister Prince [[Abdulaziz bin Salman|PERSON]] said the group would "stay nimble" and could pause increases if demand weakened. [[Russian|NORP]] Deputy Prime Minister [[Alexander Novak|PERSON]] said markets were balanced. [[Novak|PERSON|Alexander Novak]] has argued for months that the group should move cautiously.
Delegates said [[Kazakhstan|GPE]] and [[Iraq|GPE]] had again pumped above their quotas. A [[Kazakh|NORP]] energy ministry official said output from fields run by foreign companies, including [[Chevron|ORG]], was outside the government’s control.
Benchmark crude rose 1.2% to $66 a barrel in early trading in [[Asia|LOC]]. Analysts at [[Goldman Sachs|ORG]] said the market would swing to a surplus next year. The [[International Energy Agency|ORG]] ([[IEA|ORG|International Energy Agency]]), based in [[Paris|GPE]], has said supply from [[Brazil|GPE]], [[Guyana|GPE]] and the [[United States|GPE]] will outpace demand growth. "They are fighting the tide," said [[Rachel Osei|PERSON]], an energy economist at [[Lloyd’s Register|ORG]].
"""

DOCS["heldout6-20"] = """\
# Supreme Court Weighs Limits on Presidential Tariffs
The [[Supreme Court|ORG|Supreme Court of the United States]] on Wednesday heard arguments over whether President [[Donald Trump|PERSON]] can use an emergency powers law to impose sweeping tariffs on imports from [[Canada|GPE]], [[Mexico|GPE]] and [[China|GPE]].
Solicitor General [[D. John Sauer|PERSON]] told the justices that the tariffs were needed to deal with a national emergency over drug trafficking and trade deficits. Chief Justice [[John Roberts|PERSON]] asked whether any limit remained on what a president could call an emergency, and Justice [[Amy Coney Barrett|PERSON]] pressed [[Sauer|PERSON|D. John Sauer]] on the history of the law. [[Barrett|PERSON|Amy Coney Barrett]] is widely seen as a possible swing vote.
The challenge was brought by small businesses, including a [[Utah|GPE]] wine importer, [[Valle Verde Imports|ORG]], and by twelve states led by [[Oregon|GPE]]. The [[US Court of Appeals for the Federal Circuit|ORG|United States Court of Appeals for the Federal Circuit]] ruled in their favour in August. [[Oregon|GPE]] Attorney General [[Dan Rayfield|PERSON]] said outside the court that "no president is a king".
[[White House|ORG]] press secretary [[Karoline Leavitt|PERSON]] said [[Trump|PERSON]] was confident of winning. Several [[Republican|NORP]] senators have quietly urged the administration to seek tariff powers from [[Congress|ORG|United States Congress]] instead. A ruling is expected by June.
"""

DOCS["heldout6-21"] = """\
# Typhoon Batters Central Philippines
A powerful typhoon tore across the central [[Philippines|GPE]] on Tuesday, killing at least 46 people and forcing more than 300,000 from their homes, officials said.
Most of the deaths were in the province of [[Cebu|GPE]], where flash floods swept through towns on the outskirts of [[Cebu City|GPE]]. Flights at [[Mactan-Cebu International Airport|FAC]] were suspended for a second day, and the [[Philippine Coast Guard|ORG]] stranded more than 200 ferries in port.
The state weather agency, the [[Philippine Atmospheric, Geophysical and Astronomical Services Administration|ORG]] ([[PAGASA|ORG|Philippine Atmospheric, Geophysical and Astronomical Services Administration]]), said winds had reached 185 kph when the storm made landfall in [[Leyte|GPE]]. Civil defence chief [[Ariel Nepomuceno|PERSON]] said rescuers were still trying to reach isolated villages in [[Negros Oriental|GPE]].
President [[Ferdinand Marcos Jr.|PERSON]] flew from [[Manila|GPE]] to inspect the damage and ordered the release of emergency funds. [[Marcos|PERSON|Ferdinand Marcos Jr.]] said [[Japan|GPE]] and [[Australia|GPE]] had offered aid, and the [[Philippine Red Cross|ORG]] appealed for blood donations.
The storm was moving west over the [[South China Sea|LOC]] and was expected to hit central [[Vietnam|GPE]] by Thursday. [[Vietnamese|NORP]] authorities ordered fishing boats back to shore.
"""

DOCS["heldout6-22"] = """\
# Carney Budget Passes With Bloc Support
[[Canada|GPE]]’s minority government survived a confidence vote on its budget on Monday after the [[Bloc Québécois|ORG]] abstained, sparing Prime Minister [[Mark Carney|PERSON]] an early election.
The budget passed the [[House of Commons|ORG|House of Commons of Canada]] by 171 votes to 166. [[Carney|PERSON|Mark Carney]] thanked members "who put the country ahead of their party" and said the plan would speed up pipelines and housing.
[[Conservative|NORP]] leader [[Pierre Poilievre|PERSON]] said the budget ran up "the biggest deficit outside a pandemic" and accused the [[Bloc|ORG|Bloc Québécois]] of propping up the [[Liberals|NORP|Liberal]]. [[Bloc Québécois|ORG]] leader [[Yves-François Blanchet|PERSON]] said his party had won concessions for [[Quebec|GPE]] dairy farmers and shipyards in [[Lévis|GPE]]. [[Blanchet|PERSON|Yves-François Blanchet]]’s decision drew criticism from the [[New Democratic Party|ORG]] ([[NDP|ORG|New Democratic Party]]), which voted against.
Outside [[Parliament Hill|FAC]] in [[Ottawa|GPE]], several hundred protesters from [[Alberta|GPE]] demanded faster approval of energy projects. [[Alberta|GPE]] Premier [[Danielle Smith|PERSON]] called the budget "a start" and said she would keep pressing for a new oil pipeline to [[British Columbia|GPE]]’s coast.
"""
