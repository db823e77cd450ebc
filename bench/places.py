"""Place resolution on Indonesian news: warta's places stage against a population-only baseline, on our gold.

Gold (``bench/gold/places-id.jsonl``, our annotations referring to shared records by id and offset):
* ``inageoparser-id``: every geocoded place (PLOC) of the 924 sentences, by sentence and token index; its country
  annotated by us (the nearest GeoNames city to the dataset's coordinates, every non-Indonesian one checked by hand),
  its coordinates read from the shared file (the dataset's geocoder; its level 0-5 says country .. sub-district);
* ``id-news-clickid``: the toponyms of 12 international-desk articles, annotated by us (``ANNOTATIONS`` below;
  ``--write-clickid-gold`` regenerates those lines) with country and, for cities, GeoNames coordinates; and six
  more articles annotated after all tuning as a held-out check (``HELDOUT``, records with ``"split": "heldout"``).

Modes, side by side in one run:
* ``oracle``: the gold spans are given as GPE entities (linked to the knowledge base where it knows the name, as
  the entities stage does); only resolution is measured: country accuracy, and within 50 km where the gold has
  city-level coordinates (inageoparser levels 2-3; clickid cities);
* ``baseline``: the same spans, resolved to the most populous GeoNames namesake (no curation, no context);
* ``text``: no entities; the stage's own text matching finds and resolves places (``--thresholds`` sweeps
  ``min_population``): detection precision/recall by overlap, and resolution of what it found.

    python bench/places.py --data /work/shared/data [--limit 300] [--thresholds 15000,50000,100000,250000,500000]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from warta.analyze.places import Places  # noqa: E402
from warta.kb import knowledge_base  # noqa: E402
from warta.kb.geo import gazetteer  # noqa: E402
from warta.model import Article, Doc, Entity  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "places-id.jsonl"
WITHIN_KM = 50.0

# article id -> [(surface, country, lat, lon, skip_after)]
ANNOTATIONS: dict[str, list[tuple[str, str, float | None, float | None, tuple[str, ...]]]] = {
    "okezone-128": [
        ("Amerika Serikat", "USA", None, None, ()), ("AS", "USA", None, None, ()),
        ("Meksiko", "MEX", None, None, ()), ("Culiacan", "MEX", 24.80, -107.39, ()),
        ("Sinaloa", "MEX", None, None, ("Kartel ", "kartel perdagangan narkoba ")),
        ("Amsterdam", "NLD", 52.37, 4.89, ()),
    ],
    "okezone-174": [
        ("Rusia", "RUS", None, None, ("Keamanan ", "Luar Negeri ")), ("Korea Selatan", "KOR", None, None, ()),
        ("Korea Utara", "PRK", None, None, ()), ("Moskow", "RUS", 55.75, 37.62, ()),
        ("Nakhodka", "RUS", 42.82, 132.87, ()), ("Pyongyang", "PRK", 39.03, 125.75, ()),
    ],
    "okezone-183": [("New York", "USA", 40.71, -74.01, ()), ("Amerika Serikat", "USA", None, None, ())],
    "okezone-245": [
        ("Arab Saudi", "SAU", None, None, ()), ("Saudi", "SAU", None, None, ("Arab ",)),
        ("Yaman", "YEM", None, None, ()), ("Amerika Serikat", "USA", None, None, ()), ("AS", "USA", None, None, ()),
        ("Washington", "USA", 38.90, -77.04, ()), ("Iran", "IRN", None, None, ()),
        ("Teheran", "IRN", 35.69, 51.39, ()), ("Kuwait", "KWT", None, None, ()), ("Riyadh", "SAU", 24.69, 46.72, ()),
    ],
    "okezone-360": [
        ("Sudan", "SDN", None, None, ("Wisata Internasional ",)), ("Israel", "ISR", None, None, ()),
        ("Arous", "SDN", None, None, ()), ("Jenewa", "CHE", 46.20, 6.14, ()),
        ("Khartoum", "SDN", 15.55, 32.53, ()), ("Ethiopia", "ETH", None, None, ()),
    ],
    "okezone-461": [("Pakistan", "PAK", None, None, ()), ("India", "IND", None, None, ())],
    "okezone-1194": [
        ("Israel", "ISR", None, None, ()), ("Tepi Barat", "PSE", None, None, ()),
        ("Lembah Yordan", "PSE", None, None, ()), ("Amerika Serikat", "USA", None, None, ()),
        ("AS", "USA", None, None, ()), ("Yerusalem", "ISR", 31.77, 35.22, ()),
        ("Dataran Tinggi Golan", "SYR", None, None, ()),
    ],
    "okezone-1331": [
        ("Malaysia", "MYS", None, None, ()), ("Indonesia", "IDN", None, None, ("pemerintah ",)),
        ("Negeri Jiran", "MYS", None, None, ()), ("Putrajaya", "MYS", 2.93, 101.69, ()),
    ],
    "okezone-1061": [
        ("Turki", "TUR", None, None, ("Kepresidenan ",)), ("Rusia", "RUS", None, None, ("Pemerintah ",)),
        ("Iran", "IRN", None, None, ()), ("Suriah", "SYR", None, None, ()), ("Ankara", "TUR", 39.93, 32.86, ()),
        ("Idlib", "SYR", 35.93, 36.63, ()), ("Moskow", "RUS", 55.75, 37.62, ()),
    ],
    "okezone-1096": [("India", "IND", None, None, ()), ("Andra Pradesh", "IND", None, None, ())],
    "okezone-492": [("Chicago", "USA", 41.85, -87.65, ())],
    "okezone-1563": [
        ("Indonesia", "IDN", None, None, ()), ("Cebu", "PHL", 10.32, 123.89, ()),
        ("Filipina", "PHL", None, None, ("(DENR) ",)), ("Sumatra", "IDN", None, None, ()),
        ("Kalimantan", "IDN", None, None, ()),
    ],
}  # fmt: skip


def clickid_records(data: Path, annotations: dict | None = None, split: str | None = None):
    annotations = ANNOTATIONS if annotations is None else annotations
    articles = {}
    with (data / "id-news-clickid" / "international.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in annotations:
                articles[row["id"]] = row["content"]
    for art_id, items in annotations.items():
        text = articles[art_id]
        taken: list[tuple[int, int]] = []
        # longest surfaces first, so "Arab Saudi" is annotated before "Saudi" and "Saudi" skips it
        for surface, country, lat, lon, skip_after in sorted(items, key=lambda x: -len(x[0])):
            for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
                if any(text[: m.start()].endswith(s) for s in skip_after):
                    continue
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                rec = {
                    "corpus": "id-news-clickid", "file": "international.jsonl", "id": art_id, "field": "content",
                    "start": m.start(), "end": m.end(), "text": surface, "country": country, "lat": lat, "lon": lon,
                }  # fmt: skip
                if split:
                    rec["split"] = split
                yield rec



# Annotated after all tuning was done and never used to change code or data: the held-out check of the figures
# above (six more international-desk articles, drawn with random.seed(2026) from tempo.co and sindonews.com
# articles of 600-1,800 characters).
HELDOUT: dict[str, list[tuple[str, str, float | None, float | None, tuple[str, ...]]]] = {
    "sindonews-1505": [
        ("Prancis", "FRA", None, None, ("Pemerintah ", "Inter ")), ("Perancis", "FRA", None, None, ()),
        ("Paris", "FRA", 48.86, 2.35, ()), ("Amerika Serikat", "USA", None, None, ()),
        ("AS", "USA", None, None, ()), ("Amerika", "USA", None, None, ()), ("Rusia", "RUS", None, None, ()),
    ],
    "tempo-438": [("Kuba", "CUB", None, None, ("Komunikasi ",)), ("AS", "USA", None, None, ())],
    "sindonews-1247": [("Mekkah", "SAU", 21.42, 39.83, ()), ("Arab Saudi", "SAU", None, None, ())],
    "sindonews-2891": [
        ("Arab Saudi", "SAU", None, None, ()), ("Saudi", "SAU", None, None, ("Arab ",)),
        ("Yaman", "YEM", None, None, ()), ("Iran", "IRN", None, None, ()), ("Rusia", "RUS", None, None, ()),
        ("Turki", "TUR", None, None, ()), ("Abqaiq", "SAU", 25.93, 49.67, ()), ("Khurais", "SAU", None, None, ()),
        ("AS", "USA", None, None, ()),
    ],
    "tempo-2498": [
        ("Abu Dhabi", "ARE", 24.47, 54.37, ()), ("Sentul", "IDN", -6.56, 106.85, ()),
        ("Bogor", "IDN", -6.60, 106.80, ()), ("Pondok Cabe", "IDN", -6.34, 106.76, ()),
        ("Cinera", "IDN", None, None, ()), ("Bandung", "IDN", -6.91, 107.61, ()),
        ("Surabaya", "IDN", -7.25, 112.75, ()), ("Serpong", "IDN", -6.32, 106.66, ()),
        ("Indonesia", "IDN", None, None, ()), ("Tanah Air", "IDN", None, None, ()),
    ],
    "tempo-3922": [
        ("Hong Kong", "HKG", 22.28, 114.16, ()), ("Admiralty", "HKG", 22.28, 114.165, ()),
        ("Republik Rakyat Cina", "CHN", None, None, ()), ("Cina Daratan", "CHN", None, None, ()),
        ("Cina", "CHN", None, None, ("Pembebasan Rakyat ",)), ("Inggris", "GBR", None, None, ("Konsulat ", "Sino-")),
        ("Amerika Serikat", "USA", None, None, ()),
    ],
}  # fmt: skip


@dataclass
class Mention:
    start: int
    end: int
    text: str
    country: str | None
    lat: float | None
    lon: float | None
    scored: bool = True


@dataclass
class Item:
    """One unit of text with its gold mentions: an inageoparser sentence or a clickid article."""

    key: str
    text: str
    mentions: list[Mention] = field(default_factory=list)


_TOKEN = re.compile(
    r"^(?P<tok>.+?)/(?P<pos>[^/]*)/(?P<bio>[^/]*)/(?P<role>[^/]*)(?:/\((?P<lat>[-\d.]+), (?P<lon>[-\d.]+)\)(?:/(?P<lvl>\d+))?)?$"
)


def geoparser_sentences(root: Path) -> list[list[tuple[str, dict | None]]]:
    blocks = (root / "inageoparser-id" / "training_v11.txt").read_text("utf-8").split("\n\n")
    out = []
    for block in blocks:
        toks = []
        for line in block.split("\n"):
            if not line.strip():
                continue
            m = _TOKEN.match(line)
            toks.append((m.group("tok") if m else line.split("/")[0], m.groupdict() if m else None))
        out.append(toks)
    return out


def load_items(root: Path, limit: int | None) -> list[Item]:
    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    sentences = geoparser_sentences(root)
    clickid = {}
    with (root / "id-news-clickid" / "international.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            clickid[row["id"]] = row["content"]
    items: dict[str, Item] = {}
    for g in gold:
        if g["corpus"] == "inageoparser-id":
            toks = sentences[g["sentence"]]
            key = f"inageoparser:{g['sentence']}"
            if key not in items:
                items[key] = Item(key, " ".join(t for t, _ in toks))
            offsets, pos = [], 0
            for t, _ in toks:
                offsets.append(pos)
                pos += len(t) + 1
            i, n = g["token"], g["ntokens"]
            start = offsets[i]
            end = offsets[i + n - 1] + len(toks[i + n - 1][0])
            info = toks[i][1] or {}
            level = int(info["lvl"]) if info.get("lvl") else None
            lat = float(info["lat"]) if info.get("lat") and level in (2, 3) else None
            lon = float(info["lon"]) if info.get("lon") and level in (2, 3) else None
            mention = Mention(start, end, items[key].text[start:end], g["country"], lat, lon, g.get("score", True))
            assert mention.text == g["text"], (mention.text, g["text"])
        else:
            key = f"{'heldout' if g.get('split') == 'heldout' else 'clickid'}:{g['id']}"
            if key not in items:
                items[key] = Item(key, clickid[g["id"]])
            mention = Mention(g["start"], g["end"], g["text"], g["country"], g.get("lat"), g.get("lon"))
            assert items[key].text[g["start"] : g["end"]] == g["text"]
        items[key].mentions.append(mention)
    out = list(items.values())
    return out[:limit] if limit else out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def oracle_entities(item: Item) -> list[Entity]:
    kb = knowledge_base()
    out = []
    for m in item.mentions:
        entry = next((e for e in kb.lookup(m.text, "id") if e.kb_id.startswith(("country:", "place:"))), None)
        out.append(Entity(m.text, m.start, m.end, "GPE", m.text, entry.kb_id if entry else None))
    return out


@dataclass
class Score:
    country_n: int = 0
    country_ok: int = 0
    km_n: int = 0
    km_ok: int = 0
    found: int = 0
    predicted: int = 0
    predicted_ok: int = 0  # predictions that overlap a gold mention
    gold: int = 0
    seconds: float = 0.0
    places_seconds: float = 0.0  # of which the places stage (pipeline mode)
    docs: int = 0
    errors: Counter = field(default_factory=Counter)

    def resolve(self, gold: Mention, country: str | None, lat: float | None, lon: float | None) -> None:
        if not gold.scored:
            return
        if gold.country:
            self.country_n += 1
            if country == gold.country:
                self.country_ok += 1
            else:
                self.errors[(gold.text, gold.country, country)] += 1
        if gold.lat is not None:
            self.km_n += 1
            if lat is not None and km(gold.lat, gold.lon, lat, lon) <= WITHIN_KM:
                self.km_ok += 1


def run_resolution(items: list[Item], baseline: bool) -> Score:
    stage = Places(text_match="off", captions=False)
    gaz = gazetteer()
    score = Score()
    for item in items:
        t0 = time.perf_counter()
        if baseline:
            got = {}
            for m in item.mentions:
                cands = sorted(gaz.names().get(_key(m.text), []), key=lambda p: -p.population)
                got[(m.start, m.end)] = (cands[0].country, cands[0].lat, cands[0].lon) if cands else (None, None, None)
        else:
            doc = Doc(article=Article(id=item.key, text=item.text, language="id"), entities=oracle_entities(item))
            doc = stage(doc)
            got = {(p.start, p.end): (p.country, p.lat, p.lon) for p in doc.places}
        score.seconds += time.perf_counter() - t0
        score.docs += 1
        for m in item.mentions:
            score.resolve(m, *got.get((m.start, m.end), (None, None, None)))
    return score


def _key(text: str) -> str:
    from warta.kb.forms import key

    return key(text)


def run_text(items: list[Item], min_population: int) -> Score:
    stage = Places(text_match="empty", min_population=min_population, captions=False)
    score = Score()
    for item in items:
        t0 = time.perf_counter()
        doc = stage(Doc(article=Article(id=item.key, text=item.text, language="id")))
        score.seconds += time.perf_counter() - t0
        score.docs += 1
        gold = [m for m in item.mentions if m.scored]
        score.gold += len(gold)
        score.predicted += len(doc.places)
        for m in gold:
            hit = next((p for p in doc.places if p.start < m.end and m.start < p.end), None)
            if hit is not None:
                score.found += 1
                score.resolve(m, hit.country, hit.lat, hit.lon)
        score.predicted_ok += sum(1 for p in doc.places if any(p.start < m.end and m.start < p.end for m in gold))
    return score


def run_pipeline(items: list[Item]) -> Score:
    """The real thing: sentences + entities + places (default configuration) on the text, scored like the text-only
    mode (the text is given as the article: extraction is not measured here)."""
    from warta import config, registry

    cfg = config.load()
    stages = [registry.get(n).build(dict(cfg.get(n, {}))) for n in ("sentences", "entities", "places")]
    score = Score()
    for item in items:
        doc = Doc(article=Article(id=item.key, text=item.text, language="id"))
        t0 = time.perf_counter()
        for run in stages[:-1]:
            doc = run(doc)
        t1 = time.perf_counter()
        doc = stages[-1](doc)
        score.places_seconds += time.perf_counter() - t1
        score.seconds += time.perf_counter() - t0
        score.docs += 1
        gold = [m for m in item.mentions if m.scored]
        places = [p for p in doc.places if p.start is not None]
        score.gold += len(gold)
        score.predicted += len(places)
        score.predicted_ok += sum(1 for p in places if any(p.start < m.end and m.start < p.end for m in gold))
        for m in gold:
            hit = next((p for p in places if p.start < m.end and m.start < p.end), None)
            if hit is not None:
                score.found += 1
                score.resolve(m, hit.country, hit.lat, hit.lon)
    return score


def pct(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description="Place resolution on Indonesian news (bench/gold/places-id.jsonl).")
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--limit", type=int, default=None, help="at most this many sentences/articles")
    ap.add_argument("--thresholds", default="15000,50000,100000,250000,500000")
    ap.add_argument("--errors", type=int, default=0, help="print this many most frequent country errors")
    ap.add_argument("--pipeline", action="store_true", help="also run sentences+entities+places on the raw text")
    ap.add_argument("--write-clickid-gold", action="store_true", help="print the clickid gold lines and exit")
    args = ap.parse_args()
    if args.write_clickid_gold:
        for annotations, split in ((ANNOTATIONS, None), (HELDOUT, "heldout")):
            for rec in sorted(clickid_records(args.data, annotations, split), key=lambda r: (r["id"], r["start"])):
                print(json.dumps(rec, ensure_ascii=False))
        return
    t0 = time.perf_counter()
    knowledge_base(), gazetteer()
    load = time.perf_counter() - t0
    items = load_items(args.data, args.limit)
    corpora = {"inageoparser": [i for i in items if i.key.startswith("inageoparser")],
               "clickid-intl": [i for i in items if i.key.startswith("clickid")],
               "clickid-heldout": [i for i in items if i.key.startswith("heldout")]}  # fmt: skip
    print(f"gold: {sum(len(i.mentions) for i in items)} mentions in {len(items)} texts; kb+gazetteer load {load:.2f} s")
    print()
    print("| corpus | mode | mentions | country acc | within 50 km (n) | texts/s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, subset in corpora.items():
        for mode, baseline in (("baseline (largest namesake)", True), ("warta oracle spans", False)):
            s = run_resolution(subset, baseline)
            print(f"| {name} | {mode} | {s.country_n} | {pct(s.country_ok, s.country_n)} | "
                  f"{pct(s.km_ok, s.km_n)} ({s.km_n}) | {s.docs / s.seconds:.0f} |")  # fmt: skip
            if args.errors and not baseline:
                for (text, want, got), n in s.errors.most_common(args.errors):
                    print(f"|  | error | {text} | gold {want} | got {got} | {n}x |")
    print()
    print("| corpus | text-only, min_population | recall | precision | F1 | country acc (found) | within 50 km |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, subset in corpora.items():
        for t in [int(x) for x in args.thresholds.split(",") if x]:
            s = run_text(subset, t)
            r, p = s.found / max(s.gold, 1), s.predicted_ok / max(s.predicted, 1)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"| {name} | {t} | {r:.3f} | {p:.3f} | {f1:.3f} | {pct(s.country_ok, s.country_n)} | "
                  f"{pct(s.km_ok, s.km_n)} ({s.km_n}) |")  # fmt: skip
    if args.pipeline:
        print()
        print("| corpus | full pipeline (entities + places) | recall | precision | F1 | country acc (found) | "
              "within 50 km | texts/s | places share of time |")  # fmt: skip
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for name, subset in corpora.items():
            s = run_pipeline(subset)
            r, p = s.found / max(s.gold, 1), s.predicted_ok / max(s.predicted, 1)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"| {name} | default config | {r:.3f} | {p:.3f} | {f1:.3f} | {pct(s.country_ok, s.country_n)} | "
                  f"{pct(s.km_ok, s.km_n)} ({s.km_n}) | {s.docs / s.seconds:.1f} | "
                  f"{s.places_seconds / s.seconds:.2f} |")  # fmt: skip


if __name__ == "__main__":
    main()
