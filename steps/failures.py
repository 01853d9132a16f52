"""Why a step failed, in one sentence in the scenario's language that names the step: what a product owner reads
in the output of ``joinsim spec`` and ``make test`` and on the living documentation's page, instead of a Python
traceback. A check that does not hold says what was found; a step that cannot apply (a user who already exists, a
name that does not exist, a word the step does not know) says why."""

from __future__ import annotations

from joinsim.model import errors
from joinsim.steps.language import Said

DOES_NOT_HOLD = {"en": 'The step "{step}" does not hold: {problem}',
                 "fr": "L'étape « {step} » n'est pas vérifiée : {problem}",
                 "nl": 'De stap "{step}" klopt niet: {problem}'}
CANNOT_APPLY = {"en": 'The step "{step}" cannot apply: {problem}',
                "fr": "L'étape « {step} » ne peut pas s'appliquer : {problem}",
                "nl": 'De stap "{step}" kan niet worden toegepast: {problem}'}
UNDEFINED = {"en": 'No step has the phrase "{step}": see the phrases there are with `joinsim steps`, or a '
                   "ready-to-paste step definition with `joinsim spec --dry-run`",
             "fr": "Aucune étape n'a la phrase « {step} » : voyez les phrases qui existent avec `joinsim steps`, ou "
                   "une définition d'étape prête à coller avec `joinsim spec --dry-run`",
             "nl": 'Geen enkele stap heeft de zin "{step}": zie de zinnen die er zijn met `joinsim steps`, of een '
                   "stapdefinitie om te plakken met `joinsim spec --dry-run`"}
UNCHECKED = {"en": 'The scenario "{scenario}" ends with a refusal no step checked: {problem}',
             "fr": "Le scénario « {scenario} » se termine sur un refus qu'aucune étape n'a vérifié : {problem}",
             "nl": 'Het scenario "{scenario}" eindigt met een weigering die geen enkele stap heeft gecontroleerd: '
                   "{problem}"}
NOT_FOUND = {
    errors.UnknownUser: {"en": 'there is no user "{detail}"', "fr": "il n'y a pas d'utilisateur « {detail} »",
                         "nl": 'er is geen gebruiker "{detail}"'},
    errors.UnknownAccount: {"en": 'there is no account "{detail}"', "fr": "il n'y a pas de compte « {detail} »",
                            "nl": 'er is geen account "{detail}"'},
    errors.UnknownItem: {"en": "there is no {detail}", "fr": "il n'existe pas : {detail}",
                         "nl": "dat bestaat niet: {detail}"},
}
REFUSED = {"en": 'the model refused it with "{code}" ({message}); a step that may be refused is checked with '
                 '"it is refused with …"',
           "fr": "le modèle la refuse avec le code « {code} » ({message}) ; une étape qui peut être refusée se vérifie "
                 "avec « la demande est refusée avec le code … »",
           "nl": 'het model weigert dit met "{code}" ({message}); een stap die geweigerd kan worden, wordt '
                 'gecontroleerd met "wordt het verzoek geweigerd met …"'}


def _language(language: str | None) -> str:
    return language if language in ("en", "fr", "nl") else "en"


def step_line(step) -> str:
    return f"{step.keyword.strip()} {getattr(step, 'name', None) or step.text}"


def problem(exception: BaseException, language: str) -> str:
    """What went wrong, without the exception's Python name."""
    if isinstance(exception, Said):
        return exception.in_language(language)
    for kind, said in NOT_FOUND.items():
        if isinstance(exception, kind):
            return said[language].format(detail=exception.detail or "?")
    if isinstance(exception, errors.JoinError):
        return REFUSED[language].format(code=exception.code, message=exception.message)
    text = str(exception).strip().splitlines()
    return text[0] if text else {"en": "no reason given", "fr": "sans raison donnée", "nl": "zonder opgegeven reden"}[
        language]


def explain(exception: BaseException, step, language: str | None) -> str:
    """The sentence for a step that raised ``exception``."""
    language = _language(language)
    template = DOES_NOT_HOLD if isinstance(exception, AssertionError) else CANNOT_APPLY
    return template[language].format(step=step_line(step), problem=problem(exception, language))


def undefined(step, language: str | None) -> str:
    return UNDEFINED[_language(language)].format(step=step_line(step))


def unchecked(exception: BaseException, scenario, language: str | None) -> str:
    language = _language(language)
    return UNCHECKED[language].format(scenario=scenario.name, problem=problem(exception, language))
