"""Full-text search index (FTS5) over organisations and people.

Revision ID: 0002_search_index
Revises: 0001_initial
Create Date: 2026-11-24

The index holds transliterated, case-folded text (see domain/text.py) written by the service
layer in the same transaction as each change, so that Latin queries find Cyrillic names and
the other way round. The rowid of each index row is the organisation's or person's id.
"""
from alembic import op

revision = "0002_search_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE org_fts USING fts5("
        f"names, people, contacts, body, tokenize = '{TOKENIZER}', prefix = '2 3')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE person_fts USING fts5("
        f"names, body, tokenize = '{TOKENIZER}', prefix = '2 3')"
    )
    # Files made before this revision already hold entries: index them now, keyed by id as this
    # revision's index was (0006 keys organisations by rank; `search.rebuild_all` needs that).
    from directory_app.store import search

    bind = op.get_bind()
    for table, fts, documents, columns in (
            ("organisation", "org_fts", search.org_documents, "names, people, contacts, body"),
            ("person", "person_fts", search.person_documents, "names, body")):
        ids = [r[0] for r in bind.exec_driver_sql(f"SELECT id FROM {table}")]
        for start in range(0, len(ids), 2000):
            rows = documents(bind, ids[start:start + 2000])
            if rows:
                marks = ", ".join("?" * (columns.count(",") + 2))
                bind.exec_driver_sql(f"INSERT INTO {fts}(rowid, {columns}) VALUES ({marks})", rows)


def downgrade() -> None:
    op.execute("DROP TABLE person_fts")
    op.execute("DROP TABLE org_fts")
