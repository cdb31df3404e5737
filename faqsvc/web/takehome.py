"""What lets a patient take an answer home or another system read it: a QR code of the answer's
address (server-rendered SVG, so it works without JavaScript and prints) and schema.org JSON-LD.
"""

from __future__ import annotations

import orjson
import segno
from markupsafe import Markup

from faqsvc.model import ServedPair

QR_SCALE = 4


def answer_url(base: str, pair_id: str, locale: str) -> str:
    """The answer's public address. ``base`` is a setting: kiosks sit behind internal hosts."""
    return f"{base.rstrip('/')}/faq/{pair_id}?lang={locale}"


def qr_svg(url: str, label: str) -> Markup:
    """An inline SVG QR code, dark on white whatever the page's colours, labelled for readers."""
    svg = segno.make(url, error="m").svg_inline(
        scale=QR_SCALE, dark="#000", light="#fff", title=label, svgclass="qr"
    )
    return Markup(svg.replace("<svg ", '<svg role="img" ', 1))


def _question(pair: ServedPair) -> dict:
    return {
        "@type": "Question",
        "name": pair.question,
        "acceptedAnswer": {"@type": "Answer", "text": pair.answer},
    }


def faq_jsonld(pairs: list[ServedPair], locale: str) -> Markup:
    """schema.org ``FAQPage`` as a JSON string safe inside ``<script type=application/ld+json>``."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": locale,
        "mainEntity": [_question(p) for p in pairs],
    }
    text = orjson.dumps(data).decode()
    # "</script>" or "<!--" in an answer must not end the element: escape every "<", ">", "&".
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)
