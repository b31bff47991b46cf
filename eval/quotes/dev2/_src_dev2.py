# Second development set (dev2): hand-written source texts with inline annotation markup.
# Same markup and spec syntax as ../_src_dev.py (see ../_make.py and _make_dev2.py):
#   ⟦id|...⟧  quote span        ⟨id|...⟩  speaker mention        ⟪...⟫  distractor (not a quote)
# Spec lines: <quote id> <d|p|i> <speaker id|-> <cue|-> [+<quote id> same group] [open] [#tag ...]
# Names: "<speaker id>=<resolved name or ->; ..."
# Extra case tags used in this split (sidecar only):
#   pron   pronoun speaker whose nearest name is another person / he-she-they inside the quote
#   same   two people of the same gender in the paragraph
#   appos  title or appositive around the speaker      role   role-only mention, person named later
#   org    unnamed spokesperson / staff -> organisation  they   "they"/"it" standing for an organisation
#   anon   anonymous source (speaker_name null)          doc    "according to"/subject is a document
#   follow follow-on quote (cue null)                    xpara  quote continued across paragraphs
#   report quote inside a paragraph of reported speech    nocue  speaker introduced without a cue verb
#   apos   apostrophe inside the quote text

DOCS = []


def doc(doc_id, text, names, specs):
    DOCS.append(dict(doc_id=doc_id, text=text, names=names, specs=specs))


doc("dev2-001", """
The Chancellor, ⟨s1|Imogen Thackeray⟩, acknowledged on Wednesday that ⟦q1|the autumn budget would include cuts to capital spending⟧, a fortnight after insisting that ⟦q2|no such cuts were being considered⟧.
Her opposite number, Rhodri Prydderch, accused the Treasury of misleading Parliament. ‘⟦q3|A fortnight ago she stood at that dispatch box and told the House the opposite,⟧’ ⟨s2|he⟩ said. ‘⟦q4|Either she didn’t know, or she didn’t want us to know.⟧’
⟨s3|Ms Thackeray⟩ denied that ⟦q5|she had misled MPs⟧. ‘⟦q6|Circumstances change, and when they do, a responsible chancellor changes course,⟧’ ⟨s4|she⟩ said, ‘⟦q7|rather than pretending nothing has happened.⟧’
⟦q8|Treasury officials first raised the prospect of a £9bn shortfall in July⟧, according to ⟨s5|minutes of a Treasury board meeting⟩ released on Thursday. The Chancellor’s so-called ‘⟪fiscal headroom⟫’ has halved since the spring.
""", "s1=Imogen Thackeray; s2=Rhodri Prydderch; s3=Imogen Thackeray; s4=Imogen Thackeray; s5=Treasury", """
q1 i s1 acknowledged #appos
q2 i s1 insisting #appos
q3 d s2 said #pron
q4 d s2 - #follow #pron #apos
q5 i s3 denied
q6 d s4 said #pron
q7 d s4 said +q6
q8 i s5 according_to #doc
""")

doc("dev2-002", """
A federal judge in Columbus on Monday blocked Ohio from enforcing a new law that requires app-based delivery drivers to carry commercial insurance, handing an early victory to the companies that hire them.
Judge ⟨s1|Lorraine Adebayo-Fisk⟩ wrote that ⟦q1|the legislature had passed the measure without any estimate of what it would cost drivers⟧. "⟦q2|The state may well have a legitimate interest in safer roads,⟧" ⟨s2|she⟩ wrote in a 34-page opinion. "⟦q3|It has not shown that this statute serves that interest.⟧"
⟨s3|Lawyers for the Fair Delivery Coalition⟩, an industry group, had argued that ⟦q4|the rules would drive thousands of part-time couriers out of work⟧. The coalition's lead counsel, ⟨s4|Desmond Okwuosa⟩, called the ruling "⟦q5|a relief for every driver who was bracing for a $3,000 bill.⟧"
Attorney General ⟨s5|Rosalind Maguire⟩ said ⟦q6|her office would ask the Sixth Circuit to lift the injunction⟧. State Representative ⟨s6|Gail Horvath⟩, the Republican who sponsored the bill, predicted that ⟦q7|the law would be reinstated on appeal⟧. "⟦q8|Judges come and go,⟧" ⟨s7|she⟩ said. "⟦q9|Uninsured drivers on our roads are not going anywhere.⟧"
The measure, known in the statehouse as the "⟪Courier Safety Act⟫" after a 2023 crash in Dayton, was due to take effect on Aug. 1.
""", "s1=Lorraine Adebayo-Fisk; s2=Lorraine Adebayo-Fisk; s3=Fair Delivery Coalition; s4=Desmond Okwuosa; s5=Rosalind Maguire; s6=Gail Horvath; s7=Gail Horvath", """
q1 i s1 wrote #appos
q2 d s2 wrote
q3 d s2 - #follow
q4 i s3 argued #org
q5 p s4 called #appos
q6 i s5 said #appos
q7 i s6 predicted #appos
q8 d s7 said #pron #same
q9 d s7 - #follow #apos
""")

doc("dev2-003", """
⟨s1|The boss of Pennock & Dray⟩ told investors on Thursday that ⟦q1|the supermarket group would close 42 of its convenience stores over the next year⟧, blaming higher business rates and a collapse in evening trade.
⟨s2|Farida Nazarova⟩, who took over as chief executive in January, said: ‘⟦q2|These are decent shops in the wrong places. We can’t keep propping them up with money from the rest of the business.⟧’
⟦q3|About 900 jobs are at risk⟧, according to the ⟨s3|Retail and Distributive Workers’ Union⟩. ⟨s4|The union⟩ said ⟦q4|staff had learned of the closures from a two-line email⟧. In a statement, ⟨s5|they⟩ insisted that ⟦q5|the company could easily afford to keep every store open⟧.
‘⟦q6|Pennock & Dray made £310m last year,⟧’ said ⟨s6|Bronagh Keane⟩, the union’s national officer. ‘⟦q7|This is a choice, not a necessity.⟧’
‘⟦q8|It’s overdue,⟧’ said ⟨s7|Kwabena Asante⟩, a retail analyst at Holloway Mercer. ‘⟦q9|Mrs Nazarova is doing what her predecessor should have done in 2019.⟧’ The group’s ‘⟪Dray’s Daily⟫’ meal-deal range will move into its larger stores.
""", "s1=Farida Nazarova; s2=Farida Nazarova; s3=Retail and Distributive Workers’ Union; s4=Retail and Distributive Workers’ Union; s5=Retail and Distributive Workers’ Union; s6=Bronagh Keane; s7=Kwabena Asante", """
q1 i s1 told #role
q2 d s2 said #appos #apos
q3 i s3 according_to #apos
q4 i s4 said
q5 i s5 insisted #they #org
q6 d s6 said #appos
q7 d s6 - #follow
q8 d s7 said #appos #apos
q9 d s7 - #follow
""")

doc("dev2-004", """
⟦q1|Patients at Calderbrook General Hospital waited an average of 14 hours for a ward bed last month⟧, according to ⟨s1|an internal memo seen by the Calderbrook Echo⟩.
⟨s2|The memo⟩, written by the trust’s medical director, Dr Anjali Raghunathan, warned that ⟦q2|the emergency department was operating beyond safe limits on most weekday evenings⟧.
⟨s3|A spokeswoman for Calderbrook Hospitals Trust⟩ said ⟦q3|the figures reflected a surge in winter flu admissions⟧ and stressed that ⟦q4|patients would always be seen in order of clinical need⟧.
The local MP, ⟨s4|Tobias Whitcombe⟩, said ⟦q5|he had raised the memo with the health secretary⟧. ‘⟦q6|The staff are heroic. The system they’re working in is not,⟧’ ⟨s5|he⟩ said. Asked whether Dr Raghunathan should face disciplinary action for the leak, ⟨s6|he⟩ replied: ‘⟦q7|Absolutely not. She did exactly what a good doctor should do.⟧’
The trust’s ‘⟪Home for Winter⟫’ discharge scheme was meant to free up 60 beds by December.
""", "s1=Anjali Raghunathan; s2=Anjali Raghunathan; s3=Calderbrook Hospitals Trust; s4=Tobias Whitcombe; s5=Tobias Whitcombe; s6=Tobias Whitcombe", """
q1 i s1 according_to #doc
q2 i s2 warned #doc #apos
q3 i s3 said #org
q4 i s3 stressed #org
q5 i s4 said #appos
q6 d s5 said #apos
q7 d s6 replied #pron
""")

doc("dev2-005", """
Redhill Albion manager ⟨s1|Stellan Brekke⟩ insisted on Saturday that ⟦q1|his job was safe⟧ despite a fifth straight defeat, a 3-0 home loss to Kingsmoor Town.
Brekke’s captain, Jonah Mensah-Clarke, was sent off before half-time for a second booking. ‘⟦q2|I’ve spoken to Jonah and he knows he let the lads down,⟧’ ⟨s2|Brekke⟩ said. ‘⟦q3|But one red card doesn’t make him a bad captain.⟧’
⟨s3|Mensah-Clarke⟩ later apologised on social media, writing that ⟦q4|he had no excuses⟧.
Kingsmoor’s manager, Teodor Vasile, saved his praise for the 19-year-old forward Idris Lakhani, who scored twice. ‘⟦q5|He plays like he’s been doing this for ten years,⟧’ ⟨s4|he⟩ said. ‘⟦q6|I keep telling him to enjoy it, because it doesn’t always feel like this.⟧’
⟨s5|The club’s board⟩ said in a statement that ⟦q7|Mr Brekke retained its full support⟧. Some supporters, who unfurled a banner reading ‘⟪Brekke Out⟫’ at the final whistle, may not agree.
""", "s1=Stellan Brekke; s2=Stellan Brekke; s3=Jonah Mensah-Clarke; s4=Teodor Vasile; s5=Redhill Albion", """
q1 i s1 insisted #appos
q2 d s2 said #same #apos
q3 d s2 - #follow #apos
q4 i s3 writing
q5 d s4 said #pron #same #apos
q6 d s4 - #follow #apos
q7 i s5 said #org
""")

doc("dev2-006", """
The foreign ministers of Dravenia and Sarkand met in Geneva on Tuesday for their first direct talks since a border dispute flared in the spring, but left without agreeing a joint statement.
«⟦q1|We came here to listen, and we listened,⟧» Dravenia’s foreign minister, ⟨s1|Halina Wojtasik⟩, told reporters afterwards. «⟦q2|I cannot say the same for our neighbours.⟧»
Her Sarkandi counterpart, ⟨s2|Nasrin Kazemi⟩, said ⟦q3|Dravenia had refused to discuss the return of displaced farmers⟧. «⟦q4|They want a photograph, not a settlement,⟧» ⟨s3|she⟩ said, «⟦q5|and we will not give them one.⟧»
⟨s4|Sarkand’s foreign ministry⟩ later announced that ⟦q6|it was recalling its ambassador from Dravenia for consultations⟧. ⟨s5|They⟩ added that ⟦q7|the move was not a downgrade of relations⟧.
⟦q8|A second round of talks could take place in Vienna in October⟧, according to ⟨s6|a Swiss diplomat involved in the preparations⟩. The hosts had billed the meeting as a «⟪conversation without preconditions⟫».
""", "s1=Halina Wojtasik; s2=Nasrin Kazemi; s3=Nasrin Kazemi; s4=Sarkand Foreign Ministry; s5=Sarkand Foreign Ministry; s6=-", """
q1 d s1 told #appos
q2 d s1 - #follow
q3 i s2 said #appos
q4 d s3 said #pron #same
q5 d s3 said +q4
q6 i s4 announced #apos
q7 i s5 added #they #org
q8 i s6 according_to #anon
""")

doc("dev2-007", """
The Harlow Springs city council voted 6-3 on Tuesday night to rezone a former rail yard for 1,200 homes, ending a two-year fight that split neighbors and packed public hearings.
"⟦q1|This is the single biggest step this city has taken on affordability in a generation,⟧" said ⟨s1|Lucía Ferreyra⟩, the city's housing director. "⟦q2|A third of these homes will be priced for families earning less than the median income.⟧"
Council member ⟨s2|Garrett Osterhout⟩, who voted against the plan along with Pavel Drozdov and Amira Saleh, argued that ⟦q3|the neighborhood's roads and schools could not absorb so many new residents⟧. "⟦q4|Nobody asked the people who actually live on Cedar Avenue,⟧" ⟨s3|he⟩ said.
Mayor ⟨s4|Denise Abernathy⟩ said ⟦q5|construction could begin as early as next spring⟧. ⟨s5|She⟩ noted that ⟦q6|the developer had agreed to pay for a new crosswalk and a traffic study⟧.
A residents' group, ⟨s6|Save the Yard⟩, said ⟦q7|it was weighing a lawsuit⟧. "⟦q8|We're not done,⟧" ⟨s7|the group⟩ posted on Facebook. The site has been known locally as "⟪the Gravel Pit⟫" since the last trains left in 1994.
""", "s1=Lucía Ferreyra; s2=Garrett Osterhout; s3=Garrett Osterhout; s4=Denise Abernathy; s5=Denise Abernathy; s6=Save the Yard; s7=Save the Yard", """
q1 d s1 said #appos
q2 d s1 - #follow
q3 i s2 argued #appos #apos
q4 d s3 said #pron #same
q5 i s4 said #appos
q6 i s5 noted
q7 i s6 said #appos
q8 d s7 posted #org #apos
""")

doc("dev2-008", """
⟨s1|Quillfire⟩, the Seattle-based maker of home security cameras, said on Thursday that ⟦q1|it had fixed a flaw that briefly let some customers view footage from strangers' homes⟧.
"⟦q2|We take this extremely seriously, and we're sorry,⟧" ⟨s2|the company⟩ said in a statement. "⟦q3|Fewer than 2,000 accounts were affected, and the problem was resolved within 90 minutes.⟧"
⟦q4|At least 11,000 accounts were exposed⟧, according to ⟨s3|the company's own filing with California regulators⟩. Security researcher ⟨s4|Ngozi Achterberg⟩, who first reported the flaw, claimed that ⟦q5|Quillfire had ignored her warnings for three weeks⟧. "⟦q6|I sent them screenshots. I sent them video,⟧" ⟨s5|she⟩ said. "⟦q7|They sent me a discount code.⟧"
Quillfire's chief executive, ⟨s6|Bartholomew Ngata⟩, admitted on a call with analysts that ⟦q8|the company's bug-reporting process had failed⟧. ⟨s7|He⟩ predicted that ⟦q9|the incident would have no lasting effect on subscriptions⟧, although ⟨s8|analysts at Pemberton Rowe⟩ suggested that ⟦q10|the cost of refunds could reach $40 million⟧. The company's best-selling camera, the "⟪Sentinel Pro⟫", was not affected.
""", "s1=Quillfire; s2=Quillfire; s3=Quillfire; s4=Ngozi Achterberg; s5=Ngozi Achterberg; s6=Bartholomew Ngata; s7=Bartholomew Ngata; s8=Pemberton Rowe", """
q1 i s1 said #appos #apos
q2 d s2 said #org #apos
q3 d s2 - #follow
q4 i s3 according_to #doc #apos
q5 i s4 claimed #appos
q6 d s5 said
q7 d s5 - #follow #they
q8 i s6 admitted #appos #apos
q9 i s7 predicted
q10 i s8 suggested #org
""")

doc("dev2-009", """
A former finance director is accused of stealing £2.4m from a Sheffield housing charity to feed a gambling habit. His trial opened at Sheffield Crown Court on Monday.
Opening the case for the prosecution, ⟨s1|Gareth Penhaligon⟩ KC said ⟦q1|Niall Trewartha had moved the money through 140 separate transfers over six years⟧. ‘⟦q2|This was not a moment of madness,⟧’ ⟨s2|Mr Penhaligon⟩ told the jury. ‘⟦q3|It was careful, patient and deliberate.⟧’
Mr Trewartha, 52, of Hillsborough, denies fraud by abuse of position. His barrister, ⟨s3|Olusegun Bankole⟩ KC, said ⟦q4|his client did not dispute where the money had gone⟧ but denied that ⟦q5|he had acted dishonestly⟧. ‘⟦q6|He believed, wrongly, that the board had approved the loans,⟧’ ⟨s4|he⟩ told jurors.
Judge ⟨s5|Philippa Aldous-Kerr⟩ told the jury ⟦q7|they must put aside any views they held about gambling⟧. The charity’s ‘⟪Keys to Home⟫’ scheme, which helps young people leaving care, lost a third of its funding in the years covered by the charges.
The trial continues.
""", "s1=Gareth Penhaligon; s2=Gareth Penhaligon; s3=Olusegun Bankole; s4=Olusegun Bankole; s5=Philippa Aldous-Kerr", """
q1 i s1 said #appos
q2 d s2 told
q3 d s2 - #follow
q4 i s3 said #appos #same
q5 i s3 denied #same
q6 d s4 told #pron #same
q7 i s5 told #appos
""")

doc("dev2-010", """
⟦q1|Adults who sleep fewer than six hours a night are 40% more likely to develop type 2 diabetes⟧, ⟨s1|researchers at the Whitmore School of Public Health⟩ reported on Wednesday.
"⟦q2|We were surprised by how consistent the effect was,⟧" said ⟨s2|Dr. Yusuf Demirci⟩, the study's lead author. "⟦q3|It showed up in every age group and every income bracket.⟧"
His co-author, ⟨s3|Dr. Hina Qureshi⟩, noted that ⟦q4|the study relied on participants' own estimates of how long they slept⟧. "⟦q5|People are not very good at judging that,⟧" ⟨s4|she⟩ explained. "⟦q6|Some of them count the hours they lie awake.⟧"
⟦q7|The findings did not prove that short sleep causes diabetes⟧, ⟨s5|they⟩ stressed in the paper, titled "⟪Short Sleep and Metabolic Risk⟫". The ⟨s6|National Diabetes Alliance⟩ said ⟦q8|the results supported its advice that adults aim for seven to nine hours⟧.
""", "s1=Whitmore School of Public Health; s2=Yusuf Demirci; s3=Hina Qureshi; s4=Hina Qureshi; s5=Whitmore School of Public Health; s6=National Diabetes Alliance", """
q1 i s1 reported #org
q2 d s2 said #appos
q3 d s2 - #follow
q4 i s3 noted #appos #apos
q5 d s4 explained
q6 d s4 - #follow
q7 i s5 stressed #they #org
q8 i s6 said
""")

doc("dev2-011", """
Zsófia Kertész beat the defending champion, Aroha Te Rangi, 6-4, 3-6, 7-5 on Thursday to reach the final of the Hamilton Open.
Kertész had trailed 5-2 in the deciding set. "⟦q1|I stopped looking at the scoreboard,⟧" ⟨s1|she⟩ said. "⟦q2|Honestly, at 5-2 I was already thinking about my flight home.⟧"
⟨s2|Te Rangi⟩, who had beaten Kertész in all three of their previous meetings, acknowledged that ⟦q3|a wrist problem had affected her serve⟧. ⟦q4|She would have a scan in Auckland before deciding whether to play next week⟧, ⟨s3|she⟩ added.
"⟦q5|Zsófia played the big points better. That's the whole story,⟧" ⟨s4|Te Rangi⟩ said.
Kertész's coach, ⟨s5|Bence Halász⟩, told reporters ⟦q6|she had been ill for much of the week⟧. The Hungarian, dubbed "⟪the Comeback Queen⟫" by local fans, will play for the title on Sunday.
""", "s1=Zsófia Kertész; s2=Aroha Te Rangi; s3=Aroha Te Rangi; s4=Aroha Te Rangi; s5=Bence Halász", """
q1 d s1 said #pron
q2 d s1 - #follow
q3 i s2 acknowledged #same
q4 i s3 added #pron #same
q5 d s4 said #apos
q6 i s5 told #appos #pron
""")

doc("dev2-012", """
Gov. ⟨s1|Raymond Castellanos⟩ on Wednesday accused Senator Priya Venkataraman of "⟦q1|abandoning⟧" New Mexico's farmers, escalating a feud over a federal water-sharing deal.
"⟦q2|She promised she would fight for every acre-foot, and then she voted for this,⟧" ⟨s2|Mr. Castellanos⟩ said at a news conference in Albuquerque. "⟦q3|I don't know how she explains that to a chile farmer in Hatch.⟧"
A spokesman for Ms. Venkataraman, ⟨s3|Elliot Marchetti⟩, said ⟦q4|the governor had been briefed on the deal in March and raised no objections⟧.
In an interview with the Albuquerque Ledger on Thursday, ⟨s4|Ms. Venkataraman⟩ suggested that ⟦q5|the governor was more interested in his re-election campaign than in water⟧. "⟦q6|He knows the facts,⟧" ⟨s5|she⟩ said. "⟦q7|He just doesn't like them.⟧"
⟨s6|Tomás Villalobos⟩, who grows pecans near Las Cruces, said ⟦q8|neither of them had visited his farm⟧. Columnists have taken to calling the feud the "⟪Rio Grande rumble⟫" in their weekend pages.
""", "s1=Raymond Castellanos; s2=Raymond Castellanos; s3=Elliot Marchetti; s4=Priya Venkataraman; s5=Priya Venkataraman; s6=Tomás Villalobos", """
q1 p s1 accused #appos
q2 d s2 said #pron
q3 d s2 - #follow #apos
q4 i s3 said #appos
q5 i s4 suggested
q6 d s5 said #pron
q7 d s5 - #follow #apos
q8 i s6 said #appos
""")

doc("dev2-013", """
⟦q1|Ministers from the five countries that share the Tellar river basin have agreed to cut water withdrawals by 8% over the next decade⟧, the ⟨s1|Tellar Basin Commission⟩ announced on Friday.
«⟦q2|This is the first time all five of us have signed the same page,⟧» said the commission’s executive secretary, ⟨s2|Meron Tesfaye⟩.
Kaskar’s water minister, ⟨s3|Leyla Aliyeva⟩, who had threatened to walk out after a late-night row with the Tellarian delegation led by Sunniva Ruud, said ⟦q3|her government had won guarantees on dry-season flows⟧. «⟦q4|Kaskar’s farmers will not pay for other countries’ mistakes,⟧» ⟨s4|she⟩ said.
⟨s5|Ms Ruud⟩ described the agreement as «⟦q5|modest but real⟧» and predicted that ⟦q6|deeper cuts would be needed by 2035⟧.
⟨s6|Environmental campaigners⟩ said ⟦q7|the target was far too weak to save the delta’s wetlands⟧. The agreement will be known as the «⟪Lakeside Accord⟫» after the hotel where it was signed.
""", "s1=Tellar Basin Commission; s2=Meron Tesfaye; s3=Leyla Aliyeva; s4=Leyla Aliyeva; s5=Sunniva Ruud; s6=-", """
q1 i s1 announced
q2 d s2 said #appos
q3 i s3 said #appos #same
q4 d s4 said #pron #same #apos
q5 p s5 described
q6 i s5 predicted
q7 i s6 said #anon #apos
""")

doc("dev2-014", """
⟦q0|Refuse collectors in Ashbourne Vale will strike for a fortnight from Monday after rejecting a 4.5% pay offer⟧, the ⟨s1|Municipal Workers' Union⟩ said.
'⟦q1|Our members have had enough of being told there's no money,⟧' said regional organiser ⟨s2|Callum MacLeod⟩. '⟦q2|There's always money for consultants. There's always money for the new council offices.⟧
'⟦q3|There's never any money for the people who actually keep this town clean.⟧'
The council's leader, Cllr ⟨s3|Hodan Warsame⟩, said ⟦q4|4.5% was the most the authority could afford⟧. ⟨s4|She⟩ warned that ⟦q5|residents should expect disruption until at least the end of the month⟧. '⟦q6|Nobody wants rubbish piling up on the streets,⟧' ⟨s5|she⟩ said, '⟦q7|least of all the people who collect it.⟧'
⟨s6|A council spokesman⟩ said ⟦q8|extra drop-off points would open at three recycling centres⟧. ⟨s7|One resident of Millfield Road⟩ told the Vale Gazette ⟦q9|her bins had not been emptied for three weeks even before the strike⟧. The council's '⟪Clean Vale⟫' campaign was launched only in March.
""", "s1=Municipal Workers' Union; s2=Callum MacLeod; s3=Hodan Warsame; s4=Hodan Warsame; s5=Hodan Warsame; s6=Ashbourne Vale Council; s7=-", """
q0 i s1 said
q1 d s2 said #appos #apos
q2 d s2 - #follow #apos #xpara
q3 d s2 - +q2 #apos #xpara
q4 i s3 said #appos
q5 i s4 warned
q6 d s5 said
q7 d s5 said +q6
q8 i s6 said #org
q9 i s7 told #anon
""")

doc("dev2-015", """
⟦q0|Nordic carriers Skyvale Airways and Northlight have agreed to merge in a deal that would create the region’s second-largest airline⟧, ⟨s1|Skyvale⟩ said in a statement issued on behalf of both companies. ⟦q1|The combined group would operate about 310 aircraft⟧, ⟨s2|it⟩ said.
“⟦q2|Together we can compete with the biggest players in Europe,⟧” said Skyvale’s chief executive, ⟨s3|Aino Lehtinen⟩, who will run the merged airline. “⟦q3|Apart, we are both too small.⟧”
“⟦q4|Nobody will lose their job because of this merger. I want to be very clear about that.⟧”
Northlight’s founder, ⟨s4|Joost van Bemmel⟩, who started the airline in 1998 with a single leased turboprop, admitted that ⟦q5|selling had been an emotional decision⟧. He will become chairman of the new group.
⟦q7|The deal will face close scrutiny from competition regulators⟧, ⟨s6|a person familiar with the regulators’ thinking⟩ said. The ⟨s7|Nordic Pilots’ Association⟩ warned that ⟦q6|it would fight any attempt to move jobs to cheaper bases⟧. Northlight’s popular “⟪Midnight Sun⟫” fares are expected to survive the merger.
""", "s1=Skyvale Airways; s2=Skyvale Airways; s3=Aino Lehtinen; s4=Joost van Bemmel; s6=-; s7=Nordic Pilots’ Association", """
q0 i s1 said
q1 i s2 said #they
q2 d s3 said #appos
q3 d s3 - #follow
q4 d s3 - #follow #xpara
q5 i s4 admitted #appos
q7 i s6 said #anon #apos
q6 i s7 warned #apos
""")

doc("dev2-016", """
⟦q1|More than 70 per cent of members who voted backed walkouts at 38 universities⟧, the ⟨s1|Academic Staff Federation⟩ said on Tuesday.
Its general secretary, ⟨s2|Siobhán Ní Bhriain⟩, said: “⟦q2|Nobody goes into lecturing to walk out of lecture halls. But our members have been pushed to the edge.⟧”
⟨s3|Universities Alliance⟩, which represents employers, said ⟦q3|the pension scheme faced a deficit of £3.1bn⟧ and claimed that ⟦q4|the union’s demands would cost institutions £400m a year⟧. “⟦q5|We remain open to talks at any time,⟧” ⟨s4|it⟩ said.
⟨s5|Dami Olatunji⟩, president of the students’ union at Northfield University, said ⟦q6|students were caught in the middle⟧. “⟦q7|We’re paying £9,250 a year. We’re entitled to be taught,⟧” ⟨s6|she⟩ said.
The federation has also threatened a so-called “⟪marking boycott⟫” in the summer term.
""", "s1=Academic Staff Federation; s2=Siobhán Ní Bhriain; s3=Universities Alliance; s4=Universities Alliance; s5=Dami Olatunji; s6=Dami Olatunji", """
q1 i s1 said
q2 d s2 said #appos
q3 i s3 said #appos
q4 i s3 claimed #apos
q5 d s4 said #they
q6 i s5 said #appos #apos
q7 d s6 said #apos
""")

doc("dev2-017", """
⟦q1|Sprinter Thiago Moraes has been banned for four years after testing positive for a prohibited steroid⟧, the ⟨s1|Athletics Integrity Board⟩ announced on Monday.
⟨s2|Moraes⟩ denied that ⟦q2|he had knowingly taken any banned substance⟧ and said ⟦q3|he would appeal to the Sports Arbitration Tribunal⟧. His agent, ⟨s3|Renata Albuquerque⟩, said ⟦q4|the positive test had been caused by a contaminated supplement⟧.
“⟦q5|Thiago has passed 40 tests in his career,⟧” ⟨s4|she⟩ said. “⟦q6|Why would he suddenly cheat at 31?⟧”
The board’s chief executive, ⟨s5|Kofi Agyemang⟩, said ⟦q7|the supplement defence had been considered and rejected⟧. “⟦q8|The rules are clear,⟧” ⟨s6|he⟩ added. “⟦q9|Athletes are responsible for what goes into their bodies.⟧
Moraes, known as “⟪the Rocket⟫” since his junior days, will miss next summer’s world championships.
""", "s1=Athletics Integrity Board; s2=Thiago Moraes; s3=Renata Albuquerque; s4=Renata Albuquerque; s5=Kofi Agyemang; s6=Kofi Agyemang", """
q1 i s1 announced
q2 i s2 denied
q3 i s2 said
q4 i s3 said #appos
q5 d s4 said #pron
q6 d s4 - #follow #pron
q7 i s5 said #appos #apos
q8 d s6 added
q9 d s6 - open #follow
""")

doc("dev2-018", """
The High Court in London on Friday approved the extradition of the businessman Dariush Farahani to Sarkand, where he faces charges of embezzling $80m from a state-owned bank.
⟦q1|Mr Farahani moved the money through shell companies in Cyprus and Dubai between 2016 and 2019⟧, according to ⟨s1|court documents⟩.
His barrister, ⟨s2|Marcus Ellery⟩, had argued that ⟦q2|his client would face torture in a Sarkandi prison⟧. But Mrs Justice ⟨s3|Adaeze Okonjo⟩ said ⟦q3|she was satisfied that Mr Farahani would receive a fair trial⟧. ‘⟦q4|The assurances given by the Sarkandi government are specific, detailed and credible,⟧’ ⟨s4|the judge⟩ said.
Mr Farahani, who watched the hearing by video link from Wandsworth prison, shook his head as the ruling was read. ⟨s5|His family⟩ said in a statement that ⟦q5|they would take the case to the Supreme Court⟧.
⟨s6|Sarkand’s justice ministry⟩ welcomed the ruling, saying ⟦q6|the case showed that nobody was above the law⟧. Mr Farahani’s bank was once known in Sarkand as the ‘⟪palace piggy bank⟫’.
""", "s1=-; s2=Marcus Ellery; s3=Adaeze Okonjo; s4=Adaeze Okonjo; s5=-; s6=Sarkand Justice Ministry", """
q1 i s1 according_to #doc #anon
q2 i s2 argued #appos
q3 i s3 said #appos
q4 d s4 said
q5 i s5 said #anon
q6 i s6 saying #apos
""")

doc("dev2-019", """
⟦q1|Shipments of its long-acting insulin would be cut by a quarter through the end of the year⟧, ⟨s1|Corvath Biologics⟩ told pharmacies in a letter last week.
Pharmacist ⟨s2|Mariel Dizon⟩, who runs an independent drugstore in Tucson, said: "⟦q2|I have patients who have been on this insulin for ten years. I am calling them one by one to tell them I can't fill their prescriptions.⟧
"⟦q3|Some of them cry on the phone. Some of them just hang up.⟧"
⟨s3|A Corvath spokesman⟩ said ⟦q4|the company was prioritizing hospitals⟧ and explained that ⟦q5|a fire at a plant in Puerto Rico had reduced output⟧.
⟨s4|Dr. Ahmad Siddiqui⟩, an endocrinologist at Sonoran Medical Center, warned that ⟦q6|switching insulins without supervision could be dangerous⟧. "⟦q7|Patients need to talk to their doctors before changing anything,⟧" ⟨s5|he⟩ said. Corvath's "⟪Steady Dose⟫" assistance program remains open to uninsured patients.
""", "s1=Corvath Biologics; s2=Mariel Dizon; s3=Corvath Biologics; s4=Ahmad Siddiqui; s5=Ahmad Siddiqui", """
q1 i s1 told
q2 d s2 said #appos #apos
q3 d s2 said +q2 #xpara
q4 i s3 said #org
q5 i s3 explained #org
q6 i s4 warned #appos
q7 d s5 said
""")

doc("dev2-020", """
⟦q0|The centre-right Civic Union won 41% of the vote in Sunday’s parliamentary election in Tellaria⟧, according to ⟨s1|preliminary results from the Tellarian Electoral Office⟩. ⟦q1|Turnout was 68%, the highest in two decades⟧, ⟨s2|the electoral office⟩ said.
Addressing supporters in Pellmora, the Civic Union leader, ⟨s3|Anneliese Vogt⟩, said: “⟦q2|Tonight Tellaria chose change. Tomorrow we start delivering it.⟧
“⟦q3|To those who did not vote for us: I will be your prime minister too.⟧”
The outgoing prime minister, ⟨s4|Benedikt Sauer⟩, conceded defeat shortly after midnight, saying ⟦q4|his Social Democrats would rebuild in opposition⟧. Sauer’s deputy, Eleni Papadakis, was less gracious. “⟦q5|They ran a campaign of fear, and it worked,⟧” ⟨s6|she⟩ said.
The Greens’ leader, ⟨s7|Malik Osei⟩, was blunter still. “⟦q6|We lost, and we deserved to.⟧” The Civic Union’s slogan, “⟪A Country That Works⟫”, had been mocked by its opponents for months.
""", "s1=Tellarian Electoral Office; s2=Tellarian Electoral Office; s3=Anneliese Vogt; s4=Benedikt Sauer; s6=Eleni Papadakis; s7=Malik Osei", """
q0 i s1 according_to #doc
q1 i s2 said #org
q2 d s3 said #appos #xpara
q3 d s3 said +q2 #xpara
q4 i s4 saying #appos
q5 d s6 said #pron
q6 d s7 - #nocue #apos
""")

doc("dev2-021", """
The Millbrook Unified school board voted 5-2 on Monday to close two elementary schools at the end of the academic year, despite a petition signed by more than 3,000 parents.
"⟦q1|We did not take this decision lightly,⟧" said Superintendent ⟨s1|Dr. Kenji Aoyama⟩. "⟦q2|Enrollment has fallen by 1,400 students in eight years. We are heating buildings that are half empty.⟧"
⟨s2|One mother⟩, who asked not to be named because her husband works for the district, said ⟦q3|she had learned about the vote from a neighbor⟧.
⟨s3|Parents for Millbrook Schools⟩ said ⟦q4|it would ask a judge to halt the closures⟧. "⟦q5|The board has been planning this for a year and told us last week,⟧" said ⟨s4|Rashida Coleman⟩, the group's co-founder. "⟦q6|That's not consultation. That's an announcement.⟧"
⟨s5|Dr. Aoyama⟩ denied that ⟦q7|the plan had been kept from parents⟧ and said ⟦q8|the district had held 11 public meetings since January⟧. The district calls the plan "⟪Right-Sizing Millbrook⟫" in its documents.
""", "s1=Kenji Aoyama; s2=-; s3=Parents for Millbrook Schools; s4=Rashida Coleman; s5=Kenji Aoyama", """
q1 d s1 said #appos
q2 d s1 - #follow
q3 i s2 said #anon
q4 i s3 said
q5 d s4 said #appos
q6 d s4 - #follow #apos
q7 i s5 denied
q8 i s5 said
""")

doc("dev2-022", """
Wenlow Water has been fined £18m for thousands of illegal sewage spills into rivers and bathing waters. ⟦q1|The company discharged raw sewage on more than 9,000 occasions in 2023⟧, the ⟨s1|Water Standards Regulator⟩ said on Wednesday.
‘⟦q2|This is the largest penalty we have ever imposed, and it is deserved,⟧’ said the regulator’s chief executive, ⟨s2|Dr Eleanor Brathwaite⟩.
⟨s3|Wenlow Water⟩ said ⟦q3|it accepted the findings⟧. ⟨s4|It⟩ argued, however, that ⟦q4|investment had been held back by the regulator’s own price limits⟧.
⟨s5|Wenlow’s chief executive⟩ told a local radio station that ⟦q5|bills would not rise to pay the fine⟧. ⟨s6|Pieter Groenewald⟩, who has run the company since 2020, added: ‘⟦q6|Customers will not pay a penny of this. Our shareholders will.⟧’
‘⟦q7|An £18m fine for a company that paid out £90m in dividends is a rounding error,⟧’ said ⟨s7|Hamish Drummond⟩, who chairs the campaign group Clear Water Wenlow. The regulator’s ‘⟪Clean Rivers Pledge⟫’ requires firms to halve spills by 2030.
""", "s1=Water Standards Regulator; s2=Eleanor Brathwaite; s3=Wenlow Water; s4=Wenlow Water; s5=Pieter Groenewald; s6=Pieter Groenewald; s7=Hamish Drummond", """
q1 i s1 said
q2 d s2 said #appos
q3 i s3 said
q4 i s4 argued #they #apos
q5 i s5 told #role
q6 d s6 added #role #appos
q7 d s7 said #appos
""")

doc("dev2-023", """
"⟦q1|We got punched in the mouth in the first quarter, and we punched back,⟧" Riverton Hawks coach ⟨s1|Darnell Pryce⟩ said after his team's 112-104 win over the Eastbay Comets on Saturday night.
⟨s5|Luka Marinković⟩, who scored 38 points, said ⟦q2|his sprained ankle had not bothered him⟧. ⟨s6|Pryce⟩ said ⟦q3|he would still limit Marinković's minutes on Monday⟧. "⟦q4|He'll tell you he's fine,⟧" ⟨s2|Pryce⟩ said. "⟦q5|He always tells you he's fine.⟧"
Comets coach ⟨s3|Ray Okonkwo⟩ called Marinković "⟦q6|the best shooter in this league, and it isn't close.⟧" Okonkwo's starting point guard, Devin Castille, missed the game with a concussion. "⟦q7|We missed Devin tonight, no question,⟧" ⟨s4|he⟩ said.
The Hawks' home arena has been nicknamed "⟪Splash City⟫" since the team moved there in 2019.
""", "s1=Darnell Pryce; s2=Darnell Pryce; s5=Luka Marinković; s6=Darnell Pryce; s3=Ray Okonkwo; s4=Ray Okonkwo", """
q1 d s1 said #appos
q2 i s5 said #same
q3 i s6 said #same #apos
q4 d s2 said #same #apos
q5 d s2 - #follow #apos
q6 p s3 called #apos
q7 d s4 said #pron #same
""")

doc("dev2-024", """
⟨s1|Sarkand’s ambassador in Halvoria⟩ said on Monday that ⟦q1|a trade agreement between the two countries could be signed before the end of the year⟧.
Speaking at a business forum in Trevass, the ambassador, ⟨s2|Yerlan Abenov⟩, said: “⟦q2|We have closed 19 of the 22 chapters. The remaining three are difficult, but difficult is not impossible.⟧”
Halvoria’s trade minister, Kristína Vaculíková, was more cautious. ⟨s3|She⟩ noted that ⟦q3|agriculture remained the main obstacle⟧. “⟦q4|Our dairy farmers have been very clear with me,⟧” ⟨s4|she⟩ told the forum, “⟦q5|and I intend to listen to them.⟧”
⟦q6|Halvoria has demanded a 15-year transition period for dairy imports⟧, according to ⟨s5|two officials briefed on the talks⟩. The ⟨s6|Halvorian Dairy Federation⟩ has warned that ⟦q7|as many as 4,000 farms could close⟧, and they have threatened tractor protests in Trevass if the deal goes ahead. Farmers’ leaders object most to the so-called “⟪cheese for gas⟫” clause.
""", "s1=Yerlan Abenov; s2=Yerlan Abenov; s3=Kristína Vaculíková; s4=Kristína Vaculíková; s5=-; s6=Halvorian Dairy Federation", """
q1 i s1 said #role
q2 d s2 said #role #appos
q3 i s3 noted #pron
q4 d s4 told #pron
q5 d s4 told +q4
q6 i s5 according_to #anon
q7 i s6 warned
""")

doc("dev2-025", """
The Bank of Dravenia raised interest rates by a quarter of a point to 5.5% on Thursday, its fourth increase this year.
Governor ⟨s1|Agnieszka Wróbel⟩ said ⟦q1|inflation was still running at more than twice the bank’s target⟧. Her deputy, ⟨s2|Inés Carrasco⟩, who voted against the rise, argued that ⟦q2|higher rates risked tipping the economy into recession⟧.
“⟦q3|We would rather be accused of doing too much than too little,⟧” ⟨s3|Ms Wróbel⟩ told a news conference. Asked about her deputy’s dissent, ⟨s4|she⟩ said: “⟦q4|Inés is an excellent economist and I value her challenge. On this occasion, I think she is wrong.⟧”
In a minority statement published alongside the decision, ⟨s5|Ms Carrasco⟩ wrote that ⟦q5|the full effect of earlier rises had not yet been felt⟧. ⟨s6|The finance ministry⟩ said ⟦q6|it respected the bank’s independence⟧.
The bank will publish its next “⟪Monetary Policy Report⟫” in November.
""", "s1=Agnieszka Wróbel; s2=Inés Carrasco; s3=Agnieszka Wróbel; s4=Agnieszka Wróbel; s5=Inés Carrasco; s6=Dravenia Finance Ministry", """
q1 i s1 said #appos #apos
q2 i s2 argued #appos #same
q3 d s3 told
q4 d s4 said #pron #same
q5 i s5 wrote
q6 i s6 said #org #apos
""")

doc("dev2-026", """
The City of Eastbrook agreed on Tuesday to pay $4.1 million to settle a lawsuit brought by the family of Devante Rollins, a 24-year-old who died in police custody in 2022.
"⟦q1|No amount of money brings Devante back,⟧" said his mother, ⟨s1|Sharon Rollins⟩. "⟦q2|But this is the city admitting what happened to him.⟧"
In court filings, ⟨s2|the city⟩ had denied that ⟦q3|its officers used excessive force⟧. ⟨s3|A spokeswoman for the city⟩ said ⟦q4|the settlement was in the best interest of taxpayers and was not an admission of wrongdoing⟧.
The family's lawyer, ⟨s4|Tamika Oduya⟩, claimed that ⟦q5|body-camera footage had been withheld for 14 months⟧. "⟦q6|They fought us on every single document,⟧" ⟨s5|she⟩ said.
The ⟨s6|Eastbrook Police Benevolent Association⟩ said in a statement that ⟦q7|the officers involved had been cleared by two internal reviews⟧. The department's "⟪Safe Contact⟫" de-escalation training became mandatory last year.
""", "s1=Sharon Rollins; s2=City of Eastbrook; s3=City of Eastbrook; s4=Tamika Oduya; s5=Tamika Oduya; s6=Eastbrook Police Benevolent Association", """
q1 d s1 said #appos
q2 d s1 - #follow
q3 i s2 denied #org
q4 i s3 said #org
q5 i s4 claimed #appos #apos
q6 d s5 said #they #same
q7 i s6 said
""")

doc("dev2-027", """
⟦q1|Measles cases in the region have risen to 214 this year, more than in the previous five years combined⟧, the ⟨s1|Northfold Public Health Agency⟩ said on Friday.
⟨s2|Dr Aisha Bello⟩, the agency’s director, said ⟦q2|vaccination rates among five-year-olds had fallen to 81%⟧. ‘⟦q3|We are seeing children in hospital with a disease we know how to prevent.⟧ ‘⟦q7|Every one of these cases is a failure, and it is a failure we share,⟧’ ⟨s3|she⟩ added.
The agency is urging parents to check their children’s records. ⟨s5|They⟩ said ⟦q4|pop-up clinics would open in 12 schools next week⟧.
Dr ⟨s7|Ravi Menon⟩, a GP in Northfold, said ⟦q5|many parents had simply missed appointments during the pandemic⟧. ‘⟦q6|It’s not all anti-vaccine sentiment. A lot of it is just life getting in the way,⟧’ ⟨s6|he⟩ said. The agency’s ‘⟪Catch-Up Summer⟫’ campaign begins on Monday.
""", "s1=Northfold Public Health Agency; s2=Aisha Bello; s3=Aisha Bello; s5=Northfold Public Health Agency; s6=Ravi Menon; s7=Ravi Menon", """
q1 i s1 said
q2 i s2 said #appos
q3 d s2 - open #follow
q7 d s3 added
q4 i s5 said #they #org
q5 i s7 said #appos
q6 d s6 said #apos
""")

doc("dev2-028", """
Pontardu coach ⟨s1|Gethin Llewellyn⟩ insisted that ⟦q1|he would not blame the referee⟧ after his side’s 22-20 defeat by Harbourside on Saturday.
The referee, Andrzej Nowicki, awarded a penalty try in the 79th minute. ‘⟦q2|I’ve watched it back three times and I still don’t know what he saw,⟧’ ⟨s2|Llewellyn⟩ said. ‘⟦q3|But he’s the referee, and that’s that.⟧’
⟨s3|A spokesman for the Association of Rugby Referees⟩ said ⟦q4|the decision had been reviewed and was correct⟧.
Harbourside captain ⟨s4|Siosaia Fifita⟩ said ⟦q5|his team had earned the win⟧. ‘⟦q6|We kept going until the 80th minute,⟧’ ⟨s5|he⟩ said. ‘⟦q7|Gethin can say what he likes.⟧
The so-called ‘⟪Battle of the Bay⟫’ will be replayed in the cup semi-final next month.
""", "s1=Gethin Llewellyn; s2=Gethin Llewellyn; s3=Association of Rugby Referees; s4=Siosaia Fifita; s5=Siosaia Fifita", """
q1 i s1 insisted #appos
q2 d s2 said #same #apos
q3 d s2 - #follow #apos
q4 i s3 said #org
q5 i s4 said #appos
q6 d s5 said
q7 d s5 - open #follow #pron
""")

doc("dev2-029", """
⟦q0|The Hollingworth Museum in Bristol is to return 17 carved panels taken from the Tellarian coast by a British naval expedition in 1897⟧, ⟨s1|the museum⟩ announced on Wednesday. ⟦q1|Ownership would pass to the Tellarian National Museum in March⟧, ⟨s2|it⟩ said.
The museum’s director, ⟨s3|Olusola Adeyinka-Grant⟩, said: “⟦q2|These objects were taken by force. Returning them is not generosity. It is long overdue.⟧”
The panels were the centrepiece of the museum’s 2019 exhibition “⟪Carved Histories⟫”. Tellaria’s culture minister, ⟨s4|Miroslava Dančová⟩, called the decision “⟦q3|a moment of justice⟧”, and said ⟦q4|three of the panels would go on display in Pellmora in the summer⟧.
⟨s5|One trustee⟩, who did not want to be named, suggested that ⟦q5|the board had rushed the decision to avoid embarrassment⟧. The historian Callista Ferrar, whose book ‘⟪The Plundered Coast⟫’ first traced the panels to Bristol, disagreed. “⟦q6|It took them 30 years,⟧” ⟨s6|she⟩ said. “⟦q7|That is not rushing.⟧”
""", "s1=Hollingworth Museum; s2=Hollingworth Museum; s3=Olusola Adeyinka-Grant; s4=Miroslava Dančová; s5=-; s6=Callista Ferrar", """
q0 i s1 announced
q1 i s2 said #they
q2 d s3 said #appos
q3 p s4 called #appos
q4 i s4 said #appos
q5 i s5 suggested #anon
q6 d s6 said #pron
q7 d s6 - #follow
""")

doc("dev2-030", """
At a hustings in Cardiff on Saturday, ⟨s1|Olamide Ajayi⟩ told members of the Commonwealth Party that ⟦q1|the party had lost touch with voters under 40⟧. ⟨s2|She⟩ argued that ⟦q2|its housing policy had been written for people who already owned homes⟧. ‘⟦q3|We have become the party of people who have already made it,⟧’ ⟨s3|she⟩ said. ⟨s4|Ms Ajayi⟩ also warned that ⟦q4|the party could finish fourth at the next election unless it changed course⟧.
Her rival for the leadership, ⟨s5|Ciarán Mulvey⟩, the party’s former treasurer, claimed that ⟦q5|Ms Ajayi’s spending plans would cost £40bn a year⟧. ‘⟦q6|I like Olamide. I just can’t make her numbers add up,⟧’ ⟨s6|he⟩ said.
⟨s7|Young Commonwealth⟩, the party’s youth wing, announced that ⟦q7|it would back Ms Ajayi⟧. ⟦q8|She holds a 12-point lead among members⟧, according to ⟨s8|a survey of 1,100 members by the website PartyPulse⟩.
Mr Mulvey dismissed the poll. ‘⟦q9|Surveys don’t vote,⟧’ ⟨s10|he⟩ said. His campaign slogan, ‘⟪Sums That Add Up⟫’, is printed on every leaflet.
""", "s1=Olamide Ajayi; s2=Olamide Ajayi; s3=Olamide Ajayi; s4=Olamide Ajayi; s5=Ciarán Mulvey; s6=Ciarán Mulvey; s7=Young Commonwealth; s8=PartyPulse; s10=Ciarán Mulvey", """
q1 i s1 told #report
q2 i s2 argued #report
q3 d s3 said #report
q4 i s4 warned #report
q5 i s5 claimed #appos #apos
q6 d s6 said #apos #pron
q7 i s7 announced #appos #apos
q8 i s8 according_to #doc
q9 d s10 said #apos
""")
