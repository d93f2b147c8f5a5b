# quizapp: `make run` starts the app, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LANGS_TS := ja ja_easy
TS     := $(patsubst %,assets/i18n/quizapp_%.ts,$(LANGS_TS))
QM     := $(TS:.ts=.qm)
UI_SOURCES := $(wildcard quizapp/ui/*.py quizapp/ui/*/*.py)
# Shared libraries Qt needs on a bare Debian machine (present on most desktops already);
# libpulse0 is for QtTextToSpeech's audio.
DEBS   := libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 libpulse0
# ...and strace, which the no-network test uses to watch the app's system calls.
DEBS   += strace
# ...and fuse3 (fusermount3, libfuse3) for the power-cut tests' filesystem (tests/support/lossy_fs.py).
DEBS   += fuse3 libfuse3-3
# ...and postgresql (initdb, pg_ctl, the server) for the throwaway server the pooled kiosk counters'
# tests start themselves (tests/support/postgres.py); it also creates the postgres user they run as under root.
DEBS   += postgresql
# the handout tests read the PDF back with pdftotext
DEBS   += poppler-utils

.PHONY: run test check lint typecheck i18n lupdate schema deps clean screenshots bundle bundle-check bench soak \
	content-report

run: $(STAMP) $(QM)
	$(BIN)/quizapp $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q
	$(MAKE) --no-print-directory check

check: lint typecheck

lint: $(STAMP)
	$(BIN)/ruff check quizapp tests benchmarks docs/screenshots assets/fonts assets/images
	$(BIN)/ruff format --check quizapp tests benchmarks docs/screenshots assets/fonts assets/images
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

deps:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
	  echo "installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; fi

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# Translations: English is the source language; Japanese and やさしい日本語 live in $(TS).
i18n: $(QM)

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lupdate: $(STAMP)
	for ts in $(TS); do $(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $$ts -no-obsolete; done

# Is every shipped question still within its review date? (docs/bank-format.md)
content-report: $(STAMP)
	$(BIN)/quizapp content-report

# The PyInstaller bundle (dist/quizapp/), then one run of it, so a missing file fails here.
# A release is not cut while a shipped question is past its review date: the content report
# must pass first. SKIP_CONTENT_REPORT=1 builds anyway (a test build, never a release).
bundle: $(STAMP) $(QM)
ifeq ($(SKIP_CONTENT_REPORT),)
	@out=$$($(BIN)/quizapp content-report) || { echo "$$out"; \
	  echo "make bundle: refused: the content report failed (above). Re-check those questions against"; \
	  echo "their sources and move their review_by, or build anyway with SKIP_CONTENT_REPORT=1."; exit 1; }; \
	  echo "$$out" | tail -n 1
else
	@echo "make bundle: SKIP_CONTENT_REPORT is set: building without the content report"
endif
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	$(MAKE) --no-print-directory bundle-check

bundle-check:
	@tmp=$$(mktemp -d); set -e; \
	QT_QPA_PLATFORM=offscreen dist/quizapp/quizapp --data-dir $$tmp --lang ja --quit-after-first-frame; \
	QT_QPA_PLATFORM=offscreen dist/quizapp/quizapp --data-dir $$tmp --lang ja --quit-when-ready; \
	QT_QPA_PLATFORM=offscreen dist/quizapp/quizapp --data-dir $$tmp --lang ja --quit-when-ready; \
	find dist/quizapp -name qtbase_ja.qm | grep -q . || { echo "qtbase_ja.qm (Qt's own Japanese) is missing"; exit 1; }; \
	dist/quizapp/quizapp validate; \
	dist/quizapp/quizapp export --data-dir $$tmp > /dev/null; \
	out=$$(dist/quizapp/quizapp kiosk report --database-url postgresql+psycopg://nobody@127.0.0.1:1/none 2>&1 || true); \
	echo "$$out" | grep -q '127.0.0.1:1/none: .*connect' || { echo "the bundle cannot reach PostgreSQL (psycopg): $$out"; exit 1; }; \
	dist/quizapp/quizapp handout --topic ic-chip --answers --output $$tmp/chip.pdf; \
	pdftotext $$tmp/chip.pdf - | grep -q 'ICチップ' || { echo "the bundle's handout has no text"; exit 1; }; \
	pdfimages -list $$tmp/chip.pdf | grep -q image || { echo "the bundle's handout has no QR code"; exit 1; }; \
	dist/quizapp/quizapp export-deck --format apkg --topic ic-chip --output $$tmp/chip.apkg; \
	dist/quizapp/quizapp export-deck --format moodle-xml --topic ic-chip --output $$tmp/chip.xml; \
	rm -rf $$tmp; echo "bundle ok: $$(du -sh dist/quizapp | cut -f1) in dist/quizapp"

# Speed and size figures against baselines measured in the same run (see docs/performance.md).
# startup.py times Anki too when ANKI_PYTHON names a Python that has it (aqt).
bench: $(STAMP) $(QM)
	$(BIN)/python benchmarks/startup.py --big-bank
	$(BIN)/python benchmarks/startup_steps.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/answer_latency.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/answer_latency.py --lang ja-easy
	$(BIN)/python benchmarks/readability.py
	$(BIN)/python benchmarks/big_bank.py
	$(BIN)/python benchmarks/memory.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/progress_screen.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/kiosk_soak.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/kiosk_pool.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/pictures.py
	$(BIN)/python benchmarks/bundle.py

# The fault tests with larger counts (many more power cuts and hostile banks).
soak: $(STAMP) $(QM)
	QUIZAPP_SOAK=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m fault

schema: $(STAMP)
	$(BIN)/python -c "from quizapp.services.banks.schema import write_json_schema; write_json_schema('docs/bank.schema.json'); write_json_schema('docs/sources.schema.json', 'sources')"

# Every screen, both languages, normal and largest text, standard and high contrast, from a real
# window on a virtual X display (needs Debian's xvfb, installed here if missing).
screenshots: $(STAMP) $(QM)
	@command -v xvfb-run >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq xvfb; }
	QUIZAPP_TTS_ENGINE=mock xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python docs/screenshots/capture.py

clean:
	rm -rf $(VENV) build dist $(QM) .mypy_cache .ruff_cache .pytest_cache
