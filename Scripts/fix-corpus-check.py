#!/usr/bin/env python3
"""Checks `caselint fix` on copies of real READMEs, the way issue 11 defines done:

  fix-corpus-check.py BIN CORPUS_DIR [PROJECT_DIR...]

Every CORPUS_DIR/*/README.md (and each PROJECT_DIR, copied whole) is copied into a temporary
portfolio; nothing is written where the originals live. Then `BIN fix` runs on the portfolio, and:

  1. `BIN lint --format json` lists all six parts and a disclaimer in every project's facts
     (a part may be a placeholder; it may not be missing);
  2. every original line of every README is still there, in order, unchanged (line endings too);
  3. a second `BIN fix` changes no byte of any file;
  4. `BIN fix --diff`, applied to a pristine copy with `git apply`, gives the same bytes as `fix`.

Prints the counts and exits 1 when any project fails any check. Needs only the standard library.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

PARTS = ["problem", "data", "approach", "evaluation", "risks", "next_steps"]


def lines_with_endings(data):
    """Splits like caselint's scanner: LF, CRLF and CR each end a line."""
    lines, start, i = [], 0, 0
    while i < len(data):
        if data[i] in (0x0A, 0x0D):
            end = i + 1
            if data[i] == 0x0D and end < len(data) and data[end] == 0x0A:
                end += 1
            lines.append(data[start:end])
            start = i = end
            continue
        i += 1
    if start < len(data):
        lines.append(data[start:])
    return lines


def original_lines_kept(before, after):
    """Each line of `before` occurs in `after`, in order, byte for byte; a last line that had no
    line break may have gained one (text was added after it)."""
    old, new = lines_with_endings(before), lines_with_endings(after)
    position = 0
    for index, line in enumerate(old):
        last_without_break = index == len(old) - 1 and not line.endswith((b"\n", b"\r"))
        while position < len(new):
            candidate = new[position]
            position += 1
            if candidate == line or (last_without_break and candidate.rstrip(b"\r\n") == line):
                break
        else:
            return False
    return True


def tree_digest(root):
    digest = hashlib.sha256()
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            digest.update(os.path.relpath(path, root).encode())
            with open(path, "rb") as handle:
                digest.update(handle.read())
    return digest.hexdigest()


def run(arguments):
    return subprocess.run(arguments, capture_output=True)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpus, extra = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    scratch = tempfile.mkdtemp(prefix="caselint-fix-check-")
    portfolio = os.path.join(scratch, "portfolio")
    os.mkdir(portfolio)
    originals = {}
    try:
        for name in sorted(os.listdir(corpus)):
            readme = os.path.join(corpus, name, "README.md")
            if os.path.isfile(readme):
                os.mkdir(os.path.join(portfolio, name))
                shutil.copyfile(readme, os.path.join(portfolio, name, "README.md"))
        for project in extra:
            shutil.copytree(project, os.path.join(portfolio, os.path.basename(os.path.normpath(project))))
        for name in sorted(os.listdir(portfolio)):
            with open(os.path.join(portfolio, name, "README.md"), "rb") as handle:
                originals[name] = handle.read()

        pristine = os.path.join(scratch, "pristine")
        os.mkdir(pristine)
        shutil.copytree(portfolio, os.path.join(pristine, "portfolio"))
        diff = subprocess.run([binary, "fix", "--diff", "portfolio"], capture_output=True, cwd=scratch)
        with open(os.path.join(pristine, "fix.patch"), "wb") as handle:
            handle.write(diff.stdout)

        first = run([binary, "fix", portfolio])
        if first.returncode not in (0, 1):
            sys.exit(f"caselint fix exited {first.returncode}: {first.stderr.decode()}")
        digest = tree_digest(portfolio)
        second = run([binary, "fix", portfolio])
        idempotent = second.returncode in (0, 1) and tree_digest(portfolio) == digest

        applied = subprocess.run(["git", "apply", "--unsafe-paths", "fix.patch"], capture_output=True, cwd=pristine)
        patch_matches = applied.returncode == 0 and tree_digest(os.path.join(pristine, "portfolio")) == digest

        lint = run([binary, "lint", "--format", "json", portfolio])
        report = json.loads(lint.stdout)
        failures = []
        complete = disclaimed = kept = 0
        for project in report["projects"]:
            name = os.path.basename(project["path"])
            facts = project["facts"]
            missing = [part for part in PARTS if facts["sections"].get(part) is None]
            if missing:
                failures.append(f"{name}: parts still missing after fix: {', '.join(missing)}")
            else:
                complete += 1
            if facts.get("disclaimer") is None:
                failures.append(f"{name}: no disclaimer after fix")
            else:
                disclaimed += 1
            with open(os.path.join(portfolio, name, "README.md"), "rb") as handle:
                fixed = handle.read()
            if original_lines_kept(originals[name], fixed):
                kept += 1
            else:
                failures.append(f"{name}: an original line is missing, changed or out of order")
        total = len(report["projects"])
        print(f"projects: {total}")
        print(f"all six parts in facts: {complete}/{total}")
        print(f"disclaimer in facts: {disclaimed}/{total}")
        print(f"original lines kept in order: {kept}/{total}")
        print(f"second fix changed nothing: {'yes' if idempotent else 'NO'}")
        print(f"fix --diff applied with git apply gives the same files: {'yes' if patch_matches else 'NO ' + applied.stderr.decode()[:300]}")
        for failure in failures:
            print(f"FAIL {failure}")
        if failures or not idempotent or not patch_matches or total != len(originals):
            sys.exit(1)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
