# Entity development set: hand-written, inline-annotated news texts (FICTION: invented events,
# numbers and quotes; real places and organisations appear, people are mostly invented).
# Markup as in ../_make_heldout.py:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]];
# a line starting with "# " is the doc's heading (kept in the text, listed under "headings",
# never annotated).  Canonical name defaults to ALIAS.get(surface, surface) (see _make_dev.py).

DOCS = {}

DOCS["dev-01"] = """\
# Chancellor Faces Backlash Over Fuel Duty
Chancellor [[Rebecca Ashworth|PERSON]] was forced on Tuesday to defend plans to raise fuel duty after [[Labour|ORG]] backbenchers representing seats around [[Lincoln|GPE]], [[Hamilton|GPE]] and [[Chester|GPE]] warned that rural drivers would be hit hardest.
[[Ashworth|PERSON|Rebecca Ashworth]]’s officials at the [[Treasury|ORG]] insist the rise will raise £3bn a year. The [[Office for Budget Responsibility|ORG]] ([[OBR|ORG|Office for Budget Responsibility]]) will publish its own estimate next week, and economists at the [[Institute for Fiscal Studies|ORG]] told the [[Financial Times|ORG]] that the figure looked plausible.
[[Downing Street|ORG]] said Prime Minister [[Daniel Marsden|PERSON]] had full confidence in his chancellor. [[Marsden|PERSON|Daniel Marsden]] is due to meet the [[Road Haulage Association|ORG]] on Thursday. [[Conservative|NORP]] leader [[Harriet Vane-Tempest|PERSON]], speaking at a petrol station in [[Darlington|GPE]], accused the government of waging war on motorists.
In [[Scotland|GPE]], First Minister [[Callum Reid|PERSON]] said the [[Scottish Government|ORG]] would ask [[London|GPE]] to exempt the [[Highlands|LOC|Scottish Highlands]]. [[Reid|PERSON|Callum Reid]]’s spokesman said a letter had already been sent to [[Ashworth|PERSON|Rebecca Ashworth]] and copied to the [[House of Commons Transport Committee|ORG]].
"""

DOCS["dev-02"] = """\
The [[Supreme Court|ORG|Supreme Court of the United States]] agreed on Monday to hear a challenge to [[Texas|GPE]]’s social media law, setting up a clash between the state and technology companies including [[Meta|ORG]] and [[Google|ORG]].
# Justices to Weigh Texas Social Media Law
The law was upheld last year by the [[US Court of Appeals for the Fifth Circuit|ORG|United States Court of Appeals for the Fifth Circuit]] in [[New Orleans|GPE]]. [[Texas|GPE]] Attorney General [[Marla Whitford|PERSON]] told reporters in [[Austin|GPE]] that the justices would see the statute as a defence of free speech. [[Whitford|PERSON|Marla Whitford]]’s office has spent more than $2 million defending it.
The industry group [[NetChoice|ORG]] is represented by [[Jordan Tyler|PERSON]], a former clerk to Justice [[Elena Kagan|PERSON]]. [[Tyler|PERSON|Jordan Tyler]] argued in his petition that the law forced platforms to host content they found objectionable. One of the law’s original plaintiffs, a bakery owner from [[Tyler|GPE|Tyler, Texas]], has since withdrawn from the case.
The [[American Civil Liberties Union|ORG]] ([[ACLU|ORG|American Civil Liberties Union]]) and the [[Justice Department|ORG|United States Department of Justice]] have filed briefs supporting the companies. The [[Fifth Circuit|ORG|United States Court of Appeals for the Fifth Circuit]] ruling has also been cited by lawmakers in [[Florida|GPE]] and [[Oklahoma|GPE]].
"""

DOCS["dev-03"] = """\
# Brewers Agree £9bn Merger
[[Ferrand Beverages|ORG]] has agreed to buy its smaller rival [[Marlow & Finch|ORG]] for £9bn, creating the largest brewer in [[Britain|GPE]] and putting the combined group on course for a review by the [[Competition and Markets Authority|ORG]].
[[Ferrand|ORG|Ferrand Beverages]] chief executive [[Anneke de Vries|PERSON]] said the deal would protect brewing jobs in [[Burton upon Trent|GPE]] and [[Tadcaster|GPE]]. Under [[de Vries|PERSON|Anneke de Vries]], a [[Dutch|NORP]] engineer who was born in [[Utrecht|GPE]], the company moved its headquarters from [[Amsterdam|GPE]] to [[Manchester|GPE]] in 2021.
[[Marlow & Finch|ORG]] chairman Sir [[Malcolm Prentice|PERSON]] said shareholders would receive a 38 per cent premium. [[Prentice|PERSON|Malcolm Prentice]]’s family founded the brewery in 1847. The company was advised by [[Goldman Sachs|ORG]] and [[Ferrand|ORG|Ferrand Beverages]] by [[Morgan Stanley|ORG]].
The [[Unite|ORG]] union said it would seek guarantees for 4,000 workers. The [[CMA|ORG|Competition and Markets Authority]] has until March to decide whether to open an in-depth investigation, and the [[European Commission|ORG]] will examine the deal’s effect on [[Belgian|NORP]] and [[Irish|NORP]] markets. Shares in [[Marlow & Finch|ORG]] rose 31 per cent on the [[London Stock Exchange|ORG]].
"""

DOCS["dev-04"] = """\
# Arsenal Sink United at the Emirates
[[Arsenal|ORG]] beat [[Manchester United|ORG]] 3-1 at the [[Emirates Stadium|FAC]] on Sunday to move four points clear at the top of the [[Premier League|ORG]].
[[Ghanaian|NORP]] forward [[Kwame Osei-Tutu|PERSON]] scored twice before half-time, and [[Osei-Tutu|PERSON|Kwame Osei-Tutu]]’s second goal, a volley from 25 yards, drew a standing ovation. [[Brazilian|NORP]] midfielder [[Thiago Reis|PERSON]], signed from [[Fiorentina|ORG]] in the summer, added the third.
[[United|ORG|Manchester United]] manager [[Rúben Cardoso|PERSON]] said his side had been second best. [[Cardoso|PERSON|Rúben Cardoso]]’s team have won only once in seven league games, and the former [[Benfica|ORG]] coach will face questions from the club’s owners when he returns to [[Old Trafford|FAC]].
The [[Football Association|ORG]] ([[FA|ORG|Football Association]]) is reviewing a clash between [[Reis|PERSON|Thiago Reis]] and [[United|ORG|Manchester United]] captain [[Callum Ferris|PERSON]] in the tunnel. [[Reis|PERSON|Thiago Reis]] joined [[Arsenal|ORG]] after three seasons in [[Florence|GPE]] and is expected to be called up by [[Brazil|GPE]] next month. Highlights were shown on [[Sky Sports|ORG]].
"""

DOCS["dev-05"] = """\
# WHO Declares Mpox Emergency in Eastern Congo
The [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) on Wednesday declared an emergency over a fast-spreading mpox outbreak in eastern [[Congo|GPE|Democratic Republic of the Congo]], where cases have tripled in a month around the city of [[Goma|GPE]].
Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] told a briefing in [[Geneva|GPE]] that the new strain appeared to spread more easily between adults. [[Tedros|PERSON|Tedros Adhanom Ghebreyesus]] said cases had also been confirmed across the border in [[Rwanda|GPE]] and [[Burundi|GPE]].
Dr [[Chantal Mbuyi|PERSON]], who leads the outbreak response for [[Médecins Sans Frontières|ORG]] in [[North Kivu|GPE]], said camps for displaced people on the shores of [[Lake Kivu|LOC]] were the main concern. [[Mbuyi|PERSON|Chantal Mbuyi]] said vaccines promised by the [[European Union|ORG]] and [[Japan|GPE]] had not yet arrived.
The [[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]], based in [[Addis Ababa|GPE]], said it would send 200 epidemiologists. [[Congolese|NORP]] Health Minister [[Jean-Paul Kabeya|PERSON]] said a vaccination campaign would start in [[Kinshasa|GPE]] and [[Goma|GPE]] next week, with funding from [[Gavi|ORG]] and [[UNICEF|ORG]]. [[Rwandan|NORP]] officials have tightened screening at the border crossing in [[Gisenyi|GPE]].
"""

DOCS["dev-06"] = """\
# Arctic Council Talks Resume in Tromsø
Foreign ministers from the [[Arctic Council|ORG]] met in [[Tromsø|GPE]] on Thursday for the first time in three years, with [[Russia|GPE]] represented only by a junior diplomat from its embassy in [[Oslo|GPE]].
[[Norwegian|NORP]] Foreign Minister [[Ingrid Haugland|PERSON]], who chaired the meeting, said cooperation on search and rescue in the [[Barents Sea|LOC]] could not wait for politics. [[Haugland|PERSON|Ingrid Haugland]] also announced new funding for the [[Fram Centre|ORG]], the research hub in [[Tromsø|GPE]].
[[Moscow|GPE]] has accused [[Norway|GPE]] of militarising [[Svalbard|GPE]], a charge [[Oslo|GPE]] rejects. The [[Kremlin|ORG]] did not comment on the meeting, but [[Russian|NORP]] state media described it as irrelevant.
Delegates from [[Canada|GPE]], [[Iceland|GPE]], [[Finland|GPE]] and [[Denmark|GPE]] signed a statement on shipping safety. [[Aaja Lynge|PERSON]], chair of the [[Inuit Circumpolar Council|ORG]], said [[Greenland|GPE]]’s government in [[Nuuk|GPE]] wanted a permanent seat at the table. [[Lynge|PERSON|Aaja Lynge]] warned that melting ice in the [[Arctic|LOC]] was drawing cargo ships closer to [[Inuit|NORP]] communities.
"""

DOCS["dev-07"] = """\
# Darwin Port Lease Back in the Spotlight
The [[Northern Territory|GPE]] government has asked [[Canberra|GPE]] to review the lease of the [[Port of Darwin|FAC]] to the [[Chinese|NORP]]-owned company [[Landbridge|ORG]], amid renewed concern over foreign ownership of critical infrastructure.
Chief Minister [[Natasha Kowalski|PERSON]] said the 99-year lease, signed in 2015, had been a mistake. [[Kowalski|PERSON|Natasha Kowalski]] told the [[Australian Broadcasting Corporation|ORG]] ([[ABC|ORG|Australian Broadcasting Corporation]]) that investors from [[Japan|GPE]] and the [[United States|GPE]] had expressed interest in buying the port.
Researchers at [[Charles Darwin University|ORG]] in [[Darwin|GPE]] estimated that the port handles a quarter of the cattle exported to [[Indonesia|GPE]]. Professor [[Eleanor Mackay|PERSON]], who led the study, said shipping through the [[Timor Sea|LOC]] was growing fast. [[Mackay|PERSON|Eleanor Mackay]] grew up in [[Mackay|GPE]], in [[Queensland|GPE]], and has studied northern ports for two decades.
The [[Reserve Bank of Australia|ORG]] and the [[Department of Defence|ORG|Department of Defence (Australia)]] declined to comment. [[American|NORP]] marines rotate through the nearby [[Robertson Barracks|FAC]] every dry season, and the [[Pentagon|ORG]] has raised the lease with [[Australian|NORP]] officials before.
"""

DOCS["dev-08"] = """\
# Auto Workers Strike at Ford Plants
The [[United Auto Workers|ORG]] ([[UAW|ORG|United Auto Workers]]) launched strikes at three [[Ford Motor Company|ORG]] plants on Friday after talks over a new four-year contract broke down in [[Detroit|GPE]].
[[UAW|ORG|United Auto Workers]] President [[Marcus Delgado|PERSON]] told members at a rally in [[Dearborn|GPE]], [[Michigan|GPE]], that [[Ford|ORG|Ford Motor Company]] had offered too little on pensions. [[Delgado|PERSON|Marcus Delgado]] said walkouts would spread to [[General Motors|ORG]] and [[Stellantis|ORG]] if there was no deal by next week.
The strikes hit the [[Louisville|GPE]] assembly plant in [[Kentucky|GPE]] and the [[River Rouge Complex|FAC]], the sprawling site that [[Henry Ford|PERSON]] opened in the 1920s. [[Ford|ORG|Ford Motor Company]] executive chair [[Bill Ford|PERSON]], the founder’s great-grandson, said the company had made its best offer.
A [[Ford|ORG|Ford Motor Company]] spokeswoman, [[Teresa Munoz|PERSON]], said the company would keep its plant in [[Hermosillo|GPE]], [[Mexico|GPE]], running at full capacity. [[Mexican|NORP]] union leaders said they had not been contacted by their [[American|NORP]] counterparts. The [[Detroit Free Press|ORG]] reported that [[Munoz|PERSON|Teresa Munoz]] had been with the company for 20 years.
"""

DOCS["dev-09"] = """\
# RBI Holds Rates as Rupee Weakens
The [[Reserve Bank of India|ORG]] ([[RBI|ORG|Reserve Bank of India]]) left its benchmark rate unchanged on Friday, as a weaker rupee and higher food prices kept inflation above target.
Governor [[Arvind Raghavan|PERSON]] told reporters in [[Mumbai|GPE]] that the central bank was prepared to intervene in currency markets. [[Raghavan|PERSON|Arvind Raghavan]]’s deputy, [[Meenakshi Iyer|PERSON]], said food prices in [[Uttar Pradesh|GPE]] and [[Bihar|GPE]] had risen sharply after the monsoon failed.
Shares of [[Tata Motors|ORG]] rose 2 per cent on the [[Bombay Stock Exchange|ORG]] after the company said its [[Jaguar Land Rover|ORG]] unit had recovered from a cyber attack at its plant in [[Solihull|GPE]]. [[Tata Group|ORG]] chairman [[Natarajan Chandrasekaran|PERSON]] said the group would invest in a battery factory in [[Gujarat|GPE]].
[[Infosys|ORG]], based in [[Bengaluru|GPE]], said the weaker rupee would lift its earnings. Officials at the [[Finance Ministry|ORG|Ministry of Finance (India)]] in [[New Delhi|GPE]] said the government would not change its borrowing plans. [[Indian|NORP]] bond yields rose slightly, while economists at [[HSBC|ORG]] said a cut in December was still likely.
"""

DOCS["dev-10"] = """\
# Brussels Fines Apple Over App Store Rules
The [[European Commission|ORG]] fined [[Apple|ORG]] €1.1bn on Tuesday for breaking [[EU|ORG]] competition rules, saying the company had stopped music streaming services from telling users about cheaper offers.
Competition Commissioner [[Margrethe Lund|PERSON]] told reporters in [[Brussels|GPE]] that the fine was meant to deter. [[Lund|PERSON|Margrethe Lund]], a former [[Danish|NORP]] economy minister, said [[Apple|ORG]] had 90 days to change its rules. [[Spotify|ORG]], which is based in [[Stockholm|GPE]], first complained to the [[Berlaymont|FAC]] in 2019.
[[Apple|ORG]] chief executive [[Tim Cook|PERSON]] said the company would appeal to the [[General Court|ORG]] in [[Luxembourg|GPE]]. [[Cook|PERSON|Tim Cook]] said the ruling ignored the fact that [[Spotify|ORG]] was the most popular music app in [[Europe|LOC]]. The company employs 6,000 people in [[Cork|GPE]], and [[Ireland|GPE]]’s [[Data Protection Commission|ORG]] is separately examining its privacy policies.
Members of the [[European Parliament|ORG]] welcomed the decision at a session in [[Strasbourg|GPE]]. [[Apple|ORG]], which is headquartered in [[Cupertino|GPE]], [[California|GPE]], said it had cooperated fully with the [[Irish|NORP]] and [[European|NORP]] authorities.
"""

DOCS["dev-11"] = """\
# Jackson Water Crisis Returns
Residents of [[Jackson|GPE|Jackson, Mississippi]], the capital of [[Mississippi|GPE]], were told to boil their tap water on Sunday after a pump failure at the [[O.B. Curtis Water Treatment Plant|FAC]] cut pressure across the city.
Mayor [[Calvin Booker|PERSON]] said crews were working through the night. [[Booker|PERSON|Calvin Booker]] blamed decades of underinvestment and said the city, which was named after President [[Andrew Jackson|PERSON]], needed $1 billion to replace its pipes.
The [[Environmental Protection Agency|ORG]] ([[EPA|ORG|Environmental Protection Agency]]) sent engineers from its regional office in [[Atlanta|GPE]]. Governor [[Wesley Pruitt|PERSON]] said the [[Mississippi National Guard|ORG]] would distribute bottled water at [[Jackson State University|ORG]] and at the [[Mississippi Veterans Memorial Stadium|FAC]].
Heavy rain had raised the level of the [[Pearl River|LOC]] and the [[Ross Barnett Reservoir|LOC]], which supply the plant. The [[Clarion Ledger|ORG]] reported that [[Pruitt|PERSON|Wesley Pruitt]] and [[Booker|PERSON|Calvin Booker]] had not spoken directly since the last crisis. The [[Army Corps of Engineers|ORG|United States Army Corps of Engineers]] is due to inspect the plant on Wednesday.
"""

DOCS["dev-12"] = """\
# Victoria Marks Anniversary of Its Founding
[[Victoria|GPE]], the capital of [[British Columbia|GPE]], is marking 180 years since the [[Hudson’s Bay Company|ORG]] built a trading fort on the southern tip of [[Vancouver Island|LOC]].
The city was named after [[Victoria|PERSON|Queen Victoria]], who was on the throne when the fort went up. Mayor [[Alana Whitecloud|PERSON]] unveiled a plaque outside the [[Empress Hotel|FAC]] and said the celebrations would also recognise the [[Lekwungen|NORP]]-speaking peoples who lived there first. [[Whitecloud|PERSON|Alana Whitecloud]]’s office said 40,000 people were expected at events along the harbour.
Premier [[Grace Lin|PERSON]] travelled from [[Vancouver|GPE]] on a [[BC Ferries|ORG]] vessel for the ceremony. [[Lin|PERSON|Grace Lin]] announced funding for the [[Royal BC Museum|ORG]] and said the provincial legislature would hold a special sitting. Officials in [[Ottawa|GPE]] sent a message of congratulations.
The [[Royal Canadian Mounted Police|ORG]] ([[RCMP|ORG|Royal Canadian Mounted Police]]) closed several streets around the [[Inner Harbour|LOC]]. The [[Times Colonist|ORG]] printed a special edition, and the [[Victoria Royals|ORG]] hockey team wore commemorative jerseys on Saturday night.
"""

DOCS["dev-13"] = """\
[[Qatar|GPE]] will host a new round of talks between [[Iran|GPE]] and its [[Arab|NORP]] neighbours next month, [[Qatar|GPE]]’s [[Foreign Ministry|ORG|Ministry of Foreign Affairs (Qatar)]] said on Sunday, amid rising tension over shipping in the [[Strait of Hormuz|LOC]].
# Qatar to Host Gulf Security Talks
Prime Minister [[Mohammed bin Abdulrahman Al Thani|PERSON]] said the meeting in [[Doha|GPE]] would focus on maritime security. Sheikh [[Mohammed|PERSON|Mohammed bin Abdulrahman Al Thani]] has mediated between [[Tehran|GPE]] and [[Riyadh|GPE]] before, and [[Oman|GPE]], which hosted earlier talks in [[Muscat|GPE]], will also attend.
[[Iranian|NORP]] [[Foreign Ministry|ORG|Ministry of Foreign Affairs (Iran)]] spokesman [[Reza Bagheri|PERSON]] told [[Al Jazeera|ORG]] that [[Iran|GPE]] wanted guarantees that [[Western|NORP]] navies would not board its tankers. [[Bagheri|PERSON|Reza Bagheri]] said [[Tehran|GPE]] would send a deputy minister.
The [[Gulf Cooperation Council|ORG]] ([[GCC|ORG|Gulf Cooperation Council]]) welcomed the initiative. In [[Washington|GPE]], a [[State Department|ORG]] official said the [[US|GPE]] envoy, [[Laila Haddad|PERSON]], would be in [[Doha|GPE]] but would not take part. [[Saudi Arabia|GPE]] and the [[United Arab Emirates|GPE]] have not said who will lead their delegations.
"""

DOCS["dev-14"] = """\
# Drought Forces New Limits on Panama Canal
The [[Panama Canal Authority|ORG]] said on Thursday it would cut the number of daily ship crossings to 24 from next month, as a drought drains [[Gatun Lake|LOC]], the reservoir that feeds the [[Panama Canal|FAC]]’s locks.
Administrator [[Ramiro Castillo|PERSON]] said rainfall over the [[Chagres River|LOC]] basin was 40 per cent below normal. [[Castillo|PERSON|Ramiro Castillo]] told reporters in [[Panama City|GPE]] that shipping lines should expect delays of up to three weeks.
Container traffic between the [[Atlantic|LOC]] and the [[Pacific|LOC]] is already being diverted through the [[Suez Canal|FAC]] and around [[Cape Horn|LOC]]. [[Maersk|ORG]], based in [[Copenhagen|GPE]], said it would add a land bridge by rail between the ports of [[Balboa|GPE]] and [[Colón|GPE]], the city named after [[Christopher Columbus|PERSON]].
[[Panamanian|NORP]] President [[Lucía Barrera|PERSON]] said a new reservoir on the [[Río Indio|LOC]] would be built despite opposition from farmers. [[Barrera|PERSON|Lucía Barrera]]’s government has also faced pressure from [[Washington|GPE]] over the role of [[Chinese|NORP]] companies, including [[CK Hutchison|ORG]], at the canal’s ports.
"""

DOCS["dev-15"] = """\
# ICC Issues Warrant for Militia Commander
The [[International Criminal Court|ORG]] ([[ICC|ORG|International Criminal Court]]) has issued an arrest warrant for [[Hamid Osman Idris|PERSON]], a commander in [[Sudan|GPE]]’s [[Rapid Support Forces|ORG]], over killings in [[West Darfur|GPE]].
Deputy Prosecutor [[Aminata Sow|PERSON]] told judges in [[The Hague|GPE]] that [[Idris|PERSON|Hamid Osman Idris]] had ordered attacks on [[Masalit|NORP]] neighbourhoods of [[El Geneina|GPE]] in 2023. [[Sow|PERSON|Aminata Sow]], a [[Senegalese|NORP]] lawyer, said witnesses had been interviewed in refugee camps in eastern [[Chad|GPE]].
The [[Rapid Support Forces|ORG]] denied the allegations. [[Human Rights Watch|ORG]] and [[Amnesty International|ORG]] welcomed the warrant, but said the [[UN Security Council|ORG]] had failed to support the court’s work in [[Darfur|LOC]].
[[Dutch|NORP]] Foreign Minister [[Joost Brouwer|PERSON]] said the [[Netherlands|GPE]] would provide extra security for witnesses travelling to the court’s detention centre in [[Scheveningen|GPE]]. The [[African Union|ORG]] said it would study the decision.
"""

DOCS["dev-16"] = """\
# British Museum Opens Talks With Athens
The [[British Museum|ORG]] has opened formal talks with the [[Greek|NORP]] government over a long-term loan of sculptures taken from the [[Parthenon|FAC]] more than two centuries ago, its chairman confirmed on Friday.
[[Julian Ashcombe|PERSON]], who chairs the museum’s trustees, said any deal would have to work within [[British|NORP]] law, which bars the museum from giving away objects in its collection. [[Ashcombe|PERSON|Julian Ashcombe]] met [[Greek|NORP]] Culture Minister [[Eleni Karamanli|PERSON]] in [[London|GPE]] last week.
[[Karamanli|PERSON|Eleni Karamanli]] said [[Greece|GPE]] would never accept a loan that implied [[Britain|GPE]] owned the sculptures. They would be displayed in the [[Acropolis Museum|FAC]] in [[Athens|GPE]], a few hundred metres below the [[Acropolis|FAC]] itself, and the [[Acropolis Museum|ORG]] has already prepared an empty gallery for them.
[[UNESCO|ORG]] has urged both sides to reach an agreement. The [[Louvre|ORG]] in [[Paris|GPE]] and the [[Vatican Museums|ORG]] have returned smaller fragments to [[Athens|GPE]] in recent years. A spokesman for [[Downing Street|ORG]] said the matter was one for the trustees, while [[Labour|ORG]] MP [[Priya Sandhu|PERSON]] said ministers should change the law.
"""

DOCS["dev-17"] = """\
# Hurricane Forces Evacuations on Florida’s Gulf Coast
More than 300,000 people were ordered to leave their homes in [[Tampa|GPE]], [[Sarasota|GPE]] and [[Fort Myers|GPE]] on Tuesday as Hurricane Delia strengthened over the [[Gulf of Mexico|LOC]].
The [[National Hurricane Center|ORG]] in [[Miami|GPE]] said the storm could make landfall near [[Naples|GPE|Naples, Florida]] as a Category 4 hurricane. Governor [[Carla Brennan|PERSON]] said the [[Sunshine Skyway Bridge|FAC]] would close once winds reached 40mph. [[Brennan|PERSON|Carla Brennan]] spoke at the state’s emergency operations centre in [[Tallahassee|GPE]].
The [[Federal Emergency Management Agency|ORG]] ([[FEMA|ORG|Federal Emergency Management Agency]]) has moved supplies to a staging area at [[Raymond James Stadium|FAC]]. [[Tampa General Hospital|ORG]] said it had installed flood barriers, and the [[American Red Cross|ORG]] opened 40 shelters, including one at the [[University of South Florida|ORG]].
[[Duke Energy|ORG]] warned that a million customers could lose power. In [[Orlando|GPE]], [[Walt Disney World|FAC]] will close its parks on Wednesday. Forecasters said the storm could weaken over central [[Florida|GPE]] before reaching southern [[Georgia|GPE|Georgia (U.S. state)]].
"""

DOCS["dev-18"] = """\
# Boateng Reaches First US Open Final
[[Ghanaian|NORP]]-[[American|NORP]] teenager [[Ama Boateng|PERSON]] beat [[Poland|GPE]]’s [[Marta Zielińska|PERSON]] 7-6, 6-4 on Thursday night in [[Arthur Ashe Stadium|FAC]] to reach her first Grand Slam final.
[[Boateng|PERSON|Ama Boateng]], who grew up in [[Queens|GPE]] a few miles from the [[Billie Jean King National Tennis Center|FAC]], was coached as a child by her father, [[Kofi Boateng|PERSON]]. The elder [[Boateng|PERSON|Kofi Boateng]] watched from the players’ box alongside [[Billie Jean King|PERSON]].
[[Zielińska|PERSON|Marta Zielińska]]’s coach, [[Tomasz Wrona|PERSON]], said the [[Polish|NORP]] player had been troubled by a back injury since her quarter-final in [[Louis Armstrong Stadium|FAC]]. The [[Women’s Tennis Association|ORG]] ([[WTA|ORG|Women’s Tennis Association]]) said [[Zielińska|PERSON|Marta Zielińska]] would keep her No 3 ranking.
The [[United States Tennis Association|ORG]] ([[USTA|ORG|United States Tennis Association]]) said the match drew the largest television audience of the tournament on [[ESPN|ORG]]. [[Boateng|PERSON|Ama Boateng]] will face [[Aryna Voss|PERSON]] of [[Germany|GPE]] in Saturday’s final in [[New York|GPE]].
"""

DOCS["dev-19"] = """\
# Petrobras Unveils Offshore Drilling Plan
[[Petrobras|ORG]] will spend $20bn drilling new wells in the [[Santos Basin|LOC]] over the next five years, the [[Brazilian|NORP]] state oil company said on Wednesday at its headquarters in [[Rio de Janeiro|GPE]].
Chief executive [[Beatriz Santos|PERSON]] said output from the pre-salt fields off [[São Paulo|GPE|São Paulo (state)]] state would rise by a third. [[Santos|PERSON|Beatriz Santos]] said the company would also expand its refinery in [[Cubatão|GPE]], near the port city of [[Santos|GPE]].
Mines and Energy Minister [[Otávio Brandão|PERSON]] said in [[Brasília|GPE]] that the plan would create 50,000 jobs. [[Brandão|PERSON|Otávio Brandão]]’s ministry oversees the [[National Petroleum Agency|ORG]] ([[ANP|ORG|National Petroleum Agency]]), which must approve each well.
Environmental groups including [[Greenpeace|ORG]] said drilling near the mouth of the [[Amazon River|LOC]] should be ruled out. Shares in [[Petrobras|ORG]] rose 3 per cent on the [[B3|ORG]] exchange in [[São Paulo|GPE]], and analysts at [[Itaú BBA|ORG]] told [[Reuters|ORG]] that the plan was more cautious than expected.
"""

DOCS["dev-20"] = """\
[[Birmingham City Council|ORG]] voted on Tuesday to cut £300m from its budget over two years, closing libraries and raising council tax by 10 per cent after the authority effectively declared itself bankrupt.
Council leader [[Yasmin Akhtar|PERSON]] said the cuts were unavoidable. [[Akhtar|PERSON|Yasmin Akhtar]] blamed an equal-pay bill and a failed IT system, and said commissioners appointed by the [[Ministry of Housing, Communities and Local Government|ORG]] had approved the plan.
# Libraries to Close as Birmingham Cuts Bite
The union [[Unison|ORG]] said 600 jobs would go. Its regional secretary, [[Declan Moriarty|PERSON]], told the [[Birmingham Mail|ORG]] that bin workers in [[Birmingham|GPE]] would ballot for further strikes. [[Moriarty|PERSON|Declan Moriarty]] said members had been “treated with contempt”.
Libraries in [[Handsworth|GPE]], [[Sparkhill|GPE]] and [[Kings Norton|GPE]] will close, although the [[Library of Birmingham|FAC]] in [[Centenary Square|FAC]] will stay open. [[West Midlands Police|ORG]] said a protest outside the [[Council House|FAC]] had passed peacefully. [[Aston Villa|ORG]], whose [[Villa Park|FAC]] ground sits in one of the affected wards, has offered to host a community hub.
"""
