"""Write the hand-annotated cross-article gold for the two seeds.

The units and judgements below were written by reading ``raw/*.txt`` only, before any
pipeline output existed for this task. Each unit is located by a unique start snippet
and the first end snippet after it, so offsets are exact by construction. Run
``python eval/crossarticle/_make.py`` from the repository root to rewrite the JSONL files.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
A = "000_c6980810b8bc2544.txt"
B = "001_753986fcec20c929.txt"
TEXT = {name: (ROOT / "raw" / name).read_text(encoding="utf-8") for name in (A, B)}

# unit id -> (file, start snippet, end snippet, kind)
UNITS: dict[str, tuple[str, str, str, str]] = {
    "A01": (A, "Sources familiar with", "conflict in Ukraine.", "sentence"),
    "A02": (A, "Democratic rival Kamala", "reportedly suffered.", "sentence"),
    "A03": (A, "Originating from", "upcoming administration.", "sentence"),
    "A04": (A, "The Trump team has not", "on the call.", "sentence"),
    "A05": (A, "According to the Washington Post", "conversation with Putin.", "sentence"),
    "A06": (A, "Speaking on condition", "support of Ukraine.", "sentence"),
    "A07": (A, "This move has sparked", "support to Ukraine.", "sentence"),
    "A08": (A, "Trump has often promised", "make concessions.", "sentence"),
    "A09": (A, "Such a shift would", "backing for Kyiv.", "sentence"),
    "A10": (A, "For Ukraine and its friends", "Ukrainian sovereignty.", "sentence"),
    "A11": (A, "Many authorities fear", "land concessions.", "sentence"),
    "A12": (A, "Following a recent phone", "supervision.", "sentence"),
    "A13": (A, "Allegedly joining", "foreign policy stance.", "sentence"),
    "A14": (A, "Any expectation Ukraine", "difficult line.", "sentence"),
    "A15": (A, "According to Zelensky", "sovereignty of Ukraine.", "sentence"),
    "A16": (A, "European supporters", "Eastern Europe.", "sentence"),
    "A17": (A, "Declared purpose", "on January 20", "sentence"),
    "A18": (A, "Verifying that the White House", "front lines.", "sentence"),
    "A19": (A, "Emphasizing the government", "negotiating table.\u201d", "sentence"),
    "A20": (A, "Reacting to Trump", "diplomatic shift.", "sentence"),
    "A21": (A, "Reacting favorably", "indicators are favorable.", "sentence"),
    "A22": (A, "At least he is pushing", "instead of hostility.", "sentence"),
    "A23": (A, "This remark reflects", "approach.", "sentence"),
    "A24": (A, "Trump\u2019s campaign rhetoric", "other wars.", "sentence"),
    "A25": (A, "Trump\u2019s eldest son", "be elected.", "sentence"),
    "A26": (A, "Under a caption", "next to Trump.", "sentence"),
    "A27": (A, "Though somewhat funny", "major shift.", "sentence"),
    "A28": (A, "The specifics are currently", "emerged.", "sentence"),
    "A29": (A, "Said to have", "peace agreement.", "sentence"),
    "A30": (A, "Since they worry", "have been voiced.", "sentence"),
    "A31": (A, "Having always rejected", "its sovereignty.", "sentence"),
    "A32": (A, "Zelensky and his government claim", "nearby vicinity.", "sentence"),
    "A33": (A, "Leaders of the United Kingdom", "allies of Ukraine.", "sentence"),
    "A34": (A, "The conflict between Russia and Ukraine has", "draw near.", "sentence"),
    "A35": (A, "Both nations have", "drone attacks.", "sentence"),
    "A36": (A, "While Moscow claimed", "parts of Ukraine.", "sentence"),
    "A37": (A, "One of the most general", "this one.", "sentence"),
    "A38": (A, "These increased operations", "talks arise.", "sentence"),
    "A39": (A, "As he declares his wish", "domestic environment.", "sentence"),
    "A40": (A, "Although some see", "years of US policy.", "sentence"),
    "A41": (A, "The idea of a momentary", "ongoing fighting.", "sentence"),
    "A42": (A, "Any solution, though", "international concerns.", "sentence"),
    "A43": (A, "Setting the tone", "foreign policy approach.", "sentence"),
    "A44": (A, "Given Ukraine", "US-Russia ties.", "sentence"),
    "B01": (B, "President-elect Donald Trump has taken", "Vladimir Putin.", "sentence"),
    "B02": (B, "The conversation, which took place", "US-Russia relations.", "sentence"),
    "B03": (B, "The Call: A Delicate", "and Diplomacy", "heading"),
    "B04": (B, "According to sources familiar", "presence in Europe.", "sentence"),
    "B05": (B, "This move demonstrates", "further aggression.", "sentence"),
    "B06": (B, "The call, which came just days", "policy agenda.", "sentence"),
    "B07": (B, "By choosing to address", "his presidency.", "sentence"),
    "B08": (B, "Seeking Resolution:", "the Ukraine Conflict", "heading"),
    "B09": (B, "During the call, Trump expressed", "war soon.", "sentence"),
    "B10": (B, "This aligns with", "this goal.", "sentence"),
    "B11": (B, "Trump's approach to the Ukraine situation", "and debate.", "sentence"),
    "B12": (B, "Throughout his campaign", "support for Kyiv.", "sentence"),
    "B13": (B, "This stance has raised", "hasty resolution.", "sentence"),
    "B14": (B, "The Diplomatic Tightrope", "Territorial Integrity", "heading"),
    "B15": (B, "Any quick deal", "south and east.", "sentence"),
    "B16": (B, "However, such a move", "international law.", "sentence"),
    "B17": (B, "Ukrainian President Volodymyr Zelensky has", "further aggression.", "sentence"),
    "B18": (B, "This stance is shared", "Western alliance.", "sentence"),
    "B19": (B, "The International Response:", "and Concerns", "heading"),
    "B20": (B, "The news of Trump's call", "international community.", "sentence"),
    "B21": (B, "Russian state media", "rather than confrontation.", "sentence"),
    "B22": (B, "However, some NATO allies", "Trump's approach.", "sentence"),
    "B23": (B, "Admiral Rob Bauer", "international norms.", "sentence"),
    "B24": (B, "The Road Ahead:", "and Opportunities", "heading"),
    "B25": (B, "As Trump prepares to take office on January 20", "foreign policy.", "sentence"),
    "B26": (B, "The complexity of the Ukraine", "diplomatic finesse.", "sentence"),
    "B27": (B, "The incoming administration will need", "competing interests:", "lead-in"),
    "B28": (B, "- Achieving a swift", "to the conflict", "list item"),
    "B29": (B, "- Maintaining the territorial", "of Ukraine", "list item"),
    "B30": (B, "- Preserving the unity", "NATO alliance", "list item"),
    "B31": (B, "- Improving US-Russia", "American interests", "list item"),
    "B32": (B, "The Biden Administration's Final Push", "Final Push", "heading"),
    "B33": (B, "In the meantime", "inauguration.", "sentence"),
    "B34": (B, "National Security Advisor Jake Sullivan stated", "negotiating table.", "sentence"),
    "B35": (B, "Trump's phone call with Putin marks", "US foreign policy.", "sentence"),
    "B36": (B, "As the world watches closely", "security and stability.", "sentence"),
    "B37": (B, "As Trump prepares to take office, the international", "peace in Ukraine.", "sentence"),
    "B38": (B, "However, the path forward", "integrity of Ukraine.", "sentence"),
}

# (A unit, B unit, label, what the two sentences both report)
PAIRS: list[tuple[str, str, str, str]] = [
    ("A01", "B01", "same", "the Trump-Putin phone call took place"),
    ("A01", "B04", "same", "per sources, Trump urged Putin not to escalate the war in Ukraine"),
    ("A01", "B06", "same", "the call came days after Trump's election victory"),
    ("A01", "B02", "related", "the call was about the conflict in Ukraine"),
    ("A01", "B09", "related", "Trump's aims for the war in the call"),
    ("A02", "B06", "same", "Trump defeated Democratic rival Kamala Harris"),
    ("A03", "B02", "same", "the call was made from Mar-a-Lago in Florida"),
    ("A03", "B06", "same", "the call is a first step shaping the incoming administration's policy"),
    ("A03", "B01", "related", "the call as Trump's outreach to Putin"),
    ("A05", "B04", "same", "Trump reminded Putin of the US military presence in Europe"),
    ("A05", "B09", "same", "Trump wanted further talks to end the Ukraine war"),
    ("A05", "B05", "related", "Trump's use of US military presence"),
    ("A06", "B07", "same", "Trump means to tackle the war urgently / as a top priority"),
    ("A06", "B09", "same", "Trump wants the war to end soon"),
    ("A06", "B10", "related", "quick end to the war"),
    ("A07", "B11", "same", "Trump's approach to the conflict is the subject of debate"),
    ("A07", "B20", "related", "reactions to the call"),
    ("A08", "B10", "same", "Trump promised to end the war quickly"),
    ("A08", "B12", "same", "Trump promised to end the war quickly"),
    ("A08", "B09", "related", "ending the war soon"),
    ("A09", "B12", "related", "US support for Kyiv"),
    ("A10", "B13", "same", "allies worry about a hasty/rapid peace deal"),
    ("A10", "B16", "related", "consequences of concessions for Ukraine"),
    ("A11", "B15", "same", "a deal would require Ukraine to concede territory"),
    ("A14", "B15", "same", "ceding Russian-held territory in the south and east"),
    ("A14", "B16", "same", "giving up territory meets resistance from Ukraine"),
    ("A15", "B17", "same", "Zelensky: conceding land would embolden Russia / more aggression"),
    ("A16", "B18", "same", "European allies of Ukraine fear Trump's course"),
    ("A16", "B13", "same", "allies worried about a hasty accord"),
    ("A17", "B33", "same", "Biden administration to speed aid to Ukraine before Trump takes office"),
    ("A17", "B25", "related", "Trump takes office on January 20"),
    ("A18", "B33", "same", "the White House will use the remaining aid before the handover"),
    ("A18", "B34", "same", "Sullivan on supporting Ukrainian forces on the battlefield"),
    ("A19", "B34", "same", "Sullivan: Ukraine in the strongest possible position"),
    ("A19", "B33", "same", "goal to strengthen Ukraine before the change of leadership"),
    ("A20", "B21", "same", "the Kremlin reacted favourably to Trump's outreach"),
    ("A20", "B37", "related", "cautious optimism"),
    ("A21", "B21", "same", "Peskov called the signals favourable/positive"),
    ("A22", "B21", "same", "Peskov: Trump is pushing peace rather than confrontation"),
    ("A23", "B21", "related", "Moscow's optimism about Trump"),
    ("A24", "B12", "same", "campaign: quick end to the war, questioned US spending on Ukraine"),
    ("A24", "B10", "same", "campaign: quick end to the war"),
    ("A28", "B15", "related", "land concessions"),
    ("A29", "B15", "related", "concessions as part of a peace deal"),
    ("A28", "B10", "related", "specifics unknown"),
    ("A30", "B23", "same", "fear of a precedent for other states to seize territory by force"),
    ("A30", "B16", "related", "consequences for international law/order"),
    ("A31", "B17", "same", "Ukraine has always refused to give up land"),
    ("A31", "B16", "same", "Kyiv resists ceding territory"),
    ("A32", "B17", "same", "Zelensky: concessions would only embolden Russia's aggression"),
    ("A32", "B16", "related", "Kyiv opposes concessions"),
    ("A33", "B18", "same", "European allies fear a unilateral move by Trump"),
    ("A33", "B22", "same", "allies voiced concern about Trump's approach"),
    ("A33", "B13", "related", "allies' concerns"),
    ("A39", "B26", "related", "complex geopolitical terrain"),
    ("A40", "B22", "related", "concerns about Trump's approach"),
    ("A40", "B16", "related", "risks to regional security"),
    ("A42", "B38", "same", "any resolution faces challenges incl. Ukrainian sovereignty"),
    ("A42", "B27", "related", "competing interests"),
    ("A43", "B06", "same", "the call is a significant early step of Trump's foreign policy"),
    ("A43", "B35", "same", "the call marks the start of Trump's foreign policy course"),
    ("A43", "B02", "same", "the call sets the tone"),
    ("A43", "B36", "related", "setting the tone"),
    ("A44", "B36", "same", "Trump's Ukraine effort will be watched; stakes for US-Russia ties"),
    ("A44", "B35", "related", "significance of Trump's approach"),
]

# Reported statements that are one utterance across the two articles.
# (utterance, speaker, [(unit, start snippet, end snippet, form)], note)
UTTERANCES: list[tuple[str, str, list[tuple[str, str, str, str]], str]] = [
    (
        "G01", "Jake Sullivan",
        [("A19", "We want Ukraine", "negotiating table.", "direct"),
         ("B34", "the White House aims", "negotiating table", "indirect")],
        "direct quote in A, indirect speech in B",
    ),
    (
        "G02", "Dmitry Peskov",
        [("A21", "The indicators are favorable.", "The indicators are favorable.", "direct"),
         ("B21", "describing the signals", "\"positive\"", "partial")],
        "may be merged with G03: one statement by the same speaker",
    ),
    (
        "G03", "Dmitry Peskov",
        [("A22", "At least he is pushing", "instead of hostility.", "direct"),
         ("B21", "noting Trump's focus", "rather than confrontation", "indirect")],
        "the quote opened in A21 is never closed; may be merged with G02",
    ),
    (
        "G04", "Volodymyr Zelensky",
        [("A15", "yielding territory", "sovereignty of Ukraine", "indirect"),
         ("A32", "any territory concessions", "nearby vicinity", "indirect"),
         ("B17", "arguing that such concessions", "further aggression", "indirect")],
        "A reports it twice ('Zelensky and other leaders from Ukraine', "
        "'Zelensky and his government'); B names Zelensky alone",
    ),
    (
        "G05", "Donald Trump",
        [("A01", "Trump urged a de-escalation", "conflict in Ukraine", "indirect"),
         ("B04", "Trump urged Putin", "war in Ukraine", "indirect")],
        "what Trump said in the call, relayed by sources in both articles",
    ),
    (
        "G06", "Donald Trump",
        [("A05", "Trump not only stressed", "all over Europe", "indirect"),
         ("B04", "reminding the Russian leader", "presence in Europe", "indirect")],
        "relayed by the Washington Post (A) and by sources (B)",
    ),
    (
        "G07", "Donald Trump",
        [("A05", "expressed a strong want", "Ukraine problem", "indirect"),
         ("B09", "Trump expressed interest", "war soon", "indirect")],
        "relayed by the Washington Post (A); B gives no source",
    ),
    (
        "G08", "Donald Trump",
        [("A08", "Trump has often promised", "war quickly", "indirect"),
         ("B12", "he insisted on the need", "end to the fighting", "indirect")],
        "campaign statements, repeated; reported as one claim",
    ),
    (
        "G09", "Donald Trump",
        [("A24", "the president-elect denounced", "other wars", "indirect"),
         ("B12", "questioned the wisdom", "support for Kyiv", "indirect")],
        "campaign statements on US spending for Ukraine",
    ),
]

# Same speaker, different statements: a system must not give these one utterance.
DISTINCT: list[tuple[str, str, tuple[str, str, str], tuple[str, str, str]]] = [
    ("N01", "Volodymyr Zelensky",
     ("A12", "hailed it as", "\u201cexcellent,\u201d"),
     ("B17", "arguing that such concessions", "further aggression")),
    ("N02", "Donald Trump",
     ("A29", "briefly raised the issue of land", "peace agreement"),
     ("B09", "Trump expressed interest", "war soon")),
    ("N03", "Donald Trump",
     ("A29", "briefly raised the issue of land", "peace agreement"),
     ("B04", "Trump urged Putin", "war in Ukraine")),
]


def locate(name: str, start: str, end: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Offsets of the span from the unique ``start`` snippet to the first ``end`` after it."""
    text = TEXT[name]
    hi = len(text) if hi is None else hi
    first = text.find(start, lo, hi)
    if first < 0 or text.find(start, first + 1, hi) >= 0:
        raise SystemExit(f"{name}: start snippet {start!r} not found exactly once")
    stop = text.find(end, first, hi)
    if stop < 0:
        raise SystemExit(f"{name}: end snippet {end!r} not found after {start!r}")
    return first, stop + len(end)


def span(name: str, start: int, end: int) -> dict[str, object]:
    """One excerpt record."""
    return {"source_path": name, "start": start, "end": end, "text": TEXT[name][start:end]}


def main() -> None:
    """Write units.jsonl, same_fact.jsonl and utterances.jsonl."""
    units = {}
    for unit, (name, start, end, kind) in UNITS.items():
        lo, hi = locate(name, start, end)
        units[unit] = {"unit": unit, "kind": kind, **span(name, lo, hi)}
    rows = list(units.values())
    (HERE / "units.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    pairs = []
    for i, (ua, ub, label, fact) in enumerate(PAIRS, start=1):
        pairs.append({"pair": f"P{i:02d}", "label": label, "fact": fact,
                      "a": {"unit": ua, **span(A, units[ua]["start"], units[ua]["end"])},
                      "b": {"unit": ub, **span(B, units[ub]["start"], units[ub]["end"])}})
    (HERE / "same_fact.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pairs), encoding="utf-8"
    )

    def report(unit: str, start: str, end: str, form: str | None = None) -> dict[str, object]:
        name = units[unit]["source_path"]
        lo, hi = locate(name, start, end, units[unit]["start"], units[unit]["end"])
        row = {"unit": unit, **span(name, lo, hi)}
        if form is not None:
            row["form"] = form
        return row

    out = []
    for gid, speaker, reports, note in UTTERANCES:
        out.append({"utterance": gid, "link": "same", "speaker": speaker, "note": note,
                    "reports": [report(*r) for r in reports]})
    for gid, speaker, first, second in DISTINCT:
        out.append({"utterance": gid, "link": "distinct", "speaker": speaker,
                    "note": "same speaker, different statements: must not be one utterance",
                    "reports": [report(*first), report(*second)]})
    (HERE / "utterances.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
