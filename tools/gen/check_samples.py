#!/usr/bin/env python3
"""Checks that samples/ is exactly what make_samples.py writes: the samples are made, not edited.

Usage: python3 tools/gen/check_samples.py    (exit 0 when identical; 1 naming each difference)
"""

import filecmp
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.normpath(os.path.join(HERE, "..", "..", "samples"))


def files_under(root):
    found = set()
    for folder, _, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found


def main():
    with tempfile.TemporaryDirectory() as fresh:
        subprocess.run([sys.executable, os.path.join(HERE, "make_samples.py"), fresh], check=True,
                       stdout=subprocess.DEVNULL)
        committed, made = files_under(SAMPLES), files_under(fresh)
        problems = [f"only in samples/: {name}" for name in sorted(committed - made)]
        problems += [f"not in samples/: {name}" for name in sorted(made - committed)]
        problems += [f"differs from what the generator makes: {name}" for name in sorted(committed & made)
                     if not filecmp.cmp(os.path.join(SAMPLES, name), os.path.join(fresh, name), shallow=False)]
    for problem in problems:
        print(problem)
    print(f"{len(committed & made) - sum('differs' in p for p in problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
