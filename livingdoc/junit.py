"""``junit.xml`` named for a CI server: pytest writes it (its ``--junitxml``, which the living documentation plugin
points into its output folder), and at the end of the session the plugin rewrites it in place, before publishing:

- each scenario's test case gets a ``classname`` that says its language, feature file and rule
  (``fr.accepting.ACC-2``; a CI server such as Jenkins groups by it: package ``fr.accepting``, class ``ACC-2``)
  and a ``name`` that is the scenario's title as written (accents and apostrophes kept); its time, failure and skip
  elements stay as pytest wrote them. The other tests keep pytest's names (``tests.test_service`` ...).
- Hypothesis's statistics, which its pytest plugin adds as one base64 property of the whole suite per property-based
  test (each up to some 16 KB), leave the suite's properties: they are decoded and put, readable, in the
  ``system-out`` of their own test case.

Rewriting the file afterwards (rather than changing pytest's reporter while it runs) needs nothing but the file and
the node id of each scenario run; pytest's own function that turns a node id into (classname, name) finds the test
case to rename.
"""

from __future__ import annotations

import base64
import binascii
import xml.etree.ElementTree as ET
from pathlib import Path

from _pytest.junitxml import mangle_test_address

HYPOTHESIS = "hypothesis-statistics-"


def _address(nodeid: str) -> tuple[str, str]:
    names = mangle_test_address(nodeid)
    return ".".join(names[:-1]), names[-1]


def rewrite(path: Path, names: dict[str, tuple[str, str]]) -> None:
    """Rename the scenarios' test cases (``names``: pytest node id -> (classname, name)) and move Hypothesis's
    statistics out of the suite's properties."""
    tree = ET.parse(path)
    wanted = {_address(nodeid): new for nodeid, new in names.items()}
    cases = {(c.get("classname", ""), c.get("name", "")): c for c in tree.iter("testcase")}
    for address, (classname, name) in wanted.items():
        case = cases.get(address)
        if case is not None:
            case.set("classname", classname)
            case.set("name", name)
    for suite in tree.iter("testsuite"):
        for properties in suite.findall("properties"):
            for prop in properties.findall("property"):
                if prop.get("name", "").startswith(HYPOTHESIS):
                    properties.remove(prop)
                    _statistics_to_case(cases, prop.get("name", "")[len(HYPOTHESIS):], prop.get("value", ""))
            if len(properties) == 0:
                suite.remove(properties)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _statistics_to_case(cases: dict, nodeid: str, value: str) -> None:
    case = cases.get(_address(nodeid))
    if case is None:
        return
    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return
    out = case.find("system-out")
    if out is None:
        out = ET.SubElement(case, "system-out")
        out.text = ""
    out.text = (out.text or "") + ("\n" if out.text else "") + text
