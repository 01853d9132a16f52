"""Steps for the data that moves with a user who joins an account, and the data that stays behind:
profile, scheduled meetings and webinars, cloud recordings, chat history, contacts, settings,
add-on licences and reporting data."""

from __future__ import annotations

from pytest_bdd import then, when

from joinsim.model import events
from joinsim.steps.language import en, fr, nl, set_up, word
from joinsim.steps.world import World, parse_when

CONTACT_KINDS = {"company": "company", "personal": "personal",
                 "professionnel": "company", "personnel": "personal",
                 "zakelijke": "company", "persoonlijke": "personal"}
MEETING_KINDS = {"meeting": "meeting", "webinar": "webinar",
                 "la réunion": "meeting", "le webinaire": "webinar",
                 "de vergadering": "meeting", "het webinar": "webinar"}
ADD_ONS = {"large meeting": "large meeting", "webinar": "webinar",
           "Grandes réunions": "large meeting", "Webinaire": "webinar",
           "Grote vergaderingen": "large meeting", "Webinar": "webinar"}


def _user(world: World, email: str):
    world.expect_no_unchecked_refusal()
    return world.service.user(email)


def _names(text: str) -> list[str]:
    """'Ann, Bob' -> ['Ann', 'Bob']"""
    return [part.strip() for part in text.split(",") if part.strip()]


def _add_on(text: str) -> str:
    return word(ADD_ONS, text, "add-on licence")


def _events(world: World, kind: type, email: str) -> list:
    return [e for e in world.service.events if isinstance(e, kind) and e.email == email.lower()]


# ---------------------------------------------------------------- set-up: what the user has
@set_up(en('"{email}" has the profile name "{name}", photo "{photo}" and time zone "{timezone}"'))
@set_up(fr('"{email}" a le nom de profil "{name}", la photo "{photo}" et le fuseau horaire "{timezone}"'))
@set_up(nl('"{email}" heeft de profielnaam "{name}", profielfoto "{photo}" en tijdzone "{timezone}"'))
def has_profile(world: World, email: str, name: str, photo: str, timezone: str) -> None:
    """Set-up only: the profile details (name, profile photo, time zone)."""
    user = world.service.user(email)
    user.name, user.photo, user.timezone = name, photo, timezone


@set_up(en('"{email}" has scheduled the {kind} "{topic}" with the ID "{meeting_id}"'))
@set_up(fr('"{email}" a programmé {kind} "{topic}" avec l\'identifiant "{meeting_id}"'))
@set_up(nl('"{email}" heeft {kind} "{topic}" met ID "{meeting_id}" gepland'))
@set_up(nl('"{email}" heeft {kind} "{topic}" gepland met ID "{meeting_id}"', older=True))
def has_scheduled(world: World, email: str, kind: str, topic: str, meeting_id: str) -> None:
    """A scheduled meeting or webinar, with its meeting or webinar ID (e.g. "811 2345 6789")."""
    world.service.schedule_meeting(email, meeting_id, topic, word(MEETING_KINDS, kind, "kind of meeting"))


@set_up(en('"{email}" has the cloud recording "{recording}"'))
@set_up(fr('"{email}" a l\'enregistrement dans le cloud "{recording}"'))
@set_up(nl('"{email}" heeft de cloudopname "{recording}"'))
def has_recording(world: World, email: str, recording: str) -> None:
    world.service.user(email).recordings.append(recording)  # set-up only


@set_up(en('"{email}" wrote the chat message "{text}" on {when}'))
@set_up(fr('"{email}" a écrit le message de chat "{text}" le {when}'))
@set_up(nl('"{email}" schreef het chatbericht "{text}" op {when}'))
def wrote_chat(world: World, email: str, text: str, when: str) -> None:
    world.service.write_chat(email, text, parse_when(when))


@when(en('"{email}" writes the chat message "{text}"'))
@when(fr('"{email}" écrit le message de chat "{text}"'))
@when(nl('"{email}" het chatbericht "{text}" schrijft'))
@when(nl('"{email}" schrijft het chatbericht "{text}"', older=True))
def writes_chat(world: World, email: str, text: str) -> None:
    """A chat message written now."""
    world.expect_no_unchecked_refusal()
    world.service.write_chat(email, text)


@set_up(en('"{email}" has the {kind} contact "{name}"'))
@set_up(fr('"{email}" a le contact {kind} "{name}"'))
@set_up(nl('"{email}" heeft de {kind} contactpersoon "{name}"'))
def has_contact(world: World, email: str, kind: str, name: str) -> None:
    """A company contact or a personal contact."""
    personal = word(CONTACT_KINDS, kind, "kind of contact") == "personal"
    world.service.add_contact(email, name, personal=personal)


@set_up(en('"{email}" has the setting "{name}" set to "{value}"'))
@set_up(fr('"{email}" a le paramètre "{name}" réglé sur "{value}"'))
@set_up(nl('"{email}" heeft de instelling "{name}" op "{value}" staan'))
def has_setting(world: World, email: str, name: str, value: str) -> None:
    world.service.user(email).settings[name] = value  # set-up only


@set_up(en('"{email}" holds the {add_on} add-on licence'))
@set_up(fr('"{email}" dispose de la licence {add_on}'))
@set_up(nl('"{email}" heeft de licentie {add_on}'))
def holds_add_on(world: World, email: str, add_on: str) -> None:
    """A large meeting or webinar licence bought on top of the plan."""
    world.service.user(email).add_ons.add(_add_on(add_on))  # set-up only


@set_up(en('"{email}" has the usage report "{report}"'))
@set_up(fr('"{email}" a le rapport d\'utilisation "{report}"'))
@set_up(nl('"{email}" heeft het gebruiksrapport "{report}"'))
def has_report(world: World, email: str, report: str) -> None:
    world.service.user(email).reports.append(report)  # set-up only


# ---------------------------------------------------------------- set-up: the joined account
@set_up(en('the account "{account}" locks the setting "{name}" to "{value}"'))
@set_up(fr('le compte "{account}" verrouille le paramètre "{name}" sur "{value}"'))
@set_up(nl('het account "{account}" vergrendelt de instelling "{name}" op "{value}"'))
def account_locks_setting(world: World, account: str, name: str, value: str) -> None:
    """A setting locked for every user of the account."""
    world.service.account(account).locked_settings[name] = value


@set_up(en('the group "{group}" of "{account}" locks the setting "{name}" to "{value}"'))
@set_up(fr('le groupe "{group}" de "{account}" verrouille le paramètre "{name}" sur "{value}"'))
@set_up(nl('de groep "{group}" van "{account}" vergrendelt de instelling "{name}" op "{value}"'))
def group_locks_setting(world: World, group: str, account: str, name: str, value: str) -> None:
    """A setting locked for the users of one group of the account (the group exists from then on)."""
    world.service.account(account).groups.setdefault(group, {})[name] = value


# ---------------------------------------------------------------- actions
@when(en('"{by}" assigns the {add_on} add-on licence to "{email}"'))
@when(fr('"{by}" attribue la licence {add_on} à "{email}"'))
@when(nl('"{by}" de licentie {add_on} aan "{email}" toewijst'))
@when(nl('"{by}" wijst de licentie {add_on} toe aan "{email}"', older=True))
def assigns_add_on(world: World, by: str, add_on: str, email: str) -> None:
    """DAT-4: an admin assigns a large meeting or webinar licence in the new account."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.assign_add_on, by, email, _add_on(add_on))


# ---------------------------------------------------------------- outcomes
@then(en('the profile of "{email}" shows the name "{name}", photo "{photo}" and time zone "{timezone}"'))
@then(fr('le profil de "{email}" affiche le nom "{name}", la photo "{photo}" et le fuseau horaire "{timezone}"'))
@then(nl('toont het profiel van "{email}" de naam "{name}", profielfoto "{photo}" en tijdzone "{timezone}"'))
@then(nl('het profiel van "{email}" toont de naam "{name}", profielfoto "{photo}" en tijdzone '
         '"{timezone}"', older=True))
def profile_shows(world: World, email: str, name: str, photo: str, timezone: str) -> None:
    user = _user(world, email)
    assert (user.name, user.photo, user.timezone) == (name, photo, timezone), \
        f"profile of {email}: {user.name!r}, {user.photo!r}, {user.timezone!r}"


@then(en('"{email}" still has the {kind} "{topic}" with the ID "{meeting_id}"'))
@then(fr('"{email}" a toujours {kind} "{topic}" avec l\'identifiant "{meeting_id}"'))
@then(nl('"{email}" heeft nog steeds {kind} "{topic}" met ID "{meeting_id}"', older=True))
@then(nl('heeft "{email}" nog steeds {kind} "{topic}" met ID "{meeting_id}"'))
def still_has_meeting(world: World, email: str, kind: str, topic: str, meeting_id: str) -> None:
    """DAT-1/VAN-1: the scheduled meeting or webinar is there, with the same ID."""
    found = [(m.kind, m.topic, m.id) for m in _user(world, email).meetings]
    wanted = (word(MEETING_KINDS, kind, "kind of meeting"), topic, meeting_id)
    assert wanted in found, f"meetings and webinars of {email}: {found}"


@then(en('"{email}" still has the cloud recording "{recording}"'))
@then(fr('"{email}" a toujours l\'enregistrement dans le cloud "{recording}"'))
@then(nl('heeft "{email}" nog steeds de cloudopname "{recording}"'))
@then(nl('"{email}" heeft nog steeds de cloudopname "{recording}"', older=True))
def still_has_recording(world: World, email: str, recording: str) -> None:
    recordings = _user(world, email).recordings
    assert recording in recordings, f"cloud recordings of {email}: {recordings}"


@then(en('"{viewer}" can read the chat message "{text}" of "{email}"'))
@then(fr('"{viewer}" peut lire le message de chat "{text}" de "{email}"'))
@then(nl('"{viewer}" kan het chatbericht "{text}" van "{email}" lezen', older=True))
@then(nl('kan "{viewer}" het chatbericht "{text}" van "{email}" lezen'))
def can_read_chat(world: World, viewer: str, text: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    visible = [m.text for m in world.service.chat_visible_to(viewer, email)]
    assert text in visible, f"{viewer} reads only {visible} of {email}"


@then(en('"{viewer}" cannot read the chat message "{text}" of "{email}"'))
@then(fr('"{viewer}" ne peut pas lire le message de chat "{text}" de "{email}"'))
@then(nl('kan "{viewer}" het chatbericht "{text}" van "{email}" niet lezen'))
@then(nl('"{viewer}" kan het chatbericht "{text}" van "{email}" niet lezen', older=True))
def cannot_read_chat(world: World, viewer: str, text: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    visible = [m.text for m in world.service.chat_visible_to(viewer, email)]
    assert text not in visible, f"{viewer} reads {visible} of {email}"


@then(en('the contacts of "{email}" are "{names}"'))
@then(fr('les contacts de "{email}" sont "{names}"'))
@then(nl('"{email}" heeft als contactpersonen "{names}"', older=True))
@then(nl('heeft "{email}" als contactpersonen "{names}"'))
@then(nl('de contactpersonen van "{email}" zijn "{names}"', older=True))
@then(nl('zijn de contactpersonen van "{email}" "{names}"', older=True))
def contacts_are(world: World, email: str, names: str) -> None:
    """The contacts of the user, in order, comma-separated."""
    contacts = [c.name for c in _user(world, email).contacts]
    assert contacts == _names(names), f"contacts of {email}: {contacts}"


@then(en('the setting "{name}" of "{email}" is "{value}"'))
@then(fr('le paramètre "{name}" de "{email}" est "{value}"'))
@then(nl('de instelling "{name}" van "{email}" staat op "{value}"', older=True))
@then(nl('staat de instelling "{name}" van "{email}" op "{value}"'))
@then(nl('de instelling "{name}" van "{email}" is "{value}"', older=True))
@then(nl('is de instelling "{name}" van "{email}" "{value}"', older=True))
def setting_is(world: World, name: str, email: str, value: str) -> None:
    actual = _user(world, email).settings.get(name)
    assert actual == value, f"the setting {name!r} of {email} is {actual!r}"


@then(en('"{email}" is told the setting "{name}" was changed from "{old}" to "{new}" by "{account}"'))
@then(fr('on signale à "{email}" que "{account}" a changé le paramètre "{name}" de "{old}" en "{new}"'))
@then(nl('krijgt "{email}" te horen dat "{account}" de instelling "{name}" heeft gewijzigd van "{old}" in "{new}"'))
@then(nl('"{email}" krijgt te horen dat "{account}" de instelling "{name}" heeft gewijzigd van '
         '"{old}" in "{new}"', older=True))
def told_setting_changed(world: World, email: str, name: str, old: str, new: str, account: str) -> None:
    """DAT-3: the override of a conflicting setting is reported to the user."""
    world.expect_no_unchecked_refusal()
    changed = [(e.account, s) for e in _events(world, events.SettingsOverridden, email) for s in e.settings]
    assert (account, (name, old, new)) in changed, f"settings overridden for {email}: {changed}"


@then(en('no setting of "{email}" is overridden'))
@then(fr('aucun paramètre de "{email}" n\'est modifié'))
@then(nl('is geen enkele instelling van "{email}" gewijzigd'))
@then(nl('geen enkele instelling van "{email}" is gewijzigd', older=True))
def no_setting_overridden(world: World, email: str) -> None:
    world.expect_no_unchecked_refusal()
    changed = _events(world, events.SettingsOverridden, email)
    assert not changed, f"settings overridden for {email}: {changed}"


@then(en('"{email}" holds the {add_on} add-on licence'))
@then(fr('"{email}" dispose de la licence {add_on}'))
@then(nl('"{email}" heeft de licentie {add_on}', older=True))
@then(nl('heeft "{email}" de licentie {add_on}'))
def still_holds_add_on(world: World, email: str, add_on: str) -> None:
    add_ons = _user(world, email).add_ons
    assert _add_on(add_on) in add_ons, f"add-on licences of {email}: {sorted(add_ons)}"


@then(en('"{email}" holds no add-on licence'))
@then(fr('"{email}" ne dispose d\'aucune licence complémentaire'))
@then(nl('heeft "{email}" geen aanvullende licentie'))
@then(nl('"{email}" heeft geen aanvullende licentie', older=True))
def holds_no_add_on(world: World, email: str) -> None:
    add_ons = _user(world, email).add_ons
    assert not add_ons, f"add-on licences of {email}: {sorted(add_ons)}"


@then(en('"{email}" is told the add-on licences "{add_ons}" were not transferred to "{account}"'))
@then(fr('on signale à "{email}" que les licences "{add_ons}" ne sont pas transférées vers "{account}"'))
@then(nl('krijgt "{email}" te horen dat de licenties "{add_ons}" niet zijn overgedragen naar "{account}"'))
@then(nl('"{email}" krijgt te horen dat de licenties "{add_ons}" niet zijn overgedragen naar "{account}"', older=True))
def told_add_ons_not_transferred(world: World, email: str, add_ons: str, account: str) -> None:
    """DAT-4: the user learns which large meeting / webinar licences stayed behind (comma-separated)."""
    world.expect_no_unchecked_refusal()
    told = [(e.account, list(e.add_ons)) for e in _events(world, events.AddOnLicencesNotTransferred, email)]
    expected = sorted(_add_on(name) for name in _names(add_ons))
    assert told == [(account, expected)], f"add-on licences not transferred for {email}: {told}"


@then(en('"{email}" has the usage report "{report}"'))
@then(fr('"{email}" a le rapport d\'utilisation "{report}"'))
@then(nl('"{email}" heeft het gebruiksrapport "{report}"', older=True))
@then(nl('heeft "{email}" het gebruiksrapport "{report}"'))
def has_report_now(world: World, email: str, report: str) -> None:
    reports = _user(world, email).reports
    assert report in reports, f"usage reports of {email}: {reports}"


@then(en('"{email}" has no usage report'))
@then(fr('"{email}" n\'a aucun rapport d\'utilisation'))
@then(nl('"{email}" heeft geen gebruiksrapport', older=True))
@then(nl('heeft "{email}" geen gebruiksrapport'))
def has_no_report(world: World, email: str) -> None:
    reports = _user(world, email).reports
    assert not reports, f"usage reports of {email}: {reports}"


# ---------------------------------------------------------------- moved, not copied (DAT-7)
ITEMS = {"scheduled meetings and webinars": "meetings", "cloud recordings": "recordings",
         "chat messages": "chat", "contacts": "contacts",
         "réunions et webinaires programmés": "meetings", "enregistrements dans le cloud": "recordings",
         "messages de chat": "chat",
         "geplande vergaderingen en webinars": "meetings", "cloudopnames": "recordings",
         "chatberichten": "chat", "contactpersonen": "contacts"}


def _counts(users, datatable) -> list[tuple[str, int, int]]:
    """(item, expected, found) for each row of a table "item | count" (the header row is skipped)."""
    rows = []
    for item, count in (row[:2] for row in datatable[1:]):
        kind = word(ITEMS, item, "kind of item")
        found = sum(len(getattr(user, kind)) for user in users)
        rows.append((item.strip(), int(count), found))
    return rows


@then(en('"{email}" has these items:'))
@then(fr('"{email}" a ces éléments :'))
@then(nl('"{email}" heeft deze gegevens:', older=True))
@then(nl('heeft "{email}" deze gegevens:'))
def has_items(world: World, email: str, datatable) -> None:
    """DAT-7: how many scheduled meetings and webinars, cloud recordings, chat messages and contacts the user has
    (a table: item | count)."""
    wrong = [row for row in _counts([_user(world, email)], datatable) if row[1] != row[2]]
    assert not wrong, f"{email}: (item, expected, found) {wrong}"


@then(en("all accounts together hold these items:"))
@then(fr("l'ensemble des comptes contient ces éléments :"))
@then(nl("alle accounts samen bevatten deze gegevens:", older=True))
@then(nl("bevatten alle accounts samen deze gegevens:"))
def all_accounts_hold(world: World, datatable) -> None:
    """DAT-7: the items of every user of every account, counted together: nothing copied, nothing lost."""
    world.expect_no_unchecked_refusal()
    wrong = [row for row in _counts(list(world.service.users.values()), datatable) if row[1] != row[2]]
    assert not wrong, f"all accounts: (item, expected, found) {wrong}"
