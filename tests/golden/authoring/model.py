"""The authoring record of one demo article: what the writer decided the story says, before any page is drawn.

The same record renders the page (in a portal family's shape, with its boilerplate) and the golden expectation
(what an extractor must recover, and which planted boilerplate it must drop), so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Story:
    slug: str
    portal: str  # a renderer name in render.py
    lang: str  # "id" | "en"
    published: str  # ISO 8601 with the outlet's zone offset (+07:00 for WIB)
    title: str
    authors: list[str]
    paras: list[str]  # body paragraphs; the first one without its dateline prefix
    url: str
    dateline: str | None = None  # the dateline place as printed (e.g. "TOKYO"); None: the outlet prints none
    editor: str | None = None
    caption: tuple[str, str] | None = None  # (caption text, photo credit)
    related: list[str] = field(default_factory=list)  # "Baca juga" / "Read more" titles planted in the body
    tags: list[str] = field(default_factory=list)
    code: str | None = None  # editor code such as "rdp/imk" or "WIL"
    section: str = ""
    # Facts for later stages: "Name|ISO3" entities; "TYPE ACTOR>RECIPIENT [neg] [future|hypothetical|reported]"
    # events; quote speakers by name.
    entities: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    standfirst: str | None = None  # a summary line some families print under the title (neither must nor must_not)
