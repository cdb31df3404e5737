# -*- coding: utf-8 -*-
"""Generate the blind test set of hospital patient-information documents.

    /work/blind/.venv/bin/python /work/blind/docs/generate.py

Writes the documents into this folder (out/ is not used: files sit beside
this script), writes manifest.json and then verifies every manifest sentence
and clutter string against the text of the rendered files (pdftotext for PDF,
the XML text for DOCX, the visible text for HTML, the raw text for md/txt).
Texts live in content_*.py beside this script.
"""
import html
import io
import json
import os
import random
import re
import subprocess
import sys
import textwrap
from html.parser import HTMLParser

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import content_docx  # noqa: E402
import content_html  # noqa: E402
import content_pdf  # noqa: E402
import content_text  # noqa: E402
from content_pdf import PARA  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# --------------------------------------------------------------- helpers --
def body_sentences(body):
    out = []
    for item in body:
        if item == PARA:
            continue
        if isinstance(item, tuple):
            out.extend(item[1])
        else:
            out.append(item)
    return out


def body_blocks(body):
    """Yield ("p", [sentences]) and ("ul", [items]) blocks."""
    cur = []
    for item in body:
        if item == PARA or isinstance(item, tuple):
            if cur:
                yield ("p", cur)
                cur = []
            if isinstance(item, tuple):
                yield item
        else:
            cur.append(item)
    if cur:
        yield ("p", cur)


def pick_sentences(sents):
    if len(sents) <= 3:
        return list(sents)
    return [sents[0], sents[len(sents) // 2], sents[-1]]


def dedupe(seq):
    seen, out = set(), []
    for s in seq:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


# ------------------------------------------------------------------- PDF --
def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Oblique", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-BoldOblique")


def make_canvas_class(decorate, state):
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            state["pages"] = total
            for st in self._saved:
                self.__dict__.update(st)
                decorate(self, self._pageNumber, total)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

    return NumberedCanvas


def render_pdf(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4, A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, KeepTogether, Frame, FrameBreak, ListFlowable, ListItem,
                                    NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    from xml.sax.saxutils import escape

    ch = doc["chrome"]
    layout = doc["layout"]
    pagesize = A5 if layout == "a5" else A4
    W, H = pagesize
    margin = 36 if layout == "a5" else 50
    small = 6.8 if layout == "a5" else 7.8
    base = 10 if layout == "a5" else (9.6 if layout == "two_columns" else 10.5)
    accent = colors.HexColor({"en": "#005eb8", "de": "#00665e", "fr": "#7a1f5c", "es": "#b03a2e"}.get(doc["language"], "#333333"))

    st_title = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=base + 8, leading=base + 12, textColor=accent, spaceAfter=6)
    st_intro = ParagraphStyle("i", fontName="DejaVu-Oblique", fontSize=base, leading=base * 1.4, spaceAfter=8)
    st_mark = ParagraphStyle("m", fontName="DejaVu-Bold", fontSize=base - 1.5, leading=base + 2, textColor=colors.white,
                             backColor=accent, borderPadding=(3, 4, 3, 4), spaceAfter=10, spaceBefore=2)
    st_h = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=base + 2.5, leading=base + 5, textColor=accent,
                          spaceBefore=10, spaceAfter=4, keepWithNext=1 if layout == "two_columns" else 0)
    st_p = ParagraphStyle("p", fontName="DejaVu", fontSize=base, leading=base * 1.42, spaceAfter=5, alignment=TA_LEFT)
    st_box = ParagraphStyle("b", fontName="DejaVu", fontSize=base - 1, leading=(base - 1) * 1.4)
    st_boxh = ParagraphStyle("bh", fontName="DejaVu-Bold", fontSize=base, leading=base * 1.4, textColor=accent)

    def decorate(c, n, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#555555"))
        top = H - margin * 0.55
        lw = stringWidth(ch["header_left"], "DejaVu", small)
        rw = stringWidth(ch["header_right"], "DejaVu-Bold", small)
        c.setFont("DejaVu-Bold", small)
        c.drawRightString(W - margin, top, ch["header_right"])
        c.setFont("DejaVu", small)
        if lw + rw + 20 < W - 2 * margin:
            c.drawString(margin, top, ch["header_left"])
            line_y = top - 4
        else:
            c.drawRightString(W - margin, top - small - 2, ch["header_left"])
            line_y = top - small - 6
        c.setStrokeColor(accent)
        c.setLineWidth(0.6)
        c.line(margin, line_y, W - margin, line_y)
        bottom = margin * 0.45
        c.line(margin, bottom + small + 5, W - margin, bottom + small + 5)
        right = ch["footer_right"].format(n=n, t=total)
        c.drawString(margin, bottom, ch["footer_left"])
        c.drawRightString(W - margin, bottom, right)
        if ch.get("footer_centre"):
            cw = stringWidth(ch["footer_centre"], "DejaVu", small)
            fl = stringWidth(ch["footer_left"], "DejaVu", small)
            fr = stringWidth(right, "DejaVu", small)
            if fl + cw + fr + 30 < W - 2 * margin:
                c.drawCentredString(W / 2, bottom, ch["footer_centre"])
            else:
                c.drawCentredString(W / 2, bottom - small - 2, ch["footer_centre"])
        c.restoreState()

    def esc(s):
        return escape(s)

    story_top = [Paragraph(esc(doc["title"]), st_title)]
    for m in ch.get("first_page", []):
        story_top.append(Paragraph(esc(m), st_mark))
    if ch.get("intro"):
        story_top.append(Paragraph(esc(ch["intro"]), st_intro))

    body = []
    for heading, sec in doc["sections"]:
        if layout != "two_columns":
            body.append(CondPageBreak(base * 7))
        body.append(Paragraph(esc(heading), st_h))
        for kind, items in body_blocks(sec):
            if kind == "p":
                body.append(Paragraph(esc(" ".join(items)), st_p))
            else:
                body.append(ListFlowable([ListItem(Paragraph(esc(i), st_p), leftIndent=12) for i in items],
                                         bulletType="bullet", start="\u2022", leftIndent=12))
    rows = [[Paragraph(esc(ch["box_title"]), st_boxh)]] + [[Paragraph(esc(l), st_box)] for l in ch["box"]]
    box = Table(rows, colWidths=[None])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2f6")),
        ("BOX", (0, 0), (-1, -1), 0.8, accent),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    body += [Spacer(1, 12), KeepTogether([box])]

    state = {}
    top_m = margin + (small * 2 + 8)
    bot_m = margin + small + 6
    dt = BaseDocTemplate(path, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                         topMargin=top_m, bottomMargin=bot_m, title=doc["title"],
                         author=doc["publisher"], subject="Patient information", creator="Microsoft Word - " + doc["file"].replace(".pdf", ".docx"))
    fw = W - 2 * margin
    fh = H - top_m - bot_m
    if layout == "two_columns":
        gap = 18
        cw = (fw - gap) / 2
        title_h = 150
        first = PageTemplate(id="first", frames=[
            Frame(margin, H - top_m - title_h, fw, title_h, id="title", showBoundary=0),
            Frame(margin, bot_m, cw, fh - title_h, id="c1"),
            Frame(margin + cw + gap, bot_m, cw, fh - title_h, id="c2"),
        ])
        later = PageTemplate(id="later", frames=[
            Frame(margin, bot_m, cw, fh, id="c1b"),
            Frame(margin + cw + gap, bot_m, cw, fh, id="c2b"),
        ])
        dt.addPageTemplates([first, later])
        story = story_top + [NextPageTemplate("later"), FrameBreak()] + body
    else:
        dt.addPageTemplates([PageTemplate(id="all", frames=[Frame(margin, bot_m, fw, fh, id="f")])])
        story = story_top + body
    dt.build(story, canvasmaker=make_canvas_class(decorate, state))

    pages = state["pages"]
    clutter = [ch["header_left"], ch["header_right"], ch["footer_left"], ch.get("footer_centre")]
    clutter += [ch["footer_right"].format(n=i, t=pages) for i in range(1, pages + 1)]
    clutter += ch.get("first_page", []) + [ch["box_title"]] + ch["box"]
    return dedupe(clutter), pages


def render_image_pdf(doc, path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(7)
    w, h = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (w, h), 246)
    px = img.load()
    for _ in range(60000):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.randrange(200, 246)
    d = ImageDraw.Draw(img)
    f_body = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), 30)
    f_bold = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), 34)
    f_title = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), 40)
    y = 120
    for i, line in enumerate(doc["lines"]):
        if not line:
            y += 28
            continue
        font = f_title if i in (3, 4) else (f_bold if line.endswith("?") or i < 2 else f_body)
        d.text((120, y), line, fill=30, font=font)
        y += int(font.size * 1.5)
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=246).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    buf.seek(0)
    c = canvas.Canvas(path, pagesize=A4)
    c.setCreator("ScanStation 4.2")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return 1


# ------------------------------------------------------------------ HTML --
CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#212b32;line-height:1.5}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:8px;top:8px}
.cookie-banner{background:#f0f4f5;padding:12px 24px;border-bottom:1px solid #d8dde0}
.site-header{background:%(accent)s;color:#fff;padding:12px 24px;display:flex;gap:24px;align-items:center}
.site-header a{color:#fff}.primary-nav ul{list-style:none;display:flex;gap:18px;margin:0;padding:0}
.breadcrumb{padding:8px 24px;font-size:.9em}.page-layout{display:flex;gap:32px;padding:0 24px}
main{flex:3}aside{flex:1}.article-meta span{margin-right:14px;color:#4c6272;font-size:.85em}
.page-tools{list-style:none;padding:0;display:flex;gap:14px}.sidebar-box{border-top:4px solid %(accent)s;background:#f0f4f5;padding:12px;margin-bottom:18px}
.accordion-item{border-bottom:1px solid #d8dde0}.accordion-button{background:none;border:0;font:inherit;font-weight:bold;width:100%%;text-align:left}
.site-footer{background:#e8edee;padding:24px;margin-top:40px;font-size:.9em}
"""


def render_html(doc, path):
    ch = doc["chrome"]
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    ea = lambda s: html.escape(s, quote=True)  # noqa: E731
    accent = {"en": "#005eb8", "es": "#b03a2e", "de": "#00665e", "fr": "#1d4f91", "pt": "#006a4e", "vi": "#0b6e4f"}[doc["language"]]
    slug = lambda s, i: "sec-%d" % i  # noqa: E731
    out = []
    a = out.append
    a("<!DOCTYPE html>")
    a('<html lang="%s">' % doc["language"])
    a("<head>")
    a('<meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a("<title>%s | %s</title>" % (e(doc["title"]), e(ch["site_name"])))
    a('<meta name="description" content="%s">' % ea(ch["lead"]))
    a('<meta name="author" content="%s">' % ea(ch["author"]))
    a('<meta name="date" content="%s">' % ch["date_iso"])
    a('<meta property="article:published_time" content="%sT09:00:00+00:00">' % ch["date_iso"])
    a('<meta property="og:type" content="article">')
    a('<meta property="og:title" content="%s">' % ea(doc["title"]))
    a('<meta property="og:description" content="%s">' % ea(ch["lead"]))
    a('<meta property="og:url" content="%s">' % ea(doc["url"]))
    a('<meta property="og:site_name" content="%s">' % ea(ch["site_name"]))
    a('<meta property="og:locale" content="%s">' % {"en": "en_GB", "es": "es_ES", "de": "de_DE", "fr": "fr_FR", "pt": "pt_PT", "vi": "vi_VN"}[doc["language"]])
    a('<link rel="canonical" href="%s">' % ea(doc["url"]))
    a('<link rel="stylesheet" href="/assets/css/main.min.css?v=4.18.2">')
    a("<style>%s</style>" % (CSS % {"accent": accent}))
    a("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('consent','default',{'analytics_storage':'denied'});</script>")
    ld = {"@context": "https://schema.org", "@type": "MedicalWebPage", "name": doc["title"],
          "url": doc["url"], "datePublished": ch["date_iso"], "inLanguage": doc["language"],
          "publisher": {"@type": "Hospital", "name": ch["site_name"]}}
    a('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    a("</head>")
    a("<body>")
    a('<a class="skip-link" href="#main-content">%s</a>' % e(ch["skip"]))
    a('<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite" aria-label="Cookies">')
    a('  <p>%s</p>' % e(ch["cookie_text"]))
    for b in ch["cookie_buttons"]:
        a('  <button type="button" class="cookie-btn">%s</button>' % e(b))
    a("</div>")
    a('<header class="site-header">')
    a('  <div class="logo"><a href="/"><img src="/assets/img/logo.svg" alt="%s" width="180" height="48"></a></div>' % ea(ch["site_name"]))
    a('  <nav class="primary-nav" aria-label="Main menu"><ul>')
    for i, item in enumerate(ch["top_nav"]):
        a('    <li><a href="/%s/">%s</a></li>' % (["patients", "services", "jobs", "about"][i % 4], e(item)))
    a("  </ul></nav>")
    a('  <form class="site-search" role="search" action="/search"><label for="q">%s</label> <input id="q" name="q" type="search"></form>' % e(ch["search_label"]))
    a("</header>")
    crumbs = ch["breadcrumb"]
    segs = doc["url"].split("/", 3)[3].split("/")
    parts = ['<a href="%s">%s</a>' % ("/" if i == 0 else "/" + "/".join(segs[:i]) + "/", e(c)) for i, c in enumerate(crumbs[:-1])]
    parts.append('<span aria-current="page">%s</span>' % e(crumbs[-1]))
    a('<nav class="breadcrumb" aria-label="Breadcrumb"><p>%s</p></nav>' % " \u203a ".join(parts))
    a('<div class="page-layout">')
    a('<main id="main-content" tabindex="-1">')
    a('<article class="page-content">')
    a("  <h1>%s</h1>" % e(doc["title"]))
    a('  <div class="article-meta">%s</div>' % " ".join('<span>%s</span>' % e(m) for m in ch["meta"]))
    a('  <ul class="page-tools"><li><a href="javascript:window.print()">%s</a></li><li><a href="#share" class="share-toggle">%s</a></li></ul>' % (e(ch["tools"][0]), e(ch["tools"][1])))
    a('  <p class="lead">%s</p>' % e(ch["lead"]))
    if doc["style"] == "accordion":
        a('  <div class="accordion" id="faq">')
    for i, (heading, sec) in enumerate(doc["sections"], 1):
        blocks = []
        for kind, items in body_blocks(sec):
            if kind == "p":
                blocks.append("<p>%s</p>" % e(" ".join(items)))
            else:
                blocks.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in items))
        if doc["style"] == "accordion":
            a('    <div class="accordion-item">')
            a('      <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" aria-expanded="false" aria-controls="%s">%s</button></h2>' % (slug(heading, i), e(heading)))
            a('      <div id="%s" class="accordion-collapse collapse"><div class="accordion-body">' % slug(heading, i))
            for b in blocks:
                a("        " + b)
            a("      </div></div>")
            a("    </div>")
        else:
            a('  <h2 id="%s">%s</h2>' % (slug(heading, i), e(heading)))
            for b in blocks:
                a("  " + b)
    if doc["style"] == "accordion":
        a("  </div>")
    if ch.get("review_line"):
        a('  <p class="review-date"><small>%s</small></p>' % e(ch["review_line"]))
    a('  <div class="feedback"><p>%s</p></div>' % e(ch["feedback"]))
    a("</article>")
    a("</main>")
    a('<aside class="sidebar" aria-label="Related information">')
    for title, lines in ch["sidebars"]:
        a('  <section class="sidebar-box">')
        a("    <h2>%s</h2>" % e(title))
        a("    <ul>%s</ul>" % "".join('<li><a href="#">%s</a></li>' % e(l) if i == len(lines) - 1 and title == ch["sidebars"][0][0] else "<li>%s</li>" % e(l) for i, l in enumerate(lines)))
        a("  </section>")
    a("</aside>")
    a("</div>")
    a('<footer class="site-footer">')
    for line in ch["footer"]:
        a("  <p>%s</p>" % e(line))
    a("</footer>")
    a('<script src="/assets/js/site.min.js" defer></script>')
    a("</body>")
    a("</html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    clutter = [ch["skip"], ch["cookie_text"]] + ch["cookie_buttons"] + ch["top_nav"] + [ch["search_label"]]
    clutter += [" \u203a ".join(crumbs)] + ch["tools"] + ch["meta"] + [ch.get("review_line")]
    for title, lines in ch["sidebars"]:
        clutter += [title] + lines
    clutter += [ch["feedback"]] + ch["footer"]
    return dedupe(clutter)


# ------------------------------------------------------------------ DOCX --
def _add_field(paragraph, instr, cached):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    paragraph.add_run(cached)
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def render_docx(doc, path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    ch = doc["chrome"]
    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["publisher"]
    d.core_properties.language = doc["language"]
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    toc1 = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc1.base_style = normal
    toc1.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    toc1.paragraph_format.space_after = Pt(2)

    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.style = d.styles["Header"]
    r = hp.add_run(ch["header"][0])
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x30, 0x87)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in ch["header"][1:]:
        p = sec.header.add_paragraph(line, style="Header")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Footer"]
    fp.add_run(ch["footer_static"] + "    ")
    pat = ch["footer_page"]
    pre, rest = pat.split("{PAGE}")
    mid, post = rest.split("{NUMPAGES}")
    fp.add_run(pre)
    _add_field(fp, "PAGE", "1")
    fp.add_run(mid)
    _add_field(fp, "NUMPAGES", "3")
    if post:
        fp.add_run(post)
    if doc["language"] == "de" and ch.get("review_line"):
        sec.footer.add_paragraph(ch["review_line"], style="Footer")

    d.add_paragraph(doc["title"], style="Title")
    if doc["language"] == "en" and ch.get("review_line"):
        p = d.add_paragraph()
        rr = p.add_run(ch["review_line"])
        rr.italic = True
        rr.font.size = Pt(9)

    # table of contents (a real TOC field with its cached result)
    d.add_paragraph(ch["contents"], style="TOC Heading")
    n = len(doc["sections"])
    for i, (heading, _) in enumerate(doc["sections"]):
        p = d.add_paragraph(style="toc 1")
        if i == 0:
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "begin")
            r._r.append(fc)
            r = p.add_run()
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-3" \\h \\z \\u '
            r._r.append(it)
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "separate")
            r._r.append(fc)
        p.add_run("%s\t%d" % (heading, min(3, 1 + (i * 3) // max(n, 1))))
        if i == n - 1:
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "end")
            r._r.append(fc)

    d.add_paragraph()
    d.add_paragraph(ch["salutation"])
    d.add_paragraph(ch["intro"])

    for heading, sec_body in doc["sections"]:
        d.add_paragraph(heading, style="Heading 1")
        for kind, items in body_blocks(sec_body):
            if kind == "p":
                d.add_paragraph(" ".join(items))
            else:
                for it in items:
                    d.add_paragraph(it, style="List Bullet")

    d.add_paragraph()
    for line in ch["signoff"]:
        p = d.add_paragraph(line)
    p.runs[0].bold = True

    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]
    for k, v in ch["contact_table"]:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = v
    if doc["language"] == "es" and ch.get("review_line"):
        p = d.add_paragraph()
        rr = p.add_run(ch["review_line"])
        rr.font.size = Pt(8)
    d.save(path)

    clutter = list(ch["header"]) + [ch["footer_static"], ch["contents"], ch["salutation"]] + ch["signoff"]
    clutter += [ch.get("review_line")]
    for k, v in ch["contact_table"]:
        clutter += [k, v]
    return dedupe(clutter)


# -------------------------------------------------------------- md / txt --
def render_md(doc, path):
    ch = doc["chrome"]
    out = []
    for line in ch["top"]:
        out += [line, ""]
    out += ["# " + doc["title"], ""]
    out += [" | ".join("*%s*" % s if i < 2 else "[%s](javascript:window.print())" % s for i, s in enumerate(ch["under_title"])), ""]
    for heading, sec in doc["sections"]:
        out += ["## " + heading, ""]
        for kind, items in body_blocks(sec):
            if kind == "p":
                out += [" ".join(items), ""]
            else:
                out += ["- " + x for x in items] + [""]
    out += ["---", "", "**%s**" % ch["bottom_title"], ""]
    out += ["- " + x for x in ch["bottom"]] + [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return dedupe(ch["top"] + ch["under_title"] + [ch["bottom_title"]] + ch["bottom"])


def render_txt(doc, path):
    ch = doc["chrome"]
    out = []
    for line in ch["top"]:
        out.append(line)
    out += ["=" * 72, "", doc["title"], "~" * len(doc["title"]), ""]
    for heading, sec in doc["sections"]:
        out += ["", heading, "-" * len(heading), ""]
        for kind, items in body_blocks(sec):
            if kind == "p":
                out += textwrap.wrap(" ".join(items), 74) + [""]
            else:
                for x in items:
                    out += textwrap.wrap(x, 72, initial_indent="  * ", subsequent_indent="    ")
                out.append("")
    out += ["", "=" * 72]
    out += ch["bottom"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return dedupe(ch["top"] + ch["bottom"])


# ------------------------------------------------------------ extraction --
class _Vis(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        HTMLParser.__init__(self, convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def extract_text(path, fmt):
    if fmt == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True).stdout
    if fmt == "html":
        p = _Vis()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        return " ".join(p.parts)
    if fmt == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(\w)- (\w)", r"\1-\2", s)  # a hyphen at a line end
    return s.strip()


def check_order(doc, stripped, text):
    probs, split, content_strings = [], [], [doc["title"]]
    pos = 0
    for k, (heading, body) in enumerate(doc["sections"]):
        sents = body_sentences(body)
        content_strings += [heading] + sents
        if not (2 <= len(sents) <= 6):
            probs.append("%s: section %r has %d sentences" % (doc["file"], heading, len(sents)))
        # the heading must be the last heading-like string before the
        # section's first sentence (a table of contents may repeat it
        # earlier), and every sentence must follow in order before the
        # next section's heading
        first = stripped.find(norm(sents[0]), pos)
        hpos = stripped.rfind(norm(heading), pos, first if first >= 0 else None)
        if first < 0 or hpos < 0:
            probs.append("%s: heading/first sentence not found in order: %r" % (doc["file"], heading))
            continue
        for other, _ in doc["sections"]:
            if other != heading and stripped.find(norm(other), hpos + len(norm(heading)), first) >= 0:
                probs.append("%s: heading %r appears between %r and its text" % (doc["file"], other, heading))
        pos = first
        for s in sents:
            ns = norm(s)
            i = stripped.find(ns, pos)
            if i < 0:
                probs.append("%s: sentence not found in order under %r: %r" % (doc["file"], heading, s))
                continue
            between = stripped[pos:i]
            for other, _ in doc["sections"]:
                if norm(other) in between:
                    probs.append("%s: heading %r inside section %r" % (doc["file"], other, heading))
            if ns not in text:
                split.append(s)
            pos = i + len(ns)
    return probs, split, content_strings


# ------------------------------------------------------------------ main --
def main():
    os.chdir(HERE)
    register_fonts()
    manifest, report, problems, notes = [], [], [], []

    def entry(doc, clutter):
        secs = []
        for heading, body in doc["sections"]:
            secs.append({"heading": heading, "sentences": pick_sentences(body_sentences(body))})
        return {"file": doc["file"], "format": doc["format"], "language": doc["language"],
                "title": doc["title"], "publisher": doc["publisher"], "reviewed": doc["reviewed"],
                "url": doc["url"], "sections": secs, "clutter": clutter}

    built = []
    for doc in content_pdf.DOCS:
        clutter, pages = render_pdf(doc, doc["file"])
        built.append((doc, clutter, pages))
    for doc in content_html.DOCS:
        built.append((doc, render_html(doc, doc["file"]), 1))
    for doc in content_docx.DOCS:
        built.append((doc, render_docx(doc, doc["file"]), None))
    for doc in content_text.DOCS:
        fn = render_md if doc["format"] == "md" else render_txt
        built.append((doc, fn(doc, doc["file"]), 1))

    for doc, clutter, pages in built:
        e = entry(doc, clutter)
        manifest.append(e)
        # ---- verification
        raw = extract_text(doc["file"], doc["format"])
        text = norm(raw)
        low = text.lower()
        split_sents = []
        for c in clutter:
            if norm(c) not in text:
                problems.append("%s: clutter not found: %r" % (doc["file"], c))
        stripped = text
        for c in sorted(clutter, key=len, reverse=True):
            stripped = stripped.replace(norm(c), " ")
        stripped = norm(stripped)
        if not (5 <= len(doc["sections"]) <= 10):
            problems.append("%s: %d sections" % (doc["file"], len(doc["sections"])))
        if len(clutter) < 8:
            problems.append("%s: only %d clutter strings" % (doc["file"], len(clutter)))
        order_probs, split_sents, content_strings = check_order(doc, stripped, text)
        if order_probs and doc["format"] == "pdf":
            from pypdf import PdfReader
            alt = norm("\n".join(pg.extract_text() for pg in PdfReader(doc["file"]).pages))
            alt_stripped = alt
            for c in sorted(clutter, key=len, reverse=True):
                alt_stripped = alt_stripped.replace(norm(c), " ")
            alt_probs, _, _ = check_order(doc, norm(alt_stripped), alt)
            if not alt_probs:
                notes.append("%s: section order is right in pypdf's text but not in pdftotext's: %s" % (doc["file"], "; ".join(order_probs)))
                order_probs = []
        problems += order_probs
        for c in clutter:
            for s in content_strings:
                if c.lower() in s.lower():
                    problems.append("%s: clutter %r occurs in content %r" % (doc["file"], c, s))
        if doc["format"] == "pdf":
            from pypdf import PdfReader
            pages = len(PdfReader(doc["file"]).pages)
        report.append((doc["file"], doc["format"], doc["language"], pages, len(doc["sections"]), len(clutter), len(split_sents)))

    # image-only PDF
    img = content_pdf.IMAGE_DOC
    pages = render_image_pdf(img, img["file"])
    txt = subprocess.run(["pdftotext", img["file"], "-"], capture_output=True, text=True).stdout
    if txt.strip():
        problems.append("%s: has a text layer: %r" % (img["file"], txt[:80]))
    manifest.append({"file": img["file"], "format": "pdf", "language": img["language"], "title": img["title"],
                     "publisher": img["publisher"], "reviewed": None, "url": None, "expect_error": True,
                     "sections": [], "clutter": []})
    report.append((img["file"], "pdf", img["language"], pages, 0, 0, 0))

    with open("manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")

    print("%-46s %-5s %-3s %5s %4s %7s %6s" % ("file", "fmt", "lng", "pages", "secs", "clutter", "split"))
    for r in report:
        print("%-46s %-5s %-3s %5s %4s %7s %6s" % tuple("-" if v is None else v for v in r))
    for n in notes:
        print("note: " + n)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall sentences and clutter strings verified")


if __name__ == "__main__":
    main()
