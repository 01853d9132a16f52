"""The scenarios' pytest plugin: the step library (``STEP_MODULES``) and the check that no refusal goes unchecked.

``conftest.py`` loads it for ``make test``, and ``joinsim spec`` for the scenarios it runs, from an installed
joinsim too."""

from joinsim.steps import STEP_MODULES

pytest_plugins = list(STEP_MODULES)


def pytest_bdd_after_scenario(request, feature, scenario):
    """A refusal that no step checked fails the scenario: nothing is refused silently."""
    if "world" in request.fixturenames:
        request.getfixturevalue("world").expect_no_unchecked_refusal()
