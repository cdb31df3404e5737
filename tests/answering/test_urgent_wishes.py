"""A wish not to have a sign, and walking limited by distance, are not reports (issue 17,
patient set 24 studied in session 32).

"nao quero apagar" (I don't want to be knocked out) and "I don't want to pass out during it"
name a sign the patient hopes to avoid: it is feared, like "scared of passing out"
(``imagined``), unless a contrast or a reason follows in the clause ("I don't want to make a
fuss but my legs have gone numb"), or the wish is not to bother anyone. "Can't walk far",
"no puede caminar mucho", "kann nicht lange gehen" is how far a patient can walk, a capacity of
long standing (``long_standing``), not legs that fail; the same words tied to the procedure
("since the procedure yesterday") still alert. Rows in our own words: 17 of these 35 failed
before the cues were added.
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import urgent_alert

U, Q = True, False

WISHES = [
    ("en", "mum's booked in tues arvo and cant walk far", Q),
    ("en", "my mum can't walk far, will they have a wheelchair at the hospital?", Q),
    ("en", "dad can't walk far since the procedure yesterday", U),
    ("en", "since the procedure she can't walk", U),
    ("pt", "vou ficar acordadu ou vão me dar anestesia jeral? nao quero apagar", Q),
    ("pt", "não quero desmaiar durante o procedimento", Q),
    ("en", "I don't want to pass out during it", Q),
    ("es", "no quiero desmayarme en la camilla", Q),
    ("fr", "je ne veux pas m'évanouir pendant l'intervention", Q),
    ("de", "ich will nicht ohnmächtig werden", Q),
    ("zh-Hans", "我不想昏过去", Q),
    ("ar", "ما ابغى يغمى علي", Q),
    ("ar", "لا أريد أن أفقد الوعي", Q),
    ("vi", "tôi không muốn bị ngất", Q),
    ("en", "I don't want to make a fuss but my legs have gone numb", U),
    ("en", "I don't want to go to A&E because I can't breathe", U),
    ("en", "I don't want to bother anyone, I can't feel my legs", U),
    ("en", "don't want to worry you, mum fainted an hour ago", U),
    ("es", "no quiero molestar pero no siento las piernas", U),
    ("fr", "je ne veux pas déranger mais je n'arrive plus à respirer", U),
    ("de", "ich will nicht stören, aber ich kriege keine Luft", U),
]

WALKING_LIMITS = [
    ("pt", "não quero incomodar mas não sinto as pernas", U),
    ("vi", "không muốn làm phiền nhưng tôi khó thở quá", U),
    ("zh-Hans", "不想麻烦你们，但我现在喘不上气", U),
    ("ar", "ما ابغى ازعجكم بس ما اقدر اتنفس", U),
    ("es", "mi madre no puede caminar mucho, ¿hay silla de ruedas en el hospital?", Q),
    ("fr", "elle ne peut pas marcher longtemps, y a-t-il un fauteuil roulant ?", Q),
    ("de", "Mama kann nicht lange gehen, gibt es einen Rollstuhl?", Q),
    ("pt", "minha mãe não consegue andar muito, tem cadeira de rodas?", Q),
    ("ar", "امي ما تقدر تمشي كثير، فيه كرسي متحرك؟", Q),
    ("vi", "mẹ tôi không đi được xa, bệnh viện có xe lăn không?", Q),
    ("es", "desde ayer no puede caminar", U),
    ("fr", "depuis l'intervention elle ne peut plus marcher", U),
    ("pt", "depois do procedimento ela não consegue andar", U),
    ("vi", "từ hôm qua mẹ tôi không đi được", U),
]


@pytest.mark.parametrize(("lang", "text", "urgent"), WISHES + WALKING_LIMITS)
def test_wish_and_walking_limit(lang: str, text: str, urgent: bool) -> None:
    assert bool(urgent_alert(text, lang)) is urgent
