"""The dashboard's own files: plain JS/CSS that never parses data as HTML, and a page the strict CSP allows."""

from __future__ import annotations

import re
from pathlib import Path

from warta.serve.app import STATIC

OWN_JS = sorted((STATIC / "js").glob("*.js"))


def test_no_script_path_parses_markup():
    assert OWN_JS
    banned = re.compile(r"\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\s*\(|new Function)\b")
    for path in OWN_JS:
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            assert not banned.search(line), f"{path.name}:{n}: {line.strip()}"


def test_the_page_has_no_inline_script_or_style_and_no_remote_asset():
    html = (STATIC / "index.html").read_text("utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline <script> (the CSP forbids it)"
    assert "<style" not in html and " style=" not in html and " on" + "click=" not in html
    for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert ref.startswith(("/", "#")), ref  # same origin only: no CDN
    for path in [*OWN_JS, STATIC / "style.css"]:
        text = path.read_text("utf-8")
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", text), f"{path.name} names a remote URL"
        assert "@import" not in text


def test_every_module_the_dashboard_imports_exists():
    for path in OWN_JS:
        for target in re.findall(r'from "\./([^"]+)"', path.read_text("utf-8")):
            assert (path.parent / target).is_file(), f"{path.name} imports missing {target}"


def test_third_party_files_stay_out_of_the_repository():
    assert (STATIC / ".gitignore").read_text().strip() == "vendor/"
    assert not any(p.suffix == ".js" and ".min." in p.name for p in STATIC.glob("js/*")), "vendor file among own JS"
    assert Path(STATIC / "js" / "vendor.js").is_file()  # our loader; the files themselves come from npm
