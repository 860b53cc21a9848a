"""Storage: engine and sessions, migrations, full-text search, backups and integrity checks.

Everything that is SQLite-only (pragmas, FTS5, the online backup API) lives in this package behind
small functions, so that a second backend can be added without touching the services.
"""
