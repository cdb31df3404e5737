"""Urgent signs by kind, the twenty-eighth blind set's kinds written AHEAD (session 33, issue 17).

Urgent set 28 (tests/data/urgent_blind_28/) stays unread: only its README and BRIEF were read,
which name its kinds. They were written here from how patients and relatives write, in eight
locales, in situations of our own, urgent rows and controls of each kind:

1. the sign told only through an everyday task that failed just now, never naming it (48 rows,
   32 urgent): legs that gave way on the way to the toilet, a cup or a glass that slipped from
   the hand again, words that would not come out or came out wrong on the phone, a walk to the
   gate for the post that ended holding the fence without breath; controls: socks or the car
   made slow by the sore spot or a stiff back. New signs: speech that fails ("the words came out
   back to front", "les mots ne sortaient pas", "ganz andere Wörter", "as palavras não saíam",
   "nói lộn từ", 话说不出来, "كلمة بدل كلمة"), a cup slipping from the hand told with a
   repetition ("twice", "zweimal", "duas vezes", "مرتين"; once, because it was wet, is no sign),
   "as pernas não me seguraram";
2. a routine follow-up answered with a list of ordinary things, one item the sign (16 rows, 8
   urgent): urine not passed since last night among appetite, sleep and the crossword; controls:
   a list with a fever of the first night "gone with paracetamol and never back": such a fever
   is ``resolved`` ("est partie avec", "ging mit Paracetamol weg", 就退了, "راحت بالبنادول"),
   and a return denied after it ("n'est jamais revenue") is no return (``urgent_story.came_back``
   now judges the sign told as over in ``urgent._reports`` too); Vietnamese "là hết" (is gone)
   is no "la hét" (screaming), which now needs a word of degree before it;
3. the sign played down with a joke or a shrug (24 rows, 8 urgent): legs "on strike", not felt
   from the knees down ("de las rodillas para abajo", "unter den Knien", "do joelho pra baixo",
   "từ đầu gối trở xuống", 膝盖以下, "من الركبة ونازل"); controls: sign words as a figure of
   speech about a bill or a relative (``figurative``: "nearly gave me a heart attack", "casi me
   da un infarto", "me fait tourner la tête avec", "raubt mir den Atem mit", "me deixa sem ar
   com", "làm tôi muốn ngất", 吓出心脏病, 烦得喘不过气, "رح تجيبلي جلطة", "بتقطعلي نفسي");
4. a friend's or a forum's question about signs in general (8 rows, all quiet): passed already.

112 rows (54 urgent, 58 quiet). The first 96 were written before any change: 18 failed with
the model on the code before (36 by the rules alone; by kind 4, 5, 9, 0). 16 more (the last
block: a cup dropped once for an ordinary reason, the local anaesthetic's numbness from the
waist down that wore off, more figures of speech, a sign joked about or listed) were written
after the first change: 3 failed on the code before (2 by the rules alone), 3 after it (a cup
slipping once, a numbness under the anaesthetic; both now need more). All pass by the rules
alone; one control (a cup slipped once because it was wet, de) alerted through the word model
only until it was refitted on these rows.

Never a blind message's words or situation, and never set 28's messages: its aggregate was
printed only to report it. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``AHEAD28_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

AHEAD28_KINDS = [
    # 1. the sign told only through an everyday task that failed just now (urgent); a task made
    # hard by an ordinary after-effect (controls)
    (
        "en",
        "Tried to get to the loo just now and my legs went from under me, I'm sat on the landing and can't get back up.",
        U,
    ),
    (
        "en",
        "Went to pick up my tea and the cup slid straight out of my hand, twice, my fingers won't close round it.",
        U,
    ),
    (
        "en",
        "Was telling the nurse on the phone which tablets I take and the words came out back to front, she couldn't understand me.",
        U,
    ),
    (
        "en",
        "Walked to the gate for the post and had to hang on to the fence, couldn't get my breath and my lips look grey.",
        U,
    ),
    (
        "en",
        "Putting my socks on takes ages because bending pulls round the needle spot, otherwise I'm managing.",
        Q,
    ),
    ("en", "Getting in and out of the car is slow, the back is stiff, but I get there.", Q),
    (
        "es",
        "Fui a levantarme para ir al baño y las piernas no me sostuvieron, estoy sentada en el suelo del pasillo y no puedo subir.",
        U,
    ),
    ("es", "Se me ha caído el vaso de agua dos veces, la mano derecha no me aguanta nada.", U),
    (
        "es",
        "Estaba hablando con mi hijo por teléfono y no me salían las palabras, decía otras que no eran.",
        U,
    ),
    (
        "es",
        "Fui hasta el buzón y me tuve que agarrar a la verja, no me entraba el aire y tengo los labios morados.",
        U,
    ),
    (
        "es",
        "Ponerme los zapatos me cuesta porque al agacharme me tira el pinchazo, pero me apaño.",
        Q,
    ),
    ("es", "Subir al coche me lleva un rato, tengo la espalda rígida, pero lo consigo.", Q),
    (
        "fr",
        "J'ai voulu me lever pour aller aux toilettes et mes jambes m'ont lâché, je suis par terre dans le couloir et je n'arrive pas à me relever.",
        U,
    ),
    ("fr", "Le verre m'a glissé des mains deux fois, ma main droite ne tient plus rien.", U),
    (
        "fr",
        "Au téléphone avec ma fille, les mots ne sortaient pas, je disais un mot pour un autre.",
        U,
    ),
    (
        "fr",
        "Je suis allé jusqu'à la boîte aux lettres et j'ai dû m'accrocher au portail, je n'arrivais pas à reprendre mon souffle et j'ai les lèvres grises.",
        U,
    ),
    (
        "fr",
        "Enfiler mes chaussettes me prend du temps parce que ça tire au point de piqûre, mais je me débrouille.",
        Q,
    ),
    ("fr", "Monter en voiture est lent, le dos est raide, mais j'y arrive.", Q),
    (
        "de",
        "Wollte eben aufs Klo und die Beine haben unter mir nachgegeben, ich sitz im Flur auf dem Boden und komm nicht mehr hoch.",
        U,
    ),
    (
        "de",
        "Mir ist die Tasse zweimal aus der Hand gerutscht, die rechte Hand hält nichts mehr fest.",
        U,
    ),
    (
        "de",
        "Am Telefon mit meiner Tochter kamen die Wörter einfach nicht raus, ich hab ganz andere Wörter gesagt.",
        U,
    ),
    (
        "de",
        "Bin zum Briefkasten gegangen und musste mich am Zaun festhalten, ich krieg keine Luft und die Lippen sind ganz grau.",
        U,
    ),
    (
        "de",
        "Strümpfe anziehen dauert, weil's beim Bücken an der Einstichstelle zieht, aber ich komm zurecht.",
        Q,
    ),
    ("de", "Ins Auto einsteigen geht langsam, der Rücken ist steif, aber es klappt.", Q),
    (
        "pt",
        "Fui levantar pra ir ao banheiro e as pernas não me seguraram, tô sentada no chão do corredor e não consigo levantar.",
        U,
    ),
    ("pt", "O copo escorregou da minha mão duas vezes, a mão direita não segura mais nada.", U),
    (
        "pt",
        "No telefone com meu filho as palavras não saíam, eu falava uma coisa no lugar de outra.",
        U,
    ),
    (
        "pt",
        "Fui até a caixa do correio e tive que me segurar no portão, o ar não entrava e os lábios tão roxos.",
        U,
    ),
    (
        "pt",
        "Calçar a meia tá demorando porque ao abaixar repuxa no lugar da agulha, mas tô me virando.",
        Q,
    ),
    ("pt", "Entrar no carro tá devagar, as costas tão duras, mas eu consigo.", Q),
    (
        "vi",
        "Vừa đứng dậy đi vệ sinh thì hai chân sụm xuống, giờ tôi ngồi bệt dưới sàn hành lang không đứng lên nổi.",
        U,
    ),
    ("vi", "Cầm ly nước mà rớt hai lần rồi, tay phải không giữ được gì hết.", U),
    ("vi", "Nói chuyện điện thoại với con mà chữ không ra, tôi nói lộn từ này sang từ khác.", U),
    ("vi", "Ra cổng lấy thư mà phải bám vào hàng rào, thở không ra hơi, môi tím tái.", U),
    ("vi", "Mang vớ hơi lâu vì cúi xuống thì chỗ chích căng căng, nhưng vẫn tự làm được.", Q),
    ("vi", "Lên xuống xe hơi chậm vì lưng còn cứng, nhưng vẫn làm được.", Q),
    ("zh-Hans", "刚才起来想去厕所，腿一下子就软了，现在坐在过道地上起不来。", U),
    ("zh-Hans", "端水杯掉了两次，右手什么都拿不住了。", U),
    ("zh-Hans", "刚才跟儿子打电话，话说不出来，说的都是别的词。", U),
    ("zh-Hans", "走到门口拿信就得扶着栏杆，上不来气，嘴唇发紫。", U),
    ("zh-Hans", "穿袜子要花好久，一弯腰针眼那儿就扯着，不过还能自己弄。", Q),
    ("zh-Hans", "上下车慢一点，腰还有点僵，不过能行。", Q),
    ("ar", "قمت هلق لروح عالحمام ورجليّ ما حملوني، قاعدة عالأرض بالممر وما عم بقدر قوم.", U),
    ("ar", "الكاسة وقعت من إيدي مرتين، إيدي اليمين ما عم تمسك شي.", U),
    ("ar", "كنت عم احكي مع ابني عالتلفون والكلام ما عم يطلع، عم قول كلمة بدل كلمة.", U),
    ("ar", "رحت لعند البوابة جيب البريد واضطريت امسك بالسور، ما عم بقدر آخد نفسي وشفافي زرق.", U),
    ("ar", "لبس الجرابات بياخد وقت لأنه لما انحني بيشد مكان الإبرة، بس عم دبّر حالي.", Q),
    ("ar", "الطلوع والنزول من السيارة بطيء، ضهري متيبس، بس عم اقدر.", Q),
    # 2. a routine follow-up answered with a list of ordinary things, one item the sign
    # (urgent); a list of ordinary after-effects with a sign clearly over or denied (controls)
    (
        "en",
        "You asked how I'm doing: eating fine, sleeping so-so, the back is easier, but I haven't had a wee since last night and my belly is swelling, and I've started on the crossword again.",
        U,
    ),
    (
        "en",
        "How am I doing? Appetite good, bit stiff in the mornings, the temperature I had the first night went with paracetamol and never came back, no numbness, walking to the shop.",
        Q,
    ),
    (
        "es",
        "¿Que cómo estoy? Como bien, duermo regular, la espalda mejor, pero desde anoche no he hecho pis y la tripa está hinchada; ya he vuelto a hacer crucigramas.",
        U,
    ),
    (
        "es",
        "¿Que qué tal? Como bien, algo rígida por la mañana, la fiebrecilla de la primera noche se fue con paracetamol y no volvió, nada de hormigueos, ya voy a la panadería.",
        Q,
    ),
    (
        "fr",
        "Vous me demandez comment ça va : je mange bien, je dors moyen, le dos va mieux, mais je n'ai pas uriné depuis hier soir et le ventre gonfle ; j'ai repris mes mots fléchés.",
        U,
    ),
    (
        "fr",
        "Comment ça va ? Bon appétit, un peu raide le matin, la petite fièvre du premier soir est partie avec du paracétamol et n'est jamais revenue, pas de fourmillements, je vais à la boulangerie.",
        Q,
    ),
    (
        "de",
        "Sie fragen, wie's geht: Essen gut, Schlaf so lala, Rücken besser, aber seit gestern Abend kein Wasser gelassen und der Bauch wird dicker; Kreuzworträtsel mach ich wieder.",
        U,
    ),
    (
        "de",
        "Wie's mir geht? Appetit gut, morgens etwas steif, das leichte Fieber am ersten Abend ging mit Paracetamol weg und kam nie wieder, kein Kribbeln, ich lauf schon zum Bäcker.",
        Q,
    ),
    (
        "pt",
        "Como eu tô? Comendo bem, dormindo mais ou menos, as costas melhor, mas não faço xixi desde ontem à noite e a barriga tá inchando; voltei pras palavras cruzadas.",
        U,
    ),
    (
        "pt",
        "Como tô indo? Apetite bom, meio dura de manhã, a febrinha da primeira noite passou com paracetamol e não voltou mais, nada de formigamento, já vou na padaria.",
        Q,
    ),
    (
        "vi",
        "Hỏi tôi sao rồi hả: ăn được, ngủ tàm tạm, lưng đỡ nhiều, mà từ tối qua chưa đi tiểu được, bụng cứ căng lên; tôi lại chơi ô chữ rồi.",
        U,
    ),
    (
        "vi",
        "Tôi khỏe không à? Ăn ngon, sáng hơi cứng lưng, cơn sốt nhẹ đêm đầu uống paracetamol là hết, không bị lại, không tê gì cả, đã đi bộ ra tiệm bánh.",
        Q,
    ),
    (
        "zh-Hans",
        "问我怎么样：吃饭还行，睡得一般，腰好多了，就是从昨晚到现在没解小便，肚子越来越胀；又开始做填字游戏了。",
        U,
    ),
    (
        "zh-Hans",
        "问我恢复得怎么样？胃口好，早上有点僵，第一天晚上的低烧吃了扑热息痛就退了，再没烧过，也不麻，已经能走到面包店了。",
        Q,
    ),
    (
        "ar",
        "بتسألوني كيفني: عم آكل منيح، النوم نص نص، الضهر أحسن، بس من مبارح بالليل ما بوّلت وبطني عم تنفخ، ورجعت حل الكلمات المتقاطعة.",
        U,
    ),
    (
        "ar",
        "كيفني؟ الأكل منيح، شوي متيبس الصبح، الحرارة الخفيفة أول ليلة راحت بالبنادول وما رجعت، ما في تنميل، وصرت امشي للفرن.",
        Q,
    ),
    # 3. the sign played down with a joke or a shrug (urgent); sign words as a figure of speech
    # about a bill or a relative (controls)
    (
        "en",
        "Ha, my legs have gone on strike since lunch, can't feel a thing below the knees, must be getting old lol.",
        U,
    ),
    ("en", "The parking charges at the hospital nearly gave me a heart attack!", Q),
    ("en", "My brother-in-law is a real pain in the back, he keeps phoning about my op.", Q),
    (
        "es",
        "Jaja, las piernas se me han declarado en huelga desde el mediodía, no las siento de las rodillas para abajo, cosas de la edad.",
        U,
    ),
    ("es", "¡La factura del parking casi me da un infarto!", Q),
    (
        "es",
        "Mi cuñado me pone el corazón a mil con sus llamadas, pregunta cada día por la operación.",
        Q,
    ),
    (
        "fr",
        "Haha, mes jambes font grève depuis midi, je ne les sens plus sous les genoux, c'est l'âge sans doute.",
        U,
    ),
    ("fr", "La facture du parking de l'hôpital m'a presque donné une crise cardiaque !", Q),
    (
        "fr",
        "Ma belle-sœur me fait tourner la tête avec ses appels, elle demande tous les jours pour l'opération.",
        Q,
    ),
    (
        "de",
        "Haha, meine Beine streiken seit Mittag, ich spür sie unter den Knien nicht mehr, das Alter halt.",
        U,
    ),
    ("de", "Die Parkgebühren am Krankenhaus haben mir fast einen Herzinfarkt beschert!", Q),
    (
        "de",
        "Mein Schwager raubt mir den Atem mit seinen Anrufen, jeden Tag fragt er nach der OP.",
        Q,
    ),
    (
        "pt",
        "Kkkk minhas pernas entraram em greve desde o almoço, não sinto nada do joelho pra baixo, coisa da idade.",
        U,
    ),
    ("pt", "A conta do estacionamento do hospital quase me deu um infarto!", Q),
    ("pt", "Minha cunhada me deixa sem ar com tanta ligação, pergunta todo dia da cirurgia.", Q),
    (
        "vi",
        "Haha hai cái chân đình công từ trưa rồi, từ đầu gối trở xuống không cảm giác gì, chắc tại già.",
        U,
    ),
    ("vi", "Hóa đơn gửi xe ở bệnh viện làm tôi suýt đau tim!", Q),
    ("vi", "Bà chị dâu gọi điện suốt làm tôi muốn ngất, ngày nào cũng hỏi vụ mổ.", Q),
    ("zh-Hans", "哈哈，两条腿从中午开始罢工了，膝盖以下一点感觉都没有，老了呗。", U),
    ("zh-Hans", "医院的停车费差点把我吓出心脏病来！", Q),
    ("zh-Hans", "我小姑子天天打电话问手术的事，烦得我都喘不过气了。", Q),
    ("ar", "هههه رجليّ عاملين إضراب من الضهر، ما عم حس فيهم من الركبة ونازل، كبرنا.", U),
    ("ar", "فاتورة الباركينغ بالمستشفى كانت رح تجيبلي جلطة!", Q),
    ("ar", "سلفتي بتقطعلي نفسي بتلفوناتها، كل يوم بتسأل عن العملية.", Q),
    # 4. a friend's or a forum's question about signs in general, nothing happening now (controls)
    (
        "en",
        "Asking for my book club: how often do people get a fever after vertebroplasty? Nobody's ill, just curious.",
        Q,
    ),
    (
        "es",
        "Pregunta de un foro: ¿es frecuente tener fiebre después de una vertebroplastia? No le pasa a nadie, es curiosidad.",
        Q,
    ),
    (
        "fr",
        "Question pour un forum : est-ce fréquent d'avoir de la fièvre après une vertébroplastie ? Personne n'est malade, simple curiosité.",
        Q,
    ),
    (
        "de",
        "Frage aus einem Forum: Wie häufig bekommt man nach einer Vertebroplastie Fieber? Es ist niemand krank, nur Neugier.",
        Q,
    ),
    (
        "pt",
        "Pergunta de grupo do Facebook: é comum dar febre depois de vertebroplastia? Ninguém tá doente, é só curiosidade.",
        Q,
    ),
    (
        "vi",
        "Hỏi trong nhóm Facebook: bơm xi măng xong có hay bị sốt không mọi người? Không ai bị gì, chỉ tò mò thôi.",
        Q,
    ),
    ("zh-Hans", "网上有人问：做完椎体成形术常常会发烧吗？没人生病，就是好奇。", Q),
    ("ar", "سؤال من جروب عالفيسبوك: هل الحرارة شائعة بعد عملية الاسمنت؟ ما حدا مريض، بس فضول.", Q),
    # written after the first change: look-alikes of its new rules (a cup dropped once for an
    # ordinary reason, the local anaesthetic's numbness from the waist down that wore off, more
    # figures of speech) and more signs joked about or in a follow-up list
    (
        "en",
        "Picked up a glass of water and it fell out of my hand again, my right arm has gone weak since the op.",
        U,
    ),
    (
        "en",
        "Dropped my cup this morning because I was laughing at the telly, all fine otherwise.",
        Q,
    ),
    (
        "en",
        "The local anaesthetic left me numb from the waist down for an hour in recovery, all gone now.",
        Q,
    ),
    (
        "es",
        "Jaja, ya ni el vaso me aguanta la mano, se me ha caído tres veces desde la operación y tengo el brazo dormido.",
        U,
    ),
    (
        "es",
        "La anestesia me dejó sin sentir nada de la cintura para abajo una hora en la sala de recuperación, ya se me pasó.",
        Q,
    ),
    ("fr", "La facture du garage m'a coupé le souffle, bref, quand puis-je reconduire ?", Q),
    (
        "de",
        "Mir ist heute die Tasse aus der Hand gerutscht, weil sie nass war, sonst alles gut.",
        Q,
    ),
    (
        "de",
        "Haha, mein Herz tanzt Samba seit einer Stunde, rast und stolpert, und die Brust drückt, sicher nur das Wetter.",
        U,
    ),
    ("pt", "O copo escorregou da minha mão porque tava molhado, nada demais.", Q),
    ("pt", "O preço do remédio quase me deu um infarto, kkk, mas tô bem. Posso tomar genérico?", Q),
    (
        "vi",
        "Hỏi thăm tôi hả: ăn uống bình thường, ngủ được, nhưng sáng nay đi tiêu ra máu đen như hắc ín, còn lại ổn.",
        U,
    ),
    ("vi", "Sáng nay cầm ly trà lỡ tay làm rớt vì trơn, không sao cả.", Q),
    ("zh-Hans", "刚才想把茶杯端起来，手一点劲都没有，杯子直接掉地上了，胳膊也是麻的。", U),
    ("zh-Hans", "麻药劲儿过去之前腰以下没感觉，一个小时后就好了。", Q),
    ("ar", "هههه قلبي عم يدق متل الطبل من ساعة وصدري مقبوض، أكيد من القهوة.", U),
    ("ar", "حماتي رح تجيبلي جلطة من كتر ما بتحكي، إيمتى بقدر سوق؟", Q),
]


@pytest.mark.parametrize("locale, text, urgent", AHEAD28_KINDS)
def test_urgent_kinds_28(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in AHEAD28_KINDS if locale == tag]
        assert rows.count(U) >= 6 and rows.count(Q) >= 6, tag
