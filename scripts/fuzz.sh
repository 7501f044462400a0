#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset "fuzz": clang-14, ASan + UBSan + LeakSanitizer) and runs
# each for a fixed time, two at a time, niced. CI runs it short; run it long locally:
#
#   bash scripts/fuzz.sh                         every target for 60 s
#   bash scripts/fuzz.sh --seconds 3600 epub     one target for an hour
#   bash scripts/fuzz.sh --no-build --seconds 60 (what scripts/setup.sh test runs, after building)
#
# Targets: readingformat html epub plaintext markdown annotationjson readingjson segments (tests/fuzz/).
# Seeds are read where they live — the shared corpus (../shared/corpus, or $REDLETTER_CORPUS_DIR),
# our own catalog readings and tests/fuzz/seeds — never copied; what the fuzzer adds is kept in
# build/fuzz/corpus/<target> so long runs resume. Crashes, leaks, timeouts and out-of-memory
# inputs land in build/fuzz/artifacts/ and make the script exit non-zero; each run's log is in
# build/fuzz/logs/<target>.log. Reproduce one: build/fuzz/tests/fuzz/fuzz_<target> <artifact>.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
build=1
jobs=$(nproc 2>/dev/null || echo 2)
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n 3,17p "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=(readingformat html epub plaintext markdown annotationjson readingjson segments)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

corpus=${REDLETTER_CORPUS_DIR:-$(cd .. && pwd)/shared/corpus}
if [ ! -d "$corpus" ]; then
  echo "fuzz: the shared corpus is not at $corpus (set REDLETTER_CORPUS_DIR)" >&2
  exit 2
fi

seeds_of() {
  case "$1" in
    readingformat) echo "resources/catalog $corpus/red-letter tests/lib/exporting/reference" ;;
    html) echo "$corpus/mia" ;;
    epub) echo "$corpus/epub" ;;
    plaintext) echo "$corpus/plain" ;;
    markdown) echo "$corpus/markdown $corpus/red-letter resources/catalog" ;;
    annotationjson) echo "tests/fuzz/seeds/annotationjson" ;;
    readingjson) echo "tests/fuzz/seeds/readingjson" ;;
    segments) echo "$corpus/markdown $corpus/plain tests/data" ;;
    *) echo "fuzz: unknown target $1 (known: ${all[*]})" >&2; return 1 ;;
  esac
}
for t in "${targets[@]}"; do seeds_of "$t" >/dev/null; done

if [ $build -eq 1 ]; then
  echo "== configure + build: fuzz"
  mkdir -p build
  cmake --preset fuzz >build/configure-fuzz.log 2>&1 || { cat build/configure-fuzz.log; exit 1; }
  nice cmake --build --preset fuzz --parallel "$jobs"
fi

out=build/fuzz
mkdir -p "$out/artifacts" "$out/logs"
# LeakSanitizer is on (libFuzzer reports a leak as a failure); every UBSan report stops the run.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

run_one() {
  local t=$1
  mkdir -p "$out/corpus/$t"
  # shellcheck disable=SC2046
  if nice "$out/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 \
      -max_len=262144 -print_final_stats=1 -dict="tests/fuzz/$t.dict" \
      -artifact_prefix="$out/artifacts/$t-" "$out/corpus/$t" $(seeds_of "$t") >"$out/logs/$t.log" 2>&1; then
    echo "fuzz: $t ok: $(grep -E '^stat::number_of_executed_units' "$out/logs/$t.log" | awk '{print $2}') runs in ${seconds} s," \
         "$(ls "$out/corpus/$t" | wc -l) inputs in its corpus"
  else
    echo "fuzz: $t FAILED — see $out/logs/$t.log and $out/artifacts/$t-*" >&2
    grep -E 'ERROR: |SUMMARY: |runtime error|fuzz invariant' "$out/logs/$t.log" | head -5 >&2
    return 1
  fi
}
export -f run_one seeds_of
export out seconds corpus
export all_targets="${all[*]}"

echo "== fuzz: ${targets[*]} for $seconds s each, $jobs at a time"
start=$(date +%s)
status=0
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'all=($all_targets); run_one {}' || status=1
echo "== fuzz: done in $(( $(date +%s) - start )) s"
exit $status
