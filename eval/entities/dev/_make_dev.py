"""Build dev.jsonl (entity development set) from the inline-annotated texts in _src_dev.py.

Markup (same as ../_make_heldout.py):  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]].
Lines starting with "# " are headings: the marker is stripped, the line is kept in the text,
recorded under "headings", and must contain no annotations.  Canonical name defaults to
ALIAS.get(surface, surface); ALIAS is the held-out table, so shared entities get the same
canonical names as in ../heldout.jsonl.

Offsets are computed twice -- from the markup positions while stripping, and independently with
str.find from a running cursor over the clean text (skipping heading lines and non-word-boundary
hits) -- and must agree.  All texts are FICTIONAL.
Run:  python _make_dev.py   (then python ../_sets.py check dev)
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}

ALIAS = {
    "US": "United States", "America": "United States", "UK": "United Kingdom",
    "Britain": "United Kingdom", "EU": "European Union", "UN": "United Nations",
    "IMF": "International Monetary Fund", "Trump": "Donald Trump", "Putin": "Vladimir Putin",
    "Trump Jr.": "Donald Trump Jr.", "Zelensky": "Volodymyr Zelensky",
    "Washington": "Washington, D.C.", "Xi": "Xi Jinping", "Modi": "Narendra Modi",
}

MARK = re.compile(r"\[\[(.+?)\]\]")


def parse(doc_id, src):
    src = unicodedata.normalize("NFC", src).replace("\r\n", "\n").replace("\r", "\n")
    lines = src.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    headings, out_lines = [], []
    for ln in lines:
        if ln.startswith("# "):
            h = ln[2:]
            assert "[[" not in h, (doc_id, h)
            headings.append(h)
            out_lines.append(h)
        else:
            out_lines.append(ln)
    assert len(headings) == 1, (doc_id, headings)
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
    import _src_dev
    recs = [parse(d, s) for d, s in _src_dev.DOCS.items()]
    with open(HERE / "dev.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote dev.jsonl:", len(recs), "docs,", sum(len(r["entities"]) for r in recs), "mentions")


if __name__ == "__main__":
    main()
