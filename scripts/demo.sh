#!/usr/bin/env bash
# Sentinela demo: a simulated Besu QBFT consortium (sentinela-devnet), a level-1 Prometheus per institution,
# level-2 Prometheus federating every level 1 in two institutions, an Alertmanager, and the dashboard on top.
#
# Usage: scripts/demo.sh [BUILD_DIR] [--xvfb] [--scenario FILE] [--institutions N] [--block-period SECONDS]
#   BUILD_DIR        build tree with app/sentinela and tests/devnet/sentinela-devnet
#                    (default: $SENTINELA_BUILD_DIR, else build/release, else build/dev)
#   --xvfb           with no display, run the dashboard under xvfb-run instead of polling sentinela-cli
#   --scenario FILE  play a scripted incident (e.g. tests/devnet/scenarios/incident-day.txt)
# Everything listens on 127.0.0.1 free ports; Ctrl-C stops everything this script started.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SENTINELA_BUILD_DIR:-}"
xvfb=0
scenario=""
institutions=5
period=4
while [[ $# -gt 0 ]]; do
    case "$1" in
        --xvfb) xvfb=1 ;;
        --scenario) scenario="$(realpath "$2")"; shift ;;
        --institutions) institutions="$2"; shift ;;
        --block-period) period="$2"; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        -*) echo "demo.sh: unknown option $1" >&2; exit 2 ;;
        *) build="$1" ;;
    esac
    shift
done
if [[ -z "$build" ]]; then
    for candidate in "$here/build/release" "$here/build/dev"; do
        if [[ -x "$candidate/tests/devnet/sentinela-devnet" ]]; then build="$candidate"; break; fi
    done
fi
build="$(realpath "${build:-$here/build/release}")"
devnet_bin="$build/tests/devnet/sentinela-devnet"
gui_bin="$build/app/sentinela"
cli_bin="$build/app/sentinela-cli"
for bin in "$devnet_bin"; do
    [[ -x "$bin" ]] || { echo "demo.sh: $bin not found; build first (cmake --build --preset release)" >&2; exit 1; }
done
for tool in prometheus prometheus-alertmanager jq; do
    command -v "$tool" >/dev/null || { echo "demo.sh: '$tool' is not installed" >&2; exit 1; }
done

run="$(mktemp -d "${TMPDIR:-/tmp}/sentinela-demo.XXXXXX")"
pids=()
cleanup() {
    trap - EXIT INT TERM
    echo "demo.sh: stopping ${#pids[@]} processes"
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    echo "demo.sh: logs and configuration kept in $run"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free TCP port on 127.0.0.1 (nothing answers on it now, and we have not handed it out yet).
used_ports=" "
free_port() {
    local p
    while :; do
        p=$(( 20000 + RANDOM % 40000 ))
        [[ "$used_ports" == *" $p "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            used_ports+="$p "
            echo "$p"
            return
        fi
    done
}

wait_http() { # URL, seconds
    local i
    for (( i = 0; i < $2 * 5; i++ )); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$(sed -E 's#.*:([0-9]+).*#\1#' <<<"$1")") 2>/dev/null; then return 0; fi
        sleep 0.2
    done
    echo "demo.sh: $1 did not come up (see $run)" >&2
    return 1
}

# ---- Ports for the monitoring stack (known before the devnet writes the Sentinela profile) ----------------------
am_port=$(free_port)
declare -a l1_ports
for (( i = 0; i < institutions; i++ )); do l1_ports[i]=$(free_port); done
l2_count=$(( institutions >= 2 ? 2 : 1 ))
declare -a l2_ports
for (( i = 0; i < l2_count; i++ )); do l2_ports[i]=$(free_port); done

# ---- The devnet ---------------------------------------------------------------------------------------------------
l2_flags=()
for (( i = 0; i < l2_count; i++ )); do l2_flags+=(--prometheus-l2 "l2-$((i + 1))=http://127.0.0.1:${l2_ports[i]}"); done
devnet_args=(--institutions "$institutions" --block-period "$period" --port-base 0
             --endpoints "$run/endpoints.json" --config-out "$run/sentinela.yaml"
             --alertmanager "http://127.0.0.1:$am_port" "${l2_flags[@]}")
[[ -n "$scenario" ]] && devnet_args+=(--scenario "$scenario")
"$devnet_bin" "${devnet_args[@]}" >"$run/devnet.log" 2>&1 &
pids+=($!)
for (( i = 0; i < 100; i++ )); do
    grep -q "devnet ready" "$run/devnet.log" 2>/dev/null && break
    kill -0 "${pids[0]}" 2>/dev/null || { cat "$run/devnet.log" >&2; exit 1; }
    sleep 0.2
done
grep -q "devnet ready" "$run/devnet.log" || { echo "demo.sh: the devnet did not start" >&2; exit 1; }
control=$(jq -r .control "$run/endpoints.json")
echo "demo.sh: devnet up ($institutions institutions, block period ${period}s); control API $control"
echo "          faults: $devnet_bin ctl --control $control stop validator02"

# ---- Level-1 Prometheus per institution: its own nodes, labels node/organization, job rbb -----------------------
# Institutions in the devnet's order.
mapfile -t orgs < <(jq -r '.nodes[].institution' "$run/endpoints.json" | awk '!seen[$0]++')
for (( i = 0; i < ${#orgs[@]}; i++ )); do
    org="${orgs[i]}"
    dir="$run/prometheus-l1-$org"
    mkdir -p "$dir/data"
    {
        echo "global: {scrape_interval: 3s, scrape_timeout: 2s, external_labels: {level: l1, collector: $org}}"
        echo "scrape_configs:"
        echo "  - job_name: rbb"
        echo "    metrics_path: /metrics"
        echo "    static_configs:"
        jq -r --arg org "$org" '.nodes[] | select(.institution == $org)
            | "      - targets: [\"\(.metrics | sub("^http://"; "") | sub("/metrics$"; ""))\"]\n        labels: {node: \(.name), organization: \(.institution)}"' \
            "$run/endpoints.json"
    } >"$dir/prometheus.yml"
    prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
        --storage.tsdb.retention.time=1d --web.listen-address="127.0.0.1:${l1_ports[i]}" >"$dir/log" 2>&1 &
    pids+=($!)
done

# ---- Alertmanager -------------------------------------------------------------------------------------------------
mkdir -p "$run/alertmanager/data"
cat >"$run/alertmanager/alertmanager.yml" <<YAML
route: {receiver: noc, group_by: [alertname, organization], group_wait: 5s, group_interval: 30s, repeat_interval: 4h}
receivers: [{name: noc}]
YAML
prometheus-alertmanager --config.file="$run/alertmanager/alertmanager.yml" --storage.path="$run/alertmanager/data" \
    --web.listen-address="127.0.0.1:$am_port" --cluster.listen-address= >"$run/alertmanager/log" 2>&1 &
pids+=($!)

# ---- Level-2 Prometheus in the first institutions: federate every level 1, alert to the Alertmanager -------------
for (( k = 0; k < l2_count; k++ )); do
    dir="$run/prometheus-l2-${orgs[k]}"
    mkdir -p "$dir/data"
    cat >"$dir/rules.yml" <<YAML
groups:
  - name: rbb
    rules:
      - alert: BlockProductionStopped
        expr: time() - max(besu_blockchain_chain_head_timestamp{job="rbb"}) > 3 * $period + 10
        for: 10s
        labels: {severity: critical}
        annotations: {summary: "No new block for more than three block periods"}
      - alert: NodeDown
        expr: up{job="rbb"} == 0
        for: 10s
        labels: {severity: incident}
        annotations: {summary: "{{ \$labels.node }} ({{ \$labels.organization }}) does not answer /metrics"}
      - alert: PermissioningOff
        # Federation carries no staleness markers: judge by the age of the newest sample instead of presence.
        expr: up{job="rbb"} == 1 unless on(node) (time() - timestamp(besu_permissioning_node_local_check_count_total{job="rbb"}) < 30)
        for: 10s
        labels: {severity: critical}
        annotations: {summary: "Permissioning is off on {{ \$labels.node }}"}
YAML
    {
        echo "global: {scrape_interval: 5s, scrape_timeout: 4s, evaluation_interval: 5s, external_labels: {level: l2, collector: ${orgs[k]}}}"
        echo "rule_files: [rules.yml]"
        echo "alerting: {alertmanagers: [{static_configs: [{targets: ['127.0.0.1:$am_port']}]}]}"
        echo "scrape_configs:"
        for (( i = 0; i < ${#orgs[@]}; i++ )); do
            echo "  - job_name: federate-${orgs[i]}"
            echo "    honor_labels: true"
            echo "    metrics_path: /federate"
            echo "    params: {'match[]': ['{job=\"rbb\"}']}"
            echo "    static_configs: [{targets: ['127.0.0.1:${l1_ports[i]}']}]"
        done
    } >"$dir/prometheus.yml"
    prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
        --storage.tsdb.retention.time=1d --web.listen-address="127.0.0.1:${l2_ports[k]}" >"$dir/log" 2>&1 &
    pids+=($!)
done

wait_http "http://127.0.0.1:$am_port" 20
for (( i = 0; i < ${#orgs[@]}; i++ )); do wait_http "http://127.0.0.1:${l1_ports[i]}" 20; done
for (( k = 0; k < l2_count; k++ )); do wait_http "http://127.0.0.1:${l2_ports[k]}" 20; done
# So that the first poll already finds federated data: wait (up to 30 s) until level 2 has read the level 1s.
for (( i = 0; i < 60; i++ )); do
    federated=$(curl -fsS "http://127.0.0.1:${l2_ports[0]}/api/v1/query?query=count(up%7Bjob%3D%22rbb%22%7D)" 2>/dev/null \
        | jq -r '.data.result[0].value[1] // empty' 2>/dev/null || true)
    [[ -n "$federated" ]] && break
    sleep 0.5
done
echo "demo.sh: Prometheus level 1: $(for p in "${l1_ports[@]}"; do printf 'http://127.0.0.1:%s ' "$p"; done)"
echo "demo.sh: Prometheus level 2: $(for p in "${l2_ports[@]}"; do printf 'http://127.0.0.1:%s ' "$p"; done)"
echo "demo.sh: Alertmanager:       http://127.0.0.1:$am_port"
echo "demo.sh: Sentinela profile:  $run/sentinela.yaml"
[[ -n "$scenario" ]] && echo "demo.sh: playing scenario $scenario (see $run/devnet.log)"

# ---- The dashboard ------------------------------------------------------------------------------------------------
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    [[ -x "$gui_bin" ]] || { echo "demo.sh: $gui_bin not built" >&2; exit 1; }
    "$gui_bin" --config "$run/sentinela.yaml" &
    pids+=($!)
    wait "${pids[-1]}" || true
elif [[ $xvfb == 1 ]]; then
    echo "demo.sh: no display; running the dashboard under xvfb-run"
    xvfb-run -a "$gui_bin" --config "$run/sentinela.yaml" &
    pids+=($!)
    wait "${pids[-1]}" || true
else
    echo "demo.sh: no display (\$DISPLAY and \$WAYLAND_DISPLAY are empty): showing 'sentinela-cli status' every 10 s"
    echo "          (use --xvfb to run the dashboard under xvfb-run). Ctrl-C stops everything."
    while :; do
        if [[ -x "$cli_bin" ]]; then
            "$cli_bin" status --config "$run/sentinela.yaml" || true
        else
            "$devnet_bin" ctl --control "$control" status | jq -c '{height, round, producing, halted, txPool}'
        fi
        sleep 10 & wait $! # a trap runs at once instead of after the sleep
    done
fi
