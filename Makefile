# One-command set-up: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv run demo test test-core lint format bench dist clean lock shots mutate i18n qm

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,dist]'
	touch $(STAMP)

run: venv
	$(BIN)/rehab-coach

demo: venv
	$(BIN)/rehab-coach --demo

test: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-core: venv
	$(BIN)/python -m pytest -m "not gui"

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Every benchmark, then one summary of all their `BENCH name value unit` lines (with the
# load beside them: the figures lean on how busy the machine is) in bench-summary.txt.
bench: venv
	@rm -f bench-summary.txt.tmp
	@for b in benchmarks/bench_*.py; do echo "== $$b"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python $$b > bench-one.txt.tmp; rc=$$?; \
		cat bench-one.txt.tmp; cat bench-one.txt.tmp >> bench-summary.txt.tmp; \
		rm -f bench-one.txt.tmp; [ $$rc = 0 ] || exit 1; done
	@{ echo "# $$(date -u +%FT%TZ) load $$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"; \
		grep '^BENCH ' bench-summary.txt.tmp; } > bench-summary.txt; rm -f bench-summary.txt.tmp
	@echo "== summary (bench-summary.txt)"; cat bench-summary.txt

# Mutation testing of the store, engine/plan, pain and CSV modules ([tool.mutmut] in
# pyproject.toml). mutmut is in the `mutate` extra, not `test`: CI does not need it.
# Two workers by default (the machine is shared); results are cached in mutants/, so a
# second run only re-tests what changed. MUTATE_ARGS picks mutants, e.g.
# MUTATE_ARGS='coach.csv_export*'.
MUTATE_JOBS ?= 2
MUTATE_ARGS ?=
mutate: $(VENV)/.mutate-installed
	HYPOTHESIS_PROFILE=ci QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children $(MUTATE_JOBS) $(MUTATE_ARGS)
	$(BIN)/mutmut results

$(VENV)/.mutate-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,dist,mutate]'
	touch $@

shots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/rehab-coach --demo --self-test --screenshots shots

# Re-pin every transitive version after changing pyproject.toml.
lock: venv
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

dist: venv
	bash build_scripts/build_linux.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache mutants

# Translations (Qt Linguist): refresh the .ts catalogues from the code, then compile the
# .qm files the app loads (assets/translations, bundled with the rest of assets/).
LANGS := de
i18n: venv
	$(BIN)/python i18n/gen_domain_strings.py
	$(BIN)/pyside6-lupdate $$(find coach -name '*.py' | sort) -no-obsolete -locations none \
		$(foreach l,$(LANGS),-ts i18n/rehab_coach_$(l).ts)
	$(MAKE) qm

qm: venv
	mkdir -p assets/translations
	$(foreach l,$(LANGS),$(BIN)/pyside6-lrelease -silent i18n/rehab_coach_$(l).ts \
		-qm assets/translations/rehab_coach_$(l).qm &&) true
