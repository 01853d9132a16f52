"""Steps for licences: what a Basic or Licensed user can do, seats, and single sign-on."""

from __future__ import annotations

import re

from pytest_bdd import given, then, when

from joinsim.model import events
from joinsim.steps.accepting import CHOICES
from joinsim.steps.language import en, fr, nl, set_up, word
from joinsim.steps.world import World, parse_address

LICENSED_FEATURES = {"cloud recording": "cloud recording", "meetings over 40 minutes": "meetings over 40 minutes",
                     "l'enregistrement dans le cloud": "cloud recording",
                     "les réunions de plus de 40 minutes": "meetings over 40 minutes",
                     "aux réunions de plus de 40 minutes": "meetings over 40 minutes",
                     "opnemen naar de cloud": "cloud recording",
                     "vergaderingen langer dan 40 minuten": "meetings over 40 minutes"}


def _features(text: str) -> tuple[str, ...]:
    """ "cloud recording and meetings over 40 minutes" -> ("cloud recording", "meetings over 40 minutes");
    FR "l'enregistrement dans le cloud et aux réunions de plus de 40 minutes",
    NL "opnemen naar de cloud en vergaderingen langer dan 40 minuten"."""
    parts = (part.strip() for part in re.split(r",| and | et | en ", text))
    return tuple(word(LICENSED_FEATURES, part, "feature") for part in parts if part)


def _dropped(world: World, email: str) -> list[events.LicenceDropped]:
    return [e for e in world.service.events if isinstance(e, events.LicenceDropped) and e.email == email.lower()]


# ---------------------------------------------------------------- set-up
@set_up(en('the account "{account}" has the associated domain "{domain}"'))
@set_up(fr('le compte "{account}" a le domaine associé "{domain}"'))
@set_up(nl('het account "{account}" heeft het gekoppelde domein "{domain}"'))
def associated_domain(world: World, account: str, domain: str) -> None:
    """LIC-4: set-up: a domain whose users can come in with single sign-on."""
    world.service.add_associated_domain(account, domain)


@when(en('"{by}" adds the associated domain "{domain}" to "{account}"'))
@when(fr('"{by}" ajoute le domaine associé "{domain}" à "{account}"'))
@when(nl('"{by}" het gekoppelde domein "{domain}" aan "{account}" toevoegt'))
def adds_associated_domain(world: World, by: str, domain: str, account: str) -> None:
    """LIC-6: the owner or an admin of a paid account sets an associated domain."""
    world.attempt(world.service.add_associated_domain, account, domain, by=by)


@set_up(en('"{email}" holds a licence'))
@set_up(fr('"{email}" dispose d\'une licence'))
@set_up(nl('"{email}" heeft een licentie'))
def holds_licence(world: World, email: str) -> None:
    """Set-up: the user already holds a licence on the account they are on."""
    world.service.give_licence(email)


# ---------------------------------------------------------------- actions
@when(en('"{by}" assigns a licence to "{email}"'))
@when(fr('"{by}" attribue une licence à "{email}"'))
@when(nl('"{by}" een licentie aan "{email}" toewijst'))
@given(en('"{by}" assigns a licence to "{email}"'))
@set_up(fr('"{by}" a attribué une licence à "{email}"'))
@set_up(nl('"{by}" heeft een licentie aan "{email}" toegewezen'))
@given(fr('"{by}" attribue une licence à "{email}"', older=True))
@given(nl('"{by}" wijst een licentie toe aan "{email}"', older=True))
@when(nl('"{by}" wijst een licentie toe aan "{email}"', older=True))
def assigns_licence(world: World, by: str, email: str) -> None:
    world.attempt(world.service.assign_licence, by, email)


@when(en('"{email}" signs in to "{account}" with single sign-on'))
@when(fr('"{email}" se connecte à "{account}" par authentification unique'))
@when(nl('"{email}" zich met Single Sign-On bij "{account}" aanmeldt'))
@when(nl('"{email}" meldt zich aan bij "{account}" met Single Sign-On', older=True))
def signs_in_with_sso(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.sign_in_with_sso, parse_address(email), account)


@when(en('"{email}" signs in to "{account}" with single sign-on choosing {choice}'))
@when(fr('"{email}" se connecte à "{account}" par authentification unique en choisissant {choice}'))
@when(nl('"{email}" zich met Single Sign-On bij "{account}" aanmeldt en voor {choice} kiest'))
@when(nl('"{email}" meldt zich aan bij "{account}" met Single Sign-On en kiest voor {choice}', older=True))
def signs_in_with_sso_choosing(world: World, email: str, account: str, choice: str) -> None:
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.sign_in_with_sso, email, account, word(CHOICES, choice, "choice"))


# ---------------------------------------------------------------- outcomes
@then(en('"{email}" can record to the cloud'))
@then(fr('"{email}" peut enregistrer dans le cloud'))
@then(nl('"{email}" kan opnemen naar de cloud', older=True))
@then(nl('kan "{email}" opnemen naar de cloud'))
def can_record(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    assert world.service.user(email).can_record_to_cloud, f"{email} cannot record to the cloud"


@then(en('"{email}" cannot record to the cloud'))
@then(fr('"{email}" ne peut pas enregistrer dans le cloud'))
@then(nl('kan "{email}" niet opnemen naar de cloud'))
@then(nl('"{email}" kan niet opnemen naar de cloud', older=True))
def cannot_record(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    assert not world.service.user(email).can_record_to_cloud, f"{email} can record to the cloud"


@then(en('meetings hosted by "{email}" are limited to {minutes:d} minutes'))
@then(fr('les réunions organisées par "{email}" sont limitées à {minutes:d} minutes'))
@then(nl('duren vergaderingen die "{email}" organiseert maximaal {minutes:d} minuten'))
@then(nl('vergaderingen die "{email}" organiseert, duren maximaal {minutes:d} minuten', older=True))
def meetings_limited(world: World, email: str, minutes: int) -> None:
    world.expect_no_unchecked_refusal()
    limit = world.service.user(email).meeting_limit_minutes
    assert limit == minutes, f"meetings hosted by {email} are limited to {limit} minutes"


@then(en('meetings hosted by "{email}" have no time limit'))
@then(fr('les réunions organisées par "{email}" n\'ont pas de limite de durée'))
@then(nl('hebben vergaderingen die "{email}" organiseert geen tijdslimiet'))
@then(nl('vergaderingen die "{email}" organiseert, hebben geen tijdslimiet', older=True))
def meetings_unlimited(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    limit = world.service.user(email).meeting_limit_minutes
    assert limit is None, f"meetings hosted by {email} are limited to {limit} minutes"


@then(en('"{email}" loses access to {features}'))
@then(fr('"{email}" perd l\'accès à {features}'))
@then(nl('verliest "{email}" de toegang tot {features}'))
@then(nl('"{email}" verliest de toegang tot {features}', older=True))
def loses_access(world: World, email: str, features: str) -> None:
    """LIC-1: joining as Basic drops the licensed features."""
    world.expect_no_unchecked_refusal()
    lost = [e.lost for e in _dropped(world, email)]
    assert lost == [_features(features)], f"{email} lost {lost}"


@then(en('"{email}" loses no feature on joining'))
@then(fr('"{email}" ne perd aucune fonctionnalité en rejoignant le compte'))
@then(nl('"{email}" verliest geen enkele functie bij het toetreden', older=True))
@then(nl('verliest "{email}" geen enkele functie bij het toetreden'))
def loses_nothing(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    assert not _dropped(world, email), f"{email} lost {_dropped(world, email)}"


@then(en('"{account}" has {count:d} free licence seats'))
@then(en('"{account}" has {count:d} free licence seat'))
@then(fr('"{account}" a {count:d} licences libres'))
@then(fr('"{account}" a {count:d} licence libre'))
@then(nl('"{account}" heeft {count:d} vrije licenties', older=True))
@then(nl('heeft "{account}" {count:d} vrije licenties'))
@then(nl('"{account}" heeft {count:d} vrije licentie', older=True))
@then(nl('heeft "{account}" {count:d} vrije licentie'))
def free_seats(world: World, account: str, count: int) -> None:
    """LIC-3: seats not used by a licensed member nor held by a pending Licensed invitation."""
    world.expect_no_unchecked_refusal()
    free = world.service.licence_seats_free(account)
    assert free == count, f"{account} has {free} free licence seats, expected {count}"


@then(en('"{account}" has {count:d} members'))
@then(en('"{account}" has {count:d} member'))
@then(fr('"{account}" compte {count:d} membres'))
@then(fr('"{account}" compte {count:d} membre'))
@then(nl('"{account}" heeft {count:d} leden', older=True))
@then(nl('"{account}" heeft {count:d} lid', older=True))
@then(nl('heeft "{account}" {count:d} leden'))
@then(nl('heeft "{account}" {count:d} lid'))
def member_count(world: World, account: str, count: int) -> None:
    """The users of the account, its owner and admins included."""
    world.expect_no_unchecked_refusal()
    members = world.service.account(account).members
    assert len(members) == count, f"{account} has {len(members)} members: {members}"
