#!/usr/bin/env bash
# Runs every fuzz target under libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer (clang from Debian),
# SECONDS each (default 60), then prints a table. Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]
# Configures and builds a clang build in build/fuzz (the libraries with -fsanitize=fuzzer-no-link for coverage). The
# growing corpus of each target is kept in build/fuzz/corpus/<target> (seeded from tests/fixtures), so a later run
# goes on where the last stopped; a crash leaves its input in build/fuzz/artifacts/<target>/ - fix the code, then copy
# the input to tests/fixtures/fuzz/<target>/regressions/, which the g++ ctest of the target replays.
set -euo pipefail
seconds="${1:-60}"
[ $# -gt 0 ] && shift
src="$(cd "$(dirname "$0")/../.." && pwd)"
build="${SENTINELA_FUZZ_BUILD_DIR:-$src/build/fuzz}"
jobs="${SENTINELA_FUZZ_JOBS:-2}"

command -v clang++ >/dev/null || { echo "run.sh: clang++ is not installed (apt install clang llvm)" >&2; exit 1; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  "${launcher[@]}" -DSENTINELA_LIBFUZZER=ON -DSENTINELA_WERROR=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
  >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }

declare -A corpus
targets=()
while read -r name dirs; do
  [ -n "$name" ] || continue
  corpus[$name]="$dirs"
  targets+=("$name")
done <"$build/tests/fuzz/fuzz_targets.txt"
[ $# -gt 0 ] && targets=("$@")
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
results=()
failed=0
for t in "${targets[@]}"; do
  work="$build/corpus/$t"
  artifacts="$build/artifacts/$t/"
  mkdir -p "$work" "$artifacts"
  IFS=';' read -r -a seeds <<<"${corpus[$t]}"
  for s in "${seeds[@]}"; do
    if [ -d "$s" ]; then
      find "$s" -type f -exec cp -n {} "$work/" \;
    elif [ -f "$s" ]; then
      cp -n "$s" "$work/"
    fi
  done
  log="$build/$t.log"
  echo "== $t: ${seconds} s, corpus $work"
  set +e
  "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$work" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  files=$(find "$work" -type f | wc -l)
  if [ "$rc" -eq 0 ]; then
    verdict=ok
  else
    verdict="CRASH (exit $rc): $(ls -t "$artifacts" 2>/dev/null | head -1)"
    failed=$((failed + 1))
    grep -m 20 -E 'ERROR|SUMMARY|violated|runtime error|#[0-9]+ 0x' "$log" | head -20
  fi
  results+=("$(printf '%-22s %6s %12s %8s %8s  %s' "$t" "$seconds" "${runs:-?}" "${cov:-?}" "$files" "$verdict")")
done

echo
printf '%-22s %6s %12s %8s %8s  %s\n' target seconds executions coverage corpus result
for r in "${results[@]}"; do echo "$r"; done
echo "logs: $build/<target>.log; crash inputs: $build/artifacts/<target>/"
[ "$failed" -eq 0 ]
