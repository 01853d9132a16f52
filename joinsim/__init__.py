"""joinsim: an executable specification and a simulator of adding existing users to a paid account.

From Python (a notebook, a script)::

    from joinsim import simulate, compare, sweep, sensitivity, calibrate, settings
    run = simulate(users=2000, replications=5)
    run.summary, run.replications, run.users, run.report("reports/my-run")

The house, from the ground up (each floor imports only the floors below it; ``tests/test_layers.py`` checks it):

- ``joinsim.model`` (folder ``model/``): the account model, where every rule lives; imports nothing of the project;
- ``joinsim.common`` (folder ``joinsim/common/``): what the commands share: their errors, input-file checks, the
  one output publisher, the page layout;
- ``joinsim.steps`` (folder ``steps/``): the scenarios' steps, calling the model;
- ``joinsim.sim`` (folder ``sim/``) and ``joinsim.livingdoc`` (folder ``livingdoc/``): the simulator and the living
  documentation, which do not import each other;
- ``joinsim.cli``: the ``joinsim`` command, the top floor; nothing imports it.
"""

__all__ = ["Calibration", "Comparison", "Sensitivity", "Simulation", "SweepResult", "calibrate", "compare",
           "sensitivity", "settings", "simulate", "sweep"]


def __getattr__(name: str):
    # The API is imported on first use, so that `import joinsim.model` (a scenario, a replication's worker) does not
    # load the simulator and its libraries with it.
    if name in __all__:
        from joinsim.sim import api

        return getattr(api, name)
    raise AttributeError(f"module 'joinsim' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
