"""The organisations' search index is keyed by rank in name order.

Revision ID: 0006_search_in_name_order
Revises: 0005_search_index_detail
Create Date: 2026-12-02

`org_rank` gives every organisation a rank that grows with (sort_name, id), and the index row of
an organisation takes its rank as rowid (it was the organisation's id). FTS5 returns hits in
rowid order, so a search's page in name order is its first hits and the query stops there (see
`store/name_order.py`). The indexed text is copied from the old index, not computed again:
~9 s at 100,000 organisations.
"""
from alembic import op

revision = "0006_search_in_name_order"
down_revision = "0005_search_index_detail"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
COLUMNS = "names, people, contacts, body"
# name_order.STEP and BASE when this revision was written
STEP = 16
BASE = 1 << 61


def _rekey(key: str, old_key: str) -> None:
    """Copy org_fts, whose rowid is `old_key` of org_rank (r), into a new index whose rowid is
    `key`."""
    op.execute(f"CREATE VIRTUAL TABLE org_fts_new USING fts5({COLUMNS}, "
               f"tokenize = '{TOKENIZER}', prefix = '1 2 3 4', detail = column)")
    op.execute(f"INSERT INTO org_fts_new(rowid, {COLUMNS}) SELECT r.{key}, f.names, f.people, "
               f"f.contacts, f.body FROM org_fts f JOIN org_rank r ON r.{old_key} = f.rowid "
               f"ORDER BY r.{key}")
    op.execute("DROP TABLE org_fts")
    op.execute("ALTER TABLE org_fts_new RENAME TO org_fts")


def upgrade() -> None:
    op.execute("CREATE TABLE org_rank (rank INTEGER PRIMARY KEY, org_id INTEGER NOT NULL UNIQUE)")
    op.execute(f"INSERT INTO org_rank(rank, org_id) SELECT {BASE} + row_number() OVER "
               f"(ORDER BY sort_name, id) * {STEP}, id FROM organisation")
    _rekey("rank", "org_id")


def downgrade() -> None:
    _rekey("org_id", "rank")
    op.execute("DROP TABLE org_rank")
