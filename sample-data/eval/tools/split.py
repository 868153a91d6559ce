"""The fixed tune/holdout split, decided before any rule was tuned.

Stratified by true label so that every class is represented in both parts: within each class, items are
ordered by SHA-256 of their id (hex) and the first round(30% of the class) go to `holdout`, the rest to `tune`.
"""
import hashlib


def assign_splits(rows, label_key):
    by_class = {}
    for row in rows:
        by_class.setdefault(row[label_key], []).append(row)
    for members in by_class.values():
        members.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        holdout = round(0.3 * len(members))
        for i, row in enumerate(members):
            row["split"] = "holdout" if i < holdout else "tune"
