"""The scenarios' run in Cucumber's own formats, for the tools that read them (CI servers, report generators,
Cucumber's HTML formatter):

- ``messages.ndjson``: Cucumber Messages, one JSON envelope a line: ``meta``; for each feature file its
  ``source``, its ``gherkinDocument`` and its ``pickle`` s (the official ``gherkin`` parser and pickle compiler,
  the parser pytest-bdd runs the scenarios from, with one id generator for the whole run); a ``stepDefinition``
  for each step phrase used; ``testRunStarted``; a ``testCase`` for each scenario run; for each run
  ``testCaseStarted``, ``testStepStarted``/``testStepFinished`` for each step (with its own duration and status)
  and ``testCaseFinished``; ``testRunFinished``.
- ``cucumber.json``: the (legacy) Cucumber JSON format, derived from those messages the way Cucumber's own
  json-formatter does, valid against the schema of cucumber-ruby's output (``tests/data/cucumber-json-schema/``):
  the dialect's own keywords, every line as in the file, every step's ``duration`` in nanoseconds, feature and
  rule tags passed down to their scenarios, a background as an element of its own (``type: background``), and a
  rule's name in its scenarios' ``id`` (``feature;rule;scenario``, as cucumber-js writes it).
- ``rules.json``: what Cucumber's formats have no field for: each feature's language and rules (id, keyword,
  name, line, description, tags, and the ``cucumber.json`` ids of their scenarios).

The times come from ``RunRecorder``, a pytest plugin: each step is timed around its step function (pytest-bdd's
``pytest_bdd_before_step`` to ``pytest_bdd_after_step``/``pytest_bdd_step_error``, the interval pytest-bdd's
own step reports measure), each scenario from ``pytest_bdd_before_scenario`` to ``pytest_bdd_after_scenario``.
A failure outside the steps (the check that no refusal goes unchecked, a fixture) is an "after" hook that failed.
"""

from __future__ import annotations

import inspect
import json
import platform
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from joinsim.livingdoc.spec import RULE_TAG, FeatureDoc, _rel
from joinsim.steps import failures
from joinsim.steps import plugin as steps_plugin

PROTOCOL_VERSION = "34.2.1"  # the Cucumber Messages schema these envelopes follow (@cucumber/messages)
MEDIA_TYPE = "text/x.cucumber.gherkin+plain"
STATUSES = {"passed": "PASSED", "failed": "FAILED", "undefined": "UNDEFINED", "skipped": "SKIPPED"}
AFTER_HOOK = "the scenario's checks after its steps (joinsim.steps.plugin: no refusal goes unchecked)"


# ---------------------------------------------------------------------------- what happened, timed
@dataclass
class StepRun:
    status: str = "skipped"
    started: int = 0  # wall clock, ns since the epoch
    duration: int = 0  # ns, from a monotonic clock
    error: str | None = None
    definition: object = None  # the step function's context (pytest-bdd's StepFunctionContext) that ran it


@dataclass
class ScenarioRun:
    key: tuple[str, int, int | None]  # (the feature file as documented, the scenario's line, the example's index)
    nodeid: str
    started: int
    finished: int = 0
    steps: dict[int, StepRun] = field(default_factory=dict)  # by the step's line in the file
    failure: str | None = None  # a failure of the test outside its steps (reported by pytest)


class RunRecorder:
    """A pytest plugin that records each scenario run and each of its steps, with their times."""

    def __init__(self) -> None:
        self.runs: list[ScenarioRun] = []
        self._current: dict[str, ScenarioRun] = {}  # by pytest node id
        self._clock: dict[tuple[str, int], int] = {}  # a running step's start (perf_counter_ns)
        self._definitions: dict[object, list] | None = None

    @pytest.hookimpl
    def pytest_bdd_before_scenario(self, request, feature, scenario):
        callspec = getattr(request.node, "callspec", None)
        example = callspec.indices.get("_pytest_bdd_example") if callspec is not None else None
        run = ScenarioRun((_rel(Path(feature.filename)), scenario.line_number, example), request.node.nodeid,
                          time.time_ns())
        self.runs.append(run)
        self._current[request.node.nodeid] = run

    @pytest.hookimpl
    def pytest_bdd_after_scenario(self, request, feature, scenario):
        run = self._current.get(request.node.nodeid)
        if run is not None:
            run.finished = time.time_ns()

    @pytest.hookimpl(tryfirst=True)
    def pytest_bdd_before_step(self, request, feature, scenario, step, step_func):
        run = self._current[request.node.nodeid]
        run.steps[step.line_number] = StepRun("skipped", time.time_ns(), 0, None, self._definition(step, step_func))
        self._clock[(request.node.nodeid, step.line_number)] = time.perf_counter_ns()

    @pytest.hookimpl(trylast=True)
    def pytest_bdd_after_step(self, request, feature, scenario, step, step_func, step_func_args):
        self._finish(request, step, "passed")

    @pytest.hookimpl(trylast=True)
    def pytest_bdd_step_error(self, request, feature, scenario, step, step_func, step_func_args, exception):
        self._finish(request, step, "failed", failures.explain(exception, step, feature.language))

    @pytest.hookimpl
    def pytest_bdd_step_func_lookup_error(self, request, feature, scenario, step, exception):
        run = self._current[request.node.nodeid]
        run.steps[step.line_number] = StepRun("undefined", time.time_ns(), 0,
                                              failures.undefined(step, feature.language))

    def _finish(self, request, step, status: str, error: str | None = None) -> None:
        stopped = time.perf_counter_ns()
        started = self._clock.pop((request.node.nodeid, step.line_number), stopped)
        step_run = self._current[request.node.nodeid].steps[step.line_number]
        step_run.status, step_run.duration, step_run.error = status, stopped - started, error

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report):
        run = self._current.get(report.nodeid)
        if run is None or not report.failed or run.failure is not None:
            return
        if any(s.status in ("failed", "undefined") for s in run.steps.values()):
            return  # (the step's failure says it)
        run.failure = str(report.longrepr).strip() or f"failed in {report.when}"

    def _definition(self, step, step_func):
        """The step definition (one phrase of a step function) that matched this step."""
        if self._definitions is None:
            from pytest_bdd.steps import step_function_context_registry

            self._definitions = {}
            for context in step_function_context_registry.values():
                self._definitions.setdefault(context.step_func, []).append(context)
        candidates = self._definitions.get(step_func, [])
        return next((c for c in candidates if c.type in (step.type, None) and c.parser.is_matching(step.name)),
                    candidates[0] if candidates else None)


# ---------------------------------------------------------------------------- the feature files, parsed
@dataclass
class Document:
    path: Path
    uri: str
    source: str
    ast: dict  # the gherkinDocument message
    pickles: list[dict]


class Ids:
    """One id generator for the whole run (gherkin's own, as its ``GherkinEvents`` uses it)."""

    def __init__(self) -> None:
        from gherkin.stream.id_generator import IdGenerator

        self.generator = IdGenerator()

    def __call__(self) -> str:
        return self.generator.get_next_id()


def parse(features_dir: Path, ids: Ids) -> list[Document]:
    """Every feature file, with its AST and pickles as Cucumber's gherkin makes them."""
    from gherkin.ast_builder import AstBuilder
    from gherkin.parser import Parser
    from gherkin.pickles.compiler import Compiler

    parser = Parser(ast_builder=AstBuilder(ids.generator))
    compiler = Compiler(ids.generator)
    documents = []
    for path in sorted(features_dir.rglob("*.feature")):
        source = path.read_text(encoding="utf-8")
        uri = _rel(path)
        ast = {**parser.parse(source), "uri": uri}
        documents.append(Document(path, uri, source, ast, compiler.compile(ast)))
    return documents


# ---------------------------------------------------------------------------- Cucumber Messages
def _timestamp(ns: int) -> dict:
    return {"seconds": ns // 1_000_000_000, "nanos": ns % 1_000_000_000}


def _nanoseconds(value: dict) -> int:
    return value["seconds"] * 1_000_000_000 + value["nanos"]


def _source_reference(func) -> dict:
    func = inspect.unwrap(func)
    try:
        where = _rel(Path(inspect.getsourcefile(func) or ""))
        line = inspect.getsourcelines(func)[1]
    except (OSError, TypeError):
        return {"uri": getattr(func, "__module__", "?")}
    return {"uri": where, "location": {"line": line}}


def messages(features_dir: Path, recorder: RunRecorder, started_ns: int, finished_ns: int) -> list[dict]:
    """The whole run as Cucumber Messages envelopes, in the order Cucumber writes them."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        joinsim_version = version("joinsim")
    except PackageNotFoundError:
        joinsim_version = "unknown"
    ids = Ids()
    documents = parse(features_dir, ids)
    envelopes: list[dict] = [{"meta": {
        "protocolVersion": PROTOCOL_VERSION,
        "implementation": {"name": "joinsim (pytest-bdd)", "version": joinsim_version},
        "runtime": {"name": platform.python_implementation(), "version": platform.python_version()},
        "os": {"name": sys.platform, "version": platform.release()},
        "cpu": {"name": platform.machine() or "unknown"},
    }}]
    pickles: dict[tuple[str, int, int | None], dict] = {}
    for document in documents:
        envelopes += [{"source": {"uri": document.uri, "data": document.source, "mediaType": MEDIA_TYPE}},
                      {"gherkinDocument": document.ast}]
        lines = _node_lines(document.ast)
        outlines: dict[str, int] = {}
        for pickle in document.pickles:
            envelopes.append({"pickle": pickle})
            scenario_id = pickle["astNodeIds"][0]
            example = None
            if len(pickle["astNodeIds"]) > 1:
                example = outlines[scenario_id] = outlines.get(scenario_id, -1) + 1
            pickles[(document.uri, lines[scenario_id], example)] = {**pickle, "_lines": lines}

    definitions: dict[int, dict] = {}  # by id() of the step definition (the phrase)
    hook = {"id": ids(), "name": AFTER_HOOK, "type": "AFTER_TEST_CASE",
            "sourceReference": _source_reference(steps_plugin.pytest_bdd_after_scenario)}
    run_envelopes: list[dict] = []
    for run in recorder.runs:
        pickle = pickles.get(run.key)
        if pickle is None:
            continue
        steps = []
        for pickle_step in pickle["steps"]:
            step_run = run.steps.get(pickle["_lines"][pickle_step["astNodeIds"][0]], StepRun())
            definition_ids = []
            if step_run.definition is not None:
                key = id(step_run.definition)
                definitions.setdefault(key, _step_definition(step_run.definition, ids))
                definition_ids.append(definitions[key]["id"])
            steps.append((pickle_step, step_run, definition_ids))
        test_case = {"id": ids(), "pickleId": pickle["id"], "testSteps": [
            {"id": ids(), "pickleStepId": pickle_step["id"], "stepDefinitionIds": definition_ids,
             "stepMatchArgumentsLists": [{"stepMatchArguments": []}] if definition_ids else []}
            for pickle_step, _run, definition_ids in steps]}
        if run.failure is not None:
            test_case["testSteps"].append({"id": ids(), "hookId": hook["id"]})
        run_envelopes.append({"testCase": test_case})
        run_envelopes += _test_case_run(run, test_case, steps, ids)

    envelopes += [{"stepDefinition": definition} for definition in definitions.values()]
    if any(run.failure is not None for run in recorder.runs):
        envelopes.append({"hook": hook})
    envelopes.append({"testRunStarted": {"timestamp": _timestamp(started_ns)}})
    envelopes += run_envelopes
    success = all(e["testStepFinished"]["testStepResult"]["status"] in ("PASSED", "SKIPPED")
                  for e in run_envelopes if "testStepFinished" in e)
    envelopes.append({"testRunFinished": {"success": success, "timestamp": _timestamp(finished_ns)}})
    return envelopes


def _node_lines(ast: dict) -> dict[str, int]:
    """The line of every AST node with an id (scenarios, steps, tags, example rows, rules, backgrounds)."""
    lines: dict[str, int] = {}

    def walk(node) -> None:
        if isinstance(node, dict):
            if "id" in node and "location" in node:
                lines[node["id"]] = node["location"]["line"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(ast.get("feature"))
    return lines


def _step_definition(context, ids: Ids) -> dict:
    """A step phrase: a regular expression (``parsers.re``) as it is, a ``parse`` format (``{email}``), the form
    of a Cucumber expression, as written (joinsim's phrases keep their text in ``written``)."""
    parser = context.parser
    regex = getattr(parser, "regex", None)
    pattern = ({"source": regex.pattern, "type": "REGULAR_EXPRESSION"} if regex is not None else
               {"source": str(getattr(parser, "written", None) or getattr(parser, "name", parser)),
                "type": "CUCUMBER_EXPRESSION"})
    return {"id": ids(), "pattern": pattern, "sourceReference": _source_reference(context.step_func)}


def _test_case_run(run: ScenarioRun, test_case: dict, steps: list, ids: Ids) -> list[dict]:
    started_id = ids()
    finished = run.finished or run.started
    out: list[dict] = [{"testCaseStarted": {"attempt": 0, "id": started_id, "testCaseId": test_case["id"],
                                            "timestamp": _timestamp(run.started)}}]
    clock = run.started
    for test_step, (_pickle_step, step_run, _ids) in zip(test_case["testSteps"], steps, strict=False):
        begun = step_run.started or clock
        clock = begun + step_run.duration
        result = {"duration": _timestamp(step_run.duration), "status": STATUSES[step_run.status]}
        if step_run.error:
            result["message"] = step_run.error
        out += [{"testStepStarted": {"testCaseStartedId": started_id, "testStepId": test_step["id"],
                                     "timestamp": _timestamp(begun)}},
                {"testStepFinished": {"testCaseStartedId": started_id, "testStepId": test_step["id"],
                                      "testStepResult": result, "timestamp": _timestamp(clock)}}]
    if run.failure is not None:
        hook_step = test_case["testSteps"][-1]
        out += [{"testStepStarted": {"testCaseStartedId": started_id, "testStepId": hook_step["id"],
                                     "timestamp": _timestamp(clock)}},
                {"testStepFinished": {"testCaseStartedId": started_id, "testStepId": hook_step["id"],
                                      "testStepResult": {"duration": _timestamp(max(0, finished - clock)),
                                                         "status": "FAILED", "message": run.failure},
                                      "timestamp": _timestamp(max(clock, finished))}}]
    out.append({"testCaseFinished": {"testCaseStartedId": started_id, "timestamp": _timestamp(max(clock, finished)),
                                     "willBeRetried": False}})
    return out


def write_ndjson(envelopes: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for envelope in envelopes:
            out.write(json.dumps(envelope, ensure_ascii=False, separators=(",", ":")) + "\n")


# ---------------------------------------------------------------------------- Cucumber JSON, from the messages
def element_id(*names: str) -> str:
    """cucumber-js's ids: each name lower-cased, its spaces made hyphens, joined by ';' (feature;rule;scenario)."""
    return ";".join(re.sub(r"\s", "-", name).lower() for name in names)


class _Index:
    """The messages by id, as Cucumber's formatters look them up."""

    def __init__(self, envelopes: list[dict]) -> None:
        self.documents: dict[str, dict] = {}
        self.nodes: dict[str, dict] = {}  # AST nodes by id
        self.rule_of: dict[str, dict] = {}  # scenario id -> its rule
        self.background_of: dict[str, dict] = {}  # step id -> its background
        self.pickles: dict[str, dict] = {}
        self.pickle_steps: dict[str, dict] = {}
        self.test_cases: dict[str, dict] = {}
        self.test_steps: dict[str, dict] = {}
        self.definitions: dict[str, dict] = {}
        for envelope in envelopes:
            if "gherkinDocument" in envelope:
                self._document(envelope["gherkinDocument"])
            elif "pickle" in envelope:
                pickle = envelope["pickle"]
                self.pickles[pickle["id"]] = pickle
                self.pickle_steps.update({s["id"]: s for s in pickle["steps"]})
            elif "testCase" in envelope:
                self.test_cases[envelope["testCase"]["id"]] = envelope["testCase"]
                self.test_steps.update({s["id"]: s for s in envelope["testCase"]["testSteps"]})
            elif "stepDefinition" in envelope or "hook" in envelope:
                definition = envelope.get("stepDefinition") or envelope["hook"]
                self.definitions[definition["id"]] = definition

    def _document(self, document: dict) -> None:
        self.documents[document["uri"]] = document
        feature = document.get("feature")
        if not feature:
            return
        for tag in feature["tags"]:
            self.nodes[tag["id"]] = tag
        for child in feature["children"]:
            self._child(child, None)

    def _child(self, child: dict, rule: dict | None) -> None:
        if "rule" in child:
            for tag in child["rule"]["tags"]:
                self.nodes[tag["id"]] = tag
            for grandchild in child["rule"]["children"]:
                self._child(grandchild, child["rule"])
        elif "background" in child:
            for step in child["background"]["steps"]:
                self.nodes[step["id"]] = step
                self.background_of[step["id"]] = child["background"]
        elif "scenario" in child:
            scenario = child["scenario"]
            self.nodes[scenario["id"]] = scenario
            if rule is not None:
                self.rule_of[scenario["id"]] = rule
            for node in scenario["tags"] + scenario["steps"]:
                self.nodes[node["id"]] = node
            for examples in scenario["examples"]:
                for node in examples["tags"] + examples.get("tableBody", []):
                    self.nodes[node["id"]] = node


def cucumber_json(envelopes: list[dict]) -> list[dict]:
    """Cucumber JSON, one element per scenario run (and a background element before it when it has one), in the
    order they ran, features in the order of their first scenario: Cucumber's json-formatter's way."""
    index = _Index(envelopes)
    features: dict[str, dict] = {}
    runs: dict[str, dict] = {}  # testCaseStarted id -> {"testCase", "results"}
    for envelope in envelopes:
        if "testCaseStarted" in envelope:
            started = envelope["testCaseStarted"]
            runs[started["id"]] = {"testCase": index.test_cases[started["testCaseId"]], "results": {}}
        elif "testStepFinished" in envelope:
            finished = envelope["testStepFinished"]
            runs[finished["testCaseStartedId"]]["results"][finished["testStepId"]] = finished["testStepResult"]
        elif "testCaseFinished" in envelope:
            run = runs.pop(envelope["testCaseFinished"]["testCaseStartedId"])
            pickle = index.pickles[run["testCase"]["pickleId"]]
            feature = features.get(pickle["uri"]) or features.setdefault(pickle["uri"], _feature(index, pickle))
            feature["elements"] += _elements(index, pickle, run["testCase"], run["results"], feature["name"])
    return list(features.values())


def _feature(index: _Index, pickle: dict) -> dict:
    feature = index.documents[pickle["uri"]]["feature"]
    return {"uri": pickle["uri"], "id": element_id(feature["name"]), "keyword": feature["keyword"],
            "name": feature["name"], "description": feature["description"], "line": feature["location"]["line"],
            "tags": [_tag(t) for t in feature["tags"]], "elements": []}


def _tag(tag: dict) -> dict:
    return {"name": tag["name"], "line": tag["location"]["line"]}


def _elements(index: _Index, pickle: dict, test_case: dict, results: dict, feature_name: str) -> list[dict]:
    scenario = index.nodes[pickle["astNodeIds"][0]]
    rule = index.rule_of.get(scenario["id"])
    background: list[dict] = []
    background_node: dict | None = None  # (the first background's: a rule's background follows the feature's)
    steps: list[dict] = []
    after: list[dict] = []
    for test_step in test_case["testSteps"]:
        result = _result(results.get(test_step["id"]))
        if "hookId" in test_step:
            after.append({"match": {"location": _location(index.definitions[test_step["hookId"]])},
                          "result": result})
            continue
        pickle_step = index.pickle_steps[test_step["pickleStepId"]]
        step = index.nodes[pickle_step["astNodeIds"][0]]
        definitions = [index.definitions[i] for i in test_step.get("stepDefinitionIds", [])]
        location = (_location(definitions[0]) if len(definitions) == 1
                    else f"{pickle['uri']}:{step['location']['line']}")
        json_step = {"keyword": step["keyword"], "name": pickle_step["text"], "line": step["location"]["line"],
                     "match": {"location": location}, "result": result}
        if "docString" in step:
            json_step["doc_string"] = {"value": step["docString"]["content"],
                                       "line": step["docString"]["location"]["line"],
                                       **({"content_type": step["docString"]["mediaType"]}
                                          if step["docString"].get("mediaType") else {})}
        if "dataTable" in step:
            json_step["rows"] = [{"cells": [c["value"] for c in row["cells"]]} for row in step["dataTable"]["rows"]]
        if step["id"] in index.background_of and not steps:
            background_node = background_node or index.background_of[step["id"]]
            background.append(json_step)
        else:
            steps.append(json_step)
    line, names = scenario["location"]["line"], [feature_name] + ([rule["name"]] if rule else []) + [scenario["name"]]
    if len(pickle["astNodeIds"]) > 1:  # an example of a scenario outline: its row's line
        line = index.nodes[pickle["astNodeIds"][1]]["location"]["line"]
        names.append(str(line))
    elements = []
    if background_node is not None:
        elements.append({"keyword": background_node["keyword"], "type": "background", "name": background_node["name"],
                         "description": background_node["description"], "line": background_node["location"]["line"],
                         "steps": background})
    element = {"id": element_id(*names), "keyword": scenario["keyword"], "type": "scenario",
               "name": pickle["name"], "description": scenario["description"], "line": line,
               "tags": [_tag(index.nodes[t["astNodeId"]]) for t in pickle["tags"]], "steps": steps}
    if after:
        element["after"] = after
    elements.append(element)
    return elements


def _result(result: dict | None) -> dict:
    if result is None:
        return {"status": "skipped", "duration": 0}
    out = {"status": result["status"].lower(), "duration": _nanoseconds(result["duration"])}
    if result.get("message"):
        out["error_message"] = result["message"]
    return out


def _location(definition: dict) -> str:
    reference = definition["sourceReference"]
    line = reference.get("location", {}).get("line")
    return f"{reference.get('uri', '?')}:{line}" if line else reference.get("uri", "?")


# ---------------------------------------------------------------------------- the project's own extras
def rules_json(features: list[FeatureDoc]) -> list[dict]:
    """Each feature's language and rules, which Cucumber's formats have no field for; a scenario is named by its
    ``cucumber.json`` id (``feature;rule;scenario``), the same in ``messages.ndjson``'s pickles by name and line."""
    return [{
        "uri": feature.path, "language": feature.language, "name": feature.name,
        "rules": [{"id": rule.rule_id, "name": rule.name, "line": rule.line, "description": rule.description,
                   "tags": ["@" + t for t in rule.tags],
                   "scenarios": [{"name": s.name, "line": s.line, "status": s.status,
                                  "cucumber_id": element_id(feature.name, rule.name, s.name)}
                                 for s in rule.scenarios]}
                  for rule in feature.rules],
    } for feature in features]


# ---------------------------------------------------------------------------- JUnit names a CI server groups by
def junit_names(envelopes: list[dict], recorder: RunRecorder) -> dict[str, tuple[str, str]]:
    """pytest node id -> (classname, name) of each scenario run: the classname says language, feature and rule
    (``fr.accepting.ACC-2``), the name is the scenario's title as written."""
    index = _Index(envelopes)
    by_key: dict[tuple[str, int, int | None], dict] = {}
    for pickle in index.pickles.values():
        scenario = index.nodes[pickle["astNodeIds"][0]]
        example = None
        if len(pickle["astNodeIds"]) > 1:
            example = sum(1 for k in by_key if k[:2] == (pickle["uri"], scenario["location"]["line"]))
        by_key[(pickle["uri"], scenario["location"]["line"], example)] = pickle
    names = {}
    for run in recorder.runs:
        pickle = by_key.get(run.key)
        if pickle is None:
            continue
        feature = index.documents[pickle["uri"]]["feature"]
        rule = index.rule_of.get(pickle["astNodeIds"][0])
        parts = [feature["language"], Path(pickle["uri"]).stem]
        if rule is not None:
            rule_id = next((m.group(1) for t in rule["tags"] if (m := RULE_TAG.match(t["name"].lstrip("@")))), None)
            parts.append(rule_id or element_id(rule["name"]).replace(".", "-"))
        names[run.nodeid] = (".".join(parts), pickle["name"])
    return names

