# `make demo` runs the kiosk on a throw-away demo database; `make test` runs every test.
SWIFT ?= swift
BIN = $(shell $(SWIFT) build --show-bin-path)/kofu

.PHONY: demo test build deps record-snapshots

deps:
	@scripts/ensure-deps

build: deps
	$(SWIFT) build

demo: build
	$(BIN) demo

test: build
	KOFU_BIN=$(BIN) $(SWIFT) test

record-snapshots: build
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter GoldenTests
