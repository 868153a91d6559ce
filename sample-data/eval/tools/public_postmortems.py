"""Builds an evaluation folder from public postmortems written by others, for `opshistory evaluate`.

The texts are not in this repository (their authors' terms are theirs): clone the sources at the commits named
in ../public/*.labels.json and point this script at the clones. The labels are ours (see ../README.md, "Public
postmortems"). Usage:

    git clone https://github.com/danluu/post-mortems /tmp/danluu
    git clone https://github.com/icco/postmortems /tmp/icco
    python3 public_postmortems.py --danluu /tmp/danluu --icco /tmp/icco --out /tmp/public-eval
    opshistory evaluate /tmp/public-eval

Each danluu entry (a one-paragraph summary) becomes a Markdown write-up titled with the company's name, read with
the Markdown postmortem parser forced (`format`, as `inspect --format` does: most entries are one sentence, too
little for detection to call a file a postmortem, and what is measured here is the rules); each icco
file is copied as it is, except that its front matter's `categories` and `keywords` are left out unless
--keep-tags is given (they were added by the collection, not by the incident's authors). The write-ups of
organisations that publish their own (dfds/postmortems, PostHog/post-mortems, Chia-Network/post-mortem) are
copied as they are, under their own file names (some have no extension), and read as `ingest` reads them. --all-tune marks every
text `tune`, so that `evaluate` lists every miss (for the lenient figure: also_acceptable counts as right).
"""
import argparse
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "..", "public")
# Collections of one organisation's own write-ups: labels file name → what to clone.
OWN_WRITE_UPS = {"dfds": "github.com/dfds/postmortems", "posthog": "github.com/PostHog/post-mortems",
                 "chia": "github.com/Chia-Network/post-mortem"}
SKIPPED_SECTIONS = {"Table of Contents", "Other lists of postmortems", "Analysis", "Contributors"}


def read(clone, path, commit):
    """The file at the labelled commit when the clone has it, else as checked out."""
    try:
        return subprocess.run(["git", "-C", clone, "show", f"{commit}:{path}"], capture_output=True, text=True,
                              check=True).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        with open(os.path.join(clone, path), encoding="utf-8") as f:
            return f.read()


def danluu_entries(readme):
    """The README's entries in document order: `[Company](url). summary` lines outside the link lists."""
    section, entries = None, []
    for line in readme.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        m = re.match(r"^\[([^\]]+)\]\(([^)]+)\)\.?\s*(.*)$", line)
        if m and section is not None and section not in SKIPPED_SECTIONS and m.group(3).strip():
            entries.append({"id": "d-%03d" % (len(entries) + 1), "company": m.group(1), "url": m.group(2),
                            "text": m.group(3).strip()})
    return entries


def without_tags(document):
    """The document without the front matter's `categories:` and `keywords:` lists."""
    m = re.match(r"\A---\n(.*?)\n---\n", document, re.S)
    if not m:
        return document
    kept, skipping = [], False
    for line in m.group(1).split("\n"):
        if re.match(r"^(categories|keywords):", line):
            skipping = True
            continue
        if skipping and (line.startswith("- ") or line.startswith("  ")):
            continue
        skipping = False
        kept.append(line)
    return "---\n" + "\n".join(kept) + "\n---\n" + document[m.end():]


def main():
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--danluu", help="clone of github.com/danluu/post-mortems")
    args.add_argument("--icco", help="clone of github.com/icco/postmortems")
    for name, repository in OWN_WRITE_UPS.items():
        args.add_argument(f"--{name}", help=f"clone of {repository}")
    args.add_argument("--out", required=True)
    args.add_argument("--keep-tags", action="store_true")
    args.add_argument("--all-tune", action="store_true")
    a = args.parse_args()
    os.makedirs(os.path.join(a.out, "texts"), exist_ok=True)
    texts = []
    if a.danluu:
        labels = json.load(open(os.path.join(LABELS, "danluu.labels.json")))
        entries = {e["id"]: e for e in danluu_entries(read(a.danluu, "README.md", labels["commit"]))}
        for label in labels["entries"]:
            entry = entries[label["id"]]
            if entry["url"] != label["url"]:
                raise SystemExit(f"{label['id']}: the clone's entry is {entry['url']}, the label's {label['url']}")
            name = f"texts/{label['id']}.md"
            with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
                f.write(f"# {entry['company']}\n\n{entry['text']}\n")
            texts.append((dict(label, format="postmortem-markdown"), name))
    if a.icco:
        labels = json.load(open(os.path.join(LABELS, "icco.labels.json")))
        for label in labels["entries"]:
            document = read(a.icco, f"data/{label['id']}.md", labels["commit"])
            name = f"texts/{label['id']}.md"
            with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
                f.write(document if a.keep_tags else without_tags(document))
            texts.append((label, name))
    for collection in OWN_WRITE_UPS:
        clone = getattr(a, collection)
        if not clone:
            continue
        labels = json.load(open(os.path.join(LABELS, f"{collection}.labels.json")))
        os.makedirs(os.path.join(a.out, "texts", collection), exist_ok=True)
        for label in labels["entries"]:
            name = f"texts/{collection}/{label['path'].replace('/', '__')}"
            with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
                f.write(read(clone, label["path"], labels["commit"]))
            texts.append((label, name))
    rows = [{"id": label["id"], "file": name, "root_cause": label["root_cause"],
             "also_acceptable": label["also_acceptable"], "split": "tune" if a.all_tune else label["split"],
             **({"format": label["format"]} if "format" in label else {})}
            for label, name in texts]
    json.dump({"about": "built by tools/public_postmortems.py", "texts": rows},
              open(os.path.join(a.out, "texts.labels.json"), "w"), indent=1)
    json.dump({"alerts": []}, open(os.path.join(a.out, "alerts.labels.json"), "w"))
    json.dump({"incidents": [], "more": False}, open(os.path.join(a.out, "pagerduty-incidents.json"), "w"))
    json.dump({"data": []}, open(os.path.join(a.out, "opsgenie-alerts.json"), "w"))
    print(f"{len(rows)} texts in {a.out}")


if __name__ == "__main__":
    main()
