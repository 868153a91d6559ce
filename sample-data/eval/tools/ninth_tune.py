"""Ninth batch, all `tune` (see ../README.md, "Ninth batch: tune"): texts pm-656..pm-743, written by a helper
session that did not open the rules, the classifiers or any holdout text, labelled by hand when written (the
cause the authors would file each text under), and handed to the lead to commit before anything was evaluated
or tuned on them. Texts only, no alerts.
Used by write_text_labels.py (NINTH_RANGES); not run on its own.
"""
# (first, last, category): eight texts per category, all `tune`.
NINTH_RANGES = [
    (656, 663, "DEPLOYED_DEFECT"), (664, 671, "CONFIGURATION"), (672, 679, "CAPACITY_PERFORMANCE"),
    (680, 687, "DEPENDENCY"), (688, 695, "NETWORKING"), (696, 703, "INFRASTRUCTURE_HARDWARE"), (704, 711, "DATA"),
    (712, 719, "SECURITY"), (720, 727, "MONITORING"), (728, 735, "HUMAN_PROCESS"), (736, 743, "UNKNOWN"),
]
