"""No step ends in a Python error: scenarios that misuse steps (tests/misuse/, in the three languages) fail each with
one sentence in the scenario's language that names the step and the problem, in the output of ``joinsim spec`` and on
its page; no traceback and no Python exception name reaches either."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import cucumber_json_errors

ROOT = Path(__file__).resolve().parent.parent
MISUSE = Path(__file__).resolve().parent / "misuse"
PYTHON_ERROR = re.compile(r"Traceback|\b[A-Z][A-Za-z]*(?:Error|Exception)\b|\bFile \"|\bE {3}|\.py:\d+")

EXPECTED = [
    'The step "Given "lea@gmail.com" has a free account" cannot apply: "lea@gmail.com" already exists',
    'The step "Given "olivia@acme.com" is an admin of "Acme"" cannot apply: "olivia@acme.com" is the owner of "Acme"',
    'The step "Given "lea@gmail.com" is an admin of "Acme"" cannot apply: "lea@gmail.com" already exists',
    'The step "Then the invitation to "lea@gmail.com" from "Acmee" is pending" cannot apply: there is no invitation',
    'The step "Given "nobody@gmail.com" has the cloud recording "Kick-off"" cannot apply: there is no user '
    '"nobody@gmail.com"',
    'The step "Then the invitation to "lea@gmail.com" from "Acme" is flying" cannot apply: "flying" is not a word',
    'The step "Then the credit balance of "Acme" is ten dollars" cannot apply: "ten dollars" is not an amount',
    'The scenario "A refusal nobody checked" ends with a refusal no step checked: an earlier step was refused with '
    '"NOT_ADMIN_OR_OWNER"',
    'No step has the phrase "Given "lea@gmail.com" owns a unicorn called "Fred""',
    'The step "And 2026-03-16 is a public holiday" cannot apply: write the public holiday before the refund to '
    "sam@gmail.com is requested",
    "L'étape « Quand \"lea@gmail.com\" a un compte gratuit » ne peut pas s'appliquer : « lea@gmail.com » existe déjà",
    "L'étape « Alors l'invitation envoyée à \"lea@gmail.com\" par \"Acmee\" est en attente » ne peut pas s'appliquer",
    "L'étape « Alors l'invitation envoyée à \"lea@gmail.com\" par \"Acme\" est envolée » ne peut pas s'appliquer : "
    "« envolée » n'est pas un mot",
    "Le scénario « Un refus que personne n'a vérifié » se termine sur un refus qu'aucune étape n'a vérifié : une étape "
    "précédente a été refusée avec le code « NOT_ADMIN_OR_OWNER »",
    'De stap "Als "lea@gmail.com" heeft een gratis account" kan niet worden toegepast: "lea@gmail.com" bestaat al',
    'De stap "Gegeven "niemand@gmail.com" heeft de cloudopname "Aftrap"" kan niet worden toegepast: er is geen '
    'gebruiker "niemand@gmail.com"',
    'De stap "Dan is het tegoed van "Acme" tien dollar" kan niet worden toegepast: "tien dollar" is geen bedrag',
]
PASSING = {"A member made admin is an admin", "Un membre nommé administrateur est administrateur",
           "Een lid dat beheerder wordt, is beheerder"}


@pytest.fixture(scope="module")
def misuse_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("misuse") / "spec"
    done = subprocess.run([sys.executable, "-m", "joinsim", "spec", "--features", str(MISUSE), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    return done, out


def test_each_misuse_fails_with_a_sentence_naming_the_step(misuse_run):
    done, _out = misuse_run
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-3000:]
    missing = [sentence for sentence in EXPECTED if sentence not in output]
    assert not missing, "not in the output:\n" + "\n".join(missing) + "\n\n" + output[-5000:]


def test_no_python_error_reaches_the_output(misuse_run):
    done, _out = misuse_run
    output = done.stdout + done.stderr
    found = sorted({m.group(0) for m in PYTHON_ERROR.finditer(output)})
    assert not found, f"Python in the output: {found}\n{output[-5000:]}"


def _results(out: Path) -> list[dict]:
    """What cucumber.json says of each step and hook (its ``match``, a step function's file and line, aside)."""
    elements = [e for f in json.loads((out / "cucumber.json").read_text(encoding="utf-8")) for e in f["elements"]]
    return [{"name": e["name"], "steps": [{**s, "match": None} for s in e["steps"] + e.get("after", [])]}
            for e in elements]


def test_no_python_error_reaches_the_page_and_the_admin_step_on_a_member_passes(misuse_run):
    done, out = misuse_run
    page = (out / "index.html").read_text(encoding="utf-8")
    report = json.dumps(_results(out), ensure_ascii=False)
    messages = [line for line in (out / "messages.ndjson").read_text(encoding="utf-8").splitlines()
                if '"testStepFinished"' in line]
    for text in (page, report, "\n".join(messages)):
        found = sorted({m.group(0) for m in PYTHON_ERROR.finditer(text)} - {".py:"})
        assert not found, f"Python on the page, in cucumber.json or messages.ndjson: {found}"
    assert "NOT_ADMIN_OR_OWNER" in report, "the refusal nobody checked is said in cucumber.json (an after hook)"
    errors = cucumber_json_errors(json.loads((out / "cucumber.json").read_text(encoding="utf-8")))
    assert not errors, "cucumber.json (failed, undefined steps, a failed after hook) breaks the schema:\n" + \
        "\n".join(errors[:10])
    passed = {e["name"] for e in _results(out) if all(s["result"]["status"] == "passed" for s in e["steps"])}
    assert PASSING <= passed
    assert f"{len(EXPECTED)} failed, {len(PASSING)} passed" in done.stdout
