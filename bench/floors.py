"""The simulator's cost per user against its two floors, measured in one sitting; prints figures, asserts nothing.

    .venv/bin/python bench/floors.py                      # 200,000 users of bench/bench.toml, 3 rounds
    .venv/bin/python bench/floors.py --users 50000 --repeat 5

- simpy floor: plain SimPy (``simpy.Environment``) running as many processes and timeouts as the simulator's run of
  the same config did (counted on that run), nothing else: the event machinery alone.
- model floor: the account model's commands for every user in a plain loop, the commands the simulator's run gave
  (each user's world set up as ``Migration.set_up`` does, invited, accepting with the user's choice, refund paid),
  without SimPy: the rules alone.
- simulator: ``Migration(config, seed).run()``, in this process.

The ratio is the simulator's time over the two floors' sum: what the journey, the recording and the other actors
add. Rounds are interleaved, so that all three see the same load; the best run, the median and every run are
printed, with the load average.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from datetime import timedelta
from pathlib import Path

import numpy as np
import simpy

from joinsim.model.service import new_service
from joinsim.sim.config import load
from joinsim.sim.migration import INVITER_ACCOUNT, INVITER_ADMIN, Migration

CONFIG = Path(__file__).resolve().parent / "bench.toml"


class Counting(Migration):
    """The simulator, counting the processes it starts and the timeouts it schedules."""

    class Environment(Migration.Environment):
        processes = timeouts = 0

        def process(self, generator):
            type(self).processes += 1
            return super().process(generator)

        def timeout(self, delay=0, value=None):
            type(self).timeouts += 1
            return super().timeout(delay, value)


def simulator(config, population) -> float:
    """The simulator's run, the population given (drawing it is not the journey's cost, nor the floors')."""
    started = time.perf_counter()
    Migration(config, np.random.SeedSequence(config.seed), population).run()
    return time.perf_counter() - started


def counts(config):
    """Processes and timeouts of one run, who joined with which choice (for the model floor), and its population."""
    Counting.Environment.processes = Counting.Environment.timeouts = 0
    migration = Counting(config, np.random.SeedSequence(config.seed))
    result = migration.run()
    joined = result.columns["joined_at"] >= 0
    choices = result.columns["choice"].decoded()
    people = [(migration.population.email[i], choices[i] or "refund", bool(result.columns["refund_cents"][i]))
              for i in np.flatnonzero(joined)]
    return Counting.Environment.processes, Counting.Environment.timeouts, people, migration.population


def simpy_floor(processes: int, timeouts: int) -> float:
    """``processes`` processes doing ``timeouts`` timeouts between them, in batches as the campaign starts them."""
    each, extra = divmod(timeouts, max(processes, 1))
    rng = np.random.default_rng(1)
    delays = (rng.random(timeouts + 1) * 86_400 * 30).tolist()

    def user(first: int, count: int):
        for k in range(count):
            yield env.timeout(delays[first + k])

    env = simpy.Environment()
    started = time.perf_counter()
    at = 0
    for p in range(processes):
        count = each + (1 if p < extra else 0)
        env.process(user(at % timeouts if timeouts else 0, count))
        at += count
    env.run()
    return time.perf_counter() - started


def model_floor(config, people: list[tuple[str, str, bool]]) -> float:
    """The model's commands as the simulator gave them, in a plain loop: every user's world set up and invited,
    then those who joined accept with their choice, and their refunds are paid."""
    from joinsim.model import errors

    migration = Migration(config, np.random.SeedSequence(config.seed))  # (its population and set-up)
    service = migration.service = new_service(migration.start, migration.service.calendar.holidays,
                                              migration.service.readings)  # (a plain clock, moved by hand)
    migration.open_inviting_account()
    started = time.perf_counter()
    invitations = {}
    for person in migration.population.people(0, len(migration.population)):
        migration.set_up(person)
        try:
            invitations[person.email] = service.invite(INVITER_ADMIN, INVITER_ACCOUNT, person.email).link
        except errors.JoinError:
            pass
    refunds = []
    for email, choice, refunded in people:
        try:
            joined = service.accept(invitations[email], email, choice)
        except errors.JoinError:  # (a blocker the simulator's user fixed first: the refused command counts too)
            continue
        if refunded and joined.refund is not None:
            refunds.append(joined.refund.id)
    service.clock.advance(timedelta(days=7))  # (ACC-6: within 5 business days)
    for refund in refunds:
        service.pay_refund(refund)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    config = load(CONFIG, users=args.users)
    processes, timeouts, people, population = counts(config)
    print(f"{args.users:,} users of {CONFIG.name}: {processes:,} processes, {timeouts:,} timeouts, "
          f"{len(people):,} joined", flush=True)
    times: dict[str, list[float]] = {"simpy floor": [], "model floor": [], "simulator": []}
    gc.disable()  # (as the runner does during a replication)
    for _ in range(args.repeat):  # interleaved: the three see the same load
        times["simpy floor"].append(simpy_floor(processes, timeouts))
        times["model floor"].append(model_floor(config, people))
        times["simulator"].append(simulator(config, population))
        gc.collect()
    for name, walls in times.items():
        each = ", ".join(f"{w:.2f}" for w in walls)
        print(f"{name:<12} best {min(walls):6.2f} s, median {statistics.median(walls):6.2f} s (runs {each}); "
              f"{1e6 * min(walls) / args.users:5.1f} µs per user; load {os.getloadavg()[0]:.1f}", flush=True)
    floors = min(times["simpy floor"]) + min(times["model floor"])
    print(f"simulator / (simpy floor + model floor), best / best: {min(times['simulator']) / floors:.2f}x")


if __name__ == "__main__":
    main()
