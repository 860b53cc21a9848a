"""initial schema

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-24
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "changelog",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("op", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("old_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("new_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("changelog", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_changelog_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_changelog_batch"), ["batch"], unique=False)
        batch_op.create_index(batch_op.f("ix_changelog_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_changelog_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sort_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("founded_year", sa.Integer(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("size", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("meeting_rhythm", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("languages", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("mission", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("history", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("activities", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source_date", sa.Date(), nullable=True),
        sa.Column("last_verified", sa.Date(), nullable=True),
        sa.Column("extra", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["organisation.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_last_verified"), ["last_verified"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("given_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("family_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("patronymic", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sort_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("consent", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("privacy", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("extra", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_display_name"), ["display_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "region",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["region.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_region_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "affiliation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_affiliation_org_id"), ["org_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_affiliation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "contactpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("e164", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("service", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("street", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("po_box", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("postal_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("city", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("privacy", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contactpoint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contactpoint_city"), ["city"], unique=False)
        batch_op.create_index(batch_op.f("ix_contactpoint_e164"), ["e164"], unique=False)
        batch_op.create_index(batch_op.f("ix_contactpoint_org_id"), ["org_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contactpoint_person_id"), ["person_id"], unique=False)

    op.create_table(
        "orgregion",
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["region_id"], ["region.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("org_id", "region_id"),
    )
    with op.batch_alter_table("orgregion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orgregion_region_id"), ["region_id"], unique=False)

    op.create_table(
        "orgtag",
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("org_id", "tag_id"),
    )
    with op.batch_alter_table("orgtag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orgtag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "othername",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("othername", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_othername_org_id"), ["org_id"], unique=False)

    op.create_table(
        "publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("frequency", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_publication_org_id"), ["org_id"], unique=False)

    op.create_table(
        "relation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_org_id", sa.Integer(), nullable=False),
        sa.Column("to_org_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["from_org_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["to_org_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("relation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relation_from_org_id"), ["from_org_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_relation_to_org_id"), ["to_org_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relation_to_org_id"))
        batch_op.drop_index(batch_op.f("ix_relation_from_org_id"))

    op.drop_table("relation")
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_org_id"))

    op.drop_table("publication")
    with op.batch_alter_table("othername", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_othername_org_id"))

    op.drop_table("othername")
    with op.batch_alter_table("orgtag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orgtag_tag_id"))

    op.drop_table("orgtag")
    with op.batch_alter_table("orgregion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orgregion_region_id"))

    op.drop_table("orgregion")
    with op.batch_alter_table("contactpoint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contactpoint_person_id"))
        batch_op.drop_index(batch_op.f("ix_contactpoint_org_id"))
        batch_op.drop_index(batch_op.f("ix_contactpoint_e164"))
        batch_op.drop_index(batch_op.f("ix_contactpoint_city"))

    op.drop_table("contactpoint")
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_affiliation_person_id"))
        batch_op.drop_index(batch_op.f("ix_affiliation_org_id"))

    op.drop_table("affiliation")
    op.drop_table("tag")
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_region_parent_id"))
        batch_op.drop_index(batch_op.f("ix_region_name"))

    op.drop_table("region")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_updated_at"))
        batch_op.drop_index(batch_op.f("ix_person_sort_name"))
        batch_op.drop_index(batch_op.f("ix_person_display_name"))

    op.drop_table("person")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_updated_at"))
        batch_op.drop_index(batch_op.f("ix_organisation_sort_name"))
        batch_op.drop_index(batch_op.f("ix_organisation_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_name"))
        batch_op.drop_index(batch_op.f("ix_organisation_last_verified"))
        batch_op.drop_index(batch_op.f("ix_organisation_kind"))

    op.drop_table("organisation")
    with op.batch_alter_table("changelog", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_changelog_entity_id"))
        batch_op.drop_index(batch_op.f("ix_changelog_entity"))
        batch_op.drop_index(batch_op.f("ix_changelog_batch"))
        batch_op.drop_index(batch_op.f("ix_changelog_at"))

    op.drop_table("changelog")
