"""The step library: thin pytest-bdd step definitions, one module per area of the process, each calling the
model's public API only (``model.service.AccountService``).

``STEP_MODULES`` is the one list of them: the scenario runner (``conftest.py``) and the living documentation
(``livingdoc``) both load it. A new area's module goes here (``tests/test_feature_catalogue.py`` checks that
every module of this folder with steps is listed)."""

STEP_MODULES = (
    "steps.common",
    "steps.inviting",
    "steps.accepting",
    "steps.licences",
    "steps.credit",
    "steps.account_owners",
    "steps.data_transfer",
    "steps.vanity_urls",
)
