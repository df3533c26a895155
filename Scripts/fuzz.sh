#!/usr/bin/env bash
# Coverage-guided fuzzing of caselint's input readers with libFuzzer and AddressSanitizer.
#
#   Scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]   fuzz one target (SECONDS 0: until -runs=N or a failure)
#   Scripts/fuzz.sh TARGET --replay FILE...               run saved inputs once (a crash, a regression fixture)
#   Scripts/fuzz.sh --build                               only build the instrumented binary
#   Scripts/fuzz.sh --check                               exit 0 when this toolchain can build fuzz targets
#
# Targets: markdown (README: scanner and a full lint with the built-in rules), manifest
# (case-study.yaml: YAML guard, typed reader, manifest rules), config (.caselint.yml), frontmatter
# (README front matter), dicom (DICOM header reader), sampledata (CSV, TSV, JSON, JSONL scanner),
# regex (ByteRegex against NSRegularExpression: "PATTERN<NUL>TEXT", or a byte choosing a built-in
# pattern followed by its text).
#
# The harness is the package in Fuzz/ (see Fuzz/Package.swift). Work files live in .build-fuzz/
# (ignored by git): corpus/TARGET grows across runs, crashes/TARGET holds every input that crashed,
# leaked (LeakSanitizer) or took longer than FUZZ_TIMEOUT seconds (default 1). Seeds are copied from
# the Examples, templates, test fixtures, Fuzz/Seeds and ../shared/corpus-dev (when present) on every
# run. One process, one core: libFuzzer's -jobs/-workers are not used.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
targets="markdown manifest config frontmatter dicom sampledata regex"
work=${FUZZ_WORK:-$root/.build-fuzz}
# release for real runs (the targets need millions of executions); debug builds in a third of the
# time and runs about half as fast, which suits a short run in CI.
config=${FUZZ_BUILD:-release}
binary=Fuzz/.build/$config/caselint-fuzz

usage() {
  sed -n '4,7p' "$0" | sed 's/^# //' >&2
  echo "targets: $targets" >&2
  exit 2
}

# libFuzzer ships with the Swift toolchain's clang runtime on Linux; without it there is nothing to build.
have_libfuzzer() {
  local resource
  resource=$(dirname "$(command -v swiftc)")/../lib/clang
  compgen -G "$resource/*/lib/*/libclang_rt.fuzzer*.a" >/dev/null || compgen -G "$resource/*/lib/*/*/libclang_rt.fuzzer*.a" >/dev/null
}

build() {
  if ! have_libfuzzer; then
    echo "fuzz.sh: this Swift toolchain has no libFuzzer runtime (libclang_rt.fuzzer); nothing to build" >&2
    exit 3
  fi
  echo "== building the fuzz harness ($config, -sanitize=fuzzer,address)" >&2
  # --sanitize instruments the C code (Yams' parser) and links libFuzzer; SwiftPM hands swiftc the two
  # sanitizers as separate -sanitize flags in no fixed order and the last one wins, which left the
  # Swift code without coverage on some builds. The combined flag, passed last, always has both.
  # The build's own status decides: a harness left from an earlier build must not be fuzzed in its place.
  # SwiftPM keeps the harness's build plan, with the root package's list of source files, across
  # runs: a file added to the library since then is missing from it ("cannot find ... in scope").
  # When the list changes, the plan is dropped and made again (the compiled modules are kept).
  local sources stamp="Fuzz/.build/caselint-sources.$config"
  sources=$(find Sources -name '*.swift' | LC_ALL=C sort | cksum)
  if [ -d Fuzz/.build ] && [ "$(cat "$stamp" 2>/dev/null)" != "$sources" ]; then
    rm -f "Fuzz/.build/$config.yaml" Fuzz/.build/*/"$config"/description.json
  fi
  local log status=0
  log=$(mktemp)
  (cd Fuzz && swift build -c "$config" --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address) >"$log" 2>&1 || status=$?
  grep -v -e "Cannot export local symbol '__asan" -e "^\[" "$log" >&2 || true
  rm -f "$log"
  [ "$status" -eq 0 ] && [ -x "$binary" ] || { echo "fuzz.sh: the build failed" >&2; exit 1; }
  echo "$sources" > "$stamp"
}

# Copies every seed for TARGET into DIR (flat, named by content hash so reruns add nothing twice).
seed() {
  local target=$1 dir=$2 files
  case $target in
    markdown)
      files=$(find Examples templates Tests/CaseLintKitTests/Fixtures Tests/CaseLintKitTests/Golden Fuzz/Seeds/markdown \
                ../shared/corpus-dev -name '*.md' -type f 2>/dev/null || true) ;;
    manifest)
      files=$( (find Examples templates Tests/CaseLintKitTests/Fixtures -name 'case-study.yaml' -type f; \
                find Tests/CaseLintKitTests/Fixtures/fuzz/manifest -type f) 2>/dev/null || true) ;;
    config)
      files=$(find Examples templates Tests/CaseLintKitTests/Fixtures Fuzz/Seeds/config -type f \
                \( -name '.caselint.yml' -o -name '*.yml' \) -not -path '*/workflows/*' 2>/dev/null || true) ;;
    frontmatter)
      files=$(find Fuzz/Seeds/frontmatter templates -type f \( -name '*.yaml' -o -name 'blueprint.yml' \) 2>/dev/null || true)
      # The front matter of every README that has one.
      local readme hash
      for readme in $(find Examples templates Tests/CaseLintKitTests/Fixtures ../shared/corpus-dev -name '*.md' -type f 2>/dev/null || true); do
        if [ "$(head -n 1 "$readme" | tr -d '\r')" = "---" ]; then
          awk 'NR > 1 { if ($0 ~ /^(---|\.\.\.)\r?$/) exit; print }' "$readme" > "$dir/.frontmatter"
          hash=$(sha1sum "$dir/.frontmatter" | cut -c1-40)
          mv "$dir/.frontmatter" "$dir/$hash"
        fi
      done ;;
    dicom)
      files=$(find Fuzz/Seeds/dicom -type f 2>/dev/null || true)
      # pydicom's own small test files, when the DICOM oracle has installed it.
      local pydicom_data
      pydicom_data=$(python3 -c 'import pydicom, os; print(os.path.join(os.path.dirname(pydicom.__file__), "data", "test_files"))' 2>/dev/null || true)
      if [ -n "$pydicom_data" ] && [ -d "$pydicom_data" ]; then
        files="$files"$'\n'$(find "$pydicom_data" -maxdepth 1 -name '*.dcm' -size -64k -type f)
      fi ;;
    sampledata)
      files=$(find Fuzz/Seeds/sampledata Tests/CaseLintKitTests/Golden -type f \
                \( -name '*.csv' -o -name '*.tsv' -o -name '*.json' -o -name '*.jsonl' -o -name '*.sarif' \) 2>/dev/null || true) ;;
    regex)
      # Pattern and text pairs, and README paragraphs (no NUL: the first byte picks a built-in pattern).
      # FUZZ_REGEX_READMES names the folders whose paragraphs seed it: CI's short runs take the
      # Examples alone, since replaying corpus-dev's thousands of paragraphs in a debug build takes minutes.
      files=$(find Fuzz/Seeds/regex -type f 2>/dev/null || true)
      local readme paragraph
      # shellcheck disable=SC2086
      for readme in $(find ${FUZZ_REGEX_READMES:-Examples ../shared/corpus-dev} -name 'README.md' -type f 2>/dev/null || true); do
        awk -v dir="$dir" 'BEGIN { RS = "" } length($0) > 40 && length($0) < 2000 { print > (dir "/.paragraph" NR) }' "$readme"
        for paragraph in "$dir"/.paragraph*; do
          [ -f "$paragraph" ] && mv "$paragraph" "$dir/$(sha1sum "$paragraph" | cut -c1-40)"
        done
      done ;;
  esac
  local file
  while IFS= read -r file; do
    [ -n "$file" ] && [ -f "$file" ] || continue
    cp "$file" "$dir/$(sha1sum "$file" | cut -c1-40)"
  done <<< "$files"
}

[ $# -ge 1 ] || usage
case $1 in
  --check) have_libfuzzer; exit ;;
  --build) build; exit ;;
esac
target=$1; shift
[[ " $targets " == *" $target "* ]] || { echo "fuzz.sh: unknown target '$target'" >&2; usage; }
[ $# -ge 1 ] || usage
# FUZZ_PREBUILT=1: the caller has just built the harness (--build), as CI does once for its seven runs.
if [ "${FUZZ_PREBUILT:-}" = 1 ] && [ -x "$binary" ]; then :; else build; fi

export CASELINT_FUZZ_TARGET=$target
# A Swift trap then shows as libFuzzer's deadly signal with a symbolised stack; the runtime's own
# backtracer reads memory in ways AddressSanitizer reports as a crash of its own.
export SWIFT_BACKTRACE=enable=no
# Leaks are checked on every input that allocates more than it frees, and at exit; the suppressions
# file lists the only known leak (in Foundation, bounded) and why.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/Fuzz/lsan-suppressions.txt:print_suppressions=0}

if [ "$1" = "--replay" ]; then
  shift
  [ $# -ge 1 ] || usage
  exec "$binary" -timeout="${FUZZ_TIMEOUT:-1}" "$@"
fi

seconds=$1; shift
corpus=$work/corpus/$target
crashes=$work/crashes/$target
mkdir -p "$corpus" "$crashes"
seed "$target" "$corpus"
# A full lint of an 8 KB README takes about 3 ms under AddressSanitizer (300 executions a second);
# pass -max_len=4096 for a long run that needs executions more than size. The other formats are small files.
case $target in
  markdown) max_len=8192 ;;
  dicom) max_len=8192 ;;
  *) max_len=4096 ;;
esac
case $target in
  manifest|config|frontmatter) dictionary=Fuzz/Dictionaries/yaml.dict ;;
  *) dictionary=Fuzz/Dictionaries/$target.dict ;;
esac
dict_flag=()
[ -f "$dictionary" ] && dict_flag=(-dict="$dictionary")

echo "== fuzzing $target for ${seconds}s (corpus $corpus: $(ls "$corpus" | wc -l) inputs)" >&2
log=$work/$target.log
set +e
"$binary" "$corpus" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-1}" -rss_limit_mb=2048 -max_len="$max_len" \
  -artifact_prefix="$crashes/" -print_final_stats=1 "${dict_flag[@]}" "$@" 2>&1 | tee "$log" | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^(INFO: Loaded|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)"
status=${PIPESTATUS[0]}
set -e
stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
runs=$(stat number_of_executed_units)
speed=$(stat average_exec_per_sec)
last=$(grep -E "^#[0-9]+" "$log" | tail -1)
cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
units=$(ls "$corpus" | wc -l)
echo "fuzz $target: ${runs:-?} executions, ${speed:-?} exec/s, cov ${cov:-?} ft ${ft:-?}, corpus $units inputs," \
  "slowest input $(stat slowest_unit_time_sec)s, peak RSS $(stat peak_rss_mb) MB, exit $status"
if [ "$status" != 0 ]; then
  # The sanitizer's report: from its first error line, without the stack frames of libFuzzer itself.
  sed -n '/ERROR: \|==ERROR\|deadly signal\|Slowest unit\|timeout after/,$p' "$log" | grep -v -e "compiler-rt/lib/fuzzer" -e "^stat::" | head -n 60 >&2
  echo "fuzz $target FAILED: the input is in $crashes/ (replay: Scripts/fuzz.sh $target --replay FILE; full log $log)" >&2
  exit 1
fi
