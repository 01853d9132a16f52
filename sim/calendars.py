"""When people act: the working time of every actor of the simulation.

People keep working hours. Each actor has a working calendar, a setting of the config:

- ``admin_hours``: the admins who contact users, invite them and resend invitations (default
  ``"business days 09:00-17:00"``);
- ``billing_agent_hours`` and ``helpdesk_hours``: Billing's chat agents and the helpdesk (the same default);
- ``user_hours``: the invited users' waking hours (default ``"every day 08:00-22:00"``).

A calendar is written ``DAYS HH:MM-HH:MM``, where DAYS is ``business days`` (Monday to Friday, without the public
holidays of ``holidays_country``), ``weekdays`` (Monday to Friday) or ``every day``; or ``around the clock`` (every
moment is working time: the simulator as it was before calendars).

A calendar answers three questions, in seconds from midnight of the run's first day (the simulation's clock):

- ``next_moment(t)``: the first working moment at or after ``t`` (a user who would read at 3 a.m. reads at 8:00);
- ``after(t, work)``: when ``work`` seconds of working time started at ``t`` are done. A task that does not fit
  before closing time continues at the next opening (the admin leaves the half-written email and finishes it the
  next working morning): working time is conserved, and a short task (minutes, against a working day of hours)
  rarely spans a night;
- ``between(a, b)``: the working seconds from ``a`` to ``b`` (waits "in working hours");
- ``share``: the share of all time that is working time (14/24 for ``every day 08:00-22:00``).

No hourly tick: each answer is a few arithmetic steps over a table of the days (which are working days, and the
working seconds before each), made once per calendar and run.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache

DAY = 86_400
AROUND_THE_CLOCK = "around the clock"
DAYS = {"business days": "Monday to Friday, without public holidays", "weekdays": "Monday to Friday",
        "every day": "all seven days"}
ALLOWED = ("'around the clock', or DAYS HH:MM-HH:MM with DAYS one of 'business days' (Monday to Friday without "
           "the public holidays of holidays_country), 'weekdays' or 'every day', such as 'business days 09:00-17:00'")
TABLE_DAYS = 3650 + 2 * 366 + 31  # the longest horizon, and room for what is scheduled beyond it
_SPEC = re.compile(r"(business days|weekdays|every day) ([0-2][0-9]):([0-5][0-9])-([0-2][0-9]):([0-5][0-9])", re.ASCII)


def normal(spec: str) -> str:
    """A calendar as it is kept and shown: lower case, its words one space apart."""
    return " ".join(spec.split()).lower()


def parse(spec: str) -> tuple[str, int, int] | None:
    """``(days, opens, closes)`` in seconds of the day, or None for around the clock; ValueError when malformed."""
    text = normal(spec)
    if text == AROUND_THE_CLOCK:
        return None
    found = _SPEC.fullmatch(text)
    if found is None:
        raise ValueError("not a working calendar")
    days, h1, m1, h2, m2 = found[1], *map(int, found.groups()[1:])
    opens, closes = h1 * 3600 + m1 * 60, h2 * 3600 + m2 * 60
    if not (h1 < 24 and (h2 < 24 or (h2, m2) == (24, 0))):
        raise ValueError("no such time of day")
    if opens >= closes:
        raise ValueError("closes before it opens (a calendar does not cross midnight)")
    return days, opens, closes


class WorkingTime:
    """One actor's working time over the run (see the module's documentation)."""

    def __init__(self, spec: str, start: date, holidays: frozenset[date] = frozenset()) -> None:
        self.spec = spec
        parsed = parse(spec)
        self.always = parsed is None
        days, self.opens, self.closes = parsed if parsed is not None else ("every day", 0, DAY)
        self.hours_a_day = (self.closes - self.opens) / 3600

        def works(day: date) -> bool:
            return days == "every day" or (day.weekday() < 5 and (days == "weekdays" or day not in holidays))

        self.working = [works(start + timedelta(days=d)) for d in range(TABLE_DAYS)]
        self.next_day = [TABLE_DAYS] * (TABLE_DAYS + 1)  # the first working day at or after d
        for d in range(TABLE_DAYS - 1, -1, -1):
            self.next_day[d] = d if self.working[d] else self.next_day[d + 1]
        span = self.closes - self.opens
        self.before = [0] * (TABLE_DAYS + 1)  # working seconds before day d
        for d in range(TABLE_DAYS):
            self.before[d + 1] = self.before[d] + (span if self.working[d] else 0)
        self.end = TABLE_DAYS * DAY  # (beyond any horizon: what falls there never happens in a run)
        self.share = self.before[-1] / self.end if not self.always else 1.0  # of all time, the working time
        longest = run = 0
        for working in self.working[:366 * 10]:
            run = 0 if working else run + 1
            longest = max(longest, run)
        self._longest_closure = longest

    def next_moment(self, t: float) -> float:
        """The first working moment at or after ``t``."""
        if self.always:
            return t
        d = int(t // DAY)
        if d >= TABLE_DAYS:
            return self.end
        if self.working[d]:
            second = t - d * DAY
            if second < self.opens:
                return d * DAY + self.opens
            if second < self.closes:
                return t
        d = self.next_day[d + 1]
        return d * DAY + self.opens if d < TABLE_DAYS else self.end

    def working_at(self, t: float) -> bool:
        """Whether ``t`` is working time (closing time included: a task may end then)."""
        return self.next_moment(t) == t or (t % DAY == self.closes and self.working[min(int(t // DAY), TABLE_DAYS - 1)])

    def after(self, t: float, work: float) -> float:
        """When ``work`` seconds of working time, begun at ``t`` (or the next working moment), are done."""
        if self.always:
            return t + work
        t = self.next_moment(t)
        if t >= self.end:
            return self.end
        if t + work <= (t // DAY) * DAY + self.closes or work <= 0:  # (done the same day: nearly always)
            return t + work
        target = self.worked_before(t) + work  # working seconds from the start of the run to the end of the task
        if target > self.before[-1]:
            return self.end
        d = bisect_left(self.before, target) - 1  # the working day it ends on: before[d] < target <= before[d + 1]
        return d * DAY + self.opens + (target - self.before[d])

    def worked_before(self, t: float) -> float:
        """Working seconds from the start of the run to ``t``."""
        if self.always:
            return t
        d = min(int(t // DAY), TABLE_DAYS - 1)
        within = min(max(t - d * DAY, self.opens), self.closes) - self.opens if self.working[d] else 0
        return self.before[d] + within

    def between(self, a: float, b: float) -> float:
        """Working seconds from ``a`` to ``b``."""
        return self.worked_before(b) - self.worked_before(a)

    def longest_closure_days(self) -> int:
        """The most days in a row without working time (a long weekend, Christmas): what a due task may wait."""
        return self._longest_closure

    def describe(self) -> str:
        if self.always:
            return AROUND_THE_CLOCK
        days = " ".join(self.spec.split()).lower().split(" ")
        return f"{' '.join(days[:-1])} {days[-1]} ({DAYS[' '.join(days[:-1])]})"


@lru_cache(maxsize=64)
def working_time(spec: str, start: date, holidays_country: str) -> WorkingTime:
    """The calendar of one actor for a run (made once per process for the same spec, start and country)."""
    return WorkingTime(spec, start, public_holidays(holidays_country, start.year))


@lru_cache(maxsize=16)
def public_holidays(country: str, first_year: int) -> frozenset[date]:
    """The public holidays of ``country`` from ``first_year`` to twelve years on (the longest horizon)."""
    if not country:
        return frozenset()
    import holidays

    return frozenset(holidays.country_holidays(country, years=list(range(first_year, first_year + 13))))
