"""The search index keeps 1- to 4-character prefixes and records columns, not word positions.

Revision ID: 0005_search_index_detail
Revises: 0004_owner_order_indexes
Create Date: 2026-12-02

A search is typed a letter at a time, so its first keystrokes are prefixes of one to four
letters. FTS5 answers a prefix from its prefix index when it keeps that length; otherwise it
merges the lists of every term that starts with it: counting "m"* took 18-30 ms at 100,000
organisations without a one-letter index and "prav"* 11 ms without a four-letter one; with
`prefix = '1 2 3 4'` they take 5 ms and 3 ms. Word positions (`detail = full`) serve only
phrase and NEAR queries, which the app never writes (every query word is a separate prefix
term); `detail = column` keeps what ranking by column needs and makes the index smaller, which
pays for the extra prefix lists. Measured on the generated 100,000-organisation directory: the
organisations' index took 7.7 s to fill and 173 MB as it was, 8.3 s and 156 MB now; the
200,000 people's 2.6 s and 65 MB, now 3.3 s and 63 MB.

The indexed text is copied from the old index into the new one, not computed again.
"""
from alembic import op

revision = "0005_search_index_detail"
down_revision = "0004_owner_order_indexes"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
# (index, its columns)
INDEXES = [("org_fts", "names, people, contacts, body"), ("person_fts", "names, body")]


def _rebuild(options: str) -> None:
    for name, columns in INDEXES:
        op.execute(f"CREATE VIRTUAL TABLE {name}_new USING fts5("
                   f"{columns}, tokenize = '{TOKENIZER}', {options})")
        op.execute(f"INSERT INTO {name}_new(rowid, {columns}) SELECT rowid, {columns} FROM {name}")
        op.execute(f"DROP TABLE {name}")
        op.execute(f"ALTER TABLE {name}_new RENAME TO {name}")


def upgrade() -> None:
    _rebuild("prefix = '1 2 3 4', detail = column")


def downgrade() -> None:
    _rebuild("prefix = '2 3'")
