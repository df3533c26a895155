#!/usr/bin/env bash
# The baseline on real READMEs (issue 11): on copies of the development corpus's projects, a
# baseline written today makes `lint --baseline` exit 0; ten lines inserted at the top of every
# README (after its front matter, if it has some) keep it at 0; deleting one project's disclaimer
# makes it fail with exactly that finding.
# Usage: Scripts/baseline-corpus.sh [BIN] [CORPUS]   (defaults: .build/debug/caselint, ../shared/corpus-dev)
# Works on a temporary copy; never writes into CORPUS. Needs python3 to read the JSON reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(cd "$(dirname "${1:-.build/debug/caselint}")" && pwd)/$(basename "${1:-.build/debug/caselint}")
corpus=${2:-../shared/corpus-dev}
[ -x "$bin" ] || { echo "baseline-corpus: no caselint binary at $bin (swift build first)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "baseline-corpus: no corpus at $corpus" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
for project in "$corpus"/*/; do
  [ -f "$project/README.md" ] && cp -R "$project" "$work/corpus/"
done
cd "$work"
projects=$(ls corpus | wc -l | tr -d ' ')

fail() { echo "baseline-corpus: FAILED: $*" >&2; exit 1; }
status() { set +e; "$@" > out.txt 2> err.txt; local got=$?; set -e; echo "$got"; }

start=$(date +%s.%N)
[ "$(status "$bin" lint --write-baseline baseline.json corpus)" = 0 ] || fail "lint --write-baseline did not exit 0: $(cat err.txt)"
written=$(grep -o 'wrote [0-9]* findings ([0-9]* entries)' err.txt)
[ "$(status "$bin" lint --baseline baseline.json corpus)" = 0 ] || fail "lint --baseline right after writing it: $(cat out.txt)"
end=$(date +%s.%N)
echo "ok: $projects projects, $written; lint --baseline exits 0 (write + check: $(python3 -c "print(round($end - $start, 2))") s)"

# Ten lines at the top of every README: nine of text and a blank one, so a setext title stays a title.
# YAML front matter only counts on line 1, so in a README that has some they go right after it.
python3 - <<'PY'
import glob
note = "".join(f"Line {n} of a note added above the title.\n" for n in range(1, 10)) + "\n"
for path in glob.glob("corpus/*/README.md"):
    text = open(path, encoding="utf-8", newline="").read()
    lines = text.splitlines(keepends=True)
    at = 0
    if lines and lines[0].rstrip("\r\n") == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r\n") in ("---", "...")), None)
        if end is not None:
            at = end + 1
    open(path, "w", encoding="utf-8", newline="").write("".join(lines[:at]) + note + "".join(lines[at:]))
PY
[ "$(status "$bin" lint --baseline baseline.json --format json corpus)" = 0 ] || fail "ten lines at the top brought findings back: $(head -c 2000 out.txt)"
grep -q '"gone": \[\]' out.txt || fail "entries went missing after inserting lines: $(cat err.txt)"
echo "ok: ten lines inserted at the top of $projects READMEs, lint --baseline still exits 0 and no entry is gone"

# The first project (by name) whose disclaimer is a paragraph of its own on one line loses that line.
"$bin" lint --format json corpus > report.json || true
target=$(python3 - <<'PY'
import json
for project in sorted(json.load(open("report.json"))["projects"], key=lambda p: p["path"]):
    disclaimer = project["facts"]["disclaimer"]
    if not disclaimer:
        continue
    lines = open(project["path"] + "/README.md", encoding="utf-8").read().split("\n")
    n = disclaimer["line"]
    if not lines[n - 2].strip() and (n >= len(lines) or not lines[n].strip()):
        print(project["path"], n)
        break
PY
)
[ -n "$target" ] || fail "no project with a one-line disclaimer paragraph"
read -r path line <<< "$target"
sed -i.bak "${line}d" "$path/README.md" && rm "$path/README.md.bak"
[ "$(status "$bin" lint --baseline baseline.json --format json corpus)" = 1 ] || fail "deleting the disclaimer of $path did not fail the lint"
python3 - "$path" <<'PY'
import json, sys
report = json.load(open("out.txt"))
found = [(p["path"], d["rule"], d["file"]) for p in report["projects"] + report["portfolios"] for d in p["diagnostics"]]
expected = [(sys.argv[1], "disclaimer.clinical-use", "README.md")]
if found != expected:
    sys.exit(f"baseline-corpus: FAILED: expected exactly {expected}, got {found}")
PY
echo "ok: deleting the disclaimer of $(basename "$path") (line $line) fails lint --baseline with exactly that one finding"
