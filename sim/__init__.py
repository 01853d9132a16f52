"""The bulk-migration simulator. From Python (a notebook, a script)::

    from sim import simulate, compare, sweep
    run = simulate(users=2000, replications=5)
    run.summary, run.replications, run.users, run.report("reports/my-run")

See ``sim.api`` for the three functions and what they return, ``sim.migration`` for the SimPy model itself.
"""

__all__ = ["Comparison", "Simulation", "SweepResult", "compare", "settings", "simulate", "sweep"]


def __getattr__(name: str):
    # (imported on first use: a worker process that runs replications does not load pandas for it)
    if name in __all__:
        from sim import api

        return getattr(api, name)
    raise AttributeError(f"module 'sim' has no attribute {name!r}")
