"""The CI artefacts of the scenarios, read by the tools that read them (issue 25): ``cucumber.json`` against the
Cucumber project's JSON schema, ``messages.ndjson`` against Cucumber Messages' schema and rendered by Cucumber's own
HTML formatter (looked at in headless Chromium), ``junit.xml`` grouped by classname as a CI server groups it; their
counts agree; one scenario per language has its keywords, lines and step durations checked against its feature
file. The run is ``joinsim spec --tags @rule-ACC-5`` (``spec_run`` in conftest.py)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from helpers import cucumber_json_errors

from conftest import SPEC_SELECTION
from joinsim.livingdoc import spec as livingdoc

ROOT = Path(__file__).resolve().parent.parent
RULE = SPEC_SELECTION.removeprefix("@rule-")


def _cucumber(spec_run: Path) -> list[dict]:
    return json.loads((spec_run / "cucumber.json").read_text(encoding="utf-8"))


def _messages(spec_run: Path) -> list[dict]:
    return [json.loads(line) for line in (spec_run / "messages.ndjson").read_text(encoding="utf-8").splitlines()]


def _rule_docs(language: str) -> list:
    return [(f, r) for f in livingdoc.read_features() if f.language == language for r in f.rules if r.rule_id == RULE]


# ---------------------------------------------------------------------------- cucumber.json
def test_cucumber_json_is_valid_against_the_cucumber_projects_schema(spec_run):
    report = _cucumber(spec_run)
    assert report, "cucumber.json holds no feature"
    errors = cucumber_json_errors(report)
    assert not errors, "cucumber.json breaks the schema:\n" + "\n".join(errors[:20])


@pytest.mark.parametrize("language, keywords", [
    ("en", {"feature": "Feature", "rule": "Rule", "scenario": "Scenario", "background": "Background",
            "steps": {"Given ", "When ", "Then ", "And "}}),
    ("fr", {"feature": "Fonctionnalité", "rule": "Règle", "scenario": "Scénario", "background": "Contexte",
            "steps": {"Soit ", "Quand ", "Alors ", "Et "}}),
    ("nl", {"feature": "Functionaliteit", "rule": "Regel", "scenario": "Scenario", "background": "Achtergrond",
            "steps": {"Gegeven ", "Als ", "Dan ", "En "}}),
])
def test_a_scenario_per_language_has_the_files_keywords_lines_and_step_durations(spec_run, language, keywords):
    """Spot check of the first scenario of the rule in each language: every keyword is the dialect's, every line
    is the line of the feature file that says it (feature, background, scenario, step, tag), and every step has a
    duration of its own in nanoseconds (not the scenario's time split: they differ, and add up to at most the time
    junit.xml gives the scenario)."""
    (feature_doc, rule_doc), = _rule_docs(language)
    feature = next(f for f in _cucumber(spec_run) if f["uri"] == feature_doc.path)
    lines = (ROOT / feature_doc.path).read_text(encoding="utf-8").splitlines()

    def says(line: int, text: str) -> bool:
        return lines[line - 1].strip().startswith(text)

    assert feature["keyword"] == keywords["feature"] and says(feature["line"], f"{feature['keyword']}: ")
    assert all(says(tag["line"], "@") and tag["name"] in lines[tag["line"] - 1].split() for tag in feature["tags"])
    first = rule_doc.scenarios[0]
    index = next(i for i, e in enumerate(feature["elements"]) if e["type"] == "scenario" and e["line"] == first.line)
    background, scenario = feature["elements"][index - 1], feature["elements"][index]
    assert background["type"] == "background" and background["keyword"] == keywords["background"]
    assert says(background["line"], f"{keywords['background']}:")
    assert scenario["keyword"] == keywords["scenario"] and scenario["name"] == first.name
    assert says(scenario["line"], f"{keywords['scenario']}: {first.name}")
    assert lines[rule_doc.line - 1].strip().startswith(f"{keywords['rule']}: {rule_doc.name}")
    assert {"@rule-" + RULE, *("@" + t for t in feature_doc.tags)} <= {t["name"] for t in scenario["tags"]}
    assert all(tag["name"] in lines[tag["line"] - 1].split() for tag in scenario["tags"])
    steps = background["steps"] + scenario["steps"]
    assert [s["line"] for s in steps] == [s.line for s in first.steps]
    for step in steps:
        assert step["keyword"] in keywords["steps"], step
        assert lines[step["line"] - 1].strip() == step["keyword"] + step["name"], step
    durations = [s["result"]["duration"] for s in steps]
    assert all(isinstance(d, int) and d > 0 for d in durations) and len(set(durations)) > 1, durations
    case = next(c for c in ET.parse(spec_run / "junit.xml").iter("testcase") if c.get("name") == first.name
                and c.get("classname", "").startswith(f"{language}."))
    assert sum(durations) <= float(case.get("time")) * 1e9


def test_a_dutch_step_is_on_its_line_of_the_feature_file(spec_run):
    """The line of the last step of the rule's last Dutch scenario is the first line after the scenario's that says
    it, found by reading the file."""
    (feature_doc, rule_doc), = _rule_docs("nl")
    lines = (ROOT / feature_doc.path).read_text(encoding="utf-8").splitlines()
    last = rule_doc.scenarios[-1]
    feature = next(f for f in _cucumber(spec_run) if f["uri"] == feature_doc.path)
    step = next(e for e in feature["elements"] if e["type"] == "scenario" and e["name"] == last.name)["steps"][-1]
    assert step["keyword"] in ("Gegeven ", "Als ", "Dan ", "En ", "Maar ")
    found = next(n for n in range(last.line + 1, len(lines) + 1)
                 if lines[n - 1].strip() == step["keyword"] + step["name"])
    assert step["line"] == found > last.line


# ---------------------------------------------------------------------------- the three files agree
def test_cucumber_json_messages_and_junit_count_the_same_scenario_runs_and_steps(spec_run):
    report = _cucumber(spec_run)
    scenarios = [e for f in report for e in f["elements"] if e["type"] == "scenario"]
    json_steps = [s for f in report for e in f["elements"] for s in e["steps"]]
    envelopes = _messages(spec_run)
    kinds = defaultdict(int)
    for envelope in envelopes:
        kinds[next(iter(envelope))] += 1
    cases = [c for c in ET.parse(spec_run / "junit.xml").iter("testcase")]
    expected = sum(len(r.scenarios) for lang in livingdoc.LANGUAGES for _f, r in _rule_docs(lang))
    assert len(scenarios) == kinds["testCase"] == kinds["testCaseStarted"] == kinds["testCaseFinished"] == \
        len(cases) == expected > 0
    written = sum(len(s.steps) for lang in livingdoc.LANGUAGES for _f, r in _rule_docs(lang) for s in r.scenarios)
    assert len(json_steps) == kinds["testStepFinished"] == kinds["testStepStarted"] == written
    assert kinds["gherkinDocument"] == kinds["source"] == len(livingdoc.read_features())
    assert kinds["meta"] == kinds["testRunStarted"] == kinds["testRunFinished"] == 1
    assert envelopes[-1]["testRunFinished"]["success"] is True


# ---------------------------------------------------------------------------- junit.xml as a CI server sees it
def test_junit_xml_groups_the_scenarios_by_language_feature_and_rule(spec_run):
    """junitparser reads junit.xml as a CI server does: grouped by classname, the scenarios fall into one class per
    language, feature and rule, each holding its rule's scenarios by their titles as written."""
    from junitparser import JUnitXml

    groups: dict[str, list] = defaultdict(list)
    for suite in JUnitXml.fromfile(str(spec_run / "junit.xml")):
        for case in suite:
            groups[case.classname].append(case)
    expected = {f"{lang}.accepting.{RULE}": [s.name for _f, r in _rule_docs(lang) for s in r.scenarios]
                for lang in livingdoc.LANGUAGES}
    assert {name: [c.name for c in cases] for name, cases in groups.items()} == expected
    assert all(case.time > 0 and case.is_passed for cases in groups.values() for case in cases)
    assert any(re.search(r"['\u00c0-\u017f]", name) for name in expected["fr.accepting." + RULE]), \
        "(a French title with an accent or an apostrophe, kept as written)"


def test_junit_xml_keeps_skip_reasons_and_moves_hypothesis_statistics_out_of_the_suite(tmp_path):
    """A run with a property-based test, a skipped test and a scenario: the scenario renamed, the skip reason kept,
    and Hypothesis's base64 statistics not a property of the whole suite but readable in their own test case."""
    features = tmp_path / "features"
    features.mkdir()
    (features / "tiny.feature").write_text(textwrap.dedent('''\
        # language: fr
        Fonctionnalité: Minuscule
          @rule-TIN-1
          Règle: Quelque chose
            Scénario: L'utilisatrice a un compte gratuit
              Soit "lea@gmail.com" a un compte gratuit
              Alors "lea@gmail.com" a toujours son propre compte
        '''), encoding="utf-8")
    (tmp_path / "test_tiny.py").write_text(textwrap.dedent(f'''\
        import pytest
        from hypothesis import given, settings, strategies as st
        from pytest_bdd import scenarios

        scenarios({str(features)!r})

        @settings(max_examples=5)
        @given(st.integers())
        def test_property(n):
            assert n == n

        @pytest.mark.skip(reason="not today: the reason a CI server shows")
        def test_skipped():
            pass
        '''), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "pytest", str(tmp_path / "test_tiny.py"), "-p", "joinsim.steps.plugin",
                           "-p", "joinsim.livingdoc.plugin", "--living-doc", str(out), "--living-doc-features",
                           str(features), "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    root = ET.parse(out / "junit.xml").getroot()
    assert not [p for p in root.iter("property") if p.get("name", "").startswith("hypothesis-statistics")]
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert cases["L'utilisatrice a un compte gratuit"].get("classname") == "fr.tiny.TIN-1"
    assert cases["test_skipped"].find("skipped").get("message").endswith("not today: the reason a CI server shows")
    assert "5 passing, 0 failing" in (cases["test_property"].findtext("system-out") or "")


# ---------------------------------------------------------------------------- Cucumber's own HTML formatter
NPM_PACKAGES = ["@cucumber/html-formatter@24.2.0", "@cucumber/messages@34.2.1"]
NODE_CACHE = Path(sys.prefix) / "share" / "joinsim-node"  # (in .venv: installed once, out of the repository)
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
EXPAND = """<script>(function open() {  // opens the feature FILE once the page has rendered it
  var button = Array.from(document.querySelectorAll('button[aria-expanded]'))
    .find(function (b) { return b.textContent.trim() === 'FILE'; });
  if (!button) { setTimeout(open, 100); return; }
  if (button.getAttribute('aria-expanded') === 'false') { button.click(); }
})();</script>"""


def _node_modules() -> Path:
    """Cucumber's HTML formatter and messages from npm, installed once into .venv; a skip saying why where node or
    npm is missing or the npm registry cannot be reached."""
    modules = NODE_CACHE / "node_modules"
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node and npm are not installed: Cucumber's HTML formatter does not render messages.ndjson here")
    if all((modules / p.rsplit("@", 1)[0] / "package.json").is_file() for p in NPM_PACKAGES):
        return modules
    NODE_CACHE.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-save", "--fetch-retries=1",
                           "--fetch-timeout=30000", "--prefix", str(NODE_CACHE), *NPM_PACKAGES],
                          capture_output=True, text=True, timeout=300)  # (offline: a skip within a minute)
    if done.returncode != 0:
        pytest.skip(f"npm could not install {' '.join(NPM_PACKAGES)} (offline?): {done.stderr.strip()[-300:]}")
    return modules


def test_messages_are_valid_cucumber_messages_and_cucumbers_html_formatter_shows_the_rules(spec_run, tmp_path):
    import jsonschema

    modules = _node_modules()
    schema = json.loads((modules / "@cucumber" / "messages" / "messages.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    envelopes = _messages(spec_run)
    errors = [f"{next(iter(e))}: {error.message[:200]}" for e in envelopes for error in validator.iter_errors(e)]
    assert not errors, "messages.ndjson breaks Cucumber Messages' schema:\n" + "\n".join(errors[:20])

    page = tmp_path / "cucumber.html"
    done = subprocess.run(["node", str(ROOT / "tests" / "node" / "html_formatter.mjs"), str(modules),
                           str(spec_run / "messages.ndjson"), str(page)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and page.stat().st_size > 0, done.stderr[-2000:]
    if BROWSER is None:
        pytest.skip("headless Chromium is not installed (apt-get install chromium): the rendered page is not looked at")
    (feature_doc, rule_doc), = _rule_docs("fr")
    opened = page.with_name("opened.html")
    opened.write_text(page.read_text(encoding="utf-8").replace("</body>", EXPAND.replace("FILE", feature_doc.path)
                                                               + "</body>"), encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        shown = subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                f"--user-data-dir={profile}", "--window-size=1280,2000", "--virtual-time-budget=5000",
                                "--dump-dom", f"file://{opened}"], capture_output=True, text=True, timeout=120,
                               env={**os.environ, "LANG": "C.UTF-8"})
    dom = re.sub(r"<script\b.*?</script>", "", shown.stdout, flags=re.S)  # (the messages themselves are in a script)
    assert feature_doc.path in dom, f"the page did not render in Chromium: {shown.stderr[-500:]}"
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom))
    assert re.search(rf"Règle\s*:\s*{re.escape(rule_doc.name)}", text), "the French rule is not on the rendered page"
    assert all(s.name in text for s in rule_doc.scenarios)
