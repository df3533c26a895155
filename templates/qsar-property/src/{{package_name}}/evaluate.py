"""Evaluate QSAR classification predictions: ROC-AUC, PR-AUC and MCC, inside and outside the domain.

Usage: python -m {{package_name}}.evaluate --predictions runs/test_predictions.csv --domain-cutoff 0.4
The CSV holds smiles, label (1 active), score and max_train_similarity. Confidence intervals come
from a bootstrap over test molecules.
"""

import argparse
import csv
import math
import random


def roc_auc(labels, scores):
    pairs = sorted(zip(scores, labels))
    rank_sum, index = 0.0, 0
    while index < len(pairs):
        end = index
        while end < len(pairs) and pairs[end][0] == pairs[index][0]:
            end += 1
        rank_sum += (index + 1 + end) / 2 * sum(label for _, label in pairs[index:end])
        index = end
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def pr_auc(labels, scores):
    """Average precision: mean precision at the rank of each active."""
    ranked = sorted(zip(scores, labels), key=lambda pair: -pair[0])
    hits, total = 0, 0.0
    for rank, (_, label) in enumerate(ranked, start=1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else float("nan")


def mcc(labels, scores, threshold=0.5):
    tp = sum(1 for y, s in zip(labels, scores) if y and s >= threshold)
    tn = sum(1 for y, s in zip(labels, scores) if not y and s < threshold)
    fp = sum(1 for y, s in zip(labels, scores) if not y and s >= threshold)
    fn = sum(1 for y, s in zip(labels, scores) if y and s < threshold)
    denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return (tp * tn - fp * fn) / denominator if denominator else 0.0


def report(name, rows, resamples=1000, seed=17):
    if not rows:
        print(f"{name}: no molecules")
        return
    labels, scores = [r[0] for r in rows], [r[1] for r in rows]
    print(f"{name}: {len(rows)} molecules, {sum(labels)} actives")
    rng = random.Random(seed)
    for metric in (roc_auc, pr_auc, mcc):
        values = sorted(
            v for v in (metric(*zip(*rng.choices(rows, k=len(rows)))) for _ in range(resamples)) if not math.isnan(v)
        )
        low, high = (
            (values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]) if values else (float("nan"),) * 2
        )
        print(f"  {metric.__name__} {metric(labels, scores):.3f} (95% CI {low:.3f}-{high:.3f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--predictions", required=True)
    parser.add_argument("--domain-cutoff", type=float, default=0.4, help="chosen on the validation split")
    args = parser.parse_args()
    with open(args.predictions, newline="") as handle:
        rows = [
            (int(float(r["label"])), float(r["score"]), float(r["max_train_similarity"]))
            for r in csv.DictReader(handle)
        ]
    report("all test molecules", [(y, s) for y, s, _ in rows])
    report("inside the applicability domain", [(y, s) for y, s, sim in rows if sim >= args.domain_cutoff])
    report("outside the applicability domain", [(y, s) for y, s, sim in rows if sim < args.domain_cutoff])


if __name__ == "__main__":
    main()
