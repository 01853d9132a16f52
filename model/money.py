"""Money in integer minor units (cents) with an explicit currency.

Rounding is stated once, here: proration rounds half up to the nearest cent,
in integer arithmetic, exactly once per amount (see ``prorate``).

An amount is refused at construction unless its cents are an ``int`` (not a ``bool``, not a float) and its currency
a three-letter code in capitals A to Z, the shape of ISO 4217 ("USD", "EUR", "GBP"): no list of codes is kept, so a
currency the model has not heard of is allowed if it has that shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from joinsim.model.errors import CurrencyMismatch


@dataclass(frozen=True, eq=False)
class Money:
    cents: int
    currency: str = "USD"

    def __post_init__(self) -> None:
        cents, currency = self.cents, self.currency
        if cents.__class__ is not int and (not isinstance(cents, int) or isinstance(cents, bool)):
            raise TypeError(f"Money's cents must be an int (not a bool or a float), got {cents!r}")
        if currency.__class__ is not str or currency not in _CURRENCIES:  # (a code seen before is not checked again:
            # amounts are made by the million)
            _check_currency(currency)

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
_CURRENCIES: set[str] = set()  # codes already checked


def _check_currency(currency: object) -> None:
    """A currency is a three-letter ISO 4217 code in capitals A to Z ("USD", "EUR")."""
    if not isinstance(currency, str):
        raise TypeError(f"Money's currency must be a str, a three-letter ISO 4217 code such as 'USD' or 'EUR', "
                        f"got {currency!r}")
    if len(currency) != 3 or not currency.isascii() or not currency.isalpha() or not currency.isupper():
        raise ValueError(f"Money's currency must be a three-letter ISO 4217 code in capitals A to Z, such as 'USD' or "
                         f"'EUR', got {currency!r}")
    if currency.__class__ is str:
        _CURRENCIES.add(currency)


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
