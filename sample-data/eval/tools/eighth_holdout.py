"""Eighth batch, all `holdout` (see ../README.md, "Eighth batch: holdout"): texts pm-568..pm-655, written by a
helper session that did not open the rules, the classifiers or any holdout text, labelled by hand when written
(the cause the authors would file each text under), and handed to the lead to commit before anything was
evaluated on them. Nobody may tune on these. Texts only, no alerts.
Used by write_text_labels.py (EIGHTH_RANGES); not run on its own.
"""
# (first, last, category): eight texts per category, all `holdout`.
EIGHTH_RANGES = [
    (568, 575, "DEPLOYED_DEFECT"), (576, 583, "CONFIGURATION"), (584, 591, "CAPACITY_PERFORMANCE"),
    (592, 599, "DEPENDENCY"), (600, 607, "NETWORKING"), (608, 615, "INFRASTRUCTURE_HARDWARE"), (616, 623, "DATA"),
    (624, 631, "SECURITY"), (632, 639, "MONITORING"), (640, 647, "HUMAN_PROCESS"), (648, 655, "UNKNOWN"),
]
