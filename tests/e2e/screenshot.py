#!/usr/bin/env python3
"""Regenerates docs/report-screenshot.png: the HTML report of samples/highfield-report.zip
(--profile highfield-report) at A4 width, from the top down to the row of the criteria grid where
the first criterion without full evidence is opened to show its passages.

    python3 tests/e2e/screenshot.py [--build build] [--source auto|cli|fixture]

--source cli renders the sample with the built program; fixture renders the hand-made
evidence-ksb fixture (tests/report/html_fixture_highfield_report.json, the same sample with
evidence-ksb metrics); auto (the default) uses the program when its report has a criteria grid
(the evidence-ksb plugin is built), else the fixture, and says which.
"""
import argparse
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from devtools_pipe import CI_HINT, Browser, find_chromium  # noqa: E402

SOURCE = os.path.dirname(os.path.dirname(here))
A4_WIDTH = 794  # CSS pixels: 210 mm at 96 dpi


def render(source, build, page):
    if source in ("auto", "cli"):
        # Run from the source tree so that the page shows the sample's path as a user would type it.
        subprocess.run([os.path.join(os.path.abspath(build), "bin", "showcase"), "check", "samples/highfield-report.zip",
                        "--profile", "highfield-report", "--format", "html", "--output", page, "--quiet"],
                       cwd=SOURCE, timeout=120)
        with open(page, encoding="utf-8") as html:
            has_grid = 'class="criteria"' in html.read()
        if source == "cli" or has_grid:
            return "the program's report of the sample"
        print("the evidence-ksb plugin is not built: using the fixture's evidence instead")
    subprocess.run([os.path.join(build, "tests", "e2e", "showcase_render_fixture"),
                    os.path.join(SOURCE, "tests", "report", "html_fixture_highfield_report.json"), page], check=True, timeout=60)
    return "the fixture (hand-made evidence-ksb metrics)"


def main():
    parser = argparse.ArgumentParser(description="Regenerate docs/report-screenshot.png")
    parser.add_argument("--build", default=os.path.join(SOURCE, "build"))
    parser.add_argument("--source", choices=("auto", "cli", "fixture"), default="auto")
    parser.add_argument("--output", default=os.path.join(SOURCE, "docs", "report-screenshot.png"))
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        sys.exit("chromium not found; " + CI_HINT)
    with tempfile.TemporaryDirectory(prefix="showcase-screenshot-") as temp:
        page = os.path.join(temp, "report.html")
        used = render(args.source, args.build, page)
        with Browser(chromium, width=A4_WIDTH, height=1123) as browser:
            browser.open(page)
            # Open the first criterion that is not evidenced, so the picture shows what a cell holds.
            browser.evaluate("(() => { const d = document.querySelector('details.criterion:not(.st-evidenced)')"
                             " || document.querySelector('details.criterion'); if (d) d.open = true; })()")
            # Down to the grid's row holding that criterion: the header, the word bars, the legend and
            # enough of the grid to read, without the long lists that follow.
            bottom = browser.evaluate("(() => { const d = document.querySelector('details.criterion[open]');"
                                      " const t = d ? d.closest('tr') : document.querySelector('#criteria');"
                                      " return Math.ceil(t.getBoundingClientRect().bottom + window.scrollY + 1); })()")
            os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
            browser.screenshot(args.output, clip_height=bottom)
    print("wrote %s from %s" % (args.output, used))


if __name__ == "__main__":
    main()
