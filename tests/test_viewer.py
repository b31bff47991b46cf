"""The annotation viewer: well-formed, escaped HTML, checked by eye in a real headless Chromium.

The browser test serves the pages from a local HTTP server on 127.0.0.1, drives Debian's
Chromium over the DevTools protocol on a pipe (``--remote-debugging-pipe``: no port, no extra
package), and checks what a reader sees: no console errors, every entity mention and quote
of the article present with its text, label colours, speakers and cues, headings as
headings, boilerplate grey, no broken in-page link; then it takes a full-page screenshot.
It skips only where Chromium is missing and cannot be installed (the ``nox -s tests``
session installs it as root); on CI (``CI`` set) a missing Chromium is a failure.
"""

from __future__ import annotations

import base64
import fcntl
import functools
import http.server
import json
import os
import select
import shutil
import struct
import subprocess
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trump_putin_call import viewer
from trump_putin_call.stats import load_tables
from trump_putin_call.viewer import ENTITY, QUOTE, Span, render_text

VOID = {"meta", "link", "br", "img", "input", "hr", "rect", "path"}
BADGES = {"elabel", "qlabel", "rule"}


class Checker(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element; keeps the text
    outside label badges."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.text: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"] or "")
        if tag in VOID:
            return
        badge = bool(BADGES & set((a.get("class") or "").split()))
        self.stack.append((tag, badge or any(b for _, b in self.stack)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if dict(attrs).get("id"):
            self.ids.append(dict(attrs)["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1][1]):
            self.text.append(data)


def check(fragment: str) -> str:
    """Assert ``fragment`` is well formed; return its text without badges."""
    c = Checker()
    c.feed(fragment)
    c.close()
    assert not c.stack, f"unclosed: {c.stack}"
    return "".join(c.text)


def ent(start: int, end: int, key: str, label: str = "PERSON") -> Span:
    return Span(
        start,
        end,
        ENTITY,
        key,
        "mark",
        (("class", "ent"), ("data-mention-id", key)),
        anchor=f"m-{key}",
        badge=f'<a class="elabel" href="#x">{label}</a>',
    )


def quote(start: int, end: int, key: str) -> Span:
    return Span(
        start,
        end,
        QUOTE,
        key,
        "span",
        (("class", "quote"), ("data-quote-id", key)),
        anchor=f"q-{key}",
        badge='<a class="qlabel" href="#y">speaker · said</a>',
    )


def test_nested_and_crossing_spans_stay_well_formed():
    text = "Mr Trump said the call with Vladimir Putin went well."
    spans = [
        quote(14, 52, "q1"),  # holds two mentions
        ent(3, 8, "e1"),
        ent(28, 42, "e2"),  # inside the quote
        ent(37, 42, "e3"),  # nested in e2
        ent(10, 18, "e4"),  # starts before the quote and ends inside it
        ent(48, 60, "e5"),  # crosses the quote's end and runs past the block's end
    ]
    html = render_text(text, 0, len(text), spans)
    assert check(html) == text
    # The span that starts later is split where the other ends: one HTML id per span, the
    # label after its last piece (none in this block for e5, which goes on in the next).
    assert html.count('data-quote-id="q1"') == 2 and html.count('id="q-q1"') == 1
    assert html.count('data-mention-id="e5"') == 2 and html.count('id="m-e5"') == 1
    assert html.count('data-mention-id="e4"') == 1
    assert html.count("speaker · said") == 1 and html.count("PERSON") == 4
    assert html.endswith(
        '<mark class="ent" data-mention-id="e5" data-fragment="continued">.</mark>'
    )


def test_identical_empty_and_adjacent_spans():
    text = "Putin Trump"
    spans = [quote(0, 5, "q"), ent(0, 5, "a"), ent(5, 5, "empty"), ent(6, 11, "b")]
    html = render_text(text, 0, len(text), spans)
    assert check(html) == text
    # Same start and end: the quote is the outer element.
    assert html.startswith('<span id="q-q"')
    assert 'data-mention-id="empty"' in html


def test_text_and_attributes_are_escaped():
    text = '<script>alert("x")</script> & Co'
    span = Span(0, 8, ENTITY, 'k"><b>', "mark", (("title", '"><img src=x onerror=alert(1)>'),))
    html = render_text(text, 0, len(text), [span])
    assert "<script>" not in html and "<img" not in html
    assert check(html) == text


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="ab <&>\"'’é\n", min_size=1, max_size=30).flatmap(
        lambda text: st.tuples(
            st.just(text),
            st.lists(
                st.tuples(
                    st.integers(0, len(text)),
                    st.integers(0, len(text)),
                    st.sampled_from([QUOTE, ENTITY]),
                ),
                max_size=8,
            ),
        )
    )
)
def test_any_spans_give_well_formed_html_and_keep_the_text(case):
    text, raw = case
    spans = []
    for i, (a, b, rank) in enumerate(raw):
        a, b = min(a, b), max(a, b)
        spans.append(quote(a, b, f"s{i}") if rank == QUOTE else ent(a, b, f"s{i}"))
    html = render_text(text, 0, len(text), spans)
    assert check(html) == text
    for s in spans:  # every span is drawn, its HTML id once
        assert html.count(f'id="{s.anchor}"') == 1


@pytest.fixture(scope="module")
def tables(root: Path) -> dict[str, pl.DataFrame]:
    return load_tables(root / "build")


@pytest.fixture(scope="module")
def pages(tables, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("view")
    viewer.write(out, tables=tables)
    return out


def test_every_page_is_well_formed_and_complete(tables, pages: Path):
    assert sorted(p.name for p in pages.iterdir()) == sorted(
        [viewer.page_name(a) for a in tables["articles"]["article_id"]] + ["index.html"]
    )
    for art in tables["articles"].iter_rows(named=True):
        aid = art["article_id"]
        html = (pages / viewer.page_name(aid)).read_text("utf-8")
        c = Checker()
        c.feed(html)
        assert not [t for t, _ in c.stack if t not in {"html", "body"}]
        assert len(c.ids) == len(set(c.ids)), "HTML ids are unique"
        for m in tables["entities"].filter(pl.col("article_id") == aid)["mention_id"]:
            assert f'id="m-{m}"' in html
        for q in tables["quotes"].filter(pl.col("article_id") == aid)["quote_id"]:
            assert f'id="q-{q}"' in html and f'id="quote-{q}"' in html
    index = (pages / "index.html").read_text("utf-8")
    check(index.split("<body>", 1)[1].rsplit("</body>", 1)[0])
    assert index.count("<svg") == 2


def test_unknown_article_names_the_known_ones(tables, tmp_path: Path):
    with pytest.raises(KeyError, match="the articles are"):
        viewer.write(tmp_path, ["no-such-article"], tables=tables)


def test_one_article_and_its_index(tables, tmp_path: Path):
    aid = tables["articles"]["article_id"][0]
    written = viewer.write(tmp_path, [aid], tables=tables)
    assert [p.name for p in written] == [viewer.page_name(aid), "index.html"]
    index = (tmp_path / "index.html").read_text("utf-8")
    assert f'href="{viewer.page_name(aid)}"' in index
    others = tables["articles"]["article_id"][1:]
    assert all(f'href="{viewer.page_name(a)}"' not in index for a in others)


# --- a real browser ------------------------------------------------------------------------

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
)


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe:
        return exe
    if os.environ.get("CI"):
        pytest.fail("chromium is missing on CI: the nox tests session installs it (apt-get)")
    pytest.skip("chromium is missing and not installable here: `nox -s tests` installs it as root")


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4)."""

    def __init__(self, exe: str, profile: Path, width: int = 1200, height: int = 900) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def child() -> None:  # move the pipe ends to the fds Chromium expects
            read = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            write = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.proc = subprocess.Popen(
            [
                exe,
                *CHROMIUM_FLAGS,
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=child,  # pytest runs the tests in one thread
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []
        self.width, self.height = width, height

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from chromium")
            ready, _, _ = select.select([self._from_chrome], [], [], left)
            if ready:
                chunk = os.read(self._from_chrome, 1 << 20)
                if not chunk:
                    raise EOFError("chromium closed the DevTools pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 30
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]
            self.events.append(answer)

    def wait(self, method: str, session: str) -> None:
        deadline = time.monotonic() + 30
        while not any(
            e.get("method") == method and e.get("sessionId") == session for e in self.events
        ):
            self.events.append(self._read(deadline))

    def open(self, url: str) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=session)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait("Page.loadEventFired", session)
        return Page(self, session)

    def close(self) -> None:
        try:
            self.send("Browser.close")
            self.proc.wait(10)
        except (OSError, RuntimeError, TimeoutError, EOFError, subprocess.TimeoutExpired):
            pass
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            os.close(self._to_chrome)
            os.close(self._from_chrome)


class Page:
    def __init__(self, browser: Browser, session: str) -> None:
        self.browser, self.session = browser, session

    def evaluate(self, expression: str) -> Any:
        result = self.browser.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True},
            session=self.session,
        )
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"]["value"]

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads reported so far."""
        out = []
        for e in self.browser.events:
            if e.get("sessionId") != self.session:
                continue
            p = e.get("params", {})
            if e.get("method") == "Runtime.consoleAPICalled" and p["type"] in {"error", "assert"}:
                out.append("console: " + " ".join(str(a.get("value")) for a in p["args"]))
            elif e.get("method") == "Runtime.exceptionThrown":
                d = p["exceptionDetails"]
                out.append(f"exception: {d.get('exception', {}).get('description', d['text'])}")
            elif e.get("method") == "Log.entryAdded" and p["entry"]["level"] == "error":
                out.append(f"log: {p['entry']['text']} {p['entry'].get('url', '')}")
        return out

    def screenshot(self, file: Path) -> tuple[int, int]:
        shot = self.browser.send(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": True},
            session=self.session,
        )
        data = base64.b64decode(shot["data"])
        file.write_bytes(data)
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        return struct.unpack(">II", data[16:24])  # width, height from the IHDR chunk


@pytest.fixture(scope="module")
def server(pages: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    (pages / "broken.html").write_text(
        "<!DOCTYPE html><html><head><title>broken</title></head><body>"
        '<img src="missing.png"><script>console.error("boom"); notDefined();</script>'
        "</body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(Quiet, directory=str(pages))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    (pages / "broken.html").unlink()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    exe = chromium()
    b = Browser(exe, tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


AUDIT = """
(() => {
  const strip = (el) => {
    const c = el.cloneNode(true);
    c.querySelectorAll(".elabel, .qlabel, .rule").forEach((b) => b.remove());
    return c.textContent;
  };
  const group = (attr) => {
    const out = {};
    document.querySelectorAll("article [" + attr + "]").forEach((el) => {
      const k = el.getAttribute(attr);
      out[k] = (out[k] || "") + strip(el);
    });
    return out;
  };
  const first = (attr, get) => {
    const out = {};
    document.querySelectorAll("article [" + attr + "]").forEach((el) => {
      const k = el.getAttribute(attr);
      if (!(k in out)) out[k] = get(el);
    });
    return out;
  };
  const missing = [...document.querySelectorAll('a[href^="#"]')]
    .map((a) => decodeURIComponent(a.getAttribute("href").slice(1)))
    .filter((id) => !document.getElementById(id));
  const article = document.querySelector("article");
  return {
    mentions: group("data-mention-id"),
    entityIds: first("data-mention-id", (el) => el.dataset.entityId),
    backgrounds: first("data-mention-id", (el) => getComputedStyle(el).backgroundColor),
    labels: first("data-mention-id", (el) => el.dataset.label),
    quotes: group("data-quote-id"),
    badges: first("data-quote-id", (el) => {
      const all = [...document.querySelectorAll(
        '[data-quote-id="' + el.dataset.quoteId + '"] > .qlabel')];
      return all.map((b) => b.textContent).join("");
    }),
    h1: [...article.querySelectorAll("h1")].map(strip),
    h2: [...article.querySelectorAll("h2")].map(strip),
    items: [...article.querySelectorAll("ul > li")].map(strip),
    boilerplate: [...article.querySelectorAll(".block.boilerplate")].map(
      (el) => getComputedStyle(el).color),
    blocks: [...article.querySelectorAll("[data-block-index]")].map(strip),
    missingTargets: missing,
    height: document.documentElement.scrollHeight,
  };
})()
"""


def _texts(blocks: pl.DataFrame, kind: str) -> list[str]:
    return blocks.filter(pl.col("block_type") == kind)["text"].to_list()


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_pages_in_headless_chromium(
    browser: Browser, server: str, tables, tmp_path_factory: pytest.TempPathFactory
):
    shots = tmp_path_factory.mktemp("screenshots")
    # The harness sees errors where there are some (so a clean page below means clean).
    broken = browser.open(f"{server}/broken.html")
    errors = broken.errors()
    assert any("boom" in e for e in errors) and any("notDefined" in e for e in errors)
    assert any("404" in e for e in errors)

    index = browser.open(f"{server}/index.html")
    assert index.errors() == []
    links = index.evaluate(
        "[...document.querySelectorAll('#articles a')].map(a => a.getAttribute('href'))"
    )
    assert links == [viewer.page_name(a) for a in sorted(tables["articles"]["article_id"])]
    assert index.evaluate("document.querySelectorAll('svg rect').length") > 0
    index.screenshot(shots / "index.png")

    for art in tables["articles"].iter_rows(named=True):
        aid = art["article_id"]
        page = browser.open(f"{server}/{viewer.page_name(aid)}")
        assert page.errors() == [], aid
        seen = page.evaluate(AUDIT)
        ents = tables["entities"].filter(pl.col("article_id") == aid)
        quotes = tables["quotes"].filter(pl.col("article_id") == aid)
        blocks = tables["blocks"].filter(pl.col("article_id") == aid).sort("block_index")

        # Every entity mention: its text, its entity_id, its label's displaCy colour.
        assert seen["mentions"] == dict(zip(ents["mention_id"], ents["text"], strict=True))
        assert seen["entityIds"] == dict(zip(ents["mention_id"], ents["entity_id"], strict=True))
        for m in ents.iter_rows(named=True):
            assert seen["labels"][m["mention_id"]] == m["label"]
            colour = viewer.LABEL_COLOURS[m["label"]]
            assert seen["backgrounds"][m["mention_id"]] == _rgb(colour), m["mention_id"]

        # Every quote: its words, and a badge naming its speaker and cue.
        assert seen["quotes"] == dict(zip(quotes["quote_id"], quotes["text"], strict=True))
        for q in quotes.iter_rows(named=True):
            badge = seen["badges"][q["quote_id"]]
            assert (q["speaker_name"] or q["speaker_text"] or "no speaker") in badge
            assert (q["cue"] or "no cue") in badge

        # Headings as headings, list items in a list, boilerplate grey, nothing lost.
        of = functools.partial(_texts, blocks)
        assert seen["h1"] == of("title")
        assert seen["h2"] == of("heading")
        assert seen["items"] == of("list_item")
        assert seen["boilerplate"] == ["rgb(153, 153, 153)"] * len(of("boilerplate"))
        assert seen["blocks"] == blocks["text"].to_list()
        assert seen["missingTargets"] == []

        width, height = page.screenshot(shots / f"{aid}.png")
        assert width == browser.width and height == seen["height"] > 1000
        assert (shots / f"{aid}.png").stat().st_size > 20_000
