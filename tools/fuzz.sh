#!/usr/bin/env bash
# Fuzzes every target for N minutes each (default 10) with libFuzzer over an
# instrumented core (clang, ASan + UBSan + coverage in deepplan_core):
#
#   bash tools/fuzz.sh 10
#
# Builds build-fuzz/ (no GUI, tests or benchmarks), copies each target's corpus
# and the regression inputs (fuzz/regressions/{crash,oom,timeout}) to
# build-fuzz/corpus/TARGET so the source tree is never written, and stops at
# the first target that finds something: its input is under
# build-fuzz/artifacts/TARGET/. Limits: inputs up to 1 MiB, 5 s and 1 GiB each.
# Add a finding to fuzz/regressions/<crash|oom|timeout>/ once it is fixed.
set -euo pipefail
minutes="${1:-10}"
only="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
command -v clang++ >/dev/null || { echo "tools/fuzz.sh: needs clang++ (apt-get install clang)" >&2; exit 2; }

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DDEEPPLAN_FUZZ=ON -DDEEPPLAN_BUILD_GUI=OFF -DDEEPPLAN_BUILD_TESTS=OFF -DDEEPPLAN_BUILD_BENCH=OFF >/dev/null
targets=$(sed -n 's/^set(DEEPPLAN_FUZZ_TARGETS \(.*\) CACHE.*/\1/p' "$root/fuzz/CMakeLists.txt")
[ -n "$only" ] && targets="$only"
cmake --build "$build" -j"$(nproc)" --target $(printf 'fuzz_%s ' $targets)

status=0
for t in $targets; do
  corpus="$build/corpus/$t"
  artifacts="$build/artifacts/$t/"
  mkdir -p "$corpus" "$artifacts"
  cp -n "$root/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null || true
  cp -n "$root"/fuzz/regressions/*/* "$corpus/" 2>/dev/null || true
  echo "== fuzz_$t for $minutes min"
  if ! "$build/fuzz/fuzz_$t" "$corpus" -max_total_time=$((minutes * 60)) -max_len=1048576 \
       -timeout=5 -rss_limit_mb=1024 -print_final_stats=1 -artifact_prefix="$artifacts" 2>"$build/fuzz_$t.log"; then
    echo "fuzz_$t FOUND SOMETHING: see $artifacts and $build/fuzz_$t.log" >&2
    tail -40 "$build/fuzz_$t.log" >&2
    status=1
    break
  fi
  grep -E "stat::number_of_executed_units|cov:" "$build/fuzz_$t.log" | tail -2
done
exit $status
