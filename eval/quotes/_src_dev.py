# Development-set source texts with inline annotation markup (see _make.py).
#   ⟦id|...⟧  quote span        ⟨id|...⟩  speaker mention        ⟪...⟫  distractor (not a quote)
# Spec lines: <quote id> <d|p|i> <speaker id|-> <cue|-> [+<quote id> same group] [open] [#tag ...]
# Names: "<speaker id>=<resolved name or ->; ..."

DOCS = []


def doc(doc_id, text, names, specs):
    DOCS.append(dict(doc_id=doc_id, text=text, names=names, specs=specs))


doc("dev-001", """
⟦q1|Ministers will publish a revised housing plan next month⟧, Housing Secretary ⟨s1|Sarah Hewitt⟩ told MPs on Tuesday, conceding that ⟦q2|the current target of 300,000 new homes a year would not be met before 2027⟧.
Opening the debate, ⟨s2|Ms Hewitt⟩ said: “⟦q3|We inherited a planning system that was broken. We are fixing it, but it will not happen overnight.⟧”
“⟦q4|Nobody on these benches is pretending otherwise, and nobody should.⟧”
The opposition’s housing spokesman, ⟨s3|Daniel Okoro⟩, dismissed the announcement as “⟦q5|a plan to make a plan⟧” and said ⟦q6|the government had run out of ideas⟧.
⟦q7|Housing starts fell 6% in the first quarter⟧, according to the ⟨s4|National Housebuilders’ Council⟩. Much of the delay has been blamed on the so-called “⟪grey belt⟫” rules introduced last year.
""", "s1=Sarah Hewitt; s2=Sarah Hewitt; s3=Daniel Okoro; s4=National Housebuilders’ Council", """
q1 i s1 told #appos
q2 i s1 conceding #appos
q3 d s2 said
q4 d s2 - #follow
q5 p s3 dismissed #appos #apos
q6 i s3 said
q7 i s4 according_to #apos
""")

doc("dev-002", """
Shares in Corvane Logistics fell 14% on Thursday after the parcel carrier cut its profit forecast for the second time this year.
"⟦q1|Volumes in Europe have been weaker than we expected,⟧" said chief executive ⟨s1|Marta Lindqvist⟩. "⟦q2|We are taking out cost, but we won't sacrifice service to do it.⟧"
"⟦q3|The guidance cut was bigger than anyone had pencilled in,⟧" ⟨s2|Rupert Achebe⟩, an analyst at Fenwick Stone, wrote in a note to clients, "⟦q4|and investors will want to see the cost plan before they come back.⟧"
⟨s3|A company spokesman⟩ said ⟦q5|the 400 job cuts announced in March were not affected⟧.
The carrier's main rival, Hestia Post, last month launched a next-day service under the brand "⟪Tomorrow Today⟫".
""", "s1=Marta Lindqvist; s2=Rupert Achebe; s3=Corvane Logistics", """
q1 d s1 said #appos
q2 d s1 - #follow #apos
q3 d s2 wrote #appos
q4 d s2 wrote +q3
q5 i s3 said #org
""")

doc("dev-003", """
Hallam Rovers were knocked out of the cup on penalties by Dunmore Athletic on Saturday, and manager Gavin O’Neill was in no mood to be consoled.
‘⟦q1|We didn’t turn up in the first half, and you can’t do that at this level,⟧’ ⟨s1|O’Neill⟩ said. ‘⟦q2|The players’ effort was there after the break, but by then it was too late.⟧’
Dunmore’s head coach, Ruth Calloway, had sent on substitute goalkeeper Ben Adeyemi minutes before the shoot-out, and he saved two penalties. ‘⟦q3|Ben’s been brilliant in training all week, so it wasn’t a gamble,⟧’ ⟨s2|she⟩ said. ‘⟦q4|He’s earned it.⟧’
The defeat ends Hallam’s hopes of a first trophy since the ’90s, when the club’s so-called ‘⟪Class of ’94⟫’ won back-to-back league titles.
""", "s1=Gavin O’Neill; s2=Ruth Calloway", """
q1 d s1 said #apos
q2 d s1 - #follow #apos
q3 d s2 said #pron #apos
q4 d s2 - #follow #pron #apos
""")

doc("dev-004", """
Researchers at the Rhône-Alpes Fusion Institute have sustained a stable plasma for 41 seconds, the longest pulse yet achieved in a European tokamak.
«⟦q1|Forty-one seconds does not sound like much, but for us it is a milestone,⟧» the project’s lead physicist, ⟨s1|Amélie Garnier⟩, told reporters in Grenoble. «⟦q2|Ten years ago we could barely hold a plasma for five.⟧»
⟦q3|The result still needs to be reproduced before it can be published⟧, according to ⟨s2|Dr Pieter Vos⟩, a plasma physicist at the Leiden Applied Physics Institute who was not involved in the work. ⟨s3|He⟩ warned that ⟦q4|pulse length alone said little about whether a reactor could ever produce net energy⟧.
The experiment, which the team nicknamed «⟪Long Breath⟫», will resume in the autumn after maintenance.
""", "s1=Amélie Garnier; s2=Pieter Vos; s3=Pieter Vos", """
q1 d s1 told #appos #apos
q2 d s1 - #follow
q3 i s2 according_to #appos
q4 i s3 warned
""")

doc("dev-005", """
Veldania's presidential spokesman, ⟨s1|Ivo Marek⟩, said on Monday that ⟦q1|talks with Ostrova over the disputed Sava pipeline would resume within weeks⟧.
Speaking to reporters in the capital, ⟨s2|Marek⟩ said: '⟦q2|Nobody wants this dispute to drag into another winter. We've made our proposals and we're waiting for Ostrova's answer.⟧'
Ostrova's foreign ministry did not respond to a request for comment, but deputy foreign minister ⟨s3|Lidia Sorensen⟩ wrote on social media: '⟦q3|Proposals made through the press are not proposals.⟧
The pipeline, known locally as the '⟪Silver Line⟫', has carried no gas since March.
""", "s1=Ivo Marek; s2=Ivo Marek; s3=Lidia Sorensen", """
q1 i s1 said #appos #apos
q2 d s2 said #apos
q3 d s3 wrote open #appos
""")

doc("dev-006", """
Olympic 400m champion ⟨s1|Kezia Marsh⟩ has announced that ⟦q1|she will miss next month’s world indoor championships because of a hamstring injury⟧.
In a statement released by her management company, ⟨s2|Marsh⟩ said: “⟦q2|This has been a really tough decision. My body is telling me to stop, and for once I’m going to listen.⟧
“⟦q3|I’ll be back for the outdoor season and I’ll be stronger for it.⟧”
Her coach, ⟨s3|Andre Whitfield⟩, said ⟦q4|a scan had shown a low-grade strain and that Marsh would return to training within a month⟧.
Marsh, whose memoir “⟪Running Uphill⟫” was published last year, has not raced since August.
""", "s1=Kezia Marsh; s2=Kezia Marsh; s3=Andre Whitfield", """
q1 i s1 announced #appos #apos
q2 d s2 said #apos
q3 d s2 said +q2 #apos
q4 i s3 said #appos
""")

doc("dev-007", """
The ⟨s1|Competition and Consumer Board⟩ has opened an investigation into Brightwave’s takeover of the payments start-up Tillo, saying ⟦q1|the deal could reduce choice for small retailers⟧.
⟨s2|Brightwave⟩ claimed ⟦q2|the two businesses barely overlapped⟧. In a regulatory filing, ⟨s3|the company⟩ stated that ⟦q3|Tillo supplied fewer than 2% of the country’s card terminals⟧, arguing that ⟦q4|a lengthy review would only benefit larger incumbents⟧.
⟨s4|A spokesperson for the board⟩ said ⟦q5|it would publish its initial findings by 14 July⟧.
Tillo’s card reader, sold under the name “⟪Tap & Go⟫”, is used by around 40,000 shops.
""", "s1=Competition and Consumer Board; s2=Brightwave; s3=Brightwave; s4=Competition and Consumer Board", """
q1 i s1 saying
q2 i s2 claimed
q3 i s3 stated #apos
q4 i s3 arguing
q5 i s4 said #org
""")

doc("dev-008", """
⟦q1|Nurses at Kingsgate Hospital will strike for 48 hours next week after talks with management collapsed⟧, the ⟨s1|Allied Health Union⟩ said on Friday.
Union representatives walked out of the meeting after less than an hour. "⟦q2|We came with a reasonable offer,⟧" ⟨s2|they⟩ said in a joint statement, "⟦q3|and management would not even discuss it.⟧"
The hospital's chief executive, ⟨s3|Graham Pell⟩, said ⟦q4|he was disappointed but that contingency plans were in place⟧. "⟦q5|Patients should attend their appointments unless they are contacted,⟧" ⟨s4|he⟩ said.
Health minister Joanna Whitlock has been asked to intervene, and on Wednesday met the union's general secretary, Colin Mbeki. "⟦q6|I have made clear that both sides need to get back around the table,⟧" ⟨s5|she⟩ told the Kingsgate Gazette.
""", "s1=Allied Health Union; s2=Allied Health Union; s3=Graham Pell; s4=Graham Pell; s5=Joanna Whitlock", """
q1 i s1 said
q2 d s2 said #pron #org
q3 d s2 said +q2
q4 i s3 said #appos
q5 d s4 said
q6 d s5 told #pron #apos
""")

doc("dev-009", """
⟦q1|A new antiviral cut hospital admissions among older flu patients by almost a third in a late-stage trial⟧, ⟨s1|Pellucid Therapeutics⟩ said on Wednesday.
“⟦q2|These are the results we hoped for. If they hold up under regulatory review, this could change how we treat flu in care homes.⟧” said ⟨s2|Hannah Leclerc⟩, Pellucid’s chief medical officer.
Independent experts were more cautious. ⟨s3|Michael Tan⟩, an infectious-disease specialist at Carrow University, said: “⟦q3|The effect is encouraging, but the trial was relatively small.⟧ “⟦q4|We need to see the full data before drawing conclusions,⟧” ⟨s4|he⟩ added.
⟦q5|Regulators in the US and Europe are expected to rule on the drug early next year⟧, according to ⟨s5|Dr Leclerc⟩. The drug, known as “⟪PX-17⟫” during development, will be sold as Fluvexa.
""", "s1=Pellucid Therapeutics; s2=Hannah Leclerc; s3=Michael Tan; s4=Michael Tan; s5=Hannah Leclerc", """
q1 i s1 said
q2 d s2 said #appos #apos
q3 d s3 said open #appos
q4 d s4 added
q5 i s5 according_to
""")

doc("dev-010", """
Formula One team Arcadia Racing has parted company with team principal Lars Hoffmann after a winless season.
⟨s1|A team spokesperson⟩ said: "⟦q1|Lars has given everything to this team over six years. We thank him and wish him well in the future.⟧"
⟨s2|Hoffmann⟩, nicknamed "⟪the Professor⟫" in the paddock for his meticulous approach, said ⟦q2|he was leaving with no regrets⟧. "⟦q3|I'm proud of what we built here,⟧" ⟨s3|he⟩ told a Dutch broadcaster.
Arcadia's lead driver, ⟨s4|Sofia Navarro⟩, whose father raced for the team in the '80s, posted on social media that ⟦q4|the team had made the right call⟧.
""", "s1=Arcadia Racing; s2=Lars Hoffmann; s3=Lars Hoffmann; s4=Sofia Navarro", """
q1 d s1 said #org #pron
q2 i s2 said
q3 d s3 told #apos
q4 i s4 posted #appos #apos
""")

doc("dev-011", """
The central bank of Marenia left interest rates unchanged at 4.25% on Thursday, but its governor, ⟨s1|Elena Dragan⟩, warned that ⟦q1|inflation was proving harder to bring down than forecast⟧.
‘⟦q2|We are not yet in a position to declare victory,⟧’ ⟨s2|Ms Dragan⟩ told a press conference, ‘⟦q3|and it would be a mistake to cut too early.⟧’
⟦q4|Two of the nine members of the monetary policy committee had pushed for a cut⟧, according to ⟨s3|a person familiar with the discussions⟩.
Finance minister Radu Petrescu welcomed the decision, but opposition leader ⟨s4|Ana Vlase⟩ called the bank’s approach ‘⟦q5|timid⟧’ and said ⟦q6|households were paying the price⟧. ‘⟦q7|Families can’t wait another year for relief,⟧’ ⟨s5|she⟩ said.
The bank’s quarterly ‘⟪Inflation Outlook⟫’ report is due next week.
""", "s1=Elena Dragan; s2=Elena Dragan; s3=-; s4=Ana Vlase; s5=Ana Vlase", """
q1 i s1 warned #appos
q2 d s2 told
q3 d s2 told +q2
q4 i s3 according_to #anon
q5 p s4 called #appos #apos
q6 i s4 said
q7 d s5 said #apos
""")

doc("dev-012", """
⟦q1|Chocolate maker Maison Ferrand will close its 90-year-old factory in Vevey by 2026, cutting 180 jobs⟧, ⟨s1|the company⟩ said on Tuesday.
«⟦q2|This decision was not taken lightly,⟧» chief executive ⟨s2|Laurent Pasche⟩ said in a statement. «⟦q3|Cocoa prices have tripled in two years and the site is no longer viable.⟧»
«⟦q4|We will support every employee through this process, and we will work with the unions on a fair social plan.⟧»
⟨s3|A spokeswoman for the food workers’ union SAV⟩ said ⟦q5|members had learned of the closure from the press⟧.
The factory’s best-known bar, «⟪Lac Noir⟫», will in future be made in Germany.
""", "s1=Maison Ferrand; s2=Laurent Pasche; s3=SAV", """
q1 i s1 said
q2 d s2 said #appos
q3 d s2 - #follow
q4 d s2 - #follow
q5 i s3 said #org #apos
""")

doc("dev-013", """
Nadia Kowalczyk reached her first Grand Slam semi-final on Tuesday, beating the fifth seed in three sets.
Kowalczyk’s long-time coach, Piotr Zielinski, was in tears in the players’ box. “⟦q1|He has been with me since I was 11, and he never stopped believing,⟧” ⟨s1|she⟩ said afterwards.
“⟦q2|Today I don’t think I played my best tennis. But I fought, and that’s what matters in a match like this.⟧”
⟨s2|Zielinski⟩ told reporters ⟦q3|his player had been carrying a shoulder problem all week⟧.
She will next face Danielle Moreau, the Frenchwoman dubbed “⟪the Wall⟫” for her defensive game.
""", "s1=Nadia Kowalczyk; s2=Piotr Zielinski", """
q1 d s1 said #pron #apos
q2 d s1 - #follow #apos
q3 i s2 told
""")

doc("dev-014", """
Voters in the northern region of Kessel will go to the polls on 12 May after the regional governor, Miroslav Hudak, resigned over a procurement scandal.
In a televised address, ⟨s1|Hudak⟩ said: "⟦q1|I have done nothing wrong. But I will not let these accusations paralyse the region, and so I am stepping aside.⟧"
The ⟨s2|Anti-Corruption Directorate⟩ claimed ⟦q2|contracts worth €14m had been steered to companies linked to the governor's family⟧. ⟦q3|The investigation was continuing⟧, according to ⟨s3|a spokesman for the directorate⟩.
⟨s4|Hudak's allies⟩ have described the case as a "⟦q4|political hit job⟧". The scandal has become widely known as the "⟪asphalt affair⟫".
""", "s1=Miroslav Hudak; s2=Anti-Corruption Directorate; s3=Anti-Corruption Directorate; s4=-", """
q1 d s1 said
q2 i s2 claimed #apos
q3 i s3 according_to #org
q4 p s4 described #anon #apos
""")

doc("dev-015", """
⟦q1|Sea ice around Antarctica reached its lowest winter extent on record this year⟧, ⟨s1|scientists at the Polar Data Institute⟩ said on Monday.
⟨s2|Ingrid Solberg⟩, the institute’s chief scientist, said: “⟦q2|We have never seen anything like this in 45 years of satellite records.⟧
“⟦q3|What worries me most is not one bad year. It is that the system seems to have shifted into a new state, and we don’t yet understand why.⟧
“⟦q4|We need more ships and more buoys in the Southern Ocean, and we need them now.⟧”
⟨s3|A spokesperson for the Department for Science⟩ said ⟦q5|funding for a new research vessel would be considered in the autumn spending review⟧.
The findings will be presented at the “⟪Frozen Frontiers⟫” conference in Hobart next month.
""", "s1=Polar Data Institute; s2=Ingrid Solberg; s3=Department for Science", """
q1 i s1 said #org
q2 d s2 said #appos #apos
q3 d s2 said +q2 #apos
q4 d s2 said +q2
q5 i s3 said #org
""")

doc("dev-016", """
Northshire beat Easton by six wickets on the final day to go top of the county championship.
'⟦q1|It's been a long time coming for this club,⟧' said captain ⟨s1|Rob Fairweather⟩, '⟦q2|and the players' belief never dropped, even when we were 80 for five.⟧'
Easton's coach, ⟨s2|Declan Murphy⟩, said ⟦q3|his side had dropped too many catches⟧. '⟦q4|We'll look at it on Monday,⟧' ⟨s3|he⟩ said. '⟦q5|There's no hiding from it.⟧
The win was Northshire's first at Easton since the '90s. Fairweather's autobiography, '⟪Long Days in the Field⟫', is due out in the spring.
""", "s1=Rob Fairweather; s2=Declan Murphy; s3=Declan Murphy", """
q1 d s1 said #appos #apos
q2 d s1 said +q1 #apos
q3 i s2 said #appos #apos
q4 d s3 said #apos
q5 d s3 - open #follow #apos
""")

doc("dev-017", """
⟦q1|Household energy bills will fall by an average of £120 a year from October⟧, according to the ⟨s1|Energy Pricing Authority⟩.
In its quarterly review, ⟨s2|the authority⟩ stated that ⟦q2|lower wholesale gas prices were the main factor behind the cut⟧.
Consumer group ⟨s3|Fairbill⟩ said ⟦q3|the reduction did not go far enough⟧. Its director, ⟨s4|Priya Raman⟩, said: “⟦q4|Bills are still 40% higher than they were in 2021. Millions of people are going to face another winter choosing between heating and eating.⟧”
Energy minister Tom Ashdown welcomed the cut. Asked about Ms Raman’s comments, ⟨s5|he⟩ said ⟦q5|the government’s insulation grants remained open to low-income households⟧.
Applications for the so-called “⟪boiler bonus⟫” closed in March.
""", "s1=Energy Pricing Authority; s2=Energy Pricing Authority; s3=Fairbill; s4=Priya Raman; s5=Tom Ashdown", """
q1 i s1 according_to
q2 i s2 stated
q3 i s3 said
q4 d s4 said #appos
q5 i s5 said #pron #apos
""")

doc("dev-018", """
Alliance defence ministers agreed on Thursday to double the size of the rapid reaction force on the eastern flank.
“⟦q1|This is the most significant change to our posture in a generation,⟧” said Admiral ⟨s1|Henrik Vestergaard⟩, chairman of the alliance’s Military Committee.
⟨s2|Vestergaard⟩ said ⟦q2|the first additional brigades would be in place by next summer⟧ but declined to give numbers.
In Ostrova, presidential spokesman ⟨s3|Arkady Belov⟩ called the move “⟦q3|a provocation⟧” and said ⟦q4|Ostrova would respond appropriately⟧.
⟨s4|A defence ministry official⟩, speaking on condition of anonymity, said ⟦q5|the plans had been agreed in outline months ago⟧.
""", "s1=Henrik Vestergaard; s2=Henrik Vestergaard; s3=Arkady Belov; s4=-", """
q1 d s1 said #appos #apos
q2 i s2 said
q3 p s3 called #appos
q4 i s3 said #appos
q5 i s4 said #anon
""")

doc("dev-019", """
⟨s1|Meridian Pictures⟩ said on Sunday that ⟦q1|its new science-fiction film had taken $142m worldwide in its opening weekend⟧. The film, "⟪Ashfall⟫", is the most expensive original production the studio has made.
"⟦q2|Audiences have been telling us for years that they want big original stories, not just sequels,⟧" says director ⟨s2|Tamsin Kerr⟩.
"⟦q3|We didn't have a franchise to lean on. We had a script and a crew who believed in it.⟧"
Box-office analyst ⟨s3|Jordan Pike⟩ of ScreenCount said ⟦q4|the film's performance in China would decide whether it turned a profit⟧. Kerr's previous film, "⟪The Salt Road⟫", won the jury prize at Cannes.
""", "s1=Meridian Pictures; s2=Tamsin Kerr; s3=Jordan Pike", """
q1 i s1 said
q2 d s2 says #appos
q3 d s2 - #follow #apos
q4 i s3 said #appos #apos
""")

doc("dev-020", """
⟦q1|The Aster-2 lander touched down near the Moon’s south pole on Friday⟧, the ⟨s1|Pan-European Space Consortium⟩ said.
«⟦q2|The signal came back at 21.04,⟧» mission director ⟨s2|Carla Benedetti⟩ said, «⟦q3|and for about ten seconds nobody in the room breathed.⟧»
The lander carries an Italian-built drill, dubbed «⟪Talpa⟫», designed to dig up to a metre into the lunar soil.
Deputy director ⟨s3|Jonas Ekberg⟩ said ⟦q4|the first samples could be analysed within a fortnight⟧. «⟦q5|If there is water ice where we think it is, this mission will have paid for itself,⟧» ⟨s4|he⟩ added.
""", "s1=Pan-European Space Consortium; s2=Carla Benedetti; s3=Jonas Ekberg; s4=Jonas Ekberg", """
q1 i s1 said #apos
q2 d s2 said #appos
q3 d s2 said +q2
q4 i s3 said #appos
q5 d s4 added
""")

doc("dev-021", """
The mayor of Brackley, Fiona Gallagher, has rejected calls to resign over the council’s handling of the town’s flood defences.
Councillor Martin Hale, who leads the opposition group, tabled a motion of no confidence on Monday. ⟨s1|She⟩ told the Brackley Herald: ‘⟦q1|I’m not going anywhere. I was elected to do a job and I intend to finish it.⟧’
⟨s2|Mr Hale⟩ said ⟦q2|residents had lost faith in the council⟧. ‘⟦q3|People in the Wharf Street area were flooded twice in a year,⟧’ ⟨s3|he⟩ said. ‘⟦q4|They’re entitled to ask who’s responsible.⟧’
⟨s4|A spokesman for the Rivers Authority⟩ said ⟦q5|new barriers would be installed before the winter⟧.
The barriers form part of the ‘⟪Safer Streets, Drier Homes⟫’ programme launched in 2022.
""", "s1=Fiona Gallagher; s2=Martin Hale; s3=Martin Hale; s4=Rivers Authority", """
q1 d s1 told #pron #apos
q2 i s2 said
q3 d s3 said
q4 d s3 - #follow #apos
q5 i s4 said #org
""")

doc("dev-022", """
Harbour City Rugby have signed fly-half Conor O'Dwyer from Westport on a three-year deal.
Director of rugby ⟨s1|Aidan Fitzpatrick⟩ said: "⟦q1|Conor is exactly the kind of player we've been looking for. He controls a game, he kicks well, and he's only 23.⟧
"⟦q2|We think he can be the cornerstone of this team for the next decade.⟧"
⟦q3|The fee was in the region of €400,000⟧, according to the ⟨s2|Westport Chronicle⟩.
⟨s3|O'Dwyer⟩ said in a club video that ⟦q4|he was excited to work with Fitzpatrick's coaching team⟧.
""", "s1=Aidan Fitzpatrick; s2=Westport Chronicle; s3=Conor O'Dwyer", """
q1 d s1 said #appos #apos #pron
q2 d s1 said +q1 #pron
q3 i s2 according_to
q4 i s3 said #apos
""")

doc("dev-023", """
Budget airline SkyLark has cancelled 340 flights over the next fortnight because of a shortage of engine parts.
⟨s1|A SkyLark spokesperson⟩ said ⟦q1|affected passengers had been offered refunds or alternative flights⟧ and insisted that ⟦q2|safety had never been compromised⟧.
The airline’s chief executive, Oskar Brandt, blamed the engine manufacturer. “⟦q3|We were promised deliveries in March. It is now June and we still don’t have them,⟧” ⟨s3|he⟩ said.
The manufacturer, ⟨s4|Turbonord⟩, stated that ⟦q4|it was working with all customers to resolve supply issues⟧.
Passengers’ rights group ⟨s5|FlyFair⟩ described the cancellations as “⟦q5|chaotic and entirely avoidable⟧”. SkyLark’s “⟪Lark Plus⟫” loyalty members will be first in line for rebooking.
""", "s1=SkyLark; s3=Oskar Brandt; s4=Turbonord; s5=FlyFair", """
q1 i s1 said #org
q2 i s1 insisted #org
q3 d s3 said #apos
q4 i s4 stated #appos
q5 p s5 described #apos
""")

doc("dev-024", """
According to the ⟨s1|Central Electoral Commission⟩, ⟦q1|turnout in Sunday’s presidential run-off was 61%, the highest since 1998⟧.
The winner, ⟨s2|Viktor Anand⟩, hailed the result as “⟦q2|a victory for every region,⟧” before addressing supporters in the capital. “⟦q3|Tonight we begin again,⟧” said ⟨s3|Mr Anand⟩.
His rival, Irina Koval, conceded defeat shortly after midnight. “⟦q4|The people have spoken and I respect their choice,⟧” ⟨s4|she⟩ said in a brief statement, “⟦q5|but our movement is not going away.⟧”
Anand’s campaign slogan, “⟪One Country, One Future⟫”, was printed on banners across the square.
""", "s1=Central Electoral Commission; s2=Viktor Anand; s3=Viktor Anand; s4=Irina Koval", """
q1 i s1 according_to #apos
q2 p s2 hailed #appos
q3 d s3 said
q4 d s4 said
q5 d s4 said +q4
""")

doc("dev-025", """
⟦q1|People who walk at least 7,000 steps a day have a 30% lower risk of early death⟧, ⟨s1|researchers at the Nordvik Institute of Public Health⟩ reported on Wednesday.
The team, led by Dr Selma Haugen and her colleague Erik Lund, followed 40,000 adults for a decade. "⟦q2|You don't need to run marathons,⟧" ⟨s2|she⟩ said. "⟦q3|Even moderate walking makes a measurable difference.⟧ "⟦q4|The benefits level off above about 10,000 steps,⟧" ⟨s3|she⟩ added.
⟦q5|The study could not prove that walking itself caused the lower risk⟧, according to ⟨s4|Dr Lund⟩. ⟨s5|He⟩ said ⟦q6|fitter people might simply walk more⟧.
The researchers now plan a trial. "⟦q7|We want to know whether getting inactive people walking changes their outcomes,⟧" ⟨s6|they⟩ wrote in the paper, titled "⟪Steps and Survival⟫".
""", "s1=Nordvik Institute of Public Health; s2=Selma Haugen; s3=Selma Haugen; s4=Erik Lund; s5=Erik Lund; s6=Nordvik Institute of Public Health", """
q1 i s1 reported #org
q2 d s2 said #pron #apos
q3 d s2 - open #follow
q4 d s3 added
q5 i s4 according_to
q6 i s5 said
q7 d s6 wrote #org
""")
