#!/usr/bin/env bash
# Benchmark `caselint lint --format json` on a synthetic corpus of healthcare-AI projects.
#
# Usage:
#   Scripts/bench.sh [--corpus DIR] [--n N] [--seed S] [--runs R] [--scratch-path DIR] [--no-build]
#   Scripts/bench.sh --engine [bench_engine.py options]
#
#   --engine            the engine's numbers instead (Scripts/bench_engine.py): speed against
#                       rumdl interleaved (median of 5), peak memory at 10,000 and 20,000
#                       projects per format, start-up against --version (median of 20)
#
#   --corpus DIR        lint this corpus; it is generated there first if DIR is missing or empty
#                       (default: a fresh temp dir, deleted on exit)
#   --n N               number of projects to generate (default 10000, ~8 KB README each)
#   --seed S            generator seed (default 7)
#   --runs R            number of timed lint runs (default 3)
#   --scratch-path DIR  passed to `swift build` (default: the package's .build)
#   --no-build          skip `swift build`, use the existing release binary
#
# Reports wall time per run, best and median, projects/s and README MB/s, peak RSS
# (needs GNU /usr/bin/time: `apt-get install time`), and a `grep -r` reference time.
# Exit code 1 from caselint is expected (the corpus has findings); anything else fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS=""
N=10000
SEED=7
RUNS=3
SCRATCH=""
BUILD=1

die() { echo "bench: $*" >&2; exit 2; }

if [[ "${1:-}" == "--engine" ]]; then
    shift
    cd "$ROOT"
    swift build -c release --product caselint > /dev/null
    exec python3 "$ROOT/Scripts/bench_engine.py" "$@"
fi

while [[ $# -gt 0 ]]; do
    case "$1" in
        --corpus) CORPUS="${2:?--corpus needs a directory}"; shift 2 ;;
        --corpus=*) CORPUS="${1#*=}"; shift ;;
        --n) N="${2:?--n needs a number}"; shift 2 ;;
        --n=*) N="${1#*=}"; shift ;;
        --seed) SEED="${2:?--seed needs a number}"; shift 2 ;;
        --seed=*) SEED="${1#*=}"; shift ;;
        --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
        --runs=*) RUNS="${1#*=}"; shift ;;
        --scratch-path) SCRATCH="${2:?--scratch-path needs a directory}"; shift 2 ;;
        --scratch-path=*) SCRATCH="${1#*=}"; shift ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument: $1 (try --help)" ;;
    esac
done
[[ "$N" =~ ^[0-9]+$ && "$N" -gt 0 ]] || die "--n must be a positive integer"
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -gt 0 ]] || die "--runs must be a positive integer"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/caselint-bench.XXXXXX")"
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT

# ---- build ------------------------------------------------------------------
SWIFT_ARGS=(-c release)
[[ -n "$SCRATCH" ]] && SWIFT_ARGS+=(--scratch-path "$SCRATCH")
cd "$ROOT"
if [[ "$BUILD" -eq 1 ]]; then
    echo "==> swift build ${SWIFT_ARGS[*]}"
    if ! swift build "${SWIFT_ARGS[@]}" > "$TMP/build.log" 2>&1; then
        tail -n 40 "$TMP/build.log" >&2
        die "swift build failed"
    fi
fi
BIN="$(swift build "${SWIFT_ARGS[@]}" --show-bin-path)/caselint"
[[ -x "$BIN" ]] || die "no binary at $BIN (build first or drop --no-build)"

# ---- corpus -----------------------------------------------------------------
if [[ -z "$CORPUS" ]]; then
    CORPUS="$TMP/corpus"
fi
if [[ -d "$CORPUS" ]] && [[ -n "$(ls -A "$CORPUS" 2>/dev/null)" ]]; then
    echo "==> reusing corpus $CORPUS"
else
    echo "==> generating $N projects into $CORPUS (seed $SEED)"
    python3 "$ROOT/Scripts/gen-bench-corpus.py" --n "$N" --out "$CORPUS" --seed "$SEED"
fi
PROJECTS="$(find "$CORPUS" -mindepth 2 -maxdepth 2 -name README.md | wc -l)"
BYTES="$(find "$CORPUS" -mindepth 2 -maxdepth 2 -name README.md -printf '%s\n' | awk '{s+=$1} END {printf "%d", s}')"
MANIFESTS="$(find "$CORPUS" -mindepth 2 -maxdepth 2 -name case-study.yaml | wc -l)"
[[ "$PROJECTS" -gt 0 ]] || die "no projects (*/README.md) under $CORPUS"
printf '    %d projects, %d manifests, README bytes %d (%.1f MB)\n' \
    "$PROJECTS" "$MANIFESTS" "$BYTES" "$(awk -v b="$BYTES" 'BEGIN {print b / 1e6}')"

# ---- timing helper ----------------------------------------------------------
HAVE_TIME=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%e' true 2>/dev/null; then
    HAVE_TIME=1
else
    echo "    note: GNU /usr/bin/time not found (apt-get install time); peak RSS will not be reported"
fi

# run_timed ERRFILE CMD... : runs CMD with stdout to /dev/null, stderr to ERRFILE;
# sets RC, WALL (seconds) and RSS (KB, or "" if unknown).
run_timed() {
    local errf="$1"; shift
    local tf="$TMP/time.out"
    RC=0
    if [[ "$HAVE_TIME" -eq 1 ]]; then
        /usr/bin/time -f '%e %M' -o "$tf" "$@" > /dev/null 2> "$errf" || RC=$?
        read -r WALL RSS < <(tail -n 1 "$tf")
    else
        local start end
        start="$(date +%s.%N)"
        "$@" > /dev/null 2> "$errf" || RC=$?
        end="$(date +%s.%N)"
        WALL="$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')"
        RSS=""
    fi
}

# ---- lint runs --------------------------------------------------------------
echo "==> $BIN lint --format json CORPUS  ($RUNS runs)"
WALLS=()
PEAK=0
for i in $(seq 1 "$RUNS"); do
    run_timed "$TMP/lint.err" "$BIN" lint --format json "$CORPUS"
    if [[ "$RC" -ne 0 && "$RC" -ne 1 ]]; then
        echo "bench: caselint exited with code $RC; stderr (last 40 lines):" >&2
        tail -n 40 "$TMP/lint.err" >&2
        exit 1
    fi
    WALLS+=("$WALL")
    if [[ -n "$RSS" ]]; then
        if (( RSS > PEAK )); then PEAK="$RSS"; fi
        printf '    run %d: %6.2f s   exit %d   peak RSS %.1f MB\n' "$i" "$WALL" "$RC" "$(awk -v k="$RSS" 'BEGIN {print k / 1024}')"
    else
        printf '    run %d: %6.2f s   exit %d\n' "$i" "$WALL" "$RC"
    fi
done

read -r BEST MEDIAN < <(printf '%s\n' "${WALLS[@]}" | sort -g | awk '
    {v[NR] = $1} END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%s %s\n", v[1], m }')

rate() {  # rate COUNT SECONDS DIVISOR -> COUNT / DIVISOR / SECONDS
    awk -v c="$1" -v s="$2" -v d="$3" 'BEGIN { if (s > 0) printf "%.1f", c / d / s; else print "inf" }'
}

# ---- grep reference ---------------------------------------------------------
run_timed "$TMP/grep.err" grep -c -r -i accuracy "$CORPUS" --include=README.md
GREP_WALL="$WALL"

echo
echo "Results ($PROJECTS projects, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB of README)"
printf '  best:    %6.2f s   %10s projects/s   %8s MB/s\n' "$BEST" "$(rate "$PROJECTS" "$BEST" 1)" "$(rate "$BYTES" "$BEST" 1e6)"
printf '  median:  %6.2f s   %10s projects/s   %8s MB/s\n' "$MEDIAN" "$(rate "$PROJECTS" "$MEDIAN" 1)" "$(rate "$BYTES" "$MEDIAN" 1e6)"
if [[ "$HAVE_TIME" -eq 1 ]]; then
    printf '  peak RSS: %.1f MB\n' "$(awk -v k="$PEAK" 'BEGIN {print k / 1024}')"
fi
printf '  reference: grep -c -r -i accuracy --include=README.md: %.2f s (%s MB/s)\n' \
    "$GREP_WALL" "$(rate "$BYTES" "$GREP_WALL" 1e6)"
