"""The living documentation of the specification, and the step catalogue a product owner writes scenarios from.

- ``joinsim.livingdoc.spec``: reads ``features/`` (feature → rule → scenario, in three languages), merges the results of
  a pytest run, writes ``cucumber.json`` (keeping the Rule level) and ``index.html``; ``joinsim spec``;
  ``joinsim spec --dry-run`` (a ready-to-paste step definition for each undefined step);
- ``joinsim.livingdoc.plugin``: the pytest plugin behind ``--living-doc DIR`` (``make test`` and ``joinsim spec``
  use it, so every scenario runs once and its results land in ``junit.xml``, ``cucumber.json`` and ``index.html``);
- ``joinsim.livingdoc.sources``: the source articles sentence by sentence (``features/sources/``), checked against the
  rules' tags, shown on the page (a Source tab per article) and written to ``sources.json``;
- ``joinsim.livingdoc.catalogue``: every step phrase in English, French and Dutch, with its parameters
  (``joinsim steps``).
"""
