"""The source articles, sentence by sentence (``features/sources/``, ``joinsim.livingdoc.sources``): the articles kept
as they are, the sentences giving each one back, every sentence traced or explained, the traceability agreeing with
the rules' tags; each check shown to bite on a broken copy; a malformed file refused in one line; and a failing
scenario showing on the sentences of its rule, on the page and in ``sources.json``."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from helpers import cli, refused, run_spec_apart

from joinsim.common.errors import UsageError
from joinsim.livingdoc import sources, spec

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ROOT / "features"
SEEDS = ROOT.parent / "shared" / "seeds"  # (where the articles came from, beside the repository's checkout)


def _articles(features: Path = FEATURES) -> list[sources.Article]:
    return sources.read_sources(features)


def _problems(features: Path) -> list[str]:
    return sources.problems(_articles(features), spec.read_features(features))


def test_both_articles_are_traced_and_kept_as_they_are():
    articles = _articles()
    assert [(a.language, a.file) for a in articles] == [("fr", "000_2ac0c419ba3904ad.txt"),
                                                       ("nl", "002_9fda85844ce351c1.txt")]
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is not here: the copies in features/sources/ are not compared with the originals")
    for article in articles:
        assert article.text.encode("utf-8") == (SEEDS / article.file).read_bytes(), f"{article.file} was edited"


def test_the_sentences_in_order_give_back_each_article_whitespace_aside():
    for article in _articles():
        joined = " ".join(" ".join(s.text.split()) for s in article.sentences)
        assert joined == " ".join(article.text.split()), article.file
        assert article.mismatch is None
        assert [s.n for s in article.sentences] == list(range(1, len(article.sentences) + 1))


def test_every_sentence_is_traced_or_explained_and_agrees_with_the_rules_tags():
    articles = _articles()
    assert sources.problems(articles, spec.read_features()) == []
    for article in articles:
        assert all(s.linked or s.reason for s in article.sentences)


# ----------------------------------------------------------------------------------------- each check bites
def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, (path, old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _row(path: Path, n: int) -> str:
    """The table row of sentence n, as written."""
    return re.search(rf"^\| {n} \|.*$", path.read_text(encoding="utf-8"), re.M)[0]


def _edit(path: Path, n: int, **cells: str) -> None:
    """Sentence n's row with these cells (rules, interprets, reason, sentence) changed."""
    row = _row(path, n)
    values = dict(zip(sources.COLUMNS, [c.strip() for c in row.strip("|").split(" | ")], strict=True))
    values.update(cells)
    _replace(path, row, "| " + " | ".join(values.values()) + " |")


FR, NL = "sources/fr.md", "sources/nl.md"
BREAKAGES = {
    # a sentence dropped: the article is no longer given back (and the numbers skip one)
    "dropped": (lambda f: _replace(f / FR, _row(f / FR, 27) + "\n", ""),
                ["the sentences do not give back 000_2ac0c419ba3904ad.txt: sentence 28 reads",
                 "fr.md: sentence 28 follows sentence 26: sentence 27 is missing"]),
    # a sentence's row written twice: the numbering said wrong once
    "twice": (lambda f: _replace(f / FR, _row(f / FR, 12), _row(f / FR, 12) + "\n" + _row(f / FR, 12)),
              ["fr.md: sentence 12 follows sentence 12; allowed 1, 2, 3... in order"]),
    # the Dutch traceability file deleted: the @nl rules are traced from nothing, the Dutch article from no file
    "nl.md missing": (lambda f: (f / NL).unlink(),
                      ["sources/nl.md does not exist, yet 36 ", "rules are tagged @nl or @disagreement",
                       "002_9fda85844ce351c1.txt: an article that no traceability file names"]),
    # an article beside the others that no traceability file names
    "orphan article": (lambda f: shutil.copy(f / "sources" / "002_9fda85844ce351c1.txt", f / "sources" / "001_x.txt"),
                       ["sources/001_x.txt: an article that no traceability file names"]),
    # a sentence reworded
    "reworded": (lambda f: _replace(f / NL, "nog openstaande facturen", "nog onbetaalde facturen"),
                 ["the sentences do not give back 002_9fda85844ce351c1.txt: sentence 31 reads 'onbetaalde"]),
    # a sentence with neither rules nor a reason
    "untraced": (lambda f: _edit(f / FR, 2, reason=""), ["fr.md, sentence 2: neither traced to a rule nor given a "
                                                         "reason"]),
    # a reason outside the closed list
    "reason": (lambda f: _edit(f / FR, 2, reason="boring"), ["fr.md, sentence 2: reason 'boring' is not one of the "
                                                             "list"]),
    # "same as sentence N" naming a sentence that does not come before it
    "same as": (lambda f: _edit(f / FR, 3, reason="same as sentence 9"),
                ["fr.md, sentence 3: 'same as sentence 9' names no earlier sentence"]),
    # a rule id that is in no feature file
    "unknown rule": (lambda f: _edit(f / NL, 31, rules="ACC-99"),
                     ["nl.md, sentence 31: rule ACC-99 is in no feature file",
                      "rule ACC-5 is tagged @nl but no sentence of the Dutch article encodes it"]),
    # an @fr rule that no French sentence encodes any more
    "fr rule untraced": (lambda f: _edit(f / FR, 27, rules="", reason="introduction"),
                         ["rule ACC-5 is tagged @fr but no sentence of the French article encodes it"]),
    # a rule tagged with an article's language that no sentence of it supports (PRE-2 is Dutch only)
    "tag unsupported": (lambda f: _replace(f / "prerequisites.feature", "@rule-PRE-2 @nl", "@rule-PRE-2 @nl @fr"),
                        ["rule PRE-2 is tagged @fr but no sentence of the French article encodes it"]),
    # a French sentence traced to a rule the French article does not state (tagged @nl only, no disagreement)
    "not the article's rule": (lambda f: _edit(f / FR, 6, rules="PRE-1", reason=""),
                               ["fr.md, sentence 6: PRE-1 is not tagged @fr (nor @disagreement)"]),
    # an @assumption named as a rule the article states
    "assumption as rule": (lambda f: _edit(f / NL, 35, rules="ACC-6, ACC-8"),
                           ["nl.md, sentence 35: ACC-8 is an @assumption, not said by the article"]),
    # a rule the articles state named as an interpretation
    "rule as assumption": (lambda f: _edit(f / NL, 35, interprets="ACC-8, ACC-4"),
                           ["nl.md, sentence 35: ACC-4 is not an @assumption"]),
    # a disagreement no longer traced from the French article (ACC-11 follows the Dutch reading: tagged @nl only)
    "disagreement one-sided": (lambda f: (_edit(f / FR, 5, rules="ACC-7"), _edit(f / FR, 29, rules="ACC-6")),
                               ["rule ACC-11 is a @disagreement but no sentence of the French article is traced "
                                "to it"]),
}


@pytest.fixture
def broken_copy(tmp_path) -> Path:
    copy = tmp_path / "features"
    shutil.copytree(FEATURES, copy)
    return copy


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_each_check_fails_on_a_copy_broken_that_way(broken_copy, breakage):
    assert _problems(broken_copy) == []  # (the copy holds before it is broken)
    edit, expected = BREAKAGES[breakage]
    edit(broken_copy)
    found = _problems(broken_copy)
    for line in expected:
        assert any(line in p for p in found), f"{breakage}: expected {line!r} among {found}"


@pytest.mark.parametrize("edit, words", [
    (lambda f: _replace(f / FR, "Article: `000_2ac0c419ba3904ad.txt`", "Article: `../000.txt`"),
     ["fr.md: its line \"Article: `FILE`\" names ['../000.txt']", "allowed one such line"]),
    (lambda f: _replace(f / FR, "| 12 | En cliquant", "| 12 | INV-2 | En cliquant"),
     ["fr.md, line 34: 7 cells; allowed 6: n | sentence | rules"]),
    (lambda f: _replace(f / FR, "| 12 | En cliquant", "| twelve | En cliquant"),
     ["fr.md, line 34: n = 'twelve'", "allowed the sentence's number"]),
    (lambda f: _edit(f / FR, 12, rules="@rule-INV-2"), ["fr.md, line 34: rules '@rule-INV-2' holds '@rule-INV-2'",
                                                        "allowed rule ids separated by commas"]),
    (lambda f: _replace(f / FR, "| n | sentence |", "| n | text |"), ["fr.md: no table of sentences",
                                                                      "allowed a table with the header"]),
    (lambda f: shutil.copy(f / FR, f / "sources" / "de.md"), ["de.md: not an article's; allowed fr.md, nl.md"]),
    (lambda f: _symlink(f / "sources" / "000_2ac0c419ba3904ad.txt"),
     ["article ", "000_2ac0c419ba3904ad.txt is a symlink", "allowed a regular file"]),
    (lambda f: _symlink(f / FR), ["traceability file ", "fr.md is a symlink", "allowed a regular file"]),
    (lambda f: ((f / "sources" / "000_2ac0c419ba3904ad.txt").unlink(),
                (f / "sources" / "000_2ac0c419ba3904ad.txt").mkdir()),
     ["000_2ac0c419ba3904ad.txt is not a regular file", "allowed a regular file"]),
    (lambda f: (f / "sources" / "000_2ac0c419ba3904ad.txt").unlink(),
     ["fr.md: its line \"Article: `FILE`\" names '000_2ac0c419ba3904ad.txt', which does not exist in ",
      "allowed the article's text file"]),
    (lambda f: ((f / FR).unlink(), (f / NL).unlink()), ["sources: no traceability file; allowed fr.md, nl.md"]),
], ids=["article elsewhere", "a cell too many", "n not a number", "a tag for a rule id", "no table", "a third file",
        "article a symlink", "fr.md a symlink", "article a folder", "article missing", "no traceability file"])
def test_a_malformed_traceability_file_is_refused_in_one_line(broken_copy, home, edit, words):
    edit(broken_copy)
    with pytest.raises(UsageError) as refusal:
        sources.read_sources(broken_copy)
    assert "\n" not in str(refusal.value)
    for word in words:
        assert word in str(refusal.value), (word, str(refusal.value))
    # joinsim spec says it in one line, before running anything, and writes nothing
    refused(cli(home, "spec", "--features", str(broken_copy), "--quiet", "--out", "spec"), "sources", "allowed")
    assert not (home / "spec").exists()


def _symlink(path: Path) -> None:
    """``path`` made a symlink to a copy of itself outside its folder (the same text: only the link is wrong)."""
    target = path.parent.parent.parent / ("linked-" + path.name)
    shutil.move(path, target)
    path.symlink_to(target)


def test_a_symlinked_article_is_not_quoted(broken_copy, tmp_path):
    """Whatever it points to (here a secret beside the features), the article's words are quoted nowhere."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET password=hunter2\n", encoding="utf-8")
    article = broken_copy / "sources" / "002_9fda85844ce351c1.txt"
    article.unlink()
    article.symlink_to(secret)
    with pytest.raises(UsageError) as refusal:
        sources.read_sources(broken_copy)
    assert "is a symlink" in str(refusal.value) and "SECRET" not in str(refusal.value)


def test_one_traceability_file_missing_is_said_once_not_per_rule(broken_copy):
    """nl.md deleted: two lines (the missing file, the Dutch article no file names), not one per @nl rule."""
    (broken_copy / NL).unlink()
    found = _problems(broken_copy)
    assert len(found) == 2, found
    assert "nl.md does not exist" in found[0] and "002_9fda85844ce351c1.txt: an article" in found[1]


def test_a_deleted_row_is_one_numbering_problem(broken_copy):
    """Sentence 11's row deleted: the numbering is reported once, not for each of the 38 sentences after it."""
    _replace(broken_copy / FR, _row(broken_copy / FR, 11) + "\n", "")
    numbering = [p for p in _problems(broken_copy) if "allowed 1, 2, 3" in p]
    assert len(numbering) == 1 and "sentence 12 follows sentence 10: sentence 11 is missing" in numbering[0], numbering


def test_a_byte_order_mark_is_tolerated(broken_copy):
    """A BOM at the start of the article and of its traceability file, and CRLF line ends: still whole."""
    for name in ("000_2ac0c419ba3904ad.txt", "fr.md"):
        path = broken_copy / "sources" / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert _problems(broken_copy) == []
    french = _articles(broken_copy)[0]
    assert french.mismatch is None and not french.text.startswith("\ufeff")
    assert french.text.replace("\r\n", "\n") == _articles()[0].text


HUGE = "x" * 1_000_000  # a word, a cell, an id of a megabyte: quoted in at most about 80 characters


@pytest.mark.parametrize("edit, words", [
    (lambda f: _edit(f / FR, 12, sentence=_row(f / FR, 12).split(" | ")[1] + " " + HUGE),
     "the sentences do not give back"),
    (lambda f: _edit(f / FR, 12, sentence=HUGE + " " + _row(f / FR, 12).split(" | ")[1]),
     "the sentences do not give back"),
    (lambda f: (f / "sources" / "000_2ac0c419ba3904ad.txt").write_text(
        (f / "sources" / "000_2ac0c419ba3904ad.txt").read_text(encoding="utf-8") + "\n" + HUGE, encoding="utf-8"),
     "the sentences end before the article"),
    (lambda f: _edit(f / FR, 2, reason=HUGE), "is not one of the list"),
    (lambda f: _edit(f / FR, 2, reason="not modelled: x", rules="ACC-" + "9" * 1_000_000), "is in no feature file"),
], ids=["a huge word after a sentence", "a huge word in a sentence", "a huge word after the article", "a huge reason",
        "a huge rule id"])
def test_a_problem_quotes_little_of_a_huge_input(broken_copy, edit, words):
    edit(broken_copy)
    found = _problems(broken_copy)
    assert any(words in p for p in found), found
    assert max(len(p) for p in found) < 600, [p[:200] for p in found if len(p) >= 600]


@pytest.mark.parametrize("edit", [
    lambda f: _replace(f / FR, "| 12 | En cliquant", f"| 1{'2' * 1_000_000} | En cliquant"),
    lambda f: _edit(f / FR, 12, rules="@" + HUGE),
    lambda f: _replace(f / FR, "Article: `000_2ac0c419ba3904ad.txt`", f"Article: `{HUGE}`"),
    lambda f: _replace(f / FR, "Article: `000_2ac0c419ba3904ad.txt`", f"Article: `{HUGE}`\nArticle: `{HUGE}`"),
], ids=["a huge number", "a huge rule cell", "a huge article name", "two huge article names"])
def test_a_refusal_quotes_little_of_a_huge_input(broken_copy, edit):
    edit(broken_copy)
    with pytest.raises(UsageError) as refusal:
        sources.read_sources(broken_copy)
    assert len(str(refusal.value)) < 600 and "\n" not in str(refusal.value), str(refusal.value)[:300]


# ----------------------------------------------------------------------------------------- results on the sentences
def _spec(features: Path, out: Path) -> int:
    """``joinsim spec`` of rule ACC-5 on these features (run_spec, in a process of its own)."""
    done = run_spec_apart(out, features, tags="@rule-ACC-5")
    assert done.returncode in (0, 1), done.stdout[-3000:] + done.stderr[-3000:]
    return done.returncode


def _sentence_on_page(page: str, anchor: str) -> str:
    """The sentence's span on the Source tab and what follows it up to the next sentence (its rules, its badge)."""
    return re.search(rf'<span id="{anchor}" class="[^"]*".*?(?=<span id="src-|</div>)', page, re.S)[0]


def test_a_failing_scenario_shows_on_the_sentences_of_its_rule(spec_run, broken_copy, tmp_path):
    """ACC-5 (unpaid invoices) is French sentence 27 and Dutch sentence 31: passing, they are covered by passing
    scenarios (the shared ``joinsim spec --tags @rule-ACC-5`` run); with one of its scenarios broken, by a failing
    one, on the page and in sources.json."""
    then = 'choosing a credit transfer\n      Then it is refused with '  # the English scenario expects another refusal
    _replace(broken_copy / "accepting.feature", then + '"UNPAID_INVOICES"', then + '"ZOOM_ROOMS_ON_ACCOUNT"')
    assert _spec(broken_copy, tmp_path / "failing") == 1
    cases = {}
    for case, out in (("passing", spec_run), ("failing", tmp_path / "failing")):
        report = json.loads((out / "sources.json").read_text(encoding="utf-8"))
        cases[case] = (report, (out / "index.html").read_text(encoding="utf-8"))

    for case, expected in (("passing", "passed"), ("failing", "failed")):
        report, page = cases[case]
        sentence = {(s["article"], s["n"]): s for s in report["sentences"]}
        for key in (("fr", 27), ("nl", 31)):
            assert sentence[key]["rules"] == ["ACC-5"] and sentence[key]["coverage"] == expected, (case, key)
        results = sentence["fr", 27]["results"]["ACC-5"]
        assert (results["failed"], results["passed"]) == ((0, 9) if case == "passing" else (1, 8))
        assert sentence["fr", 26]["coverage"] == "not run"  # (ACC-4: not selected)
        assert sentence["fr", 1]["coverage"] is None and sentence["fr", 1]["reason"] == "heading"
        rule = next(r for r in report["rules"] if r["id"] == "ACC-5")
        assert rule["coverage"] == expected and rule["sentences"] == {"fr": [27], "nl": [31]}
        covered = {a["article"]: a["coverage"] for a in report["articles"]}
        assert covered["fr"][expected] == 1 and covered["nl"][expected] == 1
        for anchor in ("src-fr-27", "src-nl-31"):
            shown = _sentence_on_page(page, anchor)
            assert f"cov-{expected}" in shown and 'href="#' + anchor[4:6] + '-ACC-5"' in shown
            assert ("failing scenario" in shown) == (case == "failing")
        assert "cov-failed" not in _sentence_on_page(page, "src-fr-26")
        line = re.search(r'<p class="coverage-line" id="sources-coverage">(.*?)</p>', page, re.S)[1]
        assert "49 sentences: 38 encoded · 11 not a rule · 0 not modelled" in line
        assert ("0 by a failing one" in line) == (case == "passing")


def test_each_rule_links_back_to_its_sentences_in_the_readers_language(tmp_path):
    features = spec.read_features()
    page = spec.html_page(features, {"commit": "x", "date": "today", "tags": ""}, _articles())
    for lang, other in (("fr", "nl"), ("nl", "fr")):
        section = re.search(rf'<section class="rule" id="{lang}-ACC-5">.*?</section>', page, re.S)[0]
        assert f'href="#src-{lang}-{27 if lang == "fr" else 31}"' in section  # the sentence itself, quoted
        assert f'href="#src-{other}-{31 if lang == "fr" else 27}"' in section  # and the other article's, linked
    english = re.search(r'<section class="rule" id="en-OWN-3">.*?</section>', page, re.S)[0]
    assert 'href="#src-fr-30"' in english and 'href="#src-nl-36"' in english
    both = page[page.index('id="lang-src-both"'):]
    disagreements = both[:both.index("Every other rule")]
    assert all(f'href="#en-{r}"' in disagreements for r in ("ACC-2", "ACC-11", "OWN-1", "OWN-3", "OWN-4", "CRE-1",
                                                            "INV-1", "LIC-2"))
