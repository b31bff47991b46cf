"""A surname two full names of the article share ("Hillary Clinton", "Bill Clinton"): an
honorific before the bare surname says which one it is ("Mrs. Clinton" is the woman,
"Mr. Cruz" the man), when exactly one of them has a first name of that gender.
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.mention import Mention

_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def by_honorific(text: str, m: Mention, candidates: list[Mention]) -> Mention | None:
    """The one full name among ``candidates`` (two people or more) whose first name has
    the gender of the honorific right before ``m``; None when that does not decide."""
    from trump_putin_call.pipeline import gender

    if len({f.canonical for f in candidates}) < 2 or not text:
        return None
    found = _HONORIFIC.search(text[max(0, m.start - 6) : m.start])
    if found is None:
        return None
    want = _GENDER[found.group(1)]
    fitting = {f.canonical: f for f in candidates if gender.of_name(f.canonical) == want}
    return next(iter(fitting.values())) if len(fitting) == 1 else None
