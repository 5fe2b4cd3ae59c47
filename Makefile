# `make` builds (debug); `make demo` runs the kiosk, `make demo-window` the staff window, both from the release
# build on a demo database kept in ./demo/ (`make demo-reset` removes it); `make test` runs every test (the bench's
# --quick run among them, and the store suite on PostgreSQL as well); `make bench` measures Kofu against its C peers.
SWIFT ?= swift
BIN = $(shell $(SWIFT) build --show-bin-path)/kofu
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)/kofu
DEMO_DIR = demo

.DEFAULT_GOAL := build
.PHONY: build release demo demo-window demo-reports demo-reset test bench deps record-snapshots

deps:
	@scripts/ensure-deps

build: deps
	$(SWIFT) build

# A keypress reaches the screen in about 0.7 ms in the release build against about 1.8 ms in the debug build. The
# Swift runtime is linked in statically: the kiosk's first frame comes sooner without loading it (README, Performance).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

demo: release
	@mkdir -p $(DEMO_DIR)
	$(RELEASE_BIN) demo --db $(DEMO_DIR)/demo.sqlite

demo-window: release
	@mkdir -p $(DEMO_DIR)
	$(RELEASE_BIN) demo --window --db $(DEMO_DIR)/demo.sqlite

# Three months of simulated sales in ./demo/reports/, their monthly reports, charts and open data, then the window.
demo-reports: release
	scripts/demo-reports $(RELEASE_BIN) $(DEMO_DIR)/reports

demo-reset:
	rm -rf $(DEMO_DIR)

# Every test on SQLite files, then the store suite again on a throw-away PostgreSQL cluster (scripts/test-postgres).
test: build
	@scripts/ensure-deps --tests
	KOFU_BIN=$(BIN) scripts/test-postgres sh -c '$(SWIFT) test && KOFU_TEST_STORE=postgres $(SWIFT) test --skip-build --filter KofuStoreTests'

# The performance table against C peers (README, Performance), from the release build; writes bench/results.json.
bench: release
	$(RELEASE_BIN) bench

record-snapshots: build
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter GoldenTests
