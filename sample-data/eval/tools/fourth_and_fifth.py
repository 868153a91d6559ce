"""Fourth batch (`tune`) and fifth batch (`holdout`) of texts, see ../README.md ("Fourth batch: tune" and
"Fifth batch: holdout"): pm-238..pm-314 and pm-315..pm-380, written by a helper session that did not open the
rules, the classifiers or any holdout text, labelled by hand when written, and handed to the lead to commit before
anything was evaluated or tuned on them. Texts only, no alerts.
Used by write_text_labels.py (FOURTH_RANGES, FIFTH_RANGES); not run on its own.
"""
# (first, last, category): seven texts per category, all `tune`.
FOURTH_RANGES = [
    (238, 244, "DEPLOYED_DEFECT"), (245, 251, "CONFIGURATION"), (252, 258, "CAPACITY_PERFORMANCE"),
    (259, 265, "DEPENDENCY"), (266, 272, "NETWORKING"), (273, 279, "INFRASTRUCTURE_HARDWARE"), (280, 286, "DATA"),
    (287, 293, "SECURITY"), (294, 300, "MONITORING"), (301, 307, "HUMAN_PROCESS"), (308, 314, "UNKNOWN"),
]
# (first, last, category): six texts per category, all `holdout`; nobody tunes on these.
FIFTH_RANGES = [
    (315, 320, "DEPLOYED_DEFECT"), (321, 326, "CONFIGURATION"), (327, 332, "CAPACITY_PERFORMANCE"),
    (333, 338, "DEPENDENCY"), (339, 344, "NETWORKING"), (345, 350, "INFRASTRUCTURE_HARDWARE"), (351, 356, "DATA"),
    (357, 362, "SECURITY"), (363, 368, "MONITORING"), (369, 374, "HUMAN_PROCESS"), (375, 380, "UNKNOWN"),
]
