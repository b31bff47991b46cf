"""Property tests: offsets and ids hold for arbitrary text."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trump_putin_call.pipeline.blocks import segment
from trump_putin_call.pipeline.quotes import find_marks
from trump_putin_call.pipeline.read import normalise
from trump_putin_call.pipeline.tables import _ids

PIECES = st.sampled_from(
    [
        "Trump",
        " said",
        ", ",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "\n",
        "\n\n",
        "- ",
        "[KYIV] ",
        "…",
        ". ",
        "e\u0301",
        "😀",
        "\u200b",
        "Putin",
        "O’Neill",
        "«",
        "»",
        "\r\n",
        "  ",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@given(TEXTS)
def test_blocks_slice_back_and_never_overlap(raw):
    text = normalise(raw)
    blocks = segment(text)
    last = 0
    for i, b in enumerate(blocks):
        assert b.index == i
        assert text[b.start : b.end] == b.text and b.text.strip() == b.text and b.text
        assert b.start >= last
        last = b.end
        lo, hi = b.content
        assert b.start <= lo < hi <= b.end


@given(TEXTS)
def test_quote_marks_stay_inside_their_block(raw):
    text = normalise(raw)
    for b in segment(text):
        for span in find_marks(text, *b.content):
            assert b.start <= span.open < span.close <= b.end


@given(st.integers(min_value=0, max_value=20_000))
def test_ids_are_unique_and_sort_in_document_order(n):
    ids = _ids("a:s", n, 4)
    assert len(set(ids)) == n
    assert ids == sorted(ids)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(TEXTS)
def test_annotation_offsets_hold_for_any_text(annotate, raw):
    text = normalise(raw)
    if not text.strip():
        return
    art = annotate(text)
    for s in art.sentences:
        assert s.block.start <= s.start < s.end <= s.block.end
    for m in art.mentions:
        assert text[m.start : m.end] == m.text
    for q in art.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text


def _rejected_by_policy(raw: str) -> bool:
    """What the README's bad-input policy rejects among arbitrary text written as UTF-8."""
    text = normalise(raw)
    visible = any(not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc") for c in text)
    return "\x00" in text or not visible


def _package_bytes(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_the_build_never_crashes_and_is_deterministic(raws):
    """Arbitrary articles: built (or rejected by policy), offsets hold, ids unique, repeatable."""
    import polars as pl

    from trump_putin_call.checks import check
    from trump_putin_call.pipeline.build import build
    from trump_putin_call.pipeline.errors import RejectedInputs
    from trump_putin_call.schemas import ARTICLE_TABLES, TABLES, table_schema

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "src").mkdir()
        for i, raw in enumerate(raws):  # newline="" keeps \r and \r\n as they are
            (base / "src" / f"a{i}.txt").write_text(raw, encoding="utf-8", newline="")
        expected = {f"a{i}.txt" for i, raw in enumerate(raws) if _rejected_by_policy(raw)}
        results = []
        for run in ("one", "two"):
            try:
                results.append(build(base / "src", base / run / "build", skip_invalid=True))
            except RejectedInputs as exc:  # nothing could be built: all rejected, by policy
                assert (
                    {e.source_path for e in exc.rejected}
                    == expected
                    == {f"a{i}.txt" for i in range(len(raws))}
                )
                return
        assert {e.source_path for e in results[0].rejected} == expected
        tables = {n: pl.read_parquet(base / "one" / "build" / f"{n}.parquet") for n in TABLES}
        assert check(tables) == []
        texts = dict(tables["articles"].select("article_id", "text").iter_rows())
        for row in tables["alignments"].iter_rows(named=True):
            for side in ("a", "b"):
                text = texts[row[f"article_id_{side}"]]
                span = text[row[f"start_char_{side}"] : row[f"end_char_{side}"]]
                assert span == row[f"text_{side}"]
        for name in ARTICLE_TABLES[1:]:
            for row in tables[name].iter_rows(named=True):
                text = texts[row["article_id"]]
                assert text[row["start_char"] : row["end_char"]] == row["text"], (name, row)
                if row.get("speaker_start") is not None:
                    span = text[row["speaker_start"] : row["speaker_end"]]
                    assert span == row["speaker_text"]
        for name in TABLES:
            key = table_schema(name)["primaryKey"]
            assert tables[name].select(key).is_unique().all(), name
        assert _package_bytes(base / "one") == _package_bytes(base / "two")


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        TEXTS.flatmap(
            lambda t: st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]).map(
                lambda enc: t.encode(enc, errors="replace")
            )
        ),
    )
)
def test_any_bytes_are_read_or_rejected_never_crash(data):
    """Whatever a file holds: text, or an InputError that names it and says what to do."""
    from trump_putin_call.pipeline.errors import InputError
    from trump_putin_call.pipeline.read import check_text, decode

    try:
        text, encoding = decode(data, "x.txt")
        text = normalise(text)
        check_text(text, "x.txt")
    except InputError as exc:
        assert str(exc).startswith("x.txt: ") and exc.reason and exc.hint
        return
    assert encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252")
    assert "\ufeff" not in text and "\r" not in text
    assert text == unicodedata.normalize("NFC", text)
