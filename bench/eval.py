#!/usr/bin/env python3
"""Score the evidence-ksb plugin against the labelled evaluation set (bench/eval/).

Usage:
  python3 bench/eval.py [--showcase build/bin/showcase] [--split dev|heldout|all]
                        [--out bench/out/eval] [--only NAME] [--json]
                        [--show-heldout-misses]
  python3 bench/eval.py --separability [--split ...]   (what any threshold could reach)
  python3 bench/eval.py --predictions-from-gold [--degrade FRACTION] ...   (scorer self-test)

Builds every bundle of bench/eval/bundles/ with tools/gen/make_eval.py into OUT/bundles/,
runs `showcase check BUNDLE --profile P --format json --quiet` on each (exit code 0 or 1
are both fine), reads metrics["evidence-ksb"]["criteria"] and compares each criterion's
status and evidence with the gold labels. Gold passages are located with `showcase dump`
(the block of that file whose text contains the phrase).

Prints, for each split and overall: the confusion matrix (gold x predicted status);
precision and recall of "missing or beyond_limit", of missing and of beyond_limit alone,
and of evidenced; the top-3 passage rate; the targets with PASS or MISS; and, per bundle,
the criteria where prediction and gold disagree (held-out bundles only with
--show-heldout-misses, so that the held-out set stays unseen while the plugin is tuned).

--predictions-from-gold is a self-test of this scorer, not of the plugin: it feeds the gold
labels back as predictions (every figure must be 1.0). --degrade F corrupts a fixed,
hash-chosen fraction F of them (statuses swapped, evidence pointed elsewhere) so that the
figures must drop. Neither runs `showcase check`.

Exit status: 0 scored; 2 the plugin produced no metrics["evidence-ksb"]; 3 the set could
not be built or a gold phrase could not be found in the dump; 64 usage error.
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(ROOT, "tools", "gen"))

import make_eval  # noqa: E402

STATUSES = list(make_eval.STATUSES)
NONE = "(none)"  # the plugin gave no entry for a gold criterion
POSITIVE_MB = {"missing", "beyond_limit"}
TARGETS = [
    # (key, label, threshold)
    ("mb_recall", "missing-or-beyond recall", 0.95),
    ("mb_precision", "missing-or-beyond precision", 0.85),
    ("evidenced_precision", "evidenced precision", 0.95),
    ("top3", "top-3 passage rate", 0.85),
]
ELLIPSES = ("\u2026", "...")
norm = make_eval.norm  # whitespace runs as one space, trimmed; None reads as ""


class SetError(Exception):
    """The set could not be built, read or scored; the message says why. `code` is the exit status."""

    def __init__(self, message, code=3):
        Exception.__init__(self, message)
        self.code = code


# ---------------------------------------------------------------------------
# Running showcase
# ---------------------------------------------------------------------------

def run_json(cmd, ok_codes=(0,)):
    """The JSON that `cmd` prints; SetError if it exits otherwise than `ok_codes` or prints no JSON."""
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in ok_codes:
        raise SetError("%s exited %d: %s" % (" ".join(cmd), proc.returncode,
                                             proc.stderr.decode("utf-8", "replace").strip()[:500]))
    try:
        return json.loads(proc.stdout.decode("utf-8"))
    except ValueError as exc:
        raise SetError("%s printed no JSON: %s" % (" ".join(cmd), exc))


# Plugin options for every check, from --set (e.g. evidence-ksb.topic_model=PATH).
CHECK_OPTIONS = []


def check_json(showcase, path, profile, *extra):
    """The report of `showcase check PATH --profile PROFILE --format json --quiet --set ... EXTRA...` (exit 0 or 1)."""
    sets = [arg for option in CHECK_OPTIONS for arg in ("--set", option)]
    return run_json([showcase, "check", path, "--profile", profile, "--format", "json", "--quiet", *sets, *extra],
                    ok_codes=(0, 1))


def resolve_gold(bundle, dump):
    """{criterion: [block]} where block = dict(file, part, index, text); and a list of problems."""
    docs = {d["path"]: d for d in dump.get("documents", [])}
    resolved, problems = {}, []
    for cid, label in bundle["gold"].items():
        blocks = []
        for passage in label["passages"]:
            doc = docs.get(passage["file"])
            phrase = norm(passage["phrase"])
            if doc is None:
                problems.append("%s %s: file %r is not in the dump" % (bundle["name"], cid, passage["file"]))
                continue
            hits = [b for b in doc.get("blocks", []) if phrase in norm(b.get("text"))]
            if not hits:
                problems.append("%s %s: phrase %r not found in any block of %r"
                                % (bundle["name"], cid, passage["phrase"], passage["file"]))
            for b in hits:
                blocks.append({"file": passage["file"], "part": b.get("part"), "index": b.get("index"),
                               "text": norm(b.get("text"))})
        resolved[cid] = blocks
    return resolved, problems


# ---------------------------------------------------------------------------
# Fake predictions for the scorer's self-test
# ---------------------------------------------------------------------------

def _unit(*parts):
    """A number in [0, 1) fixed by its arguments."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return int(digest[:12], 16) / float(1 << 48)


# What a corrupted prediction becomes, chosen by hash among the alternatives, so that every
# class gains false positives and false negatives.
DEGRADED_STATUS = {"evidenced": ("weak", "missing", "appendix_only", "beyond_limit", "weak"),
                   "weak": ("evidenced", "missing", "beyond_limit"),
                   "missing": ("weak", "evidenced"),
                   "beyond_limit": ("evidenced", "missing"),
                   "appendix_only": ("evidenced", "missing")}


def fake_predictions(bundle, resolved, dump, degrade=0.0):
    """Gold fed back as the plugin's criteria list; `degrade` corrupts a fixed share of it."""
    first_block = {}
    for d in dump.get("documents", []):
        if d.get("blocks"):
            b = d["blocks"][0]
            first_block[d["path"]] = {"file": d["path"], "part": b.get("part"), "index": b.get("index"),
                                      "text": norm(b.get("text"))}
    out = []
    for cid, label in bundle["gold"].items():
        status = label["status"]
        blocks = resolved.get(cid, [])
        if degrade and _unit(bundle["name"], cid, "status") < degrade:
            options = DEGRADED_STATUS[status]
            status = options[int(_unit(bundle["name"], cid, "which") * len(options))]
        if degrade and blocks and _unit(bundle["name"], cid, "evidence") < degrade:
            blocks = [first_block[blocks[0]["file"]]]
        evidence = [{"file": b["file"],
                     "location": {"file": b["file"], "part": b["part"], "index": b["index"]},
                     "quote": (b["text"][:199] + "\u2026") if len(b["text"]) > 200 else b["text"]}
                    for b in blocks[:3]]
        out.append({"id": cid, "status": status, "evidence": evidence})
    return out


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------

def strip_quote(quote):
    q = norm(quote)
    changed = True
    while changed:
        changed = False
        for e in ELLIPSES:
            if q.startswith(e):
                q, changed = q[len(e):].strip(), True
            if q.endswith(e):
                q, changed = q[:-len(e)].strip(), True
    return q


def evidence_hits(evidence, gold_blocks):
    """True when one of the first three evidence entries points at a gold block."""
    for entry in (evidence or [])[:3]:
        if not isinstance(entry, dict):
            continue
        loc = entry.get("location") or {}
        efile = loc.get("file") or entry.get("file")
        for g in gold_blocks:
            if efile is not None and efile != g["file"]:
                continue
            if loc.get("part") == g["part"] and loc.get("index") == g["index"] and efile == g["file"]:
                return True
            quote = strip_quote(entry.get("quote") or "")
            if len(quote.split()) >= 4 and quote in g["text"]:
                return True
    return False


def ratio(num, den):
    return None if den == 0 else num / float(den)


def prf(pairs, positive):
    """Precision and recall of the class `positive` (a set of statuses) over (gold, pred) pairs."""
    tp = sum(1 for g, p in pairs if g in positive and p in positive)
    fp = sum(1 for g, p in pairs if g not in positive and p in positive)
    fn = sum(1 for g, p in pairs if g in positive and p not in positive)
    return {"precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn), "tp": tp, "fp": fp, "fn": fn}


def score(records):
    """records: dicts with gold, pred, hit (None unless gold is evidenced)."""
    pairs = [(r["gold"], r["pred"]) for r in records]
    cols = STATUSES + [NONE]
    confusion = {g: {p: 0 for p in cols} for g in STATUSES}
    for g, p in pairs:
        confusion[g][p if p in cols else NONE] += 1
    ev = [r for r in records if r["gold"] == "evidenced"]
    hits = sum(1 for r in ev if r["hit"])
    false_gaps = [r for r in records if r.get("nearest_hit") is not None]
    result = {
        "criteria": len(records),
        "confusion": confusion,
        "missing_or_beyond": prf(pairs, POSITIVE_MB),
        "missing": prf(pairs, {"missing"}),
        "beyond_limit": prf(pairs, {"beyond_limit"}),
        "evidenced": prf(pairs, {"evidenced"}),
        "top3": {"rate": ratio(hits, len(ev)), "hits": hits, "of": len(ev)},
        "false_gaps_nearest": {"rate": ratio(sum(1 for r in false_gaps if r["nearest_hit"]), len(false_gaps)),
                               "hits": sum(1 for r in false_gaps if r["nearest_hit"]), "of": len(false_gaps)},
        "accuracy": ratio(sum(1 for g, p in pairs if g == p), len(pairs)),
    }
    values = {"mb_recall": result["missing_or_beyond"]["recall"],
              "mb_precision": result["missing_or_beyond"]["precision"],
              "evidenced_precision": result["evidenced"]["precision"],
              "top3": result["top3"]["rate"]}
    result["targets"] = [{"target": key, "label": label, "threshold": thr, "value": values[key],
                          "pass": values[key] is not None and values[key] >= thr}
                         for key, label, thr in TARGETS]
    return result


# ---------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------

def fmt(x):
    return "  n/a" if x is None else "%.3f" % x


def print_result(title, res):
    print()
    print("== %s: %d criteria ==" % (title, res["criteria"]))
    cols = STATUSES + [NONE]
    width = 14
    print("gold \\ predicted".ljust(16) + "".join(c.rjust(width) for c in cols))
    for g in STATUSES:
        row = res["confusion"][g]
        print(g.ljust(16) + "".join(str(row[c]).rjust(width) for c in cols))
    for key, label in (("missing_or_beyond", "missing or beyond_limit"), ("missing", "missing"),
                       ("beyond_limit", "beyond_limit"), ("evidenced", "evidenced")):
        m = res[key]
        print("%-24s precision %s  recall %s   (tp %d, fp %d, fn %d)"
              % (label, fmt(m["precision"]), fmt(m["recall"]), m["tp"], m["fp"], m["fn"]))
    t = res["top3"]
    print("%-24s %s   (%d of %d gold-evidenced criteria)" % ("top-3 passage rate", fmt(t["rate"]), t["hits"], t["of"]))
    print("%-24s %s" % ("status accuracy", fmt(res["accuracy"])))
    n = res["false_gaps_nearest"]
    print("%-24s %s   (%d of %d criteria wrongly called missing: a gold passage among the nearest quoted)"
          % ("false gaps, nearest", fmt(n["rate"]), n["hits"], n["of"]))
    for t in res["targets"]:
        print("  %-4s %-30s %s (target >= %.2f)" % ("PASS" if t["pass"] else "MISS", t["label"], fmt(t["value"]),
                                                   t["threshold"]))


def prepare(bundles, showcase, outdir):
    """Build each bundle and locate its gold passages: [(bundle, path, dump, resolved)], problems."""
    prepared, problems = [], []
    for bundle in bundles:
        path = make_eval.build(bundle, outdir)
        dump = run_json([showcase, "dump", path, "--quiet"])
        resolved, probs = resolve_gold(bundle, dump)
        problems += probs
        prepared.append((bundle, path, dump, resolved))
    return prepared, problems


def predict(prepared, showcase, from_gold, degrade):
    """[(bundle, records)]: each gold criterion with its predicted status and whether top-3 hit."""
    per_bundle = []
    for bundle, path, dump, resolved in prepared:
        if from_gold:
            predicted = fake_predictions(bundle, resolved, dump, degrade)
        else:
            report = check_json(showcase, path, bundle["profile"])
            metrics = (report.get("metrics") or {}).get("evidence-ksb")
            if not isinstance(metrics, dict) or not isinstance(metrics.get("criteria"), list):
                plugins = ", ".join("%s %s" % (p.get("id"), p.get("status")) for p in report.get("plugins", []))
                raise SetError("the evidence-ksb plugin produced no metrics[\"evidence-ksb\"][\"criteria\"] for "
                               "%s (plugins run: %s). Build and install the plugin, or run with "
                               "--predictions-from-gold to test the scorer alone." % (bundle["name"], plugins or "none"),
                               code=2)
            predicted = metrics["criteria"]
        by_id = {c.get("id"): c for c in predicted if isinstance(c, dict)}
        records = []
        for cid, label in bundle["gold"].items():
            pred = by_id.get(cid) or {}
            status = pred.get("status", NONE)
            hit = evidence_hits(pred.get("evidence"), resolved[cid]) if label["status"] == "evidenced" else None
            # A criterion wrongly called missing: do the nearest passages it quotes lead to the evidence?
            false_gap = status == "missing" and label["status"] not in POSITIVE_MB
            nearest = evidence_hits(pred.get("nearest"), resolved[cid]) if false_gap else None
            records.append({"bundle": bundle["name"], "split": bundle["split"], "criterion": cid,
                            "gold": label["status"], "pred": status if status in STATUSES else NONE, "hit": hit,
                            "nearest_hit": nearest})
        per_bundle.append((bundle, records))
    return per_bundle


def summarise(per_bundle):
    """Scores per split (and overall when both splits are there) and a line of detail per bundle."""
    groups = []
    for split in ("dev", "heldout"):
        recs = [r for b, rs in per_bundle if b["split"] == split for r in rs]
        if recs:
            groups.append((split, recs))
    if len(groups) > 1:
        groups.append(("overall", [r for _, rs in per_bundle for r in rs]))
    results = {name: score(recs) for name, recs in groups}
    bundles_out = []
    for bundle, recs in per_bundle:
        wrong = [r for r in recs if r["gold"] != r["pred"]]
        nohit = [r for r in recs if r["gold"] == "evidenced" and not r["hit"]]
        bundles_out.append({"name": bundle["name"], "split": bundle["split"], "profile": bundle["profile"],
                            "criteria": len(recs), "agree": len(recs) - len(wrong),
                            "disagreements": [{"criterion": r["criterion"], "gold": r["gold"], "predicted": r["pred"]}
                                              for r in wrong],
                            "top3_misses": [r["criterion"] for r in nohit]})
    return results, bundles_out


HEADLINE = (("missing_or_beyond", "precision"), ("missing_or_beyond", "recall"), ("missing", "precision"),
            ("missing", "recall"), ("beyond_limit", "precision"), ("beyond_limit", "recall"),
            ("evidenced", "precision"), ("evidenced", "recall"), ("top3", "rate"))


def self_test(prepared, degrade):
    """Gold fed back must score 1.0 on every figure; a degraded copy must score lower. Returns 0 or 1."""
    ok = True
    exact, _ = summarise(predict(prepared, None, True, 0.0))
    worse, _ = summarise(predict(prepared, None, True, degrade))
    for group in exact:
        for key, field in HEADLINE:
            a, b = exact[group][key][field], worse[group][key][field]
            if a is None:
                continue
            good_a = abs(a - 1.0) < 1e-12
            # b is None when the degraded copy predicts nothing of the class: not comparable, not a failure
            passed = good_a and (b is None or b < a)
            print("  %-4s %-8s %-18s %-9s gold %s  degraded %s" % ("ok" if passed else "FAIL", group, key,
                                                                  field, fmt(a), fmt(b)))
            ok = ok and passed
    print("scorer self-test: %s (degraded by %.0f%%)" % ("PASS" if ok else "FAIL", degrade * 100))
    return 0 if ok else 1


def roc_auc(higher, lower):
    """The chance that a score drawn from `higher` beats one drawn from `lower` (ties count half)."""
    if not higher or not lower:
        return None
    wins = sum(1.0 if h > l else 0.5 if h == l else 0.0 for h in higher for l in lower)
    return wins / (len(higher) * len(lower))


def best_precision_at_recall(positives, negatives, recall_floor, positive_below):
    """The best precision of a one-threshold rule at the given recall or more. With positive_below
    the rule calls a criterion positive when its score is below the threshold, else at or above."""
    best = None
    for threshold in sorted(set(positives + negatives + [2.0, -1.0])):
        hit = (lambda v: v < threshold) if positive_below else (lambda v: v >= threshold)
        tp = sum(1 for v in positives if hit(v))
        fp = sum(1 for v in negatives if hit(v))
        if positives and tp / len(positives) >= recall_floor and tp + fp:
            best = max(best or 0.0, tp / (tp + fp))
    return best


def separability(prepared, showcase):
    """How well the best passage score alone separates the gold classes, at any threshold: the
    ceiling that choosing thresholds cannot pass. Runs check with every criterion forced to list
    its best passages (weak_score 0, evidenced_score out of reach)."""
    rows = []
    for bundle, path, _dump, _resolved in prepared:
        report = check_json(showcase, path, bundle["profile"],
                            "--set", "evidence-ksb.weak_score=0", "--set", "evidence-ksb.evidenced_score=2")
        for criterion in report["metrics"]["evidence-ksb"]["criteria"]:
            best = max((e["score"] for e in criterion.get("evidence") or []), default=0.0)
            rows.append((bundle["split"], bundle["gold"][criterion["id"]]["status"], best))
    print("== separability: the best passage score of each criterion, any threshold ==")
    print("%-8s %9s %22s %22s %22s" % ("split", "criteria", "missing vs rest AUC", "missing P at R>=0.95",
                                        "evidenced vs weak+miss"))
    for split in ("dev", "heldout", "overall"):
        chosen = [r for r in rows if split == "overall" or r[0] == split]
        if not chosen or (split == "overall" and len({r[0] for r in rows}) < 2):
            continue
        missing = [v for _, g, v in chosen if g == "missing"]
        present = [v for _, g, v in chosen if g in ("evidenced", "weak", "appendix_only")]
        evidenced = [v for _, g, v in chosen if g == "evidenced"]
        not_evidenced = [v for _, g, v in chosen if g in ("weak", "missing")]
        print("%-8s %9d %22s %22s %22s" % (split, len(chosen), fmt(roc_auc(present, missing)),
                                            fmt(best_precision_at_recall(missing, present, 0.95, True)),
                                            fmt(roc_auc(evidenced, not_evidenced))))
    print("AUC 1.0 separates perfectly, 0.5 is chance. The missing targets (recall 0.95, precision 0.85)")
    print("need a score whose best one-threshold precision at recall 0.95 is at least 0.85.")


def main(argv):
    ap = argparse.ArgumentParser(description="Score evidence-ksb against bench/eval/.",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--showcase", default=os.path.join(ROOT, "build", "bin", "showcase"))
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "eval"))
    ap.add_argument("--only", help="score one bundle")
    ap.add_argument("--set", action="append", default=[], metavar="PLUGIN.KEY=VALUE",
                    help="a plugin option for every check (repeatable), e.g. evidence-ksb.topic_model=PATH")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--show-heldout-misses", action="store_true",
                    help="also list the disagreements of held-out bundles")
    ap.add_argument("--predictions-from-gold", action="store_true",
                    help="SELF-TEST OF THE SCORER: use the gold labels as predictions (all figures 1.0)")
    ap.add_argument("--degrade", type=float, default=0.0,
                    help="with --predictions-from-gold: corrupt this fraction of the fake predictions")
    ap.add_argument("--separability", action="store_true",
                    help="print how well the plugin's passage score alone separates missing from present and "
                         "evidenced from the rest, at any threshold (ROC AUC), instead of the usual figures")
    ap.add_argument("--self-test", action="store_true",
                    help="SELF-TEST OF THE SCORER: check that gold scores 1.0 and a degraded copy (--degrade, "
                         "default 0.2) scores lower; exit 1 if not")
    args = ap.parse_args(argv[1:])
    if args.degrade and not (args.predictions_from_gold or args.self_test):
        ap.error("--degrade only makes sense with --predictions-from-gold or --self-test")
    if not 0.0 <= args.degrade <= 1.0:
        ap.error("--degrade takes a fraction between 0 and 1")
    say = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    CHECK_OPTIONS.extend(args.set)

    try:
        loaded = make_eval.load_bundles(args.only)
        for stem, bundle in loaded:
            make_eval.validate(stem, bundle)
    except make_eval.BundleError as exc:
        print("eval.py: the evaluation set is invalid: %s" % exc, file=sys.stderr)
        return 3
    bundles = [b for _, b in loaded if args.split == "all" or b["split"] == args.split]
    if not bundles:
        print("eval.py: no bundles in split %s" % args.split, file=sys.stderr)
        return 3
    if not os.path.isfile(args.showcase):
        print("eval.py: %s not found (build it, or pass --showcase)" % args.showcase, file=sys.stderr)
        return 3
    try:
        prepared, problems = prepare(bundles, args.showcase, os.path.join(args.out, "bundles"))
        if problems:
            for p in problems:
                print("eval.py: gold passage not located: %s" % p, file=sys.stderr)
            print("eval.py: %d gold passage(s) could not be located in `showcase dump`; fix the bundle(s) "
                  "(they count as top-3 misses below)" % len(problems), file=sys.stderr)
        if args.self_test:
            say("SELF-TEST OF THE SCORER (not of the plugin): %d bundles" % len(bundles))
            return self_test(prepared, args.degrade or 0.2) or (3 if problems else 0)
        if args.separability:
            separability(prepared, args.showcase)
            return 3 if problems else 0
        if args.predictions_from_gold:
            say("SELF-TEST OF THE SCORER: predictions are the gold labels%s, not the plugin's output."
                % (" degraded by %.0f%%" % (args.degrade * 100) if args.degrade else ""))
        per_bundle = predict(prepared, args.showcase, args.predictions_from_gold, args.degrade)
    except SetError as exc:
        print("eval.py: %s" % exc, file=sys.stderr)
        return exc.code
    results, bundles_out = summarise(per_bundle)

    if args.json:
        json.dump({"self_test": args.predictions_from_gold, "degrade": args.degrade,
                   "results": results, "bundles": bundles_out, "unlocated_passages": problems},
                  sys.stdout, indent=2)
        print()
        return 0 if not problems else 3

    for name, res in results.items():
        print_result(name, res)
    print()
    print("== per bundle ==")
    for b in bundles_out:
        show = b["split"] == "dev" or args.show_heldout_misses
        print("%s [%s, %s]: %d/%d statuses agree; %d top-3 misses"
              % (b["name"], b["split"], b["profile"], b["agree"], b["criteria"], len(b["top3_misses"])))
        if not show:
            if b["disagreements"] or b["top3_misses"]:
                print("    (held-out: details hidden; --show-heldout-misses lists them)")
            continue
        for d in b["disagreements"]:
            print("    %-7s gold %-13s predicted %s" % (d["criterion"], d["gold"], d["predicted"]))
        if b["top3_misses"]:
            print("    top-3 misses (gold evidenced, no gold passage in the first three evidence entries): %s"
                  % ", ".join(b["top3_misses"]))
    return 0 if not problems else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv))
