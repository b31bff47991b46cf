"""Build dev.jsonl / test.jsonl (+ _meta_*.json sidecars) from the hand-annotated sources.

The sources (_src_dev.py, _src_test.py) hold each document's text with inline markup:
    ⟦q1|...⟧  quote span (exactly the annotated characters, marks outside)
    ⟨s1|...⟩  speaker mention
    ⟪...⟫     distractor: scare quote / title / nickname in marks that is NOT a quote
The markup is stripped; offsets are the positions in the stripped text, so they are exact by
construction.  Each quote id has a spec line:
    <qid> <d|p|i> <speaker id or -> <cue or -> [+<qid>] [open] [#tag ...]
  d/p/i = direct/partial/indirect; cue uses "_" for spaces (according_to);
  +<qid> = same quote_group as that quote (split / cross-paragraph piece);
  open   = closed=false;  #tags are case labels kept only in the sidecar.

Run:  python _make.py      (then python _verify.py)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

LEMMA = {
    "said": "say", "says": "say", "say": "say", "saying": "say",
    "told": "tell", "warned": "warn", "added": "add", "adding": "add",
    "according to": "according to", "claimed": "claim", "stated": "state",
    "arguing": "argue", "conceding": "concede", "wrote": "write", "insisted": "insist",
    "described": "describe", "called": "call", "hailed": "hail", "dismissed": "dismiss",
    "reported": "report", "posted": "post", "announced": "announce", "asked": "ask",
}

OPEN = {"⟦": "q", "⟨": "s", "⟪": "x"}
CLOSE = {"⟧": "q", "⟩": "s", "⟫": "x"}


def parse_markup(marked):
    out = []
    stack = []  # (kind, label, start)
    spans = {"q": {}, "s": {}, "x": []}
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch in OPEN:
            kind = OPEN[ch]
            label = None
            if kind != "x":
                bar = marked.index("|", i)
                label = marked[i + 1:bar]
                assert label and " " not in label, (label, marked[i:i + 40])
                i = bar
            stack.append((kind, label, len(out)))
        elif ch in CLOSE:
            kind, label, start = stack.pop()
            assert kind == CLOSE[ch], f"mismatched markup near {marked[max(0, i - 40):i + 5]!r}"
            text_so_far = "".join(out)
            if kind == "x":
                spans["x"].append((start, len(out)))
            else:
                assert label not in spans[kind], f"duplicate label {label}"
                spans[kind][label] = (start, len(out))
        else:
            out.append(ch)
        i += 1
    assert not stack, stack
    return "".join(out), spans


def build(doc):
    marked = doc["text"].strip("\n")
    assert "\n\n" not in marked and "\r" not in marked
    text, spans = parse_markup(marked)
    names = {}
    for part in doc["names"].split(";"):
        part = part.strip()
        if not part:
            continue
        k, v = part.split("=", 1)
        names[k.strip()] = None if v.strip() == "-" else v.strip()
    specs = {}
    order = []
    for line in doc["specs"].strip().splitlines():
        toks = line.split()
        qid, qtype, spk, cue = toks[:4]
        rest = toks[4:]
        join = next((t[1:] for t in rest if t.startswith("+")), None)
        closed = "open" not in rest
        tags = [t[1:] for t in rest if t.startswith("#")]
        assert all(t.startswith(("+", "#")) or t == "open" for t in rest), line
        assert qid not in specs, qid
        specs[qid] = dict(type={"d": "direct", "p": "partial", "i": "indirect"}[qtype],
                          spk=None if spk == "-" else spk,
                          cue=None if cue == "-" else cue.replace("_", " "),
                          join=join, closed=closed, tags=tags)
        order.append(qid)
    assert set(specs) == set(spans["q"]), (doc["doc_id"], set(specs) ^ set(spans["q"]))
    used = {s["spk"] for s in specs.values() if s["spk"]}
    assert used == set(spans["s"]), (doc["doc_id"], used ^ set(spans["s"]))
    assert used <= set(names), (doc["doc_id"], used - set(names))

    # group roots
    def root(q):
        seen = set()
        while specs[q]["join"]:
            assert q not in seen
            seen.add(q)
            q = specs[q]["join"]
        return q

    qids = sorted(specs, key=lambda q: spans["q"][q][0])
    group_no = {}
    rows, tags = [], []
    for q in qids:
        s = specs[q]
        r = root(q)
        if r not in group_no:
            group_no[r] = len(group_no) + 1
        st, en = spans["q"][q]
        if s["spk"]:
            ss, se = spans["s"][s["spk"]]
            sp_text, sp_name = text[ss:se], names[s["spk"]]
        else:
            ss = se = sp_text = sp_name = None
        cue = s["cue"]
        if cue is not None:
            assert cue in LEMMA, f"no lemma for cue {cue!r}"
        rows.append({
            "quote_type": s["type"], "start_char": st, "end_char": en, "text": text[st:en],
            "closed": s["closed"], "quote_group": group_no[r],
            "speaker_text": sp_text, "speaker_start": ss, "speaker_end": se,
            "speaker_name": sp_name, "cue": cue, "cue_lemma": LEMMA[cue] if cue else None,
        })
        tags.append(s["tags"])
    distractors = [{"start": a, "end": b, "text": text[a:b]} for a, b in spans["x"]]
    return {"doc_id": doc["doc_id"], "text": text, "quotes": rows}, {"distractors": distractors, "quote_tags": tags}


def main():
    import _src_dev
    import _src_test
    for split, mod in (("dev", _src_dev), ("test", _src_test)):
        ids = [d["doc_id"] for d in mod.DOCS]
        assert len(ids) == len(set(ids))
        meta = {}
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for d in mod.DOCS:
                rec, m = build(d)
                meta[rec["doc_id"]] = m
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, f"_meta_{split}.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        print(f"{split}: {len(ids)} docs, {sum(len(m['quote_tags']) for m in meta.values())} quote rows")


if __name__ == "__main__":
    main()
