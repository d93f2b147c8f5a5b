"""What the schema promises, known without importing SQLAlchemy or Alembic."""

from __future__ import annotations

HEAD_REVISION = "0102"
"""The newest migration. A test checks it matches the migrations folder, so start-up can skip
loading Alembic (and the home screen's first look can skip SQLAlchemy) when the database is
already current."""
DEFAULT_PROFILE_ID = 1
"""The profile every database has; rows from before profiles existed belong to it."""
