"""The simulation's configuration, declared once: every setting with its type, range, default, unit and help.

``joinsim run``, ``compare`` and ``sweep``, their flags (``--users``, ``--set FIELD=VALUE``…), ``joinsim config``
(the defaults as a commented TOML file) and the table of settings of docs/analysts.md all come from the
declaration of ``Config`` below (pydantic). A TOML file may write the settings flat or grouped in tables
(``[campaign]``…); ``load`` reads one, applies the flags and returns a checked, frozen ``Config``, or raises
``ConfigError`` with one line naming the setting, the value given and what is allowed (with "did you mean" for a
misspelt name).
"""

from __future__ import annotations

import difflib
import math
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic.fields import FieldInfo

from joinsim.common.errors import UsageError
from joinsim.common.input_files import open_regular
from joinsim.sim.calendars import ALLOWED as CALENDAR_ALLOWED
from joinsim.sim.calendars import normal as normal_calendar
from joinsim.sim.calendars import parse as parse_calendar
from joinsim.sim.distributions import ALLOWED as DISTRIBUTION_ALLOWED
from joinsim.sim.distributions import NAMES as DISTRIBUTION_NAMES
from joinsim.sim.distributions import Delay, Exponential, Lognormal, Triangular
from joinsim.sim.figures import BY_KEY

LOCALES = ("en_US", "fr_FR", "nl_NL")
FIRST_START, LAST_START = date(2000, 1, 1), date(2100, 12, 31)
MAX_MODEL_USERS = 10_000_000  # invited users and the users linked to them, in one replication
MAX_CONFIG_BYTES = 1 << 20  # a config file is a few hundred bytes; anything over 1 MiB is not one
GROUPS = {
    "run": "The run",
    "population": "Who is invited (shares of the simulated users)",
    "inviting_account": "The inviting (paid parent) account",
    "campaign": "The campaign",
    "behaviour": "How invited users behave",
    "resources": "People with limited capacity (0: as many as needed, no queue)",
    "readings": "Where the French and Dutch articles disagree (joinsim.model.service.Readings)",
}


class ConfigError(UsageError):
    """A bad configuration value or file: one line, exit code 2, nothing written."""


def setting(default: Any, group: str, help: str, *, unit: str = "", ge: float | None = None,
            le: float | None = None, allowed: str = "", sweep: bool = True) -> Any:
    """One setting: its default, the table it belongs to, what it means, its unit and range. ``allowed``
    overrides the generated description of the allowed values; ``sweep=False``: set once for a whole sweep."""
    assert group in GROUPS, group
    return Field(default, ge=ge, le=le, description=help,
                 json_schema_extra={"group": group, "unit": unit, "allowed": allowed, "sweep": sweep})


def _iso_date(value: Any) -> Any:
    """TOML dates stay dates; text must be an ISO date (YYYY-MM-DD); a date and time is refused."""
    if isinstance(value, datetime):
        raise ValueError("a date and time, not a day")
    if isinstance(value, str):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise ValueError("not an ISO date")
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("no such day") from None
    return value


Day = Annotated[date, BeforeValidator(_iso_date)]
Share = Annotated[float, Field(allow_inf_nan=False)]


class Config(BaseModel):
    """Every setting of a simulated bulk migration. Frozen: ``with_overrides`` makes a changed copy."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, validate_default=True)

    # --- the run
    name: str = setting("default", "run", "run name: the output folder is reports/<name>/", sweep=False,
                        allowed="a folder name of 1 to 100 characters, without '/', not starting with '.'")
    users: int = setting(5000, "run", "simulated users (a roster sets them instead)", unit="users", ge=1,
                         le=5_000_000)
    seed: int = setting(20260105, "run", "root seed of every random stream", ge=0, le=2**63 - 1, sweep=False)
    replications: int = setting(1, "run", "independent replications", ge=1, le=1000, sweep=False)
    workers: int = setting(1, "run", "processes running replications (never changes the results)", ge=1, le=256,
                           sweep=False)
    precision: Annotated[float, Field(allow_inf_nan=False)] = setting(
        0.0, "run", "0: run `replications` replications; else run them until the 95% interval of each of "
        "precision_figures is within this share of its mean (at least `replications`, at most max_replications)",
        unit="share", ge=0, le=0.5, sweep=False)
    precision_figures: list[str] = setting(
        ["joined", "prorated_cents"], "run", "the figures whose precision `precision` asks for (see the report)",
        sweep=False, allowed="a list of figure names, such as ['joined', 'prorated_cents', 'credit_wait_days']")
    max_replications: int = setting(100, "run", "with `precision`: the most replications to run", ge=3, le=1000,
                                    sweep=False)
    start: Day = setting(date(2026, 1, 5), "run", "first simulated day",
                         allowed=f"an ISO date YYYY-MM-DD between {FIRST_START} and {LAST_START}")
    horizon_days: Annotated[int, Field(ge=1, le=3650)] | Literal["auto"] = setting(
        "auto", "run", "simulated days; 'auto': until the last batch's invitations have expired and its refunds are "
        "paid (joinsim.sim.campaign)", unit="days",
        allowed="an integer between 1 and 3650, or 'auto'")
    holidays_country: Literal["", "NL", "FR", "BE", "US", "GB"] = setting(
        "NL", "run", "public holidays that are not business days ('' for weekends only)")
    # --- the population
    locales: dict[str, float] = setting(
        {"en_US": 0.5, "fr_FR": 0.25, "nl_NL": 0.25}, "population", "Faker locales and their shares",
        allowed="a table of locale = share (en_US, fr_FR, nl_NL), each share between 0 and 1, summing to 1")
    share_free: Share = setting(0.40, "population", "individual free users", unit="share", ge=0, le=1)
    share_monthly: Share = setting(0.35, "population", "monthly paid plans (the rest are annual)", unit="share",
                                   ge=0, le=1)
    share_multi_user_owner: Share = setting(0.08, "population", "of paid users: owners with users linked to their "
                                            "account", unit="share", ge=0, le=1)
    max_linked_users: int = setting(4, "population", "at most this many linked users per owner", unit="users",
                                    ge=1, le=50)
    share_linked_external: Share = setting(0.40, "population", "of multi-user owners: one linked user is outside "
                                           "the managed domain", unit="share", ge=0, le=1)
    share_zoom_rooms: Share = setting(0.25, "population", "of multi-user owners: Zoom Rooms on the account",
                                      unit="share", ge=0, le=1)
    share_unpaid_invoice: Share = setting(0.04, "population", "of paid users: an unpaid invoice", unit="share",
                                          ge=0, le=1)
    share_pending_cancellation: Share = setting(0.03, "population", "of paid users: a pending cancellation",
                                                unit="share", ge=0, le=1)
    share_licensed: Share = setting(0.30, "population", "of paid users: licensed before joining", unit="share",
                                    ge=0, le=1)
    share_bounce: Share = setting(0.02, "population", "addresses that do not exist", unit="share", ge=0, le=1)
    share_refuses_external: Share = setting(0.01, "population", "addresses refusing external email", unit="share",
                                            ge=0, le=1)
    monthly_price_cents: int = setting(1499, "population", "monthly plan price", unit="cents", ge=1,
                                       le=10_000_000)
    annual_price_cents: int = setting(14990, "population", "annual plan price", unit="cents", ge=1,
                                      le=100_000_000)
    # --- the inviting account
    billing: Literal["autopay", "net_terms"] = setting("autopay", "inviting_account", "the inviting account's "
                                                       "billing: autopay (CRE-2) or net terms (CRE-3)")
    licence_seats: int = setting(250, "inviting_account", "free licence seats of the inviting account (LIC-3)",
                                 unit="seats", ge=0, le=10_000_000)
    vanity_url: str = setting("acme.zoom.us", "inviting_account", "vanity URL of the inviting account ('' for "
                              "none)", allowed="a host name such as acme.zoom.us (letters, digits, '.' and '-'), "
                              "or '' for none")
    invoice_cents_per_member: int = setting(1000, "inviting_account", "monthly invoice of the inviting account, "
                                            "per member", unit="cents", ge=0, le=10_000_000)
    billing_chat_every_days: int = setting(45, "inviting_account", "net terms: days between two billing chats "
                                           "that apply the credit (CRE-3)", unit="days", ge=1, le=365)
    # --- the campaign
    batch_size: int = setting(500, "campaign", "invitations per batch", unit="users", ge=1, le=5_000_000)
    batch_every_days: int = setting(1, "campaign", "business days between batches (0: all at once)",
                                    unit="business days", ge=0, le=365)
    contact_users_first: bool = setting(False, "campaign", "the articles' best practice: tell every user before "
                                        "inviting them")
    share_contacted_first: Share = setting(0.0, "campaign", "without contact_users_first: the share of users told "
                                           "before the invitation", unit="share", ge=0, le=1)
    invite_licensed_as_licensed: bool = setting(True, "campaign", "invite licensed users as Licensed while seats "
                                                "last (LIC-1, LIC-3)")
    resend_after_days: int = setting(10, "campaign", "resend a pending invitation after this many days (INV-5)",
                                     unit="days", ge=1, le=365)
    max_resends: int = setting(2, "campaign", "resends per invitation", ge=0, le=20)
    # --- behaviour of the invited users
    read_delay: Delay = setting(Lognormal(median=30.0, sigma=1.0), "behaviour", "delay before a user reads the "
                                "invitation (users contacted first: half of it)", unit="hours",
                                allowed=DISTRIBUTION_ALLOWED)
    accept_share: Share = setting(0.80, "behaviour", "users who accept", unit="share", ge=0, le=1)
    accept_share_contacted: Share = setting(0.95, "behaviour", "users who accept when contacted first",
                                            unit="share", ge=0, le=1)
    accept_share_after_resend: Share = setting(0.50, "behaviour", "users who ignored the invitation and accept "
                                               "after a resend", unit="share", ge=0, le=1)
    fix_share: Share = setting(0.70, "behaviour", "blocked users who fix the blocker and try again",
                               unit="share", ge=0, le=1)
    fix_delay: Delay = setting(Lognormal(median=3.0, sigma=1.0), "behaviour", "delay before a blocked user has "
                               "fixed the blocker and tries again", unit="days", allowed=DISTRIBUTION_ALLOWED)
    max_fix_attempts: int = setting(4, "behaviour", "blockers a user fixes at most before giving up", ge=0, le=20)
    unlink_external_share: Share = setting(0.60, "behaviour", "owners who unlink external users before accepting "
                                           "(OWN-2)", unit="share", ge=0, le=1)
    credit_share: Share = setting(0.40, "behaviour", "paid owners who choose credit transfer rather than a refund "
                                  "(ACC-2)", unit="share", ge=0, le=1)
    user_hours: str = setting("every day 08:00-22:00", "behaviour", "the invited users' waking hours: a user who "
                              "would read, accept or fix a blocker outside them does it at their next start",
                              allowed=CALENDAR_ALLOWED)
    # --- people with limited capacity
    admin_hours: str = setting("business days 09:00-17:00", "resources", "the admins' working hours: contacts, "
                               "invitations and resends happen in them; a contact not finished at closing time "
                               "continues at the next opening", allowed=CALENDAR_ALLOWED)
    admins: int = setting(0, "resources", "admins who contact users before inviting them (0: as many as needed)",
                          unit="admins", ge=0, le=10_000)
    contact_time: Delay = setting(Triangular(low=5.0, mode=10.0, high=30.0), "resources", "an admin's time to "
                                  "contact one user before inviting them", unit="minutes",
                                  allowed=DISTRIBUTION_ALLOWED)
    billing_agents: int = setting(0, "resources", "Billing's chat agents, who apply net-terms credit (0: as many as "
                                  "needed)", unit="agents", ge=0, le=10_000)
    billing_agent_hours: str = setting("business days 09:00-17:00", "resources", "Billing's chat agents' working "
                                       "hours", allowed=CALENDAR_ALLOWED)
    billing_chat_time: Delay = setting(Exponential(mean=20.0), "resources", "a billing chat's length",
                                       unit="minutes", allowed=DISTRIBUTION_ALLOWED)
    helpdesk_agents: int = setting(0, "resources", "helpdesk agents whom blocked users ask for help before fixing "
                                   "(0: no helpdesk)", unit="agents", ge=0, le=10_000)
    helpdesk_hours: str = setting("business days 09:00-17:00", "resources", "the helpdesk's working hours",
                                  allowed=CALENDAR_ALLOWED)
    helpdesk_time: Delay = setting(Exponential(mean=30.0), "resources", "a helpdesk ticket's handling time",
                                   unit="minutes", allowed=DISTRIBUTION_ALLOWED)
    # --- readings where the articles disagree
    linked_users_reading: Literal["nl", "fr"] = setting("nl", "readings", "OWN-1 (nl: the owner joins with "
                                                        "every linked user) or OWN-3 (fr: error 1009)")
    credit_choice_reading: Literal["nl", "fr"] = setting("nl", "readings", "ACC-2: nl offers credit transfer to "
                                                         "paid owners, fr refunds them")

    # ------------------------------------------------------------------------ checks beyond one field
    @field_validator("name")
    @classmethod
    def _folder_name(cls, value: str) -> str:
        if not 1 <= len(value) <= 100:
            raise ValueError(f"{len(value)} characters")
        if value.startswith("."):
            raise ValueError("it starts with '.'")
        for char in value:
            if char in "/\\" or not char.isprintable() or "\udc80" <= char <= "\udcff":
                raise ValueError(f"it holds the character U+{ord(char):04X}")
        return value

    @field_validator("user_hours", "admin_hours", "billing_agent_hours", "helpdesk_hours")
    @classmethod
    def _working_calendar(cls, value: str) -> str:
        parse_calendar(value)
        return normal_calendar(value)  # (kept and shown as read: "Every  Day\t08:00-22:00" is every day 08:00-22:00)

    @field_validator("precision_figures")
    @classmethod
    def _known_figures(cls, value: list[str]) -> list[str]:
        unknown = [name for name in value if name not in BY_KEY]
        if not value or unknown:
            raise ValueError(f"unknown figure {unknown[0]!r}: known are {', '.join(BY_KEY)}" if unknown else "empty")
        return value

    @field_validator("start")
    @classmethod
    def _start_range(cls, value: date) -> date:
        if not FIRST_START <= value <= LAST_START:
            raise ValueError("out of range")
        return value

    @field_validator("vanity_url")
    @classmethod
    def _host_name(cls, value: str) -> str:
        label = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        if value and (len(value) > 253 or not re.fullmatch(rf"{label}(?:\.{label})*", value)):
            raise ValueError("not a host name")
        return value

    @field_validator("locales")
    @classmethod
    def _locale_shares(cls, value: dict[str, float]) -> dict[str, float]:
        if not value:
            raise ValueError("empty")
        for locale, share in value.items():
            if locale not in LOCALES:
                raise ValueError(f"unknown locale {locale!r}")
            if isinstance(share, bool) or not isinstance(share, int | float) or not math.isfinite(share) \
                    or not 0 <= share <= 1:
                raise ValueError(f"share of {locale} = {share!r}")
        if abs(sum(value.values()) - 1) > 1e-9:
            raise ValueError(f"sum {sum(value.values()):g}")
        return {locale: float(share) for locale, share in value.items()}

    @model_validator(mode="after")
    def _shares_of_one_draw(self) -> Config:
        """Shares of one draw may not add up to more than 1: the rest is the last case."""
        for parts, rest in SHARE_SUMS:
            shares = [getattr(self, part) for part in parts]
            if sum(shares) > 1 + 1e-9:
                raise ValueError(f"config fields {' + '.join(repr(p) for p in parts)} = "
                                 f"{' + '.join(f'{v:g}' for v in shares)} = {sum(shares):g} is invalid: "
                                 f"allowed a sum between 0 and 1 ({rest})")
        linked = self.users * (1 - self.share_free) * self.share_multi_user_owner * (self.max_linked_users + 1) / 2
        if self.users + linked > MAX_MODEL_USERS:
            raise ValueError(f"config fields 'users', 'share_free', 'share_multi_user_owner' and 'max_linked_users' "
                             f"make about {self.users + linked:,.0f} model users (the invited users and the users "
                             f"linked to them): allowed at most {MAX_MODEL_USERS:,}")
        return self

    # ------------------------------------------------------------------------ use
    def with_overrides(self, **changes: Any) -> Config:
        """A checked copy with some settings changed (None: unchanged)."""
        return validate({**self.to_dict(), **{k: v for k, v in changes.items() if v is not None}})

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELDS}

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


SHARE_SUMS = ((("share_free", "share_monthly"), "the rest are annual plans"),
              (("share_bounce", "share_refuses_external"), "the rest receive external email"))
FIELDS: dict[str, FieldInfo] = dict(Config.model_fields)


def extra(name: str, key: str) -> Any:
    found = FIELDS[name].json_schema_extra  # (a dict: every setting's is; pydantic allows a function too)
    return found.get(key) if isinstance(found, dict) else None


def allowed(name: str) -> str:
    """What a setting allows, in words: from its declaration."""
    info = FIELDS[name]
    if extra(name, "allowed"):
        return extra(name, "allowed")
    kind = info.annotation
    bounds = {type(m).__name__: m for m in info.metadata}
    low = getattr(bounds.get("Ge"), "ge", None)
    high = getattr(bounds.get("Le"), "le", None)
    if get_origin(kind) is Literal:
        return "one of " + ", ".join(repr(choice) for choice in get_args(kind))
    if kind is bool:
        return "true or false"
    if kind is int:
        return f"an integer between {low} and {high}" if low is not None else "an integer"
    if kind is float or get_origin(kind) is Annotated:
        return f"a number between {low:g} and {high:g}" if low is not None else "a number"
    return "a string"


def _shown(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        value = value.model_dump(by_alias=True)
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _error(exc: ValidationError) -> ConfigError:
    """The first problem pydantic found, as the one line the command line prints."""
    problem = exc.errors(include_url=False)[0]
    location = problem.get("loc") or ()
    cause = (problem.get("ctx") or {}).get("error")
    if not location:  # a check of several fields (see _shares_of_one_draw): its message is complete
        return ConfigError(str(cause) if cause is not None else problem["msg"])
    name = str(location[0])
    if problem["type"] == "extra_forbidden" and len(location) == 1:
        return unknown_field(name, problem.get("input"))
    if extra(name, "allowed") == DISTRIBUTION_ALLOWED:
        where = ".".join(str(part) for part in location[1:] if part not in DISTRIBUTION_NAMES)
        return ConfigError(f"config field '{name}{'.' + where if where else ''}' = {_shown(problem.get('input'))} "
                           f"is invalid ({problem['msg'].removeprefix('Value error, ')}): allowed {allowed(name)}")
    why = f" ({cause})" if isinstance(cause, ValueError) and str(cause) else ""
    return ConfigError(f"config field '{name}' = {_shown(problem.get('input'))} is invalid{why}: "
                       f"allowed {allowed(name)}")


def unknown_field(name: str, value: Any, known: Iterable[str] = FIELDS) -> ConfigError:
    known = list(known)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return ConfigError(f"unknown config field {name[:80]!r} = {_shown(value)}{hint}: allowed fields are "
                       + ", ".join(known))


def validate(values: Mapping[str, Any]) -> Config:
    """A checked Config from setting values (unknown names refused, with "did you mean")."""
    for name, value in values.items():
        if name not in FIELDS:
            raise unknown_field(name, value)
    try:
        return Config(**values)
    except ValidationError as exc:
        raise _error(exc) from None


# ------------------------------------------------------------------------------------------- files
def read_toml(path: str | Path, what: str, echo: bool = True) -> dict[str, Any]:
    """A TOML file (a config or a sweep file, named ``what`` in messages), read with bounds, or one ConfigError.
    ``echo``: quote the offending line of a file that is not valid TOML (not for a file another file names)."""
    shown = repr(os.fspath(path))
    try:
        with open_regular(path, what, "a TOML file") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except UsageError as exc:
        raise ConfigError(str(exc)) from None
    except OSError as exc:
        raise ConfigError(f"{what} {shown} cannot be read: {exc.strerror}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{what} {shown} is larger than {MAX_CONFIG_BYTES // 1024} KiB: allowed a TOML file of "
                          "at most 1 MiB")
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte-order mark (Windows Notepad writes one)
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} {shown} is not UTF-8 (byte {exc.object[exc.start]:#04x} at offset "
                          f"{exc.start}): allowed a UTF-8 TOML file") from None
    deep = _deepest_key(text)
    if deep is not None:
        raise ConfigError(f"{what} {shown} nests tables too deeply (line {deep}: a key of more than {MAX_KEY_PARTS} "
                          "dotted parts): allowed a TOML file of settings (see `joinsim config`)")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        quoted = _offending_line(text, exc) if echo else ""
        raise ConfigError(f"{what} {shown} is not valid TOML: {exc}{quoted}") from None
    except RecursionError:
        raise ConfigError(f"{what} {shown} nests tables or arrays too deeply: allowed a TOML file of settings "
                          "(see `joinsim config`)") from None


MAX_KEY_PARTS = 10  # a setting is at most three deep ([behaviour.read_delay] median); tomllib's memory grows with the
# square of a dotted key's parts (docs/measurements.md), so a deeper key is refused unread


def _deepest_key(text: str) -> int | None:
    """The number of the first line whose key (or [table] header) has more than MAX_KEY_PARTS dotted parts."""
    for number, line in enumerate(text.splitlines(), start=1):
        key = line.lstrip()
        if key.startswith("["):
            key = key.split("]", 1)[0]
        elif "=" in key:
            key = key.split("=", 1)[0]
        else:
            continue
        dots, quote = 0, ""
        for char in key:
            if quote:
                quote = "" if char == quote else quote
            elif char in "\"'":
                quote = char
            elif char == ".":
                dots += 1
        if dots >= MAX_KEY_PARTS:
            return number
    return None


def _offending_line(text: str, exc: Exception) -> str:
    found = re.search(r"at line (\d+)", str(exc))
    lines = text.splitlines()
    line = lines[int(found[1]) - 1].strip() if found and int(found[1]) <= len(lines) else ""
    return f": {line[:120]!r}" if line else ""


def flatten(data: Mapping[str, Any], source: str, reserved: Iterable[str] = ()) -> dict[str, Any]:
    """The settings of a TOML document, written flat or grouped in tables (``[campaign]``…): a table whose name is
    a setting (``locales``) is that setting's value; any other table is a group of settings. ``reserved``: keys
    the caller handles itself (a sweep file's ``config`` and ``[sweep]``). A setting given twice is refused."""
    values: dict[str, Any] = {}
    where: dict[str, str] = {}
    for key, value in data.items():
        if key in reserved:
            continue
        grouped = isinstance(value, dict) and key not in FIELDS
        section = f"[{key}]" if grouped else "the top level"
        for name, item in (value.items() if grouped else [(key, value)]):
            if name in where:
                raise ConfigError(f"config field '{name}' = {_shown(item)} is given twice (in {where[name]} and in "
                                  f"{section} of {source}): allowed once")
            where[name] = section
            values[name] = item
    return values


def load(path: str | Path | None = None, sets: Iterable[str] = (), **flags: Any) -> Config:
    """The defaults, then the TOML file, then ``--set FIELD=VALUE`` flags, then the other flags (None: not given)."""
    values: dict[str, Any] = {}
    if path is not None:
        values.update(flatten(read_toml(path, "config file"), repr(os.fspath(path))))
    values.update(parse_sets(sets))
    values.update({name: value for name, value in flags.items() if value is not None})
    return validate(values)


def parse_sets(sets: Iterable[str]) -> dict[str, Any]:
    """``--set FIELD=VALUE`` flags: the value is read as TOML (``0.7``, ``true``, ``"text"``, ``2026-03-02``),
    and as plain text when it is not TOML (``--set billing=net_terms``)."""
    values: dict[str, Any] = {}
    for item in sets:
        name, equals, text = item.partition("=")
        name = name.strip()
        if not equals or not name:
            raise ConfigError(f"--set {item[:80]!r} is invalid: allowed FIELD=VALUE, such as --set accept_share=0.7")
        if name not in FIELDS:
            raise unknown_field(name, text)
        try:
            values[name] = tomllib.loads(f"value = {text}")["value"]
        except (tomllib.TOMLDecodeError, RecursionError):
            values[name] = text
    return values


# ------------------------------------------------------------------------------------- documentation
def defaults_toml() -> str:
    """Every setting with its default, grouped in tables, each with its meaning, unit and allowed values: a
    config file to start from (``joinsim config``)."""
    lines = ["# joinsim settings: every key with its default. Copy, keep what you change, run",
             "#   joinsim run --config this.toml", ""]
    defaults = Config().to_json()
    for group, title in GROUPS.items():
        lines.append(f"[{group}]  # {title}")
        for name in FIELDS:
            if extra(name, "group") != group:
                continue
            unit = f" [{extra(name, 'unit')}]" if extra(name, "unit") else ""
            lines.append(f"# {FIELDS[name].description}{unit}; allowed {allowed(name)}")
            lines.append(f"{name} = {_toml_value(defaults[name])}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


def markdown_table() -> str:
    """The table of settings of docs/analysts.md (``joinsim config --table``)."""
    rows = ["| table | key | default | unit | meaning (allowed) |", "|---|---|---|---|---|"]
    defaults = Config().to_json()
    for group in GROUPS:
        for name in FIELDS:
            if extra(name, "group") == group:
                rows.append(f"| `[{group}]` | `{name}` | `{_toml_value(defaults[name])}` | {extra(name, 'unit')} | "
                            f"{FIELDS[name].description} ({allowed(name)}) |")
    return "\n".join(rows)
