#!/usr/bin/env python3
"""Writes texts.labels.json: the root cause of every text in texts/, as judged by the author when writing it
(the table below is hand-written, one line per text), with the fixed split of split.py."""
import json
from pathlib import Path
from split import assign_splits

EVAL = Path(__file__).resolve().parent.parent
RANGES = [  # (first, last, category): texts were written in blocks per category, then a mixed tail
    (1, 10, "DEPLOYED_DEFECT"), (11, 20, "CONFIGURATION"), (21, 29, "CAPACITY_PERFORMANCE"),
    (30, 38, "DEPENDENCY"), (39, 47, "NETWORKING"), (48, 56, "INFRASTRUCTURE_HARDWARE"), (57, 65, "DATA"),
    (66, 74, "SECURITY"), (75, 83, "MONITORING"), (84, 91, "HUMAN_PROCESS"), (92, 98, "UNKNOWN"),
    (99, 99, "DEPLOYED_DEFECT"), (100, 100, "CONFIGURATION"), (101, 101, "CAPACITY_PERFORMANCE"),
    (102, 102, "DEPENDENCY"), (103, 103, "NETWORKING"), (104, 104, "DATA"), (105, 105, "MONITORING"),
]
rows = []
for first, last, category in RANGES:
    for n in range(first, last + 1):
        tid = "pm-%03d" % n
        assert (EVAL / "texts" / (tid + ".md")).is_file(), tid
        rows.append({"id": tid, "file": "texts/%s.md" % tid, "root_cause": category, })
assign_splits(rows, "root_cause")
# Second holdout batch (../README.md): written later by someone who had not read the rules; always `holdout`.
from second_holdout import TEXT_RANGES  # noqa: E402
for first, last, category in TEXT_RANGES:
    for n in range(first, last + 1):
        tid = "pm-%03d" % n
        assert (EVAL / "texts" / (tid + ".md")).is_file(), tid
        rows.append({"id": tid, "file": "texts/%s.md" % tid, "root_cause": category, "split": "holdout"})
# Third batch (../README.md, "Third batch: tune"): written to tune on; always `tune`.
from third_tune import TEXT_RANGES as THIRD_RANGES  # noqa: E402
for first, last, category in THIRD_RANGES:
    for n in range(first, last + 1):
        tid = "pm-%03d" % n
        assert (EVAL / "texts" / (tid + ".md")).is_file(), tid
        rows.append({"id": tid, "file": "texts/%s.md" % tid, "root_cause": category, "split": "tune"})
# Fourth batch (tune) and fifth batch (holdout) (../README.md): written without reading the rules.
from fourth_and_fifth import FOURTH_RANGES, FIFTH_RANGES  # noqa: E402
for ranges, split in ((FOURTH_RANGES, "tune"), (FIFTH_RANGES, "holdout")):
    for first, last, category in ranges:
        for n in range(first, last + 1):
            tid = "pm-%03d" % n
            assert (EVAL / "texts" / (tid + ".md")).is_file(), tid
            rows.append({"id": tid, "file": "texts/%s.md" % tid, "root_cause": category, "split": split})
# Sixth batch (../README.md, "Sixth batch: tune"): written without reading the rules; always `tune`.
from sixth_tune import SIXTH_RANGES  # noqa: E402
for first, last, category in SIXTH_RANGES:
    for n in range(first, last + 1):
        tid = "pm-%03d" % n
        assert (EVAL / "texts" / (tid + ".md")).is_file(), tid
        rows.append({"id": tid, "file": "texts/%s.md" % tid, "root_cause": category, "split": "tune"})
# Seventh batch (../README.md, "Seventh batch: tune") and eighth (../README.md, "Eighth batch: holdout"): written
# without reading the rules, by two authors who did not read each other's texts.
from seventh_tune import SEVENTH_RANGES  # noqa: E402
from eighth_holdout import EIGHTH_RANGES  # noqa: E402
for ranges, split in ((SEVENTH_RANGES, "tune"), (EIGHTH_RANGES, "holdout")):
    for first, last, category in ranges:
        for n in range(first, last + 1):
            tid = "pm-%03d" % n
            assert (EVAL / "texts" / (tid + ".md")).is_file(), tid
            rows.append({"id": tid, "file": "texts/%s.md" % tid, "root_cause": category, "split": split})
# Ninth batch (../README.md, "Ninth batch: tune"): written without reading the rules; always `tune`.
from ninth_tune import NINTH_RANGES  # noqa: E402
for first, last, category in NINTH_RANGES:
    for n in range(first, last + 1):
        tid = "pm-%03d" % n
        assert (EVAL / "texts" / (tid + ".md")).is_file(), tid
        rows.append({"id": tid, "file": "texts/%s.md" % tid, "root_cause": category, "split": "tune"})
assert len({r["id"] for r in rows}) == len(rows) == len(list((EVAL / "texts").glob("*.md")))
(EVAL / "texts.labels.json").write_text(json.dumps(
    {"about": "True root cause of each text in texts/, hand-labelled when written (see README.md). "
              "split: fixed, stratified hash of id (tools/split.py), decided before tuning.", "texts": rows}, indent=2) + "\n")
from collections import Counter
print(Counter((r["root_cause"], r["split"]) for r in rows))
print(Counter(r["split"] for r in rows))
