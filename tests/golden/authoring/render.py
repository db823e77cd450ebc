"""Draw a Story as a page of one portal family, with the family's boilerplate planted where the family puts it.

Each renderer returns a ``Rendered``: the page text, the file extension, and what the golden test expects back
(dateline text, captions) plus every boilerplate line it planted (the test's ``must_not``). The portal shapes are
written from how these sites lay out their pages; the markup, names and stories are ours.
"""

from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from model import Story

MARK = "warta-demo: written for warta, not a real article"

ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]  # fmt: skip
ID_MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Sidebar teasers (invented, deliberately off-topic so a leak into the body is unambiguous).
ID_TEASERS = [
    "Harga Cabai Rawit di Pasar Induk Kramat Jati Turun Jelang Akhir Pekan",
    "Jadwal KRL Commuter Line Berubah Mulai Senin Depan, Ini Rinciannya",
    "Timnas U-23 Tiba di Doha untuk Pemusatan Latihan Dua Pekan",
    "Cuaca Jabodetabek Hari Ini: Hujan Ringan pada Sore dan Malam Hari",
    "Pemprov DKI Perpanjang Program Pemutihan Denda Pajak Kendaraan",
    "Lima Cara Menyimpan Beras agar Tidak Cepat Berkutu",
    "Antrean Panjang Warnai Hari Pertama Penukaran Uang Baru di Monas",
    "Resep Soto Betawi Kuah Santan yang Gurih untuk Makan Siang",
    "Bursa Saham Ditutup Menguat, Sektor Perbankan Jadi Penopang",
    "Mudik Gratis 2024 Dibuka, Begini Cara Daftarnya",
    "Festival Kuliner Nusantara Digelar di Senayan Sepanjang Pekan Ini",
    "Ramalan Zodiak Hari Ini: Peluang Baru di Bidang Karier",
]
EN_TEASERS = [
    "Oil prices edge higher as traders weigh the supply outlook",
    "Five takeaways from a dramatic weekend of Premier League football",
    "How to watch this year's Perseid meteor shower",
    "Coffee growers brace for a smaller harvest after a dry season",
    "The best budget laptops for students, tested",
    "Airline shares climb as holiday bookings beat forecasts",
    "A quiet village that became a hub for electric scooters",
    "Markets wrap: stocks steady ahead of central bank decision",
    "Recipe: a weeknight curry that takes twenty minutes",
    "Why your phone battery drains faster in the cold",
    "Marathon record falls on a cool morning in Berlin",
    "Streaming series to watch this weekend",
]


@dataclass
class Rendered:
    text: str
    ext: str  # "html" | "txt"
    dateline: str | None  # expected dateline text; None when the page prints none
    check_dateline: bool = True
    captions: list[dict[str, str]] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    published: str | None = None  # when the page's own machine-readable time uses another offset than the story


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def teasers(story: Story, n: int = 4) -> list[str]:
    pool = ID_TEASERS if story.lang == "id" else EN_TEASERS
    seed = int(hashlib.sha256(story.slug.encode()).hexdigest(), 16)
    picked: list[str] = []
    while len(picked) < n:
        item = pool[seed % len(pool)]
        seed //= 7
        seed += 3
        if item not in picked:
            picked.append(item)
    return picked


def when(story: Story) -> datetime:
    return datetime.fromisoformat(story.published)


def id_long(dt: datetime, with_day: bool = True) -> str:
    day = f"{ID_DAYS[dt.weekday()]}, " if with_day else ""
    return f"{day}{dt.day:02d} {ID_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M} WIB"


def id_short(dt: datetime) -> str:
    return f"{ID_DAYS[dt.weekday()]}, {dt.day:02d} {ID_MON[dt.month - 1]} {dt.year} {dt:%H:%M} WIB"


def utc(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc)


def lead(story: Story) -> str:
    first = story.paras[0]
    return first.split(". ")[0].rstrip(".") + "."


def nav(items: list[str]) -> str:
    return "\n".join(f'      <li><a href="/{i.lower().replace(" ", "-")}">{esc(i)}</a></li>' for i in items)


def num(text: str) -> int:
    """A stable number for a fake link (``hash()`` changes between runs)."""
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % 900000 + 100000


def ul(titles: list[str], base: str) -> str:
    return "\n".join(
        f'        <li><a href="{base}{num(t)}/{t.lower()[:30].replace(" ", "-")}">{esc(t)}</a></li>'
        for t in titles
    )


def head(story: Story, site: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<!-- {MARK} -->
<html lang="{story.lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="warta-demo" content="{MARK}">
  <title>{esc(story.title)} - {esc(site)}</title>
  <meta name="description" content="{esc(lead(story))}">
  <link rel="canonical" href="{esc(story.url)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{esc(story.title)}">
  <meta property="og:description" content="{esc(lead(story))}">
  <meta property="og:url" content="{esc(story.url)}">
  <meta property="og:site_name" content="{esc(site)}">
  <meta property="og:image" content="https://asset.example.invalid/photo/{story.slug}.jpg">
{extra}  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
  <script async src="/static/js/ads-loader.js"></script>
  <style>.ads-slot{{min-height:250px}} .sticky-nav{{position:sticky;top:0}}</style>
</head>
"""


def jsonld(obj: dict) -> str:
    return '  <script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>\n"


def news_article_ld(story: Story, publisher: str, section: str = "") -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": story.url},
        "headline": story.title,
        "description": lead(story),
        "datePublished": story.published,
        "dateModified": story.published,
        "articleSection": section or story.section,
        "keywords": ", ".join(story.tags),
        "inLanguage": story.lang,
        "image": {"@type": "ImageObject", "url": f"https://asset.example.invalid/photo/{story.slug}.jpg"},
        "author": [{"@type": "Person", "name": a} for a in story.authors],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": "https://asset.example.invalid/logo.png"}},
    }


def cap(story: Story) -> list[dict[str, str]]:
    return [{"text": story.caption[0], "credit": story.caption[1]}] if story.caption else []


def insert_after(paras: list[str], blocks: dict[int, str]) -> list[str]:
    """Body paragraphs with extra blocks placed after the given paragraph indexes (never after the last one)."""
    out: list[str] = []
    last = len(paras) - 1
    for i, p in enumerate(paras):
        out.append(p)
        if i in blocks and i < last:
            out.append(blocks[i])
    return out


def spread(story: Story, n: int) -> list[int]:
    """Paragraph indexes after which to put the ``n`` planted blocks, spread through the body."""
    k = len(story.paras)
    return [max(0, min(k - 2, round((j + 1) * k / (n + 1)) - 1)) for j in range(n)]


# --------------------------------------------------------------------------------------------- Indonesian HTML


def kompas(story: Story) -> Rendered:
    dt = when(story)
    tz = dt.strftime("%H:%M")
    author, editor = story.authors[0], story.editor or "Redaksi"
    side = teasers(story)
    pos = spread(story, len(story.related))
    blocks = {
        i: f'<p><strong>Baca juga: <a href="https://www.kompas.com/global/read/{dt:%Y/%m/%d}/{900000 + j}/x" '
        f'class="inner-link-baca-juga">{esc(t)}</a></strong></p>'
        for j, (i, t) in enumerate(zip(pos, story.related))
    }
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    paras[0] = f"<p><strong>{esc(story.dateline)}, KOMPAS.com</strong> - {esc(story.paras[0])}</p>"
    body = "\n          ".join(insert_after(paras, blocks))
    extra = (
        f'  <meta name="content_PublishedDate" content="{dt:%Y-%m-%d %H:%M:%S}">\n'
        f'  <meta name="content_author" content="{esc(author)}">\n'
        f'  <meta name="content_editor" content="{esc(editor)}">\n'
        f'  <meta name="content_category" content="{esc(story.section or "Global")}">\n'
    )
    photo = ""
    if story.caption:
        photo = f"""      <div class="photo">
        <div class="photo__wrap"><img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="{esc(story.caption[0])}"></div>
        <div class="photo__caption">{esc(story.caption[0])}</div>
        <div class="photo__author">{esc(story.caption[1])}</div>
      </div>"""
    page = head(story, "KOMPAS.com", extra) + f"""<body class="read">
  <header class="header sticky-nav">
    <div class="logo"><a href="https://www.kompas.com/">KOMPAS.com</a></div>
    <ul class="nav">
{nav(["Home", "News", "Nasional", "Global", "Megapolitan", "Regional", "Tren", "Money", "Tekno", "Bola"])}
    </ul>
    <div class="login">Masuk | Daftar</div>
  </header>
  <div class="ads-slot" id="div-gpt-ad-leaderboard"></div>
  <div class="container">
    <div class="col-bs10-7">
      <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/{(story.section or 'global').lower()}">{esc(story.section or 'Global')}</a></div>
      <h1 class="read__title">{esc(story.title)}</h1>
      <div class="read__time">Kompas.com - {dt:%d/%m/%Y}, {tz} WIB</div>
      <div class="read__credit">Penulis <a href="/tag/{author.lower().replace(' ', '-')}">{esc(author)}</a></div>
{photo}
      <div class="read__content">
        <div class="clearfix">
          {body}
          <p>Artikel ini telah tayang di <a href="https://www.kompas.id/">Kompas.id</a> dengan judul "{esc(story.title)}". Klik untuk baca: {esc(story.url)}</p>
        </div>
        <div class="credit-articles">
          <h6>Penulis : <a href="/tag/{author.lower().replace(' ', '-')}">{esc(author)}</a></h6>
          <h6>Editor : <a href="/tag/{editor.lower().replace(' ', '-')}">{esc(editor)}</a></h6>
        </div>
        <div class="tag"><h3>Tag</h3>{"".join(f'<a href="/tag/{t}">{esc(t)}</a>' for t in story.tags)}</div>
        <div class="social-share">Bagikan artikel ini melalui <a>WhatsApp</a> <a>Facebook</a> <a>X</a></div>
        <div class="google-news">Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.</div>
      </div>
    </div>
    <aside class="col-bs10-3">
      <div class="most"><h2>Terpopuler</h2>
      <ul>
{ul(side, "https://www.kompas.com/tren/read/")}
      </ul></div>
      <div class="ads-slot" id="div-gpt-ad-sidebar"></div>
    </aside>
  </div>
  <footer class="footer">
    <ul>{nav(["Tentang Kami", "Pedoman Media Siber", "Kebijakan Data Pribadi", "Kontak"])}</ul>
    <p>Copyright 2008 - {dt.year} PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.</p>
  </footer>
</body>
</html>
"""
    must_not = [f"{story.dateline}, KOMPAS.com", "Artikel ini telah tayang di", "Penulis :", "Editor :",
                "Simak breaking news dan berita pilihan kami", "PT. Kompas Cyber Media", "Terpopuler",
                "Bagikan artikel ini"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", story.dateline, captions=cap(story), must_not=must_not)


def detik(story: Story) -> Rendered:
    dt = when(story)
    author = story.authors[0]
    side = teasers(story)
    pos = spread(story, len(story.related) + 1)
    blocks = {
        i: f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong> '
        f'<a href="https://news.detik.com/internasional/d-{7200000 + j * 37}/x">{esc(t)}</a></div></td></tr></tbody></table>'
        for j, (i, t) in enumerate(zip(pos[1:], story.related))
    }
    blocks[pos[0]] = ('<div class="parallaxindetail scrollpage"><p class="para_caption">ADVERTISEMENT</p>'
                      '<div class="ads-slot" id="div-gpt-ad-parallax"></div>'
                      '<p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p></div>')  # fmt: skip
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    paras[0] = f"<p><strong>{esc(story.dateline)}</strong> - {esc(story.paras[0])}</p>"
    paras[-1] = f"<p>{esc(story.paras[-1])}</p>\n          <p><strong>({esc(story.code or 'rdp/imk')})</strong></p>"
    body = "\n          ".join(insert_after(paras, blocks))
    extra = (
        f'  <meta name="dtk:publishdate" content="{dt:%Y/%m/%d %H:%M:%S}">\n'
        f'  <meta name="dtk:author" content="{esc(author)}">\n'
        f'  <meta name="dtk:keywords" content="{esc(", ".join(story.tags))}">\n'
        f'  <meta name="dtk:kanal" content="detikNews">\n'
    )
    figure = ""
    if story.caption:
        figure = f"""        <figure class="detail__media-image">
          <img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="{esc(story.caption[0])}" title="{esc(story.caption[0])}">
          <figcaption class="detail__media-caption">{esc(story.caption[0])} (Foto: {esc(story.caption[1])})</figcaption>
        </figure>"""
    page = head(story, "detikNews", extra) + f"""<body>
  <div class="header">
    <a class="logo" href="https://news.detik.com/">detikNews</a>
    <nav><ul>
{nav(["Berita", "Daerah", "Internasional", "Hukum", "Kolom", "Pro Kontra", "Foto", "Video", "Hoegeng Awards"])}
    </ul></nav>
    <div class="login">Masuk / Daftar</div>
  </div>
  <div class="container">
    <article class="detail">
      <div class="detail__header">
        <div class="page__breadcrumb"><a href="/">detikNews</a> <a href="/internasional">Internasional</a></div>
        <h1 class="detail__title">{esc(story.title)}</h1>
        <div class="detail__author">{esc(author)} - detikNews</div>
        <div class="detail__date">{id_short(dt)}</div>
        <div class="detail__share"><span>Bagikan</span> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Salin Link</a></div>
      </div>
{figure}
      <div class="detail__body itp_bodycontent_wrapper">
        <div class="detail__body-text itp_bodycontent">
          {body}
        </div>
        <div class="detail__body-tag">
          <div class="nav">{"".join(f'<a href="/tag/{t}" class="nav__item">{esc(t)}</a>' for t in story.tags)}</div>
        </div>
        <div class="video-recommendation"><h3>Tonton juga Video: "Momen Warga Antusias Sambut Pawai Budaya di Monas"</h3>[Gambas:Video 20detik]</div>
      </div>
    </article>
    <aside class="sidebar">
      <div class="box"><h2>Berita Terpopuler</h2><ul>
{ul(side, "https://news.detik.com/berita/d-")}
      </ul></div>
    </aside>
  </div>
  <footer><p>detikNetwork</p><p>Copyright @ {dt.year} detikcom. All right reserved</p></footer>
</body>
</html>
"""
    must_not = [f"{story.dateline} -", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", f"({story.code or 'rdp/imk'})",
                "Tonton juga Video", "[Gambas:Video 20detik]", "Berita Terpopuler", "All right reserved",
                "Salin Link"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", story.dateline, captions=cap(story), must_not=must_not)


def antara(story: Story) -> Rendered:
    dt = when(story)
    author, editor = story.authors[0], story.editor or "Redaktur"
    side = teasers(story)
    pos = spread(story, len(story.related))
    blocks = {
        i: f'<span class="baca-juga"><b>Baca juga: </b><a href="https://www.antaranews.com/berita/{3900000 + j * 91}/x">{esc(t)}</a></span>'
        for j, (i, t) in enumerate(zip(pos, story.related))
    }
    paras = [esc(p) for p in story.paras]
    paras[0] = f"<strong>{esc(story.dateline)} (ANTARA) - </strong>{esc(story.paras[0])}"
    body = "<br><br>\n          ".join(insert_after(paras, blocks))
    extra = (
        f'  <meta property="article:published_time" content="{story.published}">\n'
        f'  <meta name="author" content="{esc(author)}">\n'
    )
    figure = ""
    if story.caption:
        figure = f"""        <div class="img-container">
          <picture><img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="{esc(story.caption[0])}"></picture>
          <div class="wp-caption"><p class="wp-caption-text">{esc(story.caption[0])} ({esc(story.caption[1])})</p></div>
        </div>"""
    page = head(story, "ANTARA News", extra) + f"""<body>
  <nav class="navbar">
    <a class="navbar-brand" href="https://www.antaranews.com/">ANTARA News</a>
    <ul>
{nav(["Terkini", "Politik", "Hukum", "Ekonomi", "Dunia", "Olahraga", "Humaniora", "Foto", "Video", "Infografik"])}
    </ul>
  </nav>
  <div class="wrapper">
    <div class="main-content">
      <article class="post-wrapper">
        <ul class="breadcrumbs"><li><a href="/">Beranda</a></li><li><a href="/dunia">Dunia</a></li></ul>
        <h1 class="post-title">{esc(story.title)}</h1>
        <p class="text-muted"><span class="article-date">{id_long(dt)}</span></p>
{figure}
        <div class="post-content clearfix">
          {body}
          <p class="text-muted mt-2 small">Pewarta: {esc(author)}<br>Editor: {esc(editor)}<br>COPYRIGHT © ANTARA {dt.year}</p>
        </div>
        <div class="tags-wrapper"><h3>Tag</h3>{"".join(f'<a href="/tag/{t}">{esc(t)}</a>' for t in story.tags)}</div>
        <p class="text-muted small">Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.</p>
      </article>
    </div>
    <aside class="sidebar">
      <h2 class="widget-title">Berita Terkait</h2>
      <ul>
{ul(side[:2], "https://www.antaranews.com/berita/")}
      </ul>
      <h2 class="widget-title">Terpopuler</h2>
      <ul>
{ul(side[2:], "https://www.antaranews.com/berita/")}
      </ul>
    </aside>
  </div>
  <footer><p>© {dt.year} ANTARA News Agency. All rights reserved.</p></footer>
</body>
</html>
"""
    must_not = ["(ANTARA) -", "Pewarta:", "COPYRIGHT © ANTARA", "Dilarang keras mengambil konten",
                "Berita Terkait"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", story.dateline, captions=cap(story), must_not=must_not)


def tempo(story: Story) -> Rendered:
    dt = when(story)
    author, editor = story.authors[0], story.editor or "Redaksi"
    side = teasers(story)
    mid = spread(story, 1)[0]
    blocks = {mid: '<div class="bacajuga"><h4>Baca Juga:</h4><ul>'
              + "".join(f'<li><a href="https://www.tempo.co/internasional/{1800000 + j}">{esc(t)}</a></li>'
                        for j, t in enumerate(story.related)) + "</ul></div>"}  # fmt: skip
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    paras[0] = f"<p><strong>TEMPO.CO</strong>, <strong>{esc(story.dateline)}</strong> - {esc(story.paras[0])}</p>"
    paras[-1] = f"<p>{esc(story.paras[-1])}</p>\n          <p><strong>Pilihan Editor:</strong> <a href=\"/x\">{esc(side[0])}</a></p>"
    body = "\n          ".join(insert_after(paras, blocks))
    extra = jsonld(news_article_ld(story, "Tempo.co", "Internasional")) + (
        f'  <meta property="article:published_time" content="{story.published}">\n'
        f'  <meta property="article:section" content="Internasional">\n'
    )
    figure = ""
    if story.caption:
        figure = f"""        <figure class="foto-detail">
          <img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="{esc(story.title)}">
          <figcaption>{esc(story.caption[0])} {esc(story.caption[1])}</figcaption>
        </figure>"""
    page = head(story, "Tempo.co", extra) + f"""<body>
  <header class="site-header">
    <a href="https://www.tempo.co/" class="logo">TEMPO.CO</a>
    <nav><ul>
{nav(["Politik", "Hukum", "Ekonomi", "Lingkungan", "Wawancara", "Sains", "Internasional", "Cek Fakta", "Kolom"])}
    </ul></nav>
    <a class="btn-subscribe" href="/langganan">Berlangganan</a>
  </header>
  <main>
    <article>
      <h1 class="title">{esc(story.title)}</h1>
      <div class="detail-author">
        <p>Reporter: <a href="/penulis/x">{esc(author)}</a></p>
        <p>Editor: <a href="/penulis/y">{esc(editor)}</a></p>
        <p class="date">{id_long(dt)}</p>
      </div>
{figure}
      <div class="detail-in" id="isi">
          {body}
      </div>
      <div class="tags"><h4>Tags</h4><ul>{"".join(f'<li><a href="/tag/{t}">{esc(t)}</a></li>' for t in story.tags)}</ul></div>
      <div class="share">Bagikan: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a></div>
    </article>
    <aside>
      <h3>Terpopuler</h3>
      <ol>
{ul(side[1:], "https://www.tempo.co/read/")}
      </ol>
      <div class="ads-slot"></div>
    </aside>
  </main>
  <footer><p>Tempo Media Group © {dt.year}. Hak cipta dilindungi undang-undang.</p></footer>
</body>
</html>
"""
    must_not = ["TEMPO.CO", "Baca Juga", "Pilihan Editor", "Reporter:", "Hak cipta dilindungi"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", story.dateline, captions=cap(story), must_not=must_not)


def cnnindonesia(story: Story) -> Rendered:
    dt = when(story)
    author = story.authors[0]
    side = teasers(story)
    pos = spread(story, len(story.related) + 1)
    blocks = {
        i: f'<div class="baca-juga"><span class="label">BACA JUGA:</span> '
        f'<a href="https://www.cnnindonesia.com/internasional/{dt:%Y%m%d}{150000 + j}-134-{1000000 + j}/x">{esc(t)}</a></div>'
        for j, (i, t) in enumerate(zip(pos[1:], story.related))
    }
    blocks[pos[0]] = '<div class="ads-slot" id="inside-article"><span>ADVERTISEMENT</span></div>'
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    paras[0] = f"<p><strong>{esc(story.dateline)}, CNN Indonesia</strong> -- {esc(story.paras[0])}</p>"
    paras[-1] = (f"<p>{esc(story.paras[-1])}</p>\n            <p><strong>({esc(story.code or 'isa/bac')})</strong></p>"
                 "\n            <p>[Gambas:Video CNN]</p>")  # fmt: skip
    body = "\n            ".join(insert_after(paras, blocks))
    ld = news_article_ld(story, "CNN Indonesia", "Internasional")
    extra = jsonld(ld) + (
        f'  <meta name="publishdate" content="{dt:%Y/%m/%d %H:%M:%S}">\n'
        f'  <meta name="author" content="{esc(author)}">\n'
    )
    figure = ""
    if story.caption:
        figure = f"""        <div class="detail-image">
          <figure><img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="{esc(story.title)}">
          <figcaption>{esc(story.caption[0])} ({esc(story.caption[1])})</figcaption></figure>
        </div>"""
    page = head(story, "CNN Indonesia", extra) + f"""<body>
  <header>
    <a href="https://www.cnnindonesia.com/" class="logo">CNN Indonesia</a>
    <nav><ul>
{nav(["Nasional", "Internasional", "Ekonomi", "Olahraga", "Teknologi", "Hiburan", "Gaya Hidup", "CNN TV"])}
    </ul></nav>
  </header>
  <div class="container">
    <div class="content-detail">
      <div class="breadcrumb">Internasional &bull; {esc(story.section or 'Berita Internasional')}</div>
      <h1>{esc(story.title)}</h1>
      <div class="author">{esc(author)} | CNN Indonesia</div>
      <div class="date">{id_short(dt)}</div>
{figure}
      <div class="detail-wrap">
        <div class="detail-text">
            {body}
        </div>
      </div>
      <div class="topik"><h3>TOPIK TERKAIT</h3>{"".join(f'<a href="/tag/{t}">{esc(t)}</a>' for t in story.tags)}</div>
      <div class="box-lainnya"><h3>LAINNYA DARI DETIKNETWORK</h3><ul>
{ul(side[:2], "https://www.detik.com/read/")}
      </ul></div>
    </div>
    <aside><h3>TERPOPULER</h3><ul>
{ul(side[2:], "https://www.cnnindonesia.com/nasional/")}
    </ul></aside>
  </div>
  <footer><p>Copyright © {dt.year} CNN Indonesia. A Trans Media Company. All rights reserved.</p></footer>
</body>
</html>
"""
    must_not = ["CNN Indonesia --", f"({story.code or 'isa/bac'})", "[Gambas:Video CNN]", "BACA JUGA",
                "ADVERTISEMENT", "TOPIK TERKAIT", "LAINNYA DARI DETIKNETWORK"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", story.dateline, captions=cap(story), must_not=must_not)


def medcom(story: Story) -> Rendered:
    dt = when(story)
    author = story.authors[0]
    side = teasers(story)
    pos = spread(story, len(story.related))
    blocks = {i: f'<p>Baca juga: <a href="https://www.medcom.id/internasional/dunia/x{j}">{esc(t)}</a></p>'
              for j, (i, t) in enumerate(zip(pos, story.related))}  # fmt: skip
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    paras[0] = f"<p><strong>{esc(story.dateline)}:</strong> {esc(story.paras[0])}</p>"
    body = "\n          ".join(insert_after(paras, blocks))
    byline = f"{author} \u2022 {dt.day:02d} {ID_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"
    extra = f'  <meta name="pubdate" content="{dt:%Y-%m-%d %H:%M:%S}">\n  <meta name="author" content="{esc(author)}">\n'
    figure = ""
    if story.caption:
        figure = f"""      <div class="pic_detail">
        <img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="{esc(story.caption[0])}">
        <div class="caption">{esc(story.caption[0])} ({esc(story.caption[1])})</div>
      </div>"""
    page = head(story, "medcom.id", extra) + f"""<body>
  <div class="top_nav">
    <a href="https://www.medcom.id/" class="logo">medcom.id</a>
    <ul>
{nav(["Nasional", "Internasional", "Ekonomi", "Olahraga", "Otomotif", "Teknologi", "Hiburan", "Rona", "Pilkada"])}
    </ul>
  </div>
  <div class="content_wrap">
    <div class="left_content">
{figure}
      <h1>{esc(story.title)}</h1>
      <div class="info_author">{esc(byline)}</div>
      <div class="share_tools">Bagikan: <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>
      <div class="article_body" id="articleBody">
          {body}
          <p>Cek Berita dan Artikel yang lain di <a href="https://news.google.com/">Google News</a></p>
          <p>({esc(story.code or 'WIL')})</p>
      </div>
      <div class="tag_related">{"".join(f'<a href="/tag/{t}">{esc(t)}</a>' for t in story.tags)}</div>
      <div class="terkait"><h3>TERKAIT</h3><ul>
{ul(side[:2], "https://www.medcom.id/internasional/")}
      </ul></div>
      <div class="lainnya"><h3>BERITA LAINNYA</h3><ul>
{ul(side[2:], "https://www.medcom.id/nasional/")}
      </ul></div>
    </div>
  </div>
  <footer>
    <div class="follow"><h3>FOLLOW US</h3><p>Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan</p></div>
    <p>Copyright medcom.id {dt.year}, all rights reserved</p>
  </footer>
</body>
</html>
"""
    must_not = [f"{story.dateline}:", "Cek Berita dan Artikel", f"({story.code or 'WIL'})", "TERKAIT",
                "BERITA LAINNYA", "FOLLOW US", "Ikuti media sosial medcom.id"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", story.dateline, captions=cap(story), must_not=must_not)


# ------------------------------------------------------------------------------------------------ English HTML


def en_date(dt: datetime) -> str:
    return f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def reuters(story: Story) -> Rendered:
    dt = utc(when(story))
    side = teasers(story)
    names = story.authors
    by = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    short_month = EN_MONTHS[dt.month - 1][:3] + "." if len(EN_MONTHS[dt.month - 1]) > 5 else EN_MONTHS[dt.month - 1]
    pos = spread(story, 1)[0]
    paras = [f'<p data-testid="paragraph-{i}">{esc(p)}</p>' for i, p in enumerate(story.paras)]
    paras[0] = (f'<p data-testid="paragraph-0">{esc(story.dateline)}, {short_month} {dt.day} (Reuters) - '
                f"{esc(story.paras[0])}</p>")
    blocks = {pos: '<div data-testid="Newsletter"><p>Sign up here.</p><p>Get a daily digest of breaking business news '
                   "straight to your inbox with the Reuters Daily Briefing newsletter.</p></div>"}  # fmt: skip
    body = "\n          ".join(insert_after(paras, blocks))
    credit = story.editor or "Editing by the desk"
    ld = news_article_ld(story, "Reuters")
    ld["datePublished"] = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    extra = jsonld(ld) + f'  <meta name="article:published_time" content="{dt:%Y-%m-%dT%H:%M:%SZ}">\n'
    figure = ""
    if story.caption:
        figure = f"""        <figure data-testid="primary-image">
          <img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="">
          <figcaption><span data-testid="Body">{esc(story.caption[0])} {esc(story.caption[1])}</span> <a href="/licensing">Purchase Licensing Rights</a>, opens new tab</figcaption>
        </figure>"""
    page = head(story, "Reuters", extra) + f"""<body>
  <header class="site-header">
    <a href="https://www.reuters.com/" aria-label="Reuters home">Reuters</a>
    <nav><ul>
{nav(["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations"])}
    </ul></nav>
    <a href="/account/register/sign-up/">Register</a>
  </header>
  <main id="main-content">
    <article>
      <header class="article-header">
        <nav aria-label="Tags"><a href="/world/">World</a></nav>
        <h1 data-testid="Heading">{esc(story.title)}</h1>
        <div class="article-header__author-date">
          <div class="info-content__author-date">By <a rel="author" href="/authors/x/">{esc(by)}</a></div>
          <time datetime="{dt:%Y-%m-%dT%H:%M:%SZ}">{en_date(dt)} {dt:%I:%M %p} UTC</time>
          <span>Updated {en_date(dt)}</span>
        </div>
      </header>
{figure}
      <div class="article-body__content">
          {body}
          <p data-testid="SignOff">{esc(credit)}</p>
      </div>
      <div class="trust-badge"><p>Our Standards: <a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a>, opens new tab</p></div>
      <div class="read-next"><h2>Read Next</h2><ul>
{ul(side, "https://www.reuters.com/world/")}
      </ul></div>
    </article>
  </main>
  <footer><p>All quotes delayed a minimum of 15 minutes.</p><p>© {dt.year} Reuters. All rights reserved</p></footer>
</body>
</html>
"""
    must_not = ["(Reuters) -", "Sign up here.", "Reuters Daily Briefing", credit, "Our Standards",
                "Purchase Licensing Rights", "Read Next", "All quotes delayed"] + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", story.dateline, captions=cap(story), must_not=must_not)


def ap(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story)
    by = " and ".join(story.authors)
    pos = spread(story, 1)[0]
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    paras[0] = f"<p>{esc(story.dateline)} (AP) \u2014 {esc(story.paras[0])}</p>"
    blocks = {pos: '<div class="Enhancement"><div class="PageListEnhancementGeneric"><h2>RELATED COVERAGE</h2><ul>'
                   + "".join(f"<li><a href=\"/article/{num(t)}\">{esc(t)}</a></li>" for t in story.related)
                   + "</ul></div></div>"}  # fmt: skip
    body = "\n          ".join(insert_after(paras, blocks))
    extra = (
        f'  <meta property="article:published_time" content="{utc(dt):%Y-%m-%dT%H:%M:%S}Z">\n'
        f'  <meta name="author" content="{esc(", ".join(story.authors))}">\n'
    )
    figure = ""
    if story.caption:
        figure = f"""        <figure class="Figure">
          <img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="">
          <figcaption class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>{esc(story.caption[0])} ({esc(story.caption[1])})</p></div></figcaption>
        </figure>"""
    contributed = story.editor or "Associated Press writers contributed to this report."
    page = head(story, "AP News", extra) + f"""<body class="StoryPage">
  <header class="Page-header">
    <a class="Page-header-logo" href="https://apnews.com/">AP</a>
    <nav><ul>
{nav(["World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities"])}
    </ul></nav>
    <a class="Page-header-donate" href="/donate">Donate</a>
  </header>
  <main class="Page-content">
    <div class="Page-lead">
      <h1 class="Page-headline">{esc(story.title)}</h1>
      <div class="Page-byline"><div class="Page-authors">By <span class="Link">{esc(by)}</span></div>
      <div class="Page-dateModified"><bsp-timestamp data-timestamp="{int(dt.timestamp()) * 1000}"><span>Updated {dt:%I:%M %p} GMT{dt:%z}, {en_date(dt)}</span></bsp-timestamp></div></div>
      <div class="Page-actions"><button>Share</button><button>Copy link copied</button></div>
{figure}
    </div>
    <div class="RichTextStoryBody RichTextBody">
          {body}
          <p>{esc(contributed)}</p>
    </div>
    <div class="Page-below"><h2>Most read</h2><ul>
{ul(side, "https://apnews.com/article/")}
    </ul></div>
  </main>
  <footer><p>Copyright {dt.year} The Associated Press. All Rights Reserved.</p></footer>
</body>
</html>
"""
    must_not = ["(AP) \u2014", "RELATED COVERAGE", contributed, "Copy link copied", "Most read",
                "The Associated Press. All Rights Reserved"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    dl = story.dateline.split(",")[0] if story.dateline else None
    # AP states its time in UTC (article:published_time ...Z); the page's local offset is only in display text.
    return Rendered(page, "html", dl, captions=cap(story), must_not=must_not,
                    published=utc(dt).isoformat())


def jakartapost(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story)
    author = story.authors[0]
    pos = spread(story, len(story.related))
    blocks = {i: f'<p class="readAlso"><strong>Read also: <a href="/indonesia/{dt:%Y/%m/%d}/x{j}.html">{esc(t)}</a></strong></p>'
              for j, (i, t) in enumerate(zip(pos, story.related))}  # fmt: skip
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    body = "\n          ".join(insert_after(paras, blocks))
    extra = jsonld(news_article_ld(story, "The Jakarta Post")) + (
        f'  <meta property="article:published_time" content="{story.published}">\n'
        f'  <meta name="author" content="{esc(author)}">\n'
    )
    figure = ""
    if story.caption:
        figure = f"""        <figure class="imageNews">
          <img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="">
          <figcaption class="created">{esc(story.caption[0])} ({esc(story.caption[1])})</figcaption>
        </figure>"""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    page = head(story, "The Jakarta Post", extra) + f"""<body>
  <header>
    <a href="https://www.thejakartapost.com/" class="logo">The Jakarta Post</a>
    <nav><ul>
{nav(["Indonesia", "Business", "Opinion", "World", "Culture", "Environment", "Longform", "Premium"])}
    </ul></nav>
    <a href="/subscribe" class="btn">Subscribe</a>
  </header>
  <div class="container">
    <div class="detailNews">
      <span class="premium-label">Premium</span>
      <h1 class="title-large">{esc(story.title)}</h1>
      <h2 class="subtitle-large">{esc(story.standfirst or '')}</h2>
      <div class="authorBlock"><span class="name-post">{esc(author)} (The Jakarta Post)</span>
      <span class="day">{esc(story.dateline or 'Jakarta')} \u25cf {days[dt.weekday()]}, {en_date(dt)}</span></div>
      <div class="tools"><span>Share this article</span> <span>Change text size</span> <span>Gift Premium Articles to Anyone</span></div>
{figure}
      <div class="col-md-10 detailNews" id="article-body">
          {body}
      </div>
      <div class="tagsNews"><span>Topics :</span>{"".join(f'<a href="/tag/{t}">{esc(t)}</a>' for t in story.tags)}</div>
      <div class="opinion-box"><h3>Your Opinion Matters</h3><p>Share your experiences, suggestions, and any issues you've encountered on The Jakarta Post. We're here to listen.</p></div>
    </div>
    <aside><h3>Related Articles</h3><ul>
{ul(side, "https://www.thejakartapost.com/world/")}
    </ul></aside>
  </div>
  <footer><p>© {dt.year} The Jakarta Post. All rights reserved.</p></footer>
</body>
</html>
"""
    must_not = ["Read also:", "Share this article", "Gift Premium Articles", "Your Opinion Matters",
                "Topics :", "Related Articles"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", None, check_dateline=False, captions=cap(story), must_not=must_not)


def bbc(story: Story) -> Rendered:
    dt = utc(when(story))
    side = teasers(story)
    author = story.authors[0]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": story.url, "name": story.title, "inLanguage": "en-GB"},
            {"@type": "NewsArticle", "url": story.url, "headline": story.title, "description": lead(story),
             "datePublished": dt.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
             "dateModified": dt.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
             "author": {"@type": "Person", "name": author},
             "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News",
                           "logo": {"@type": "ImageObject", "url": "https://asset.example.invalid/bbc.png"}},
             "image": {"@type": "ImageObject", "url": f"https://asset.example.invalid/photo/{story.slug}.jpg"}},
            {"@type": "Organization", "name": "BBC", "url": "https://www.bbc.co.uk/"},
        ],
    }
    sub = story.paras and len(story.paras) > 5
    paras = [f'<div data-component="text-block" class="ssrcss-text"><p>{esc(p)}</p></div>' for p in story.paras]
    if sub:
        k = len(paras) // 2
        paras.insert(k, '<div data-component="subheadline-block"><h2>What happens next?</h2></div>')
    body = "\n        ".join(paras)
    figure = ""
    if story.caption:
        figure = f"""        <div data-component="image-block"><figure>
          <div class="ssrcss-image"><span class="visually-hidden">Image source, </span><span role="text">{esc(story.caption[1])}</span>
          <img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="{esc(story.caption[0])}"></div>
          <figcaption><span class="visually-hidden">Image caption, </span>{esc(story.caption[0])}</figcaption>
        </figure></div>"""
    page = head(story, "BBC News", jsonld(graph)) + f"""<body>
  <header>
    <a href="https://www.bbc.co.uk/" aria-label="BBC">BBC</a>
    <nav><ul>
{nav(["Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize"])}
    </ul></nav>
    <nav aria-label="News"><ul>
{nav(["Israel-Gaza war", "War in Ukraine", "Climate", "Video", "World", "Asia", "UK", "Business", "Tech"])}
    </ul></nav>
  </header>
  <main id="main-content">
    <article>
      <header><h1 id="main-heading">{esc(story.title)}</h1></header>
      <div data-component="byline-block"><div><span>By {esc(author)}</span><span>{esc(story.editor or 'BBC News')}</span></div></div>
      <time datetime="{dt:%Y-%m-%dT%H:%M:%S}.000Z">{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}</time>
{figure}
        {body}
      <section data-component="links-block"><h2>More on this story</h2><ul>
{ul(story.related, "https://www.bbc.com/news/world-")}
      </ul></section>
      <section data-component="tag-list"><h2>Related topics</h2><ul>{"".join(f'<li><a href="/news/topics/{t}">{esc(t)}</a></li>' for t in story.tags)}</ul></section>
    </article>
    <aside><h2>Top stories</h2><ul>
{ul(side, "https://www.bbc.com/news/")}
    </ul></aside>
  </main>
  <footer><p>Copyright {dt.year} BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.</p></footer>
</body>
</html>
"""
    must_not = ["Image source", "Image caption", "More on this story", "Related topics", "Top stories",
                "not responsible for the content of external sites"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", None, captions=cap(story), must_not=must_not)


def aljazeera(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story)
    author = story.authors[0]
    pos = spread(story, 2)
    rec = ('<div class="more-on"><h2>Recommended Stories</h2><ul>'
           + "".join(f"<li><a href=\"/news/{num(t)}\">{esc(t)}</a></li>" for t in story.related) + "</ul></div>")
    blocks = {pos[0]: rec, pos[1]: '<div class="container--ads"><span>Advertisement</span></div>'}
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    body = "\n          ".join(insert_after(paras, blocks))
    ld = news_article_ld(story, "Al Jazeera")
    extra = jsonld(ld) + f'  <meta name="publishedDate" content="{story.published}">\n'
    figure = ""
    if story.caption:
        figure = f"""        <figure class="article-featured-image">
          <img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt="">
          <figcaption>{esc(story.caption[0])} [{esc(story.caption[1])}]</figcaption>
        </figure>"""
    stamp = f"{dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year}"
    page = head(story, "Al Jazeera", extra) + f"""<body>
  <header class="site-header">
    <a href="https://www.aljazeera.com/" class="site-logo">Al Jazeera</a>
    <nav><ul>
{nav(["News", "Middle East", "Explained", "Opinion", "Sport", "Video", "Features", "Economy", "Climate Crisis"])}
    </ul></nav>
    <a href="/live">Live</a>
  </header>
  <main>
    <div class="article-header">
      <div class="topics"><a href="/news/">News</a> | <a href="/tag/{story.tags[0] if story.tags else 'world'}/">{esc(story.section or 'World')}</a></div>
      <h1>{esc(story.title)}</h1>
      <p class="article__subhead"><em>{esc(story.standfirst or '')}</em></p>
    </div>
    <div class="article-info-block">
      <div class="article-author-name">By <a href="/author/x">{esc(author)}</a></div>
      <div class="article-dates"><div class="date-simple"><span class="screen-reader-text">Published On {stamp}</span><span aria-hidden="true">{stamp}</span></div></div>
      <div class="article-info-block__share">Save <span>Click here to share on social media</span></div>
    </div>
{figure}
    <div class="wysiwyg wysiwyg--all-content">
          {body}
    </div>
    <p class="article-source">Source: Al Jazeera and news agencies</p>
    <aside><h2>Most Read</h2><ul>
{ul(side, "https://www.aljazeera.com/news/")}
    </ul></aside>
  </main>
  <footer><p>Follow Al Jazeera English:</p><p>© {dt.year} Al Jazeera Media Network</p></footer>
</body>
</html>
"""
    must_not = ["Recommended Stories", "Advertisement", "Source: Al Jazeera and news agencies", "Published On",
                "Click here to share on social media", "Most Read", "Follow Al Jazeera English"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(page, "html", None, captions=cap(story), must_not=must_not)


# ------------------------------------------------------------------------------- scraped plain text (.txt)
# What a copy-paste or a naive scraper leaves: caption lines (often twice), byline with date, the dateline glued to
# the first paragraph, "Baca juga" lines, ad markers, an editor code and the page's tail of section headings.


def txt_body(story: Story, first: str, blocks: dict[int, str], sep: str = "\n \n") -> str:
    paras = list(story.paras)
    paras[0] = first + story.paras[0]
    return sep.join(insert_after(paras, blocks))


def medcom_txt(story: Story) -> Rendered:
    dt = when(story)
    c = f"{story.caption[0]} ({story.caption[1]})" if story.caption else ""
    pos = spread(story, len(story.related))
    blocks = {i: f"Baca juga:  {t}" for i, t in zip(pos, story.related)}
    byline = f"{story.authors[0]} \u2022 {dt.day:02d} {ID_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"
    body = txt_body(story, f"{story.dateline}: ", blocks)
    text = (f"{c}\n{c}\n\n{story.title}\n\n{byline}\n{body}\n \nCek Berita dan Artikel yang lain di\nGoogle News\n"
            f"({story.code or 'WIL'})\n\n\n\n\nTERKAIT\n\nBERITA LAINNYA\n\nFOLLOW US\n\n"
            "Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan\n")
    must_not = [f"{story.dateline}:", "Cek Berita dan Artikel", "Google News", f"({story.code or 'WIL'})", "TERKAIT",
                "BERITA LAINNYA", "FOLLOW US", "Ikuti media sosial", "\u2022"] + story.related
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(text, "txt", story.dateline, captions=cap(story), must_not=must_not)


def kompas_txt(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story, 3)
    pos = spread(story, len(story.related))
    blocks = {i: f"Baca juga: {t}" for i, t in zip(pos, story.related)}
    body = txt_body(story, f"{story.dateline}, KOMPAS.com - ", blocks, "\n\n")
    cap_lines = f"{story.caption[0]}\n{story.caption[1]}\n{story.caption[0]}\n{story.caption[1]}\n\n" if story.caption else ""
    text = (f"{cap_lines}{story.title}\nKompas.com - {dt:%d/%m/%Y}, {dt:%H:%M} WIB\n"
            f"Penulis {story.authors[0]} | Editor {story.editor or 'Redaksi'}\n\n{body}\n\n"
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
            "Kompas.com WhatsApp Channel.\n\nBERITA TERKAIT\n" + "\n".join(side) + "\n\nFOLLOW US\n"
            f"Copyright 2008 - {dt.year} PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.\n")
    must_not = [f"{story.dateline}, KOMPAS.com", "Penulis", "Simak breaking news", "BERITA TERKAIT", "FOLLOW US",
                "PT. Kompas Cyber Media"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(text, "txt", story.dateline, captions=cap(story), must_not=must_not)


def detik_txt(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story, 3)
    pos = spread(story, len(story.related) + 1)
    blocks = {i: f"Baca juga: {t}" for i, t in zip(pos[1:], story.related)}
    blocks[pos[0]] = "ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT"
    body = txt_body(story, f"{story.dateline} - ", blocks, "\n\n")
    c = f"{story.caption[0]} (Foto: {story.caption[1]})\n{story.caption[0]} (Foto: {story.caption[1]})\n" if story.caption else ""
    text = (f"{story.title}\n{story.authors[0]} - detikNews\n{id_short(dt)}\nBagikan\n{c}\n{body}\n\n"
            f"({story.code or 'rdp/imk'})\n\nTonton juga Video: \"Suasana Pelantikan Pejabat Baru di Istana\"\n"
            "[Gambas:Video 20detik]\n\nBerita Terkait\n" + "\n".join(side) + "\n\nBerita detikcom Lainnya\n"
            "Hoegeng Awards\n")
    must_not = [f"{story.dateline} - ", "ADVERTISEMENT", "SCROLL TO CONTINUE", f"({story.code or 'rdp/imk'})",
                "Tonton juga Video", "[Gambas:Video 20detik]", "Berita Terkait", "Hoegeng Awards", "detikNews",
                "Bagikan"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(text, "txt", story.dateline, captions=cap(story), must_not=must_not)


def okezone_txt(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story, 3)
    pos = spread(story, len(story.related))
    blocks = {i: f"Baca Juga: {t}" for i, t in zip(pos, story.related)}
    body = txt_body(story, f"{story.dateline} - ", blocks, "\n\n")
    day = f"{ID_DAYS[dt.weekday()]} {dt.day:02d} {ID_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M} WIB"
    c = f"{story.caption[0]}\n{story.caption[0]} (Foto: {story.caption[1]})\n" if story.caption else ""
    text = (f"{story.title}\n{story.authors[0]}, Jurnalis \u00b7 {day}\nShare :\n{c}\n{body}\n\n"
            f"({story.code or 'rhs'})\n\nBerita Terkait\n" + "\n".join(side) +
            "\n\nOkezone.com tidak bertanggung jawab atas isi komentar yang ditulis pembaca.\nFOLLOW US\n")
    must_not = [f"{story.dateline} - ", "Jurnalis", "Share :", f"({story.code or 'rhs'})", "Berita Terkait",
                "tidak bertanggung jawab atas isi komentar", "FOLLOW US"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(text, "txt", story.dateline, captions=cap(story), must_not=must_not)


def cnnindonesia_txt(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story, 3)
    pos = spread(story, len(story.related) + 1)
    blocks = {i: f"BACA JUGA: {t}" for i, t in zip(pos[1:], story.related)}
    blocks[pos[0]] = "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT"
    body = txt_body(story, f"{story.dateline}, CNN Indonesia -- ", blocks, "\n\n")
    c = f"Ilustrasi. {story.caption[0]} ({story.caption[1]})\n" if story.caption else ""
    text = (f"Internasional\n{story.title}\n{story.authors[0]} | CNN Indonesia\n{id_short(dt)}\nBagikan :\n{c}\n{body}\n\n"
            f"({story.code or 'isa/bac'})\n\n[Gambas:Video CNN]\n\nTOPIK TERKAIT\n" + "\n".join(story.tags) +
            "\n\nLAINNYA DARI DETIKNETWORK\n" + "\n".join(side) + "\n")
    must_not = ["CNN Indonesia --", "SCROLL TO CONTINUE", f"({story.code or 'isa/bac'})", "[Gambas:Video CNN]",
                "TOPIK TERKAIT", "LAINNYA DARI DETIKNETWORK", "Bagikan :"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    c_exp = [{"text": "Ilustrasi. " + story.caption[0], "credit": story.caption[1]}] if story.caption else []
    return Rendered(text, "txt", story.dateline, captions=c_exp, must_not=must_not)


def antara_txt(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story, 3)
    pos = spread(story, len(story.related))
    blocks = {i: f"Baca juga: {t}" for i, t in zip(pos, story.related)}
    body = txt_body(story, f"{story.dateline} (ANTARA) - ", blocks, "\n\n")
    c = f"{story.caption[0]} ({story.caption[1]})\n{story.caption[0]} ({story.caption[1]})\n" if story.caption else ""
    text = (f"{story.title}\n{id_long(dt)}\n{c}\n{body}\n\nPewarta: {story.authors[0]}\nEditor: {story.editor or 'Redaktur'}\n"
            f"COPYRIGHT \u00a9 ANTARA {dt.year}\n\nDilarang keras mengambil konten, melakukan crawling atau pengindeksan "
            "otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n\nBerita Terkait\n"
            + "\n".join(side) + "\n")
    must_not = ["(ANTARA) -", "Pewarta:", "COPYRIGHT", "Dilarang keras", "Berita Terkait"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(text, "txt", story.dateline, captions=cap(story), must_not=must_not)


# --------------------------------------------------------------- pages delivered inside JSON Lines records


def tribun(story: Story) -> Rendered:
    """A syndicated regional page: little markup, the syndication note and a 'Baca juga' list inside the body."""
    dt = when(story)
    side = teasers(story, 2)
    pos = spread(story, len(story.related))
    blocks = {i: f"<p><strong>Baca juga: <a href=\"https://www.tribunnews.com/x/{num(t)}\">{esc(t)}</a></strong></p>"
              for i, t in zip(pos, story.related)}  # fmt: skip
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    paras[0] = f"<p><strong>TRIBUNNEWS.COM, {esc(story.dateline)}</strong> - {esc(story.paras[0])}</p>"
    body = "\n    ".join(insert_after(paras, blocks))
    text = f"""<!-- {MARK} -->
<div id="article">
  <h1 id="arttitle">{esc(story.title)}</h1>
  <div id="penulis">Penulis: {esc(story.authors[0])}<br>Editor: {esc(story.editor or 'Redaksi')}</div>
  <time>{id_long(dt)}</time>
  <div class="side-article txt-article multi-fontsize">
    {body}
    <p>Artikel ini telah tayang di Tribunnews.com dengan judul {esc(story.title)}</p>
  </div>
  <div class="populer"><h3>Berita Populer</h3><ul>{"".join(f"<li>{esc(t)}</li>" for t in side)}</ul></div>
</div>
"""
    must_not = ["TRIBUNNEWS.COM,", "Penulis:", "Artikel ini telah tayang", "Berita Populer"] + story.related + side
    return Rendered(text, "html", story.dateline, captions=[], must_not=must_not)


def straitstimes_txt(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story, 3)
    pos = spread(story, len(story.related))
    blocks = {i: f"READ MORE HERE\n{t}" for i, t in zip(pos, story.related)}
    body = txt_body(story, f"{story.dateline} - ", blocks, "\n\n")
    c = f"{story.caption[0]} PHOTO: {story.caption[1]}\n" if story.caption else ""
    text = (f"Asia\n{story.title}\n{c}{story.authors[0]}\nRegional Correspondent\nUpdated\n"
            f"{EN_MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}, {dt:%I:%M %p}\nPublished\n"
            f"{EN_MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}, {dt:%I:%M %p}\nFacebook\nWhatsApp\nTelegram\n\n{body}\n\n"
            "Join ST's WhatsApp Channel and get the latest news and must-reads.\n\nMORE ON THIS TOPIC\n"
            + "\n".join(side) + "\nSee more on\n" + "\n".join(story.tags) + "\n")
    must_not = [f"{story.dateline} - ", "READ MORE HERE", "Regional Correspondent", "Join ST's WhatsApp Channel",
                "MORE ON THIS TOPIC", "See more on"] + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(text, "txt", story.dateline, captions=cap(story), must_not=must_not)


def cna(story: Story) -> Rendered:
    dt = when(story)
    side = teasers(story, 3)
    pos = spread(story, len(story.related))
    blocks = {i: f'<div class="referenced-card"><span>Related:</span> <a href="/asia/{num(t)}">{esc(t)}</a></div>'
              for i, t in zip(pos, story.related)}  # fmt: skip
    paras = [f"<p>{esc(p)}</p>" for p in story.paras]
    paras[0] = f"<p>{esc(story.dateline)}: {esc(story.paras[0])}</p>"
    body = "\n      ".join(insert_after(paras, blocks))
    figure = ""
    if story.caption:
        figure = f'<figure><img src="https://asset.example.invalid/photo/{story.slug}.jpg" alt=""><figcaption>{esc(story.caption[0])} (Photo: {esc(story.caption[1])})</figcaption></figure>'
    text = f"""<html><head><meta charset="utf-8"><!-- {MARK} --><title>{esc(story.title)} - CNA</title></head>
<body>
  <nav><a href="/">CNA</a> <a href="/asia">Asia</a> <a href="/world">World</a> <a href="/singapore">Singapore</a></nav>
  <h1 class="h1--page-title">{esc(story.title)}</h1>
  {figure}
  <div class="author-card">{esc(story.authors[0])}</div>
  <div class="article-publish">{dt.day:02d} {EN_MONTHS[dt.month - 1][:3]} {dt.year} {dt:%I:%M%p}</div>
  <div class="text-long">
      {body}
  </div>
  <div class="content-card"><h2>Also worth reading</h2><ul>{"".join(f"<li>{esc(t)}</li>" for t in side)}</ul></div>
  <p>Source: Agencies/{esc(story.code or 'fh')}</p>
  <p>Get WhatsApp alerts: join the CNA channel.</p>
</body></html>
"""
    must_not = [f"{story.dateline}:", "Related:", "Also worth reading", "Source: Agencies", "Get WhatsApp alerts"] \
        + story.related + side
    if story.caption:
        must_not.append(story.caption[0])
    return Rendered(text, "html", story.dateline, captions=cap(story), must_not=must_not)


RENDERERS = {f.__name__: f for f in (kompas, detik, antara, tempo, cnnindonesia, medcom, reuters, ap, jakartapost,
                                     bbc, aljazeera, medcom_txt, kompas_txt, detik_txt, okezone_txt,
                                     cnnindonesia_txt, antara_txt, tribun, straitstimes_txt, cna)}
# Renderers whose output is delivered inside records.jsonl (with url/source/published/language given).
RENDERERS["okezone_rec"] = okezone_txt  # the same scraped-text shape, delivered as a JSONL record
JSONL_ONLY = {"tribun", "straitstimes_txt", "cna", "okezone_rec"}
