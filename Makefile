# diplograph: make demo (set up + run the main job), make test, make eval
VENV ?= .venv
PY := $(VENV)/bin/python
DG := $(VENV)/bin/diplograph
STORE ?= diplograph-data
TAC := Treaty of Amity and Cooperation in Southeast Asia

.PHONY: install compile demo test eval catalog clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e . --group test
	touch $@

install: $(VENV)/.installed

# compile the extraction modules again (mypyc, hatch_build.py), after their sources changed
compile: install
	$(PY) -m pip install -q -e .

demo: install
	rm -rf $(STORE)
	$(DG) ingest --store $(STORE) examples/articles/
	@echo "== Who acceded to the $(TAC)?"
	$(DG) query accessions --store $(STORE) --param treaty="$(TAC)"
	@echo "== Who are ASEAN's partners?"
	$(DG) query partners --store $(STORE) --param actor=ASEAN
	@echo "== Who met where and when?"
	$(DG) query meetings --store $(STORE)
	$(DG) view --store $(STORE) --out out/view.html
	$(DG) report --store $(STORE) --out out/report
	$(DG) validate --store $(STORE)

test: install
	$(PY) -m pytest -q -n 2

eval: install
	$(PY) scripts/eval.py

catalog: install
	$(PY) scripts/build_catalog.py

clean:
	rm -rf $(STORE) out build dist .pytest_cache src/*__mypyc* src/diplograph/_compiled.txt
	find src/diplograph -name '*.so' -delete
