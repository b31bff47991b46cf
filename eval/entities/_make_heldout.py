"""Build heldout.jsonl from hand-written, inline-annotated synthetic news texts.

Markup:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]].
Lines starting with "# " are headings: the marker is stripped, the line is kept
in the text, recorded under "headings", and must contain no annotations.
Canonical name defaults to ALIAS.get(surface, surface).

Offsets are computed twice -- from the markup positions while stripping, and
independently with str.find from a running cursor over the clean text -- and
must agree.  All texts are FICTIONAL (invented events and quotes); they are
written to look like wire copy but do not report real events.
Run:  python _make_heldout.py   (then python _verify.py)
"""
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}

ALIAS = {
    "US": "United States", "America": "United States", "UK": "United Kingdom",
    "Britain": "United Kingdom", "EU": "European Union", "UN": "United Nations",
    "IMF": "International Monetary Fund", "Trump": "Donald Trump", "Putin": "Vladimir Putin",
    "Trump Jr.": "Donald Trump Jr.", "Zelensky": "Volodymyr Zelensky",
    "Washington": "Washington, D.C.", "Xi": "Xi Jinping", "Modi": "Narendra Modi",
}

DOCS = {}

DOCS["heldout-01"] = """\
# NATO Ministers Meet in Brussels
[[NATO|ORG]] defence ministers gathered in [[Brussels|GPE]] on Tuesday for two days of talks dominated by air defence for [[Ukraine|GPE]] and the alliance’s dwindling stocks of artillery shells.
Secretary-General [[Mark Rutte|PERSON]] told reporters that members had pledged at least four additional air-defence systems, and [[Rutte|PERSON|Mark Rutte]] said the first deliveries to [[Kyiv|GPE]] could arrive before winter. One senior diplomat said the batteries would be used to protect [[Kharkiv|GPE]] and [[Odesa|GPE]].
Admiral [[Henrike Solberg|PERSON]], chair of the [[NATO Military Committee|ORG]], warned that ammunition production in [[Europe|LOC]] was still running well below wartime levels. [[Solberg|PERSON|Henrike Solberg]]’s assessment was echoed by [[Dutch|NORP]] Defence Minister [[Pieter Aalbers|PERSON]], who said [[The Hague|GPE]] would co-finance a new shell factory near [[Rotterdam|GPE]].
Diplomats said [[Washington|GPE]] had pressed [[European|NORP]] capitals to raise spending further, while [[Hungary|GPE]]’s representative again objected to language criticising the [[Kremlin|ORG]].
"""

DOCS["heldout-02"] = """\
[[US|GPE]] President [[Donald Trump|PERSON]] said on Friday that he expected to speak with [[Russian|NORP]] President [[Vladimir Putin|PERSON]] “fairly soon” about shipping routes through the [[Arctic|LOC]], a region where [[Russian|NORP]] and [[American|NORP]] interests increasingly collide.
Speaking to reporters at [[Joint Base Andrews|FAC]] in [[Maryland|GPE]], [[Trump|PERSON]] said the [[Kremlin|ORG]] had reached out through intermediaries. [[Kremlin|ORG]] spokesman [[Dmitry Peskov|PERSON]] later said contacts were continuing but that no date had been set for a conversation between [[Putin|PERSON]] and [[Trump|PERSON]].
# Arctic Shipping on the Agenda
Senator [[Dan Sullivan|PERSON]], a [[Republican|NORP]] from [[Alaska|GPE]], has long pressed the [[Pentagon|ORG]] to station more icebreakers in the far north. [[Sullivan|PERSON|Dan Sullivan]]’s office said the senator would be watching closely for any understanding that affects traffic through the [[Bering Strait|LOC]].
Analysts at the [[Carnegie Endowment for International Peace|ORG]] cautioned that [[Moscow|GPE]] tends to use such contacts to drive a wedge between [[Washington|GPE]] and its [[NATO|ORG]] allies, particularly [[Norway|GPE]] and [[Denmark|GPE]], whose territory of [[Greenland|GPE]] sits astride the northern routes.
"""

DOCS["heldout-03"] = """\
# IMF Board Signs Off on Egypt Payout
The [[International Monetary Fund|ORG]] approved a $1.2 billion disbursement to [[Egypt|GPE]] on Wednesday, releasing the latest tranche of a loan programme that [[Cairo|GPE]] hopes will steady the pound.
[[IMF|ORG]] Managing Director [[Kristalina Georgieva|PERSON]] said in a statement that the authorities had made progress in reducing the footprint of the state in the economy. The fund’s mission chief for [[Egypt|GPE]], [[Marta Kessler|PERSON]], told a briefing in [[Washington|GPE]] that further sales of state-owned companies were expected before the next review, and [[Kessler|PERSON|Marta Kessler]] added that inflation had “clearly peaked.”
[[Egyptian|NORP]] Finance Minister [[Karim Fahmy|PERSON]] welcomed the decision. Revenue from the [[Suez Canal|FAC]] has fallen sharply since attacks by [[Yemen|GPE]]’s [[Houthi|NORP]] movement disrupted shipping in the [[Red Sea|LOC]], and [[Fahmy|PERSON|Karim Fahmy]] said the government was also counting on investment from [[Saudi Arabia|GPE]], the [[United Arab Emirates|GPE]] and the [[EU|ORG]].
"""

DOCS["heldout-04"] = """\
# Security Council Deadlocked Over Sudan
[[UN|ORG]] Secretary-General [[António Guterres|PERSON]] urged the [[UN Security Council|ORG]] on Thursday to act to protect civilians in [[El Fasher|GPE]], the besieged capital of [[North Darfur|GPE]].
[[Guterres|PERSON|António Guterres]]’s appeal came as [[Britain|GPE]], which holds the council's rotating presidency, circulated a draft resolution calling for a ceasefire. Diplomats said [[Russia|GPE]] and [[China|GPE]] were unlikely to support the text in its current form.
The [[Rapid Support Forces|ORG]], the paramilitary group that has been fighting [[Sudan|GPE]]’s army since April 2023, has been accused by [[UN|ORG]] investigators of ethnically targeted killings in [[Darfur|LOC]]. The group denies the allegations.
“The people of [[Darfur|LOC]] cannot wait for another round of consultations,” said [[Amina Diallo|PERSON]], a spokeswoman for the [[World Food Programme|ORG]], speaking from [[Port Sudan|GPE]]. [[Diallo|PERSON|Amina Diallo]] said aid convoys had been held up near the [[Chadian|NORP]] border for three weeks.
"""

DOCS["heldout-05"] = """\
Prime Minister [[Keir Starmer|PERSON]] has backed his chancellor, [[Rachel Reeves|PERSON]], after a week of criticism from business groups over planned increases in employer taxes, [[Downing Street|ORG]] said on Sunday.
# Reeves Defends Budget Plans
Chancellor [[Reeves|PERSON|Rachel Reeves]] is due to set out the details in the [[House of Commons|ORG]] on Wednesday. A [[Treasury|ORG]] spokeswoman, [[Helen Marsh|PERSON]], said the plans would “put the public finances on a firm footing.”
[[Andrew Bailey|PERSON]], the governor of the [[Bank of England|ORG]], told a committee of MPs that the [[UK|GPE]] economy had proved more resilient than expected. [[Conservative|NORP]] leader [[Kemi Badenoch|PERSON]] accused [[Labour|ORG]] of breaking its promises to working families.
Outside [[Downing Street|FAC]], several hundred farmers protested against changes to inheritance tax, blocking traffic on [[Whitehall|FAC]] for more than an hour. The [[Metropolitan Police|ORG]] said two people had been arrested.
"""

DOCS["heldout-06"] = """\
[[German|NORP]] Chancellor [[Friedrich Merz|PERSON]] on Monday defended his government’s plan to loosen the constitutional debt brake, telling the [[Bundestag|ORG]] that [[Germany|GPE]] could no longer postpone investment in railways, bridges and defence.
# Coalition Strains in Berlin
[[Merz|PERSON|Friedrich Merz]]’s [[CDU|ORG]] and its junior partner, the [[SPD|ORG]], remain divided over how much of the new borrowing should go to the armed forces. Economists at the [[Ifo Institute|ORG]] in [[Munich|GPE]] estimated that the package could lift growth by half a percentage point by 2027.
[[Alice Weidel|PERSON]], co-leader of the [[Alternative for Germany|ORG]] ([[AfD|ORG|Alternative for Germany]]), accused the chancellor of breaking an election promise. Several hundred demonstrators gathered outside the [[Reichstag|FAC]] building during the debate, while [[Weidel|PERSON|Alice Weidel]] addressed supporters in [[Dresden|GPE]].
In [[Brussels|GPE]], a spokesman for the [[European Commission|ORG]] said it was studying whether the plan complied with [[EU|ORG]] fiscal rules.
"""

DOCS["heldout-07"] = """\
# Qantas Shares Slide on Fuel Warning
Shares in [[Qantas|ORG]] fell 4 per cent in [[Sydney|GPE]] on Monday after the airline warned that higher jet fuel costs would weigh on second-half earnings.
“The market was braced for bad news, just not this much of it,” said [[Sydney Okafor|PERSON]], a transport analyst at [[Macquarie Group|ORG]]. [[Okafor|PERSON|Sydney Okafor]] said [[Qantas|ORG]]’s long-haul routes to [[Los Angeles|GPE]] and [[Singapore|GPE]] were the most exposed.
The airline’s chief executive, [[Vanessa Hudson|PERSON]], told investors on a call from [[Melbourne|GPE]] that capacity would be trimmed on some domestic routes. [[Hudson|PERSON|Vanessa Hudson]] said a planned upgrade of the domestic terminal at [[Sydney Airport|FAC]] would go ahead.
The [[Australian Competition and Consumer Commission|ORG]] said it was monitoring fares between [[Sydney|GPE]] and [[Perth|GPE]]. Officials in [[Canberra|GPE]] declined to comment.
"""

DOCS["heldout-08"] = """\
# Pyongyang Marks Party Anniversary
[[North Korea|GPE]] staged a military parade in [[Pyongyang|GPE]] on Friday to mark the anniversary of the ruling [[Workers’ Party of Korea|ORG]], with leader [[Kim Jong Un|PERSON]] watching from a balcony overlooking [[Kim Il Sung Square|FAC]].
State media showed [[Kim|PERSON|Kim Jong Un]] alongside his daughter, whom [[South Korean|NORP]] intelligence officials have identified as [[Kim Ju Ae|PERSON]]. Analysts noted that [[Kim Jong Un|PERSON]] has given her a prominent place at events once reserved for senior officials, a contrast with his own late father, [[Kim Jong Il|PERSON]], who rarely appeared in public with his children.
In [[Seoul|GPE]], President [[Lee Jae-myung|PERSON]] said his government remained open to dialogue. [[Lee|PERSON|Lee Jae-myung]]’s office said the parade had featured what appeared to be a new solid-fuel missile.
[[Japan|GPE]]’s [[Ministry of Defense|ORG|Ministry of Defense (Japan)]] said it was analysing images of the launchers, which some analysts believe were built with [[Russian|NORP]] assistance.
"""

DOCS["heldout-09"] = """\
# Hale Family Sells Trucking Stake
Former senator [[Walter Hale|PERSON]] and his son, [[Walter Hale Jr.|PERSON]], have agreed to sell their controlling stake in [[Hale Logistics|ORG]] to the [[Canadian|NORP]] investment firm [[Northern Harbour Capital|ORG]] for about $2.3 billion, the company said in a filing on Tuesday.
The elder [[Hale|PERSON|Walter Hale]], who represented [[Ohio|GPE]] for two terms, founded the business in [[Toledo|GPE]] in 1979. [[Hale Jr.|PERSON|Walter Hale Jr.]], chief executive since 2015, will stay on for a transition period.
“My father built this company one truck at a time,” [[Hale Jr.|PERSON|Walter Hale Jr.]] said in a statement. Asked whether he might return to politics, [[Hale|PERSON|Walter Hale]] told the [[Toledo Blade|ORG]] he was “far too old for that.”
Shares of rival carrier [[J.B. Hunt|ORG]] rose 2 per cent in [[New York|GPE]]. The deal requires clearance from the [[Federal Trade Commission|ORG]].
"""

DOCS["heldout-10"] = """\
# Drone Strikes Hit Western Ukraine
[[Russian|NORP]] drones struck energy facilities near [[Lviv|GPE]] overnight, cutting power to tens of thousands of homes in western [[Ukraine|GPE]], regional officials said on Saturday.
Mayor [[Andriy Sadovyi|PERSON]] said in a video statement that a substation on the city’s outskirts had been hit. [[Sadovyi|PERSON|Andriy Sadovyi]] said schools would switch to remote learning until Tuesday.
President [[Volodymyr Zelensky|PERSON]] said [[Ukraine|GPE]]’s air force had shot down most of the 120 drones launched overnight and again urged [[Western|NORP]] partners to speed up deliveries of air-defence missiles. Speaking in [[Kyiv|GPE]] alongside [[Polish|NORP]] Foreign Minister [[Radosław Sikorski|PERSON]], [[Zelensky|PERSON]] said the attack showed that [[Moscow|GPE]] was not interested in a ceasefire.
[[Poland|GPE]] briefly scrambled fighter jets near [[Rzeszów|GPE]] as a precaution. The [[Kremlin|ORG]] did not comment, but [[Russia|GPE]]’s [[Defence Ministry|ORG|Ministry of Defence (Russia)]] said its forces had struck military infrastructure.
"""

DOCS["heldout-11"] = """\
# Brussels Weighs Minimum-Price Deal
[[European Commission|ORG]] President [[Ursula von der Leyen|PERSON]] said on Wednesday that [[Brussels|GPE]] was ready to replace tariffs on [[Chinese|NORP]]-made electric cars with minimum prices, provided [[Beijing|GPE]] offered binding commitments.
[[Von der Leyen|PERSON|Ursula von der Leyen]]’s remarks followed talks with [[Chinese|NORP]] Commerce Minister [[Wang Wentao|PERSON]] in [[Strasbourg|GPE]]. [[BYD|ORG]], [[China|GPE]]’s largest carmaker, is building a plant in [[Szeged|GPE]], [[Hungary|GPE]], and would be among the biggest beneficiaries of a deal.
The [[European Automobile Manufacturers’ Association|ORG]] ([[ACEA|ORG|European Automobile Manufacturers’ Association]]) said [[European|NORP]] producers needed “a level playing field, not a loophole.” [[Volkswagen|ORG]] and [[Stellantis|ORG]] declined to comment.
[[France|GPE]] has pushed for a tough line, while [[Spain|GPE]] and [[Germany|GPE]] favour a negotiated settlement.
"""

DOCS["heldout-12"] = """\
# Lula Courts Investors Ahead of Climate Summit
[[Brazilian|NORP]] President [[Luiz Inácio Lula da Silva|PERSON]] met executives from [[Amazon|ORG]] and [[Petrobras|ORG]] in [[Brasília|GPE]] on Thursday as his government sought private money to protect the [[Amazon|LOC|Amazon rainforest]] ahead of the COP30 climate summit in [[Belém|GPE]].
[[Lula|PERSON|Luiz Inácio Lula da Silva]], as the president is universally known, told the executives that deforestation had fallen for a second year. Environment Minister [[Marina Silva|PERSON]] presented satellite data to the group, and [[Silva|PERSON|Marina Silva]] said enforcement operations would be expanded in [[Pará|GPE]].
An executive at [[Amazon Web Services|ORG]] said the company planned to expand its data centres in [[São Paulo|GPE]]. [[Norway|GPE]] and [[Germany|GPE]], the largest donors to the [[Amazon Fund|ORG]], sent observers to the meeting.
"""

DOCS["heldout-13"] = """\
# OPEC+ Extends Output Cuts
[[OPEC+|ORG]] agreed on Sunday to extend its voluntary production cuts into the first quarter, citing weak demand and rising supply from outside the group.
[[OPEC|ORG]] Secretary-General [[Haitham al-Ghais|PERSON]] said the decision had been unanimous. [[Saudi|NORP]] Energy Minister Prince [[Abdulaziz bin Salman|PERSON]] told reporters in [[Riyadh|GPE]] that the group would remain cautious, while [[Russia|GPE]]’s Deputy Prime Minister [[Alexander Novak|PERSON]] said [[Moscow|GPE]] would meet its share of the cuts.
Brent crude rose 1.5 per cent on the [[ICE|ORG|Intercontinental Exchange]] exchange in [[London|GPE]]. Analysts at [[Goldman Sachs|ORG]] said compliance remained the main risk, noting that [[Kazakhstan|GPE]] and [[Iraq|GPE]] had repeatedly exceeded their quotas. [[Saudi Aramco|ORG]] is expected to announce its official selling prices for [[Asian|NORP]] buyers next week.
"""

DOCS["heldout-14"] = """\
# Yen Slides After Rate Decision
The [[Bank of Japan|ORG]] kept interest rates unchanged on Friday, sending the yen to a three-month low against the dollar.
Governor [[Kazuo Ueda|PERSON]] told a news conference in [[Tokyo|GPE]] that the bank wanted more evidence that wage gains were spreading to smaller firms. [[Ueda|PERSON|Kazuo Ueda]] declined to say whether a hike was likely in January.
[[Japanese|NORP]] Finance Minister [[Hiroshi Tanabe|PERSON]] said the government was watching currency moves “with a high sense of urgency.” Shares of [[Toyota Motor|ORG]] rose 3 per cent on the [[Tokyo Stock Exchange|ORG]], as a weaker yen lifts the value of [[Toyota|ORG|Toyota Motor]]’s overseas earnings.
Traders in [[Singapore|GPE]] said attention would now turn to the [[Federal Reserve|ORG]], whose chair, [[Jerome Powell|PERSON]], is due to speak at the annual symposium in [[Jackson Hole|LOC]], [[Wyoming|GPE]].
"""

DOCS["heldout-15"] = """\
# Reliance Unveils Green Hydrogen Plan
[[Reliance Industries|ORG]] chairman [[Mukesh Ambani|PERSON]] said on Monday the conglomerate would build a green hydrogen complex in [[Jamnagar|GPE]], [[Gujarat|GPE]], by 2028.
[[Ambani|PERSON|Mukesh Ambani]]'s son [[Anant Ambani|PERSON]], who oversees the group's new energy business, said electrolysers would be made in-house. The younger [[Ambani|PERSON|Anant Ambani]] said the first phase would supply fertiliser plants in western [[India|GPE]].
Prime Minister [[Narendra Modi|PERSON]] has made clean energy a pillar of his industrial policy, and [[Modi|PERSON]]'s government offers subsidies for each kilogram of hydrogen produced. Officials in [[New Delhi|GPE]] said rival bids from the [[Adani Group|ORG]] were also under review.
Shares rose 2 per cent. The [[Securities and Exchange Board of India|ORG]] said it had received the company's disclosure, which [[Indian|NORP]] analysts described as ambitious.
"""

DOCS["heldout-16"] = """\
# Élysée Hosts Security Talks
[[French|NORP]] President [[Emmanuel Macron|PERSON]] will host leaders from [[Germany|GPE]], [[Poland|GPE]] and [[Britain|GPE]] at the [[Élysée Palace|FAC]] on Monday to discuss [[European|NORP]] security guarantees for [[Ukraine|GPE]].
The [[Élysée|ORG|Élysée Palace]] said the meeting would focus on air policing and training missions. [[Macron|PERSON|Emmanuel Macron]]’s diplomatic adviser, [[Claire Roussel|PERSON]], told reporters that [[Paris|GPE]] and [[London|GPE]] were prepared to lead a reassurance force once a ceasefire was in place.
A spokesman for the [[Quai d’Orsay|ORG]] said foreign ministers would meet separately in [[Warsaw|GPE]] later in the month. [[Roussel|PERSON|Claire Roussel]] said [[NATO|ORG]] would be briefed on the outcome.
"""

DOCS["heldout-17"] = """\
# Regional Leaders Meet in Addis Ababa
Leaders from the [[African Union|ORG]] gathered in [[Addis Ababa|GPE]] on Saturday for a summit focused on the conflict in eastern [[Congo|GPE|Democratic Republic of the Congo]] and a worsening debt crisis across the continent.
[[Kenyan|NORP]] President [[William Ruto|PERSON]] called for the [[IMF|ORG]] and the [[World Bank|ORG]] to offer cheaper financing to [[African|NORP]] states. [[Ruto|PERSON|William Ruto]] later flew back to [[Nairobi|GPE]] without attending the closing session.
[[Ethiopia|GPE]]’s Prime Minister [[Abiy Ahmed|PERSON]] used his opening address to defend the [[Grand Ethiopian Renaissance Dam|FAC]] on the [[Blue Nile|LOC]], which [[Egypt|GPE]] says threatens its water supply. [[Abiy|PERSON|Abiy Ahmed]] said the dam would supply electricity to neighbours including [[Sudan|GPE]] and [[Djibouti|GPE]].
"""

DOCS["heldout-18"] = """\
# Microsoft Faces Cloud Probe
The [[Federal Trade Commission|ORG]] has opened an inquiry into [[Microsoft|ORG]]’s cloud licensing practices, according to two people familiar with the matter.
The [[FTC|ORG|Federal Trade Commission]] is examining whether [[Microsoft|ORG]] made it harder for customers to move workloads to rival providers, and how its partnership with [[OpenAI|ORG]] affects competition. [[Microsoft|ORG]], which is based in [[Redmond|GPE]], [[Washington|GPE|Washington (state)]], said it would cooperate.
Chief executive [[Satya Nadella|PERSON]] has argued that the company’s licensing terms are among the most flexible in the industry. [[Nadella|PERSON|Satya Nadella]] is due to testify before a congressional committee in [[Washington|GPE]] next month.
[[Google|ORG]] and [[Amazon|ORG]] have raised similar complaints with regulators in [[Brussels|GPE]] and [[London|GPE]], where the [[UK|GPE]]’s [[Competition and Markets Authority|ORG]] ([[CMA|ORG|Competition and Markets Authority]]) is finalising its own review.
"""

DOCS["heldout-19"] = """\
# Beijing Stages Drills Near Taiwan
[[China|GPE]]’s military launched large-scale exercises around [[Taiwan|GPE]] on Monday, days after [[Taiwanese|NORP]] President [[Lai Ching-te|PERSON]] returned from a trip to [[Paraguay|GPE]].
The [[People’s Liberation Army|ORG]]’s [[Eastern Theater Command|ORG]] said the drills were a “stern warning” to separatist forces. [[Lai|PERSON|Lai Ching-te]]'s office in [[Taipei|GPE]] condemned the exercises as provocative.
[[Chinese|NORP]] President [[Xi Jinping|PERSON]] has said reunification is inevitable, though [[Xi|PERSON]] has not set a timetable. Coast guard vessels were also reported in the [[Taiwan Strait|LOC]].
A [[State Department|ORG]] spokeswoman, [[Laura Pierce|PERSON]], urged restraint, and [[Japan|GPE]] and the [[Philippines|GPE]] said they were monitoring the situation closely.
"""

DOCS["heldout-20"] = """\
[[Canadian|NORP]] Prime Minister [[Mark Carney|PERSON]] said on Tuesday that [[Ottawa|GPE]] would respond in kind if [[Trump|PERSON]] went ahead with new tariffs on [[Canadian|NORP]] lumber and aluminium.
# Tariff Threat Rattles Ottawa
[[Carney|PERSON|Mark Carney]], a former governor of both the [[Bank of Canada|ORG]] and the [[Bank of England|ORG]], said talks with [[US|GPE]] officials would continue. Premier [[David Eby|PERSON]] of [[British Columbia|GPE]] told reporters in [[Victoria|GPE]], the provincial capital, that sawmill jobs were at risk.
In [[Washington|GPE]], [[Donald Trump Jr.|PERSON]] defended his father’s trade policy in a podcast interview. [[Trump Jr.|PERSON]] said the tariffs would bring factories back to the [[Midwest|LOC]].
[[Mexico|GPE]]’s President [[Claudia Sheinbaum|PERSON]] struck a more conciliatory tone. [[Sheinbaum|PERSON|Claudia Sheinbaum]] said [[Mexican|NORP]] negotiators would travel to [[Washington|GPE]] next week.
"""

DOCS["heldout-21"] = """\
# Putin and Xi Pledge Closer Ties
[[Russian|NORP]] President [[Vladimir Putin|PERSON]] arrived in [[Beijing|GPE]] on Tuesday for two days of talks with [[Chinese|NORP]] leader [[Xi Jinping|PERSON]], the first stop on a tour that will also take him to [[Mongolia|GPE]].
[[Putin|PERSON]] and [[Xi|PERSON]] met at the [[Great Hall of the People|FAC]], where they signed agreements on energy, agriculture and satellite navigation. [[Kremlin|ORG]] aide [[Yuri Ushakov|PERSON]] said progress had been made on the [[Power of Siberia 2|FAC]] pipeline, which would carry gas from western [[Siberia|LOC]] to northern [[China|GPE]].
[[Gazprom|ORG]] and [[China National Petroleum Corporation|ORG]] have been negotiating over prices for years. The two leaders are also expected to attend a summit of the [[Shanghai Cooperation Organisation|ORG]] ([[SCO|ORG|Shanghai Cooperation Organisation]]) in [[Tianjin|GPE]], where [[Indian|NORP]] Prime Minister [[Narendra Modi|PERSON]] will join them.
"""

MARK = re.compile(r"\[\[(.+?)\]\]")


def parse(doc_id, src):
    src = unicodedata.normalize("NFC", src)
    lines = src.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]  # texts end without a trailing newline
    headings, out_lines = [], []
    for ln in lines:
        if ln.startswith("# "):
            h = ln[2:]
            assert "[[" not in h, (doc_id, h)
            headings.append(h)
            out_lines.append(h)
        else:
            out_lines.append(ln)
    marked = "\n".join(out_lines)
    # pass 1: strip markup, record offsets
    text_parts, ents, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        text_parts.append(marked[last:m.start()])
        pos += m.start() - last
        fields = m.group(1).split("|")
        assert len(fields) in (2, 3), (doc_id, fields)
        surface, label = fields[0], fields[1]
        assert label in LABELS, (doc_id, fields)
        canon = fields[2] if len(fields) == 3 else ALIAS.get(surface, surface)
        ents.append({"start_char": pos, "end_char": pos + len(surface), "text": surface,
                     "label": label, "canonical_name": canon})
        text_parts.append(surface)
        pos += len(surface)
        last = m.end()
    text_parts.append(marked[last:])
    text = "".join(text_parts)
    assert "[[" not in text and "]]" not in text and "|" not in text, doc_id
    # pass 2: independent str.find with running cursor, skipping heading lines
    head_spans = []
    for h in headings:
        i = text.find(h)
        while not ((i == 0 or text[i - 1] == "\n") and (i + len(h) == len(text) or text[i + len(h)] == "\n")):
            i = text.find(h, i + 1)
        head_spans.append((i, i + len(h)))
    cursor = 0
    for e in ents:
        i = text.find(e["text"], cursor)
        while i >= 0 and (any(a <= i < b for a, b in head_spans)
                          or (i > 0 and text[i - 1].isalnum())
                          or (i + len(e["text"]) < len(text) and text[i + len(e["text"])].isalnum())):
            i = text.find(e["text"], i + 1)
        assert i == e["start_char"], (doc_id, e, i)
        cursor = i + len(e["text"])
    return {"doc_id": doc_id, "text": text, "entities": ents, "headings": headings}


def main():
    recs = [parse(d, s) for d, s in DOCS.items()]
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote heldout.jsonl:", len(recs), "docs,", sum(len(r["entities"]) for r in recs), "mentions")


if __name__ == "__main__":
    main()
