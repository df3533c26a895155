#!/usr/bin/env python3
"""Compare the headings caselint's Markdown scanner finds with a CommonMark reference parser.

Dev tool, not shipped. Needs:  pip install markdown-it-py mdit-py-plugins

    Scripts/heading-oracle.py .build/debug/caselint DIR_OR_FILE [...] [--quiet] [--show-text]

Directories are walked for README.md / readme.md (any case) and *.markdown files. For each file
the top-level ATX and setext headings (not inside a list item or block quote) are compared:

  caselint:    `caselint outline --json`, kinds atx + setext, nested == false
  reference:   markdown-it-py "commonmark" + tables + YAML front matter, heading_open tokens at
               nesting level 0, line = token.map[0] + 1 (a setext heading's first paragraph line)

A heading matches when both sides have one at the same line with the same level. Prints the
mismatches per file, then
  heading agreement: N/M files identical, H/K headings matched (xx.x%)
where K counts distinct heading lines found by either side. Text is compared separately, exactly
and loosely (case, punctuation and spacing ignored), on its own line; it does not affect the exit
code. Exits 1 when heading agreement is below 100%, 2 on usage errors.

Where markdown-it departs from CommonMark/GitHub, caselint follows GitHub; rare cases can then
differ: a `>` indented four or more columns after a quote (markdown-it continues the quote), and
`- a | b` over an indented `--|--` (markdown-it makes a top-level table, GitHub one inside the item).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

try:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin
except ImportError:
    print("heading-oracle: needs `pip install markdown-it-py mdit-py-plugins`", file=sys.stderr)
    sys.exit(2)

BATCH = 200  # files per `caselint outline` run, well under argument-length limits


def fail(message):
    print(f"heading-oracle: {message}", file=sys.stderr)
    sys.exit(2)


def find_files(paths):
    found = []
    for path in paths:
        if os.path.isfile(path):
            found.append(path)
            continue
        if not os.path.isdir(path):
            fail(f"no such file or directory: {path}")
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.lower() == "readme.md" or name.lower().endswith(".markdown"):
                    found.append(os.path.join(root, name))
    return found


def reference_parser():
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def inline_text(token):
    """The words of an inline token as a reader sees them: markup dropped, image alt kept."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(inline_text(child))
    return " ".join("".join(parts).split())


def reference_headings(md, path):
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8", errors="replace")
    text = text.removeprefix("\ufeff")  # GitHub ignores a BOM; markdown-it would not
    tokens = md.parse(text)
    headings = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.level == 0:
            headings.append({
                "line": token.map[0] + 1,
                "level": int(token.tag[1]),
                "text": inline_text(tokens[index + 1]),
            })
    return headings


def caselint_headings(binary, files):
    result = {}
    for start in range(0, len(files), BATCH):
        batch = files[start:start + BATCH]
        try:
            run = subprocess.run([binary, "outline", "--json", *batch], capture_output=True, text=True)
        except OSError as error:
            fail(f"cannot run {binary}: {error}")
        if run.returncode != 0:
            fail(f"`{binary} outline` failed ({run.returncode}): {run.stderr.strip()[:2000]}")
        for record in json.loads(run.stdout):
            result[record["file"]] = [
                h for h in record["headings"] if h["kind"] in ("atx", "setext") and not h["nested"]
            ]
    return result


def loose(text):
    """Text equality that ignores markup leftovers, punctuation and case."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", text)


def compare(path, ours, theirs, show_text, quiet):
    """Returns (identical, matched, total, text_exact, text_loose, text_compared)."""
    by_line_ours = {h["line"]: h for h in ours}
    by_line_ref = {h["line"]: h for h in theirs}
    lines = sorted(set(by_line_ours) | set(by_line_ref))
    problems = []
    matched = exact = loosely = 0
    text_notes = []
    for line in lines:
        a, b = by_line_ours.get(line), by_line_ref.get(line)
        if a and b and a["level"] == b["level"]:
            matched += 1
            if a["text"] == b["text"]:
                exact += 1
            else:
                similar = loose(a["text"]) == loose(b["text"])
                loosely += similar
                how = "differs slightly" if similar else "differs"
                text_notes.append(f"  {line}: text {how}: caselint {a['text']!r} vs reference {b['text']!r}")
        elif a and b:
            problems.append(f"  {line}: level caselint h{a['level']} vs reference h{b['level']}: {b['text']!r}")
        elif a:
            problems.append(f"  {line}: only caselint ({a['kind']} h{a['level']}): {a['text']!r}")
        else:
            problems.append(f"  {line}: only reference (h{b['level']}): {b['text']!r}")
    if not quiet and (problems or (show_text and text_notes)):
        print(path)
        for note in problems + (text_notes if show_text else []):
            print(note)
    return (not problems, matched, len(lines), exact, loosely, matched)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("caselint", help="path to a built caselint binary")
    parser.add_argument("paths", nargs="+", help="README files or directories to walk")
    parser.add_argument("--quiet", action="store_true", help="print only the summary lines")
    parser.add_argument("--show-text", action="store_true",
                        help="also list heading-text differences (summary counts them either way)")
    args = parser.parse_args()

    files = find_files(args.paths)
    if not files:
        fail("no README files found")
    ours = caselint_headings(args.caselint, files)
    md = reference_parser()

    identical = matched = total = exact = loosely = compared = 0
    for path in files:
        r = compare(path, ours.get(path, []), reference_headings(md, path), args.show_text, args.quiet)
        identical += r[0]
        matched += r[1]
        total += r[2]
        exact += r[3]
        loosely += r[4]
        compared += r[5]

    percent = 100.0 * matched / total if total else 100.0
    print(f"heading agreement: {identical}/{len(files)} files identical, "
          f"{matched}/{total} headings matched ({percent:.1f}%)")
    if compared:
        print(f"heading text: {exact}/{compared} exact, {exact + loosely}/{compared} loosely equal "
              f"({100.0 * (exact + loosely) / compared:.1f}%)")
    sys.exit(0 if identical == len(files) else 1)


if __name__ == "__main__":
    main()
