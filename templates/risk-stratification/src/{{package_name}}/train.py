"""Split admissions by patient and train the readmission risk model.

Usage: python -m {{package_name}}.train --data data/processed/encounters.csv --out runs/
Research code, not for clinical use.
"""

import argparse
import csv
import hashlib
from pathlib import Path


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=Path("data/processed/encounters.csv"),
        help="one row per admission: patient_id, features..., readmitted_30d",
    )
    parser.add_argument("--out", type=Path, default=Path("runs"))
    parser.add_argument("--salt", default="split-v1", help="change it to draw a different patient split")
    return parser.parse_args()


def split_of(patient_id, salt):
    """70/10/20 by a hash of the patient id: stable across runs and machines, never by admission."""
    bucket = int(hashlib.sha256(f"{salt}:{patient_id}".encode()).hexdigest(), 16) % 100
    return "train" if bucket < 70 else "val" if bucket < 80 else "test"


def main():
    args = parse_args()
    with open(args.data, newline="") as handle:
        rows = list(csv.DictReader(handle))
    splits = {"train": [], "val": [], "test": []}
    for row in rows:
        splits[split_of(row["patient_id"], args.salt)].append(row)
    for name, part in splits.items():
        events = sum(int(r["readmitted_30d"]) for r in part)
        print(f"{name}: {len(part)} admissions, {len({r['patient_id'] for r in part})} patients, {events} readmissions")
    args.out.mkdir(parents=True, exist_ok=True)
    # [[TODO: fit logistic regression and gradient boosting on the train split, then recalibrate on the validation split only]]
    # Then score splits["test"] once with the frozen model and write runs/test_predictions.csv with
    # patient_id, label, score for evaluate.py. Use only features known at discharge.
    raise SystemExit("model training is not written yet: see the TODO marker in train.py")


if __name__ == "__main__":
    main()
