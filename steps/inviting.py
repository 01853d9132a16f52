"""Steps for adding users: the invitation email, the Pending list, resend and revoke."""

from __future__ import annotations

from pytest_bdd import given, then, when

from model import events
from steps.language import en
from steps.world import World


@when(en('"{by}" adds "{email}" to "{account}"'))
@given(en('"{by}" adds "{email}" to "{account}"'))
def adds_user(world: World, by: str, email: str, account: str) -> None:
    world.attempt(world.service.invite, by, account, email)


@when(en('"{by}" adds "{email}" to "{account}" as Licensed'))
@given(en('"{by}" adds "{email}" to "{account}" as Licensed'))
def adds_user_licensed(world: World, by: str, email: str, account: str) -> None:
    world.attempt(world.service.invite, by, account, email, licensed=True)


@when(en('"{by}" adds "{email}" to "{account}" in the group "{group}"'))
def adds_user_to_group(world: World, by: str, email: str, account: str, group: str) -> None:
    world.attempt(world.service.invite, by, account, email, group=group)


@when(en('"{by}" adds these users to "{account}":'))
def adds_users(world: World, by: str, account: str, datatable) -> None:
    header, *rows = datatable
    column = header.index("email")
    world.attempt(world.service.add_users, by, account, [row[column] for row in rows])


@when(en('"{by}" resends the invitation to "{email}"'))
@given(en('"{by}" resends the invitation to "{email}"'))
def resends(world: World, by: str, email: str) -> None:
    account = world.service.user(by).account
    world.attempt(world.service.resend, by, world.service.invitation_for(email, account).id)


@when(en('"{by}" revokes the invitation to "{email}"'))
@given(en('"{by}" revokes the invitation to "{email}"'))
def revokes(world: World, by: str, email: str) -> None:
    account = world.service.user(by).account
    world.attempt(world.service.revoke, by, world.service.invitation_for(email, account).id)


@then(en('"{email}" receives an invitation email from "{account}"'))
def receives_invitation(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    mails = [m for m in world.service.mailbox(email)
             if isinstance(m, events.InvitationEmailSent) and m.account == account]
    assert mails, f"{email} received no invitation email from {account}"


@then(en('"{email}" receives {count:d} invitation emails from "{account}"'))
def receives_invitations(world: World, email: str, count: int, account: str) -> None:
    mails = [m for m in world.service.mailbox(email)
             if isinstance(m, events.InvitationEmailSent) and m.account == account]
    assert len(mails) == count, f"{email} received {len(mails)} invitation emails from {account}"


@then(en('"{email}" receives no invitation email'))
def receives_no_invitation(world: World, email: str) -> None:
    mails = [m for m in world.service.mailbox(email) if isinstance(m, events.InvitationEmailSent)]
    assert not mails, f"{email} received {mails}"


@then(en('the Pending list of "{account}" shows "{email}"'))
def pending_shows(world: World, account: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    shown = [inv.email for inv in world.service.pending(account)]
    assert email.lower() in shown, f"Pending list of {account} is {shown}"


@then(en('the Pending list of "{account}" does not show "{email}"'))
def pending_does_not_show(world: World, account: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    shown = [inv.email for inv in world.service.pending(account)]
    assert email.lower() not in shown, f"Pending list of {account} is {shown}"


@then(en('the Pending list of "{account}" is empty'))
def pending_empty(world: World, account: str) -> None:
    world.expect_no_unchecked_refusal()
    assert world.service.pending(account) == []


@then(en('the invitation to "{email}" from "{account}" expires on {day}'))
def invitation_expires_on(world: World, email: str, account: str, day: str) -> None:
    invitation = world.service.invitation_for(email, account)
    assert invitation.expires_at.date().isoformat() == day, f"expires at {invitation.expires_at}"


@then(en('"{email}" is refused as "{code}"'))
def address_refused(world: World, email: str, code: str) -> None:
    """For a batch: one address in the batch was refused, with this code."""
    result = world.last_result
    assert result is not None and email in result.refused, f"{email} was not refused: {result}"
    assert result.refused[email].code == code, f"{email} refused with {result.refused[email].code}"


INVITATION_STATES = {"pending": "pending", "accepted": "accepted", "revoked": "revoked", "expired": "expired",
                     "no longer valid": "void"}


@then(en('the invitation to "{email}" from "{account}" is {state}'))
def invitation_state(world: World, email: str, account: str, state: str) -> None:
    """The state of the latest invitation: pending, accepted, revoked, expired or no longer valid."""
    world.expect_no_unchecked_refusal()
    invitation = world.service.invitation_for(email, account)
    actual = invitation.state(world.service.clock.now())
    assert actual == INVITATION_STATES[state], f"the invitation {invitation.id} is {actual}, expected {state}"


@then(en('the invitation to "{email}" bounces because {reason}'))
def invitation_bounces(world: World, email: str, reason: str) -> None:
    """INV-3: the invitation email came back, for this reason."""
    bounces = [e.reason for e in world.service.events
               if isinstance(e, events.InvitationBounced) and e.email == email.lower()]
    assert reason in bounces, f"bounces for {email}: {bounces}"


@then(en('the invitation to "{email}" does not bounce'))
def invitation_does_not_bounce(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    bounces = [e for e in world.service.events if isinstance(e, events.InvitationBounced) and e.email == email.lower()]
    assert not bounces, f"bounces for {email}: {bounces}"
