#!/usr/bin/env python3
"""Per-rule precision and recall of `mingcha scan` over the sample apps.

Every sample has an expected.json next to its sources:

    Samples/apk/src/<name>/expected.json          -> scans Samples/apk/built/<name>.apk
    Samples/miniprogram/**/<name>/expected.json   -> scans "input" if given, else a built
                                                     <name>.wxapkg, else the sample folder itself

expected.json: {"mustFire": [rule ids], "mustNotFire": [rule ids],
                "pending": optional [{"rule": id, "reason": why today's pipeline misses it}],
                "input": optional path (relative to the file), "policy": optional policy file,
                "category": optional app category, "scanArgs": optional extra arguments,
                "description": optional text}

A pending rule is planted in the sample like a mustFire rule, but is a known miss of today's
pipeline: it is scored the same (FN when not reported, so recall stays honest), shown in the
"known" column, and does not fail --strict. When a pending rule is reported, eval says so and
--promote moves it into mustFire.

For each rule: TP = in mustFire/pending and reported, FN = in mustFire/pending and not reported,
FP = in mustNotFire and reported, TN = in mustNotFire and not reported. Reported rules a
sample lists in none of the lists are counted as "unlisted" (not scored). A sample whose scan
fails counts every mustFire rule as FN.

Usage: eval.py [--bin PATH] [--samples DIR] [--json OUT] [--strict] [--promote] [--self-test]
Exit status: 0, or 1 with --strict when any FP, FN outside pending, or failed scan;
2 when nothing could be evaluated.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def find_samples(samples_dir):
    """Yield (name, expected_path) for every expected.json under the samples folder, sorted."""
    found = []
    for dirpath, dirnames, filenames in os.walk(samples_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if "expected.json" in filenames:
            found.append((os.path.basename(dirpath), os.path.join(dirpath, "expected.json")))
    return sorted(found, key=lambda x: x[1])


def input_for(name, expected_path, expected, samples_dir):
    """The package to scan for one sample, or None when it has not been built."""
    base = os.path.dirname(expected_path)
    if expected.get("input"):
        p = os.path.normpath(os.path.join(base, expected["input"]))
        return p if os.path.exists(p) else None
    rel = os.path.relpath(base, samples_dir).split(os.sep)
    platform = rel[0] if rel else ""
    if platform == "apk":
        for ext in (".apk", ".apks", ".xapk"):
            p = os.path.join(samples_dir, "apk", "built", name + ext)
            if os.path.exists(p):
                return p
        return None
    if platform == "miniprogram":
        for p in (os.path.join(samples_dir, "miniprogram", "built", name + ".wxapkg"),
                  os.path.join(base, name + ".wxapkg")):
            if os.path.exists(p):
                return p
        pkgs = sorted(f for f in os.listdir(base) if f.endswith(".wxapkg"))
        if pkgs:
            return os.path.join(base, pkgs[0])
        return base
    return None


def scan(binary, path, expected, base, timeout):
    """Run the scanner; return (set of rule ids, error message or None)."""
    cmd = [binary, "scan", "--format", "json"]
    if expected.get("policy"):
        cmd += ["--policy", os.path.normpath(os.path.join(base, expected["policy"]))]
    if expected.get("category"):
        cmd += ["--category", expected["category"]]
    cmd += [str(a) for a in expected.get("scanArgs", [])]
    cmd.append(path)
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return set(), "timed out after %d s" % timeout
    except OSError as e:
        return set(), "cannot run %s: %s" % (binary, e)
    try:
        report = json.loads(proc.stdout.decode("utf-8"))
    except ValueError:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return set(), "exit %d, no JSON report%s" % (proc.returncode, (": " + err[-1]) if err else "")
    if isinstance(report, list):  # a batch-style array of one report
        report = report[0] if report else {}
    if report.get("status") == "error":
        probs = report.get("problems") or [{}]
        return set(), "scan error %s: %s" % (probs[0].get("code", "?"), probs[0].get("message", ""))
    return {f.get("ruleId") for f in report.get("findings", []) if f.get("ruleId")}, None


def evaluate(binary, samples_dir, timeout=300, log=sys.stdout):
    stats = {}   # rule -> {"tp","fp","fn","tn","known","unlisted"}
    samples = []
    def bump(rule, key):
        stats.setdefault(rule, {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "known": 0, "unlisted": 0})[key] += 1
    for name, path in find_samples(samples_dir):
        try:
            with open(path, encoding="utf-8") as fh:
                expected = json.load(fh)
        except (OSError, ValueError) as e:
            samples.append({"sample": name, "expected": path, "error": "bad expected.json: %s" % e})
            continue
        pending = sorted({p["rule"] for p in expected.get("pending", []) if isinstance(p, dict) and p.get("rule")})
        must = sorted(set(expected.get("mustFire", [])) | set(pending))
        must_not = sorted(set(expected.get("mustNotFire", [])))
        pkg = input_for(name, path, expected, samples_dir)
        rec = {"sample": name, "expected": os.path.relpath(path, ROOT), "input": pkg and os.path.relpath(pkg, ROOT)}
        rec["expectedFile"] = path   # absolute, for --promote
        if pkg is None:
            rec["error"] = "not built (run Samples/apk/build.sh)"
            fired, err = set(), rec["error"]
        else:
            fired, err = scan(binary, pkg, expected, os.path.dirname(path), timeout)
            if err:
                rec["error"] = err
        for r in must:
            bump(r, "tp" if r in fired else "fn")
            if r in pending and r not in fired:
                bump(r, "known")
        for r in must_not:
            bump(r, "fp" if r in fired else "tn")
        for r in sorted(fired - set(must) - set(must_not)):
            bump(r, "unlisted")
        rec["missed"] = [r for r in must if r not in fired and r not in pending]
        rec["knownMisses"] = [r for r in pending if r not in fired]
        rec["pendingNowFires"] = [r for r in pending if r in fired]
        rec["falseAlarms"] = [r for r in must_not if r in fired]
        rec["unlisted"] = sorted(fired - set(must) - set(must_not))
        samples.append(rec)
    return stats, samples


def ratio(a, b):
    return None if b == 0 else a / b


def fmt(x):
    return "   -  " if x is None else "%5.1f%%" % (100 * x)


def print_table(stats, samples, out=sys.stdout):
    w = max([len("rule")] + [len(r) for r in stats])
    print("%-*s  %4s %4s %4s %5s %4s %8s  %9s %7s" % (w, "rule", "TP", "FP", "FN", "known", "TN", "unlisted", "precision", "recall"), file=out)
    tot = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "known": 0, "unlisted": 0}
    for rule in sorted(stats):
        s = stats[rule]
        for k in tot:
            tot[k] += s[k]
        print("%-*s  %4d %4d %4d %5d %4d %8d  %9s %7s" % (w, rule, s["tp"], s["fp"], s["fn"], s["known"], s["tn"], s["unlisted"],
                                                         fmt(ratio(s["tp"], s["tp"] + s["fp"])), fmt(ratio(s["tp"], s["tp"] + s["fn"]))), file=out)
    print("%-*s  %4d %4d %4d %5d %4d %8d  %9s %7s" % (w, "ALL (micro)", tot["tp"], tot["fp"], tot["fn"], tot["known"], tot["tn"], tot["unlisted"],
                                                     fmt(ratio(tot["tp"], tot["tp"] + tot["fp"])), fmt(ratio(tot["tp"], tot["tp"] + tot["fn"]))), file=out)
    print("FN counts known misses too (the 'known' column: rules a sample lists as pending).", file=out)
    for rec in samples:
        notes = []
        if rec.get("error"):
            notes.append("error: " + rec["error"])
        if rec.get("missed"):
            notes.append("missed: " + ", ".join(rec["missed"]))
        if rec.get("falseAlarms"):
            notes.append("false alarms: " + ", ".join(rec["falseAlarms"]))
        if rec.get("knownMisses"):
            notes.append("known misses (pending): " + ", ".join(rec["knownMisses"]))
        if rec.get("pendingNowFires"):
            notes.append("pending but now reported (--promote): " + ", ".join(rec["pendingNowFires"]))
        if notes:
            print("  %s: %s" % (rec["sample"], "; ".join(notes)), file=out)
    ok = sum(1 for r in samples if not r.get("error"))
    print("%d sample(s), %d scanned, %d failed" % (len(samples), ok, len(samples) - ok), file=out)
    return tot


def promote(records, log=sys.stdout):
    """Moves pending rules that are now reported into mustFire, in place. Returns how many moved."""
    moved = 0
    for rec in records:
        now = rec.get("pendingNowFires") or []
        path = rec.get("expectedFile")
        if not now or not path:
            continue
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        doc["mustFire"] = sorted(set(doc.get("mustFire", [])) | set(now))
        doc["pending"] = [p for p in doc.get("pending", []) if p.get("rule") not in now]
        if not doc["pending"]:
            del doc["pending"]
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        print("promoted in %s: %s" % (rec["sample"], ", ".join(now)), file=log)
        moved += len(now)
    return moved


def self_test():
    """Runs the evaluation against a fake scanner over made-up samples and checks the counts."""
    with tempfile.TemporaryDirectory() as tmp:
        samples = os.path.join(tmp, "Samples")
        for name, exp in {"a": {"mustFire": ["r1", "r2"], "mustNotFire": ["r3"]},
                          "b": {"mustFire": ["r1"], "mustNotFire": ["r2", "r3"]},
                          "c": {"mustFire": ["r3"]},
                          "d": {"mustFire": [], "pending": [{"rule": "r1", "reason": "x"}, {"rule": "r4", "reason": "y"}]}}.items():
            os.makedirs(os.path.join(samples, "apk", "src", name))
            with open(os.path.join(samples, "apk", "src", name, "expected.json"), "w") as fh:
                json.dump(exp, fh)
        os.makedirs(os.path.join(samples, "apk", "built"))
        for name in ("a", "b", "d"):  # c is not built
            open(os.path.join(samples, "apk", "built", name + ".apk"), "w").close()
        fake = os.path.join(tmp, "mingcha")
        with open(fake, "w") as fh:
            fh.write("#!/bin/sh\nfor last; do :; done\ncase \"$last\" in\n"
                     "*/a.apk) echo '{\"status\":\"ok\",\"findings\":[{\"ruleId\":\"r1\"},{\"ruleId\":\"r3\"},{\"ruleId\":\"r9\"}]}';;\n"
                     "*/b.apk) echo '{\"status\":\"ok\",\"findings\":[{\"ruleId\":\"r1\"},{\"ruleId\":\"r2\"}]}';;\n"
                     "*/d.apk) echo '{\"status\":\"ok\",\"findings\":[{\"ruleId\":\"r1\"}]}';;\n"
                     "esac\n")
        os.chmod(fake, 0o755)
        stats, recs = evaluate(fake, samples, timeout=30)
        want = {"r1": {"tp": 3, "fp": 0, "fn": 0, "tn": 0, "known": 0, "unlisted": 0},
                "r2": {"tp": 0, "fp": 1, "fn": 1, "tn": 0, "known": 0, "unlisted": 0},
                "r3": {"tp": 0, "fp": 1, "fn": 1, "tn": 1, "known": 0, "unlisted": 0},
                "r4": {"tp": 0, "fp": 0, "fn": 1, "tn": 0, "known": 1, "unlisted": 0},
                "r9": {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "known": 0, "unlisted": 1}}
        assert stats == want, stats
        assert [r.get("error") is not None for r in recs] == [False, False, True, False], recs
        d = recs[3]
        assert d["missed"] == [] and d["knownMisses"] == ["r4"] and d["pendingNowFires"] == ["r1"], d
        with open(os.devnull, "w") as devnull:
            assert promote(recs, log=devnull) == 1
        with open(os.path.join(samples, "apk", "src", "d", "expected.json"), encoding="utf-8") as fh:
            doc = json.load(fh)
        assert doc["mustFire"] == ["r1"] and doc["pending"] == [{"rule": "r4", "reason": "y"}], doc
        print("eval.py self-test: 1 passed, 0 failed")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "mingcha"))
    ap.add_argument("--samples", default=os.path.join(ROOT, "Samples"))
    ap.add_argument("--json", help="also write the per-rule and per-sample results here")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per sample")
    ap.add_argument("--strict", action="store_true", help="exit 1 on any FP, FN outside pending, or failed scan")
    ap.add_argument("--promote", action="store_true", help="move pending rules that are now reported into mustFire")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        self_test()
        return 0
    if not os.path.exists(a.bin):
        print("eval: %s not found (make build)" % a.bin, file=sys.stderr)
        return 2
    stats, samples = evaluate(a.bin, a.samples, a.timeout)
    if not samples:
        print("eval: no expected.json under %s" % a.samples, file=sys.stderr)
        return 2
    tot = print_table(stats, samples)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump({"rules": stats, "samples": samples}, fh, ensure_ascii=False, indent=1, sort_keys=True)
    if a.promote:
        promote(samples)
    failed = any(r.get("error") for r in samples)
    return 1 if a.strict and (tot["fp"] or tot["fn"] - tot["known"] or failed) else 0


if __name__ == "__main__":
    sys.exit(main())
