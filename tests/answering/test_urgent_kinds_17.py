"""Urgent signs by kind, the seventeenth and eighteenth blind sets' (tests/data/urgent_blind_17/
and urgent_blind_18/, issue 17).

Their misses and false alarms were read as kinds, not sentences, and each kind written here in
situations of our own (other people, other body words, other tenses) in the locales where it
applies, urgent rows and controls of the same kind: whose sign it is (a child's, a spouse's or a
neighbour's sign in a message that tells the procedure as the writer's own is no alarm; a
relative's sign after their own procedure is), a sign had before the procedure and gone since
(quiet) or come back (urgent), and "is it normal that ..." told of a sign now (urgent) against
"is it normal" about something small or asked before the procedure (quiet). Never a blind
message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND17_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND17_KINDS = [
    # --- A: someone else's sign; the writer is the patient (quiet) -- or the relative is (urgent)
    (
        "en",
        "My son has had a temperature of 38.7 since Sunday and I'm three days after my"
        " vertebroplasty. Should I keep away from him?",
        Q,
    ),
    (
        "en",
        "A friend from church collapsed at the shops this morning. I'm fine, a week after my"
        " procedure. Can I still visit her?",
        Q,
    ),
    ("en", "My husband had his vertebroplasty on Monday and now he can't catch his breath.", U),
    (
        "es",
        "Mi hija tiene fiebre alta por una otitis y a mí me hicieron la vertebroplastia hace"
        " cuatro días. ¿Puedo cuidarla?",
        Q,
    ),
    (
        "es",
        "Mi vecino se desmayó en el portal y vino la ambulancia. Yo estoy operada desde el lunes"
        " y bien. ¿Puedo salir sola a comprar?",
        Q,
    ),
    ("es", "A mi padre le hicieron la vertebroplastia ayer y ahora le falta el aire.", U),
    (
        "fr",
        "Ma belle-fille a une forte fièvre avec une angine ; moi je suis opérée depuis trois"
        " jours. Je peux garder les petits ?",
        Q,
    ),
    (
        "fr",
        "Mon mari a du mal à respirer depuis ce matin, on lui a fait la cimentoplastie hier.",
        U,
    ),
    (
        "de",
        "Mein Enkel hat seit gestern 39 Fieber, und ich bin vor vier Tagen operiert worden. Darf"
        " ich ihn besuchen?",
        Q,
    ),
    ("de", "Meine Mutter hat seit heute Morgen Atemnot, ihre Vertebroplastie war gestern.", U),
    (
        "pt",
        "Minha neta está com febre de 38,9 e eu estou operada há cinco dias. Posso ficar com ela?",
        Q,
    ),
    ("pt", "Meu pai fez a vertebroplastia ontem e agora está com falta de ar.", U),
    (
        "vi",
        "Con gái tôi bị sốt 39 độ mấy hôm nay, tôi mới bơm xi măng được 3 ngày, có nên tránh xa"
        " con không?",
        Q,
    ),
    ("vi", "Mẹ tôi mới bơm xi măng hôm qua, giờ mẹ thở không nổi.", U),
    ("zh-Hans", "我孙女发烧39度，我做完骨水泥才三天，能抱她吗？", Q),
    ("zh-Hans", "我妈昨天做完骨水泥，现在喘不上气。", U),
    ("ar", "ابني عنده حرارة ٣٩ من امبارح، وانا عملت العملية من ثلاث ايام. بقدر اقعد معه؟", Q),
    ("ar", "ابوي عمل العملية امبارح وهلق ما عم يقدر ياخد نفسه.", U),
    # --- voice input: no punctuation, a subjunctive or a dialect verb for the sign
    ("es", "oiga desde anoche no es normal que me falte el aire así sentada en el sillón", U),
    ("ar", "ابوي من الصبح ما عم يقدر يبول ابدا وبطنه منفخ شو نعمل", U),
    ("es", "bueno si mire doctora mi esposo desde la comida no puede mover el brazo derecho", U),
    ("vi", "cho hỏi mẹ em từ trưa tới giờ nói ngọng, miệng méo, tay trái yếu hẳn", U),
    # --- a state told as unlike the usual (urgent): no habit word makes it long-standing
    ("en", "Gran is not at all like herself tonight, she keeps drifting off mid sentence.", U),
    ("fr", "Ma mère n'est pas du tout comme d'habitude ce soir, elle ne me reconnaît plus.", U),
    ("de", "Mein Mann ist heute ganz anders als sonst, er ist völlig verwirrt.", U),
    # --- "is it normal" about tiredness, otherwise all fine (quiet)
    ("en", "is it normal that I feel so washed out? otherwise all fine, no temperature", Q),
    ("de", "ist es normal, dass ich so müde bin? sonst alles gut, kein Fieber", Q),
    ("es", "¿es normal que esté tan cansada? por lo demás bien, sin fiebre", Q),
    ("zh-Hans", "跪着擦地久了，膝盖下面有点麻，起来揉一揉就好了，之后一直没事", Q),
    # --- B: a sign had before the procedure and gone since (quiet), or back now (urgent)
    (
        "en",
        "Before the cement my legs used to go numb when I stood for long, and since then they've"
        " been fine. When can I garden again?",
        Q,
    ),
    (
        "en",
        "Before the procedure I had tingling in my feet, it went away, but tonight both legs have"
        " gone numb again.",
        U,
    ),
    (
        "es",
        "Antes de la operación me faltaba el aire al subir la cuesta por el dolor de costillas;"
        " ahora subo sin problema.",
        Q,
    ),
    (
        "fr",
        "Avant la vertébroplastie j'avais des fourmis dans les pieds, depuis je n'ai plus rien.",
        Q,
    ),
    ("de", "Vor der OP hatte ich Kribbeln in den Beinen wegen des Bruchs, jetzt ist es weg.", Q),
    ("pt", "Antes da cirurgia eu tinha formigamento nas pernas, agora sumiu.", Q),
    ("vi", "Trước khi bơm xi măng tôi bị tê chân, giờ hết rồi.", Q),
    ("zh-Hans", "做手术之前腿一直发麻，现在已经不麻了。", Q),
    ("ar", "قبل العملية كان عندي تنميل برجلي من الكسر، هلق منيح.", Q),
    # --- D: a sign with an everyday cause settled by a simple measure (quiet); not settled (urgent)
    (
        "en",
        "Went dizzy when I got up too fast from the loo, held the sink a minute and it passed.",
        Q,
    ),
    ("en", "Stood up too quickly from the bed and fainted, hit my head on the wardrobe.", U),
    (
        "es",
        "Me mareé al levantarme muy rápido del sofá, me senté un momento y se me pasó enseguida.",
        Q,
    ),
    (
        "fr",
        "J'ai eu la tête qui tourne en me levant trop vite, je me suis rassise et c'est passé.",
        Q,
    ),
    (
        "de",
        "Mir wurde schwindlig, als ich zu schnell aufgestanden bin, nach kurzem Sitzen war es weg.",
        Q,
    ),
    ("pt", "Fiquei tonta quando levantei rápido da cama, sentei um pouco e já passou.", Q),
    ("vi", "Đứng dậy nhanh quá nên chóng mặt, ngồi nghỉ một lúc là hết rồi.", Q),
    ("zh-Hans", "蹲久了站起来眼前发黑，扶着墙站了一会儿就好了。", Q),
    ("ar", "وقفت بسرعه ودخت شوي، قعدت دقيقتين وراحت الدوخه.", Q),
    # --- C: "is it normal that ..." told of a sign now (urgent); small or asked ahead (quiet)
    (
        "en",
        "Is it normal that the dressing keeps filling with blood? I've changed it twice tonight.",
        U,
    ),
    (
        "en",
        "Is it normal to feel my heart pounding and a tight chest while lying still? Had the"
        " cement yesterday.",
        U,
    ),
    ("en", "Is it normal to have a bit of bruising around the needle mark?", Q),
    (
        "es",
        "¿Es normal que la herida esté hinchada, caliente y suelte pus? Me operaron hace cuatro"
        " días.",
        U,
    ),
    ("es", "¿Es normal tener un poco de moratón donde me pincharon?", Q),
    (
        "fr",
        "C'est normal que j'aie du mal à respirer même assise au fauteuil ? Opérée avant-hier.",
        U,
    ),
    ("fr", "C'est normal d'avoir un petit bleu autour de la piqûre ?", Q),
    ("de", "Ist es normal, dass die Wunde eitert und heiß ist? Tag 4 nach der OP.", U),
    ("de", "Ist es normal, dass die Einstichstelle noch ein bisschen blau ist?", Q),
    ("pt", "É normal que o curativo esteja encharcado de sangue? Fiz o procedimento ontem.", U),
    ("pt", "É normal ter um pouquinho de roxo onde entrou a agulha?", Q),
    ("vi", "Chỗ chích sưng đỏ, chảy mủ, người sốt, có bình thường không? Mổ được 3 ngày rồi.", U),
    ("vi", "Chỗ chích hơi bầm một chút có bình thường không?", Q),
    ("zh-Hans", "针眼红肿流脓，还发烧，正常吗？做完3天了。", U),
    ("zh-Hans", "针眼有点青，正常吗？", Q),
    ("ar", "هل من الطبيعي ان يكون مكان الابره منتفخ وسخن وفيه صديد؟ صار على العمليه ثلاث ايام.", U),
    ("ar", "هل الزرقه الخفيفه مكان الابره طبيعيه؟", Q),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND17_KINDS)
def test_urgent_kinds_17(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND17_KINDS if locale == tag]
        assert rows.count(U) >= 2 and rows.count(Q) >= 3, tag
