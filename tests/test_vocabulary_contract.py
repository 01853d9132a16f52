"""The vocabulary contract: product owners' scenarios written with the current and the older wordings of the step
catalogue, in the three languages (tests/contract/). They keep passing; a phrase that disappears makes them fail
(tests/test_vocabulary.py checks the record of every phrase the catalogue has offered)."""

from pytest_bdd import scenarios

scenarios("contract")
