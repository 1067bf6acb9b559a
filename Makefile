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

# The lock: the exact versions every machine installs (pip constraints; `make lock` remakes it).
LOCK ?= constraints.txt

.PHONY: setup lab test bench report lock clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade -c $(LOCK) pip
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e ".[dev]"
	# byte-compile the package once: read even where PYTHONDONTWRITEBYTECODE is set (start-up)
	$(BIN)/python -m compileall -q src > /dev/null
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

# Remake the lock from the newest versions pyproject.toml's ranges allow (a fresh venv).
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e ".[dev]"
	{ echo "# The lock: exact versions for 'make setup' (pip install -c $(LOCK) -e .[dev])."; \
	  echo "# Made by 'make lock' with $$(.venv-lock/bin/python -V) on $$(uname -sm); remake it after"; \
	  echo "# changing a range in pyproject.toml (tests/test_lock.py checks that they agree)."; \
	  .venv-lock/bin/python -m pip freeze --all --exclude-editable | grep -v -i '^helpers[= @]'; } > $(LOCK)
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis src/*.egg-info
