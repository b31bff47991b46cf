"""Build seeds.jsonl from hand annotations of the two seed articles.

Annotations are ordered lists of surface strings (in document order); offsets
are found with str.find-style search (word-boundary regex) from a running
cursor, skipping regions excluded from annotation (dateline, headings, page
furniture).  Run:  python _make.py   (then python _verify.py)
"""
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/seeds")


def load_text(path):
    t = path.read_bytes().decode("utf-8")
    t = unicodedata.normalize("NFC", t)
    return t.replace("\r\n", "\n").replace("\r", "\n")


# surface -> label (unambiguous within the seeds)
LABEL = {
    "Washington Post": "ORG", "Kremlin": "ORG", "White House": "ORG", "NATO": "ORG",
    "Military Committee": "ORG",
    "US": "GPE", "America": "GPE", "Ukraine": "GPE", "Florida": "GPE", "Washington": "GPE",
    "Kyiv": "GPE", "Russia": "GPE", "Moscow": "GPE", "France": "GPE", "United Kingdom": "GPE",
    "Europe": "LOC", "Eastern Europe": "LOC",
    "Russian": "NORP", "Ukrainian": "NORP", "European": "NORP", "American": "NORP",
    "Democratic": "NORP", "Western": "NORP",
    "Mar-a-Lago": "FAC",
    "Donald Trump": "PERSON", "Trump": "PERSON", "Donald Trump Jr.": "PERSON", "Trump Jr.": "PERSON",
    "Vladimir Putin": "PERSON", "Putin": "PERSON", "Kamala Harris": "PERSON", "Biden": "PERSON",
    "Joe Biden": "PERSON", "Volodymyr Zelensky": "PERSON", "Zelensky": "PERSON",
    "Elon Musk": "PERSON", "Jake Sullivan": "PERSON", "Sullivan": "PERSON",
    "Dmitry Peskov": "PERSON", "Rob Bauer": "PERSON",
}

# surface -> canonical name (anything not listed is its own canonical name)
CANON = {
    "Trump": "Donald Trump", "Trump Jr.": "Donald Trump Jr.", "Putin": "Vladimir Putin",
    "Biden": "Joe Biden", "Zelensky": "Volodymyr Zelensky", "Sullivan": "Jake Sullivan",
    "US": "United States", "America": "United States",
    "Washington": "Washington, D.C.",   # metonym for the US government
    "Military Committee": "NATO Military Committee",
}

DOC000 = [
    # P1
    "Washington Post", "US", "Donald Trump", "Russian", "Vladimir Putin", "Trump", "Ukraine",
    "Democratic", "Kamala Harris", "Trump", "Mar-a-Lago", "Florida", "Putin", "Washington",
    "Ukraine", "Trump", "Trump",
    # P2
    "Washington Post", "Trump", "American", "Europe", "Ukraine", "Putin", "Trump", "Ukraine",
    # P3
    "Trump", "US", "Ukraine", "Trump", "US", "Ukraine", "Biden", "Kyiv",
    # P4
    "Ukraine", "Europe", "Ukrainian", "Trump", "Kyiv", "Russia", "Trump", "Ukrainian",
    "Volodymyr Zelensky", "US", "Trump", "Trump", "Elon Musk", "Ukraine", "Trump",
    # P5
    "Ukraine", "Russian", "Zelensky", "Ukraine", "Moscow", "Ukraine", "European", "Ukraine",
    "France", "United Kingdom", "Eastern Europe",
    # P6
    "Biden", "Ukraine", "Kyiv", "Trump", "White House", "Ukraine", "Jake Sullivan", "Ukrainian",
    "Ukraine", "Sullivan", "Ukraine",
    # P7
    "Trump", "Kremlin", "Russian", "Trump", "Putin", "Kremlin", "Dmitry Peskov", "Moscow",
    "Trump", "Ukraine", "Trump", "US", "Ukraine", "Washington",
    # P8
    "Trump", "Donald Trump Jr.", "Ukraine", "Trump", "Trump Jr.", "Zelensky", "Trump", "US",
    # P9
    "Trump", "Putin", "Trump", "Russia", "Ukrainian", "Russian", "Ukraine",
    # P10
    "Zelensky", "Moscow", "United Kingdom", "France", "Trump", "NATO", "European", "Ukraine",
    # P11
    "Russia", "Ukraine", "Moscow", "Ukrainian", "Russian", "Russia", "Ukraine",
    # P12
    "Trump", "Trump", "Putin", "Ukraine", "US", "Ukrainian",
    # P13
    "Putin", "Trump", "Ukraine", "Europe", "Kremlin", "Trump", "Ukraine", "Eastern Europe",
    "US", "Russia",
]

DOC001 = [
    # P1 (after the excluded dateline)
    "Donald Trump", "Russian", "Vladimir Putin", "Trump", "Mar-a-Lago", "Florida", "Ukraine",
    "US", "Russia",
    # P2
    "Trump", "Putin", "Ukraine", "Russian", "America", "Europe", "Trump", "US",
    # P3
    "Trump", "Democratic", "Kamala Harris", "Ukraine", "Trump",
    # P4
    "Trump", "Ukraine",
    # P5
    "Trump", "Ukraine", "Washington", "Kyiv",
    # P6
    "Ukraine", "Russian", "Ukraine", "Kyiv",
    # P7
    "Ukrainian", "Volodymyr Zelensky", "Kremlin", "Russia", "Ukraine", "European", "Trump",
    "Western",
    # P8
    "Trump", "Putin", "Russian", "Trump", "Kremlin", "Dmitry Peskov", "Trump",
    # P9
    "NATO", "Trump", "Rob Bauer", "NATO", "Military Committee", "Russia",
    # P10
    "Trump", "Ukraine",
    # list items
    "Ukraine", "NATO", "US", "Russia", "American",
    # P11
    "Joe Biden", "Ukraine", "Trump", "Jake Sullivan", "White House", "Ukraine",
    # P12
    "Trump", "Putin", "US", "Ukraine", "US", "Russia",
    # P13
    "Trump", "Ukraine", "Ukraine",
]

HEADINGS_001 = [
    "The Call: A Delicate Balance of Power and Diplomacy",
    "Seeking Resolution: Trump's Approach to the Ukraine Conflict",
    "The Diplomatic Tightrope: Balancing Peace and Territorial Integrity",
    "The International Response: Cautious Optimism and Concerns",
    "The Road Ahead: Challenges and Opportunities",
    "The Biden Administration's Final Push",
]


def line_span(text, line):
    """Span of a full line (must occur exactly once as a whole line)."""
    hits = [m.start() for m in re.finditer(re.escape(line), text)
            if (m.start() == 0 or text[m.start() - 1] == "\n")
            and (m.end() == len(text) or text[m.end()] == "\n")]
    assert len(hits) == 1, (line, hits)
    return (hits[0], hits[0] + len(line))


def excluded_regions(doc_id, text):
    if doc_id.startswith("000"):
        cut = text.index("\nCreated by the Duffer Brothers") + 1
        return [(cut, len(text))]  # related-story teasers, cookie notice, "Read More"
    regs = [(0, len("[UNITED STATES]"))]
    assert text.startswith("[UNITED STATES]")
    regs += [line_span(text, h) for h in HEADINGS_001]
    return regs


def find_next(text, surface, cursor, excl):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    pos = cursor
    while True:
        # str.find with running cursor, then boundary / exclusion checks
        i = text.find(surface, pos)
        if i < 0:
            raise ValueError(f"{surface!r} not found after {cursor}")
        inside = any(a <= i < b for a, b in excl)
        if not inside and pat.match(text, i):
            return i
        pos = i + 1


def annotate(doc_id, text, surfaces):
    excl = excluded_regions(doc_id, text)
    cursor = 0
    ents = []
    for s in surfaces:
        i = find_next(text, s, cursor, excl)
        ents.append({"start_char": i, "end_char": i + len(s), "text": s,
                     "label": LABEL[s], "canonical_name": CANON.get(s, s)})
        cursor = i + len(s)
    return ents, excl


def main():
    out = []
    for doc_id, surfaces in [("000_c6980810b8bc2544", DOC000), ("001_753986fcec20c929", DOC001)]:
        text = load_text(SEEDS / f"{doc_id}.txt")
        ents, excl = annotate(doc_id, text, surfaces)
        rec = {"doc_id": doc_id, "text": text, "entities": ents}
        if doc_id.startswith("001"):
            rec["headings"] = HEADINGS_001
        rec["excluded_regions"] = [list(r) for r in excl]
        out.append(rec)
    with open(HERE / "seeds.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote seeds.jsonl:", [len(r["entities"]) for r in out])


if __name__ == "__main__":
    main()
