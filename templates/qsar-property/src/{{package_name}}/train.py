"""Standardise structures, split by Bemis-Murcko scaffold and train the QSAR model.

Usage: python -m {{package_name}}.train --data data/processed/compounds.csv --out runs/
The CSV holds smiles and label columns. Research code, not for clinical use.
"""

import argparse
import csv
from collections import defaultdict
from pathlib import Path


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("data/processed/compounds.csv"))
    parser.add_argument("--out", type=Path, default=Path("runs"))
    parser.add_argument("--test-fraction", type=float, default=0.2)
    parser.add_argument("--val-fraction", type=float, default=0.1)
    return parser.parse_args()


def scaffold(smiles):
    """Canonical Bemis-Murcko scaffold; acyclic molecules share the empty scaffold."""
    from rdkit import Chem
    from rdkit.Chem.Scaffolds import MurckoScaffold

    molecule = Chem.MolFromSmiles(smiles)
    if molecule is None:
        raise ValueError(f"RDKit cannot parse {smiles!r}; clean the data first (see data/README.md)")
    return MurckoScaffold.MurckoScaffoldSmiles(mol=molecule, includeChirality=False)


def scaffold_split(rows, val_fraction, test_fraction):
    """Whole scaffold groups per split, largest groups to training, so the test set holds unseen chemistry."""
    groups = defaultdict(list)
    for row in rows:
        groups[scaffold(row["smiles"])].append(row)
    ordered = sorted(groups.values(), key=lambda group: (-len(group), group[0]["smiles"]))
    train_cap = (1 - val_fraction - test_fraction) * len(rows)
    val_cap = (1 - test_fraction) * len(rows)
    splits, placed = {"train": [], "val": [], "test": []}, 0
    for group in ordered:
        name = "train" if placed + len(group) <= train_cap else "val" if placed + len(group) <= val_cap else "test"
        splits[name].extend(group)
        placed += len(group)
    return splits


def main():
    args = parse_args()
    with open(args.data, newline="") as handle:
        rows = list(csv.DictReader(handle))
    splits = scaffold_split(rows, args.val_fraction, args.test_fraction)
    for name, part in splits.items():
        actives = sum(int(float(r["label"])) for r in part)
        print(f"{name}: {len(part)} compounds, {actives} actives")
    args.out.mkdir(parents=True, exist_ok=True)
    # [[TODO: featurise (Morgan fingerprints first), train on the train split, tune and set the domain cut-off on the validation split]]
    # Then score splits["test"] once and write runs/test_predictions.csv with smiles, label, score and
    # max_train_similarity (Tanimoto to the nearest training molecule) for evaluate.py.
    raise SystemExit("model training is not written yet: see the TODO marker in train.py")


if __name__ == "__main__":
    main()
