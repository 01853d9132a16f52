"""One address rule (SEC-5) wherever an address enters (issue 19): the roster reader, the model's API, the scenario
steps' service and the simulator all ask the model's ``check_address``, so a hostile or look-alike address gets the
same answer from each. Before, the roster had its own looser pattern: ``bob..smith@…`` passed it and crashed the
run when its batch was released."""

from __future__ import annotations

import numpy as np
import pytest

from joinsim.model import errors
from joinsim.model.account import check_address
from joinsim.sim.config import validate
from joinsim.sim.migration import Migration
from joinsim.sim.population import RosterError, read_roster
from joinsim.steps.world import World

ADDRESSES = [
    # the reproducers: accepted by the old roster check, refused by the model
    "bob..smith@example.com", "ann(work)@example.com", ".a@example.com", "x" * 65 + "@example.com",
    "x@host_name.example",
    # look-alikes and invisibles
    "\u212aate@gmail.com", "lea\u200b@gmail.com", "\u202elea@gmail.com", "lea\u200e@gmail.com", "lea\t@gmail.com",
    "attacker@evil.com#@corp.example", "@corp.example", "a b@corp.example", "lea@", "lea@gmail",
    "lea@-gmail.com", "lea@gmail..com", "\uff4bate@gmail.com", "\u0430pple@x.com", "apple@x\u0430.com",
    # good ones, of any script, and the longest local part
    "Élise@example.fr", "élise@example.fr", "o'brien@example.ie", "x" * 64 + "@example.com",
    "kai.stra\u00dfe@web.de", "rene\u0301e@socie\u0301te\u0301.fr", "jan@bücher.example", "иван@почта.рф",
]


def model_says(address: str) -> str | None:
    try:
        return check_address(address)
    except errors.InvalidAddress:
        return None


def roster_says(address: str, tmp_path) -> str | None:
    roster = tmp_path / "roster.csv"
    roster.write_text("email,plan\n" + ('"' + address.replace('"', '""') + '"') + ",monthly\n", encoding="utf-8")
    try:
        return read_roster(roster, validate({})).email[0]
    except RosterError as refusal:
        assert "line 2" in str(refusal) and "column 'email'" in str(refusal)
        return None


def steps_say(address: str) -> str | None:
    world = World()
    try:
        world.service.open_account(f"account of {address}", address)
    except errors.InvalidAddress:
        return None
    return world.service.account(f"account of {address}").owner


@pytest.mark.parametrize("address", ADDRESSES)
def test_every_entry_point_gives_the_models_answer(address, tmp_path):
    expected = model_says(address)
    assert roster_says(address, tmp_path) == expected
    assert steps_say(address) == expected


def test_every_address_a_roster_accepts_runs_through_the_simulator(tmp_path):
    """Each accepted address is invited (with a 64-character local part, its linked users' addresses too)."""
    accepted = [a for a in ADDRESSES if model_says(a) is not None and a != "élise@example.fr"]  # (Élise's twin)
    roster = tmp_path / "roster.csv"
    rows = [f'"{address}",monthly,{3 if k % 2 == 0 else 0},{"yes" if k % 3 == 0 else "no"}'
            for k, address in enumerate(accepted)]
    roster.write_text("email,plan,linked_users,linked_external\n" + "\n".join(rows) + "\n", encoding="utf-8")
    config = validate({"horizon_days": 20})
    population = read_roster(roster, config)
    result = Migration(config, np.random.SeedSequence(1), population).run()
    assert (result.columns["invited_at"] >= 0).all()
    assert "refused" not in set(result.columns["outcome"].decoded())


def test_every_bad_address_of_a_roster_is_listed_with_its_line_before_the_run(tmp_path):
    bad = [a for a in ADDRESSES if model_says(a) is None and "\t" not in a]
    roster = tmp_path / "roster.csv"
    roster.write_text("email,plan\n" + "".join(f'"{a}",free\n' for a in bad), encoding="utf-8")
    with pytest.raises(RosterError) as refused:
        read_roster(roster, validate({}))
    message = str(refused.value)
    assert f"{len(bad)} problems" in message
    for line in range(2, len(bad) + 2):
        assert f"line {line}:" in message
