"""The two source articles, sentence by sentence (issue 24). ``features/sources/fr.md`` and ``nl.md`` split the
French and Dutch articles (kept as they are beside them, ``000_….txt`` and ``002_….txt``) into sentences and trace
each one to the rules that encode it, or give the reason it encodes none (the files say how they are split).

- ``read_sources``: the traceability files of a features folder (no ``sources/`` folder: ``[]``); a malformed one,
  one or an article that is not a regular file (a symlink), an article that does not exist, or a ``sources/`` folder
  without any traceability file is refused in one line naming the file, the sentence and what is allowed
  (``UsageError``); both are read as UTF-8, a BOM and CRLF line ends tolerated;
- ``problems``: what does not hold between them, the articles and the feature files' tags (``tests/test_sources.py``
  requires none): a sentence neither traced nor explained, sentences that do not give back their article, a rule id
  that does not exist, a rule of an article that no sentence of it encodes, an assumption named as a rule, a
  disagreement not traced from both articles, a gap in the numbering (once), a language tag of the rules whose
  traceability file is missing, an article that no traceability file names;
- ``view`` and ``to_json``: what the living documentation shows (the Sources tabs of ``index.html``, the sentences
  under each rule's title) and writes (``sources.json``), with each rule's scenario results.

A message quotes at most ``QUOTE`` characters of what it read (``…`` for the rest).

Imports nothing of the living documentation: ``spec`` and ``plugin`` hand it the features they read."""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from joinsim.common.errors import UsageError

ARTICLES = {"fr": "French", "nl": "Dutch"}
REASONS = ("heading", "introduction", "portal navigation", "link to another article", "picture")
ALLOWED_REASONS = ", ".join(f'"{r}"' for r in REASONS) + ', "same as sentence N", "not modelled: <why>"'
SAME_AS = re.compile(r"^same as sentence ([0-9]{1,6})$")
NOT_MODELLED = re.compile(r"^not modelled: \S")
RULE_ID = re.compile(r"^[A-Z]{3}-[0-9]+$")
ARTICLE_LINE = re.compile(r"^Article: `([^`]*)`")
COLUMNS = ["n", "sentence", "rules", "interprets", "reason", "note"]
STATUSES = ("encoded", "not a rule", "not modelled")
RESULTS = ("passed", "failed", "undefined", "skipped")
QUOTE = 80  # at most this many characters of what was read, in a message


def _clip(text: str) -> str:
    """``text`` cut to ``QUOTE`` characters, ``…`` the last one, for a message."""
    return text if len(text) <= QUOTE else text[:QUOTE - 1] + "…"


def _quote(text: str) -> str:
    """``text`` quoted in a message (``repr``), cut to ``QUOTE`` characters."""
    return repr(_clip(text))


@dataclass
class Sentence:
    language: str
    n: int
    text: str
    rules: list[str] = field(default_factory=list)
    interprets: list[str] = field(default_factory=list)  # @assumption rules that fill in what it leaves unsaid
    reason: str | None = None
    note: str | None = None
    start: int = -1  # where it is in the article's text (-1: the sentences do not give back the article)
    end: int = -1

    @property
    def linked(self) -> list[str]:
        return self.rules + self.interprets

    @property
    def status(self) -> str:
        if self.linked:
            return "encoded"
        return "not modelled" if self.reason and self.reason.startswith("not modelled") else "not a rule"

    @property
    def anchor(self) -> str:
        return f"src-{self.language}-{self.n}"

    @property
    def plain(self) -> str:
        """The sentence without its list markers."""
        return re.sub(r"^(-\s*)+", "", " ".join(self.text.split()))


@dataclass
class Article:
    language: str
    file: str  # the article's file, beside the traceability file
    path: Path  # the traceability file
    text: str  # the article, as it is
    sentences: list[Sentence]
    mismatch: str | None = None  # where the sentences stop giving back the article (None: they give it back)

    @property
    def name(self) -> str:
        return ARTICLES[self.language]

    def counts(self) -> dict[str, int]:
        found = Counter(s.status for s in self.sentences)
        return {status: found[status] for status in STATUSES}


# ---------------------------------------------------------------------------- reading
def _show(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read_sources(features_dir: Path) -> list[Article]:
    """The traceability files of ``features_dir/sources/`` (``fr.md``, ``nl.md``), French first; ``[]`` without that
    folder."""
    folder = Path(features_dir) / "sources"
    if not folder.is_dir():
        return []
    articles = [_read(path) for path in sorted(folder.glob("*.md"))]
    if not articles:
        allowed = ", ".join(f"{k}.md" for k in ARTICLES)
        raise UsageError(f"sources folder {_show(folder)}: no traceability file; allowed {allowed} beside the articles "
                         "they trace (or no sources folder)")
    return sorted(articles, key=lambda a: list(ARTICLES).index(a.language))


def _lstat(path: Path) -> os.stat_result | None:
    """The file's own status (a symlink's, not what it points to); None: it does not exist (or cannot)."""
    try:
        return path.lstat()
    except (OSError, ValueError):
        return None


def _regular(path: Path, what: str) -> None:
    """Refused unless ``path`` is a regular file itself (not a symlink, a folder, a pipe...)."""
    status = _lstat(path)
    if status is None or not stat.S_ISREG(status.st_mode):
        kind = "a symlink" if status and stat.S_ISLNK(status.st_mode) else "not a regular file"
        raise UsageError(f"{what} {_show(path)} is {kind}: allowed a regular file, not a symlink")


def _text(path: Path, what: str, allowed: str) -> str:
    """The file's text: UTF-8, a BOM tolerated (and dropped)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{what} {_show(path)} cannot be read ({exc}): allowed {allowed}") from None


def _read(path: Path) -> Article:
    """One traceability file: a Markdown page whose line ``Article: `FILE``` names the article beside it, and whose
    table has a row per sentence (``COLUMNS``)."""
    where = _show(path)
    if path.stem not in ARTICLES:
        allowed = ", ".join(f"{k}.md" for k in ARTICLES)
        raise UsageError(f"traceability file {where}: not an article's; allowed {allowed} in that folder")
    _regular(path, "traceability file")
    lines = _text(path, "traceability file", "a UTF-8 Markdown file").splitlines()
    named = [m[1] for m in (ARTICLE_LINE.match(line) for line in lines) if m]
    file = named[0] if len(named) == 1 else None
    if file is None or not file or Path(file).name != file or file in (".", ".."):
        shown = "[" + ", ".join(_quote(n) for n in named[:3]) + (", …]" if len(named) > 3 else "]")
        raise UsageError(f"traceability file {where}: its line \"Article: `FILE`\" names "
                         f"{shown if named else 'nothing'}; allowed one such line naming the article's text file in "
                         "the same folder")
    article = path.parent / file
    if _lstat(article) is None:
        raise UsageError(f"traceability file {where}: its line \"Article: `FILE`\" names {_quote(file)}, which does "
                         f"not exist in {_show(path.parent)}; allowed the article's text file, beside it")
    _regular(article, "article")
    text = _text(article, "article", "a UTF-8 text file")
    table = [(k, _cells(line)) for k, line in enumerate(lines, 1) if line.lstrip().startswith("|")]
    if len(table) < 3 or table[0][1] != COLUMNS or not all(re.fullmatch(r":?-+:?", c) for c in table[1][1]):
        raise UsageError(f"traceability file {where}: no table of sentences; allowed a table with the header "
                         f"| {' | '.join(COLUMNS)} |, its |---| line, and a row per sentence")
    sentences = [_sentence(cells, path.stem, f"traceability file {where}, line {k}") for k, cells in table[2:]]
    return align(Article(path.stem, file, path, text, sentences))


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row (``\\|`` is a ``|`` inside a cell)."""
    body = line.strip()[1:]
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", body)]


def _sentence(cells: list[str], language: str, here: str) -> Sentence:
    if len(cells) != len(COLUMNS):
        raise UsageError(f"{here}: {len(cells)} cells; allowed {len(COLUMNS)}: {' | '.join(COLUMNS)}")
    n, text, rules, interprets, reason, note = cells
    if not re.fullmatch(r"[0-9]{1,6}", n) or not text:
        raise UsageError(f"{here}: n = {_quote(n)}, sentence = {_quote(text[:40])}; allowed the sentence's number "
                         "and its text")
    ids = {}
    for column, cell in (("rules", rules), ("interprets", interprets)):
        ids[column] = [r.strip() for r in cell.split(",")] if cell else []
        wrong = [r for r in ids[column] if not RULE_ID.match(r)]
        if wrong:
            raise UsageError(f"{here}: {column} {_quote(cell)} holds {_quote(wrong[0])}; allowed rule ids separated "
                             "by commas, "
                             "such as ACC-5, ACC-7 (the tag @rule-ACC-5 without its prefix)")
    return Sentence(language, int(n), text, ids["rules"], ids["interprets"], reason or None, note or None)


def align(article: Article) -> Article:
    """Place each sentence in the article's text, or say where the sentences stop giving it back (``mismatch``).
    Whitespace aside: a sentence's words are the article's next words, in order, and nothing is left over."""
    text, position = article.text, 0
    for sentence in article.sentences:
        words = sentence.text.split()
        sentence.start = -1
        for i, word in enumerate(words):
            while position < len(text) and text[position].isspace():
                position += 1
            after = position + len(word)
            if not text.startswith(word, position) or (after < len(text) and not text[after].isspace()):
                found = " ".join(text[position:].split(maxsplit=6)[:6])
                article.mismatch = (f"sentence {sentence.n} reads {_quote(' '.join(words[i:i + 6]))} where the "
                                    f"article reads {_quote(found)}")
                for s in article.sentences:
                    s.start = s.end = -1
                return article
            if i == 0:
                sentence.start = position
            position += len(word)
        sentence.end = position
    if text[position:].strip():
        rest = " ".join(text[position:].split(maxsplit=6)[:6])
        article.mismatch = f"the sentences end before the article, which goes on {_quote(rest)}"
        for s in article.sentences:
            s.start = s.end = -1
        return article
    article.mismatch = None
    return article


# ---------------------------------------------------------------------------- checking
@dataclass
class RuleInfo:
    rule_id: str
    names: dict[str, str]  # language → the rule's name
    tags: set[str]
    scenarios: list = field(default_factory=list)  # every language's

    def results(self) -> dict[str, int]:
        found = Counter(s.status for s in self.scenarios)
        return {status: found[status] for status in RESULTS}

    @property
    def coverage(self) -> str:
        """failed: some scenario failed or has an undefined step; passed: some passed and none failed; else not
        run."""
        found = self.results()
        if found["failed"] or found["undefined"]:
            return "failed"
        return "passed" if found["passed"] else "not run"


def rules_of(features: list) -> dict[str, RuleInfo]:
    """Every rule of the feature files (``joinsim.livingdoc.spec.FeatureDoc``), by id, its scenarios in every
    language."""
    rules: dict[str, RuleInfo] = {}
    for feature in features:
        for rule in feature.rules:
            if rule.rule_id is None:
                continue
            info = rules.setdefault(rule.rule_id, RuleInfo(rule.rule_id, {}, set()))
            info.names.setdefault(feature.language, rule.name)
            info.tags |= set(rule.tags)
            info.scenarios += rule.scenarios
    return rules


def problems(articles: list[Article], features: list) -> list[str]:
    """Each thing that does not hold, one line each (none: the traceability is whole and agrees with the tags)."""
    rules = rules_of(features)
    found = _folder_problems(articles, rules)
    for article in articles:
        where = _show(article.path)
        if article.mismatch:
            found.append(f"{where}: the sentences do not give back {article.file}: {article.mismatch}")
        found += _numbering_problems(article, where)
        for sentence in article.sentences:
            here = f"{where}, sentence {sentence.n}"
            if not sentence.linked and not sentence.reason:
                found.append(f"{here}: neither traced to a rule nor given a reason; allowed rules = [...] or reason = "
                             f"one of {ALLOWED_REASONS}")
            if sentence.linked and sentence.reason:
                found.append(f"{here}: traced to {_quote(', '.join(sentence.linked))} and given a reason "
                             f"({_quote(sentence.reason)}); allowed one or the other (a note says more)")
            if sentence.reason:
                found += _reason_problems(sentence, here)
            for rule_id in sentence.linked:
                info, shown = rules.get(rule_id), _clip(rule_id)
                if info is None:
                    found.append(f"{here}: rule {shown} is in no feature file; allowed the id of a "
                                 "@rule-XXX-N tag")
                    continue
                assumption = "assumption" in info.tags
                if rule_id in sentence.rules and assumption:
                    found.append(f"{here}: {shown} is an @assumption, not said by the article; allowed under "
                                 "interprets (the sentence it interprets)")
                if rule_id in sentence.interprets and not assumption:
                    found.append(f"{here}: {shown} is not an @assumption; allowed under rules")
                if (rule_id in sentence.rules and article.language not in info.tags
                        and "disagreement" not in info.tags):
                    found.append(f"{here}: {shown} is not tagged @{article.language} (nor @disagreement), yet a "
                                 f"sentence of the {article.name} article encodes it; allowed: tag the rule "
                                 f"@{article.language}, or trace the sentence elsewhere")
    by_language = {a.language: {r for s in a.sentences for r in s.rules} for a in articles}
    for rule_id, info in sorted(rules.items()):
        shown = _clip(rule_id)
        for language, traced in by_language.items():
            if language in info.tags and rule_id not in traced:
                found.append(f"rule {shown} is tagged @{language} but no sentence of the {ARTICLES[language]} "
                             f"article encodes it; allowed: trace it from the sentence that says it, or drop the tag")
            if "disagreement" in info.tags and rule_id not in traced and language not in info.tags:
                found.append(f"rule {shown} is a @disagreement but no sentence of the {ARTICLES[language]} article "
                             "is traced to it; allowed: trace it from the sentence that gives that article's reading")
    return found


def _folder_problems(articles: list[Article], rules: dict[str, RuleInfo]) -> list[str]:
    """A language tag of the rules (@fr, @nl; @disagreement: both) whose traceability file is missing beside the
    others, and an article (``*.txt``) of the folder that no traceability file names."""
    if not articles:
        return []
    folder = articles[0].path.parent
    found = []
    present = {a.language for a in articles}
    for language, name in ARTICLES.items():
        tagged = [r for r, info in rules.items() if language in info.tags or "disagreement" in info.tags]
        if language not in present and tagged:
            found.append(f"{_show(folder / f'{language}.md')} does not exist, yet {len(tagged)} rules are tagged "
                         f"@{language} or @disagreement (such as {_clip(min(tagged))}); allowed: the traceability file "
                         f"of the {name} article beside the others, tracing those rules from its sentences")
    named = {a.file for a in articles}
    for orphan in sorted(p.name for p in folder.glob("*.txt") if p.name not in named):
        found.append(f"{_show(folder / orphan)}: an article that no traceability file names; allowed: its "
                     f"traceability file ({', '.join(f'{k}.md' for k in ARTICLES)}) naming it in its line "
                     "\"Article: `FILE`\", or no such file in the folder")
    return found


def _numbering_problems(article: Article, where: str) -> list[str]:
    """The sentences numbered 1, 2, 3... in order: a gap, or a number out of order, said once (the sentences after it
    are counted on from it)."""
    found, previous = [], 0
    for sentence in article.sentences:
        n = sentence.n
        if n == previous + 1:
            pass
        elif n > previous + 1:
            missing = (f"sentence {previous + 1} is missing" if n == previous + 2
                       else f"sentences {previous + 1} to {n - 1} are missing")
            after = f"follows sentence {previous}" if previous else "comes first"
            found.append(f"{where}: sentence {n} {after}: {missing}; allowed 1, 2, 3... in order")
        else:
            after = f"follows sentence {previous}" if previous else "comes first"
            found.append(f"{where}: sentence {n} {after}; allowed 1, 2, 3... in order")
        previous = n
    return found


def _reason_problems(sentence: Sentence, here: str) -> list[str]:
    reason = sentence.reason or ""
    same = SAME_AS.match(reason)
    if same:
        return [] if 1 <= int(same[1]) < sentence.n else [f"{here}: {_quote(reason)} names no earlier sentence"]
    if reason in REASONS or NOT_MODELLED.match(reason):
        return []
    return [f"{here}: reason {_quote(reason)} is not one of the list; allowed {ALLOWED_REASONS}"]


# ---------------------------------------------------------------------------- what the living documentation shows
def coverage(sentence: Sentence, rules: dict[str, RuleInfo]) -> str | None:
    """How the scenarios of the sentence's rules went: failed (one of them failed), passed (each rule has a passed
    scenario), not run; None for a sentence that encodes no rule."""
    infos = [rules[r] for r in sentence.linked if r in rules]
    if not sentence.linked:
        return None
    if any(i.coverage == "failed" for i in infos):
        return "failed"
    return "passed" if infos and all(i.coverage == "passed" for i in infos) else "not run"


def to_json(articles: list[Article], features: list) -> dict:
    """``sources.json``: each sentence with its rules and their scenario results, so CI can publish which sentences
    of the articles are covered by passing scenarios."""
    rules = rules_of(features)
    sentences = [{"article": a.language, "file": a.file, "n": s.n, "text": s.text, "status": s.status,
                  "rules": s.rules, "interprets": s.interprets, "reason": s.reason, "note": s.note,
                  "coverage": coverage(s, rules),
                  "results": {r: rules[r].results() for r in s.linked if r in rules}}
                 for a in articles for s in a.sentences]
    summary = []
    for a in articles:
        covered = Counter(coverage(s, rules) for s in a.sentences if s.linked)
        summary.append({"article": a.language, "file": a.file, "sentences": len(a.sentences), **a.counts(),
                        "coverage": {c: covered[c] for c in ("passed", "failed", "not run")}})
    traced = {rule_id: {a.language: [s.n for s in a.sentences if rule_id in s.linked] for a in articles}
              for rule_id in rules}
    return {"articles": summary, "sentences": sentences,
            "rules": [{"id": rule_id, "name": info.names.get("en") or next(iter(info.names.values())),
                       "tags": sorted(info.tags), "results": info.results(), "coverage": info.coverage,
                       "sentences": traced[rule_id]} for rule_id, info in sorted(rules.items())],
            "problems": problems(articles, features)}


@dataclass
class View:
    """What the page shows of the sources (template ``spec_sources.html``)."""

    articles: list[Article]
    rules: dict[str, RuleInfo]
    problems: list[str]

    def segments(self, article: Article) -> list:
        """The article's text as it is, in pieces: the text between sentences (a string) and each sentence
        (``(sentence, its text as written, on one line)``); sentence after sentence when they do not give the article
        back."""
        if article.mismatch:
            return [piece for s in article.sentences for piece in ((s, s.text), "\n")]
        pieces: list = []
        position = 0
        for s in article.sentences:
            pieces += [article.text[position:s.start], (s, " ".join(article.text[s.start:s.end].split()))]
            position = s.end
        return pieces + [article.text[position:]]

    def coverage(self, sentence: Sentence) -> str | None:
        return coverage(sentence, self.rules)

    def covered(self, article: Article) -> dict[str, int]:
        found = Counter(self.coverage(s) for s in article.sentences if s.linked)
        return {c: found[c] for c in ("passed", "failed", "not run")}

    def sentences_of(self, rule_id: str, language: str) -> list[Sentence]:
        return [s for a in self.articles if a.language == language for s in a.sentences if rule_id in s.linked]

    def rule_name(self, rule_id: str, language: str = "en") -> str:
        names = self.rules[rule_id].names if rule_id in self.rules else {}
        return names.get(language) or names.get("en") or next(iter(names.values()), "(no such rule)")

    def side_by_side(self, disagreements: bool) -> list[tuple[str, dict[str, list[Sentence]]]]:
        """(rule id, its sentences by article) for every rule some sentence names, the disagreements or the
        others."""
        rows = []
        for rule_id, info in self.rules.items():
            if ("disagreement" in info.tags) != disagreements:
                continue
            by_article = {a.language: self.sentences_of(rule_id, a.language) for a in self.articles}
            if any(by_article.values()):
                rows.append((rule_id, by_article))
        return rows


def view(articles: list[Article], features: list) -> View | None:
    return View(articles, rules_of(features), problems(articles, features)) if articles else None
