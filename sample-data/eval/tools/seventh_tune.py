"""Seventh batch, all `tune` (see ../README.md, "Seventh batch: tune"): texts pm-480..pm-567, written by a helper
session that did not open the rules, the classifiers or any holdout text, labelled by hand when written (the
cause the authors would file each text under), and handed to the lead to commit before anything was evaluated
or tuned on them. Texts only, no alerts.
Used by write_text_labels.py (SEVENTH_RANGES); not run on its own.
"""
# (first, last, category): eight texts per category, all `tune`.
SEVENTH_RANGES = [
    (480, 487, "DEPLOYED_DEFECT"), (488, 495, "CONFIGURATION"), (496, 503, "CAPACITY_PERFORMANCE"),
    (504, 511, "DEPENDENCY"), (512, 519, "NETWORKING"), (520, 527, "INFRASTRUCTURE_HARDWARE"), (528, 535, "DATA"),
    (536, 543, "SECURITY"), (544, 551, "MONITORING"), (552, 559, "HUMAN_PROCESS"), (560, 567, "UNKNOWN"),
]
