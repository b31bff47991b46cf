"""``python -m trump_putin_call.bench``: the benchmark (see :mod:`.run`)."""

from trump_putin_call.bench.run import main

raise SystemExit(main())
