"""The copy step that puts the dashboard's npm files into static/vendor/ (``python -m warta.serve.vendor``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.serve import vendor


def _node_modules(root: Path, skip: str | None = None) -> Path:
    for rel in [*vendor.FILES.values(), *vendor.LICENSES.values()]:
        if rel != skip:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(f"// {rel}\n")
    return root


def test_copies_every_file_the_dashboard_loads_with_licences(tmp_path):
    dest = tmp_path / "vendor"
    assert vendor.missing(dest) == list(vendor.FILES)
    written = vendor.copy(_node_modules(tmp_path / "node_modules"), dest)
    assert vendor.missing(dest) == []
    assert (dest / "d3.min.js").read_text() == "// d3/dist/d3.min.js\n"
    assert sorted(p.name for p in (dest / "LICENSES").iterdir()) == ["d3.txt", "topojson-client.txt", "world-atlas.txt"]
    assert len(written) == len(vendor.FILES) + len(vendor.LICENSES)


def test_a_missing_package_copies_nothing_and_says_what_to_run(tmp_path):
    dest = tmp_path / "vendor"
    with pytest.raises(FileNotFoundError, match="npm ci"):
        vendor.copy(_node_modules(tmp_path / "nm", skip=vendor.FILES["countries-110m.json"]), dest)
    assert not dest.exists()
    with pytest.raises(FileNotFoundError, match="npm ci"):
        vendor.copy(tmp_path / "absent", dest)


def test_the_npm_dependencies_declare_every_package_the_files_come_from():
    package = json.loads((Path(__file__).resolve().parents[1] / "package.json").read_text())
    for rel in vendor.FILES.values():
        assert rel.split("/")[0] in package["dependencies"]
    lock = json.loads((Path(__file__).resolve().parents[1] / "package-lock.json").read_text())
    assert "registry" not in json.dumps(lock)  # the lock pins by integrity, naming no registry host
