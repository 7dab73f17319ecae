#!/usr/bin/env python3
"""Score the policy reader against the CA4P-483 labels (ca4p-dev, 242 policies).

Ground truth per policy:
  * information types: the annotators' 数据 spans, each mapped to the vocabulary through the
    synonym lists of Signatures/policy-terms.json (leftmost-longest, like the reader). A span that
    maps to no type (个人信息, 订单信息) is not counted.
  * policy elements: paragraph topics (用户权利增删改查, 开发者公司名称联系方式, 年龄限制条款,
    获取撤回同意, 第三方收集或共享个人信息, 隐私政策修改更新) present or not.
Reader output: `mingcha policy --format jsonl` over the same files.
Scores are per policy (document level): a type counts once per policy. Prints precision/recall
per information type, overall (micro), and per element; --json writes the figures.

Usage: eval-policy.py [--bin .build/debug/mingcha] [--corpus DIR] [--limit N] [--json FILE] [--show-errors N]
"""
import argparse, json, os, subprocess, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_terms():
    with open(os.path.join(ROOT, "Signatures", "policy-terms.json"), encoding="utf-8") as f:
        return json.load(f)


class Matcher:
    """Leftmost-longest term matching with ASCII word boundaries (mirrors TermTrie.longest)."""

    def __init__(self, terms):
        self.trie = {}
        for t, syns in terms["infoTypes"].items():
            for s in syns:
                self._add(s, t)
        for s in terms["notInfo"]:
            self._add(s, None)

    def _add(self, s, payload):
        node = self.trie
        for ch in s.lower():
            node = node.setdefault(ch, {})
        if "$" not in node:
            node["$"] = payload
            node["^a"] = s[0].isascii() and s[0].isalnum()
            node["a$"] = s[-1].isascii() and s[-1].isalnum()

    @staticmethod
    def _word(c):
        return c.isascii() and c.isalnum()

    def types(self, text):
        text = text.lower()
        out, i = set(), 0
        while i < len(text):
            node, j, best = self.trie, i, None
            while j < len(text) and text[j] in node:
                node = node[text[j]]
                j += 1
                if "$" in node:
                    if node["^a"] and i > 0 and self._word(text[i - 1]):
                        continue
                    if node["a$"] and j < len(text) and self._word(text[j]):
                        continue
                    best = (j, node["$"])
            if best:
                if best[1]:
                    out.add(best[1])
                i = best[0]
            else:
                i += 1
        return out


ELEMENTS = {
    "rights": ("用户权利增删改查", lambda s: bool((s.get("details") or {}).get("rights"))),
    "contact": ("开发者公司名称联系方式", lambda s: bool(s["contact"].get("channels")) or bool(s["contact"].get("operatorName"))),
    "children": ("年龄限制条款", lambda s: bool((s.get("details") or {}).get("children"))),
    "withdrawal": ("获取撤回同意", lambda s: bool(s.get("withdrawalDescribed"))),
    "third_party": ("第三方收集或共享个人信息", lambda s: bool((s.get("details") or {}).get("thirdPartySharing")) or bool(s.get("sdkDisclosures"))),
    "updates": ("隐私政策修改更新", lambda s: bool((s.get("details") or {}).get("updatesDescribed"))),
}


CAPABILITY_TYPES = {"camera", "microphone", "storage", "photos", "calendar", "sensors", "bluetooth", "files",
                    "notifications", "accounts", "screen", "minor"}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "mingcha"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "policies", "ca4p-dev"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--json")
    ap.add_argument("--show-errors", type=int, default=0, help="print N false positives / negatives with context")
    a = ap.parse_args()

    terms = load_terms()
    m = Matcher(terms)
    labels = [json.loads(l) for l in open(os.path.join(a.corpus, "labels.jsonl"), encoding="utf-8")]
    labels.sort(key=lambda d: str(d["id"]))
    if a.limit:
        labels = labels[: a.limit]
    files = [os.path.join(a.corpus, "text", "%04d.txt" % int(d["id"])) for d in labels]
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        sys.exit("missing corpus files, e.g. %s" % missing[0])

    out = subprocess.run([a.bin, "policy", "--format", "jsonl"] + files, capture_output=True, text=True)
    results = {}
    for line in out.stdout.splitlines():
        if line.strip():
            r = json.loads(line)
            results[r["file"]] = r

    per = defaultdict(lambda: [0, 0, 0])  # tp fp fn per type
    el = defaultdict(lambda: [0, 0, 0])
    errors, samples = 0, []
    for d, f in zip(labels, files):
        r = results.get(f)
        if not r or not r.get("summary"):
            errors += 1
            continue
        s = r["summary"]
        gold = set()
        for e in d["entities"]:
            if e["class"] == "数据":
                gold |= m.types(e["text"])
        pred = {x["type"] for x in s.get("mentions", [])}
        for t in gold | pred:
            k = per[t]
            if t in gold and t in pred:
                k[0] += 1
            elif t in pred:
                k[1] += 1
                samples.append(("FP", f, t, [ev.get("detail", "") for ev in next(x for x in s["mentions"] if x["type"] == t)["evidence"]][:1]))
            else:
                k[2] += 1
                samples.append(("FN", f, t, [e["text"] for e in d["entities"] if e["class"] == "数据" and t in m.types(e["text"])][:2]))
        topics = {p["class"] for p in d.get("paragraphs", [])}
        for name, (topic, fn) in ELEMENTS.items():
            g, p = topic in topics, fn(s)
            k = el[name]
            if g and p: k[0] += 1
            elif p: k[1] += 1
            elif g: k[2] += 1

    tp = sum(v[0] for v in per.values()); fp = sum(v[1] for v in per.values()); fn = sum(v[2] for v in per.values())
    P, R = prf(tp, fp, fn)
    print("Policy reader vs CA4P labels: %d policies, %d reader errors" % (len(labels), errors))
    print()
    print("%-20s %5s %5s %5s %9s %7s" % ("information type", "tp", "fp", "fn", "precision", "recall"))
    for t in sorted(per, key=lambda t: -(per[t][0] + per[t][2])):
        p, r = prf(*per[t])
        print("%-20s %5d %5d %5d %9.2f %7.2f" % (t, per[t][0], per[t][1], per[t][2], p, r))
    print("%-20s %5d %5d %5d %9.2f %7.2f" % ("ALL (micro)", tp, fp, fn, P, R))
    # The annotators span data items, not device capabilities ("相机权限"): a policy naming the
    # camera permission counts against precision although rules need exactly that mention.
    data = [t for t in per if t not in CAPABILITY_TYPES]
    dtp = sum(per[t][0] for t in data); dfp = sum(per[t][1] for t in data); dfn = sum(per[t][2] for t in data)
    DP, DR = prf(dtp, dfp, dfn)
    print("%-20s %5d %5d %5d %9.2f %7.2f" % ("data types (micro)", dtp, dfp, dfn, DP, DR))
    spans = [e["text"] for d in labels for e in d["entities"] if e["class"] == "数据"]
    unmapped = [x for x in spans if not m.types(x)]
    print("数据 spans mapped to a type: %d of %d (%.0f%%); unmapped are mostly generic (个人信息, 订单信息)"
          % (len(spans) - len(unmapped), len(spans), 100.0 * (len(spans) - len(unmapped)) / max(1, len(spans))))
    print()
    print("%-20s %-26s %5s %5s %5s %9s %7s" % ("element", "label topic", "tp", "fp", "fn", "precision", "recall"))
    figures = {"policies": len(labels), "errors": errors, "infoTypes": {"precision": P, "recall": R, "tp": tp, "fp": fp, "fn": fn},
               "dataTypes": {"precision": DP, "recall": DR}, "elements": {}}
    for name, (topic, _) in ELEMENTS.items():
        p, r = prf(*el[name])
        figures["elements"][name] = {"precision": p, "recall": r}
        print("%-20s %-20s %5d %5d %5d %9.2f %7.2f" % (name, topic, el[name][0], el[name][1], el[name][2], p, r))
    if a.show_errors:
        print()
        for kind, f, t, ctx in samples[: a.show_errors]:
            print(kind, os.path.basename(f), t, "|", " / ".join(c[:100] for c in ctx))
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(figures, fh, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
