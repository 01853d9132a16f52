"""The living documentation: every rule id on the page, the Rule level in rules.json and the Cucumber JSON,
JUnit XML, undefined steps shown (never silently missing), the dry run and the step catalogue."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import joinsim, run_spec_apart

from joinsim.common.errors import UsageError
from joinsim.livingdoc import catalogue as stepcatalogue
from joinsim.livingdoc import spec as livingdoc

ROOT = Path(__file__).resolve().parent.parent


def _rule_ids() -> set[tuple[str, str]]:
    return {(f.language, r.rule_id) for f in livingdoc.read_features() for r in f.rules}


def test_the_page_lists_every_rule_id_of_every_language(spec_run):
    """Every rule is on the page, those not selected too (their scenarios marked skipped)."""
    page = (spec_run / "index.html").read_text(encoding="utf-8")
    missing = [(lang, rid) for lang, rid in _rule_ids() if f'id="{lang}-{rid}"' not in page]
    assert not missing, f"rules missing from the page: {missing}"
    assert "status failed" not in page and "status undefined" not in page
    assert "status passed" in page and "status skipped" in page


def test_rules_json_keeps_the_rule_level_and_cucumber_json_its_ids_and_tags(spec_run):
    """The Rule level: every rule of every language in rules.json (the project's extras), and in cucumber.json the
    standard fields only: a scenario's id is feature;rule;scenario and its tags hold its rule's tags."""
    rules = json.loads((spec_run / "rules.json").read_text(encoding="utf-8"))
    assert {(f["language"], r["id"]) for f in rules for r in f["rules"]} == _rule_ids()
    report = json.loads((spec_run / "cucumber.json").read_text(encoding="utf-8"))
    elements = [e for f in report for e in f["elements"] if e["type"] == "scenario"]
    ids = {s["cucumber_id"] for f in rules for r in f["rules"] if r["id"] == "ACC-5" for s in r["scenarios"]}
    assert elements and {e["id"] for e in elements} == ids
    assert all("@rule-ACC-5" in {t["name"] for t in e["tags"]} for e in elements)
    assert all(s["result"]["status"] == "passed" for f in report for e in f["elements"] for s in e["steps"])


def test_junit_xml_counts_every_scenario_run(spec_run):
    root = ET.parse(spec_run / "junit.xml").getroot()
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    scenarios = sum(len(r.scenarios) for f in livingdoc.read_features() for r in f.rules if r.rule_id == "ACC-5")
    assert int(suite.get("tests")) >= scenarios > 0
    assert int(suite.get("failures")) == 0 and int(suite.get("errors")) == 0


@pytest.fixture
def tiny_project(tmp_path) -> tuple[Path, Path]:
    features = tmp_path / "features"
    features.mkdir()
    (features / "tiny.feature").write_text(textwrap.dedent('''\
        Feature: Tiny
          @rule-TIN-1 @assumption
          Rule: Something
            Scenario: Defined
              Given "lea@gmail.com" has a free account
              Then "lea@gmail.com" still has their own account
            Scenario: Not written yet
              Given "lea@gmail.com" owns a unicorn called "Fred"
              Then "lea@gmail.com" still has their own account
        '''), encoding="utf-8")
    tests = tmp_path / "test_tiny.py"
    tests.write_text("from pytest_bdd import scenarios\nfrom joinsim.steps.common import *  # noqa: F401,F403\n"
                     f"scenarios({str(features)!r})\n", encoding="utf-8")
    return features, tests


def test_an_undefined_step_is_shown_as_undefined_not_dropped(tiny_project, tmp_path):
    features, tests = tiny_project
    code = run_spec_apart(tmp_path / "out", features, tests)
    assert code.returncode != 0, "a run with an undefined step must not pass"
    report = json.loads((tmp_path / "out" / "cucumber.json").read_text(encoding="utf-8"))
    statuses = {e["name"]: {s["result"]["status"] for s in e["steps"]} for e in report[0]["elements"]}
    assert statuses["Defined"] == {"passed"}
    assert "undefined" in statuses["Not written yet"]
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "Not written yet" in page and "status undefined" in page


def test_the_dry_run_gives_a_snippet_for_each_undefined_step(tiny_project):
    features, _tests = tiny_project
    snippets, count = livingdoc.dry_run(features_dir=features)
    assert count == 1
    assert re.search(r"@given\(en\('\"\{value1\}\" owns a unicorn called \"\{value2\}\"'\)\)", snippets[0])


def test_the_real_features_have_no_undefined_step():
    snippets, count = livingdoc.dry_run()
    assert count == 0, "\n".join(snippets)


def test_the_step_catalogue_lists_phrases_with_their_parameters():
    entries = stepcatalogue.catalogue()
    text = stepcatalogue.render(entries)
    assert '"{email}" has a free account' in text
    free = next(e for e in entries if e.function == "has_free_account")
    assert free.parameters == ["email"]
    assert {lang for lang, _k, _p in free.phrases} == {"en", "fr", "nl"}


# ------------------------------------------------------------------ found by the adversarial pass of issues 24 and 25
def test_two_scenarios_of_one_title_in_a_file_are_refused_not_one_silently_dropped(tmp_path):
    """Found: pytest-bdd keeps one scenario per title in a file: the other (here the failing one) never ran, and the
    run passed."""
    features = tmp_path / "features"
    features.mkdir()
    (features / "twice.feature").write_text(textwrap.dedent('''\
        Feature: Twice
          @rule-DUP-1
          Rule: One
            Scenario: A free account
              Given "lea@gmail.com" has a free account
              Then "lea@gmail.com" belongs to "Acme"
          @rule-DUP-2
          Rule: Two
            Scenario: A free account
              Given "lea@gmail.com" has a free account
              Then "lea@gmail.com" still has their own account
        '''), encoding="utf-8")
    with pytest.raises(UsageError, match=r"line 9: the scenario title 'A free account' is already the title of line 4"):
        livingdoc.read_features(features)
    done = joinsim(tmp_path, "spec", "--features", str(features), "--out", "out")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "already the title" in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


def test_a_signal_that_ended_one_scenario_only_publishes_nothing(tiny_project, tmp_path):
    """Found: a Ctrl-C caught inside one scenario let the session go on to its end, which published the partial
    documentation over the previous one, while the command said "nothing half-written was left behind"."""
    features, tests = tiny_project
    out = tmp_path / "out"
    assert run_spec_apart(out, features, tests).returncode == 1  # (the previous documentation: an undefined step)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    tests.write_text(tests.read_text(encoding="utf-8") + textwrap.dedent('''
        from pathlib import Path

        from joinsim.common.errors import Interrupted


        def test_zz_the_signal_a_scenario_swallowed():
            Interrupted.pending = 2  # (what the command line's signal handler sets, before its exception was caught)


        def test_zzz_after_the_signal():
            Path(MARKER).write_text("ran after the signal")
        ''').replace("MARKER", repr(str(tmp_path / "ran"))), encoding="utf-8")
    done = run_spec_apart(out, features, tests)
    assert done.returncode == 130 and not (tmp_path / "ran").exists(), done.stderr  # (the session stopped there)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_problem_in_the_traceability_of_the_articles_fails_the_run(tmp_path):
    """Found: a rule id that no feature file has, written in fr.md, was shown on the page but `joinsim spec` exited
    0: CI stayed green."""
    features = tmp_path / "features"
    shutil.copytree(ROOT / "features", features)
    table = features / "sources" / "fr.md"
    text = table.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| 13 |"))
    table.write_text(text.replace(row, row.replace("INV-3", "INV-99"), 1), encoding="utf-8")
    done = joinsim(tmp_path, "spec", "--features", str(features), "--tags", "@rule-PRE-2", "--out", "out", "--quiet")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "problem(s) in the traceability" in done.stdout + done.stderr and "INV-99" in done.stdout + done.stderr
    report = json.loads((tmp_path / "out" / "sources.json").read_text(encoding="utf-8"))
    assert any("INV-99" in problem for problem in report["problems"])


def test_a_features_language_is_its_gherkin_dialect_and_one_without_steps_is_refused(tmp_path):
    """Found: a feature written '# language: de' was English on the page and rules.json (from its folder) and German
    in junit.xml (from its header); its steps could never match."""
    features = tmp_path / "features"
    features.mkdir()
    (features / "racine.feature").write_text("# language: fr\nFonctionnalité: À la racine\n", encoding="utf-8")
    assert [f.language for f in livingdoc.read_features(features)] == ["fr"]
    (features / "deutsch.feature").write_text("# language: de\nFunktionalität: Deutsch\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"deutsch.feature' is written in 'de' .*allowed en, fr, nl"):
        livingdoc.read_features(features)
