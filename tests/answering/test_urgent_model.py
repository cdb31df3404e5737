"""The urgent word model (faqsvc/answering/urgent_model.py) beside the rules: it is what the
labelled sets fit, it adds alerts for signs described without their name, and it stays quiet
where the rules judged a named sign (denied, asked about, long past) and on hostile input."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from faqsvc.analysis import normalize
from faqsvc.answering import urgent_model
from faqsvc.answering.urgent import urgent_alert
from faqsvc.answering.urgent_rules import canonical

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fit_urgent_model.py"
_SPEC = importlib.util.spec_from_file_location("fit_urgent_model", _SCRIPT)
fit_urgent_model = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fit_urgent_model)

U, Q = True, False

# Our own wordings, never fitted on: signs told by what is seen or no longer possible. When
# written, the rules alone caught 12 of these 25 and the model 7 more; the sixth set's kinds,
# written as rules since (by a helper who never saw these), catch 24.
DESCRIBED = [
    (
        "en",
        "since lunchtime grandad keeps trying to get out of bed to go to work and he retired in 1990",
    ),
    ("en", "every time she coughs there are red streaks in the tissue"),
    ("en", "the plaster on my back is soaked and there's a wet patch on the sheet"),
    ("en", "he hasn't passed any water since he came home yesterday and his belly is tight"),
    ("es", "mi padre no sabe en qué día estamos y me llama por el nombre de mi tío"),
    ("es", "desde esta mañana se le cae todo de la mano derecha"),
    ("es", "la herida de la espalda huele mal y le sale un líquido amarillo"),
    ("fr", "ma mère ne me reconnaît plus depuis ce matin"),
    ("fr", "quand il tousse il crache des filets rouges"),
    ("fr", "depuis hier soir il doit dormir assis sinon il étouffe"),
    ("de", "Opa erkennt uns seit heute Mittag nicht mehr und redet wirres Zeug"),
    ("de", "der Verband am Rücken ist ganz durchgeweicht und tropft"),
    ("de", "sie sitzt seit Stunden auf der Toilette und es kommt nichts"),
    ("pt", "meu avô não sabe onde está e pergunta pela mãe dele que já morreu"),
    ("pt", "o curativo nas costas está encharcado e pingando"),
    ("pt", "desde cedo ela deixa cair tudo da mão esquerda"),
    ("zh-Hans", "我爸从早上开始就不认识我们了，一直说胡话"),
    ("zh-Hans", "我妈咳嗽的时候痰里有红色的东西"),
    ("zh-Hans", "纱布全湿透了，还往下滴"),
    ("ar", "ابوي من الصبح مش عارف احنا فين وبينادي امي باسم اخته"),
    ("ar", "لما تكح امي بيطلع معاها خيوط حمرا"),
    ("ar", "الشاش على ضهره غرقان وبينقط على السرير"),
    ("vi", "từ sáng ông nội không nhận ra con cháu nữa, cứ nói lung tung"),
    ("vi", "mẹ em ho ra đờm có lẫn màu đỏ"),
    ("vi", "băng gạc sau lưng ướt sũng và nhỏ giọt xuống giường"),
]
# The same people and words, nothing urgent now: the model must not raise these.
ORDINARY = [
    ("en", "my dad has always been forgetful, is the sedation safe for him?"),
    ("en", "i had a cold last winter and coughed a lot, is that a problem for the procedure?"),
    ("en", "the dressing got a bit damp in the shower, should I change it?"),
    ("es", "mi madre siempre ha sido despistada, ¿le afecta la sedación?"),
    (
        "fr",
        "ma mère a du mal à se souvenir des noms depuis des années, peut-elle avoir la sédation ?",
    ),
    ("pt", "meu avô esquece as coisas há anos, ele pode fazer a vertebroplastia?"),
    ("zh-Hans", "纱布洗澡的时候沾了点水，要换吗？"),
    ("ar", "ابويا من زمان بينسى، ينفع يعمل العملية؟"),
    ("vi", "ông tôi hay quên từ lâu rồi, gây mê có sao không?"),
]
# A sign the rules name and judge not reported: the model does not overrule them.
JUDGED_BY_RULES = [
    ("fr", "plus de fièvre depuis hier, je respire bien"),
    ("en", "no fever since yesterday and my legs feel fine"),
    ("es", "ya no tengo fiebre y las piernas las siento bien"),
    ("en", "is numbness in the legs a risk after the cement?"),
]


def _alerts(locale: str, text: str) -> bool:
    return urgent_alert(normalize(text), locale) is not None


def test_the_shipped_model_is_what_the_labelled_sets_fit():
    """``make urgent-model`` refits it; a rule or set change without the refit fails here."""
    model = fit_urgent_model.fit(fit_urgent_model.labelled())
    assert fit_urgent_model.MODEL.read_bytes() == fit_urgent_model.encoded(model)


def test_the_held_out_sets_are_never_fitted_on():
    fitted = fit_urgent_model._sources(held_out=False)
    held = fit_urgent_model._sources(held_out=True)
    names = set(fit_urgent_model.HELD_OUT)
    assert held and all(names & {p.name, p.parent.name} for p in held)
    assert not any(names & {p.name, p.parent.name} for p in fitted)


def test_the_model_reads_signs_described_without_their_name():
    """By itself, without the rules: when these rows were written, the model fitted before the
    sixth set's kinds were written as rules read 19 of the 25 (the rules then caught 12), the
    one fitted after them 21."""
    read = [(loc, t) for loc, t in DESCRIBED if urgent_model.describes_sign(canonical(t), [loc])]
    assert len(read) >= 19, sorted(set(DESCRIBED) - set(read))


def test_every_described_sign_alerts_by_rules_or_model_but_one():
    missed = [(loc, t) for loc, t in DESCRIBED if not _alerts(loc, t)]
    assert len(missed) <= 1, missed


@pytest.mark.parametrize(("locale", "text"), ORDINARY)
def test_ordinary_messages_with_the_same_words_stay_quiet(locale, text):
    assert not urgent_model.describes_sign(canonical(text), [locale])


@pytest.mark.parametrize(("locale", "text"), JUDGED_BY_RULES)
def test_a_named_sign_the_rules_quiet_stays_quiet(locale, text):
    assert not _alerts(locale, text)


@pytest.mark.parametrize(
    "text", ["", "   ", "\ufdfa" * 900, "a " * 1000, "?" * 2000, "<script>alert(1)</script>"]
)
def test_hostile_input_is_read_within_bounds(text):
    found = urgent_model.describes_sign(canonical(text[:2000]), ["en", "ar"])
    assert found is False or found is True
    assert urgent_model.sentences(canonical(text)) or not found


def test_a_long_story_needs_stronger_evidence_than_a_message():
    """A sentence that alerts alone does not when it is one of many (a story of the signs
    that led to the procedure): the threshold rises with each doubling of sentences."""
    sentence = "the dressing on his back is soaked and dripping"
    strength = urgent_model.log_odds("en", canonical(sentence))
    model = urgent_model._model()
    assert strength > model["threshold"]
    doublings = (strength - model["threshold"]) / model["per_doubling"]
    filler = "we went to the shops and had a nice lunch with my sister"
    assert not urgent_model.describes_sign(canonical(filler), ["en"])
    story = ". ".join([sentence] + [filler] * int(2 ** (doublings + 1)))
    assert urgent_model.describes_sign(canonical(sentence), ["en"])
    assert not urgent_model.describes_sign(canonical(story), ["en"])
