"""Independent checks of dev.jsonl / test.jsonl against the annotation contract (see README.md).

Reads only the jsonl files plus the _meta_*.json sidecars (distractor spans and manual case tags).
Exits non-zero on any violation; prints per-file counts by quote_type and by case.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_QUOTES = {"dev": 50, "test": 70, "dev2": 140}
FIELDS = ["quote_type", "start_char", "end_char", "text", "closed", "quote_group", "speaker_text",
          "speaker_start", "speaker_end", "speaker_name", "cue", "cue_lemma"]
PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
STYLE = {"“": "curly double “ ”", '"': 'straight double " "', "‘": "curly single ‘ ’",
         "'": "straight single ' '", "«": "guillemets « »"}
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them"}
MARKUP = set("⟦⟧⟨⟩⟪⟫")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def para_bounds(text, pos):
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b == -1 else b)


def check_file(split, folder=HERE):
    """Check ``folder/{split}.jsonl`` against ``folder/_meta_{split}.json``."""
    path = os.path.join(folder, f"{split}.jsonl")
    meta = json.load(open(os.path.join(folder, f"_meta_{split}.json"), encoding="utf-8"))
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    qtype = collections.Counter()
    case = collections.Counter()
    names = set()
    nq = 0
    ids = set()
    for d in docs:
        did, text, qs = d["doc_id"], d["text"], d["quotes"]
        if set(d) != {"doc_id", "text", "quotes"}:
            err(did, f"top-level keys {sorted(d)}")
        if not did.startswith(split + "-") or did in ids:
            err(did, "bad/duplicate doc_id")
        ids.add(did)
        if "\n\n" in text or "\r" in text or text != text.strip():
            err(did, "paragraph separator / whitespace problem")
        if MARKUP & set(text):
            err(did, "markup characters left in text")
        m = meta[did]
        tags = m["quote_tags"]
        if len(tags) != len(qs):
            err(did, "sidecar tag count mismatch")
        # --- per-row checks
        prev_end = -1
        seen_groups = []
        for k, q in enumerate(qs):
            w = f"{did}#{k}"
            nq += 1
            if list(q) != FIELDS:
                err(w, f"fields {list(q)}")
            s, e, t = q["start_char"], q["end_char"], q["text"]
            if text[s:e] != t:
                err(w, f"offset mismatch {text[s:e]!r} != {t!r}")
            if not t or t != t.strip() or "\n" in t:
                err(w, f"quote text whitespace/newline: {t!r}")
            if s < prev_end:
                err(w, "rows not sorted / overlapping")
            prev_end = e
            if q["quote_type"] not in ("direct", "partial", "indirect"):
                err(w, "bad quote_type")
            if not isinstance(q["closed"], bool) or not isinstance(q["quote_group"], int):
                err(w, "closed/quote_group type")
            if q["quote_group"] not in seen_groups:
                seen_groups.append(q["quote_group"])
            if (q["cue"] is None) != (q["cue_lemma"] is None):
                err(w, "cue/cue_lemma nullness differs")
            sp = (q["speaker_text"], q["speaker_start"], q["speaker_end"])
            if any(x is None for x in sp):
                if any(x is not None for x in sp) or q["speaker_name"] is not None:
                    err(w, "partial speaker fields")
            else:
                if text[sp[1]:sp[2]] != sp[0]:
                    err(w, f"speaker offset mismatch {text[sp[1]:sp[2]]!r} != {sp[0]!r}")
                for o in qs:
                    if sp[1] < o["end_char"] and o["start_char"] < sp[2]:
                        err(w, "speaker span overlaps a quote span")
            if q["speaker_name"]:
                names.add(q["speaker_name"])
            pa, pb = para_bounds(text, s)
            if e > pb:
                err(w, "quote crosses a paragraph boundary")
            if q["quote_type"] in ("direct", "partial"):
                op = text[s - 1] if s > 0 else ""
                if op not in PAIRS:
                    err(w, f"no opening mark before span (found {op!r})")
                    continue
                group_rows = [o for o in qs if o["quote_group"] == q["quote_group"]]
                later = [o for o in group_rows if o["start_char"] > s]
                continues_next_para = bool(later) and later[0]["start_char"] > pb
                if continues_next_para:
                    if e != pb:
                        err(w, "cross-paragraph piece must end at paragraph end")
                    nxt = later[0]["start_char"]
                    na, _ = para_bounds(text, nxt)
                    if nxt != na + 1 or text[na] not in PAIRS:
                        err(w, "continuation piece must start right after a paragraph-initial mark")
                elif q["closed"]:
                    if e >= len(text) or text[e] != PAIRS[op]:
                        err(w, f"closed quote not followed by {PAIRS[op]!r}")
                else:
                    rest = text[e:pb].lstrip(" ")
                    if not (e == pb or rest[:1] == op):
                        err(w, "unclosed span must end at paragraph end or before the next opening mark")
                    if PAIRS[op] in t and op not in "'\"":
                        err(w, "unclosed span contains its closing mark")
            else:
                if s > 0 and text[s - 1] in PAIRS or (e < len(text) and text[e] in "”»"):
                    err(w, "indirect quote bounded by a quotation mark")
                if t.endswith(".") or t.lower().startswith("that "):
                    err(w, "indirect text should omit 'that' and final period")
                if not q["closed"]:
                    err(w, "indirect rows are closed=true by convention")
            # --- case counting
            qtype[q["quote_type"]] += 1
            tg = set(tags[k]) if k < len(tags) else set()
            if q["quote_type"] != "indirect":
                case["mark: " + STYLE[text[s - 1]]] += 1
            first_in_group = qs.index(next(o for o in qs if o["quote_group"] == q["quote_group"])) == k
            if q["speaker_start"] is None:
                case["speaker: none"] += 1
            elif first_in_group and q["cue"] is not None:
                pos = "before" if q["speaker_start"] < s else "after"
                case[f"speaker {pos} the quote (own cue)"] += 1
                if pos == "before" and ":" in text[q["speaker_end"]:s]:
                    case["speaker before with colon (X said: ...)"] += 1
            if first_in_group and q["cue"] is None and q["speaker_start"] is not None:
                case["follow-on quote inheriting speaker (cue null)"] += 1
            if "nocue" in tg:
                case["speaker introduced without cue verb ('was blunter.')"] += 1
            if not q["closed"]:
                case["never-closed mark (closed=false)"] += 1
            if q["quote_type"] == "direct" and re.search(r"[.!?:]\s+[A-Z]", t):
                case["multi-sentence direct quote"] += 1
            if re.search(r"[A-Za-z][’'][A-Za-z]|[’'][0-9]{2}s|s[’'](\s|$)|\b'n'", t):
                case["apostrophe inside quote text"] += 1
            if "apos" in tg:
                case["apostrophe inside/around quote (tagged)"] += 1
            if q["speaker_text"] and q["speaker_text"].lower() in PRONOUNS:
                case["pronoun speaker_text"] += 1
            if "pron" in tg:
                case["pronoun trap: nearest name not speaker / he-she-they inside quote"] += 1
            if "appos" in tg:
                case["title / appositive around speaker"] += 1
            if "org" in tg:
                case["unnamed spokesperson or group -> organisation"] += 1
            if q["speaker_text"] and q["speaker_name"] is None:
                case["anonymous source (speaker_name null)"] += 1
            if q["cue_lemma"] == "according to":
                case["according to X"] += 1
            if q["quote_type"] == "indirect" and q["cue_lemma"]:
                case[f"indirect cue: {q['cue_lemma']}"] += 1
        if seen_groups != list(range(1, len(seen_groups) + 1)):
            err(did, f"quote_group numbering not 1..n in text order: {seen_groups}")
        # --- group checks
        groups = collections.defaultdict(list)
        for q in qs:
            groups[q["quote_group"]].append(q)
        for g, rows in groups.items():
            if len(rows) > 1:
                keys = {(r["speaker_text"], r["speaker_start"], r["speaker_name"], r["cue"], r["quote_type"]) for r in rows}
                if len(keys) != 1:
                    err(f"{did} group {g}", "pieces of one group disagree on speaker/cue/type")
                paras = {para_bounds(text, r["start_char"]) for r in rows}
                if len(paras) == 1:
                    case["split around attribution (groups)"] += 1
                else:
                    case["quote across paragraphs (groups)"] += 1
        # --- distractors
        for x in m["distractors"]:
            a, b = x["start"], x["end"]
            if text[a:b] != x["text"] or a == 0 or text[a - 1] not in PAIRS or b >= len(text) or text[b] != PAIRS[text[a - 1]]:
                err(did, f"distractor {x['text']!r} not enclosed in matching marks")
            for q in qs:
                if a < q["end_char"] and q["start_char"] < b:
                    err(did, f"distractor {x['text']!r} overlaps a quote")
            case["distractor (title/scare quote, not annotated)"] += 1
            case["distractor mark: " + STYLE[text[a - 1]]] += 1
    if nq < MIN_QUOTES[split]:
        err(split, f"only {nq} quotes (< {MIN_QUOTES[split]})")
    return docs, nq, qtype, case, names


def main():
    res = {}
    for split in ("dev", "test"):
        res[split] = check_file(split)
    dev_docs, test_docs = res["dev"][0], res["test"][0]
    shared = res["dev"][4] & res["test"][4]
    if shared:
        err("dev/test", f"shared speaker names: {sorted(shared)}")
    test_text = "\n".join(d["text"] for d in test_docs)
    dev_text = "\n".join(d["text"] for d in dev_docs)
    for n in res["dev"][4]:
        if n in test_text:
            err("dev/test", f"dev speaker {n!r} appears in test text")
    for n in res["test"][4]:
        if n in dev_text:
            err("dev/test", f"test speaker {n!r} appears in dev text")
    for split in ("dev", "test"):
        docs, nq, qtype, case, names = res[split]
        groups = sum(len({q["quote_group"] for q in d["quotes"]}) for d in docs)
        print(f"== {split}.jsonl: {len(docs)} docs, {nq} quote rows, {groups} quote groups, "
              f"{len(names)} distinct speaker names")
        print("  by quote_type: " + ", ".join(f"{k}={v}" for k, v in sorted(qtype.items())))
        for k, v in sorted(case.items()):
            print(f"  {v:4d}  {k}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all offsets, speaker offsets, marks, groups and minimum counts verified.")


if __name__ == "__main__":
    main()
