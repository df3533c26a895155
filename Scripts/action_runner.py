#!/usr/bin/env python3
"""Runs a composite GitHub Action's steps on this machine the way the Actions runner does.

Each `shell: bash` step runs as `bash --noprofile --norc -eo pipefail SCRIPT` in the workspace,
with its `env:` evaluated and the runner's files: GITHUB_OUTPUT (a new file per step, read into
steps.<id>.outputs), GITHUB_ENV and GITHUB_PATH (applied to the steps after it) and one
GITHUB_STEP_SUMMARY. A failed step stops the action. Expressions are limited to what the action
uses, `${{ inputs.x }}`, `${{ steps.id.outputs.x }}`, `${{ github.* }}` and `${{ runner.* }}`;
anything else is an error, so the local run can never quietly differ from the real one.

    python3 Scripts/action_runner.py action.yml --workspace DIR --input path=Examples ...
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
PROPERTY = re.compile(r"[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*")


@dataclass
class ActionRun:
    status: int
    outputs: dict[str, str]
    summary: str
    log: str
    path_added: list[str] = field(default_factory=list)


def parse_file_commands(text: str) -> dict[str, str]:
    """NAME=VALUE lines and NAME<<DELIMITER blocks, as in GITHUB_OUTPUT and GITHUB_ENV."""
    values: dict[str, str] = {}
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            continue
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            body = []
            while index < len(lines) and lines[index] != delimiter:
                body.append(lines[index])
                index += 1
            if index == len(lines):
                raise ValueError(f"{name}: the delimiter {delimiter} never comes")
            index += 1
            values[name] = "\n".join(body)
        elif "=" in line:
            name, value = line.split("=", 1)
            values[name] = value
        else:
            raise ValueError(f"not a file command: {line!r}")
    return values


class Context:
    def __init__(self, data: dict):
        self.data = data

    def lookup(self, expression: str) -> str:
        if not PROPERTY.fullmatch(expression):
            raise ValueError(f"unsupported expression ${{{{ {expression} }}}}: this runner reads properties only")
        value: object = self.data
        for part in expression.split("."):
            if not isinstance(value, dict):
                raise TypeError(f"${{{{ {expression} }}}}: {part} is not a property")
            value = value.get(part, "")
        if isinstance(value, dict):
            raise TypeError(f"${{{{ {expression} }}}} is an object, not a value")
        return "" if value is None else str(value)

    def evaluate(self, text: object) -> str:
        return EXPRESSION.sub(lambda match: self.lookup(match.group(1)), str(text))


def run_action(action_file: str, inputs: dict[str, str], workspace: str, runner_temp: str, path: str) -> ActionRun:
    with open(action_file, encoding="utf-8") as handle:
        action = yaml.safe_load(handle)
    if action.get("runs", {}).get("using") != "composite":
        raise ValueError(f"{action_file} is not a composite action")
    declared = action.get("inputs", {})
    unknown = sorted(set(inputs) - set(declared))
    if unknown:
        raise ValueError(f"{action_file} declares no input {', '.join(unknown)}")
    values = {name: str(spec.get("default", "")) for name, spec in declared.items()}
    values.update(inputs)
    files = tempfile.mkdtemp(prefix="action-files-", dir=runner_temp)
    summary_file = os.path.join(files, "step_summary.md")
    open(summary_file, "w").close()
    context = Context(
        {
            "inputs": values,
            "steps": {},
            "github": {"action_path": os.path.dirname(os.path.abspath(action_file)), "workspace": workspace},
            "runner": {"temp": runner_temp, "os": "Linux"},
        }
    )
    extra_env: dict[str, str] = {}
    added_paths: list[str] = []
    log: list[str] = []
    status = 0
    for number, step in enumerate(action["runs"]["steps"], 1):
        if "if" in step:
            raise ValueError(f"step {number}: this runner does not evaluate if: conditions")
        if step.get("shell") != "bash" or "run" not in step:
            raise ValueError(f"step {number}: only run steps with shell: bash are supported")
        script = os.path.join(files, f"step{number}.sh")
        with open(script, "w", encoding="utf-8") as handle:
            handle.write(context.evaluate(step["run"]))
        paths = {
            name: os.path.join(files, f"{name.lower()}{number}")
            for name in ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH")
        }
        for file in paths.values():
            open(file, "w").close()
        env = {
            "PATH": os.pathsep.join([*reversed(added_paths), path]),
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8",
            "CI": "true",
            "GITHUB_ACTIONS": "true",
            "GITHUB_WORKSPACE": workspace,
            "GITHUB_ACTION_PATH": context.data["github"]["action_path"],
            "GITHUB_STEP_SUMMARY": summary_file,
            "RUNNER_TEMP": runner_temp,
            "RUNNER_OS": "Linux",
            **paths,
            **extra_env,
        }
        env.update({name: context.evaluate(value) for name, value in (step.get("env") or {}).items()})
        print(f"-- step {number}: {step.get('name', step.get('id', ''))}", flush=True)
        process = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
            cwd=workspace,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        sys.stdout.write(process.stdout)
        log.append(process.stdout)
        with open(paths["GITHUB_OUTPUT"], encoding="utf-8") as handle:
            outputs = parse_file_commands(handle.read())
        if "id" in step:
            context.data["steps"][step["id"]] = {"outputs": outputs}
        with open(paths["GITHUB_ENV"], encoding="utf-8") as handle:
            extra_env.update(parse_file_commands(handle.read()))
        with open(paths["GITHUB_PATH"], encoding="utf-8") as handle:
            added_paths.extend(line for line in handle.read().splitlines() if line)
        if process.returncode != 0:
            status = process.returncode
            break
    outputs = {name: context.evaluate(spec.get("value", "")) for name, spec in (action.get("outputs") or {}).items()}
    with open(summary_file, encoding="utf-8") as handle:
        summary = handle.read()
    return ActionRun(status=status, outputs=outputs, summary=summary, log="".join(log), path_added=added_paths)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", help="the action.yml to run")
    parser.add_argument("--workspace", default=os.getcwd(), help="the checkout the steps run in")
    parser.add_argument("--input", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--path", default=os.environ.get("PATH", ""), help="PATH the runner starts the steps with")
    args = parser.parse_args()
    inputs = dict(item.split("=", 1) for item in args.input)
    with tempfile.TemporaryDirectory(prefix="runner-temp-") as runner_temp:
        result = run_action(args.action, inputs, os.path.abspath(args.workspace), runner_temp, args.path)
    for name, value in result.outputs.items():
        print(f"output {name}={value}")
    print(f"exit status {result.status}")
    return result.status


if __name__ == "__main__":
    sys.exit(main())
