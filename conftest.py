"""The scenario runner's set-up: the step library and the check that no refusal goes unchecked
(``joinsim.steps.plugin``), the living documentation plugin (``--living-doc DIR`` writes index.html, junit.xml,
cucumber.json, messages.ndjson and rules.json there), the Hypothesis profiles (``HYPOTHESIS_PROFILE``: ci by
default, quick, long), and a line per part of the suite saying how long it took."""

import os

from hypothesis import HealthCheck, settings

pytest_plugins = ["joinsim.steps.plugin", "joinsim.livingdoc.plugin"]


settings.register_profile("ci", max_examples=1000, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20000, stateful_step_count=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("quick", max_examples=100, deadline=None)
# HYPOTHESIS_PROFILE chooses the profile (make check: quick), and so does pytest's --hypothesis-profile.
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The parts of the suite, by test module, for the timing summary at the end of a run.
PARTS = {
    "scenarios (features/, three languages)": ("test_scenarios.py",),
    "model: unit tests and invariants": ("test_service.py", "test_invariants.py", "test_money_and_time.py"),
    "specification checks (catalogue, translations, living documentation, sources)": (
        "test_feature_catalogue.py", "test_translations.py", "test_livingdoc.py", "test_vocabulary.py",
        "test_vocabulary_contract.py", "test_step_misuse.py", "test_sources.py",
        "test_ci_artefacts.py"),
    "the installed joinsim, end to end": ("test_end_to_end.py",),
    "types and floors (mypy, import-linter)": ("test_types.py", "test_layers.py"),
    "pages in a browser, and the example notebook": ("test_pages.py", "test_notebook.py"),
}


def pytest_terminal_summary(terminalreporter):
    """How long each part of the suite took (the time of every test of its modules, set-up included)."""
    seconds: dict[str, float] = {}
    for reports in terminalreporter.stats.values():
        for report in reports:
            if not hasattr(report, "duration") or not hasattr(report, "nodeid"):
                continue
            module = report.nodeid.split("::", 1)[0].rsplit("/", 1)[-1]
            part = next((name for name, modules in PARTS.items() if module in modules),
                        "simulator, command line and docs")
            seconds[part] = seconds.get(part, 0.0) + report.duration
    if seconds:
        terminalreporter.write_sep("-", "time per part")
        for part, total in sorted(seconds.items(), key=lambda item: -item[1]):
            terminalreporter.write_line(f"{total:7.1f} s  {part}")
