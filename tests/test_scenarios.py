"""Every scenario of every feature file in features/ runs here (no per-feature stub files)."""

from pytest_bdd import scenarios

scenarios("../features")
