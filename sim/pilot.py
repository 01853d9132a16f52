"""A pilot wave, read for calibration (``joinsim calibrate``): one row per invited user, what an admin can see
after the pilot, or a joinsim run's ``users.parquet`` / ``users.csv`` (so a simulated pilot calibrates back).

The pilot CSV (docs/analysts.md, "Calibrating from a pilot"): ``email, invited_at`` (required), then optional
``joined_at, outcome, error_code, blocked_at, resends, choice, contacted_first, plan, locale``. A file is read the
way a roster is (``joinsim.sim.population``'s line reader): line by line, each line bounded, every problem listed at
once with its line number, and nothing is written when there is one (``PilotError``, exit 2).

Times are read as local date-times (``2026-03-02 09:15``, ``2026-03-02T09:15:00``; a date alone is midnight) and
kept in seconds from midnight of the first invitation's day, the simulation's own clock (``joinsim.sim.calendars``).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

import numpy as np

from joinsim.common.errors import UsageError
from joinsim.common.input_files import shown
from joinsim.model import errors
from joinsim.model.account import check_address
from joinsim.sim.config import LOCALES
from joinsim.sim.figures import OUTCOMES
from joinsim.sim.population import _FALSE, _TRUE, MAX_PROBLEMS, PLANS, _lines, _Problems, _read_file, _roster_error

PILOT_COLUMNS = ("email", "invited_at", "joined_at", "outcome", "error_code", "blocked_at", "resends", "choice",
                 "contacted_first", "plan", "locale")
PILOT_REQUIRED = ("email", "invited_at")
# a joinsim users.csv: these columns are read (the others are ignored); see docs/analysts.md, "What a run writes"
RUN_COLUMNS = ("replication", "user_id", "email", "locale", "plan", "is_owner", "linked_users", "licensed_before",
               "invited_as", "outcome", "failure_rule", "released_at", "invited_at", "joined_at", "prorated_cents",
               "refund_cents", "credit_cents", "refund_paid_at", "choice", "moved_with_owner", "resends",
               "licence_lost", "contacted_first", "join_links_changed")
MAX_PILOT_USERS = 100_000  # a pilot is a few hundred or thousand users (the fits take seconds per 10,000)
MAX_PILOT_BYTES = 1 << 30  # a users.parquet larger than 1 GiB is not a pilot
CODES = {cls.code: cls for cls in vars(errors).values()
         if isinstance(cls, type) and issubclass(cls, errors.JoinError) and cls is not errors.JoinError}
# the outcome a blocker leaves when the user has not joined (joinsim.sim.results.OUTCOME_OF_REFUSAL)
BLOCKERS = {errors.UnpaidInvoices.code: "blocked_unpaid_invoice",
            errors.PendingCancellation.code: "blocked_pending_cancellation",
            errors.ZoomRoomsOnAccount.code: "blocked_zoom_rooms", errors.UsersStillLinked.code: "blocked_users_linked"}
RULE_CODES = {cls.rule: code for code, cls in CODES.items() if code in BLOCKERS or code == "UNDELIVERABLE_ADDRESS"}
PILOT_OUTCOMES = tuple(name for name in OUTCOMES if name != "not_invited")


class PilotError(UsageError):
    """A malformed pilot: every problem with its line number, one error, exit code 2, nothing written."""


@dataclass
class Pilot:
    """The invited users of a pilot, as columns; times in seconds from ``origin`` (NaN: not known)."""

    source: str
    origin: datetime
    email: list[str]
    invited: np.ndarray
    joined: np.ndarray
    blocked: np.ndarray  # when the user met ``error`` (NaN: not known)
    outcome: np.ndarray  # str
    error: np.ndarray  # str: the error code met ('' none)
    resends: np.ndarray
    choice: np.ndarray  # '', 'refund', 'credit'
    contacted: np.ndarray  # bool
    plan: np.ndarray  # '' when not known
    locale: np.ndarray  # '' when not known
    linked_users: np.ndarray | None = None  # only from a joinsim run
    blocked_again: list[list[float]] = field(default_factory=list)  # a traced run's later blockers, per user
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.email)

    def latest(self) -> float:
        """The latest time in the file (the default ``--as-of``)."""
        return float(np.nanmax(np.concatenate([self.invited, self.joined, self.blocked])))

    def seconds(self, moment: datetime) -> float:
        return (moment - self.origin).total_seconds()


def parse_time(text: str) -> datetime:
    """A local date-time (or a date: midnight); ValueError otherwise (time zones are refused)."""
    text = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?", text):
        raise ValueError("not an ISO date-time")
    moment = datetime.fromisoformat(text)
    return moment


def read_pilot(path: str | Path) -> Pilot:
    """A pilot CSV, or a joinsim run's users.parquet / users.csv; every problem at once, or ``PilotError``."""
    path = Path(path)
    return _read_file(path, "pilot", "a CSV file or a joinsim users.parquet", PilotError,
                      lambda handle: _read_any(path, handle))


def _read_any(path: Path, handle) -> Pilot:
    if handle.read(4) == b"PAR1":
        return _read_parquet(path)
    handle.seek(0)
    return _read_csv(path, handle)


def _read_parquet(path: Path) -> Pilot:
    import pyarrow.parquet as pq

    if path.stat().st_size > MAX_PILOT_BYTES:
        raise PilotError(f"pilot {shown(path)} is larger than 1 GiB: allowed a pilot of at most "
                         f"{MAX_PILOT_USERS:,} users")
    try:
        meta = pq.ParquetFile(path).metadata
        if meta.num_rows > 10 * MAX_PILOT_USERS:
            raise PilotError(f"pilot {shown(path)} holds {meta.num_rows:,} rows: allowed at most {MAX_PILOT_USERS:,} "
                             "users")
        wanted = [c for c in RUN_COLUMNS if c in meta.schema.names]
        table = pq.read_table(path, columns=wanted, filters=[("replication", "=", 0)]
                              if "replication" in wanted else None)
    except PilotError:
        raise
    except Exception as exc:  # (pyarrow's many errors for a damaged file)
        raise PilotError(f"pilot {shown(path)} is not a readable parquet file ({str(exc)[:200]}): allowed a "
                         "joinsim users.parquet or a pilot CSV") from None
    frame = table.to_pandas()
    missing = [c for c in ("email", "invited_at", "outcome") if c not in frame.columns]
    if missing:
        raise PilotError(f"pilot {shown(path)}: missing column {missing[0]!r}: allowed a joinsim users.parquet "
                         f"(columns {', '.join(RUN_COLUMNS)})")
    rows = []
    for record in frame.to_dict("records"):
        rows.append({key: "" if value is None or value != value else
                     (value.isoformat(sep=" ") if hasattr(value, "isoformat") else str(value))
                     for key, value in record.items()})
    events = _blocked_from_events(path.with_name("events.parquet"))
    return _pilot_from_rows(path, list(frame.columns), ((k + 1, row) for k, row in enumerate(rows)), _Problems(),
                            events, "row")


def _blocked_from_events(path: Path) -> dict[int, tuple[str, str, str]] | None:
    """A traced run's blockers per user (``events.parquet`` beside ``users.parquet``): user_id -> (the first one's
    time, its code, the times of the next ones, '|'-separated: a user may meet one blocker after another)."""
    if not path.is_file():
        return None
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["replication", "time", "user_id", "event", "detail"],
                          filters=[("replication", "=", 0), ("event", "=", "blocked")])
    found: dict[int, tuple[str, str, str]] = {}
    for user, moment, code in zip(table.column("user_id").to_pylist(), table.column("time").to_pylist(),
                                  table.column("detail").to_pylist(), strict=True):
        if user in found:
            first, first_code, later = found[user]
            found[user] = (first, first_code, f"{later}|{moment.isoformat(sep=' ')}".lstrip("|"))
        else:
            found[user] = (moment.isoformat(sep=" "), code, "")
    return found


def _read_csv(path: Path, handle) -> Pilot:
    problems = _Problems()
    reader = csv.reader(_lines(path, handle, problems, PILOT_COLUMNS, "pilot", PilotError))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise PilotError(f"pilot {shown(path)}: the file is empty: allowed a header line (columns "
                         f"{', '.join(PILOT_COLUMNS)}; email and invited_at required) and one line per user; nothing "
                         "was written") from None
    except csv.Error as exc:
        raise _error(path, [*problems.kept, (1, f"not a CSV header line ({exc})")]) from None
    run = "replication" in header and "user_id" in header  # a joinsim users.csv
    known = RUN_COLUMNS if run else PILOT_COLUMNS
    columns = f"columns {', '.join(known)} ({' and '.join(PILOT_REQUIRED)} required)"
    for name in PILOT_REQUIRED:
        if name not in header:
            problems.append((1, f"missing column '{name}': allowed {columns}"))
    for name in header:
        if name not in known:
            problems.append((1, f"unknown column {name[:80]!r}: allowed {columns}"))
    for name, times in sorted(Counter(header).items()):
        if times > 1:
            problems.append((1, f"column {name[:80]!r} appears {times} times: allowed once"))

    def records():
        line = reader.line_num
        while True:
            first = line + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                problems.append((first, f"not valid CSV ({exc}): allowed lines ending with LF or CRLF, fields "
                                        'quoted with " when they hold a comma'))
                return
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                problems.append((first, f"{len(fields)} field{'s' if len(fields) != 1 else ''}: allowed "
                                        f"{len(header)}, as in the header"))
                continue
            yield first, dict(zip(header, fields, strict=True))

    return _pilot_from_rows(path, header, records(), problems, None, "line")


def _error(path: Path, problems, stopped: str = "") -> UsageError:
    return _roster_error(path, problems, stopped, "pilot", PilotError)


def _pilot_from_rows(path: Path, header: list[str], records, problems: _Problems,
                     events: dict[int, tuple[str, str, str]] | None, unit: str) -> Pilot:
    """Every row checked (problems listed at once), then the pilot's columns."""
    run = "replication" in header
    rows: list[tuple] = []
    seen: dict[str, int] = {}
    skipped = 0
    for number, row in records:
        if run:
            if (row.get("replication") or "0").strip() != "0":
                skipped += 1
                continue
            if row.get("outcome", "").strip() == "not_invited":
                continue
            row = _from_run(row, events)
        found = _check_row(row, number, seen, problems, unit)
        if found is not None:
            rows.append(found)
        if len(rows) > MAX_PILOT_USERS:
            raise _error(path, problems, f"more than {MAX_PILOT_USERS:,} users by {unit} {number}: allowed at most "
                         f"{MAX_PILOT_USERS:,} (a pilot is a sample)")
        if len(problems) >= MAX_PROBLEMS:
            raise _error(path, problems, f"reading stopped at {unit} {number} after {MAX_PROBLEMS:,} problems (is it "
                         "the right file, with the right columns?)")
    if not rows and not len(problems):
        problems.append((0, "no invited users after the header: allowed one line per invited user"))
    if len(problems):
        raise _error(path, problems)
    cols = list(zip(*rows, strict=True))
    origin = datetime.combine(min(cols[1]).date(), time(0, 0))

    def seconds(values) -> np.ndarray:
        return np.array([(v - origin).total_seconds() if v is not None else np.nan for v in values], dtype=float)

    notes = []
    if skipped:
        notes.append(f"the run's replication 0 is the pilot ({skipped:,} rows of other replications left out)")
    if run and events is None:
        notes.append("no events.parquet beside the run's users: the blockers that users fixed before joining, and "
                     "when users met a blocker, are not known (run the pilot with --trace)")
    return Pilot(source=path.name, origin=origin, email=list(cols[0]), invited=seconds(cols[1]),
                 joined=seconds(cols[2]), blocked=seconds(cols[3]), outcome=np.array(cols[4], dtype=object),
                 error=np.array(cols[5], dtype=object), resends=np.array(cols[6], dtype=int),
                 choice=np.array(cols[7], dtype=object), contacted=np.array(cols[8], dtype=bool),
                 plan=np.array(cols[9], dtype=object), locale=np.array(cols[10], dtype=object),
                 linked_users=np.array(cols[11], dtype=int) if run else None, notes=notes,
                 blocked_again=[[(t - origin).total_seconds() for t in times] for times in cols[12]])


def _from_run(row: dict[str, str], events: dict[int, tuple[str, str, str]] | None) -> dict[str, str]:
    """A row of a joinsim run's users, as a pilot row (the error met: the failure's, or the traced blocker's)."""
    outcome = row.get("outcome", "").strip()
    code = RULE_CODES.get(row.get("failure_rule", "").strip(), "") if outcome != "joined" else ""
    blocked_at = again = ""
    if events is not None:
        traced = events.get(int(row.get("user_id") or -1))
        if traced is not None:  # (the first blocker met; a user who gave up is named by the last one)
            blocked_at, code, again = traced[0], code or traced[1], traced[2]
    choice = row.get("choice", "").strip()
    return {"email": row.get("email", "").lstrip("'"), "invited_at": row.get("invited_at", ""),
            "joined_at": row.get("joined_at", ""), "outcome": outcome, "error_code": code, "blocked_at": blocked_at,
            "resends": row.get("resends", "0"), "choice": choice, "contacted_first": row.get("contacted_first", ""),
            "plan": row.get("plan", ""), "locale": row.get("locale", ""),
            "linked_users": row.get("linked_users", "0"), "blocked_again": again}


def _check_row(row: dict[str, str], line: int, seen: dict[str, int], problems: _Problems, unit: str) -> tuple | None:
    """One pilot row: its values, or None after adding each of its problems to ``problems``."""
    before = len(problems)

    def bad(col: str, value: object, allowed: str, why: str = "") -> None:
        problems.append((line, f"column '{col}' = {str(value)[:80]!r} is invalid{why}: allowed {allowed}"))

    raw = row.get("email") or ""
    email = ""
    if "\ufffd" not in raw:
        try:
            email = check_address(raw)
        except errors.InvalidAddress:
            bad("email", raw, "one email address such as name@example.com")
        else:
            if email in seen:
                bad("email", raw, "each address once", f" (the same user as {unit} {seen[email]})")
            else:
                seen[email] = line

    def moment(col: str) -> datetime | None:
        text = (row.get(col) or "").strip()
        if not text:
            return None
        try:
            return parse_time(text)
        except ValueError:
            bad(col, text, "a local date and time such as 2026-03-02 09:15 (or 2026-03-02T09:15:00)")
            return None

    invited, joined, blocked = moment("invited_at"), moment("joined_at"), moment("blocked_at")
    if invited is None and "invited_at" in row and not (row.get("invited_at") or "").strip():
        bad("invited_at", "", "the date and time the invitation was sent")
    for col, value in (("joined_at", joined), ("blocked_at", blocked)):
        if value is not None and invited is not None and value < invited:
            bad(col, value.isoformat(sep=" "), f"a time after invited_at ({invited.isoformat(sep=' ')})")
    if blocked is not None and joined is not None and joined < blocked:
        bad("joined_at", joined.isoformat(sep=" "), f"a time after blocked_at ({blocked.isoformat(sep=' ')})")
    code = (row.get("error_code") or "").strip().upper()
    if code and code not in CODES:
        bad("error_code", code, "empty, or an error code such as UNPAID_INVOICES, PENDING_CANCELLATION, "
            "ZOOM_ROOMS_ON_ACCOUNT or the vendor's 1009 (joinsim.model.errors)")
    outcome = (row.get("outcome") or "").strip()
    if not outcome:
        outcome = ("joined" if joined is not None else BLOCKERS.get(code, "refused") if code
                   else "pending")
    if outcome not in PILOT_OUTCOMES:
        bad("outcome", outcome, "empty or one of " + ", ".join(PILOT_OUTCOMES))
    elif outcome == "joined" and joined is None and not problems.count - before:
        bad("joined_at", "", "the time the user joined, for outcome 'joined'")
    elif outcome != "joined" and joined is not None:
        bad("joined_at", joined.isoformat(sep=" "), f"empty for outcome {outcome!r} (the user has not joined)")
    if outcome in BLOCKERS.values() and code and BLOCKERS.get(code) != outcome:
        bad("error_code", code, f"the code of outcome {outcome!r}, or empty")
    if blocked is not None and not code:
        bad("blocked_at", blocked.isoformat(sep=" "), "empty when error_code is empty")
    resends = (row.get("resends") or "0").strip()
    if not re.fullmatch(r"[0-9]{1,2}", resends):
        bad("resends", resends, "a whole number between 0 and 99")
        resends = "0"
    choice = (row.get("choice") or "").strip().lower()
    if choice not in ("", "refund", "credit"):
        bad("choice", choice, "empty, 'refund' or 'credit' (ACC-2)")
    contacted = (row.get("contacted_first") or "").strip().lower()
    if contacted not in _TRUE | _FALSE:
        bad("contacted_first", contacted, "true or false (also yes/no, 1/0, or empty for false)")
    plan = (row.get("plan") or "").strip()
    if plan not in ("", *PLANS):
        bad("plan", plan, "empty or one of " + ", ".join(PLANS))
    locale = (row.get("locale") or "").strip()
    if locale not in ("", *LOCALES):
        bad("locale", locale, "empty or one of " + ", ".join(LOCALES))
    linked = (row.get("linked_users") or "0").strip()
    if len(problems) != before:
        return None
    if not code and outcome in BLOCKERS.values():
        code = next(c for c, o in BLOCKERS.items() if o == outcome)
    if not code and outcome == "bounced":
        code = errors.UndeliverableAddress.code
    again = [parse_time(text) for text in (row.get("blocked_again") or "").split("|") if text]  # (a traced run's)
    return (email, invited, joined, blocked, outcome, code, int(resends), choice, contacted in _TRUE, plan, locale,
            int(linked) if linked.isdigit() else 0, again)
