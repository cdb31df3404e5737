"""Urgent signs by kind, written AHEAD of any set (session 26, issue 17).

No new blind set was studied: the kinds were written from how patients, relatives and care
staff write, in eight locales, in situations of our own, urgent rows and controls of each kind:

1. the procedure's expected states told with sign words, as questions or plans (sedation,
   "will I be knocked out", "vou estar apagado", 会不会昏过去; the local anaesthetic's numb skin;
   pressure or warmth while the cement goes in; lying flat on the table): quiet; the same words
   as a report after the procedure, at home or on the ward: urgent;
2. a sign asked about in the future or conditional ("will I bleed", "voy a tener fiebre",
   "est-ce que je vais", "werde ich", "sẽ", 会, "هل سأ"): quiet; the present or perfect of the
   same sign: urgent;
3. a medicine's side effect asked about ("can the painkillers make me dizzy?"): quiet; a side
   effect happening now ("since the new painkillers she is very confused"): urgent;
4. an urgent episode treated and over, with an ordinary question after it: quiet; one still
   going on or back again: urgent;
5. a sign in someone else on the ward or in the waiting room: a story about another patient's
   past is quiet; an emergency happening now in a person present alerts.
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

AHEAD26_KINDS = [
    # 1. expected states of the procedure, asked or planned, against the same words reported
    ("en", "Will I be knocked out for the cement procedure or awake the whole time?", Q),
    ("en", "Is it normal to feel pressure in the back while they push the cement in?", Q),
    ("en", "Will the numbing injection make my skin numb for long afterwards?", Q),
    ("en", "How long do I have to lie flat on the table during the vertebroplasty?", Q),
    ("en", "Since I got home from the vertebroplasty I keep blacking out when I stand.", U),
    (
        "en",
        "Mum's back is numb around the needle site and now both her legs are numb too, she had the cement on Monday.",
        U,
    ),
    ("es", "¿Voy a estar dormido o inconsciente durante la vertebroplastia?", Q),
    ("es", "¿Se nota calor en la espalda cuando meten el cemento?", Q),
    ("es", "Desde que llegué a casa después del cemento me desmayo cada vez que me levanto.", U),
    (
        "es",
        "Mi padre tiene la espalda dormida y ahora también las dos piernas, lo operaron ayer.",
        U,
    ),
    ("fr", "Je serai endormie pendant la vertébroplastie ou réveillée ?", Q),
    ("fr", "Est-ce qu'on sent une pression dans le dos quand ils injectent le ciment ?", Q),
    (
        "fr",
        "Depuis mon retour à la maison après le ciment, je perds connaissance plusieurs fois.",
        U,
    ),
    ("de", "Werde ich bei der Vertebroplastie schlafen oder bin ich wach?", Q),
    ("de", "Wie lange muss ich beim Eingriff flach auf dem Tisch liegen?", Q),
    ("de", "Seit ich nach der Vertebroplastie zu Hause bin, werde ich immer wieder ohnmächtig.", U),
    ("pt", "Vou estar acordado ou apagado durante a vertebroplastia?", Q),
    ("pt", "A anestesia local deixa a pele dormente por quanto tempo?", Q),
    ("pt", "Desde que cheguei em casa depois do cimento eu apago toda vez que levanto.", U),
    ("vi", "Khi bơm xi măng tôi có bị mê không hay vẫn tỉnh?", Q),
    ("vi", "Lúc bơm xi măng có thấy nóng ở lưng không?", Q),
    ("vi", "Từ lúc về nhà sau khi bơm xi măng tôi cứ bị ngất mỗi khi đứng dậy.", U),
    ("zh-Hans", "做骨水泥的时候我会不会昏过去？还是清醒的？", Q),
    ("zh-Hans", "打骨水泥时背上会有压迫感和发热吗？", Q),
    ("zh-Hans", "做完骨水泥回家以后我一站起来就昏过去，已经两次了。", U),
    ("ar", "هل سأكون نائماً أثناء عملية الإسمنت أم مستيقظاً؟", Q),
    ("ar", "هل أحس بضغط في الظهر لما يحقنون الإسمنت؟", Q),
    ("ar", "من يوم رجعت البيت بعد الإسمنت وأنا أغيب عن الوعي كل ما أقوم.", U),
    ("pt", "Meu filho quer saber se a perna fica dormente depois da anestesia.", Q),
    ("pt", "A perna do meu pai ficou dormente desde ontem à noite, fez o cimento na sexta.", U),
    ("vi", "Sau khi gây tê chỗ kim chích da có bị tê không?", Q),
    ("vi", "Bố tôi về nhà từ hôm qua, giờ hai chân tê liệt không đứng được.", U),
    ("zh-Hans", "打完麻药以后皮肤会麻多久？", Q),
    ("zh-Hans", "我爸回家后腰麻，现在两条腿也麻了，站不起来。", U),
    # 2. future or conditional, against the present or perfect of the same sign
    ("en", "Will my legs go weak after the cement sets?", Q),
    ("en", "Would I get a fever from the cement a few days later?", Q),
    ("en", "My legs have gone weak since the cement yesterday and I can't stand.", U),
    ("en", "I've got a fever of 39 tonight, two days after the vertebroplasty.", U),
    ("es", "¿Voy a tener fiebre después de la vertebroplastia?", Q),
    ("es", "¿Sangrará mucho la herida cuando me quiten el apósito?", Q),
    ("es", "Tengo fiebre de 39 desde anoche, me pusieron el cemento el martes.", U),
    ("es", "La herida sangra mucho desde que me quité el apósito esta mañana.", U),
    ("fr", "Est-ce que je vais avoir de la fièvre après le ciment ?", Q),
    ("fr", "Aurai-je du mal à respirer après la vertébroplastie ?", Q),
    ("fr", "J'ai du mal à respirer depuis ce matin, j'ai eu le ciment hier.", U),
    ("de", "Werde ich nach der Vertebroplastie Fieber bekommen?", Q),
    ("de", "Würden meine Beine danach taub werden?", Q),
    ("de", "Ich habe seit heute Nacht 39 Fieber, die Vertebroplastie war vorgestern.", U),
    ("de", "Meine Beine sind seit dem Eingriff gestern taub geworden.", U),
    ("pt", "Vou ter febre depois da vertebroplastia?", Q),
    ("pt", "Terei dificuldade para respirar depois do cimento?", Q),
    ("pt", "Estou com febre de 39 desde ontem à noite, fiz o cimento na segunda.", U),
    ("vi", "Sau khi bơm xi măng tôi có sẽ bị sốt không?", Q),
    ("vi", "Chân tôi sẽ bị yếu sau thủ thuật không?", Q),
    ("vi", "Tôi bị sốt 39 độ từ tối qua, mới bơm xi măng hôm thứ hai.", U),
    ("zh-Hans", "做完骨水泥以后会发烧吗？", Q),
    ("zh-Hans", "术后腿会不会没力气？", Q),
    ("zh-Hans", "昨天做了骨水泥，今晚发烧三十九度。", U),
    ("ar", "هل سأصاب بالحمى بعد عملية الإسمنت؟", Q),
    ("ar", "رح يصير معي ضيق نفس بعد العملية؟", Q),
    ("ar", "عندي حرارة 39 من امبارح بالليل، عملت الإسمنت يوم الاثنين.", U),
    ("es", "Mi hija pregunta si después de la sedación voy a estar confundida.", Q),
    ("fr", "Mon mari va-t-il être confus après la sédation ?", Q),
    (
        "fr",
        "Depuis hier soir mon mari est confus et ne me reconnaît plus, il a eu le ciment lundi.",
        U,
    ),
    ("de", "Wird meine Mutter nach der Sedierung verwirrt sein?", Q),
    (
        "de",
        "Meine Mutter ist seit heute Morgen verwirrt und erkennt uns nicht, Zement am Montag.",
        U,
    ),
    ("ar", "هل رح تنمل رجلي بعد البنج الموضعي؟", Q),
    ("ar", "رجلين أبوي صارت منملة من الصبح وما يقدر يوقف، عمل الإسمنت أمس.", U),
    # 3. a medicine's side effect asked about, against one happening now
    ("en", "Can the painkillers they give after the procedure make me dizzy or confused?", Q),
    ("en", "Does the sedation cause confusion in old people?", Q),
    (
        "en",
        "Since the new painkillers after her cement, Gran is very confused and fell twice today.",
        U,
    ),
    ("es", "¿Los calmantes de después pueden dar mareos o confusión?", Q),
    ("es", "Desde los calmantes nuevos mi madre está muy confundida y no me reconoce.", U),
    ("fr", "Est-ce que les antidouleurs peuvent rendre confus les personnes âgées ?", Q),
    (
        "fr",
        "Depuis les nouveaux antidouleurs, mon père est très confus et ne sait plus où il est.",
        U,
    ),
    ("de", "Können die Schmerzmittel nach dem Eingriff Verwirrtheit machen?", Q),
    (
        "de",
        "Seit den neuen Schmerzmitteln ist meine Mutter sehr verwirrt und erkennt mich nicht.",
        U,
    ),
    ("pt", "Os analgésicos podem deixar a pessoa confusa?", Q),
    ("pt", "Desde os remédios novos para dor minha mãe está muito confusa e caiu duas vezes.", U),
    ("vi", "Thuốc giảm đau sau thủ thuật có làm lú lẫn không?", Q),
    ("vi", "Từ khi uống thuốc giảm đau mới mẹ tôi lú lẫn, không nhận ra con cháu.", U),
    ("zh-Hans", "止痛药会不会让老人糊涂？", Q),
    ("zh-Hans", "自从换了新的止痛药，我妈一直糊涂，今天还摔了两次。", U),
    ("ar", "هل مسكنات الألم ممكن تسبب دوخة أو تشوش؟", Q),
    ("ar", "من يوم بدأ المسكن الجديد أبوي صاير مشوش وما يعرفنا.", U),
    ("en", "Would the sedation make my husband confused for the rest of the day?", Q),
    (
        "en",
        "My husband has been confused since the sedation yesterday and doesn't know where he is.",
        U,
    ),
    # 4. an urgent episode treated and over, against one still going on or back
    ("en", "They treated my fever on the ward and I'm home and well now. When can I shower?", Q),
    ("en", "The fever they treated on the ward is back tonight, 38.9.", U),
    (
        "es",
        "En la planta me trataron la fiebre y ya estoy bien en casa. ¿Cuándo me puedo duchar?",
        Q,
    ),
    ("es", "La fiebre que me trataron en el hospital ha vuelto esta noche.", U),
    (
        "fr",
        "On m'a soigné la fièvre à l'hôpital, je suis rentré et je vais bien. Quand puis-je me doucher ?",
        Q,
    ),
    ("fr", "La fièvre qu'on m'a soignée à l'hôpital est revenue ce soir.", U),
    (
        "de",
        "Das Fieber wurde auf Station behandelt, jetzt bin ich zu Hause und fit. Wann darf ich duschen?",
        Q,
    ),
    ("de", "Das Fieber, das auf Station behandelt wurde, ist heute Abend wieder da.", U),
    ("pt", "Trataram minha febre no hospital e já estou bem em casa. Quando posso tomar banho?", Q),
    ("pt", "A febre que trataram no hospital voltou hoje à noite.", U),
    ("vi", "Ở viện đã chữa hết sốt, giờ tôi về nhà khỏe rồi. Khi nào tôi được tắm?", Q),
    ("vi", "Cơn sốt đã được chữa ở viện nay lại sốt lại tối nay.", U),
    ("zh-Hans", "住院时发烧已经治好了，现在回家挺好的，什么时候能洗澡？", Q),
    ("zh-Hans", "住院时治好的发烧今晚又烧起来了。", U),
    ("ar", "عالجوا الحرارة في المستشفى وأنا الحين بخير في البيت. متى أقدر أتحمم؟", Q),
    ("ar", "الحرارة اللي عالجوها في المستشفى رجعت الليلة.", U),
    (
        "en",
        "They gave Dad antibiotics on the ward for the fever and he is back home and fine now. Can he use the stairs?",
        Q,
    ),
    # 5. someone else on the ward or in the waiting room
    (
        "en",
        "The lady in the bed by the window bled through her dressing after her op. Can I shower with mine?",
        Q,
    ),
    (
        "en",
        "The man in the next bed is struggling to breathe after his op. Will I go home today?",
        U,
    ),
    (
        "fr",
        "Le voisin de chambre a eu les jambes engourdies après son opération. Et moi, je sors quand ?",
        Q,
    ),
    (
        "es",
        "El señor de la cama de al lado se desmayó después de su operación. ¿Yo cuándo me voy?",
        U,
    ),
    (
        "en",
        "The man in the next bed had a fever after his op last week. Will I be allowed home tomorrow?",
        Q,
    ),
    (
        "en",
        "The man in the bed opposite me can't breathe right now and nobody is coming, what do I do?",
        U,
    ),
    (
        "es",
        "Una señora en la sala de espera contó que tuvo fiebre después de la suya. ¿Cuánto dura la mía?",
        Q,
    ),
    ("es", "El señor de la cama de al lado no puede respirar ahora mismo, ¿qué hago?", U),
    (
        "fr",
        "La dame de la chambre d'à côté a eu de la fièvre après la sienne. Combien de temps je reste ?",
        Q,
    ),
    (
        "fr",
        "Le monsieur du lit d'à côté n'arrive plus à respirer maintenant, que dois-je faire ?",
        U,
    ),
    ("de", "Die Frau im Nachbarbett hatte nach ihrem Eingriff Fieber. Wann darf ich heim?", Q),
    ("de", "Der Mann im Nachbarbett bekommt gerade keine Luft, was soll ich tun?", U),
    ("pt", "A senhora do leito ao lado teve febre depois da dela. Quando eu vou para casa?", Q),
    ("pt", "O senhor da cama ao lado não consegue respirar agora, o que eu faço?", U),
    ("vi", "Bà giường bên cạnh bị sốt sau thủ thuật của bà ấy. Khi nào tôi được về?", Q),
    ("vi", "Ông giường bên cạnh đang không thở được, tôi phải làm gì?", U),
    ("zh-Hans", "隔壁床的阿姨做完后发过烧，我什么时候能出院？", Q),
    ("zh-Hans", "隔壁床的大爷现在喘不上气，我该怎么办？", U),
    ("ar", "الست اللي في السرير جنبي جاتها حرارة بعد عمليتها. أنا متى أروح البيت؟", Q),
    ("ar", "الرجال اللي في السرير جنبي ما يقدر يتنفس الحين، وش أسوي؟", U),
    ("en", "The lady waiting next to me in the clinic just fainted and isn't waking up.", U),
]

# Another patient's serious sign now, with the writer's own question in the same sentence: the
# question mark makes the whole sentence an asking one ("will I be ok?" is read as asking about
# the sign). Written in doubt as urgent; a gap left for a later round.
KNOWN_GAPS_26 = [
    ("en", "The man in the next bed has just collapsed after his op, will I be ok?", U),
]


@pytest.mark.parametrize("locale, text, urgent", KNOWN_GAPS_26)
@pytest.mark.xfail(strict=True, reason="the writer's own question in the sign's sentence")
def test_known_gaps_26(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent


@pytest.mark.parametrize("locale, text, urgent", AHEAD26_KINDS)
def test_urgent_kinds_26(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in AHEAD26_KINDS if locale == tag]
        assert rows.count(U) >= 2 and rows.count(Q) >= 3, tag
