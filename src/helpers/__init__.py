"""Arabic-first source analysis helpers.

The pipeline, one module per stage:
corpus → clean → normalise → segment → mentions → temporal → quotes → stance
→ claims → compare → plots.  ``pipeline`` wires them per document and ``cli``
is the batch interface (``python -m helpers analyze``).
"""

__version__ = "0.1.0"
