#!/usr/bin/env python3
"""Fits the section model's weights (rules/section-model.yml) on hand-labelled READMEs.

The model scores every heading of a README for each case-study part from the features caselint
computes (`caselint outline --json --features`). For one part, a README is one choice among its
headings plus "none", so the weights are fitted as a conditional logit: the probability of a
heading is exp(score) / (1 + sum of exp(score) over the README's headings), "none" scoring 0.
Headings the labeller accepts as equally good (`alternatives:`) share the probability mass.
The order penalty (the price of reading two parts out of their usual order), the preference for
the first of several headings that score for a part, and the score a heading needs at all (which
trades a wrong heading, costly for F1, against none) are not part of that likelihood; they are
chosen from a short grid by section F1 on the same training READMEs.

Usage (needs numpy, scipy, PyYAML and the labelled corpus):
  python3 Scripts/section_model_fit.py --bin .build/debug/caselint --corpus ../shared/corpus-dev \
      --labels ../shared/corpus-dev/labels*.yaml --out rules/section-model.yml
Scripts/crossval-detection.py imports it to refit the weights on each training fold.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np
import yaml
from scipy.optimize import minimize

PARTS = ["problem", "data", "approach", "evaluation", "risks", "next_steps"]
L2 = float(os.environ.get("SECTION_MODEL_L2", "1.5"))  # ridge penalty on every weight but the bias: keeps rare features from overfitting
PENALTIES = [0.0, 0.5]
FIRST = [0.0, 0.5, 1.0, 2.0]
THRESHOLDS = [-0.5, 0.0, 0.5, 1.0]


def load_labels(files):
    entries = []
    for path in files:
        entries.extend(yaml.safe_load(open(path)))
    return entries


def eval_module(shared_tools):
    sys.path.insert(0, shared_tools)
    import eval_caselint  # the scorer's own heading normalisation, so labels map to lines the same way
    return eval_caselint


def outline_features(binary, readmes, rules_dir=None):
    """{readme path: [heading records with features]} from one run of caselint outline."""
    out = {}
    for start in range(0, len(readmes), 200):
        batch = readmes[start:start + 200]
        command = [binary, "outline", "--json", "--features", *batch]
        if rules_dir:
            command[2:2] = ["--rules", rules_dir]
        proc = subprocess.run(command, capture_output=True, text=True, check=True)
        for record in json.loads(proc.stdout):
            out[record["file"]] = record["headings"]
    return out


def training_rows(entries, corpus, features, ev):
    """Per part: a list of (X, accepted indices) per README; accepted empty means "none"."""
    rows = {part: [] for part in PARTS}
    names = None
    for entry in entries:
        readme = os.path.join(corpus, entry["id"], "README.md")
        headings = [h for h in features[readme] if h.get("features")]
        if not headings:
            continue
        names = names or sorted(headings[0]["features"]["problem"].keys())
        text = open(readme, encoding="utf-8", errors="replace").read()
        lines = ev.heading_lines(text)
        for part in PARTS:
            label = (entry.get("sections") or {}).get(part)
            accepted = set()
            if label is not None:
                line = lines.get(ev.norm_heading(label))
                if line is None:
                    continue  # the scorer cannot locate it either: not scored, not learned from
                accepted.add(line)
                for other in ((entry.get("alternatives") or {}).get(part) or []):
                    alt = lines.get(ev.norm_heading(other))
                    if alt is not None:
                        accepted.add(alt)
            X = np.array([[h["features"][part][n] for n in names] for h in headings])
            chosen = [i for i, h in enumerate(headings) if h["line"] in accepted]
            if label is not None and not chosen:
                continue  # labelled heading is not a candidate (a title or setup heading): nothing to learn
            rows[part].append((X, chosen))
    return rows, names


# What a careful reader expects each feature to do, before seeing any labelled README: the fit pulls
# the weights towards these (ridge around the prior, not around zero), so a feature the corpus seldom
# shows, such as a plain-speech heading whose text is full of the part's words ("What still goes
# wrong"), keeps the weight a reader would give it instead of none.
PRIOR = {
    "name": 3.0, "head_word": 2.5, "weak_name": 1.0, "mention": 1.0, "other_name": -1.5, "cues": 0.8,
    "cue_share": 2.0, "subsection_cues": 0.3, "metrics": -0.5, "subsection_metrics": -0.3, "usage": -0.8,
    "subsection_usage": -0.5, "commands": -1.0, "code": -0.5, "words": 0.3, "container": 0.5, "depth": -0.7,
    "under_operational": -2.0, "under_same": -1.0, "under_other": -0.5, "earlier_name": -1.0,
}
PRIOR_BY_PART = {
    "problem": {"position": -2.0, "first": 1.0},
    "data": {"position": -0.5},
    "approach": {"position": -0.5},
    "evaluation": {"position": 0.5, "metrics": 1.5, "subsection_metrics": 0.8},
    "risks": {"position": 1.0},
    "next_steps": {"position": 1.5},
}


def prior_row(names, part):
    return np.array([PRIOR_BY_PART[part].get(n, PRIOR.get(n, 0.0)) for n in names])


# Features that say how likely any heading is to be a part at all (its depth, whether it is setup
# text or code) get one weight shared by the six parts: fewer free weights, less to overfit.
SHARED = {"code", "commands", "container", "depth", "bold", "usage", "subsection_usage", "under_operational", "words"}


def fit_parts(rows, names):
    """Fits all parts at once; a shared feature has one weight for every part."""
    dim = len(names)
    own = [i for i, n in enumerate(names) if n not in SHARED]
    shared = [i for i, n in enumerate(names) if n in SHARED]
    bias = names.index("bias")
    size = len(PARTS) * len(own) + len(shared)

    def unpack(theta):
        weights = {}
        for k, part in enumerate(PARTS):
            w = np.zeros(dim)
            w[own] = theta[k * len(own):(k + 1) * len(own)]
            w[shared] = theta[len(PARTS) * len(own):]
            weights[part] = w
        return weights

    ridge_row = np.full(dim, L2)
    ridge_row[bias] = 0.0
    # The prior of a shared weight is the parts' common value (they agree for every shared feature).
    prior = np.concatenate([prior_row(names, part)[own] for part in PARTS] + [prior_row(names, PARTS[0])[shared]])

    def loss(theta):
        weights = unpack(theta)
        total = 0.0
        grads = {}
        for part in PARTS:
            w = weights[part]
            grad = np.zeros(dim)
            for X, chosen in rows[part]:
                s = X @ w
                top = max(0.0, s.max())
                e = np.exp(s - top)
                denom = math.exp(-top) + e.sum()
                grad += X.T @ (e / denom)
                if chosen:
                    num = e[chosen].sum()
                    total -= math.log(num) - math.log(denom)
                    grad -= X[chosen].T @ (e[chosen] / num)
                else:
                    total -= -top - math.log(denom)
            grads[part] = grad
        g = np.zeros(size)
        for k, part in enumerate(PARTS):
            g[k * len(own):(k + 1) * len(own)] = grads[part][own]
            g[len(PARTS) * len(own):] += grads[part][shared]
        # ridge on the free parameters (the bias is free of it)
        ridge = np.concatenate([np.tile(ridge_row[own], len(PARTS)), ridge_row[shared]])
        total += 0.5 * float(ridge @ ((theta - prior) ** 2))
        g += ridge * (theta - prior)
        return total, g

    theta0 = prior.copy()
    for k in range(len(PARTS)):
        theta0[k * len(own) + own.index(bias)] = -2.0
    result = minimize(loss, theta0, jac=True, method="L-BFGS-B")
    return unpack(result.x)


def model_yaml(weights, names, penalty, note, first=0.0, threshold=0.0):
    lines = [
        "# Generated by Scripts/section_model_fit.py: edits by hand are overwritten on the next fit.",
        f"# {note}",
        "pack: section-model",
        "description: >-",
        "  Weights that decide which heading serves each case-study part: each heading's features (its",
        "  words, its text, its place in the outline; see SectionFeature.swift) times these weights gives",
        "  its score for a part, and the README's best reading picks at most one heading per part.",
        "vocabulary:",
        "  section_model:",
        f"    order_penalty: {penalty}",
        f"    first_preference: {first}",
        f"    threshold: {threshold}",
        "    weights:",
    ]
    for part in PARTS:
        pairs = ", ".join(f"{n}: {round(float(v), 3)}" for n, v in zip(names, weights[part]) if abs(v) >= 0.0005)
        lines.append(f"      {part}: {{{pairs}}}")
    return "\n".join(lines) + "\n"


def section_f1(binary, entries, corpus, rules_dir, ev):
    """Section F1 of the binary with the given model pack, scored as eval_caselint.py scores it."""
    dirs = [os.path.join(corpus, e["id"]) for e in entries]
    proc = subprocess.run([binary, "lint", "--rules", rules_dir, "--format", "json", *dirs], capture_output=True, text=True)
    got = {os.path.realpath(p["path"]): ev.tool_sections(p) for p in json.loads(proc.stdout)["projects"]}
    tally = ev.Tally()
    for entry, d in zip(entries, dirs):
        text = open(os.path.join(d, "README.md"), encoding="utf-8", errors="replace").read()
        lines = ev.heading_lines(text)
        for part in PARTS:
            label = (entry.get("sections") or {}).get(part)
            expected = None if label is None else lines.get(ev.norm_heading(label), "any")
            also = {lines.get(ev.norm_heading(x)) for x in ((entry.get("alternatives") or {}).get(part) or [])} - {None}
            ev.compare_section(tally, None if expected == "any" else expected, got[os.path.realpath(d)][part],
                               allow_any=(expected == "any"), also=also)
    return tally.f1()[2]


def fit(binary, corpus, entries, ev, features=None, note="fitted on the labelled READMEs given"):
    """Fits weights and the order penalty on `entries`; returns the pack's YAML text."""
    readmes = [os.path.join(corpus, e["id"], "README.md") for e in entries]
    features = features or outline_features(binary, readmes)
    rows, names = training_rows(entries, corpus, features, ev)
    weights = fit_parts(rows, names)
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        for penalty in PENALTIES:
            for first in FIRST:
                for threshold in THRESHOLDS:
                    with open(os.path.join(tmp, "section-model.yml"), "w") as f:
                        f.write(model_yaml(weights, names, penalty, note, first, threshold))
                    score = section_f1(binary, entries, corpus, tmp, ev)
                    if best is None or score > best[0] + 1e-9:
                        best = (score, penalty, first, threshold)
    return model_yaml(weights, names, best[1], note, best[2], best[3])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--labels", nargs="+", required=True)
    ap.add_argument("--out", default="rules/section-model.yml")
    a = ap.parse_args()
    ev = eval_module(os.path.join(os.path.dirname(os.path.abspath(a.corpus)), "tools"))
    entries = load_labels(a.labels)
    text = fit(a.bin, a.corpus, entries, ev, note=f"Fitted on {len(entries)} labelled READMEs of corpus-dev.")
    open(a.out, "w").write(text)
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
