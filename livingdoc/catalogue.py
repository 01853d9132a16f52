"""The step catalogue: every step phrase in each language, its parameters and a one-line
description, grouped by area, so that a product owner can write a new scenario from it. A phrase that works
after more than one keyword is listed once with them all ("Given/When"); an older wording, still accepted, is
listed after the current ones and marked so."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from joinsim.livingdoc.spec import FEATURES, KEYWORD_TYPES, _load_step_modules, read_features

KEYWORDS = {
    "en": {"given": "Given", "when": "When", "then": "Then"},
    "fr": {"given": "Soit", "when": "Quand", "then": "Alors"},
    "nl": {"given": "Gegeven", "when": "Als", "then": "Dan"},
}


@dataclass
class StepEntry:
    area: str
    function: str
    description: str
    phrases: list[tuple[str, str, str]] = field(default_factory=list)  # (language, kind, phrase)
    parsers: list = field(default_factory=list)
    older: set[tuple[str, str]] = field(default_factory=set)  # (language, phrase) kept for older feature files

    @property
    def parameters(self) -> list[str]:
        names: list[str] = []
        for _lang, _kind, phrase in self.phrases:
            for name in re.findall(r"\{(\w+)(?::[^}]*)?\}", phrase):
                if name not in names:
                    names.append(name)
        return names


def catalogue() -> list[StepEntry]:
    from pytest_bdd.steps import step_function_context_registry

    _load_step_modules()
    entries: dict[tuple[str, str], StepEntry] = {}
    for context in step_function_context_registry.values():
        func = context.step_func
        module = func.__module__
        if not module.startswith("joinsim.steps."):
            continue
        key = (module, func.__qualname__)
        doc = (func.__doc__ or "").strip().splitlines()
        entry = entries.setdefault(key, StepEntry(module.removeprefix("joinsim.steps."), func.__name__,
                                                  doc[0] if doc else func.__name__.replace("_", " ")))
        phrase = getattr(context.parser, "written", None) or getattr(context.parser, "name", str(context.parser))
        language = getattr(context.parser, "language", "en")
        entry.phrases.append((language, context.type or "step", phrase))
        entry.parsers.append(context)
        if getattr(context.parser, "older", False):
            entry.older.add((language, phrase))
    result = sorted(entries.values(), key=lambda e: (e.area, e.function))
    for entry in result:
        entry.phrases.sort(key=lambda p: (["en", "fr", "nl"].index(p[0]) if p[0] in KEYWORDS else 9,
                                          (p[0], p[2]) in entry.older, KINDS.index(p[1]), p[2]))
    return result


KINDS = ["given", "when", "then", "step"]
OLDER = "   (older wording, still accepted)"


def lines_of(entry: StepEntry) -> list[str]:
    """One line a phrase: its language, the keywords it works after, the phrase; an older wording marked so."""
    kinds: dict[tuple[str, str], list[str]] = {}
    for language, kind, phrase in entry.phrases:
        kinds.setdefault((language, phrase), []).append(kind)
    lines = []
    for (language, phrase), found in kinds.items():
        keywords = "/".join(KEYWORDS.get(language, KEYWORDS["en"]).get(kind, kind) for kind in found)
        lines.append(f"    {language}  {keywords} {phrase}" + (OLDER if (language, phrase) in entry.older else ""))
    return lines


def used_steps(features_dir: Path = FEATURES) -> set[tuple[str, str]]:
    """(type, text) of every step written in the feature files."""
    used = set()
    for feature in read_features(features_dir):
        for scenario in feature.all_scenarios():
            last = "given"
            for step in scenario.steps:
                kind = step.type if step.type in KEYWORD_TYPES.values() else last
                last = kind
                used.add((kind, step.text))
    return used


def unused(entries: list[StepEntry], features_dir: Path = FEATURES) -> list[StepEntry]:
    used = used_steps(features_dir)
    return [e for e in entries
            if not any(c.type in (kind, None) and c.parser.is_matching(text)
                       for c in e.parsers for kind, text in used)]


def render(entries: list[StepEntry]) -> str:
    lines: list[str] = []
    by_area: dict[str, list[StepEntry]] = defaultdict(list)
    for entry in entries:
        by_area[entry.area].append(entry)
    for area, area_entries in by_area.items():
        lines.append(f"== {area} ==")
        for entry in area_entries:
            params = ", ".join(entry.parameters) or "none"
            lines.append(f"  {entry.description}   [{entry.function}; parameters: {params}]")
            lines.extend(lines_of(entry))
        lines.append("")
    return "\n".join(lines)
