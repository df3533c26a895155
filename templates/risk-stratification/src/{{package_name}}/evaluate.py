"""Evaluate readmission risk predictions: discrimination, calibration and threshold trade-offs.

Usage: python -m {{package_name}}.evaluate --predictions runs/test_predictions.csv
The CSV holds one row per admission: patient_id, label (1 readmitted within 30 days), score (a probability).
Confidence intervals come from a bootstrap over patients.
"""

import argparse
import csv
import math
import random
from collections import defaultdict


def auroc(labels, scores):
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


def brier(labels, scores):
    return sum((s - y) ** 2 for y, s in zip(labels, scores)) / len(labels)


def logit(p):
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def calibration(labels, scores, iterations=50):
    """Slope: logistic regression of the outcome on logit(score). Intercept: calibration-in-the-large,
    the intercept with the slope fixed at 1. Perfect calibration gives slope 1 and intercept 0."""
    x = [logit(s) for s in scores]
    a, b = 0.0, 1.0
    for _ in range(iterations):  # Newton-Raphson for (a, b)
        p = [1 / (1 + math.exp(-(a + b * xi))) for xi in x]
        w = [pi * (1 - pi) for pi in p]
        g0 = sum(y - pi for y, pi in zip(labels, p))
        g1 = sum((y - pi) * xi for y, pi, xi in zip(labels, p, x))
        h00, h01 = sum(w), sum(wi * xi for wi, xi in zip(w, x))
        h11 = sum(wi * xi * xi for wi, xi in zip(w, x))
        det = h00 * h11 - h01 * h01
        if abs(det) < 1e-12:
            break
        a += (h11 * g0 - h01 * g1) / det
        b += (h00 * g1 - h01 * g0) / det
    c = 0.0
    for _ in range(iterations):  # intercept with offset logit(score)
        p = [1 / (1 + math.exp(-(c + xi))) for xi in x]
        c += sum(y - pi for y, pi in zip(labels, p)) / max(sum(pi * (1 - pi) for pi in p), 1e-12)
    return b, c


def bootstrap(rows, statistic, resamples=1000, seed=17):
    by_patient = defaultdict(list)
    for row in rows:
        by_patient[row[0]].append(row)
    patients = sorted(by_patient)
    rng = random.Random(seed)
    values = sorted(
        v
        for v in (
            statistic([r for p in rng.choices(patients, k=len(patients)) for r in by_patient[p]])
            for _ in range(resamples)
        )
        if not math.isnan(v)
    )
    return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]


def thresholds(labels, scores, cutoffs):
    n, prevalence = len(labels), sum(labels) / len(labels)
    for t in cutoffs:
        tp = sum(1 for y, s in zip(labels, scores) if s >= t and y == 1)
        fp = sum(1 for y, s in zip(labels, scores) if s >= t and y == 0)
        flagged = tp + fp
        net_benefit = tp / n - fp / n * t / (1 - t)
        print(
            f"threshold {t:.2f}: {100 * flagged / n:.1f} flagged per 100, sensitivity {tp / max(sum(labels), 1):.3f}, "
            f"PPV {tp / max(flagged, 1):.3f}, net benefit {net_benefit:.4f} (treat all: {prevalence - (1 - prevalence) * t / (1 - t):.4f})"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--predictions", required=True)
    parser.add_argument("--thresholds", default="0.10,0.20,0.30", help="chosen on the validation split")
    args = parser.parse_args()
    with open(args.predictions, newline="") as handle:
        rows = [(r["patient_id"], int(r["label"]), float(r["score"])) for r in csv.DictReader(handle)]
    labels, scores = [r[1] for r in rows], [r[2] for r in rows]
    print(f"admissions {len(rows)}, readmission rate {sum(labels) / len(rows):.3f}")
    stats = {
        "AUROC": lambda s: auroc([r[1] for r in s], [r[2] for r in s]),
        "Brier score": lambda s: brier([r[1] for r in s], [r[2] for r in s]),
        "calibration slope": lambda s: calibration([r[1] for r in s], [r[2] for r in s])[0],
        "calibration intercept": lambda s: calibration([r[1] for r in s], [r[2] for r in s])[1],
    }
    for name, statistic in stats.items():
        low, high = bootstrap(rows, statistic, resamples=200 if "calibration" in name else 1000)
        print(f"{name} {statistic(rows):.3f} (95% CI {low:.3f}-{high:.3f})")
    thresholds(labels, scores, [float(t) for t in args.thresholds.split(",")])


if __name__ == "__main__":
    main()
