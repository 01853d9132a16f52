"""Step phrases in three languages. A step function carries its English, French and Dutch phrase
side by side, one decorator each:

    @given(en('"{email}" has a free account'))
    @given(fr('"{email}" a un compte gratuit'))
    @given(nl('"{email}" heeft een gratis account'))
    def has_free_account(world, email): ...

``en``/``fr``/``nl`` are ``parsers.parse`` with the language noted, for the step catalogue.
Words that stand for values (billing terms, choices, languages) are looked up in ``WORDS``.
"""

from __future__ import annotations

from pytest_bdd import parsers


def _phrase(language: str):
    def make(text: str) -> parsers.parse:
        parser = parsers.parse(text)
        parser.language = language  # type: ignore[attr-defined]
        return parser
    make.__name__ = language
    return make


en = _phrase("en")
fr = _phrase("fr")
nl = _phrase("nl")


def word(table: dict[str, str], text: str, what: str) -> str:
    """The model's value for a word written in any of the three languages."""
    try:
        return table[text.strip()]
    except KeyError:
        allowed = ", ".join(f'"{k}"' for k in table)
        raise ValueError(f'unknown {what} "{text}": write one of {allowed}') from None
