"""People keep working hours (issue 18): every actor of the simulation follows a working calendar
(``sim/calendars.py``), periods are calendar months, and with every calendar "around the clock" the simulator gives
exactly the figures of the calendar-free model it was before."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from helpers import joinsim
from hypothesis import given, settings
from hypothesis import strategies as st

from joinsim.sim.calendars import DAY, WorkingTime, working_time
from joinsim.sim.config import ConfigError, load, validate
from joinsim.sim.figures import figures_of
from joinsim.sim.migration import HOUR, Migration
from joinsim.sim.population import read_roster

MONDAY = date(2026, 1, 5)
OFFICE = WorkingTime("business days 09:00-17:00", MONDAY, frozenset({date(2026, 1, 6)}))  # a holiday on Tuesday
AROUND_THE_CLOCK = {name: "around the clock" for name in ("user_hours", "admin_hours", "billing_agent_hours",
                                                           "helpdesk_hours")}


def at(day: int, hours: float) -> float:
    return day * DAY + hours * HOUR


def test_a_request_outside_working_time_waits_for_the_next_working_minute():
    assert OFFICE.next_moment(at(0, 10)) == at(0, 10)  # Monday 10:00: working
    assert OFFICE.next_moment(at(0, 3)) == at(0, 9)  # 3 a.m.: the same morning at 9:00
    assert OFFICE.next_moment(at(0, 17)) == at(2, 9)  # closing time on Monday; Tuesday is a holiday
    assert OFFICE.next_moment(at(4, 18)) == at(7, 9)  # Friday evening: Monday morning
    assert OFFICE.next_moment(at(5, 12)) == at(7, 9)  # Saturday noon


def test_a_task_that_does_not_fit_before_closing_continues_at_the_next_opening():
    assert OFFICE.after(at(0, 16.5), 20 * 60) == at(0, 16.5) + 20 * 60
    assert OFFICE.after(at(0, 16.75), 30 * 60) == at(2, 9.25)  # 15 minutes on Monday, 15 on Wednesday
    assert OFFICE.after(at(5, 3), 3 * HOUR) == at(7, 12)  # asked on Saturday: done Monday at noon
    assert OFFICE.after(at(0, 9), 16 * HOUR) == at(2, 17)  # two working days: Monday and Wednesday
    assert OFFICE.between(at(0, 16), at(2, 10)) == 2 * HOUR  # Monday 16-17 and Wednesday 9-10
    assert OFFICE.between(at(4, 17), at(7, 9)) == 0  # a weekend is no working time


def test_around_the_clock_is_every_moment_and_waking_hours_are_every_day():
    always = WorkingTime("around the clock", MONDAY)
    assert always.next_moment(at(5, 3)) == at(5, 3) and always.after(at(5, 3), 7) == at(5, 3) + 7
    awake = WorkingTime("every day 08:00-22:00", MONDAY)
    assert awake.next_moment(at(5, 3)) == at(5, 8)  # a user who would read at 3 a.m. on Saturday reads at 8:00
    assert awake.next_moment(at(5, 23)) == at(6, 8)


@pytest.mark.parametrize("value, why", [("9-17", "not a working calendar"), ("business days 17:00-09:00", "crosses"),
                                        ("business days 09:00-25:00", "no such time"), ("every day", "calendar"),
                                        ("weekends 09:00-17:00", "calendar")])
def test_a_malformed_calendar_is_one_clear_line(value, why):
    with pytest.raises(ConfigError) as refused:
        validate({"admin_hours": value})
    assert "config field 'admin_hours'" in str(refused.value) and "'around the clock'" in str(refused.value)


def digest(settings: dict) -> dict:
    """Every user's columns (hashed) and every figure of one replication."""
    config = validate(settings)
    result = Migration(config, np.random.SeedSequence(config.seed)).run()
    columns = hashlib.sha256()
    for name in sorted(result.columns):
        column = result.columns[name]
        values = np.asarray(getattr(column, "codes", column))
        columns.update(name.encode())
        columns.update(values.tobytes() if values.dtype != object else repr(values.tolist()).encode())
    figures = {k: (None if isinstance(v, float) and v != v else v) for k, v in figures_of(result).items()}
    return {"columns_sha256": columns.hexdigest(), "figures": figures}


@pytest.mark.parametrize("case", ["default", "contact_first_3_admins"])
def test_every_calendar_around_the_clock_gives_the_calendar_free_models_results(case):
    """tests/data/around_the_clock.json was recorded with ``digest`` at commit abba052, the last before calendars."""
    recorded = json.loads((Path(__file__).parent / "data" / "around_the_clock.json").read_text())[case]
    got = digest({**recorded["settings"], **AROUND_THE_CLOCK})
    assert got["figures"] == recorded["figures"]
    assert got["columns_sha256"] == recorded["columns_sha256"]


def test_contacting_first_with_office_hours_admins_costs_weeks_not_days():
    """The flagship question: with 3 admins, contacting every user first delays the last invitation by about two
    months when admins keep office hours, by about a week if they worked around the clock."""
    def last_invitation(**settings) -> float:
        config = validate({"users": 2000, **settings})
        return figures_of(Migration(config, np.random.SeedSequence(config.seed)).run())["last_invitation_day"]

    office = last_invitation(admins=3, contact_users_first=True) - last_invitation()
    always = (last_invitation(admins=3, contact_users_first=True, **AROUND_THE_CLOCK)
              - last_invitation(**AROUND_THE_CLOCK))
    assert office > 2.5 * always and office > 15, (office, always)


def test_the_auto_horizon_covers_the_admins_backlog_in_their_working_hours():
    config = validate({"users": 2000, "admins": 3, "contact_users_first": True})
    result = Migration(config, np.random.SeedSequence(1)).run()
    assert figures_of(result)["never_invited"] == 0 and (result.columns["invited_at"] >= 0).all()


def test_people_act_when_people_act_in_the_event_log(tmp_path):
    """Through the installed console script, from a folder outside the repository: every contact falls within an
    admin's working hours on a business day, resends on business days, and no user reads, accepts or fixes a
    blocker outside their waking hours."""
    done = joinsim(tmp_path, "run", "--users", "600", "--set", "admins=3", "--set", "contact_users_first=true",
                   "--set", "helpdesk_agents=1", "--set", "share_unpaid_invoice=0.2", "--set", "accept_share=0.5",
                   "--trace", "--quiet", "--out", "traced")
    assert done.returncode == 0, done.stderr
    log = pd.read_parquet(tmp_path / "traced" / "events.parquet")
    config = load(sets=["admins=3"])
    business = working_time(config.admin_hours, config.start, config.holidays_country)

    def seconds(times: pd.Series) -> np.ndarray:
        return ((times - datetime.combine(config.start, datetime.min.time())).dt.total_seconds()).to_numpy()

    for event, calendar in (("contacted", business), ("invited", business), ("resent", business),
                            ("helped", business), ("read", working_time("every day 08:00-22:00", config.start, "")),
                            ("joined", working_time("every day 08:00-22:00", config.start, "")),
                            ("fixed", working_time("every day 08:00-22:00", config.start, ""))):
        times = seconds(log.loc[log.event == event, "time"])
        assert len(times) > 5, event
        # (the log is to the second: a task done at closing time, 17:00:00, was working a second before)
        outside = [t for t in times if calendar.next_moment(t) != t and calendar.next_moment(t - 1) != t - 1]
        assert not outside, (event, [str(pd.Timestamp(config.start) + pd.Timedelta(seconds=t)) for t in outside[:3]])
    contacted = log.loc[log.event == "contacted", "time"]
    assert set(contacted.dt.day_of_week) <= {0, 1, 2, 3, 4} and len(contacted) == 600


def test_a_roster_plan_renews_on_the_same_day_of_the_next_month(tmp_path):
    """Calendar periods: a monthly plan renewing on 2026-02-01 began on 2026-01-01 (31 days), not 30 days before;
    a renewal more than a calendar month after the start is refused with the month's real end."""
    roster = tmp_path / "roster.csv"
    roster.write_text("email,plan,renewal_date\nlea@example.com,monthly,2026-02-01\n")
    config = validate({"start": "2026-01-05"})
    population = read_roster(roster, config)
    migration = Migration(config, np.random.SeedSequence(1), population)
    plan = migration.plan(int(population.plan[0]), int(population.renewal[0]))
    assert (plan.period_start, plan.period_end) == (date(2026, 1, 1), date(2026, 2, 1))
    roster.write_text("email,plan,renewal_date\nlea@example.com,monthly,2026-02-06\n")
    with pytest.raises(ConfigError, match="one calendar month after it \\(2026-02-05\\)"):
        read_roster(roster, config)


# ----------------------------------------------------------------------- common random numbers over every setting
DECISIONS = {  # each decision of a user, and the settings that may change it (every other setting must not)
    "contacted_first": {"contact_users_first", "share_contacted_first"},
    "accepts": {"accept_share", "accept_share_contacted", "contact_users_first", "share_contacted_first"},
    "reads_after_resend": {"accept_share_after_resend"},
    "read_delay": {"read_delay", "contact_users_first", "share_contacted_first"},
    "unlinks_external": {"unlink_external_share"},
    "chooses_credit": {"credit_share"},
    "fixes_blockers": {"fix_share"},
    "fix_delays": {"fix_delay"},
    "contact_time": {"contact_time"},
    "refund_day": set(),
}
BASE = {"users": 200, "batch_size": 50}
OTHER_VALUE = {  # a second valid value for the settings whose other value is not simply derived below
    "users": 150, "seed": None, "name": "other", "start": "2026-03-02", "horizon_days": 20, "batch_size": 30,
    "locales": {"en_US": 0.2, "fr_FR": 0.3, "nl_NL": 0.5}, "precision_figures": ["joined"], "precision": 0.2,
    "vanity_url": "", "holidays_country": "FR", "max_resends": 5, "max_fix_attempts": 1,
    "read_delay": {"distribution": "exponential", "mean": 10.0}, "fix_delay": {"distribution": "fixed", "value": 1.0},
    "contact_time": {"distribution": "uniform", "low": 1.0, "high": 2.0},
    "helpdesk_time": {"distribution": "fixed", "value": 5.0},
    "billing_chat_time": {"distribution": "fixed", "value": 5.0},
}


def other_value(name: str, default):
    if name in OTHER_VALUE:
        return OTHER_VALUE[name]
    if isinstance(default, bool):
        return not default
    if isinstance(default, str) and name.endswith("_hours"):
        return "around the clock"
    if isinstance(default, str):
        from typing import get_args

        from joinsim.sim.config import FIELDS

        return next(choice for choice in get_args(FIELDS[name].annotation) if choice != default)
    if isinstance(default, float):
        return 0.5 if default != 0.5 else 0.25
    if isinstance(default, int):
        return default + 1 if name not in ("replications",) else 3
    raise AssertionError(f"no other value for {name}")


class Recording(Migration):
    """Keeps every batch's drawn decisions, in the population's order."""

    def draw_behaviour(self, users):
        behaviour = super().draw_behaviour(users)
        self.drawn = [*getattr(self, "drawn", []), behaviour]
        return behaviour


def decisions(settings: dict) -> dict[str, np.ndarray]:
    config = validate(settings)
    seed = np.random.SeedSequence(config.seed).spawn(config.replications)[0]  # replication 0, as the runner does
    migration = Recording(config, seed)
    migration.run()
    return {name: np.concatenate([getattr(b, name) for b in migration.drawn]) for name in DECISIONS}


def test_every_setting_keeps_each_users_unaffected_decisions():
    """Common random numbers: for every setting of ``joinsim config``, two runs differing only in it give every
    user the same draws for every decision it does not affect (issue 18: max_resends and max_fix_attempts broke
    it)."""
    from joinsim.sim.config import FIELDS, Config

    base = decisions(BASE)
    defaults = Config().to_dict()
    for name in FIELDS:
        if name == "seed":
            continue  # (another seed is other random numbers, by definition)
        value = other_value(name, defaults[name]) if name not in BASE else OTHER_VALUE[name]
        other = decisions({**BASE, name: value})
        for decision, affected_by in DECISIONS.items():
            if name in affected_by:
                continue
            a, b = base[decision], other[decision]
            users = min(len(a), len(b))
            assert users > 0, name
            if a.ndim == 2:  # one column per resend or blocker: the columns both runs have
                a, b = a[:, :min(a.shape[1], b.shape[1])], b[:, :min(a.shape[1], b.shape[1])]
            assert np.array_equal(a[:users], b[:users]), f"{name} = {value!r} changed the users' {decision}"


def test_building_a_model_never_changes_the_seed_it_is_given():
    seed = np.random.SeedSequence(7)
    first = Recording(validate(BASE), seed)
    second = Recording(validate({**BASE, "admins": 3}), seed)  # the same seed object for a second scenario
    assert seed.n_children_spawned == 0
    assert np.array_equal(first.draw_behaviour(50).accepts, second.draw_behaviour(50).accepts)


def test_a_decision_that_is_a_list_cannot_be_changed_silently():
    """``user.fix_delays[0] = 0.0`` used to change a copy; a list decision is a tuple, and written whole."""
    migration = Migration(validate(BASE), np.random.SeedSequence(1))
    behaviour = migration.draw_behaviour(3)
    from joinsim.sim.migration import InvitedUser

    user = InvitedUser(next(iter(migration.population.people(0, 1))), behaviour, 0)
    with pytest.raises(TypeError):
        user.fix_delays[0] = 0.0  # type: ignore[index]
    user.fix_delays = [0.0] * len(user.fix_delays)
    assert user.fix_delays == (0.0,) * migration.config.max_fix_attempts
    assert behaviour.fix_delays[0].tolist() == [0.0] * migration.config.max_fix_attempts


def test_every_report_carries_its_validation_and_a_timeline_of_stories(tmp_path):
    """The extreme-condition checks run with the report's own configuration; a broken model shows as FAILED."""
    from joinsim.sim.validation import checks

    found, sample = checks(validate({"users": 300, "admins": 2, "contact_users_first": True}))
    assert [check.passed for check in found] == [True] * 4 and len(found) == 4
    assert len(sample["events"]["event"]) > 300

    class WorksAtNight(Migration):  # a model whose admins ignore their calendar
        def contact(self, user):
            with self.admins.request() as admin:
                yield admin
                yield self.env.timeout(user.contact_time)
            self.record.event(user, "contacted")

    broken, _ = checks(validate({"users": 300, "admins": 2, "contact_users_first": True}), WorksAtNight)
    assert not broken[1].passed and not broken[3].passed and "contacted outside" in broken[3].observed
    done = joinsim(tmp_path, "run", "--users", "300", "--quiet", "--out", "run")
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert [check["passed"] for check in summary["validation"]] == [True] * 4
    page = (tmp_path / "run" / "report.html").read_text()
    assert done.returncode == 0, done.stderr
    assert 'id="validation"' in page and "FAILED" not in page and 'alt="Timeline of the first' in page


@given(start=st.floats(0, 400 * DAY), work=st.floats(0, 2000 * HOUR))
@settings(max_examples=300, deadline=None)
def test_a_task_gets_exactly_its_working_time_and_ends_in_working_time(start, work):
    end = OFFICE.after(start, work)
    assert OFFICE.between(start, end) == pytest.approx(work, abs=1e-3)
    assert OFFICE.working_at(end) or work == 0
