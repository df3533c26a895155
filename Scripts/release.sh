#!/usr/bin/env bash
# Builds a caselint release for this machine's architecture into dist/:
#
#   dist/caselint-VERSION-linux-ARCH.tar.gz         caselint (self-contained), LICENSE, README.md
#   dist/caselint-VERSION-py3-none-manylinux_*.whl  the same executable as a Python wheel
#   and a .sha256 beside each (check with: cd dist && sha256sum -c FILE.sha256)
#
# The executable links the Swift runtime statically (--static-swift-stdlib), so it needs only the
# C runtime (libc, libm, libstdc++, libgcc_s) and runs with an empty environment; both are checked
# before anything is written. Builds in .build-release/, never touching the debug build in .build/.
#
# Usage: Scripts/release.sh [--no-wheel]
#   --no-wheel  only the tarball (the wheel's build backend, hatchling, comes from PyPI)
# Needs Swift 6, strip, and for the wheel Python 3.8+ with pip. File times inside the tarball and
# the wheel come from SOURCE_DATE_EPOCH, by default the last commit's time.
set -euo pipefail
cd "$(dirname "$0")/.."

wheel=yes
for argument in "$@"; do
  case "$argument" in
    --no-wheel) wheel=no ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "release.sh: unknown option '$argument' (try --help)" >&2; exit 2 ;;
  esac
done

scratch=.build-release
version=$(sed -nE 's/.*version = "([^"]+)".*/\1/p' Sources/CaseLintKit/Support/Version.swift)
arch=$(uname -m)
name="caselint-$version-linux-$arch"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}"
fail() { echo "release.sh: $*" >&2; exit 1; }
seconds() { echo $(( $(date +%s) - $1 )); }

echo "== static release build of caselint $version ($scratch)"
started=$(date +%s)
swift build -c release --static-swift-stdlib --product caselint --scratch-path "$scratch"
echo "release build: $(seconds "$started") s"

stage="$scratch/stage"
rm -rf "$stage"
mkdir -p "$stage/$name"
binary="$stage/$name/caselint"
cp "$scratch/release/caselint" "$binary"
strip "$binary"

echo "== checks: only the C runtime is linked, and it runs with an empty environment"
ldd "$binary"
foreign=$(ldd "$binary" | awk '{print $1}' | grep -Ev '^(linux-vdso\.so\.1|/?.*ld-linux[-a-z0-9_]*\.so\.[0-9]+|lib(c|m|dl|rt|pthread|util)\.so\.[0-9]+|libstdc\+\+\.so\.6|libgcc_s\.so\.1)$' || true)
[ -z "$foreign" ] || fail "the executable links libraries beyond the C runtime: $foreign"
printed=$(env -i "$binary" --version)
[ "$printed" = "$version" ] || fail "'caselint --version' printed '$printed' with an empty environment, expected $version"
env -i "$binary" lint Examples/chest-xray-triage > /dev/null \
  || fail "the stripped executable does not lint Examples/chest-xray-triage with an empty environment"
echo "ok: $(du -h "$binary" | cut -f1) stripped, runs with env -i"

mkdir -p dist
rm -f "dist/$name.tar.gz" "dist/$name.tar.gz.sha256" "dist/caselint-$version-"*.whl "dist/caselint-$version-"*.whl.sha256

echo "== dist/$name.tar.gz"
cp LICENSE README.md "$stage/$name/"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -C "$stage" -cf - "$name" \
  | gzip -n -9 > "dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")

if [ "$wheel" = yes ]; then
  echo "== dist/caselint-$version-*.whl"
  started=$(date +%s)
  tools="$scratch/wheel-tools"
  [ -x "$tools/bin/python" ] || python3 -m venv "$tools"
  "$tools/bin/python" -m pip install --quiet --disable-pip-version-check "build>=1.2"
  CASELINT_BINARY="$PWD/$binary" "$tools/bin/python" -m build --wheel --outdir dist . > "$scratch/wheel-build.log" 2>&1 \
    || { cat "$scratch/wheel-build.log" >&2; fail "the wheel did not build"; }
  for file in dist/caselint-"$version"-*.whl; do
    (cd dist && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
  done
  echo "wheel build: $(seconds "$started") s"
fi

echo "== written"
ls -l dist/caselint-"$version"-*
