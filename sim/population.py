"""Who gets invited: a synthetic organisation drawn with numpy from Faker name pools (built once per
process, never one Faker call per user), or the organisation's real roster from a CSV file.

A population is a set of numpy columns, one entry per simulated user (no per-user objects)."""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from joinsim.common.errors import UsageError
from joinsim.common.input_files import open_regular, shown
from joinsim.model import errors
from joinsim.model.account import PERIOD_MONTHS, PlanKind, add_months, check_address
from joinsim.sim.config import LOCALES, Config, ConfigError

PLANS: tuple[PlanKind, ...] = ("free", "monthly", "annual")
UNDELIVERABLE = ("", "bounce", "refuses_external")
POOL_SIZE = 600
FREE_MAIL = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"),
    "fr_FR": ("orange.fr", "free.fr", "gmail.com", "laposte.net"),
    "nl_NL": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"),
}
COMPANY_TLD = {"en_US": "com", "fr_FR": "fr", "nl_NL": "nl"}


class Person(NamedTuple):
    """One user of the population, as plain values (a row of the population's columns)."""

    index: int  # type: ignore[assignment]  # (the column's name: it hides tuple.index, never called on a Person)
    email: str
    plan: int  # index into PLANS
    renewal: int  # day offset from the start: the plan's current period ends (renews) that day
    linked_users: int
    linked_external: bool
    zoom_rooms: int
    unpaid_invoice: bool
    pending_cancellation: bool
    licensed: bool
    undeliverable: int  # index into UNDELIVERABLE
    meetings: int


@dataclass
class Population:
    """Columns of the simulated users. Day offsets are relative to the config's start date."""

    email: list[str]
    locale: np.ndarray  # int8 index into LOCALES
    plan: np.ndarray  # int8 index into PLANS
    price_cents: np.ndarray  # int64
    renewal: np.ndarray  # int32 day offset: the paid plan's current period ends (renews) that day, a calendar
    # month or year after it began (joinsim.model.account.Plan.renewing_on)
    linked_users: np.ndarray  # int16: other users on the account (the user owns a multi-user account)
    linked_external: np.ndarray  # bool: one of the linked users is outside the managed domain
    zoom_rooms: np.ndarray  # int8
    unpaid_invoice: np.ndarray  # bool
    pending_cancellation: np.ndarray  # bool
    licensed: np.ndarray  # bool
    undeliverable: np.ndarray  # int8 index into UNDELIVERABLE
    meetings: np.ndarray  # int8: scheduled meetings (their join links follow the new vanity URL)
    emails_for_output: Any = None  # the same addresses as a pyarrow string array, when made that way

    def __len__(self) -> int:
        return len(self.email)

    def people(self, first: int, last: int) -> list[Person]:
        """Users ``first`` to ``last - 1``, one ``Person`` each (a batch of the campaign)."""
        columns = [getattr(self, name)[first:last].tolist() for name in Person._fields[2:]]
        return [Person(*row) for row in zip(range(first, last), self.email[first:last], *columns, strict=True)]


def period_days(start: date, plan: str) -> int:
    """Days from ``start`` to the same day a calendar month (monthly) or year (annual) later."""
    return (add_months(start, PERIOD_MONTHS[plan]) - start).days


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum()) or "x"


@lru_cache(maxsize=8)
def name_pools(locale: str, seed: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """First names, last names and company domains for one locale: a few hundred Faker calls, once."""
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    first = tuple(_slug(fake.first_name()) for _ in range(POOL_SIZE))
    last = tuple(_slug(fake.last_name()) for _ in range(POOL_SIZE))
    companies = tuple(f"{_slug(fake.last_name())}-{i}.{COMPANY_TLD[locale]}" for i in range(POOL_SIZE // 6))
    return first, last, companies


def synthetic(config: Config, rng: np.random.Generator, size: int | None = None) -> Population:
    n = config.users if size is None else size
    locales = [loc for loc in LOCALES if config.locales.get(loc, 0) > 0]
    weights = np.array([config.locales[loc] for loc in locales])
    locale_pick = rng.choice(len(locales), size=n, p=weights / weights.sum())
    locale_idx = np.array([LOCALES.index(loc) for loc in locales], dtype=np.int8)[locale_pick]

    u_plan = rng.random(n)
    plan = np.where(u_plan < config.share_free, 0,
                    np.where(u_plan < config.share_free + config.share_monthly, 1, 2)).astype(np.int8)
    paid = plan > 0
    multi = paid & (rng.random(n) < config.share_multi_user_owner)
    linked = np.where(multi, rng.integers(1, config.max_linked_users + 1, size=n), 0).astype(np.int16)
    linked_external = multi & (rng.random(n) < config.share_linked_external)
    zoom_rooms = np.where(multi & (rng.random(n) < config.share_zoom_rooms), rng.integers(1, 4, size=n), 0)
    unpaid = paid & (rng.random(n) < config.share_unpaid_invoice)
    cancelling = paid & (rng.random(n) < config.share_pending_cancellation)
    licensed = paid & (rng.random(n) < config.share_licensed)
    u_mail = rng.random(n)
    undeliverable = np.where(u_mail < config.share_bounce, 1,
                             np.where(u_mail < config.share_bounce + config.share_refuses_external, 2, 0))
    meetings = np.where(rng.random(n) < 0.25, 1, 0)

    # Renewal dates spread over the period: the current period ends 1 day to a calendar month (monthly) or year
    # (annual) after the start.
    month, year = period_days(config.start, "monthly"), period_days(config.start, "annual")
    end = np.where(plan == 1, rng.integers(1, month + 1, size=n), rng.integers(1, year + 1, size=n)).astype(np.int32)
    price = np.where(plan == 1, config.monthly_price_cents,
                     np.where(plan == 2, config.annual_price_cents, 0)).astype(np.int64)

    first_pick = rng.integers(0, POOL_SIZE, size=n)
    last_pick = rng.integers(0, POOL_SIZE, size=n)
    domain_pick = rng.integers(0, 1 << 30, size=n)
    company = multi  # owners of multi-user accounts use their company's managed domain
    emails = _emails(config, locales, locale_idx, first_pick, last_pick, domain_pick, company)
    return Population(
        email=emails.to_pylist(), emails_for_output=emails, locale=locale_idx, plan=plan, price_cents=price,
        renewal=end,
        linked_users=linked, linked_external=linked_external, zoom_rooms=zoom_rooms.astype(np.int8),
        unpaid_invoice=unpaid, pending_cancellation=cancelling, licensed=licensed,
        undeliverable=undeliverable.astype(np.int8), meetings=meetings.astype(np.int8))


def _emails(config: Config, locales: list[str], locale_idx: np.ndarray, first_pick: np.ndarray,
            last_pick: np.ndarray, domain_pick: np.ndarray, company: np.ndarray) -> Any:
    """User i's address: "<first>.<last><i>@<domain>", the names from the pools of the user's locale, the domain
    one of the locale's companies (owners of multi-user accounts) or free mail providers. Built by pyarrow for
    every user at once, from one table of first names, one of last names and one of domains, each locale's
    block after the other's."""
    import pyarrow as pa
    import pyarrow.compute as pc

    firsts: list[str] = []
    lasts: list[str] = []
    domains: list[str] = []
    first_at, last_at, company_at, free_at, companies, free = (np.zeros(len(LOCALES), dtype=np.int64)
                                                               for _ in range(6))
    for loc in locales:
        k = LOCALES.index(loc)
        first, last, company_names = name_pools(loc, config.seed % (2**32))
        first_at[k], last_at[k] = len(firsts), len(lasts)
        firsts += first
        lasts += last
        company_at[k], companies[k] = len(domains), len(company_names)
        domains += company_names
        free_at[k], free[k] = len(domains), len(FREE_MAIL[loc])
        domains += FREE_MAIL[loc]
    domain = np.where(company, company_at[locale_idx] + domain_pick % np.maximum(companies[locale_idx], 1),
                      free_at[locale_idx] + domain_pick % np.maximum(free[locale_idx], 1))
    return pc.binary_join_element_wise(
        pa.array(firsts).take(pa.array(first_at[locale_idx] + first_pick)), ".",
        pa.array(lasts).take(pa.array(last_at[locale_idx] + last_pick)),
        pc.cast(pa.array(np.arange(len(locale_idx))), pa.string()), "@",
        pa.array(domains).take(pa.array(domain)), "")


# ---------------------------------------------------------------------------------------------- roster
ROSTER_COLUMNS = ("email", "locale", "plan", "renewal_date", "linked_users", "linked_external", "zoom_rooms",
                  "unpaid_invoice", "pending_cancellation", "licensed", "undeliverable", "meetings")
ROSTER_REQUIRED = ("email", "plan")
_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"", "0", "false", "no", "n"}
MAX_MODEL_USERS = 5_000_000  # roster users and the users linked to them: the simulator's limit
MAX_LINE_BYTES = 64 * 1024  # a roster line is a few dozen bytes
MAX_LISTED = 200  # problems printed; the count says how many more there are
MAX_PROBLEMS = 10_000  # reading stops there: a file this wrong is not the roster meant


class RosterError(ConfigError):
    """A malformed roster: the CLI prints every problem (with its line number) and exits with code 2."""


class _Problems:
    """The problems found so far: every one counted, the first MAX_LISTED kept (memory stays bounded)."""

    def __init__(self) -> None:
        self.kept: list[tuple[int, str]] = []
        self.count = 0

    def append(self, problem: tuple[int, str]) -> None:
        self.count += 1
        if len(self.kept) < MAX_LISTED:
            self.kept.append(problem)

    def __len__(self) -> int:
        return self.count


def _roster_error(path: Path, problems: _Problems | list[tuple[int, str]], stopped: str = "",
                  what: str = "roster", error: type[UsageError] = RosterError) -> UsageError:
    """Every problem of an input file read line by line (a roster, a pilot), each with its line number."""
    kept = problems.kept if isinstance(problems, _Problems) else problems
    count = len(problems)
    listed = [f"  line {line}: {text}" if line else f"  {text}" for line, text in sorted(kept, key=lambda p: p[0])]
    if count > len(kept):
        listed.append(f"  ... and {count - len(kept)} more")
    found = [f"{count:,} problem{'s' if count > 1 else ''}"] if count else []
    found += [stopped] if stopped else []
    ending = "the run did not start" if what == "roster" else "nothing was written"
    return error(f"{what} {shown(path)}: {'; '.join(found)}; {ending}" +
                       (":\n" + "\n".join(listed) if listed else ""))


def _lines(path: Path, handle, problems: _Problems, columns: tuple[str, ...] = ROSTER_COLUMNS,
           what: str = "roster", error: type[UsageError] = RosterError):
    """The roster's lines as text, read one at a time with a bound on each line's length; a line that is not
    UTF-8 becomes a problem (and is read anyway, so that the other lines are checked too)."""
    for number, raw in enumerate(iter(lambda: handle.readline(MAX_LINE_BYTES + 1), b""), start=1):
        if len(raw) > MAX_LINE_BYTES:  # a problem; its rest is skipped, a block at a time, and reading goes on
            problems.append((number, f"the line is longer than {MAX_LINE_BYTES // 1024} KiB: allowed one user per "
                                     "line, a CSV file with the columns " + ", ".join(columns)))
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(MAX_LINE_BYTES + 1)
            yield "\n"
            continue
        if number == 1:
            if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                raise _roster_error(path, [(1, "the file is UTF-16 (it starts with a UTF-16 byte-order mark): "
                                               "allowed UTF-8 (in a spreadsheet: save as 'CSV UTF-8')")], "", what,
                                    error)
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append((number, f"byte {raw[exc.start]:#04x} at column {exc.start + 1} is not UTF-8: "
                                     "allowed UTF-8 text (in a spreadsheet: save as 'CSV UTF-8')"))
            yield raw.decode("utf-8", errors="replace")


def read_roster(path: str | Path, config: Config) -> Population:
    """The organisation's real users. Every row is checked before the run starts, and every problem found is
    reported at once (with its line number). The file is read line by line, each line bounded, and reading stops
    as soon as the roster holds more users (with their linked users) than the simulator takes."""
    path = Path(path)
    return _read_file(path, "roster", "a CSV file", RosterError, lambda handle: _read_rows(path, handle, config))


def _read_file(path: Path, what: str, allowed: str, error: type[UsageError], read):
    """``read(handle)`` of an input file (a roster, a pilot) opened one way; a failure to open or read it is one
    ``error``."""
    try:
        handle = open_regular(path, what, allowed)
    except UsageError as exc:
        raise error(str(exc)) from None
    with handle:
        try:
            return read(handle)
        except OSError as exc:  # (a disk or a share that fails while it is read)
            raise error(f"{what} {shown(path)} cannot be read: {exc.strerror}") from None


def _read_rows(path: Path, handle, config: Config) -> Population:
    problems = _Problems()
    reader = csv.reader(_lines(path, handle, problems))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise RosterError(f"roster {shown(path)}: the file is empty: allowed a header line (columns "
                          f"{', '.join(ROSTER_COLUMNS)}; email and plan required) and one line per user") from None
    except csv.Error as exc:
        raise _roster_error(path, [*problems.kept, (1, f"not a CSV header line ({exc})")]) from None
    columns = f"columns {', '.join(ROSTER_COLUMNS)} (email and plan required)"
    for name in ROSTER_REQUIRED:
        if name not in header:
            problems.append((1, f"missing column '{name}': allowed {columns}"))
    counts = Counter(header)
    for name in header:
        if name not in ROSTER_COLUMNS:
            problems.append((1, f"unknown column {name[:80]!r}: allowed {columns}"))
    for name, times in sorted(counts.items()):
        if times > 1:
            problems.append((1, f"column {name[:80]!r} appears {times} times: allowed once"))

    rows = []
    seen: dict[str, int] = {}
    model_users = 0
    line = reader.line_num
    while True:
        first = line + 1  # a quoted field may span lines: a record is named by its first line
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            why = ("lines end with a carriage return only (an old Mac file)" if "new-line character" in str(exc)
                   else str(exc))
            problems.append((first, f"not valid CSV ({why}): allowed lines ending with LF or CRLF, fields quoted "
                                    'with " when they hold a comma'))
            break
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue  # blank line
        if len(fields) != len(header):
            problems.append((first, f"{len(fields)} field{'s' if len(fields) != 1 else ''}: allowed "
                                    f"{len(header)}, as in the header"))
            continue
        row = dict(zip(header, fields, strict=True))
        found = _check_row(row, first, config, seen, problems)
        if found is not None:
            rows.append(found)
            model_users += 1 + found[4]
        else:
            model_users += 1  # (a bad row counts too: a roster of millions of bad rows stops as early)
        if model_users > MAX_MODEL_USERS:
            raise _roster_error(path, problems, f"more than {MAX_MODEL_USERS:,} users (with the users linked to "
                                f"them) by line {first}: allowed at most {MAX_MODEL_USERS:,}, the simulator's limit, "
                                "so split the roster")
        if len(problems) >= MAX_PROBLEMS:
            raise _roster_error(path, problems, f"reading stopped at line {first} after {MAX_PROBLEMS:,} problems "
                                "(is it the right file, with the right columns?)")
    if not rows and not len(problems):
        problems.append((line, "no users after the header: allowed one line per user"))
    if len(problems):
        raise _roster_error(path, problems)
    cols = list(zip(*rows, strict=True))
    plan = np.array(cols[2], dtype=np.int8)
    end = np.array(cols[3], dtype=np.int32)
    linked = np.array(cols[4], dtype=np.int16)
    return Population(
        email=list(cols[0]), locale=np.array(cols[1], dtype=np.int8), plan=plan,
        price_cents=np.where(plan == 1, config.monthly_price_cents,
                             np.where(plan == 2, config.annual_price_cents, 0)).astype(np.int64),
        renewal=end, linked_users=linked,
        linked_external=np.array(cols[5], dtype=bool) & (linked > 0),
        zoom_rooms=np.array(cols[6], dtype=np.int8),
        unpaid_invoice=np.array(cols[7], dtype=bool), pending_cancellation=np.array(cols[8], dtype=bool),
        licensed=np.array(cols[9], dtype=bool), undeliverable=np.array(cols[10], dtype=np.int8),
        meetings=np.array(cols[11], dtype=np.int8))


def _check_row(row: dict[str, str], line: int, config: Config, seen: dict[str, int],
               problems: _Problems) -> tuple | None:
    """One roster line: its values, or None after adding each of its problems to ``problems``."""
    before = len(problems)

    def bad(col: str, value: object, allowed: str, why: str = "") -> None:
        problems.append((line, f"column '{col}' = {value!r} is invalid{why}: allowed {allowed}"))

    raw_email = row.get("email")
    email = ""
    if raw_email is not None and "\ufffd" not in raw_email:  # (U+FFFD: bytes not UTF-8, reported on their line)
        try:
            email = check_address(raw_email)  # SEC-5: the model's own rule, as the run will apply it
        except errors.InvalidAddress as refusal:
            why = refusal.detail.partition(": ")[2]
            bad("email", raw_email, "one email address such as name@example.com (SEC-5: no spaces, invisible or "
                "look-alike characters, dots only between characters, at most 64 characters before the @)",
                f" ({why})" if why else "")
        else:
            if email in seen:
                bad("email", raw_email, "each address once", f" (the same user as line {seen[email]})")
            else:
                seen[email] = line
    plan = (row.get("plan") or "").strip()
    if "plan" in row and plan not in PLANS:
        bad("plan", plan, "one of " + ", ".join(PLANS), " (unknown plan)")
    locale = (row.get("locale") or "en_US").strip()
    if locale not in LOCALES:
        bad("locale", locale, "one of " + ", ".join(LOCALES))
    renewal = (row.get("renewal_date") or "").strip()
    end = period_days(config.start, "monthly") if plan == "monthly" else 180
    if renewal:
        try:
            end = (date.fromisoformat(renewal) - config.start).days
        except ValueError:
            bad("renewal_date", renewal, "an ISO date YYYY-MM-DD")
        else:
            if plan in ("monthly", "annual") and not 1 <= end <= period_days(config.start, plan):
                bad("renewal_date", renewal, f"a date after the start {config.start} and at most one calendar "
                    f"{'month' if plan == 'monthly' else 'year'} after it "
                    f"({add_months(config.start, PERIOD_MONTHS[plan])})")

    def integer(col: str, low: int, high: int) -> int:
        text = (row.get(col) or "0").strip()
        if not re.fullmatch(r"-?[0-9]+", text):  # (ASCII digits only: int() also reads "+3", "٣" and "３")
            bad(col, text, f"a whole number between {low} and {high}")
            return 0
        value = int(text)
        if not low <= value <= high:
            bad(col, text, f"a whole number between {low} and {high}", " (negative)" if value < 0 else "")
            return 0
        return value

    def flag(col: str) -> bool:
        text = (row.get(col) or "").strip().lower()
        if text not in _TRUE | _FALSE:
            bad(col, text, "true or false (also yes/no, 1/0, or empty for false)")
        return text in _TRUE

    undeliverable = (row.get("undeliverable") or "").strip()
    if undeliverable not in UNDELIVERABLE:
        bad("undeliverable", undeliverable, "empty, 'bounce' or 'refuses_external'")
    linked = integer("linked_users", 0, 1000)
    if linked and plan == "free":
        bad("linked_users", linked, "0 for a free plan", " (a free account has no other users)")
    values = (email, LOCALES.index(locale) if locale in LOCALES else 0, PLANS.index(plan) if plan in PLANS else 0,
              end, linked, flag("linked_external"), integer("zoom_rooms", 0, 100), flag("unpaid_invoice"),
              flag("pending_cancellation"), flag("licensed"),
              UNDELIVERABLE.index(undeliverable) if undeliverable in UNDELIVERABLE else 0, integer("meetings", 0, 100))
    return values if len(problems) == before else None

