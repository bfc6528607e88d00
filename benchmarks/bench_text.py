"""Search keys at programme scale: ``fold()`` over the names of 150,000 persons.

Every person's search key is folded when it is written and every search term when it
is typed; a slow path (a per-character loop, say) shows here first. This was a test's
time limit once; a test does not time things, a benchmark does.
"""

from __future__ import annotations

import time

from genera_desktop.domain.text import fold

PERSONS = 150_000
NAMES = ("Nicolò Rossi", "Mario Bianchi", "Ștefan Popescu", "Gülşen Yılmaz")


def main() -> None:
    """Print the figure with its target."""
    names = list(NAMES) * (PERSONS // len(NAMES))
    wall, cpu = time.perf_counter(), time.process_time()
    for name in names:
        fold(name)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    ok = cpu < 1.0
    print(f"  {f'fold() of {len(names):,} names':<44} {wall:>10.2f} s       target < 1 s      "
          f"{'ok' if ok else 'MISSED'}  (cpu: {cpu:.2f} s)", flush=True)


if __name__ == "__main__":
    main()
