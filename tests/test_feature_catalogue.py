"""The feature files themselves: every Rule has a rule id tag, a source tag and scenarios;
rule ids are unique; every rule id the model's errors name exists in the features."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pytest_bdd.parser import FeatureParser

from joinsim.model import errors

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ROOT / "features"
RULE_TAG = re.compile(r"^rule-[A-Z]{3}-\d+$")
SOURCE_TAGS = {"fr", "nl", "assumption"}


def _rules():
    for path in sorted(FEATURES.rglob("*.feature")):
        feature = FeatureParser(str(FEATURES), str(path.relative_to(FEATURES))).parse()
        rules: dict[int, tuple] = {}
        counts: Counter = Counter()
        for scenario in feature.scenarios.values():
            if scenario.rule is not None:
                rules[id(scenario.rule)] = scenario.rule
                counts[id(scenario.rule)] += 1
        yield path, feature, rules, counts


def _all_rule_blocks():
    """Rules read from the raw text too, so that a Rule with no scenario at all is seen."""
    for path in sorted(FEATURES.rglob("*.feature")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if re.match(r"^\s*(Rule|Règle|Regel):", line):
                tags = lines[number - 1].split() if number else []
                yield path, number + 1, line.strip(), [t.lstrip("@") for t in tags if t.startswith("@")]


def test_there_are_features():
    assert list(FEATURES.rglob("*.feature")), "no feature files found"


def test_every_rule_has_a_rule_id_and_a_source_tag():
    problems = []
    for path, line, text, tags in _all_rule_blocks():
        if not any(RULE_TAG.match(t) for t in tags):
            problems.append(f"{path.name}:{line} {text!r} has no @rule-XXX-n tag (tags: {tags})")
        if not SOURCE_TAGS & set(tags):
            problems.append(f"{path.name}:{line} {text!r} has no source tag (@fr, @nl or @assumption)")
    assert not problems, "\n".join(problems)


def test_every_rule_has_a_scenario():
    blocks = list(_all_rule_blocks())
    with_scenarios = set()
    for _path, _feature, rules, counts in _rules():
        for key, rule in rules.items():
            if counts[key]:
                with_scenarios.add(next(t for t in rule.tags if RULE_TAG.match(t)) if any(
                    RULE_TAG.match(t) for t in rule.tags) else rule.name)
    missing = []
    for path, line, text, tags in blocks:
        ids = [t for t in tags if RULE_TAG.match(t)]
        if not ids or ids[0] not in with_scenarios:
            missing.append(f"{path.name}:{line} {text!r} has no scenario")
    assert not missing, "\n".join(missing)


def test_rule_ids_are_unique_within_a_language():
    seen: Counter = Counter()
    for path, _line, _text, tags in _all_rule_blocks():
        language = path.parent.name if path.parent != FEATURES else "en"
        for tag in tags:
            if RULE_TAG.match(tag):
                seen[(language, tag)] += 1
    duplicated = [key for key, count in seen.items() if count > 1]
    assert not duplicated, f"rule ids used more than once: {duplicated}"


def test_every_error_names_a_rule_that_exists():
    ids = {t[len("rule-"):] for _p, _l, _t, tags in _all_rule_blocks() for t in tags if RULE_TAG.match(t)}
    missing = {cls.__name__: cls.rule for cls in errors.ALL_ERRORS if cls.rule and cls.rule not in ids}
    assert not missing, f"errors naming rules that are not in features/: {missing}"


def test_every_step_module_is_in_the_one_list_of_step_modules():
    """conftest.py and the living documentation load joinsim.steps.STEP_MODULES: a module left out of it would be
    missing from both, so a module with steps must be listed."""
    from joinsim.steps import STEP_MODULES

    with_steps = {f"joinsim.steps.{p.stem}" for p in (ROOT / "steps").glob("*.py")
                  if re.search(r"^@(given|when|then)\(", p.read_text(encoding="utf-8"), re.MULTILINE)}
    assert with_steps == set(STEP_MODULES)


def test_every_error_code_a_rule_uses_is_in_its_description():
    """A rule says where each refusal its scenarios check comes from: the code is quoted in its description (with
    the rule that gives it, or as an assumption), in each language."""
    from joinsim.livingdoc.spec import read_features

    codes = {cls.code for cls in errors.ALL_ERRORS}
    unsaid = []
    for feature in read_features():
        for rule in feature.rules:
            used = {code for scenario in rule.scenarios for step in scenario.steps
                    for code in re.findall(r'"([A-Z0-9_]{3,})"', step.text) if code in codes}
            unsaid += [f"{feature.path} {rule.rule_id}: {code}" for code in sorted(used)
                       if code not in rule.description]
    assert not unsaid, "error codes a rule uses but its description does not quote:\n" + "\n".join(unsaid)


def test_an_assumption_inside_a_rule_from_the_articles_is_said_in_its_description():
    """A scenario tagged @assumption in a rule the articles state comes with an "Assumption:" line (FR "Hypothèse :",
    NL "Aanname:") in the rule's description, which the living documentation lists apart."""
    from joinsim.livingdoc.spec import read_features

    unsaid = [f"{feature.path} {rule.rule_id}: {scenario.name}" for feature in read_features()
              for rule in feature.rules if "assumption" not in rule.tags
              for scenario in rule.scenarios if "assumption" in scenario.tags and not rule.assumptions]
    assert not unsaid, "@assumption scenarios whose rule does not say the assumption:\n" + "\n".join(unsaid)
