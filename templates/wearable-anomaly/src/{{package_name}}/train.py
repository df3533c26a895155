"""Simulate wearable streams with labelled events, and run the baseline alert rule.

Usage:
  python -m {{package_name}}.train --simulate --out data/processed/
  python -m {{package_name}}.train --vitals data/processed/vitals.csv --out data/processed/
Minute-level rows: subject_id, minute, heart_rate, spo2, motion. Research code, not for clinical use.
"""

import argparse
import csv
import random
from pathlib import Path


def simulate(subjects, days, seed):
    """Synthetic vitals with desaturation events and motion artefacts; returns (vitals, events)."""
    rng = random.Random(seed)
    vitals, events = [], []
    for subject in range(1, subjects + 1):
        baseline_hr, baseline_spo2 = rng.uniform(60, 85), rng.uniform(94, 98)
        event_starts = sorted(rng.sample(range(60, days * 1440 - 60), k=rng.randint(0, days)))
        spans = [(start, start + rng.randint(5, 20)) for start in event_starts]
        events.extend((subject, start, end) for start, end in spans)
        motion_left, artefact = 0, 0.0
        for minute in range(days * 1440):
            in_event = any(start <= minute < end for start, end in spans)
            if motion_left == 0 and rng.random() < 0.01:  # a bout of movement lasting a few minutes
                motion_left = rng.randint(2, 8)
                artefact = rng.uniform(4, 12) if rng.random() < 0.5 else 0.0
            moving = motion_left > 0
            motion_left = max(motion_left - 1, 0)
            spo2 = baseline_spo2 - (rng.uniform(5, 10) if in_event else 0) + rng.gauss(0, 0.8)
            if moving:
                spo2 -= artefact  # a fake drop from poor contact during movement
            heart_rate = baseline_hr + (15 if in_event else 0) + (20 if moving else 0) + rng.gauss(0, 3)
            vitals.append((subject, minute, round(heart_rate), round(min(spo2, 100)), int(moving)))
    return vitals, events


def threshold_rule(vitals, spo2_below=90, minutes=3):
    """Baseline: alert when SpO2 stays below a level for a number of minutes, ignoring motion."""
    alerts, run, last = [], 0, None
    for subject, minute, _, spo2, _ in vitals:
        run = run + 1 if subject == last and spo2 < spo2_below else int(spo2 < spo2_below)
        last = subject
        if run == minutes:
            alerts.append((subject, minute))
    return alerts


def write(path, header, rows):
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--simulate", action="store_true")
    parser.add_argument("--vitals", type=Path)
    parser.add_argument("--out", type=Path, default=Path("data/processed"))
    parser.add_argument("--subjects", type=int, default=20)
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.simulate:
        vitals, events = simulate(args.subjects, args.days, args.seed)
        write(args.out / "vitals.csv", ["subject_id", "minute", "heart_rate", "spo2", "motion"], vitals)
        write(args.out / "events.csv", ["subject_id", "start", "end"], events)
    else:
        with open(args.vitals, newline="") as handle:
            vitals = [
                (int(r["subject_id"]), int(r["minute"]), float(r["heart_rate"]), float(r["spo2"]), int(r["motion"]))
                for r in csv.DictReader(handle)
            ]
    write(args.out / "alerts.csv", ["subject_id", "minute"], threshold_rule(vitals))
    print(f"{len(vitals)} minutes of vitals; baseline alerts written to {args.out / 'alerts.csv'}")
    # [[TODO: the model: quality gate, personal baseline and window features, trained on training subjects only]]
    # Its alerts go to a separate file (for example alerts_model.csv) so evaluate.py can compare both.


if __name__ == "__main__":
    main()
