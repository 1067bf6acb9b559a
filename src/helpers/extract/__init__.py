"""The extractors, one sub-package per stage, in pipeline order.

:mod:`~helpers.extract.mentions` (gazetteer names), :mod:`~helpers.extract.temporal`
(dates and periods), :mod:`~helpers.extract.quotes` (speech), :mod:`~helpers.extract.stance`
(positions) and :mod:`~helpers.extract.claims` (quantities).  Each reads the text layer,
the gazetteer and relevance below it and never imports the engine, analysis or evaluation
above it.  Import from the sub-packages (or from :mod:`helpers`).
"""
