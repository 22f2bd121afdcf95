#!/usr/bin/env python3
"""How far our counts agree with the statistics Office saved, and how fast the word count runs.

Usage: python3 bench/count_agreement.py [--samples DIR] [--runs N]

Agreement, over the real Office files of ../shared/reference/office-samples (not ours; see its
README.md for the `trust` levels of manifest.tsv):
  * decks saved by PowerPoint whose statistics are consistent (trust ms_consistent): slides,
    hidden slides and notes pages from `showcase dump`, against <Slides>, <HiddenSlides>, <Notes>;
  * documents saved by Word (ms_consistent): words where <Words> is a real count
    (words_chars57 = no; the short "indeterminate" ones are shown apart), and characters for all.
    Our words are the limits-word-count plugin's Word-compatible count of the visible body and
    tables, nothing excluded (what <Words> describes), once without and once with automatic list
    labels; our characters are the non-whitespace characters of the same text, from the dump.
Speed: the counting itself (a hidden test case of build/bin/showcase_tests times the tokenizer
over 64 MB of paragraphs), and `showcase check` on bench/out/typical.zip and large.zip with every
plugin and with every plugin but limits-word-count (a temporary --plugin-dir), alternating, the
fastest of --runs each.
"""
import argparse
import csv
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHOWCASE = os.path.join(ROOT, "build", "bin", "showcase")
PLUGINS = os.path.join(ROOT, "build", "lib", "showcase", "plugins")
MAIN_TEXT_ONLY = ["footnotes=false", "endnotes=false", "text_boxes=false", "exclude_cover=false",
                  "exclude_back_matter=false"]


def showcase(*args):
    completed = subprocess.run([SHOWCASE, *args, "--quiet"], capture_output=True, text=True, check=False)
    if completed.returncode not in (0, 1):
        return None
    return json.loads(completed.stdout)


def our_words(path, list_labels):
    """Word-compatible words of the visible body and tables, whatever role the file was given."""
    options = MAIN_TEXT_ONLY + ["list_labels=%s" % ("true" if list_labels else "false")]
    args = ["check", path, "--format", "json"]
    for option in options:
        args += ["--set", "limits-word-count." + option]
    report = showcase(*args)
    if report is None:
        return None
    metrics = report["metrics"]["limits-word-count"]
    return metrics["words"] + sum(e["words"] for e in metrics["excluded"] if e["reason"].startswith("role "))


def our_characters(document):
    """Characters without spaces of the visible body and tables, as Word's <Characters> counts."""
    count = 0
    for block in document.get("blocks", []):
        flags = block.get("flags", [])
        if block["part"] in ("body", "table") and "hidden" not in flags and "tracked_deletion" not in flags:
            count += len(re.sub(r"\s", "", block["text"]))
    return count


def percent(part, whole):
    return "%d/%d (%.0f%%)" % (part, whole, 100.0 * part / whole) if whole else "0/0"


def within(ours, saved, tolerance_percent, floor_words=0):
    return abs(ours - saved) <= max(floor_words, saved * tolerance_percent / 100.0)


def deck_agreement(rows, documents):
    checked = [r for r in rows if r["ext"] == "pptx" and r["trust"] == "ms_consistent" and r["file"] in documents]
    agree = {"slides": 0, "hidden": 0, "notes": 0, "all": 0}
    misses = []
    for row in checked:
        slides = documents[row["file"]].get("slides", [])
        ours = {"slides": len(slides), "hidden": sum(1 for s in slides if s["hidden"]),
                "notes": sum(1 for s in slides if s["has_notes"])}
        saved = {"slides": int(row["Slides"] or -1), "hidden": int(row["HiddenSlides"] or -1),
                 "notes": int(row["Notes"] or -1)}
        same = {k: ours[k] == saved[k] for k in ours}
        for key, ok in same.items():
            agree[key] += ok
        agree["all"] += all(same.values())
        if not all(same.values()):
            misses.append((row["file"], ours, saved))
    print("\nDecks saved by PowerPoint (trust ms_consistent): %d files" % len(checked))
    for key in ("slides", "hidden", "notes", "all"):
        print("  %-7s exact %s" % (key, percent(agree[key], len(checked))))
    for file, ours, saved in misses:
        print("  differs: %s ours %s saved %s" % (file, ours, saved))


def word_kind(ours, with_labels, saved):
    """Why our word count and Word's saved one disagree, as far as the figures tell."""
    if with_labels == saved:
        return "list labels: Word's figure equals ours with automatic numbers and bullets"
    if saved == ours - 1:
        return "saved = ours - 1 (Word 2007's stale background count, see the reference)"
    return "saved higher than ours" if saved > ours else "saved lower than ours"


def document_agreement(rows, documents):
    word_rows = [r for r in rows if r["ext"] == "docx" and r["trust"] == "ms_consistent" and r["file"] in documents]
    results = []
    for row in word_rows:
        path = os.path.join(SAMPLES, row["file"])
        ours = our_words(path, False)
        labelled = our_words(path, True)
        if ours is None:
            continue
        results.append({"row": row, "ours": ours, "labelled": labelled, "saved": int(row["Words"] or 0),
                        "chars": our_characters(documents[row["file"]]), "saved_chars": int(row["Characters"] or 0)})

    def words_table(title, selected):
        print("\n%s: %d files" % (title, len(selected)))
        if not selected:
            return
        for label, key in (("without list labels", "ours"), ("with list labels", "labelled")):
            exact = sum(1 for r in selected if r[key] == r["saved"])
            close = sum(1 for r in selected if within(r[key], r["saved"], 1, 5))
            print("  %-20s exact %s; within max(5 words, 1%%) %s" % (label, percent(exact, len(selected)),
                                                                     percent(close, len(selected))))
        # Where agreement stops growing is the tolerance worth using for the cross-check.
        steps = []
        for words, share in ((1, 0), (5, 1), (5, 2), (10, 5)):
            close = sum(1 for r in selected if within(r["ours"], r["saved"], share, words))
            steps.append("max(%d words, %d%%) %d" % (words, share, close))
        print("  without list labels, agreeing within: " + ", ".join(steps))
        gaps = sorted(abs(r["ours"] - r["saved"]) for r in selected)
        relative = sorted(abs(r["ours"] - r["saved"]) / max(1, r["saved"]) * 100 for r in selected)
        print("  difference (without labels): median %d words (%.1f%%), 90th percentile %d words (%.1f%%)" % (
            statistics.median(gaps), statistics.median(relative), gaps[int(0.9 * (len(gaps) - 1))],
            relative[int(0.9 * (len(relative) - 1))]))
        kinds = {}
        for r in selected:
            if r["ours"] != r["saved"]:
                kind = word_kind(r["ours"], r["labelled"], r["saved"])
                kinds[kind] = kinds.get(kind, 0) + 1
        for kind, count in sorted(kinds.items(), key=lambda item: -item[1]):
            print("  disagreement: %-75s %d" % (kind, count))
        if len(selected) <= 10:
            for r in selected:
                print("    %-45s saved %6d  ours %6d  with labels %6d  (%s %s)" % (
                    r["row"]["file"][6:51], r["saved"], r["ours"], r["labelled"], r["row"]["Application"],
                    r["row"]["AppVersion"]))

    words_table("Word documents, <Words> a real count (ms_consistent, words_chars57 = no)",
                [r for r in results if r["row"]["words_chars57"] == "no"])
    words_table("Word documents too short to tell an estimate (ms_consistent, indeterminate)",
                [r for r in results if r["row"]["words_chars57"] == "indeterminate"])

    print("\nWord documents, characters without spaces (ms_consistent): %d files" % len(results))
    differences = sorted(abs(r["chars"] - r["saved_chars"]) / max(1, r["saved_chars"]) * 100 for r in results)
    for tolerance in (0, 1, 2, 5):
        ok = sum(1 for r in results if within(r["chars"], r["saved_chars"], tolerance))
        print("  within %d%%: %s" % (tolerance, percent(ok, len(results))))
    if differences:
        print("  relative difference: median %.2f%%, 90th percentile %.2f%%" % (
            statistics.median(differences), differences[int(0.9 * (len(differences) - 1))]))
    higher = sum(1 for r in results if r["saved_chars"] > r["chars"])
    lower = sum(1 for r in results if r["saved_chars"] < r["chars"])
    print("  disagreement: saved higher than ours %d, saved lower than ours %d" % (higher, lower))


def timed_pair(first, second, runs):
    """Fastest wall-clock seconds of each command, the two run alternately so that a change in the
    machine's load hits both alike; the minimum is the run least disturbed by other processes."""
    for argv in (first, second):
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # warm-up
    best = [float("inf"), float("inf")]
    for _ in range(runs):
        for i, argv in enumerate((first, second)):
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def speed(runs):
    tests = os.path.join(ROOT, "build", "bin", "showcase_tests")
    completed = subprocess.run([tests, "[word-count-speed]"], capture_output=True, text=True, check=False)
    line = next((l for l in completed.stdout.splitlines() if l.startswith("word-count-speed:")), "")
    figures = dict(item.split("=") for item in line.split()[1:])
    print("\nCounting speed (tokenizer alone, one call per paragraph, %.0f MB of report text):" % float(
        figures.get("text_mb", 0)))
    print("  Word-compatible: %.1f million words/s" % (float(figures.get("word_compatible_words_per_second", 0)) / 1e6))
    print("  Unicode (ICU):   %.1f million words/s" % (float(figures.get("icu_words_per_second", 0)) / 1e6))

    out = os.path.join(ROOT, "bench", "out")
    if not all(os.path.exists(os.path.join(out, n)) for n in ("typical.zip", "large.zip")):
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gen", "make_bench.py"), out], check=True)
    without = tempfile.mkdtemp(prefix="showcase-plugins-")
    try:
        for name in os.listdir(PLUGINS):
            if name.endswith(".so") and name != "limits-word-count.so":
                shutil.copy(os.path.join(PLUGINS, name), without)
        print("\n`showcase check` (fastest of %d alternating runs):" % runs)
        for bundle in ("typical.zip", "large.zip"):
            path = os.path.join(out, bundle)
            metrics = showcase("check", path, "--format", "json")["metrics"]["limits-word-count"]
            words = metrics["words"] + sum(e["words"] for e in metrics["excluded"])
            full, base = timed_pair([SHOWCASE, "check", path, "--quiet"],
                                    [SHOWCASE, "check", path, "--quiet", "--plugin-dir", without], runs)
            cost = full - base
            rate = ("%.1f million words/s, both counts and the breakdowns" % (words / cost / 1e6)
                    if cost > 0.0005 else "below what wall-clock timing can separate")
            print("  %-12s %7.1f ms with limits-word-count, %7.1f ms without: %5.1f ms for %d words (%s)" % (
                bundle, full * 1000, base * 1000, cost * 1000, words, rate))
    finally:
        shutil.rmtree(without)


def main():
    global SAMPLES
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", default=os.path.join(ROOT, "..", "shared", "reference", "office-samples"))
    parser.add_argument("--runs", type=int, default=21, help="timed runs per command (the fastest is reported)")
    args = parser.parse_args()
    SAMPLES = os.path.abspath(args.samples)
    if not os.path.exists(SHOWCASE):
        sys.exit("build/bin/showcase not found: build first (cmake --build build)")
    manifest = os.path.join(SAMPLES, "manifest.tsv")
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f, delimiter="\t") if r["trust"] != "bad_input"]
        documents = {}
        for row in rows:
            dump = showcase("dump", os.path.join(SAMPLES, row["file"]))
            if dump and dump["documents"] and dump["documents"][0]["status"] == "read":
                documents[row["file"]] = dump["documents"][0]
        print("Office samples: %d files read of %d (bad_input left out)" % (len(documents), len(rows)))
        deck_agreement(rows, documents)
        document_agreement(rows, documents)
    else:
        print("office samples not found at %s: agreement skipped" % SAMPLES)
    speed(args.runs)


SAMPLES = ""

if __name__ == "__main__":
    main()
