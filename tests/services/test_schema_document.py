"""docs/bank.schema.json is the published contract: generated from the models and agreeing with them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from quizapp.paths import resource_root, shipped_banks_dir
from quizapp.services.banks.schema import json_schema

DOC = resource_root() / "docs" / "bank.schema.json"


def test_committed_schema_matches_the_models() -> None:
    assert json.loads(DOC.read_text(encoding="utf-8")) == json_schema(), "run `make schema`"


def test_schema_accepts_every_shipped_bank() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(DOC.read_text(encoding="utf-8")))
    for path in sorted(shipped_banks_dir().glob("*.yaml")):
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        assert not list(validator.iter_errors(data)), path


def test_schema_rejects_what_the_loader_rejects(tmp_path: Path) -> None:
    validator = jsonschema.Draft202012Validator(json.loads(DOC.read_text(encoding="utf-8")))
    bad = {"id": "x", "title": {"ja": "題"}, "questions": [], "extra": 1}
    messages = [e.message for e in validator.iter_errors(bad)]
    assert any("'en' is a required property" in m for m in messages)
    assert any("Additional properties" in m for m in messages)
    assert any("should be non-empty" in m or "is too short" in m for m in messages)
