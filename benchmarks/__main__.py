"""`python -m benchmarks`: run every ``benchmarks/bench_*.py`` module's ``main()`` in turn.

A benchmark prints its figures and the targets they are held to; a failing one is
reported and the others still run. The exit code is always 0: figures inform, they do
not break a build on a slower machine.
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks named on the command line (``store`` for bench_store), or all."""
    wanted = set(argv if argv is not None else sys.argv[1:])
    names = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    for name in names:
        if wanted and name not in wanted and name.removeprefix("bench_") not in wanted:
            continue
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            module.main()
        except Exception:  # a broken benchmark is news, not a failed build
            traceback.print_exc(file=sys.stdout)
        print(f"== {name} done in {time.perf_counter() - started:.1f} s\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
