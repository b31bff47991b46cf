"""The benchmark: a deterministic synthetic news corpus and ``nox -s bench``.

:mod:`.corpus` writes the corpus (from templates and word banks in this package, with a
seeded random generator: nothing is downloaded); :mod:`.run` builds it and prints the
figures as ratios (see the README, "Performance").
"""
