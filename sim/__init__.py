"""The bulk-migration simulator (``joinsim.sim``): the SimPy model of the campaign (``migration``), its settings
(``config``), the population, the resources and their calendars, the runner and the results.

Its Python API is the package's: ``from joinsim import simulate, compare, sweep, settings`` (``joinsim.sim.api``).
"""
