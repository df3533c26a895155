"""Evaluate triage scores: AUROC, sensitivity and specificity at a threshold, with 95% CIs.

Usage: python -m filled_imaging_triage.evaluate --predictions runs/test_predictions.csv --threshold 0.31
The CSV holds one row per image: patient_id, label (1 abnormal, 0 normal), score.
Confidence intervals come from a bootstrap over patients, so repeat films stay together.
"""

import argparse
import csv
import math
import random
from collections import defaultdict
from functools import partial


def auroc(labels, scores):
    """Probability that a random abnormal image scores above a random normal one (ties count half)."""
    ranked = sorted(zip(scores, labels))
    rank_sum, index = 0.0, 0
    while index < len(ranked):
        end = index
        while end < len(ranked) and ranked[end][0] == ranked[index][0]:
            end += 1
        average_rank = (index + 1 + end) / 2
        rank_sum += average_rank * sum(label for _, label in ranked[index:end])
        index = end
    positives = sum(labels)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return float("nan")
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def at_threshold(labels, scores, threshold):
    tp = sum(1 for y, s in zip(labels, scores) if y == 1 and s >= threshold)
    fn = sum(1 for y, s in zip(labels, scores) if y == 1 and s < threshold)
    tn = sum(1 for y, s in zip(labels, scores) if y == 0 and s < threshold)
    fp = sum(1 for y, s in zip(labels, scores) if y == 0 and s >= threshold)
    sensitivity = tp / (tp + fn) if tp + fn else float("nan")
    specificity = tn / (tn + fp) if tn + fp else float("nan")
    return {"sensitivity": sensitivity, "specificity": specificity, "tp": tp, "fp": fp, "tn": tn, "fn": fn}


def patient_bootstrap(rows, statistic, resamples=2000, seed=17):
    by_patient = defaultdict(list)
    for row in rows:
        by_patient[row["patient_id"]].append(row)
    patients = sorted(by_patient)
    rng = random.Random(seed)
    values = []
    for _ in range(resamples):
        sample = [row for patient in rng.choices(patients, k=len(patients)) for row in by_patient[patient]]
        value = statistic(sample)
        if not math.isnan(value):  # a resample with a single class has no AUROC
            values.append(value)
    values.sort()
    return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--predictions", required=True)
    parser.add_argument("--threshold", type=float, default=0.5, help="frozen on the validation split")
    args = parser.parse_args()
    with open(args.predictions, newline="") as handle:
        rows = [
            {"patient_id": r["patient_id"], "label": int(r["label"]), "score": float(r["score"])}
            for r in csv.DictReader(handle)
        ]

    def labels_scores(sample):
        return [r["label"] for r in sample], [r["score"] for r in sample]

    def rate_at_threshold(sample, name):
        return at_threshold(*labels_scores(sample), args.threshold)[name]

    labels, scores = labels_scores(rows)
    point = at_threshold(labels, scores, args.threshold)
    print(
        f"images {len(rows)}, patients {len({r['patient_id'] for r in rows})}, prevalence {sum(labels) / len(rows):.3f}"
    )
    low, high = patient_bootstrap(rows, lambda s: auroc(*labels_scores(s)))
    print(f"AUROC {auroc(labels, scores):.3f} (95% CI {low:.3f}-{high:.3f})")
    for name in ("sensitivity", "specificity"):
        # partial binds this iteration's name now; a lambda would read whichever name the loop holds when called.
        low, high = patient_bootstrap(rows, partial(rate_at_threshold, name=name))
        print(f"{name} at {args.threshold}: {point[name]:.3f} (95% CI {low:.3f}-{high:.3f})")
    print(f"confusion matrix: TP {point['tp']}  FP {point['fp']}  FN {point['fn']}  TN {point['tn']}")


if __name__ == "__main__":
    main()
