"""The build's progress bar: articles done, words per second, time left.

Shown on standard error only when it is a terminal and ``CI`` is not set, so logs, pipes
and CI runs stay quiet. Built on tqdm (a dependency of spaCy, listed in the ``pipeline``
extra); the rate and the time left are measured in words, which is what the model's time
is proportional to, so a batch of long articles does not make the estimate jump.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

#: ``annotating:  43%|████▎     | 412k/958k words, 812/2,000 articles [01:45<02:19, 3.92k words/s]``
BAR_FORMAT = (
    "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} words{postfix} "
    "[{elapsed}<{remaining}, {rate_fmt}]"
)


def wanted(stream: IO[str] | None = None) -> bool:
    """Whether to show a bar on ``stream`` (standard error by default)."""
    stream = sys.stderr if stream is None else stream
    if os.environ.get("CI"):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


class Progress:
    """Counts the articles annotated and their words; draws a bar when enabled.

    ``articles`` is the corpus size, of which ``cached`` came from the cache (done
    before the bar starts, so they do not inflate the rate); ``words`` is the number of
    words still to annotate.
    """

    def __init__(
        self,
        articles: int,
        words: int,
        cached: int = 0,
        enabled: bool | None = None,
        stream: IO[str] | None = None,
        desc: str = "annotating",
    ) -> None:
        self.articles, self.words, self.cached = articles, words, cached
        self.done_articles, self.done_words = cached, 0
        self.stream = sys.stderr if stream is None else stream
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self._bar: Any = None
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=words,
                desc=desc,
                unit=" words",  # the rate: "3.92k words/s"
                unit_scale=True,
                file=self.stream,
                bar_format=BAR_FORMAT,
                dynamic_ncols=True,
                smoothing=0.1,
                mininterval=0.5,
            )
            self._bar.set_postfix_str(self._postfix(), refresh=False)

    def _postfix(self) -> str:
        text = f"{self.done_articles:,}/{self.articles:,} articles"
        return text + (f" ({self.cached:,} cached)" if self.cached else "")

    def advance(self, words: int) -> None:
        """One more article annotated, of ``words`` words."""
        self.done_articles += 1
        self.done_words += words
        if self._bar is not None:
            self._bar.set_postfix_str(self._postfix(), refresh=False)
            self._bar.update(words)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
