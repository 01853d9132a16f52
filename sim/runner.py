"""Runs the replications (in-process or over worker processes) and writes the report folder atomically:
``users.parquet`` (and ``users.csv``), ``summary.json``, ``report.html``, plus ``replications.csv`` when
there are several replications, and ``run.json`` (when and how long: the only file that differs between
two runs of the same config, so the others can be compared byte for byte).
Results do not depend on the number of workers: each replication's random streams come from the root
seed (``numpy.random.SeedSequence``), never from the worker that runs it."""

from __future__ import annotations

import gc
import json
import math
import os
import platform
import signal
import sys
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as dtime
from importlib import metadata
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from sim import compiled_model, outdir
from sim.config import Config
from sim.engine import OUTCOMES, Coded, Result, run_replication
from sim.population import Population

HEADLINES = (
    ("users", "users"),
    ("invitations_sent", "invitations sent"),
    ("joined", "joined"),
    ("join_rate", "join rate"),
    ("prorated_cents", "prorated (cents)"),
    ("refund_cents", "refunded (cents)"),
    ("credit_transferred_cents", "credit transferred (cents)"),
    ("credit_applied_cents", "credit applied (cents)"),
    ("credit_awaiting_billing_chat_cents", "credit awaiting billing chat (cents)"),
    ("credit_awaiting_next_invoice_cents", "credit awaiting next invoice (cents)"),
    ("licences_lost", "licences lost"),
    ("join_links_changed", "join links changed"),
    ("median_hours_to_join", "median hours to join"),
)
TIME_COLUMNS = ("invited_at", "joined_at", "refund_paid_at")
HOURS_BINS = np.concatenate([np.arange(0, 72, 6), np.arange(72, 24 * 14, 24), np.arange(24 * 14, 24 * 121, 24 * 7)])


@dataclass
class ReplicationOutput:
    """What a worker hands back: its figures and aggregates (its rows are in its part file)."""

    index: int
    figures: dict[str, float]
    outcomes: dict[str, int]
    failures: list[tuple[str, str, int]]  # (outcome, failure_rule, count)
    joins_by_day: list[int]
    hours_to_join_hist: list[int]
    totals: dict[str, int]


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in ("joinsim", "numpy", "simpy", "faker", "pyarrow", "pandas", "matplotlib", "scipy"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "unknown"
    return found


def to_table(result: Result, config: Config, replication: int) -> pa.Table:
    base = np.datetime64(datetime.combine(config.start, dtime(0, 0)), "s")
    arrays, names = [pa.array(np.full(len(result.columns["user_id"]), replication, dtype=np.int32))], ["replication"]
    for name, values in result.columns.items():
        if name in TIME_COLUMNS:
            seconds = np.asarray(values)
            arrays.append(pa.array(base + seconds.astype("timedelta64[s]"), mask=seconds < 0,
                                   type=pa.timestamp("s")))
        elif name == "email":
            arrays.append(values if isinstance(values, pa.Array) else pa.array(values, type=pa.string()))
        elif isinstance(values, Coded):  # a dictionary column: every name, in the documented order
            arrays.append(pa.DictionaryArray.from_arrays(pa.array(values.codes, type=pa.int8()),
                                                         pa.array(values.names, type=pa.string())))
        else:
            arrays.append(pa.array(values))
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


def figures_of(result: Result) -> ReplicationOutput:
    cols = result.columns
    outcome, rules = cols["outcome"], cols["failure_rule"]
    joined_mask = cols["joined_at"] >= 0
    hours = (cols["joined_at"][joined_mask] - cols["invited_at"][joined_mask]) / 3600.0
    per_outcome = np.bincount(outcome.codes, minlength=len(outcome.names))
    counts = {name: int(per_outcome[outcome.names.index(name)]) for name in OUTCOMES}
    # failures by (outcome, rule): each pair of codes as one number, counted
    pairs = outcome.codes.astype(np.int64) * len(rules.names) + rules.codes
    failures: dict[tuple[str, str], int] = {}
    for pair, n in enumerate(np.bincount(pairs, minlength=len(outcome.names) * len(rules.names)).tolist()):
        o, r = outcome.names[pair // len(rules.names)], rules.names[pair % len(rules.names)]
        if n and r:
            failures[(o, r)] = n
    users = len(outcome.codes)
    figures = {
        "users": users,
        "invitations_sent": result.totals["invitations_sent"],
        "joined": counts["joined"],
        "join_rate": counts["joined"] / users if users else 0.0,
        "prorated_cents": int(cols["prorated_cents"].sum()),
        "refund_cents": int(cols["refund_cents"].sum()),
        "credit_transferred_cents": int(cols["credit_cents"].sum()),
        "credit_applied_cents": result.totals["credit_applied_cents"],
        "credit_awaiting_billing_chat_cents": result.totals["credit_awaiting_billing_chat_cents"],
        "credit_awaiting_next_invoice_cents": result.totals["credit_awaiting_next_invoice_cents"],
        "licences_lost": result.totals["licences_lost"],
        "join_links_changed": result.totals["join_links_changed"],
        "median_hours_to_join": float(np.median(hours)) if len(hours) else 0.0,
    }
    hist, _ = np.histogram(hours, bins=HOURS_BINS)
    return ReplicationOutput(
        index=-1, figures=figures, outcomes=counts,
        failures=sorted((o, r, n) for (o, r), n in failures.items()),
        joins_by_day=result.joins_by_day.tolist(), hours_to_join_hist=hist.tolist(), totals=dict(result.totals))


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop a process pool at once. Workers are killed (SIGKILL), every one multiprocessing started, as often
    as it takes: a worker stopped while it held the result queue's lock would leave the others blocked on it,
    and the pool's manager thread (which Python joins at exit) waiting for them for ever."""
    import multiprocessing

    pool.shutdown(wait=False, cancel_futures=True)
    for _ in range(10):
        children = multiprocessing.active_children()
        if not children:
            return
        for process in children:
            process.kill()
        for process in children:
            process.join(timeout=5)


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent (which stops them) and die with it if it is killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        import ctypes

        with_parent = 1  # PR_SET_PDEATHSIG
        try:
            ctypes.CDLL(None).prctl(with_parent, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def _replication_job(args: tuple) -> ReplicationOutput:
    output, writing = _replicate(args)
    writing.wait()
    return output


def _replicate(args: tuple) -> tuple[ReplicationOutput, _PartWriter]:
    """One replication: its figures, and its rows being written to its part file (see _PartWriter)."""
    config, population, seed_seq, index, part, show_progress = args
    progress = _day_progress(config) if show_progress else None
    try:
        result = run_replication(config, population, seed_seq, progress=progress)
    finally:
        if progress is not None:
            progress.close()
    writing = _PartWriter(to_table(result, config, index), part)
    output = figures_of(result)
    output.index = index
    return output, writing


class _PartWriter:
    """Writes a table to Parquet in a thread: pyarrow encodes and compresses without holding the interpreter
    lock, so the figures and the report are made meanwhile. ``wait`` returns once the file is complete (and
    raises what the writing raised)."""

    def __init__(self, table: pa.Table, path: str | Path) -> None:
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._write, args=(table, path), name="parquet", daemon=True)
        self.thread.start()

    def _write(self, table: pa.Table, path: str | Path) -> None:
        try:
            pq.write_table(table, path, compression="zstd")
        except BaseException as error:  # (handed to the thread that waits)
            self.error = error

    def wait(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error


class _ReportProcess:
    """The report, drawn by a second process: started before the simulation, it loads matplotlib and pandas
    (about half a second) on the other core meanwhile, then draws ``report.html`` from the figures while this
    process writes ``users.parquet``. Linux only (fork); it ignores Ctrl-C and dies with its parent."""

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_draw_report, args=(child,), name="joinsim-report", daemon=True)
        self.process.start()
        child.close()

    def start_drawing(self, path: Path, summary: dict, outputs: list[ReplicationOutput]) -> None:
        self.conn.send((str(path), summary, outputs))

    def wait(self) -> None:
        try:
            error = self.conn.recv()
        except EOFError:
            error = f"the report process ended with exit code {self.process.exitcode}"
        self.process.join()
        if error:
            raise RuntimeError(f"report.html could not be written: {error}")

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


def _draw_report(conn) -> None:
    _worker_init()
    try:
        from sim.report import load_plotting, write_report

        load_plotting()
        path, summary, outputs = conn.recv()
        write_report(Path(path), summary, outputs)
    except BaseException as error:  # (told to the parent, which raises it)
        conn.send(f"{type(error).__name__}: {error}")
    else:
        conn.send("")
    finally:
        conn.close()


class _day_progress:
    """A progress bar of simulated days and users invited (tqdm, on a terminal only)."""

    def __init__(self, config: Config) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=config.horizon_days, unit="day", desc="simulated days", leave=False)
        self.last = 0

    def __call__(self, day: int, users: int) -> None:
        self.bar.update(day - self.last)
        self.last = day
        self.bar.set_postfix_str(f"users invited {users:,}", refresh=False)

    def close(self) -> None:
        self.bar.close()


def t_interval(values: list[float]) -> dict[str, float]:
    a = np.asarray(values, dtype=float)
    n = len(a)
    mean = float(a.mean()) if n else 0.0
    sd = float(a.std(ddof=1)) if n > 1 else 0.0
    half = 0.0
    if n > 1:
        # Student's t quantile; scipy.special's stdtrit is what scipy.stats.t.ppf calls, at a third of the
        # import time, and is imported only when there is an interval to compute.
        from scipy.special import stdtrit

        half = float(stdtrit(n - 1, 0.975) * sd / math.sqrt(n))
    return {"mean": mean, "sd": sd, "ci95_low": mean - half, "ci95_high": mean + half, "n": n}


def run(config: Config, out_dir: Path, population: Population | None = None, csv: bool = False,
        quiet: bool = False, roster_name: str | None = None) -> dict:
    """Run every replication and write the report folder atomically; returns the summary.
    ``out_dir`` must be new, empty or a previous run's folder (``ConfigError`` otherwise)."""
    outdir.check_out_dir(Path(out_dir))
    started = time.perf_counter()
    enabled = gc.isenabled()
    gc.disable()  # millions of acyclic model objects: reference counting frees them, no need to rescan
    try:
        return _run(config, Path(out_dir), population, csv, quiet, roster_name, started)
    finally:
        if enabled:
            gc.enable()


def _run(config: Config, out_dir: Path, population: Population | None, csv: bool, quiet: bool,
         roster_name: str | None, started: float) -> dict:
    out_dir = Path(out_dir)
    started_at = datetime.now(UTC)
    if not quiet and (slower := compiled_model.notice()):
        print(slower, file=sys.stderr)
    tmp = outdir.new_tmp(out_dir)
    writing: _PartWriter | None = None
    # one replication: the report is drawn by a second process meanwhile (several: while the workers run,
    # this process loads the plotting libraries)
    # (not when this process runs other threads: a forked child could inherit a lock one of them holds)
    drawing = (_ReportProcess() if config.replications == 1 and sys.platform == "linux"
               and threading.active_count() == 1 else None)
    try:
        show = not quiet and sys.stderr.isatty()
        seeds = np.random.SeedSequence(config.seed).spawn(config.replications)
        parts = [tmp / f"users-{r:04d}.parquet" for r in range(config.replications)]
        jobs = [(config, population, seeds[r], r, str(parts[r]), show and config.workers == 1)
                for r in range(config.replications)]
        users_path = tmp / "users.parquet"
        if config.replications == 1:  # (its rows are written while the report is made: see _PartWriter)
            output, writing = _replicate(jobs[0])
            outputs = [output]
        elif config.workers == 1:
            outputs = _merged(map(_replication_job, jobs), parts, users_path)
        else:
            import multiprocessing

            ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
            pool = ProcessPoolExecutor(max_workers=min(config.workers, config.replications), mp_context=ctx,
                                       initializer=_worker_init)
            try:
                done = pool.map(_replication_job, jobs)  # (submits every job: the workers start now)
                from sim.report import load_plotting

                load_plotting()  # (and pandas, through sim.report) while the workers run, not after them
                import scipy.special  # noqa: F401  (for the summary's t intervals, likewise)
                outputs = _merged(done, parts, users_path)
            except BaseException:
                stop_pool(pool)  # interrupted: do not wait for replications nobody will read
                raise
            pool.shutdown()
        summary = summarise(config, outputs, roster_name)
        if config.replications > 1:
            import pandas as pd

            rows = [{"replication": o.index, **o.figures} for o in outputs]
            pd.DataFrame(rows).to_csv(tmp / "replications.csv", index=False)
        if drawing is not None:
            drawing.start_drawing(tmp / "report.html", summary, outputs)
        else:
            from sim.report import write_report

            write_report(tmp / "report.html", summary, outputs)
        if writing is not None:
            writing.wait()
            os.replace(parts[0], users_path)
        if csv:
            import pyarrow.csv as pacsv

            pacsv.write_csv(pq.read_table(users_path), tmp / "users.csv")
        (tmp / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=False) + "\n")
        if drawing is not None:
            drawing.wait()
        (tmp / "run.json").write_text(json.dumps(run_info(config, started_at, started), indent=2) + "\n")
        outdir.publish(tmp, out_dir)
    except BaseException:
        if drawing is not None:
            drawing.stop()
        if writing is not None:
            writing.thread.join()  # (its file is in the folder about to be removed)
        outdir.discard(tmp)
        raise
    return summary


def _merged(outputs: Iterable[ReplicationOutput], parts: list[Path], users_path: Path) -> list[ReplicationOutput]:
    """The replications' outputs, in order; each one's rows are appended to ``users.parquet`` as soon as it is
    done, while later replications still run."""
    done = []
    writer = None
    try:
        for output in outputs:
            part = parts[output.index]
            table = pq.read_table(part)
            if writer is None:
                writer = pq.ParquetWriter(users_path, table.schema, compression="zstd")
            writer.write_table(table)
            del table
            part.unlink()
            done.append(output)
    finally:
        if writer is not None:
            writer.close()
    return done


def run_info(config: Config, started_at: datetime, started: float) -> dict:
    """What differs from one run of the same config to the next: kept out of the compared files."""
    return {
        "started_at": started_at.isoformat(timespec="seconds"),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "wall_time_s": round(time.perf_counter() - started, 3),
        "workers": config.workers,
        "argv": sys.argv[1:],
        **compiled_model.describe(),  # which model ran: compiled or plain Python (the same results)
    }


def summarise(config: Config, outputs: list[ReplicationOutput], roster_name: str | None) -> dict:
    def total(key: str) -> int:
        return int(sum(o.figures[key] for o in outputs))

    outcomes = {name: sum(o.outcomes[name] for o in outputs) for name in OUTCOMES}
    failures: dict[tuple[str, str], int] = {}
    for o in outputs:
        for outcome, rule, n in o.failures:
            failures[(outcome, rule)] = failures.get((outcome, rule), 0) + n
    users = total("users")
    summary = {
        "users": users,
        "invitations_sent": total("invitations_sent"),
        "invitations_resent": int(sum(o.totals["invitations_resent"] for o in outputs)),
        "joined": outcomes["joined"],
        "outcomes": outcomes,
        "failures": [{"outcome": o, "failure_rule": r, "users": n} for (o, r), n in sorted(failures.items())],
        "prorated_cents": total("prorated_cents"),
        "refund_cents": total("refund_cents"),
        "refunds_paid_cents": int(sum(o.totals["refunds_paid_cents"] for o in outputs)),
        "credit_transferred_cents": total("credit_transferred_cents"),
        "credit_applied_cents": total("credit_applied_cents"),
        "credit_awaiting_billing_chat_cents": total("credit_awaiting_billing_chat_cents"),
        "credit_awaiting_next_invoice_cents": total("credit_awaiting_next_invoice_cents"),
        "licences_lost": total("licences_lost"),
        "join_links_changed": total("join_links_changed"),
        "users_moved_with_owners": int(sum(o.totals["users_moved"] for o in outputs)) - outcomes["joined"],
        "seed": config.seed,
        "replications": {
            "n": config.replications,
            "per_replication": [{"replication": o.index, **o.figures} for o in outputs],
            "stats": {key: t_interval([o.figures[key] for o in outputs]) for key, _ in HEADLINES},
        },
        "config": {k: v for k, v in config.to_json().items() if k != "workers"},  # workers never change results
        "roster": roster_name,
        "versions": versions(),
    }
    return summary
