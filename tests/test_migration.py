"""The simulator as a SimPy model an analyst can read and extend (``sim/migration.py``): the journey fits on one
screen, a behaviour can be added from outside the way SimPy's examples do it, people with limited capacity are
resources that report their waits, delays are named distributions, and the event log tells each user's story
so that the report's figures can be recomputed from it."""

from __future__ import annotations

import ast
import inspect
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import simpy

from joinsim.cli import main
from joinsim.model import errors
from joinsim.sim.config import load, validate
from joinsim.sim.figures import OUTCOMES
from joinsim.sim.migration import DAY, HOUR, Migration

BLOCKERS = {"share_multi_user_owner": 0.3, "share_zoom_rooms": 0.5, "share_unpaid_invoice": 0.2,
            "share_pending_cancellation": 0.2, "horizon_days": 60, "batch_size": 100}


def small(**changes):
    return validate({**BLOCKERS, "users": 400, **changes})


def outcomes(result) -> pd.Series:
    return pd.Series(result.columns["outcome"].decoded()).value_counts()


def test_the_journey_fits_on_one_screen_and_names_the_story():
    source = inspect.getsource(Migration.journey)
    assert len(source.splitlines()) <= 60, "the journey is read on one screen"
    for step in ("self.contact(user)", "self.invite(user)", "self.read(user)", "self.accept(user)",
                 "self.ask_for_help(user)", "self.fix_blocker(user, attempt)", "self.wait_for_refund(user"):
        assert step in source, step
    for step, inside in (("contact", "self.admins.request()"), ("read", "user.read_delay"),
                         ("fix_blocker", "self.fix(user)"), ("wait_for_refund", "self.service.pay_refund")):
        assert inspect.isgeneratorfunction(getattr(Migration, step)), f"{step} is a step a subclass may override"
        assert inside in inspect.getsource(getattr(Migration, step)), (step, inside)


def test_the_simulator_holds_no_rule_every_refusal_is_the_models():
    """No rule is decided in sim/ (every module, as far as the syntax shows it): no rule id is written as a value
    (it comes from the model's typed error; an event may only be labelled with one), no model constant is restated,
    nothing is remembered from a refusal (as 'no seats left' once was: the model is asked each time), and only the
    journey and the blocked owner's fix look at which refusal it was (what a user does about it is behaviour)."""
    from joinsim.model import service

    rule_id = re.compile(r"[A-Z]{3}-\d+")
    constants = {name for name in service.__all__ if name.isupper()}
    for path in sorted(Path(inspect.getsourcefile(Migration)).parent.glob("*.py")):
        tree = ast.parse(path.read_text())
        labels = {id(label) for call in ast.walk(tree) if isinstance(call, ast.Call) and len(call.args) > 2
                  and isinstance(call.func, ast.Attribute) and call.func.attr == "event"
                  for label in ast.walk(call.args[2])}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and rule_id.fullmatch(node.value):
                assert id(node) in labels, f"{path.name}:{node.lineno}: rule id {node.value!r} decided in sim/"
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node, ast.Assign):
                for target in node.targets:
                    assert not (isinstance(target, ast.Name) and target.id in constants), \
                        f"{path.name}:{node.lineno}: {target.id} restates the model's constant"
            if isinstance(node, ast.ExceptHandler):
                for inner in ast.walk(node):
                    assert not (isinstance(inner, ast.Attribute) and isinstance(inner.ctx, ast.Store)
                                and isinstance(inner.value, ast.Name) and inner.value.id == "self"), \
                        f"{path.name}:{inner.lineno}: the simulator remembers a refusal (self.{inner.attr})"
        functions = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)]
        for function in functions:
            looks = [n for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                     and n.func.id == "isinstance" and "errors." in ast.unparse(n) or "FIXABLE" in ast.unparse(n)
                     and isinstance(n, ast.Call) and getattr(n.func, "id", "") == "isinstance"]
            assert not looks or (path.name, function.name) in {("migration.py", "journey"), ("migration.py", "fix")}, \
                f"{path.name}: {function.name} looks at which refusal it was"


def test_a_behaviour_added_from_outside_changes_the_story_without_editing_sim():
    """An analyst's own help desk, written here: blocked users wait for one of 2 admins for 3 hours. A subclass
    overrides the journey's ``ask_for_help`` step; an extra process counts the users still open each day."""

    class WithAdminsHelping(Migration):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.desk = simpy.Resource(self.env, capacity=2)
            self.waits: list[float] = []

        def ask_for_help(self, user):
            asked = self.env.now
            with self.desk.request() as admin:
                yield admin
                self.waits.append(self.env.now - asked)
                yield self.env.timeout(3 * HOUR)

    def open_users_each_day(migration, counts):
        while True:
            yield migration.env.timeout(DAY)
            counts.append(len(migration.open))

    config = small()
    counts: list[int] = []
    helped = WithAdminsHelping(config, np.random.SeedSequence(5))
    helped.env.process(open_users_each_day(helped, counts))
    result = helped.run()
    plain = Migration(config, np.random.SeedSequence(5)).run()
    assert len(helped.waits) > 10 and max(helped.waits) > 0, "blocked users queued for the two admins"
    assert len(counts) == config.horizon_days - 1 and counts[0] > 0
    joined_later = (result.columns["joined_at"] > plain.columns["joined_at"]).sum()
    assert joined_later > 0, "the help takes time: some users join later than without it"


def test_admins_who_contact_users_first_are_a_resource_that_delays_the_campaign():
    """The articles' best practice costs admin time: with 2 admins contacting everyone, invitations go out later
    and the report gives the admins' waits and utilisation."""
    unlimited = Migration(small(contact_users_first=True), np.random.SeedSequence(3)).run()
    two = Migration(small(contact_users_first=True, admins=2), np.random.SeedSequence(3)).run()
    admins = {r["resource"]: r for r in two.resources}["admins"]
    assert admins["capacity"] == 2 and admins["requests"] == 400
    assert admins["mean_wait_hours"] > 1 and admins["p90_wait_hours"] >= admins["mean_wait_hours"]
    assert admins["hours_worked"] == pytest.approx(400 * 15 / 60, rel=0.15)  # users × mean minutes (5, 10, 30)
    open_hours = 60 * 5 / 7 * 8  # (60 days, five business days a week, 8 working hours each)
    assert admins["utilisation"] == pytest.approx(admins["hours_worked"] / (2 * open_hours), rel=0.1)
    assert admins["working_hours"].startswith("business days 09:00-17:00")
    assert 0 < admins["mean_wait_working_hours"] < admins["mean_wait_hours"], "nights and weekends do not count"
    free = {r["resource"]: r for r in unlimited.resources}["admins"]
    assert free["capacity"] is None and free["mean_wait_hours"] == 0 and free["utilisation"] is None
    assert np.mean(two.columns["invited_at"]) > np.mean(unlimited.columns["invited_at"]) + 6 * HOUR


def test_without_resources_in_the_config_nobody_waits():
    result = Migration(small(), np.random.SeedSequence(1)).run()
    assert {r["resource"] for r in result.resources} == {"admins", "billing agents"}
    assert all(r["mean_wait_hours"] == 0 for r in result.resources)


def test_a_helpdesk_and_billing_agents_report_their_queues():
    config = small(helpdesk_agents=1, helpdesk_time={"distribution": "fixed", "value": 240.0},
                   billing="net_terms", billing_agents=1, billing_chat_every_days=7)
    result = Migration(config, np.random.SeedSequence(2)).run()
    found = {r["resource"]: r for r in result.resources}
    assert found["helpdesk"]["requests"] > 10 and found["helpdesk"]["mean_wait_hours"] > 0
    assert found["billing agents"]["requests"] >= 1
    assert result.totals["credit_applied_cents"] > 0


def test_delays_are_named_distributions_and_change_the_story():
    quick = Migration(small(read_delay={"distribution": "fixed", "value": 1.0}), np.random.SeedSequence(4)).run()
    slow = Migration(small(read_delay={"distribution": "exponential", "mean": 400.0}),
                     np.random.SeedSequence(4)).run()
    joined = quick.columns["joined_at"] >= 0
    waited = quick.columns["joined_at"][joined] - quick.columns["invited_at"][joined]
    # one hour of calendar time after the invitation (no blocker), run on the user's waking clock: 14 of 24 hours
    assert np.median(waited) == pytest.approx(HOUR * 14 / 24, abs=2)
    assert outcomes(slow).get("joined", 0) < outcomes(quick)["joined"]


def test_the_same_seed_gives_the_same_story_and_another_seed_another():
    a, b = (Migration(small(), np.random.SeedSequence(9)).run() for _ in range(2))
    c = Migration(small(), np.random.SeedSequence(10)).run()
    assert all(np.array_equal(np.asarray(getattr(a.columns[k], "codes", a.columns[k])),
                              np.asarray(getattr(b.columns[k], "codes", b.columns[k])))
               for k in a.columns if k != "email")
    assert not np.array_equal(a.columns["joined_at"], c.columns["joined_at"])


def test_every_outcome_of_a_refusal_names_a_model_rule():
    result = Migration(small(), np.random.SeedSequence(6)).run()
    failed = result.columns["outcome"].decoded() != "joined"
    rules = set(result.columns["failure_rule"].decoded()[failed]) - {""}
    model_rules = {cls.rule for cls in errors.ALL_ERRORS}
    assert rules and rules <= model_rules


def test_the_event_log_tells_each_story_and_recomputes_the_report(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text("\n".join(f"{k} = {v}" for k, v in BLOCKERS.items()) + "\nreplications = 2\n")
    out = tmp_path / "traced"
    assert main(["run", "--config", str(config), "--users", "300", "--trace", "--quiet", "--out", str(out)]) == 0
    log = pd.read_parquet(out / "events.parquet")
    users = pd.read_parquet(out / "users.parquet")
    summary = json.loads((out / "summary.json").read_text())
    assert set(log.replication) == {0, 1}
    for r, rows in summary_by_replication(summary).items():
        mine = log[log.replication == r]
        assert (mine.event == "joined").sum() == rows["joined"]
        assert (mine.event == "invited").sum() == rows["invitations_sent"]
        assert mine[mine.event == "joined"].cents.sum() == rows["prorated_cents"]
        assert mine[mine.event == "credit transferred"].cents.sum() == rows["credit_transferred_cents"]
        assert mine[mine.event == "credit applied"].cents.sum() == rows["credit_applied_cents"]
    paid = log[log.event == "refund paid"]
    assert paid.cents.sum() == summary["pooled"]["refunds_paid_cents"]
    assert paid.cents.sum() / 2 == summary["refunds_paid_cents"], "per replication: the mean of the two"
    # one user's story, in order: invited, read, (blocked, fixed...), joined, refund paid
    one = paid.iloc[0]
    story = log[(log.replication == one.replication) & (log.user_id == one.user_id)].event.tolist()
    assert story[0] == "invited" and story[-1] == "refund paid" and "joined" in story and "read" in story
    assert users.outcome.isin(OUTCOMES).all()


def summary_by_replication(summary: dict) -> dict[int, dict]:
    return {row["replication"]: row for row in summary["per_replication"]}


def test_the_default_config_uses_the_documented_distributions():
    config = load()
    assert config.read_delay.describe() == "lognormal (median 30, sigma 1)"
    assert config.fix_delay.describe() == "lognormal (median 3, sigma 1)"


def test_the_models_mailbox_answers_in_the_simulator_too():
    """The simulator sends the model's events to its own counters (no event log of millions of events): the
    mailbox of an address still answers, as in the scenarios."""
    migration = Migration(small(users=50), np.random.SeedSequence(3))
    service = migration.service
    migration.run()
    invited = [i for i, at in enumerate(migration.record.invited_at) if at >= 0 and migration.record.invited_as[i]]
    email = migration.population.email[invited[0]]
    assert [type(e).__name__ for e in service.mailbox(email)][:1] == ["InvitationEmailSent"]
    assert service.events == [], "the events went to the simulator's sink, not to a list"


@pytest.mark.parametrize("waiting", ["for a resend, a fix, the helpdesk or a refund", "for an admin to contact them"])
def test_a_finished_replication_frees_its_model_without_the_garbage_collector(waiting):
    """A replication of a million users builds millions of model objects; at the horizon many stories are still
    waiting (for a resend, a fix, the helpdesk, a refund, an admin). Their suspended journeys must not keep the model
    alive in reference cycles: the cyclic collector would then spend seconds on them later (2.9 s after 200,000
    users, measured), in the report or the next replication."""
    import gc
    import weakref

    changes = {"helpdesk_agents": 1, "horizon_days": 12} if waiting.startswith("for a resend") else \
        {"contact_users_first": True, "admins": 1, "horizon_days": 12}
    migration = Migration(small(users=400, **changes), np.random.SeedSequence(7))
    enabled = gc.isenabled()
    gc.disable()
    try:
        model, simulation = weakref.ref(migration.service), weakref.ref(migration)
        result = migration.run()
        del migration
        assert len(result.columns["outcome"].decoded()) == 400  # (the result itself is kept)
        assert model() is None and simulation() is None, "a suspended journey keeps the model alive in a cycle"
    finally:
        if enabled:
            gc.enable()


@pytest.mark.parametrize("people", [{"admins": 2, "helpdesk_agents": 1, "billing_agents": 1},
                                    {"admins": 0, "helpdesk_agents": 0, "billing_agents": 0}])
def test_people_with_capacity_serve_requests_exactly_as_simpys_own_resource(monkeypatch, people):
    """``MonitoredResource`` keeps its waiting line in a deque and the requests in service in a dict (so that a long
    line, or "as many as needed" people serving a whole batch, costs no time per request waiting): the same
    stories as SimPy's own lists, limited or unlimited."""
    from joinsim.sim.resources import MonitoredResource

    config = small(contact_users_first=True, billing="net_terms", billing_chat_every_days=7,
                   helpdesk_time={"distribution": "fixed", "value": 240.0}, **people)
    quick = Migration(config, np.random.SeedSequence(8)).run()
    monkeypatch.setattr(MonitoredResource, "PutQueue", list)
    original = MonitoredResource.__init__

    def with_lists(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.users = []

    monkeypatch.setattr(MonitoredResource, "__init__", with_lists)
    stock = Migration(config, np.random.SeedSequence(8)).run()
    for name, column in quick.columns.items():
        assert np.array_equal(np.asarray(getattr(column, "codes", column)),
                              np.asarray(getattr(stock.columns[name], "codes", stock.columns[name]))), name
    assert quick.totals == stock.totals and quick.resources == stock.resources
    assert sum(r["requests"] for r in quick.resources) > 400


def test_in_service_reads_like_simpys_list_of_users():
    import simpy

    from joinsim.sim.resources import InService

    env = simpy.Environment()
    a, b = env.event(), env.event()
    users = InService()
    users.append(a)
    users.append(b)
    assert len(users) == 2 and list(users) == [a, b] and users[0] is a and b in users
    users.remove(a)
    assert list(users) == [b] and a not in users
    with pytest.raises(ValueError):  # (SimPy's Resource relies on it: a request released twice)
        users.remove(a)



def test_the_stories_still_waiting_at_the_horizon_end_without_changing_the_result_or_failing_the_run():
    """An analyst's processes may wait in every SimPy way at the horizon (through a condition, for another process)
    and clean up in a ``finally`` that records, fails, or yields again: the run still returns the result as it was
    at the horizon, says in one warning that clean-ups failed, and frees the model."""
    import gc
    import weakref

    from joinsim.model.errors import UnpaidInvoices

    class Analysts(Migration):
        def ask_for_help(self, user):
            try:
                yield self.env.all_of([self.env.timeout(30 * DAY), self.env.process(self.a_colleague())])
            finally:
                if self.env.now >= self.horizon:
                    self.record.failed(user, UnpaidInvoices(user.email))  # (too late: nothing is recorded)

        def a_colleague(self):
            yield self.env.timeout(40 * DAY)

    def stubborn(env):
        while True:
            try:
                yield env.timeout(DAY)
            except GeneratorExit:
                yield env.timeout(0)  # (ignores being closed)

    config = small(horizon_days=20, share_unpaid_invoice=0.6)
    migration = Analysts(config, np.random.SeedSequence(4))
    migration.env.process(stubborn(migration.env))
    enabled = gc.isenabled()
    gc.disable()
    try:
        simulation = weakref.ref(migration)
        with pytest.warns(RuntimeWarning, match="1 stories' clean-up at the horizon failed"):
            result = migration.run()
        at_horizon = result.columns["outcome"].codes.copy()
        assert (result.columns["outcome"].decoded() == "blocked_unpaid_invoice").sum() > 5
        assert migration.env.peek() == float("inf")  # (nothing left scheduled)
        del migration
        assert simulation() is None
        assert np.array_equal(result.columns["outcome"].codes, at_horizon)
    finally:
        if enabled:
            gc.enable()


def test_a_subclass_may_change_how_a_user_behaves():
    class EverybodyReads(Migration):
        def journey(self, user):
            user.accepts = True
            user.fixes_blockers = [True] * self.config.max_fix_attempts
            return super().journey(user)

    plain = Migration(small(), np.random.SeedSequence(3)).run()
    eager = EverybodyReads(small(), np.random.SeedSequence(3)).run()
    assert eager.totals["invitations_resent"] < plain.totals["invitations_resent"]
    assert (eager.columns["joined_at"] >= 0).sum() > (plain.columns["joined_at"] >= 0).sum()


def test_without_resends_no_invitation_is_resent():
    """INV-5 with ``max_resends = 0``: nobody resends (a resend would also restart the 30 days to expiry)."""
    result = Migration(small(max_resends=0, accept_share=0.3), np.random.SeedSequence(5)).run()
    assert result.totals["invitations_resent"] == 0 and result.columns["resends"].max() == 0
    assert Migration(small(max_resends=1, accept_share=0.3), np.random.SeedSequence(5)).run().totals[
        "invitations_resent"] > 0
