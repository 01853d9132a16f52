"""Steps for vanity URLs: meeting and webinar IDs, join links, the warning on an old link, and
resending meeting invitations with the new link. Meetings are scheduled with the data-transfer phrase
'"…" has scheduled the meeting "…" with the ID "…"'."""

from __future__ import annotations

from pytest_bdd import then, when

from joinsim.model import events
from joinsim.model.service import OLD_LINK_WARNING
from joinsim.steps.language import en, fr, nl, set_up, word
from joinsim.steps.world import World

WARNINGS = {OLD_LINK_WARNING: OLD_LINK_WARNING,
            "Cette réunion n'est plus associée au compte de l'ancienne URL personnalisée.": OLD_LINK_WARNING,
            "Deze vergadering is niet meer gekoppeld aan het account van de oude Vanity-URL.": OLD_LINK_WARNING}


@set_up(en('the account "{account}" has the vanity URL "{host}"'))
@set_up(fr('le compte "{account}" a l\'URL personnalisée "{host}"'))
@set_up(nl('het account "{account}" heeft de Vanity-URL "{host}"'))
def account_vanity_url(world: World, account: str, host: str) -> None:
    world.service.account(account).vanity_url = host  # set-up only


@set_up(en('the account of "{email}" has the vanity URL "{host}"'))
@set_up(fr('le compte de "{email}" a l\'URL personnalisée "{host}"'))
@set_up(nl('het account van "{email}" heeft de Vanity-URL "{host}"'))
def own_account_vanity_url(world: World, email: str, host: str) -> None:
    world.service.account_of(email).vanity_url = host  # set-up only


@when(en('a participant opens the join link "{link}"'))
@when(fr('un participant ouvre le lien de participation "{link}"'))
@when(nl('een deelnemer de deelnamelink "{link}" opent'))
@when(nl('een deelnemer opent de deelnamelink "{link}"', older=True))
def participant_opens(world: World, link: str) -> None:
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.open_join_link, link)


@when(en('"{email}" resends the meeting invitations for "{meeting}"'))
@when(fr('"{email}" renvoie aux invités les invitations de "{meeting}"'))
@when(nl('"{email}" de uitnodigingen voor "{meeting}" opnieuw naar de gasten verstuurt'))
@when(nl('"{email}" verstuurt de uitnodigingen voor "{meeting}" opnieuw naar de gasten', older=True))
def resends_meeting_invitations(world: World, email: str, meeting: str) -> None:
    """VAN-4: resend the invitation (or registration confirmation) emails of a meeting, by topic or ID."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.resend_meeting_invitations, email, meeting)


@when(en('"{email}" resends the registration confirmations for "{meeting}"'))
@when(fr('"{email}" renvoie les e-mails de confirmation d\'inscription de "{meeting}"'))
@when(nl('"{email}" de registratiebevestigingse-mails van "{meeting}" opnieuw verstuurt'))
def resends_registration_confirmations(world: World, email: str, meeting: str) -> None:
    """VAN-4: the registration confirmation emails of a meeting or webinar (by topic or ID), sent again."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.resend_registration_confirmations, email, meeting)


@when(en('"{email}" updates the join link in the calendar events of "{meeting}"'))
@when(fr('"{email}" modifie l\'URL de participation dans les événements de calendrier de "{meeting}"'))
@when(nl('"{email}" de evenementen in de agenda van "{meeting}" bijwerkt met de aangepaste deelnamelink'))
def updates_calendar_events(world: World, email: str, meeting: str) -> None:
    """VAN-4: the calendar events of a meeting or webinar (by topic or ID) get the new join link."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.update_calendar_events, email, meeting)


@then(en('the join link of "{meeting}" hosted by "{email}" is "{link}"'))
@then(fr('le lien de participation de "{meeting}" organisé par "{email}" est "{link}"'))
@then(nl('de deelnamelink van "{meeting}" georganiseerd door "{email}" is "{link}"', older=True))
@then(nl('is "{link}" de deelnamelink van "{meeting}" georganiseerd door "{email}"'))
@then(nl('is de deelnamelink van "{meeting}" georganiseerd door "{email}" "{link}"', older=True))
def join_link_is(world: World, meeting: str, email: str, link: str) -> None:
    """The link guests use to join a meeting or webinar, named by its topic or ID."""
    world.expect_no_unchecked_refusal()
    actual = world.service.join_link(email, meeting)
    assert actual == link, f"the join link of {meeting!r} is {actual}"


@then(en('"{email}" is told the join links changed from "{old}" to "{new}" for "{meeting_ids}"'))
@then(fr('on signale à "{email}" que les liens de participation de "{meeting_ids}" passent de "{old}" à "{new}"'))
@then(nl('krijgt "{email}" te horen dat de deelnamelinks van "{meeting_ids}" zijn gewijzigd van "{old}" naar "{new}"'))
@then(nl('"{email}" krijgt te horen dat de deelnamelinks van "{meeting_ids}" zijn gewijzigd van '
         '"{old}" naar "{new}"', older=True))
def told_links_changed(world: World, email: str, old: str, new: str, meeting_ids: str) -> None:
    """VAN-2: the join links of these meetings (IDs, comma-separated) now follow the new vanity URL."""
    world.expect_no_unchecked_refusal()
    changes = [(e.old_vanity, e.new_vanity, list(e.meeting_ids))
               for e in world.service.events if isinstance(e, events.JoinLinksChanged) and e.email == email.lower()]
    expected = (old, new, [m.strip() for m in meeting_ids.split(",")])
    assert changes == [expected], f"join link changes for {email}: {changes}"


@then(en('the join links of "{email}" did not change'))
@then(fr('les liens de participation de "{email}" n\'ont pas changé'))
@then(nl('zijn de deelnamelinks van "{email}" niet gewijzigd'))
@then(nl('de deelnamelinks van "{email}" zijn niet gewijzigd', older=True))
def links_did_not_change(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    changes = [e for e in world.service.events if isinstance(e, events.JoinLinksChanged) and e.email == email.lower()]
    assert not changes, f"join link changes for {email}: {changes}"


@then(en('the participant reaches the meeting with the ID "{meeting_id}"'))
@then(fr('le participant arrive dans la réunion avec l\'identifiant "{meeting_id}"'))
@then(nl('de deelnemer komt in de vergadering met ID "{meeting_id}"', older=True))
@then(nl('komt de deelnemer in de vergadering met ID "{meeting_id}"'))
def participant_reaches(world: World, meeting_id: str) -> None:
    world.expect_no_unchecked_refusal()
    result = world.last_result
    assert result is not None and result.meeting_id == meeting_id, f"the link led to {result}"


@then(en('the participant is warned "{warning}"'))
@then(fr('le participant est averti : "{warning}"'))
@then(nl('krijgt de deelnemer de waarschuwing "{warning}"'))
@then(nl('de deelnemer krijgt de waarschuwing "{warning}"', older=True))
def participant_warned(world: World, warning: str) -> None:
    """VAN-3: the warning shown to a participant who used an old vanity link."""
    world.expect_no_unchecked_refusal()
    result = world.last_result
    expected = word(WARNINGS, warning, "warning")
    assert result is not None and result.warning == expected, f"the participant saw {result}"


@then(en('the participant is not warned'))
@then(fr('le participant ne reçoit aucun avertissement'))
@then(nl('de deelnemer krijgt geen waarschuwing', older=True))
@then(nl('krijgt de deelnemer geen waarschuwing'))
def participant_not_warned(world: World) -> None:
    world.expect_no_unchecked_refusal()
    result = world.last_result
    assert result is not None and result.warning is None, f"the participant saw {result}"


@then(en('the guests of "{meeting}" hosted by "{email}" receive the join link "{link}"'))
@then(fr('les invités de "{meeting}" organisé par "{email}" reçoivent le lien de participation "{link}"'))
@then(nl('de gasten van "{meeting}" georganiseerd door "{email}" ontvangen de deelnamelink "{link}"', older=True))
@then(nl('ontvangen de gasten van "{meeting}" georganiseerd door "{email}" de deelnamelink "{link}"'))
def guests_receive_link(world: World, meeting: str, email: str, link: str) -> None:
    """VAN-4: the latest invitations resent for this meeting (named as in the resend step) carry this link."""
    world.expect_no_unchecked_refusal()
    sent = [e.join_link for e in world.service.events if isinstance(e, events.MeetingInvitationsResent)
            and e.email == email.lower() and e.meeting_id == meeting]
    assert sent and sent[-1] == link, f"invitations resent for {meeting!r}: {sent}"


@then(en('the registrants of "{meeting}" hosted by "{email}" receive the join link "{link}"'))
@then(fr('les inscrits à "{meeting}" organisé par "{email}" reçoivent le lien de participation "{link}"'))
@then(nl('de geregistreerden voor "{meeting}" van "{email}" ontvangen de deelnamelink "{link}"', older=True))
@then(nl('ontvangen de geregistreerden voor "{meeting}" van "{email}" de deelnamelink "{link}"'))
def registrants_receive_link(world: World, meeting: str, email: str, link: str) -> None:
    """VAN-4: the latest registration confirmations resent for this meeting (named as in the resend step)."""
    world.expect_no_unchecked_refusal()
    sent = [e.join_link for e in world.service.events if isinstance(e, events.RegistrationConfirmationsResent)
            and e.email == email.lower() and e.meeting_id == meeting]
    assert sent and sent[-1] == link, f"registration confirmations resent for {meeting!r}: {sent}"


@then(en('the calendar events of "{meeting}" hosted by "{email}" show the join link "{link}"'))
@then(fr('les événements de calendrier de "{meeting}" organisé par "{email}" affichent le lien de participation '
         '"{link}"'))
@then(nl('de evenementen in de agenda van "{meeting}" van "{email}" tonen de deelnamelink "{link}"', older=True))
@then(nl('tonen de evenementen in de agenda van "{meeting}" van "{email}" de deelnamelink "{link}"'))
def calendar_events_show_link(world: World, meeting: str, email: str, link: str) -> None:
    """VAN-4: the latest update of the calendar events of this meeting (named as in the update step)."""
    world.expect_no_unchecked_refusal()
    updated = [e.join_link for e in world.service.events if isinstance(e, events.CalendarEventsUpdated)
               and e.email == email.lower() and e.meeting_id == meeting]
    assert updated and updated[-1] == link, f"calendar events updated for {meeting!r}: {updated}"
