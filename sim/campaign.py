"""When the campaign happens, before it runs: the day and time each batch of users is invited, and the horizon
that lets the last batch's story end.

The batches go out on business days at 9:00, or the admins' first working moment after it (weekends and
``holidays_country``'s public holidays skipped),
``batch_size`` users each, one every ``batch_every_days`` business days (all at once for 0). With
``horizon_days = "auto"`` the simulation lasts until the last user is invited (the last batch, or the admins'
estimated backlog, in the admins' working hours, when users are contacted first by a limited number of admins),
that invitation, resent ``max_resends`` times ``resend_after_days`` apart (each resend on the admins' next working
day), has expired (INV-4: 30 days after the last resend), the refunds
of those who accepted on the last day are paid (ACC-6: within 5 business days, a week), and the credit they
transferred has met the next invoice (autopay, every 30 days: CRE-2) or billing chat (net terms: CRE-3). A
horizon set by hand that cuts the campaign is reported: how many users are never invited.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from joinsim.model.calendar import BusinessCalendar
from joinsim.model.service import INVITATION_VALID_DAYS, REFUND_LATEST_BUSINESS_DAYS
from joinsim.sim.calendars import public_holidays as holidays_of
from joinsim.sim.calendars import working_time
from joinsim.sim.config import Config, ConfigError

DAY = 86_400
HOUR = 3_600
MAX_HORIZON_DAYS = 3650


@dataclass(frozen=True)
class CampaignPlan:
    batches: tuple[tuple[int, int, float], ...]  # (first user, last user + 1, time in seconds from the start)
    last_batch: date
    horizon_days: int
    auto: bool
    contacted_by: float = 0.0  # days from the start when the admins have contacted everyone (an estimate; 0: none)
    beyond: int = 0  # users whose batch would go out after the longest horizon (never invited, whatever the horizon)

    @property
    def invited(self) -> int:
        """Users whose batch goes out before the horizon."""
        return sum(last - first for first, last, at in self.batches if at < self.horizon_days * DAY)

    def never_invited(self, users: int) -> int:
        return users - self.invited

    def needed_days(self, config: Config) -> int:
        """The horizon the campaign needs: its last invitation, the resends, the expiry, the refund window and the
        next invoice or billing chat."""
        last_invitation = max((self.last_batch - config.start).days, math.ceil(self.contacted_by))
        billing = 31 if config.billing == "autopay" else config.billing_chat_every_days  # (a calendar month)
        closed = working_time(config.admin_hours, config.start, config.holidays_country).longest_closure_days()
        user_night = 0 if working_time(config.user_hours, config.start, config.holidays_country).always else 1
        expired = last_invitation + config.max_resends * (config.resend_after_days + closed) + INVITATION_VALID_DAYS
        last_request = config.start + timedelta(days=expired)  # (the last acceptance, and its refund's request)
        refund_window = (BusinessCalendar(public_holidays(config)).add_business_days(
            last_request, REFUND_LATEST_BUSINESS_DAYS) - last_request).days  # ACC-6, in calendar days
        return expired + refund_window + billing + user_night + 1


def plan_campaign(config: Config, users: int) -> CampaignPlan:
    """When each batch goes out, how long the admins' contacts take, and the horizon: worked out once per process for
    a config and a number of users (the runner, each replication and a sweep's check ask for the same plan)."""
    key = (config.model_dump_json(), users)
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) >= 64:  # (a long sweep in one process: the plans of its last points are kept)
            _PLANS.clear()
        plan = _PLANS[key] = _plan(config, users)
    return plan


_PLANS: dict[tuple[str, int], CampaignPlan] = {}


def _plan(config: Config, users: int) -> CampaignPlan:
    calendar = BusinessCalendar(public_holidays(config))
    admin_hours = working_time(config.admin_hours, config.start, config.holidays_country)
    day = config.start
    while not calendar.is_business_day(day):
        day += timedelta(days=1)
    batches = []
    size = config.batch_size if config.batch_every_days else users  # (0 days apart: one batch of everybody)
    last_day = config.start + timedelta(days=MAX_HORIZON_DAYS)
    beyond = 0
    for first in range(0, users, size):
        if first:
            day = calendar.add_business_days(day, config.batch_every_days)
        if day > last_day:
            beyond = users - first  # (these users are never invited: no horizon reaches them)
            break
        batches.append((first, min(first + size, users),
                        admin_hours.next_moment((day - config.start).days * DAY + 9 * HOUR)))
    last_batch = config.start + timedelta(seconds=batches[-1][2]) if batches else config.start
    contacted = users if config.contact_users_first else users * config.share_contacted_first
    contacted_by = 0.0
    if contacted and batches:  # the admins' backlog: every contact, in their working hours
        if config.admins:
            backlog = contacted * config.contact_time.mean() * 60 / config.admins
            contacted_by = admin_hours.after(batches[0][2], backlog) / DAY
        else:  # (as many admins as needed: the last batch's contacts, each a mean contact long)
            contacted_by = admin_hours.after(batches[-1][2], config.contact_time.mean() * 60) / DAY
    plan = CampaignPlan(tuple(batches), last_batch, 0, config.horizon_days == "auto", contacted_by, beyond)
    if not plan.auto:
        return CampaignPlan(plan.batches, last_batch, int(config.horizon_days), False, contacted_by, beyond)
    if beyond:
        raise ConfigError(f"config field 'horizon_days' = 'auto' cannot cover the campaign: {beyond:,} of {users:,} "
                          f"users would be invited after {last_day} (batches of {size:,} every "
                          f"{config.batch_every_days} business day(s)), past the longest horizon of "
                          f"{MAX_HORIZON_DAYS:,} days: raise batch_size or lower batch_every_days")
    needed = plan.needed_days(config)
    if needed > MAX_HORIZON_DAYS:
        slow = contacted_by > (last_batch - config.start).days + 1  # (the admins' contacts outlast the batches)
        why = (f"the admins contact {contacted:,.0f} users first, about {contacted_by:,.0f} days of their working "
               f"hours ({config.admin_hours})" if slow else f"batches of {config.batch_size:,} every "
               f"{config.batch_every_days} business day(s)")
        fix = "add admins, shorten contact_time or widen admin_hours" if slow else \
            "raise batch_size or lower batch_every_days"
        raise ConfigError(f"config field 'horizon_days' = 'auto' needs {needed:,} days for {users:,} users ({why}): "
                          f"allowed at most {MAX_HORIZON_DAYS:,}; {fix}, or set horizon_days")
    return CampaignPlan(plan.batches, last_batch, needed, True, contacted_by, beyond)


def public_holidays(config: Config) -> frozenset[date]:
    """The public holidays of ``holidays_country`` from the start to twelve years on (the longest horizon)."""
    return holidays_of(config.holidays_country, config.start.year)
