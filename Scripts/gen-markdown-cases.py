#!/usr/bin/env python3
"""Write small README files full of Markdown block-structure edge cases (stdlib only).

Dev tool for checking caselint's scanner against a CommonMark reference with
Scripts/heading-oracle.py:

    Scripts/gen-markdown-cases.py --out /tmp/caselint-md-cases
    Scripts/heading-oracle.py .build/debug/caselint /tmp/caselint-md-cases

Writes one file per fragment alone (single-NNN/README.md) and --count files that combine several
fragments with real headings between them, sometimes nested in a list item or block quote,
sometimes without a blank line, with CRLF or CR line endings, a BOM or YAML front matter
(mix-NNN/README.md), and --soup files of random block-start lines at random indentation
(soup-NNN/README.md). Output is deterministic for a given --seed; other seeds' soup files can
hit the markdown-it quirks listed in heading-oracle.py. Generate outside the repository: the
cases are disposable.
"""

import argparse
import os
import random

# Fragments that must end the file (an unclosed construct runs to the end).
LAST_ONLY = [
    "```\n# hidden by an unclosed fence\n\ntext",
    "~~~~ text\n# hidden\n~~~\n## still hidden: closing fence too short",
    "<!-- never closed\n# hidden\n",
    "<script>\n# hidden\n\n# hidden too\n",
    "> ```\n> # hidden in quoted fence",
    "- item\n\n  ```\n  # hidden in list fence\n\n  # still hidden",
]

FRAGMENTS = [
    # --- fenced code
    "```\n# not a heading\n```",
    "```python\n# comment\nprint('x')\n```",
    "~~~\n# tilde fence\n~~~",
    "~~~python\n# comment\n~~~~",
    "````\n```\n# inside a four-backtick fence\n```\n````",
    "```\n# inside\n~~~\n# still inside\n```",
    "  ```\n  # in an indented fence\n  ```",
    "   ~~~\n# in\n   ~~~",
    "```js\ncode\n```   ",
    "```\n# inside\n    ```\n# still inside: closer indented four\n```",
    "```inline``` is code, not a fence\n# Heading after inline code",
    "~~~ info with ` backtick\n# hidden\n~~~",
    "``` info `with` backtick\n# this is a heading: the line above is a paragraph",
    "``\n# two backticks are no fence\n``",
    "Paragraph text\n```\n# hidden: a fence interrupts a paragraph\n```",
    "- item\n\n  ```\n  # hidden in a list fence\n  ```",
    "- item\n  ```\n  # hidden\n  ```\n# Top after list fence",
    "- item\n  ```\n# Top: the list item (and its fence) ended",
    "1. step\n   ```bash\n   # hidden\n   ```\n2. next",
    "- a\n  - b\n    ```\n    # hidden deep\n    ```\n# Top after deep list",
    "> ```\n> # hidden in quote\n> ```",
    "> ```\n# Top: quote and fence ended",
    "> ```\n> # hidden\n\n# Top after quote",
    "* item\n\n      # indented code in list item",
    # --- indented code and lazy continuation
    "    # indented code",
    "\t# tab-indented code",
    "Paragraph\n    # continuation, not code, not heading",
    "Paragraph\n# ATX heading interrupts",
    "   # three-space heading",
    "    code\n# Heading after code",
    "    code\n\n    more code\n# Heading",
    "Para\n\n\n    code after blanks\n    # still code",
    # --- HTML blocks
    "<div>\n# hidden in div\n</div>",
    "<div>\n\n# Heading after blank in div\n\n</div>",
    "<div align=\"center\">\n  <img src=\"logo.png\">\n  <h1>Title</h1>\n</div>",
    "<div>text</div>\n# hidden: the div block ends at a blank line",
    "<!-- comment\n# hidden\n-->",
    "<!-- one line -->\n# Heading after comment",
    "<!-- a --> trailing\n# hidden? no: a comment block ends on its line",
    "<!--\n  multi\n  line\n-->\n## Heading after multi-line comment",
    "<!-- a -->\n<!-- b\n# hidden\n-->",
    "<details>\n<summary>Click</summary>\n\n## Inside details\n\n</details>",
    "<details>\n<summary>Click</summary>\n## hidden in details block\n</details>",
    "<p align=\"center\">\n  <img src=\"x.png\" width=\"200\">\n</p>\n\n# Title after p",
    "<p align=center>\n# hidden in p\n</p>",
    "<h1 align=\"center\">HTML Title</h1>",
    "<h2>Second</h2>\n# hidden in h2 html block",
    "<img src=\"x.png\">\n# hidden: complete tag line starts a block",
    "Para\n<img src=\"x.png\">\n# Heading: the img tag could not interrupt the paragraph",
    "<a href=\"x\">link</a>\n# Heading after inline html paragraph",
    "<span>\n# hidden after span\n",
    "<script>\n# x\n\n# y\n</script>\n# Heading after script",
    "<pre>\n# x\n</pre>",
    "<SCRIPT>\n# x\n\n# y\n</Script>\n# Heading after upper-case script",
    "<style>\nh1 { }\n</style>\n## Heading after style",
    "<?php\n# x\n?>\n# Heading after processing",
    "<![CDATA[\n# x\n]]>\n# Heading after cdata",
    "<!DOCTYPE html>\n# Heading after doctype",
    "Para\n<div>\n# hidden: div interrupts paragraph",
    "</div>\n# hidden after closing div",
    "<center>\n\n# Centered heading\n\n</center>",
    "<br>\n# hidden after br",
    "<br/>\n\n# Heading after br",
    "<table>\n<tr><td>\n\n# Heading in table cell\n\n</td></tr>\n</table>",
    "<DIV>\n# hidden upper-case div\n</DIV>",
    "<div\nclass=\"x\">\n# hidden",
    "<foo-bar baz=\"1\">\n# hidden custom element",
    "<a href='x' title=\"y\" data-x=z>\n# hidden",
    "<a href=x title>\n# hidden: bare attribute",
    "<a href=\"x\"\n# Heading: the tag is not complete",
    # --- setext
    "Title\n=====",
    "Multi\nline\nparagraph\n---",
    "Title\n  ---  ",
    "Title\n   ===",
    "Title\n    ---",
    "Title\n= = =",
    "Title\n- - -",
    "- item\n---",
    "text\n\n---",
    "> quote\n---",
    "> quote\n===",
    "Title\n===\n===",
    "Foo *bar*\n=========",
    "Foo `code` and [link](http://x)\n---",
    "[ref]: http://example.com\n===",
    "[ref]: http://example.com\nTitle\n===",
    "  Title\n---",
    "Title  \n---",
    "Title\t\n===",
    "Para\n    ===",
    "Title\n\t===",
    "Title\n---\ntext",
    "Title\n-",
    "Title\n=",
    "Title\n--- x",
    "***\n---",
    "- item\nlazy\n---",
    "1. one\n2. two\n\nTitle\n===",
    "Title\n===   \nbody",
    "\\# escaped\n---",
    "<b>bold</b> text\n===",
    "Para\n<!-- c -->\n---",
    # --- thematic breaks and lists
    "* * *",
    "- - -\n# Heading after break",
    "___\nTitle\n---",
    "-foo\n# Heading",
    "+ item\n# Top heading after list",
    "- item\n  lazy\n# Top",
    "text\n2. not a list\n# Heading",
    "text\n1. a list\n# Heading",
    "-\n  foo\n# Heading",
    "- # Heading in list",
    "1. ## Heading in ordered list",
    "- item\n\n  # Nested heading\n\n# Top",
    "- item\n\n # Top: not indented enough",
    "10. item\n    # nested\n   # top? no: lazy",
    "- a\n\n      code\n# Top",
    # --- ATX forms
    "#Title without space",
    "#5 issue",
    "#hashtag text",
    "####### seven hashes",
    "#",
    "# ",
    "### ###",
    "## Heading ##",
    "## Heading #not closing",
    "## Heading \\#",
    "# Heading#",
    "#\tTab heading",
    "  ## indented two",
    "## Title ## extra",
    "## Title #####   ",
    "# Heading with `code` and **bold** and [link](https://x.y)",
    "## Heading with ![badge](https://img.shields.io/x.svg) badge",
    "## 1. Introduction",
    "## 🚀 Quick Start",
    "### 2.1 Data 📊",
    "## 1) Problem",
    "# 🩺 MedAI — Clinical *Decision* Support",
    "## Results & Metrics",
    "## &amp; entity &copy; heading",
    "## <img src=\"i.png\"> Icon heading",
    "## Heading <a name=\"x\"></a>",
    "# __Underscored__ title",
    "#### H4\n##### H5\n###### H6",
    "## Trailing backslash \\",
    # --- tabs
    "-\tfoo\n# Heading",
    ">\t# Quoted tab heading",
    "\t\t# deep code",
    " \t# code via space tab",
    # --- block quotes
    "> # Quoted heading",
    "> para\n# Top heading ends the quote",
    "> para\ncontinued lazily\n# Top",
    ">> nested quote\n>> # nested heading",
    "> - list\n> # heading in quote",
    ">\n> # heading after empty quote line",
    "   > indented quote\n# Top",
    "    > not a quote: code",
    # --- tables
    "| Col | Col |\n|-----|-----|\n| # x | y |",
    "a | b\n--|--\n# Heading after table",
    "| A | B |\n|---|---|\n| 1 | 2 |\n\n## After table",
    "| A | B |\n|---|---|\n| 1 | 2 |\n---",
    "| A | B |\n|:-:|--:|\n| 1 | 2 |\nTitle\n===",
    "| only header |\n# Heading",
    # --- paragraphs with heading-like text
    "text\n#hashtag\n# Heading",
    "text\n=== not underline\nmore",
    "Line one\\\nLine two\n---",
    "**Bold line**\n\n## After bold",
    "**Bold**\n---",
    # --- containers: laziness, nesting, blocks that end with their container
    "> a\nb\n===",
    "> a\nb\n---",
    "> Title\n> ===",
    "> a\n> b\n---",
    "> # h\nnot lazy\n===",
    "- a\n  - b\n\n  # nested in the outer item",
    "- a\n  - b\n    - c\n\n      ```\n      # hidden\n      ```\n\n    # nested",
    "- a\n  - b\n    - c\n      ```\n    # nested: the fence ended with item c\n    ```\n    # hidden",
    "- a\n  ```\n- b\n# Top after second item",
    "1.  wide\n\n    ```\n    # hidden\n    ```\n# Top",
    "- <div>\n# Top after list html",
    "- <!--\n# Top: the comment ended with the item\n-->",
    "> <div>\n# Top after quoted html",
    "> <!--\n# Top after quoted comment\n-->",
    "- > quote in list\n  > # nested\n# Top",
    "> - a\n>   ```\n>   # hidden\n>   ```\n# Top",
    "> - a\n>   ```\n>   # hidden\n\n# Top",
    "> 1. a\n> 2. b\n\n# Top",
    "- a\n\n\n  # nested after two blanks",
    "-\n\n  # Top: an item starts with at most one blank line",
    "- a\n - b\n  - c\n   - d\n    - e\n# Top",
    "* a\n\n    # nested with extra indent",
    "- a\n\n        # code in list item",
    "1) item\n   # nested\n# Top",
    "- [ ] task\n  # nested",
    "2. item\n\n   Title\n   ---",
    "- a\n  b\n  ---",
    "Para\n - item\n# H",
    "text\n    - item? lazy",
    "- a\n\n b\n===",
    "- a\n\n  b\n===",
    "- a\n  b\n# H",
    "- a\n\t# nested via tab",
    "- a\n\n  > q\n  > # nested\n\n  # nested too\n\n# Top",
    "- a\n\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n\n## After list table",
    "1. a\n\n   text\n\n   ```\n   code\n\n   ```\n\n   # nested\n\n2. b\n\n# Top",
    "- a\n\n    - b\n\n        ```\n        # hidden\n        ```\n\n# Top",
    "   - a\n\n     # nested\n\n   # Top: three-space indent closes the item",
    "- a\n- b\n\n      code in b\n# Top",
    "- ```\n  # hidden\n  ```\n# Top",
    "- ```\n# Top: unclosed fence in item ends with it",
    "> > ```\n> > # hidden\n> # nested\n# Top",
    # --- inline text in headings
    "## Code `a*b` and `<tag>`",
    "## Autolink <https://example.com>",
    "## \\*not emphasis\\*",
    "## Numeric &#169; &#x2764; entities",
    "## snake_case_name",
    "## Unmatched `backtick",
    "## [Bracket] only",
    "## Emph in_word_ and *star*",
    "## Link [text](https://x.y \"title\") and ref [x][y]\n\n[y]: https://z.example",
    "## Image ![alt *text*](x.png)",
    "## HTML <kbd>Ctrl</kbd> key",
    "## Math 2 < 3 > 1",
    "## a<b>bold</b>",
    "## ``double `tick` code``",
    "Title with `code`\nsecond line\n===",
    "## Arrows &rarr; &mdash; &hellip; &nbsp;end",
    # --- reference definitions
    "[x]: http://y\n# Heading",
    "[x]:\n  http://y\n# Heading",
]

REAL_HEADINGS = [
    "# Project Title", "## Problem", "## Data", "## Approach", "## Evaluation", "## Limitations",
    "## Next Steps", "### Results", "## 📊 Results", "## 3. Model", "Overview\n========",
    "Installation\n------------", "# Heading with trailing hashes ###",
]

FRONT_MATTER = [
    "---\ntitle: Model card\nlicense: mit\n---\n",
    "---\ntags:\n- medical\n# not a heading\n---\n",
    "---\n---\n",
]


def wrap(rng, fragment):
    """Sometimes put a fragment inside a list item or block quote, to test the same case nested."""
    roll = rng.random()
    # markdown-it tries GFM tables before list items, so `- a | b` over an indented `--|--` is a
    # top-level table there but a table inside the item on GitHub; caselint follows GitHub.
    if roll < 0.12 and ("|--" in fragment or "--|" in fragment):
        return fragment
    if roll < 0.12:
        first, indent = rng.choice([("- ", "  "), ("* ", "  "), ("1. ", "   "), ("10) ", "    "), ("-   ", "    ")])
    elif roll < 0.22:
        first = indent = rng.choice(["> ", ">", "> > "])
    else:
        return fragment
    lines = fragment.split("\n")
    lazy = not indent.startswith(">") and rng.random() < 0.2  # leave some continuation lines unindented
    out = [first + lines[0]]
    for line in lines[1:]:
        if not line.strip():
            out.append(indent.rstrip() if indent.startswith(">") else "")
        else:
            out.append(line if lazy and rng.random() < 0.5 else indent + line)
    return "\n".join(out)


def combine(rng, fragments):
    parts = []
    if rng.random() < 0.15:
        parts.append(rng.choice(FRONT_MATTER).rstrip("\n"))
    for _ in range(rng.randint(3, 7)):
        parts.append(rng.choice(REAL_HEADINGS) if rng.random() < 0.4 else wrap(rng, rng.choice(fragments)))
    if rng.random() < 0.2:
        parts.append(rng.choice(LAST_ONLY))
    text = ""
    for index, part in enumerate(parts):
        if index:
            text += "\n" if rng.random() < 0.25 else "\n\n"
        text += part
    return text + ("\n" if rng.random() < 0.9 else "")


def encode(rng, text):
    roll = rng.random()
    if roll < 0.2:
        text = text.replace("\n", "\r\n")
    elif roll < 0.23:
        text = text.replace("\n", "\r")
    data = text.encode("utf-8")
    if rng.random() < 0.1:
        data = b"\xef\xbb\xbf" + data
    return data


# Single lines for "soup" files: random sequences of block starts at random indentation, to find
# state-machine interactions that no hand-written fragment thought of.
SOUP_LINES = [
    "# Heading", "## Heading two", "#NoSpace", "Text line", "More *text*", "", "", "", "---", "===", "***",
    "- - -", "```", "````", "~~~", "```python", "    indented", "- item", "* item", "+ item", "1. item",
    "2) item", "-", "1.", "> quote", ">", "> # quoted", "> ```", "> - item", "- > quote", "- # in item",
    "<div>", "</div>", "<!--", "-->", "<!-- c -->", "<details>", "<summary>S</summary>", "<img src=x>",
    "<p align=center>", "</p>", "<script>", "</script>", "| a | b |", "|---|---|", "a | b", "--|--",
    "[r]: /url", "[r]:", "/url 'title'", "**Bold**", "\tTab text", "\t# tab heading", "#\tTab heading",
]


def soup(rng):
    lines = []
    for _ in range(rng.randint(8, 30)):
        line = rng.choice(SOUP_LINES)
        if line and rng.random() < 0.35:
            line = " " * rng.choice([1, 2, 3, 4, 5, 6]) + line
        lines.append(line)
    return "\n".join(lines) + "\n"


def write(out, name, data):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "README.md"), "wb") as handle:
        handle.write(data)


def main():
    parser = argparse.ArgumentParser(description="Generate Markdown edge-case READMEs.")
    parser.add_argument("--out", default="/tmp/caselint-md-cases", help="output directory")
    parser.add_argument("--count", type=int, default=300, help="number of combined files")
    parser.add_argument("--soup", type=int, default=200, help="number of random line-soup files")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    singles = FRAGMENTS + LAST_ONLY
    for index, fragment in enumerate(singles):
        tail = "" if fragment in LAST_ONLY else "\n\n## After fragment\n"
        write(args.out, f"single-{index:03d}", ("# Start\n\n" + fragment + tail).encode("utf-8"))
    for index in range(args.count):
        write(args.out, f"mix-{index:03d}", encode(rng, combine(rng, FRAGMENTS)))
    for index in range(args.soup):
        write(args.out, f"soup-{index:03d}", encode(rng, soup(rng)))
    print(f"wrote {len(singles)} single-fragment, {args.count} combined and {args.soup} line-soup READMEs "
          f"to {args.out}")


if __name__ == "__main__":
    main()
