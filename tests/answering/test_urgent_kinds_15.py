"""Urgent signs by kind, the fifteenth blind set's (tests/data/urgent_blind_15/, issue 17).

Its misses and false alarms were read as kinds, not sentences, and each kind written here in
situations of our own (other people, other readings, other body words) in the locales where it
applies, urgent rows and controls of the same kind. Its new mechanism is the number: a reading
is urgent by its value (``faqsvc/answering/urgent_readings.py``), so readings stand here on both
sides of each line. Never a blind message's words or situation. The word model is fitted on
these rows too (``scripts/fit_urgent_model.py`` reads ``BLIND15_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND15_KINDS = [
    # --- A: a sign given as a reading over the line (a temperature of 38 or more however written, a pulse of 120 or more, oxygen under 92 %, hours without passing water, pads soaked)
    (
        "en",
        "Just took my temperature with the ear thermometer, it says 38.6, two days after the cement.",
        U,
    ),
    ("en", "Temp 101.8 F tonight, had the back injection on Monday.", U),
    ("en", "Dad's pulse on the finger clip reads 134 and he had the procedure this morning.", U),
    ("en", "The oxygen clip says 88% for my wife since she came home from the vertebroplasty.", U),
    ("en", "It's been 11 hours and I still haven't been able to pee since the injection.", U),
    ("en", "I've gone through three pads in an hour, the dressing keeps soaking through.", U),
    ("es", "Me puse el termómetro y marca 38,7, me hicieron la vertebroplastia el martes.", U),
    ("es", "Mi padre tiene el pulso a 128 desde que volvió del hospital esta tarde.", U),
    ("es", "El pulsioxímetro le marca 87 de saturación a mi abuela desde la operación.", U),
    ("es", "Llevo 10 horas sin poder orinar después del cemento.", U),
    ("fr", "Le thermomètre affiche 38°9 ce soir, j'ai eu la vertébroplastie avant-hier.", U),
    ("fr", "Mon pouls est à 132 depuis ce midi, opéré hier.", U),
    ("fr", "L'oxymètre indique 89 % chez mon mari depuis qu'il est rentré de l'intervention.", U),
    ("fr", "Ça fait 9 heures que je n'arrive pas à uriner depuis la piqûre.", U),
    ("de", "Das Fieberthermometer zeigt 38,8, die Zementspritze war vorgestern.", U),
    ("de", "Der Puls meines Vaters liegt bei 136, seit er heute aus der Klinik kam.", U),
    ("de", "Das Pulsoximeter zeigt bei mir 86 % Sauerstoff seit der Behandlung.", U),
    ("de", "Ich war seit 12 Stunden nicht mehr pinkeln, obwohl ich viel trinke, seit der OP.", U),
    ("pt", "O termômetro marcou 38,9 agora à noite, fiz a vertebroplastia anteontem.", U),
    ("pt", "A pulsação da minha mãe está em 130 desde que voltou do hospital.", U),
    ("pt", "O oxímetro mostra 88 de saturação no meu pai desde a cirurgia.", U),
    ("pt", "Faz 10 horas que não consigo fazer xixi depois do procedimento.", U),
    ("vi", "Nhiệt kế đo được 38,8 độ tối nay, tôi mới bơm xi măng hôm qua.", U),
    ("vi", "Mạch của bố tôi 135 lần một phút từ lúc về nhà sau thủ thuật.", U),
    ("vi", "Máy đo kẹp ngón tay chỉ SpO2 88% từ sau khi mổ.", U),
    ("vi", "Đã 10 tiếng rồi tôi không đi tiểu được từ sau khi bơm xi măng.", U),
    ("zh-Hans", "刚量了体温38度6，前天做的骨水泥。", U),
    ("zh-Hans", "我爸心率一直130多，今天下午刚做完手术回家。", U),
    ("zh-Hans", "手指夹的血氧仪显示只有88，做完椎体成形术以后一直这样。", U),
    ("zh-Hans", "做完手术到现在10个小时了一直尿不出来。", U),
    ("ar", "قست الحرارة الحين طلعت ٣٨٫٧ وأنا مسوي العملية أمس.", U),
    ("ar", "نبض أبوي ١٣٠ من رجع من المستشفى اليوم.", U),
    ("ar", "جهاز الأكسجين على إصبعي يقول ٨٧ من بعد العملية.", U),
    ("ar", "صار لي ١٠ ساعات ما قدرت أتبول من بعد الحقنة.", U),
    ("en", "My heart rate on the watch has been 126 since I lay down after the op.", U),
    ("fr", "38°4 ce matin et des frissons, ponction avant-hier.", U),
    ("de", "Heute früh 38°5 und Schüttelfrost, die Spritze war vorgestern.", U),
    ("es", "Tengo 101 F desde anoche y me hicieron la vertebroplastia el lunes.", U),
    ("pt", "Estou com 38°7 desde ontem, fiz a cirurgia na segunda.", U),
    ("zh-Hans", "体温一直39度，前天刚打的骨水泥。", U),
    ("vi", "Mẹ tôi mạch 128, thở nhanh từ tối qua sau khi bơm xi măng.", U),
    ("ar", "حرارتي ٣٩ ومعي رجفة من بعد العملية.", U),
    # --- B: the same readings under the line (quiet)
    ("en", "Took my temperature this evening, 37.1, is that all right two days after?", Q),
    (
        "en",
        "My pulse is 78 and oxygen 97% on the finger clip, just checking everything looks fine after the procedure.",
        Q,
    ),
    ("en", "Mum's temp was 36.9 this morning, do we need to keep checking it every day?", Q),
    ("es", "Me tomé la temperatura y tengo 36,8, ¿hace falta seguir midiéndola?", Q),
    ("es", "La saturación me da 98 y el pulso 72, ¿está todo bien después de la intervención?", Q),
    ("fr", "J'ai pris ma température, 37,2, faut-il continuer à la surveiller ?", Q),
    ("fr", "Mon pouls est à 80 et la saturation à 96, c'est normal après l'intervention ?", Q),
    ("de", "Hab heute Abend 37,0 gemessen, muss ich das weiter kontrollieren?", Q),
    ("de", "Puls 74 und Sauerstoff 98 %, ist das in Ordnung nach dem Eingriff?", Q),
    ("pt", "Medi a temperatura e deu 36,7, preciso continuar medindo?", Q),
    ("pt", "Oxigênio 97 e pulso 76, está tudo certo depois do procedimento?", Q),
    ("vi", "Tôi đo nhiệt độ được 36,9 độ, có cần đo tiếp không?", Q),
    ("vi", "Mạch 76, SpO2 98%, như vậy sau thủ thuật là ổn phải không?", Q),
    ("zh-Hans", "量了体温36度8，术后还要天天量吗？", Q),
    ("zh-Hans", "心率75，血氧98，术后这样算正常吧？", Q),
    ("ar", "قست حرارتي الصبح ٣٦٫٩، لازم أقيسها كل يوم؟", Q),
    ("ar", "النبض ٧٥ والأكسجين ٩٨، هل هذا تمام بعد العملية؟", Q),
    (
        "en",
        "My heart rate on the watch is 104 after walking up the stairs, it settles after a minute.",
        Q,
    ),
    (
        "en",
        "The oxygen clip says 93 to 95 on Mum, who has always had COPD, same as before the procedure.",
        Q,
    ),
    ("en", "Last wee was about 3 hours ago, how much should I be drinking after the procedure?", Q),
    ("en", "I used one small dressing pad today and it only had a spot on it, can I shower?", Q),
    ("vi", "Tôi đo mạch 88, nhiệt độ 36,7 độ, có cần đi khám lại không?", Q),
    (
        "de",
        "Mein Puls liegt bei 112 nach dem Treppensteigen, nach ein paar Minuten ist er wieder bei 80. Ist das normal?",
        Q,
    ),
    ("es", "Tengo el pulso a 110 después de subir la escalera, luego baja a 80. ¿Es normal?", Q),
    ("fr", "Le thermomètre indique 37°4, c'est de la fièvre ?", Q),
    ("pt", "Deu 37,6 no termômetro, isso já é febre?", Q),
    ("ar", "الحرارة ٣٧٫٥، هل هذا يعتبر حمى؟", Q),
    ("zh-Hans", "体温37度4，这算发烧吗？", Q),
    # --- C: a real sign told hesitantly ("probably nothing, but", "not sure if it matters")
    (
        "en",
        "Probably nothing, but since this afternoon I can't really feel my bum when I sit on the loo.",
        U,
    ),
    (
        "en",
        "Maybe I'm overthinking it, but my chest has felt tight and heavy since I got home from the injection.",
        U,
    ),
    ("es", "No sé si es importante, pero desde anoche me cuesta respirar cuando me tumbo.", U),
    (
        "fr",
        "C'est peut-être rien, mais depuis ce matin j'ai les jambes toutes molles et je n'arrive plus à les soulever.",
        U,
    ),
    (
        "de",
        "Vielleicht bilde ich mir das ein, aber seit heute Mittag fühlt sich mein Bein ganz taub an.",
        U,
    ),
    ("pt", "Pode ser bobagem, mas desde ontem à noite estou com falta de ar deitada.", U),
    ("vi", "Chắc không sao đâu, nhưng từ tối qua tôi thở hụt hơi khi nằm xuống.", U),
    ("zh-Hans", "可能是我想多了，从昨晚开始躺下就喘不上气。", U),
    ("ar", "يمكن ما فيه شي، بس من امبارح وأنا ما أقدر آخذ نفسي وأنا نايم.", U),
    (
        "de",
        "Keine Ahnung ob das wichtig ist, aber mein Urin ist seit dem Eingriff dunkelrot, und ich hab nichts Rotes gegessen.",
        U,
    ),
    (
        "en",
        "Not sure if I'm worrying over nothing, but my wee has been dark red since this morning and I haven't had beetroot.",
        U,
    ),
    (
        "en",
        "Sorry if this is silly, I keep sitting on the loo but only a dribble comes out and it's numb between my legs since yesterday's injection.",
        U,
    ),
    ("en", "Any chance this is serious? My legs went numb an hour ago.", U),
    # --- D: a sign told through daily life (the stairs, wet clothes without noticing, odd things done or said)
    (
        "en",
        "Since the op Grandad keeps calling me by my dad's name and asked me twice what year it is.",
        U,
    ),
    (
        "en",
        "My husband couldn't get up our three steps this evening, his legs just folded under him.",
        U,
    ),
    (
        "en",
        "I've wet the bed twice since yesterday's procedure and I didn't even feel it happen.",
        U,
    ),
    (
        "es",
        "Mi abuelo desde la operación me llama por el nombre de mi tío y no sabe en qué día estamos.",
        U,
    ),
    ("es", "Desde ayer me he hecho pis encima dos veces sin darme cuenta.", U),
    (
        "fr",
        "Depuis l'opération ma mère met le sucre dans le frigo et ne reconnaît plus la maison.",
        U,
    ),
    ("fr", "Depuis hier je me suis fait pipi dessus deux fois sans m'en rendre compte.", U),
    ("de", "Seit dem Eingriff erkennt Opa sein eigenes Wohnzimmer nicht und redet wirres Zeug.", U),
    (
        "de",
        "Heute Abend kam mein Mann die drei Stufen zur Haustür nicht mehr hoch, die Beine haben einfach nachgegeben.",
        U,
    ),
    ("pt", "Desde a cirurgia meu avô chama a gente por nomes errados e não sabe onde está.", U),
    ("pt", "Desde ontem fiz xixi na roupa duas vezes sem perceber.", U),
    ("vi", "Từ sau khi mổ ông tôi cứ gọi nhầm tên con cháu và không biết mình đang ở đâu.", U),
    ("zh-Hans", "我奶奶做完手术以后老把孙子叫成别人的名字，也不知道自己在哪儿。", U),
    ("zh-Hans", "昨天做完以后尿了两次裤子，自己一点感觉都没有。", U),
    ("ar", "جدي من بعد العملية يناديني باسم عمي وما يعرف احنا في أي يوم.", U),
    ("ar", "من امبارح بللت نفسي مرتين وما حسيت.", U),
    (
        "en",
        "Since the procedure Nan has put her slippers in the fridge and keeps asking for her husband, who died ten years ago.",
        U,
    ),
    (
        "de",
        "Seit der OP muss ich ständig frische Unterhosen anziehen, ich spür einfach nicht mehr, wann die Blase voll ist.",
        U,
    ),
    (
        "en",
        "I've had to change my knickers four times today, I just can't tell anymore when I need to go, it started after the op.",
        U,
    ),
    # --- E: a sign asked about in the future or a condition, around the sedation (quiet)
    (
        "en",
        "Could I end up muddled for a while after the sedation? My son wants to know before Thursday.",
        Q,
    ),
    (
        "es",
        "¿Puede uno quedarse desorientado después de la sedación? Mi hija lo pregunta antes de la cita.",
        Q,
    ),
    (
        "fr",
        "Est-ce qu'on peut être un peu confus au réveil de la sédation ? Ma fille s'inquiète pour la semaine prochaine.",
        Q,
    ),
    (
        "de",
        "Kann man nach der Sedierung eine Weile verwirrt sein? Mein Sohn fragt das vor dem Termin.",
        Q,
    ),
    (
        "pt",
        "A gente pode ficar meio confusa depois da sedação? Meu filho quer saber antes da consulta.",
        Q,
    ),
    (
        "vi",
        "Sau khi gây mê nhẹ có thể bị lú lẫn một lúc không? Con tôi muốn biết trước ngày hẹn.",
        Q,
    ),
    ("zh-Hans", "镇静以后会不会有一阵子糊里糊涂的？我儿子想在预约之前问清楚。", Q),
    ("ar", "هل ممكن الواحد يصير مشوش شوي بعد التخدير؟ ولدي يبي يعرف قبل الموعد.", Q),
    (
        "en",
        "Is there any chance I'll wake up from the anaesthetic not recognising anyone? My daughter keeps asking.",
        Q,
    ),
    (
        "pt",
        "Meu marido quer saber se depois da anestesia eu vou ficar falando coisa sem sentido. Isso é comum?",
        Q,
    ),
    ("en", "Any chance I will be breathless after the cement goes in?", Q),
    # --- F: a sign of a cause the patient already knows, no different since the procedure (quiet)
    (
        "en",
        "My fingers have been numb at night for years from carpal tunnel, no different since the cement. Can I still use a wrist splint?",
        Q,
    ),
    (
        "en",
        "I've smoked for forty years and always cough in the mornings, same as before the procedure. Can I use nicotine patches?",
        Q,
    ),
    (
        "es",
        "Soy diabética desde hace veinte años y siempre tengo los pies dormidos, igual que antes de la vertebroplastia. ¿Se lo digo al médico?",
        Q,
    ),
    (
        "fr",
        "J'ai de la goutte depuis des années et le gros orteil gonfle de temps en temps, comme avant l'intervention. Je peux prendre ma colchicine ?",
        Q,
    ),
    (
        "de",
        "Ich habe seit meiner Kindheit Asthma und pfeife manchmal beim Atmen, wie immer, auch vor dem Eingriff. Darf ich mein Spray weiter nehmen?",
        Q,
    ),
    (
        "pt",
        "Tenho diabetes há quinze anos e os pés sempre formigam, igual antes do procedimento. Preciso avisar o médico?",
        Q,
    ),
    (
        "vi",
        "Tôi bị tiểu đường mười năm nay, chân lúc nào cũng tê, trước và sau khi mổ vẫn vậy. Có cần báo bác sĩ không?",
        Q,
    ),
    ("zh-Hans", "我痛风好多年了，大脚趾时不时肿一下，跟手术前一样。还能吃秋水仙碱吗？", Q),
    ("ar", "عندي سكري من عشرين سنة ورجلي دايم فيها تنميل، نفس قبل العملية. لازم أقول للدكتور؟", Q),
    # --- G: urgent words in ordinary questions: a clotting test, an ECG, a breathing exerciser (quiet)
    ("en", "Do I need a clotting test before the procedure if I take warfarin?", Q),
    ("en", "Will they do an ECG before the vertebroplasty, and should I bring my old one?", Q),
    (
        "en",
        "The nurse gave me a breathing exerciser with a little ball, how many times a day should I use it?",
        Q,
    ),
    ("es", "¿Me harán un electrocardiograma antes de la vertebroplastia?", Q),
    ("fr", "Faut-il faire un bilan de coagulation avant l'intervention ?", Q),
    ("de", "Brauche ich vor dem Eingriff ein EKG und einen Gerinnungstest?", Q),
    ("pt", "Preciso fazer exame de coagulação antes da vertebroplastia?", Q),
    ("vi", "Trước khi bơm xi măng có cần đo điện tim và xét nghiệm đông máu không?", Q),
    ("zh-Hans", "做骨水泥之前要查凝血功能和心电图吗？", Q),
    ("ar", "هل لازم أسوي تحليل تخثر الدم وتخطيط القلب قبل العملية؟", Q),
    # --- H: a short fragment with typos and text-speak
    ("en", "cant breath propaly sinse the op help", U),
    ("de", "krieg kaum luft seit der op hilfe", U),
    ("ar", "mesh 2ader atnafes men sa3et el 3amaleya 😰", U),
    ("fr", "jarrive pu a respiré depui lop", U),
    ("fr", "jpeu pu respiré cmal depui lop", True),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND15_KINDS)
def test_urgent_kinds_15(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND15_KINDS if locale == tag]
        assert rows.count(U) >= 4 and rows.count(Q) >= 4, tag
