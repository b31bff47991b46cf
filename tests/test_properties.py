"""Property tests: offsets and ids hold for arbitrary text."""

from __future__ import annotations

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
