"""What the invented probe scripts share: their arguments, linting one README, printing a batch."""
import argparse
import json
import os
import subprocess


def arguments(doc):
    """--bin (made absolute) and --verbose, described by the script's first docstring line."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    args.bin = os.path.abspath(args.bin)
    return args


def facts(binary, folder, readme):
    """Writes the README into a new folder and returns what `caselint lint --format json` records."""
    os.makedirs(folder)
    with open(os.path.join(folder, "README.md"), "w") as handle:
        handle.write(readme)
    out = json.loads(subprocess.run([binary, "lint", "--format", "json", folder], capture_output=True, text=True).stdout)
    return out["projects"][0]["facts"]


def report(label, passed, total, misses, verbose, width=34):
    print(f"batch {label:{width}s} {passed:3d} / {total:3d}  ({passed / total:.2f})")
    if verbose:
        for miss in misses:
            print("   miss:", miss)
