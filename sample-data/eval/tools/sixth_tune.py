"""Sixth batch, all `tune` (see ../README.md, "Sixth batch: tune"): texts pm-381..pm-479, written by a helper
session that did not open the rules, the classifiers or any holdout text, labelled by hand when written (the
cause the authors would file each text under), and handed to the lead to commit before anything was evaluated
or tuned on them. Texts only, no alerts.
Used by write_text_labels.py (SIXTH_RANGES); not run on its own.
"""
# (first, last, category): nine texts per category, all `tune`.
SIXTH_RANGES = [
    (381, 389, "DEPLOYED_DEFECT"), (390, 398, "CONFIGURATION"), (399, 407, "CAPACITY_PERFORMANCE"),
    (408, 416, "DEPENDENCY"), (417, 425, "NETWORKING"), (426, 434, "INFRASTRUCTURE_HARDWARE"), (435, 443, "DATA"),
    (444, 452, "SECURITY"), (453, 461, "MONITORING"), (462, 470, "HUMAN_PROCESS"), (471, 479, "UNKNOWN"),
]
