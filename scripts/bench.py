#!/usr/bin/env python3
"""make bench: Mingcha's wall time and peak memory per APK next to the tools people use today.

For each APK (the corpus APKs with the most DEX bytes, plus totals over all of them):
  inflate    unzip -p APK 'classes*.dex' > /dev/null          (the floor: bytes that must be inflated)
  mingcha    mingcha scan --format json APK > /dev/null        (the whole scan: facts, SDKs, rules)
  exodus     aapt dump badging APK + dexdump APK class listing (the Exodus-style pipeline)
  androguard AnalyzeAPK(APK) (Debian's androguard, with its analysis)
Wall time (a monotonic clock around /usr/bin/time) and peak RSS (/usr/bin/time's %M): the median time and the largest peak of BENCH_RUNS (3)
runs of each command. Benchmarks print figures; nothing here fails on a time.
"""
import os, subprocess, sys, tempfile, zipfile, time

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/mingcha")
CORPUS = sys.argv[2] if len(sys.argv) > 2 else os.path.expanduser("~/.cache/mingcha-corpus")
TOP = int(os.environ.get("BENCH_TOP", "10"))
ANDROGUARD_TOP = int(os.environ.get("BENCH_ANDROGUARD_TOP", "4"))


def timed(cmd, stdout=subprocess.DEVNULL):
    """Run cmd under /usr/bin/time; return (seconds, peak KiB, exit code). The wall time is read
    here with a monotonic clock to the microsecond (/usr/bin/time prints hundredths, coarse for
    scans of 30-60 ms); the peak RSS is /usr/bin/time's, whose own small process starts the
    command (a child started from this Python process would report at least Python's peak)."""
    with tempfile.NamedTemporaryFile("r") as tf:
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tf.name] + cmd,
                           stdout=stdout, stderr=subprocess.DEVNULL)
        secs = time.perf_counter() - start
        parts = tf.read().split()
        try:
            return secs, int(parts[-1]), p.returncode
        except (ValueError, IndexError):
            return secs, 0, p.returncode


RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def median_of_runs(cmd):
    """The median wall time and the largest peak RSS over RUNS runs (the machine is shared)."""
    runs = [timed(cmd) for _ in range(RUNS)]
    secs = sorted(r[0] for r in runs)
    return secs[len(secs) // 2], max(r[1] for r in runs), runs[-1][2]


def dex_bytes(apk):
    try:
        with zipfile.ZipFile(apk) as z:
            names = [i for i in z.infolist() if i.filename.startswith("classes") and i.filename.endswith(".dex")]
            return sum(i.file_size for i in names), max([i.file_size for i in names] or [0])
    except Exception:
        return 0, 0


def main():
    apks = sorted(os.path.join(CORPUS, "apk", f) for f in os.listdir(os.path.join(CORPUS, "apk")) if f.endswith(".apk"))
    sized = [(a,) + dex_bytes(a) for a in apks]
    sized = [s for s in sized if s[1] > 0]
    sized.sort(key=lambda s: -s[1])
    picked = sized[:TOP]
    print(f"machine: {os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}; mingcha: {BIN}; median of {RUNS} runs")
    print(f"{len(sized)} corpus APKs with code; per-APK figures for the {len(picked)} with the most DEX bytes\n")
    hdr = f"{'apk':44} {'dexMB':>6} | {'inflate s':>9} | {'mingcha s':>9} {'MB':>6} | {'exodus s':>8} | {'androguard s':>12} {'MB':>6} | {'m/infl':>6} {'exo/m':>6} {'ag/m':>6} {'mem ok':>6}"
    print(hdr); print("-" * len(hdr))
    tot = {"infl": 0.0, "m": 0.0, "exo": 0.0, "ag": 0.0, "agm": 0.0, "mexo": 0.0}
    for i, (apk, dex, largest) in enumerate(picked):
        infl, _, _ = median_of_runs(["sh", "-c", f"unzip -p '{apk}' 'classes*.dex' > /dev/null"])
        m, mkb, rc = median_of_runs([BIN, "scan", "--format", "json", apk])
        a1, _, _ = median_of_runs(["aapt", "dump", "badging", apk])
        a2, _, _ = median_of_runs(["sh", "-c", f"dexdump '{apk}' | grep 'Class descriptor' | sort -u > /dev/null"])
        exo = a1 + a2
        if i < ANDROGUARD_TOP:
            ag, agkb, _ = timed(["/usr/bin/python3", "-c",
                                 "import sys;from androguard.misc import AnalyzeAPK;AnalyzeAPK(sys.argv[1])", apk])
            tot["ag"] += ag; tot["agm"] += m
        else:
            ag, agkb = float("nan"), 0
        tot["infl"] += infl; tot["m"] += m; tot["exo"] += exo
        budget_kb = (2 * largest + 64 * 1024 * 1024) / 1024
        name = os.path.basename(apk)[:44]
        print(f"{name:44} {dex/1e6:6.1f} | {infl:9.3f} | {m:9.3f} {mkb/1024:6.0f} | {exo:8.3f} | {ag:12.2f} {agkb/1024:6.0f} | "
              f"{m/max(infl,0.01):6.2f} {exo/max(m,0.01):6.2f} {ag/max(m,0.01):6.1f} {'yes' if mkb <= budget_kb else 'NO':>6}"
              + ("" if rc == 0 else f"  (exit {rc})"))
    print("-" * len(hdr))
    print(f"total over {len(picked)}: inflate {tot['infl']:.3f} s, mingcha {tot['m']:.3f} s "
          f"({tot['m']/max(tot['infl'],0.01):.2f}x inflate), exodus-style {tot['exo']:.3f} s "
          f"({tot['exo']/max(tot['m'],0.01):.2f}x mingcha), androguard on {min(ANDROGUARD_TOP, len(picked))}: "
          f"{tot['ag']:.2f} s ({tot['ag']/max(tot['agm'],0.01):.1f}x mingcha on the same APKs)")

    # Whole-corpus throughput, one core versus two, through the batch command. The one-core run
    # is pinned to one CPU: a scan uses a second thread when it can (inflating ahead, analyses
    # side by side), so an unpinned single job is not a one-core figure.
    # The two are run in turn, RUNS times, and the medians compared: on a shared machine one pair
    # of runs can differ by 20 % from the next.
    one_cpu = min(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as d:
        lst = os.path.join(d, "list.tsv")
        with open(lst, "w") as f:
            f.write("path\n" + "\n".join(s[0] for s in sized) + "\n")
        times = {1: [], 2: []}
        for run in range(RUNS):
            for jobs in (1, 2):
                out = os.path.join(d, f"out{jobs}-{run}")
                t0 = time.time()
                pin = (lambda: os.sched_setaffinity(0, {one_cpu})) if jobs == 1 else None
                p = subprocess.run([BIN, "batch", "--list", lst, "--out", out, "--jobs", str(jobs)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=pin)
                times[jobs].append(time.time() - t0)
                if p.returncode not in (0, 1):
                    print(f"batch --jobs {jobs} exited {p.returncode}")
        res = {j: sorted(t)[len(t) // 2] for j, t in times.items()}
        print(f"batch over all {len(sized)} APKs (median of {RUNS}): 1 job on one core {res[1]:.1f} s "
              f"({len(sized)/res[1]:.1f} apps/s), 2 jobs {res[2]:.1f} s ({len(sized)/res[2]:.1f} apps/s): "
              f"{res[1]/res[2]:.2f}x")

if __name__ == "__main__":
    main()
