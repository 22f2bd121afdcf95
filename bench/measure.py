#!/usr/bin/env python3
"""Times `showcase dump` and the whole `showcase check` on the benchmark bundles beside `unzip -p` and `pandoc -t plain`.

Prints, per bundle: median whole-process time, MB/s of expanded XML, peak memory, and the same
baselines in the same run, then checks the targets of the foundation issue.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(argv):
    """Runs argv with output discarded; returns its wall-clock seconds."""
    start = time.perf_counter()
    completed = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - start
    if completed.returncode not in (0, 1):
        sys.exit(f"benchmark command failed: {' '.join(argv)}")
    return elapsed


def peak_kib(argv, samples=5):
    """Median peak resident memory of argv in KiB, from GNU time: the rusage of a child forked
    from Python would count Python's own pages from before the exec. One sample is not enough:
    whether the kernel backs the heap with a 2 MiB huge page varies from run to run."""
    peaks = []
    for _ in range(samples):
        completed = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True, check=False)
        peaks.append(int(completed.stderr.strip().splitlines()[-1]))
    return statistics.median(peaks)


def measure(argv, runs):
    run_once(argv)  # warm the page cache
    return statistics.median(run_once(argv) for _ in range(runs)), peak_kib(argv)


def office_parts(bundle_path, workdir):
    """Extracts the Office files of a bundle; returns [(path, expanded XML bytes)]."""
    documents = []
    with zipfile.ZipFile(bundle_path) as bundle:
        for name in bundle.namelist():
            if name.endswith((".docx", ".pptx")):
                target = os.path.join(workdir, os.path.basename(name))
                with open(target, "wb") as out:
                    out.write(bundle.read(name))
                with zipfile.ZipFile(target) as package:
                    xml = sum(i.file_size for i in package.infolist() if i.filename.endswith((".xml", ".rels")))
                documents.append((target, xml))
    return documents


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per command (median reported)")
    parser.add_argument("--showcase", default=os.path.join(ROOT, "build", "bin", "showcase"))
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "out"))
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gen", "make_bench.py"), args.out], check=True)
    have_pandoc = shutil.which("pandoc") is not None
    results = {}
    print(f"{'bundle':<9}{'command':<28}{'median ms':>10}{'MB/s XML':>10}{'peak MiB':>10}")
    for name in ("typical", "large"):
        bundle = os.path.join(args.out, f"{name}.zip")
        with tempfile.TemporaryDirectory() as workdir:
            documents = office_parts(bundle, workdir)
            xml_bytes = sum(size for _, size in documents)
            rows = [("showcase dump", [args.showcase, "dump", "--quiet", bundle]),
                    # The whole check, every plugin and the profile included (the evidence issue).
                    ("showcase check (all plugins)", [args.showcase, "check", "--quiet", "--format", "json",
                                                      "--profile", "highfield-report", bundle])]
            unzip = ["sh", "-c", "; ".join(f"unzip -p '{path}' '*.xml' '*.rels'" for path, _ in documents)]
            rows.append(("unzip -p (XML parts)", unzip))
            report = next(path for path, _ in documents if path.endswith(".docx"))
            if have_pandoc:
                rows.append(("pandoc -t plain (report)", ["pandoc", "-t", "plain", report]))
            for label, argv in rows:
                seconds, peak_kib = measure(argv, args.runs)
                rate = xml_bytes / seconds / 1e6
                results[(name, label)] = (seconds, rate, peak_kib)
                print(f"{name:<9}{label:<28}{seconds * 1000:>10.1f}{rate:>10.1f}{peak_kib / 1024:>10.1f}")
            results[(name, "xml")] = xml_bytes
    # What the process costs before it reads anything: libraries and plugins loaded.
    _, idle_kib = measure([args.showcase, "plugins"], 5)
    print(f"{'idle':<9}{'showcase plugins':<28}{'':>10}{'':>10}{idle_kib / 1024:>10.1f}")
    print()
    typical = results[("typical", "showcase dump")]
    large = results[("large", "showcase dump")]
    whole_check = results[("typical", "showcase check (all plugins)")]
    checks = [
        ("typical bundle read in 15 ms or less", typical[0] <= 0.015, f"{typical[0] * 1000:.1f} ms"),
        ("whole check of the typical bundle in 30 ms or less", whole_check[0] <= 0.030,
         f"{whole_check[0] * 1000:.1f} ms (reading alone {typical[0] * 1000:.1f} ms)"),
        ("throughput at least half of unzip (large)",
         large[1] >= 0.5 * results[("large", "unzip -p (XML parts)")][1],
         f"{large[1]:.0f} vs {results[('large', 'unzip -p (XML parts)')][1]:.0f} MB/s"),
        ("cost grows linearly (large ms per MB within 1.5x of typical)",
         (large[0] / results[("large", "xml")]) <= 1.5 * (typical[0] / results[("typical", "xml")]),
         f"{large[0] / results[('large', 'xml')] * 1e9:.1f} vs {typical[0] / results[('typical', 'xml')] * 1e9:.1f} ns/byte"),
        ("peak memory over the idle process under 3x expanded size (large)",
         (large[2] - idle_kib) * 1024 < 3 * results[("large", "xml")],
         f"{large[2] / 1024:.1f} MiB peak, {idle_kib / 1024:.1f} MiB idle, {results[('large', 'xml')] / 2**20:.1f} MiB of XML"),
    ]
    for label, passed, figure in checks:
        print(f"{'PASS' if passed else 'MISS'}  {label}: {figure}")


if __name__ == "__main__":
    main()
