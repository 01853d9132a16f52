"""Every HTML page joinsim writes, opened in a real browser (headless Chromium) at 1280 pixels wide: it lays out
without horizontal overflow, and every plot has an ``alt`` text. Skipped, saying so, where Chromium is not installed
(``apt-get install chromium``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from helpers import TIMEOUT

from joinsim.cli import main

ROOT = Path(__file__).resolve().parent.parent

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(BROWSER is None, reason="headless Chromium is not installed (apt-get install "
                                                        "chromium): the pages are not looked at in a browser")
WIDTH = 1280
MEASURE = """<script>window.addEventListener('load', function () {
  var widest = document.documentElement.scrollWidth;
  document.body.setAttribute('data-measured', widest + ' ' + window.innerWidth);
});</script>"""


def measured(page: Path, fragment: str = "") -> tuple[int, int]:
    """(the page's scroll width, the window's width) in Chromium, at 1280 pixels."""
    found = re.search(r'data-measured="(\d+) (\d+)"', browsed(page, fragment))
    return int(found[1]), int(found[2])


def browsed(page: Path, fragment: str = "") -> str:
    """The page's DOM once Chromium has loaded it at 1280 pixels, its scripts run, measured (``data-measured``)."""
    copy = page.with_name(f".measure-{page.name}")
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                               "--no-first-run", "--disable-background-networking", "--disable-component-update",
                               "--disable-sync", f"--user-data-dir={profile}", f"--window-size={WIDTH},900",
                               "--virtual-time-budget=3000", "--dump-dom", f"file://{copy}{fragment}"],
                              capture_output=True, text=True, timeout=120)
    copy.unlink()
    assert "data-measured=" in done.stdout, f"the page did not load in Chromium: {done.stderr[-500:]}"
    return done.stdout


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    home = tmp_path_factory.mktemp("pages")
    for name, text in (("a", 'billing = "autopay"\n'), ("b", 'billing = "net_terms"\n'),
                       ("grid", "users = 200\nreplications = 3\n[sweep]\ncontact_users_first = [false, true]\n"
                                "billing = ['autopay', 'net_terms']\n")):
        (home / f"{name}.toml").write_text(text)
    assert main(["run", "--users", "400", "--replications", "3", "--quiet", "--set", "admins=2", "--set",
                 "contact_users_first=true", "--out", str(home / "run")]) == 0
    assert main(["compare", str(home / "a.toml"), str(home / "b.toml"), "--users", "200", "--replications", "3",
                 "--quiet", "--out", str(home / "compare")]) == 0
    assert main(["sweep", str(home / "grid.toml"), "--workers", "1", "--quiet", "--out", str(home / "sweep")]) == 0
    assert main(["spec", "--tags", "@rule-ACC-5", "--quiet", "--out", str(home / "spec")]) == 0
    assert main(["sensitivity", "--users", "150", "--replications", "3", "--quiet", "--out",
                 str(home / "sensitivity")]) == 0
    assert main(["calibrate", str(ROOT / "docs" / "pilot.csv"), "--out", str(home / "calibrate")]) == 0
    return {"run": home / "run" / "report.html", "compare": home / "compare" / "compare.html",
            "sweep": home / "sweep" / "report.html", "spec": home / "spec" / "index.html",
            "sensitivity": home / "sensitivity" / "sensitivity.html",
            "calibrate": home / "calibrate" / "calibration.html"}


@pytest.mark.parametrize("name, fragment", [("run", ""), ("compare", ""), ("sweep", ""), ("spec", "#en"),
                                            ("spec", "#fr"), ("spec", "#nl"), ("spec", "#src-fr"),
                                            ("spec", "#src-nl"), ("spec", "#src-both"), ("sensitivity", ""),
                                            ("calibrate", "")])
def test_a_page_fits_1280_pixels_without_horizontal_overflow(pages, name, fragment):
    width, window = measured(pages[name], fragment)
    assert width <= window, f"{name}{fragment}: the page is {width} px wide in a {window} px window"


@pytest.mark.parametrize("fragment, tab", [("#src-fr", "src-fr"), ("#src-nl", "src-nl"), ("#src-both", "src-both"),
                                           ("#src-nl-31", "src-nl"), ("#fr-ACC-5", "fr")])
def test_the_living_documentation_opens_the_tab_of_a_source_sentence_or_a_rule_it_links_to(pages, fragment, tab):
    """The Source tabs, a sentence of an article (a rule's link to it) and a rule (a sentence's link to it) open their
    tab, and only it."""
    shown = re.findall(r'<div class="lang on" id="lang-([\w-]+)"', browsed(pages["spec"], fragment))
    assert shown == [tab], (fragment, shown)


@pytest.mark.parametrize("name", ["run", "compare", "sweep", "spec", "sensitivity", "calibrate"])
def test_every_page_is_the_shared_layout_and_every_plot_says_what_it_shows(pages, name):
    page = pages[name].read_text(encoding="utf-8")
    assert '<meta name="viewport"' in page and "<header>" in page and "<footer>" in page
    assert not re.search(r'<img(?![^>]*alt="[^"]{20,}")', page), "an image without a meaningful alt text"


def test_drawing_pages_leaves_matplotlib_as_the_analyst_had_it(home):
    """A notebook's own plots look and show as before: joinsim draws its pages without pyplot and in its style only
    while it draws (issue 22: the first report switched matplotlib to Agg and changed the global style)."""
    script = """
import matplotlib, matplotlib.pyplot as plt
matplotlib.rcParams["lines.linewidth"] = 3.5
before = (matplotlib.get_backend(), dict(matplotlib.rcParams), plt.get_fignums())
from joinsim import compare, settings, simulate, sweep
simulate(users=200).report("run")
compare(settings(billing="autopay"), settings(billing="net_terms"), users=150, replications=2).report("compare")
sweep({"contact_users_first": [False, True]}, users=150, replications=2, workers=1).report("sweep")
after = (matplotlib.get_backend(), dict(matplotlib.rcParams), plt.get_fignums())
changed = sorted(k for k in before[1] if str(before[1][k]) != str(after[1][k]))
assert before[0] == after[0] and not changed and after[2] == before[2] == [], (before[0], after[0], changed)
print("unchanged")
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=home, capture_output=True, text=True, timeout=TIMEOUT,
                          env={**os.environ, "MPLBACKEND": "svg"})
    assert done.returncode == 0 and done.stdout.strip() == "unchanged", done.stdout + done.stderr[-2000:]
    assert (home / "run" / "report.html").read_text().count("data:image/png;base64,") >= 3
