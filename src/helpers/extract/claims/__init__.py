"""Claims: quantities asserted in a document and who they are attributed to."""

from helpers.extract.claims.rows import (
    CLAIM_COLUMNS,
    claim_rows,
    find_claims,
)

__all__ = [
    "CLAIM_COLUMNS", "find_claims", "claim_rows",
]
