"""Reads of the campaigns app for head office, branch managers and RMs: the reports (``reports``: schedule grid,
live board, evaluation, branch roll-up) and the RM's book (``book``: 360° view, matching, leads). Public names
are re-exported here: callers use ``campaigns.selectors``.
"""

from campaigns.selectors.book import (
    MAJORITY,
    book_entries,
    book_matching,
    book_view,
    lead_list,
    product_matching,
)
from campaigns.selectors.reports import (
    HOST_ROLE,
    ROLLUP_DEFAULT_DAYS,
    branch_rollup,
    campaign_board,
    campaign_evaluation,
    default_range,
    report_csv_rows,
    schedule_grid,
    session_facts,
)

__all__ = [
    "HOST_ROLE",
    "MAJORITY",
    "ROLLUP_DEFAULT_DAYS",
    "book_entries",
    "book_matching",
    "book_view",
    "branch_rollup",
    "campaign_board",
    "campaign_evaluation",
    "default_range",
    "lead_list",
    "product_matching",
    "report_csv_rows",
    "schedule_grid",
    "session_facts",
]
