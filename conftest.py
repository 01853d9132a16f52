"""Loads the step library for every scenario: one module per area of the process.

The scenarios and tests run on the plain Python model; with JOINSIM_MODEL=compiled, on its compiled build
(tests/test_compiled_model.py does that, see sim/compiled_model.py)."""

import os
import pathlib

if os.environ.get("JOINSIM_MODEL") == "compiled":
    from sim import compiled_model

    if compiled_model.activate() != "compiled":  # (before the steps import the model)
        raise RuntimeError("JOINSIM_MODEL=compiled, but the plain Python model is already imported")


def pytest_report_header(config):
    from sim import compiled_model

    return f"joinsim model: {compiled_model.in_use()}"

pytest_plugins = sorted(
    f"steps.{path.stem}" for path in (pathlib.Path(__file__).parent / "steps").glob("*.py")
    if path.stem not in ("__init__", "world", "language") and not path.stem.startswith("test_")
)


def pytest_bdd_after_scenario(request, feature, scenario):
    """A refusal that no step checked fails the scenario: nothing is refused silently."""
    if "world" in request.fixturenames:
        request.getfixturevalue("world").expect_no_unchecked_refusal()


from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=1000, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20000, stateful_step_count=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("quick", max_examples=100, deadline=None)
settings.load_profile("ci")
