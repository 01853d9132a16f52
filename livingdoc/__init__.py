"""The living documentation of the specification, and the step catalogue a product owner writes scenarios from.

- ``joinsim.livingdoc.spec``: reads ``features/`` (feature → rule → scenario, in three languages), merges the results of
  a pytest run, writes ``index.html``; ``joinsim spec``;
  ``joinsim spec --dry-run`` (a ready-to-paste step definition for each undefined step);
- ``joinsim.livingdoc.plugin``: the pytest plugin behind ``--living-doc DIR`` (``make test`` and ``joinsim spec``
  use it, so every scenario runs once and its results land in ``index.html`` and the CI artefacts);
- ``joinsim.livingdoc.cucumber``: the run in Cucumber's own formats, ``messages.ndjson`` (Cucumber Messages) and
  ``cucumber.json`` (derived from them), and the project's extras, ``rules.json``;
- ``joinsim.livingdoc.junit``: ``junit.xml``'s scenarios named ``language.feature.rule`` / their title;
- ``joinsim.livingdoc.sources``: the source articles sentence by sentence (``features/sources/``), checked against the
  rules' tags, shown on the page (a Source tab per article) and written to ``sources.json``;
- ``joinsim.livingdoc.catalogue``: every step phrase in English, French and Dutch, with its parameters
  (``joinsim steps``).
"""
