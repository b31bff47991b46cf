"""Independent checks of dev2.jsonl against the annotation contract of ../README.md.

Reads only dev2.jsonl, the _meta_dev2.json sidecar (distractor spans and manual case tags) and, for
the name-overlap check, ../dev.jsonl.  It never opens the held-out test files.
The per-row checks are ../_verify.py's (imported: that reads no file of the test split); on top
of those it checks the case tags, cue coverage and name overlap with dev.
Exits non-zero on any violation; prints counts by quote_type, cue and case.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
# The per-row checks of ../_verify.py (importing it reads no file: only its main() does).
from _verify import PRONOUNS, check_file, err, errors  # noqa: E402

REQUIRED_CUES = ["say", "tell", "warn", "argue", "insist", "claim", "note", "add", "announce",
                 "acknowledge", "admit", "deny", "predict", "stress", "explain", "suggest",
                 "according to"]

TAG_CASES = {"same": "two people of the same gender in the paragraph (tagged)",
             "role": "role-only mention, person named later (tagged)",
             "they": "they/it for an organisation (tagged)",
             "doc": "document as source (tagged)",
             "xpara": "quote across paragraphs (tagged rows)",
             "report": "quote inside reported-speech paragraph (tagged)",
             "nocue": "speaker introduced without cue verb (tagged)"}


def main():
    docs, nq, qtype, case, names = check_file("dev2", HERE)
    meta = json.load(open(os.path.join(HERE, "_meta_dev2.json"), encoding="utf-8"))
    tagc = collections.Counter(t for m in meta.values() for ts in m["quote_tags"] for t in ts)
    cues = collections.Counter()
    cues_ind = collections.Counter()
    for d in docs:
        for q in d["quotes"]:
            cues[q["cue_lemma"]] += 1
            if q["quote_type"] == "indirect":
                cues_ind[q["cue_lemma"]] += 1
            # a resolved name must not be a pronoun or start with a courtesy title
            n = q["speaker_name"]
            if n and (n.lower() in PRONOUNS or re.match(r"(Mr|Mrs|Ms|Dr)\.? ", n)):
                err(d["doc_id"], f"speaker_name not resolved: {n!r}")
            # a pronoun speaker_text must resolve to a name
            if q["speaker_text"] and q["speaker_text"].lower() in PRONOUNS and not n:
                err(d["doc_id"], f"pronoun speaker without resolution at {q['start_char']}")
    for c in REQUIRED_CUES:
        if cues_ind[c] == 0:
            err("dev2", f"indirect cue {c!r} not used")
    # name overlap with the first dev split
    dev_path = os.path.join(HERE, "..", "dev.jsonl")
    if os.path.exists(dev_path):
        dev_docs = [json.loads(l) for l in open(dev_path, encoding="utf-8") if l.strip()]
        dev_names = {q["speaker_name"] for d in dev_docs for q in d["quotes"] if q["speaker_name"]}
        dev_text = "\n".join(d["text"] for d in dev_docs)
        dev2_text = "\n".join(d["text"] for d in docs)
        for n in sorted(names):
            if n in dev_text:
                err("dev/dev2", f"dev2 speaker {n!r} appears in dev text")
        for n in sorted(dev_names):
            if n in dev2_text:
                err("dev/dev2", f"dev speaker {n!r} appears in dev2 text")
    groups = sum(len({q["quote_group"] for q in d["quotes"]}) for d in docs)
    print(f"== dev2.jsonl: {len(docs)} docs, {nq} quote rows, {groups} quote groups, "
          f"{len(names)} distinct speaker names")
    print("  by quote_type: " + ", ".join(f"{k}={v}" for k, v in sorted(qtype.items())))
    for k, v in sorted(case.items()):
        print(f"  {v:4d}  {k}")
    for t, label in TAG_CASES.items():
        print(f"  {tagc[t]:4d}  {label}")
    print("  cue lemmas (all rows): " + ", ".join(f"{k}={v}" for k, v in
                                                   sorted(cues.items(), key=lambda kv: (-kv[1], str(kv[0])))))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all offsets, speaker offsets, marks, groups, cue coverage and minimum counts verified.")


if __name__ == "__main__":
    main()
