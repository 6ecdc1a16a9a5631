#!/usr/bin/env bash
# Installs everything Sentinela needs to build, test and run its demo on Debian 12. Idempotent; uses sudo only
# when not root. Set SENTINELA_SKIP_APT=1 to skip the Debian packages (for example inside a prepared image).
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git file dpkg-dev clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-websockets-dev qt6-httpserver-dev libqt6sql6-sqlite
  qtkeychain-qt6-dev nlohmann-json3-dev libspdlog-dev libyaml-cpp-dev libsecp256k1-dev libcrypto++-dev
  libgraphviz-dev graphviz libcmark-gfm-dev libcmark-gfm-extensions-dev libgit2-dev libssl-dev libzstd-dev
  prometheus prometheus-alertmanager victoria-metrics openssl curl jq
  xvfb xauth
  appstream desktop-file-utils librsvg2-bin libxml2-utils poppler-utils
  clang llvm lld libclang-rt-14-dev
)
# npm (for anvil) from Debian only where no Node.js is installed already: a machine's own Node.js ships its npm.
command -v npm >/dev/null 2>&1 || packages+=(npm)

run_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ "${SENTINELA_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
    run_root apt-get update -qq
    run_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# The Debian packages start Prometheus and Alertmanager as system services on the default ports; Sentinela's demo
# and tests run their own instances on free loopback ports, so the system ones are not needed.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  for svc in prometheus prometheus-alertmanager prometheus-node-exporter victoria-metrics; do
    run_root systemctl disable --now "$svc" >/dev/null 2>&1 || true
  done
fi

# anvil (a real Ethereum node used by the integration tests) from the npm registry.
anvil_found() {
  command -v anvil >/dev/null 2>&1 && return 0
  command -v npm >/dev/null 2>&1 && [ -x "$(npm root -g 2>/dev/null)/@foundry-rs/anvil-linux-amd64/bin/anvil" ]
}
if ! anvil_found; then
  echo "setup: installing anvil from npm"
  if ! run_root npm install -g --silent @foundry-rs/anvil-linux-amd64; then
    echo "setup: error: npm could not install @foundry-rs/anvil-linux-amd64 (see npm's message above)" >&2
    exit 1
  fi
fi

# Every tool the tests and the demo run must be there now: a missing one is an error here, not a skipped test later
# (under CI=true the tests fail on it too).
missing_tools=()
need() { # need NAME COMMAND...: one of the commands must exist
  local name="$1"; shift
  for c in "$@"; do
    if command -v "$c" >/dev/null 2>&1 || [ -x "$c" ]; then return 0; fi
  done
  missing_tools+=("$name")
}
need prometheus prometheus
need alertmanager prometheus-alertmanager alertmanager
need victoria-metrics victoria-metrics victoria-metrics-prod
need openssl openssl
need lupdate /usr/lib/qt6/bin/lupdate lupdate
need Xvfb Xvfb
need desktop-file-validate desktop-file-validate
need appstreamcli appstreamcli
need rsvg-convert rsvg-convert
need pdftotext pdftotext
need pdftoppm pdftoppm
need clang++ clang++
anvil_found || missing_tools+=(anvil)
if [ ${#missing_tools[@]} -gt 0 ]; then
  echo "setup: error: required tools missing after installation: ${missing_tools[*]}" >&2
  exit 1
fi
echo "setup: done"
