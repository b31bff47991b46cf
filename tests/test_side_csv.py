"""The reader shared by ``sources.csv`` and ``entity_overrides.csv``."""

from __future__ import annotations

import pytest

from trump_putin_call.pipeline.errors import InputError
from trump_putin_call.pipeline.side_csv import read_rows

COLUMNS = ("a", "b")


def _rows(tmp_path, text: str, rejected=None):
    (tmp_path / "side.csv").write_text(text, encoding="utf-8")
    out = []
    for line, row, bad in read_rows(tmp_path, "side.csv", COLUMNS, rejected):
        if row["a"] == "x":
            bad(f"line {line}: a is x", "change it")
            continue
        out.append((line, row["a"], row["b"]))
    return out


def test_an_absent_file_has_no_rows(tmp_path):
    assert list(read_rows(tmp_path, "side.csv", COLUMNS)) == []


def test_rows_carry_their_line_numbers(tmp_path):
    assert _rows(tmp_path, "a,b\n1,2\n3,4\n") == [(2, "1", "2"), (3, "3", "4")]


def test_a_wrong_header_names_the_file_and_the_columns(tmp_path):
    with pytest.raises(InputError) as err:
        _rows(tmp_path, "a,c\n1,2\n")
    message = str(err.value)
    assert (
        "side.csv" in message and "['a', 'c']" in message and "make the first line a,b" in (message)
    )


def test_skip_invalid_records_a_bad_header_and_reads_nothing(tmp_path):
    rejected: list[InputError] = []
    assert _rows(tmp_path, "b,a\n1,2\n", rejected) == []
    assert len(rejected) == 1 and "expected ['a', 'b']" in str(rejected[0])


def test_a_bad_row_raises_or_is_recorded_and_the_rest_kept(tmp_path):
    with pytest.raises(InputError, match="line 3: a is x"):
        _rows(tmp_path, "a,b\n1,2\nx,y\n5,6\n")
    rejected: list[InputError] = []
    assert _rows(tmp_path, "a,b\n1,2\nx,y\n5,6\n", rejected) == [(2, "1", "2"), (4, "5", "6")]
    assert [str(e) for e in rejected] == [str(rejected[0])] and "line 3" in str(rejected[0])
