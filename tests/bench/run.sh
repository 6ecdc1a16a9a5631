#!/usr/bin/env bash
# Every benchmark's figures in one table: machine, date, commit and build type, then one row per figure with exactly
# what it measures, its value, its target and the verdict (each benchmark judges its own targets, see benchreport.h).
# The table goes to stdout and to a file.
#
#   tests/bench/run.sh                      configure and build the release preset, run every bench_* in full
#   tests/bench/run.sh --quick [--build-dir DIR]
#                                           smaller workloads on an existing build (default build/dev), no build step:
#                                           proves the benchmarks run (ctest bench_run_quick); nothing is judged
#   --out FILE                              where the table is written (default: <build dir>/bench-report.txt)
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
quick=0
build=""
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --build-dir) build="$2"; shift ;;
    --out) out="$2"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

if [ -z "$build" ]; then
  if [ "$quick" = 1 ]; then
    build="$src/build/dev"
  else
    build="$src/build/release"
    (cd "$src" && cmake --preset release >/dev/null)
    targets=$(sed -n 's/^add_executable(\(bench_[a-z0-9_]*\).*/\1/p' "$src"/tests/bench/CMakeLists.txt | tr '\n' ' ')
    # shellcheck disable=SC2086
    (cd "$src" && cmake --build --preset release -j"${SENTINELA_BENCH_JOBS:-2}" --target $targets sentinela-devnet)
  fi
fi
[ -f "$build/CMakeCache.txt" ] || { echo "run.sh: $build is not a configured build directory" >&2; exit 2; }
out="${out:-$build/bench-report.txt}"
logs="$build/bench-logs"
mkdir -p "$logs"

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$src" diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
mode=$([ "$quick" = 1 ] && echo "quick (small workloads, not judged)" || echo "full")

rows=()
failed=0
start=$(date +%s)
for exe in $(find "$build/tests/bench" -maxdepth 1 -type f -perm -u+x -name 'bench_*' | sort); do
  name=$(basename "$exe")
  log="$logs/$name.log"
  # A benchmark that does not report through benchreport.h has no quick mode of its own: listed, not run.
  reports=1
  grep -q 'benchreport.h' "$src/tests/bench/$name.cpp" 2>/dev/null || reports=0
  if [ "$reports" = 0 ] && [ "$quick" = 1 ]; then
    rows+=("$name|not run in quick mode: it does not report through benchreport.h yet|-|-|-|skipped")
    continue
  fi
  # A benchmark whose quick run takes a devnet and a minute has a ctest of its own that runs it quick.
  if [ "$quick" = 1 ] && grep -q 'bench-quick-run: own ctest' "$src/tests/bench/$name.cpp" 2>/dev/null; then
    rows+=("$name|quick run by its own ctest ($name), not repeated here|-|-|-|skipped")
    continue
  fi
  set +e
  SENTINELA_BENCH_QUICK=$quick QT_QPA_PLATFORM=offscreen timeout "$([ "$quick" = 1 ] && echo 60 || echo 1800)" \
    "$exe" >"$log" 2>&1
  rc=$?
  set -e
  lines=$(grep '^BENCH ' "$log" | sed 's/^BENCH //' || true)
  if [ -z "$lines" ]; then
    if [ "$reports" = 0 ] && [ "$rc" -eq 0 ]; then
      rows+=("$name|ran; its figures are in $log (it does not report through benchreport.h yet)|-|-|-|ran")
    else
      rows+=("$name|printed no BENCH line (see $log)|-|-|-|FAIL (exit $rc)")
      failed=1
    fi
    continue
  fi
  while IFS= read -r l; do rows+=("$l"); done <<<"$lines"
  if [ "$rc" -ne 0 ]; then
    failed=1
    grep -q 'FAIL' <<<"$lines" || rows+=("$name|exited with $rc (see $log)|-|-|-|FAIL (exit $rc)")
  fi
done

{
  echo "Sentinela benchmarks"
  echo "machine: $(uname -n), ${cpu:-unknown CPU}, $(nproc) cores, Linux $(uname -r)"
  echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "commit:  $commit"
  echo "build:   ${build_type:-unknown} ($build), run: $mode, $(($(date +%s) - start)) s"
  echo
  printf '%s\n' "${rows[@]}" | awk -F'|' '
    { n++; for (i = 1; i <= 6; i++) { c[n, i] = $i; if (length($i) > w[i]) w[i] = length($i) } }
    END {
      split("figure|what it measures|value|unit|target|verdict", h, "|")
      for (i = 1; i <= 6; i++) if (length(h[i]) > w[i]) w[i] = length(h[i])
      if (w[2] > 110) w[2] = 110
      line = ""; sep = ""
      for (i = 1; i <= 6; i++) { line = line sprintf("%s%-*s", i > 1 ? " | " : "", w[i], h[i]); sep = sep (i > 1 ? "-+-" : "") sprintf("%*s", w[i], "") }
      gsub(/ /, "-", sep); print line; print sep
      for (r = 1; r <= n; r++) {
        what = c[r, 2]; first = 1
        do {
          chunk = substr(what, 1, w[2])
          if (length(what) > w[2]) { # break at the last space that fits
            for (k = w[2]; k > w[2] / 2 && substr(chunk, k, 1) != " "; k--) {}
            if (k > w[2] / 2) chunk = substr(what, 1, k - 1)
          }
          what = substr(what, length(chunk) + 1); sub(/^ /, "", what)
          line = ""
          for (i = 1; i <= 6; i++) {
            v = (i == 2) ? chunk : (first ? c[r, i] : "")
            line = line sprintf("%s%" (i == 3 ? "" : "-") "*s", i > 1 ? " | " : "", w[i], v)
          }
          print line; first = 0
        } while (length(what) > 0)
      }
    }'
} | tee "$out"
echo "written to $out"
exit "$failed"
