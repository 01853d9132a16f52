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
adds, with the ratio, the simulator's time over the two floors' sum. Rounds are interleaved, so that the three see
the same load; the best run, the median and every run are printed, with the load average.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from collections import defaultdict
from datetime import timedelta
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


def simpy_floor(scripts: list[list[float]], horizon: float) -> float:
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
    started = time.perf_counter()
    env.process(starter())
    env.run(until=horizon)
    return time.perf_counter() - started


def model_floor(config, calls: list[tuple], event_types) -> tuple[float, int]:
    """The recorded calls to the model, in a plain loop, each at its moment; (seconds, calls refused)."""
    migration = Migration(config, np.random.SeedSequence(config.seed))  # (its calendar and readings)
    start = migration.start
    clock = Clock(start)
    service = AccountService(clock, migration.service.calendar, migration.service.readings,
                             event_sink=lambda event: None, event_types=event_types)
    moments: dict[float, object] = {}
    plan = [(moments.setdefault(at, start + timedelta(seconds=at)), getattr(service, name), args, kwargs)
            for at, name, args, kwargs in calls]
    refused = 0
    started = time.perf_counter()
    for now, method, args, kwargs in plan:
        clock._now = now  # (the moment of the run; the clock never goes back)
        try:
            method(*args, **kwargs)
        except errors.JoinError:
            refused += 1
    return time.perf_counter() - started, refused


def simulator(config, population) -> float:
    started = time.perf_counter()
    Migration(config, np.random.SeedSequence(config.seed), population).run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    config = load(CONFIG, users=args.users)
    population = Migration(config, np.random.SeedSequence(config.seed)).population
    scripts, calls, horizon, refused_in_run = record(config, population)
    wakes = sum(len(moments) - 1 for moments in scripts)
    print(f"{args.users:,} users of {CONFIG.name}: {len(scripts):,} processes woken {wakes:,} times, "
          f"{len(calls):,} calls to the model", flush=True)
    times: dict[str, list[float]] = {"simpy floor": [], "model floor": [], "simulator": []}
    gc.disable()  # (as the runner does during a replication)
    for _ in range(args.repeat):  # interleaved: the three see the same load
        times["simpy floor"].append(simpy_floor(scripts, horizon))
        gc.collect()
        seconds, refused = model_floor(config, calls, Migration.EVENTS)
        times["model floor"].append(seconds)
        gc.collect()
        times["simulator"].append(simulator(config, population))
        gc.collect()
    print(f"model floor: {refused:,} of the calls refused ({refused_in_run:,} in the run)")
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
