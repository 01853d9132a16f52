"""The scenarios' pytest plugin: the step library (``STEP_MODULES``), the check that no refusal goes unchecked,
and failures said in one sentence in the scenario's language, naming the step (``joinsim.steps.failures``), in
place of a Python traceback.

``conftest.py`` loads it for ``make test``, and ``joinsim spec`` for the scenarios it runs, from an installed
joinsim too."""

import pytest

from joinsim.steps import STEP_MODULES, failures

pytest_plugins = list(STEP_MODULES)

FAILURE = pytest.StashKey[str]()  # the sentence that says why the scenario failed


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    request.node.stash.setdefault(FAILURE, failures.explain(exception, step, feature.language))


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception):
    request.node.stash.setdefault(FAILURE, failures.undefined(step, feature.language))


def pytest_bdd_after_scenario(request, feature, scenario):
    """A refusal that no step checked fails the scenario: nothing is refused silently."""
    if "world" in request.fixturenames and FAILURE not in request.node.stash:
        try:
            request.getfixturevalue("world").expect_no_unchecked_refusal()
        except AssertionError as unchecked:
            request.node.stash[FAILURE] = failures.unchecked(unchecked, scenario, feature.language)
            raise


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A scenario that failed is reported by its sentence alone: no traceback, no Python exception name."""
    report = yield
    sentence = item.stash.get(FAILURE, None)
    if sentence is not None and report.failed and report.when == "call":
        report.longrepr = sentence
    return report
