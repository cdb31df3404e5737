"""Urgent signs by kind, the thirty-first blind set's kinds written AHEAD (session 36, issue 17).

Urgent set 31 (tests/data/urgent_blind_31/) stays unread: only its README and the last section
of its BRIEF were read, which name its kinds. They were written here from how patients and
relatives write, in eight locales, in situations of our own, urgent rows and controls of each
kind:

1. the sign told in passing in a message mainly about something else: moving the follow-up,
   the parking, a sick note, an insurance form, a prescription (urgent); a sign word in passing
   about something ordinary (controls): "the parking fee gave me cold sweats" is a French
   ``figurative``;
2. the sign likened to something lived before: a heart attack, a kidney infection, a
   mini-stroke, pneumonia, a low-sugar faint (urgent). New: a ``likened`` cue in every locale
   ("just like my heart attack in 2016", "como cuando me dio el ictus hace tres años", "comme
   avant mon AVC", "wie bei meinem Herzinfarkt 2014", "igual a antes do meu AVC", "y như hồi",
   跟...一样, "متل لما"), whose time words date the thing likened, not the sign: blanked before
   ``long_standing``, ``unchanged`` and ``cause`` are read (``urgent_followup.without_comparison``,
   ``urgent_story.blanked``); a mouth drooping and speech slurred are ``fainting_confusion`` (en,
   fr, pt, ar). An ordinary after-effect likened to a flu jab, a blood test, a colonoscopy's
   sedation (controls): "the evening after" is ``at_procedure``, "I'm fine today" ``gone_now``;
3. the sign spreading or growing over time: numbness climbing the leg, a red patch or a blood
   stain growing ("wird jede Stunde größer", "sigue creciendo", "não para de crescer", "to bằng
   bàn tay", 血印子还在变大, "صارت قد الكف") (urgent); a bruise sliding down as it fades, a dry spot
   of blood that has not grown (controls; the latter added after the first refit, whose Chinese
   idiom read set 15's "没再变大" until a negation before it was excluded);
4. a sign of someone or something else, unrelated to the procedure, with an ordinary question
   about the patient: a grandchild's fever, a stranger fainting at the bus stop, the dog
   limping (controls); the patient's own sign beside another's (urgent). New: ``never_patient``
   (a grandchild, a baby, a stranger: "un señor", "une dame", "ein Mann", 有个老太太, "في ست")
   named before the sign is its owner when the message asks something in another clause
   (``urgent_whose.not_the_patients``), unless the sign is told of oneself ("my grandson says
   my lips are blue"); a sign's last word is read whole ("اغمى عليها" is hers);
5. what a sign word on the leaflet or discharge sheet means ("what is 'urinary retention'?",
   "que veut dire", "was heißt", 是什么意思, "شو معنى": ``mentioned``), nothing happening now
   (controls); the same word and the sign now (urgent).

6. (second batch, block 6, written after the first refit) the same kinds in other words: a
   bill that nearly made one faint, a leaflet's threshold asked, a neighbour who fainted last
   week, a cat's blood, an after-effect likened to an endoscopy (controls); numb from the waist
   down told in passing, a pulmonary embolism likened, redness doubling, numbness climbing, a
   neighbour collapsing just now (urgent). Neighbours are ``never_patient`` too, a breath,
   chest or faint sign theirs only with the question in another sentence and nothing telling
   it as now ("my neighbour has just collapsed, what do I do?" alerts).

230 rows (108 urgent, 122 quiet). The first 182 were written before any change for them: 40
failed with the model on the code of this session's first commit (by kind 1, 19, 3, 11, 6)
and 5 urgent rows passed only by the model; 6 controls of block 3 were added after the first
refit (see above); the 44 of block 6 after the second refit: 7 failed (a neighbour's faint in
six locales, the Chinese bill) and 4 passed only by the model (numb from the waist down in fr,
es, vi, ar); 2 urgent rows of a neighbour collapsing now were written after the neighbour
change. After the changes all pass, every urgent row by the rules alone, but two Chinese
controls left in ``KNOWN_GAPS_31``. Checking every set after each change found the breaks,
each fixed by narrowing the new patterns: the Spanish and Portuguese "what is" only with
"significa" or a quote (set 5's "dice que es el peor dolor"), Arabic "ما هي" and "نفس"
dropped (set 12's aunt "نفس العملية السنة اللي فاتت"), German growth not after "nicht" (set
13), a grandchild in a possessive or a message with no question is no stranger (sets 5 and
28), a stranger only in the sign's own clause, and otherwise whose sign as before (set 18's
neighbours dated "yesterday", set 28's neighbour's daughter), "như trước", 跟以前一样, "زي قبل"
("as before") no likening (``unchanged`` kept). Never set 31's messages: its aggregate and
per-locale figures were printed only to report them. The word model is fitted on these rows
too (``scripts/fit_urgent_model.py`` reads ``AHEAD31_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

AHEAD31_KINDS = [
    # 1. the sign told in passing in a message mainly about something else: the follow-up, the
    # parking, a sick note, an insurance form, the bill, a prescription (urgent); a sign word in
    # passing about something ordinary or not happening (controls)
    (
        "en",
        "Can I move my follow-up from the 12th to the 19th? My daughter drives me and she's away. Also my left leg has gone numb since lunchtime, anyway let me know about the date.",
        U,
    ),
    (
        "en",
        "Where do visitors park for the day unit? Last time we paid £9. By the way I've been coughing up bits of blood this morning, my son will drive me in.",
        U,
    ),
    (
        "en",
        "I need a sick note for work covering this week. I can't get my breath walking to the kitchen now, so I'll be off a while longer I think.",
        U,
    ),
    (
        "en",
        "The insurance form asks for the date of the procedure, was it the 3rd or the 4th? I'm filling it in in bed because the room keeps spinning and I fainted in the hall this morning.",
        U,
    ),
    (
        "en",
        "Can I get a sick note for my husband? He's my carer and had to take time off. His blood pressure tablets ran out too, who renews those?",
        Q,
    ),
    (
        "en",
        "The car park machine nearly gave me a heart attack, £12 for two hours! Is there a cheaper place to park for my check-up?",
        Q,
    ),
    (
        "en",
        "My prescription says two tablets at night for pain. Can I split them, one at lunch and one at night?",
        Q,
    ),
    (
        "es",
        "Quería cambiar la cita de revisión del día 12, no me viene bien. Por cierto, desde anoche no puedo orinar nada. ¿Me dan otra fecha?",
        U,
    ),
    (
        "es",
        "¿Dónde se aparca para el hospital de día? Lo pregunto porque mañana me lleva mi nieto, que yo desde esta mañana tengo el pecho como apretado y no me fío de conducir.",
        U,
    ),
    (
        "es",
        "Necesito el parte de baja para la empresa. Tengo fiebre de 39 y la herida roja e hinchada, así que no creo que vuelva el lunes.",
        U,
    ),
    ("es", "Me han cobrado el aparcamiento dos veces, casi me da algo. ¿A quién reclamo?", Q),
    ("es", "En la receta pone el paracetamol cada 8 horas. ¿Puedo tomarlo con el café?", Q),
    (
        "es",
        "¿Me pueden hacer un justificante para el trabajo de mi hija? Ella me acompañó el día de la vertebroplastia.",
        Q,
    ),
    (
        "fr",
        "Bonjour, je voudrais décaler mon rendez-vous de contrôle au mardi. Au passage, depuis ce matin je ne sens plus mes pieds, mais bon, c'est surtout pour la date.",
        U,
    ),
    (
        "fr",
        "Pour l'arrêt de travail, il faut le demander à qui ? J'ai 39,2 de fièvre depuis hier soir et le pansement suinte, je ne peux pas aller au bureau.",
        U,
    ),
    (
        "fr",
        "Le parking de l'hôpital est payant ? Mon fils vient me chercher parce que j'ai fait un malaise dans la cuisine tout à l'heure et j'ai encore la tête qui tourne.",
        U,
    ),
    (
        "fr",
        "La facture du parking m'a donné des sueurs froides ! Est-ce qu'il y a un tarif réduit pour les patients ?",
        Q,
    ),
    ("fr", "Sur l'ordonnance il y a du tramadol. Est-ce que je peux conduire avec ?", Q),
    (
        "fr",
        "Je dois remplir le formulaire de la mutuelle, quelle est la date exacte de l'intervention ?",
        Q,
    ),
    (
        "de",
        "Kann ich den Kontrolltermin auf Donnerstag verschieben? Meine Tochter hat Dienst. Übrigens sind mir seit heute Mittag beide Beine eingeschlafen und ich komm kaum hoch.",
        U,
    ),
    (
        "de",
        "Wo parke ich am besten für die Nachsorge? Ich frage, weil mein Mann fahren muss, mir ist seit dem Frühstück die Brust so eng und ich schwitze.",
        U,
    ),
    (
        "de",
        "Für die Krankschreibung brauche ich ein Formular. Nebenbei: heute früh war viel Blut im Urin, aber das Formular eilt mehr.",
        U,
    ),
    (
        "de",
        "Die Parkgebühren haben mich fast umgehauen, zehn Euro! Gibt es Parkausweise für Patienten?",
        Q,
    ),
    (
        "de",
        "Auf dem Rezept steht Ibuprofen 400. Darf ich das mit meinen Blutdrucktabletten nehmen?",
        Q,
    ),
    ("de", "Ich brauche eine Bescheinigung für die Krankenkasse. Wer stellt die aus?", Q),
    (
        "pt",
        "Queria remarcar a consulta de revisão para sexta. Ah, e desde ontem à noite não consigo fazer xixi, mas o principal é a data.",
        U,
    ),
    (
        "pt",
        "Onde fica o estacionamento para o hospital-dia? Pergunto porque o meu filho vai levar-me, que eu desmaiei na cozinha há bocado e ainda estou tonta.",
        U,
    ),
    (
        "pt",
        "Preciso do atestado para o trabalho. Tô com febre de 39 e o curativo tá soltando pus, não vou conseguir ir.",
        U,
    ),
    (
        "pt",
        "A conta do estacionamento quase me fez desmaiar, 15 euros! Há desconto para doentes?",
        Q,
    ),
    ("pt", "Na receita está paracetamol de 8 em 8 horas. Posso tomar com o leite?", Q),
    ("pt", "Preciso de uma declaração para o seguro. A quem peço?", Q),
    (
        "vi",
        "Cho tôi dời lịch tái khám sang thứ sáu được không? À, từ sáng nay chân trái tôi tê rần không nhấc lên được, mà chủ yếu là hỏi lịch.",
        U,
    ),
    ("vi", "Bãi gửi xe bệnh viện ở cổng nào? Con tôi chở tôi lên vì tôi ho ra máu từ tối qua.", U),
    (
        "vi",
        "Tôi cần giấy nghỉ ốm cho công ty. Tôi đang sốt 39 độ, chỗ chích sưng đỏ, chắc không đi làm nổi.",
        U,
    ),
    ("vi", "Tiền gửi xe làm tôi muốn xỉu luôn, hai tiếng mà 50 nghìn! Có chỗ gửi rẻ hơn không?", Q),
    ("vi", "Trong toa thuốc có thuốc giảm đau uống ngày 3 lần. Uống sau ăn hay trước ăn?", Q),
    ("vi", "Tôi cần giấy xác nhận để làm bảo hiểm, hỏi ai ạ?", Q),
    (
        "zh-Hans",
        "复查能不能改到下周五？我女儿那天要上班。对了，从中午开始我两条腿都麻了，站不起来。主要还是问改时间。",
        U,
    ),
    (
        "zh-Hans",
        "医院停车场在哪个门？我儿子开车送我去，因为我从早上开始胸口压得慌，一直出冷汗。",
        U,
    ),
    ("zh-Hans", "我要开病假条交给单位。现在烧到39度，伤口红肿流脓，这周上不了班了。", U),
    ("zh-Hans", "停车费吓得我心脏病都快犯了，两个小时三十块！有便宜点的地方停吗？", Q),
    ("zh-Hans", "处方上写着止痛药一天三次，饭前吃还是饭后吃？", Q),
    ("zh-Hans", "我要办保险报销，需要医院开什么证明？", Q),
    (
        "ar",
        "بدي غير موعد المراجعة ليوم الجمعة لأن ابني مشغول. وبالمناسبة من الصبح رجلي اليمين منملة وما عم قدر حركها. المهم الموعد.",
        U,
    ),
    ("ar", "وين موقف السيارات تبع المستشفى؟ بنتي رح توصلني لأني من امبارح عم اسعل دم.", U),
    ("ar", "بدي تقرير إجازة مرضية للشغل. عندي حرارة ٣٩ والجرح أحمر ومنفوخ وعم يطلع منه قيح.", U),
    ("ar", "فاتورة الموقف كانت رح تجيبلي جلطة، ١٥ دولار! في موقف أرخص؟", Q),
    ("ar", "بالوصفة مكتوب مسكن ثلاث مرات باليوم، قبل الأكل ولا بعده؟", Q),
    ("ar", "بدي ورقة من المستشفى لشركة التأمين، لمين بطلبها؟", Q),
    # 2. the sign likened to something lived before: a heart attack, pneumonia, a kidney
    # infection, a stroke, a low-sugar faint (urgent); an ordinary after-effect likened to a flu
    # jab, a blood test, a colonoscopy's sedation (controls)
    (
        "en",
        "This chest pain is exactly like my heart attack in 2016, the same crushing feeling going into my jaw.",
        U,
    ),
    (
        "en",
        "I'm shivering and burning up just like when I had the kidney infection two years ago, and the needle spot is red.",
        U,
    ),
    (
        "en",
        "My mouth has gone droopy and my words are slurred, same as before my mini-stroke in 2019.",
        U,
    ),
    (
        "en",
        "Feel like I did with pneumonia last winter, can't get a breath in lying down, started tonight.",
        U,
    ),
    (
        "en",
        "Went all shaky and blacked out like my old hypos, but my sugar was fine this time. Happened an hour ago.",
        U,
    ),
    ("en", "The needle spot aches like after a flu jab, a dull bruisy feeling. Is that normal?", Q),
    ("en", "I've got a small bruise like after a blood test where the needle went in.", Q),
    (
        "en",
        "I felt a bit woozy the evening after, like after my colonoscopy sedation, then slept well and I'm fine today.",
        Q,
    ),
    (
        "es",
        "Este dolor en el pecho es igual que el del infarto que tuve en 2017, me aprieta y me baja al brazo.",
        U,
    ),
    (
        "es",
        "Tengo escalofríos y fiebre como cuando tuve la pielonefritis, y la zona del pinchazo está roja y caliente.",
        U,
    ),
    (
        "es",
        "Se me tuerce la boca y no me salen las palabras, como cuando me dio el ictus hace tres años. Empezó hace un rato.",
        U,
    ),
    ("es", "Me ahogo tumbada igual que con la neumonía del invierno pasado, desde anoche.", U),
    (
        "es",
        "Me duele donde el pinchazo como después de la vacuna de la gripe, un dolorcillo sordo. ¿Es normal?",
        Q,
    ),
    ("es", "Tengo un moratón pequeño como los de los análisis de sangre.", Q),
    (
        "es",
        "Estuve un poco atontada por la tarde, como tras la sedación de la colonoscopia, pero dormí bien y hoy estoy estupenda.",
        Q,
    ),
    (
        "fr",
        "Cette douleur dans la poitrine, c'est exactement comme mon infarctus de 2015, ça serre et ça part dans le bras.",
        U,
    ),
    (
        "fr",
        "J'ai des frissons et de la fièvre comme lors de ma pyélonéphrite, et l'endroit de la piqûre est rouge et chaud.",
        U,
    ),
    (
        "fr",
        "J'ai la bouche de travers et je n'arrive plus à parler, comme avant mon AVC il y a quatre ans. Ça a commencé ce midi.",
        U,
    ),
    (
        "fr",
        "Je suis essoufflée allongée comme quand j'avais la pneumonie l'hiver dernier, depuis cette nuit.",
        U,
    ),
    (
        "fr",
        "Le point de piqûre me fait un peu mal comme après le vaccin contre la grippe. C'est normal ?",
        Q,
    ),
    ("fr", "J'ai un petit bleu comme après une prise de sang.", Q),
    (
        "fr",
        "J'étais un peu dans le coton le soir, comme après l'anesthésie de ma coloscopie, mais j'ai bien dormi et ce matin ça va.",
        Q,
    ),
    (
        "de",
        "Der Druck auf der Brust ist genau wie bei meinem Herzinfarkt 2014, es zieht in den linken Arm.",
        U,
    ),
    (
        "de",
        "Ich habe Schüttelfrost und Fieber wie damals bei der Nierenbeckenentzündung, und die Einstichstelle ist rot und heiß.",
        U,
    ),
    (
        "de",
        "Mein Mundwinkel hängt und ich kann nicht richtig sprechen, wie vor meinem Schlaganfall vor drei Jahren. Seit einer Stunde.",
        U,
    ),
    (
        "de",
        "Ich kriege im Liegen keine Luft, genau wie bei meiner Lungenentzündung letzten Winter, seit heute Nacht.",
        U,
    ),
    (
        "de",
        "Mir wurde schwarz vor Augen und ich bin umgekippt wie früher bei meinen Unterzuckerungen, aber der Zucker war normal. Vor einer Stunde.",
        U,
    ),
    (
        "de",
        "Die Einstichstelle tut ein bisschen weh wie nach der Grippeimpfung. Ist das normal?",
        Q,
    ),
    ("de", "Ich habe einen kleinen blauen Fleck wie nach einer Blutabnahme.", Q),
    (
        "de",
        "Am Abend war ich etwas benommen wie nach der Narkose bei der Darmspiegelung, habe aber gut geschlafen und heute geht's mir gut.",
        Q,
    ),
    (
        "pt",
        "Essa dor no peito é igualzinha à do meu enfarte em 2016, aperta e vai para o braço.",
        U,
    ),
    (
        "pt",
        "Estou com calafrios e febre como quando tive a infeção nos rins, e o sítio da agulha está vermelho e quente.",
        U,
    ),
    (
        "pt",
        "A boca ficou torta e não consigo falar direito, igual a antes do meu AVC há dois anos. Começou agora há pouco.",
        U,
    ),
    (
        "pt",
        "Estou sem ar deitada igual quando tive pneumonia no inverno passado, desde ontem à noite.",
        U,
    ),
    ("pt", "O lugar da agulha dói um pouco como depois da vacina da gripe. É normal?", Q),
    ("pt", "Fiquei com uma nódoa negra pequena como depois de tirar sangue.", Q),
    (
        "pt",
        "Fiquei meio grogue à tarde, como depois da sedação da colonoscopia, mas dormi bem e hoje estou ótima.",
        Q,
    ),
    ("vi", "Đau ngực y như hồi tôi bị nhồi máu cơ tim năm 2016, đè nặng và lan ra tay trái.", U),
    ("vi", "Tôi ớn lạnh run cầm cập, sốt như hồi bị viêm thận, chỗ chích thì đỏ và nóng.", U),
    (
        "vi",
        "Miệng tôi méo xệch, nói không rõ, giống hệt hồi trước khi bị tai biến. Mới bị lúc trưa.",
        U,
    ),
    ("vi", "Nằm xuống là khó thở như hồi bị viêm phổi năm ngoái, từ tối qua tới giờ.", U),
    ("vi", "Chỗ chích hơi ê ê như sau khi chích ngừa cúm. Vậy có bình thường không?", Q),
    ("vi", "Tôi có vết bầm nhỏ như sau khi lấy máu xét nghiệm.", Q),
    (
        "vi",
        "Chiều hôm đó tôi hơi lừ đừ như sau khi gây mê nội soi đại tràng, ngủ một giấc là khỏe, nay bình thường.",
        Q,
    ),
    ("zh-Hans", "这次胸口疼跟我2016年心梗的时候一模一样，压得慌，还往左胳膊窜。", U),
    ("zh-Hans", "我现在发冷打哆嗦还发烧，跟上次肾盂肾炎一样，打针的地方又红又烫。", U),
    ("zh-Hans", "嘴歪了，说话不利索，跟我前年中风之前一个样，中午开始的。", U),
    ("zh-Hans", "一躺下就喘不上气，跟去年冬天得肺炎的时候一样，从昨晚开始。", U),
    ("zh-Hans", "打针的地方有点酸痛，跟打完流感疫苗差不多，正常吗？", Q),
    ("zh-Hans", "针眼旁边有一小块青，跟抽完血一样。", Q),
    ("zh-Hans", "那天下午有点迷糊，跟做肠镜麻醉以后一样，睡了一觉就好了，今天很精神。", Q),
    ("ar", "وجع صدري متل وجع الجلطة اللي صارتلي سنة ٢٠١٦ بالزبط، ضاغط ونازل على ايدي.", U),
    (
        "ar",
        "عم ارجف من البرد وعندي حرارة متل لما كان عندي التهاب بالكلى، ومكان الإبرة أحمر وسخن.",
        U,
    ),
    (
        "ar",
        "تمي صار معووج وما عم قدر احكي منيح، متل قبل الجلطة الدماغية اللي صارت معي. بلش الظهر.",
        U,
    ),
    (
        "ar",
        "ما عم قدر اتنفس وأنا نايمة متل لما كان معي التهاب رئة الشتوية الماضية، من امبارح بالليل.",
        U,
    ),
    ("ar", "مكان الإبرة عم يوجعني شوي متل بعد لقاح الانفلونزا، طبيعي؟", Q),
    ("ar", "في عندي كدمة صغيرة متل بعد سحب الدم.", Q),
    ("ar", "كنت دايخة شوي بالعشية متل بعد بنج تنظير القولون، بس نمت منيح واليوم منيحة.", Q),
    # 3. the sign spreading or growing over time: numbness climbing the leg, a red patch or a
    # blood stain growing (urgent); an ordinary bruise spreading down as it fades (controls)
    (
        "en",
        "The numbness started in my toes this morning and now it's up past my knee on both sides.",
        U,
    ),
    (
        "en",
        "The red patch round the needle hole was the size of a coin at breakfast and now it's the size of my palm.",
        U,
    ),
    (
        "en",
        "The bruise has slid down my side a bit and gone yellow, it doesn't hurt and it's fading.",
        Q,
    ),
    (
        "es",
        "El hormigueo empezó en los dedos de los pies y ahora me llega por encima de la rodilla, cada hora sube más.",
        U,
    ),
    (
        "es",
        "La mancha de sangre del apósito era pequeña a mediodía y ahora ocupa todo el apósito y sigue creciendo.",
        U,
    ),
    ("es", "El moratón se ha ido bajando hacia la cadera y está más clarito, no me duele.", Q),
    (
        "fr",
        "L'engourdissement a commencé aux orteils ce matin et maintenant ça remonte jusqu'aux cuisses.",
        U,
    ),
    ("fr", "La rougeur autour de la piqûre a doublé depuis ce matin et elle est chaude.", U),
    ("fr", "Le bleu est descendu un peu vers la hanche et il jaunit, il ne fait pas mal.", Q),
    (
        "de",
        "Das Kribbeln hat heute früh in den Zehen angefangen und ist jetzt bis über die Knie hochgewandert.",
        U,
    ),
    (
        "de",
        "Der Blutfleck auf dem Verband wird jede Stunde größer, jetzt ist er handtellergroß.",
        U,
    ),
    ("de", "Der blaue Fleck ist etwas nach unten gewandert und wird gelb, tut aber nicht weh.", Q),
    (
        "pt",
        "A dormência começou nos dedos dos pés e agora já sobe até o joelho, piora a cada hora.",
        U,
    ),
    (
        "pt",
        "A mancha de sangue no curativo era pequena de manhã e agora está do tamanho da mão e não para de crescer.",
        U,
    ),
    ("pt", "A nódoa negra desceu um bocadinho para a anca e está amarelada, não dói.", Q),
    ("vi", "Tê bắt đầu từ mấy ngón chân hồi sáng, giờ lan lên tới quá đầu gối rồi.", U),
    ("vi", "Vết đỏ quanh chỗ chích sáng nay bằng đồng xu, giờ to bằng bàn tay.", U),
    ("vi", "Vết bầm lan xuống hông một chút và ngả vàng, không đau.", Q),
    ("zh-Hans", "早上只是脚趾头麻，现在麻到膝盖上面了，越来越往上走。", U),
    ("zh-Hans", "纱布上的血印子中午还是一小块，现在整块都红了，还在变大。", U),
    ("zh-Hans", "淤青往下移到胯骨那儿了，颜色变黄，不疼。", Q),
    ("ar", "التنميل بلش بأصابع رجليي الصبح وهلق طالع لفوق الركبة.", U),
    ("ar", "البقعة الحمرا حوالين مكان الإبرة كانت قد الليرة الصبح وهلق صارت قد الكف.", U),
    ("ar", "الكدمة نزلت شوي لتحت صوب الورك وصارت صفرا، وما بتوجع.", Q),
    # (added after the first refit, which read set 15's dry spot of blood "没再变大": a dry spot
    # on the dressing that has not grown since, controls)
    ("zh-Hans", "创可贴上有一点干了的血迹，米粒那么大，从早上到现在都没变大，要换吗？", Q),
    (
        "en",
        "There's a dry spot of blood on the plaster the size of a pea, it hasn't got any bigger since last night. Should I change it?",
        Q,
    ),
    (
        "es",
        "Hay una manchita de sangre seca en el apósito, como un garbanzo, y no ha crecido desde anoche. ¿Lo cambio?",
        Q,
    ),
    (
        "de",
        "Auf dem Pflaster ist ein kleiner Blutfleck, eingetrocknet, seit gestern Abend nicht größer geworden. Soll ich es wechseln?",
        Q,
    ),
    (
        "pt",
        "Tem uma manchinha de sangue seco no curativo, do tamanho de um grão de feijão, e não cresceu desde ontem. Troco?",
        Q,
    ),
    (
        "vi",
        "Miếng băng có một chấm máu khô bằng hạt đậu, từ tối qua tới giờ không to ra. Có cần thay không?",
        Q,
    ),
    # 4. a sign of someone or something else, unrelated to the procedure, with an ordinary
    # question about the patient (controls); the patient's own sign beside another's (urgent)
    (
        "en",
        "My grandson came to stay and he's got a fever and a rash. Should I keep away from him while my back heals?",
        Q,
    ),
    (
        "en",
        "Our dog has been limping since Tuesday. Can I walk him yet a week after the cement?",
        Q,
    ),
    (
        "en",
        "A lady fainted at the bus stop while I was waiting. Is it ok for me to take the bus to my check-up?",
        Q,
    ),
    (
        "en",
        "My grandson has a cold, and now I have a fever of 39 myself and the wound is red and hot.",
        U,
    ),
    ("es", "Mi nieta tiene fiebre y tos. ¿Puedo cuidarla estando recién operada de la espalda?", Q),
    ("es", "Mi perro cojea de una pata desde el sábado. ¿Puedo sacarlo a pasear ya?", Q),
    (
        "es",
        "Un señor se desmayó en la parada del autobús delante de mí. ¿Puedo ir en autobús a la revisión?",
        Q,
    ),
    ("es", "A mi vecina le dio un mareo ayer, y yo desde esta mañana no siento las piernas.", U),
    (
        "fr",
        "Mon petit-fils a de la fièvre. Est-ce que je peux le garder cette semaine après ma vertébroplastie ?",
        Q,
    ),
    ("fr", "Notre chien boite depuis lundi. Est-ce que je peux le promener ?", Q),
    (
        "fr",
        "Une dame s'est évanouie à l'arrêt de bus. Je peux prendre le bus pour mon contrôle ?",
        Q,
    ),
    ("fr", "Mon mari a une grippe et moi depuis ce matin je crache du sang.", U),
    (
        "de",
        "Mein Enkel hat Fieber und Husten. Darf ich ihn trotzdem nach meinem Eingriff besuchen?",
        Q,
    ),
    ("de", "Unser Hund humpelt seit Samstag. Darf ich schon mit ihm spazieren gehen?", Q),
    (
        "de",
        "An der Bushaltestelle ist ein Mann umgekippt. Kann ich zur Nachsorge mit dem Bus fahren?",
        Q,
    ),
    (
        "de",
        "Mein Enkel hat Schnupfen, und ich habe seit heute Mittag 39 Fieber und die Wunde eitert.",
        U,
    ),
    ("pt", "O meu neto está com febre e tosse. Posso ficar com ele depois da vertebroplastia?", Q),
    ("pt", "O nosso cão está a coxear desde sábado. Já posso levá-lo a passear?", Q),
    ("pt", "Uma senhora desmaiou na paragem do autocarro. Posso ir de autocarro à consulta?", Q),
    ("pt", "Meu marido tá gripado e eu desde hoje de manhã não sinto as pernas.", U),
    ("vi", "Cháu nội tôi bị sốt và ho. Tôi mới bơm xi măng có bế cháu được không?", Q),
    ("vi", "Con chó nhà tôi bị què chân từ thứ bảy. Tôi dắt nó đi dạo được chưa?", Q),
    ("vi", "Có bà bị xỉu ở trạm xe buýt. Tôi đi xe buýt đi tái khám được không?", Q),
    ("vi", "Cháu tôi bị cảm, còn tôi từ sáng nay sốt 39 độ, vết chích sưng đỏ.", U),
    ("zh-Hans", "我孙子发烧咳嗽，我刚做完手术，能帮忙带他吗？", Q),
    ("zh-Hans", "我家狗从周六开始一瘸一拐的，我现在能遛狗吗？", Q),
    ("zh-Hans", "公交站有个老太太晕倒了。我复查能坐公交去吗？", Q),
    ("zh-Hans", "我老伴感冒了，我自己从早上开始咳出血来。", U),
    ("ar", "حفيدي عنده حرارة وسعلة. بقدر اهتم فيه وأنا لسا عاملة العملية؟", Q),
    ("ar", "كلبنا عم يعرج من يوم السبت. بقدر طلعه مشوار؟", Q),
    ("ar", "في ست اغمى عليها بموقف الباص. بقدر روح عالمراجعة بالباص؟", Q),
    ("ar", "حفيدي مرشح، وأنا من الصبح عم اسعل دم.", U),
    # 5. what a sign word on the leaflet or discharge sheet means, nothing happening now
    # (controls); the same word and the sign now (urgent)
    (
        "en",
        "My discharge sheet says to report 'saddle anaesthesia'. What does that actually mean?",
        Q,
    ),
    ("en", "What is 'urinary retention' on the leaflet? Is that when you can't wee?", Q),
    (
        "en",
        "The leaflet mentions 'saddle numbness' and I think that's what I have, I can't feel the toilet paper since this morning.",
        U,
    ),
    ("es", "En la hoja del alta pone 'anestesia en silla de montar'. ¿Qué significa eso?", Q),
    ("es", "¿Qué quiere decir 'retención urinaria' en el folleto?", Q),
    (
        "es",
        "En el folleto pone 'retención urinaria' y creo que es lo mío: desde anoche no he hecho pis.",
        U,
    ),
    ("fr", "Sur la feuille de sortie il est écrit 'anesthésie en selle'. Ça veut dire quoi ?", Q),
    ("fr", "Que veut dire 'rétention urinaire' sur la brochure ?", Q),
    ("de", "Auf dem Entlassungsbogen steht 'Reithosenanästhesie'. Was bedeutet das?", Q),
    ("de", "Was heißt 'Harnverhalt' im Merkblatt?", Q),
    (
        "de",
        "Im Merkblatt steht Harnverhalt, ich glaube das habe ich: seit gestern Abend kein Tropfen.",
        U,
    ),
    ("pt", "Na folha de alta diz 'anestesia em sela'. O que isso quer dizer?", Q),
    ("pt", "O que significa 'retenção urinária' no folheto?", Q),
    ("vi", "Giấy ra viện ghi 'tê vùng yên ngựa', nghĩa là sao ạ?", Q),
    ("vi", "'Bí tiểu' trong tờ hướng dẫn là gì vậy?", Q),
    ("zh-Hans", "出院单上写着'鞍区麻木'，是什么意思？", Q),
    ("zh-Hans", "宣传单上的'尿潴留'是什么意思？", Q),
    ("ar", "بورقة الخروج مكتوب 'خدر منطقة السرج'، شو يعني؟", Q),
    ("ar", "شو معنى 'احتباس البول' اللي بالنشرة؟", Q),
    # 6. (second batch, written after the first refit) the same kinds in other words: a bill that
    # nearly made one faint, a leaflet threshold asked, a neighbour fainting last week, a cat's
    # blood, an after-effect likened to an endoscopy (controls); numb from the waist down told
    # in passing, a pulmonary embolism likened, redness doubling, numbness climbing, a neighbour
    # collapsing just now (urgent)
    (
        "de",
        "Die Rechnung für das Einzelzimmer ist gekommen, da ist mir fast schwindelig geworden. Zahlt das die Zusatzversicherung?",
        Q,
    ),
    (
        "de",
        "Auf dem Entlassbrief steht 'bei Fieber über 38,5 melden'. Heißt das ab 38,5 im Ohr gemessen?",
        Q,
    ),
    ("de", "Was bedeutet 'Taubheitsgefühl im Gesäßbereich' auf dem Merkblatt?", Q),
    (
        "de",
        "Meine Nachbarin hatte letzte Woche einen Kreislaufkollaps beim Einkaufen. Darf ich schon alleine einkaufen gehen?",
        Q,
    ),
    (
        "de",
        "Unsere Katze hat seit gestern Durchfall und Blut im Kot. Darf ich das Katzenklo sauber machen, so kurz nach dem Eingriff?",
        Q,
    ),
    (
        "de",
        "Die Stelle ist blau wie nach einer Blutabnahme, tut aber kaum weh. Darf ich duschen?",
        Q,
    ),
    (
        "de",
        "Ich war nach der Sedierung müde wie nach einer Magenspiegelung, heute bin ich wieder fit. Wann darf ich Rad fahren?",
        Q,
    ),
    (
        "de",
        "Für den Termin nächste Woche brauche ich einen Transportschein. Übrigens ist mir heute Nacht zweimal schwarz vor Augen geworden und ich bin gestürzt.",
        U,
    ),
    (
        "de",
        "Es fühlt sich an wie damals bei meiner Lungenembolie, ich krieg kaum Luft und das Herz rast.",
        U,
    ),
    ("de", "Die Rötung um die Einstichstelle ist seit heute Morgen doppelt so groß und heiß.", U),
    ("de", "Das Taubheitsgefühl wandert, erst die Füße, jetzt bis zu den Knien.", U),
    ("zh-Hans", "出院小结上写着'如出现下肢麻木请立即就诊'，下肢是指哪里？", Q),
    ("zh-Hans", "我家猫这两天拉肚子还带血，我刚做完手术能给它铲屎吗？", Q),
    ("zh-Hans", "针眼那里青了一块，跟抽血以后一样，不疼，能洗澡吗？", Q),
    ("zh-Hans", "麻醉以后困得跟做胃镜那次一样，睡一觉就好了，什么时候能骑车？", Q),
    ("zh-Hans", "想问一下复查要不要空腹。另外我从昨晚开始尿不出来，肚子胀。", U),
    ("zh-Hans", "这感觉跟我上次肺栓塞一样，喘不上气，心跳特别快。", U),
    ("zh-Hans", "针眼周围的红肿从早上到现在大了一倍，摸着发烫。", U),
    ("zh-Hans", "脚麻一开始只是脚趾，现在麻到大腿了。", U),
    (
        "pt",
        "Preciso de remarcar o transporte para a consulta. Já agora, desde esta manhã não sinto nada da cintura para baixo.",
        U,
    ),
    (
        "pt",
        "É igual à minha embolia pulmonar de há três anos, falta-me o ar e o coração dispara.",
        U,
    ),
    ("pt", "A vermelhidão à volta da picada duplicou desde de manhã e está quente.", U),
    ("pt", "A dormência começou nos pés e agora já chega às coxas.", U),
    (
        "pt",
        "Na carta de alta diz 'procurar a urgência se febre acima de 38'. É medida na axila?",
        Q,
    ),
    (
        "pt",
        "A minha vizinha teve um desmaio no supermercado a semana passada. Já posso ir sozinha às compras?",
        Q,
    ),
    (
        "pt",
        "Fiquei cansada como depois da endoscopia, mas hoje já estou bem. Quando posso andar de bicicleta?",
        Q,
    ),
    (
        "en",
        "Need to rebook the hospital transport for Thursday. Also, since breakfast I can't feel anything from the waist down.",
        U,
    ),
    (
        "en",
        "It's just like my pulmonary embolism three years ago, I can't get my breath and my heart is racing.",
        U,
    ),
    (
        "en",
        "The discharge letter says go to A&E if temperature over 38. Is that under the arm or in the ear?",
        Q,
    ),
    ("en", "My neighbour had a funny turn in Tesco last week. Can I go shopping on my own yet?", Q),
    (
        "fr",
        "Je dois reprogrammer le taxi pour jeudi. Au fait, depuis le petit déjeuner je ne sens plus rien sous la taille.",
        U,
    ),
    (
        "fr",
        "C'est comme mon embolie pulmonaire il y a trois ans, je n'arrive pas à respirer et le cœur s'emballe.",
        U,
    ),
    (
        "fr",
        "Ma voisine a fait un malaise au supermarché la semaine dernière. Est-ce que je peux aller faire les courses seule ?",
        Q,
    ),
    (
        "es",
        "Tengo que cambiar la ambulancia del jueves. Por cierto, desde el desayuno no siento nada de cintura para abajo.",
        U,
    ),
    (
        "es",
        "Es igual que mi embolia pulmonar de hace tres años, no puedo respirar y el corazón se me dispara.",
        U,
    ),
    (
        "es",
        "Mi vecina tuvo un desmayo en el súper la semana pasada. ¿Puedo ir a comprar sola ya?",
        Q,
    ),
    (
        "vi",
        "Tôi cần đổi lịch xe đưa đón thứ năm. À mà từ sáng tới giờ tôi mất cảm giác từ thắt lưng trở xuống.",
        U,
    ),
    ("vi", "Bà hàng xóm tuần trước bị xỉu ở chợ. Tôi tự đi chợ được chưa?", Q),
    ("ar", "بدي غير موعد الإسعاف ليوم الخميس. وعلى فكرة من الصبح ما عم حس بشي من خصري ولتحت.", U),
    ("ar", "جارتنا أغمي عليها بالسوق الأسبوع الماضي. بقدر روح اتسوق لحالي؟", Q),
    ("en", "My neighbour has just collapsed in her garden and isn't answering, what do I do?", U),
    ("es", "Mi vecino se acaba de desmayar en la escalera, ¿qué hago?", U),
]


@pytest.mark.parametrize("locale, text, urgent", AHEAD31_KINDS)
def test_urgent_kinds_31(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in AHEAD31_KINDS if locale == tag]
        assert rows.count(U) >= 5 and rows.count(Q) >= 5, tag


# Kinds still read wrong, each left for a later session: a bill that "nearly made me faint" told
# in the figurative's own clause after a comma (Chinese), a neighbour's faint last week in a
# sentence that also asks "can I now" (Chinese "现在" reads as now).
KNOWN_GAPS_31 = [
    ("zh-Hans", "交费的时候看到账单，我差点晕过去，医保能报多少？", Q),
    ("zh-Hans", "邻居大妈上周在菜市场晕倒了，我现在能自己去买菜吗？", Q),
]


@pytest.mark.xfail(strict=True, reason="a figure of speech or a neighbour's past faint, in Chinese")
@pytest.mark.parametrize("locale, text, urgent", KNOWN_GAPS_31)
def test_known_gaps_31(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent
