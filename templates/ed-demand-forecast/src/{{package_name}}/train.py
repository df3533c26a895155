"""Simulate an hourly arrival series, or fit the forecasting model on a real one.

Usage:
  python -m {{package_name}}.train --simulate --out data/processed/arrivals.csv
  python -m {{package_name}}.train --series data/processed/arrivals.csv
The series CSV holds timestamp (ISO 8601, hourly) and arrivals. Research code, not for clinical use.
"""

import argparse
import csv
import math
import random
from datetime import datetime, timedelta
from pathlib import Path

WEEK = 168  # hours: the seasonal period of hourly ED arrivals


def simulate(weeks, seed):
    """Poisson arrivals with a daily rhythm, a Monday peak and a winter surge: synthetic, no patients."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 2)  # a Monday; any start works
    rows = []
    for hour in range(weeks * WEEK):
        moment = start + timedelta(hours=hour)
        daily = 1 + 0.6 * math.sin(2 * math.pi * (moment.hour - 8) / 24)
        weekly = 1.15 if moment.weekday() == 0 else 1.0
        winter = 1 + 0.2 * math.cos(2 * math.pi * moment.timetuple().tm_yday / 365)
        rate = 6 * daily * weekly * winter
        # Knuth's method is fine at these small rates.
        limit, count, product = math.exp(-rate), 0, rng.random()
        while product > limit:
            count += 1
            product *= rng.random()
        rows.append((moment.isoformat(timespec="minutes"), count))
    return rows


def seasonal_naive(history, horizon, period=WEEK):
    """Each future hour gets the value of the same hour one period earlier."""
    return [history[len(history) - period + (step % period)] for step in range(horizon)]


def model_forecast(history, horizon):
    # [[TODO: your model: fit on history only and return one forecast per future hour]]
    # Keep the signature: evaluate.py calls it at every rolling origin.
    raise NotImplementedError("model_forecast is not written yet: see the TODO marker in train.py")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--simulate", action="store_true", help="write a synthetic series instead of training")
    parser.add_argument("--out", type=Path, default=Path("data/processed/arrivals.csv"))
    parser.add_argument("--series", type=Path, default=Path("data/processed/arrivals.csv"))
    parser.add_argument("--weeks", type=int, default=104)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.simulate:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["timestamp", "arrivals"])
            writer.writerows(simulate(args.weeks, args.seed))
        print(f"wrote {args.weeks} weeks of synthetic hourly arrivals to {args.out}")
        return
    with open(args.series, newline="") as handle:
        history = [int(row["arrivals"]) for row in csv.DictReader(handle)]
    print(f"{len(history)} hours; last week's seasonal naive forecast starts with {seasonal_naive(history, 3)}")
    model_forecast(history, 24)


if __name__ == "__main__":
    main()
