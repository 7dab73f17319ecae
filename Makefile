# Mingcha: `make demo` and `make test` do all set-up on a fresh Debian/Ubuntu machine with Swift.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= debug
BIN = .build/$(CONFIG)/mingcha
# Test targets are found by listing Tests/*Tests; a cached manifest would miss a new folder.
SWIFTPM_FLAGS ?= --manifest-cache none
CORPUS ?= $(if $(MINGCHA_CORPUS),$(MINGCHA_CORPUS),$(HOME)/.cache/mingcha-corpus)

# Debian packages: the libraries we link, libcurl's header and library (loaded only when a policy URL
# is fetched), and the real Android tools the tests cross-check against.
BUILD_PKGS = libzip-dev libxml2-dev libssl-dev libdeflate-dev pkg-config libcurl4-openssl-dev
TEST_PKGS  = aapt apksigner zipalign dexdump androguard libsmali-java android-framework-res \
             default-jre-headless unzip zip time chromium python3-jsonschema

.PHONY: all deps deps-build build release demo test bench crosscheck eval eval-policy fuzz corpus clean

all: build

# Install what is missing: as root directly, with sudo when it needs no password, otherwise say what to run.
deps-build:
	@./scripts/install-deps.sh $(BUILD_PKGS)
deps: deps-build
	@./scripts/install-deps.sh $(TEST_PKGS)

build: deps-build
	$(SWIFT) build $(SWIFTPM_FLAGS)

# The Swift runtime and Foundation linked in: about 6 MB less memory per scan and a faster start
# (a batch starts one process per app).
release: deps-build
	$(SWIFT) build -c release $(SWIFTPM_FLAGS) --static-swift-stdlib

demo: deps-build release
	@./scripts/demo.sh .build/release/mingcha

# The corpus of real APKs makes the cross-checks against aapt/dexdump/apksigner real; a failed download
# is reported loudly and the corpus tests then say they found no corpus.
test: deps
	@$(MAKE) --no-print-directory corpus || echo "WARNING: corpus download failed: corpus cross-checks will not run" >&2
	$(SWIFT) build $(SWIFTPM_FLAGS)
	MINGCHA_CORPUS=$(CORPUS) $(SWIFT) test $(SWIFTPM_FLAGS) 2>&1 | tee .build/test.log | grep -vE '^(Test Case .* (passed|started)|\[[0-9]+/[0-9]+\])'; exit $${PIPESTATUS[0]}

corpus:
	@bash scripts/fetch-corpus.sh $(CORPUS)

bench: deps release corpus
	@python3 scripts/bench.py .build/release/mingcha $(CORPUS)

crosscheck: deps build corpus
	@./scripts/crosscheck.sh $(CORPUS)

clean:
	rm -rf .build

# Per-rule precision and recall of `mingcha scan` over Samples/**/expected.json.
eval: deps build
	@python3 scripts/eval.py --self-test
	@./scripts/eval.sh $(BIN)

# libFuzzer targets in Fuzz/ (zip, AXML, resources.arsc, DEX, signing block), FUZZ_SECONDS each,
# one at a time with one job; crashes land in Fuzz/artifacts/. See docs/reliability.md.
FUZZ_SECONDS ?= 60
fuzz: deps-build
	@./scripts/fuzz.sh $(FUZZ_SECONDS)

# Precision / recall of the privacy-policy reader against the CA4P labels (../shared/corpus/policies/ca4p-dev).
eval-policy: deps-build build
	@python3 scripts/eval-policy.py --bin $(BIN)
