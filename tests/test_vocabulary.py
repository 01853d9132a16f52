"""The step vocabulary is an API: feature files are its callers.

- Every phrase the catalogue has ever offered still works (``tests/data/vocabulary.tsv``, appended to, never
  shortened); a reworded phrase stays as an older wording, listed with the current one.
- A phrase that sets up the world works after Given and after When (And/Et/En take the keyword before them).
- Every Dutch check reads with the verb second after "Dan"; the subject-first wording stays as an older one.
- One phrase never stands for two steps.
The product owners' scenarios written with the old and the new wordings run in ``tests/test_vocabulary_contract.py``.
"""

from __future__ import annotations

import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from joinsim.livingdoc import catalogue as stepcatalogue

ROOT = Path(__file__).resolve().parent.parent
RECORD = Path(__file__).resolve().parent / "data" / "vocabulary.tsv"
_ANNOTATION = re.compile(r"\{(\w+):(?:Quoted|Date)\}")


def _normal(phrase: str) -> str:
    return _ANNOTATION.sub(r"{\1}", phrase)


def _recorded(text: str) -> set[tuple[str, str, str]]:
    return {tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")}


@pytest.fixture(scope="module")
def entries():
    return stepcatalogue.catalogue()


@pytest.fixture(scope="module")
def offered(entries) -> set[tuple[str, str, str]]:
    return {(language, kind, _normal(phrase)) for e in entries for language, kind, phrase in e.phrases}


def test_every_phrase_ever_offered_still_works(offered):
    gone = sorted(_recorded(RECORD.read_text(encoding="utf-8")) - offered)
    assert not gone, ("phrases of the catalogue that no step offers any more (keep each as an older wording: "
                      "fr('…', older=True)):\n" + "\n".join("\t".join(p) for p in gone))


def test_every_phrase_of_the_catalogue_is_recorded(offered):
    new = sorted(offered - _recorded(RECORD.read_text(encoding="utf-8")))
    assert not new, f"append these lines to {RECORD.relative_to(ROOT)}:\n" + "\n".join("\t".join(p) for p in new)


def test_the_record_is_only_ever_appended_to():
    """Every version of the record in the repository's history is contained in the one here."""
    try:
        versions = subprocess.run(["git", "log", "--format=%H", "--", str(RECORD.relative_to(ROOT))], cwd=ROOT,
                                  capture_output=True, text=True, check=True, timeout=60).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    now = _recorded(RECORD.read_text(encoding="utf-8"))
    for commit in versions:
        then = subprocess.run(["git", "show", f"{commit}:{RECORD.relative_to(ROOT)}"], cwd=ROOT, capture_output=True,
                              text=True, timeout=60).stdout
        removed = sorted(_recorded(then) - now)
        assert not removed, f"lines removed from the record since {commit[:7]}: {removed}"


def test_an_older_wording_is_listed_with_the_current_one(entries):
    text = stepcatalogue.render(entries)
    alone = []
    for entry in entries:
        for language, kind, phrase in entry.phrases:
            if (language, phrase) in entry.older:
                assert f"{phrase}{stepcatalogue.OLDER}" in text
                if not any(k == kind and lang == language and (lang, p) not in entry.older
                           for lang, k, p in entry.phrases):
                    alone.append((entry.function, language, kind, phrase))
    assert not alone, f"older wordings with no current one of the same keyword and language: {alone}"


def test_set_up_phrases_work_after_given_and_after_when(entries):
    missing = [(e.function, language, phrase) for e in entries for language, kind, phrase in e.phrases
               if kind == "given" and (language, "when", phrase) not in e.phrases]
    assert not missing, f"Given phrases that do not work after When (register them with set_up): {missing}"


# The first words of a Dutch sentence whose verb does not come second after "Dan" (subject first).
SUBJECT_FIRST = {"de", "het", "een", "er", "alle", "elk", "geen", "bij", "buiten", "vergaderingen", "autopay"}


def test_dutch_checks_put_the_verb_second(entries):
    wrong, without = [], []
    for entry in entries:
        current = [p for lang, kind, p in entry.phrases
                   if lang == "nl" and kind == "then" and ("nl", p) not in entry.older]
        if any(lang == "nl" and kind == "then" for lang, kind, _p in entry.phrases) and not current:
            without.append(entry.function)
        wrong += [p for p in current if p.startswith(('"', "{")) or p.split()[0] in SUBJECT_FIRST]
    assert not wrong, f"Dutch checks with the subject first after Dan (keep them with older=True): {wrong}"
    assert not without, f"Dutch checks with no verb-second wording: {without}"


def _sample(phrase: str) -> str:
    """A step text the phrase matches: each parameter filled with a value of its kind."""
    count = iter(range(1, 1000))
    text = re.sub(r'"\{\w+\}"', lambda _m: f'"value{next(count)}@example.com"', phrase)
    text = re.sub(r"\{(day|start|end|date)\}", "2026-03-10", text)
    text = re.sub(r"\{\w+:d\}", "3", text)
    return re.sub(r"\{\w+\}", "some words", text)


def test_one_phrase_never_stands_for_two_steps(entries):
    contexts = [(e.function, c) for e in entries for c in e.parsers]
    by_kind = defaultdict(list)
    for function, context in contexts:
        by_kind[context.type].append((function, context))
    clashes = set()
    for kind, found in by_kind.items():
        for function, context in found:
            text = _sample(context.parser.written)
            others = {f for f, c in found if f != function and c.parser.is_matching(text)}
            if others:
                clashes.add((kind, text, function, tuple(sorted(others))))
    assert not clashes, "step texts that more than one step matches:\n" + "\n".join(map(str, sorted(clashes)))
