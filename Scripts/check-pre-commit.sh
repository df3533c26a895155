#!/usr/bin/env bash
# Checks the pre-commit hooks with the real pre-commit, as a user meets them: a git repository
# whose root is a copy of one Example project.
#
#   1. language: swift — each project's .pre-commit-config.yaml points at this repository and a
#      `rev`, as a user's does, and pre-commit builds caselint from it: the first draft fails both
#      hooks and shows findings with file and line; a finished case study passes both. The two
#      projects share one pre-commit store, so caselint is built once, as on a user's machine
#      (`pre-commit try-repo` starts from an empty store every run and would build it twice);
#      which paths run the hooks is checked on the files pattern directly.
#   2. the pip route — a local hook with language: python installing the caselint wheel from
#      WHEEL_DIR (additional_dependencies), as the README documents it.
#
# With BINARY (CI passes the release build Scripts/release.sh has just made from this source),
# pre-commit's one install step for the swift hooks, `swift build --package-path CLONE -c release
# --build-path DIR`, is answered by a stand-in `swift` on PATH: it checks that pre-commit asks for
# exactly that build, of its clone at the revision under test, and puts BINARY where that build
# leaves caselint (DIR/release/caselint). The rest is pre-commit's own: cloning the rev, reading
# .pre-commit-hooks.yaml, the environment's PATH, entry, args and files. Not repeated is compiling
# the same source in release a second time (5 minutes on 2 cores), which the release build has just
# proved; it differs only in linking the Swift runtime statically. Without BINARY, pre-commit
# builds caselint with Swift, as on a user's machine.
#
# Usage: Scripts/check-pre-commit.sh WHEEL_DIR [BINARY]   (needs pre-commit and git; Swift without BINARY)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
wheels=$(cd "${1:?usage: Scripts/check-pre-commit.sh WHEEL_DIR [BINARY]}" && pwd)
prebuilt=""
if [ -n "${2:-}" ]; then
  prebuilt=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
  [ -x "$prebuilt" ] || { echo "check-pre-commit.sh: no executable at $2" >&2; exit 2; }
fi
version=$(sed -nE 's/.*version = "([^"]+)".*/\1/p' "$repo/Sources/CaseLintKit/Support/Version.swift")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/pre-commit-home" PRE_COMMIT_COLOR=never
gitc() { git -c user.name=caselint-ci -c user.email=ci@caselint.invalid -c init.defaultBranch=main "$@"; }

# project NAME EXAMPLE: a new git repository holding a copy of Examples/EXAMPLE at its root
project() {
  mkdir "$work/$1"
  cp -R "$repo/Examples/$2/." "$work/$1/"
  (cd "$work/$1" && gitc init -q && gitc add -A && gitc commit -qm "copy of Examples/$2")
}

# expect STATUS DIR COMMAND...: run in DIR, keep the output in $work/out, check the exit status
expect() {
  local want=$1 dir=$2; shift 2
  set +e; (cd "$dir" && "$@") > "$work/out" 2>&1; local got=$?; set -e
  if [ "$got" != "$want" ]; then
    echo "FAILED: '$*' in $dir exited $got, expected $want" >&2
    cat "$work/out" >&2
    exit 1
  fi
  echo "ok: '$*' in $(basename "$dir") exited $got"
}
shows() {  # shows TEXT: the last command's output holds TEXT
  grep -qF -- "$1" "$work/out" || { echo "FAILED: the output lacks '$1':" >&2; cat "$work/out" >&2; exit 1; }
}

# The revision to use: HEAD, or with uncommitted changes to tracked files, a commit of them that
# leaves the work tree alone (git fetches a commit by its id, so no branch or tag is needed).
ref=$(git -C "$repo" stash create)
ref=${ref:-$(git -C "$repo" rev-parse HEAD)}

# Two projects, each with the hooks of this repository at $ref in its .pre-commit-config.yaml.
project draft readmission-first-draft
project finished chest-xray-triage
for name in draft finished; do
  cat > "$work/$name/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $repo
    rev: $ref
    hooks:
      - id: caselint
      - id: caselint-score
EOF
  (cd "$work/$name" && gitc add .pre-commit-config.yaml)
done

install_path=$PATH
if [ -n "$prebuilt" ]; then
  # The stand-in for `swift` while pre-commit installs the hooks (see the top); it reads what it
  # checks from the environment, which pre-commit passes on.
  mkdir "$work/stand-in"
  cat > "$work/stand-in/swift" <<'SH'
#!/usr/bin/env bash
set -euo pipefail
if [ $# != 7 ] || [ "$1 $2 $4 $5 $6" != "build --package-path -c release --build-path" ]; then
  echo "stand-in swift: pre-commit asked for 'swift $*', not the release build this check answers" >&2
  exit 1
fi
head=$(git -C "$3" rev-parse HEAD)
[ "$head" = "$CASELINT_STAND_IN_REF" ] || { echo "stand-in swift: pre-commit cloned $head, not $CASELINT_STAND_IN_REF" >&2; exit 1; }
mkdir -p "$7/release"
cp "$CASELINT_STAND_IN_BINARY" "$7/release/caselint"
echo "swift $*" > "$CASELINT_STAND_IN_LOG"
SH
  chmod +x "$work/stand-in/swift"
  install_path="$work/stand-in:$PATH"
  echo "== language: swift, pre-commit installing caselint from this repository once (one store for both projects; its swift build answered with the release build)"
else
  echo "== language: swift, pre-commit building caselint from this repository once (one store for both projects)"
fi
export CASELINT_STAND_IN_REF="$ref" CASELINT_STAND_IN_BINARY="$prebuilt" CASELINT_STAND_IN_LOG="$work/stand-in.log"
installing() { PATH="$install_path" "$@"; }  # the command, the stand-in (if any) first on PATH
started=$(date +%s)
expect 1 "$work/draft" installing pre-commit run --all-files
echo "   ($(( $(date +%s) - started )) s)"
if [ -n "$prebuilt" ]; then
  [ -s "$work/stand-in.log" ] || { echo "FAILED: pre-commit installed the hooks without running swift build" >&2; exit 1; }
  echo "ok: pre-commit ran '$(cat "$work/stand-in.log")' (answered with $prebuilt)"
fi
cat "$work/out"
shows "caselint......"
shows "caselint score......"
shows "README.md:1:1: error:"
shows "[section.data]"
shows "case-study.yaml:3:1: warning:"
shows "/100  not ready"
started=$(date +%s)
expect 0 "$work/finished" pre-commit run --all-files
echo "   ($(( $(date +%s) - started )) s: the environment built for the draft serves again)"
[ "$(grep -c "Passed$" "$work/out")" = 2 ] || { echo "FAILED: expected both hooks to pass:" >&2; cat "$work/out" >&2; exit 1; }

echo "== the hooks' files pattern: what a commit must touch for them to run"
files=$(sed -nE "0,/^  files: /s/^  files: '(.*)'$/\1/p" "$repo/.pre-commit-hooks.yaml")
python3 - "$files" <<'PY'
import re, sys
pattern = re.compile(sys.argv[1])
run = ["README.md", "readme.markdown", "folio/ward/README.md", "case-study.yaml", "p/case-study.yml", ".caselint.yml",
       "p/.caselint.yaml", "data/sample.csv", "p/data/vitals.TSV", "data/x.json", "data/x.jsonl", "scans/a.dcm", "b.DICOM"]
skip = ["NOTES.txt", "src/p/train.py", "docs/architecture.md", "README.rst", "mycase-study.yaml", "data/x.parquet"]
wrong = [p for p in run if not pattern.search(p)] + [p for p in skip if pattern.search(p)]
if wrong:
    sys.exit(f"FAILED: the files pattern decides wrongly for {wrong}")
print(f"ok: {len(run)} case-study paths run the hooks, {len(skip)} other paths do not")
PY
for hook in caselint caselint-score; do
  [ "$(sed -nE "/^- id: $hook\$/,/^\$/s/^  files: '(.*)'\$/\1/p" "$repo/.pre-commit-hooks.yaml")" = "$files" ] \
    || { echo "FAILED: the hook $hook has another files pattern" >&2; exit 1; }
done

echo "== the pip route: a local hook installing the wheel (no Swift needed by the hook)"
cat > "$work/draft/.pre-commit-config.yaml" <<EOF
repos:
  - repo: local
    hooks:
      - id: caselint
        name: caselint
        entry: caselint lint --changed-files
        language: python
        additional_dependencies: ["caselint==$version"]
        files: '$files'
        require_serial: true
EOF
(cd "$work/draft" && gitc add .pre-commit-config.yaml)
export PIP_FIND_LINKS="$wheels"
expect 1 "$work/draft" pre-commit run caselint --all-files
unset PIP_FIND_LINKS
shows "README.md:1:1: error:"
echo "pre-commit hooks: ok"
