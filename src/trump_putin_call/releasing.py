"""``nox -s release``: a release in one command, refusing anything not fit to publish.

``check`` (before the tests):

* the version in ``pyproject.toml`` is not a development version (``.devN``);
* ``CHANGELOG.md`` has its entry, ``## VERSION — DATE`` with the release date, not marked
  unreleased, and not empty;
* with ``--tag``, the tag is ``v{version}``;
* the checkout is consistent (``datapackage.json``, checksums, generated metadata).

Then the session runs lint and the whole test suite, and ``finish``:

* rebuilds ``raw/`` into a scratch folder and requires ``build/`` and ``datapackage.json``
  to come out byte for byte as committed;
* writes the version's entry into the registry shipped in the package
  (``src/trump_putin_call/registry.json``; commit it before tagging: with ``--committed``,
  as on the tag in CI, a missing or different entry is an error);
* builds ``dist/`` twice (:mod:`trump_putin_call.dist`) and requires identical artifacts;
* writes ``dist/RELEASE_NOTES.md`` (the changelog entry, the files with their sha256, how to
  download and cite this version).

    python -m trump_putin_call.releasing check [--tag vX.Y.Z]
    python -m trump_putin_call.releasing finish [--out dist] [--tag vX.Y.Z] [--committed]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from trump_putin_call import citation, dist, registry
from trump_putin_call import release as _release
from trump_putin_call.dist import ReleaseError

CHANGELOG = "CHANGELOG.md"
REGISTRY = Path("src") / "trump_putin_call" / "registry.json"
NOTES = "RELEASE_NOTES.md"


def changelog_entry(root: Path, rel: _release.Release) -> str:
    """The text of ``rel``'s entry in ``CHANGELOG.md``; ReleaseError if it is not fit."""
    text = (root / CHANGELOG).read_text("utf-8")
    heading = re.compile(rf"^## {re.escape(rel.version)} — (\S+)(.*)$", re.M)
    match = heading.search(text)
    want = f"## {rel.version} — {rel.date.isoformat()}"
    if match is None:
        raise ReleaseError(
            f"{CHANGELOG} has no entry for {rel.version}: add '{want}' and what changed"
        )
    if match[1] != rel.date.isoformat():
        raise ReleaseError(
            f"{CHANGELOG} dates {rel.version} {match[1]}, pyproject.toml {rel.date}: write '{want}'"
        )
    if "unreleased" in match[2].lower():
        raise ReleaseError(f"{CHANGELOG} still calls {rel.version} unreleased: write '{want}'")
    following = re.search(r"^## ", text[match.end() :], re.M)
    body = text[match.end() : match.end() + following.start() if following else len(text)]
    if not body.strip():
        raise ReleaseError(f"{CHANGELOG}: the entry for {rel.version} says nothing")
    return body.strip()


def check(root: Path, tag: str | None = None) -> _release.Release:
    """The release of the checkout at ``root`` once it may be released; else ReleaseError."""
    rel = _release.read(root / "pyproject.toml")
    if rel.is_dev:
        raise ReleaseError(
            f"{rel.version} is a development version: set the version to release and its "
            "release-date in pyproject.toml, add its CHANGELOG.md entry, run `nox -s build`, "
            "commit, then `nox -s release`"
        )
    if tag is not None and tag != f"v{rel.version}":
        raise ReleaseError(f"tag {tag} does not name version {rel.version}: tag v{rel.version}")
    changelog_entry(root, rel)
    dist.check_checkout(root)
    return rel


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths of files missing, extra or different between two folders."""
    a = {p.relative_to(expected).as_posix() for p in expected.rglob("*") if p.is_file()}
    b = {p.relative_to(actual).as_posix() for p in actual.rglob("*") if p.is_file()}
    out = [f"{n} (missing)" for n in sorted(a - b)] + [f"{n} (extra)" for n in sorted(b - a)]
    out += [n for n in sorted(a & b) if (expected / n).read_bytes() != (actual / n).read_bytes()]
    return out


def rebuild(root: Path, scratch: Path) -> None:
    """Rebuild ``raw/`` into ``scratch``; ReleaseError unless it is the committed package."""
    out = scratch / "package"
    subprocess.run(
        [
            *(sys.executable, "-m", "trump_putin_call.cli", "build", str(root / "raw")),
            *("--out", str(out / "build"), "--descriptor", str(out / "datapackage.json")),
            "--no-cache",
        ],
        check=True,
        cwd=root,
    )
    diff = [f"build/{name}" for name in differences(root / "build", out / "build")]
    if (root / "datapackage.json").read_bytes() != (out / "datapackage.json").read_bytes():
        diff.append("datapackage.json")
    if diff:
        raise ReleaseError(
            "the rebuild of raw/ differs from the committed package: "
            f"{', '.join(diff)}; run `nox -s build` and commit, or find what is not deterministic"
        )


def write_registry_entry(root: Path, rel: _release.Release, committed: bool = False) -> bool:
    """Add ``rel``'s files to the shipped registry; True if the file changed.

    ``committed``: the entry must already be there, exactly (the tag's CI run).
    """
    path = root / REGISTRY
    entry = registry.entry_for_checkout(root, rel.version, rel.date.isoformat())
    try:
        versions = registry.add(registry.read(path), entry)
    except registry.RegistryError as exc:
        raise ReleaseError(
            f"{exc} (if {rel.version} was never published, drop its entry from {REGISTRY})"
        ) from None
    text = registry.dumps(versions)
    if text == path.read_text("utf-8"):
        return False
    if committed:
        raise ReleaseError(
            f"{REGISTRY} lacks the entry of {rel.version}: run `nox -s release` before "
            "tagging, commit the registry it writes, and tag that commit"
        )
    path.write_text(text, encoding="utf-8")
    return True


def build_twice(root: Path, out: Path, scratch: Path) -> list[Path]:
    """Build the release artifacts into ``out`` and again into ``scratch``; must be equal."""
    first = dist.build(root, out)
    dist.build(root, scratch / "again")
    diff = differences(out, scratch / "again")
    if diff:
        raise ReleaseError(f"two builds of the release artifacts differ: {', '.join(diff)}")
    return first


def release_notes(root: Path, rel: _release.Release, out: Path) -> str:
    """The release notes: what changed, the files and their sha256, how to get and cite it."""
    sums = dist.read_sums(out)
    rows = [
        f"| `{name}` | {(out / name).stat().st_size:,} | `{digest}` |"
        for name, digest in sums.items()
    ]
    meta = citation.package_metadata(root)
    v = rel.version
    lines = [
        f"# {meta['title']} {v} ({rel.date.isoformat()})",
        "",
        changelog_entry(root, rel),
        "",
        "## Get this version",
        "",
        "```bash",
        f'pip install "trump-putin-call=={v}"          # the tables ship inside the wheel',
        f"trump-putin-call download {v} --out {dist.DISTRIBUTION}-{v}   # just the data package",
        "```",
        "",
        "```python",
        "import trump_putin_call as t",
        "",
        f't.load("quotes", version="{v}")  # downloaded once, sha256-checked, then cached',
        "```",
        "",
        "## Files",
        "",
        "`sha256sum -c SHA256SUMS` checks them all.",
        "",
        "| file | bytes | sha256 |",
        "| --- | ---: | --- |",
        *rows,
        "",
        "## Cite this version",
        "",
        "```bibtex",
        citation.bibtex(rel, meta).rstrip("\n"),
        "```",
    ]
    return "\n".join(lines) + "\n"


def finish(root: Path, out: Path, tag: str | None = None, committed: bool = False) -> list[Path]:
    """Everything after the tests: rebuild, registry entry, artifacts twice, release notes."""
    root, out = Path(root).resolve(), Path(out).resolve()
    rel = check(root, tag)
    with tempfile.TemporaryDirectory(prefix="release-") as tmp:
        print(f"rebuilding raw/ to compare with the committed package ({rel.version})")
        rebuild(root, Path(tmp))
        if write_registry_entry(root, rel, committed):
            print(f"wrote the registry entry of {rel.version} into {REGISTRY}: commit it")
        print("building the release artifacts twice")
        files = build_twice(root, out, Path(tmp))
    (out / NOTES).write_text(release_notes(root, rel, out), encoding="utf-8")
    return [*files, out / NOTES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m trump_putin_call.releasing", description=__doc__
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("check", "finish"):
        p = sub.add_parser(name)
        p.add_argument("--tag", help="the git tag being released (must be v{version})")
        p.add_argument("--committed", action="store_true", help="the registry entry must exist")
        p.add_argument("--out", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)
    root = Path.cwd()
    try:
        if args.command == "check":
            rel = check(root, args.tag)
            print(f"{rel.version} ({rel.date}) may be released")
        else:
            for path in finish(root, args.out, args.tag, args.committed):
                print(path)
    except (ReleaseError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        print(f"error: {Path(str(exc.cmd[0])).name} exited with {exc.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
