#!/usr/bin/env bash
# Installs everything Sentinela needs to build, test and run its demo on Debian 12. Idempotent; uses sudo only
# when not root. Set SENTINELA_SKIP_APT=1 to skip the Debian packages (for example inside a prepared image).
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git file dpkg-dev clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-websockets-dev qt6-httpserver-dev libqt6sql6-sqlite
  qtkeychain-qt6-dev nlohmann-json3-dev libspdlog-dev libyaml-cpp-dev libsecp256k1-dev libcrypto++-dev
  libgraphviz-dev graphviz
  prometheus prometheus-alertmanager victoria-metrics openssl curl jq
  xvfb xauth
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
anvil_dir="$(npm root -g 2>/dev/null)/@foundry-rs/anvil-linux-amd64"
if ! [ -x "$anvil_dir/bin/anvil" ] && ! command -v anvil >/dev/null 2>&1; then
  echo "setup: installing anvil from npm"
  run_root npm install -g --silent @foundry-rs/anvil-linux-amd64 >/dev/null 2>&1 || echo "setup: warning: anvil could not be installed; its tests will be skipped"
fi
echo "setup: done"
