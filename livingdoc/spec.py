"""Living documentation: run the scenarios and write, under ``reports/spec/``,

- ``index.html``: one self-contained page, one tab per language, feature → rule → scenario, each marked
  passed / failed / skipped / undefined, with the rule's source tags, disagreement notes, pass rates per rule
  and per feature, examples tables and docstrings inline, and a coverage table of rule ids with no scenario;
- the CI artefacts, written by ``joinsim.livingdoc.cucumber`` (``cucumber.json``, ``messages.ndjson``, and the
  project's extras ``rules.json``) and ``joinsim.livingdoc.junit`` (``junit.xml``, pytest's, named for CI servers).

``joinsim spec --dry-run`` lists undefined steps with a ready-to-paste snippet instead, and exits 1 if any.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from joinsim.common import output_folder
from joinsim.common.errors import Interrupted, UsageError
from joinsim.common.pages import render
from joinsim.livingdoc import sources as source_articles
from joinsim.steps import STEP_MODULES, failures

ROOT = Path(__file__).resolve().parent.parent  # the repository, for an editable install
FEATURES = ROOT / "features"  # the repository's feature files (an installed joinsim is given them: --features)
LANGUAGES = {"en": "English", "fr": "Français", "nl": "Nederlands"}
RULE_TAG = re.compile(r"^rule-([A-Z]{3}-\d+)$")
STATUS_ORDER = ["failed", "undefined", "passed", "skipped"]
ASSUMPTION_MARKS = ("Assumption:", "Hypothèse :", "Aanname:")
REFUSAL_MARKS = ("Refusals:", "Refus :", "Weigeringen:")
KEYWORD_TYPES = {"Context": "given", "Action": "when", "Outcome": "then"}  # "Conjunction" follows the previous


# ---------------------------------------------------------------------------- the specification as read
@dataclass
class StepDoc:
    keyword: str
    text: str
    type: str
    datatable: list[list[str]] | None = None
    docstring: str | None = None
    line: int = 0
    status: str = "skipped"
    error: str | None = None


@dataclass
class ScenarioDoc:
    name: str
    line: int
    tags: list[str]
    steps: list[StepDoc]
    examples: list[list[list[str]]] = field(default_factory=list)
    status: str = "skipped"
    runs: int = 0
    duration: float = 0.0
    error: str | None = None


@dataclass
class RuleDoc:
    name: str
    description: str
    tags: list[str]
    line: int
    scenarios: list[ScenarioDoc] = field(default_factory=list)

    @property
    def rule_id(self) -> str | None:
        for tag in self.tags:
            match = RULE_TAG.match(tag)
            if match:
                return match.group(1)
        return None

    def _split(self) -> tuple[str, str]:
        """(what the articles say, the assumptions): a paragraph of the description that starts "Assumption:" (FR
        "Hypothèse :", NL "Aanname:") is an assumption, said apart from the rest."""
        said, assumed = [], []
        target = said
        for line in self.description.splitlines():
            if line.startswith(ASSUMPTION_MARKS):
                target = assumed
            elif not line.strip() or line.startswith(REFUSAL_MARKS):
                target = said
            target.append(line)
        return "\n".join(said).strip(), "\n".join(assumed).strip()

    @property
    def stated(self) -> str:
        """The description without its assumptions."""
        return self._split()[0]

    @property
    def assumptions(self) -> str:
        """What the rule's scenarios assume that the articles do not say (a rule tagged @assumption is one whole)."""
        return self._split()[1]

    @property
    def from_the_articles(self) -> list[ScenarioDoc]:
        return [s for s in self.scenarios if "assumption" not in s.tags]

    @property
    def assumed(self) -> list[ScenarioDoc]:
        """Scenarios on an assumption inside a rule the articles state."""
        return [s for s in self.scenarios if "assumption" in s.tags]


@dataclass
class FeatureDoc:
    path: str
    language: str
    name: str
    description: str
    tags: list[str]
    rules: list[RuleDoc] = field(default_factory=list)
    loose: list[ScenarioDoc] = field(default_factory=list)  # scenarios outside any rule

    def all_scenarios(self) -> list[ScenarioDoc]:
        return self.loose + [s for r in self.rules for s in r.scenarios]


def _rel(path: Path) -> str:
    """A feature file's path as the reports give it: from the repository, else from the working folder (as Cucumber
    writes it), else in full."""
    resolved = path.resolve()
    for base in (ROOT, Path.cwd().resolve()):
        if resolved.is_relative_to(base):
            return str(resolved.relative_to(base))
    return str(resolved)


def _text(description: str | None) -> str:
    """A description as written, without the indentation of the feature file."""
    return "\n".join(line.strip() for line in (description or "").strip().splitlines())


def language_of(path: Path, feature) -> str:
    """The language a feature file is written in: its Gherkin dialect (``# language: fr``; English without one), as
    Cucumber's reports give it; one the step catalogue does not speak is refused in one line (``UsageError``)."""
    if feature.language not in LANGUAGES:
        raise UsageError(f"feature file {_rel(path)!r} is written in {feature.language[:20]!r} (its '# language:' "
                         f"line): allowed {', '.join(LANGUAGES)}, the languages of the step catalogue")
    return feature.language


def _table(datatable) -> list[list[str]] | None:
    if datatable is None:
        return None
    return [[cell.value for cell in row.cells] for row in datatable.rows]


def read_features(features_dir: Path = FEATURES) -> list[FeatureDoc]:
    """Every feature file, as written, with every rule (a rule with no scenario too). A file that is not valid
    Gherkin is refused with one line naming it and its line (``UsageError``)."""
    from pytest_bdd.exceptions import GherkinParseError
    from pytest_bdd.gherkin_parser import get_gherkin_document

    docs = []
    for path in sorted(features_dir.rglob("*.feature")):
        try:
            document = get_gherkin_document(str(path))
        except GherkinParseError as exc:
            raise UsageError(f"feature file {_rel(path)!r} is not valid Gherkin at line {getattr(exc, 'line', '?')}: "
                             f"{str(exc).splitlines()[0]} (allowed: see the other feature files)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"feature file {_rel(path)!r} cannot be read ({exc}): allowed a UTF-8 Gherkin file") \
                from None
        feature = document.feature
        doc = FeatureDoc(_rel(path), language_of(path, feature), feature.name,
                         _text(feature.description), [t.name.lstrip("@") for t in feature.tags])
        background: list[StepDoc] = []
        for child in feature.children:
            if child.background:
                background = [_step(s) for s in child.background.steps]
            elif child.scenario:
                doc.loose.append(_scenario(child.scenario, background))
            elif child.rule:
                rule = child.rule
                rule_doc = RuleDoc(rule.name, _text(rule.description),
                                   [t.name.lstrip("@") for t in rule.tags], rule.location.line)
                rule_background = list(background)
                for grandchild in rule.children:
                    if grandchild.background:
                        rule_background = background + [_step(s) for s in grandchild.background.steps]
                    elif grandchild.scenario:
                        rule_doc.scenarios.append(_scenario(grandchild.scenario, rule_background))
                doc.rules.append(rule_doc)
        _one_scenario_per_title(doc, path)
        docs.append(doc)
    return docs


def _one_scenario_per_title(doc: FeatureDoc, path: Path) -> None:
    """pytest-bdd keeps one scenario per title in a feature file (the last): a second scenario of the same title
    would never run, and no report would say so. Refused in one line (``UsageError``)."""
    seen: dict[str, int] = {}
    for scenario in [*doc.loose, *(s for rule in doc.rules for s in rule.scenarios)]:
        if scenario.name in seen:
            raise UsageError(f"feature file {_rel(path)!r}, line {scenario.line}: the scenario title "
                             f"{scenario.name[:80]!r} is already the title of line {seen[scenario.name]}; allowed a "
                             "title of its own for each scenario of a file (pytest-bdd would run only one of them)")
        seen[scenario.name] = scenario.line


def _step(step) -> StepDoc:
    return StepDoc(step.keyword.strip(), step.text, KEYWORD_TYPES.get(step.keyword_type, ""), _table(step.datatable),
                   step.docstring.content if step.docstring else None, step.location.line)


def _scenario(scenario, background: list[StepDoc]) -> ScenarioDoc:
    steps = [StepDoc(s.keyword, s.text, s.type, s.datatable, s.docstring, s.line) for s in background]
    steps += [_step(s) for s in scenario.steps]
    examples = [[[c.value for c in row.cells] for row in [e.table_header, *e.table_body]]
                for e in scenario.examples if e.table_header is not None]
    return ScenarioDoc(scenario.name, scenario.location.line, [t.name.lstrip("@") for t in scenario.tags], steps,
                       examples)


# ---------------------------------------------------------------------------- results of a run
class ResultCollector:
    """A pytest plugin that records, per scenario and step, what happened."""

    def __init__(self) -> None:
        self.results: dict[tuple[str, int], dict] = {}
        self._by_node: dict[str, tuple[str, int]] = {}

    def _key(self, feature, scenario) -> tuple[str, int]:
        return (_rel(Path(feature.filename)), scenario.line_number)

    @pytest.hookimpl
    def pytest_bdd_before_scenario(self, request, feature, scenario):
        key = self._key(feature, scenario)
        self._by_node[request.node.nodeid] = key
        entry = self.results.setdefault(key, {"runs": 0, "statuses": [], "steps": {}, "error": None,
                                              "duration": 0.0})
        entry["runs"] += 1

    @pytest.hookimpl
    def pytest_bdd_after_step(self, request, feature, scenario, step, step_func, step_func_args):
        self._step(request, feature, scenario, step, "passed")

    @pytest.hookimpl
    def pytest_bdd_step_error(self, request, feature, scenario, step, step_func, step_func_args, exception):
        self._step(request, feature, scenario, step, "failed", failures.explain(exception, step, feature.language))

    @pytest.hookimpl
    def pytest_bdd_step_func_lookup_error(self, request, feature, scenario, step, exception):
        self._step(request, feature, scenario, step, "undefined", failures.undefined(step, feature.language))

    def _step(self, request, feature, scenario, step, status, error=None):
        entry = self.results[self._key(feature, scenario)]
        previous = entry["steps"].get(step.line_number)
        if previous is None or STATUS_ORDER.index(status) < STATUS_ORDER.index(previous[0]):
            entry["steps"][step.line_number] = (status, error)
        if error and not entry["error"]:
            entry["error"] = error

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report):
        key = self._by_node.get(report.nodeid)
        if key is None:
            return
        entry = self.results[key]
        entry["duration"] += report.duration
        if report.when == "call" or report.failed:
            entry["statuses"].append("passed" if report.passed else "failed" if report.failed else "skipped")


def merge(features: list[FeatureDoc], collector: ResultCollector) -> None:
    for feature in features:
        for scenario in feature.all_scenarios():
            entry = collector.results.get((feature.path, scenario.line))
            if entry is None:
                scenario.status = "skipped"
                continue
            step_status = {line: value for line, value in entry["steps"].items()}
            undefined = any(status == "undefined" for status, _ in step_status.values())
            statuses = entry["statuses"] or ["skipped"]
            scenario.status = ("undefined" if undefined else "failed" if "failed" in statuses
                               else "passed" if all(s == "passed" for s in statuses) else "skipped")
            scenario.runs, scenario.duration, scenario.error = entry["runs"], entry["duration"], entry["error"]
            for step in scenario.steps:
                step.status, step.error = step_status.get(step.line, ("skipped", None))


# ---------------------------------------------------------------------------- writers
def rate(scenarios: list[ScenarioDoc]) -> tuple[int, int]:
    ran = [s for s in scenarios if s.status != "skipped"]
    return sum(1 for s in ran if s.status == "passed"), len(ran)


def html_page(features: list[FeatureDoc], meta: dict, articles: list | None = None) -> str:
    """The living documentation's page (template ``joinsim/common/templates/spec.html`` on the shared layout): one tab
    per language, feature → rule → scenario with their status, and the rules without a scenario; with the source
    articles (``joinsim.livingdoc.sources``), a tab per article and the sentences under each rule."""

    languages = [lang for lang in LANGUAGES if any(f.language == lang for f in features)]
    counts = Counter(s.status for f in features for s in f.all_scenarios())
    by_language = {lang: [f for f in features if f.language == lang] for lang in languages}
    rows = {lang: [_RuleRow(rule.rule_id or "(no id)", rule.name, feature.name, rule.scenarios)
                   for feature in by_language[lang] for rule in feature.rules] for lang in languages}
    totals = ", ".join(f"{counts[s]} {s}" for s in STATUS_ORDER if counts[s])
    return render("spec.html", title="joinsim — adding existing users to a paid account",
                  subtitle=f"living documentation · commit {meta['commit']} · {meta['date']} · tags: "
                           f"{meta['tags'] or '(all)'} · {totals}",
                  languages=languages, names=LANGUAGES, first=languages[0] if languages else "en",
                  features=by_language, rows=rows, rate_of=_rate, versions=None,
                  assumed_title=ASSUMED_TITLE, whole_rule=WHOLE_RULE,
                  sources=source_articles.view(articles or [], features))


ASSUMED_TITLE = {"en": "Assumptions: not in the articles", "fr": "Hypothèses : absentes des articles",
                 "nl": "Aannames: niet in de artikelen"}
WHOLE_RULE = {"en": "The whole rule is an assumption of the model.",
              "fr": "Toute la règle est une hypothèse du modèle.",
              "nl": "De hele regel is een aanname van het model."}


@dataclass
class _RuleRow:
    rule_id: str
    rule: str
    feature: str
    scenario_docs: list

    @property
    def scenarios(self) -> int:
        return len(self.scenario_docs)

    @property
    def cells3(self) -> list[str]:
        return [self.rule_id, self.rule, self.feature]

    @property
    def cells(self) -> list[str]:
        passed, ran = rate(self.scenario_docs)
        return [self.rule_id, self.rule, self.feature, str(self.scenarios), str(passed), str(ran)]


def _rate(scenarios: list[ScenarioDoc]) -> tuple[int, int, str]:
    passed, ran = rate(scenarios)
    return passed, ran, f"{100 * passed / ran:.0f}%" if ran else "n/a"


# ---------------------------------------------------------------------------- commands
def pytest_mark_expression(tags: str) -> str:
    """'@nl and not @assumption' → 'nl and not assumption' (pytest-bdd turns tags into marks)."""
    return re.sub(r"@([\w\-]+)", r"\1", tags)


def features_folder(given: str | Path | None = None) -> Path:
    """The feature files a command reads: ``--features DIR``; else the repository's ``features/`` (joinsim installed
    from its checkout); else ``features/`` in the working folder; else one line saying what is needed."""
    if given is None:
        found = next((folder for folder in (FEATURES, Path("features")) if folder.is_dir()), None)
        if found is None:
            raise UsageError("no feature files here: this joinsim is installed without the repository's features/; "
                             "allowed --features DIR (a folder of .feature files, such as the repository's "
                             "features/), or a working folder that holds features/")
        given = found
    folder = Path(given)
    if not folder.is_dir() or next(folder.rglob("*.feature"), None) is None:
        why = "no .feature file in it" if folder.is_dir() else "not a folder"
        raise UsageError(f"--features {str(given)!r} is invalid: {why}; "
                         "allowed a folder of .feature files, such as the repository's features/")
    return folder.resolve()


def git_commit(where: Path = FEATURES) -> str:
    """The commit of the feature files documented (``unknown`` outside a git checkout)."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=where, capture_output=True, text=True,
                              check=True, timeout=30).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def check_tags(tags: str | None, features_dir: Path = FEATURES) -> None:
    """A tag expression must parse and select at least one scenario; otherwise one line, before anything runs."""
    if not tags:
        return
    if len(tags) > 1000 or "\0" in tags:
        raise UsageError(f"--tags {tags[:80]!r}... is too long or holds a NUL character: allowed an expression "
                         "such as '@nl and not @assumption'")
    try:
        wanted = _tag_filter(tags)
    except Exception as exc:  # pytest's ParseError, or a name it does not take
        raise UsageError(f"--tags {tags!r} is not a tag expression ({exc}): allowed an expression such as "
                         "'@nl and not @assumption'") from None
    for feature in read_features(features_dir):
        for rule in [None, *feature.rules]:
            for scenario in (feature.loose if rule is None else rule.scenarios):
                if wanted(set(feature.tags) | set(scenario.tags) | set(rule.tags if rule else [])):
                    return
    raise UsageError(f"--tags {tags!r} selects no scenario: allowed an expression that selects some, such as "
                     "'@nl and not @assumption' (the tags are on the page of the living documentation)")


def run_spec(out: Path, tags: str | None = None, quiet: bool = False, tests: Path | None = None,
             features_dir: Path = FEATURES) -> int:
    """Run every scenario (or those the tag expression selects) once, and write the living documentation into
    ``out`` (by the plugin ``joinsim.livingdoc.plugin``, through the one output-folder publisher). Returns pytest's exit
    code: 0 every scenario passed, 1 some failed."""

    read_features(features_dir)  # (a feature file that is not Gherkin: one line, before anything runs)
    source_articles.read_sources(features_dir)  # (nor a malformed traceability file of the articles)
    check_tags(tags, features_dir)
    output_folder.check(out, "spec")
    with tempfile.TemporaryDirectory(prefix="joinsim-spec-") as where:
        # The scenarios run as the tests of one module that binds every feature file (pytest-bdd's ``scenarios``),
        # written here so that an installed joinsim needs no test folder of the repository.
        folder = Path(where)
        (folder / "pytest.ini").write_text("[pytest]\nfilterwarnings =\n    ignore::pytest.PytestUnknownMarkWarning\n"
                                           "    ignore::pytest.PytestAssertRewriteWarning\n")
        if tests is None:
            # (a name of its own: run in-process from a pytest session that has imported a test_scenarios module
            # already, pytest would refuse the second one as an "import file mismatch")
            tests = folder / f"test_joinsim_spec_{folder.name.rsplit('-', 1)[-1]}.py"
            tests.write_text(f"from pytest_bdd import scenarios\n\nscenarios({str(features_dir)!r})\n")
        # (importlib: the module is not put in sys.modules under its file's name, which a test module of the
        # calling process, such as the repository's tests/test_scenarios.py, may already hold)
        args = [str(tests), "-c", str(folder / "pytest.ini"), "--rootdir", str(folder), "--import-mode=importlib",
                "-p", "no:cacheprovider",
                "-p", "joinsim.steps.plugin", "-p", "joinsim.livingdoc.plugin", "--living-doc", str(out),
                "--living-doc-features", str(features_dir), "-o", "junit_family=xunit2"]
        if tags:
            args += ["-m", pytest_mark_expression(tags)]
        args += ["-q"] if not quiet else ["-qq", "--no-header", "--tb=no"]
        interruption = _Interruption()
        code = pytest.main(args, plugins=[interruption])
    if Interrupted.pending and code != pytest.ExitCode.INTERRUPTED:  # (a signal that ended one scenario only)
        raise Interrupted(Interrupted.pending)
    if code == pytest.ExitCode.INTERRUPTED:
        if interruption.signum is None:  # (pytest says "interrupted" for errors while collecting, too)
            raise UsageError("the scenarios could not be collected (pytest exit code 2); nothing was written")
        raise Interrupted(interruption.signum)
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        raise UsageError(f"the scenarios could not run (pytest exit code {int(code)}); nothing was written")
    return int(code)


class _Interruption:
    """Records the signal of a Ctrl-C (SIGINT) or SIGTERM that stopped the scenarios (None: none)."""

    signum: int | None = None

    @pytest.hookimpl
    def pytest_keyboard_interrupt(self, excinfo) -> None:
        import signal

        if isinstance(excinfo.value, pytest.Session.Interrupted):  # (pytest's own stop: errors while collecting)
            return
        self.signum = getattr(excinfo.value, "signum", signal.SIGINT)


def dry_run(tags: str | None = None, features_dir: Path = FEATURES) -> tuple[list[str], int]:
    """Undefined steps, each with a ready-to-paste step definition; no scenario is run."""
    from pytest_bdd.steps import step_function_context_registry

    _load_step_modules()
    contexts = list(step_function_context_registry.values())
    wanted = _tag_filter(tags)
    lines, seen = [], set()
    for feature in read_features(features_dir):
        for rule in [None, *feature.rules]:
            for scenario in (feature.loose if rule is None else rule.scenarios):
                if not wanted(set(feature.tags) | set(scenario.tags) | set(rule.tags if rule else [])):
                    continue
                last_type = "given"
                for step in scenario.steps:
                    step_type = step.type if step.type in ("given", "when", "then") else last_type
                    last_type = step_type
                    if any(c.type in (step_type, None) and c.parser.is_matching(step.text) for c in contexts):
                        continue
                    if (step_type, step.text) in seen:
                        continue
                    seen.add((step_type, step.text))
                    # (repr: a file or scenario name is one line of comment, whatever it holds)
                    lines.append(f"# {feature.path!r}, scenario {scenario.name!r}\n{snippet(step_type, step.text)}")
    return lines, len(lines)


def snippet(step_type: str, text: str) -> str:
    """A step definition to paste into ``steps/``: each quoted value of the step becomes a parameter (an empty value
    too: ``joinsim.steps.language`` phrases allow it); the phrase is written as a Python string literal (``repr``), so
    no step text can become code."""
    names: list[str] = []
    pattern = ""
    for part in re.split(r'("[^"]*")', text):
        if len(part) >= 2 and part.startswith('"') and part.endswith('"'):
            names.append(f"value{len(names) + 1}")
            pattern += f'"{{{names[-1]}}}"'
        else:
            pattern += part.replace("{", "{{").replace("}", "}}")  # (literal braces, for parsers.parse)
    args = "".join(f", {n}: str" for n in names)
    return (f"@{step_type}(en({pattern!r}))  # (and the French and Dutch phrases: fr(...), nl(...))\n"
            f"def _(world: World{args}) -> None:\n"
            f"    raise NotImplementedError(\"step not written yet\")\n")


def _tag_filter(tags: str | None):
    if not tags:
        return lambda _tags: True
    expression = pytest_mark_expression(tags)
    from _pytest.mark.expression import Expression

    compiled = Expression.compile(expression)
    return lambda present: compiled.evaluate(lambda name, **_kw: name in present)


def _load_step_modules() -> None:
    import importlib

    for module in STEP_MODULES:
        importlib.import_module(module)
