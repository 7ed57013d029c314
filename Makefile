# Two commands for a new machine: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
export DEBUG ?= true

.PHONY: run test test-fast install lint bench clean browsers messages eval video-tools

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install video-tools
	$(PY) bin/with_services.py $(PY) bin/run.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run

# Headless Chromium, a CJK font and a colour emoji font (the live room's reactions) for the end-to-end tests
# (Playwright drives Debian's chromium; its own browser download cannot work offline). Installed once, only
# when missing; sudo only when not root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browsers:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi wenquanyi && fc-list 2>/dev/null | grep -qi "color emoji" || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium fonts-wqy-zenhei fonts-noto-color-emoji; }

# The live-video ingest (nginx with the RTMP module) and ffmpeg (browser relay, demo camera, tests), from Debian.
video-tools:
	@command -v ffmpeg >/dev/null 2>&1 && { command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx; } && \
	  test -f /usr/lib/nginx/modules/ngx_rtmp_module.so || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends nginx libnginx-mod-rtmp ffmpeg; }

# Recompile the committed translations after editing locale/*/LC_MESSAGES/django.po (needs gettext).
messages: install
	$(PY) manage.py compilemessages --ignore .venv

# Most tests run in parallel, one pytest-xdist worker per core (at most 4), each with its own test database and
# Redis namespace (config/settings/test.py); the browser and fault-injection tests then run alone, as their
# timings and the processes they kill assume an otherwise quiet machine (a browser test's 10 s waits failed once
# when run beside the others). Work stealing: the slow tests (model reproduction, migrations round trip, fan-out bench,
# two-process servers) came last and queued on one worker while the other sat idle (the last 8 % of the tests took
# 9 of phase 1's 13 minutes in CI, at a load average of 1); an idle worker now takes tests from a busy one's queue.
TEST_WORKERS ?= $(shell $(PYTHON) -c "import os; print(max(1, min(4, len(os.sched_getaffinity(0)))))")

test: lint browsers video-tools
	$(PY) bin/with_services.py $(VENV)/bin/pytest -n $(TEST_WORKERS) --dist worksteal -m "not e2e and not faults"
	$(PY) bin/with_services.py $(VENV)/bin/pytest -m "e2e or faults"

# The suite without browsers and fault injection (real PostgreSQL/Redis/Celery still): for the edit-test loop.
test-fast: lint
	$(PY) bin/with_services.py $(VENV)/bin/pytest -n $(TEST_WORKERS) --dist worksteal -m "not e2e and not faults"

bench: install
	$(PY) bin/with_services.py $(PY) bench/engine.py
	$(PY) bench/fanout.py --quick
	$(PY) bench/ingest.py --lines 100
	$(PY) bin/with_services.py $(PY) bench/video.py --quick

# The engine on both splits of compliance/corpus (dev: open; blind: never read by the engine's authors) and the
# shared sample; per-code lines, then one JSON summary per split.
eval: install
	@mkdir -p .run
	@for split in dev blind; do ls compliance/corpus/$$split/*.jsonl >/dev/null 2>&1 || { echo "== $$split: no files"; continue; }; \
	  cat compliance/corpus/$$split/*.jsonl > .run/eval-$$split.jsonl; \
	  echo "== $$split"; $(PY) -m compliance.engine --eval .run/eval-$$split.jsonl; done
	@echo "== shared sample"; $(PY) -m compliance.engine --eval tests/compliance/engine/shared/dev.jsonl | tail -1

clean:
	rm -rf $(VENV) .run staticfiles artifacts
