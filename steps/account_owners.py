"""Steps for the owner of an account who accepts an invitation: the users linked to their account
(users outside the managed domain, unlinking, removing, error 1009), Zoom Rooms and a pending
cancellation undone with "Reactivate plan"."""

from __future__ import annotations

from pytest_bdd import then, when

from joinsim.model import errors, events
from joinsim.steps.language import en, fr, nl, set_up
from joinsim.steps.world import World


def _own_account(world: World, owner: str) -> str:
    return world.service.account_of(owner).name


@set_up(en('"{email}" is linked to the account of "{owner}"'))
@set_up(fr('"{email}" est lié au compte de "{owner}"'))
@set_up(nl('"{email}" is gekoppeld aan het account van "{owner}"'))
def linked_to_account_of(world: World, email: str, owner: str) -> None:
    """A user on the owner's account (any domain)."""
    world.new_user(email)
    world.service.add_existing_member(_own_account(world, owner), email)


@set_up(en('the account of "{owner}" manages the domain "{domain}"'))
@set_up(fr('le compte de "{owner}" gère le domaine "{domain}"'))
@set_up(nl('het account van "{owner}" beheert het domein "{domain}"'))
def manages_domain(world: World, owner: str, domain: str) -> None:
    """The domain the owner's account manages; other addresses are outside the managed domain."""
    world.service.add_managed_domain(_own_account(world, owner), domain)


@set_up(en('"{owner}" has the Zoom Room "{room}" on their account'))
@set_up(fr('"{owner}" a la salle Zoom "{room}" sur son compte'))
@set_up(nl('"{owner}" heeft de Zoom Room "{room}" op het eigen account'))
def has_zoom_room(world: World, owner: str, room: str) -> None:
    """OWN-4: a Zoom Room on the owner's account."""
    world.service.add_zoom_room(owner, room)


@set_up(en('"{owner}" has requested the cancellation of their plan'))
@set_up(fr('"{owner}" a demandé l\'annulation de son forfait'))
@set_up(nl('"{owner}" heeft een annuleringsverzoek voor het eigen abonnement ingediend'))
def requested_cancellation(world: World, owner: str) -> None:
    """OWN-5: a cancellation request is pending on the owner's account."""
    world.service.request_cancellation(owner)


@when(en('"{by}" unlinks "{email}" from their account'))
@when(fr('"{by}" dissocie "{email}" de son compte'))
@when(nl('"{by}" de gebruiker "{email}" van het eigen account ontkoppelt'))
@when(nl('"{by}" "{email}" van het eigen account ontkoppelt', older=True))
@when(nl('"{by}" ontkoppelt "{email}" van het eigen account', older=True))
def unlinks(world: World, by: str, email: str) -> None:
    """OWN-2/OWN-3: the unlinked user leaves and keeps a free account of their own."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.unlink_user, by, email)


@when(en('"{by}" removes "{email}" from their account'))
@when(fr('"{by}" supprime "{email}" de son compte'))
@when(nl('"{by}" de gebruiker "{email}" van het eigen account verwijdert'))
@when(nl('"{by}" "{email}" van het eigen account verwijdert', older=True))
@when(nl('"{by}" verwijdert "{email}" van het eigen account', older=True))
def removes(world: World, by: str, email: str) -> None:
    """OWN-2/OWN-3: the removed user is deleted with their data."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.remove_user, by, email)


@when(en('"{owner}" deletes the Zoom Room "{room}" on the Zoom Rooms page'))
@when(fr('"{owner}" supprime la salle Zoom "{room}" de la page Salles Zoom'))
@when(nl('"{owner}" de Zoom Room "{room}" op de pagina Zoom Rooms verwijdert'))
@when(nl('"{owner}" verwijdert de Zoom Room "{room}" op de pagina Zoom Rooms', older=True))
def deletes_zoom_room(world: World, owner: str, room: str) -> None:
    """OWN-4: the owner deletes a Zoom Room."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.delete_zoom_room, owner, room)


@when(en('"{owner}" clicks Reactivate plan on the Billing page'))
@when(fr('"{owner}" clique sur Réactiver le forfait sur la page Facturation'))
@when(nl('"{owner}" op de Factureringspagina op Abonnement heractiveren klikt'))
@when(nl('"{owner}" klikt op Abonnement heractiveren op de Factureringspagina', older=True))
def reactivates_plan(world: World, owner: str) -> None:
    """OWN-5: "Reactivate plan" removes the cancellation request."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.reactivate_plan, owner)


@then(en('the users outside the managed domain of the account of "{owner}" are "{emails}"'))
@then(fr('les utilisateurs hors du domaine géré du compte de "{owner}" sont "{emails}"'))
@then(nl('buiten het beheerde domein van het account van "{owner}" staan de gebruikers "{emails}"', older=True))
@then(nl('staan buiten het beheerde domein van het account van "{owner}" de gebruikers "{emails}"'))
@then(nl('de gebruikers buiten het beheerde domein van het account van "{owner}" zijn "{emails}"', older=True))
@then(nl('zijn de gebruikers buiten het beheerde domein van het account van "{owner}" "{emails}"', older=True))
def outside_managed_domain(world: World, owner: str, emails: str) -> None:
    """OWN-1/OWN-2: which users of the owner's account are not in its managed domains (comma-separated)."""
    world.expect_no_unchecked_refusal()
    outside = world.service.users_outside_managed_domain(_own_account(world, owner))
    assert outside == [e.strip().lower() for e in emails.split(",")], f"outside the managed domain: {outside}"


@then(en('"{email}" joined "{account}" together with the owner "{owner}"'))
@then(fr('"{email}" a rejoint "{account}" avec le propriétaire "{owner}"'))
@then(nl('"{email}" is samen met de eigenaar "{owner}" lid geworden van "{account}"', older=True))
@then(nl('is "{email}" samen met de eigenaar "{owner}" lid geworden van "{account}"'))
def joined_with_owner(world: World, email: str, account: str, owner: str) -> None:
    """OWN-1: the user was brought into the account by their owner's acceptance."""
    world.expect_no_unchecked_refusal()
    joined = [e for e in world.service.events if isinstance(e, events.UserJoined) and e.email == email.lower()]
    assert [(e.account, e.with_owner) for e in joined] == [(account, owner.lower())], f"joins: {joined}"


@then(en('"{email}" no longer exists'))
@then(fr('"{email}" n\'existe plus'))
@then(nl('bestaat "{email}" niet meer'))
@then(nl('bestaat "{email}" niet'))
@then(nl('"{email}" bestaat niet meer', older=True))
@then(en('"{email}" does not exist'))
@then(fr('"{email}" n\'existe pas'))
@then(nl('"{email}" bestaat niet', older=True))
def no_longer_exists(world: World, email: str) -> None:
    """OWN-2: a removed user is gone, with their data (LIC-6: nobody is created by single sign-on)."""
    world.expect_no_unchecked_refusal()
    try:
        world.service.user(email)
    except errors.UnknownUser:
        return
    raise AssertionError(f"{email} still exists")


@then(en('"{email}" is still linked to the account of "{owner}"'))
@then(fr('"{email}" est toujours lié au compte de "{owner}"'))
@then(nl('is "{email}" nog steeds gekoppeld aan het account van "{owner}"'))
@then(nl('"{email}" is nog steeds gekoppeld aan het account van "{owner}"', older=True))
def still_linked(world: World, email: str, owner: str) -> None:
    """OWN-3: the user stayed on the owner's account."""
    world.expect_no_unchecked_refusal()
    assert world.service.user(email).account == _own_account(world, owner), \
        f"{email} is in {world.service.user(email).account!r}"
