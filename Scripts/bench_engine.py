#!/usr/bin/env python3
"""The engine's numbers, measured the way issue 12 asks (run by `Scripts/bench.sh --engine`).

- speed: `caselint lint --format json` against rumdl (`rumdl check --no-cache`, a Rust Markdown
  linter) on the same 10,000 generated projects, interleaved run by run because this machine's
  speed drifts; median of --rounds (5).
- memory: peak RSS of `caselint lint` at 10,000 and 20,000 projects for each output format, and
  the growth from one to the other.
- start-up: `caselint lint Examples/chest-xray-triage` against `caselint --version`, interleaved,
  median of --startup-runs (20).

Corpora come from ../shared/tools/gen_corpus.py (seed 7) and are kept in --corpora for reuse.
Exit status 0 when it ran; the numbers are for the note and the README, not a pass/fail gate.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT.parent / "shared" / "tools" / "gen_corpus.py"


def run(command, cwd=ROOT):
    """Wall seconds and peak RSS (MB) of one run, output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"bench: {' '.join(map(str, command))} exited with {code}")
    return wall, usage.ru_maxrss / 1024


def corpus(folder: Path, count: int) -> Path:
    path = folder / f"corpus-{count}"
    if not (path / "corpus.json").exists():
        print(f"generating {count} projects into {path}", flush=True)
        subprocess.run([sys.executable, str(GENERATOR), "--n", str(count), "--seed", "7", "--out", str(path), "--force"],
                       check=True, stdout=subprocess.DEVNULL)
    return path


def speed(binary: str, ten_k: Path, rounds: int):
    rumdl = shutil.which("rumdl")
    print(f"\nspeed: {ten_k.name}, {rounds} interleaved rounds (median)")
    times = {"caselint": [], "rumdl": []}
    for _ in range(rounds):
        times["caselint"].append(run([binary, "lint", "--format", "json", str(ten_k)])[0])
        if rumdl:
            times["rumdl"].append(run([rumdl, "check", "--no-cache", str(ten_k)])[0])
    caselint = statistics.median(times["caselint"])
    print(f"  caselint lint --format json  {caselint:6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times['caselint'])})")
    if not rumdl:
        print("  rumdl not found (pip install rumdl): no comparison")
        return
    peer = statistics.median(times["rumdl"])
    print(f"  rumdl check --no-cache       {peer:6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times['rumdl'])})")
    print(f"  caselint / rumdl = {caselint / peer:.2f} (at most 1.00 is as fast as rumdl)")


def memory(binary: str, corpora: list, formats: list):
    print("\nmemory: peak RSS (MB)")
    peaks = {}
    for fmt in formats:
        row = [run([binary, "lint", "--format", fmt, str(path)])[1] for path in corpora]
        peaks[fmt] = row
        growth = (row[-1] / row[0] - 1) * 100 if len(row) > 1 else 0
        print(f"  {fmt:8} " + "  ".join(f"{path.name}: {mb:6.1f}" for path, mb in zip(corpora, row))
              + (f"   growth {growth:+.0f}%" if len(row) > 1 else ""))
    return peaks


def startup(binary: str, runs: int):
    print(f"\nstart-up: {runs} interleaved runs (median)")
    version, lint = [], []
    for _ in range(runs):
        version.append(run([binary, "--version"])[0])
        lint.append(run([binary, "lint", "Examples/chest-xray-triage"])[0])
    v, l = statistics.median(version) * 1000, statistics.median(lint) * 1000
    print(f"  caselint --version                          {v:6.1f} ms")
    print(f"  caselint lint Examples/chest-xray-triage    {l:6.1f} ms   ratio {l / v:.2f} (target at most 1.60)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "caselint"))
    parser.add_argument("--corpora", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "caselint-bench-corpora"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--startup-runs", type=int, default=20)
    parser.add_argument("--formats", default="json,text,sarif,html")
    parser.add_argument("--only", choices=["speed", "memory", "startup"])
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"bench: no binary at {args.binary}; run swift build -c release first")
    folder = Path(args.corpora)
    folder.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "speed", "memory"):
        ten_k = corpus(folder, 10_000)
    if args.only in (None, "speed"):
        speed(args.binary, ten_k, args.rounds)
    if args.only in (None, "memory"):
        memory(args.binary, [ten_k, corpus(folder, 20_000)], args.formats.split(","))
    if args.only in (None, "startup"):
        startup(args.binary, args.startup_runs)


if __name__ == "__main__":
    main()
