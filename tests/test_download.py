"""Version-pinned downloads: a real HTTP server on 127.0.0.1 serving what `nox -s dist` makes."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

import trump_putin_call as t
from trump_putin_call import cli, dist, download, registry, release
from trump_putin_call.loader import IntegrityError
from trump_putin_call.schemas import TABLES


class _Handler(SimpleHTTPRequestHandler):
    """Serves a folder; records every path asked for; can cut a file's body short."""

    requests: list[str]
    cut: set[str]

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self.requests.append(self.path)
        name = self.path.lstrip("/").rsplit("/", 1)[-1]
        if name not in self.cut:
            return super().do_GET()
        data = (Path(self.directory) / name).read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))  # promises every byte ...
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])  # ... sends half, then hangs up
        self.wfile.flush()
        self.close_connection = True


class Server:
    """``http.server`` in a thread on a free port of 127.0.0.1."""

    def __init__(self, folder: Path, cut: set[str] = frozenset()) -> None:
        self.requests: list[str] = []
        handler = type("H", (_Handler,), {"requests": self.requests, "cut": set(cut)})
        self.httpd = ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(folder))
        )
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def stop(self) -> None:
        if not self.thread.is_alive():
            return
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture(scope="module")
def rel(root: Path) -> release.Release:
    return release.read(root / "pyproject.toml")


@pytest.fixture(scope="module")
def dist_dir(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The release files `nox -s dist` writes for this checkout."""
    out = tmp_path_factory.mktemp("dist") / "dist"
    dist.build(root, out)
    return out


@pytest.fixture
def released(
    root: Path, rel: release.Release, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> registry.Version:
    """This checkout's version as if released: in the registry, an empty cache, no URL."""
    entry = registry.entry_for_checkout(root, rel.version, rel.date.isoformat())
    monkeypatch.setattr(download, "_registry", lambda: {rel.version: entry})
    monkeypatch.setenv(download.ENV_CACHE, str(tmp_path / "cache"))
    monkeypatch.delenv(download.ENV_URL, raising=False)
    return entry


@pytest.fixture
def server(dist_dir: Path) -> Iterator[Server]:
    srv = Server(dist_dir)
    yield srv
    srv.stop()


def _cache(entry: registry.Version) -> Path:
    return download.cache_dir(entry.version)


def _expected(root: Path, name: str) -> pl.DataFrame:
    return pl.read_parquet(root / "build" / f"{name}.parquet")


def test_fetch_checks_caches_and_then_works_offline(
    released: registry.Version, server: Server, root: Path, monkeypatch, tmp_path: Path
):
    version = released.version
    monkeypatch.setenv(download.ENV_URL, server.url)
    for name in TABLES:
        assert t.load(name, version=version).equals(_expected(root, name))
    assert sorted(server.requests) == sorted(f"/{n}.parquet" for n in TABLES)
    arrow = t.load("quotes", backend="pyarrow", version=version)
    assert arrow.equals(pq.read_table(root / "build" / "quotes.parquet"))
    pandas = t.load("entities", backend="pandas", version=version)
    assert len(pandas) == _expected(root, "entities").height
    assert len(server.requests) == len(TABLES)  # served from the cache

    out = tmp_path / "v"
    written = download.download(version, out)
    assert sorted(p.relative_to(out).as_posix() for p in written) == sorted(
        ["datapackage.json", *(f"build/{n}.parquet" for n in TABLES)]
    )
    for path in written:
        assert path.read_bytes() == (root / path.relative_to(out)).read_bytes()

    # The server is gone and no release location is set: the cache serves every byte.
    server.stop()
    monkeypatch.delenv(download.ENV_URL)
    for name in TABLES:
        assert t.load(name, version=version).equals(_expected(root, name))
    again = tmp_path / "offline"
    assert cli.main(["download", version, "--out", str(again)]) == 0
    assert (again / "datapackage.json").read_bytes() == (root / "datapackage.json").read_bytes()


def _nothing_cached(entry: registry.Version, asset: str) -> None:
    folder = _cache(entry)
    left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert asset not in left and not [n for n in left if n not in {f.asset for f in entry.files}]


@pytest.mark.parametrize("damage", ["flipped byte", "truncated file", "connection cut"])
def test_a_damaged_download_is_refused_and_never_cached(
    damage: str,
    released: registry.Version,
    dist_dir: Path,
    root: Path,
    monkeypatch,
    tmp_path: Path,
    capsys,
):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for path in dist_dir.iterdir():
        (mirror / path.name).write_bytes(path.read_bytes())
    data = (mirror / "quotes.parquet").read_bytes()
    if damage == "flipped byte":
        middle = len(data) // 2
        data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
    elif damage == "truncated file":
        data = data[: len(data) - 100]
    (mirror / "quotes.parquet").write_bytes(data)
    bad = Server(mirror, cut={"quotes.parquet"} if damage == "connection cut" else set())
    try:
        monkeypatch.setenv(download.ENV_URL, bad.url)
        with pytest.raises((IntegrityError, download.DownloadError)) as info:
            t.load("quotes", version=released.version)
        message = str(info.value)
        assert f"{bad.url}quotes.parquet" in message and "nothing was cached" in message.lower()
        if damage != "connection cut":
            assert isinstance(info.value, IntegrityError) and "sha256" in message
        _nothing_cached(released, "quotes.parquet")
        code = cli.main(["download", released.version, "--out", str(tmp_path / "out")])
        assert code == 1 and "quotes.parquet" in capsys.readouterr().err
        _nothing_cached(released, "quotes.parquet")
        assert not (tmp_path / "out" / "build" / "quotes.parquet").exists()
    finally:
        bad.stop()
    # A good mirror then delivers the table.
    good = Server(dist_dir)
    try:
        monkeypatch.setenv(download.ENV_URL, good.url)
        assert t.load("quotes", version=released.version).equals(_expected(root, "quotes"))
    finally:
        good.stop()


def test_a_tampered_cache_is_never_read(
    released: registry.Version, server: Server, root: Path, monkeypatch
):
    monkeypatch.setenv(download.ENV_URL, server.url)
    t.load("sentences", version=released.version)
    cached = _cache(released) / "sentences.parquet"
    cached.write_bytes(cached.read_bytes()[:-1] + b"X")
    assert t.load("sentences", version=released.version).equals(_expected(root, "sentences"))
    assert server.requests.count("/sentences.parquet") == 2  # fetched again, checked again
    cached.write_bytes(b"not parquet")
    monkeypatch.setenv(download.ENV_URL, "http://127.0.0.1:9/")  # nothing listens there
    with pytest.raises(download.DownloadError, match=r"download of build/sentences\.parquet"):
        t.load("sentences", version=released.version)


def test_an_unknown_version_lists_the_known_ones(released: registry.Version, capsys):
    with pytest.raises(download.UnknownVersionError) as info:
        t.load("quotes", version="0.0.1")
    assert "'0.0.1'" in str(info.value) and released.version in str(info.value)
    assert cli.main(["download", "0.0.1", "--out", "unused"]) == 2
    assert released.version in capsys.readouterr().err
    assert cli.main(["download", "--list"]) == 0
    assert capsys.readouterr().out.split() == [released.version]


def test_an_unknown_table_of_a_version_lists_its_tables(released: registry.Version):
    with pytest.raises(KeyError, match="its tables: articles, blocks"):
        t.load("nope", version=released.version)


def test_no_release_location_is_a_clear_error(released: registry.Version, capsys):
    with pytest.raises(download.NoReleaseLocationError) as info:
        t.load("quotes", version=released.version)
    message = str(info.value)
    assert "no public release location" in message and download.ENV_URL in message
    assert cli.main(["download", released.version, "--out", "unused"]) == 2
    assert download.ENV_URL in capsys.readouterr().err


def test_a_missing_file_on_the_server_names_the_url(
    released: registry.Version, dist_dir: Path, tmp_path: Path, monkeypatch
):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "datapackage.json").write_bytes((dist_dir / "datapackage.json").read_bytes())
    srv = Server(mirror)
    try:
        monkeypatch.setenv(download.ENV_URL, srv.url)
        with pytest.raises(download.DownloadError, match=r"articles\.parquet.*404"):
            t.load("articles", version=released.version)
    finally:
        srv.stop()


@pytest.mark.parametrize(
    ("template", "url"),
    [
        ("https://mirror.example.org/tpc/{version}/", "https://mirror.example.org/tpc/2.1.0/"),
        ("https://mirror.example.org/v{version}", "https://mirror.example.org/v2.1.0/"),
        ("http://127.0.0.1:8000/one-release", "http://127.0.0.1:8000/one-release/"),
    ],
)
def test_the_environment_points_at_a_mirror(template: str, url: str, monkeypatch):
    monkeypatch.setenv(download.ENV_URL, template)
    assert download.release_url("2.1.0") == url


def test_the_shipped_registry_and_metadata_invent_nothing(root: Path):
    """No version is released yet: the registry is empty and no release URL is recorded."""
    shipped = json.loads(registry.REGISTRY_FILE.read_text("utf-8"))
    assert registry.parse(shipped) == registry.read()
    for version, entry in registry.read().items():  # every entry is a real release's
        assert ".dev" not in version and entry.tables()
    rel = release.read(root / "pyproject.toml")
    if rel.is_dev:
        assert rel.version not in registry.read()
        assert download._configured_url() is None
