#!/usr/bin/env python3
"""End-to-end test of `showcase check --format html` in a real browser (Debian's chromium, headless).

Renders two pages into the artefacts folder: the sample highfield-report.zip through the CLI, and
the evidence-ksb fixture (tests/report/html_fixture_highfield_report.json) through
showcase_render_fixture, since the sample has no evidence-ksb metrics until that plugin exists.
Then, in the browser: the page is self-contained (no script ran, nothing was fetched, no console
error), the word bars and the criteria grid are drawn, the keyboard reaches a grid cell with a
visible focus ring and opens it, a mouse click opens another and its quote becomes visible, print
media shows every quote; and it saves report-fixture.png (the whole page, after the clicks) and
highfield-report.png (the sample's first A4 page).

Exit 0 passed, 1 failed, 77 skipped (no chromium, allowed only outside CI: CI=true makes it fail).
"""
import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devtools_pipe import CI_HINT, Browser, DevToolsError, find_chromium  # noqa: E402

SKIP = 77
failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)


def quote_visible(browser, criterion):
    """Whether the first quote of a criterion's cell is rendered (open details, non-zero box)."""
    return browser.evaluate("(() => { const q = document.querySelector('#criterion-%s blockquote');"
                            " const r = q.getBoundingClientRect(); return q.checkVisibility() && r.height > 0; })()" % criterion)


def check_common(browser, name):
    check(browser.evaluate("document.documentElement.lang") == "en", name + ": <html lang=\"en\">")
    check(browser.evaluate("document.title").startswith("Showcase check: "), name + ": a title")
    check(browser.evaluate("document.scripts.length") == 0, name + ": no script element")
    check(browser.evaluate("performance.getEntriesByType('resource').length") == 0, name + ": nothing fetched")
    levels = browser.evaluate("[...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1])")
    check(levels[0] == 1 and levels.count(1) == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:])),
          name + ": one h1 and no skipped heading level %s" % levels)
    bars = browser.evaluate("[...document.querySelectorAll('#words svg.bar')].map(b => b.getBoundingClientRect().width)")
    check(len(bars) >= 2 and min(bars) > 100, name + ": %d word bars drawn, each wider than 100px" % len(bars))
    # The first Tab reaches the skip link, shown on focus; Enter moves focus to the main content.
    browser.press("Tab", "Tab", 9)
    check(browser.evaluate("document.activeElement.className") == "skip-link", name + ": the first Tab focuses the skip link")
    check(browser.evaluate("document.activeElement.getBoundingClientRect().top") >= 0, name + ": the focused skip link is on screen")
    browser.press("Enter", "Enter", 13, "\r")
    check(browser.evaluate("document.activeElement.id") == "main", name + ": the skip link moves focus to <main>")
    errors = [e["params"]["entry"]["text"] for e in browser.events("Log.entryAdded") if e["params"]["entry"]["level"] == "error"]
    check(not errors, name + ": no console error (a blocked fetch or script would log one) %s" % errors[:3])


def check_grid(browser):
    check(browser.evaluate("document.querySelectorAll('table.criteria details.criterion').length") == 40,
          "fixture: the criteria grid has 40 cells")
    check(browser.evaluate("document.querySelectorAll('table.criteria th[scope=row]').length") == 10,
          "fixture: one row per module (10)")
    labels = browser.evaluate("[...document.querySelectorAll('table.criteria .status-label')].map(e => e.innerText)")
    check(len(labels) == 40 and all(labels), "fixture: every cell shows its status in words")

    # Keyboard: Tab from the skip link's target to the first grid cell; its focus ring shows; Enter opens it.
    for _ in range(80):
        browser.press("Tab", "Tab", 9)
        if browser.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    cell = browser.evaluate("document.activeElement.parentElement.id")
    check(cell == "criterion-M02-K1", "fixture: Tab reaches the first grid cell (%s)" % cell)
    ring = browser.evaluate("(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
    check(ring[0] == "solid" and ring[1] >= 2, "fixture: the focused cell has a visible focus ring %s" % ring)
    check(not quote_visible(browser, "M02-K1"), "fixture: a closed cell hides its quote")
    browser.press("Enter", "Enter", 13, "\r")
    check(browser.evaluate("document.querySelector('#criterion-M02-K1').open"), "fixture: Enter opens the focused cell")
    check(quote_visible(browser, "M02-K1"), "fixture: its quote becomes visible")

    # Mouse: a click on another cell opens it and shows the quote and where it is.
    check(not quote_visible(browser, "M11-S2"), "fixture: the weak cell M11-S2 starts closed")
    browser.click("#criterion-M11-S2 > summary")
    check(quote_visible(browser, "M11-S2"), "fixture: a click opens M11-S2 and its quote is visible")
    text = browser.evaluate("document.querySelector('#criterion-M11-S2 .criterion-body').innerText")
    check("To monitor progress I tick items off the planner" in text and "paragraph 58" in text,
          "fixture: the opened cell shows the quote and its location")

    # Print: every cell's evidence is shown without opening it; the contents list is not printed.
    browser.call("Emulation.setEmulatedMedia", {"media": "print"})
    check(quote_visible(browser, "M15-B5"), "fixture: printing shows the quotes of closed cells")
    check(browser.evaluate("getComputedStyle(document.querySelector('nav.contents')).display") == "none",
          "fixture: printing leaves out the contents list")
    browser.call("Emulation.setEmulatedMedia", {"media": ""})


def render(arguments, what):
    result = subprocess.run(arguments, capture_output=True, text=True, timeout=60)
    if result.returncode not in (0, 1):
        raise SystemExit("FAIL  %s: exit %d\n%s" % (what, result.returncode, result.stderr))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--showcase", required=True)
    parser.add_argument("--render-fixture", required=True)
    parser.add_argument("--fixture", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--artefacts", required=True)
    args = parser.parse_args()
    started = time.monotonic()

    chromium = find_chromium()
    if chromium is None:
        if os.environ.get("CI", "").lower() == "true":
            print("FAIL  chromium not found, and CI=true: the end-to-end test must run in CI; " + CI_HINT)
            return 1
        print("SKIP  chromium not found; " + CI_HINT)
        return SKIP

    os.makedirs(args.artefacts, exist_ok=True)
    sample_page = os.path.join(args.artefacts, "highfield-report.html")
    fixture_page = os.path.join(args.artefacts, "report-fixture.html")
    render([args.showcase, "check", args.sample, "--profile", "highfield-report", "--format", "html",
            "--output", sample_page, "--quiet"], "showcase check --format html")
    render([args.render_fixture, args.fixture, fixture_page], "showcase_render_fixture")

    try:
        with Browser(chromium) as browser:
            browser.open(sample_page)
            check_common(browser, "sample")
            cells = browser.evaluate("document.querySelectorAll('table.criteria details.criterion').length")
            if cells:  # once the evidence-ksb plugin is built, the sample's own grid is checked too
                browser.click("table.criteria details.criterion > summary")
                check(browser.evaluate("document.querySelector('table.criteria details.criterion .criterion-body').checkVisibility()"),
                      "sample: %d grid cells; a click opens the first" % cells)
            else:
                print("note  sample: no criteria grid (the evidence-ksb plugin is not built); the fixture covers it")
            browser.screenshot(os.path.join(args.artefacts, "highfield-report.png"), clip_height=1123)  # its first A4 page
            browser.open(fixture_page)
            check_common(browser, "fixture")
            check_grid(browser)
            browser.evaluate("window.scrollTo(0, 0)")
            browser.screenshot(os.path.join(args.artefacts, "report-fixture.png"))
    except DevToolsError as error:
        check(False, "the browser session: %s" % error)

    print("artefacts in %s; %.1f s" % (args.artefacts, time.monotonic() - started))
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
