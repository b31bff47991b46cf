# Held-out test-set source texts with inline annotation markup (see _make.py and _src_dev.py).

DOCS = []


def doc(doc_id, text, names, specs):
    DOCS.append(dict(doc_id=doc_id, text=text, names=names, specs=specs))


doc("test-001", """
⟦q1|The government of Karvonia has rejected a proposal from neighbouring Bellmark to reopen the border crossing at Tarsk⟧, presidential spokesman ⟨s1|Pavel Orlan⟩ said on Wednesday.
“⟦q2|The conditions Bellmark attached to this offer are unacceptable. We will not negotiate under pressure,⟧” ⟨s2|Orlan⟩ told a regular briefing.
Bellmark’s foreign minister, ⟨s3|Greta Holm⟩, described Karvonia’s response as “⟦q3|deeply disappointing⟧” and said ⟦q4|her government’s offer remained on the table⟧.
⟦q5|Trade across the crossing has fallen by two-thirds since it closed in 2022⟧, according to the ⟨s4|Bellmark Chamber of Commerce⟩. The crossing, known as the “⟪Friendship Gate⟫”, was built in 1972.
""", "s1=Pavel Orlan; s2=Pavel Orlan; s3=Greta Holm; s4=Bellmark Chamber of Commerce", """
q1 i s1 said #appos
q2 d s2 told
q3 p s3 described #appos #apos
q4 i s3 said #apos
q5 i s4 according_to
""")

doc("test-002", """
Carmaker Voltra will build its first European battery plant in northern Estmere, creating about 2,500 jobs.
"⟦q1|We looked at sites in five countries,⟧" Voltra's chief operating officer, ⟨s1|Benedikt Sauer⟩, told reporters at the company's headquarters, "⟦q2|and Estmere offered the best mix of renewable power, skills and port access.⟧"
"⟦q3|Construction starts next spring. We expect the first cells to come off the line in 2028.⟧"
⟨s2|A spokeswoman for the Estmere economy ministry⟩ said ⟦q4|the state would contribute €350m in grants⟧.
Environmental group ⟨s3|Rio Vivo⟩ warned that ⟦q5|the plant's water use could strain local rivers during dry summers⟧. The plant will make cells for Voltra's budget model, the "⟪Pico⟫".
""", "s1=Benedikt Sauer; s2=Estmere economy ministry; s3=Rio Vivo", """
q1 d s1 told #appos #apos
q2 d s1 told +q1
q3 d s1 - #follow
q4 i s2 said #org
q5 i s3 warned #apos
""")

doc("test-003", """
Glenmoor City striker Aoife Brennan scored twice as her side came from behind to beat Riverside 3–2 on Sunday.
‘⟦q1|I’ve had a rough few weeks, so it’s nice to repay the manager’s faith,⟧’ ⟨s1|Brennan⟩ said. ‘⟦q2|The girls’ reaction at half-time was unbelievable.⟧’
Glenmoor’s assistant manager, Marie Okafor, gave the team talk at the break because manager Kevin Doyle had lost his voice. ‘⟦q3|Kev let me have a go at them, and he doesn’t do that very often,⟧’ ⟨s2|she⟩ said with a smile.
⟨s3|Doyle⟩ said ⟦q4|he had never doubted his players⟧. ‘⟦q5|We don’t panic here,⟧’ ⟨s4|he⟩ said. ‘⟦q6|We never have.⟧’
The result lifts Glenmoor above their neighbours for the first time since the ’80s.
""", "s1=Aoife Brennan; s2=Marie Okafor; s3=Kevin Doyle; s4=Kevin Doyle", """
q1 d s1 said #apos
q2 d s1 - #follow #apos
q3 d s2 said #pron #apos
q4 i s3 said
q5 d s4 said #apos
q6 d s4 - #follow
""")

doc("test-004", """
A probe launched by the Helvetic Space Agency has sent back the first close-up images of the asteroid Kallisto-9.
«⟦q1|What we are seeing is a rubble pile, not a solid rock,⟧» said ⟨s1|Dr Lukas Brunner⟩, the mission’s principal investigator. «⟦q2|That changes how we would deflect something like this if it were ever on a collision course.⟧»
⟦q3|The probe will remain in orbit around the asteroid for at least 14 months⟧, according to ⟨s2|a spokesperson for the agency⟩.
«⟦q4|The images are stunning,⟧» ⟨s3|Naomi Achterberg⟩, a planetary scientist at the Utrecht Observatory who is not part of the team, wrote on social media, «⟦q5|and the boulder distribution alone will keep people busy for years.⟧»
The spacecraft, named «⟪Edelweiss⟫», cost about €480m.
""", "s1=Lukas Brunner; s2=Helvetic Space Agency; s3=Naomi Achterberg", """
q1 d s1 said #appos #apos
q2 d s1 - #follow
q3 i s2 according_to #org
q4 d s3 wrote #appos
q5 d s3 wrote +q4
""")

doc("test-005", """
The leader of the Progressive Alliance, Tomasz Wren, has called for an early general election after the government lost a key vote on its '⟪Retirement Security Act⟫'.
Speaking outside parliament, ⟨s1|Wren⟩ said: '⟦q1|This government has lost its majority and it has lost the argument. It's time to let the country decide.⟧
'⟦q2|If the prime minister won't call an election, we'll table a motion of no confidence next week.⟧'
Prime Minister ⟨s2|Helena Strand⟩ insisted ⟦q3|the reform would return to parliament in an amended form⟧. '⟦q4|We're not going to be bounced into an election by a party that's polling at 14%,⟧' ⟨s3|she⟩ told the Daily Courier.
Her finance minister, ⟨s4|Jan Olsen⟩, was blunter. '⟦q5|Wren's party can't even agree on its own pensions policy.⟧
The defeat was the government's third in a month.
""", "s1=Tomasz Wren; s2=Helena Strand; s3=Helena Strand; s4=Jan Olsen", """
q1 d s1 said #apos
q2 d s1 said +q1 #apos
q3 i s2 insisted #appos
q4 d s3 told #apos
q5 d s4 - open #nocue #appos #apos
""")

doc("test-006", """
⟦q1|Supermarket chain Greenway misled shoppers over its price-matching promises for more than two years⟧, the ⟨s1|Trading Standards Council⟩ said on Monday as it fined the company £9m.
⟨s2|Greenway⟩ claimed ⟦q2|the errors were caused by a software fault⟧ and said ⟦q3|it had already refunded affected customers⟧. ⟨s3|It⟩ had challenged the council’s findings, arguing that ⟦q4|no shopper had paid more than they would have at a rival store⟧.
“⟦q5|Shoppers trusted those yellow labels,⟧” said ⟨s4|Ruth Abara⟩, the council’s head of enforcement. “⟦q6|They were let down.⟧”
The chain’s “⟪Price Promise⟫” labels have since been withdrawn from its 640 stores.
""", "s1=Trading Standards Council; s2=Greenway; s3=Greenway; s4=Ruth Abara", """
q1 i s1 said
q2 i s2 claimed
q3 i s2 said
q4 i s3 arguing #pron #apos
q5 d s4 said #appos #apos
q6 d s4 - #follow
""")

doc("test-007", """
Marathon world record holder ⟨s1|Elias Kiptanui⟩ has said ⟦q1|he will run in London next April⟧, ending months of speculation.
Race director ⟨s2|Hugh Pemberton⟩ said: “⟦q2|Getting Elias here has been a priority for three years. He is the best marathon runner of his generation and our course suits him.⟧
“⟦q3|I don’t want to put pressure on him, but if the weather is kind, anything is possible.⟧”
Kiptanui’s agent, Lotte van Dijk, also represents his training partner, Samuel Rotich. “⟦q4|Samuel is ready for a big city marathon,⟧” ⟨s3|she⟩ said, “⟦q5|but we are still talking about which one.⟧”
Kiptanui’s autobiography, “⟪Barefoot to Berlin⟫”, was a bestseller in Kenya.
""", "s1=Elias Kiptanui; s2=Hugh Pemberton; s3=Lotte van Dijk", """
q1 i s1 said #appos
q2 d s2 said #appos #pron
q3 d s2 said +q2 #apos #pron
q4 d s3 said #pron #apos
q5 d s3 said +q4
""")

doc("test-008", """
The interior ministry of Estmere has ordered an inquiry into the police response to last weekend's protests in the capital, Vardo.
"⟦q1|Every complaint will be examined. Where officers have broken the rules, they will face the consequences,⟧" ⟨s1|a ministry spokesperson⟩ said.
"⟦q2|But we will not tolerate attacks on police officers either.⟧"
Organisers of the protest, the ⟨s2|Citizens' Forum⟩, stated that ⟦q3|more than 200 people had been injured, including 14 who needed hospital treatment⟧. National police chief ⟨s3|Anton Lindgren⟩ told parliament's security committee that ⟦q4|his officers had acted with restraint⟧.
""", "s1=Estmere Interior Ministry; s2=Citizens' Forum; s3=Anton Lindgren", """
q1 d s1 said #org #apos
q2 d s1 - #follow
q3 i s2 stated #appos #apos
q4 i s3 told #appos #apos
""")

doc("test-009", """
A blood test that detects 12 types of cancer before symptoms appear has shown promising results in a trial of 25,000 people.
“⟦q1|This is the first time we have shown that a test like this works in an ordinary population, not just in high-risk patients,⟧” said ⟨s1|Dr Farah Qureshi⟩, who led the study at St Aldhelm’s Hospital.
⟦q2|The test correctly flagged 71% of cancers and gave a false alarm in fewer than one in 100 people⟧, according to ⟨s2|Dr Qureshi⟩.
⟨s3|Owen Lachlan⟩, a professor of epidemiology at Kingsbridge University, said: “⟦q3|The results look good on paper. But we don’t yet know whether earlier detection actually saves lives.⟧ “⟦q4|That is the question that matters,⟧” ⟨s4|he⟩ said.
The ⟨s5|Department of Health and Care⟩ said ⟦q5|it would decide next year whether to offer the test more widely⟧. The test, marketed as “⟪OncoSeek⟫”, costs about £500.
""", "s1=Farah Qureshi; s2=Farah Qureshi; s3=Owen Lachlan; s4=Owen Lachlan; s5=Department of Health and Care", """
q1 d s1 said #appos #apos
q2 i s2 according_to
q3 d s3 said open #appos #apos
q4 d s4 said
q5 i s5 said
""")

doc("test-010", """
⟦q1|Music streaming service Soundloop will raise subscription prices by 15% from June⟧, ⟨s1|it⟩ announced on Monday.
'⟦q2|We've invested heavily in new features and we're paying artists more than ever,⟧' said ⟨s2|Mia Castellano⟩, Soundloop's president. '⟦q3|Prices haven't moved since 2021, and this is our first rise in three years.⟧'
⟨s3|Critics⟩ said ⟦q4|the increase would hit younger listeners hardest⟧.
Veteran guitarist Dex Harlan, whose '70s band the Wildcards had a string of hits, was unimpressed. '⟦q5|Streaming has been great for the companies and lousy for rock 'n' roll,⟧' ⟨s5|he⟩ said. '⟦q6|Artists still get pennies.⟧'
The Wildcards' 1977 album '⟪Heatwave Nights⟫' went platinum.
""", "s1=Soundloop; s2=Mia Castellano; s3=-; s5=Dex Harlan", """
q1 i s1 announced #pron
q2 d s2 said #appos #apos
q3 d s2 - #follow #apos
q4 i s3 said #anon
q5 d s5 said #apos
q6 d s5 - #follow
""")

doc("test-011", """
General ⟨s1|Mikael Ruud⟩, commander of the Joint Northern Command, said on Friday that ⟦q1|the alliance would station an additional 3,000 troops in the Baltic region by the end of the year⟧.
“⟦q2|Our message is simple: we are here, and we are staying,⟧” ⟨s2|the general⟩ said.
Bellmark’s defence minister, ⟨s3|Sigrun Dahl⟩, hailed the announcement as “⟦q3|a clear signal,⟧” while ⟨s4|Karvonia’s foreign ministry⟩ called it “⟦q4|reckless⟧”.
⟦q5|About 1,200 of the additional troops will come from Bellmark⟧, according to ⟨s5|a senior alliance official⟩ who briefed journalists on condition of anonymity. The exercise that preceded the announcement was code-named “⟪Iron Tide⟫”.
""", "s1=Mikael Ruud; s2=Mikael Ruud; s3=Sigrun Dahl; s4=Karvonia Foreign Ministry; s5=-", """
q1 i s1 said #appos
q2 d s2 said #appos
q3 p s3 hailed #appos #apos
q4 p s4 called #org #apos
q5 i s5 according_to #anon
""")

doc("test-012", """
Former world number one Julien Mercier announced his retirement on Thursday at the age of 34, two months after a third operation on his left knee.
In a video posted on social media, ⟨s1|Mercier⟩ said: «⟦q1|I have tried everything to come back. The knee simply won’t let me play at the level I want.⟧
«⟦q2|I leave with no regrets and with huge gratitude to the fans, who carried me through the hardest moments.⟧»
His long-time rival, Mateo Ibarra, paid tribute. «⟦q3|Julien made me a better player,⟧» ⟨s2|he⟩ wrote. «⟦q4|Our matches in the ’10s were some of the best of my life.⟧»
The French federation’s president, ⟨s3|Claire Rousset⟩, told L’Écho Sportif: «⟦q5|He will always be part of our family, and we will find a way to honour him properly.⟧
""", "s1=Julien Mercier; s2=Mateo Ibarra; s3=Claire Rousset", """
q1 d s1 said #apos
q2 d s1 said +q1
q3 d s2 wrote
q4 d s2 - #follow #apos
q5 d s3 told open #appos #apos #pron
""")

doc("test-013", """
⟦q1|Harcourt Bank will cut 1,100 jobs in its branch network over the next two years⟧, ⟨s1|people familiar with the plans⟩ said.
The bank’s chief executive, ⟨s2|Nicola Barrington⟩, declined to confirm the figure but told analysts on Wednesday that ⟦q2|the branch network was being reviewed⟧. Profits rose 8% to £2.3bn, helped by higher interest margins.
Finance director Alistair Crane presented the figures alongside Ms Barrington, who took questions on strategy. When an analyst asked about dividends, ⟨s3|he⟩ said ⟦q3|the bank expected to return more cash to shareholders in the second half⟧.
The ⟨s4|Bank Workers’ Federation⟩ said ⟦q4|it would ballot members on industrial action⟧. “⟦q5|These are not just numbers on a spreadsheet,⟧” said its general secretary, ⟨s5|Gareth Lowe⟩. “⟦q6|They are people who have served this bank’s customers for decades.⟧”
The bank’s app, branded “⟪Harcourt Go⟫”, now has six million users.
""", "s1=-; s2=Nicola Barrington; s3=Alistair Crane; s4=Bank Workers’ Federation; s5=Gareth Lowe", """
q1 i s1 said #anon
q2 i s2 told #appos #apos
q3 i s3 said #pron
q4 i s4 said #apos
q5 d s5 said #appos
q6 d s5 - #follow #apos
""")

doc("test-014", """
⟦q1|The world's glaciers lost more ice last year than in any year since records began⟧, the ⟨s1|Global Ice Observatory⟩ said on Thursday.
Its director, ⟨s2|Dr Benoit Lamarre⟩, said: "⟦q2|We used to talk about glacier loss as a problem for the end of the century. It is happening now, in front of us.⟧"
⟨s3|Some economists⟩ have questioned the cost of the observatory's proposed monitoring network, arguing that ⟦q3|satellite data could do the same job more cheaply⟧.
⟨s4|Lamarre⟩ called that view "⟦q4|dangerously naive⟧". "⟦q5|Satellites can't measure what's happening at the base of a glacier,⟧" ⟨s5|he⟩ said.
⟨s6|A spokesman for the Alpine Tourism Board⟩ said ⟦q6|several ski resorts were already planning for winters with less natural snow⟧. The observatory's annual report, "⟪Thin Ice⟫", will be published in March.
""", "s1=Global Ice Observatory; s2=Benoit Lamarre; s3=-; s4=Benoit Lamarre; s5=Benoit Lamarre; s6=Alpine Tourism Board", """
q1 i s1 said #apos
q2 d s2 said #appos
q3 i s3 arguing #anon #apos
q4 p s4 called
q5 d s5 said #apos
q6 i s6 said #org
""")

doc("test-015", """
Port Allison’s mayor, ⟨s1|Rebecca Thorne⟩, has vetoed a plan to build a 20,000-seat stadium on the city’s waterfront, saying ⟦q1|the deal offered too little to taxpayers⟧.
“⟦q2|Why should a family in Eastside pay for a billionaire’s stadium?⟧” ⟨s2|she⟩ asked at a news conference on Monday. “⟦q3|I couldn’t find a good answer to that question, and neither could the team.⟧”
The team’s owner, ⟨s3|Carl Vickers⟩, said in a statement that ⟦q4|he would now consider offers from other cities⟧. Vickers’ lawyer, Maria Santos, declined to comment further. “⟦q5|We have negotiated in good faith for three years,⟧” ⟨s4|he⟩ said in the statement.
City council president ⟨s5|Dana Ruiz⟩ told reporters ⟦q6|the council would try to override the veto⟧. The project, known as “⟪Harborside Yards⟫”, had been in planning since 2021.
""", "s1=Rebecca Thorne; s2=Rebecca Thorne; s3=Carl Vickers; s4=Carl Vickers; s5=Dana Ruiz", """
q1 i s1 saying #appos #apos
q2 d s2 asked #apos
q3 d s2 - #follow #apos
q4 i s3 said #appos #apos
q5 d s4 said #pron #apos
q6 i s5 told #appos
""")

doc("test-016", """
Westbridge United have sacked manager Lukas Berg after a run of seven defeats in nine league games.
In a statement, club chairman ⟨s1|Patrick Henley⟩ said: "⟦q1|This was not an easy decision. Lukas is a good man and a fine coach, and he gave this club everything.⟧
"⟦q2|But results have not been good enough, and we owe it to the supporters to act.⟧
"⟦q3|We'll begin the search for a successor immediately.⟧"
Captain ⟨s2|Jamal Osei⟩ said ⟦q4|the players' confidence had been shattered by the run⟧. "⟦q5|We let him down,⟧" ⟨s3|he⟩ said.
Berg's high-pressing style, nicknamed "⟪Berg-ball⟫", won the club promotion in 2023.
""", "s1=Patrick Henley; s2=Jamal Osei; s3=Jamal Osei", """
q1 d s1 said #appos #pron
q2 d s1 said +q1
q3 d s1 said +q1 #apos
q4 i s2 said #appos #apos
q5 d s3 said #pron
""")

doc("test-017", """
The ⟨s1|Bellmark Financial Authority⟩ said on Friday that ⟦q1|it had frozen the assets of cryptocurrency exchange CoinHarbour pending an investigation into missing customer funds⟧.
‘⟦q2|Customers’ money appears to have been moved to accounts controlled by the company’s founders,⟧’ ⟨s2|an authority spokesperson⟩ said. ‘⟦q3|We are working to trace it.⟧’
CoinHarbour’s co-founder, ⟨s3|Viktor Lang⟩, claimed ⟦q4|the funds were safe and that the exchange had been the victim of a hack⟧. In a post on social media, ⟨s4|he⟩ stated that ⟦q5|all withdrawals would resume within days⟧.
The exchange’s own token, marketed as the ‘⟪Harbour Coin⟫’, has lost 90% of its value this week.
""", "s1=Bellmark Financial Authority; s2=Bellmark Financial Authority; s3=Viktor Lang; s4=Viktor Lang", """
q1 i s1 said
q2 d s2 said #org #apos
q3 d s2 - #follow
q4 i s3 claimed #appos #apos
q5 i s4 stated
""")

doc("test-018", """
The novel "⟪The Glass Orchard⟫" by first-time author Imogen Tate has won this year's Harwell Prize for fiction.
Announcing the award, the chair of judges, ⟨s1|Kwame Asante⟩, said: "⟦q1|This is a book about grief that somehow manages to be funny. We couldn't put it down.⟧"
⟨s2|Tate⟩, who wrote the book while working night shifts at a hospital, said ⟦q2|she had almost given up on it twice⟧. "⟦q3|There were nights I thought nobody would ever read it,⟧" ⟨s3|she⟩ said.
Her publisher, ⟨s4|Harriet Moss⟩ of Lantern Books, said ⟦q4|sales had quadrupled since the shortlist was announced⟧. Last year's winner was "⟪Salt and Iron⟫" by Declan Fairley.
""", "s1=Kwame Asante; s2=Imogen Tate; s3=Imogen Tate; s4=Harriet Moss", """
q1 d s1 said #appos #apos
q2 i s2 said #appos
q3 d s3 said
q4 i s4 said #appos
""")

doc("test-019", """
The deputy prime minister of Estmere, Lena Varga, has resigned after a row with Prime Minister Anders Feld over migration policy.
“⟦q1|He has abandoned the principles this party was founded on,⟧” ⟨s1|she⟩ said in her resignation letter. “⟦q2|I cannot in good conscience remain in his cabinet.⟧”
⟨s2|Feld⟩ said ⟦q3|he was sorry to see her go but that the government’s policy would not change⟧. His spokesman, ⟨s3|Tobias Rinn⟩, later added: “⟦q4|The prime minister thanks Ms Varga for her service and wishes her well.⟧”
Opposition parties called for a vote of confidence.
""", "s1=Lena Varga; s2=Anders Feld; s3=Tobias Rinn", """
q1 d s1 said #pron
q2 d s1 - #follow #pron
q3 i s2 said #apos
q4 d s3 added #appos #pron
""")

doc("test-020", """
A species of frog thought to have been extinct for 50 years has been rediscovered in the cloud forests of eastern Ecuador.
«⟦q1|We heard a call that nobody had recorded since the 1970s,⟧» said ⟨s1|Valeria Cruz⟩, a herpetologist at the Andean Biodiversity Centre who led the expedition. «⟦q2|At first we thought the recorder was playing tricks on us.⟧»
⟦q3|At least 30 adults were found along a single stream⟧, according to ⟨s2|the centre⟩. ⟨s3|It⟩ said ⟦q4|the exact location would be kept secret to protect the frogs from collectors⟧.
«⟦q5|Finding them is wonderful,⟧» ⟨s4|Cruz⟩ said, «⟦q6|but the fungus that wiped them out is still in these forests. The next few years will decide whether they survive.⟧»
The species, nicknamed «⟪the ghost frog⟫», is less than three centimetres long.
""", "s1=Valeria Cruz; s2=Andean Biodiversity Centre; s3=Andean Biodiversity Centre; s4=Valeria Cruz", """
q1 d s1 said #appos
q2 d s1 - #follow
q3 i s2 according_to #org
q4 i s3 said #pron
q5 d s4 said
q6 d s4 said +q5
""")

doc("test-021", """
Oil company Nordpetro has abandoned plans to drill in the Hallo Basin after years of opposition from fishing communities.
In a statement, ⟨s1|Nordpetro⟩ said ⟦q1|the project had become commercially unviable because of rising costs and lower oil prices⟧.
⟨s2|Sunniva Mæland⟩ of the campaign group Save Our Coast hailed the decision as '⟦q2|a huge win for coastal towns,⟧' adding that ⟦q3|the fight had taken eight years⟧. '⟦q4|We're delighted, but we'll believe it when the licences are handed back,⟧' ⟨s3|she⟩ said.
⟦q5|Nordpetro spent more than $600m on exploration in the basin⟧, according to ⟨s4|analysts at Tromsdal Energy⟩. Industry group ⟨s5|Offshore Norway Forum⟩ claimed ⟦q6|the decision would cost the region 1,500 jobs⟧.
The field had been known in the industry as '⟪the Big Maybe⟫'.
""", "s1=Nordpetro; s2=Sunniva Mæland; s3=Sunniva Mæland; s4=Tromsdal Energy; s5=Offshore Norway Forum", """
q1 i s1 said
q2 p s2 hailed #appos
q3 i s2 adding #appos
q4 d s3 said #apos
q5 i s4 according_to #org
q6 i s5 claimed #appos
""")

doc("test-022", """
Team Solaris have withdrawn from the Tour des Cimes after six riders and two staff members fell ill with a stomach virus.
“⟦q1|The health of our riders comes first,⟧” ⟨s1|a team spokesperson⟩ said. “⟦q2|It would be irresponsible to continue.⟧”
Race director ⟨s2|Bruno Keller⟩ said: “⟦q3|We are sorry to lose a team of this quality. Solaris have been part of this race since it began, and they will always be welcome.⟧
“⟦q4|We have introduced extra hygiene measures at every finish line.⟧”
Solaris’ leader, ⟨s3|Tomás Ribeiro⟩, who was second overall, wrote on social media that ⟦q5|he was heartbroken⟧. The race’s toughest climb, nicknamed “⟪the Wall of Tears⟫”, comes on Friday.
""", "s1=Team Solaris; s2=Bruno Keller; s3=Tomás Ribeiro", """
q1 d s1 said #org
q2 d s1 - #follow
q3 d s2 said #appos #pron
q4 d s2 said +q3
q5 i s3 wrote #appos #apos
""")

doc("test-023", """
«⟦q1|Europe cannot afford to be naive about who builds its critical infrastructure,⟧» the bloc’s industry commissioner, ⟨s1|Henri Delacroix⟩, said on Tuesday as he unveiled new rules on foreign investment.
⟨s2|Delacroix⟩ warned that ⟦q2|without tougher screening, key ports and power grids could fall under the control of hostile states⟧.
Business groups were cautious. «⟦q3|We support the goal, but the detail matters,⟧» said ⟨s3|Anneke Visser⟩, director general of the European Industry Roundtable. «⟦q4|Nobody wants a rule that scares away investors we actually need.⟧»
⟦q5|At least six member states are expected to push for changes⟧, according to ⟨s4|two diplomats⟩ involved in the talks. The package, formally titled the «⟪Resilient Infrastructure Act⟫», must be approved by governments and parliament.
""", "s1=Henri Delacroix; s2=Henri Delacroix; s3=Anneke Visser; s4=-", """
q1 d s1 said #appos #apos
q2 i s2 warned
q3 d s3 said #appos
q4 d s3 - #follow
q5 i s4 according_to #anon
""")

doc("test-024", """
Ashcombe General Hospital has reopened its maternity unit, 18 months after it was closed because of staff shortages.
The unit’s lead midwife, Grace Onuoha, was among the first to return. Hospital director Philip Searle showed visitors around on Monday. ‘⟦q1|It’s been a long road back,⟧’ ⟨s1|she⟩ said. ‘⟦q2|There were days I didn’t think we’d get here.⟧
‘⟦q3|But the team never gave up, and the mums in this town deserve nothing less.⟧’
⟨s2|Mr Searle⟩ said ⟦q4|the unit had recruited 22 midwives, including eight from overseas⟧.
⟨s3|A spokeswoman for the Ashcombe Health Board⟩ said ⟦q5|it would monitor staffing levels closely⟧. The campaign to reopen the unit, ‘⟪Born in Ashcombe⟫’, collected 30,000 signatures.
""", "s1=Grace Onuoha; s2=Philip Searle; s3=Ashcombe Health Board", """
q1 d s1 said #pron #apos
q2 d s1 - #follow #apos
q3 d s1 - +q2
q4 i s2 said
q5 i s3 said #org
""")

doc("test-025", """
Wheat prices jumped 7% on Monday after drought cut harvest forecasts across the southern plains.
"⟦q1|Nobody expected the dry spell to last this long,⟧" said ⟨s1|Harold Meeks⟩, a grain trader at Lowther & Co. "⟦q2|The market is playing catch-up.⟧ "⟦q3|Some buyers are already worried about supply next spring,⟧" ⟨s2|he⟩ added.
⟦q4|Yields in the worst-hit districts could fall by a third⟧, according to the ⟨s3|Farmers' Union of the Plains⟩. Its president, ⟨s4|Lorna Beck⟩, said ⟦q5|many growers would need emergency credit⟧.
The government's "⟪Dry Season Relief⟫" scheme opens for applications next week.
""", "s1=Harold Meeks; s2=Harold Meeks; s3=Farmers' Union of the Plains; s4=Lorna Beck", """
q1 d s1 said #appos
q2 d s1 - open #follow
q3 d s2 added
q4 i s3 according_to #apos
q5 i s4 said #appos
""")

doc("test-026", """
Thousands of farmers drove tractors into the centre of Lisvale on Wednesday to protest against cuts to fuel subsidies.
The ⟨s1|National Farmers' Alliance⟩, which organised the protest, said ⟦q1|more than 4,000 tractors had taken part⟧. ⟨s2|Lisvale police⟩ said ⟦q2|the figure was closer to 1,500⟧.
Alliance president ⟨s3|Rhodri Evans⟩ told the crowd: "⟦q3|They told us the subsidies were safe. They lied.⟧"
Rural affairs minister Cecile Martel did not attend. ⟨s4|A spokesperson for the Ministry of Rural Affairs⟩ said: "⟦q4|The minister has met farming leaders three times this month and her door remains open.⟧"
The protest, dubbed the "⟪tractor march⟫", was the largest in the city for a decade.
""", "s1=National Farmers' Alliance; s2=Lisvale police; s3=Rhodri Evans; s4=Ministry of Rural Affairs", """
q1 i s1 said #apos
q2 i s2 said #org
q3 d s3 told #appos #pron
q4 d s4 said #org #pron
""")

doc("test-027", """
⟨s1|Researchers at Halvard University⟩ say ⟦q1|a language model they built outperformed human doctors on a test of rare-disease diagnosis⟧.
“⟦q2|We were surprised by the size of the gap,⟧” said ⟨s2|Dr Yuki Tanabe⟩, the study’s lead author. “⟦q3|But I want to be clear: this was a written test, not a clinic.⟧
“⟦q4|Nobody should be asking a chatbot to diagnose their child.⟧”
⟨s3|Marcus Oyelaran⟩, a doctor and AI researcher at Kingsgate Medical School who was not involved in the work, called the results “⟦q5|impressive but narrow⟧” and said ⟦q6|the test questions may have appeared in the model’s training data⟧.
The model, nicknamed “⟪Hippocrates⟫” by its developers, is not available to the public.
""", "s1=Halvard University; s2=Yuki Tanabe; s3=Marcus Oyelaran", """
q1 i s1 say #org
q2 d s2 said #appos #apos
q3 d s2 - #follow
q4 d s2 - +q3
q5 p s3 called #appos
q6 i s3 said #appos #apos
""")

doc("test-028", """
⟦q1|Welterweight champion Keira Lomax will defend her world title against Brazil's Ana Paula Reis in Cardiff on 14 September⟧, promoter ⟨s1|Frank Doherty⟩ announced on Tuesday.
'⟦q2|I've been waiting two years for this fight,⟧' ⟨s2|Lomax⟩ said, '⟦q3|and I'm not letting anyone take what's mine.⟧'
Reis's trainer, Jorge Almeida, translated for his fighter. '⟦q4|She talks a lot,⟧' ⟨s3|she⟩ said of the champion. '⟦q5|I prefer to do my talking in the ring.⟧
Tickets for the fight, billed as '⟪Clash in the Capital⟫', go on sale on Friday.
""", "s1=Frank Doherty; s2=Keira Lomax; s3=Ana Paula Reis", """
q1 i s1 announced #appos #apos
q2 d s2 said #apos
q3 d s2 said +q2 #apos
q4 d s3 said #pron
q5 d s3 - open #follow
""")

doc("test-029", """
Plans for 1,200 homes on farmland outside Merriton have been approved by a planning inspector, overturning the council’s refusal.
⟦q1|The development would provide much-needed affordable housing and a new primary school⟧, the inspector, ⟨s1|Gordon Blair⟩, stated in his decision.
Council leader ⟨s2|Yvonne Patel⟩ said ⟦q2|the council was considering a legal challenge⟧. “⟦q3|Local people have said no to this scheme three times,⟧” ⟨s3|she⟩ said. “⟦q4|Their views have simply been ignored.⟧”
The developer, Castlemoor Homes, welcomed the ruling. Its managing director, Robert Lyle, had met Ms Patel and her deputy, Sharon Keyes, twice last year. “⟦q5|We listened, and we changed the plans each time,⟧” ⟨s4|he⟩ said.
⟦q6|Around 40% of the homes will be classed as affordable⟧, according to ⟨s5|Castlemoor⟩. The site is known locally as “⟪the Long Acre⟫”.
""", "s1=Gordon Blair; s2=Yvonne Patel; s3=Yvonne Patel; s4=Robert Lyle; s5=Castlemoor Homes", """
q1 i s1 stated #appos
q2 i s2 said #appos
q3 d s3 said
q4 d s3 - #follow
q5 d s4 said #pron
q6 i s5 according_to
""")

doc("test-030", """
Swiss skier Noemi Gerber won the World Cup downhill in Wengen on Saturday, her first victory since returning from a knee injury.
«⟦q1|I was scared on the top section, honestly,⟧» ⟨s1|Gerber⟩ told Swiss television. «⟦q2|After the crash last year you don’t just forget. But today I let the skis run.⟧»
«⟦q3|This one is for my physio, Dario, who spent more hours with me this year than my family did.⟧»
Her team-mate Lea Ammann finished third. «⟦q4|Noemi is back, and that’s good news for all of us,⟧» ⟨s2|she⟩ said.
Austrian head coach ⟨s3|Markus Pichler⟩ said ⟦q5|his skiers had struggled with the soft snow⟧. «⟦q6|We have two days to find a solution before the next race,⟧» ⟨s4|he⟩ said.
""", "s1=Noemi Gerber; s2=Lea Ammann; s3=Markus Pichler; s4=Markus Pichler", """
q1 d s1 told
q2 d s1 - #follow #apos
q3 d s1 - #follow
q4 d s2 said #apos
q5 i s3 said #appos
q6 d s4 said
""")
