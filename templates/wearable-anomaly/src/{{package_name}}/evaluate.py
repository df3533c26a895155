"""Event-level evaluation of alerts: sensitivity, PPV, false alarms per patient-day, delay.

Usage: python -m {{package_name}}.evaluate --events data/processed/events.csv --alerts data/processed/alerts.csv
  --vitals data/processed/vitals.csv
events.csv: subject_id, start, end (minutes); alerts.csv: subject_id, minute. An event counts as
detected when an alert fires between its start and --tolerance minutes after its end; an alert
outside every such span is a false alarm.
"""

import argparse
import csv
from collections import defaultdict
from statistics import median


def read(path, columns):
    with open(path, newline="") as handle:
        return [tuple(int(float(row[c])) for c in columns) for row in csv.DictReader(handle)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", required=True)
    parser.add_argument("--alerts", required=True)
    parser.add_argument("--tolerance", type=int, default=5, help="minutes after an event that still count")
    parser.add_argument(
        "--vitals",
        default="data/processed/vitals.csv",
        help="minute-level vitals (subject_id, minute, ...); its rows count the monitored patient-days",
    )
    args = parser.parse_args()
    events = read(args.events, ["subject_id", "start", "end"])
    alerts = read(args.alerts, ["subject_id", "minute"])
    by_subject = defaultdict(list)
    for subject, minute in alerts:
        by_subject[subject].append(minute)

    delays, true_alerts = [], set()
    for subject, start, end in events:
        hits = [m for m in by_subject[subject] if start <= m <= end + args.tolerance]
        if hits:
            delays.append(min(hits) - start)
        true_alerts.update((subject, m) for m in hits)
    false_alarms = sum(1 for alert in alerts if alert not in true_alerts)
    vitals = read(args.vitals, ["subject_id", "minute"])
    subjects = {s for s, _ in vitals}
    days = len(vitals) / 1440
    print(f"{len(events)} events, {len(alerts)} alerts, {len(subjects)} subjects, {days:.1f} patient-days")
    print(f"event sensitivity {len(delays) / max(len(events), 1):.3f}")
    print(f"PPV of alerts {len(true_alerts) / max(len(alerts), 1):.3f}")
    print(f"false alarms per patient-day {false_alarms / max(days, 1e-9):.2f}")
    print(f"median detection delay {median(delays) if delays else float('nan')} minutes")


if __name__ == "__main__":
    main()
