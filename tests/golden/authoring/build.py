"""Render every Story into src/warta/demo/corpus/ and write tests/golden/expected.json.

    python tests/golden/authoring/build.py

Run it after editing a story; commit the rendered pages and expected.json with the edit.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT / "src" / "warta" / "demo" / "corpus"
EXPECTED = ROOT / "tests" / "golden" / "expected.json"
sys.path.insert(0, str(HERE))

from model import Story  # noqa: E402
from render import JSONL_ONLY, MARK, RENDERERS  # noqa: E402

MODULES = sorted(p.stem for p in HERE.glob("articles_*.py"))
SOURCES = {"tribun": "tribunnews.com", "straitstimes_txt": "straitstimes.com", "cna": "channelnewsasia.com",
           "okezone_rec": "okezone.com"}


# PLOVER's modes per event type (PLOVER_MANUAL.tex and NGEC's structured codebook), to catch typos in the stories.
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "REQUEST": {"assist", "change", "yield", "meet"}, "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "ban", "censor", "curfew", "arrest", "deport", "withhold", "misinformation",
               "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "cleansing",
                "massacre", "unconventional"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
}
EVENT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def event(spec: str) -> dict:
    """'ACCUSE RUS>UKR neg future' -> a dict."""
    parts = spec.split()
    etype, pair, flags = parts[0], parts[1], parts[2:]
    actor, _, recipient = pair.partition(">")
    modality = next((f for f in flags if f in ("future", "hypothetical", "reported")), "asserted")
    mode = next((f[5:] for f in flags if f.startswith("mode=")), None)
    out = {"type": etype, "actor": actor or None, "recipient": recipient or None, "negated": "neg" in flags,
           "modality": modality}
    assert etype in EVENT_TYPES, spec
    if mode:
        assert mode in MODES.get(etype, set()), f"{spec}: not a PLOVER mode of {etype}"
        out["mode"] = mode
    return out


ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAY_DATE = re.compile(r"\b(" + "|".join(ID_DAYS) + r")\s*\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)")


def check_days(story: Story, text: str) -> None:
    """'Selasa (12/3/2024)' must name the right weekday (the year defaults to the publication year)."""
    from datetime import date

    year = int(story.published[:4])
    for m in DAY_DATE.finditer(text):
        d = date(int(m.group(4) or year), int(m.group(3)), int(m.group(2)))
        if ID_DAYS[d.weekday()] != m.group(1):
            raise SystemExit(f"{story.slug}: {m.group(0)} is a {ID_DAYS[d.weekday()]}")


def check_story(story: Story, must_not: list[str]) -> None:
    body = "\n".join(story.paras)
    check_days(story, body + "\n" + (story.caption[0] if story.caption else ""))
    for bad in must_not:
        if bad in body:
            raise SystemExit(f"{story.slug}: planted boilerplate {bad!r} also occurs in the story body")
    for spec in story.events:
        event(spec)
    assert story.published[-6] in "+-", f"{story.slug}: published needs a zone offset"


def main() -> None:
    stories: list[Story] = []
    for name in MODULES:
        stories.extend(importlib.import_module(name).STORIES)
    slugs = [s.slug for s in stories]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for old in CORPUS.rglob("*"):
        if old.is_file():
            old.unlink()
    expected: list[dict] = []
    records: list[str] = []
    for story in stories:
        r = RENDERERS[story.portal](story)
        if r.ext == "txt":  # plain text has no comment syntax: the mark is a last line, which extraction must drop
            r.text = r.text.rstrip("\n") + f"\n\n[{MARK}]\n"
            r.must_not.append(MARK)
        check_story(story, r.must_not)
        mid = story.paras[len(story.paras) // 2]
        entry: dict = {
            "language": story.lang,
            "title": story.title,
            "authors": story.authors,
            "published": r.published or story.published,
        }
        if r.check_dateline:
            entry["dateline"] = r.dateline.title() if r.dateline else None
        entry["captions"] = r.captions
        entry["must"] = list(dict.fromkeys([story.paras[0], mid, story.paras[-1]]))
        entry["must_not"] = list(dict.fromkeys(r.must_not))
        entry["facts"] = {
            "entities": [{"name": e.split("|")[0], "country": e.split("|")[1]} for e in story.entities],
            "events": [event(e) for e in story.events],
            "speakers": story.speakers,
        }
        family = re.sub(r"_txt$", "", story.portal)
        if story.portal in JSONL_ONLY:
            rid = f"demo-{story.slug}"
            rec = {"id": rid, "url": story.url, "source": SOURCES[story.portal], "published": story.published,
                   "language": story.lang}
            rec["html" if r.ext == "html" else "text"] = r.text
            records.append(json.dumps(rec, ensure_ascii=False))
            entry = {"file": "records.jsonl", "record": rid, **entry}
        else:
            path = CORPUS / family / f"{story.slug}.{r.ext}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(r.text, "utf-8")
            entry = {"file": f"{family}/{story.slug}.{r.ext}", **entry}
        expected.append(entry)
    (CORPUS / "records.jsonl").write_text("\n".join(records) + "\n" if records else "", "utf-8")
    EXPECTED.write_text(json.dumps({"note": "written by tests/golden/authoring/build.py from the stories; edit the "
                                    "stories, not this file", "articles": expected}, ensure_ascii=False, indent=1)
                        + "\n", "utf-8")
    langs = [s.lang for s in stories]
    print(f"{len(stories)} stories ({langs.count('id')} id, {langs.count('en')} en), {len(records)} in records.jsonl")


if __name__ == "__main__":
    main()
