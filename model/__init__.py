"""The in-memory account model: the rules of adding existing users to a paid account.

Plain Python: no I/O, no SimPy, no pytest. Start with ``joinsim.model.service.new_service``.
"""

from joinsim.model import errors, events
from joinsim.model.account import Account, Invitation, Meeting, Plan, User
from joinsim.model.calendar import BusinessCalendar, Clock
from joinsim.model.money import Money, prorate
from joinsim.model.service import AccountService, JoinResult, Readings, new_service

__all__ = [
    "Account", "AccountService", "BusinessCalendar", "Clock", "Invitation", "JoinResult", "Meeting",
    "Money", "Plan", "Readings", "User", "errors", "events", "new_service", "prorate",
]
