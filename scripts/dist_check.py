"""Check a release folder built by `make dist`: run what staff and scripts will run.

    python scripts/dist_check.py [dist/genera]

1. the built `genera --version` prints this checkout's version;
2. a command-line round trip in a temporary data folder: network create, point add,
   household and person add (a codice fiscale: the municipality tables must be inside),
   the intake form printed blank and filled (ReportLab and the fonts), a report to XLSX
   (openpyxl), a backup and a restore (SQLCipher's backup API), and dump;
3. the built `genera-desktop` started offscreen, once on an empty folder (the setup
   wizard) and once on the store (the login), leaving as soon as its first window runs
   (GENERA_QUIT_AFTER_START=1, see app.py); its log must say it got there, with no error.

Prints the folder's size and the start-up times; exits 1 naming the first step that
broke. Only the standard library and this checkout's version string: it runs anywhere
`make dist` ran, Windows included (the executables get their .exe there).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
USER = "verifica"
PASSWORD = "dist-check-password-1"
TIMEOUT = 180


class CheckFailed(Exception):
    """One step of the check broke."""


def source_version() -> str:
    text = (ROOT / "genera_desktop" / "__init__.py").read_text("utf-8")
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not found:
        raise CheckFailed("no __version__ in genera_desktop/__init__.py")
    return found.group(1)


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


class Runner:
    """Runs the built executables with one environment and times them."""

    def __init__(self, dist: Path, data_dir: Path) -> None:
        self.cli = dist / f"genera{EXE}"
        self.gui = dist / f"genera-desktop{EXE}"
        for exe in (self.cli, self.gui):
            if not exe.is_file():
                raise CheckFailed(f"{exe} is missing: run `make dist` first")
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith("GENERA_") and k != "PYTHONPATH"}
        self.env.update({"GENERA_DATA_DIR": str(data_dir), "GENERA_USER": USER,
                         "GENERA_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"})
        self.cwd = data_dir.parent
        self.times: dict[str, float] = {}

    def genera(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        start = time.perf_counter()
        done = subprocess.run([str(self.cli), *args], env=self.env, cwd=self.cwd,
                              capture_output=True, text=True, timeout=TIMEOUT,
                              encoding="utf-8")
        self.times.setdefault(f"genera {args[0]}", time.perf_counter() - start)
        if ok and done.returncode != 0:
            raise CheckFailed(f"genera {' '.join(args)} exited {done.returncode}: "
                              f"{done.stderr.strip() or done.stdout.strip()}")
        return done

    def desktop(self, data_dir: Path, label: str) -> float:
        env = dict(self.env, GENERA_QUIT_AFTER_START="1")
        start = time.perf_counter()
        done = subprocess.run([str(self.gui), "--data-dir", str(data_dir)], env=env,
                              cwd=self.cwd, capture_output=True, text=True,
                              timeout=TIMEOUT, encoding="utf-8", errors="replace")
        took = time.perf_counter() - start
        if done.returncode != 0:
            raise CheckFailed(f"genera-desktop ({label}) exited {done.returncode}: "
                              f"{done.stderr.strip()[-2000:]}")
        log = data_dir / "logs" / "genera.log"
        text = log.read_text("utf-8") if log.is_file() else ""
        if "starting" not in text or "no login: quitting" not in text:
            raise CheckFailed(f"genera-desktop ({label}) did not reach its first window; "
                              f"its log says: {text.strip()[-2000:] or '(nothing)'}")
        bad = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line]
        if bad:
            raise CheckFailed(f"genera-desktop ({label}) logged errors: {bad[:3]}")
        log.unlink()  # the next start's log is its own
        return took


def check(dist: Path) -> None:
    version = source_version()
    size, count = folder_size(dist)
    print(f"folder: {dist} ({size / 1e6:.1f} MB in {count} files)")
    with tempfile.TemporaryDirectory(prefix="genera-dist-check-") as tmp:
        work = Path(tmp)
        store = work / "store"
        run = Runner(dist, store)

        out = run.genera("--version").stdout.strip()
        if out != f"genera {version}":
            raise CheckFailed(f"genera --version printed {out!r}, expected 'genera {version}'")
        print(f"ok  genera --version: {out}")

        run.genera("network", "create", "--name", "Rete di prova",
                   "--site-name", "Coordinamento di prova", "--admin-user", USER)
        run.genera("point", "add", "--json", json.dumps(
            {"code": "MON", "name": "Punto di Comunità Montichiari",
             "municipality": "Montichiari"}))
        household = run.genera("household", "add", "--json", json.dumps(
            {"point": "MON", "municipality": "Montichiari", "address": "Via Roma 1"}
        )).stdout.strip()
        run.genera("person", "add", "--json", json.dumps(
            {"household": household, "first_name": "Mario", "last_name": "Rossi",
             "tax_code": "RSSMRA80A01H501U", "birth_date": "1980-01-01", "sex": "M"}))
        refused = run.genera("person", "add", "--json", json.dumps(
            {"household": household, "first_name": "Anna", "last_name": "Rossi",
             "tax_code": "RSSMRA80A01H501X"}), ok=False)
        if refused.returncode != 1 or not refused.stderr.startswith("error: "):
            raise CheckFailed("a wrong codice fiscale was not refused with an error line")
        print("ok  network create, point add, household add, person add (codice fiscale)")

        if run.genera("print", "--help", ok=False).returncode != 0:
            print("SKIP genera print: not in this build yet")
        else:
            for args in (["--blank"], ["--household", household]):
                pdf = work / "scheda.pdf"
                run.genera("print", "intake", *args, "--out", str(pdf))
                if not pdf.read_bytes().startswith(b"%PDF") or pdf.stat().st_size < 2000:
                    raise CheckFailed(f"genera print intake {args[0]} wrote no real PDF")
                pdf.unlink()
            pdf = work / "visita.pdf"
            run.genera("print", "custode", "--blank", "--out", str(pdf))
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise CheckFailed("genera print custode --blank wrote no real PDF")
            print("ok  genera print intake --blank and --household, custode --blank")

        if run.genera("report", "--help", ok=False).returncode == 0:
            xlsx = work / "report.xlsx"
            run.genera("report", "--json", "--xlsx", str(xlsx))
            if not xlsx.read_bytes().startswith(b"PK"):
                raise CheckFailed("genera report --xlsx wrote no XLSX file")
            print("ok  genera report --xlsx")

        before = run.genera("dump").stdout
        if household not in before or "Rossi" not in before:
            raise CheckFailed("genera dump does not show the household and its person")
        saved = work / "copia.genera-backup"
        run.genera("backup", "--out", str(saved))
        run.genera("household", "add", "--json", json.dumps({"point": "MON"}))
        run.genera("restore", str(saved))
        if run.genera("dump").stdout != before:
            raise CheckFailed("the store restored from its backup differs from the original")
        # A broken disk: the store is gone, the backup brings it back.
        shutil.rmtree(store)
        run.genera("restore", str(saved))
        if run.genera("dump").stdout != before:
            raise CheckFailed("the store restored after its deletion differs from the original")
        print("ok  genera backup, restore, dump (also after the store was deleted)")

        empty = work / "empty"
        first = run.desktop(empty, "setup")
        cold = run.desktop(store, "login")
        warm = run.desktop(store, "login")
        print(f"ok  genera-desktop offscreen to its first window: setup {first:.2f} s, "
              f"login {cold:.2f} s, again {warm:.2f} s")
    times = ", ".join(f"{k} {v:.2f} s" for k, v in run.times.items()
                      if k in ("genera --version", "genera dump", "genera network"))
    print(f"command line: {times}")


def main(argv: list[str]) -> int:
    dist = Path(argv[1] if len(argv) > 1 else ROOT / "dist" / "genera").resolve()
    try:
        check(dist)
    except CheckFailed as err:
        print(f"dist-check FAILED: {err}", file=sys.stderr)
        return 1
    except subprocess.TimeoutExpired as err:
        print(f"dist-check FAILED: {err.cmd[0]} did not finish in {TIMEOUT} s", file=sys.stderr)
        return 1
    print("dist-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
