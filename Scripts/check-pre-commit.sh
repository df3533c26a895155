#!/usr/bin/env bash
# Checks the pre-commit hooks with the real pre-commit, as a user meets them: a git repository
# whose root is a copy of one Example project.
#
#   1. language: swift — `pre-commit try-repo` against this repository (built by pre-commit):
#      the first draft fails both hooks and shows findings with file and line; a finished case
#      study passes both; a commit touching no case-study file skips them.
#   2. the pip route — a local hook with language: python installing the caselint wheel from
#      WHEEL_DIR (additional_dependencies), as the README documents it.
#
# Usage: Scripts/check-pre-commit.sh WHEEL_DIR     (needs pre-commit, git and Swift on PATH)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
wheels=$(cd "${1:?usage: Scripts/check-pre-commit.sh WHEEL_DIR}" && pwd)
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

project draft readmission-first-draft
project finished chest-xray-triage

echo "== language: swift, through pre-commit try-repo (the first run builds caselint)"
started=$(date +%s)
expect 1 "$work/draft" pre-commit try-repo "$repo" caselint --all-files
echo "   (pre-commit's build and first run: $(( $(date +%s) - started )) s)"
shows "README.md:1:1: error:"
shows "[section.data]"
shows "case-study.yaml:3:1: warning:"
expect 1 "$work/draft" pre-commit try-repo "$repo" caselint-score --all-files
shows "/100  not ready"
expect 0 "$work/finished" pre-commit try-repo "$repo" caselint --all-files
expect 0 "$work/finished" pre-commit try-repo "$repo" caselint-score --all-files
echo "notes" > "$work/draft/NOTES.txt"
(cd "$work/draft" && gitc add NOTES.txt)
expect 0 "$work/draft" pre-commit try-repo "$repo" caselint --files NOTES.txt
shows "(no files to check)"

echo "== the pip route: a local hook installing the wheel (no Swift needed by the hook)"
files=$(sed -nE "0,/^  files: /s/^  files: '(.*)'$/\1/p" "$repo/.pre-commit-hooks.yaml")
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
