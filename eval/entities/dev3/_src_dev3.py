# Entity development set 3 (organisation-rich): hand-written, inline-annotated news texts.
# FICTION: invented events, numbers and quotes; real places and organisations appear, people are
# mostly invented.  Markup as in ../dev/_src_dev.py:  [[surface|LABEL]] or
# [[surface|LABEL|Canonical Name]]; a line starting with "# " is the doc's heading (kept in the
# text, listed under "headings", never annotated).  Canonical name defaults to
# ALIAS.get(surface, surface) (ALIAS is imported from ../dev/_make_dev.py).

DOCS = {}

DOCS["dev3-01"] = """\
# Santander Bids for Northgate Building Society
[[Santander|ORG]] has offered £2.1bn for [[Northgate Building Society|ORG]], the [[Leeds|GPE]]-based mutual, in a deal that would give the [[Spanish|NORP]] bank four million more customers across the north of [[England|GPE]].
[[Santander|ORG]], which takes its name from the port city of [[Santander|GPE]] in northern [[Spain|GPE]], said the offer was worth £410 for each member. Its [[UK|GPE]] chief executive, [[Lucía Montero|PERSON]], said the [[Northgate|ORG|Northgate Building Society]] name would stay on branches in [[Bradford|GPE]] and [[Harrogate|GPE]]. [[Montero|PERSON|Lucía Montero]] told [[Bloomberg|ORG]] that no branch would close for three years.
[[Northgate|ORG|Northgate Building Society]] chair Dame [[Helen Okafor|PERSON]] said members would vote in March. The deal also needs the approval of the [[Prudential Regulation Authority|ORG]], part of the [[Bank of England|ORG]], and of the [[Financial Conduct Authority|ORG]] ([[FCA|ORG|Financial Conduct Authority]]). [[Accord|ORG]], the union that represents [[Northgate|ORG|Northgate Building Society]] staff, asked for talks on jobs. [[Santander|ORG]] is advised by [[Lazard|ORG]], and [[Okafor|PERSON|Helen Okafor]]’s board by [[Rothschild & Co|ORG]].
Rivals report results this week:
- [[Lloyds Banking Group|ORG]] on Wednesday
- [[NatWest Group|ORG]] and [[Virgin Money|ORG]] on Thursday
- [[Nationwide|ORG]] on Friday
"""

DOCS["dev3-02"] = """\
# Boeing Halts Jet Deliveries After Bolt Scare
[[Boeing|ORG]] has stopped delivering 737 Max jets after inspectors found loose bolts on door panels at its [[Renton|GPE]] factory on the shore of [[Lake Washington|LOC]], the company said on Monday.
The [[Federal Aviation Administration|ORG]] ([[FAA|ORG|Federal Aviation Administration]]) has opened an investigation. Its administrator, [[Dwight Kessler|PERSON]], told the [[Senate Commerce Committee|ORG]] that [[Boeing|ORG]]’s quality checks had failed twice in a year. [[Kessler|PERSON|Dwight Kessler]] said the agency would put more inspectors inside [[Spirit AeroSystems|ORG]] in [[Wichita|GPE]], [[Kansas|GPE]], which builds the fuselages.
[[Alaska Airlines|ORG]] and [[United Airlines|ORG]] said they would lease extra aircraft. [[United|ORG|United Airlines]] chief executive [[Ravi Mehta|PERSON]] said the carrier was still waiting for 40 jets. The [[Irish|NORP]] airline [[Ryanair|ORG]], [[Europe|LOC]]’s biggest [[Boeing|ORG]] customer, said it might turn to [[Airbus|ORG]]. Its chief executive, [[Declan Farrell|PERSON]], said [[Boeing|ORG]] had “run out of excuses”, and [[Emirates|ORG]] said from [[Dubai|GPE]] that its own order was under review.
The [[International Association of Machinists and Aerospace Workers|ORG]], whose members assemble the jet, blamed pressure to speed up production. [[Boeing|ORG]] shares fell 6 per cent on the [[New York Stock Exchange|ORG]]. The [[Seattle Times|ORG]] reported that the [[National Transportation Safety Board|ORG]] had asked [[Delta Air Lines|ORG]] for the maintenance records of a jet that landed at [[Hartsfield-Jackson Atlanta International Airport|FAC]] with a warning light.
"""

DOCS["dev3-03"] = """\
# Resident Doctors Vote for Fresh Strikes
Resident doctors in [[England|GPE]] will strike for five days next month after the [[British Medical Association|ORG]] said 89 per cent of members had backed action, piling pressure on an [[NHS|ORG]] with 7.6 million people on waiting lists.
Health Secretary [[Owen Pritchard|PERSON]] called the walkout “deeply irresponsible”. [[Pritchard|PERSON|Owen Pritchard]] said the [[Department of Health and Social Care|ORG]] had already offered a rise of 6 per cent. The [[BMA|ORG|British Medical Association]]’s resident doctors committee, led by Dr [[Saira Qureshi|PERSON]], said pay was still below its 2008 level. [[Qureshi|PERSON|Saira Qureshi]] told [[Sky News|ORG]] at a rally in [[Parliament Square|FAC]] that hundreds of trainees had left for [[Australia|GPE]] and [[New Zealand|GPE]].
[[NHS England|ORG]] said hospitals would put emergency care first. [[Great Ormond Street Hospital|ORG]] in [[London|GPE]] and [[Alder Hey Children’s Hospital|ORG]] in [[Liverpool|GPE]] said cancer operations would go ahead. The [[Royal College of Nursing|ORG]] told its members not to cover for striking doctors.
Researchers at the [[King’s Fund|ORG]] and the [[Nuffield Trust|ORG]] estimate that last year’s strikes cost £1.7bn. [[Liberal Democrats|ORG]] health spokeswoman [[Fiona Baird|PERSON]] urged ministers to go back to talks, and the [[Guardian|ORG|The Guardian]] reported that [[Treasury|ORG]] officials had blocked a bigger offer. In [[Wales|GPE]] and [[Scotland|GPE]], where health is devolved, doctors are not affected.
"""

DOCS["dev3-04"] = """\
[[Real Madrid|ORG]] beat [[Manchester City|ORG]] 4-3 on penalties at the [[Santiago Bernabéu|FAC]] on Wednesday to reach the Champions League semi-finals, where they will face [[Bayern Munich|ORG]].
[[Brazilian|NORP]] winger [[Lucas Teixeira|PERSON]] equalised in extra time, and the [[Ukrainian|NORP]] goalkeeper [[Andriy Koval|PERSON]] saved two penalties. [[Koval|PERSON|Andriy Koval]], who joined from [[Shakhtar Donetsk|ORG]] in the summer, said the crowd had carried the team.
# Madrid Edge City in Shootout
[[City|ORG|Manchester City]]’s [[Catalan|NORP]] manager, [[Jordi Vallès|PERSON]], said he would complain to [[UEFA|ORG]] about the referee. [[Vallès|PERSON|Jordi Vallès]]’s club also faces a hearing at the [[Court of Arbitration for Sport|ORG]] in [[Lausanne|GPE]] next month, and its owners, the [[Abu Dhabi United Group|ORG]], are said to be frustrated.
[[Madrid|ORG|Real Madrid]] have now knocked out [[City|ORG|Manchester City]] in three of the last four seasons. [[Bayern|ORG|Bayern Munich]], where [[Teixeira|PERSON|Lucas Teixeira]] spent two seasons before moving to [[Spain|GPE]], reached the last four by beating [[Arsenal|ORG]] 2-0 at the [[Allianz Arena|FAC]]. In the other semi-final, [[Paris Saint-Germain|ORG]] will meet [[Inter Milan|ORG]], who knocked out [[Liverpool|ORG]].
The [[Spanish|NORP]] sports daily [[Marca|ORG]] called the win “a miracle”. The match was shown in [[Britain|GPE]] by [[TNT Sports|ORG]].
"""

DOCS["dev3-05"] = """\
# OPEC Agrees Surprise Output Cut
[[OPEC|ORG]] agreed on Sunday to cut oil production by 1.2 million barrels a day from March, a bigger reduction than traders had expected, after a meeting at the group’s headquarters in [[Vienna|GPE]].
[[Saudi|NORP]] Energy Minister [[Faisal Al-Harbi|PERSON]] said the cut would “stabilise the market”. [[Al-Harbi|PERSON|Faisal Al-Harbi]] said [[Saudi Aramco|ORG]] would carry half of it, with the [[Abu Dhabi National Oil Company|ORG]] and [[Iraq|GPE]]’s [[State Organization for Marketing of Oil|ORG]] sharing most of the rest. Most of the reduction will come from fields around the [[Persian Gulf|LOC]].
[[Russia|GPE]] and [[Kazakhstan|GPE]], which join [[OPEC|ORG]] members in the wider [[OPEC+|ORG]] alliance, said they would follow. The [[White House|ORG]] called the cut “shortsighted”, and officials in [[Washington|GPE]] said they were talking to [[ExxonMobil|ORG]] and [[Chevron|ORG]] about pumping more oil in the [[Permian Basin|LOC]].
The [[International Energy Agency|ORG]] ([[IEA|ORG|International Energy Agency]]) in [[Paris|GPE]] said the market would now be in deficit. [[Goldman Sachs|ORG]] analyst [[Priya Natarajan|PERSON]] raised her price forecast, while [[Rystad Energy|ORG]] told [[Reuters|ORG]] that [[Nigeria|GPE]] and [[Algeria|GPE]] were unlikely to meet their new targets. Shares in [[Shell|ORG]] and [[BP|ORG]], which both pump oil in the [[North Sea|LOC]], rose in [[London|GPE]].
"""

DOCS["dev3-06"] = """\
# Drought Drives Somalis Into Kenyan Camps
More than 80,000 people have crossed from [[Somalia|GPE]] into [[Kenya|GPE]] since January, the [[UNHCR|ORG]] said on Tuesday, as drought and fighting between the army and [[al-Shabaab|ORG]] push [[Somali|NORP]] families toward the camps at [[Dadaab|GPE]]. The [[Horn of Africa|LOC]] has now had five failed rainy seasons in six years.
[[UNHCR|ORG]] spokeswoman [[Mireille Kabanda|PERSON]] told reporters in [[Geneva|GPE]] that the camps were twice their intended size. [[Kabanda|PERSON|Mireille Kabanda]] said the [[World Food Programme|ORG]] ([[WFP|ORG|World Food Programme]]) had cut rations by a third because of a funding gap. The [[WHO|ORG|World Health Organization]] warned of cholera, and [[Médecins Sans Frontières|ORG]] said its hospital in [[Dadaab|GPE]] was full.
[[Kenyan|NORP]] Interior Minister [[Joseph Mwangi|PERSON]] said [[Nairobi|GPE]] would not close the border. [[Mwangi|PERSON|Joseph Mwangi]] asked donors including the [[European Union|ORG]] and the [[World Bank|ORG]] to restore aid. The [[Norwegian Refugee Council|ORG]], [[Save the Children|ORG]] and the [[International Rescue Committee|ORG]] said in a joint statement that many children were arriving severely malnourished.
In [[Somalia|GPE]], the [[Somali National Army|ORG]] and [[African Union|ORG]] troops have been fighting [[al-Shabaab|ORG]] along the [[Juba River|LOC]] in [[Jubaland|GPE]]. The [[Daily Nation|ORG]] reported that [[Hormuud Telecom|ORG]] had restored mobile service in [[Kismayo|GPE]].
"""

DOCS["dev3-07"] = """\
# FTC Sues to Block Dell Cooling Deal
The [[Federal Trade Commission|ORG]] sued on Thursday to block [[Dell Technologies|ORG]]’s $14bn purchase of [[Corvane Systems|ORG]], a maker of data-centre cooling equipment, arguing that the deal would let [[Dell|ORG|Dell Technologies]] squeeze rivals such as [[Hewlett Packard Enterprise|ORG]] and [[Lenovo|ORG]].
[[FTC|ORG|Federal Trade Commission]] chair [[Naomi Feldstein|PERSON]] said the merger would raise prices for hospitals and universities that run their own servers. [[Feldstein|PERSON|Naomi Feldstein]] filed the case in the [[US District Court for the District of Delaware|ORG|United States District Court for the District of Delaware]].
[[Dell|ORG|Dell Technologies]], based in [[Round Rock|GPE]], [[Texas|GPE]], said it would fight. Founder [[Michael Dell|PERSON]] told [[CNBC|ORG]] that [[Corvane|ORG|Corvane Systems]] had only 8 per cent of the market. [[Corvane|ORG|Corvane Systems]], which employs 3,000 people in [[Raleigh|GPE]], [[North Carolina|GPE]], said [[Nvidia|ORG]] and [[Microsoft|ORG]] supported the deal.
The [[Justice Department|ORG|United States Department of Justice]] declined to comment. [[Republican|NORP]] Senator [[Tom Brashear|PERSON]] of [[Kentucky|GPE]] said the [[Senate Judiciary Committee|ORG]] would hold a hearing. The [[Wall Street Journal|ORG]] first reported the lawsuit, and analysts at [[Morgan Stanley|ORG]] and [[Wells Fargo|ORG]] said the deal could still close if [[Dell|ORG|Dell Technologies]] sold [[Corvane|ORG|Corvane Systems]]’s [[European|NORP]] business.
"""

DOCS["dev3-08"] = """\
# Bank of Japan Lifts Rates to 17-Year High
The [[Bank of Japan|ORG]] raised its policy rate to 0.75 per cent on Friday, the highest since 2008, and signalled that further increases were likely as wages rise.
Governor [[Kenji Morimoto|PERSON]] told reporters in [[Tokyo|GPE]] that the weak yen had pushed up import prices. [[Morimoto|PERSON|Kenji Morimoto]] said the [[BoJ|ORG|Bank of Japan]] would keep buying government bonds, but at a slower pace. Finance Minister [[Aiko Saito|PERSON]] said the [[Ministry of Finance|ORG|Ministry of Finance (Japan)]] welcomed the decision.
Shares in [[Toyota Motor|ORG]] and [[Honda|ORG]] fell on the [[Tokyo Stock Exchange|ORG]] as the yen strengthened. [[Toyota|ORG|Toyota Motor]], based in [[Toyota City|GPE]] in [[Aichi|GPE]] prefecture, earns a third of its profit in [[North America|LOC]]. Bank shares rose, led by [[Mitsubishi UFJ Financial Group|ORG]] and [[Mizuho|ORG]], while [[SoftBank Group|ORG]] and [[Sony Group|ORG]] were little changed.
[[Hiroshi Tanabe|PERSON]], an economist at the [[University of Tokyo|ORG]], told [[NHK|ORG]] that the ruling [[Liberal Democratic Party|ORG]] would welcome higher deposit rates before the upper house election. The [[Nikkei|ORG]] newspaper reported that [[Morimoto|PERSON|Kenji Morimoto]] had briefed [[Federal Reserve|ORG]] officials in [[Washington|GPE]] last week. [[American|NORP]] and [[Japanese|NORP]] bond yields rose.
"""

DOCS["dev3-09"] = """\
# Democrats Pour Money Into Georgia Senate Race
The [[Democratic Senatorial Campaign Committee|ORG]] will spend $40m on television advertising in [[Georgia|GPE|Georgia (U.S. state)]], its biggest bet of the year, as the party tries to unseat a [[Republican|NORP]] senator in a state that has swung between the two parties.
The [[Democratic|NORP]] candidate, former [[Savannah|GPE]] mayor [[Alicia Monroe|PERSON]], trails Senator [[Grant Whitaker|PERSON]] by two points in a poll by [[Emerson College|ORG]]. [[Monroe|PERSON|Alicia Monroe]], who launched her campaign on the steps of the [[Georgia State Capitol|FAC]], has been endorsed by the [[AFL-CIO|ORG]] and the [[NAACP|ORG]], while [[Whitaker|PERSON|Grant Whitaker]] has the backing of the [[US Chamber of Commerce|ORG|United States Chamber of Commerce]] and the [[National Rifle Association|ORG]].
The [[Republican National Committee|ORG]] accused [[Monroe|PERSON|Alicia Monroe]] of relying on out-of-state donors. Filings with the [[Federal Election Commission|ORG]] show that a [[Washington|GPE]] group linked to the [[Heritage Foundation|ORG]] has spent $6m against her. [[Whitaker|PERSON|Grant Whitaker]] told [[Fox News|ORG]] that voters in [[Macon|GPE]] and [[Augusta|GPE|Augusta, Georgia]] cared more about prices than about which party controls the [[Senate|ORG|United States Senate]].
The [[Atlanta Journal-Constitution|ORG]] reported that the [[International Brotherhood of Teamsters|ORG]] would stay neutral. Turnout among [[Black|NORP]] voters will be decisive, pollsters say. [[CNN|ORG]] will host the only debate, at [[Georgia State University|ORG]] in [[Atlanta|GPE]], in October.
"""

DOCS["dev3-10"] = """\
# Militants Seize Town in Central Mali
Fighters from [[Jama’at Nusrat al-Islam wal-Muslimin|ORG]] ([[JNIM|ORG|Jama’at Nusrat al-Islam wal-Muslimin]]), the [[al-Qaeda|ORG]] affiliate, have taken control of [[Niono|GPE]], a farming town on the edge of the [[Inner Niger Delta|LOC]], residents and security sources said on Saturday.
The [[Malian Armed Forces|ORG]] ([[FAMa|ORG|Malian Armed Forces]]) said troops had withdrawn to [[Ségou|GPE]] to regroup. Army spokesman Colonel [[Souleymane Keïta|PERSON]] said on [[Malian|NORP]] state television that [[Russian|NORP]] instructors from the [[Africa Corps|ORG]], which replaced the [[Wagner Group|ORG]], were helping to plan a counter-attack. [[Keïta|PERSON|Souleymane Keïta]] denied that [[Fulani|NORP]] civilians had been killed in air strikes.
[[Radio France Internationale|ORG]], which is banned in [[Mali|GPE]], reported that the rival [[Islamic State Sahel Province|ORG]] had also attacked army posts near the border with [[Niger|GPE]]. Data compiled by [[Armed Conflict Location & Event Data|ORG]] ([[ACLED|ORG|Armed Conflict Location & Event Data]]) show that attacks in the [[Sahel|LOC]] have doubled in two years.
[[Ousmane Diarra|PERSON]], a researcher at the [[International Crisis Group|ORG]] in [[Dakar|GPE]], said the [[Alliance of Sahel States|ORG]], formed by [[Mali|GPE]], [[Niger|GPE]] and [[Burkina Faso|GPE]] after they left [[ECOWAS|ORG]], had no joint force ready to deploy. [[Diarra|PERSON|Ousmane Diarra]] told [[Al Jazeera|ORG]] that [[Bamako|GPE]] was increasingly isolated.
"""

DOCS["dev3-11"] = """\
[[Volkswagen|ORG]] will close two of its ten plants in [[Germany|GPE]] and cut 35,000 jobs by 2030, the carmaker said on Monday, in the deepest restructuring of its 87-year history.
The [[IG Metall|ORG]] union called the plan a “declaration of war”. Its regional leader in [[Lower Saxony|GPE]], [[Katrin Lindemann|PERSON]], said workers at the [[Osnabrück|GPE]] and [[Dresden|GPE]] sites would strike from next week. [[Lindemann|PERSON|Katrin Lindemann]] noted that the state of [[Lower Saxony|GPE]] owns a fifth of [[VW|ORG|Volkswagen]] and can block plant closures.
# Volkswagen to Shut Two German Plants
Speaking at the group’s headquarters in [[Wolfsburg|GPE]], chief executive [[Matthias Brandt|PERSON]] said the company could not compete with [[Chinese|NORP]] carmakers such as [[BYD|ORG]] while paying [[German|NORP]] energy prices. [[Brandt|PERSON|Matthias Brandt]] said [[Porsche SE|ORG]], the family holding company that controls [[Volkswagen|ORG]], supported the plan.
Economy Minister [[Jonas Feld|PERSON]] of the [[Social Democratic Party|ORG|Social Democratic Party of Germany]] ([[SPD|ORG|Social Democratic Party of Germany]]) said his ministry would not offer subsidies. The opposition [[Christian Democratic Union|ORG]] demanded a debate in the [[Bundestag|ORG]]. Suppliers including [[Bosch|ORG]], [[Continental|ORG]] and [[ZF Friedrichshafen|ORG]] have already announced cuts, and the [[Ifo Institute|ORG]] in [[Munich|GPE]] said a recession was likely. [[Der Spiegel|ORG]] reported that the [[Bundesbank|ORG]] would lower its growth forecast on Friday.
"""

DOCS["dev3-12"] = """\
# Ransomware Attack Disrupts Hospitals on Two Continents
A ransomware gang known as [[Black Heron|ORG]] has disrupted dozens of hospitals in the [[United States|GPE]] and [[Britain|GPE]] by attacking [[Medivance|ORG]], a [[Boston|GPE]] company that processes patient records, investigators said on Wednesday.
The [[FBI|ORG]] and the [[Cybersecurity and Infrastructure Security Agency|ORG]] ([[CISA|ORG|Cybersecurity and Infrastructure Security Agency]]) said the group was run from [[Russia|GPE]]. [[FBI|ORG]] deputy director [[Carla Jimenez|PERSON]] said [[Medivance|ORG]] had paid no ransom. [[Jimenez|PERSON|Carla Jimenez]] said [[Europol|ORG]] was helping to trace payments through exchanges in [[Dubai|GPE]].
In [[London|GPE]], [[Guy’s and St Thomas’ NHS Foundation Trust|ORG]] cancelled 800 operations, and the [[National Cyber Security Centre|ORG]], part of [[GCHQ|ORG]], sent a team to [[King’s College Hospital|ORG]]. [[Cleveland Clinic|ORG]] and [[Mass General Brigham|ORG]] said they had switched to paper records.
[[Rachel Oduya|PERSON]], an analyst at [[Mandiant|ORG]], a unit of [[Google|ORG]], told the [[Associated Press|ORG]] that [[Black Heron|ORG]] had exploited an unpatched server. [[Oduya|PERSON|Rachel Oduya]] said the group was behind earlier attacks:
- [[Harlow & Pike|ORG]] Pays $4m to Restore Payroll
- [[Ohio|GPE]] Water Utility Hit Over Easter
- [[Pemberton Freight|ORG]] Bookings Frozen for a Week
"""

DOCS["dev3-13"] = """\
# Strikes Bring France to a Standstill
Trains, metros and flights across [[France|GPE]] were halted on Thursday as unions staged a national strike against plans to raise the pension age to 65, the eighth day of action this year.
The hard-left [[CGT|ORG]] said 1.2 million people marched, while the [[Interior Ministry|ORG|Ministry of the Interior (France)]] put the figure at 740,000. Crowds gathered at [[Place de la République|FAC]] in [[Paris|GPE]] and outside the [[Gare de Lyon|FAC]], where [[SNCF|ORG]] cancelled all high-speed trains to [[Lyon|GPE]] and [[Marseille|GPE]]. The [[RATP|ORG]] ran only two metro lines, and [[Air France-KLM|ORG]] cut a third of its flights.
[[CFDT|ORG]] leader [[Sophie Marchetti|PERSON]] said the moderate union would keep protesting “until the [[Élysée|ORG|Élysée Palace]] listens”. Prime Minister [[Claire Duvivier|PERSON]] told the [[National Assembly|ORG|National Assembly (France)]] that the reform would go ahead. [[Duvivier|PERSON|Claire Duvivier]] faces a no-confidence vote tabled by [[La France Insoumise|ORG]] and backed by the [[National Rally|ORG]], and members of her own [[Renaissance|ORG]] party are divided.
The [[Banque de France|ORG]] estimated that each day of strikes cost the [[French|NORP]] economy €400m. Students at the [[Sorbonne|ORG]] voted to join the next protest, and [[Olympique de Marseille|ORG]] postponed Sunday’s match. [[Le Monde|ORG]] reported that the [[Constitutional Council|ORG]] would rule on the reform by June.
"""

DOCS["dev3-14"] = """\
# Reliance Wins Approval for Hydrogen Plant
[[Reliance Industries|ORG]] has won approval for a green hydrogen plant at [[Jamnagar|GPE]] in [[Gujarat|GPE]], the [[Ministry of New and Renewable Energy|ORG]] said on Wednesday, in a project that could cost ₹75,000 crore.
[[Reliance|ORG|Reliance Industries]] director [[Vikram Sethi|PERSON]] said the electrolysers would be built with [[Larsen & Toubro|ORG]] and that the first hydrogen would be shipped to [[Japan|GPE]] and [[South Korea|GPE]] in 2028. [[Sethi|PERSON|Vikram Sethi]] told the [[Times of India|ORG]] that the [[State Bank of India|ORG]] would lead a group of lenders.
The [[Adani Group|ORG]], which is building a rival plant at [[Mundra|GPE]], had filed an objection last year. [[Adani|ORG|Adani Group]] said on Wednesday it would not appeal to the [[Supreme Court|ORG|Supreme Court of India]]. Shares of [[Reliance|ORG|Reliance Industries]] rose 2 per cent on the [[National Stock Exchange|ORG|National Stock Exchange of India]] in [[Mumbai|GPE]].
The opposition [[Indian National Congress|ORG]] accused the [[Bharatiya Janata Party|ORG]] ([[BJP|ORG|Bharatiya Janata Party]]) government of favouring two tycoons. [[Congress|ORG|Indian National Congress]] spokeswoman [[Radhika Menon|PERSON]] told [[NDTV|ORG]] that land in [[Kutch|GPE]] had been sold too cheaply. Researchers at the [[Indian Institute of Technology Bombay|ORG]] said the plant would need to desalinate water from the [[Gulf of Kutch|LOC]], and analysts at [[Kotak Mahindra Bank|ORG]] doubted that costs would fall fast enough.
"""

DOCS["dev3-15"] = """\
# Retailers Report Mixed Christmas Trading
[[Marks & Spencer|ORG]] reported its strongest Christmas food sales on record on Thursday, while [[Next plc|ORG]] raised its profit forecast for the third time in a year.
[[M&S|ORG|Marks & Spencer]] chief executive [[Stuart Mackenzie|PERSON]] said shoppers had “traded up” for the holidays. [[Mackenzie|PERSON|Stuart Mackenzie]] said its stores on [[Oxford Street|FAC]] and at [[Westfield Stratford City|FAC]] had their busiest week since 2019. [[Next|ORG|Next plc]] said online sales in [[Ireland|GPE]] and [[Germany|GPE]] grew fastest.
The [[John Lewis Partnership|ORG]] fared worse. [[John Lewis|ORG|John Lewis Partnership]] chair [[Helena Forsyth|PERSON]] said staff would get no bonus for a second year, although [[Forsyth|PERSON|Helena Forsyth]] noted that its [[Waitrose|ORG]] supermarkets grew sales by 4 per cent. [[Tesco|ORG]] and [[Primark|ORG]], which is owned by [[Associated British Foods|ORG]], report next week.
The [[British Retail Consortium|ORG]] said total sales rose 1.9 per cent, less than the inflation rate published by the [[Office for National Statistics|ORG]]. Data from [[Kantar|ORG]] showed that [[Aldi|ORG]] and [[Lidl|ORG]] gained market share, and the shop workers’ union [[Usdaw|ORG]] said assaults on staff had risen. Other retailers due to report:
- [[Currys|ORG]], Tuesday
- [[Frasers Group|ORG]], owner of [[Sports Direct|ORG]], Wednesday
- [[Boots|ORG]], part of [[Walgreens Boots Alliance|ORG]], Thursday
"""

DOCS["dev3-16"] = """\
# Colombia and ELN Resume Talks in Havana
[[Colombia|GPE]]’s government and the [[National Liberation Army|ORG|National Liberation Army (Colombia)]] ([[ELN|ORG|National Liberation Army (Colombia)]]) resumed peace talks in [[Havana|GPE]] on Monday, four months after the rebels bombed an oil pipeline in the eastern department of [[Arauca|GPE]].
Government negotiator [[Isabel Quintero|PERSON]] said a ceasefire was the first priority. [[Quintero|PERSON|Isabel Quintero]] thanked the [[Cuban|NORP]] hosts and said [[Norway|GPE]] and [[Venezuela|GPE]] would also act as guarantors, while the [[UN Verification Mission in Colombia|ORG]] would monitor any truce. [[ELN|ORG|National Liberation Army (Colombia)]] commander [[Aureliano Pabón|PERSON]] said his fighters would stop attacking [[Ecopetrol|ORG]] if the army withdrew from the [[Catatumbo|LOC]] region.
The state oil company said repairs to the [[Caño Limón–Coveñas|FAC|Caño Limón–Coveñas pipeline]] pipeline had cost $30m. [[Ecopetrol|ORG]] shares rose 3 per cent on the [[Colombian Securities Exchange|ORG]] in [[Bogotá|GPE]], where the company’s president, [[Hernán Ortiz|PERSON]], said it would “welcome any truce”. [[Ortiz|PERSON|Hernán Ortiz]] has asked the army to guard the line.
The [[Episcopal Conference of Colombia|ORG]], which helped bring the two sides back together, urged the rebels to free their hostages. The [[Defensoría del Pueblo|ORG]], the human rights ombudsman, said fighting between the [[ELN|ORG|National Liberation Army (Colombia)]] and the [[Estado Mayor Central|ORG]], a splinter group of the former [[FARC|ORG]], had displaced 18,000 people since January. [[El Tiempo|ORG]] reported that the [[Colombian|NORP]] army had been told to avoid offensive operations.
"""

DOCS["dev3-17"] = """\
[[China|GPE]]’s [[Ministry of Commerce|ORG|Ministry of Commerce (China)]] said on Tuesday that exporters of gallium and germanium would need a licence to ship to [[American|NORP]] buyers, days after [[Washington|GPE]] added 140 [[Chinese|NORP]] companies to a trade blacklist.
A ministry spokesman, [[Zhao Lei|PERSON]], said the curbs were a response to the [[Bureau of Industry and Security|ORG]], the [[Commerce Department|ORG|United States Department of Commerce]] agency that enforces chip controls. [[Zhao|PERSON|Zhao Lei]] told [[Xinhua|ORG]] that suppliers of [[Huawei|ORG]] had been “unfairly targeted”.
# China Hits Back With Curbs on Chip Metals
Shares in [[Semiconductor Manufacturing International Corporation|ORG]] ([[SMIC|ORG|Semiconductor Manufacturing International Corporation]]) fell 5 per cent in [[Hong Kong|GPE]]. [[ASML|ORG]], the [[Dutch|NORP]] maker of lithography machines based in [[Veldhoven|GPE]], said its sales to [[China|GPE]] could fall by a fifth. [[Taiwan Semiconductor Manufacturing Company|ORG]] said it had stockpiled both metals at its plants in [[Hsinchu|GPE]], and [[Foxconn|ORG]] said its factories in the [[Pearl River Delta|LOC]] were unaffected.
[[Liu Wenjie|PERSON]], an economist at [[Tsinghua University|ORG]], said the [[People’s Bank of China|ORG]] would probably let the yuan weaken. [[Liu|PERSON|Liu Wenjie]] told the [[South China Morning Post|ORG]] that the [[White House|ORG]] had underestimated how far [[Beijing|GPE]] would go. The [[Semiconductor Industry Association|ORG]] in [[Washington|GPE]] said the [[US|GPE]] had only three months of gallium in stock.
"""

DOCS["dev3-18"] = """\
# Insurers Face Record Claims After Northern Rivers Floods
The [[Insurance Council of Australia|ORG]] declared a catastrophe on Sunday after floods swept through [[Lismore|GPE]] and other towns in the [[Northern Rivers|LOC]] region of [[New South Wales|GPE]] for the second time in four years.
The [[Bureau of Meteorology|ORG]] said the [[Wilsons River|LOC]] peaked at 13.4 metres, and water closed the [[Pacific Highway|FAC]] near [[Ballina|GPE]]. [[Suncorp|ORG]] and [[Insurance Australia Group|ORG]] ([[IAG|ORG|Insurance Australia Group]]) said they had received 22,000 claims between them. [[IAG|ORG|Insurance Australia Group]] chief executive [[Mark Devereux|PERSON]] warned that premiums in flood-prone areas would rise again. [[Devereux|PERSON|Mark Devereux]] said a reinsurance pool run by the [[Australian Reinsurance Pool Corporation|ORG]] should cover floods as well as cyclones.
Premier [[Joanne Whitlock|PERSON]] said the [[Australian Defence Force|ORG]] had rescued 600 people by helicopter. [[Whitlock|PERSON|Joanne Whitlock]] blamed climate change, as did the [[Climate Council|ORG]] and scientists at [[CSIRO|ORG]]. The [[Australian Prudential Regulation Authority|ORG]] said insurers had enough capital to pay.
[[Nationals|ORG]] MP [[Kevin Hogg|PERSON]], whose electorate includes [[Lismore|GPE]], said many residents could no longer afford cover, and the [[Australian Greens|ORG]] called for a levy on coal exporters. [[QBE Insurance Group|ORG]], which is based in [[Sydney|GPE]], said it had sent assessors to [[Brisbane|GPE]]. The [[Sydney Morning Herald|ORG]] reported that [[Canberra|GPE]] would announce disaster payments on Monday.
"""

DOCS["dev3-19"] = """\
# Strike Shuts Platinum Mines Around Rustenburg
About 28,000 workers downed tools at platinum mines on the [[Bushveld Complex|LOC]] around [[Rustenburg|GPE]] on Monday after wage talks between [[Sibanye-Stillwater|ORG]] and the [[Association of Mineworkers and Construction Union|ORG]] ([[AMCU|ORG|Association of Mineworkers and Construction Union]]) collapsed.
[[AMCU|ORG|Association of Mineworkers and Construction Union]] president [[Thabo Mokoena|PERSON]] told a rally that the union wanted a basic wage of R20,000 a month. [[Mokoena|PERSON|Thabo Mokoena]] accused the company of using [[Eskom|ORG]]’s power cuts as an excuse to hold down pay. The rival [[National Union of Mineworkers|ORG]] ([[NUM|ORG|National Union of Mineworkers]]), an ally of the governing [[African National Congress|ORG]], has not joined the strike.
Mines run by [[Impala Platinum|ORG]] in [[North West|GPE|North West (South African province)]] province and by [[Anglo American|ORG]] in [[Limpopo|GPE]] were working normally. [[Anglo|ORG|Anglo American]] said output at its [[Mogalakwena|FAC]] mine had not been affected. [[Sibanye-Stillwater|ORG]] shares fell 4 per cent on the [[Johannesburg Stock Exchange|ORG]].
The [[Minerals Council South Africa|ORG]] said the strike was costing R300m a day in lost sales, and warned that [[South African|NORP]] output had already fallen for two years. [[Lindiwe Dube|PERSON]], an economist at [[Standard Bank|ORG]], said the [[South African Reserve Bank|ORG]] would be watching closely. The [[Democratic Alliance|ORG]] urged both sides to accept mediation, while the [[Mail & Guardian|ORG]] reported that [[Dube|PERSON|Lindiwe Dube]] had advised [[Pretoria|GPE]] on a similar dispute in 2019.
"""

DOCS["dev3-20"] = """\
# Weight-Loss Drug Cuts Heart Failure Risk, Trial Finds
[[Novo Nordisk|ORG]] said on Monday that its weight-loss drug cut the risk of heart failure by a quarter in a trial of 17,000 patients, results that could widen the number of people eligible for it.
The trial was run by researchers at the [[University of Oxford|ORG]], [[Karolinska Institutet|ORG]] in [[Stockholm|GPE]] and [[Johns Hopkins University|ORG]] in [[Baltimore|GPE]], and was published in the [[Lancet|ORG|The Lancet]]. Lead investigator Professor [[Margaret Oyelaran|PERSON]] said the benefit appeared within six months. [[Oyelaran|PERSON|Margaret Oyelaran]] said the [[Wellcome Trust|ORG]] had paid for a separate study in [[Nigeria|GPE]] and [[Ghana|GPE]].
[[Novo|ORG|Novo Nordisk]], which is based in [[Bagsværd|GPE]] outside [[Copenhagen|GPE]], has lost ground to its [[American|NORP]] rival [[Eli Lilly|ORG]] of [[Indianapolis|GPE]]. [[Lilly|ORG|Eli Lilly]] is running its own heart trial at the [[Mayo Clinic|ORG]]. Shares in [[Novo|ORG|Novo Nordisk]] rose 7 per cent, lifting [[Denmark|GPE]]’s main stock index.
The company will ask the [[Food and Drug Administration|ORG]] ([[FDA|ORG|Food and Drug Administration]]) and the [[European Medicines Agency|ORG]] to add the finding to the drug’s label. In [[England|GPE]], the [[National Institute for Health and Care Excellence|ORG]] ([[NICE|ORG|National Institute for Health and Care Excellence]]) said it would review whether the [[NHS|ORG]] should offer the drug to more patients. [[Danish|NORP]] analyst [[Søren Holm|PERSON]] of [[Jyske Bank|ORG]] said the data “changes the debate”.
"""
