"""Every workflow is a Nox session; every environment comes from uv.lock (``--frozen``)."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv"
nox.options.sessions = ["build", "tests"]
nox.options.error_on_missing_interpreters = True

#: frictionless reads Parquet through pandas and cannot count its bytes: it reports every
#: Parquet resource with ``bytes`` as a byte-count error ("actual is None"). Bytes and
#: sha256 are checked by ``trump-putin-call verify`` instead.
FRICTIONLESS = ["frictionless", "validate", "--skip-errors", "byte-count", "datapackage.json"]


def _sync(session: nox.Session, *extras: str, dev: bool = False) -> None:
    """Install exactly the locked versions (Parquet bytes depend on them)."""
    args = ["uv", "sync", "--frozen", "--no-editable"]
    args += [a for extra in extras for a in ("--extra", extra)]
    if not dev:
        args.append("--no-dev")
    session.run_install(*args, env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location})


@nox.session
def build(session: nox.Session) -> None:
    """Build build/*.parquet and datapackage.json from raw/, then validate both."""
    _sync(session, "pipeline")
    session.run("trump-putin-call", "build", "raw", "--out", "build", *session.posargs)
    session.run(*FRICTIONLESS)
    session.run("trump-putin-call", "validate", "datapackage.json")


@nox.session
def validate(session: nox.Session) -> None:
    """Validate the committed tables: frictionless, the polars checks and the checksums."""
    _sync(session, "pipeline")
    session.run(*FRICTIONLESS)
    session.run("trump-putin-call", "validate", "datapackage.json")


@nox.session
def tests(session: nox.Session) -> None:
    """Lint, then the whole test suite."""
    _sync(session, "pipeline", "pandas", dev=True)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    _sync(session, dev=True)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def docs(session: nox.Session) -> None:
    """Regenerate the README's data dictionary from schemas/."""
    _sync(session)
    session.run("python", "-m", "trump_putin_call.docs")
