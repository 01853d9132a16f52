"""The simulator's cost per user against its two floors, measured in one sitting; prints figures, asserts nothing.

    .venv/bin/python bench/floors.py                      # 200,000 users of bench/bench.toml, 3 rounds
    .venv/bin/python bench/floors.py --users 50000 --repeat 5

One run of the simulator is recorded first (not timed): every SimPy process it started, with the moments it was
resumed, and every call it made to the account model, with the moment it made it. The floors replay that record:

- simpy floor: plain SimPy (``simpy.Environment``), the same processes started at the same moments (by one starter
  process, as the campaign starts its batches), each woken at the same moments as in the run, by timeouts (a wait
  for an event another process triggers, a resend say, is a timeout of the same length here), and a last timeout
  past the horizon for each process still waiting there: the event machinery alone.
- model floor: the same calls to the account model (commands and queries, refused ones included), with the same
  arguments, in the same order, in a plain loop, each at its moment of the run (a plain ``Clock`` set to it; the
  datetimes are made before the timing), the model's events going to a sink that subscribes to the same kinds as
  the simulator's and does nothing with them: the rules alone.
- simulator: ``Migration(config, seed, population).run()``, in this process (the population given: drawing it is
  no floor's cost).

Neither floor holds the working calendars' arithmetic (``joinsim.sim.calendars``: when a user wakes, when an admin
works), the random draws, the recording of the outcomes or the journey's own steps: those are what the simulator
adds, with the ratio, the simulator's time over the two floors' sum. Each of the three is timed from its start until
what it built is freed (its objects dropped and the collector run over what it left, the inputs frozen out of the
collector's sight): the simulator frees the model's accounts in its run (``Migration.release``), so the model floor
frees them too, and the SimPy floor its processes still waiting at the horizon. Rounds are interleaved, so that the
three see the same load; the best run, the median and every run are printed, with the load average.

``--instructions`` counts instead the instructions each of the three executes (valgrind's callgrind, one process
each, about 60 times slower): a count does not move with the load of the machine, so two sittings or two commits
compare exactly; it does not see what the time does (cache misses, branches mispredicted), so it is the floor of
the ratio in time, not the ratio.
"""

from __future__ import annotations

import argparse
import gc
import operator
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import simpy

from joinsim.model import errors
from joinsim.model.calendar import Clock
from joinsim.model.service import AccountService
from joinsim.sim.config import load
from joinsim.sim.migration import Migration

CONFIG = Path(__file__).resolve().parent / "bench.toml"


class ModelCalls:
    """Stands in for the simulator's account model: passes every call on, noting (moment, method name, arguments)."""

    def __init__(self, service: AccountService, env: simpy.Environment, calls: list) -> None:
        self._service, self._env, self._calls = service, env, calls
        self.refused = 0

    def __getattr__(self, name: str):
        found = getattr(self._service, name)
        if not callable(found) or name.startswith("_"):
            return found  # (the clock, the calendar)
        env, calls = self._env, self._calls

        def call(*args, **kwargs):
            calls.append((env.now, name, args, kwargs))
            try:
                return found(*args, **kwargs)
            except errors.JoinError:
                self.refused += 1
                raise

        return call


class Recorded(Migration):
    """The simulator, noting each process's resumptions (``wakes``) and each call to the model (``calls``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list = []
        self.service = ModelCalls(self.service, self.env, self.calls)  # type: ignore[assignment]
        self.processes: list[simpy.Process] = []
        wakes: dict[simpy.Process, list[float]] = defaultdict(list)
        self.wakes = wakes
        env, started = self.env, self.processes

        class Noted(simpy.Process):
            def _resume(self, event):
                wakes[self].append(env.now)
                super()._resume(event)

        def process(generator):
            started.append(noted := Noted(env, generator))
            return noted

        env.process = process  # type: ignore[method-assign]


def record(config, population) -> tuple[list[list[float]], list[tuple], int, int]:
    """One run of the simulator, recorded: each process's wake-up moments (the first is its start; a last one at
    the horizon + 1 for a process still waiting there), the model calls, and the horizon."""
    migration = Recorded(config, np.random.SeedSequence(config.seed), population)
    calls = migration.service
    migration.run()
    horizon = migration.horizon
    scripts = []
    for process in migration.processes:
        moments = migration.wakes[process]
        scripts.append(moments + [horizon + 1] if process.is_alive else moments)
    return scripts, migration.calls, horizon, calls.refused


def timed(work, *args) -> float:
    """Seconds from the start of ``work(*args)`` until what it built is freed: its objects dropped, then the cyclic
    collector run over the objects made since the start (``gc.freeze`` keeps the inputs out of its sight)."""
    gc.collect()
    gc.freeze()
    started = time.perf_counter()
    work(*args)
    gc.collect()
    elapsed = time.perf_counter() - started
    gc.unfreeze()
    return elapsed


def simpy_floor(scripts: list[list[float]], horizon: float) -> None:
    """The recorded processes in plain SimPy: started at their moments, woken at theirs by timeouts."""
    starts: dict[float, list[list[float]]] = defaultdict(list)
    for moments in scripts:
        starts[moments[0]].append(moments)

    def process(moments: list[float]):
        for k in range(1, len(moments)):
            yield env.timeout(moments[k] - moments[k - 1])

    def starter():
        for at in sorted(starts):
            yield env.timeout(at - env.now)
            for moments in starts[at]:
                env.process(process(moments))

    env = simpy.Environment()
    env.process(starter())
    env.run(until=horizon)


def model_calls(config, calls: list[tuple]) -> tuple:
    """What the model floor replays, made before any timing: the run's start, calendar and readings, and the recorded
    calls, each with its moment's datetime (made once)."""
    migration = Migration(config, np.random.SeedSequence(config.seed))  # (its calendar and readings)
    start, service = migration.start, migration.service
    moments: dict[float, datetime] = {}
    plan = [(moments.setdefault(at, start + timedelta(seconds=at)), name, args, kwargs)
            for at, name, args, kwargs in calls]
    return start, service.calendar, service.readings, plan


def model_floor(replay: tuple, event_types, refused: list[int]) -> None:
    """The recorded calls to the model, in a plain loop, each at its moment (``replay``: ``model_calls``); the calls
    refused are counted in ``refused``."""
    start, calendar, readings, plan = replay
    clock = Clock(start)
    service = AccountService(clock, calendar, readings, event_sink=lambda event: None, event_types=event_types)
    count = 0
    for now, name, args, kwargs in plan:
        clock._now = now  # (the moment of the run; the clock never goes back)
        try:
            getattr(service, name)(*args, **kwargs)  # (as the simulator calls self.service.<name>)
        except errors.JoinError:
            count += 1
    refused.append(count)


def simulator(config, population) -> None:
    Migration(config, np.random.SeedSequence(config.seed), population).run()


def bench_population(users: int) -> tuple:
    """The config and the population of ``users`` users of the bench campaign."""
    config = load(CONFIG, users=users)
    return config, Migration(config, np.random.SeedSequence(config.seed)).population


def measured(users: int) -> tuple:
    """The population, the recorded run and the model's calls for ``users`` users of the bench campaign."""
    config, population = bench_population(users)
    scripts, calls, horizon, refused_in_run = record(config, population)
    return config, population, scripts, calls, horizon, refused_in_run


def one(users: int, which: str) -> None:
    """Runs one of the three once, inside ``operator.call``: what ``--instructions`` counts (callgrind collects
    inside that function only, so the recording before it is not counted; the simulator needs none)."""
    config, population = bench_population(users)
    if which == "simulator":
        work: tuple = (simulator, config, population)
    else:
        scripts, calls, horizon, _ = record(config, population)
        work = ((simpy_floor, scripts, horizon) if which == "simpy floor" else
                (model_floor, model_calls(config, calls), Migration.EVENTS, []))
    gc.collect()
    gc.disable()
    operator.call(*work)
    gc.collect()


def instructions(users: int) -> None:
    """The instructions each of the three executes, counted by valgrind's callgrind (one process each)."""
    if shutil.which("valgrind") is None:
        raise SystemExit("floors.py: --instructions needs valgrind (apt-get install valgrind)")
    counts = {}
    for which in ("simpy floor", "model floor", "simulator"):
        done = subprocess.run(["valgrind", "--tool=callgrind", "--toggle-collect=_operator_call",
                               "--callgrind-out-file=/dev/null", sys.executable, __file__, "--users", str(users),
                               "--one", which], capture_output=True, text=True, check=True)
        counts[which] = int(re.search(r"Collected : (\d+)", done.stderr)[1])
        print(f"{which:<12} {counts[which]:>15,} instructions, {counts[which] / users:10,.0f} per user", flush=True)
    ratio = counts["simulator"] / (counts["simpy floor"] + counts["model floor"])
    print(f"simulator / (simpy floor + model floor), in instructions: {ratio:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--instructions", action="store_true", help="count instructions (valgrind) instead of time")
    parser.add_argument("--one", choices=("simpy floor", "model floor", "simulator"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return one(args.users, args.one)
    if args.instructions:
        return instructions(args.users)
    config, population, scripts, calls, horizon, refused_in_run = measured(args.users)
    replay = model_calls(config, calls)
    wakes = sum(len(moments) - 1 for moments in scripts)
    print(f"{args.users:,} users of {CONFIG.name}: {len(scripts):,} processes woken {wakes:,} times, "
          f"{len(calls):,} calls to the model", flush=True)
    times: dict[str, list[float]] = {"simpy floor": [], "model floor": [], "simulator": []}
    refused: list[int] = []
    gc.disable()  # (as the runner does during a replication)
    for _ in range(args.repeat):  # interleaved: the three see the same load
        times["simpy floor"].append(timed(simpy_floor, scripts, horizon))
        times["model floor"].append(timed(model_floor, replay, Migration.EVENTS, refused))
        times["simulator"].append(timed(simulator, config, population))
    print(f"model floor: {refused[0]:,} of the calls refused ({refused_in_run:,} in the run)")
    for name, walls in times.items():
        each = ", ".join(f"{w:.2f}" for w in walls)
        print(f"{name:<12} best {min(walls):6.2f} s, median {statistics.median(walls):6.2f} s (runs {each}); "
              f"{1e6 * min(walls) / args.users:5.1f} µs per user; load {os.getloadavg()[0]:.1f}", flush=True)
    floors = min(times["simpy floor"]) + min(times["model floor"])
    medians = statistics.median(times["simpy floor"]) + statistics.median(times["model floor"])
    print(f"simulator / (simpy floor + model floor): best / best {min(times['simulator']) / floors:.2f}x, "
          f"median / median {statistics.median(times['simulator']) / medians:.2f}x")


if __name__ == "__main__":
    main()
