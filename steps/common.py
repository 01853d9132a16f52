"""Steps every area uses: the date, accounts and users, refusals, and the passing of time."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

import pytest
from pytest_bdd import then, when

from joinsim.model import Plan
from joinsim.steps.language import Misuse, en, fr, nl, set_up, word
from joinsim.steps.world import World, individual_account, parse_address, parse_date, parse_money, parse_when

READING_TOPICS = {"linked users": "linked_users", "the refund choice": "credit_choice",
                  "Zoom Rooms": "zoom_rooms", "who pays the refund": "refund_payer",
                  "the invitation email": "invitation_email", "licence assignment": "licence_assignment",
                  "the credit confirmation": "credit_confirmation",
                  "de la confirmation du crédit": "credit_confirmation", "de tegoedbevestiging": "credit_confirmation",
                  "des utilisateurs liés": "linked_users", "du choix du remboursement": "credit_choice",
                  "des salles Zoom": "zoom_rooms", "de qui paie le remboursement": "refund_payer",
                  "de l'e-mail d'invitation": "invitation_email",
                  "de l'attribution des licences": "licence_assignment",
                  "gekoppelde gebruikers": "linked_users", "de terugbetalingskeuze": "credit_choice",
                  "wie de terugbetaling betaalt": "refund_payer",
                  "de uitnodigingsmail": "invitation_email", "het toewijzen van licenties": "licence_assignment"}
LANGUAGES = {"French": "fr", "Dutch": "nl", "française": "fr", "néerlandaise": "nl",
             "Franse": "fr", "Nederlandse": "nl"}
BILLING = {"autopay": "autopay", "net terms": "net_terms",
           "paiement automatique": "autopay", "paiement à terme": "net_terms",
           "netto voorwaarden": "net_terms"}
ROLES_FR = {"owner": "propriétaire", "admin": "administrateur", "member": "membre"}
ROLES_NL = {"owner": "eigenaar", "admin": "beheerder", "member": "lid"}
PLAN_KINDS = {"monthly": "monthly", "annual": "annual", "mensuel": "monthly", "annuel": "annual",
              "maandabonnement": "monthly", "jaarabonnement": "annual"}


@pytest.fixture
def world() -> World:
    return World()


# ---------------------------------------------------------------- the date and the readings
@set_up(en("today is {when}"))
@set_up(fr("nous sommes le {when}"))
@set_up(nl("dat het vandaag {when} is"))
@set_up(nl('vandaag is het {when}', older=True))
def today_is(world: World, when: str) -> None:
    moment = parse_when(when)
    if world.started():
        world.service.clock.set(moment)
    else:
        world.start = moment


@set_up(en("{day} is a public holiday"))
@set_up(fr("le {day} est un jour férié"))
@set_up(nl("{day} is een feestdag"))
def public_holiday(world: World, day: str) -> None:
    """A public holiday is not a business day (ACC-6). Written before the refunds it delays: a refund keeps the
    window it was given when requested, so a holiday inside the window of a refund already requested is refused."""
    holiday = parse_date(day)
    if world.started():
        moved = [r.email for r in world.service.refunds.values() if r.requested_on <= holiday <= r.latest]
        if moved:
            raise Misuse(f"write the public holiday before the refund to {', '.join(moved)} is requested: a refund "
                         "keeps the window it was given when it was requested (ACC-6)",
                         f"écrivez le jour férié avant la demande de remboursement de {', '.join(moved)} : un "
                         "remboursement garde la période fixée lors de sa demande (ACC-6)",
                         f"schrijf de feestdag vóór de aanvraag van de terugbetaling aan {', '.join(moved)}: een "
                         "terugbetaling houdt de periode die ze bij de aanvraag kreeg (ACC-6)")
        world.service.add_public_holiday(holiday)
    else:
        world.holidays.add(holiday)


@set_up(en("the model follows the {language} reading of {topic}"))
@set_up(fr("le modèle suit la lecture {language} {topic}"))
@set_up(nl("het model volgt de {language} lezing van {topic}"))
def model_follows_reading(world: World, language: str, topic: str) -> None:
    """Where the articles disagree, the reading the model follows from now on (written anywhere in a scenario)."""
    chosen = {word(READING_TOPICS, topic, "topic"): word(LANGUAGES, language, "reading")}
    world.readings = dataclasses.replace(world.readings, **chosen)
    if world.started():
        world.service.set_readings(world.readings)


# ---------------------------------------------------------------- the inviting account
def _paid_plan(world: World, price: str = "$1,499.00") -> Plan:
    today = world.start.date()
    return Plan("annual", parse_money(price), today.replace(month=1, day=1),
                today.replace(year=today.year + 1, month=1, day=1))


@set_up(en('the paid account "{account}" on {billing} owned by "{owner}"'))
@set_up(fr('le compte payant "{account}" en {billing} dont le propriétaire est "{owner}"'))
@set_up(nl('het betaalde account "{account}" met {billing} van eigenaar "{owner}"'))
def paid_account(world: World, account: str, billing: str, owner: str) -> None:
    world.new_account(account)
    world.new_user(owner)
    world.service.open_account(account, owner, _paid_plan(world), billing=word(BILLING, billing, "billing"))


@set_up(en('the paid account "{account}" on {billing} owned by "{owner}" with {seats:d} licence seats'))
@set_up(en('the paid account "{account}" on {billing} owned by "{owner}" with {seats:d} licence seat'))
@set_up(fr('le compte payant "{account}" en {billing} dont le propriétaire est "{owner}" avec {seats:d} licences'))
@set_up(fr('le compte payant "{account}" en {billing} dont le propriétaire est "{owner}" avec {seats:d} licence'))
@set_up(nl('het betaalde account "{account}" met {billing} van eigenaar "{owner}" met {seats:d} licenties'))
@set_up(nl('het betaalde account "{account}" met {billing} van eigenaar "{owner}" met {seats:d} licentie'))
def paid_account_with_seats(world: World, account: str, billing: str, owner: str, seats: int) -> None:
    world.new_account(account)
    world.new_user(owner)
    world.service.open_account(account, owner, _paid_plan(world), billing=word(BILLING, billing, "billing"),
                               licence_seats=seats)


@set_up(en('the free account "{account}" owned by "{owner}"'))
@set_up(fr('le compte gratuit "{account}" dont le propriétaire est "{owner}"'))
@set_up(nl('het gratis account "{account}" van eigenaar "{owner}"'))
def free_account(world: World, account: str, owner: str) -> None:
    world.new_account(account)
    world.new_user(owner)
    world.service.open_account(account, owner)


@set_up(en('"{email}" is an admin of "{account}"'))
@set_up(fr('"{email}" est administrateur de "{account}"'))
@set_up(nl('"{email}" is beheerder van "{account}"'))
def admin_of(world: World, email: str, account: str) -> None:
    """Set-up: an admin of the account; a member of the account already is made an admin by its owner."""
    user = world.existing_user(email)
    if user is not None and user.account == world.service.account(account).name and user.role != "owner":
        world.service.make_admin(world.service.account(account).owner, email, account)
        return
    if user is not None and user.account == account:
        raise Misuse(f'"{email}" is the owner of "{account}", not an admin',
                     f"« {email} » est le propriétaire de « {account} », pas un administrateur",
                     f'"{email}" is de eigenaar van "{account}", geen beheerder')
    world.new_user(email)
    world.service.add_existing_member(account, email, role="admin")


@when(en('"{by}" makes "{email}" an admin of "{account}"'))
@when(fr('"{by}" nomme "{email}" administrateur de "{account}"'))
@when(nl('"{by}" de gebruiker "{email}" beheerder van "{account}" maakt'))
def makes_admin(world: World, by: str, email: str, account: str) -> None:
    """The owner or an admin makes a member of the account an admin (who may then add users, PRE-1)."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.make_admin, by, email, account)


@set_up(en('"{email}" is a member of "{account}"'))
@set_up(fr('"{email}" est membre de "{account}"'))
@set_up(nl('"{email}" is lid van "{account}"'))
def member_of(world: World, email: str, account: str) -> None:
    user = world.existing_user(email)
    if user is not None and user.account == world.service.account(account).name and user.role == "member":
        return  # (said twice: still true)
    if user is not None and user.account == account:
        raise Misuse(f'"{email}" is already the {user.role} of "{account}"',
                     f"« {email} » est déjà {ROLES_FR[user.role]} de « {account} »",
                     f'"{email}" is al {ROLES_NL[user.role]} van "{account}"')
    world.new_user(email)
    world.service.add_existing_member(account, email, role="member")


# ---------------------------------------------------------------- the people being invited
@set_up(en('"{email}" has a free account'))
@set_up(fr('"{email}" a un compte gratuit'))
@set_up(nl('"{email}" heeft een gratis account'))
def has_free_account(world: World, email: str) -> None:
    email = parse_address(email)
    world.new_user(email)
    world.service.open_account(individual_account(email), email)


@set_up(en('"{email}" has a {kind} plan at {price} from {start} to {end}'))
@set_up(fr('"{email}" a un forfait {kind} à {price} du {start} au {end}'))
@set_up(nl('"{email}" heeft een {kind} van {price} van {start} tot {end}'))
@set_up(en('"{email}" has an {kind} plan at {price} from {start} to {end}'))
def has_paid_plan(world: World, email: str, kind: str, price: str, start: str, end: str) -> None:
    """An individual paid plan and its current period; its owner holds a licence. (A plan the model refuses, at a
    negative price say, is a refusal for the next step to check.)"""
    plan = Plan(word(PLAN_KINDS, kind, "plan"), parse_money(price), parse_date(start), parse_date(end))
    world.new_user(email)
    if world.attempt(world.service.open_account, individual_account(email), email, plan) is not None:
        world.service.give_licence(email)  # a paid individual plan is a licensed user


@set_up(en('"{email}" has a {kind} plan at {price} from {start} to {end} on {billing}'))
@set_up(fr('"{email}" a un forfait {kind} à {price} du {start} au {end} en {billing}'))
@set_up(nl('"{email}" heeft een {kind} van {price} van {start} tot {end} met {billing}'))
@set_up(en('"{email}" has an {kind} plan at {price} from {start} to {end} on {billing}'))
def has_paid_plan_billing(world: World, email: str, kind: str, price: str, start: str, end: str,
                          billing: str) -> None:
    plan = Plan(word(PLAN_KINDS, kind, "plan"), parse_money(price), parse_date(start), parse_date(end))
    world.new_user(email)
    world.service.open_account(individual_account(email), email, plan, billing=word(BILLING, billing, "billing"))
    world.service.give_licence(email)


@set_up(en('the address "{email}" does not exist'))
@set_up(fr("l'adresse \"{email}\" n'existe pas"))
@set_up(nl('het adres "{email}" bestaat niet'))
def address_does_not_exist(world: World, email: str) -> None:
    world.service.mark_undeliverable(email, "the address does not exist")


@set_up(en('the address "{email}" refuses external email'))
@set_up(fr("l'adresse \"{email}\" refuse les e-mails externes"))
@set_up(nl('het adres "{email}" weigert externe e-mails'))
def address_refuses_external_email(world: World, email: str) -> None:
    world.service.mark_undeliverable(email, "the address refuses external email")


# ---------------------------------------------------------------- time passes
@when(en("{days:d} days pass"))
@when(fr("{days:d} jours passent"))
@when(nl("{days:d} dagen verstrijken"))
@set_up(en("{days:d} days have passed"))
@set_up(fr("{days:d} jours se sont écoulés"))
@set_up(nl("{days:d} dagen zijn verstreken"))
@when(en("{days:d} day passes"))
@when(fr("{days:d} jour passe"))
@when(nl("{days:d} dag verstrijkt"))
@set_up(en("{days:d} day has passed"))
@set_up(fr("{days:d} jour s'est écoulé"))
@set_up(nl("{days:d} dag is verstreken"))
def days_pass(world: World, days: int) -> None:
    world.expect_no_unchecked_refusal()
    world.service.clock.advance(timedelta(days=days))
    world.service.pay_due_refunds()


@set_up(en("the date is {when}"))
@set_up(fr("la date est le {when}"))
@set_up(nl("het {when} wordt"))
@set_up(nl('de datum is {when}', older=True))
def the_date_is(world: World, when: str) -> None:
    world.expect_no_unchecked_refusal()
    world.service.clock.set(parse_when(when))
    world.service.pay_due_refunds()


# ---------------------------------------------------------------- outcomes
@then(en('it is refused with "{code}"'))
@then(fr('la demande est refusée avec le code "{code}"'))
@then(nl('het verzoek wordt geweigerd met "{code}"', older=True))
@then(nl('wordt het verzoek geweigerd met "{code}"'))
@then(fr('la demande est refusée avec "{code}"', older=True))
def refused_with(world: World, code: str) -> None:
    """The last request was refused, with this error code."""
    refusal = world.take_refusal()
    assert refusal.code == code, f"refused with {refusal.code} ({refusal}), expected {code}"


@then(en("it is refused"))
@then(fr("la demande est refusée"))
@then(nl("het verzoek wordt geweigerd", older=True))
@then(nl("wordt het verzoek geweigerd"))
def refused_whatever_the_code(world: World) -> None:
    """The last request was refused, whatever the reason (when the articles do not say which check comes first)."""
    world.take_refusal()


@then(en("it is refused with one of {codes}"))
@then(fr("la demande est refusée avec l'un des codes {codes}"))
@then(nl("het verzoek wordt geweigerd met een van de codes {codes}", older=True))
@then(nl("wordt het verzoek geweigerd met een van de codes {codes}"))
def refused_with_one_of(world: World, codes: str) -> None:
    """The last request was refused with one of these codes, written between quotes: "A", "B" or "C"."""
    allowed = re.findall(r'"([^"]+)"', codes)
    assert allowed, f'write the codes between quotes, e.g. "UNPAID_INVOICES" or "ZOOM_ROOMS_ON_ACCOUNT": {codes}'
    refusal = world.take_refusal()
    assert refusal.code in allowed, f"refused with {refusal.code} ({refusal}), expected one of {allowed}"


@then(en('"{email}" belongs to "{account}"'))
@then(fr('"{email}" fait partie de "{account}"'))
@then(nl('"{email}" hoort bij "{account}"', older=True))
@then(nl('hoort "{email}" bij "{account}"'))
def belongs_to(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    assert world.service.user(email).account == account, \
        f"{email} belongs to {world.service.user(email).account!r}, not {account!r}"
    assert email.lower() in world.service.account(account).members


@then(en('"{email}" does not belong to "{account}"'))
@then(fr('"{email}" ne fait pas partie de "{account}"'))
@then(nl('hoort "{email}" niet bij "{account}"'))
@then(nl('"{email}" hoort niet bij "{account}"', older=True))
def does_not_belong_to(world: World, email: str, account: str) -> None:
    world.expect_no_unchecked_refusal()
    assert world.service.user(email).account != account
    members = world.service.accounts[account].members if account in world.service.accounts else []
    assert email.lower() not in members


@then(en('"{email}" no longer has an account of their own'))
@then(fr('"{email}" n\'a plus son propre compte'))
@then(nl('heeft "{email}" geen eigen account meer'))
@then(nl('"{email}" heeft geen eigen account meer', older=True))
def no_own_account(world: World, email: str) -> None:
    """SEC-3: the individual account was left behind (and closed) when its owner joined another account."""
    world.expect_no_unchecked_refusal()
    user = world.service.user(email)
    assert user.account != individual_account(email) and individual_account(email) not in world.service.accounts, \
        f"{email} is in {user.account!r}"


@then(en('"{email}" still has their own account'))
@then(fr('"{email}" a toujours son propre compte'))
@then(nl('"{email}" heeft nog een eigen account', older=True))
@then(nl('heeft "{email}" nog een eigen account'))
def still_own_account(world: World, email: str) -> None:
    user = world.service.user(email)
    assert user.account == individual_account(email) and user.role == "owner", \
        f"{email} is in {user.account!r} as {user.role}"
