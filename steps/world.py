"""The scenario's world: one model service, the last refusal, and parsers for the
values product owners write (dates, amounts such as "$14.99" or "€149.90")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from model import AccountService, Money, Readings, errors, new_service

DEFAULT_START = datetime(2026, 1, 5, 9, 0)
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_MONEY = re.compile(r"^(?P<cur>[$€£]|[A-Z]{3} ?)(?P<units>\d{1,3}(?:,\d{3})*|\d+)(?:\.(?P<cents>\d{2}))?$")


def parse_money(text: str) -> Money:
    match = _MONEY.match(text.strip())
    if not match:
        raise ValueError(f"not an amount: {text!r} (write it like $14.99 or €149.90)")
    cur = match["cur"].strip()
    currency = CURRENCY_SYMBOLS.get(cur, cur)
    return Money(int(match["units"].replace(",", "")) * 100 + int(match["cents"] or 0), currency)


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

    def expect_no_unchecked_refusal(self) -> None:
        if self.refusal is not None:
            refusal, self.refusal = self.refusal, None
            raise AssertionError(f"an earlier step was refused and no step checked it: {refusal}")
