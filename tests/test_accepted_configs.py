"""What the validation accepts, runs (issue 19): configurations drawn from the settings' own declared ranges (the
pydantic declaration of ``joinsim.sim.config.Config``, its bounds read from the fields' metadata, and each named
distribution's parameters from its own fields) either are refused with one line, or run for a few users to the
horizon without an exception."""

from __future__ import annotations

from typing import Literal, get_args, get_origin

import numpy as np
from annotated_types import Ge, Gt, Le
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from joinsim.sim import distributions
from joinsim.sim.config import FIELDS, FIRST_START, LAST_START, LOCALES, ConfigError, validate
from joinsim.sim.figures import BY_KEY
from joinsim.sim.migration import Migration

FEW_USERS = 40
CALENDARS = ["around the clock", "business days 09:00-17:00", "every day 08:00-22:00", "weekdays 00:00-24:00",
             "business days 23:59-24:00", "every day 00:00-00:01"]


def bounds(metadata) -> tuple[float | None, float | None, bool]:
    low = next((m.ge for m in metadata if isinstance(m, Ge)), None)
    above = next((m.gt for m in metadata if isinstance(m, Gt)), None)
    high = next((m.le for m in metadata if isinstance(m, Le)), None)
    return (above if above is not None else low), high, above is not None


def number(kind: type, metadata) -> st.SearchStrategy:
    low, high, exclusive = bounds(metadata)
    if kind is int:
        return st.integers(int(low), int(high))
    return st.floats(low, high, exclude_min=exclusive, allow_nan=False, allow_infinity=False)


def distribution(model) -> st.SearchStrategy:
    fields = {name: number(info.annotation, info.metadata) for name, info in model.model_fields.items()
              if name != "distribution" and info.annotation in (int, float)}
    names = {name: (info.alias or name) for name, info in model.model_fields.items()}
    return st.fixed_dictionaries({names[name]: value for name, value in fields.items()}).map(
        lambda values: {"distribution": model.model_fields["distribution"].default, **values})


DELAYS = st.one_of([distribution(model) for model in (distributions.Fixed, distributions.Exponential,
                                                        distributions.Lognormal, distributions.Uniform,
                                                        distributions.Triangular, distributions.Gamma)])


def setting(name: str) -> st.SearchStrategy:
    info = FIELDS[name]
    kind = info.annotation
    if name == "users":
        return st.integers(1, FEW_USERS)  # (a few users: the run is the point, not its size)
    if name == "locales":
        return st.permutations(LOCALES).flatmap(lambda order: st.floats(0, 1).map(
            lambda share: {order[0]: share, order[1]: 1 - share}))
    if name == "precision_figures":
        return st.lists(st.sampled_from(sorted(BY_KEY)), min_size=1, max_size=3, unique=True)
    if name == "horizon_days":
        return st.one_of(st.just("auto"), st.integers(1, 3650))
    if name == "start":
        return st.dates(FIRST_START, LAST_START)
    if name.endswith("_hours"):  # (mostly valid ones: a refused value ends the example early)
        return st.one_of(st.sampled_from(CALENDARS), st.sampled_from(CALENDARS), st.text(max_size=30))
    if name == "vanity_url":
        return st.one_of(st.just(""), st.from_regex(r"[a-z0-9]{1,20}(\.[a-z0-9]{1,10}){0,3}", fullmatch=True),
                         st.text(max_size=40))
    if name == "name":
        return st.one_of(st.from_regex(r"[A-Za-z0-9 _-]{1,40}", fullmatch=True), st.text(max_size=40))
    if kind is bool:
        return st.booleans()
    if get_origin(kind) is Literal:
        return st.sampled_from(get_args(kind))
    if kind in (int, float):
        return number(kind, info.metadata)
    return DELAYS


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({}, optional={name: setting(name) for name in FIELDS if name != "workers"}))
def test_every_accepted_configuration_runs_and_every_refused_one_is_one_line(values):
    values.setdefault("users", FEW_USERS)
    try:
        config = validate(values)
    except ConfigError as refused:
        assert "\n" not in str(refused) and str(refused).startswith(("config field", "unknown config", "config fields"))
        event("refused")
        return
    try:
        migration = Migration(config, np.random.SeedSequence(config.seed))
    except ConfigError as refused:  # (the campaign's plan: an auto horizon it cannot reach)
        assert "\n" not in str(refused) and "horizon_days" in str(refused)
        return
    result = migration.run()
    event("ran")
    assert len(result.columns["outcome"].codes) == config.users
    assert (result.columns["prorated_cents"] == result.columns["refund_cents"] + result.columns["credit_cents"]).all()


def test_the_extremes_of_each_distribution_run():
    """The largest and smallest values each distribution accepts, for every delay at once."""
    for delay in ({"distribution": "gamma", "mean": 1e6, "sd": 1e3}, {"distribution": "gamma", "mean": 1.0,
                   "sd": 1e3}, {"distribution": "lognormal", "median": 1e6, "sigma": 5.0},
                  {"distribution": "fixed", "value": 1e6}, {"distribution": "exponential", "mean": 1e-300}):
        delays = {name: delay for name in ("read_delay", "fix_delay", "contact_time", "helpdesk_time",
                                           "billing_chat_time")}
        config = validate({"users": 30, "horizon_days": 3650, "admins": 1, "contact_users_first": True,
                           "helpdesk_agents": 1, "share_unpaid_invoice": 0.5, **delays})
        Migration(config, np.random.SeedSequence(1)).run()
