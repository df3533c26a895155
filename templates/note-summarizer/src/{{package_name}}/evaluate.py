"""Rates from clinician review: hallucinations, omissions, acceptance, inter-rater agreement.

Usage: python -m {{package_name}}.evaluate --ratings data/processed/ratings.csv
ratings.csv has one row per rater and summary: summary_id, rater, statements, unsupported_major,
key_facts, omitted_major, acceptable (1 or 0). Rates come with 95% Wilson intervals; Cohen's kappa
on `acceptable` uses summaries rated by two raters.
"""

import argparse
import csv
import math
from collections import defaultdict


def wilson(successes, total, z=1.96):
    if total == 0:
        return float("nan"), float("nan"), float("nan")
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return p, centre - half, centre + half


def cohen_kappa(pairs):
    if not pairs:
        return float("nan")
    observed = sum(1 for a, b in pairs if a == b) / len(pairs)
    p_a = sum(a for a, _ in pairs) / len(pairs)
    p_b = sum(b for _, b in pairs) / len(pairs)
    expected = p_a * p_b + (1 - p_a) * (1 - p_b)
    return (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratings", required=True)
    args = parser.parse_args()
    with open(args.ratings, newline="") as handle:
        rows = list(csv.DictReader(handle))
    totals = defaultdict(int)
    by_summary = defaultdict(list)
    for row in rows:
        for key in ("statements", "unsupported_major", "key_facts", "omitted_major", "acceptable"):
            totals[key] += int(row[key])
        by_summary[row["summary_id"]].append(int(row["acceptable"]))
    print(f"{len(by_summary)} summaries, {len(rows)} ratings, {len({r['rater'] for r in rows})} raters")
    for label, hits, total in (
        ("hallucination rate (major)", "unsupported_major", "statements"),
        ("omission rate (major)", "omitted_major", "key_facts"),
    ):
        rate, low, high = wilson(totals[hits], totals[total])
        print(f"{label} {rate:.3f} (95% CI {low:.3f}-{high:.3f}) over {totals[total]} {total.replace('_', ' ')}")
    rate, low, high = wilson(totals["acceptable"], len(rows))
    print(f"acceptable without edits {rate:.3f} (95% CI {low:.3f}-{high:.3f})")
    pairs = [tuple(v[:2]) for v in by_summary.values() if len(v) >= 2]
    print(f"Cohen's kappa on acceptability {cohen_kappa(pairs):.3f} over {len(pairs)} doubly rated summaries")


if __name__ == "__main__":
    main()
