"""Urgent signs by kind, the twenty-seventh blind set's (tests/data/urgent_blind_27/, issue 17).

Written after the set was first read (session 33): its 2 misses and 13 false alarms with the
word model (0.979 / 13.5 %; rules alone 0.938 / 11.5 %, 6 misses), and patient set 25's 4 false
alarms (2.3 %), were read as kinds, and each kind written here in situations of our own (other
people, other body words, other signs, other tenses) in every locale, urgent rows and controls
of the same kind:

1. a form or questionnaire that lists signs, quoted and asked how to fill in (40 rows, 16
   urgent; 8 of the set's 13 false alarms: a pre-op questionnaire, a sick-note, a travel
   insurance declaration): a message that names a form (a new ``form`` cue: "form",
   "Fragebogen", "cuestionario", "tờ khai", 表格, "استمارة") and asks how to fill it in
   (``fill_in``: "do I tick yes", "¿marco sí o no?", "je coche", "ankreuzen", "deixo em
   branco", "đánh dấu", 勾, "أكتب نعم") tells no sign in the form's quoted words, and a sign
   outside them only when its sentence ties it to now (``urgent_everyday.form_filled_in``):
   "the dentist's form asks about chest pain - I've had chest pain since this morning" alerts;
2. a sign denied with "any" or "at all" (24 rows, 8 urgent; 1 false alarm): "ولا يوجد أي خدر
   أو ضعف", "ni pizca de", "pas la moindre", "không hề", 没有任何, and their lists ("no X or
   Y"), ``negation``; German "spür ich meinen linken Fuß nicht mehr";
3. an ordinary after-effect fading or easing over the hours (40 rows, 16 urgent; 2 false
   alarms, 2 more with the model): a redness "blasser geworden, fast weg", 淡得看不出来了, is
   ``resolved`` in every locale; a redness growing, a numbness spreading up the leg alert (the
   toe, the knee, the calf, Portuguese "o furo" added to the body words);
4. a dressing changed and soaked again, dripping onto the pillow or the sheet, the blood not
   named (32 rows, 16 urgent; 1 miss, 2 more by the rules alone): a bleeding phrase in every
   locale, while a dressing wet from a shower or a bath is no bleeding (a new ``washed`` cue,
   ``urgent_everyday.wet_from_washing``);
5. a remedy, a tip or a product asked for a sign happening now (33 rows, 17 urgent; 1 miss):
   Levantine "مبارح" (yesterday) and an inhaler that did not help ("البخاخ ... ما نفع") are
   ``new`` and ``recent``, "شفاف" (lips);
6. permission asked for an ordinary plan with the sign as background (32 rows, 16 urgent; 2
   misses by the rules alone): urine passed only in drops ("only a dribble", "a gotitas", "goutte
   à goutte", "tröpfchenweise", "em gotinhas", "نقط نقط"), a foot "tout mou" that "accroche le
   tapis", "des fourmis jusqu'au mollet";
7. patient set 25's false alarms (33 rows, 9 urgent): a faint at a blood test, a jab or a blood
   donation told as the writer's past (``cause``: "having blood taken", "análisis de sangre",
   "prise de sang", "Blutabnahme", "lấy máu", 抽血, "يسحبوا دم"), unless ``new`` ("an hour ago":
   "hace una hora", "il y a une heure", "vor einer Stunde" are now ``new``); bedridden by the
   fracture ("clouée au lit" is no wet bed, "liệt giường" no paralysis); a medicine's known
   effect on the writer ("tramadol always leaves me woozy", ``cause``).

311 rows (135 urgent, 176 quiet). The first 234 were written before any change: 49 failed
with the model on the code before (58 by the rules alone; by kind 16, 6, 10, 2, 1, 5, 9). 68
more (the second block from the end: look-alikes of the new rules, a form with a sign tied to
now, lists denied with "any", a dressing wet in the shower, a faint at a blood test "an hour
ago") were written after the first change: 11 failed on the code before (13 by the rules
alone), 13 after it (a dressing wet from a shower had alerted before this work too, in five
locales). The last 9 were written after the first refit on the set and these rows, which read
an ordinary Arabizi question of patient set 23 (a sore needle spot since yesterday) as urgent:
1 failed with the model on the code before and after that refit (1 by the rules alone, Arabizi
"7es" for "I feel", now respelled). Over all 311, 61 fail with the model on the code before (72
by the rules alone). All pass by the rules alone; before the refit, 7 controls of kind 3 (an
ache easing when lying down, a tape mark fading) and one Arabizi control alerted through the
word model.

Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND27_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND27_KINDS = [
    # 1. a form or questionnaire that lists signs, quoted, and asked how to fill in (controls);
    # the same frame with a sign of one's own tied to now (urgent)
    (
        "en",
        "The gym's health form asks 'Do you suffer from chest pain or dizzy spells?'. I had one dizzy spell in 2019 when I stood up too fast. Do I need to tick yes?",
        Q,
    ),
    (
        "en",
        "Filling in the blood donor questionnaire: 'Have you had a fever or any bleeding problems in the last 4 weeks?' Nothing like that here. Is it OK to put no for both?",
        Q,
    ),
    (
        "en",
        "Mum's care home admission form has a section 'continence: any loss of bladder or bowel control?'. She's always managed fine on her own. What do I write?",
        Q,
    ),
    (
        "en",
        "The dentist's form asks 'any chest pain or palpitations?' - I've had chest pain since this morning and my heart is racing right now. Do I tick yes?",
        U,
    ),
    (
        "en",
        "Insurance form wants to know about 'numbness or weakness in the legs'. Both my legs have gone numb since the cement yesterday. Do I put that down?",
        U,
    ),
    (
        "es",
        "En la ficha del gimnasio preguntan '¿Ha sufrido mareos o desmayos?'. Me desmayé una vez de joven en una boda por el calor. ¿Pongo que sí?",
        Q,
    ),
    (
        "es",
        "El formulario para donar sangre pone 'fiebre o sangrado en el último mes'. No he tenido nada. ¿Marco que no en las dos casillas?",
        Q,
    ),
    (
        "es",
        "La hoja de la residencia pregunta por 'incontinencia urinaria'. Mi padre siempre ha ido solo al baño. ¿Qué pongo?",
        Q,
    ),
    (
        "es",
        "En el impreso del seguro hay una casilla de 'dificultad para respirar'. Desde esta mañana me ahogo hasta sentada, ¿la marco?",
        U,
    ),
    (
        "es",
        "La hoja de ingreso de la residencia pregunta si mi padre tiene 'incontinencia'. Desde la operación de ayer se le escapa el pis sin darse cuenta, ¿qué pongo?",
        U,
    ),
    (
        "fr",
        "Le certificat pour la piscine demande « avez-vous des douleurs thoraciques ou des essoufflements ? ». J'ai de l'asthme depuis l'enfance, bien équilibré. Je mets oui ?",
        Q,
    ),
    (
        "fr",
        "Formulaire de don du sang : « fièvre ou saignement dans les 4 dernières semaines ». Je n'ai rien eu de tout ça. Je réponds non ?",
        Q,
    ),
    (
        "fr",
        "Le dossier d'entrée en EHPAD demande « incontinence urinaire ou fécale ». Ma mère va toute seule aux toilettes. Je coche non ?",
        Q,
    ),
    (
        "fr",
        "Le questionnaire de la mutuelle demande « troubles urinaires ». Depuis hier soir je n'arrive plus à uriner du tout, je coche quoi ?",
        U,
    ),
    (
        "fr",
        "Sur le formulaire de l'assurance il y a une case « malaise ». Ma femme a fait un malaise ce matin après la vertébroplastie et elle est encore confuse, on coche oui ?",
        U,
    ),
    (
        "de",
        "Im Gesundheitsfragebogen vom Fitnessstudio steht 'Leiden Sie unter Brustschmerzen oder Schwindel?'. Schwindel hatte ich vor Jahren mal beim Blutabnehmen. Kreuz ich ja an?",
        Q,
    ),
    (
        "de",
        "Das Formular für die Blutspende fragt nach 'Fieber oder Blutungen in den letzten vier Wochen'. Hatte ich nicht. Schreib ich einfach nein?",
        Q,
    ),
    (
        "de",
        "Im Aufnahmebogen vom Pflegeheim gibt es ein Feld 'Inkontinenz'. Meine Mutter geht immer allein zur Toilette. Was trag ich ein?",
        Q,
    ),
    (
        "de",
        "Im Antrag fürs Pflegeheim wird nach 'Inkontinenz' gefragt. Seit der OP gestern läuft bei meiner Mutter der Urin einfach raus, sie merkt es nicht. Was kreuze ich an?",
        U,
    ),
    (
        "de",
        "Auf dem Zettel für die Versicherung steht 'Atemnot'. Ich krieg seit heute Morgen kaum Luft, selbst im Sitzen. Soll ich das ankreuzen?",
        U,
    ),
    (
        "pt",
        "A ficha da academia pergunta 'sente dor no peito ou tontura?'. Tive tontura uma vez em 2015 por causa de pressão baixa. Marco sim?",
        Q,
    ),
    (
        "pt",
        "No formulário de doação de sangue tem 'febre ou sangramento nas últimas 4 semanas'. Não tive nada disso. Coloco não nos dois?",
        Q,
    ),
    (
        "pt",
        "A ficha do lar pergunta 'incontinência urinária?'. Minha mãe sempre foi ao banheiro sozinha. O que escrevo?",
        Q,
    ),
    (
        "pt",
        "O formulário do seguro pergunta sobre 'formigamento ou fraqueza nas pernas'. Desde a cirurgia ontem minhas pernas estão dormentes e fracas, marco sim?",
        U,
    ),
    (
        "pt",
        "Na ficha do lar de idosos tem um campo 'febre'. Minha mãe está com 39 de febre desde hoje cedo e a ferida tá vermelha, escrevo isso?",
        U,
    ),
    (
        "vi",
        "Phiếu sức khỏe của phòng gym hỏi 'có bị đau ngực hay chóng mặt không'. Tôi bị chóng mặt một lần hồi năm 2018 do thiếu máu. Có đánh dấu không?",
        Q,
    ),
    (
        "vi",
        "Tờ khai hiến máu có mục 'sốt hoặc chảy máu trong 4 tuần qua'. Tôi không bị gì cả. Ghi 'không' là được phải không?",
        Q,
    ),
    (
        "vi",
        "Giấy vào viện dưỡng lão có ô 'tiểu không tự chủ'. Mẹ tôi vẫn tự đi vệ sinh được. Ghi sao ạ?",
        Q,
    ),
    (
        "vi",
        "Tờ khai bảo hiểm có ô 'khó thở'. Từ sáng nay tôi thở không ra hơi, ngồi yên cũng mệt, có đánh dấu vào không?",
        U,
    ),
    (
        "vi",
        "Giấy vào viện dưỡng lão hỏi 'tiểu không tự chủ'. Từ hôm qua làm thủ thuật xong mẹ tôi tè ra quần mà không biết, ghi sao ạ?",
        U,
    ),
    (
        "zh-Hans",
        "健身房的健康表上问“是否有胸痛或头晕”，我2016年因为低血糖晕过一次，要勾“是”吗？",
        Q,
    ),
    ("zh-Hans", "献血登记表上有一项“近四周内是否发热或出血”，我都没有，全填“否”可以吧？", Q),
    ("zh-Hans", "养老院的入住登记表有一栏“大小便失禁”，我妈一直都是自己上厕所，怎么填？", Q),
    ("zh-Hans", "保险表格里有一栏“呼吸困难”，我从今天早上开始喘不上气，坐着都憋，要勾吗？", U),
    (
        "zh-Hans",
        "养老院的入住表问“有无大小便失禁”，我妈昨天做完手术后尿裤子了自己都不知道，这个怎么填？",
        U,
    ),
    (
        "ar",
        "استمارة النادي الرياضي تسأل: هل تعاني من ألم في الصدر أو دوخة؟ دخت مرة قبل خمس سنين لما نزل السكر. أكتب نعم؟",
        Q,
    ),
    (
        "ar",
        "نموذج التبرع بالدم فيه سؤال عن 'حمى أو نزيف خلال الأسابيع الأربعة الماضية'. ما صار معي شي. أكتب لا؟",
        Q,
    ),
    (
        "ar",
        "استمارة دار المسنين فيها خانة 'سلس البول'. أمي دايما بتروح عالحمام لحالها. شو بكتب؟",
        Q,
    ),
    ("ar", "نموذج التأمين فيه خانة 'ضيق تنفس'. من الصبح ما عم بقدر آخد نفسي وأنا قاعدة، بحطها؟", U),
    (
        "ar",
        "استمارة دار المسنين تسأل عن 'سلس البول'. من بعد العملية امبارح أمي بتبول على حالها وما بتحس، شو بكتب؟",
        U,
    ),
    # 2. a sign denied with "any" or "at all" before or after it (controls); another sign
    # reported beside the denial (urgent)
    (
        "en",
        "Can I go up to the allotment next week? A little tired in the evenings, but there isn't any numbness or weakness at all in my legs.",
        Q,
    ),
    (
        "en",
        "No fever whatsoever and no redness of any kind at the needle spot, just itchy. Can I put cream on?",
        Q,
    ),
    ("en", "There's no fever at all, but since this morning I can't feel my left foot.", U),
    (
        "es",
        "¿Puedo ir al pueblo en autobús la semana que viene? Solo algo de cansancio, y no tengo ningún hormigueo ni debilidad en las piernas.",
        Q,
    ),
    (
        "es",
        "No hay ni pizca de fiebre ni ningún enrojecimiento en el pinchazo, solo me pica. ¿Le pongo crema?",
        Q,
    ),
    ("es", "No tengo nada de fiebre, pero desde esta mañana no siento el pie izquierdo.", U),
    (
        "fr",
        "Je peux aller chez ma sœur en train dans huit jours ? Juste un peu fatiguée le soir, et aucun engourdissement ni faiblesse dans les jambes.",
        Q,
    ),
    (
        "fr",
        "Pas la moindre fièvre et aucune rougeur au point de piqûre, ça gratte juste. Je peux mettre de la crème ?",
        Q,
    ),
    ("fr", "Aucune fièvre, mais depuis ce matin je ne sens plus mon pied gauche.", U),
    (
        "de",
        "Darf ich nächste Woche mit dem Zug zu meinem Sohn? Bin abends nur etwas müde, keinerlei Taubheit oder Schwäche in den Beinen.",
        Q,
    ),
    (
        "de",
        "Überhaupt kein Fieber und keinerlei Rötung an der Einstichstelle, juckt nur. Darf ich eincremen?",
        Q,
    ),
    (
        "de",
        "Fieber hab ich überhaupt keins, aber seit heute früh spür ich meinen linken Fuß nicht mehr.",
        U,
    ),
    (
        "pt",
        "Posso ir de ônibus pra chácara semana que vem? Só um cansaço no fim do dia, nenhum formigamento nem fraqueza nas pernas.",
        Q,
    ),
    ("pt", "Nenhuma febre e nenhuma vermelhidão no furinho, só coça. Posso passar creme?", Q),
    ("pt", "Febre nenhuma, mas desde hoje cedo não sinto o pé esquerdo.", U),
    (
        "vi",
        "Tuần sau tôi đi xe về quê được không? Chỉ hơi mệt buổi tối, hoàn toàn không có tê hay yếu chân gì cả.",
        Q,
    ),
    ("vi", "Không hề sốt, chỗ chích cũng không đỏ chút nào, chỉ hơi ngứa. Bôi kem được không?", Q),
    ("vi", "Không sốt gì cả, nhưng từ sáng nay tôi không cảm giác được bàn chân trái.", U),
    ("zh-Hans", "下周能坐火车去我儿子家吗？就是晚上有点累，腿上没有任何麻木或无力。", Q),
    ("zh-Hans", "一点都不发烧，针眼也没有任何发红，就是有点痒，能抹点药膏吗？", Q),
    ("zh-Hans", "一点不发烧，可是从早上起左脚没知觉了。", U),
    (
        "ar",
        "هل أستطيع زيارة أختي بالقطار الأسبوع القادم؟ أشعر بتعب خفيف فقط، ولا يوجد أي تنميل أو ضعف في رجلي.",
        Q,
    ),
    ("ar", "ما في أي حرارة ولا أي احمرار مكان الإبرة، بس بتحكني. فيني حط كريم؟", Q),
    ("ar", "ما في أي حرارة، بس من الصبح ما عم حس بإجري الشمال.", U),
    # 3. an ordinary after-effect fading or easing over the hours (controls); a sign growing,
    # spreading or moving over the hours (urgent)
    (
        "en",
        "The pink mark where the tape was this morning has faded a bit more every hour and is almost gone now.",
        Q,
    ),
    (
        "en",
        "The bruise was deep purple at breakfast, by teatime it's gone greenish yellow round the edge and shrunk. Healing?",
        Q,
    ),
    (
        "en",
        "My back ache was worse sitting through the film, after half an hour flat on the sofa it eased right off, and tonight is better than this morning.",
        Q,
    ),
    (
        "en",
        "The redness round the needle hole was the size of a coin at lunch, by tea it was the size of my hand and now it's hot and throbbing.",
        U,
    ),
    (
        "en",
        "At ten it was just my right big toe tingling, by two the whole foot, and now the numbness is past my knee.",
        U,
    ),
    (
        "es",
        "La marca roja del esparadrapo se ha ido aclarando cada hora desde que me lo quité y ya casi no se ve.",
        Q,
    ),
    (
        "es",
        "El cardenal por la mañana estaba muy oscuro y por la tarde ya amarillento y más pequeño, ¿va bien?",
        Q,
    ),
    (
        "es",
        "El dolor sube cuando estoy mucho rato sentada, pero tumbada media hora se calma, y hoy por la tarde mucho mejor que por la mañana.",
        Q,
    ),
    (
        "es",
        "A mediodía el enrojecimiento del pinchazo era como una moneda, ahora es como la palma de la mano, caliente y con pus.",
        U,
    ),
    (
        "es",
        "Por la mañana solo era el dedo gordo dormido, a la hora de comer todo el pie, y ahora no siento la pierna hasta la rodilla.",
        U,
    ),
    (
        "fr",
        "La trace rouge du sparadrap pâlit d'heure en heure depuis que je l'ai enlevé, il n'y a presque plus rien.",
        Q,
    ),
    (
        "fr",
        "Le bleu était violet foncé ce matin, ce soir il est jaunâtre et plus petit, ça guérit ?",
        Q,
    ),
    (
        "fr",
        "La douleur augmente quand je reste longtemps assise mais allongée une demi-heure elle se calme, et cet après-midi c'est bien mieux que ce matin.",
        Q,
    ),
    (
        "fr",
        "À midi la rougeur autour de la piqûre faisait une pièce de monnaie, maintenant elle fait toute la paume, chaude et gonflée.",
        U,
    ),
    (
        "fr",
        "Ce matin c'était juste le gros orteil endormi, à midi tout le pied, et maintenant je ne sens plus ma jambe jusqu'au genou.",
        U,
    ),
    (
        "de",
        "Der rote Abdruck vom Pflaster wird seit dem Abziehen von Stunde zu Stunde blasser, inzwischen kaum noch zu sehen.",
        Q,
    ),
    (
        "de",
        "Der blaue Fleck war heute früh dunkellila, jetzt am Abend eher gelblich und kleiner. Heilt das?",
        Q,
    ),
    (
        "de",
        "Die Schmerzen werden beim langen Sitzen stärker, im Liegen nach einer halben Stunde besser, und heute Nachmittag viel besser als heute früh.",
        Q,
    ),
    (
        "de",
        "Die Rötung um den Einstich war mittags so groß wie eine Münze, jetzt wie eine Handfläche, heiß und geschwollen.",
        U,
    ),
    (
        "de",
        "Heute früh war nur der große Zeh eingeschlafen, mittags der ganze Fuß, und jetzt spür ich das Bein bis zum Knie nicht mehr.",
        U,
    ),
    (
        "pt",
        "A marca vermelha do esparadrapo foi clareando a cada hora desde que tirei e agora quase não aparece.",
        Q,
    ),
    (
        "pt",
        "O hematoma de manhã tava roxo escuro, de noite já tá amarelado e menor, tá sarando?",
        Q,
    ),
    (
        "pt",
        "A dor aumenta quando fico muito tempo sentada, deitada meia hora melhora, e hoje à tarde tá bem melhor que de manhã.",
        Q,
    ),
    (
        "pt",
        "Ao meio-dia a vermelhidão em volta do furo era do tamanho de uma moeda, agora tá do tamanho da palma da mão, quente e inchada.",
        U,
    ),
    (
        "pt",
        "De manhã era só o dedão dormente, no almoço o pé todo, e agora não sinto a perna até o joelho.",
        U,
    ),
    ("vi", "Vết đỏ do băng keo dán từ sáng tới giờ cứ mờ dần, giờ gần như không thấy nữa.", Q),
    (
        "vi",
        "Vết bầm sáng nay tím sẫm, tối nay đã ngả vàng và nhỏ lại, vậy là đang lành phải không?",
        Q,
    ),
    ("vi", "Ngồi lâu thì lưng đau hơn, nằm nửa tiếng là dịu, chiều nay đỡ hơn sáng nhiều.", Q),
    (
        "vi",
        "Trưa nay chỗ đỏ quanh lỗ kim chỉ bằng đồng xu, giờ lan rộng bằng bàn tay, nóng và sưng.",
        U,
    ),
    (
        "vi",
        "Sáng chỉ tê ngón chân cái, trưa tê cả bàn chân, giờ không cảm giác được cả cẳng chân tới đầu gối.",
        U,
    ),
    ("zh-Hans", "胶布撕掉以后那圈红印一小时比一小时淡，现在差不多看不见了。", Q),
    ("zh-Hans", "早上那块淤青还是深紫的，到晚上已经发黄变小了，是在好吧？", Q),
    ("zh-Hans", "坐久了腰疼得厉害点，平躺半小时就好多了，下午比上午轻松。", Q),
    ("zh-Hans", "中午针眼周围的红才硬币那么大，现在扩到巴掌大了，又烫又肿。", U),
    ("zh-Hans", "早上只是大脚趾麻，中午整只脚都麻了，现在到膝盖都没感觉了。", U),
    ("ar", "العلامة الحمرا من اللزقة عم تخف كل ساعة من وقت ما شلتها، هلق تقريباً ما عاد تبين.", Q),
    ("ar", "الزرقة الصبح كانت بنفسجي غامق، بالليل صارت مصفرة وأصغر، هيك عم تطيب؟", Q),
    ("ar", "الوجع بيزيد لما أقعد كتير، وبيخف بعد نص ساعة نايمة، والعصر أحسن من الصبح.", Q),
    ("ar", "الضهر كان الاحمرار حول مكان الإبرة قد الليرة، هلق صار قد الكف وسخن ومنفوخ.", U),
    (
        "ar",
        "الصبح كان بس إصبع إجري الكبير منمل، الضهر الإجر كلها، وهلق ما عم حس بإجري لحد الركبة.",
        U,
    ),
    # 4. a dressing changed and soaked again, dripping or running onto the bed, the blood not
    # named (urgent); a dressing changed for an ordinary reason or a dot that stays (controls)
    (
        "en",
        "Changed the pad at eight, by eleven it was wet through again and now it's dripping onto the pillowcase.",
        U,
    ),
    (
        "en",
        "Put a fresh dressing on after tea, it's soaked again already and running down onto the bed.",
        U,
    ),
    (
        "en",
        "Changed the dressing after my shower because it got damp, the new one is dry and clean.",
        Q,
    ),
    ("en", "The dressing had a tiny brown dot this morning and it hasn't grown all day.", Q),
    (
        "es",
        "Cambié el apósito a las ocho, a las once otra vez empapado y ahora gotea en la almohada.",
        U,
    ),
    (
        "es",
        "Le puse una gasa nueva después de cenar y ya está calada otra vez, chorrea hasta la sábana.",
        U,
    ),
    ("es", "Cambié el apósito después de la ducha porque se mojó, el nuevo está seco y limpio.", Q),
    ("es", "El apósito tenía un puntito marrón esta mañana y no ha crecido en todo el día.", Q),
    (
        "fr",
        "J'ai changé la compresse à huit heures, à onze heures elle était de nouveau trempée et maintenant ça goutte sur l'oreiller.",
        U,
    ),
    ("fr", "Pansement neuf après le dîner, déjà imbibé et ça coule jusque sur le drap.", U),
    (
        "fr",
        "J'ai changé le pansement après la douche parce qu'il était mouillé, le nouveau est sec et propre.",
        Q,
    ),
    (
        "fr",
        "Le pansement avait un petit point marron ce matin et il n'a pas grandi de la journée.",
        Q,
    ),
    (
        "de",
        "Um acht hab ich die Kompresse gewechselt, um elf war sie wieder durchgeweicht und jetzt tropft es aufs Kopfkissen.",
        U,
    ),
    (
        "de",
        "Nach dem Abendessen ein neues Pflaster drauf, schon wieder durch und es läuft aufs Laken.",
        U,
    ),
    (
        "de",
        "Das Pflaster hab ich nach dem Duschen gewechselt, weil es nass war, das neue ist trocken und sauber.",
        Q,
    ),
    (
        "de",
        "Auf dem Pflaster war heute früh ein kleiner brauner Punkt, der ist den ganzen Tag nicht größer geworden.",
        Q,
    ),
    (
        "pt",
        "Troquei a gaze às oito, às onze já tava encharcada de novo e agora tá pingando no travesseiro.",
        U,
    ),
    (
        "pt",
        "Curativo novo depois do jantar, já tá ensopado outra vez e escorrendo até o lençol.",
        U,
    ),
    ("pt", "Troquei o curativo depois do banho porque molhou, o novo tá seco e limpo.", Q),
    ("pt", "O curativo tinha um pontinho marrom de manhã e não aumentou o dia todo.", Q),
    ("vi", "Tám giờ thay gạc, mười một giờ lại ướt đẫm, giờ nhỏ giọt xuống gối.", U),
    ("vi", "Thay băng mới sau bữa tối mà đã thấm ướt lại, chảy xuống tận nệm.", U),
    ("vi", "Tắm xong băng bị ướt nên tôi thay, miếng mới khô và sạch.", Q),
    ("vi", "Sáng nay băng có một chấm nâu nhỏ, cả ngày không to ra.", Q),
    ("zh-Hans", "八点换的纱布，十一点又湿透了，现在往枕头上滴。", U),
    ("zh-Hans", "吃完晚饭换了块新敷料，又渗透了，顺着流到床单上。", U),
    ("zh-Hans", "洗完澡敷料湿了我就换了块新的，现在干干净净的。", Q),
    ("zh-Hans", "早上敷料上有个小褐点，一整天都没变大。", Q),
    ("ar", "غيرت الشاش الساعة تمانية، الساعة حداشر رجع غرقان وهلق عم ينقط عالمخدة.", U),
    ("ar", "حطيت لزقة جديدة بعد العشا، رجعت تبللت وعم تسيل لحد الفرشة.", U),
    ("ar", "غيرت الضمادة بعد الدوش لأنها تبللت، الجديدة ناشفة ونظيفة.", Q),
    ("ar", "كان على الضمادة نقطة بنية صغيرة الصبح وما كبرت طول النهار.", Q),
    # 5. a remedy, a tip or a product asked for a sign happening now, a home remedy tried and
    # failing (urgent); a remedy for an ordinary after-effect (controls)
    (
        "en",
        "Is there a tea or something that helps the breathing? Since yesterday I get puffed just sitting in the chair and my inhaler's done nothing.",
        U,
    ),
    (
        "en",
        "Which cream is best for a hot swollen wound? Mine's been leaking yellow since Sunday and I'm shivery.",
        U,
    ),
    ("en", "What's good for the itch under the plaster? A bit of calamine?", Q),
    ("en", "Any tips for sleeping comfortably on my side after the op?", Q),
    (
        "es",
        "¿Qué infusión me tomo para respirar mejor? Desde ayer me falta el aire hasta sentado y el inhalador no me hace nada.",
        U,
    ),
    (
        "es",
        "¿Qué le pongo a la herida? Está caliente, hinchada y supura amarillo desde el domingo, y tengo escalofríos.",
        U,
    ),
    ("es", "¿Qué es bueno para el picor debajo del esparadrapo? ¿Una crema de calamina?", Q),
    ("es", "¿Algún truco para dormir de lado cómoda después de la operación?", Q),
    (
        "fr",
        "Une tisane pour mieux respirer ? Depuis hier je manque d'air même assis et la Ventoline ne fait rien.",
        U,
    ),
    (
        "fr",
        "Quelle crème pour la plaie ? Elle est chaude, gonflée, ça coule jaune depuis dimanche et j'ai des frissons.",
        U,
    ),
    ("fr", "Qu'est-ce qui calme les démangeaisons sous le pansement ? Une crème apaisante ?", Q),
    ("fr", "Des astuces pour bien dormir sur le côté après l'intervention ?", Q),
    (
        "de",
        "Welcher Tee hilft beim Atmen? Seit gestern krieg ich sogar im Sitzen schlecht Luft und das Asthmaspray hilft nicht.",
        U,
    ),
    (
        "de",
        "Was schmier ich auf die Wunde? Die ist heiß, geschwollen und eitert seit Sonntag, und ich hab Schüttelfrost.",
        U,
    ),
    ("de", "Was hilft gegen das Jucken unterm Pflaster? Eine kühlende Creme?", Q),
    ("de", "Tipps, wie ich nach dem Eingriff bequem auf der Seite schlafe?", Q),
    (
        "pt",
        "Tem algum chá pra ajudar a respirar? Desde ontem fico sem ar até sentado e a bombinha não resolve.",
        U,
    ),
    (
        "pt",
        "O que passo na ferida? Tá quente, inchada e soltando pus amarelo desde domingo, e tô com calafrio.",
        U,
    ),
    ("pt", "O que é bom pra coceira embaixo do esparadrapo? Uma pomada calmante?", Q),
    ("pt", "Alguma dica pra dormir de lado confortável depois do procedimento?", Q),
    (
        "vi",
        "Uống trà gì cho dễ thở không? Từ hôm qua ngồi yên cũng hụt hơi, xịt thuốc hen cũng không đỡ.",
        U,
    ),
    (
        "vi",
        "Bôi thuốc gì cho vết chích? Nó nóng, sưng, chảy mủ vàng từ chủ nhật, người thì ớn lạnh.",
        U,
    ),
    ("vi", "Ngứa dưới miếng băng keo thì bôi gì cho đỡ?", Q),
    ("vi", "Có mẹo gì để nằm nghiêng ngủ cho dễ sau thủ thuật không?", Q),
    ("zh-Hans", "喝点什么茶能顺气？从昨天开始坐着都喘不上气，哮喘喷雾喷了也不管用。", U),
    ("zh-Hans", "伤口抹什么药好？从周日开始又烫又肿还流黄脓，人直打寒战。", U),
    ("zh-Hans", "胶布底下痒，抹点什么能止痒？", Q),
    ("zh-Hans", "术后侧着睡有什么小窍门吗？", Q),
    ("ar", "في شي بيفتح النفس؟ من مبارح بنهج وأنا عم احكي، جربت البخار وما نفع.", U),
    ("ar", "مرتي من الضهر عم تنهج وشفافها زرقا، البخاخ تبع الربو ما فادها، شو منعطيها؟", U),
    ("ar", "شو بحط على الجرح؟ سخن ومنفوخ وعم يطلع منه قيح من يوم الأحد، وعم برجف.", U),
    ("ar", "شو بيفيد للحكة تحت اللزقة؟", Q),
    ("ar", "في طريقة أنام فيها على جنبي مرتاح بعد العملية؟", Q),
    # 6. permission asked for an ordinary plan with a sign told as background, played down
    # (urgent); the same with an ordinary after-effect (controls)
    (
        "en",
        "Can I still go to the bowls club do on Saturday? Only since the op I can only manage a dribble when I pee, if anything, and my tummy's swollen.",
        U,
    ),
    (
        "en",
        "OK to drive to work Monday? Just that since the procedure my left foot slaps down and catches on the step, and there's pins and needles up to my calf that won't go.",
        U,
    ),
    (
        "en",
        "Can I go to my grandson's football match on Sunday? Just a bit stiff sitting on the bench.",
        Q,
    ),
    (
        "en",
        "Is a short train trip to the seaside alright next week? A little tired, but walking well.",
        Q,
    ),
    (
        "es",
        "¿Puedo ir al bautizo de mi nieto el domingo? Solo que desde la intervención orino a gotitas, casi nada, y tengo la barriga hinchada.",
        U,
    ),
    (
        "es",
        "¿Puedo volver a conducir el lunes? Es que desde la operación el pie izquierdo se me cae y tropieza en el bordillo, y un hormigueo hasta la pantorrilla que no se va.",
        U,
    ),
    (
        "es",
        "¿Puedo ir al partido de mi nieto el domingo? Solo estoy algo rígida si me siento mucho.",
        Q,
    ),
    (
        "es",
        "¿Está bien un viaje corto en tren a la costa la semana que viene? Algo cansada, pero camino bien.",
        Q,
    ),
    (
        "fr",
        "Je peux aller à la fête des voisins samedi ? Juste que depuis l'intervention je n'urine que goutte à goutte, presque rien, et le ventre est gonflé.",
        U,
    ),
    (
        "fr",
        "Je peux reprendre le vélo lundi ? Seulement depuis l'opération mon pied gauche traîne et bute sur les marches, et des picotements jusqu'au genou qui ne passent pas.",
        U,
    ),
    (
        "fr",
        "Je peux aller au match de mon petit-fils dimanche ? Juste un peu raide quand je reste assise sur le banc.",
        Q,
    ),
    (
        "fr",
        "Un petit voyage en train à la mer la semaine prochaine, c'est possible ? Un peu fatiguée mais je marche bien.",
        Q,
    ),
    (
        "de",
        "Darf ich am Samstag zum Skatabend? Nur pinkle ich seit dem Eingriff nur noch tropfenweise, eigentlich fast nichts, und der Unterbauch ist prall.",
        U,
    ),
    (
        "de",
        "Darf ich Montag wieder Rad fahren? Seit der OP schleift mein linker Fuß und bleibt an der Stufe hängen, und das Kribbeln bis zur Wade geht nicht weg.",
        U,
    ),
    (
        "de",
        "Darf ich am Sonntag zum Fußballspiel meines Enkels? Bin nur etwas steif, wenn ich lange auf der Bank sitze.",
        Q,
    ),
    (
        "de",
        "Geht nächste Woche ein kurzer Ausflug mit dem Zug an die See? Etwas müde, aber ich laufe gut.",
        Q,
    ),
    (
        "pt",
        "Posso ir na festa junina da igreja sábado? Só que desde o procedimento faço xixi só em gotinhas, quase nada, e a barriga tá inchada.",
        U,
    ),
    (
        "pt",
        "Posso voltar a dirigir segunda? É que desde a operação o pé esquerdo fica batendo no chão e tropeça no degrau, e um formigamento até a panturrilha que não passa.",
        U,
    ),
    (
        "pt",
        "Posso ir no jogo do meu neto domingo? Só fico um pouco dura sentada na arquibancada.",
        Q,
    ),
    (
        "pt",
        "Dá pra fazer uma viagem curta de trem pro litoral semana que vem? Um pouco cansada, mas andando bem.",
        Q,
    ),
    (
        "vi",
        "Chủ nhật tôi đi tiệc mừng thọ được không? Chỉ là từ lúc làm thủ thuật tôi tiểu chỉ ra từng giọt, gần như không có, bụng dưới căng.",
        U,
    ),
    (
        "vi",
        "Thứ hai tôi chạy xe máy đi làm lại được chưa? Từ sau mổ chân trái cứ lê, vấp bậc thềm, tê rần tới bắp chân không hết.",
        U,
    ),
    (
        "vi",
        "Chủ nhật tôi đi xem cháu đá bóng được không? Chỉ hơi cứng lưng khi ngồi lâu trên ghế.",
        Q,
    ),
    ("vi", "Tuần sau đi tàu ra biển chơi một chuyến ngắn được không? Hơi mệt nhưng đi lại tốt.", Q),
    (
        "zh-Hans",
        "周六能去参加老同学聚会吗？就是做完以后小便只能一滴一滴的，基本尿不出来，小肚子鼓着。",
        U,
    ),
    ("zh-Hans", "周一能开车上班吗？做完手术以后左脚老是拖着，上台阶就绊，麻到小腿肚一直不退。", U),
    ("zh-Hans", "周日能去看孙子踢球吗？就是在看台上坐久了腰有点僵。", Q),
    ("zh-Hans", "下周坐火车去海边短途玩一趟行吗？有点累，走路挺好的。", Q),
    (
        "ar",
        "فيني روح عرس ابن خالي السبت؟ بس من بعد العملية عم بوّل نقط نقط، تقريبا ولا شي، وبطني منفوخة.",
        U,
    ),
    (
        "ar",
        "بقدر ارجع سوق يوم الاثنين؟ بس من بعد العملية إجري الشمال عم تنجر وتتعثر بالدرج، وفي تنميل لحد بطة الإجر ما عم يروح.",
        U,
    ),
    ("ar", "فيني روح اتفرج على ماتش حفيدي الأحد؟ بس ضهري بيتيبس شوي إذا قعدت كتير.", Q),
    ("ar", "بنفع سافر بالقطار عالبحر رحلة قصيرة الأسبوع الجاي؟ تعبانة شوي بس عم امشي منيح.", Q),
    # 7. patient set 25's false alarms as kinds: a faint at a blood test or a jab told as the
    # writer's past; bedridden by the fracture that is the reason for the procedure; a
    # medicine's known effect on the writer told in the general present (controls); the same
    # signs now (urgent)
    (
        "en",
        "Will the injection sting? I'm hopeless with needles, I went all faint at my flu jab in October.",
        Q,
    ),
    (
        "en",
        "I nearly passed out at the blood test this morning and I still feel faint and clammy now, two days after the cement.",
        U,
    ),
    (
        "en",
        "She's been stuck in bed for a month with this fractured vertebra, will she walk again after?",
        Q,
    ),
    (
        "en",
        "Codeine always makes me woozy and muddled, so can I have something else for the pain afterwards?",
        Q,
    ),
    (
        "en",
        "Since the new morphine last night Dad has been muddled and doesn't know where he is.",
        U,
    ),
    (
        "es",
        "¿Me va a doler el pinchazo? Soy muy aprensiva, casi me desmayo en el análisis de sangre del mes pasado.",
        Q,
    ),
    (
        "es",
        "Lleva un mes en cama sin poder levantarse por el aplastamiento de la vértebra, ¿podrá andar después?",
        Q,
    ),
    ("es", "El tramadol siempre me deja atontada y mareada, ¿me pueden dar otra cosa después?", Q),
    ("es", "Desde la morfina de anoche mi madre está confusa y no sabe dónde está.", U),
    (
        "fr",
        "Ça pique, l'anesthésie locale ? Je tourne de l'œil à chaque prise de sang, la dernière fois c'était en septembre.",
        Q,
    ),
    (
        "fr",
        "Mon père est cloué au lit depuis un mois avec son tassement vertébral, il pourra remarcher après ?",
        Q,
    ),
    (
        "fr",
        "La codéine me rend toujours vaseuse et nauséeuse, on peut me donner autre chose après ?",
        Q,
    ),
    ("fr", "Depuis la morphine d'hier soir ma mère est confuse et ne sait plus où elle est.", U),
    (
        "de",
        "Tut die Spritze weh? Ich bin ein Angsthase, bei der Blutabnahme letzten Monat bin ich fast umgekippt.",
        Q,
    ),
    (
        "de",
        "Mein Vater liegt seit einem Monat mit dem Wirbelbruch im Bett fest, kann er danach wieder laufen?",
        Q,
    ),
    ("de", "Tramadol macht mich immer benommen und schwindlig, gibt es danach was anderes?", Q),
    (
        "de",
        "Seit dem Morphium gestern Abend ist meine Mutter verwirrt und weiß nicht, wo sie ist.",
        U,
    ),
    ("pt", "A anestesia dói? Sou medrosa, quase desmaiei no exame de sangue do mês passado.", Q),
    (
        "pt",
        "Minha avó tá acamada há um mês por causa da fratura na vértebra, ela vai voltar a andar?",
        Q,
    ),
    ("pt", "O tramadol sempre me deixa grogue e enjoada, dá pra tomar outra coisa depois?", Q),
    ("pt", "Desde a morfina de ontem à noite minha mãe tá confusa e não sabe onde está.", U),
    (
        "vi",
        "Chích thuốc tê có đau không? Tôi nhát lắm, tháng trước lấy máu xét nghiệm suýt xỉu.",
        Q,
    ),
    (
        "vi",
        "Ông tôi nằm liệt giường cả tháng nay vì xẹp đốt sống, bơm xong có đi lại được không?",
        Q,
    ),
    (
        "vi",
        "Uống tramadol lần nào tôi cũng lơ mơ, chóng mặt, sau thủ thuật có thuốc khác không?",
        Q,
    ),
    ("vi", "Từ tối qua tiêm morphin xong mẹ tôi lú lẫn, không biết mình đang ở đâu.", U),
    ("zh-Hans", "打麻药疼不疼？我特别怕针，上个月抽血差点晕过去。", Q),
    ("zh-Hans", "我奶奶因为椎体压缩骨折卧床一个月了，打完骨水泥能下地走吗？", Q),
    ("zh-Hans", "我一吃曲马多就迷迷糊糊、头晕，术后能换别的药吗？", Q),
    ("zh-Hans", "昨晚打了吗啡以后我妈就糊涂了，不知道自己在哪儿。", U),
    ("ar", "الإبرة بتوجع؟ أنا بخاف كتير، الشهر الماضي كنت رح يغمى علي وهن عم يسحبوا دم.", Q),
    ("ar", "جدتي طريحة الفراش من شهر بسبب كسر الفقرة، بتقدر تمشي بعد العملية؟", Q),
    ("ar", "الترامادول دايما بيدوخني وبيخليني مش مركزة، في دوا غيره بعد العملية؟", Q),
    ("ar", "من بعد المورفين امبارح بالليل أمي مش مركزة وما بتعرف وين هي.", U),
    # written after the first change: look-alikes of each kind's new rules
    (
        "en",
        "The pre-op questionnaire asks 'Have you ever fainted?'. I fainted in the kitchen an hour ago and still feel dizzy now. Tick yes?",
        U,
    ),
    (
        "en",
        "Sick note form has a box for 'current symptoms'. I put back pain, is that enough to write?",
        Q,
    ),
    (
        "es",
        "El cuestionario pregunta por 'sangrado'. La herida me sangra sin parar desde anoche, ¿lo marco?",
        U,
    ),
    (
        "fr",
        "Le formulaire de la MDPH demande « troubles de la marche ». Je marche avec une canne depuis des années. Je coche ?",
        Q,
    ),
    (
        "de",
        "Im Fragebogen steht 'Fieber?'. Ich hab seit heute Mittag 39,2 und Schüttelfrost. Kreuz ich das an?",
        U,
    ),
    (
        "pt",
        "O questionário do plano de saúde pergunta se já tive 'desmaio'. Desmaiei uma vez aos 15 anos no colégio. Marco sim?",
        Q,
    ),
    (
        "vi",
        "Phiếu hỏi 'có đau ngực không'. Từ sáng nay tôi đau thắt ngực, giờ vẫn còn, ghi có hả?",
        U,
    ),
    ("zh-Hans", "体检表上有一栏“有无晕厥史”，我年轻时候晕过一次，要填吗？", Q),
    ("zh-Hans", "病假表上要填目前症状，我现在烧到39度，伤口还流脓，这个怎么写？", U),
    ("ar", "الاستمارة فيها خانة 'ألم صدر'. من ساعة عندي ألم بصدري وعم يمتد لإيدي، بكتبها؟", U),
    ("en", "There's no numbness, tingling or weakness of any sort, just a bit of stiffness.", Q),
    ("es", "No tengo ningún tipo de fiebre ni escalofríos, solo cansancio.", Q),
    ("fr", "Je n'ai aucune fièvre ni frissons, juste de la fatigue.", Q),
    ("de", "Ich habe keinerlei Fieber oder Schüttelfrost, bin nur müde.", Q),
    ("pt", "Não tenho nenhum tipo de febre nem calafrio, só cansaço.", Q),
    ("vi", "Tôi không có bất kỳ dấu hiệu sốt hay ớn lạnh nào, chỉ mệt.", Q),
    ("zh-Hans", "没有任何发烧或者发冷，就是累。", Q),
    ("ar", "ما عندي أي حرارة ولا رجفة، بس تعبانة.", Q),
    ("ar", "ما في أي حرارة بس صدري مقبوض من ساعة.", U),
    (
        "en",
        "This afternoon my lower back ached, by evening the pain had jumped into my right leg and now it's unbearable, worse than ever.",
        U,
    ),
    (
        "en",
        "The numbness from the local anaesthetic was still there at lunch, by teatime it had worn off completely.",
        Q,
    ),
    (
        "es",
        "Esta tarde solo me costaba un poco orinar, ahora ya no me sale nada y me duele la barriga.",
        U,
    ),
    (
        "es",
        "El hormigueo de la anestesia local se fue pasando por la tarde y ya no noto nada raro.",
        Q,
    ),
    (
        "fr",
        "En début d'après-midi il était juste fatigué, ce soir il ne me reconnaît plus et parle à son frère mort.",
        U,
    ),
    (
        "fr",
        "La somnolence de la sédation s'est dissipée dans l'après-midi, ce soir il fait ses mots fléchés.",
        Q,
    ),
    ("de", "Mittags war der Verband trocken, seit dem Nachmittag ist er dreimal durchgeblutet.", U),
    ("de", "Die Taubheit von der örtlichen Betäubung ist bis zum Abend ganz weggegangen.", Q),
    (
        "pt",
        "De tarde ela tava só cansada, agora à noite não acorda direito e fala coisa sem sentido.",
        U,
    ),
    ("pt", "O formigamento da anestesia local foi passando e à noite já tinha sumido.", Q),
    ("vi", "Chiều chỉ hơi mệt, tối nay ông không nhận ra ai, nói chuyện lung tung.", U),
    ("vi", "Tê do thuốc tê chiều nay đã hết hẳn, giờ đi lại bình thường.", Q),
    ("zh-Hans", "下午还只是有点累，晚上就认不出人了，净说胡话。", U),
    ("zh-Hans", "局麻的麻木感到傍晚就完全消了，现在走路正常。", Q),
    ("ar", "العصر كان بس تعبان، هلق بالليل ما عم يعرفني وعم يحكي كلام ما إلو معنى.", U),
    ("ar", "التنميل من البنج الموضعي راح كله عالمسا، وهلق عم امشي عادي.", Q),
    ("en", "The dressing got soaked again in the shower, should I change it?", Q),
    ("es", "El apósito se empapó otra vez en la ducha, ¿lo cambio?", Q),
    ("fr", "Le pansement est de nouveau trempé après la douche, je le change ?", Q),
    ("de", "Das Pflaster ist beim Duschen wieder durchgeweicht, soll ich es wechseln?", Q),
    ("pt", "O curativo ficou encharcado de novo no banho, troco?", Q),
    ("vi", "Băng lại ướt sũng lúc tắm, có cần thay không?", Q),
    ("zh-Hans", "洗澡的时候纱布又湿透了，要换吗？", Q),
    ("ar", "الضمادة رجعت تبللت بالدوش، لازم غيرها؟", Q),
    (
        "en",
        "What can I take to settle a racing heart? It's been thumping since I woke and my chest feels tight.",
        U,
    ),
    ("en", "What can I take for the constipation from the codeine?", Q),
    ("es", "¿Qué me tomo para el mareo? Me he desmayado dos veces esta mañana al levantarme.", U),
    (
        "fr",
        "Un remède pour les fourmis dans les jambes ? Depuis l'opération je ne sens plus mes pieds.",
        U,
    ),
    ("de", "Was hilft gegen Schwindel? Bin heute seit der OP zweimal umgekippt.", U),
    (
        "pt",
        "Que remédio tomo pra dor no peito? Tá apertando desde a hora do almoço e o coração disparado.",
        U,
    ),
    ("vi", "Có thuốc gì cầm máu không? Chỗ chích chảy máu không ngừng từ trưa.", U),
    ("zh-Hans", "有什么药能退烧？从昨晚烧到39度8，针眼还流脓。", U),
    ("ar", "في شي بوقف النزيف؟ مكان الإبرة عم ينزف من الضهر وما وقف.", U),
    (
        "en",
        "Can I go to church tomorrow? Since yesterday I've wet myself twice without knowing, but otherwise fine.",
        U,
    ),
    (
        "es",
        "¿Puedo ir a la peluquería mañana? Desde ayer se me doblan las rodillas y me he caído dos veces.",
        U,
    ),
    (
        "fr",
        "Je peux aller à la messe demain ? Depuis hier j'ai mouillé mon lit deux fois sans m'en rendre compte.",
        U,
    ),
    ("fr", "Je peux aller à la messe demain ? Un peu raide en me levant, ça passe en marchant.", Q),
    (
        "de",
        "Darf ich morgen zum Friseur? Seit dem Eingriff knicken mir die Knie weg und ich bin schon zweimal gestürzt.",
        U,
    ),
    (
        "pt",
        "Posso ir na missa amanhã? Desde ontem tô com o pé todo mole e tropeçando no tapete.",
        U,
    ),
    ("vi", "Mai tôi đi chùa được không? Từ hôm qua tôi tè dầm hai lần mà không biết.", U),
    ("zh-Hans", "明天能去理发吗？从昨天起腿一软就跪下去，摔了两次。", U),
    ("ar", "فيني روح عالجامع بكرا؟ من امبارح ركبي عم تطوي ووقعت مرتين.", U),
    (
        "en",
        "He fainted at the vaccination clinic an hour ago and now he's confused and can't stand.",
        U,
    ),
    (
        "es",
        "Hace una hora me desmayé en el análisis de sangre y todavía estoy muy mareada y confusa.",
        U,
    ),
    (
        "de",
        "Bei der Blutabnahme heute früh bin ich umgekippt und jetzt bin ich immer noch ganz verwirrt.",
        U,
    ),
    ("pt", "Sempre desmaio quando vejo sangue, vou ter que olhar a agulha?", Q),
    ("zh-Hans", "我一抽血就头晕，做的时候要打针吗？", Q),
    ("ar", "أنا كل ما يسحبوا مني دم بدوخ، الإبرة بالعملية بتوجع؟", Q),
    ("vi", "Lần nào lấy máu tôi cũng choáng, lúc làm thủ thuật có phải chích nhiều không?", Q),
    # written after the first refit, which fitted on the set's one Arabizi message and read an
    # ordinary Arabizi question of patient set 23 as urgent: Arabizi rows of kinds 3, 5 and 6,
    # and Vietnamese after-effects fading "từ sáng tới giờ" (from morning till now)
    ("ar", "el kadme makan el ebra sarit zar2a w 9efra shwaya, a7ot 3aleha tal3?", Q),
    (
        "ar",
        "ta3bane shwaya men embare7 ba3d el 3amaliyye, bas bemshi 3adi. fini roo7 3al 3ers el jem3a?",
        Q,
    ),
    (
        "ar",
        "dahri byewja3ni shwaya lamma o23od ktir, w lamma nem 3a dahri byer7a. momken a5od panadol?",
        Q,
    ),
    ("ar", "el wja3 makan el 7o2ne 5aff ktir men el sob7 la halla2, 3adi?", Q),
    ("ar", "mama 3andha 7arara 39 men el sob7 w makan el ebra fi 2e7 w ri7a, shu na3teeha?", U),
    ("ar", "mesh 2adra 7es b rejlaya men embare7 ba3d el 3amaliyye, fini sou2 bokra?", U),
    ("vi", "Chỗ bầm từ sáng tới giờ nhạt dần, giờ gần như hết rồi.", Q),
    ("vi", "Cơn ê ẩm ở lưng từ sáng tới giờ đỡ dần, giờ chỉ còn chút xíu.", Q),
    ("vi", "Từ sáng tới giờ chỗ chích đỏ lan rộng ra, nóng và chảy mủ.", U),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND27_KINDS)
def test_urgent_blind_kinds_27(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND27_KINDS if locale == tag]
        assert rows.count(U) >= 15 and rows.count(Q) >= 15, tag
