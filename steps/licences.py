"""Steps for licences: what a Basic or Licensed user can do, seats, and single sign-on."""

from __future__ import annotations

import re

from pytest_bdd import given, then, when

from model import events
from steps.accepting import CHOICES
from steps.language import en
from steps.world import World


def _features(text: str) -> tuple[str, ...]:
    """ "cloud recording and meetings over 40 minutes" -> ("cloud recording", "meetings over 40 minutes")"""
    return tuple(part.strip() for part in re.split(r",| and ", text) if part.strip())


def _dropped(world: World, email: str) -> list[events.LicenceDropped]:
    return [e for e in world.service.events if isinstance(e, events.LicenceDropped) and e.email == email.lower()]


# ---------------------------------------------------------------- set-up
@given(en('the account "{account}" has the associated domain "{domain}"'))
def associated_domain(world: World, account: str, domain: str) -> None:
    """LIC-4: a domain whose users can come in with single sign-on."""
    world.service.account(account).sso_domains.add(domain.lower())


# ---------------------------------------------------------------- actions
@when(en('"{by}" assigns a licence to "{email}"'))
@given(en('"{by}" assigns a licence to "{email}"'))
def assigns_licence(world: World, by: str, email: str) -> None:
    world.attempt(world.service.assign_licence, by, email)


@when(en('"{email}" signs in to "{account}" with single sign-on'))
def signs_in_with_sso(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.sign_in_with_sso, email, account)


@when(en('"{email}" signs in to "{account}" with single sign-on choosing {choice}'))
def signs_in_with_sso_choosing(world: World, email: str, account: str, choice: str) -> None:
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.sign_in_with_sso, email, account, CHOICES[choice])


# ---------------------------------------------------------------- outcomes
@then(en('"{email}" can record to the cloud'))
def can_record(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    assert world.service.user(email).can_record_to_cloud, f"{email} cannot record to the cloud"


@then(en('"{email}" cannot record to the cloud'))
def cannot_record(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    assert not world.service.user(email).can_record_to_cloud, f"{email} can record to the cloud"


@then(en('meetings hosted by "{email}" are limited to {minutes:d} minutes'))
def meetings_limited(world: World, email: str, minutes: int) -> None:
    world.expect_no_unchecked_refusal()
    limit = world.service.user(email).meeting_limit_minutes
    assert limit == minutes, f"meetings hosted by {email} are limited to {limit} minutes"


@then(en('meetings hosted by "{email}" have no time limit'))
def meetings_unlimited(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    limit = world.service.user(email).meeting_limit_minutes
    assert limit is None, f"meetings hosted by {email} are limited to {limit} minutes"


@then(en('"{email}" loses access to {features}'))
def loses_access(world: World, email: str, features: str) -> None:
    """LIC-1: joining as Basic drops the licensed features."""
    world.expect_no_unchecked_refusal()
    lost = [e.lost for e in _dropped(world, email)]
    assert lost == [_features(features)], f"{email} lost {lost}"


@then(en('"{email}" loses no feature on joining'))
def loses_nothing(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    assert not _dropped(world, email), f"{email} lost {_dropped(world, email)}"


@then(en('"{account}" has {count:d} free licence seats'))
@then(en('"{account}" has {count:d} free licence seat'))
def free_seats(world: World, account: str, count: int) -> None:
    """LIC-3: seats not used by a licensed member nor held by a pending Licensed invitation."""
    world.expect_no_unchecked_refusal()
    free = world.service.licence_seats_free(account)
    assert free == count, f"{account} has {free} free licence seats, expected {count}"
