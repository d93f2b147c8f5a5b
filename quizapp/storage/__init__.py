"""SQLAlchemy 2 ORM, Alembic migrations and repositories. The only package that touches SQL."""
