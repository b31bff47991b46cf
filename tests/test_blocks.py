"""Stage 2: line-level blocks and their types."""

from __future__ import annotations

from pathlib import Path

from trump_putin_call.pipeline.blocks import dateline_of, segment, title_of

ARTICLE = """Kremlin Welcomes Call
[MOSCOW] Dmitry Peskov said the call was useful. He added more.

What Comes Next
The sides will talk again:
- Achieving a ceasefire
- Prisoner exchanges
Officials said talks would resume in January.
Created by the Duffer Brothers, Stranger Things is one of the most popular series. It is set…
This website uses cookies.
Read More"""


def test_every_block_type_and_rule():
    blocks = segment(ARTICLE)
    kinds = [(b.type, b.rule) for b in blocks]
    assert kinds == [
        ("title", None),
        ("dateline", None),
        ("paragraph", None),
        ("heading", None),
        ("paragraph", None),
        ("list_item", None),
        ("list_item", None),
        ("paragraph", None),
        ("boilerplate", "teaser_truncated"),
        ("boilerplate", "cookie_notice"),
        ("boilerplate", "read_more_link"),
    ]
    assert title_of(blocks) == "Kremlin Welcomes Call"
    assert dateline_of(blocks) == "MOSCOW"
    for b in blocks:
        assert ARTICLE[b.start : b.end] == b.text
    bullet = blocks[5]
    assert ARTICLE[slice(*bullet.content)] == "Achieving a ceasefire"


def test_a_line_ending_in_two_apostrophes_is_a_sentence_not_a_heading():
    # the New York Times writes a double quotation mark as two apostrophes
    text = "Talks Resume\nThe envoy spoke.\nMr. Vance told WKRP: ''We replied to it.''\nMore."
    assert [b.type for b in segment(text)] == ["title", "paragraph", "paragraph", "paragraph"]
    # a heading in headline style, in single marks, stays a heading
    text = "Talks Resume\nThe envoy spoke first.\nWary of 'chaos'\nMore."
    assert [b.type for b in segment(text)][2] == "heading"


def test_an_ellipsis_inside_the_body_is_not_furniture():
    text = "He paused and said the deal was almost done...\nThe talks then ended."
    assert [b.type for b in segment(text)] == ["paragraph", "paragraph"]


def test_seed_with_page_furniture(root: Path):
    text = (root / "raw" / "000_c6980810b8bc2544.txt").read_text(encoding="utf-8")
    blocks = segment(text)
    furniture = [b for b in blocks if b.type == "boilerplate"]
    assert [b.rule for b in furniture] == ["teaser_truncated"] * 6 + [
        "cookie_notice",
        "read_more_link",
    ]
    assert furniture[-1].text == "Read More"
    assert all(b.type == "paragraph" for b in blocks if b.type != "boilerplate")
    assert title_of(blocks) is None  # the source has no headline: never invented


def test_seed_with_dateline_headings_and_list(root: Path):
    text = (root / "raw" / "001_753986fcec20c929.txt").read_text(encoding="utf-8")
    blocks = segment(text)
    assert blocks[0].type == "dateline" and blocks[0].text == "[UNITED STATES]"
    assert dateline_of(blocks) == "UNITED STATES"
    headings = [b.text for b in blocks if b.type == "heading"]
    assert "The Call: A Delicate Balance of Power and Diplomacy" in headings
    assert "Seeking Resolution: Trump's Approach to the Ukraine Conflict" in headings
    assert len(headings) == 6
    assert sum(b.type == "list_item" for b in blocks) == 4
    assert not any(b.type == "boilerplate" for b in blocks)
