"""The step library: thin pytest-bdd step definitions, one module per area of the process, each calling the
model's public API only (``joinsim.model.service.AccountService``).

``STEP_MODULES`` is the one list of them: the scenario runner (``conftest.py``) and the living documentation
(``livingdoc``) both load it. A new area's module goes here (``tests/test_feature_catalogue.py`` checks that
every module of this folder with steps is listed)."""

STEP_MODULES = (
    "joinsim.steps.common",
    "joinsim.steps.inviting",
    "joinsim.steps.accepting",
    "joinsim.steps.licences",
    "joinsim.steps.credit",
    "joinsim.steps.account_owners",
    "joinsim.steps.data_transfer",
    "joinsim.steps.vanity_urls",
)
