"""The scenario's world: one model service, the last refusal, and parsers for the
values product owners write (dates, amounts such as "$14.99" or "€149.90")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from joinsim.model import AccountService, Money, Readings, errors, new_service
from joinsim.steps.language import Misuse, NotHeld

DEFAULT_START = datetime(2026, 1, 5, 9, 0)
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_SPACES = " \u00a0\u202f"  # a space, a no-break space, a narrow no-break space (French thousands)
# An amount as an English, French or Dutch reader writes it:
#   English $14.99, $1,499.00, -$10.00     French 14,99 $, 1 499,00 $, -10,00 $     Dutch $ 14,99, $ 1.499,00, -$ 10,00
# (a currency symbol or ISO code before or after the number; the decimal mark is the one followed by two digits
# at the end, the other mark groups thousands by three).
_MONEY = re.compile(
    r"^(?P<sign>[-\u2212]?)\s*(?:(?P<pre>[$€£]|[A-Z]{3})[" + _SPACES + r"]?(?P<sign2>[-\u2212]?))?"
    r"(?P<number>\d[\d.," + _SPACES + r"]*)"
    r"(?:[" + _SPACES + r"]?(?P<post>[$€£]|[A-Z]{3}))?$")
_NUMBER_FORMS = (
    re.compile(r"^(?P<units>\d{1,3}(?:,\d{3})*|\d+)(?:\.(?P<cents>\d{2}))?$"),            # 1,499.00
    re.compile(r"^(?P<units>\d{1,3}(?:[" + _SPACES + r"]\d{3})*|\d+)(?:,(?P<cents>\d{2}))?$"),  # 1 499,00
    re.compile(r"^(?P<units>\d{1,3}(?:\.\d{3})*|\d+)(?:,(?P<cents>\d{2}))?$"),             # 1.499,00
)


def parse_money(text: str) -> Money:
    """An amount written in any of the three languages: "$10.64", "10,64 $", "$ 10,64" (and "€", "£", "EUR")."""
    match = _MONEY.match(text.strip())
    symbol = match and (match["pre"] or match["post"])
    if match and symbol and not (match["pre"] and match["post"]):
        number = match["number"].strip(_SPACES)
        for form in _NUMBER_FORMS:
            found = form.match(number)
            if found:
                units = int(re.sub(r"\D", "", found["units"]))
                cents = units * 100 + int(found["cents"] or 0)
                negative = bool(match["sign"] or match["sign2"])
                return Money(-cents if negative else cents, CURRENCY_SYMBOLS.get(symbol, symbol))
    raise Misuse(f'"{text}" is not an amount (write it like $14.99, 14,99 $ or $ 14,99)',
                 f"« {text} » n'est pas un montant (écrivez-le comme 14,99 $, $14.99 ou $ 14,99)",
                 f'"{text}" is geen bedrag (schrijf het als $ 14,99, $14.99 of 14,99 $)')


_CODE_POINT = re.compile(r"<U\+([0-9A-Fa-f]{4,6})>")


def parse_address(text: str) -> str:
    """An address as written in a scenario. A character a reader cannot see or tell apart is written by its code
    point between angle brackets: "lea<U+200B>@gmail.com" (a zero-width space), "<U+212A>ate@gmail.com" (the
    Kelvin sign, which looks like K)."""
    return _CODE_POINT.sub(lambda m: chr(int(m[1], 16)), text)


def parse_date(text: str) -> date:
    return date.fromisoformat(text.strip())


def parse_when(text: str) -> datetime:
    text = text.strip()
    return datetime.fromisoformat(text) if "T" in text or " " in text else datetime.combine(
        parse_date(text), time(9, 0))


def individual_account(email: str) -> str:
    return f"account of {email.lower()}"


@dataclass
class World:
    start: datetime = DEFAULT_START
    readings: Readings = field(default_factory=Readings)
    holidays: set[date] = field(default_factory=set)
    _service: AccountService | None = None
    refusal: errors.JoinError | None = None
    last_result: object = None
    crowd: list[str] = field(default_factory=list)  # people invited together (ACC-9)
    tab_outcomes: dict[str, list[str]] = field(default_factory=dict)  # person -> what each browser tab got

    @property
    def service(self) -> AccountService:
        if self._service is None:
            self._service = new_service(self.start, self.holidays, self.readings)
        return self._service

    def started(self) -> bool:
        return self._service is not None

    def attempt(self, command, *args, **kwargs):
        """Run a command; a refusal is kept for a later "it is refused" step to check."""
        self.expect_no_unchecked_refusal()
        try:
            self.last_result = command(*args, **kwargs)
        except errors.JoinError as refusal:
            self.refusal = refusal
            self.last_result = None
        return self.last_result

    def take_refusal(self) -> errors.JoinError:
        refusal, self.refusal = self.refusal, None
        assert refusal is not None, "expected the request to be refused, but it went through"
        return refusal

    def existing_user(self, email: str):
        """The user with this address, or None."""
        try:
            return self.service.user(email)
        except errors.UnknownUser:
            return None

    def new_user(self, email: str) -> None:
        """Set-up: the address is not a user yet (a user is on one account only), else the step cannot apply."""
        user = self.existing_user(email)
        if user is not None:
            raise Misuse(f'"{email}" already exists, on "{user.account}" as {user.role}: a user is on one account '
                         "only; use another address or leave this step out",
                         f"« {email} » existe déjà, sur « {user.account} » ({user.role}) : un utilisateur n'est que "
                         "sur un seul compte ; prenez une autre adresse ou retirez cette étape",
                         f'"{email}" bestaat al, op "{user.account}" ({user.role}): een gebruiker staat op één '
                         "account; neem een ander adres of laat deze stap weg")

    def new_account(self, name: str) -> None:
        """Set-up: no account has this name yet, else the step cannot apply."""
        if name in self.service.accounts:
            raise Misuse(f'the account "{name}" already exists: give the new one another name',
                         f"le compte « {name} » existe déjà : donnez un autre nom au nouveau",
                         f'het account "{name}" bestaat al: geef het nieuwe een andere naam')

    def expect_no_unchecked_refusal(self) -> None:
        if self.refusal is not None:
            refusal, self.refusal = self.refusal, None
            raise NotHeld(f'an earlier step was refused with "{refusal.code}" and no step checked it '
                          f"({refusal.message})",
                          f"une étape précédente a été refusée avec le code « {refusal.code} » et aucune étape ne "
                          f"l'a vérifié ({refusal.message})",
                          f'een eerdere stap werd geweigerd met "{refusal.code}" en geen enkele stap heeft dat '
                          f"gecontroleerd ({refusal.message})")
