#!/usr/bin/env python3
"""Checks that every blueprint's README front matter is a model card huggingface_hub accepts.

Usage: python3 Scripts/check-model-cards.py .build/debug/caselint
Needs `pip install huggingface-hub`. Renders each blueprint listed by `caselint new --list` into a
temporary folder, then loads its README.md with huggingface_hub.ModelCard and checks the fields
caselint and the Hub rely on: license, tags, metrics and a model-index that parses into eval
results. Validation against the Hub's server (ModelCard.validate) needs the network and is not run.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from huggingface_hub import ModelCard


def blueprint_ids(binary):
    listing = subprocess.run([binary, "new", "--list"], check=True, capture_output=True, text=True).stdout
    rows = [line.split()[0] for line in listing.splitlines()[1:] if line.strip() and not line.startswith("Start")]
    if not rows:
        sys.exit("caselint new --list printed no blueprints")
    return rows


def check(readme):
    problems = []
    card = ModelCard.load(readme)
    data = card.data
    if not data.license:
        problems.append("no license")
    if not data.tags:
        problems.append("no tags")
    if not data.to_dict().get("metrics"):
        problems.append("no metrics")
    if not data.eval_results:
        problems.append("model-index did not parse into eval results")
    for result in data.eval_results or []:
        if not (result.task_type and result.dataset_type and result.dataset_name and result.metric_type):
            problems.append(f"incomplete eval result: {result}")
    if "not-for-clinical-use" not in (data.tags or []):
        problems.append("missing the not-for-clinical-use tag")
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        for blueprint in blueprint_ids(binary):
            target = Path(scratch) / f"{blueprint}-card"
            subprocess.run([binary, "new", blueprint, str(target), "--year", "2025"], check=True, capture_output=True)
            problems = check(target / "README.md")
            failures += bool(problems)
            print(f"{'FAIL' if problems else 'ok  '} {blueprint}: " + ("; ".join(problems) or "model card parses"))
    if failures:
        sys.exit(f"{failures} blueprint(s) have model-card front matter huggingface_hub rejects")


if __name__ == "__main__":
    main()
