# EcomCompare — the two commands a user needs are `make run` and `make test`; each does all its own set-up.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT    ?= 5080
CONFIG  ?= Release
ROOT    := $(CURDIR)
BUILD   := $(ROOT)/.build
CUBE    ?= $(BUILD)/cube/ecomcompare.duckdb
PUBLISH := $(BUILD)/publish/host
HOST    := $(PUBLISH)/EcomCompare.Host
CLI     := dotnet run --project src/EcomCompare.Cli -c $(CONFIG) --no-build --
# Debian packages the server needs: Noto Sans (with Vietnamese diacritics), which the charts load from its file.
RUN_APT_PACKAGES := fonts-noto-core
# Debian packages the tests need besides: headless Chromium for browser tests, LibreOffice Calc (headless) to check
# the exported workbooks open, LibreOffice Writer (headless) to print the shipped plans to PDF for the document-reading
# tests, wrk/hyperfine for benchmarks, poppler-utils (pdftotext -layout) for the ingestion tests' PDF plans as text.
APT_PACKAGES := $(RUN_APT_PACKAGES) chromium chromium-driver libreoffice-calc-nogui libreoffice-writer-nogui wrk hyperfine stress-ng poppler-utils

export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1
export ECOMCOMPARE_CUBE := $(CUBE)
export ECOMCOMPARE_HOST := $(HOST)

.PHONY: help restore build cube summary discrepancies check publish run test unit lint format stress bench bench-baseline run-deps system-deps browser-tools apt-install clean

help:
	@echo "make run    — set up, build the cube from cube/sources and serve http://127.0.0.1:$(PORT) (PORT=… to change)"
	@echo "make test   — set up, then every test (unit, DuckDB integration, HTTP, browser) and the format check"
	@echo "make unit   — the inner loop: every test without a browser, LibreOffice or a published server"
	@echo "make lint   — dotnet format's whitespace check and the tree's conventions (line length, SQL, culture)"
	@echo "make cube | summary | discrepancies | bench | stress | clean"
	@echo "make check FILE=plan.txt — dry run on one plan document (shape, budget table, columns, totals, categories)"

restore:  ## NuGet packages, DuckDB's native library included (DuckDB.NET.Data.Full)
	dotnet restore EcomCompare.sln

build: restore
	dotnet build EcomCompare.sln -c $(CONFIG) --no-restore

cube: build  ## documents → validated facts → a new cube generation; $(CUBE) points at it (atomically)
	$(CLI) build --cube "$(CUBE)"

summary: build
	@test -f "$(CUBE)" || $(CLI) build --cube "$(CUBE)"
	$(CLI) summary --cube "$(CUBE)"

discrepancies: build
	@test -f "$(CUBE)" || $(CLI) build --cube "$(CUBE)"
	$(CLI) discrepancies --cube "$(CUBE)"

check: build  ## dry run on one document: make check FILE=cube/sources/new-province.txt
	@test -n "$(FILE)" || { echo "usage: make check FILE=path/to/plan.txt" >&2; exit 2; }
	$(CLI) check "$(FILE)"

publish: build  ## the server, framework-dependent for linux-x64 (only a published output carries Blazor's script)
	dotnet publish src/EcomCompare.Host/EcomCompare.Host.csproj -c Release -r linux-x64 --self-contained false -o "$(PUBLISH)"

run: run-deps publish cube
	@echo "Serving on http://127.0.0.1:$(PORT)  (dashboard /, OData /odata, charts /charts, health /healthz)"
	"$(HOST)" --urls "http://127.0.0.1:$(PORT)" --Cube:Path="$(CUBE)" --Data:Path="$(ROOT)/cube" --contentRoot "$(PUBLISH)"

# Tests that need more than the SDK carry a trait: Kind=Browser (Chromium and the published server), Kind=LibreOffice
# (LibreOffice Calc converts the workbooks), Kind=Published (a published server). `make unit` leaves them out, and the
# generated plans (Kind=Generated), the specification the parser grows into, many of which fail until it does.
UNIT_FILTER := Kind!=Browser&Kind!=LibreOffice&Kind!=Published&Kind!=Generated

unit: build
	dotnet test EcomCompare.sln -c $(CONFIG) --no-build --filter "$(UNIT_FILTER)"

# The tree's conventions: dotnet format's whitespace, then the rules a formatter cannot check (ConventionTests: the
# 150-character line limit, SQL text only where the renderer sets it, no current-culture numbers…): `make lint` alone
# once let an over-long line through to CI.
lint: restore
	dotnet format whitespace EcomCompare.sln --verify-no-changes
	dotnet test tests/EcomCompare.Cube.Tests -c $(CONFIG) --filter "FullyQualifiedName~ConventionTests" --nologo -v quiet

# `make format` rewrites the tree's whitespace as `make lint` wants it (run it again after a merge).
format: restore
	dotnet format whitespace EcomCompare.sln

test: lint system-deps browser-tools publish cube
	@set +e; dotnet test EcomCompare.sln -c $(CONFIG) --no-build 2>&1 | tee "$(BUILD)/test.log"; status=$${PIPESTATUS[0]}; \
	awk '/(Passed|Failed)! +- / { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($$i == "Failed:") f += $$(i+1); if ($$i == "Passed:") p += $$(i+1); if ($$i == "Skipped:") s += $$(i+1) } } \
	     END { printf "%d passed, %d failed, %d skipped\n", p, f, s; exit (f > 0 || p == 0) }' "$(BUILD)/test.log"; summary=$$?; \
	exit $$(( status != 0 || summary != 0 ))

# Tests that fail by chance: every project but the browser one 10 times, the browser one 3 times, with the machine
# kept busy (stress-ng); report in .build/stress/report.md. RUNS=…, BROWSER_RUNS=…, LOAD="…" (LOAD= for a quiet machine).
stress: system-deps browser-tools publish cube
	tests/stress.sh

bench: system-deps publish cube bench-baseline  ## performance report: .build/bench/report.md
	ECOMCOMPARE_BASELINE_HOST="$(BASELINE)/.build/publish/host/EcomCompare.Host" ECOMCOMPARE_BASELINE_CUBE="$(BASELINE)/.build/cube/ecomcompare.duckdb" \
	ECOMCOMPARE_BASELINE_COMMIT="$(BASELINE_COMMIT)" dotnet run --project tests/EcomCompare.Benchmarks -c Release -- --out "$(BUILD)/bench"

# The stack before issue 10's migration — the home-made OData host and DuckDB binding, already on net10.0 — built
# from git beside ours, so the bench's wrk run reports before and after in one report. Its own Makefile builds it
# (it fetches its pinned libduckdb with npm); rebuilt only when BASELINE_COMMIT changes.
BASELINE_COMMIT ?= b03f04d
BASELINE := $(BUILD)/baseline
bench-baseline:
	@if [ "$$(cat "$(BASELINE)/.commit" 2>/dev/null)" != "$(BASELINE_COMMIT)" ] || [ ! -x "$(BASELINE)/.build/publish/host/EcomCompare.Host" ]; then \
	  echo "building the baseline server ($(BASELINE_COMMIT)) in $(BASELINE)"; \
	  rm -rf "$(BASELINE)" && mkdir -p "$(BASELINE)" && git archive "$(BASELINE_COMMIT)" | tar -x -C "$(BASELINE)" && \
	  env -u MAKEFLAGS -u MAKELEVEL -u ECOMCOMPARE_CUBE -u ECOMCOMPARE_HOST $(MAKE) --no-print-directory -C "$(BASELINE)" publish cube >"$(BUILD)/baseline.log" 2>&1 \
	    || { echo "baseline build failed: $(BUILD)/baseline.log" >&2; exit 1; }; \
	  echo "$(BASELINE_COMMIT)" > "$(BASELINE)/.commit"; \
	fi

# axe-core (npm), pinned by tests/browser-tools/package-lock.json, injected into every page by the browser tests'
# accessibility check; installed only when missing or when the lock file is newer than the installed copy.
BROWSER_TOOLS := $(ROOT)/tests/browser-tools
browser-tools:
	@if [ ! -f "$(BROWSER_TOOLS)/node_modules/axe-core/axe.min.js" ] || [ "$(BROWSER_TOOLS)/package-lock.json" -nt "$(BROWSER_TOOLS)/node_modules/.package-lock.json" ]; then \
	  echo "installing the browser tests' npm tools (axe-core)"; \
	  npm ci --prefix "$(BROWSER_TOOLS)" --ignore-scripts --no-audit --no-fund >/dev/null; \
	fi

run-deps:  ## Debian packages the server needs (charts: fonts-noto-core), installed when missing
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(RUN_APT_PACKAGES)"

system-deps:  ## Debian packages the tests need (installed when missing, as root or with passwordless sudo)
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

apt-install:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages: $$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO=sudo; else \
	    echo "missing Debian packages: $$missing — run: sudo apt-get install -y $$missing" >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

clean:
	dotnet clean EcomCompare.sln -v q || true
	rm -rf "$(BUILD)"
