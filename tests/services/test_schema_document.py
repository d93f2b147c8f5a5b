"""docs/bank.schema.json is the published contract: generated from the models and agreeing with them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from quizapp.paths import resource_root, shipped_banks_dir
from quizapp.services.banks.names import REGISTRY_NAME, RESERVED_NAMES
from quizapp.services.banks.schema import json_schema, sources_json_schema

DOC = resource_root() / "docs" / "bank.schema.json"
SOURCES_DOC = resource_root() / "docs" / "sources.schema.json"


def _yaml_as_json(path: Path) -> object:
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def test_committed_schema_matches_the_models() -> None:
    assert json.loads(DOC.read_text(encoding="utf-8")) == json_schema(), "run `make schema`"
    assert json.loads(SOURCES_DOC.read_text(encoding="utf-8")) == sources_json_schema(), "run `make schema`"


def test_sources_schema_accepts_the_shipped_registry_and_rejects_a_bad_entry() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SOURCES_DOC.read_text(encoding="utf-8")))
    data = _yaml_as_json(shipped_banks_dir() / REGISTRY_NAME)
    assert not list(validator.iter_errors(data))
    bad = {"sources": [{"id": "x", "url": "ftp://a", "title": {"ja": "題"}, "official": "yes"}]}
    messages = [e.message for e in validator.iter_errors(bad)]
    assert any("'publisher' is a required property" in m for m in messages), messages
    assert any("does not match" in m for m in messages), messages


def test_schema_accepts_every_shipped_bank() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(DOC.read_text(encoding="utf-8")))
    for path in sorted(shipped_banks_dir().glob("*.yaml")):
        if path.name not in RESERVED_NAMES:
            assert not list(validator.iter_errors(_yaml_as_json(path))), path


def test_schema_rejects_what_the_loader_rejects(tmp_path: Path) -> None:
    validator = jsonschema.Draft202012Validator(json.loads(DOC.read_text(encoding="utf-8")))
    bad = {"id": "x", "title": {"ja": "題"}, "questions": [], "extra": 1}
    messages = [e.message for e in validator.iter_errors(bad)]
    assert any("'en' is a required property" in m for m in messages)
    assert any("Additional properties" in m for m in messages)
    assert any("should be non-empty" in m or "is too short" in m for m in messages)
