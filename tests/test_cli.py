"""The command line: every subcommand, its --help, its output and its exit code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

import trump_putin_call as t
from trump_putin_call import cli, loader, stats

COMMANDS = ["tables", "info", "show", "export", "cite", "verify", "view", "stats", "build"]
COMMANDS += ["validate"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in this process: (exit code, stdout, stderr)."""
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_everywhere_with_the_exit_codes(capsys, command):
    code, out, _ = run(capsys, *([command] if command else []), "--help")
    assert code == 0
    assert "exit codes:" in out and "2  usage or input error" in out
    if command is None:
        assert all(c in out for c in COMMANDS)


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"trump-putin-call {t.__version__}"


def test_tables_lists_names_rows_descriptions(capsys):
    code, out, _ = run(capsys, "tables")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["table", "rows", "description"]
    for line, name in zip(lines[1:], t.tables(), strict=True):
        got_name, rows, description = line.split(maxsplit=2)
        assert (got_name, int(rows)) == (name, t.load(name).height)
        assert description == t.schema(name)["description"]


def test_info_of_the_dataset(capsys):
    code, out, _ = run(capsys, "info")
    assert code == 0
    assert f"version {t.__version__}" in out and "cite:" in out and "licences:" in out
    assert all(name in out for name in t.tables())


@pytest.mark.parametrize("name", ["articles", "quotes"])
def test_info_of_a_table_lists_every_column(capsys, name):
    code, out, _ = run(capsys, "info", name)
    assert code == 0
    assert f"version:      {t.__version__}" in out
    assert f"rows:         {t.load(name).height}" in out
    assert "cite:" in out
    joined = " ".join(out.split())  # descriptions wrap over lines
    for field in t.schema(name)["fields"]:
        assert any(
            line.split()[:2] == [field["name"], field["type"]] for line in out.splitlines()
        ), field["name"]
        assert " ".join(field["description"].split()) in joined


def test_show_filters_limits_and_counts(capsys):
    where = "label = 'PERSON' AND article_id LIKE '000%'"
    expected = (
        t.load("entities")
        .filter(pl.col("label") == "PERSON")
        .filter(pl.col("article_id").str.starts_with("000"))
    )
    code, out, _ = run(
        capsys, "show", "entities", "--where", where, "--columns", "mention_id,text", "--limit", "3"
    )
    assert code == 0
    assert out.rstrip().endswith(f"3 of {expected.height} rows (--limit 0 shows all)")
    for mention in expected["mention_id"][:3]:
        assert mention in out
    assert expected["mention_id"][3] not in out
    assert "canonical_name" not in out

    code, out, _ = run(capsys, "show", "quotes", "--limit", "0", "--columns", "quote_id")
    n = t.load("quotes").height
    assert code == 0 and out.rstrip().endswith(f"{n} of {n} rows")


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "entities", "--where", "no_such_column = 1"],
        ["show", "entities", "--where", "label ="],
        ["show", "entities", "--where", "start_char IN (SELECT 1 FROM read_csv('x.csv'))"],
        ["show", "entities", "--where", "start_char IN (sElEcT 1)"],
        ["show", "entities", "--where", "label = 'PERSON'; DROP TABLE x"],
        ["show", "entities", "--columns", "mention_id,nope"],
        ["show", "entities", "--limit", "-1"],
        ["show", "no_such_table"],
        ["info", "no_such_table"],
        ["export", "quotes", "--out", "quotes.txt"],
        ["export", "quotes", "--format", "parquet", "--out", "-"],
        ["export", "quotes", "--out", "no/such/folder/quotes.csv"],
        ["view", "no_such_article", "--out", "view"],
        ["cite", "--format", "mla"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(capsys, tmp_path: Path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert code == 2, (out, err)
    assert "error" in err and "Traceback" not in err
    assert not (tmp_path / "view").exists()


def test_where_allows_query_words_inside_strings(capsys):
    code, out, _ = run(capsys, "show", "quotes", "--where", "text LIKE '%from%'", "--limit", "0")
    n = t.load("quotes").filter(pl.col("text").str.contains("from")).height
    assert code == 0 and out.rstrip().endswith(f"{n} of {n} rows")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("name", ["articles", "entities", "quotes"])
def test_export_round_trips(capsys, tmp_path: Path, name, fmt):
    out_file = tmp_path / f"{name}.{fmt}"
    code, _, err = run(capsys, "export", name, "--format", fmt, "--out", str(out_file))
    expected = t.load(name)
    assert code == 0 and f"{expected.height} rows" in err
    if fmt == "csv":
        back = pl.read_csv(out_file, schema=expected.schema)
    elif fmt == "jsonl":
        back = pl.read_ndjson(out_file, schema=expected.schema)
    else:
        back = pl.read_parquet(out_file)
        published, written = pq.read_schema(t.path(name)), pq.read_schema(out_file)
        assert written.equals(published, check_metadata=True)  # types, descriptions, version
    assert back.equals(expected)
    assert not list(tmp_path.glob(".*tmp*"))


def test_export_a_selection_and_to_stdout(capsys, tmp_path: Path):
    where = "quote_type = 'direct'"
    expected = t.load("quotes").filter(pl.col("quote_type") == "direct").select("quote_id", "text")
    code, out, _ = run(
        capsys, "export", "quotes", "--format", "jsonl", "--out", "-", "--where", where,
        "--columns", "quote_id,text",
    )  # fmt: skip
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == expected.to_dicts()

    file = tmp_path / "direct.parquet"  # the format from the suffix
    code, _, _ = run(capsys, "export", "quotes", "--out", str(file), "--where", where)
    assert code == 0 and pl.read_parquet(file).height == expected.height


def _release(root: Path) -> tuple[str, str]:
    """The version and release date as pyproject.toml writes them (read here, not by the code)."""
    import tomllib

    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    return project["project"]["version"], str(project["tool"]["trump-putin-call"]["release-date"])


def test_cite_prints_the_citation_text(capsys, root: Path):
    version, date = _release(root)
    months = "jan feb mar apr may jun jul aug sep oct nov dec".split()
    year, month = date[:4], months[int(date[5:7]) - 1]
    code, out, _ = run(capsys, "cite", "--format", "apa")
    assert code == 0
    assert out == (
        f"trump-putin-call contributors. ({year}). Trump–Putin call coverage corpus "
        f"(Version {version}) [Data set].\n"
    )
    code, out, _ = run(capsys, "cite")  # bibtex by default
    assert code == 0
    lines = out.splitlines()
    assert lines[:7] == [
        f"@misc{{trump-putin-call-{version},",
        "  author       = {{trump-putin-call contributors}},",
        "  title        = {{Trump--Putin call coverage corpus}},",
        f"  year         = {{{year}}},",
        f"  month        = {month},",
        f"  version      = {{{version}}},",
        "  howpublished = {Data set},",
    ]
    assert lines[-1] == "}" and "Licences: CC-BY-4.0, MIT" in lines[-2]
    code, out, _ = run(capsys, "cite", "--format", "cff")
    assert code == 0 and out == (root / "CITATION.cff").read_text("utf-8")
    assert f'version: "{version}"' in out and f"date-released: {date}" in out


def test_cite_without_the_citation_module_prints_citation_cff(capsys, root: Path, monkeypatch):
    """A version without ``trump_putin_call.cite``: the CITATION.cff file, and a note."""
    monkeypatch.delattr(t, "cite")
    cff = (root / "CITATION.cff").read_text("utf-8")
    code, out, err = run(capsys, "cite", "--format", "cff")
    assert (code, out, err) == (0, cff, "")
    code, out, err = run(capsys, "cite", "--format", "apa")
    assert (code, out) == (0, cff)
    assert err == "note: apa is not available here; printing CITATION.cff\n"
    code, out, _ = run(capsys, "info")
    assert code == 0 and "cite: see CITATION.cff\n      (`trump-putin-call cite`)" in out


def test_cite_with_neither_the_module_nor_the_file_is_an_input_error(
    capsys, tmp_path: Path, monkeypatch
):
    from trump_putin_call import _paths

    monkeypatch.delattr(t, "cite")
    monkeypatch.setattr(_paths, "data_root", lambda: tmp_path)
    code, out, err = run(capsys, "cite")
    assert code == 2 and out == ""
    assert f"no citation in this installation ({tmp_path / 'CITATION.cff'} is missing)" in err


def test_verify_passes_then_fails_on_an_altered_table(capsys, tmp_path: Path, monkeypatch):
    code, out, _ = run(capsys, "verify")
    assert code == 0 and "match" in out

    data = tmp_path / "data"
    shutil.copytree(t.path("articles").parents[1], data, ignore=shutil.ignore_patterns(".*"))
    target = data / "build" / "entities.parquet"
    target.write_bytes(target.read_bytes()[:-10])
    monkeypatch.setattr(loader, "data_root", lambda: data)
    monkeypatch.setattr(loader, "_VERIFIED", set())
    loader._descriptor.cache_clear()
    try:
        code, _, err = run(capsys, "verify")
        assert code == 1 and "entities" in err and "truncated or altered" in err
        code, _, err = run(capsys, "show", "entities")  # loading refuses it too
        assert code == 1 and "IntegrityError" not in err and "entities" in err
    finally:
        loader._descriptor.cache_clear()


def test_view_writes_pages_and_index(capsys, tmp_path: Path):
    aid = t.load("articles")["article_id"][0]
    code, out, _ = run(capsys, "view", aid, "--out", str(tmp_path / "v"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "v").iterdir()) == sorted(
        [f"{aid}.html", "index.html"]
    )
    assert str(tmp_path / "v" / "index.html") in out


def test_stats_prints_the_readme_statistics(capsys, root: Path):
    code, out, _ = run(capsys, "stats")
    assert code == 0
    readme = (root / "README.md").read_text("utf-8")
    assert out == readme.split(stats.START + "\n", 1)[1].split(stats.END, 1)[0]
    # Checked by hand against raw/ (see tests/test_stats.py for how each was counted).
    assert "| `articles` | 2 |" in out and "| `quotes` | 26 |" in out
    assert "| `001_753986fcec20c929` | — | — | 757 |" in out
    assert "| Volodymyr Zelensky | `person:volodymyr_zelensky` | 4 | 0 | 1 | 3 | 2 |" in out
    assert "| Donald Trump | PERSON | `person:donald_trump` | 46 | 2 | 23.0 |" in out


def test_the_installed_console_script(tmp_path: Path):
    script = Path(sys.executable).with_name("trump-putin-call")
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "trump_putin_call.cli"]
    done = subprocess.run([*argv, "tables"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "quotes" in done.stdout
    done = subprocess.run([*argv, "show", "nope"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "invalid choice" in done.stderr
    done = subprocess.run(  # a closed pipe is no error
        f"'{argv[0]}' show entities --limit 0 | head -n 1" if script.exists() else "true",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in done.stderr
