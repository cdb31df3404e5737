"""Urgent signs by kind, the nineteenth blind set's (tests/data/urgent_blind_19/, issue 17).

Its misses and false alarms were read as kinds, not sentences, and each kind written here in
situations of our own (other people, other body words, other objects) in the locales where it
applies, urgent rows and controls of the same kind:

* a sign played down ("probably nothing", "don't want to bother anyone", "غالبا مش ...") is
  still a sign: the minimising frame is no habit word ("غالبا", "usually") and a pain "going up
  into the jaw" is no exertion (urgent);
* a sign told through an object (blood on the tissue, the pillow, "mouchoirs pleins de sang en
  toussant", "Taschentuch voller Blut") is a report (urgent);
* a sign named as a word searched, typed or asked about ("why does the urgent box come up when I
  search for chest pain", "gõ chữ 'chảy máu'"), or in the discharge sheet's list of warning signs,
  is no report (quiet), while "I looked up leg numbness because my legs went numb" is;
* an animal whose owner is named after it ("the dog of my neighbour", "der Hund meiner
  Nachbarin") is still an animal (quiet), unless the writer's own sign follows (urgent);
* planning for a sign that has not happened, and the procedure's expected sensations (quiet).

Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND19_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND19_KINDS = [
    (
        "en",
        "Not worth a fuss I'm sure, but since lunchtime there's a tight band across my chest spreading up to my neck. Cement went in on Monday.",
        U,
    ),
    (
        "en",
        "My wife says it's probably nothing but her chest pain goes up into her jaw and left arm, she had the vertebroplasty yesterday.",
        U,
    ),
    (
        "en",
        "Usually I'd never message, it's likely nothing, but my husband has been throwing up blood since the morning after his procedure.",
        U,
    ),
    (
        "en",
        "Blood all over the tissue every time I cough since yesterday evening, vertebroplasty was on Friday.",
        U,
    ),
    (
        "en",
        "My neighbour's dog has been panting like mad in this heat. Can I walk him two weeks after the cement?",
        Q,
    ),
    (
        "en",
        "Our neighbour's horse is bleeding from a leg wound, can I help her lift hay after my vertebroplasty?",
        Q,
    ),
    (
        "en",
        "Why does the red urgent warning come up when I search for chest pain? I have none, I was just curious.",
        Q,
    ),
    (
        "en",
        "Does that emergency box appear for anyone who types the word bleeding? Asking for my brother.",
        Q,
    ),
    (
        "en",
        "The discharge sheet's danger signs (fever, numb legs, bleeding), could you email me another copy?",
        Q,
    ),
    (
        "en",
        "I looked up leg numbness online because both my legs went numb an hour ago, the cement was done on Tuesday.",
        U,
    ),
    ("en", "If I get a temperature over the weekend, who should I ring?", Q),
    (
        "en",
        "Is it normal to feel pressure and a bit of warmth in the back while the cement goes in?",
        Q,
    ),
    (
        "en",
        "Sorry to be a nuisance, probably just me being silly, but Dad keeps passing out since he came home from his vertebroplasty.",
        U,
    ),
    (
        "en",
        "My sister's cat has been coughing up blood, can I look after her after my vertebroplasty?",
        Q,
    ),
    (
        "es",
        "Seguro que no es nada y no quiero molestar, pero desde anoche tengo un dolor opresivo en el pecho que me sube hasta la mandíbula. Me operaron el lunes.",
        U,
    ),
    (
        "es",
        "Normalmente no escribo, seguramente no es nada, pero mi padre vomita sangre desde esta mañana; le hicieron la vertebroplastia ayer.",
        U,
    ),
    (
        "es",
        "El pañuelo lleno de sangre cada vez que toso, desde ayer por la tarde, tras la vertebroplastia.",
        U,
    ),
    (
        "es",
        "El gato de mi hermana respira muy rápido y jadea. ¿Puedo cuidarlo después de la vertebroplastia?",
        Q,
    ),
    (
        "es",
        "¿Por qué me sale el aviso de urgencias cuando busco dolor de pecho? No tengo nada, solo era curiosidad.",
        Q,
    ),
    (
        "es",
        "La hoja de alta con las señales de alarma (fiebre, piernas dormidas, sangrado), ¿me la pueden reenviar?",
        Q,
    ),
    (
        "es",
        'Busqué en internet "piernas dormidas" porque desde esta mañana no siento las piernas, me hicieron la vertebroplastia el martes.',
        U,
    ),
    ("es", "Si me da fiebre el fin de semana, ¿a quién llamo?", Q),
    (
        "es",
        "No quiero dar la lata, será una tontería, pero a mi madre le cuesta respirar desde que volvió de la vertebroplastia.",
        U,
    ),
    (
        "fr",
        "C'est sûrement rien et je veux pas déranger, mais j'ai une douleur qui serre la poitrine et qui monte dans la mâchoire depuis ce midi. Vertébroplastie mardi.",
        U,
    ),
    (
        "fr",
        "D'habitude je n'écris jamais, c'est sans doute rien, mais ma femme vomit du sang depuis ce matin, opérée hier.",
        U,
    ),
    (
        "fr",
        "Le mouchoir plein de sang à chaque fois que je tousse depuis hier soir, vertébroplastie vendredi.",
        U,
    ),
    (
        "fr",
        "Le chien de ma voisine halète beaucoup avec la chaleur. Puis-je le promener après ma vertébroplastie ?",
        Q,
    ),
    (
        "fr",
        "Pourquoi l'alerte rouge d'urgence s'affiche quand je tape le mot fièvre ? Je n'ai rien, je me renseignais.",
        Q,
    ),
    (
        "fr",
        "La liste des signes d'alerte de la fiche de sortie (fièvre, jambes engourdies, saignement), pouvez-vous me la renvoyer ?",
        Q,
    ),
    ("fr", "Si j'ai de la fièvre ce week-end, qui dois-je appeler ?", Q),
    (
        "fr",
        "Je ne veux pas vous embêter, c'est peut-être rien, mais mon mari ne sent plus ses jambes depuis ce matin, opéré lundi.",
        U,
    ),
    ("fr", "Le médecin m'a dit de chercher le mot thrombose sur internet, est-ce grave ?", Q),
    (
        "de",
        "Ist bestimmt nichts und ich will niemanden stören, aber seit Mittag drückt es in der Brust und zieht hoch in den Kiefer. Zement war am Montag.",
        U,
    ),
    (
        "de",
        "Normalerweise schreibe ich nie, wahrscheinlich nichts, aber mein Mann erbricht seit heute früh Blut, Vertebroplastie gestern.",
        U,
    ),
    (
        "de",
        "Das Taschentuch ist voller Blut, jedes Mal wenn ich huste, seit gestern Abend, nach der Vertebroplastie.",
        U,
    ),
    (
        "de",
        "Der Hund meiner Nachbarin hechelt ganz stark bei der Hitze. Darf ich ihn nach der Vertebroplastie ausführen?",
        Q,
    ),
    (
        "de",
        "Warum erscheint der rote Notfall-Hinweis, wenn ich nach Fieber suche? Ich habe keins, ich wollte es nur wissen.",
        Q,
    ),
    (
        "de",
        "Die Warnzeichen vom Entlassungsbrief (Fieber, taube Beine, Blutung), können Sie mir die nochmal schicken?",
        Q,
    ),
    ("de", "Wenn ich am Wochenende Fieber bekomme, wen soll ich anrufen?", Q),
    (
        "de",
        "Der Hund meiner Nachbarin hat mich umgerissen und jetzt spüre ich meine Beine nicht mehr, Vertebroplastie war Montag.",
        U,
    ),
    (
        "de",
        "Will keinen Aufwand machen, ist vielleicht nichts, aber meine Frau bekommt seit dem Eingriff gestern schlecht Luft.",
        U,
    ),
    (
        "pt",
        "Deve ser nada e não quero incomodar, mas desde o almoço tenho um aperto no peito que sobe para o queixo. Fiz a vertebroplastia na segunda.",
        U,
    ),
    (
        "pt",
        "Normalmente não escrevo, se calhar não é nada, mas o meu marido está a vomitar sangue desde manhã, fez a vertebroplastia ontem.",
        U,
    ),
    (
        "pt",
        "O lenço cheio de sangue sempre que tusso, desde ontem à noite, depois da vertebroplastia.",
        U,
    ),
    (
        "pt",
        "O cão da minha vizinha está sempre ofegante com este calor. Posso passeá-lo depois da vertebroplastia?",
        Q,
    ),
    (
        "pt",
        "Porque aparece o aviso vermelho de urgência quando escrevo dor no peito? Não tenho nada, era só curiosidade.",
        Q,
    ),
    (
        "pt",
        "A folha de alta com os sinais de alarme (febre, pernas dormentes, sangramento), podem mandar outra vez?",
        Q,
    ),
    ("pt", "Se tiver febre no fim de semana, para quem ligo?", Q),
    (
        "pt",
        "Desculpem incomodar, deve ser bobagem, mas a minha sogra desmaiou duas vezes desde que chegou da vertebroplastia.",
        U,
    ),
    (
        "pt",
        "Fico mal com sangue desde pequena, posso olhar para o penso depois da vertebroplastia?",
        Q,
    ),
    (
        "vi",
        "Chắc không có gì đâu, không muốn làm phiền, nhưng từ trưa ngực tôi bị đè nặng lan lên hàm. Tôi bơm xi măng hôm thứ hai.",
        U,
    ),
    ("vi", "Khăn giấy dính đầy máu mỗi lần tôi ho từ tối qua, sau khi bơm xi măng cột sống.", U),
    (
        "vi",
        "Con chó của hàng xóm tôi thở hổn hển vì nóng. Tôi dắt nó đi dạo được không sau khi bơm xi măng?",
        Q,
    ),
    (
        "vi",
        "Sao cứ gõ chữ 'chảy máu' là hiện thông báo khẩn cấp vậy? Tôi không bị gì, hỏi cho biết thôi.",
        Q,
    ),
    ("vi", "Nếu cuối tuần tôi bị sốt thì gọi ai?", Q),
    (
        "vi",
        "Xin lỗi làm phiền, chắc không sao, nhưng mẹ tôi từ sáng tới chừ thở không ra hơi, mới bơm xi măng hôm qua.",
        U,
    ),
    ("vi", "Gối của bố tôi sáng nay dính đầy máu khi ông ho, ông mới bơm xi măng cột sống.", U),
    (
        "zh-Hans",
        "可能没什么事，不想麻烦大家，但是从中午开始胸口压着疼，一直窜到下巴。周一做的骨水泥。",
        U,
    ),
    ("zh-Hans", "每次咳嗽纸巾上都是血，从昨晚开始，做完椎体成形术以后。", U),
    ("zh-Hans", "邻居家的狗热得一直喘粗气，我做完椎体成形术后能帮她遛狗吗？", Q),
    ("zh-Hans", '为什么我一搜"胸痛"就跳出紧急提示？我没有胸痛，只是好奇。', Q),
    ("zh-Hans", "出院须知上那些警示症状（发热、出血、腿没力气），能再发我一份吗？", Q),
    ("zh-Hans", "要是周末发烧了，我该打哪个电话？", Q),
    ("zh-Hans", "不好意思打扰，可能是我多想了，但我爸从医院回来后一直说胡话，认不出人。", U),
    ("zh-Hans", '我在网上搜了"腿麻"，因为从早上开始我两条腿都麻了，前天做的椎体成形术。', U),
    (
        "ar",
        "على الأغلب مش حاجة، وما بدي أزعج حدا، بس من الضهر في ضغط على صدري وطالع على فكي. عملت العملية الاثنين.",
        U,
    ),
    ("ar", "غالباً مش مهم، بس الجرح مكان الإبرة صاير أحمر وطالع منه قيح، عملت الإسمنت أمس.", U),
    ("ar", "المنديل مليان دم كل ما أكح من امبارح بالليل، بعد عملية الإسمنت.", U),
    ("ar", "كلب جارتي بيلهث كتير من الحر، بقدر أطلعه مشوار بعد العملية؟", Q),
    ("ar", "ليش بيطلع تنبيه الطوارئ لما أكتب كلمة حرارة؟ ما عندي شي، بس بسأل.", Q),
    ("ar", "إذا طلعت عندي حرارة بالويكند، مين أتصل؟", Q),
    ("ar", "آسف على الإزعاج، غالبا ولا شي، بس أمي من الصبح مش قادرة تتنفس، عملت العملية أمس.", U),
    ("ar", "المخدة صارت مليانة دم لما كحيت الليلة، عملت عملية الإسمنت من يومين.", U),
    ("ar", "كلب أختي بيعرج من امبارح، بقدر أمشيه بعد العملية؟", Q),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND19_KINDS)
def test_urgent_kinds_19(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND19_KINDS if locale == tag]
        assert rows.count(U) >= 2 and rows.count(Q) >= 3, tag
