# The two commands of the README: `make lab` (set up + JupyterLab) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# `make lab PORT=8890 TOKEN=secret IP=0.0.0.0`; --allow-root only when run as root (containers, classroom VMs).
PORT ?= 8888
IP ?= localhost
TOKEN ?=
LAB_FLAGS := --port=$(PORT) --ip=$(IP) $(if $(TOKEN),--IdentityProvider.token=$(TOKEN)) \
	$(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: setup lab test bench report clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

lab: setup
	$(BIN)/jupyter lab notebooks/ $(LAB_FLAGS)

test: setup
	$(BIN)/pytest

# `make report CORPUS=path/to/folder` writes report.html (the analysis notebooks as one web page).
report: setup
	$(BIN)/helpers report $(CORPUS) --out $(or $(OUT),report.html)

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis src/*.egg-info
