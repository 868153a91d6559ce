"""Writes the API-records-as-CSV fixtures the way scripts write them (run from this folder; output is committed).

pandas is not needed to write what pandas writes: DataFrame.to_csv writes a dict or list cell as str(value) (a Python
literal) through the csv module with minimal quoting, and json_normalize names nested fields with dots. The records
are Opsgenie's documented GET /v2/alerts sample (testdata/formats/opsgenie/docs-samples), with a second page's alert
made up for the gaps pandas fills with NaN (an alert never acknowledged or closed).
"""
import csv
import json

with open("../../../../../../testdata/formats/opsgenie/docs-samples/GET_v2_alerts.list.response.json") as f:
    alerts = json.load(f)["data"]


def flatten(record, prefix=""):
    """json_normalize: nested objects become dotted columns; lists stay whole (written as Python literals)."""
    row = {}
    for key, value in record.items():
        if isinstance(value, dict):
            row.update(flatten(value, prefix + key + "."))
        else:
            row[prefix + key] = value
    return row


rows = [flatten(a) for a in alerts]
columns = []
for row in rows:
    columns += [c for c in row if c not in columns]
with open("opsgenie-alerts.json_normalize.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow([""] + columns)  # to_csv writes the index first, under an empty name
    for i, row in enumerate(rows):
        # NaN is written as an empty cell; a float column with gaps keeps its numbers as 15702.0
        out.writerow([i] + ["" if c not in row else (str(row[c]) if not isinstance(row[c], (int, float)) or isinstance(row[c], bool)
                                                     else (f"{float(row[c])}" if c.startswith("report.") else str(row[c])))
                            for c in columns])
with open("opsgenie-alerts.to_csv.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(list(alerts[0].keys()))
    for a in alerts:
        out.writerow([str(a.get(k, "")) for k in alerts[0].keys()])
