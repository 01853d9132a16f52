"""Steps for adding users: the invitation email, the Pending list, resend and revoke."""

from __future__ import annotations

from pytest_bdd import given, then, when

from joinsim.model import events
from joinsim.steps.language import NotHeld, en, fr, nl, set_up, word
from joinsim.steps.world import World, parse_address, parse_date, parse_when

EMAIL_COLUMN = ("email", "e-mail", "e-mailadres")
INVITATION_STATES = {"pending": "pending", "accepted": "accepted", "revoked": "revoked", "expired": "expired",
                     "no longer valid": "void",
                     "en attente": "pending", "acceptée": "accepted", "révoquée": "revoked",
                     "expirée": "expired", "caduque": "void",
                     "in afwachting": "pending", "geaccepteerd": "accepted", "ingetrokken": "revoked",
                     "verlopen": "expired", "niet meer geldig": "void",
                     "no longer needed": "superseded", "sans objet": "superseded", "niet meer nodig": "superseded"}
BOUNCE_REASONS = {"the address does not exist": "the address does not exist",
                  "the address refuses external email": "the address refuses external email",
                  "l'adresse n'existe pas": "the address does not exist",
                  "l'adresse refuse les e-mails externes": "the address refuses external email",
                  "het adres niet bestaat": "the address does not exist",
                  "het adres externe e-mails weigert": "the address refuses external email"}


@when(en('"{by}" adds "{email}" to "{account}"'))
@when(fr('"{by}" ajoute "{email}" à "{account}"'))
@when(nl('"{by}" de gebruiker "{email}" aan "{account}" toevoegt'))
@given(en('"{by}" adds "{email}" to "{account}"'))
@set_up(fr('"{by}" a ajouté "{email}" à "{account}"'))
@set_up(nl('"{by}" heeft "{email}" aan "{account}" toegevoegd'))
@given(fr('"{by}" ajoute "{email}" à "{account}"', older=True))
@given(nl('"{by}" voegt "{email}" toe aan "{account}"', older=True))
@when(nl('"{by}" "{email}" aan "{account}" toevoegt', older=True))
@when(nl('"{by}" voegt "{email}" toe aan "{account}"', older=True))
def adds_user(world: World, by: str, email: str, account: str) -> None:
    world.attempt(world.service.invite, by, account, parse_address(email))


@when(en('"{by}" adds "{email}" to "{account}" as Licensed'))
@when(fr('"{by}" ajoute "{email}" à "{account}" en tant qu\'utilisateur sous licence'))
@when(nl('"{by}" de gebruiker "{email}" met licentie aan "{account}" toevoegt'))
@given(en('"{by}" adds "{email}" to "{account}" as Licensed'))
@set_up(fr('"{by}" a ajouté "{email}" à "{account}" en tant qu\'utilisateur sous licence'))
@set_up(nl('"{by}" heeft de gebruiker "{email}" met licentie aan "{account}" toegevoegd'))
@given(fr('"{by}" ajoute "{email}" à "{account}" en tant qu\'utilisateur sous licence', older=True))
@set_up(nl('"{by}" heeft "{email}" als gebruiker met licentie aan "{account}" toegevoegd', older=True))
@given(nl('"{by}" voegt "{email}" toe aan "{account}" als gebruiker met licentie', older=True))
@when(nl('"{by}" "{email}" als gebruiker met licentie aan "{account}" toevoegt', older=True))
@when(nl('"{by}" voegt "{email}" toe aan "{account}" als gebruiker met licentie', older=True))
def adds_user_licensed(world: World, by: str, email: str, account: str) -> None:
    world.attempt(world.service.invite, by, account, parse_address(email), licensed=True)


@when(en('"{by}" adds "{email}" to "{account}" in the group "{group}"'))
@when(fr('"{by}" ajoute "{email}" à "{account}" dans le groupe "{group}"'))
@when(nl('"{by}" de gebruiker "{email}" aan de groep "{group}" van "{account}" toevoegt'))
@when(nl('"{by}" "{email}" aan de groep "{group}" van "{account}" toevoegt', older=True))
@when(nl('"{by}" voegt "{email}" toe aan "{account}" in de groep "{group}"', older=True))
def adds_user_to_group(world: World, by: str, email: str, account: str, group: str) -> None:
    world.attempt(world.service.invite, by, account, email, group=group)


@when(en('"{by}" adds these users to "{account}":'))
@when(fr('"{by}" ajoute ces utilisateurs à "{account}" :'))
@when(nl('"{by}" deze gebruikers aan "{account}" toevoegt:'))
@when(nl('"{by}" voegt deze gebruikers toe aan "{account}":', older=True))
def adds_users(world: World, by: str, account: str, datatable) -> None:
    """The table has a column "email" (FR "e-mail", NL "e-mailadres") with one address a row."""
    header, *rows = datatable
    columns = [i for i, name in enumerate(header) if name.strip().lower() in EMAIL_COLUMN]
    assert columns, f"the table needs a column named one of {EMAIL_COLUMN}, not {header}"
    world.attempt(world.service.add_users, by, account, [row[columns[0]] for row in rows])


@when(en('"{by}" resends the invitation to "{email}"'))
@when(fr('"{by}" renvoie l\'invitation à "{email}"'))
@when(nl('"{by}" de uitnodiging opnieuw naar "{email}" verstuurt'))
@given(en('"{by}" resends the invitation to "{email}"'))
@set_up(fr('"{by}" a renvoyé l\'invitation à "{email}"'))
@set_up(nl('"{by}" heeft de uitnodiging opnieuw naar "{email}" verstuurd'))
@given(fr('"{by}" renvoie l\'invitation à "{email}"', older=True))
@given(nl('"{by}" verstuurt de uitnodiging opnieuw naar "{email}"', older=True))
@when(nl('"{by}" verstuurt de uitnodiging opnieuw naar "{email}"', older=True))
def resends(world: World, by: str, email: str) -> None:
    account = world.service.user(by).account
    world.attempt(world.service.resend, by, world.service.invitation_for(email, account).id)


@when(en('"{by}" revokes the invitation to "{email}"'))
@when(fr('"{by}" révoque l\'invitation envoyée à "{email}"'))
@when(nl('"{by}" de uitnodiging aan "{email}" intrekt'))
@given(en('"{by}" revokes the invitation to "{email}"'))
@set_up(fr('"{by}" a révoqué l\'invitation envoyée à "{email}"'))
@set_up(nl('"{by}" heeft de uitnodiging aan "{email}" ingetrokken'))
@given(fr('"{by}" révoque l\'invitation envoyée à "{email}"', older=True))
@given(nl('"{by}" trekt de uitnodiging aan "{email}" in', older=True))
@when(nl('"{by}" trekt de uitnodiging aan "{email}" in', older=True))
def revokes(world: World, by: str, email: str) -> None:
    account = world.service.user(by).account
    world.attempt(world.service.revoke, by, world.service.invitation_for(email, account).id)


def _invitation_mails(world: World, email: str, account: str | None = None) -> list[events.InvitationEmailSent]:
    return [m for m in world.service.mailbox(email)
            if isinstance(m, events.InvitationEmailSent) and account in (None, m.account)]


@then(en('"{email}" receives an invitation email from "{account}"'))
@then(fr('"{email}" reçoit un e-mail d\'invitation de "{account}"'))
@then(nl('"{email}" ontvangt een uitnodigingsmail van "{account}"', older=True))
@then(nl('ontvangt "{email}" een uitnodigingsmail van "{account}"'))
def receives_invitation(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    assert _invitation_mails(world, email, account), f"{email} received no invitation email from {account}"


@then(en('"{email}" receives {count:d} invitation emails from "{account}"'))
@then(en('"{email}" receives {count:d} invitation email from "{account}"'))
@then(fr('"{email}" a reçu {count:d} e-mails d\'invitation de "{account}"'))
@then(fr('"{email}" a reçu {count:d} e-mail d\'invitation de "{account}"'))
@then(nl('"{email}" heeft {count:d} uitnodigingsmails van "{account}" ontvangen', older=True))
@then(nl('heeft "{email}" {count:d} uitnodigingsmails van "{account}" ontvangen'))
@then(nl('"{email}" heeft {count:d} uitnodigingsmail van "{account}" ontvangen', older=True))
@then(nl('heeft "{email}" {count:d} uitnodigingsmail van "{account}" ontvangen'))
def receives_invitations(world: World, email: str, count: int, account: str) -> None:
    mails = _invitation_mails(world, email, account)
    assert len(mails) == count, f"{email} received {len(mails)} invitation emails from {account}"


@then(en('"{email}" receives no invitation email'))
@then(fr('"{email}" ne reçoit aucun e-mail d\'invitation'))
@then(nl('ontvangt "{email}" geen uitnodigingsmail'))
@then(nl('"{email}" ontvangt geen uitnodigingsmail', older=True))
def receives_no_invitation(world: World, email: str) -> None:
    mails = _invitation_mails(world, email)
    assert not mails, f"{email} received {mails}"


@then(en('the Pending list of "{account}" shows "{email}"'))
@then(fr('la liste En attente de "{account}" affiche "{email}"'))
@then(nl('"{email}" staat in de lijst In afwachting van "{account}"', older=True))
@then(nl('staat "{email}" in de lijst In afwachting van "{account}"'))
@then(nl('de lijst In afwachting van "{account}" toont "{email}"', older=True))
@then(nl('toont de lijst In afwachting van "{account}" "{email}"', older=True))
def pending_shows(world: World, account: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    shown = [inv.email for inv in world.service.pending(account)]
    assert email.lower() in shown, f"Pending list of {account} is {shown}"


@then(en('the Pending list of "{account}" does not show "{email}"'))
@then(fr('la liste En attente de "{account}" n\'affiche pas "{email}"'))
@then(nl('"{email}" staat niet in de lijst In afwachting van "{account}"', older=True))
@then(nl('staat "{email}" niet in de lijst In afwachting van "{account}"'))
@then(nl('de lijst In afwachting van "{account}" toont "{email}" niet', older=True))
@then(nl('toont de lijst In afwachting van "{account}" "{email}" niet', older=True))
def pending_does_not_show(world: World, account: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    shown = [inv.email for inv in world.service.pending(account)]
    assert email.lower() not in shown, f"Pending list of {account} is {shown}"


@then(en('the Pending list of "{account}" is empty'))
@then(fr('la liste En attente de "{account}" est vide'))
@then(nl('de lijst In afwachting van "{account}" is leeg', older=True))
@then(nl('is de lijst In afwachting van "{account}" leeg'))
def pending_empty(world: World, account: str) -> None:
    world.expect_no_unchecked_refusal()
    assert world.service.pending(account) == []


@then(en('the invitation to "{email}" from "{account}" expires on {day}'))
@then(fr('l\'invitation envoyée à "{email}" par "{account}" expire le {day}'))
@then(nl('de uitnodiging van "{account}" aan "{email}" verloopt op {day}', older=True))
@then(nl('verloopt de uitnodiging van "{account}" aan "{email}" op {day}'))
def invitation_expires_on(world: World, email: str, account: str, day: str) -> None:
    """INV-4: the day the link stops working, at the time of day it was sent (see "the link … works until")."""
    invitation = world.service.invitation_for(email, account)
    assert invitation.expires_at.date().isoformat() == day, f"expires at {invitation.expires_at}"


@then(en('the link of the invitation to "{email}" from "{account}" works until {when}'))
@then(fr('le lien de l\'invitation envoyée à "{email}" par "{account}" fonctionne jusqu\'au {when}'))
@then(nl('werkt de link van de uitnodiging van "{account}" aan "{email}" tot {when}'))
def invitation_works_until(world: World, email: str, account: str, when: str) -> None:
    """INV-4: the last moment the link works, written with its time ("2026-04-09 09:00", 30 days after it was
    sent); a day alone is that day, at any time."""
    world.expect_no_unchecked_refusal()
    expires_at = world.service.invitation_for(email, account).expires_at
    if " " in when.strip() or "T" in when:
        assert expires_at == parse_when(when), f"the link works until {expires_at:%Y-%m-%d %H:%M}"
    else:
        assert expires_at.date() == parse_date(when), f"the link works until {expires_at:%Y-%m-%d %H:%M}"


@then(en('"{email}" is refused as "{code}"'))
@then(fr('l\'adresse "{email}" est refusée avec le code "{code}"'))
@then(nl('het adres "{email}" wordt geweigerd met "{code}"', older=True))
@then(nl('wordt het adres "{email}" geweigerd met "{code}"'))
@then(fr('l\'adresse "{email}" est refusée avec "{code}"', older=True))
def address_refused(world: World, email: str, code: str) -> None:
    """For a batch: one address in the batch was refused, with this code."""
    result = world.last_result
    assert result is not None and email in result.refused, f"{email} was not refused: {result}"
    assert result.refused[email].code == code, f"{email} refused with {result.refused[email].code}"


@then(en('the invitation to "{email}" from "{account}" is {state}'))
@then(fr('l\'invitation envoyée à "{email}" par "{account}" est {state}'))
@then(nl('de uitnodiging van "{account}" aan "{email}" is {state}', older=True))
@then(nl('is de uitnodiging van "{account}" aan "{email}" {state}'))
def invitation_state(world: World, email: str, account: str, state: str) -> None:
    """The state of the latest invitation: pending, accepted, revoked, expired or no longer valid."""
    world.expect_no_unchecked_refusal()
    expected = word(INVITATION_STATES, state, "state")
    invitation = world.service.invitation_for(email, account)
    actual = invitation.state(world.service.clock.now())
    assert actual == expected, f"the invitation {invitation.id} is {actual}, expected {state}"


@then(en('the invitation to "{email}" bounces because {reason}'))
@then(fr('l\'invitation envoyée à "{email}" n\'est pas distribuée car {reason}'))
@then(nl('komt de uitnodiging aan "{email}" onbestelbaar terug omdat {reason}'))
@then(nl('de uitnodiging aan "{email}" komt onbestelbaar terug omdat {reason}', older=True))
def invitation_bounces(world: World, email: str, reason: str) -> None:
    """INV-3: the current invitation email to the address (the latest one sent) came back, for this reason."""
    expected = word(BOUNCE_REASONS, reason, "reason")
    current = _current_invitation(world, email)
    assert isinstance(current, events.InvitationBounced) and current.reason == expected, \
        f"the latest invitation to {email} {_said(current)}"


@then(en('the invitation to "{email}" does not bounce'))
@then(fr('l\'invitation envoyée à "{email}" est bien distribuée'))
@then(nl('de uitnodiging aan "{email}" komt niet onbestelbaar terug', older=True))
@then(nl('komt de uitnodiging aan "{email}" niet onbestelbaar terug'))
def invitation_does_not_bounce(world: World, email: str) -> None:
    """INV-3: the current invitation email to the address (the latest one sent) was delivered (an earlier one may
    have bounced)."""
    world.expect_no_unchecked_refusal()
    current = _current_invitation(world, email)
    assert isinstance(current, events.InvitationEmailSent), f"the latest invitation to {email} {_said(current)}"


def _current_invitation(world: World, email: str) -> events.InvitationEmailSent | events.InvitationBounced:
    """The latest invitation email sent to the address: delivered (sent or resent) or bounced."""
    key = parse_address(email).lower()
    sent = [e for e in world.service.events
            if isinstance(e, events.InvitationEmailSent | events.InvitationBounced) and e.email == key]
    if not sent:
        raise NotHeld(f'no invitation was sent to "{email}"', f"aucune invitation n'a été envoyée à « {email} »",
                      f'er is geen uitnodiging naar "{email}" verstuurd')
    return sent[-1]


def _said(event) -> str:
    if isinstance(event, events.InvitationBounced):
        return f"bounced because {event.reason} ({event.at:%Y-%m-%d %H:%M})"
    return f"was delivered ({event.at:%Y-%m-%d %H:%M})"


@then(en('the invitation to "{email}" from "{account}" was closed because they joined with the owner "{owner}"'))
@then(fr('l\'invitation envoyée à "{email}" par "{account}" a été close car elle a rejoint le compte avec le '
         'propriétaire "{owner}"'))
@then(nl('werd de uitnodiging van "{account}" aan "{email}" gesloten omdat die gebruiker samen met de '
         'eigenaar "{owner}" is toegetreden'))
@then(nl('de uitnodiging van "{account}" aan "{email}" werd gesloten omdat die gebruiker samen met de eigenaar '
         '"{owner}" is toegetreden', older=True))
def invitation_closed_with_owner(world: World, email: str, account: str, owner: str) -> None:
    """OWN-6: the event that says why the invitation left the Pending list."""
    world.expect_no_unchecked_refusal()
    closed = [(e.account, e.with_owner) for e in world.service.events
              if isinstance(e, events.InvitationSuperseded) and e.email == email.lower()]
    assert closed == [(account, owner.lower())], f"invitations to {email} closed: {closed}"


# ---------------------------------------------------------------- the world changes (INV-3)
@set_up(en('the address "{email}" exists now'))
@set_up(fr('l\'adresse "{email}" existe désormais'))
@set_up(nl('het adres "{email}" nu bestaat'))
@set_up(nl('het adres "{email}" bestaat nu'))
def address_exists_now(world: World, email: str) -> None:
    """INV-3: an address that did not exist has been created since."""
    world.expect_no_unchecked_refusal()
    world.service.mark_deliverable(email)


@set_up(en('the address "{email}" accepts external email again'))
@set_up(fr('l\'adresse "{email}" accepte de nouveau les e-mails externes'))
@set_up(nl('het adres "{email}" weer externe e-mails accepteert'))
@set_up(nl('het adres "{email}" accepteert weer externe e-mails'))
def address_accepts_external_email_again(world: World, email: str) -> None:
    """INV-3: an address that refused external email accepts it again."""
    world.expect_no_unchecked_refusal()
    world.service.mark_deliverable(email)


# ---------------------------------------------------------------- who receives the invitation email (INV-1)
def _copies(world: World, admin: str, email: str) -> list[events.InvitationCopySent]:
    return [m for m in world.service.mailbox(admin)
            if isinstance(m, events.InvitationCopySent) and m.email == email.lower()]


@then(en('"{admin}" receives a copy of the invitation email to "{email}"'))
@then(fr('"{admin}" reçoit une copie de l\'e-mail d\'invitation envoyé à "{email}"'))
@then(nl('"{admin}" ontvangt een kopie van de uitnodigingsmail aan "{email}"', older=True))
@then(nl('ontvangt "{admin}" een kopie van de uitnodigingsmail aan "{email}"'))
def receives_copy(world: World, admin: str, email: str) -> None:
    """INV-1, French reading: the admin who added the user receives an email about the invitation too."""
    world.expect_no_unchecked_refusal()
    assert _copies(world, admin, email), f"{admin} received no copy of the invitation to {email}"


@then(en('"{admin}" receives no copy of the invitation email to "{email}"'))
@then(fr('"{admin}" ne reçoit aucune copie de l\'e-mail d\'invitation envoyé à "{email}"'))
@then(nl('"{admin}" ontvangt geen kopie van de uitnodigingsmail aan "{email}"', older=True))
@then(nl('ontvangt "{admin}" geen kopie van de uitnodigingsmail aan "{email}"'))
def receives_no_copy(world: World, admin: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    assert not _copies(world, admin, email), f"{admin} received {_copies(world, admin, email)}"


# ---------------------------------------------------------------- contacting users first (INV-7)
@when(en('"{by}" contacts "{email}" about joining "{account}"'))
@when(fr('"{by}" contacte "{email}" pour lui parler de l\'invitation à rejoindre "{account}"'))
@when(nl('"{by}" contact opneemt met "{email}" over lid worden van "{account}"'))
def contacts_user(world: World, by: str, email: str, account: str) -> None:
    """INV-7: the owner or an admin tells the user, before the invitation, what they will receive and why."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.contact_user, by, account, email)


def _first_invitation_email(world: World, email: str, account: str):
    sent = [m.at for m in world.service.mailbox(email)
            if isinstance(m, events.InvitationEmailSent) and m.account == account]
    assert sent, f"{email} has no invitation email from {account}"
    return sent[0]


@then(en('"{email}" was contacted by "{account}" on {day} before being invited'))
@then(fr('"{email}" a été contacté par "{account}" le {day}, avant d\'être invité'))
@then(nl('heeft "{account}" op {day} contact opgenomen met "{email}", voordat de uitnodiging werd verstuurd'))
@then(nl('"{account}" heeft op {day} contact opgenomen met "{email}", voordat de uitnodiging werd '
         'verstuurd', older=True))
def contacted_before_invited(world: World, email: str, account: str, day: str) -> None:
    """INV-7: what the model records of the best practice: a contact on this day, before the invitation email."""
    world.expect_no_unchecked_refusal()
    first = _first_invitation_email(world, email, account)
    before = [at.date().isoformat() for at in world.service.contacted(account, email) if at <= first]
    assert day in before, f"contacts with {email} before the invitation of {first}: {before}"


@then(en('"{email}" was not contacted by "{account}" before being invited'))
@then(fr('"{email}" n\'a pas été contacté par "{account}" avant d\'être invité'))
@then(nl('heeft "{account}" geen contact opgenomen met "{email}" voordat de uitnodiging werd verstuurd'))
@then(nl('"{account}" heeft geen contact opgenomen met "{email}" voordat de uitnodiging werd verstuurd', older=True))
def not_contacted_before_invited(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    first = _first_invitation_email(world, email, account)
    before = [at for at in world.service.contacted(account, email) if at <= first]
    assert not before, f"{email} was contacted before the invitation: {before}"


# ---------------------------------------------------------------- one invitation (LIC-3)
@then(en('the invitation to "{email}" from "{account}" holds a licence seat'))
@then(fr('l\'invitation envoyée à "{email}" par "{account}" réserve une licence'))
@then(nl('de uitnodiging van "{account}" aan "{email}" houdt een licentie vast', older=True))
@then(nl('houdt de uitnodiging van "{account}" aan "{email}" een licentie vast'))
def invitation_holds_seat(world: World, email: str, account: str) -> None:
    """LIC-3: a pending Licensed invitation holds one of the account's licence seats."""
    world.expect_no_unchecked_refusal()
    invitation = world.service.invitation_for(email, account)
    assert world.service.holds_licence_seat(invitation.id), f"{invitation.id} holds no licence seat"


@then(en('the invitation to "{email}" from "{account}" holds no licence seat'))
@then(fr('l\'invitation envoyée à "{email}" par "{account}" ne réserve aucune licence'))
@then(nl('de uitnodiging van "{account}" aan "{email}" houdt geen licentie vast', older=True))
@then(nl('houdt de uitnodiging van "{account}" aan "{email}" geen licentie vast'))
def invitation_holds_no_seat(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    invitation = world.service.invitation_for(email, account)
    assert not world.service.holds_licence_seat(invitation.id), f"{invitation.id} holds a licence seat"


INVITED_AS = {"a Licensed user": True, "a Basic user": False,
              "utilisateur sous licence": True, "utilisateur de base": False,
              "gebruiker met licentie": True, "Basisgebruiker": False}


@then(en('the invitation to "{email}" from "{account}" invites them as {kind}'))
@then(fr('l\'invitation envoyée à "{email}" par "{account}" invite en tant qu\'{kind}'))
@then(nl('de uitnodiging van "{account}" aan "{email}" nodigt uit als {kind}', older=True))
@then(nl('nodigt de uitnodiging van "{account}" aan "{email}" uit als {kind}'))
def invitation_invites_as(world: World, email: str, account: str, kind: str) -> None:
    """LIC-1/LIC-3: whether the invitation is for a Licensed user or a Basic user."""
    world.expect_no_unchecked_refusal()
    invitation = world.service.invitation_for(email, account)
    expected = word(INVITED_AS, kind, "kind of user")
    assert invitation.licensed == expected, f"{invitation.id} is {'Licensed' if invitation.licensed else 'Basic'}"
