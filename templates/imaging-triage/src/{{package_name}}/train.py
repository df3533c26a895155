"""Train the chest X-ray triage model on the patient-level split.

Usage: python -m {{package_name}}.train --data data/processed --out runs/
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
    # [[TODO: build and train the model, choosing the epoch and the flag threshold on the validation split only]]
    # For example torchvision's densenet121 with ImageNet weights, trained on splits["train"]; then
    # score splits["test"] once with the frozen model into runs/test_predictions.csv
    # (patient_id, label, score) for evaluate.py.
    raise SystemExit("model training is not written yet: see the TODO marker in train.py")


if __name__ == "__main__":
    main()
