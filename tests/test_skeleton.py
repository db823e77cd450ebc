from __future__ import annotations

import pytest

import warta
from warta import config, registry
from warta.errors import ConfigError, PipelineError
from warta.model import Doc
from warta.pipeline import Pipeline


def test_public_api_is_sorted_and_exported():
    assert warta.__all__ == sorted(warta.__all__)
    for name in warta.__all__:
        assert hasattr(warta, name)


def test_override_parses_toml_values_and_rejects_malformed():
    cfg = config.override({"extract": {"timeout": 10.0}}, "extract.timeout=5")
    assert cfg["extract"]["timeout"] == 5
    assert config.override({}, "a.b=hello")["a"]["b"] == "hello"
    with pytest.raises(ConfigError):
        config.override({}, "timeout=5")


def test_pipeline_checks_requirements_when_built():
    @registry.stage("needs-events", version="1", requires=("events",), provides=())
    def needs_events(doc, **_):
        return doc

    with pytest.raises(PipelineError, match="requires events"):
        Pipeline(["needs-events"])
    with pytest.raises(PipelineError, match="no stage named"):
        Pipeline(["no-such-stage"])


def test_doc_round_trips_through_dict():
    doc = warta.process("Judul\n\nIni adalah sebuah kalimat yang cukup panjang untuk menjadi artikel.", lang="id")
    data = doc.to_dict()
    assert Doc.from_dict(data).to_dict() == data


def test_an_unknown_configuration_key_fails_when_the_pipeline_is_built():
    cfg = config.load(overrides=["extract.no_such_option=1"])
    with pytest.raises(ConfigError, match="extract"):
        Pipeline(["extract"], config=cfg)

def test_an_unknown_config_key_fails_when_the_pipeline_is_built_not_on_every_page():
    # extract is a function stage: partial() alone would take any keyword and fail later, page by page
    for stage, key in (("extract", "nope"), ("extract", "timout")):
        cfg = config.load(overrides=[f"{stage}.{key}=1"])
        with pytest.raises(ConfigError, match=key):
            Pipeline(config=cfg)
    Pipeline(config=config.load(overrides=["extract.timeout=5"]))  # a known key still builds
