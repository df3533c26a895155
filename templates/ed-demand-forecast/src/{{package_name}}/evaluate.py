"""Rolling-origin evaluation of arrival forecasts against the seasonal naive baseline.

Usage: python -m {{package_name}}.evaluate --series data/processed/arrivals.csv --horizon 24 --test-weeks 8
Origins are placed every --step hours through the test period (the last --test-weeks weeks). MASE
divides by the in-sample MAE of the seasonal naive forecast on the training part.
"""

import argparse
import csv
import math

from .train import WEEK, model_forecast, seasonal_naive


def scores(errors, scale):
    mae = sum(abs(e) for e in errors) / len(errors)
    rmse = math.sqrt(sum(e * e for e in errors) / len(errors))
    return mae, rmse, mae / scale


def rolling_origin(series, horizon, test_hours, step, method):
    errors = []
    for origin in range(len(series) - test_hours, len(series) - horizon + 1, step):
        forecast = method(series[:origin], horizon)
        errors.extend(f - a for f, a in zip(forecast, series[origin : origin + horizon]))
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", required=True)
    parser.add_argument("--horizon", type=int, default=24)
    parser.add_argument("--test-weeks", type=int, default=8)
    parser.add_argument("--step", type=int, default=24)
    args = parser.parse_args()
    with open(args.series, newline="") as handle:
        series = [int(row["arrivals"]) for row in csv.DictReader(handle)]
    test_hours = args.test_weeks * WEEK
    training = series[:-test_hours]
    scale = sum(abs(training[t] - training[t - WEEK]) for t in range(WEEK, len(training))) / (len(training) - WEEK)
    print(f"{len(series)} hours, test period {test_hours} hours, horizon {args.horizon}, in-sample scale {scale:.3f}")
    for name, method in (("seasonal naive", seasonal_naive), ("model", model_forecast)):
        try:
            mae, rmse, mase = scores(rolling_origin(series, args.horizon, test_hours, args.step, method), scale)
        except NotImplementedError as missing:
            print(f"{name}: skipped ({missing})")
            continue
        print(f"{name}: MAE {mae:.3f}  RMSE {rmse:.3f}  MASE {mase:.3f}")


if __name__ == "__main__":
    main()
