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

def append_batch(ranges, split):
    """Appends a later batch's texts, each (first, last, category) range in order, all of one split."""
    for first, last, category in ranges:
        for n in range(first, last + 1):
            tid = "pm-%03d" % n
            assert (EVAL / "texts" / (tid + ".md")).is_file(), tid
            rows.append({"id": tid, "file": "texts/%s.md" % tid, "root_cause": category, "split": split})


# Later batches (../README.md, one section each), written without reading the rules, each wholly one split.
from second_holdout import TEXT_RANGES  # noqa: E402
from third_tune import TEXT_RANGES as THIRD_RANGES  # noqa: E402
from fourth_and_fifth import FOURTH_RANGES, FIFTH_RANGES  # noqa: E402
from sixth_tune import SIXTH_RANGES  # noqa: E402
from seventh_tune import SEVENTH_RANGES  # noqa: E402
from eighth_holdout import EIGHTH_RANGES  # noqa: E402
from ninth_tune import NINTH_RANGES  # noqa: E402
for batch, split in ((TEXT_RANGES, "holdout"), (THIRD_RANGES, "tune"), (FOURTH_RANGES, "tune"),
                     (FIFTH_RANGES, "holdout"), (SIXTH_RANGES, "tune"), (SEVENTH_RANGES, "tune"),
                     (EIGHTH_RANGES, "holdout"), (NINTH_RANGES, "tune")):
    append_batch(batch, split)
assert len({r["id"] for r in rows}) == len(rows) == len(list((EVAL / "texts").glob("*.md")))
(EVAL / "texts.labels.json").write_text(json.dumps(
    {"about": "True root cause of each text in texts/, hand-labelled when written (see README.md). "
              "split: fixed, stratified hash of id (tools/split.py), decided before tuning.", "texts": rows}, indent=2) + "\n")
from collections import Counter
print(Counter((r["root_cause"], r["split"]) for r in rows))
print(Counter(r["split"] for r in rows))
