"""English, French and Dutch features say the same thing: the same rules (ids and source tags),
the same scenarios per rule, with the same examples (emails, dates, amounts, numbers, error codes).
Amounts are compared by value: $10.64 in English is 10,64 $ in French and $ 10,64 in Dutch."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from joinsim.livingdoc.spec import FEATURES, FeatureDoc, ScenarioDoc, read_features
from joinsim.steps.world import parse_money

LANGUAGES = ("en", "fr", "nl")
AMOUNT = re.compile(
    r"-?[$€£][ \u00a0]-?\d{1,3}(?:\.\d{3})*(?:,\d{2})?(?!\d|[.,]\d)"      # Dutch: $ 1.499,00
    r"|-?[$€£]\d{1,3}(?:,\d{3})*(?:\.\d{2})?(?!\d|[.,]\d)"                # English: $1,499.00
    r"|-?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{2})?[ \u00a0\u202f][$€£]"  # French: 1 499,00 $
)
EXAMPLE = re.compile(
    r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+'           # an email address
    r'|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?'  # a date, maybe with a time
    r'|"[A-Z0-9_]{3,}"'                        # an error code
    r'|\b\d+\b'                                # a number
)


def tokens(text: str) -> list:
    """The examples of a text: each amount as its value (cents and currency), then the other examples."""
    amounts = [("amount", parse_money(found).cents, parse_money(found).currency) for found in AMOUNT.findall(text)]
    return amounts + EXAMPLE.findall(AMOUNT.sub(" ", text))


def _by_language() -> dict[str, dict[str, FeatureDoc]]:
    found: dict[str, dict[str, FeatureDoc]] = {lang: {} for lang in LANGUAGES}
    for feature in read_features():
        found[feature.language][feature.path.rsplit("/", 1)[-1]] = feature
    return found


def examples_of(scenario: ScenarioDoc) -> Counter:
    texts = [s.text for s in scenario.steps]
    texts += [" ".join(cell for row in (s.datatable or []) for cell in row) for s in scenario.steps]
    texts += [s.docstring or "" for s in scenario.steps]
    texts += [" ".join(cell for row in table for cell in row) for table in scenario.examples]
    return Counter(token for text in texts for token in tokens(text))


def test_amounts_are_compared_by_value_whatever_the_language():
    english = Counter(tokens("a refund of $10.64 and $1,499.00, -$10.00 and €149.90 to 2 people"))
    assert Counter(tokens("un remboursement de 10,64 $ et 1 499,00 $, -10,00 $ et 149,90 € à 2 personnes")) \
        == english
    assert Counter(tokens("een terugbetaling van $ 10,64 en $ 1.499,00, -$ 10,00 en € 149,90 aan 2 mensen")) \
        == english
    assert Counter(tokens("un remboursement de 10,65 $")) != Counter(tokens("a refund of $10.64"))


FEATURE_NAMES = sorted(p.name for p in FEATURES.glob("*.feature"))


def test_every_feature_exists_in_three_languages():
    found = _by_language()
    missing = [f"{lang}/{name}" for name in FEATURE_NAMES for lang in ("fr", "nl") if name not in found[lang]]
    extra = [f"{lang}/{name}" for lang in ("fr", "nl") for name in found[lang] if name not in FEATURE_NAMES]
    assert not missing and not extra, f"missing translations: {missing}; translations of nothing: {extra}"


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("name", FEATURE_NAMES)
def test_the_translation_has_the_same_rules_scenarios_and_examples(name, language):
    found = _by_language()
    english, other = found["en"][name], found[language].get(name)
    assert other is not None, f"{language}/{name} is missing"
    ids = [r.rule_id for r in english.rules]
    other_ids = [r.rule_id for r in other.rules]
    assert other_ids == ids, f"rule ids differ: en {ids} vs {language} {other_ids}"
    assert set(other.tags) == set(english.tags), "feature tags differ"
    for rule, translated in zip(english.rules, other.rules, strict=True):
        assert set(translated.tags) == set(rule.tags), f"{rule.rule_id}: tags {rule.tags} vs {translated.tags}"
        assert len(translated.scenarios) == len(rule.scenarios), \
            f"{rule.rule_id}: {len(rule.scenarios)} scenarios in English, {len(translated.scenarios)} in {language}"
        for number, (scenario, version) in enumerate(zip(rule.scenarios, translated.scenarios, strict=True), 1):
            where = f"{rule.rule_id} scenario {number} ({scenario.name!r} / {version.name!r})"
            assert set(version.tags) == set(scenario.tags), f"{where}: tags differ"
            assert examples_of(version) == examples_of(scenario), (
                f"{where}: examples differ: only in English {examples_of(scenario) - examples_of(version)}, "
                f"only in {language} {examples_of(version) - examples_of(scenario)}")
    assert len(other.loose) == len(english.loose)
