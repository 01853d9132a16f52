"""Unit tests of money, proration and the business-day calendar."""

from datetime import date, datetime, timedelta

import pytest

from joinsim.model import BusinessCalendar, Clock, Money, prorate


def test_money_is_integer_cents_with_a_currency():
    assert Money(1499, "USD") + Money(1, "USD") == Money(1500, "USD")
    assert str(Money(149990, "EUR")) == "€1499.90"
    with pytest.raises(TypeError):
        Money(14.99, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money(1, "USD") + Money(1, "EUR")


def test_proration_counts_remaining_days_and_rounds_half_up_once():
    # 22 of 31 days left on a $14.99 monthly plan: 1499 * 22 / 31 = 1063.81 -> 1064 cents
    assert prorate(Money(1499), date(2026, 3, 1), date(2026, 4, 1), date(2026, 3, 10)) == Money(1064)
    # exactly half a cent rounds up: 1 cent over 2 days, 1 day left = 0.5 -> 1
    assert prorate(Money(1), date(2026, 1, 1), date(2026, 1, 3), date(2026, 1, 2)) == Money(1)
    # the first day of the period refunds everything, the last day's end refunds nothing
    assert prorate(Money(14990), date(2026, 1, 1), date(2027, 1, 1), date(2026, 1, 1)) == Money(14990)
    assert prorate(Money(14990), date(2026, 1, 1), date(2027, 1, 1), date(2027, 1, 1)) == Money(0)
    assert prorate(Money(14990), date(2026, 1, 1), date(2027, 1, 1), date(2027, 3, 1)) == Money(0)


def test_proration_never_exceeds_the_price():
    for day in range(0, 40):
        today = date(2026, 2, 20) + timedelta(days=day)
        amount = prorate(Money(999), date(2026, 3, 1), date(2026, 4, 1), today)
        assert 0 <= amount.cents <= 999


def test_business_days_skip_weekends_and_public_holidays():
    calendar = BusinessCalendar(frozenset({date(2026, 4, 6)}))  # Easter Monday
    # Thursday 2 April 2026 + 3 business days: Fri 3, (weekend), (Easter Monday), Tue 7, Wed 8
    assert calendar.add_business_days(date(2026, 4, 2), 3) == date(2026, 4, 8)
    assert not calendar.is_business_day(date(2026, 4, 4))
    assert calendar.business_days_between(date(2026, 4, 2), date(2026, 4, 8)) == 3


def test_the_clock_only_moves_forward():
    clock = Clock(datetime(2026, 3, 10, 9))
    clock.advance(timedelta(days=1))
    assert clock.today() == date(2026, 3, 11)
    with pytest.raises(ValueError):
        clock.set(datetime(2026, 3, 1))
