"""Alembic environment: run against the engine handed over in `config.attributes`."""

from alembic import context
from sqlmodel import SQLModel

import directory_app.domain.models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config


def include_name(name, type_, parent_names):
    """Keep the search index's tables (FTS5, its shadow tables and the ranks that key it) out of
    autogenerate: it would drop them."""
    return not (type_ == "table" and name.startswith(("org_fts", "person_fts", "org_rank")))


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            render_as_batch=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
