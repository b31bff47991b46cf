"""Release artifacts: complete, byte-reproducible, and published end to end to a real index."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request
import zipfile
from pathlib import Path

import polars as pl
import pytest

from trump_putin_call import citation, dist, release
from trump_putin_call.schemas import TABLES


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture(scope="module")
def rel(root: Path) -> release.Release:
    return release.read(root / "pyproject.toml")


@pytest.fixture(scope="module")
def hashes(root: Path) -> dict[str, str]:
    """Table name → sha256 as datapackage.json records it."""
    desc = json.loads((root / "datapackage.json").read_text("utf-8"))
    return {r["name"]: r["hash"].removeprefix("sha256:") for r in desc["resources"]}


@pytest.fixture(scope="module")
def dist_dir(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist") / "dist"
    dist.build(root, out)
    return out


def _names(rel: release.Release) -> dict[str, str]:
    stem = f"trump_putin_call-{rel.version}"
    return {
        "wheel": f"{stem}-py3-none-any.whl",
        "sdist": f"{stem}.tar.gz",
        "zip": f"trump-putin-call-{rel.version}-datapackage.zip",
    }


#: The release assets a reader downloads one by one (trump_putin_call.download).
ASSETS = ["datapackage.json", *(f"{n}.parquet" for n in TABLES)]


def test_dist_holds_wheel_sdist_zip_assets_and_sums(
    dist_dir: Path, rel: release.Release, root: Path
):
    names = [*_names(rel).values(), *ASSETS]
    assert sorted(p.name for p in dist_dir.iterdir()) == sorted([*names, "SHA256SUMS"])
    sums = (dist_dir / "SHA256SUMS").read_text("utf-8").splitlines()
    assert sums == [f"{_sha((dist_dir / n).read_bytes())}  {n}" for n in sorted(names)]
    # The assets are the checkout's files, byte for byte.
    assert (dist_dir / "datapackage.json").read_bytes() == (root / "datapackage.json").read_bytes()
    for name in TABLES:
        assert (dist_dir / f"{name}.parquet").read_bytes() == (
            root / "build" / f"{name}.parquet"
        ).read_bytes()


def test_the_wheel_carries_the_tables_and_the_citation(
    dist_dir: Path, rel: release.Release, hashes: dict[str, str], root: Path
):
    with zipfile.ZipFile(dist_dir / _names(rel)["wheel"]) as wheel:
        data = "trump_putin_call/data/"
        for name in TABLES:
            assert _sha(wheel.read(f"{data}build/{name}.parquet")) == hashes[name]
        for file in ("datapackage.json", "croissant.json", "CITATION.cff", "pyproject.toml"):
            assert wheel.read(data + file) == (root / file).read_bytes(), file
        meta = wheel.read(f"trump_putin_call-{rel.version}.dist-info/METADATA").decode()
        assert f"\nVersion: {rel.version}\n" in meta
        # PyPI gets the README without the dataset card's YAML front matter.
        description = meta.split("\n\n", 1)[1]
        assert description.startswith("# ") and "config_name:" not in description
        assert {i.date_time for i in wheel.infolist()} == {(*rel.date.timetuple()[:3], 0, 0, 0)}


def test_the_data_package_zip_stands_alone(
    dist_dir: Path, rel: release.Release, hashes: dict[str, str], root: Path
):
    top = f"trump-putin-call-{rel.version}/"
    with zipfile.ZipFile(dist_dir / _names(rel)["zip"]) as archive:
        names = archive.namelist()
        expected = {top + f for f in dist.PACKAGE_FILES}
        expected |= {f"{top}schemas/{p.name}" for p in (root / "schemas").glob("*.json")}
        expected |= {f"{top}build/{n}.parquet" for n in TABLES}
        assert set(names) == expected and names == sorted(names)
        desc = json.loads(archive.read(top + "datapackage.json"))
        for res in desc["resources"]:
            assert _sha(archive.read(top + res["path"])) == hashes[res["name"]]
            assert (top + res["schema"]) in names
        assert {i.date_time for i in archive.infolist()} == {(*rel.date.timetuple()[:3], 0, 0, 0)}


def test_the_sdist_holds_the_checkout_and_nothing_else(dist_dir: Path, rel: release.Release):
    """Its include patterns are anchored: no README.md of eval/, no copy of datapackage.json
    from a release folder inside the checkout."""
    with tarfile.open(dist_dir / _names(rel)["sdist"]) as sdist:
        names = [m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name]
    top = {name.split("/", 1)[0] for name in names}
    assert top == {
        *("src", "schemas", "build", "raw", "tests", "datapackage.json", "noxfile.py"),
        *(
            "uv.lock",
            "README.md",
            "RULES.md",
            "LICENSE",
            "CITATION.cff",
            "CHANGELOG.md",
            "croissant.json",
        ),
        *(".zenodo.json", "pyproject.toml", "PKG-INFO", ".gitignore"),
    }


def test_built_twice_every_artifact_is_byte_identical(
    dist_dir: Path, rel: release.Release, tmp_path: Path
):
    """The second build starts from the released sdist unpacked elsewhere: the same bytes
    come out, so a download can be checked against SHA256SUMS (and rebuilt from source)."""
    with tarfile.open(dist_dir / _names(rel)["sdist"]) as sdist:
        sdist.extractall(tmp_path / "src", filter="data")
    (checkout,) = (tmp_path / "src").iterdir()
    again = tmp_path / "again"
    dist.build(checkout, again)
    for path in sorted(dist_dir.iterdir()):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_an_inconsistent_checkout_is_not_released(tmp_path: Path, root: Path):
    import shutil

    for name in ("pyproject.toml", "datapackage.json"):
        shutil.copy(root / name, tmp_path / name)
    text = (tmp_path / "pyproject.toml").read_text("utf-8")
    (tmp_path / "pyproject.toml").write_text(
        text.replace('version = "', 'version = "9', 1), encoding="utf-8"
    )
    with pytest.raises(dist.ReleaseError, match="run `nox -s build`"):
        dist.check_checkout(tmp_path)


# --- publish: a real index on 127.0.0.1 ------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    """pypiserver on 127.0.0.1 with a password for uploads; yields (url, user, password)."""
    from passlib.apache import HtpasswdFile

    folder = tmp_path_factory.mktemp("index")
    (folder / "packages").mkdir()
    user, password = "uploader", secrets.token_urlsafe(16)
    htpasswd = HtpasswdFile(str(folder / "htpasswd"), new=True)
    htpasswd.set_password(user, password)
    htpasswd.save()
    port = _free_port()
    log = open(folder / "server.log", "wb")  # noqa: SIM115 (closed below)
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)),
            *("-a", "update", "-P", str(folder / "htpasswd"), str(folder / "packages")),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):  # up to 30 s
            if server.poll() is not None:
                pytest.fail(f"pypiserver exited: {(folder / 'server.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("pypiserver did not answer on 127.0.0.1 within 30 s")
        yield url, user, password, folder / "packages"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _publish(dist_dir: Path, url: str, root: Path, **credentials: str):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_")}
    env.update(credentials)
    return subprocess.run(
        [
            *(sys.executable, "-m", "trump_putin_call.dist", "publish"),
            *("--repository-url", f"{url}/", "--dist", str(dist_dir)),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


#: Run in the fresh environment, with the network switched off: load every table.
CHECK = """
import socket

def _offline(*args, **kwargs):
    raise OSError("no network in this test")

socket.socket.connect = socket.create_connection = _offline

import hashlib, json
import trump_putin_call as t
from trump_putin_call._paths import data_root

t.verify()
out = {"file": t.__file__, "data": str(data_root()), "version": t.__version__,
       "cite": t.cite("bibtex"), "cff": t.cite("cff"), "rows": {}, "sha256": {}}
for name in t.tables():
    out["rows"][name] = t.load(name).height
    assert t.load(name, backend="pyarrow").num_rows == out["rows"][name]
    out["sha256"][name] = hashlib.sha256(t.path(name).read_bytes()).hexdigest()
print(json.dumps(out))
"""


def test_publish_then_pip_install_from_the_index(
    dist_dir: Path, index, rel: release.Release, hashes: dict[str, str], root: Path, tmp_path
):
    url, user, password, packages = index

    refused = _publish(dist_dir, url, root)
    assert refused.returncode == 2 and "TWINE_PASSWORD" in refused.stderr
    wrong = _publish(dist_dir, url, root, TWINE_USERNAME=user, TWINE_PASSWORD="wrong")
    assert wrong.returncode == 1 and not list(packages.iterdir())
    assert "403" in wrong.stdout + wrong.stderr or "401" in wrong.stdout + wrong.stderr

    done = _publish(dist_dir, url, root, TWINE_USERNAME=user, TWINE_PASSWORD=password)
    assert done.returncode == 0, done.stdout + done.stderr
    assert password not in done.stdout + done.stderr
    names = _names(rel)
    for kind in ("wheel", "sdist"):  # the index holds exactly the bytes SHA256SUMS records
        uploaded = (packages / names[kind]).read_bytes()
        assert uploaded == (dist_dir / names[kind]).read_bytes()

    # A researcher's fresh environment: pip, this index, nothing from the checkout.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV"))}
    env |= {"PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    install = subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "trump-putin-call",
            "--index-url",
            url + "/simple/",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    env.pop("PYTHONPATH", None)
    check = subprocess.run(
        [python, "-c", CHECK], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert check.returncode == 0, check.stderr
    got = json.loads(check.stdout)
    assert Path(got["file"]).is_relative_to(venv) and Path(got["data"]).is_relative_to(venv)
    assert got["version"] == rel.version
    assert got["sha256"] == hashes
    assert got["rows"] == {
        n: pl.read_parquet(root / "build" / f"{n}.parquet").height for n in TABLES
    }
    assert got["cite"] == citation.bibtex(rel)
    assert got["cff"] == (root / "CITATION.cff").read_text("utf-8")
