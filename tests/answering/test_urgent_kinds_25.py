"""Urgent signs by kind, written AHEAD of any set (session 25, issue 17).

No new blind set was studied: the kinds were written from how patients, relatives and care
staff write, in eight locales, in situations of our own, urgent rows and controls of each kind:

1. hearsay and rumour ("my neighbour says you bleed a lot afterwards, is that true?", "j'ai lu
   que certaines personnes restent paralysées"): no report, a risk asked about; a relayed report
   of a named person's sign now ("the night nurse says Dad's leg has been numb since this
   morning") alerts (``urgent_whose.hearsay_general``: ``hearsay``, ``generic``, ``is_true``);
2. care staff's shorthand (SOB, sats 88 %, pyrexial, T 38.9, GCS, "Pat. somnolent", "pcte con
   disnea", 气促, "khó thở"), against the same shorthand reporting normal observations;
3. a reading given as a number (a temperature of 39.2, oxygen 86 %, a pulse of 140) against
   normal ones (36.8, 97 %, 72);
4. a day-by-day diary with the sign only on the latest day, against one where an ordinary
   after-effect came and settled;
5. mixed languages as bilingual patients write (English words in a Spanish, French, German,
   Portuguese, Vietnamese, Chinese or Arabic sentence; Arabic in Latin letters, "Arabizi");
6. a trivial sign plainly unrelated to the procedure (a paper cut, hay fever, a stubbed toe, a
   mosquito bite): quiet.

136 rows, 12 failing on the code before (10 hearsay, 1 shorthand, 1 trivial). The word model is
fitted on these rows too (``scripts/fit_urgent_model.py`` reads ``AHEAD25_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

AHEAD25_KINDS = [
    # 1. hearsay and rumour, against a relayed report of a sign now
    ("en", "My neighbour says you bleed a lot afterwards with the cement, is that true?", Q),
    (
        "en",
        "I read online that some people end up paralysed after vertebroplasty. How often does that happen?",
        Q,
    ),
    (
        "en",
        "A lady at church told me her friend got a high fever after hers. Is that a common thing?",
        Q,
    ),
    (
        "en",
        "The night nurse rang and says Dad's left leg has been numb since this morning; his vertebroplasty was on Tuesday.",
        U,
    ),
    (
        "en",
        "My sister just phoned from Mum's flat, she says Mum can't get her breath right now. The procedure was yesterday.",
        U,
    ),
    ("es", "Mi vecina dice que después del cemento se sangra mucho, ¿es verdad?", Q),
    (
        "es",
        "Leí en un foro que algunas personas quedan paralíticas después de la vertebroplastia. ¿Es frecuente?",
        Q,
    ),
    (
        "es",
        "La enfermera del centro me llama y dice que a mi madre se le duerme la pierna desde esta mañana; la operaron el lunes.",
        U,
    ),
    ("fr", "Ma voisine dit qu'on saigne beaucoup après le ciment, c'est vrai ?", Q),
    (
        "fr",
        "J'ai lu que certaines personnes restent paralysées après une vertébroplastie. Est-ce fréquent ?",
        Q,
    ),
    (
        "fr",
        "L'infirmière au téléphone dit que la jambe de mon père est engourdie depuis ce matin, il a eu la vertébroplastie lundi.",
        U,
    ),
    ("de", "Meine Nachbarin sagt, nach dem Zement blutet man stark, stimmt das?", Q),
    (
        "de",
        "Ich habe gelesen, dass manche nach der Vertebroplastie gelähmt sind. Wie oft kommt das vor?",
        Q,
    ),
    (
        "de",
        "Die Pflegekraft hat angerufen und sagt, Mutters Bein ist seit heute Morgen taub, die Vertebroplastie war am Montag.",
        U,
    ),
    ("pt", "Minha vizinha diz que sangra muito depois do cimento, é verdade?", Q),
    ("pt", "Li que algumas pessoas ficam paralisadas depois da vertebroplastia. Isso é comum?", Q),
    (
        "pt",
        "A enfermeira ligou e diz que a perna da minha mãe está dormente desde hoje de manhã; ela fez a vertebroplastia na segunda.",
        U,
    ),
    ("vi", "Hàng xóm nói bơm xi măng xong hay bị chảy máu nhiều, có đúng không?", Q),
    ("vi", "Tôi đọc thấy có người bị liệt sau khi bơm xi măng cột sống. Có hay gặp không?", Q),
    (
        "vi",
        "Điều dưỡng gọi điện nói chân mẹ tôi bị tê từ sáng nay, mẹ mới bơm xi măng hôm thứ Hai.",
        U,
    ),
    ("zh-Hans", "邻居说打完骨水泥会流很多血，是真的吗？", Q),
    ("zh-Hans", "我在网上看到有人做完椎体成形术瘫痪了，这种情况多吗？", Q),
    ("zh-Hans", "护士打电话说我妈从今天早上开始腿就麻了，她周一做的椎体成形术。", U),
    ("ar", "جارتي بتقول إنه بعد الإسمنت الواحد بينزف كتير، صحيح؟", Q),
    ("ar", "قرأت إنه في ناس بيصيروا مشلولين بعد العملية. هل هذا شائع؟", Q),
    ("ar", "الممرضة اتصلت وبتقول إنه رجل أمي منملة من الصبح، عملت العملية الاثنين.", U),
    # 2. care staff's shorthand, against the same shorthand reporting normal observations
    (
        "en",
        "Resident J.T., day 2 post vertebroplasty: SOB at rest, sats 88% on air, c/o chest tightness.",
        U,
    ),
    (
        "en",
        "Client had kyphoplasty Mon. Not PU since 6am, bladder palpable, c/o lower abdo pain.",
        U,
    ),
    ("en", "Pt pyrexial, T 38.9, puncture site red and oozing, day 3 post VP.", U),
    (
        "en",
        "GCS dropped from 15 to 12 this afternoon, AVPU V, new confusion, post vertebroplasty yesterday.",
        U,
    ),
    (
        "en",
        "Resident day 1 post VP: apyrexial, sats 97% on air, obs stable, PU x3, mobilising with frame. When can the dressing come off?",
        Q,
    ),
    (
        "en",
        "Handover for Mrs K, vertebroplasty Friday: NEWS 0, BO today, eating and drinking well. Any restriction on showering?",
        Q,
    ),
    (
        "es",
        "Residente día 2 postvertebroplastia: pcte con disnea, SatO2 87 %, refiere opresión torácica.",
        U,
    ),
    (
        "es",
        "Paciente febril, Tª 38,9, zona de punción enrojecida con supuración, post VP hace 3 días.",
        U,
    ),
    (
        "es",
        "Paciente post VP día 1: afebril, SatO2 97 % basal, constantes estables, diuresis conservada, deambula con andador. ¿Cuándo retirar el apósito?",
        Q,
    ),
    (
        "fr",
        "Résidente J2 vertébroplastie : dyspnée de repos, SpO2 88 % en AA, se plaint d'oppression thoracique.",
        U,
    ),
    ("fr", "Patient fébrile, T 38,9, point de ponction rouge et suintant, J3 post VP.", U),
    ("fr", "Patiente J1 vertébroplastie : pas de miction depuis 6h, globe vésical.", U),
    (
        "fr",
        "Patient J1 post VP : apyrétique, SpO2 97 % en air ambiant, constantes stables, mictions spontanées, marche avec déambulateur. Quand enlever le pansement ?",
        Q,
    ),
    (
        "de",
        "Bewohnerin, 2. Tag nach Vertebroplastie: Dyspnoe in Ruhe, SpO2 88 % ohne O2, klagt über Druck auf der Brust.",
        U,
    ),
    (
        "de",
        "Pat. somnolent, nur auf Ansprache erweckbar, GCS 12, seit der Vertebroplastie gestern.",
        U,
    ),
    ("de", "Pat. febril, T 38,9, Einstichstelle gerötet und nässend, 3. postop. Tag.", U),
    (
        "de",
        "Pat. 1. Tag nach VP: afebril, SpO2 97 % bei Raumluft, Vitalzeichen stabil, Miktion spontan, mobil mit Rollator. Wann darf das Pflaster ab?",
        Q,
    ),
    (
        "pt",
        "Paciente D2 pós-vertebroplastia: dispneia em repouso, SpO2 88 % em ar ambiente, queixa de aperto no peito.",
        U,
    ),
    ("pt", "Pcte febril, T 38,9, local da punção hiperemiado com secreção, 3º dia pós VP.", U),
    (
        "pt",
        "Paciente D1 pós VP: afebril, SpO2 97 % em ar ambiente, sinais vitais estáveis, diurese presente, deambulando com andador. Quando tirar o curativo?",
        Q,
    ),
    ("vi", "BN ngày 2 sau bơm xi măng: khó thở khi nghỉ, SpO2 88 %, than tức ngực.", U),
    ("vi", "BN sốt, T 38,9, chỗ chọc kim đỏ và chảy dịch, ngày 3 sau thủ thuật.", U),
    (
        "vi",
        "BN ngày 1 sau bơm xi măng: không sốt, SpO2 97 % khí trời, sinh hiệu ổn định, tiểu được, đi lại với khung tập. Khi nào tháo băng?",
        Q,
    ),
    ("zh-Hans", "住户术后第2天：静息时气促，SpO2 88%，诉胸闷。", U),
    ("zh-Hans", "患者发热，T 38.9℃，穿刺点红肿渗液，椎体成形术后第3天。", U),
    (
        "zh-Hans",
        "患者术后第1天：无发热，未吸氧SpO2 97%，生命体征平稳，自行排尿，助行器下活动。什么时候可以拆敷料？",
        Q,
    ),
    (
        "ar",
        "المريضة اليوم الثاني بعد العملية: ضيق نفس بالراحة، تشبع الأكسجين 88%، تشكو من ضغط بالصدر.",
        U,
    ),
    ("ar", "المريض حرارته 38.9، مكان الإبرة أحمر وفيه إفرازات، اليوم الثالث بعد العملية.", U),
    (
        "ar",
        "المريض اليوم الأول بعد العملية: بدون حرارة، الأكسجين 97% بدون أكسجين، العلامات الحيوية مستقرة، يتبول طبيعي، يمشي بالمشاية. متى نشيل اللزقة؟",
        Q,
    ),
    # 3. a reading given as a number, urgent by its range
    ("en", "Temp 39.2 this evening. Cement was done on Thursday.", U),
    ("en", "Her oxygen on the finger clip reads 86%. She had the vertebroplasty two days ago.", U),
    ("en", "My pulse is 140 sitting on the sofa, had the procedure yesterday.", U),
    (
        "en",
        "Temp 36.8 this morning, oxygen 97%, pulse 72. When can I drive again after the cement?",
        Q,
    ),
    ("en", "My watch says pulse 68 and oxygen 98, is it fine to go for a short walk?", Q),
    ("es", "Tiene 39,4 de temperatura esta noche, la vertebroplastia fue el jueves.", U),
    ("es", "El pulsioxímetro marca 85 % en mi abuelo, lo operaron anteayer.", U),
    ("es", "Esta mañana 36,7 de temperatura y saturación 96. ¿Puedo ducharme ya?", Q),
    ("fr", "Température à 39,3 ce soir, vertébroplastie jeudi.", U),
    ("fr", "Le pouls est à 138 au repos depuis une heure, opérée hier.", U),
    ("fr", "Ce matin température 36,8 et pouls à 70, je peux reprendre la voiture ?", Q),
    ("de", "Temperatur heute Abend 39,2, die Vertebroplastie war am Donnerstag.", U),
    ("de", "Puls 140 im Sitzen, gestern war der Eingriff.", U),
    ("de", "Temperatur heute früh 36,6, Puls 72. Darf ich wieder Auto fahren?", Q),
    ("pt", "O termômetro marcou 39,4 agora à noite, fiz a vertebroplastia na quinta.", U),
    ("pt", "O oxímetro mostra 86 % na minha avó, ela fez o procedimento ontem.", U),
    ("pt", "Hoje cedo 36,7 de temperatura e saturação 97. Posso tomar banho?", Q),
    ("vi", "Nhiệt độ 39,2 tối nay, bơm xi măng hôm thứ Năm.", U),
    ("vi", "Máy đo SpO2 của bà chỉ 85 %, bà mới làm thủ thuật hôm qua.", U),
    ("vi", "Sáng nay nhiệt độ 36,8, mạch 72. Tôi lái xe được chưa?", Q),
    ("zh-Hans", "今晚体温39.2，周四做的骨水泥。", U),
    ("zh-Hans", "血氧仪显示86%，我奶奶昨天做的手术。", U),
    ("zh-Hans", "今早体温36.8，心率72，可以开车了吗？", Q),
    ("ar", "الحرارة 39.3 الليلة، عملت الإسمنت الخميس.", U),
    ("ar", "النبض 140 وأنا قاعد، العملية كانت امبارح.", U),
    ("ar", "الصبح الحرارة 36.8 والنبض 72، بقدر أسوق؟", Q),
    # 4. a diary since the procedure: its latest day is what is reported now
    (
        "en",
        "Day 1 after the op: sore back. Day 2: better, walked to the shop. Day 3 (today): can't feel my right foot and it drags.",
        U,
    ),
    (
        "en",
        "Wed: cement. Thu: tired. Fri: fine. Sat: fine. Sun, today: coughing up blood since lunch.",
        U,
    ),
    (
        "en",
        "Monday: vertebroplasty. Tuesday: bruise and aching at the needle spot. Wednesday: a bit less. Today: almost gone. When can I swim?",
        Q,
    ),
    (
        "en",
        "Day 1: headache and sleepy from the sedation. Day 2: headache gone. Day 3: back to normal. Is it ok to garden?",
        Q,
    ),
    (
        "es",
        "Día 1: dolor de espalda normal. Día 2: mejor. Día 3, hoy: no controlo la orina y tengo las piernas dormidas.",
        U,
    ),
    (
        "es",
        "Lunes: la vertebroplastia. Martes: moratón en el pinchazo. Miércoles: menos. Hoy ya casi nada. ¿Cuándo puedo nadar?",
        Q,
    ),
    (
        "fr",
        "Jour 1 : mal au dos. Jour 2 : mieux. Aujourd'hui, jour 3 : je ne sens plus mes pieds.",
        U,
    ),
    (
        "fr",
        "Lundi : vertébroplastie. Mardi : un bleu au point de piqûre. Mercredi : moins. Aujourd'hui presque plus rien. Je peux nager ?",
        Q,
    ),
    (
        "de",
        "Tag 1: Rückenschmerzen. Tag 2: besser. Heute, Tag 3: ich kann kein Wasser lassen, seit heute früh nichts.",
        U,
    ),
    (
        "de",
        "Montag: Eingriff. Dienstag: blauer Fleck an der Einstichstelle. Mittwoch: weniger. Heute fast weg. Darf ich schwimmen?",
        Q,
    ),
    (
        "pt",
        "Dia 1: dor nas costas. Dia 2: melhor. Hoje, dia 3: não consigo segurar o xixi e as pernas estão fracas.",
        U,
    ),
    (
        "pt",
        "Segunda: vertebroplastia. Terça: roxo no local da agulha. Quarta: menos. Hoje quase nada. Posso nadar?",
        Q,
    ),
    ("vi", "Ngày 1: đau lưng. Ngày 2: đỡ hơn. Hôm nay ngày 3: không đi tiểu được từ sáng.", U),
    (
        "vi",
        "Thứ Hai: bơm xi măng. Thứ Ba: bầm chỗ kim. Thứ Tư: đỡ. Hôm nay gần hết. Tôi bơi được chưa?",
        Q,
    ),
    ("zh-Hans", "第一天：腰疼。第二天：好一点。今天第三天：从早上到现在尿不出来。", U),
    ("zh-Hans", "周一：做骨水泥。周二：针眼处有点青。周三：轻了。今天：基本没了。可以游泳吗？", Q),
    (
        "ar",
        "اليوم الأول: وجع ظهر. اليوم الثاني: أحسن. اليوم الثالث اليوم: ما بقدر أبول من الصبح.",
        U,
    ),
    (
        "ar",
        "الاثنين: العملية. الثلاثاء: زرقة مكان الإبرة. الأربعاء: أخف. اليوم تقريبا راحت. بقدر أسبح؟",
        Q,
    ),
    # 5. mixed languages (English words in another locale, Arabizi), against ordinary questions
    (
        "en",
        "My abuela had the vertebroplasty yesterday and tonight she's con fiebre and shivering under two blankets.",
        U,
    ),
    (
        "en",
        "Is fever common after the procedure? My abuela wants to know before hers next week.",
        Q,
    ),
    (
        "es",
        "Mi padre tiene shortness of breath desde anoche, le hicieron la vertebroplastia ayer.",
        U,
    ),
    (
        "es",
        "¿El fever es normal después del procedimiento? Me lo pregunta mi tía antes de su cita.",
        Q,
    ),
    ("fr", "Depuis ce matin il a du chest pain, il a eu la vertébroplastie hier.", U),
    ("fr", "Est-ce que le chest pain est un risque connu de la vertébroplastie ?", Q),
    (
        "de",
        "Mein Vater hat seit gestern Abend chest pain, er hatte am Montag die Vertebroplastie.",
        U,
    ),
    ("de", "Ist shortness of breath ein bekanntes Risiko nach der Vertebroplastie?", Q),
    (
        "pt",
        "Meu pai está com shortness of breath desde ontem à noite, fez a vertebroplastia ontem.",
        U,
    ),
    ("pt", "Fever é um risco comum depois do procedimento? Minha tia quer saber antes da dela.", Q),
    ("vi", "Ba em bị chest pain từ tối qua, mới làm vertebroplasty hôm qua.", U),
    ("vi", "Fever sau thủ thuật có phải nguy cơ thường gặp không ạ?", Q),
    ("zh-Hans", "我爸从昨晚开始chest pain，他昨天做了vertebroplasty。", U),
    ("zh-Hans", "fever是这个手术常见的风险吗？", Q),
    ("ar", "أبوي عنده chest pain من امبارح، عمل الـ vertebroplasty أمس.", U),
    ("ar", "هل الـ fever شائع بعد العملية؟", Q),
    ("ar", "baba 3ando so5ouna 39 men embare7, 3emel 3amaliyet el asmant el etnein", U),
    ("ar", "mesh 2ader atnaffes men el sob7, 3emelt el 3amaliye embare7", U),
    ("ar", "el so5ouna ba3d el 3amaliye 3adiye walla la2? bas bas2al", Q),
    # 6. a trivial sign plainly unrelated to the procedure (quiet)
    (
        "en",
        "Got a paper cut opening post and it bled a bit. Anyway, when can I lift my grandson after the vertebroplasty?",
        Q,
    ),
    ("en", "Hay fever has me sneezing all day, will the sneezing hurt the treated vertebra?", Q),
    (
        "en",
        "Stubbed my toe on the bed leg last night, it's a bit swollen. Should I still do the walk the physio set?",
        Q,
    ),
    (
        "en",
        "A mosquito bite on my arm itches like mad, can I put cream on it a week after the cement?",
        Q,
    ),
    (
        "es",
        "Me corté con un papel y sangró un poco. ¿Cuándo puedo cargar a mi nieto después de la vertebroplastia?",
        Q,
    ),
    (
        "es",
        "Con la alergia al polen no paro de estornudar, ¿le hace daño a la vértebra tratada?",
        Q,
    ),
    (
        "fr",
        "Je me suis coupée avec une feuille de papier, ça a saigné un peu. Quand pourrai-je porter mon petit-fils ?",
        Q,
    ),
    (
        "fr",
        "Le rhume des foins me fait éternuer toute la journée, est-ce que ça abîme la vertèbre traitée ?",
        Q,
    ),
    (
        "de",
        "Hab mich am Papier geschnitten, hat kurz geblutet. Wann darf ich wieder mein Enkelkind tragen?",
        Q,
    ),
    ("de", "Mein Heuschnupfen lässt mich dauernd niesen, schadet das dem behandelten Wirbel?", Q),
    ("pt", "Me cortei com papel e sangrou um pouco. Quando posso carregar meu neto?", Q),
    (
        "pt",
        "Uma picada de mosquito no braço coça muito, posso passar pomada uma semana depois do cimento?",
        Q,
    ),
    ("vi", "Tôi bị giấy cứa tay, chảy máu chút xíu. Khi nào tôi bế cháu được?", Q),
    ("vi", "Muỗi đốt ở tay ngứa quá, một tuần sau bơm xi măng bôi kem được không?", Q),
    ("zh-Hans", "被纸划了一下，流了点血。做完手术多久能抱孙子？", Q),
    ("zh-Hans", "花粉过敏一直打喷嚏，会影响治疗过的椎体吗？", Q),
    ("ar", "انجرحت من ورقة ونزل شوي دم. متى بقدر أشيل حفيدي؟", Q),
    ("ar", "حساسية الربيع مخليتني أعطس طول اليوم، بتأثر على الفقرة؟", Q),
]


@pytest.mark.parametrize("locale, text, urgent", AHEAD25_KINDS)
def test_urgent_kinds_25(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in AHEAD25_KINDS if locale == tag]
        assert rows.count(U) >= 2 and rows.count(Q) >= 3, tag
