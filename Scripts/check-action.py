#!/usr/bin/env python3
"""Runs action.yml locally (Scripts/action_runner.py) in the situations a user meets, and checks
its exit status, its outputs against caselint's own JSON, the job summary, the annotations in the
log and the SARIF file. caselint is installed from a wheel, as the action installs it from PyPI.

    python3 Scripts/check-action.py --wheel dist/caselint-*.whl --reference .build/debug/caselint
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from action_runner import run_action  # a sibling module, found through the line above

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures: list[str] = []


def check(condition: bool, what: str) -> None:
    print(f"  {'ok' if condition else 'FAILED'}: {what}")
    if not condition:
        failures.append(what)


def reference(binary: str, workspace: str, path: str) -> dict:
    result = subprocess.run(
        [binary, "lint", "--format", "json", path], cwd=workspace, capture_output=True, text=True, check=False
    )
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", required=True)
    parser.add_argument("--reference", required=True, help="a caselint built from this source, for expected values")
    args = parser.parse_args()
    wheel = os.path.abspath(args.wheel)
    args.reference = os.path.abspath(args.reference)
    # Steps see only the system's tools and a python3: no Swift, no caselint until the action installs it.
    path = os.pathsep.join(
        dict.fromkeys([os.path.dirname(shutil.which("python3") or "/usr/bin/python3"), "/usr/bin", "/bin"])
    )
    with tempfile.TemporaryDirectory(prefix="caselint-action-") as scratch:
        workspace = os.path.join(scratch, "workspace")
        runner_temp = os.path.join(scratch, "runner-temp")
        os.makedirs(runner_temp)
        shutil.copytree(os.path.join(REPO, "Examples"), os.path.join(workspace, "Examples"))
        subprocess.run(
            [args.reference, "new", "imaging-triage", os.path.join(workspace, "fresh"), "--year", "2025"],
            check=True,
            capture_output=True,
        )
        action = os.path.join(REPO, "action.yml")

        def run(title: str, **inputs: str):
            print(f"== {title}")
            return run_action(action, {"wheel": wheel, **inputs}, workspace, runner_temp, path)

        finished = run(
            "a finished case study, min-score 85, SARIF",
            path="Examples/chest-xray-triage",
            **{"min-score": "85", "sarif": "caselint.sarif"},
        )
        expected = reference(args.reference, workspace, "Examples/chest-xray-triage")
        check(finished.status == 0, "the step succeeds")
        check(
            finished.outputs["score"] == str(expected["projects"][0]["score"]["total"]),
            f"output score {finished.outputs['score']} is caselint's",
        )
        check(finished.outputs["errors"] == "0", "output errors is 0")
        check("## caselint: case-study readiness" in finished.summary, "the Markdown score card is in the job summary")
        check(finished.path_added == [], "the job's PATH is left alone")
        sarif_file = os.path.join(workspace, "caselint.sarif")
        with open(sarif_file, encoding="utf-8") as handle:
            sarif = json.load(handle)
        check(sarif.get("version") == "2.1.0" and len(sarif.get("runs", [])) == 1, "a SARIF 2.1.0 file is written")

        portfolio = run("a portfolio with a first draft: fails, annotates", path="Examples")
        expected = reference(args.reference, workspace, "Examples")
        lowest = min(project["score"]["total"] for project in expected["projects"])
        check(portfolio.status == 1, f"the step fails (status {portfolio.status})")
        check(
            portfolio.outputs["errors"] == str(expected["summary"]["errors"]),
            f"output errors {portfolio.outputs['errors']} is caselint's",
        )
        check(
            portfolio.outputs["score"] == str(lowest),
            f"output score {portfolio.outputs['score']} is the lowest project's",
        )
        check(
            "::error file=Examples/readmission-first-draft/README.md,line=1,col=1," in portfolio.log,
            "error annotations point at the file and line",
        )
        check(
            "::notice title=caselint score::Examples/readmission-first-draft" in portfolio.log,
            "a score notice per project",
        )
        check(not os.path.exists(os.path.join(workspace, "other.sarif")), "no SARIF file unless asked")

        text = run("format text", path="Examples/readmission-first-draft", format="text")
        check(
            "Examples/readmission-first-draft/README.md:1:1: error:" in text.log and "::error" not in text.log,
            "findings are plain path:line:col lines, no annotations",
        )

        fresh = run("a fresh scaffold (warnings only), fail-on error", path="fresh")
        check(fresh.status == 0 and fresh.outputs["errors"] == "0", "warnings do not fail the step")
        strict = run("the same with fail-on warning", path="fresh", **{"fail-on": "warning"})
        check(strict.status == 1, "warnings fail the step")

        threshold = run(
            "min-score above the finished project's score", path="Examples/chest-xray-triage", **{"min-score": "100"}
        )
        check(threshold.status == (0 if finished.outputs["score"] == "100" else 1), "min-score decides the status")

        bad = run("fail-on with a wrong value", path="Examples", **{"fail-on": "errors"})
        check(bad.status == 2 and "fail-on is 'errors'" in bad.log, "a wrong fail-on stops with a message")
        missing = run("a path that does not exist", path="Examples/nowhere")
        check(
            missing.status == 2 and "no such file or directory" in missing.log,
            "a wrong path stops with caselint's message",
        )
    if failures:
        print(f"action check FAILED: {len(failures)} of the checks above")
        return 1
    print("action check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
