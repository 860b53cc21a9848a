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
    # Files made before this revision already hold entries: index them now.
    from directory_app.store import search

    search.rebuild_all(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE person_fts")
    op.execute("DROP TABLE org_fts")
