"""Money in integer minor units (cents) with an explicit currency.

Rounding is stated once, here: proration rounds half up to the nearest cent,
in integer arithmetic, exactly once per amount (see ``prorate``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from model.errors import CurrencyMismatch


@dataclass(frozen=True, eq=False)
class Money:
    cents: int
    currency: str = "USD"

    def __post_init__(self) -> None:
        if not isinstance(self.cents, int) or isinstance(self.cents, bool):
            raise TypeError(f"Money needs integer cents, got {self.cents!r}")

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.cents + other.cents, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.cents - other.cents, self.currency)

    # Equal amounts are equal in cents and currency; amounts are ordered only within a currency: €5.00 is neither
    # less nor more than $1.00 (CRE-4).
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.currency == other.currency

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents != other.cents or self.currency != other.currency

    def __hash__(self) -> int:
        return hash((self.cents, self.currency))

    def __lt__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.cents < other.cents

    def __le__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.cents <= other.cents

    def __gt__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.cents > other.cents

    def __ge__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.cents >= other.cents

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:  # (CurrencyMismatch is a ValueError too)
            raise CurrencyMismatch(f"cannot mix {self.currency} and {other.currency}")

    @classmethod
    def zero(cls, currency: str = "USD") -> Money:
        zero = _ZEROS.get((cls, currency))
        if zero is None:  # amounts are immutable: one zero per currency is enough
            zero = _ZEROS[(cls, currency)] = cls(0, currency)
        return zero

    def __str__(self) -> str:
        symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(self.currency, self.currency + " ")
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{symbol}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"


_ZEROS: dict[tuple[type, str], Money] = {}


def prorate(price: Money, period_start: date, period_end: date, today: date) -> Money:
    """The unused part of a plan period, prorated by the day.

    remaining days = days from ``today`` (inclusive) to ``period_end`` (exclusive);
    amount = price * remaining / days in period, rounded half up to the cent, once.
    """
    period_days = (period_end - period_start).days
    if period_days <= 0:
        raise ValueError("a plan period must last at least one day")
    remaining = max(0, min(period_days, (period_end - today).days))
    numerator = price.cents * remaining
    cents = (2 * numerator + period_days) // (2 * period_days)  # half up
    return Money(cents, price.currency)
