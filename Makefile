# Didar: two commands set up a fresh machine.
#   make demo   installs what is missing, builds in release mode and runs `didar build seeds -o out`
#   make test   installs what is missing and runs the whole test suite
# Debian packages come through apt-get (run as root, or with sudo available); Python's networkx and kuzu through pip.

SWIFT      ?= swift
APT_PKGS   := pkg-config libgraphviz-dev libxml2-dev fonts-noto-core graphviz poppler-utils
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE    := .build/release/didar

.PHONY: demo test deps build release clean-out fuzz bench serve screenshot

deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@python3 -c "import networkx" 2>/dev/null || python3 -m pip install --quiet networkx
	@python3 -c "import kuzu" 2>/dev/null || python3 -m pip install --quiet "kuzu>=0.11"

release: deps
	$(SWIFT) build -c release --product didar

demo: release
	$(RELEASE) build seeds -o out
	@ls -l out

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip Explorer
	@# The web explorer's HTTP tests time real requests (20 s client deadline): they run on their own,
	@# not beside the CPU-bound suites that would starve the server on a 2-core machine.
	$(SWIFT) test --skip-build --filter Explorer
	@# Resident memory is per process: the render-leak check runs alone, after the suite.
	DIDAR_MEMORY_TEST=1 $(SWIFT) test --skip-build --filter threeHundredRendersKeepMemoryFlat
	@# The web explorer in a real browser (installs chromium, chromium-driver and selenium if missing).
	SCREENSHOT=$$(mktemp -d)/web-explorer.png DIDAR=.build/debug/didar scripts/web-e2e.sh

serve: release
	[ -f out/didar.sqlite ] || $(RELEASE) build seeds -o out
	$(RELEASE) serve --db out/didar.sqlite

# Re-takes the README's screenshot of the web explorer.
screenshot: build
	SCREENSHOT=docs/web-explorer.png DIDAR=.build/debug/didar scripts/web-e2e.sh

bench: release
	$(RELEASE) bench --stage all

fuzz: deps
	scripts/fuzz.sh

clean-out:
	rm -rf out
