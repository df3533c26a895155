"""Train the chest X-ray triage model on the patient-level split.

Usage: python -m filled_imaging_triage.train --data data/processed --out runs/
Research code, not for clinical use.
"""

import argparse
import csv
from pathlib import Path


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=Path("data/processed"),
        help="folder with train.csv, val.csv, test.csv (patient_id, image_path, label)",
    )
    parser.add_argument("--out", type=Path, default=Path("runs"), help="where checkpoints and logs go")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--epochs", type=int, default=10)
    return parser.parse_args()


def read_split(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def check_patient_disjoint(splits):
    """Repeat films of one patient in two splits inflate every test metric: refuse to go on."""
    seen = {}
    for name, rows in splits.items():
        for row in rows:
            other = seen.setdefault(row["patient_id"], name)
            if other != name:
                raise SystemExit(f"patient {row['patient_id']} is in both {other} and {name}; split by patient")


def main():
    args = parse_args()
    splits = {name: read_split(args.data / f"{name}.csv") for name in ("train", "val", "test")}
    check_patient_disjoint(splits)
    args.out.mkdir(parents=True, exist_ok=True)
    print({name: len(rows) for name, rows in splits.items()}, "images per split; no patient overlap")
    from .model import fit_and_score  # torch is imported only when training runs

    fit_and_score(splits, out=args.out, seed=args.seed, epochs=args.epochs)


if __name__ == "__main__":
    main()
