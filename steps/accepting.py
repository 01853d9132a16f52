"""Steps for accepting an invitation: the link, the refund or credit choice, proration."""

from __future__ import annotations

import sys
import threading

from pytest_bdd import then, when

from joinsim.model import Plan, errors, events
from joinsim.steps.language import Misuse, NotHeld, en, fr, nl, set_up, word
from joinsim.steps.world import World, individual_account, parse_address, parse_date, parse_money

CHOICES = {"a refund": "refund", "a credit transfer": "credit",
           "un remboursement": "refund", "un transfert de crédit": "credit",
           "een terugbetaling": "refund", "een overdracht van het tegoed": "credit"}


def _accept(world: World, email: str, account: str, choice: str | None, as_email: str | None = None) -> None:
    world.expect_no_unchecked_refusal()
    invitation = world.service.invitation_for(email, account)
    world.attempt(world.service.accept, invitation.link, parse_address(as_email or email), choice)


@when(en('"{email}" accepts the invitation from "{account}"'))
@when(fr('"{email}" accepte l\'invitation de "{account}"'))
@when(nl('"{email}" de uitnodiging van "{account}" accepteert'))
@when(nl('"{email}" accepteert de uitnodiging van "{account}"', older=True))
def accepts(world: World, email: str, account: str) -> None:
    _accept(world, email, account, None)


@when(en('"{email}" accepts the invitation from "{account}" choosing {choice}'))
@when(fr('"{email}" accepte l\'invitation de "{account}" en choisissant {choice}'))
@when(nl('"{email}" de uitnodiging van "{account}" accepteert en voor {choice} kiest'))
@when(nl('"{email}" accepteert de uitnodiging van "{account}" en kiest voor {choice}', older=True))
def accepts_choosing(world: World, email: str, account: str, choice: str) -> None:
    _accept(world, email, account, word(CHOICES, choice, "choice"))


@when(en('"{email}" accepts the invitation from "{account}" answering "{answer}" to the refund choice'))
@when(fr('"{email}" accepte l\'invitation de "{account}" en répondant "{answer}" au choix du remboursement'))
@when(nl('"{email}" de uitnodiging van "{account}" accepteert met het antwoord "{answer}" op de terugbetalingskeuze'))
def accepts_answering(world: World, email: str, account: str, answer: str) -> None:
    """ACC-2: the answer to the refund choice exactly as the form sent it (a mistyped or empty answer included)."""
    _accept(world, email, account, answer)


@when(en('"{someone}" opens the invitation link sent to "{email}" by "{account}"'))
@when(fr('"{someone}" ouvre le lien d\'invitation envoyé à "{email}" par "{account}"'))
@when(nl('"{someone}" de uitnodigingslink opent die "{account}" naar "{email}" stuurde'))
@when(nl('"{someone}" opent de uitnodigingslink die "{account}" naar "{email}" stuurde', older=True))
def someone_opens_link(world: World, someone: str, email: str, account: str) -> None:
    _accept(world, email, account, None, as_email=someone)


WHICH = {"first": 0, "latest": -1, "première": 0, "dernière": -1, "eerste": 0, "laatste": -1}


def _invitations(world: World, email: str, account: str) -> list:
    """Every invitation from the account to the address, the first one first."""
    key = parse_address(email).lower()
    found = [i for i in world.service.invitations.values() if i.email == key and i.account == account]
    if not found:
        raise NotHeld(f'"{account}" has sent no invitation to "{email}"',
                      f"« {account} » n'a envoyé aucune invitation à « {email} »",
                      f'"{account}" heeft geen uitnodiging naar "{email}" gestuurd')
    return found


def _open(world: World, email: str, invitation, choice: str | None) -> None:
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.accept, invitation.link, parse_address(email),
                  None if choice is None else word(CHOICES, choice, "choice"))


@when(en('"{email}" opens the link of the {which} invitation from "{account}"'))
@when(en('"{email}" opens the link of the {which} invitation from "{account}" choosing {choice}'))
@when(fr('"{email}" ouvre le lien de la {which} invitation de "{account}"'))
@when(fr('"{email}" ouvre le lien de la {which} invitation de "{account}" en choisissant {choice}'))
@when(nl('"{email}" de link van de {which} uitnodiging van "{account}" opent'))
@when(nl('"{email}" de link van de {which} uitnodiging van "{account}" opent en voor {choice} kiest'))
@when(nl('"{email}" opent de link van de {which} uitnodiging van "{account}"'))
@when(nl('"{email}" opent de link van de {which} uitnodiging van "{account}" en kiest voor {choice}'))
def opens_link_of(world: World, email: str, which: str, account: str, choice: str | None = None) -> None:
    """SEC-1/INV-6: the invitee opens the link of one invitation: {which} is first or latest (première, dernière).
    (Dutch: eerste, laatste.) An old link after a new invitation was sent, say."""
    _open(world, email, _invitations(world, email, account)[WHICH[_which(which)]], choice)


def _which(text: str) -> str:
    if text.strip() not in WHICH:
        raise Misuse(f'"{text}": write first or latest', f"« {text} » : écrivez première ou dernière",
                     f'"{text}": schrijf eerste of laatste')
    return text.strip()


@when(en('"{email}" opens the link of the invitation from "{account}" sent on {day}'))
@when(en('"{email}" opens the link of the invitation from "{account}" sent on {day} choosing {choice}'))
@when(fr('"{email}" ouvre le lien de l\'invitation de "{account}" envoyée le {day}'))
@when(fr('"{email}" ouvre le lien de l\'invitation de "{account}" envoyée le {day} en choisissant {choice}'))
@when(nl('"{email}" de link van de uitnodiging van "{account}" van {day} opent'))
@when(nl('"{email}" de link van de uitnodiging van "{account}" van {day} opent en voor {choice} kiest'))
@when(nl('"{email}" opent de link van de uitnodiging van "{account}" van {day}'))
@when(nl('"{email}" opent de link van de uitnodiging van "{account}" van {day} en kiest voor {choice}'))
def opens_link_sent_on(world: World, email: str, account: str, day: str, choice: str | None = None) -> None:
    """SEC-1/INV-6: the invitee opens the link of the invitation sent (or last resent) on that day."""
    sent_on = [i for i in _invitations(world, email, account) if i.sent_at.date() == parse_date(day)]
    if len(sent_on) != 1:
        raise Misuse(f'"{account}" sent {len(sent_on)} invitations to "{email}" on {day}: name it by first or latest',
                     f"« {account} » a envoyé {len(sent_on)} invitations à « {email} » le {day} : dites première ou "
                     "dernière",
                     f'"{account}" stuurde op {day} {len(sent_on)} uitnodigingen naar "{email}": zeg eerste of '
                     "laatste")
    _open(world, email, sent_on[0], choice)


@when(en('"{email}" pays the unpaid invoices'))
@when(fr('"{email}" règle ses factures impayées'))
@when(nl('"{email}" de openstaande facturen betaalt'))
@when(fr('"{email}" règle les factures impayées', older=True))
@when(nl('"{email}" betaalt de openstaande facturen', older=True))
def pays_unpaid_invoices(world: World, email: str) -> None:
    world.attempt(world.service.pay_invoices, email)


@then(en('the prorated amount for "{email}" is {amount}'))
@then(fr('le montant au prorata pour "{email}" est de {amount}'))
@then(nl('het pro rata bedrag voor "{email}" is {amount}', older=True))
@then(nl('is het pro rata bedrag voor "{email}" {amount}'))
def prorated_amount(world: World, email: str, amount: str) -> None:
    world.expect_no_unchecked_refusal()
    result = world.last_result
    assert result is not None and result.email == email.lower(), f"no join result for {email}: {result}"
    assert result.prorated == parse_money(amount), f"prorated {result.prorated}, expected {amount}"


@then(en('a refund of {amount} to the own payment method of "{email}" is requested'))
@then(fr('un remboursement de {amount} sur son propre mode de paiement est demandé pour "{email}"'))
@then(nl('een terugbetaling van {amount} naar de eigen betaalmethode van "{email}" is aangevraagd', older=True))
@then(nl('is een terugbetaling van {amount} naar de eigen betaalmethode van "{email}" aangevraagd'))
@then(fr('un remboursement de {amount} via le propre mode de paiement de "{email}" est demandé', older=True))
def refund_requested(world: World, amount: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    found = [e for e in world.service.events if isinstance(e, events.RefundRequested) and e.email == email.lower()]
    assert [e.amount for e in found] == [parse_money(amount)], f"refunds requested: {found}"


@then(en('no refund is requested for "{email}"'))
@then(fr('aucun remboursement n\'est demandé pour "{email}"'))
@then(nl('er is geen terugbetaling aangevraagd voor "{email}"', older=True))
@then(nl('is er geen terugbetaling aangevraagd voor "{email}"'))
def no_refund(world: World, email: str) -> None:
    found = [e for e in world.service.events if isinstance(e, events.RefundRequested) and e.email == email.lower()]
    assert not found, f"refunds requested: {found}"


@then(en('the refund to "{email}" is paid on {day}'))
@then(fr('le remboursement à "{email}" est versé le {day}'))
@then(nl('de terugbetaling aan "{email}" is uitbetaald op {day}', older=True))
@then(nl('is de terugbetaling aan "{email}" uitbetaald op {day}'))
def refund_paid_on(world: World, email: str, day: str) -> None:
    paid = [e for e in world.service.events if isinstance(e, events.RefundPaid) and e.email == email.lower()]
    assert [e.paid_on for e in paid] == [parse_date(day)], f"refunds paid: {paid}"


@then(en('the refund to "{email}" is not paid yet'))
@then(fr('le remboursement à "{email}" n\'est pas encore versé'))
@then(nl('de terugbetaling aan "{email}" is nog niet uitbetaald', older=True))
@then(nl('is de terugbetaling aan "{email}" nog niet uitbetaald'))
def refund_not_paid(world: World, email: str) -> None:
    paid = [e for e in world.service.events if isinstance(e, events.RefundPaid) and e.email == email.lower()]
    assert not paid, f"refunds paid: {paid}"


@when(en('"{email}" clicks the link in the invitation email from "{account}"'))
@when(fr('"{email}" clique sur le lien hypertexte de l\'e-mail d\'invitation de "{account}"'))
@when(nl('"{email}" op de hyperlink in de uitnodigingsmail van "{account}" klikt'))
@when(nl('"{email}" klikt op de hyperlink in de uitnodigingsmail van "{account}"', older=True))
def clicks_link(world: World, email: str, account: str) -> None:
    """ACC-1: the invitee clicks the hyperlink in the invitation email (no refund choice)."""
    _accept(world, email, account, None)


@when(en('"{email}" pastes the invitation link from "{account}" into a browser choosing {choice}'))
@when(fr('"{email}" colle le lien d\'invitation de "{account}" dans un navigateur en choisissant {choice}'))
@when(nl('"{email}" de uitnodigingslink van "{account}" in een browser plakt en voor {choice} kiest'))
@when(nl('"{email}" plakt de uitnodigingslink van "{account}" in een browser en kiest voor {choice}', older=True))
def pastes_link_choosing(world: World, email: str, account: str, choice: str) -> None:
    """ACC-1: the invitee pastes the hyperlink into a browser and makes the refund choice."""
    _accept(world, email, account, word(CHOICES, choice, "choice"))


@set_up(en('"{email}" has an unpaid invoice of {amount}'))
@set_up(fr('"{email}" a une facture impayée de {amount}'))
@set_up(nl('"{email}" heeft een openstaande factuur van {amount}'))
def has_unpaid_invoice(world: World, email: str, amount: str) -> None:
    """An invoice of the invitee's own account that is not paid yet."""
    world.service.add_invoice(world.service.account_of(email).name, parse_money(amount))


@set_up(en('"{email}" has a paid invoice of {amount}'))
@set_up(fr('"{email}" a une facture payée de {amount}'))
@set_up(nl('"{email}" heeft een betaalde factuur van {amount}'))
def has_paid_invoice(world: World, email: str, amount: str) -> None:
    """An invoice of the invitee's own account that is already paid."""
    world.service.add_invoice(world.service.account_of(email).name, parse_money(amount), paid=True)


@then(en('the account balance of "{email}" is {amount}'))
@then(fr('le solde du compte de "{email}" est de {amount}'))
@then(nl('de rekeningbalans van "{email}" is {amount}', older=True))
@then(nl('is de rekeningbalans van "{email}" {amount}'))
def account_balance(world: World, email: str, amount: str) -> None:
    """ACC-4: what the invitee's own account owes at the statement date."""
    world.expect_no_unchecked_refusal()
    balance = world.service.account_balance(world.service.account_of(email).name)
    assert balance == parse_money(amount), f"account balance {balance}, expected {amount}"


@then(en('the prorated amount "{email}" would get back today is {amount}'))
@then(fr('le montant au prorata que "{email}" récupérerait aujourd\'hui est de {amount}'))
@then(nl('het pro rata bedrag dat "{email}" vandaag zou terugkrijgen, is {amount}', older=True))
@then(nl('is het pro rata bedrag dat "{email}" vandaag zou terugkrijgen {amount}'))
@then(nl('het pro rata bedrag dat "{email}" vandaag zou terugkrijgen is {amount}', older=True))
def prorated_amount_today(world: World, email: str, amount: str) -> None:
    """ACC-3/ACC-4: the prorated refund or credit of the invitee's plan, before accepting."""
    world.expect_no_unchecked_refusal()
    prorated = world.service.prorated_amount(email)
    assert prorated == parse_money(amount), f"prorated {prorated}, expected {amount}"


@then(en('the refund to "{email}" is due between {earliest} and {latest}'))
@then(fr('le remboursement à "{email}" doit être versé entre le {earliest} et le {latest}'))
@then(nl('de terugbetaling aan "{email}" moet tussen {earliest} en {latest} worden uitbetaald', older=True))
@then(nl('moet de terugbetaling aan "{email}" tussen {earliest} en {latest} worden uitbetaald'))
@then(fr('le remboursement à "{email}" est dû entre le {earliest} et le {latest}', older=True))
def refund_due_between(world: World, email: str, earliest: str, latest: str) -> None:
    """ACC-6: the first and the last business day on which the refund may be paid."""
    world.expect_no_unchecked_refusal()
    found = [e for e in world.service.events if isinstance(e, events.RefundRequested) and e.email == email.lower()]
    assert [(e.earliest, e.latest) for e in found] == [(parse_date(earliest), parse_date(latest))], \
        f"refunds requested: {found}"


@when(en('the payment provider pays the refund to "{email}" on {day}'))
@when(fr('le prestataire de paiement verse le remboursement à "{email}" le {day}'))
@when(nl('de betaalprovider de terugbetaling aan "{email}" op {day} uitbetaalt'))
@when(nl('de betaalprovider betaalt de terugbetaling aan "{email}" uit op {day}', older=True))
def provider_pays_refund(world: World, email: str, day: str) -> None:
    """ACC-6: the payment provider pays the refund on a given day (refused outside the window)."""
    world.expect_no_unchecked_refusal()
    refunds = [r for r in world.service.refunds.values() if r.email == email.lower()]
    assert len(refunds) == 1, f"refunds to {email}: {refunds}"
    world.attempt(world.service.pay_refund, refunds[0].id, parse_date(day))


# ---------------------------------------------------------------- many people at once (ACC-9)
CROWD_PLAN_KINDS = {"monthly": "monthly", "annual": "annual", "mensuel": "monthly", "annuel": "annual",
                    "maandabonnement": "monthly", "jaarabonnement": "annual"}


@set_up(en('"{by}" has invited {count:d} people with a {kind} plan at {price} from {start} to {end} to "{account}"'))
@set_up(en('"{by}" has invited {count:d} people with an {kind} plan at {price} from {start} to {end} to "{account}"'))
@set_up(fr('"{by}" a invité {count:d} personnes qui ont un forfait {kind} à {price} du {start} au {end} à rejoindre '
          '"{account}"'))
@set_up(nl('"{by}" heeft {count:d} mensen met een {kind} van {price} van {start} tot {end} uitgenodigd voor '
          '"{account}"'))
def invited_crowd(world: World, by: str, count: int, kind: str, price: str, start: str, end: str,
                  account: str) -> None:
    """Many people, each with an individual paid plan (person001@example.com, person002@example.com...), invited."""
    plan = Plan(word(CROWD_PLAN_KINDS, kind, "plan"), parse_money(price), parse_date(start), parse_date(end))
    world.crowd = [f"person{n:03d}@example.com" for n in range(1, count + 1)]
    for email in world.crowd:
        world.service.open_account(individual_account(email), email, plan)
        world.service.give_licence(email)
        world.service.invite(by, account, email)


@when(en("each of them opens the invitation link in two browser tabs at the same moment, choosing a refund in one "
         "and a credit transfer in the other"))
@when(fr("chacune ouvre le lien d'invitation dans deux onglets au même instant, en choisissant un remboursement "
         "dans l'un et un transfert de crédit dans l'autre"))
@when(nl("elk van hen de uitnodigingslink tegelijk in twee browsertabbladen opent, met een terugbetaling in het "
         "ene en een overdracht van het tegoed in het andere"))
def crowd_opens_two_tabs(world: World) -> None:
    """ACC-9/SEC-2: two requests for the same link reach the service at once (two threads); each person in turn."""
    world.expect_no_unchecked_refusal()
    world.tab_outcomes = {}
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # (threads switch as often as they can: the two requests really overlap)
    try:
        for email in world.crowd:
            link = _pending_link(world, email)
            outcomes: list[str] = []
            together = threading.Barrier(2)

            def tab(choice: str, link: str = link, email: str = email, outcomes: list[str] = outcomes,
                    together: threading.Barrier = together) -> None:
                together.wait()
                try:
                    world.service.accept(link, email, choice)
                    outcomes.append("joined")
                except errors.JoinError as refusal:
                    outcomes.append(refusal.code)
                except Exception as crash:  # noqa: BLE001 (a crash is an outcome the Then steps report)
                    outcomes.append(f"crashed: {crash!r}")

            tabs = [threading.Thread(target=tab, args=(choice,)) for choice in ("refund", "credit")]
            for thread in tabs:
                thread.start()
            for thread in tabs:
                thread.join()
            world.tab_outcomes[email] = sorted(outcomes)
    finally:
        sys.setswitchinterval(old_interval)


def _pending_link(world: World, email: str) -> str:
    pending = [i for i in world.service.invitations.values() if i.email == email and i.status == "pending"]
    assert len(pending) == 1, f"{email} has {len(pending)} pending invitations"
    return pending[0].link


@then(en('for each of them one tab succeeded and the other was refused with "{code}"'))
@then(fr('pour chacune, l\'un des onglets a abouti et l\'autre a été refusé avec le code "{code}"'))
@then(nl('bij elk van hen is het ene tabblad gelukt en het andere geweigerd met "{code}"', older=True))
@then(nl('is bij elk van hen het ene tabblad gelukt en het andere geweigerd met "{code}"'))
@then(en('for each of them one tab joined and the other was refused with "{code}"', older=True))
@then(fr('pour chacune, un onglet a rejoint le compte et l\'autre a été refusé avec le code "{code}"', older=True))
@then(nl('bij elk van hen is het ene tabblad toegetreden en het andere geweigerd met "{code}"', older=True))
@then(nl('is bij elk van hen het ene tabblad toegetreden en het andere geweigerd met "{code}"', older=True))
def one_tab_joined(world: World, code: str) -> None:
    """ACC-9: of the two tabs each person opened, one joined and the other was refused with this code."""
    wrong = {email: outcomes for email, outcomes in world.tab_outcomes.items()
             if sorted(outcomes) != sorted(["joined", code])}
    assert not wrong, f"{len(wrong)} of {len(world.tab_outcomes)} people: {dict(list(wrong.items())[:5])}"


@then(en('each of them is listed once among the members of "{account}"'))
@then(fr('chacune figure une seule fois parmi les membres de "{account}"'))
@then(nl('staat elk van hen één keer in de ledenlijst van "{account}"'))
@then(nl('elk van hen staat één keer in de ledenlijst van "{account}"', older=True))
def crowd_listed_once(world: World, account: str) -> None:
    """ACC-9/SEC-3: nobody of the crowd is listed twice among the members."""
    members = world.service.account(account).members
    wrong = {email: members.count(email) for email in world.crowd if members.count(email) != 1}
    assert not wrong, f"times listed among the members of {account}: {wrong}"


@then(en("each of them got back {amount} once, as a refund or as credit"))
@then(fr("chacune a récupéré {amount} une seule fois, en remboursement ou en crédit"))
@then(nl('heeft elk van hen {amount} één keer teruggekregen, als terugbetaling of als tegoed'))
@then(nl("elk van hen heeft {amount} één keer teruggekregen, als terugbetaling of als tegoed", older=True))
def crowd_paid_once(world: World, amount: str) -> None:
    """ACC-9: each person of the crowd got the prorated amount back exactly once, as a refund or as credit."""
    expected = parse_money(amount)
    wrong = {}
    for email in world.crowd:
        paid = _paid_back(world, email)
        if paid != [expected]:
            wrong[email] = paid
    assert not wrong, f"{len(wrong)} people were not paid back exactly once: {dict(list(wrong.items())[:5])}"


def _paid_back(world: World, email: str) -> list:
    """Every refund requested for, and every credit transferred by, this person."""
    return [e.amount for e in world.service.events
            if isinstance(e, events.RefundRequested | events.CreditTransferred) and e.email == email.lower()]


@then(en('"{email}" got back {amount} once, as a refund or as credit'))
@then(fr('"{email}" a récupéré {amount} une seule fois, en remboursement ou en crédit'))
@then(nl('"{email}" heeft {amount} één keer teruggekregen, als terugbetaling of als tegoed', older=True))
@then(nl('heeft "{email}" {amount} één keer teruggekregen, als terugbetaling of als tegoed'))
def paid_back_once(world: World, email: str, amount: str) -> None:
    """ACC-9: the prorated amount was paid out exactly once, as a refund or as credit, never both."""
    world.expect_no_unchecked_refusal()
    paid = _paid_back(world, email)
    assert paid == [parse_money(amount)], f"paid back to {email}: {paid}"


# ---------------------------------------------------------------- signing in (ACC-10)
@set_up(en('"{email}" has the password "{password}"'))
@set_up(fr('"{email}" a le mot de passe "{password}"'))
@set_up(nl('"{email}" heeft het wachtwoord "{password}"'))
def has_password(world: World, email: str, password: str) -> None:
    """Set-up: the password the user signs in with (ACC-10)."""
    world.service.set_password(email, password)


@when(en('"{email}" signs in at zoom.us with the password "{password}"'))
@when(fr('"{email}" se connecte sur zoom.us avec le mot de passe "{password}"'))
@when(nl('"{email}" zich op zoom.us aanmeldt met het wachtwoord "{password}"'))
def signs_in(world: World, email: str, password: str) -> None:
    """ACC-10: signing in as before, at zoom.us, with an address and a password."""
    world.attempt(world.service.sign_in, email, password)


@then(en('"{email}" is signed in to "{account}"'))
@then(fr('"{email}" est connecté à "{account}"'))
@then(nl('"{email}" is aangemeld bij "{account}"', older=True))
@then(nl('is "{email}" aangemeld bij "{account}"'))
def signed_in_to(world: World, email: str, account: str) -> None:
    """ACC-10: the account the user is in once signed in."""
    world.expect_no_unchecked_refusal()
    assert world.last_result == account, f"{email} signed in to {world.last_result!r}, not {account!r}"


@then(en('"{email}" is signed in to their own account'))
@then(fr('"{email}" est connecté à son propre compte'))
@then(nl('"{email}" is aangemeld bij het eigen account', older=True))
@then(nl('is "{email}" aangemeld bij het eigen account'))
def signed_in_to_own_account(world: World, email: str) -> None:
    """ACC-10: signed in, the user is still in their own account (not yet joined)."""
    world.expect_no_unchecked_refusal()
    own = individual_account(email)
    assert world.last_result == own, f"{email} signed in to {world.last_result!r}, not to their own account"
