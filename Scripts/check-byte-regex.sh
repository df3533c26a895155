#!/usr/bin/env bash
# Differential check of ByteRegex against NSRegularExpression on real READMEs: every built-in
# pattern on every ASCII sentence and paragraph of every README.md under the given folders (default:
# ../shared/corpus-dev and Examples). Match ranges must be identical; a difference fails the test.
#
#   Scripts/check-byte-regex.sh [FOLDER...]
set -euo pipefail
cd "$(dirname "$0")/.."
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(../shared/corpus-dev Examples)
corpus=""
for folder in "${folders[@]}"; do
  [ -d "$folder" ] || { echo "check-byte-regex.sh: no folder $folder" >&2; exit 2; }
  corpus="${corpus:+$corpus:}$(cd "$folder" && pwd)"
done
BYTE_REGEX_CORPUS=$corpus swift test --filter ByteRegexCorpusTests 2>&1 | grep -E "byte regex corpus|error|Executed .* tests" | sort -u
test "${PIPESTATUS[0]}" -eq 0
