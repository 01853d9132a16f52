"""Time for the model: an injected clock and a business-day calendar."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache


class Clock:
    """A clock the caller controls: scenarios and the simulator move it forward."""

    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._now.date()

    def set(self, now: datetime) -> None:
        if now < self._now:
            raise ValueError(f"time does not go backwards: {now} is before {self._now}")
        self._now = now

    def advance(self, delta: timedelta) -> None:
        self.set(self._now + delta)


@dataclass(frozen=True)
class BusinessCalendar:
    """Weekends and the listed public holidays are not business days."""

    holidays: frozenset[date] = field(default_factory=frozenset)

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def add_business_days(self, start: date, days: int) -> date:
        return _add_business_days(self.holidays, start, days)

    def business_days_between(self, start: date, end: date) -> int:
        """Business days after ``start`` up to and including ``end``."""
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_business_day(current):
                count += 1
        return count


@lru_cache(maxsize=65536)
def _add_business_days(holidays: frozenset[date], start: date, days: int) -> date:
    """Pure, so cached: the simulator asks the same few hundred questions millions of times."""
    current = start
    left = days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            left -= 1
    return current
