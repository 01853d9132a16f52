"""The one public API of the model, ``AccountService``. Every documented rule is enforced in ``model/`` and
nowhere else: the Gherkin steps and the SimPy simulator both call these commands.

The service is put together from one class per area of the process, each in its own module, on the shared
state of ``joinsim.model.state``: setting up the world as it was (``joinsim.model.setting_up``), inviting
(``joinsim.model.inviting``), accepting (``joinsim.model.accepting``), what moves with a user
(``joinsim.model.data_transfer``), refunds and credit (``joinsim.model.billing``), the owner's own account
(``joinsim.model.owners``) and licences (``joinsim.model.licences``). Rule ids in comments match the ``@rule-…`` tags
of the ``Rule:`` blocks in ``features/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from joinsim.model import events
from joinsim.model.accepting import AcceptingInvitations
from joinsim.model.billing import RefundsAndCredit
from joinsim.model.calendar import BusinessCalendar, Clock
from joinsim.model.data_transfer import MovingWithTheUser
from joinsim.model.inviting import InvitingUsers
from joinsim.model.licences import Licensing
from joinsim.model.owners import OwnersAccounts
from joinsim.model.setting_up import SettingUpTheWorld
from joinsim.model.state import (  # (callers import these from joinsim.model.service, as before)
    CHOICES,
    INVITATION_VALID_DAYS,
    OLD_LINK_WARNING,
    REFUND_EARLIEST_BUSINESS_DAYS,
    REFUND_LATEST_BUSINESS_DAYS,
    AddUsersResult,
    Choice,
    JoinLinkResult,
    JoinResult,
    Readings,
)

__all__ = ["CHOICES", "INVITATION_VALID_DAYS", "OLD_LINK_WARNING", "REFUND_EARLIEST_BUSINESS_DAYS",
           "REFUND_LATEST_BUSINESS_DAYS", "AccountService", "AddUsersResult", "Choice", "JoinLinkResult", "JoinResult",
           "Readings", "new_service"]


class AccountService(SettingUpTheWorld, InvitingUsers, AcceptingInvitations, MovingWithTheUser, RefundsAndCredit,
                     OwnersAccounts, Licensing):
    """The one public API. Every command (``@command``, ``joinsim.model.transaction``) is all or nothing and runs under
    one lock, so two requests that arrive at once (two browser tabs sending the same link) run one after the other
    (ACC-9):

    - refused (a ``JoinError``) or failed for any other reason: the state is exactly as before the command;
    - completed: its events go to the event sink afterwards, in order; if the sink fails, the command is done all
      the same and raises ``errors.EventDeliveryFailed`` (its ``result`` is the command's), the events the sink did
      not take are kept (``undelivered_events()``) and offered again first by the next command or
      ``deliver_events()``; sending the command again is refused as done (the invitation is no longer pending);
    - started from inside another command on the same thread (from the event sink, the clock or the calendar):
      refused with ``COMMAND_IN_PROGRESS`` (``errors.CommandInProgress``), changing nothing; queries (``@query``)
      may be called from anywhere.

    The commands are defined by area, in the classes it is made of; the state they share is ``ServiceState``'s."""


def new_service(start: datetime, holidays: Iterable[date] = (), readings: Readings | None = None,
                event_sink: Callable[[events.Event], None] | None = None,
                event_types: tuple[type[events.Event], ...] | None = None) -> AccountService:
    """A service with its own clock, the usual way to start a world."""
    return AccountService(Clock(start), BusinessCalendar(frozenset(holidays)), readings, event_sink, event_types)
