#!/usr/bin/env python3
"""Checks caselint's DICOM header reading against pydicom on pydicom's own test files.

Usage: Scripts/dicom-oracle.py path/to/caselint

For every Part 10 test file pydicom ships (implicit and explicit VR, sequences, compressed pixel
data, big endian, deflated), it reads the patient module with pydicom, applies the same test of
"still identifying" that caselint applies, and compares the classes caselint reports for a
project holding only that file. Exit code 1 on any disagreement. Needs `pip install pydicom`.
"""
import json, os, re, shutil, subprocess, sys, tempfile

import pydicom
import pydicom.data

ELEMENTS = {  # keyword -> identifier class, as DicomIdentifiers.swift
    "PatientName": "name", "OtherPatientNames": "name", "PatientMotherBirthName": "name",
    "PatientBirthDate": "date", "PatientAddress": "address", "PatientTelephoneNumbers": "phone",
    "PatientAge": "age", "MedicalRecordLocator": "mrn",
}
WORDS = {"removed", "redacted", "unknown", "synthetic", "phantom", "test", "dummy", "sample", "patient",
         "subject", "case", "xxx", "none", "na", "null", "blank"}
PREFIXES = ("anon", "deident", "pseudonym", "identified")


def identifying(value, kind):
    value = value.strip(" \0")
    words = [w for w in re.split(r"[^0-9a-z]+", value.lower()) if w]
    if not value or any(w in WORDS or w.startswith(PREFIXES) for w in words):
        return False
    if kind == "name":
        return sum(c.isalpha() for c in value) >= 3 and not any(c.isdigit() for c in value)
    if kind == "date":
        return (len(value) == 8 and value.isdigit() and 1 <= int(value[4:6]) <= 12
                and 1 <= int(value[6:]) <= 31 and not value.startswith("1900"))
    if kind == "age":
        return value[-1:] in "Yy" and value[:-1].isdigit() and int(value[:-1]) > 89
    return any(c.isalnum() for c in value)


def expected(path):
    with open(path, "rb") as handle:
        head = handle.read(132)
    if len(head) < 132 or head[128:132] != b"DICM":
        return None
    dataset = pydicom.dcmread(path, stop_before_pixels=True)
    syntax = str(dataset.file_meta.get("TransferSyntaxUID", ""))
    if syntax in ("1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"):
        return set()
    if os.path.getsize(path) > 128 * 1024:
        return None  # caselint reads the first 128 KB; pydicom reads the whole header
    found = set()
    for keyword, kind in ELEMENTS.items():
        if keyword in dataset:
            raw = dataset.data_element(keyword).value
            values = raw if isinstance(raw, (list, tuple, pydicom.multival.MultiValue)) else [raw]
            text = "\\".join(str(v) for v in values)
            if identifying(text, kind):
                found.add(f"{kind} {keyword}")
    return found


def reported(binary, path):
    root = tempfile.mkdtemp()
    try:
        os.makedirs(os.path.join(root, "data"))
        shutil.copy(path, os.path.join(root, "data", "scan.dcm"))
        open(os.path.join(root, "README.md"), "w").write("# Scan\n")
        out = subprocess.run([binary, "lint", root, "--format", "json"], capture_output=True, text=True)
        if out.returncode not in (0, 1):
            raise SystemExit(f"{path}: caselint exited {out.returncode}: {out.stderr}")
        found = set()
        for diagnostic in json.loads(out.stdout)["projects"][0]["diagnostics"]:
            if diagnostic["rule"] == "privacy.phi-identifiers" and diagnostic["file"].endswith("scan.dcm"):
                match = re.search(r"DICOM element \(\w{4},\w{4}\) (\w+)", diagnostic["message"])
                kind = next(k for k, v in ELEMENTS.items() if k == match.group(1))
                found.add(f"{ELEMENTS[kind]} {kind}")
        return found
    finally:
        shutil.rmtree(root)


def main():
    binary = sys.argv[1]
    folder = os.path.join(os.path.dirname(pydicom.data.__file__), "test_files")
    checked = agreed = identifying_files = 0
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".dcm"):
            continue
        try:
            want = expected(path)
        except Exception:
            continue  # pydicom itself cannot read it: nothing to compare
        if want is None:
            continue
        got = reported(binary, path)
        checked += 1
        identifying_files += bool(want)
        if got == want:
            agreed += 1
        else:
            print(f"DIFF {name}: pydicom {sorted(want)} caselint {sorted(got)}")
    print(f"dicom oracle: {agreed}/{checked} files agree ({identifying_files} with identifying values)")
    sys.exit(0 if agreed == checked and checked > 0 else 1)


if __name__ == "__main__":
    main()
