"""Steps for vanity URLs: meeting and webinar IDs, join links, the warning on an old link, and
resending meeting invitations with the new link. Meetings are scheduled with the data-transfer phrase
'"…" has scheduled the meeting "…" with the ID "…"'."""

from __future__ import annotations

from pytest_bdd import given, then, when

from model import events
from steps.language import en
from steps.world import World


@given(en('the account "{account}" has the vanity URL "{host}"'))
def account_vanity_url(world: World, account: str, host: str) -> None:
    world.service.account(account).vanity_url = host  # set-up only


@given(en('the account of "{email}" has the vanity URL "{host}"'))
def own_account_vanity_url(world: World, email: str, host: str) -> None:
    world.service.account_of(email).vanity_url = host  # set-up only


@when(en('a participant opens the join link "{link}"'))
def participant_opens(world: World, link: str) -> None:
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.open_join_link, link)


@when(en('"{email}" resends the meeting invitations for "{meeting}"'))
def resends_meeting_invitations(world: World, email: str, meeting: str) -> None:
    """VAN-4: resend the invitation (or registration confirmation) emails of a meeting, by topic or ID."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.resend_meeting_invitations, email, meeting)


@then(en('the join link of "{meeting}" hosted by "{email}" is "{link}"'))
def join_link_is(world: World, meeting: str, email: str, link: str) -> None:
    """The link guests use to join a meeting or webinar, named by its topic or ID."""
    world.expect_no_unchecked_refusal()
    actual = world.service.join_link(email, meeting)
    assert actual == link, f"the join link of {meeting!r} is {actual}"


@then(en('"{email}" is told the join links changed from "{old}" to "{new}" for "{meeting_ids}"'))
def told_links_changed(world: World, email: str, old: str, new: str, meeting_ids: str) -> None:
    """VAN-2: the join links of these meetings (IDs, comma-separated) now follow the new vanity URL."""
    world.expect_no_unchecked_refusal()
    changes = [(e.old_vanity, e.new_vanity, list(e.meeting_ids))
               for e in world.service.events if isinstance(e, events.JoinLinksChanged) and e.email == email.lower()]
    expected = (old, new, [m.strip() for m in meeting_ids.split(",")])
    assert changes == [expected], f"join link changes for {email}: {changes}"


@then(en('the join links of "{email}" did not change'))
def links_did_not_change(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    changes = [e for e in world.service.events if isinstance(e, events.JoinLinksChanged) and e.email == email.lower()]
    assert not changes, f"join link changes for {email}: {changes}"


@then(en('the participant reaches the meeting with the ID "{meeting_id}"'))
def participant_reaches(world: World, meeting_id: str) -> None:
    world.expect_no_unchecked_refusal()
    result = world.last_result
    assert result is not None and result.meeting_id == meeting_id, f"the link led to {result}"


@then(en('the participant is warned "{warning}"'))
def participant_warned(world: World, warning: str) -> None:
    """VAN-3: the warning shown to a participant who used an old vanity link."""
    world.expect_no_unchecked_refusal()
    result = world.last_result
    assert result is not None and result.warning == warning, f"the participant saw {result}"


@then(en('the participant is not warned'))
def participant_not_warned(world: World) -> None:
    world.expect_no_unchecked_refusal()
    result = world.last_result
    assert result is not None and result.warning is None, f"the participant saw {result}"


@then(en('the guests of "{meeting}" hosted by "{email}" receive the join link "{link}"'))
def guests_receive_link(world: World, meeting: str, email: str, link: str) -> None:
    """VAN-4: the latest invitations resent for this meeting (named as in the resend step) carry this link."""
    world.expect_no_unchecked_refusal()
    sent = [e.join_link for e in world.service.events if isinstance(e, events.MeetingInvitationsResent)
            and e.email == email.lower() and e.meeting_id == meeting]
    assert sent and sent[-1] == link, f"invitations resent for {meeting!r}: {sent}"
