"""Use cases: domain and storage in, domain objects out. No Qt."""
