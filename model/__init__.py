"""The in-memory account model: the rules of adding existing users to a paid account.

Plain Python: no I/O, no SimPy, no pytest. Start with ``model.service.new_service``.
"""

from model import errors, events
from model.account import Account, Invitation, Meeting, Plan, User
from model.calendar import BusinessCalendar, Clock
from model.money import Money, prorate
from model.service import AccountService, JoinResult, Readings, new_service

__all__ = [
    "Account", "AccountService", "BusinessCalendar", "Clock", "Invitation", "JoinResult", "Meeting",
    "Money", "Plan", "Readings", "User", "errors", "events", "new_service", "prorate",
]
