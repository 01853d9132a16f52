"""The README and the pages of docs/ say what the code does, and every link leads somewhere.

- The README is a short front door (under 150 lines) that links every page of docs/; its tour shows what ``make run``
  prints and the first paragraph of its report, and a scenario that is in features/.
- docs/analysts.md's table of settings is the one ``joinsim config --table`` prints (made from the settings'
  declaration), and the journey it shows is the simulator's.
- docs/architecture.md's diagram of who imports whom has exactly the arrows of the code's imports, and the page
  names every module.
- Every relative link of README.md and docs/*.md points to a file that exists, and to a heading of it when it names
  one.

The generated parts are written by ``tests/update_docs.py``."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from update_docs import (
    ANALYSTS,
    HEADLINE,
    JOURNEY,
    README,
    ROOT,
    RUN_LINE,
    SECONDS,
    TABLE,
    UPDATE,
    default_run,
    generated,
    headline,
    journey,
    run_line,
    settings_table,
)

DOCS = ROOT / "docs"
ARCHITECTURE = DOCS / "architecture.md"
PAGES = [README, *sorted(DOCS.glob("*.md")), ROOT / "reports" / "README.md"]


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def prose(markdown: str) -> str:
    """The text outside fenced code blocks (```), where links and headings are."""
    return re.sub(r"^```.*?^```", "", markdown, flags=re.DOTALL | re.MULTILINE)


# ------------------------------------------------------------------------------------------- the front door
def test_the_readme_is_a_short_front_door_to_every_page():
    readme = text(README)
    assert len(readme.splitlines()) < 150, "the README is a front door: move the details to a page of docs/"
    for command in ("make run", "make test"):
        assert f"\n{command} " in readme, f"the README gives the set-up command {command}"
    for page in DOCS.glob("*.md"):
        assert f"](docs/{page.name})" in readme, f"the README links docs/{page.name}"


@pytest.fixture(scope="module")
def default_summary() -> dict:
    return default_run()


def test_the_tour_shows_what_make_run_prints(default_summary):
    shown = SECONDS.sub("; … s -> ", generated(RUN_LINE, text(README), README))
    printed = SECONDS.sub("; … s -> ", run_line(default_summary, 0.0))
    assert shown == printed, f"{UPDATE}: the README shows {shown!r}, make run prints {printed!r}"


def test_the_tour_shows_the_first_paragraph_of_the_report(default_summary):
    assert generated(HEADLINE, text(README), README) == headline(default_summary), UPDATE


def test_the_tour_shows_a_scenario_of_the_features():
    """Each Gherkin block of the README names its feature file on its first line, and its lines are that file's, in
    the same order (lines left out are fine)."""
    blocks = re.findall(r"^```gherkin\n(.*?)^```", text(README), flags=re.DOTALL | re.MULTILINE)
    assert blocks, "the tour shows a scenario"
    for block in blocks:
        first, *lines = block.splitlines()
        assert first.startswith("# features/"), "a Gherkin block names its feature file: # features/....feature"
        feature = iter(line.strip() for line in text(ROOT / first[2:].strip()).splitlines())
        for line in filter(str.strip, lines):
            assert any(line.strip() == candidate for candidate in feature), \
                f"{line.strip()!r} is not in {first[2:]} (in this order)"


# ------------------------------------------------------------------------------------------ the analysts' page
def test_the_settings_table_is_generated_from_the_declaration():
    assert generated(TABLE, text(ANALYSTS), ANALYSTS).strip() == settings_table(), UPDATE


def test_the_analysts_page_shows_the_journey_as_it_is():
    assert generated(JOURNEY, text(ANALYSTS), ANALYSTS) == journey(), UPDATE


# ------------------------------------------------------------------------------------------------------ links
def anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives the headings of a page: lower case, punctuation dropped, spaces as hyphens; a
    repeated heading gets -1, -2..."""
    seen: dict[str, int] = {}
    found = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *#*$", prose(markdown), flags=re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        found.add(f"{slug}-{seen[slug]}" if slug in seen else slug)
        seen[slug] = seen.get(slug, 0) + 1
    return found


def links(markdown: str) -> list[str]:
    """The targets of the page's Markdown links, outside code blocks and code spans."""
    outside_code = re.sub(r"`[^`\n]*`", "", prose(markdown))
    return re.findall(r"\]\(([^)\s]+)\)", outside_code)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_leads_to_a_file_and_heading_that_exist(page):
    wrong = []
    for target in links(text(page)):
        if re.match(r"[a-z]+:", target):  # https:, mailto:: not ours to check
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        if not linked.exists():
            wrong.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(text(linked)):
            wrong.append(f"{target}: no heading #{anchor} in {linked.relative_to(ROOT)}")
    assert not wrong, f"{page.relative_to(ROOT)}: {wrong}"


def test_the_link_checker_knows_github_s_anchors():
    page = "# A page\n## Output folders: never half-written, never someone else's\n## Your own model: `--model`\n" \
           "```sh\n# not a heading\n```\n## Twice\n## Twice\n"
    assert anchors(page) == {"a-page", "output-folders-never-half-written-never-someone-elses",
                             "your-own-model---model", "twice", "twice-1"}
    assert links("[a](a.md) `[b](b.md)` [c](c.md#d)\n```\n[e](e.md)\n```\n") == ["a.md", "c.md#d"]


# ------------------------------------------------------------------------------------- the architecture page
def box(module: str) -> str:
    """The box of the diagram a module is drawn in: its floor (``joinsim.sim.runner``: sim)."""
    if module in ("joinsim.cli", "joinsim.__main__", "joinsim"):
        return "cli"
    return module.split(".")[1]


def modules() -> dict[str, Path]:
    """Every module of the installed package and its file (pyproject's package-dir maps the folders)."""
    found = {}
    for package, folder in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
            "package-dir"].items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = ".".join((package, *path.relative_to(ROOT / folder).with_suffix("").parts))
            found.setdefault(name.removesuffix(".__init__"), path)
    return found


def imported(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The project's modules ``module`` imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found |= {f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in known else node.module
                      for alias in node.names}
    return {name for name in found if name.split(".")[0] == "joinsim"}


def test_the_diagram_of_who_imports_whom_is_the_code_s():
    known = modules()
    drawn = set(re.findall(r"^ +(\w+) --> (\w+)$", re.search(r"```mermaid\n(.*?)```", text(ARCHITECTURE),
                                                                re.DOTALL).group(1), flags=re.MULTILINE))
    code = {(box(module), box(other)) for module, path in known.items() for other in imported(module, path, known)
            if box(module) != box(other)}
    assert drawn == code, f"drawn but not imported: {drawn - code}; imported but not drawn: {code - drawn}"


def test_the_architecture_page_names_every_module():
    page = text(ARCHITECTURE)
    missing = sorted(str(path.relative_to(ROOT)) for path in modules().values()
                     if path.name != "__init__.py" and f"`{path.name}`" not in page)
    assert not missing, f"docs/architecture.md does not name {missing}"
