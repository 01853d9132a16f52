"""Step phrases in three languages. A step function carries its English, French and Dutch phrase
side by side, one decorator each:

    @given(en('"{email}" has a free account'))
    @given(fr('"{email}" a un compte gratuit'))
    @given(nl('"{email}" heeft een gratis account'))
    def has_free_account(world, email): ...

``en``/``fr``/``nl`` are ``parsers.parse`` with the language noted, for the step catalogue, and two
safeguards so that one phrase never swallows another: a value between quotes ("{email}") never
contains a quote, and a value named like a date ({day}, {start}, {end}, {date}) is a date (2026-03-10).
Words that stand for values (billing terms, choices, languages) are looked up with ``word``.

A step phrase is an API: feature files are its callers. A phrase is never removed or reworded in place; the
new wording is added and the old one stays, marked ``older=True`` (listed in the catalogue as "older wording,
still accepted"). ``tests/data/vocabulary.tsv`` records every phrase the catalogue has offered.

A phrase that sets up the world is registered with ``set_up`` (a Given that also works after When: Gherkin's
And/Et/En take the keyword before them):

    @set_up(en('"{email}" has a free account'))
"""

from __future__ import annotations

import re

from pytest_bdd import given, parsers, when


def _quoted(text: str) -> str:
    return text


def _date(text: str) -> str:
    return text


_quoted.pattern = r'[^"]*'  # type: ignore[attr-defined]
_date.pattern = r"\d{4}-\d{2}-\d{2}"  # type: ignore[attr-defined]
TYPES = {"Quoted": _quoted, "Date": _date}
DATE_NAMES = ("day", "start", "end", "date")


def _phrase(language: str):
    def make(text: str, older: bool = False) -> parsers.parse:
        """``older``: a wording kept for the feature files written with it; a newer one says the same."""
        pattern = re.sub(r'"\{(\w+)\}"', r'"{\1:Quoted}"', text)
        pattern = re.sub(r"\{(" + "|".join(DATE_NAMES) + r")\}", r"{\1:Date}", pattern)
        parser = parsers.parse(pattern, extra_types=TYPES)
        parser.language = language  # type: ignore[attr-defined]
        parser.written = text  # type: ignore[attr-defined]
        parser.older = older  # type: ignore[attr-defined]
        return parser
    make.__name__ = language
    return make


en = _phrase("en")
fr = _phrase("fr")
nl = _phrase("nl")


def set_up(phrase: parsers.parse):
    """A set-up phrase: the step works after Given and after When (and after an And that follows either)."""
    def register(func):
        given(phrase, stacklevel=2)(func)
        when(phrase, stacklevel=2)(func)
        return func
    return register


class Said(Exception):
    """A problem said in the three languages; the scenario fails with the sentence in its own language."""

    def __init__(self, en: str, fr: str, nl: str) -> None:
        super().__init__(en)
        self.said = {"en": en, "fr": fr, "nl": nl}

    def in_language(self, language: str) -> str:
        return self.said.get(language, self.said["en"])


class Misuse(Said, ValueError):
    """A step that cannot apply as written (a user who already exists, a word the step does not know). The scenario
    fails with this sentence and the step, never with a Python error."""


class NotHeld(Said, AssertionError):
    """A check that does not hold, said in the three languages."""


def word(table: dict[str, str], text: str, what: str) -> str:
    """The model's value for a word written in any of the three languages."""
    try:
        return table[text.strip()]
    except KeyError:
        allowed = ", ".join(f'"{k}"' for k in table)
        raise Misuse(f'"{text}" is not a word this step knows ({what}): write one of {allowed}',
                     f"« {text} » n'est pas un mot que cette étape connaît ({what}) : écrivez l'un de {allowed}",
                     f'"{text}" is geen woord dat deze stap kent ({what}): schrijf een van {allowed}') from None
