"""The names and limits the bank loader needs before it reads any YAML.

Kept apart from `sources` and `validate` so that loading banks from a valid cache imports
neither PyYAML nor pydantic (docs/performance.md)."""

from __future__ import annotations

REGISTRY_NAME = "sources.yaml"
RETIRED_NAME = "retired.yaml"
RESERVED_NAMES = frozenset({REGISTRY_NAME, RETIRED_NAME})
"""Files in a bank folder that are not banks."""
MAX_BANK_BYTES = 64 * 1024 * 1024
