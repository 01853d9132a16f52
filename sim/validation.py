"""Evidence that the model behaves as the world does, run with every report's configuration (a few seconds).

Extreme-condition checks (Sargent, *Verification and validation of simulation models*): the report's model and
configuration, run for a small synthetic organisation, pushed to conditions whose answer is known:

- nobody accepts: nobody joins;
- one admin contacts everybody first: one contact at a time, each given its whole working time after it was asked
  for and after the contact before it, and ending in the admins' working hours;
- everybody unlimited and around the clock: nobody waits for a person, and every invitation goes out when its
  batch does (plus the time to contact), as the calendar-free model did (``tests/test_calendars.py`` checks that
  this setting gives its figures exactly);
- people act when people act: in the report's own configuration, no user reads, accepts or fixes a blocker
  outside their waking hours, and no admin contacts or resends outside working hours.

And a picture of a sample of users' stories (``timeline``): one line per user, each event a mark, the admins'
working time shaded, drawn from the event log.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from joinsim.common.pages import drawn, image, subplots
from joinsim.sim.calendars import AROUND_THE_CLOCK, WorkingTime
from joinsim.sim.config import Config, ConfigError
from joinsim.sim.migration import DAY, Migration
from joinsim.sim.results import Result

USERS = 200  # a small organisation: the checks take about a second in all
ACTING = {  # who acts at each event of the log: the admins (their working hours) or the user (waking hours)
    "contacted": "admin_hours", "invited": "admin_hours", "resent": "admin_hours",
    "read": "user_hours", "joined": "user_hours", "fixed": "user_hours",
}


@dataclass
class Check:
    condition: str
    expected: str
    observed: str
    passed: bool | None  # None: not run (the condition cannot happen under this configuration)

    def to_json(self) -> dict:
        return {"condition": self.condition, "expected": self.expected, "observed": self.observed,
                "passed": self.passed}


def small(config: Config, **changes) -> Config:
    return config.with_overrides(users=min(config.users, USERS), replications=1, precision=0.0, **changes)


def run(model: type[Migration], config: Config, trace: bool = False) -> tuple[Migration, Result]:
    """One small replication: the model, readable after it (its calendars, and ``spans`` when timed), and its
    result."""
    migration = model(config, np.random.SeedSequence(config.seed), trace=trace)
    return migration, migration.run()


def checks(config: Config, model: type[Migration] = Migration) -> tuple[list[Check], dict | None]:
    """The extreme-condition checks of ``model`` under ``config``, and the event log of a small run of the
    report's own configuration (for the timeline). A check whose condition cannot be run under this configuration
    (its campaign does not fit the longest horizon, or nothing of the kind happens before the horizon) says so
    and neither passes nor fails."""
    found: list[Check] = []
    sample: dict = {}
    for check in (nobody_accepts, one_admin, around_the_clock, people_act):
        try:
            found.append(check(config, model, sample))
        except ConfigError as exc:
            condition, expected = (check.__doc__ or "").split("\n")[0].split(": ", 1)
            found.append(Check(condition, expected, f"not run: {exc}", None))
    return found, sample or None


def nobody_accepts(config: Config, model: type[Migration], sample: dict) -> Check:
    """nobody accepts (every accept share 0): nobody joins"""
    _, result = run(model, small(config, accept_share=0.0, accept_share_contacted=0.0, accept_share_after_resend=0.0))
    joined = int((result.columns["joined_at"] >= 0).sum())
    return Check("nobody accepts (every accept share 0)", "nobody joins", f"{joined} joined", joined == 0)


def one_admin(config: Config, model: type[Migration], sample: dict) -> Check:
    """one admin contacts everybody first: one contact at a time, each in the admins' working hours"""
    migration, _ = run(type(f"Timed{model.__name__}", (TimedContacts, model), {}),
                       small(config, admins=1, contact_users_first=True))
    spans = sorted(getattr(migration, "spans", []), key=lambda span: span[1])  # in the order they ended
    hours = migration.admins.hours
    # one admin, one contact at a time: each contact had its whole working time after it was asked for and after
    # the contact before it ended, and ended in working time
    short = sum(1 for (_, before, _, _), (asked, ended, _, work) in zip([(0, 0, 0, 0), *spans], spans, strict=False)
                if hours.between(max(asked, before), ended) < work - 1e-6 or not hours.working_at(ended))
    expected = f"one contact at a time, each in the admins' working hours ({hours.spec})"
    if not spans:
        return Check("one admin contacts everybody first", expected, "not run: no contact ends before the horizon",
                     None)
    return Check("one admin contacts everybody first", expected,
                 f"{len(spans)} contacts, {short} overlapping or outside working hours", short == 0)


def around_the_clock(config: Config, model: type[Migration], sample: dict) -> Check:
    """everybody unlimited and around the clock: nobody waits for a person; invitations go out with their batch"""
    always = {name: AROUND_THE_CLOCK for name in ("user_hours", "admin_hours", "billing_agent_hours",
                                                   "helpdesk_hours")}
    migration, result = run(type(f"Timed{model.__name__}", (TimedContacts, model), {}),
                            small(config, admins=0, billing_agents=0, helpdesk_agents=0, **always))
    released, invited = result.columns["released_at"], result.columns["invited_at"]
    contacted = {user: (asked, ended, work) for asked, ended, user, work in getattr(migration, "spans", [])}
    late = [user for user in np.flatnonzero(invited >= 0) if user in contacted and (
        abs(contacted[user][0] - released[user]) > 1 or abs(contacted[user][1] - contacted[user][0]
                                                              - contacted[user][2]) > 1e-6
        or abs(invited[user] - contacted[user][1]) > 1) or user not in contacted and invited[user] != released[user]]
    waits = max(r["mean_wait_hours"] for r in result.resources)
    return Check("everybody unlimited and around the clock", "nobody waits for a person; each invitation goes "
                 "out with its batch, after the user's contact if any (the calendar-free model)",
                 f"longest mean wait {waits:.2f} h; {len(late)} invitations later than that", waits == 0 and not late)


def people_act(config: Config, model: type[Migration], sample: dict) -> Check:
    """people act when people act (this configuration): every action in its actor's hours"""
    own = small(config)
    migration, result = run(model, own, trace=True)
    log = result.events
    calendars = {"admin_hours": migration.admins.hours, "user_hours": migration.user_hours}  # (the model's own)
    wrong: dict[str, int] = {}
    for at, event in zip(log["time_s"], log["event"], strict=True):
        field = ACTING.get(event)
        if field is not None and not calendars[field].working_at(at):
            wrong[event] = wrong.get(event, 0) + 1
    acted = sum(1 for event in log["event"] if event in ACTING)
    sample.update(events=log, config=own, admin_hours=migration.admins.hours)
    return Check("people act when people act (this configuration)", "every contact, invitation and resend in "
                 "the admins' working hours; every read, join and fix in the users' waking hours",
                 f"{acted} actions, " + (", ".join(f"{n} {event} outside" for event, n in wrong.items())
                                         or "none outside"), not wrong)


class TimedContacts(Migration):
    """Mixed into the report's model (before it: ``(TimedContacts, model)``) for a check: records when each contact
    was asked for and ended, and the working time it takes (``spans``); the contact itself is the model's own."""

    spans: list[tuple[float, float, int, float]]  # (asked, ended, user, working time), from the first contact on

    def contact(self, user):
        asked = self.env.now
        yield from super().contact(user)
        self.spans = [*getattr(self, "spans", []), (asked, self.env.now, user.index, user.contact_time)]


@drawn
def timeline(events: dict, config: Config, admin_hours: WorkingTime, users: int = 24, days: int = 14):
    """A sample of users' stories: the first ``users`` users of the campaign, one line each, their events as
    marks over the first ``days`` days, the admins' time off shaded."""
    marks = {"joined": ("*", "#2e7d32", 90), "contacted": ("s", "#9fb3d9", 26), "invited": ("o", "#5b7db1", 22),
             "resent": ("D", "#8a5a00", 22), "read": ("v", "#1d2330", 16), "blocked": ("x", "#b3261e", 30),
             "fixed": ("P", "#8a5a00", 26), "refund paid": ("p", "#6a1b9a", 26)}  # (joined under read: same moment)
    times = np.asarray(events["time_s"], dtype=float) / DAY
    ids = np.asarray(events["user_id"])
    names = np.asarray(events["event"], dtype=object)
    first = float(np.floor(times[ids >= 0].min())) if (ids >= 0).any() else 0.0  # (the campaign's first day)
    window = (times >= first) & (times < first + days)
    shown = sorted({int(u) for u in ids[window] if u >= 0})[:users]
    fig, ax = subplots(figsize=(7.2, 0.18 * max(len(shown), 8) + 1.2))
    hours = admin_hours
    for day in range(int(first), int(first) + days):  # the admins' time off, shaded
        opens = hours.next_moment(day * DAY) / DAY
        if opens > day:
            ax.axvspan(day, min(opens, day + 1), color="#e6e8ec", linewidth=0)
        if opens < day + 1:
            closes = (day * DAY + hours.closes) / DAY
            ax.axvspan(closes, day + 1, color="#e6e8ec", linewidth=0)
    for row, user in enumerate(shown):  # each story from its first to its last event
        story = times[(ids == user) & window]
        ax.plot([story.min(), story.max()], [row, row], color="#b8bec9", linewidth=0.8, zorder=2)
    for event, (marker, colour, size) in marks.items():
        keep = (names == event) & np.isin(ids, shown) & window
        if keep.any():
            rows = [shown.index(int(u)) for u in ids[keep]]
            ax.scatter(times[keep], rows, marker=marker, color=colour, s=size, label=event, zorder=3)
    ax.set_xlim(first, first + days)
    ax.set_ylim(-1, max(len(shown), 1))
    ax.set_yticks(range(len(shown)), [f"user {u}" for u in shown], fontsize=6)
    ax.set_xlabel(f"days from {config.start} (shaded: the admins' time off; they work {hours.spec})")
    ax.set_title("A sample of users' stories")
    if ax.get_legend_handles_labels()[0]:  # (no story in the window: no legend, and no warning about it)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 - 2.2 / fig.get_size_inches()[1] / 10), ncol=8,
                  frameon=False, fontsize=7)
    fig.tight_layout()
    return image(fig, f"Timeline of the first {len(shown)} users of a small run of this configuration over "
                      f"{days} days: one line per user, each event a mark (contacted, invited, resent, read, "
                      "blocked, fixed, joined, refund paid); the admins' time off is shaded.")
