"""Urgent signs by kind, the twenty-ninth blind set's kinds written AHEAD (session 34, issue 17).

Urgent set 29 (tests/data/urgent_blind_29/) stays unread: only its README and BRIEF were read,
which name its kinds. They were written here from how patients and relatives write, in eight
locales, in situations of our own, urgent rows and controls of each kind:

1. the sign as a device's reading or a count (44 rows, 26 urgent): a thermometer over 38, a
   finger clip under 92, a watch's pulse racing or under 45, pads or gauzes soaked one after
   another, trips to the toilet with only drops; controls: a temperature a little over normal
   that has gone down, an oximeter at a COPD patient's usual value, a pulse up after the
   stairs and settled, what reading should make one seek help. New: a reading over the line
   is no sign of exertion ("the oximeter reads 87 and drops when I walk": ``urgent._told_before``),
   the finger clip and the "Pulsoxymeter" name an oxygen reading, a number may stand before
   "de pouls" (``urgent_readings``), gauzes or pads counted and full of blood (zh, ar), trips
   to the toilet counted with only drops (vi);
2. two languages mixed in one message (33 rows, 17 urgent): Spanish with English or Catalan,
   French with Moroccan Arabic, German with Turkish or Russian, Portuguese with French or
   Japanese, Chinese, Vietnamese and Arabic with English or French, English with Hindi or
   Polish; Chinese 不认得人 and an English "confused" inside Chinese are confusion;
3. the sign told only as what someone else noticed or said (33 rows, 17 urgent): a spouse, a
   grandchild, a neighbour, a carer; controls: snoring after the sedation, now gone, a small
   bruise seen by a daughter; Spanish "hablo raro", "no se me entiende" are confusion;
4. look-alikes of the new reading rules (14 rows, 5 urgent): a fever of 38 last night and 36.9
   this morning has gone down (``urgent_readings.fell_back``: a fever read under 39, the
   last temperature after it under 37.5), while 38.2 then 39.1 has not.

124 rows (65 urgent, 59 quiet). The first 106 (blocks 1-3 but four mixed-language rows of
block 2) were written before any change: 5 failed with the model on the code before (10 by the
rules alone; by kind 3, 1, 1), one of them a control that still alerts after the change, "Darf
ich nach dem Eingriff zum Sport, spor salonu, oder ist die Atmung dann zu schwer?" (a question
whether breathing will be too hard, read as a report): it is ``KNOWN_GAPS_29``, and block 2
holds it reworded ("... oder bekomme ich dann zu schwer Luft beim Laufen?", quiet before and
after). 18 more were written after the first change (block 4 and four rows of block 2): 3
failed on the code before (4 by the rules alone), 1 after the first change (the fever that
went down). All pass by the rules alone.

Never a blind message's words or situation, and never set 29's messages: its aggregate and
per-locale figures were printed only to report them. The word model is fitted on these rows
too (``scripts/fit_urgent_model.py`` reads ``AHEAD29_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

AHEAD29_KINDS = [
    # 1. the sign as a device's reading or a count (urgent); a normal or settled reading, a
    # question in general about what reading means help (controls)
    (
        "en",
        "Thermometer just said 39.2 and I'm shivering under two duvets, back was done Wednesday.",
        U,
    ),
    ("en", "The finger clip thing reads 87 and keeps dropping when I walk to the kitchen.", U),
    (
        "en",
        "Dad's watch has his pulse at 142 sitting in the chair, it's been like that an hour.",
        U,
    ),
    ("en", "Third pad soaked through since teatime where the needle went in.", U),
    (
        "en",
        "Up nine times in the night to wee and only a dribble each time, bladder feels full.",
        U,
    ),
    (
        "en",
        "Temp was 37.6 last night, 36.8 this morning after paracetamol. Fine to carry on as normal?",
        Q,
    ),
    (
        "en",
        "My oximeter says 94, which is where it always sits with my COPD. Is that alright for the op?",
        Q,
    ),
    ("en", "Watch said 118 after I did the stairs, five minutes later it was 76. Normal?", Q),
    ("en", "What temperature should make me ring the ward after the cement, in general?", Q),
    ("es", "El termómetro marca 38,9 y tiemblo de frío, me pusieron el cemento el lunes.", U),
    ("es", "El pulsioxímetro da 86 y baja más cuando me levanto.", U),
    ("es", "Llevo tres compresas empapadas de sangre en una hora, del pinchazo.", U),
    ("es", "Tenía 37,5 ayer por la noche y hoy 36,7. ¿Está bien así?", Q),
    ("es", "¿A partir de cuánta fiebre hay que ir a urgencias después de la vertebroplastia?", Q),
    ("fr", "Le thermomètre affiche 39,1 et je claque des dents, opérée avant-hier.", U),
    ("fr", "L'oxymètre est à 87 et baisse quand je marche jusqu'à la cuisine.", U),
    ("fr", "Ma montre indique 38 de pouls depuis ce matin et j'ai la tête qui tourne.", U),
    ("fr", "37,6 hier soir, 36,9 ce matin. Je peux reprendre comme d'habitude ?", Q),
    ("fr", "À partir de combien de saturation faut-il appeler le 15, en général ?", Q),
    ("de", "Fieberthermometer zeigt 39,4, ich zittere am ganzen Körper, Eingriff war Mittwoch.", U),
    ("de", "Das Pulsoxymeter zeigt 86 und geht beim Aufstehen noch runter.", U),
    ("de", "Die Uhr zeigt seit einer Stunde Puls 150 im Sitzen und mir ist flau.", U),
    ("de", "Gestern Abend 37,6, heute früh 36,8. Alles gut?", Q),
    ("de", "Ab welchem Wert am Pulsoxymeter sollte man den Notarzt rufen, allgemein gefragt?", Q),
    ("pt", "O termômetro marcou 39,3 e tô tremendo de frio, fiz o cimento segunda.", U),
    ("pt", "O oxímetro tá dando 85 e cai quando eu ando.", U),
    ("pt", "Já troquei quatro gazes encharcadas de sangue desde o almoço.", U),
    ("pt", "Ontem à noite 37,6, hoje 36,8. Tá tudo bem?", Q),
    ("pt", "Com quanto de oxigenação no oxímetro tem que ir pro pronto-socorro?", Q),
    ("vi", "Nhiệt kế đo 39 độ 2, người run cầm cập, hôm thứ Tư mới bơm xi măng.", U),
    ("vi", "Máy kẹp ngón tay đo SpO2 được 86, đi vài bước là tụt nữa.", U),
    ("vi", "Đêm qua đi tiểu 10 lần mà lần nào cũng chỉ vài giọt, bụng dưới căng.", U),
    ("vi", "Tối qua 37,6, sáng nay 36,8. Vậy ổn chưa ạ?", Q),
    ("vi", "Sốt bao nhiêu độ thì phải đi cấp cứu sau bơm xi măng ạ?", Q),
    ("zh-Hans", "体温计量了39度3，浑身发抖，周三做的骨水泥。", U),
    ("zh-Hans", "指夹血氧仪显示86，走几步还往下掉。", U),
    ("zh-Hans", "从中午到现在换了四块纱布，全是血。", U),
    ("zh-Hans", "昨晚37度6，今天早上36度8，这样没事吧？", Q),
    ("zh-Hans", "血氧多少算低，需要去急诊？", Q),
    ("ar", "ميزان الحرارة طلع 39.2 وعم ارجف، عملت الاسمنت الاربعا.", U),
    ("ar", "جهاز الاوكسجين عالاصبع عم يعطي 86 وبينزل لما امشي.", U),
    ("ar", "غيرت اربع شاشات مليانين دم من الضهر.", U),
    ("ar", "امبارح بالليل 37.6 واليوم الصبح 36.8، هيك تمام؟", Q),
    ("ar", "قديش لازم تكون الحرارة لحتى روح عالطوارئ بعد العملية؟", Q),
    # 2. two languages mixed in one message (urgent); an ordinary mixed message with sign words
    # (controls)
    (
        "en",
        "Since the op my legs are proper dormidas, like I can't feel them at all from the knees down.",
        U,
    ),
    (
        "en",
        "Can I take my inhaler before the procedure? My asthma is bien controlada, just want to check.",
        Q,
    ),
    (
        "es",
        "Desde la operación me falta l'aire, no puc respirar bé quan m'estiro, y tengo el pecho apretado.",
        U,
    ),
    ("es", "Mi madre has been very confused since ayer, no sabe dónde está.", U),
    ("es", "¿Puedo hacer mis breathing exercises después del cement? El fisio me los dio.", Q),
    ("es", "Tengo un poquito de bruising donde la aguja, normal, ¿no?", Q),
    (
        "fr",
        "Depuis l'opération, rjlia mdhouba, je sens plus rien sous les genoux, w ma n9derch nw9ef.",
        U,
    ),
    ("fr", "Mon père, il a la fièvre bzaf, 39, w kayrje3 b lberd, depuis ce matin.", U),
    (
        "fr",
        "Wach normal que le bleu soit kbir comme ça à l'endroit de la piqûre ? Il me fait pas mal.",
        Q,
    ),
    (
        "de",
        "Seit der OP kann ich nicht mehr richtig atmen, nefes alamıyorum, die Lippen sind blau.",
        U,
    ),
    ("de", "Мама seit gestern ganz verwirrt, erkennt mich nicht mehr, nach der Zementspritze.", U),
    (
        "de",
        "Darf ich nach dem Eingriff wieder zum Sport, spor salonu, oder bekomme ich dann zu schwer Luft beim Laufen?",
        Q,
    ),
    (
        "de",
        "Meine Oma, бабушка, hatte vor Jahren Fieberkrämpfe als Kind, spielt das eine Rolle?",
        Q,
    ),
    (
        "pt",
        "Depuis l'opération, minha perna esquerda tá morta, je sens plus rien, não consigo levantar.",
        U,
    ),
    (
        "pt",
        "Minha mãe tá com a pressão muito baixa, 80/50, e fica meio desmaiando, sabe, chotto hen.",
        U,
    ),
    ("pt", "Posso fazer ma petite marche depois do procedimento ou fico de repouso?", Q),
    ("pt", "O hematoma tá un peu violet, mas não dói, é normal?", Q),
    ("vi", "Từ sau mổ em bị short of breath, thở không nổi, môi hơi tím.", U),
    ("vi", "Bà nội bị confused từ sáng, không nhận ra ai hết.", U),
    ("vi", "Em có thể tập breathing exercises sau khi làm thủ thuật không ạ?", Q),
    ("vi", "Chỗ tiêm hơi bầm bleu một chút, không đau, bình thường không ạ?", Q),
    ("zh-Hans", "手术后腿很numb，从膝盖往下都没感觉了，站不起来。", U),
    ("zh-Hans", "我妈从早上开始很confused，不认得人了。", U),
    ("zh-Hans", "做完可以做breathing exercise吗？医生说对肺好。", Q),
    ("zh-Hans", "针眼那里有点bruise，不痛，正常吧？", Q),
    ("ar", "من بعد العملية je n'arrive plus à respirer، نفسي مقطوع وشفايفي زرق.", U),
    ("ar", "بابا عنده fièvre 39 وعم يرجف depuis ce matin.", U),
    ("ar", "بقدر اعمل exercices de respiration بعد العملية؟", Q),
    ("ar", "في bleu صغير مكان الابرة، ما بيوجع، عادي؟", Q),
    (
        "en",
        "Nani's been very confused since the op, she keeps saying 'main kahan hoon', doesn't know where she is.",
        U,
    ),
    (
        "en",
        "My tata can't feel his nogi at all since this morning, he can't stand up, he had the cement Monday.",
        U,
    ),
    ("en", "Is it normal to be thoda sa sore where the needle went in? Otherwise fine.", Q),
    ("fr", "Wach n9der nakol 3adi b3d l'opération ? J'ai un peu mal au dos mais ça va.", Q),
    # 3. the sign told only as what someone else noticed or said (urgent); an ordinary thing others
    # noticed, or one clearly over (controls)
    (
        "en",
        "My husband says I keep asking him the same question over and over since I came home from the cement.",
        U,
    ),
    (
        "en",
        "The carer says Mum's lips are a funny bluish colour and she's puffing just sitting up.",
        U,
    ),
    ("en", "My grandson says my words are coming out all wrong on the phone this afternoon.", U),
    (
        "en",
        "My wife says I snored like a train the night after the sedation, but it's stopped since. Normal?",
        Q,
    ),
    ("en", "My daughter noticed a small bruise where the needle went in, it doesn't hurt.", Q),
    ("es", "Mi marido dice que hoy hablo raro, que no se me entiende lo que digo.", U),
    (
        "es",
        "La vecina dice que mi madre tiene los labios morados y que respira con mucho esfuerzo.",
        U,
    ),
    ("es", "Mi hija dice que ronqué mucho la noche de la sedación, pero ya no. ¿Normal?", Q),
    ("es", "Mi marido vio un moratón pequeño donde el pinchazo, no me duele.", Q),
    ("fr", "Ma femme dit que je raconte des choses qui n'ont aucun sens depuis ce midi.", U),
    (
        "fr",
        "L'aide-soignante dit que ma mère a les lèvres bleues et qu'elle souffle fort sans bouger.",
        U,
    ),
    (
        "fr",
        "Mon mari dit que j'ai ronflé fort la nuit après la sédation, mais c'est passé. Normal ?",
        Q,
    ),
    ("fr", "Ma fille a remarqué un petit bleu au point de piqûre, ça ne fait pas mal.", Q),
    ("de", "Meine Frau sagt, ich rede seit Mittag wirres Zeug.", U),
    ("de", "Die Nachbarin sagt, Mamas Lippen sind ganz blau und sie japst schon im Sitzen.", U),
    (
        "de",
        "Mein Mann sagt, ich hab in der Nacht nach der Sedierung laut geschnarcht, jetzt nicht mehr. Normal?",
        Q,
    ),
    (
        "de",
        "Meine Tochter hat einen kleinen blauen Fleck an der Einstichstelle gesehen, tut nicht weh.",
        Q,
    ),
    ("pt", "Minha esposa diz que eu tô falando coisa sem sentido desde o almoço.", U),
    (
        "pt",
        "A cuidadora disse que os lábios da minha mãe estão roxos e ela tá puxando o ar sentada.",
        U,
    ),
    ("pt", "Meu marido disse que eu roncei muito na noite da sedação, mas já passou. Normal?", Q),
    ("pt", "Minha filha viu um roxinho no lugar da agulha, não dói.", Q),
    ("vi", "Vợ tôi bảo từ trưa tôi nói năng lung tung, không ai hiểu.", U),
    ("vi", "Người chăm sóc nói môi mẹ tôi tím tái, ngồi yên mà thở dốc.", U),
    ("vi", "Chồng em bảo đêm sau gây mê em ngáy to lắm, giờ hết rồi. Bình thường không ạ?", Q),
    ("vi", "Con gái em thấy chỗ tiêm có vết bầm nhỏ, không đau.", Q),
    ("zh-Hans", "老伴说我从中午开始说话颠三倒四，听不懂我在说什么。", U),
    ("zh-Hans", "护工说我妈嘴唇发紫，坐着都喘。", U),
    ("zh-Hans", "我老公说我镇静那天晚上打呼噜很响，现在不打了。正常吗？", Q),
    ("zh-Hans", "女儿看到针眼那儿有一小块淤青，不疼。", Q),
    ("ar", "مرتي بتقول إني من الضهر عم احكي كلام مش مفهوم.", U),
    ("ar", "الممرضة اللي بتجي عالبيت قالت شفايف امي زرق وعم تلهث وهي قاعدة.", U),
    ("ar", "جوزي بيقول إني شخرت كتير الليلة اللي بعد التخدير، بس هلق لا. طبيعي؟", Q),
    ("ar", "بنتي شافت زرقة صغيرة مكان الابرة، ما بتوجع.", Q),
    # 4. (written after the first change) look-alikes of the new reading rules
    ("en", "Oximeter reads 96 when I walk about the house, that's fine isn't it?", Q),
    ("en", "The finger clip showed 97 and pulse 74 this morning, all good?", Q),
    (
        "en",
        "My sats drop to 88 on the oximeter when I walk to the bathroom, never did before the op.",
        U,
    ),
    ("fr", "Hier soir 38 de fièvre, ce matin 36,9 sans rien prendre, c'est bon ?", Q),
    ("fr", "Ma montre affiche 150 de pouls au repos depuis une heure, opérée hier.", U),
    ("es", "Ayer tenía 37,9 y hoy 36,5 sin tomar nada, ¿normal?", Q),
    ("es", "El reloj marca 40 de pulso y me mareo, desde la operación.", U),
    ("de", "Pulsoxymeter zeigt 97, Puls 72, alles gut?", Q),
    ("pt", "O oxímetro deu 97 e o pulso 70, tá bom né?", Q),
    ("vi", "Đêm qua đi tiểu 3 lần vì uống nhiều nước, bình thường ạ?", Q),
    ("zh-Hans", "换了两块纱布，上面只有一点点血印，正常吗？", Q),
    ("zh-Hans", "手表显示心率150，坐着不动也这样，一个小时了。", U),
    ("ar", "غيرت شاشتين وما في عليهن الا نقطة دم صغيرة، طبيعي؟", Q),
    ("ar", "الساعة عم تقول نبضي 150 وانا قاعد من ساعة.", U),
]


KNOWN_GAPS_29 = [
    (
        "de",
        "Darf ich nach dem Eingriff zum Sport, spor salonu, oder ist die Atmung dann zu schwer?",
        Q,
    ),
]


@pytest.mark.parametrize("locale, text, urgent", AHEAD29_KINDS)
def test_urgent_kinds_29(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


@pytest.mark.xfail(reason="a question whether breathing will be too hard, read as a report")
@pytest.mark.parametrize("locale, text, urgent", KNOWN_GAPS_29)
def test_known_gaps_29(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in AHEAD29_KINDS if locale == tag]
        assert rows.count(U) >= 6 and rows.count(Q) >= 6, tag
