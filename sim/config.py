"""The simulation's configuration: every share, delay and switch, with its documented default and
its allowed range. A TOML file (``--config``) and command-line flags override the defaults; anything
out of range is refused with one message naming the field, the value and what is allowed."""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal


class ConfigError(ValueError):
    """A bad configuration value. The CLI prints it and exits with code 2."""


@dataclass(frozen=True)
class Spec:
    """How one config field is checked: a type, a range or a set of choices, and a description."""

    kind: type
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    doc: str = ""

    def allowed(self) -> str:
        if self.choices:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if self.kind is date:
            return "an ISO date YYYY-MM-DD"
        if self.kind is dict:
            return "a table of locale = share (en_US, fr_FR, nl_NL), each share between 0 and 1, summing to 1"
        kind = {int: "an integer", float: "a number", bool: "true or false", str: "a string"}[self.kind]
        if self.low is not None and self.high is not None:
            if self.kind is int:
                return f"{kind} between {int(self.low)} and {int(self.high)}"
            return f"{kind} between {self.low:g} and {self.high:g}"
        return kind


LOCALES = ("en_US", "fr_FR", "nl_NL")


@dataclass(frozen=True)
class Config:
    # --- run
    name: str = "default"
    users: int = 5000
    seed: int = 20260105
    replications: int = 1
    workers: int = 1
    start: date = date(2026, 1, 5)
    horizon_days: int = 120
    holidays_country: str = "NL"  # public holidays that are not business days ('' for weekends only)
    # --- the population (shares of simulated users)
    locales: dict[str, float] = field(default_factory=lambda: {"en_US": 0.5, "fr_FR": 0.25, "nl_NL": 0.25})
    share_free: float = 0.40
    share_monthly: float = 0.35  # the rest (1 - free - monthly) are on annual plans
    share_multi_user_owner: float = 0.08  # paid owners of a small account with other users linked
    max_linked_users: int = 4
    share_linked_external: float = 0.40  # of multi-user owners: some linked users are outside the managed domain
    share_zoom_rooms: float = 0.25  # of multi-user owners: Zoom Rooms on their account
    share_unpaid_invoice: float = 0.04  # of paid users
    share_pending_cancellation: float = 0.03  # of paid users
    share_licensed: float = 0.30  # of paid users: licensed before joining
    share_bounce: float = 0.02  # address does not exist
    share_refuses_external: float = 0.01  # address refuses external email
    monthly_price_cents: int = 1499
    annual_price_cents: int = 14990
    # --- the inviting account
    billing: Literal["autopay", "net_terms"] = "autopay"
    licence_seats: int = 250
    vanity_url: str = "acme.zoom.us"
    invoice_cents_per_member: int = 1000
    billing_chat_every_days: int = 45  # net terms: someone asks Billing by chat to apply the credit
    # --- the campaign
    batch_size: int = 500
    batch_every_days: int = 1
    contact_users_first: bool = False
    share_contacted_first: float = 0.0  # without contact_users_first: the share of users contacted first
    invite_licensed_as_licensed: bool = True
    resend_after_days: int = 10
    max_resends: int = 2
    # --- behaviour of the invited users
    read_delay_hours: float = 30.0  # median delay before reading the email
    accept_share: float = 0.80
    accept_share_contacted: float = 0.95  # with contact_users_first
    accept_share_after_resend: float = 0.50
    fix_share: float = 0.70  # a blocked user fixes the blocker and tries again
    fix_delay_days: float = 3.0  # median delay before the fix
    unlink_external_share: float = 0.60  # owners who unlink external users first (OWN-2)
    credit_share: float = 0.40  # paid owners who choose credit transfer rather than a refund
    # --- readings where the French and Dutch articles disagree (model.service.Readings)
    linked_users_reading: Literal["nl", "fr"] = "nl"
    credit_choice_reading: Literal["nl", "fr"] = "nl"

    def with_overrides(self, **changes: Any) -> Config:
        return validate({**self.to_dict(), **{k: v for k, v in changes.items() if v is not None}})

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    def to_json(self) -> dict[str, Any]:
        d = self.to_dict()
        d["start"] = self.start.isoformat()
        d["locales"] = dict(self.locales)
        return d


_SHARE = "a share of users"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Shares of one draw: together they may not exceed 1 (the rest is the last case).
SHARE_SUMS = ((("share_free", "share_monthly"), "the rest are annual plans"),
              (("share_bounce", "share_refuses_external"), "the rest receive external email"))
SPECS: dict[str, Spec] = {
    "name": Spec(str, doc="run name: the output folder is reports/<name>/"),
    "users": Spec(int, 1, 5_000_000, doc="simulated users (ignored with --roster)"),
    "seed": Spec(int, 0, 2**63 - 1, doc="root seed of every random stream"),
    "replications": Spec(int, 1, 1000, doc="independent replications"),
    "workers": Spec(int, 1, 64, doc="processes running replications (does not change results)"),
    "start": Spec(date, doc="first simulated day"),
    "horizon_days": Spec(int, 1, 3650, doc="simulated days"),
    "holidays_country": Spec(str, choices=("", "NL", "FR", "BE", "US", "GB"),
                             doc="public holidays excluded from business days"),
    "locales": Spec(dict, doc="Faker locales and their weights"),
    "share_free": Spec(float, 0, 1, doc="individual free users"),
    "share_monthly": Spec(float, 0, 1, doc="monthly paid plans (annual = the rest)"),
    "share_multi_user_owner": Spec(float, 0, 1, doc="paid owners with users linked to their account"),
    "max_linked_users": Spec(int, 1, 50, doc="at most this many linked users per owner"),
    "share_linked_external": Spec(float, 0, 1, doc="of multi-user owners: one linked user is external"),
    "share_zoom_rooms": Spec(float, 0, 1, doc="of multi-user owners: Zoom Rooms on the account"),
    "share_unpaid_invoice": Spec(float, 0, 1, doc="of paid users: an unpaid invoice"),
    "share_pending_cancellation": Spec(float, 0, 1, doc="of paid users: a pending cancellation"),
    "share_licensed": Spec(float, 0, 1, doc="of paid users: licensed before joining"),
    "share_bounce": Spec(float, 0, 1, doc="addresses that do not exist"),
    "share_refuses_external": Spec(float, 0, 1, doc="addresses refusing external email"),
    "monthly_price_cents": Spec(int, 1, 10_000_000, doc="monthly plan price"),
    "annual_price_cents": Spec(int, 1, 100_000_000, doc="annual plan price"),
    "billing": Spec(str, choices=("autopay", "net_terms"), doc="inviting account's billing"),
    "licence_seats": Spec(int, 0, 10_000_000, doc="free licence seats of the inviting account"),
    "vanity_url": Spec(str, doc="vanity URL of the inviting account ('' for none)"),
    "invoice_cents_per_member": Spec(int, 0, 10_000_000, doc="monthly invoice of the inviting account"),
    "billing_chat_every_days": Spec(int, 1, 365, doc="net terms: days between billing chats"),
    "batch_size": Spec(int, 1, 5_000_000, doc="invitations per batch"),
    "batch_every_days": Spec(int, 0, 365, doc="days between batches (0 = all at once)"),
    "contact_users_first": Spec(bool, doc="best practice: tell every user before inviting them"),
    "share_contacted_first": Spec(float, 0, 1, doc="share of users told before the invitation (when not all are)"),
    "invite_licensed_as_licensed": Spec(bool, doc="invite licensed users as Licensed while seats last"),
    "resend_after_days": Spec(int, 1, 365, doc="resend a pending invitation after this many days"),
    "max_resends": Spec(int, 0, 20, doc="resends per invitation"),
    "read_delay_hours": Spec(float, 0.01, 24 * 365, doc="median delay before reading the invitation"),
    "accept_share": Spec(float, 0, 1, doc="users who accept"),
    "accept_share_contacted": Spec(float, 0, 1, doc="users who accept when contacted first"),
    "accept_share_after_resend": Spec(float, 0, 1, doc="ignorers who accept after a resend"),
    "fix_share": Spec(float, 0, 1, doc="blocked users who fix the blocker and retry"),
    "fix_delay_days": Spec(float, 0.01, 365, doc="median delay before fixing a blocker"),
    "unlink_external_share": Spec(float, 0, 1, doc="owners who unlink external users first"),
    "credit_share": Spec(float, 0, 1, doc="paid owners choosing credit transfer"),
    "linked_users_reading": Spec(str, choices=("nl", "fr"), doc="OWN-1 (nl) or OWN-3 error 1009 (fr)"),
    "credit_choice_reading": Spec(str, choices=("nl", "fr"), doc="ACC-2: nl offers credit transfer, fr does not"),
}
assert set(SPECS) == {f.name for f in dataclasses.fields(Config)}


def _bad(name: str, value: Any, extra: str = "") -> ConfigError:
    return ConfigError(f"config field '{name}' = {value!r} is invalid{extra}: allowed {SPECS[name].allowed()}")


def _check(name: str, value: Any) -> Any:
    spec = SPECS[name]
    if spec.kind is date:
        if isinstance(value, datetime):  # a TOML date-time: a day is expected, not a moment
            raise ConfigError(f"config field '{name}' = {value.isoformat()} is invalid (a date and time): "
                              f"allowed {spec.allowed()}")
        if isinstance(value, date):
            return value
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
            raise _bad(name, value)
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise _bad(name, value, " (no such day)") from None
    if spec.kind is dict:
        if not isinstance(value, dict) or not value:
            raise _bad(name, value)
        unknown = [k for k in value if k not in LOCALES]
        if unknown:
            raise _bad(name, value, f" (unknown locale {unknown[0]!r})")
        shares = {}
        for k, w in value.items():
            if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w) or not 0 <= w <= 1:
                raise _bad(name, value, f" (share of {k} = {w!r})")
            shares[k] = float(w)
        if abs(sum(shares.values()) - 1) > 1e-9:
            raise _bad(name, value, f" (sum {sum(shares.values()):g})")
        return shares
    if spec.kind is bool:
        if not isinstance(value, bool):
            raise _bad(name, value)
        return value
    if spec.kind is str:
        if not isinstance(value, str) or (spec.choices and value not in spec.choices):
            raise _bad(name, value)
        if name == "name" and (not value or "/" in value or value.startswith(".")):
            raise ConfigError(f"config field 'name' = {value!r} is invalid: allowed a folder name without '/'")
        return value
    given = value
    if spec.kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(name, value)
    elif spec.kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise _bad(name, value)
        value = float(value)
    if (spec.low is not None and value < spec.low) or (spec.high is not None and value > spec.high):
        raise _bad(name, given)
    return value


def validate(values: dict[str, Any]) -> Config:
    unknown = [name for name in values if name not in SPECS]
    if unknown:
        close = difflib.get_close_matches(unknown[0], SPECS, n=1)
        raise ConfigError(f"unknown config field '{unknown[0]}' = {values[unknown[0]]!r}"
                          f"{f' (did you mean {close[0]!r}?)' if close else ''}: allowed fields are "
                          + ", ".join(SPECS))
    checked = {name: _check(name, value) for name, value in values.items()}
    config = Config(**checked)
    for parts, rest in SHARE_SUMS:
        shares = [getattr(config, part) for part in parts]
        if sum(shares) > 1 + 1e-9:
            raise ConfigError(f"config fields {' + '.join(repr(p) for p in parts)} = "
                              f"{' + '.join(f'{v:g}' for v in shares)} = {sum(shares):g} is invalid: "
                              f"allowed a sum between 0 and 1 ({rest})")
    return config



def _toml_line(path: str | Path, exc: Exception) -> str:
    """The offending line of a TOML file, so the message names the field and its value."""
    found = re.search(r"at line (\d+)", str(exc))
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        line = lines[int(found[1]) - 1].strip() if found else ""
    except (OSError, UnicodeDecodeError, IndexError):
        return ""
    return f": {line[:120]!r}" if line else ""


def read_toml(path: str | Path, what: str) -> dict[str, Any]:
    """A TOML file (a config or a sweep file, named ``what`` in messages), or one clear ConfigError."""
    shown = repr(str(path))
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{what} {shown} not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{what} {shown} is a folder: allowed a TOML file") from None
    except OSError as exc:
        raise ConfigError(f"{what} {shown} cannot be read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} {shown} is not UTF-8 (byte {exc.object[exc.start]:#04x} at "
                          f"offset {exc.start}): allowed a UTF-8 TOML file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{what} {shown} is not valid TOML: {exc}{_toml_line(path, exc)}") from None


def load(path: str | Path | None = None, **overrides: Any) -> Config:
    """Defaults, then the TOML file (flat keys, or grouped in tables whose keys are flattened), then flags."""
    values: dict[str, Any] = {}
    if path is not None:
        data = read_toml(path, "config file")
        where: dict[str, str] = {}
        for key, value in data.items():
            # [population], [campaign], ... sections are only for reading: their keys are flattened
            items = value.items() if isinstance(value, dict) and key != "locales" else [(key, value)]
            section = f"[{key}]" if isinstance(value, dict) and key != "locales" else "the top level"
            for name, item in items:
                if name in where:
                    raise ConfigError(f"config field '{name}' = {item!r} is given twice (in {where[name]} and in "
                                      f"{section}): allowed once")
                where[name] = section
                values[name] = item
    values.update({k: v for k, v in overrides.items() if v is not None})
    return validate(values)
