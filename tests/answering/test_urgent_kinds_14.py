"""Urgent signs by kind, the fourteenth blind set's (tests/data/urgent_blind_14/, issue 17).

Its misses and false alarms were read as kinds, not sentences, and each kind written here in
situations of our own (other people, other body words, other tenses) in the locales where it
applies, urgent rows and controls of the same kind, before any rule changed. Never a blind
message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND14_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND14_KINDS = [
    # --- A: a sign that passed, checked by a nurse or doctor and not back since, beside an ordinary question (quiet); checked, then back now (urgent)
    (
        "en",
        "My legs felt tingly for an hour after the injection, the nurse tested my feet and strength, it wore off by teatime and hasn't come back. When can I go swimming?",
        Q,
    ),
    (
        "en",
        "Mum felt faint when she first stood up on the ward, the nurse measured her blood pressure, she had a cup of tea and it passed, fine at home since. Can she take her usual pills tonight?",
        Q,
    ),
    (
        "en",
        "My legs felt tingly after the injection, the nurse tested them and said it was the numbing, but tonight they've gone numb again and I can't lift my foot.",
        U,
    ),
    (
        "es",
        "Al levantarme la primera vez me mareé un poco, la enfermera me tomó la tensión, bebí agua y se me pasó, en casa estoy perfectamente. ¿Cuándo puedo conducir?",
        Q,
    ),
    (
        "es",
        "La primera noche tuve 37,9, el médico de cabecera me miró la herida, dijo que estaba bien y desde entonces nada de fiebre. ¿Puedo ir a la piscina?",
        Q,
    ),
    (
        "es",
        "La primera noche tuve fiebre, la enfermera miró la herida y dijo que estaba bien, pero hoy vuelvo a tener 38,7 y tiritona.",
        U,
    ),
    (
        "fr",
        "Le premier soir j'ai eu 37,9, l'infirmière a regardé le point de ponction, elle a dit que c'était propre et depuis plus de fièvre. Je peux prendre un bain ?",
        Q,
    ),
    (
        "fr",
        "En me levant la première fois j'ai eu la tête qui tourne, l'infirmière a pris ma tension, j'ai bu un verre d'eau et c'est passé, rien depuis. Quand puis-je reprendre le vélo ?",
        Q,
    ),
    (
        "fr",
        "J'ai eu des fourmis dans les jambes après la piqûre, le médecin a vérifié, mais ce soir je ne sens plus du tout ma jambe gauche.",
        U,
    ),
    (
        "de",
        "Am ersten Abend hatte ich 37,9, der Hausarzt hat sich die Einstichstelle angeschaut, alles sauber, seitdem kein Fieber mehr. Darf ich schwimmen gehen?",
        Q,
    ),
    (
        "de",
        "Nach der Spritze hat mein Fuß eine Stunde gekribbelt, der Arzt hat Kraft und Gefühl getestet, dann war es vorbei und es kam nicht wieder. Wann darf ich Rad fahren?",
        Q,
    ),
    (
        "de",
        "Nach der Spritze hatte ich Kribbeln im Bein, der Arzt hat es geprüft, aber jetzt ist das Bein wieder ganz taub und ich kann den Fuß nicht heben.",
        U,
    ),
    (
        "pt",
        "Na primeira noite tive 37,9, a enfermeira olhou o local da agulha, disse que estava limpo e desde então nada de febre. Posso ir à praia?",
        Q,
    ),
    (
        "pt",
        "Quando levantei a primeira vez fiquei tonta, a enfermeira mediu a pressão, tomei água e passou, em casa tudo normal. Quando posso dirigir?",
        Q,
    ),
    (
        "pt",
        "Tive formigamento na perna depois da injeção, o médico examinou e disse que era a anestesia, mas hoje a perna está dormente de novo e não consigo levantar o pé.",
        U,
    ),
    (
        "vi",
        "Tối đầu tiên tôi sốt 37,9, bác sĩ xem chỗ kim chích, nói sạch sẽ, từ đó tới nay không sốt nữa. Khi nào được đi bơi?",
        Q,
    ),
    (
        "vi",
        "Lần đầu đứng dậy tôi hơi choáng, điều dưỡng đo huyết áp, uống nước là hết, về nhà tới giờ bình thường. Khi nào được lái xe?",
        Q,
    ),
    (
        "vi",
        "Sau mũi tiêm chân tôi tê, bác sĩ kiểm tra bảo do thuốc tê, nhưng tối nay chân lại tê cứng, không nhấc nổi bàn chân.",
        U,
    ),
    (
        "zh-Hans",
        "第一天晚上发烧37.9度，护士看了针口说很干净，之后再也没烧过。什么时候可以游泳？",
        Q,
    ),
    (
        "zh-Hans",
        "第一次起床时有点头晕，护士量了血压，喝了水就好了，回家后一直正常。什么时候能开车？",
        Q,
    ),
    ("zh-Hans", "打完针后腿有点麻，医生检查说是麻药，可是今晚腿又麻了，脚抬不起来。", U),
    (
        "ar",
        "أول ليلة جاتني حرارة 37.9، الممرضة شافت مكان الإبرة وقالت نظيف، ومن وقتها ما رجعت الحرارة. امتى أقدر أسبح؟",
        Q,
    ),
    (
        "ar",
        "أول ما قمت من السرير دخت شوية، الممرضة قاست الضغط، شربت مية وراحت، وفي البيت كل شي طبيعي. امتى أسوق؟",
        Q,
    ),
    (
        "ar",
        "بعد الإبرة رجلي كانت منملة، الدكتور فحصها وقال من البنج، بس الليلة رجعت منملة وما أقدر أرفع رجلي.",
        U,
    ),
    # --- B: urgent words in another sense: fear of the needle to come, hunger or boredom told as fainting
    (
        "en",
        "My knees go weak just thinking about the needle on Monday. Do they give you something to calm you?",
        Q,
    ),
    (
        "en",
        "I nearly passed out from boredom in the waiting room for three hours, is there a quicker way to book the check-up?",
        Q,
    ),
    (
        "es",
        "Me quedo sin aliento solo de pensar en la aguja del lunes. ¿Dan algo para los nervios?",
        Q,
    ),
    ("fr", "Mes jambes flageolent rien qu'à l'idée de l'aiguille lundi. On donne un calmant ?", Q),
    (
        "de",
        "Mir bleibt schon beim Gedanken an die Nadel am Montag die Luft weg. Bekommt man etwas zur Beruhigung?",
        Q,
    ),
    ("pt", "Fico sem ar só de pensar na agulha de segunda. Dão algum calmante?", Q),
    ("vi", "Nghĩ tới cây kim thứ Hai là tôi muốn xỉu rồi. Có cho thuốc an thần không?", Q),
    ("vi", "Chờ ở quầy thu ngân hai tiếng, đói muốn xỉu luôn. Có căn tin ở tầng mấy?", Q),
    ("zh-Hans", "一想到下周一的针我就喘不过气来，会给镇静药吗？", Q),
    ("ar", "بمجرد ما أفكر في الإبرة يوم الاثنين أحس إني حأغمى علي. بيدوا مهدئ؟", Q),
    # --- C: someone else's sign seen on the news or long ago, asked as a risk
    (
        "en",
        "My uncle got very muddled after his hip operation twenty years ago. Does that run in families?",
        Q,
    ),
    (
        "es",
        "En el telediario salió un señor que quedó paralizado tras una operación de espalda. ¿Eso puede pasar con el cemento?",
        Q,
    ),
    (
        "fr",
        "Aux infos ils ont parlé d'une dame paralysée après une opération du dos. Est-ce que ça peut arriver avec le ciment ?",
        Q,
    ),
    (
        "de",
        "Mein Onkel war nach seiner Hüft-OP vor zwanzig Jahren völlig verwirrt. Ist das vererbbar?",
        Q,
    ),
    (
        "pt",
        "No jornal falaram de um homem que ficou paralisado depois de cirurgia na coluna. Isso pode acontecer com o cimento?",
        Q,
    ),
    (
        "vi",
        "Đọc báo thấy một bà bị liệt sau khi mổ lưng, tôi lo quá. Bơm xi măng có bị vậy không?",
        Q,
    ),
    ("zh-Hans", "新闻里说有个老人做完腰椎手术后瘫痪了，打骨水泥会这样吗？", Q),
    ("ar", "شفت في الأخبار واحد اتشل بعد عملية في ظهره، هل ممكن يحصل كده مع الأسمنت؟", Q),
    # --- D: expected soreness or bruising of the first days in strong words, told as easing (quiet); a sudden new pain worse than before the procedure (urgent)
    (
        "en",
        "The needle spot hurts like hell on day two, as if a horse kicked me, but paracetamol helps and it's a bit better each day. Normal?",
        Q,
    ),
    (
        "en",
        "Huge green and yellow bruise around the needle hole, not spreading, not warm, less sore than yesterday. Is that usual?",
        Q,
    ),
    (
        "de",
        "Am zweiten Tag brennt die Einstichstelle wie Feuer, aber es wird jeden Tag ein bisschen besser. Ist das normal?",
        Q,
    ),
    (
        "es",
        "El pinchazo me duele horrores, segundo día, pero cada día va a mejor con el paracetamol. ¿Es normal?",
        Q,
    ),
    (
        "fr",
        "Le point de piqûre me fait un mal de chien au deuxième jour, mais ça va un peu mieux chaque jour. C'est normal ?",
        Q,
    ),
    (
        "pt",
        "O lugar da agulha dói pra caramba no segundo dia, mas está melhorando a cada dia. É normal?",
        Q,
    ),
    (
        "vi",
        "Chỗ kim chích đau muốn khóc ngày thứ hai, nhưng mỗi ngày một đỡ hơn. Vậy có bình thường không?",
        Q,
    ),
    ("zh-Hans", "针口第二天疼得要命，不过每天都在好转，正常吗？", Q),
    ("ar", "مكان الإبرة بيوجعني موت تاني يوم، بس كل يوم أحسن من اللي قبله. ده طبيعي؟", Q),
    (
        "en",
        "The needle spot was getting better but an hour ago a pain shot through my back like a knife, far worse than before the op.",
        U,
    ),
    # --- E: a leg told by what it does (gives way, buckles) beside an ordinary question, played down
    (
        "en",
        "Can I get a taxi voucher for Friday? My knee keeps buckling under me since Monday and I can hardly feel my toes, though I'm sure it's nothing.",
        U,
    ),
    (
        "es",
        "¿Me pueden cambiar la cita del viernes? Desde el lunes la pierna se me dobla sola y casi no me siento los dedos del pie.",
        U,
    ),
    (
        "fr",
        "Je peux avoir un bon de taxi pour vendredi ? Depuis lundi ma jambe se dérobe sans arrêt et je sens à peine mes orteils.",
        U,
    ),
    (
        "de",
        "Kann ich für Freitag einen Taxischein bekommen? Seit Montag knickt mein Knie ständig weg und die Zehen spür ich kaum.",
        U,
    ),
    (
        "de",
        "Wann ist der Kontrolltermin? Mein Mann sagt, seit gestern gibt sein linkes Bein dauernd nach und er spürt seinen Fuß kaum noch.",
        U,
    ),
    (
        "pt",
        "Posso remarcar a consulta de sexta? Desde segunda a perna fica dobrando sozinha e quase não sinto os dedos do pé.",
        U,
    ),
    (
        "vi",
        "Cho tôi dời lịch tái khám thứ Sáu được không? Từ thứ Hai chân tôi cứ khuỵu xuống, ngón chân gần như không cảm giác.",
        U,
    ),
    ("zh-Hans", "周五的复诊能改期吗？从周一开始我的腿老是突然一软跪下去，脚趾也快没感觉了。", U),
    (
        "ar",
        "ممكن أغير موعد الجمعة؟ من يوم الاثنين ركبتي بتخونني وبقع، وصوابع رجلي تقريبا مش حاسة بيها.",
        U,
    ),
    # --- F: bleeding that goes on since the procedure or after pressing, beside a question about dressings (urgent); a dot on the plaster (quiet)
    ("en", "bleeding from the wound since the op", U),
    (
        "en",
        "Which plasters should I buy? The hole where the needle went is still oozing blood, I pressed on it for a quarter of an hour and it hasn't stopped.",
        U,
    ),
    ("en", "There's one small dot of dried blood on the plaster, should I change it?", Q),
    (
        "es",
        "¿Qué apósitos compro? El agujero de la aguja sigue sangrando, apreté un cuarto de hora y no para.",
        U,
    ),
    (
        "fr",
        "Quel pansement acheter ? Le trou de l'aiguille saigne toujours, j'ai appuyé un quart d'heure et ça ne s'arrête pas.",
        U,
    ),
    (
        "de",
        "Welche Pflaster soll ich kaufen? Das Loch von der Nadel blutet weiter, ich habe eine Viertelstunde gedrückt und es hört nicht auf.",
        U,
    ),
    (
        "pt",
        "Que curativo compro? O furo da agulha continua sangrando, apertei quinze minutos e não para.",
        U,
    ),
    (
        "vi",
        "Nên mua băng loại nào? Chỗ kim đâm máu vẫn chảy ra, tôi ấn gạc mười lăm phút mà không cầm được.",
        U,
    ),
    ("vi", "Miếng băng có một chấm máu khô nhỏ, có cần thay không?", Q),
    ("vi", "Mổ xong về nhà ăn ngủ bình thường, tới hôm nay thì khạc ra đờm có máu.", U),
    ("zh-Hans", "该买什么样的敷料？针眼一直在渗血，按了一刻钟还是止不住。", U),
    ("ar", "أشتري أي نوع لزقة؟ مكان الإبرة لسه بينزف، ضغطت عليه ربع ساعة وما وقفش.", U),
    # --- G: a sudden pain told by an image (a knife, a stab) and as worse than before the procedure, often by someone watching
    (
        "en",
        "My wife screamed reaching for the kettle, her back is like a hot knife went in, far worse than before the procedure and it came from nowhere.",
        U,
    ),
    (
        "vi",
        "Đang xem tivi thì lưng tôi đau nhói như bị dao cắt, đau hơn cả trước khi bơm xi măng.",
        U,
    ),
    (
        "es",
        "Mi marido gritó al agacharse, dice que es como una puñalada en la espalda, mucho peor que antes de la operación.",
        U,
    ),
    (
        "fr",
        "Mon mari a hurlé en se penchant, il dit que c'est comme un coup de poignard dans le dos, bien pire qu'avant l'opération.",
        U,
    ),
    (
        "de",
        "Meine Frau hat beim Bücken aufgeschrien, es ist wie ein Messerstich im Rücken, viel schlimmer als vor dem Eingriff.",
        U,
    ),
    (
        "pt",
        "Minha mulher gritou ao se abaixar, diz que é como uma facada nas costas, muito pior que antes do procedimento.",
        U,
    ),
    ("zh-Hans", "我老伴弯腰时突然大叫，说背上像被刀捅了一样，比做手术前还疼得多。", U),
    ("ar", "مراتي صرخت وهي بتوطي، بتقول ضهرها كأن حد طعنها بسكينة، أوحش بكتير من قبل العملية.", U),
    # --- H: words of another language mixed in (French in Arabic, English or Spanish in the others)
    ("ar", "عملت l'opération الأسبوع اللي فات ودابا عندي essoufflement وما نقدرش نتنفس مزيان.", U),
    ("ar", "من البارح عندي douleur قوية فالصدر والقلب كيضرب.", U),
    ("en", "Since the injection my pierna is numb, I can't move it, help", U),
    ("es", "Desde la operación tengo el chest muy apretado y me falta el aire, is it normal?", U),
    ("fr", "Depuis l'intervention j'ai une chest pain qui serre, c'est grave?", U),
    ("de", "Seit dem Eingriff hab ich so ein tightness in der Brust und krieg schlecht Luft.", U),
    ("vi", "Từ hôm bơm xi măng tới giờ em bị chest pain, tức ngực khó thở lắm.", U),
    ("zh-Hans", "做完手术后我胸口很痛，chest pain 一直不停。", U),
    ("pt", "Depois do procedimento tô com uma chest pain forte e falta de ar.", U),
    # --- A2: more forms of A: the sign and the check in separate sentences, 'since then none', a resolving verb right after the sign
    (
        "en",
        "I felt a bit short of breath while I was still on the table. The anaesthetist listened to my lungs, gave me some oxygen and it settled in minutes, and I've been fine since. Can I fly next month?",
        Q,
    ),
    (
        "es",
        "El martes por la noche tuve 37,9. Vino el médico de guardia, me revisó el pinchazo, todo bien, y no he vuelto a tener fiebre. ¿Cuándo puedo viajar?",
        Q,
    ),
    (
        "es",
        "Tuve un mareo al salir de la sala, la enfermera me tomó la tensión y el mareo se fue enseguida. ¿Puedo comer normal?",
        Q,
    ),
    (
        "pt",
        "No primeiro dia tive um pouco de febre, o enfermeiro olhou o curativo, estava limpo e a febre passou. Há três dias sem nada. Posso viajar?",
        Q,
    ),
    (
        "de",
        "Nach dem Eingriff war mir kurz schwindelig. Die Schwester hat Puls gemessen, ich habe mich hingelegt und danach war alles gut. Seitdem keinerlei Beschwerden. Darf ich heute duschen?",
        Q,
    ),
    (
        "vi",
        "Lúc mới làm xong tôi hơi khó thở, điều dưỡng cho thở oxy, đo huyết áp lại bình thường, mấy phút là hết, về nhà khỏe. Khi nào được tắm?",
        Q,
    ),
    (
        "ar",
        "أول يوم كان عندي دوخة خفيفة، الممرض قاس الضغط، والدوخة راحت وما رجعتش. امتى أقدر أستحمى؟",
        Q,
    ),
    (
        "zh-Hans",
        "术后第一天有点发烧，护士看了伤口说没事，第二天烧就退了，再也没烧过。可以洗澡吗？",
        Q,
    ),
    (
        "en",
        "I had a fever the first night, the nurse checked the site and it went down, but it came back this afternoon at 38.6 and I'm shivering.",
        U,
    ),
    (
        "pt",
        "Tive febre na primeira noite, a enfermeira olhou e passou, mas hoje voltou, 38,5 e calafrios.",
        U,
    ),
    # --- D2: more of D: strong pain words at the needle site, easing
    (
        "de",
        "Die Einstichstelle tut höllisch weh, aber es wird jeden Tag besser. Ist das normal?",
        Q,
    ),
    ("en", "The injection site hurts like mad on day three, but less each day. Normal?", Q),
    # --- C3: more of C: a sibling's confusion after her own operation long ago
    (
        "de",
        "Mein Bruder war nach seiner Knie-OP vor zehn Jahren nach der Narkose tagelang verwirrt. Kann mir das auch passieren?",
        Q,
    ),
    # --- E2: asking what would be worrying, with a temperature asked about
    ("ar", "ما هي الأعراض اللي لازم أرجع بسببها للطوارئ؟ وهل الحرارة 37.8 مقلقة؟", Q),
    ("en", "Which signs mean I should go back to A&E? Is a temperature of 37.8 worrying?", Q),
    (
        "es",
        "¿Qué síntomas son para volver a urgencias? ¿Una temperatura de 37,8 es preocupante?",
        Q,
    ),
    (
        "fr",
        "Quels signes doivent me faire revenir aux urgences ? Une température de 37,8 c'est inquiétant ?",
        Q,
    ),
    (
        "pt",
        "Quais sinais são motivo para voltar ao pronto-socorro? Temperatura de 37,8 é preocupante?",
        Q,
    ),
    # --- C2: a relative's own operation long ago, asked as hereditary
    (
        "fr",
        "Ma sœur a été très confuse après l'anesthésie de sa propre opération il y a des années. C'est héréditaire ?",
        Q,
    ),
    # --- I: a new pain that shoots down the leg like a current, never had before (urgent); old sciatica of years (quiet)
    (
        "en",
        "since this morning a burning pain is shooting from my buttock down to my ankle like an electric shock, I've never had anything like it.",
        U,
    ),
    (
        "en",
        "I've had sciatica down my left leg for years, like a little electric shock now and then. Does the cement help with that?",
        Q,
    ),
    (
        "fr",
        "depuis ce matin une douleur me traverse de la fesse jusqu'à la cheville comme une décharge, je n'ai jamais eu ça.",
        U,
    ),
    (
        "fr",
        "J'ai une sciatique dans la jambe gauche depuis des années, comme des petites décharges de temps en temps. Le ciment aide pour ça ?",
        Q,
    ),
    (
        "de",
        "seit heute früh schießt mir ein Schmerz vom Gesäß bis in den Knöchel wie ein Stromschlag, so was hatte ich noch nie.",
        U,
    ),
    (
        "de",
        "Ich habe seit Jahren Ischias im linken Bein, ab und zu wie ein kleiner Stromschlag. Hilft der Zement dagegen?",
        Q,
    ),
    (
        "es",
        "desde esta mañana me baja un dolor de la nalga al tobillo como una descarga, nunca había tenido algo así.",
        U,
    ),
    (
        "pt",
        "desde hoje cedo uma dor desce da nádega até o tornozelo como um choque, nunca tive isso.",
        U,
    ),
    ("zh-Hans", "从今早开始一股痛从屁股窜到脚踝，像过电一样，以前从没有过。", U),
    ("ar", "من الصبح وجع نازل من المقعدة لحد الكاحل زي الكهربا، عمري ما حسيت بكده.", U),
    ("vi", "Từ sáng nay đau từ mông chạy xuống mắt cá như điện giật, trước giờ chưa từng bị.", U),
    # --- J: someone watching: the worst back pain they ever had, pale or sweating
    (
        "de",
        "Meine Mutter ist beim Aufstehen zusammengezuckt, sie ist ganz blass und sagt, solche Rückenschmerzen hatte sie noch nie.",
        U,
    ),
    (
        "en",
        "Dad went grey and sweaty getting out of the car, he says he's never had back pain this bad in his life.",
        U,
    ),
    (
        "fr",
        "Ma mère s'est figée en se levant, elle est toute pâle et dit qu'elle n'a jamais eu aussi mal au dos.",
        U,
    ),
    # --- K: numbness told by what the legs do not feel (pinched, a needle)
    ("zh-Hans", "我妈说今天下午开始两条腿像木头一样，用针扎都没感觉。", U),
    (
        "en",
        "Since lunch my legs feel like they belong to someone else, I can pinch them and feel nothing.",
        U,
    ),
]


# Known gap (strict xfail): a relative's own operation named after the sign ("my sister was
# confused after ... her own back op years ago") is not read as hers: ``others`` is looked for
# before the sign only; German and French name the operation first and are quiet.
KNOWN_GAPS_14 = [
    (
        "en",
        "My sister was very confused after the anaesthetic at her own back op years ago. Is that hereditary?",
        Q,
    ),
]


@pytest.mark.parametrize("locale, text, urgent", KNOWN_GAPS_14)
@pytest.mark.xfail(strict=True, reason="a relative's own operation named after the sign")
def test_known_gaps_14(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent


@pytest.mark.parametrize("locale, text, urgent", BLIND14_KINDS)
def test_urgent_kinds_14(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND14_KINDS if locale == tag]
        assert rows.count(U) >= 4 and rows.count(Q) >= 4, tag
