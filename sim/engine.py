"""Runs one replication of the bulk migration (``run_replication``): its random streams, its population, and the
SimPy simulation of ``sim.replication``, which drives the model's service API for every simulated user.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

import numpy as np

from sim.config import Config
from sim.population import Population, synthetic
from sim.replication import ACTIVITIES, OUTCOMES, Coded, Draws, Replication, Result

__all__ = ["OUTCOMES", "Coded", "Result", "activity_streams", "run_replication"]


def activity_streams(seed_seq: np.random.SeedSequence) -> dict[str, np.random.Generator]:
    """One random stream per activity (population, reading, accepting...), all from the replication's seed."""
    children = seed_seq.spawn(len(ACTIVITIES))
    return {name: np.random.default_rng(child) for name, child in zip(ACTIVITIES, children, strict=True)}


def run_replication(config: Config, population: Population | None, seed_seq: np.random.SeedSequence,
                    progress: Callable[[int, int], None] | None = None) -> Result:
    streams = activity_streams(seed_seq)
    # Millions of long-lived model objects: the cyclic collector would rescan them again and again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        if population is None:
            population = synthetic(config, streams["population"])
        draws = Draws.make(config, len(population), streams)
        replication = Replication(config, population, draws, progress)
        result = replication.run()
        # Its cycles broken (the service's event sink is a method of the replication), its millions of objects
        # are freed by reference counting as it goes, with the collector disabled.
        replication.release()
        return result
    finally:
        if enabled:
            gc.enable()
