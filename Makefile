# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench dist dist-check clean translations screenshots

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Translations: the .ts sources (Italian source, English translation) live in
# resources/translations/; the .qm Qt loads are built from them (and committed too,
# so a checkout run without make still speaks both languages).
TS := resources/translations/genera_it.ts resources/translations/genera_en.ts
QM := $(TS:.ts=.qm)

%.qm: %.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Italian is the source: a new string's Italian "translation" is the string itself
# (also where lupdate's same-text heuristic guessed one from another context).
ITALIAN_IS_SOURCE := import re, pathlib; f = pathlib.Path("resources/translations/genera_it.ts"); \
	f.write_text(re.sub(r"<source>([^<]*)</source>(\s*)<translation type=.unfinished.>[^<]*</translation>", \
	r"<source>\1</source>\2<translation>\1</translation>", f.read_text("utf-8")), "utf-8")

# What lupdate reads: the interface, and the declarations below ui/ whose Italian words
# the screen shows translated (the kinds' names and fields, the enumerations' labels,
# marked with domain/i18n.py's QT_TRANSLATE_NOOP; docs/dev/adding-a-kind.md).
LUPDATE_SOURCES := genera_desktop/ui genera_desktop/app.py genera_desktop/domain/vocab.py \
	genera_desktop/store/kind.py genera_desktop/store/kinds.py \
	genera_desktop/domain/vocab_housing.py genera_desktop/store/kinds_housing.py \
	genera_desktop/domain/vocab_work.py genera_desktop/store/kinds_work.py \
	genera_desktop/domain/vocab_youth.py genera_desktop/store/kinds_youth.py

# lupdate over the code, then lrelease. New strings arrive in genera_en.ts unfinished:
# translate them there (Qt Linguist or by hand); tests/ui/test_translations.py fails until then.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -source-language it \
		-target-language it $(LUPDATE_SOURCES) -ts resources/translations/genera_it.ts
	$(BIN)/python -c '$(ITALIAN_IS_SOURCE)'
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -source-language it \
		-target-language en $(LUPDATE_SOURCES) -ts resources/translations/genera_en.ts
	$(BIN)/pyside6-lrelease -silent $(TS)

run: $(STAMP) $(QM)
	$(BIN)/genera-desktop

test: $(STAMP) $(QM)
	GENERA_LANG=it QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check genera_desktop tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# The guide's pictures (docs/img/) from a demo network, offscreen; about 30 s.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

# The release: one folder dist/genera/ with genera-desktop and genera (build.spec).
# PyInstaller is installed here only, so `make test` never needs it.
dist: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	$(BIN)/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller build.spec

# Runs what `make dist` built: --version, a CLI round trip, the app to its first window.
dist-check: $(STAMP)
	$(BIN)/python scripts/dist_check.py dist/genera

clean:
	rm -rf $(VENV) build dist *.egg-info
