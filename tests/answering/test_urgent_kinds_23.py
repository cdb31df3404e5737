"""Urgent signs by kind, the twenty-third blind set's (tests/data/urgent_blind_23/, issue 17).

Its 9 misses and 18 false alarms with the word model (25 misses by the rules alone; 0.906 /
18.8 %, rules alone 0.740) were read as kinds (session 29), and each kind written here in
situations of our own (other people, other body words, other signs, other tenses) in every
locale, urgent rows and controls of the same kind (row counts of the first 210; judged in
``faqsvc/answering/urgent_asked.py``):

1. a sign reported in the form of a question ("why can't she lift her arms since last night?",
   "is it bad that I'm gasping ...", "should I worry if ...", 65 rows; 1 miss, 3 false alarms
   in the set): a time tying the sign to now (``ongoing``: "since yesterday", "desde esta
   mañana", "seit dem Aufwachen", "từ trưa đến giờ", 从早上到现在, "من الصبح") makes a condition
   or a question about it a report (``quiet_by_condition``, ``asked_now``); its controls ask
   "why" about an ordinary after-effect: drowsiness told with a clear head (``drowsy``,
   ``lucid``), a healing bruise's two colours (``colour``), Brazilian "um roxo" (``bruise``);
2. a sign each time the patient does something, happening now (64 rows; 5 misses): "cada vez
   que", "chaque fois que", "toda vez que" (``habit``, out of ``long_standing``) are of long
   standing only while nothing the message tells ties the sign to now or to the procedure ("Ça
   a commencé ce matin", "Faz 12 horas assim"); German "immer wenn", "jedes Mal wenn" and an
   attempt in the present ("if I try to stand, my legs fold", "si intento", "wenn ich versuche",
   "إذا بحاول") suppose nothing; the same attempt asked with a modal after the if-clause ("if I
   cycle too soon, could my legs go numb?") supposes its sign (``_consequence_asked``); habits
   of long standing and real hypotheses stay quiet;
3. a very old patient's vague words that still name where or what (40 rows; 2 misses, 8 by the
   rules alone): words the rules lacked ("my legs won't do a thing I tell them", "the room goes
   grey", "my waterworks won't go", "la cabeza como ida", "se le escapa el pis", "les guiboles
   ne me portent plus", "je mélange tout", "tout devient noir", "wirres Zeug", "knickt ... weg",
   "gastura no peito", "bủn rủn", "khuỵu xuống", 木木的, 眼前一黑, "تدوخ وتطيح", "تنجر"), against
   an old person's ordinary complaints (tired, low, stiff, missing home, sleeping badly);
4. the nurse's instructions of what to watch for, repeated, with an ordinary question (32 rows;
   15 false alarms in the set): a sign after an ``instructed`` cue in its sentence ("the nurse
   told me to watch for", "me dieron instrucciones:", "Die Schwester hat mir eingeschärft",
   "y tá dặn", 护士嘱咐过, "وصتني الممرضة") is in the list, "new" or "sudden" included, unless its
   clause tells it of oneself ("..., and I have 38.9 now", ": tengo 39 desde la tarde") or a
   contrast ends the instruction (``instructed_list``); "ميزان حرارة" (a thermometer) is no fever;
5. a long message with the sign in the middle or at the end (9 rows; 1 miss): a bare reading
   after a German having verb ("Mein Mann hat seit heute früh 38,9"), "es eitert".

210 rows were written first: 37 failed with the model on the code before (53 by the rules
alone; by kind 11, 8, 0, 17, 1 with the model). 89 more (look-alikes that must alert or stay
quiet, and the words of kind 3 in other situations) were written after the first change: 16
failed on the code before (32 by the rules alone), 13 after the first change (17 by the rules
alone), among them a kind of their own: a sign asked of people in general ("how come some
people get numb legs after the cement?", 6 false alarms on the code before: ``generic_asked``).


Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND23_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND23_KINDS = [
    # 1. a sign reported in the form of a question ("why ...", "how come ...", "is it bad that
    # ...", "should I worry if ...") about something happening now, a time word tying it to now
    (
        "en",
        "how come my husband still can't pass water? nothing since they sent him home at "
        "lunchtime and his tummy is hard",
        U,
    ),
    ("en", "why are my hands so weak since this morning, I can't even turn the tap on", U),
    ("en", "is it bad that I'm gasping after two words? started when I got back from the ward", U),
    ("en", "why does my chest feel like it's in a vice tonight? had the cement on Tuesday", U),
    ("en", "should I worry if my wife has been rambling nonsense since she woke up?", U),
    (
        "es",
        "¿Por qué mi madre no puede levantar los brazos desde anoche? Se le cae el vaso de las "
        "manos",
        U,
    ),
    (
        "es",
        "¿Es grave que lleve toda la tarde ahogándome sentada, como si hubiera corrido?",
        U,
    ),
    (
        "es",
        "¿Cómo es que a mi marido le supura la herida y tiene 38,9 desde ayer? Le pusieron el "
        "cemento el jueves",
        U,
    ),
    ("es", "¿Debo preocuparme si desde esta mañana no siento los pies?", U),
    (
        "fr",
        "Pourquoi mon mari n'arrive plus à tenir sa tasse depuis ce midi ? Ses mains lâchent "
        "tout, il a eu le ciment mardi",
        U,
    ),
    (
        "fr",
        "Comment ça se fait que je n'ai pas uriné depuis hier soir ? J'ai le bas du ventre tendu",
        U,
    ),
    ("fr", "C'est grave si je suis essoufflée rien qu'en parlant depuis ce matin ?", U),
    ("fr", "Est-ce normal que ma mère ne me reconnaisse plus depuis son retour hier ?", U),
    (
        "de",
        "Warum kann meine Frau seit heute Mittag ihre Arme kaum heben? Sie lässt alles fallen. "
        "Zement war am Dienstag.",
        U,
    ),
    (
        "de",
        "Wieso kommt seit gestern Abend kein Urin mehr, obwohl ich dauernd muss? Der Bauch ist "
        "prall.",
        U,
    ),
    ("de", "Ist es schlimm, dass ich seit heute früh schon beim Reden nach Luft schnappe?", U),
    ("de", "Muss ich mir Sorgen machen, wenn mein Vater seit dem Aufwachen wirres Zeug redet?", U),
    (
        "pt",
        "Por que minha mãe não consegue segurar o copo desde hoje cedo? As mãos não obedecem, e "
        "ela fez a vertebroplastia anteontem.",
        U,
    ),
    ("pt", "É grave eu estar com 38,9 e tremendo desde ontem à noite? O curativo tá fedendo.", U),
    ("pt", "Como é que eu tô ofegante assim só de falar, desde hoje de manhã?", U),
    ("pt", "Devo me preocupar se desde o almoço não sinto as pernas?", U),
    (
        "vi",
        "Sao từ sáng nay mẹ tôi không nhấc nổi hai tay, cầm cái cốc cũng rơi? Mẹ bơm xi măng hôm "
        "thứ Ba.",
        U,
    ),
    ("vi", "Tại sao từ tối qua đến giờ tôi không đi tiểu được, bụng dưới căng cứng?", U),
    ("vi", "Từ sáng đến giờ tôi nói vài câu là thở hổn hển, có sao không?", U),
    ("vi", "Có đáng lo không nếu từ trưa đến giờ bố tôi nói năng lẫn lộn?", U),
    ("zh-Hans", "为什么我妈从今天中午开始两只手都抬不起来，杯子都拿不住？她周二打的骨水泥。", U),
    ("zh-Hans", "为什么我从昨晚到现在一直尿不出来，小肚子胀得硬邦邦的？", U),
    ("zh-Hans", "从早上到现在我说两句话就喘不上气，这样要紧吗？", U),
    ("zh-Hans", "我爸从睡醒到现在一直说胡话，要不要担心？", U),
    ("ar", "ليش من الضهر إمي ما عم تقدر ترفع إيديها، حتى الكاسة بتوقع منها؟", U),
    ("ar", "ليه من امبارح بالليل مش قادر أتبول والبطن تحت منفوخ؟", U),
    ("ar", "هل هذا خطير إني من الصبح بنهج بعد كلمتين؟", U),
    ("ar", "لازم اقلق إذا أبوي من الصبح عم يخرف بالحكي؟", U),
    # 1, controls: "why" or "how come" about an ordinary after-effect or annoyance
    ("en", "how come the plaster itches so much? no redness, just itchy", Q),
    (
        "en",
        "why am I so sleepy this afternoon? I'm thinking clearly and chatting fine, just want to "
        "nap",
        Q,
    ),
    ("en", "why has the bruise by the jab gone yellowish green? it barely hurts", Q),
    ("en", "why am I constipated since starting the painkillers?", Q),
    ("es", "¿Por qué me pica tanto alrededor del apósito? No está rojo ni nada", Q),
    (
        "es",
        "¿Cómo es que tengo tanto sueño hoy? Estoy despejada de cabeza y hablo normal, solo quiero "
        "siesta",
        Q,
    ),
    ("es", "¿Por qué me ha salido un moratón verdoso donde me pincharon? No me duele", Q),
    ("es", "¿Por qué estoy estreñida desde que tomo los calmantes?", Q),
    ("fr", "Pourquoi le pansement me gratte autant ? Ce n'est pas rouge, ça gratte juste", Q),
    (
        "fr",
        "Comment ça se fait que je sois si fatiguée aujourd'hui ? J'ai la tête claire, je parle "
        "normalement, juste envie de dormir.",
        Q,
    ),
    ("fr", "Pourquoi j'ai un bleu jaunâtre à côté de la piqûre ? Ça ne fait pas mal", Q),
    ("fr", "Pourquoi je suis constipé depuis les antidouleurs ?", Q),
    ("de", "Warum juckt das Pflaster so? Rot ist nichts, es juckt nur.", Q),
    (
        "de",
        "Wieso döst mein Mann heute so viel? Wenn er wach ist, redet er ganz vernünftig und weiß "
        "alles.",
        Q,
    ),
    ("de", "Wieso ist der Fleck an der Einstichstelle jetzt grünlich gelb? Weh tut er nicht.", Q),
    ("de", "Warum hab ich seit den Schmerztabletten Verstopfung?", Q),
    ("pt", "Por que coça tanto em volta do curativo? Não tá vermelho nem nada.", Q),
    (
        "pt",
        "Como é que eu tô com tanto sono hoje? Tô lúcida, converso normal, só quero dormir.",
        Q,
    ),
    ("pt", "Por que ficou um hematoma amarelado nas minhas costas? Não dói.", Q),
    ("pt", "Por que tô com intestino preso desde que comecei o remédio pra dor?", Q),
    ("vi", "Sao chỗ dán băng ngứa quá vậy? Không đỏ gì cả.", Q),
    (
        "vi",
        "Sao hôm nay tôi buồn ngủ thế? Đầu óc vẫn tỉnh táo, nói chuyện bình thường, chỉ muốn ngủ.",
        Q,
    ),
    ("vi", "Sao chỗ chích bị bầm vàng vàng xanh xanh vậy? Không đau.", Q),
    ("vi", "Sao từ khi uống thuốc giảm đau tôi bị táo bón?", Q),
    ("zh-Hans", "为什么贴胶布的地方这么痒？不红也不肿。", Q),
    ("zh-Hans", "为什么今天这么困？脑子清楚，说话正常，就是想睡。", Q),
    ("zh-Hans", "为什么打针的地方青了一块，现在发黄发绿？不疼。", Q),
    ("zh-Hans", "为什么吃了止痛药以后便秘了？", Q),
    ("ar", "ليش اللزقة بتحكني كتير؟ مش حمرا ولا شي", Q),
    ("ar", "ليش نعسانة كتير اليوم؟ راسي صافي وعم احكي طبيعي، بس بدي نام", Q),
    ("ar", "ليش صار في زرقة مخضرة مكان الإبرة؟ ما بتوجع", Q),
    ("ar", "ليش صار عندي إمساك من وقت ما بلشت حبوب الوجع؟", Q),
    # 2. a sign that comes each time the patient does something, happening now (not a
    # hypothesis, not a habit of long standing)
    (
        "en",
        "whenever I lift my head off the pillow everything spins and goes black, it's been like "
        "that since I came home",
        U,
    ),
    (
        "en",
        "every time she tries to get out of the chair her right leg just folds under her. "
        "Started yesterday after the procedure.",
        U,
    ),
    (
        "en",
        "each time I take a breath there's a stabbing pain under my ribs and I can't get enough "
        "air. This began last night.",
        U,
    ),
    ("en", "every time he coughs he brings up bright red blood, since about 3 this morning", U),
    (
        "es",
        "Cada vez que me incorporo en la cama se me nubla todo y casi me caigo, desde que volví "
        "del hospital ayer.",
        U,
    ),
    (
        "es",
        "Siempre que intenta caminar, a mi padre se le doblan las rodillas y no le responden las "
        "piernas. Empezó esta mañana, dos días después de la vertebroplastia.",
        U,
    ),
    (
        "es",
        "Cada vez que respiro hondo me da una punzada fortísima en el pecho y me falta el aire. "
        "Empezó hace unas horas.",
        U,
    ),
    ("es", "Cada vez que voy al baño orino sangre, desde la operación del lunes.", U),
    (
        "fr",
        "Dès que je m'assois au bord du lit, la tête me tourne très fort et je vois des étoiles, ça "
        "a commencé en rentrant hier.",
        U,
    ),
    ("fr", "Chaque fois qu'il essaie de se lever, ses jambes se dérobent, depuis l'opération.", U),
    (
        "fr",
        "Chaque fois que je bouge la jambe j'ai une douleur atroce dans le dos. Jamais eu ça avant "
        "le ciment, ça a commencé ce soir.",
        U,
    ),
    (
        "fr",
        "À chaque fois que je vais aux toilettes rien ne sort, juste quelques gouttes. Ça dure "
        "depuis que je suis rentrée.",
        U,
    ),
    (
        "de",
        "Jedes Mal wenn ich mich im Bett aufsetze, wird mir schwarz vor Augen und ich kippe fast "
        "um, das geht seit gestern so.",
        U,
    ),
    ("de", "Immer wenn er aufstehen will, geben seine Beine nach, seit der OP am Montag.", U),
    (
        "de",
        "Bei jedem Atemzug sticht es heftig in der Brust und ich krieg kaum Luft. Angefangen hat "
        "es heute Nachmittag.",
        U,
    ),
    ("de", "Jedes Mal wenn ich huste, kommt hellrotes Blut, seit heute Nacht.", U),
    (
        "pt",
        "Toda vez que me sento na cama fica tudo escuro e quase desmaio. Começou ontem quando "
        "voltei do hospital.",
        U,
    ),
    ("pt", "Sempre que ele tenta ficar em pé as pernas dobram, desde a cirurgia de segunda.", U),
    ("pt", "Cada vez que eu tusso sai sangue vivo, desde esta madrugada.", U),
    (
        "pt",
        "Toda vez que respiro fundo dá uma pontada forte no peito e fico sem fôlego. Começou "
        "hoje à tarde.",
        U,
    ),
    ("vi", "Mỗi lần ngồi dậy là tôi tối sầm mặt mũi, suýt ngã, từ hôm qua về nhà tới giờ.", U),
    ("vi", "Cứ mỗi lần bố tôi cố đi là chân trái lê không nhấc lên được, từ sáng nay.", U),
    ("vi", "Mỗi lần hít vào là ngực đau nhói như dao đâm, thở không nổi, từ chiều nay.", U),
    ("vi", "Lần nào đi tiểu cũng ra máu đỏ, từ sau khi bơm xi măng hôm thứ Hai.", U),
    ("zh-Hans", "每次从床上坐起来眼前就一黑，差点摔倒，从昨天回家就这样。", U),
    ("zh-Hans", "我爸每次想站起来腿就软下去，站不住，周一手术后开始的。", U),
    ("zh-Hans", "每次吸气胸口就像刀割一样疼，喘不过气，今天下午开始的。", U),
    ("zh-Hans", "每次咳嗽都咳出鲜红的血，从今天凌晨开始。", U),
    ("ar", "كل ما أقعد بالسرير بتسوّد الدنيا قدامي وبكاد أوقع، من يوم ما رجعت امبارح", U),
    ("ar", "كل ما يحاول أبوي يوقف رجليه بينثنوا تحته، من بعد عملية الاثنين", U),
    ("ar", "كلما أتنفس بعمق يطعني ألم حاد في صدري وما أقدر آخذ نفس، من العصر", U),
    ("ar", "كل ما بكح بيطلع دم أحمر، من الفجر", U),
    # 2, controls: a habit of long standing, and a real hypothesis about the future with "if"
    # or "when"
    (
        "en",
        "whenever I climb the stairs I get puffed, always have with my asthma, will lying flat be "
        "a problem?",
        Q,
    ),
    ("en", "if I walk to the shops too soon, could my legs give out?", Q),
    ("en", "when I start driving again, might the seatbelt make the wound bleed?", Q),
    ("en", "if my temperature goes up at the weekend, will the ward still answer?", Q),
    (
        "es",
        "Siempre que subo cuestas me fatigo, tengo EPOC desde hace años, ¿me afectará la sedación?",
        Q,
    ),
    ("es", "Si me levanto de la cama antes de tiempo, ¿se me podrían dormir las piernas?", Q),
    ("es", "Cuando vuelva a conducir, ¿puede que me sangre la herida con el cinturón?", Q),
    ("es", "Si el fin de semana me sube la fiebre, ¿a quién llamo?", Q),
    (
        "fr",
        "Chaque fois que je monte l'escalier je suis essoufflée, avec ma BPCO depuis des années, "
        "est-ce gênant pour la sédation ?",
        Q,
    ),
    (
        "fr",
        "Si je porte mes courses la semaine prochaine, est-ce que le ciment peut bouger et me "
        "paralyser ?",
        Q,
    ),
    (
        "fr",
        "Quand je reprendrai la voiture, est-ce que la ceinture pourrait faire saigner la plaie ?",
        Q,
    ),
    ("fr", "Si j'ai de la fièvre dimanche, qui dois-je appeler ?", Q),
    (
        "de",
        "Jedes Mal beim Treppensteigen bin ich außer Atem, das hab ich seit Jahren wegen COPD. "
        "Ist die Sedierung ein Problem?",
        Q,
    ),
    ("de", "Wenn ich nächste Woche die Einkäufe trage, könnte der Zement verrutschen?", Q),
    ("de", "Falls ich am Wochenende Fieber bekomme, wen rufe ich an?", Q),
    ("de", "Wenn ich zu früh Rad fahre, können dann die Beine taub werden?", Q),
    ("pt", "Toda vez que subo escada fico cansada, tenho DPOC há anos. A sedação é problema?", Q),
    ("pt", "Se eu carregar sacola de mercado semana que vem, o cimento pode sair do lugar?", Q),
    ("pt", "Quando eu voltar a dirigir, o cinto pode fazer a ferida sangrar?", Q),
    ("pt", "Se eu sentar no carro muito cedo, posso ficar com as pernas dormentes?", Q),
    (
        "vi",
        "Mỗi lần leo cầu thang tôi hụt hơi, bị phổi tắc nghẽn nhiều năm rồi. Thuốc an thần có sao "
        "không?",
        Q,
    ),
    ("vi", "Nếu tuần sau tôi xách đồ đi chợ thì xi măng có bị lệch không?", Q),
    ("vi", "Khi lái xe lại, dây an toàn có làm vết thương chảy máu không?", Q),
    ("vi", "Nếu cuối tuần tôi bị sốt thì gọi ai?", Q),
    ("zh-Hans", "我每次爬楼梯都喘，慢阻肺好多年了，镇静有影响吗？", Q),
    ("zh-Hans", "如果下周我去买菜提东西，骨水泥会不会移位？", Q),
    ("zh-Hans", "以后开车的时候，安全带会不会把伤口弄出血？", Q),
    ("zh-Hans", "要是周末发烧了，该找谁？", Q),
    ("ar", "كل ما اطلع الدرج بنهج، عندي انسداد رئوي من سنين. التخدير بيأثر؟", Q),
    ("ar", "إذا حملت أغراض السوق الأسبوع الجاي، ممكن الإسمنت يتحرك؟", Q),
    ("ar", "لما أرجع أسوق، ممكن حزام الأمان يخلي الجرح ينزف؟", Q),
    ("ar", "إذا طلعت معي حرارة بالويكند، لمين بتصل؟", Q),
    # 3. a very old patient's vague words that still name where or what
    (
        "en",
        "I'm 94 and my waterworks won't go, I sit and sit and nothing, not since they did my back",
        U,
    ),
    (
        "en",
        "I'm 88, my head's gone all foggy since the op, I keep thinking it's Sunday and I don't "
        "know whose house this is",
        U,
    ),
    (
        "es",
        "Tengo 92 años y tengo la cabeza como ida, no sé en qué día vivo ni dónde estoy, desde la "
        "operación",
        U,
    ),
    (
        "es",
        "A mis 90 años no sé explicarlo, pero me cuesta coger aire hasta sentada, nunca me había "
        "pasado",
        U,
    ),
    (
        "fr",
        "À mon âge je ne sais pas expliquer, mais je n'ai plus de souffle, même assise dans mon "
        "fauteuil, depuis que je suis rentrée",
        U,
    ),
    (
        "fr",
        "J'ai 90 ans, ma vessie ne veut plus rien lâcher depuis hier, j'ai beau attendre sur les "
        "toilettes",
        U,
    ),
    (
        "de",
        "Ich bin 92, ich weiß nicht wie sagen, mein Kopf ist ganz durcheinander, ich weiß nicht "
        "welcher Tag ist und finde mein Zimmer nicht, seit ich aus dem Krankenhaus bin",
        U,
    ),
    (
        "de",
        "Mit meinen 89 Jahren, aber so war es nie: die Beine sind wie Watte und tragen mich nicht "
        "mehr, seit gestern",
        U,
    ),
    (
        "pt",
        "Tenho 91 anos e não sei dizer direito, mas minhas pernas tão bambas e formigando, não me "
        "seguram mais desde ontem",
        U,
    ),
    (
        "pt",
        "Com 89 anos, sei lá, sinto um peso no peito e falta o fôlego até sentada, desde a noite "
        "passada",
        U,
    ),
    (
        "vi",
        "Bà 90 tuổi rồi, không biết nói sao, đầu óc cứ lơ mơ, không biết hôm nay thứ mấy, không "
        "nhận ra nhà mình, từ hôm mổ về.",
        U,
    ),
    (
        "vi",
        "Ông 88 tuổi, nói không rõ, nhưng ngực cứ nặng trĩu, hụt hơi cả khi ngồi yên từ đêm qua.",
        U,
    ),
    (
        "zh-Hans",
        "老头子我八十九了，说不清楚，脑子糊里糊涂的，不知道今天几号，连自己家都认不出来，从医院回来就这样。",
        U,
    ),
    ("zh-Hans", "我九十多了，说不上来，胸口闷得慌，坐着也上不来气，昨晚开始的。", U),
    (
        "ar",
        "أنا عمري تسعين، ما بعرف احكي، بس راسي مش معي، مش عارفة شو اليوم ولا وين غرفتي، من وقت ما "
        "طلعت من المستشفى",
        U,
    ),
    ("ar", "عمري ٨٨ ومش عارف أوصف، بس صدري تقيل ونفسي مقطوع وأنا قاعد، من الليلة الماضية", U),
    # 3, controls: an old person's vague complaints that are ordinary (tired, low, a bit stiff,
    # missing home, sleeping badly)
    (
        "en",
        "I'm 91 and just feel a bit low and tired since coming home, I miss my cat who's at my "
        "daughter's",
        Q,
    ),
    ("en", "at my age everything's a bit stiff in the mornings, is gentle walking ok now?", Q),
    ("en", "I'm 87 and not sleeping well in the hospital bed they lent me, any tips?", Q),
    (
        "es",
        "Tengo 93 años y estoy algo decaída desde que volví, echo de menos mi casa del pueblo",
        Q,
    ),
    ("es", "A mi edad ando un poco tiesa por las mañanas, ¿puedo dar paseos cortos?", Q),
    ("es", "Tengo 89 años y estoy cansada y sin ganas de nada, aunque como bien y duermo", Q),
    (
        "fr",
        "J'ai 92 ans, je me sens un peu patraque et j'ai le moral dans les chaussettes depuis que "
        "je suis rentrée, mon chat me manque",
        Q,
    ),
    ("fr", "À mon âge je suis toute raide le matin, je peux marcher un peu ?", Q),
    ("fr", "J'ai 88 ans et je dors mal dans ce lit médicalisé, des conseils ?", Q),
    ("de", "Ich bin 91 und seit dem Krankenhaus etwas niedergeschlagen, mir fehlt mein Garten.", Q),
    ("de", "In meinem Alter ist man morgens halt steif, darf ich kleine Spaziergänge machen?", Q),
    ("de", "Ich bin 87, schlafe schlecht im Pflegebett, haben Sie Tipps?", Q),
    ("pt", "Tenho 92 anos e ando meio jururu desde que voltei, com saudade da minha casa", Q),
    ("pt", "Na minha idade a gente acorda meio dura, posso fazer caminhada curta?", Q),
    ("pt", "Tenho 88 anos e durmo mal na cama hospitalar, alguma dica?", Q),
    ("vi", "Bà 91 tuổi rồi, từ hôm về cứ thấy buồn buồn, nhớ nhà ở quê.", Q),
    ("vi", "Tuổi già sáng dậy người hơi cứng, đi bộ nhẹ được không?", Q),
    ("vi", "Ông 87 tuổi ngủ không ngon trên giường bệnh, có cách gì không?", Q),
    ("zh-Hans", "我九十一了，回家以后总觉得没精神，心里闷闷的，想老家。", Q),
    ("zh-Hans", "年纪大了早上起来身子有点僵，能慢慢走走吗？", Q),
    ("zh-Hans", "我八十七了，在护理床上睡不好，有什么办法？", Q),
    ("ar", "عمري ٩١ ومن وقت ما رجعت حاسة حالي زهقانة وبشتاق لبيتي بالضيعة", Q),
    ("ar", "بهالعمر الواحد بيقوم الصبح متيبس شوي، بقدر امشي مشوار صغير؟", Q),
    ("ar", "عمري ٨٧ وما عم نام منيح على سرير المستشفى اللي عطونا ياه، في نصيحة؟", Q),
    # 4. the nurse's instructions of what to watch for, repeated, with an ordinary question:
    # quiet; the same instruction followed by the sign had now: urgent
    (
        "en",
        "the ward sister said ring straight away if my legs go weak or numb or I can't pass "
        "water. Noted. Can I have a bath this week?",
        Q,
    ),
    (
        "en",
        "they gave me a list to watch for: breathlessness, chest pain, fever, bleeding that won't "
        "stop. OK. When can I walk the dog?",
        Q,
    ),
    (
        "en",
        "Nurse said keep an eye out for the site going red, hot or weepy and check my temperature "
        "each evening. Can I sleep on my side?",
        Q,
    ),
    (
        "en",
        "the nurse told me to watch for a fever and ring if so. Well it's 38.8 tonight and the "
        "dressing is soaked yellow",
        U,
    ),
    (
        "es",
        "En planta me explicaron que si se me duermen las piernas, me falta el aire o no puedo "
        "orinar, vaya a urgencias. Entendido. ¿Cuándo puedo coger el autobús?",
        Q,
    ),
    (
        "es",
        "La enfermera me dijo que me tomara la temperatura cada noche y vigilara que la herida no "
        "se pusiera roja ni supurara. ¿Puedo ir a la peluquería el sábado?",
        Q,
    ),
    (
        "es",
        "Me dieron instrucciones: fiebre, dolor fuerte de golpe en la espalda o sangrado que no "
        "para, llamar al 112. Vale. ¿Puedo tomar café?",
        Q,
    ),
    (
        "es",
        "La enfermera me dijo que vigilara si sangraba la herida. Pues lleva sangrando desde las "
        "cinco y el apósito está empapado.",
        U,
    ),
    (
        "fr",
        "L'infirmière m'a expliqué d'appeler si je suis essoufflé, si j'ai mal à la poitrine ou "
        "si je crache du sang. Compris. Est-ce que je peux boire un verre de vin ?",
        Q,
    ),
    (
        "fr",
        "On m'a demandé de prendre ma température matin et soir et de regarder si la cicatrice "
        "rougit ou coule. Je peux aller chez le coiffeur samedi ?",
        Q,
    ),
    (
        "fr",
        "Consignes de sortie de l'infirmière : jambes faibles, fuites urinaires, forte fièvre = "
        "urgences. Bien noté. Quand puis-je reprendre le vélo d'appartement ?",
        Q,
    ),
    (
        "fr",
        "On m'a dit de surveiller la fièvre et d'appeler si ça monte : j'ai 39,2 ce soir et je "
        "grelotte.",
        U,
    ),
    (
        "de",
        "Die Schwester hat mir eingeschärft: bei Atemnot, Brustschmerzen oder Bluthusten sofort "
        "112. Alles klar. Darf ich ein Glas Wein trinken?",
        Q,
    ),
    (
        "de",
        "Man hat mir gesagt, ich soll täglich Temperatur messen und schauen, ob die Narbe rot wird "
        "oder nässt. Darf ich Samstag zum Friseur?",
        Q,
    ),
    (
        "de",
        "Beim Entlassungsgespräch hieß es: Beine schwach oder taub, Probleme beim Wasserlassen, "
        "sofort melden. Verstanden. Wann darf ich wieder aufs Ergometer?",
        Q,
    ),
    (
        "de",
        "Die Schwester hat gesagt, ich soll auf Fieber achten und dann anrufen. Jetzt hab ich "
        "39,1 und Schüttelfrost.",
        U,
    ),
    (
        "pt",
        "A enfermeira explicou: se faltar o ar, doer o peito ou tossir sangue, chamar o SAMU. "
        "Entendi. Posso tomar um cafezinho?",
        Q,
    ),
    (
        "pt",
        "Me pediram pra medir a temperatura todo dia e olhar se a cicatriz fica vermelha ou mina "
        "água. Posso ir no cabeleireiro sábado?",
        Q,
    ),
    (
        "pt",
        "Instruções da alta: perna fraca ou dormente, não conseguir urinar, febre alta, voltar no "
        "hospital. Certo. Quando volto pra hidroginástica?",
        Q,
    ),
    (
        "pt",
        "A enfermeira mandou eu ficar de olho na febre e ligar se subisse. Agora tô com 39,3 e "
        "calafrio.",
        U,
    ),
    (
        "vi",
        "Điều dưỡng dặn: khó thở, đau ngực, ho ra máu thì đi cấp cứu. Tôi nhớ rồi. Tôi uống cà phê "
        "được không?",
        Q,
    ),
    (
        "vi",
        "Bác sĩ dặn đo nhiệt độ mỗi tối và xem vết mổ có đỏ, chảy dịch không. Thứ Bảy tôi đi cắt "
        "tóc được không?",
        Q,
    ),
    (
        "vi",
        "Lời dặn khi ra viện: chân yếu hoặc tê, không tiểu được, sốt cao thì quay lại. Dạ. Khi nào "
        "tôi đạp xe tại chỗ lại được?",
        Q,
    ),
    ("vi", "Y tá dặn theo dõi sốt, nếu sốt thì gọi. Giờ tôi sốt 39 độ, run cầm cập.", U),
    ("zh-Hans", "护士嘱咐过：气短、胸痛、咳血就打120。记住了。我能喝咖啡吗？", Q),
    ("zh-Hans", "医生让我每天晚上量体温，看看刀口红不红、有没有渗液。周六能去理发吗？", Q),
    (
        "zh-Hans",
        "出院交代：腿没劲或者发麻、尿不出来、高烧，就回医院。好的。什么时候能踩健身车？",
        Q,
    ),
    ("zh-Hans", "护士叮嘱要注意发烧，烧了就打电话。现在我烧到39度，一直打寒战。", U),
    (
        "ar",
        "وصتني الممرضة: ضيق نفس، ألم بالصدر، سعال مع دم، على طول عالطوارئ. ماشي. بقدر اشرب قهوة؟",
        Q,
    ),
    (
        "ar",
        "قالولي قيس الحرارة كل مسا وشوف إذا الجرح احمر أو نزل منه سائل. بقدر روح عالحلاق السبت؟",
        Q,
    ),
    (
        "ar",
        "تعليمات الخروج: ضعف أو تنميل بالرجلين، ما قدرت تبول، حرارة عالية، ارجع عالمستشفى. تمام. "
        "امتى برجع عالمشي؟",
        Q,
    ),
    ("ar", "الممرضة قالتلي انتبه للحرارة واتصل إذا طلعت. هلق حرارتي ٣٩ وعم ارجف", U),
    # 5. a long message, the sign in the middle or at the end among ordinary questions
    (
        "en",
        "Thanks for the leaflet, very clear. We got home Monday and all was calm, Dad has been "
        "eating well. This evening though his speech went slurred and he couldn't remember my "
        "name, and now he's very sleepy. Do we still bring him on Friday?",
        U,
    ),
    (
        "es",
        "Buenas, quería saber cuándo me quitan los puntos. Todo fue bien en el hospital y la "
        "comida estaba rica. Eso sí, desde ayer por la noche no aguanto el pis, se me escapa sin "
        "darme cuenta. ¿Y puedo ducharme ya?",
        U,
    ),
    (
        "fr",
        "Bonjour, merci pour l'accueil, tout s'est bien passé. Je voulais savoir quand reprendre "
        "la kiné. Mon épouse trouve que depuis hier soir je parle bizarrement et je ne retrouve "
        "plus mes mots, et ce matin je ne savais plus son prénom. Faut-il attendre le rendez-vous ?",
        U,
    ),
    (
        "de",
        "Guten Tag, ich wollte fragen, ob Mama die Physiotherapie weitermachen kann. Die "
        "Heimfahrt war gut, sie isst wieder. Heute Mittag ist sie aber am Tisch plötzlich "
        "weggesackt und war ein paar Minuten nicht ansprechbar. Jetzt schläft sie.",
        U,
    ),
    (
        "de",
        "Bin seit Montag zu Hause, die Nachbarin hilft beim Einkaufen. Mein Mann hat seit heute "
        "früh 38,9 und friert. Wann ist eigentlich die Kontrolle?",
        U,
    ),
    (
        "pt",
        "Boa tarde, queria saber quando tiro os pontos. Voltei pra casa sábado, tudo tranquilo, "
        "minha filha tá cuidando de mim. Só que desde hoje cedo não seguro o xixi, molhei a cama e "
        "nem senti. E posso tomar banho normal?",
        U,
    ),
    (
        "vi",
        "Chào bác sĩ, cho tôi hỏi bao giờ cắt chỉ. Tôi về nhà hôm thứ Bảy, mọi thứ ổn, con gái "
        "chăm. Nhưng từ sáng nay tôi đi tiểu ra máu đỏ tươi, nhiều lắm. Tôi có được tắm không?",
        U,
    ),
    (
        "zh-Hans",
        "医生您好，想问一下什么时候拆线。周六回的家，一切都好，女儿在照顾我。但是今天早上开始小便是鲜红色的，量还挺多。能洗澡吗？",
        U,
    ),
    (
        "ar",
        "مرحبا دكتور، بدي اسأل امتى بفك القطب. رجعت عالبيت السبت وكل شي تمام وبنتي عم تهتم فيني. "
        "بس من الصبح البول لونه أحمر ودم واضح. بقدر اتحمم؟",
        U,
    ),
    # --- written after the first change: look-alikes of each kind, and the words the rules
    # lacked told in other situations
    # 1. tied to now, asked: urgent; about people in general or supposed: quiet
    ("en", "is it bad that his wee has been dark red since the op?", U),
    ("en", "how come some people get numb legs after the cement?", Q),
    ("en", "what should I do if it bleeds for more than an hour?", Q),
    ("es", "¿Por qué no puedo orinar desde que me dieron el alta?", U),
    ("es", "¿Por qué a algunas personas se les duermen las piernas después del cemento?", Q),
    ("es", "Si me sangra la herida durante horas, ¿qué hago?", Q),
    ("fr", "Pourquoi mon père ne tient plus debout depuis son retour ?", U),
    ("fr", "Pourquoi certaines personnes ont de la fièvre après ?", Q),
    ("de", "Warum kann Mama seit dem Frühstück die Beine nicht mehr bewegen?", U),
    ("de", "Warum bekommen manche Leute nach dem Zement Fieber?", Q),
    ("pt", "Por que minha mãe não reconhece ninguém desde ontem à noite?", U),
    ("pt", "Por que algumas pessoas ficam com falta de ar depois?", Q),
    ("vi", "Sao từ hôm qua đến giờ vết chích cứ rỉ mủ vàng?", U),
    ("vi", "Tại sao một số người bị sốt sau khi bơm xi măng?", Q),
    ("zh-Hans", "为什么从中午到现在伤口一直在流血？", U),
    ("zh-Hans", "为什么有的人打完骨水泥会发烧？", Q),
    ("ar", "ليش من الغدا جرحي عم ينزف وما بيوقف؟", U),
    ("ar", "ليش في ناس بيصير معهم حرارة بعد الإسمنت؟", Q),
    # 2. an attempt told in the present ("if I try to stand, my legs fold"): urgent; the same
    # attempt asked of the future, or a habit of long standing: quiet
    ("en", "if I try to stand my legs just fold, since this morning", U),
    ("en", "if I try to walk too soon, might my legs go weak?", Q),
    (
        "en",
        "every time I bend down my back kills me, has done since my fall in March, will the "
        "cement help?",
        Q,
    ),
    ("es", "si intento ponerme de pie se me doblan las piernas, desde anoche", U),
    ("es", "Si cojo peso pronto, ¿podría quedarme sin fuerza en las piernas?", Q),
    (
        "es",
        "Cada vez que me agacho me duele mucho la espalda desde la caída de marzo, ¿me ayudará el "
        "cemento?",
        Q,
    ),
    ("fr", "si j'essaie de me lever, mes jambes se dérobent, c'est depuis ce matin", U),
    (
        "fr",
        "Chaque fois que je me penche j'ai très mal au dos, c'est pour ça qu'on m'opère jeudi.",
        Q,
    ),
    ("de", "wenn ich versuche aufzustehen geben meine Beine nach, seit heute Morgen", U),
    ("de", "Wenn ich zu früh schwer hebe, kann dann der Rücken wieder stark schmerzen?", Q),
    ("pt", "se eu tento levantar as pernas não me seguram, desde ontem", U),
    (
        "pt",
        "Toda vez que eu abaixo dói muito a coluna, por isso vou fazer o cimento semana que vem.",
        Q,
    ),
    ("vi", "hễ tôi cố đứng dậy là hai chân khuỵu, từ sáng nay", U),
    ("zh-Hans", "我一想站起来腿就软了，从今早开始的", U),
    ("zh-Hans", "如果太早下地走路，腿会不会发麻？", Q),
    ("ar", "إذا بحاول أوقف رجليي ما بيشيلوني، من امبارح", U),
    # 3. an old patient's words the rules lacked, in other situations: urgent; the same words
    # of something else: quiet
    ("en", "Mum's 93 and her arms have gone all woolly since teatime, she can't lift her cup", U),
    ("en", "my hands won't do what I tell them since the op", U),
    ("en", "Grandad can't get up off the sofa since lunch, his legs won't hold him", U),
    ("en", "she went down on the bathroom floor an hour ago and is very muddled", U),
    ("en", "Nan keeps thinking it's Christmas and doesn't know whose house she's in", U),
    (
        "en",
        "the room went dark when the power cut out last night, can I still use the heat pad?",
        Q,
    ),
    ("en", "my head's a bit foggy with this cold, is it ok to take paracetamol?", Q),
    ("es", "mi abuela tiene los brazos como de trapo desde la siesta", U),
    ("es", "mi padre no se puede ni levantar de la silla desde ayer", U),
    ("es", "a mi madre se le escapa el pis desde que volvió", U),
    ("es", "tengo un dolorazo en la cintura que no había tenido nunca, desde esta tarde", U),
    ("es", "mi tía tiene la cabeza como ida desde la anestesia y no sabe en qué año estamos", U),
    ("es", "tengo un dolorazo de cabeza por el calor, ¿puedo tomar paracetamol?", Q),
    ("fr", "les gambettes de ma mère ne la portent plus depuis ce midi", U),
    ("fr", "il mélange tout depuis son retour de la clinique", U),
    ("fr", "ma mère a failli s'étaler deux fois ce matin, tout devient noir quand elle se lève", U),
    ("fr", "quand je lance la vidéo, tout devient noir à l'écran, c'est normal ?", Q),
    ("de", "Opa redet seit dem Mittagsschlaf wirres Zeug", U),
    ("de", "Meiner Frau knickt seit heute früh ständig das rechte Bein weg", U),
    ("de", "es eitert an der Einstichstelle seit gestern", U),
    ("de", "Mein Vater hat 39,2 seit heute Nacht", U),
    ("de", "Die Station hat 38 Betten, gibt es auch Einzelzimmer?", Q),
    ("pt", "minha avó tá com uma gastura no peito desde a janta", U),
    ("pt", "me dá uma agonia no peito só de pensar na cirurgia de amanhã", Q),
    ("vi", "bà tôi mắt trợn ngược rồi gục xuống lúc ăn trưa", U),
    ("vi", "từ sáng nay hai chân ông cứ bủn rủn, đi không vững", U),
    ("vi", "mẹ tôi nói linh tinh từ tối qua", U),
    ("zh-Hans", "我妈从下午开始眼前发黑，站都站不稳", U),
    ("zh-Hans", "我爸脑子一团浆糊，认不出自己家了，从医院回来就这样", U),
    ("zh-Hans", "奶奶的胳膊一点劲都没有，筷子都拿不住，今天早上开始的", U),
    ("ar", "ستي صارت تدوخ وتوقع من امبارح", U),
    ("ar", "رجل أبوي عم تنجر عالأرض من الصبح", U),
    ("ar", "إمي بتقول الدنيا بتسود قدامها كل ما توقف، من بعد العملية", U),
    ("ar", "لقيت فرشة أبوي مبلولة الصبح وهو ما حس", U),
    ("ar", "بدي اقيس الحرارة لأمي كل يوم، تحت الباط ولا بالتم؟", Q),
    ("ar", "ابني جابلي جهاز قياس حرارة من الصيدلية، كيف بستعمله؟", Q),
    # 4. the instruction followed, in its own sentence or clause, by the sign had now: urgent;
    # more instructions repeated: quiet
    ("en", "the nurse said to watch for fever, and I have 38.9 now", U),
    ("en", "the doctor told me the wound looks infected and to come back tomorrow", U),
    (
        "en",
        "my GP told me to call if I got chest pain or felt faint, so I'm noting it down. Is it ok "
        "to fly next month?",
        Q,
    ),
    ("es", "La enfermera me dijo que vigilara la fiebre: tengo 39 desde la tarde.", U),
    (
        "es",
        "Me recomendaron vigilar si aparece fiebre o la herida se hincha. ¿Puedo ir a la playa?",
        Q,
    ),
    (
        "fr",
        "L'infirmière m'a dit de surveiller la plaie, mais elle coule jaune depuis ce matin.",
        U,
    ),
    ("de", "Die Schwester meinte, ich soll auf Fieber achten, und jetzt hab ich 39,4.", U),
    ("pt", "A médica pediu pra eu observar a febre, e agora tô com 39.", U),
    ("vi", "Bác sĩ dặn theo dõi chân, mà giờ chân tôi tê cứng từ trưa.", U),
    ("zh-Hans", "医生叮嘱要注意腿麻，现在我两条腿都麻了。", U),
    ("zh-Hans", "医生让我注意有没有发烧、伤口流脓，我知道了。可以吃辣的吗？", Q),
    ("ar", "الدكتور قالي انتبه للنزيف، وهلق الجرح عم ينزف من ساعة", U),
    ("ar", "الدكتورة قالتلي راقبي إذا صار في ضيق نفس أو نزيف. بقدر اطلع عالسوق؟", Q),
    # 1, controls of "why": drowsiness with a clear head, a bruise's colours; the same
    # drowsiness with a sign: urgent
    ("en", "Dad is so sleepy I can hardly wake him, and he's not making sense", U),
    (
        "en",
        "Mum's tired and dozy today but chatting normally and knows everyone, is that the sedation?",
        Q,
    ),
    ("en", "why is the bruise on my arm from the drip going green and yellow?", Q),
    ("de", "Mama ist so schlapp und seit einer Stunde nicht mehr ansprechbar", U),
    (
        "vi",
        "Hôm nay bố tôi lừ đừ cả ngày nhưng vẫn tỉnh táo, nói chuyện bình thường, có phải do "
        "thuốc mê?",
        Q,
    ),
    ("pt", "Fiquei com um roxo enorme no braço onde puseram o soro, por quê?", Q),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND23_KINDS)
def test_urgent_kinds_23(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND23_KINDS if locale == tag]
        assert rows.count(U) >= 2 and rows.count(Q) >= 3, tag
