"""The page shell of the HTML viewer: style, script, and the small HTML pieces (cells,
tables, legend, footer, bar charts) that the article and index pages share
(:mod:`trump_putin_call.viewer`). Every piece of text is HTML-escaped (:func:`esc`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from trump_putin_call.viewer_spans import LABEL_COLOURS, esc

CSS = """
:root { color-scheme: light; }
body { font: 16px/1.7 "Liberation Serif", Georgia, serif; margin: 0; color: #222;
  background: #fff; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.5rem; }
header { border-bottom: 1px solid #ddd; padding-top: .8rem; padding-bottom: .6rem;
  font: 14px/1.5 "Liberation Sans", Arial, sans-serif; }
header h1 { font-size: 1.3rem; margin: .2rem 0; }
nav a, header a { color: #0645ad; }
.meta { color: #555; margin: .2rem 0; }
.meta span + span::before { content: " · "; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .6rem; margin: .5rem 0 0; }
.legend mark, .legend span { font-size: 12px; }
article { margin: 1.2rem 0 2rem; }
article h1 { font-size: 1.8rem; line-height: 1.3; }
article h2 { font-size: 1.3rem; margin-top: 1.6rem; }
.dateline { font-variant: small-caps; color: #555; margin-bottom: 0; }
ul.list { padding-left: 1.2rem; list-style: none; }
.block.boilerplate { color: #999; background: #f5f5f5; border-left: 3px solid #ccc;
  padding: .2rem .6rem; font-size: .9rem; }
.boilerplate mark.ent { opacity: .5; }
.rule { font: 11px/1 "Liberation Sans", Arial, sans-serif; color: #777; border: 1px solid #bbb;
  border-radius: 3px; padding: 1px 4px; margin-left: .5em; text-transform: uppercase; }
.unblocked { color: #b00; border: 1px dashed #b00; }
mark.ent { padding: .1em .3em; margin: 0 .1em; border-radius: .35em; line-height: 1.9;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; color: #222; }
mark.ent.same { outline: 2px solid #333; }
a.elabel { font: bold 10px/1 "Liberation Sans", Arial, sans-serif; color: #333;
  text-decoration: none; margin-left: .35em; vertical-align: middle; text-transform: uppercase; }
span.quote { background: linear-gradient(transparent 85%, #f2b705 85%);
  box-decoration-break: clone; -webkit-box-decoration-break: clone; }
span.quote-indirect { background: linear-gradient(transparent 85%, #7fb3d5 85%); }
span.quote.same { background: #fff3c4; }
a.qlabel { font: 11px/1 "Liberation Sans", Arial, sans-serif; color: #6b4f00; background: #fff3c4;
  border: 1px solid #f2b705; border-radius: 3px; padding: 1px 4px; margin-left: .3em;
  text-decoration: none; white-space: nowrap; }
span.quote-indirect > a.qlabel { border-color: #7fb3d5; background: #eaf3fa; color: #1f4e6b; }
span.speaker { border-bottom: 2px solid #6b4f00; font-weight: bold; }
:target { outline: 3px solid #0645ad; }
section { font: 14px/1.5 "Liberation Sans", Arial, sans-serif; margin: 1.5rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #e5e5e5; padding: .25rem .5rem; text-align: left;
  vertical-align: top; }
th { background: #fafafa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-size: .9em; }
footer { color: #777; font: 12px/1.5 "Liberation Sans", Arial, sans-serif; padding-bottom: 2rem; }
svg text { font: 12px "Liberation Sans", Arial, sans-serif; fill: #222; }
""" + "".join(
    f'mark.ent[data-label="{label}"], .swatch-{label} {{ background: {colour}; }}\n'
    for label, colour in LABEL_COLOURS.items()
)

SCRIPT = """
(function () {
  function mark(attr, value, on) {
    document.querySelectorAll("[" + attr + "]").forEach(function (el) {
      el.classList.toggle("same", on && el.getAttribute(attr) === value);
    });
  }
  [["mark.ent", "data-entity-id"], ["span.quote", "data-quote-group"]].forEach(function (p) {
    document.querySelectorAll(p[0]).forEach(function (el) {
      var value = el.getAttribute(p[1]);
      el.addEventListener("mouseenter", function () { mark(p[1], value, true); });
      el.addEventListener("mouseleave", function () { mark(p[1], value, false); });
    });
  });
})();
"""


def page_html(title: str, body: str, script: bool = False) -> str:
    js = f"<script>{SCRIPT}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        '<link rel="icon" href="data:,">\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n{body}\n{js}</body>\n</html>\n"
    )


def num_cell(value: object) -> str:
    if isinstance(value, float):
        return f'<td class="num">{value:.1f}</td>'
    return f'<td class="num">{esc(value)}</td>'


def legend_html(labels: Iterable[str]) -> str:
    items = [f'<mark class="ent" data-label="{esc(label)}">{esc(label)}</mark>' for label in labels]
    items += [
        '<span class="quote quote-direct">quote</span>',
        '<span class="quote quote-indirect">indirect quote</span>',
        '<span class="speaker">speaker</span>',
        '<span class="block boilerplate">boilerplate</span>',
    ]
    return '<div class="legend">' + "".join(items) + "</div>"


def footer_html() -> str:
    from trump_putin_call import __version__

    return (
        f"<footer>trump-putin-call {esc(__version__)} · generated by "
        "<code>trump-putin-call view</code> from the published tables · offsets are code "
        "points into <code>articles.text</code></footer>"
    )


def svg_bars(rows: Sequence[tuple[str, float, str, str]], title: str) -> str:
    """A horizontal bar chart as inline SVG: (label, value, value as shown, colour) rows."""
    bar_h, gap, label_w, bar_w, value_w = 18, 6, 230, 300, 60
    width = label_w + bar_w + value_w
    height = len(rows) * (bar_h + gap) + gap
    top = max((v for _, v, _, _ in rows), default=0) or 1
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-label="{esc(title)}">',
        f"<title>{esc(title)}</title>",
    ]
    for i, (label, value, shown, colour) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        w = max(round(value / top * bar_w, 1), 1)
        out.append(
            f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end">{esc(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" rx="3" '
            f'fill="{esc(colour)}"/>'
            f'<text x="{label_w + w + 6}" y="{y + 13}">{esc(shown)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def html_table(header: Sequence[str], rows: Iterable[Sequence[str]], num_from: int) -> str:
    head = "".join(
        f'<th class="num">{esc(h)}</th>' if i >= num_from else f"<th>{esc(h)}</th>"
        for i, h in enumerate(header)
    )
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
