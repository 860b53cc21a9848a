"""Contact points and publications indexed by owner and order; no NUL in text; sorted extras.

Revision ID: 0004_owner_order_indexes
Revises: 0003_batches_and_audit
Create Date: 2026-12-02

The CSV export groups an owner's contact points and publications in SQL and needs them in
their order (sort_order, then id). An index on (owner, sort_order) hands them over in that
order (SQLite appends the rowid to every index entry), so the grouping needs no sort; it
replaces the index on the owner alone, which it also serves.

The same export joins values with SQLite's `printf`, which ends a value at a NUL character,
as SQLite's other text functions do (https://sqlite.org/nulinstr.html). NUL is no text: from
this revision on, values are stored without it (the value rules and both importers drop it),
and this migration drops it from the values already stored. The export also writes the extra
properties of an entry (JSON) as stored, so they are stored in one form: keys sorted, nothing
for an empty object (as the importers have always written them).
"""
import json

from alembic import op

revision = "0004_owner_order_indexes"
down_revision = "0003_batches_and_audit"
branch_labels = None
depends_on = None

# (table, old index on the owner alone, new index, owner column)
INDEXES = [
    ("contactpoint", "ix_contactpoint_org_id", "ix_contactpoint_org_order", "org_id"),
    ("contactpoint", "ix_contactpoint_person_id", "ix_contactpoint_person_order", "person_id"),
    ("publication", "ix_publication_org_id", "ix_publication_org_order", "org_id"),
]


# The tables whose text a user sees (the change log keeps its history as it was).
TEXT_TABLES = ["organisation", "person", "affiliation", "contactpoint", "othername",
               "publication", "relation", "tag", "region"]


def upgrade() -> None:
    for table, old, new, owner in INDEXES:
        op.drop_index(old, table_name=table)
        op.create_index(new, table, [owner, "sort_order"], unique=False)
    bind = op.get_bind()
    for table in TEXT_TABLES:
        columns = [row[1] for row in bind.exec_driver_sql(f"PRAGMA table_info({table})")
                   if row[2].upper() in ("VARCHAR", "TEXT")]
        if not columns:
            continue
        # Found by SQL, mended in Python: SQLite's replace() cannot replace a NUL.
        found = " OR ".join(f"instr({c}, char(0)) > 0" for c in columns)
        rows = bind.exec_driver_sql(
            f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE {found}").fetchall()
        changes = ", ".join(f"{c} = ?" for c in columns)
        for rowid, *values in rows:
            mended = [v.replace("\x00", "") if isinstance(v, str) else v for v in values]
            bind.exec_driver_sql(f"UPDATE {table} SET {changes} WHERE rowid = ?",
                                 (*mended, rowid))
    for table in ("organisation", "person"):
        rows = bind.exec_driver_sql(
            f"SELECT id, extra FROM {table} WHERE extra NOT IN ('', '{{}}')").fetchall()
        for row_id, extra in rows:
            normal = _normal_extra(extra)
            if normal != extra:
                bind.exec_driver_sql(f"UPDATE {table} SET extra = ? WHERE id = ?",
                                     (normal, row_id))


def _normal_extra(text: str) -> str:
    """As `rules.normal_extra` was when this revision was written."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


def downgrade() -> None:
    for table, old, new, owner in INDEXES:
        op.drop_index(new, table_name=table)
        op.create_index(old, table, [owner], unique=False)
