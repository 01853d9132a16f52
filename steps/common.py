"""Steps every area uses: the date, accounts and users, refusals, and the passing of time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytest_bdd import given, then, when

from model import Plan, Readings
from steps.language import en
from steps.world import World, individual_account, parse_date, parse_money, parse_when

READING_TOPICS = {"linked users": "linked_users", "personal contacts": "personal_contacts",
                  "the refund choice": "credit_choice"}
LANGUAGES = {"French": "fr", "Dutch": "nl"}
BILLING = {"autopay": "autopay", "net terms": "net_terms"}


@pytest.fixture
def world() -> World:
    return World()


# ---------------------------------------------------------------- the date and the readings
@given(en("today is {when}"))
def today_is(world: World, when: str) -> None:
    moment = parse_when(when)
    if world.started():
        world.service.clock.set(moment)
    else:
        world.start = moment


@given(en("{day} is a public holiday"))
def public_holiday(world: World, day: str) -> None:
    assert not world.started(), "declare public holidays before anything else happens"
    world.holidays.add(parse_date(day))


@given(en("the model follows the {language} reading of {topic}"))
def model_follows_reading(world: World, language: str, topic: str) -> None:
    assert not world.started(), "choose the reading before anything else happens"
    world.readings = Readings(**{**world.readings.__dict__, READING_TOPICS[topic]: LANGUAGES[language]})


# ---------------------------------------------------------------- the inviting account
def _paid_plan(world: World, price: str = "$1,499.00") -> Plan:
    today = world.start.date()
    return Plan("annual", parse_money(price), today.replace(month=1, day=1),
                today.replace(year=today.year + 1, month=1, day=1))


@given(en('the paid account "{account}" on {billing} owned by "{owner}"'))
def paid_account(world: World, account: str, billing: str, owner: str) -> None:
    world.service.open_account(account, owner, _paid_plan(world), billing=BILLING[billing])


@given(en('the paid account "{account}" on {billing} owned by "{owner}" with {seats:d} licence seats'))
def paid_account_with_seats(world: World, account: str, billing: str, owner: str, seats: int) -> None:
    world.service.open_account(account, owner, _paid_plan(world), billing=BILLING[billing], licence_seats=seats)


@given(en('the free account "{account}" owned by "{owner}"'))
def free_account(world: World, account: str, owner: str) -> None:
    world.service.open_account(account, owner)


@given(en('"{email}" is an admin of "{account}"'))
def admin_of(world: World, email: str, account: str) -> None:
    world.service.add_existing_member(account, email, role="admin")


@given(en('"{email}" is a member of "{account}"'))
def member_of(world: World, email: str, account: str) -> None:
    world.service.add_existing_member(account, email, role="member")


# ---------------------------------------------------------------- the people being invited
@given(en('"{email}" has a free account'))
def has_free_account(world: World, email: str) -> None:
    world.service.open_account(individual_account(email), email)


@given(en('"{email}" has a {kind} plan at {price} from {start} to {end}'))
@given(en('"{email}" has an {kind} plan at {price} from {start} to {end}'))
def has_paid_plan(world: World, email: str, kind: str, price: str, start: str, end: str) -> None:
    plan = Plan(kind, parse_money(price), parse_date(start), parse_date(end))
    world.service.open_account(individual_account(email), email, plan)
    world.service.user(email).licensed = True  # a paid individual plan is a licensed user


@given(en('"{email}" has a {kind} plan at {price} from {start} to {end} on {billing}'))
@given(en('"{email}" has an {kind} plan at {price} from {start} to {end} on {billing}'))
def has_paid_plan_billing(world: World, email: str, kind: str, price: str, start: str, end: str,
                          billing: str) -> None:
    plan = Plan(kind, parse_money(price), parse_date(start), parse_date(end))
    world.service.open_account(individual_account(email), email, plan, billing=BILLING[billing])
    world.service.user(email).licensed = True


@given(en('the address "{email}" does not exist'))
def address_does_not_exist(world: World, email: str) -> None:
    world.service.mark_undeliverable(email, "the address does not exist")


@given(en('the address "{email}" refuses external email'))
def address_refuses_external_email(world: World, email: str) -> None:
    world.service.mark_undeliverable(email, "the address refuses external email")


# ---------------------------------------------------------------- time passes
@when(en("{days:d} days pass"))
@given(en("{days:d} days have passed"))
def days_pass(world: World, days: int) -> None:
    world.expect_no_unchecked_refusal()
    world.service.clock.advance(timedelta(days=days))
    world.service.pay_due_refunds()


@when(en("the date is {when}"))
def the_date_is(world: World, when: str) -> None:
    world.expect_no_unchecked_refusal()
    world.service.clock.set(parse_when(when))
    world.service.pay_due_refunds()


# ---------------------------------------------------------------- outcomes
@then(en('it is refused with "{code}"'))
def refused_with(world: World, code: str) -> None:
    refusal = world.take_refusal()
    assert refusal.code == code, f"refused with {refusal.code} ({refusal}), expected {code}"


@then(en('"{email}" belongs to "{account}"'))
def belongs_to(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    assert world.service.user(email).account == account, \
        f"{email} belongs to {world.service.user(email).account!r}, not {account!r}"
    assert email.lower() in world.service.account(account).members


@then(en('"{email}" does not belong to "{account}"'))
def does_not_belong_to(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    assert world.service.user(email).account != account
    members = world.service.accounts[account].members if account in world.service.accounts else []
    assert email.lower() not in members


@then(en('"{email}" still has their own account'))
def still_own_account(world: World, email: str) -> None:
    user = world.service.user(email)
    assert user.account == individual_account(email) and user.role == "owner", \
        f"{email} is in {user.account!r} as {user.role}"
