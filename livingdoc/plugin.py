"""The pytest plugin behind ``--living-doc DIR``: it records what happened to every scenario and step, and at the
end of the session writes ``index.html``, the CI artefacts ``junit.xml`` (pytest's own, its scenarios renamed by
``joinsim.livingdoc.junit``), ``cucumber.json`` and ``messages.ndjson`` (``joinsim.livingdoc.cucumber``) and the
project's extras ``rules.json`` into ``DIR`` through
the one output-folder publisher (``joinsim.common.output_folder``, command ``spec``): a folder that is not a previous
living documentation is refused before anything runs, and an interrupted or broken session writes nothing.

``make test`` runs the whole suite with it (each scenario runs once and lands in the artefacts CI publishes);
``joinsim spec`` runs only the scenarios with it."""

from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from joinsim.common import output_folder
from joinsim.common.errors import Interrupted, UsageError
from joinsim.livingdoc import cucumber, junit, sources
from joinsim.livingdoc.spec import FEATURES, ResultCollector, git_commit, html_page, merge, read_features


def pytest_addoption(parser) -> None:
    parser.addoption("--living-doc", metavar="DIR", default=None,
                     help="write the living documentation (index.html, junit.xml, cucumber.json, messages.ndjson, "
                          "rules.json) into DIR")
    parser.addoption("--living-doc-features", metavar="DIR", default=None,
                     help="the features the living documentation shows (default: the project's features/)")


@pytest.hookimpl(tryfirst=True)  # (before pytest's junitxml plugin reads where to write junit.xml)
def pytest_configure(config) -> None:
    out = config.getoption("--living-doc", default=None)
    if out and not hasattr(config, "workerinput"):
        config.pluginmanager.register(LivingDocumentation(Path(out), config), "joinsim-living-doc")


class LivingDocumentation:
    def __init__(self, out: Path, config) -> None:

        self.out = out
        given = config.getoption("--living-doc-features", default=None)
        self.features = Path(given) if given else FEATURES  # the features folder the documentation shows
        try:  # (a malformed traceability file of the articles: one line, before anything runs)
            self.articles = sources.read_sources(self.features)
        except UsageError as exc:
            raise pytest.UsageError(str(exc)) from None
        self.collector = ResultCollector()
        config.pluginmanager.register(self.collector, "joinsim-living-doc-results")
        self.recorder = cucumber.RunRecorder()
        config.pluginmanager.register(self.recorder, "joinsim-living-doc-runs")
        self.started = time.time_ns()
        self.stack = contextlib.ExitStack()
        try:
            self.work = self.stack.enter_context(output_folder.writing(out, "spec", "--living-doc"))
        except UsageError as exc:
            raise pytest.UsageError(str(exc)) from None
        config.option.xmlpath = str(self.work / "junit.xml")
        self.tags = config.getoption("markexpr", default="") or ""

    def pytest_runtest_logfinish(self, nodeid, location) -> None:
        """A signal the command line received but something caught inside a scenario (an exception in a finaliser
        is only printed) stops the session after that scenario, as it would have stopped it."""
        if Interrupted.pending:
            raise Interrupted(Interrupted.pending)

    @pytest.hookimpl(trylast=True)  # (after pytest's junitxml plugin has written junit.xml)
    def pytest_sessionfinish(self, session, exitstatus) -> None:
        if exitstatus not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED) or Interrupted.pending:
            # interrupted, or the session broke: nothing is published (a signal the command line received may have
            # ended one scenario only, the session going on to its end: Interrupted.pending says so)
            self._discard()
            return
        try:
            traceability = self._write()
            with self.stack:  # publishes
                pass
        except KeyboardInterrupt:  # (Ctrl-C or SIGTERM while writing: nothing is published, the signal goes on)
            self._discard()
            raise
        except BaseException as exc:
            self.stack.__exit__(type(exc), exc, exc.__traceback__)
            reporter = session.config.pluginmanager.get_plugin("terminalreporter")
            if reporter is not None:
                reporter.write_line(f"joinsim: error: the living documentation was not written: {exc}", red=True)
            session.exitstatus = pytest.ExitCode.INTERNAL_ERROR
            return
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            also = ", ".join(["junit.xml", "cucumber.json", "messages.ndjson", "rules.json"]
                             + (["sources.json"] if self.articles else []))
            reporter.write_line(f"living documentation: {self.out / 'index.html'} (also {also})")
        if traceability:  # (shown on the page and in sources.json; the run fails, as a failing scenario makes it)
            if reporter is not None:
                reporter.write_line(f"joinsim: {len(traceability)} problem(s) in the traceability of the source "
                                    f"articles (features/sources/), the first: {traceability[0]}", red=True)
            if session.exitstatus == pytest.ExitCode.OK:
                session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def _discard(self) -> None:
        """Leave the output folder as it was: the working folder is removed, nothing published."""
        stopped = RuntimeError("the session did not finish")
        try:
            self.stack.__exit__(RuntimeError, stopped, None)
        except RuntimeError as exc:
            if exc is not stopped:
                raise

    def pytest_unconfigure(self, config) -> None:
        self._discard()  # (a session that never reached its end: the working folder goes; after one, a no-op)

    def _write(self) -> list[str]:
        """Writes every file into the working folder; returns the problems of the articles' traceability."""
        import json

        features = read_features(self.features)
        merge(features, self.collector)
        meta = {"commit": git_commit(self.features), "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                "tags": self.tags}
        envelopes = cucumber.messages(self.features, self.recorder, self.started, time.time_ns())
        cucumber.write_ndjson(envelopes, self.work / "messages.ndjson")
        for name, content in (("cucumber.json", cucumber.cucumber_json(envelopes)),
                              ("rules.json", cucumber.rules_json(features))):
            (self.work / name).write_text(json.dumps(content, indent=1, ensure_ascii=False), encoding="utf-8")
        if self.articles:  # the articles, sentence by sentence, and the results of the rules that encode them
            (self.work / "sources.json").write_text(json.dumps(sources.to_json(self.articles, features), indent=1,
                                                               ensure_ascii=False), encoding="utf-8")
        (self.work / "index.html").write_text(html_page(features, meta, self.articles), encoding="utf-8")
        if not (self.work / "junit.xml").exists():
            (self.work / "junit.xml").write_text('<?xml version="1.0" encoding="utf-8"?><testsuites/>\n')
        junit.rewrite(self.work / "junit.xml", cucumber.junit_names(envelopes, self.recorder))
        return sources.problems(self.articles, features) if self.articles else []
