"""What moves with a user and what does not (DAT, LIC-1, VAN): profile, meetings, recordings, chat, contacts,
settings; add-on licences and reports stay (DAT-4, DAT-5); join links follow the new vanity URL (VAN-1..4)."""

from __future__ import annotations

from datetime import datetime
from operator import attrgetter
from typing import Final

from joinsim.model import errors, events
from joinsim.model.account import (
    DEFAULT_JOIN_HOST,
    LICENSED_FEATURES,
    Account,
    ChatMessage,
    Meeting,
    User,
    address_key,
)
from joinsim.model.state import OLD_LINK_WARNING, JoinLinkResult, ServiceState
from joinsim.model.transaction import MISSING, command, put_back_entry, put_back_fields, query, truncate

# The fields of a user that joining changes (``_move``), kept in its command's journal in one entry.
_MOVING: Final = ("account", "role", "joined_at", "_licensed", "_add_ons", "_reports", "_contacts", "_settings")
_moving: Final = attrgetter(*_MOVING)


class MovingWithTheUser(ServiceState):
    """What moves with a user who joins, and the meetings' join links."""

    def _move(self, user: User, source: Account, target: Account, licensed: bool, group: str | None,
              now: datetime, with_owner: str | None = None, accepting: str | None = None) -> None:
        """DAT-1..6, LIC-1, LIC-5, VAN-1..2: what moves with a user and what does not."""
        email = user.email
        undo = self._undo.append
        undo((put_back_fields, user, _MOVING, _moving(user)))  # (its containers are replaced below, not changed)
        user.account = target.name
        user.role = "member"
        user.joined_at = now
        undo((truncate, target.members, len(target.members)))
        target.members.append(email)
        # SEC-4: once in an account, every other account's pending invitation to this user is void;
        # OWN-6: a pending invitation of the account she now belongs to is no longer needed.
        for invitation_id in self._pending_by_email.all(email):
            if invitation_id == accepting:
                continue
            other = self.invitations[invitation_id]
            self._forget_pending(other)
            self._release_seat(other)
            undo((setattr, other, "status", other.status))
            if other.account != target.name:
                other.status = "void"
                self._record(events.InvitationVoided(now, email, other.account, other.id))
            else:
                other.status = "superseded"
                self._record(events.InvitationSuperseded(now, email, other.account, other.id, with_owner))
        # LIC-1: joining as Basic drops the licensed features; LIC-5: users brought by their owner join as Basic.
        if user._licensed:
            undo((setattr, source, "licensed_members", source.licensed_members))
            source.licensed_members -= 1
            if not licensed:
                self._record(events.LicenceDropped(now, email, target.name, LICENSED_FEATURES))
        if licensed:
            undo((setattr, target, "licensed_members", target.licensed_members))
            target.licensed_members += 1
        user._licensed = licensed
        # (The user's containers are read through their slots: one never used is None, i.e. empty.)
        # DAT-4: large-meeting and webinar licences do not move.
        if user._add_ons:
            self._record(events.AddOnLicencesNotTransferred(now, email, target.name,
                                                            tuple(sorted(user._add_ons))))
            user._add_ons = None  # (None: an empty container, see joinsim.model.account.Lazy)
        # DAT-5: reporting data does not move.
        if user._reports is not None:
            user._reports = None
        # DAT-2: personal contacts do not move (Dutch note; the French list is silent).
        if user._contacts is not None and self.readings.personal_contacts == "nl":
            user._contacts = [c for c in user._contacts if not c.personal]
        # DAT-3: settings that conflict with locked account or group settings are overridden.
        if user._settings:  # (a user without settings has none to override)
            locked = dict(target.locked_settings)
            if group is not None:
                locked.update(target.groups.get(group, {}))
            changed = tuple((name, user.settings[name], value) for name, value in sorted(locked.items())
                            if name in user.settings and user.settings[name] != value)
            if changed:
                settings = dict(user._settings)  # (replaced, not changed in place: the user's fields are kept)
                for name, _old, value in changed:
                    settings[name] = value
                user._settings = settings
                self._record(events.SettingsOverridden(now, email, target.name, changed))
        # VAN-1/2: meeting and webinar IDs stay, join links follow the new vanity URL; VAN-3: a link under the old
        # vanity URL is remembered, to warn the participants who still use it.
        if user._meetings:
            old_host, new_host = source.join_host, target.join_host
            if old_host != new_host:
                if source.vanity_url is not None:
                    for meeting in user._meetings:
                        old_link = source.join_link(meeting)
                        undo((put_back_entry, self._old_links, old_link, self._old_links.get(old_link, MISSING)))
                        self._old_links[old_link] = meeting.id
                self._record(events.JoinLinksChanged(now, email, old_host, new_host,
                                                     tuple(m.id for m in user._meetings)))

    @query
    def chat_visible_to(self, viewer: str, owner: str) -> list[ChatMessage]:
        """DAT-6: the user reads all of their chat history; the admins of the account they
        joined read only what was written after they joined."""
        user = self.user(owner)
        if address_key(viewer) == user.email:
            return list(user.chat)
        viewer_user = self.user(viewer)
        if viewer_user.account != user.account or viewer_user.role not in ("owner", "admin"):
            return []
        since = user.joined_at
        return [m for m in user.chat if since is None or m.at >= since]

    @query
    def join_link(self, email: str, meeting_id: str) -> str:
        user = self.user(email)
        return self.account(user.account).join_link(self._meeting(user, meeting_id))

    @query
    def open_join_link(self, link: str) -> JoinLinkResult:
        """VAN-3: a link under an old vanity URL still reaches the meeting, with a warning to the participant. A
        plain zoom.us link is not a vanity link: it reaches the meeting by its ID (unchanged, VAN-1), unwarned."""
        host = link.split("://", 1)[-1].split("/", 1)[0]
        if link in self._old_links:
            return JoinLinkResult(self._old_links[link], host, OLD_LINK_WARNING)
        for user in self.users.values():
            acc = self.accounts[user.account]
            for meeting in user.meetings:
                if acc.join_link(meeting) == link:
                    return JoinLinkResult(meeting.id, host, None)
        if host == DEFAULT_JOIN_HOST:
            digits = link.rstrip("/").rsplit("/", 1)[-1]
            for user in self.users.values():
                for meeting in user.meetings:
                    if meeting.id.replace(" ", "") == digits:
                        return JoinLinkResult(meeting.id, host, None)
        raise errors.UnknownItem(f"join link {link}")

    @command
    def resend_meeting_invitations(self, email: str, meeting_id: str) -> str:
        """VAN-4: emailing the guests the meeting invitation again gives them the new link."""
        link = self.join_link(email, meeting_id)
        self._record(events.MeetingInvitationsResent(self.clock.now(), self.user(email).email, meeting_id, link))
        return link

    @command
    def resend_registration_confirmations(self, email: str, meeting_id: str) -> str:
        """VAN-4: sending the registration confirmation emails again gives the registrants the new link."""
        link = self.join_link(email, meeting_id)
        self._record(events.RegistrationConfirmationsResent(self.clock.now(), self.user(email).email,
                                                            meeting_id, link))
        return link

    @command
    def update_calendar_events(self, email: str, meeting_id: str) -> str:
        """VAN-4: the join link in the calendar events of the meeting is changed to the new one."""
        link = self.join_link(email, meeting_id)
        self._record(events.CalendarEventsUpdated(self.clock.now(), self.user(email).email, meeting_id, link))
        return link

    @staticmethod
    def _meeting(user: User, meeting_id: str) -> Meeting:
        for meeting in user.meetings:
            if meeting.id == meeting_id or meeting.topic == meeting_id:
                return meeting
        raise errors.UnknownItem(f"meeting {meeting_id} of {user.email}")
