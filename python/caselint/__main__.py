"""`python -m caselint ARGS` runs the caselint executable with ARGS."""

from __future__ import annotations

import os
import sys

from caselint import find_caselint_bin


def main() -> None:
    binary = find_caselint_bin()
    # Replace this process, so exit status and signals are the executable's own.
    os.execv(binary, [binary, *sys.argv[1:]])


if __name__ == "__main__":
    main()
