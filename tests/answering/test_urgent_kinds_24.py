"""Urgent signs by kind, the twenty-fourth blind set's (tests/data/urgent_blind_24/, issue 17).

Its 4 misses and 5 false alarms with the word model (12 misses by the rules alone; 0.958 /
5.2 %, rules alone 0.875 / 5.2 %) were read as kinds (session 30), and each kind written here in
situations of our own (other people, other body words, other signs, other tenses) in every
locale, urgent rows and controls of the same kind (row counts of the first 296; judged in
``faqsvc/answering/urgent_wait.py`` and by cues in ``faqsvc/data/urgent/<locale>.json``):

1. a sign compared with before (80 rows; 1 miss in the set, 6 by the rules alone): a comparison
   that denies likeness with the pain before the procedure or a known condition's usual attacks
   ("nothing like the pain before the op: ...", "nada que ver con el dolor de antes", "rien à
   voir avec avant", "kein Vergleich zu", "khác hẳn cái đau cũ", 跟手术前的疼完全不一样, "مش زي
   الوجع القديم", "this time is different", "هالمرة غير") is ``unlike_usual``, so "before the
   operation" in its sentence no longer makes the sign long-standing, nor "no longer" after it
   a sign gone since before (``gone_since_before``); an inhaler or spray that does not help is
   ``new``; and the sign words the set used: a burning or a lash of pain running down the leg
   to the heel ("like a hot wire", "me baja un latigazo por la pierna", "wie ein glühender
   Draht", "queimação ... até o calcanhar", 从屁股一直窜到脚后跟), angina not relieved and going
   into the arm, a foot not lifted and dragged, knees that give way, "إجري ... تنمّل وما عم
   تحملني", gasping "looking for breath" (يدور على نفس);
2. a harmless cause guessed for a sign (72 rows; 1 miss): the guess never quieted a sign, but
   urine held back "since before the procedure" read as long-standing: "not a drop since
   before", "ni una gota desde antes de", "kein Tropfen seit vor der OP", 从手术前到现在 is
   ``recent``; confusion told by the year not known and the dead talked to, blood in the urine
   dark red with clots (zh);
3. asking whether a sign can wait (56 rows; 1 miss, 2 by the rules alone): a question whether it
   can wait until Monday, for the nurse, or be slept on (``wait_asked``: "can it wait?", "is it
   alright to wait for the nurse on Monday?", "¿me espero a la consulta?", "ça peut attendre
   lundi ?", "kann das bis Donnerstag warten?", "dá pra esperar até segunda?", "để mai được
   không?", 能拖到周一吗, "ممكن أستنى لبكرة؟") asks about the wait: the sign told is had, whatever
   ``asking`` words the question holds ("is it ok ..."); a dressing "gone through" or a
   nightie "stuck to me with blood", "orinando rojo, como agua de lavar carne", "faire deux
   malaises";
4. asking in general when to go to the emergency department (48 rows; 5 false alarms in the
   set): a sign in a question of degree, kind or moment about the emergency department
   (``when_to_go``: "how high ... before A&E", "what sort of ... means the emergency
   department", "¿qué tipo de dolor es motivo de urgencias?", "à partir de quand on appelle le
   15 ?", "ab wann ist ... ein Notfall", "que dor no peito é caso de pronto-socorro?", "sốt bao
   nhiêu độ thì đi cấp cứu", 烧到多少度算急诊, "امتى ... سبب للطوارئ") asks, its emergency words
   no ``report`` (``asked_when_to_go``), unless the sign's clause ties it to now or tells it,
   or a possessive stands right before it ("how bad does my chest pain have to be?"); a
   temperature told as normal after the sign ("حرارتي حالياً طبيعية") is denied;
5. words for a sign the rules lacked (40 rows; 1 miss, 3 by the rules alone): "raconte
   n'importe quoi", "demande où est sa maman", "dice disparates", "redet nur Unsinn", "كلام
   ملوش معنى", "me molhei toda sem sentir", "no meio das pernas ... dormente", Arabizi "rglha",
   "e7sas"; controls: nonsense talk as an old habit ("comme toujours", "vẫn như mọi khi"), a
   leak since childbirth ("seit den Geburten").

296 rows were written first: 38 failed with the model on the code before (56 by the rules
alone; by kind 16, 1, 2, 17, 2 with the model). 44 more (look-alikes of kinds 1, 3 and 4)
were written after the first change: 4 failed on the code before and after it (5 by the rules
alone), a kind of their own: a sign tied to now (``ongoing``) beside "when should I go?" was
quieted by the older ``recognising`` cue, which now leaves such a clause alone
(``urgent_story.told_as_story``). 12 more (the new words in a harmless sense: a lumbar belt "il
faut la porter", an orthosis carried, "no longer feel leg pain", "don't know which year", an
age, a child sobbing; "can I wait until the numbness from the local wears off?") were written
after the second change: 2 failed on the code before (older zh and vi patterns, now narrowed:
不知道哪年, "không cảm thấy chân đau nữa"), 3 after the second change (one urgent: a possessive
inside the question). All 352 pass.

Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND24_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND24_KINDS = [
    # 1. a sign compared with before: the pain before the procedure, a known condition's usual
    # attacks, yesterday (a comparison that denies likeness is ``unlike_usual``, never of long
    # standing); controls: an ordinary after-effect better, the same, a bit worse, a known
    # condition unchanged
    (
        "en",
        "Before the cement my back just ached. Since the early hours there's a burning like an electric cable running from my hip down the back of my leg to my ankle, nothing like the old pain",
        U,
    ),
    (
        "en",
        "Mum's asthma attacks usually settle with two puffs, but this one's different, the puffer does nothing and she's fighting for every breath",
        U,
    ),
    (
        "en",
        "Last week my wife managed the stairs on her own, today her knees fold under her and we have to carry her to the toilet",
        U,
    ),
    (
        "en",
        "Compared to yesterday the cut on his back is much redder and hotter and there's pus coming out now",
        U,
    ),
    (
        "en",
        "Nothing like the pain before the op: a sharp stabbing pain shooting down my left leg, I can't put weight on it",
        U,
    ),
    (
        "en",
        "My angina normally goes with the spray, tonight it hasn't shifted after three sprays and it's spreading into my arm",
        U,
    ),
    (
        "en",
        "My back is so much better than before the op, just a dull ache by the evening. Is it fine to do the hoovering?",
        Q,
    ),
    (
        "en",
        "The ache is pretty much the same as before the cement, no better, no worse. Does it take a while to work?",
        Q,
    ),
    (
        "en",
        "The needle mark is a little sorer than yesterday after I'd been gardening, not red or hot. Normal?",
        Q,
    ),
    (
        "en",
        "I get puffed on the stairs with my COPD just like always, no different since the procedure. Can I keep using my nebuliser?",
        Q,
    ),
    (
        "es",
        "Antes del cemento me dolía la espalda y punto. Desde esta noche tengo como una descarga eléctrica que me corre desde la nalga hasta el talón, nada que ver con lo de antes",
        U,
    ),
    (
        "es",
        "Mi padre tiene EPOC desde hace años y sabe cómo se ahoga, pero esto es distinto: no puede terminar una frase y el inhalador no le hace nada",
        U,
    ),
    (
        "es",
        "Mi mujer subía las escaleras sola la semana pasada; hoy se le doblan las rodillas y tengo que sujetarla para llegar al baño",
        U,
    ),
    ("es", "Comparado con ayer, la herida está mucho más roja y caliente y ahora supura", U),
    (
        "es",
        "Nada que ver con el dolor de antes de la operación: un dolor punzante que me baja por la pierna izquierda y no puedo apoyarla",
        U,
    ),
    (
        "es",
        "La angina se me quita siempre con el spray, esta noche ni con tres pulsaciones y el dolor se me va al brazo",
        U,
    ),
    (
        "es",
        "La espalda está muchísimo mejor que antes de la vertebroplastia, solo me molesta un poco por la noche. ¿Puedo coger a mi nieto?",
        Q,
    ),
    (
        "es",
        "Me duele igual que antes del cemento, lo de siempre, ni más ni menos. ¿Cuánto tarda en hacer efecto?",
        Q,
    ),
    (
        "es",
        "Hoy me tira un poco más el pinchazo que ayer porque estuve limpiando, no está rojo. ¿Es normal?",
        Q,
    ),
    (
        "es",
        "Con mi EPOC me fatigo en las escaleras como siempre, nada distinto desde la intervención. ¿Sigo con el nebulizador?",
        Q,
    ),
    (
        "fr",
        "Avant le ciment j'avais mal au dos, c'est tout. Depuis cette nuit j'ai une brûlure comme un fil électrique qui descend de la fesse jusqu'à la cheville, rien à voir avec avant",
        U,
    ),
    (
        "fr",
        "Mon père est asthmatique depuis toujours et connaît ses crises, mais celle-là n'est pas comme d'habitude, la Ventoline ne fait rien et il cherche son air",
        U,
    ),
    (
        "fr",
        "La semaine dernière ma mère montait l'escalier seule, aujourd'hui ses genoux lâchent et il faut la porter jusqu'aux toilettes",
        U,
    ),
    (
        "fr",
        "Par rapport à hier la cicatrice est beaucoup plus rouge et chaude et maintenant il en sort du pus",
        U,
    ),
    (
        "fr",
        "Rien à voir avec la douleur d'avant l'opération : une douleur en coup de poignard qui descend dans la jambe gauche, je ne peux plus poser le pied",
        U,
    ),
    (
        "fr",
        "Mon angine de poitrine passe toujours avec le spray, ce soir même après trois pulvérisations ça serre et ça part dans le bras",
        U,
    ),
    (
        "fr",
        "Le dos va bien mieux qu'avant la vertébroplastie, juste une gêne le soir. Je peux porter mes courses ?",
        Q,
    ),
    (
        "fr",
        "J'ai mal pareil qu'avant le ciment, ni mieux ni pire. Ça met combien de temps à agir ?",
        Q,
    ),
    (
        "fr",
        "Le point de ponction est un peu plus sensible qu'hier parce que j'ai jardiné, pas rouge. C'est normal ?",
        Q,
    ),
    (
        "fr",
        "Avec ma BPCO je suis essoufflé dans l'escalier comme toujours, rien de différent depuis l'intervention. Je continue l'aérosol ?",
        Q,
    ),
    (
        "de",
        "Vor dem Zement hatte ich nur Rückenweh. Seit heute Nacht brennt es wie ein glühender Draht von der Pobacke bis in die Ferse, ganz anders als früher",
        U,
    ),
    (
        "de",
        "Mein Vater hat seit Jahren Asthma und kennt seine Anfälle, aber diesmal ist es anders, das Spray hilft nicht und er ringt nach Luft",
        U,
    ),
    (
        "de",
        "Letzte Woche ist meine Mutter noch allein Treppen gestiegen, heute sacken ihr die Knie weg und wir müssen sie zur Toilette tragen",
        U,
    ),
    (
        "de",
        "Im Vergleich zu gestern ist die Wunde viel röter und heißer und jetzt kommt Eiter raus",
        U,
    ),
    (
        "de",
        "Kein Vergleich zu den Schmerzen vor der OP: ein stechender Schmerz, der ins linke Bein schießt, ich kann nicht mehr auftreten",
        U,
    ),
    (
        "de",
        "Meine Angina geht sonst immer mit dem Spray weg, heute Abend nicht mal nach drei Hüben und es zieht in den Arm",
        U,
    ),
    (
        "de",
        "Dem Rücken geht's viel besser als vor der Vertebroplastie, abends zieht es noch ein bisschen. Darf ich Einkäufe tragen?",
        Q,
    ),
    (
        "de",
        "Die Schmerzen sind wie vor dem Zement, nicht besser, nicht schlechter. Wie lange dauert es, bis es wirkt?",
        Q,
    ),
    (
        "de",
        "Die Einstichstelle tut etwas mehr weh als gestern, weil ich im Garten war, nicht rot. Ist das normal?",
        Q,
    ),
    (
        "de",
        "Mit meiner COPD komme ich auf der Treppe außer Atem wie immer, nichts anders seit dem Eingriff. Soll ich weiter inhalieren?",
        Q,
    ),
    (
        "pt",
        "Antes do cimento eu só tinha dor nas costas. Desde a madrugada é uma queimação tipo fio elétrico descendo do bumbum até o calcanhar, nada a ver com a de antes",
        U,
    ),
    (
        "pt",
        "Meu pai tem asma há anos e conhece as crises dele, mas essa não é igual, a bombinha não adianta e ele tá lutando pra respirar",
        U,
    ),
    (
        "pt",
        "Semana passada minha mãe subia a escada sozinha, hoje os joelhos dela dobram e a gente tem que carregar ela até o banheiro",
        U,
    ),
    ("pt", "Comparado com ontem o corte tá bem mais vermelho e quente e agora tá saindo pus", U),
    (
        "pt",
        "Nada a ver com a dor de antes da cirurgia: uma pontada horrível que desce pela perna esquerda, não consigo pisar",
        U,
    ),
    (
        "pt",
        "Minha angina sempre passa com o spray, hoje nem com três jatos, tá apertando e indo pro braço",
        U,
    ),
    (
        "pt",
        "As costas estão muito melhores que antes da vertebroplastia, só um incômodo à noite. Posso carregar sacola de mercado?",
        Q,
    ),
    (
        "pt",
        "A dor tá igual a antes do cimento, nem melhor nem pior. Quanto tempo demora pra fazer efeito?",
        Q,
    ),
    (
        "pt",
        "O lugar da agulha tá um pouco mais dolorido que ontem porque mexi no jardim, não tá vermelho. É normal?",
        Q,
    ),
    (
        "pt",
        "Com meu enfisema eu canso na escada como sempre, nada diferente desde o procedimento. Continuo com a nebulização?",
        Q,
    ),
    (
        "vi",
        "Trước khi bơm xi măng tôi chỉ đau lưng thôi, từ đêm qua bị đau rát như dây điện chạy từ mông xuống tới gót chân, khác hẳn cái đau cũ",
        U,
    ),
    (
        "vi",
        "Bố tôi bị hen lâu năm, biết rõ cơn của mình, nhưng lần này khác, xịt thuốc không ăn thua, ông thở không ra hơi",
        U,
    ),
    (
        "vi",
        "Tuần trước mẹ tôi còn tự lên cầu thang, hôm nay đầu gối cứ khuỵu xuống, phải bế mẹ vào nhà vệ sinh",
        U,
    ),
    ("vi", "So với hôm qua vết mổ đỏ hơn, nóng hơn nhiều và giờ chảy mủ", U),
    (
        "vi",
        "Không giống cái đau trước khi mổ chút nào: đau buốt như kim đâm chạy dọc xuống chân trái, không đứng lên được",
        U,
    ),
    (
        "vi",
        "Cơn đau thắt ngực của tôi xịt thuốc là hết, tối nay xịt ba lần vẫn không đỡ mà còn lan ra cánh tay",
        U,
    ),
    (
        "vi",
        "Lưng đỡ hơn trước khi bơm xi măng nhiều, tối chỉ hơi mỏi. Tôi xách giỏ đi chợ được không?",
        Q,
    ),
    (
        "vi",
        "Đau y như trước khi bơm xi măng, không đỡ cũng không nặng hơn. Bao lâu thì có tác dụng?",
        Q,
    ),
    (
        "vi",
        "Chỗ kim chích hơi đau hơn hôm qua vì tôi làm vườn, không đỏ. Vậy có bình thường không?",
        Q,
    ),
    (
        "vi",
        "Tôi bị phổi tắc nghẽn, leo cầu thang vẫn hụt hơi như mọi khi, từ sau thủ thuật không có gì khác. Tôi tiếp tục xông thuốc được không?",
        Q,
    ),
    (
        "zh-Hans",
        "打骨水泥以前只是腰疼，从昨晚开始一股像电线烧着一样的疼从屁股一直窜到脚后跟，跟以前的疼完全不是一回事",
        U,
    ),
    (
        "zh-Hans",
        "我爸哮喘好多年了，自己的发作他心里有数，可这回不一样，喷药也不管用，喘得上不来气",
        U,
    ),
    ("zh-Hans", "上周我妈还能自己上楼，今天膝盖一软就往下跪，上厕所都得我们抱着", U),
    ("zh-Hans", "伤口跟昨天比红多了，也更烫，现在还往外流脓", U),
    ("zh-Hans", "跟手术前的疼根本不一样：像针扎一样的刺痛顺着左腿往下窜，脚都不敢着地", U),
    ("zh-Hans", "我的心绞痛平时喷一下就好，今晚喷了三次还是压着疼，还往胳膊上走", U),
    ("zh-Hans", "腰比打骨水泥前好多了，晚上有点酸。能拎菜篮子吗？", Q),
    ("zh-Hans", "疼得跟打骨水泥前一样，没好也没加重，多久才见效？", Q),
    ("zh-Hans", "针眼今天比昨天稍微疼一点，因为去园子里干活了，不红。正常吧？", Q),
    ("zh-Hans", "我有慢阻肺，爬楼梯喘跟以前一样，做完手术也没啥变化，雾化还接着做吗？", Q),
    (
        "ar",
        "قبل الإسمنت كان عندي وجع ظهر بس، من الليل في حرقة زي سلك كهربا نازلة من الورك لحد الكعب، مش زي الوجع القديم خالص",
        U,
    ),
    (
        "ar",
        "أبوي عنده ربو من سنين ويعرف نوباته، بس هالمرة غير، البخاخ ما يفيد وهو يشهق يدور على نفس",
        U,
    ),
    (
        "ar",
        "الأسبوع الماضي أمي كانت تطلع الدرج لحالها، اليوم ركبها عم تنثني وما عم تحملها ولازم نشيلها عالحمام",
        U,
    ),
    ("ar", "مقارنة بامبارح الجرح احمر أكتر وسخن أكتر وهلق عم يطلع منه قيح", U),
    (
        "ar",
        "مش زي وجع ما قبل العملية خالص: وجع زي الإبرة نازل في رجلي الشمال ومش قادر أدوس عليها",
        U,
    ),
    (
        "ar",
        "الذبحة عندي دايماً تروح بالبخاخ، الليلة رشيت تلات مرات وما راحت والوجع نازل على دراعي",
        U,
    ),
    ("ar", "ظهري أحسن بكتير من قبل العملية، بس شوية تعب بالليل. ينفع أشيل أكياس السوق؟", Q),
    (
        "ar",
        "الوجع زي ما كان قبل الإسمنت بالظبط، لا أحسن ولا أسوأ. بياخد قد ايه عشان يبان مفعوله؟",
        Q,
    ),
    ("ar", "مكان الإبرة بيوجعني شوية أكتر من امبارح عشان اشتغلت في الجنينة، مش أحمر. ده طبيعي؟", Q),
    (
        "ar",
        "عندي انسداد رئوي مزمن وبنهج عالدرج زي كل مرة، ما في شي اختلف من بعد العملية. بكمل على البخار؟",
        Q,
    ),
    # 2. a harmless cause guessed for a sign ("I reckon it's the codeine, but ..."), urine held
    # back "since before the operation" (``recent``); controls: a cause guessed for an ordinary
    # after-effect, a numb patch had since before the operation and known
    (
        "en",
        "I reckon it's the codeine, but I haven't managed a wee since breakfast and my bladder feels fit to burst",
        U,
    ),
    (
        "en",
        "Maybe I just slept awkwardly, but both legs have been numb from the knees down since I woke",
        U,
    ),
    (
        "en",
        "Gran says she's only tired, but she doesn't know what year it is and keeps talking to her brother who died, ever since the op",
        U,
    ),
    (
        "en",
        "Probably the blood thinner, but my pee has been dark red with clots in it all afternoon",
        U,
    ),
    (
        "en",
        "not one drop of urine since before the operation yesterday and my lower belly is rock hard",
        U,
    ),
    ("en", "I'm drowsy and yawning today but thinking straight, I suppose it's the sedation?", Q),
    (
        "en",
        "My husband's been constipated since the op, he's weeing normally, is it the painkillers?",
        Q,
    ),
    (
        "en",
        "I've got a mild headache today, probably because I didn't drink enough. Is paracetamol ok?",
        Q,
    ),
    (
        "en",
        "I've had a numb patch on my outer thigh since before the op, the consultant knows about it. Can I drive yet?",
        Q,
    ),
    (
        "es",
        "Será de la morfina, pero desde el desayuno no he conseguido orinar nada y tengo la vejiga a reventar",
        U,
    ),
    (
        "es",
        "A lo mejor es que dormí mal, pero desde que me levanté no siento las piernas de las rodillas para abajo",
        U,
    ),
    (
        "es",
        "Mi abuela dice que es cansancio, pero no sabe en qué año estamos y habla con su hermano que murió, desde la operación",
        U,
    ),
    (
        "es",
        "Seguramente es el anticoagulante, pero llevo toda la tarde haciendo pis rojo oscuro con coágulos",
        U,
    ),
    (
        "es",
        "ni una gota de orina desde antes de la operación de ayer y tengo el bajo vientre duro como una piedra",
        U,
    ),
    ("es", "Tengo mucho sueño hoy pero la cabeza clara, supongo que es la sedación, ¿no?", Q),
    (
        "es",
        "Mi marido está estreñido desde la operación, hace pis normal; ¿puede ser por los calmantes?",
        Q,
    ),
    (
        "es",
        "Me duele un poco la cabeza hoy, creo que es porque bebí poca agua. ¿Puedo tomar paracetamol?",
        Q,
    ),
    (
        "es",
        "Tengo una zona dormida en el muslo desde antes de la operación, el médico ya lo sabe. ¿Puedo conducir?",
        Q,
    ),
    (
        "fr",
        "C'est sûrement la morphine, mais je n'ai pas pu uriner depuis le petit-déjeuner et j'ai la vessie qui va éclater",
        U,
    ),
    (
        "fr",
        "J'ai peut-être dormi de travers, mais depuis ce matin je ne sens plus mes jambes à partir des genoux",
        U,
    ),
    (
        "fr",
        "Ma grand-mère dit que c'est la fatigue, mais elle ne sait plus en quelle année on est et parle à son frère décédé, depuis l'opération",
        U,
    ),
    (
        "fr",
        "C'est sans doute l'anticoagulant, mais mes urines sont rouge foncé avec des caillots depuis cet après-midi",
        U,
    ),
    (
        "fr",
        "pas une goutte d'urine depuis avant l'opération d'hier et le bas-ventre est dur comme du bois",
        U,
    ),
    ("fr", "J'ai sommeil toute la journée mais l'esprit clair, c'est la sédation je suppose ?", Q),
    (
        "fr",
        "Mon mari est constipé depuis l'opération, il urine normalement, c'est les antidouleurs ?",
        Q,
    ),
    (
        "fr",
        "J'ai un peu mal à la tête aujourd'hui, sûrement parce que je n'ai pas assez bu. Je peux prendre du Doliprane ?",
        Q,
    ),
    (
        "fr",
        "J'ai une zone engourdie sur la cuisse depuis avant l'opération, le chirurgien est au courant. Je peux conduire ?",
        Q,
    ),
    (
        "de",
        "Liegt bestimmt am Morphin, aber ich kann seit dem Frühstück kein Wasser lassen und die Blase platzt gleich",
        U,
    ),
    (
        "de",
        "Hab vielleicht nur blöd gelegen, aber seit dem Aufstehen spüre ich meine Beine ab den Knien nicht mehr",
        U,
    ),
    (
        "de",
        "Oma meint, sie ist nur müde, aber sie weiß nicht, welches Jahr wir haben, und redet mit ihrem toten Bruder, seit der OP",
        U,
    ),
    ("de", "Ist wohl vom Blutverdünner, aber mein Urin ist seit Mittag dunkelrot mit Klumpen", U),
    ("de", "kein Tropfen Urin seit vor der OP gestern und der Unterbauch ist steinhart", U),
    ("de", "Ich bin den ganzen Tag müde, aber klar im Kopf, das ist wohl die Sedierung?", Q),
    (
        "de",
        "Mein Mann hat seit der OP Verstopfung, Wasserlassen ist normal, liegt das an den Schmerztabletten?",
        Q,
    ),
    (
        "de",
        "Ich hab heute leichte Kopfschmerzen, wahrscheinlich zu wenig getrunken. Darf ich Paracetamol nehmen?",
        Q,
    ),
    (
        "de",
        "Ich hab schon seit vor der OP eine taube Stelle am Oberschenkel, der Arzt weiß Bescheid. Darf ich Auto fahren?",
        Q,
    ),
    (
        "pt",
        "Deve ser da morfina, mas desde o café da manhã não consigo fazer xixi e a bexiga parece que vai estourar",
        U,
    ),
    (
        "pt",
        "Vai ver dormi de mau jeito, mas desde que acordei não sinto as pernas do joelho pra baixo",
        U,
    ),
    (
        "pt",
        "Minha avó acha que é cansaço, mas ela não sabe em que ano a gente tá e conversa com o irmão que já morreu, desde a cirurgia",
        U,
    ),
    (
        "pt",
        "Acho que é do anticoagulante, mas meu xixi tá vermelho escuro com coágulos desde a tarde",
        U,
    ),
    (
        "pt",
        "nenhuma gota de xixi desde antes da cirurgia de ontem e o pé da barriga tá duro feito pedra",
        U,
    ),
    ("pt", "Tô com muito sono hoje mas com a cabeça boa, deve ser a sedação, né?", Q),
    (
        "pt",
        "Meu marido tá com o intestino preso desde a cirurgia, faz xixi normal, é do remédio de dor?",
        Q,
    ),
    (
        "pt",
        "Tô com uma leve dor de cabeça hoje, acho que bebi pouca água. Posso tomar dipirona?",
        Q,
    ),
    (
        "pt",
        "Tenho uma parte dormente na coxa desde antes da cirurgia, o médico já sabe. Posso dirigir?",
        Q,
    ),
    (
        "vi",
        "Chắc do thuốc morphin, nhưng từ sáng tới giờ tôi không tiểu được, bàng quang căng như sắp vỡ",
        U,
    ),
    (
        "vi",
        "Chắc tại nằm sai tư thế, nhưng từ lúc ngủ dậy tôi không còn cảm giác ở hai chân từ đầu gối trở xuống",
        U,
    ),
    (
        "vi",
        "Bà tôi bảo chỉ là mệt, nhưng bà không biết năm nay là năm nào và nói chuyện với ông đã mất, từ sau mổ",
        U,
    ),
    ("vi", "Chắc do thuốc chống đông, nhưng nước tiểu đỏ sẫm có cục máu từ chiều", U),
    ("vi", "không tiểu được giọt nào từ trước lúc mổ hôm qua tới giờ, bụng dưới cứng như đá", U),
    ("vi", "Hôm nay tôi buồn ngủ cả ngày nhưng đầu óc tỉnh táo, chắc do thuốc an thần nhỉ?", Q),
    (
        "vi",
        "Chồng tôi bị táo bón từ sau mổ, đi tiểu bình thường, có phải do thuốc giảm đau không?",
        Q,
    ),
    ("vi", "Hôm nay tôi hơi nhức đầu, chắc do uống ít nước. Uống paracetamol được không?", Q),
    ("vi", "Đùi tôi có một chỗ tê từ trước khi mổ, bác sĩ biết rồi. Tôi lái xe được chưa?", Q),
    ("zh-Hans", "估计是吗啡的原因，可从早饭到现在一点尿都尿不出来，膀胱憋得要炸了", U),
    ("zh-Hans", "可能是睡姿不对，但从起床到现在两条腿膝盖以下都没感觉了", U),
    ("zh-Hans", "我奶奶说就是累了，可她不知道今年是哪年，还跟去世的舅爷说话，手术以后就这样", U),
    ("zh-Hans", "可能是抗凝药的事，但下午开始尿是暗红色的，还有血块", U),
    ("zh-Hans", "从手术前到现在一滴尿都没有，小肚子硬得跟石头一样", U),
    ("zh-Hans", "今天一整天都犯困，但脑子清楚，应该是镇静药吧？", Q),
    ("zh-Hans", "我老公手术后便秘，小便正常，是止疼药的原因吗？", Q),
    ("zh-Hans", "今天有点头疼，估计是水喝少了，能吃片扑热息痛吗？", Q),
    ("zh-Hans", "我大腿上有一块麻木，手术前就有，医生知道。现在能开车吗？", Q),
    ("ar", "أكيد من المورفين، بس من الفطور ما قدرت أعمل بول والمثانة حاسس إنها رح تنفجر", U),
    ("ar", "يمكن نمت غلط، بس من ساعة ما صحيت مش حاسس برجليا من الركبة لتحت", U),
    ("ar", "ستي تقول بس تعبانة، بس ما تعرف احنا بأي سنة وتحكي مع أخوها الميت، من بعد العملية", U),
    ("ar", "يمكن من دوا السيولة، بس البول لونه أحمر غامق وفيه جلطات من العصر", U),
    ("ar", "ولا نقطة بول من قبل العملية امبارح لحد دلوقتي، وتحت بطني ناشف زي الحجر", U),
    ("ar", "نعسانة طول اليوم بس راسي صافي، أكيد من المخدر صح؟", Q),
    ("ar", "جوزي عنده امساك من بعد العملية، والبول طبيعي، هل هو من المسكنات؟", Q),
    ("ar", "عندي صداع خفيف اليوم، يمكن ما شربت مية كفاية. أقدر آخذ بنادول؟", Q),
    ("ar", "عندي حتة منملة في فخدي من قبل العملية والدكتور عارف. ينفع أسوق؟", Q),
    # 3. asking whether a sign can wait (``wait_asked``: until Monday, for the nurse, sleep on it);
    # controls: whether the call, a prescription, a dressing change can wait, nothing had
    (
        "en",
        "My husband keeps passing out when he stands up since lunch, it's late now, can we leave it till the GP tomorrow?",
        U,
    ),
    (
        "en",
        "The plaster has soaked right through with blood and so has the pillowcase. Should I just wait for the district nurse in the morning?",
        U,
    ),
    ("en", "I've got 39.2 and the wound is oozing, is it ok to wait till Monday's appointment?", U),
    (
        "en",
        "Since the cement my feet are numb and I can't lift them. Is it ok to sleep on it and see how I am tomorrow?",
        U,
    ),
    (
        "en",
        "The ward nurse is meant to ring me tomorrow afternoon but I'll be out at my sister's, can it wait a day? All good here.",
        Q,
    ),
    (
        "en",
        "I need more of the stool softener, can I wait till after the weekend to ask the GP?",
        Q,
    ),
    ("en", "The dressing is clean and dry, can I wait another day before changing it?", Q),
    (
        "es",
        "Mi madre se ha desmayado dos veces al levantarse desde la comida. Es tarde, ¿podemos esperar a mañana al médico de cabecera?",
        U,
    ),
    (
        "es",
        "El apósito está empapado de sangre y ya ha manchado la sábana. ¿Espero a que venga la enfermera el lunes?",
        U,
    ),
    ("es", "Tengo 39,3 y la herida supura. ¿Puedo esperar a la revisión del martes?", U),
    (
        "es",
        "Desde que me operaron no siento los pies ni los puedo mover. ¿Me acuesto y mañana vemos?",
        U,
    ),
    (
        "es",
        "La enfermera tenía que llamarme mañana pero estaré de viaje. ¿Puede esperar a la semana que viene? Estoy bien.",
        Q,
    ),
    (
        "es",
        "La revisión con el traumatólogo es dentro de un mes, ¿puedo esperar hasta entonces para preguntar por la faja?",
        Q,
    ),
    ("es", "El apósito está seco y limpio. ¿Puedo esperar un día más para cambiarlo?", Q),
    (
        "fr",
        "Mon mari a le pansement trempé de sang, ça a traversé le drap. Je peux attendre l'infirmière lundi ?",
        U,
    ),
    ("fr", "J'ai 39,4 et la plaie suinte. Ça peut attendre le rendez-vous de jeudi ?", U),
    (
        "fr",
        "Depuis l'opération je ne sens plus mes pieds et je ne peux pas les bouger. Je dors dessus et on verra demain ?",
        U,
    ),
    (
        "fr",
        "Ma femme a fait deux malaises en se levant depuis le déjeuner, il est tard, on peut attendre le médecin traitant demain ?",
        U,
    ),
    (
        "fr",
        "L'infirmière devait m'appeler demain mais je serai chez ma fille. Ça peut attendre la semaine prochaine ? Tout va bien.",
        Q,
    ),
    (
        "fr",
        "Le rendez-vous avec le kiné est dans quinze jours, je peux attendre jusque-là pour les exercices ?",
        Q,
    ),
    ("fr", "Le pansement est propre et sec, je peux attendre un jour de plus pour le changer ?", Q),
    (
        "de",
        "Der Verband ist voller Blut und es ist schon aufs Laken durch. Kann ich auf die Schwester am Montag warten?",
        U,
    ),
    ("de", "Ich hab 39,4 und die Wunde nässt. Kann das bis zum Termin am Donnerstag warten?", U),
    (
        "de",
        "Seit der OP spüre ich meine Füße nicht und kann sie nicht bewegen. Soll ich erst mal drüber schlafen?",
        U,
    ),
    (
        "de",
        "Mein Mann ist seit dem Mittagessen zweimal beim Aufstehen ohnmächtig geworden, es ist spät, können wir bis morgen zum Hausarzt warten?",
        U,
    ),
    (
        "de",
        "Die Schwester wollte mich morgen anrufen, aber ich bin bei meiner Tochter. Kann das bis nächste Woche warten? Alles gut.",
        Q,
    ),
    (
        "de",
        "Der Termin bei der Physiotherapie ist erst in zwei Wochen, kann ich bis dahin mit den Übungen warten?",
        Q,
    ),
    (
        "de",
        "Das Pflaster ist sauber und trocken, kann ich mit dem Wechseln noch einen Tag warten?",
        Q,
    ),
    (
        "pt",
        "O curativo tá ensopado de sangue e já passou pro lençol. Posso esperar a enfermeira na segunda?",
        U,
    ),
    ("pt", "Tô com 39,4 e o corte tá minando. Dá pra esperar a consulta de quinta?", U),
    ("pt", "Desde a cirurgia não sinto os pés e não consigo mexer eles. Durmo e vejo amanhã?", U),
    (
        "pt",
        "Minha mulher desmaiou duas vezes ao levantar desde o almoço, já é tarde, dá pra esperar o clínico amanhã?",
        U,
    ),
    (
        "pt",
        "A enfermeira ia me ligar amanhã mas vou estar na casa da minha filha. Pode ficar pra semana que vem? Tô bem.",
        Q,
    ),
    (
        "pt",
        "A fisioterapia só começa daqui a duas semanas, posso esperar até lá pros exercícios?",
        Q,
    ),
    ("pt", "O curativo tá limpo e seco, posso esperar mais um dia pra trocar?", Q),
    ("vi", "Băng gạc thấm đẫm máu, thấm cả ra ga giường rồi. Đợi thứ Hai y tá tới được không?", U),
    ("vi", "Tôi sốt 39,4 mà vết thương rỉ dịch. Đợi tới buổi hẹn thứ Năm được không?", U),
    (
        "vi",
        "Từ sau mổ tôi không cảm thấy hai bàn chân, cũng không nhúc nhích được. Ngủ một đêm rồi mai tính được không?",
        U,
    ),
    (
        "vi",
        "Vợ tôi từ trưa tới giờ đứng dậy là ngất hai lần rồi, giờ khuya rồi, đợi mai đi bác sĩ gia đình được không?",
        U,
    ),
    (
        "vi",
        "Y tá hẹn mai gọi điện mà tôi qua nhà con gái. Để tuần sau được không? Tôi vẫn khỏe.",
        Q,
    ),
    ("vi", "Hai tuần nữa mới tới lịch tập vật lý trị liệu, tôi đợi tới đó mới tập được không?", Q),
    ("vi", "Băng vẫn sạch và khô, để thêm một ngày nữa mới thay được không?", Q),
    ("zh-Hans", "纱布全被血湿透了，床单都染红了，等周一护士来换行吗？", U),
    ("zh-Hans", "我烧到39.4，伤口还在渗液，能等到周四复诊吗？", U),
    ("zh-Hans", "手术后两只脚没知觉也动不了，先睡一觉明天再说行吗？", U),
    ("zh-Hans", "我老婆从中午到现在一站起来就晕过去两次了，这么晚了，能等明天去社区医院吗？", U),
    ("zh-Hans", "护士说明天打电话，可我去女儿家了，能改到下周吗？我挺好的。", Q),
    ("zh-Hans", "康复训练两周后才开始，到那时再练可以吗？", Q),
    ("zh-Hans", "敷料还干净干燥，再多贴一天行吗？", Q),
    ("ar", "الشاش غرقان دم ووصل للملاية. أستنى الممرضة يوم الاتنين؟", U),
    ("ar", "حرارتي 39.4 والجرح بينز. ينفع أستنى لموعد الخميس؟", U),
    ("ar", "من بعد العملية مش حاسس برجليا ومش قادر أحركهم. أنام وأشوف بكرة؟", U),
    (
        "ar",
        "مراتي أغمي عليها مرتين وهي بتقوم من بعد الغدا، الوقت متأخر، ينفع نستنى دكتور العيلة بكرة؟",
        U,
    ),
    ("ar", "الممرضة قالت هتتصل بكرة بس أنا هكون عند بنتي. ينفع تتأجل للأسبوع الجاي؟ أنا كويسة.", Q),
    ("ar", "العلاج الطبيعي بيبدأ بعد أسبوعين، أقدر أستنى لحد وقتها للتمارين؟", Q),
    ("ar", "اللزقة نضيفة وناشفة، ينفع أستنى يوم كمان قبل ما أغيرها؟", Q),
    # 4. asking in general when to go to the emergency department (``when_to_go``: how high, what
    # kind, at what point); urgent: the same question beside a sign tied to now
    (
        "en",
        "How high does a temperature have to be after vertebroplasty before you go to A&E? Mine's normal, just asking.",
        Q,
    ),
    (
        "en",
        "What sort of leg numbness after the procedure means going to the emergency department rather than ringing the ward? Nothing happening now.",
        Q,
    ),
    (
        "en",
        "At what point is bleeding from the puncture a reason to go to casualty? Just want to know for my mum's op next month.",
        Q,
    ),
    (
        "en",
        "Which kind of breathlessness justifies a trip to the ER after this procedure? I'm fine, just curious.",
        Q,
    ),
    (
        "en",
        "When is a fever bad enough for A&E? Because mine has been 39.4 since this afternoon and I'm shivering",
        U,
    ),
    (
        "en",
        "What counts as an emergency after the op? My legs have gone dead since lunch and I can't stand",
        U,
    ),
    (
        "es",
        "¿Cuánta fiebre hay que tener después de la vertebroplastia para ir a urgencias? Ahora no tengo, solo pregunto.",
        Q,
    ),
    (
        "es",
        "¿Qué tipo de dolor en el pecho es motivo de urgencias tras el cemento? Estoy bien, es por saber.",
        Q,
    ),
    (
        "es",
        "¿Cuándo hay que ir a urgencias por hormigueo en las piernas? A mi padre le operan el mes que viene.",
        Q,
    ),
    (
        "es",
        "¿A partir de qué punto la falta de aire justifica llamar al 112 después de la intervención?",
        Q,
    ),
    (
        "es",
        "¿Cuándo es una fiebre de urgencias? Porque tengo 39,5 desde la tarde y estoy tiritando",
        U,
    ),
    (
        "es",
        "¿Qué se considera urgencia después del cemento? Desde el mediodía no me aguantan las piernas",
        U,
    ),
    (
        "fr",
        "À partir de combien de fièvre faut-il aller aux urgences après une vertébroplastie ? Je n'ai rien, c'est pour savoir.",
        Q,
    ),
    (
        "fr",
        "Quel genre de douleur thoracique justifie d'aller aux urgences après le ciment ? Je vais bien.",
        Q,
    ),
    (
        "fr",
        "Quand est-ce que des fourmillements dans les jambes sont un motif d'urgences ? Ma mère se fait opérer le mois prochain.",
        Q,
    ),
    (
        "fr",
        "Un essoufflement après l'intervention, c'est à partir de quand qu'on appelle le 15 ?",
        Q,
    ),
    (
        "fr",
        "C'est quand qu'une fièvre est urgente ? Parce que j'ai 39,5 depuis cet après-midi et je grelotte",
        U,
    ),
    (
        "fr",
        "Qu'est-ce qui compte comme urgence après le ciment ? Depuis midi mes jambes ne me portent plus",
        U,
    ),
    (
        "de",
        "Ab wie viel Fieber muss man nach einer Vertebroplastie in die Notaufnahme? Ich hab keins, nur zur Info.",
        Q,
    ),
    (
        "de",
        "Welche Art von Brustschmerzen rechtfertigt nach dem Zement die Notaufnahme? Mir geht's gut.",
        Q,
    ),
    (
        "de",
        "Wann ist Kribbeln in den Beinen ein Grund für die Notaufnahme? Meine Mutter wird nächsten Monat operiert.",
        Q,
    ),
    ("de", "Ab wann sollte man bei Luftnot nach dem Eingriff den Notruf wählen?", Q),
    (
        "de",
        "Ab wann ist Fieber ein Notfall? Ich hab nämlich seit dem Nachmittag 39,5 und zittere",
        U,
    ),
    (
        "de",
        "Was gilt nach dem Zement als Notfall? Seit Mittag tragen mich meine Beine nicht mehr",
        U,
    ),
    (
        "pt",
        "Depois da vertebroplastia, a partir de que temperatura eu devo procurar a emergência? Por enquanto tá tudo normal.",
        Q,
    ),
    (
        "pt",
        "Que dor no peito é caso de pronto-socorro depois do cimento? Tô bem, é curiosidade.",
        Q,
    ),
    (
        "pt",
        "Quando é que formigamento nas pernas é motivo pra correr pra emergência? Meu pai opera mês que vem.",
        Q,
    ),
    ("pt", "Sangramento no curativo a partir de quanto precisa ir no PS? É só pra saber.", Q),
    ("pt", "Quando é que febre vira urgência? Porque tô com 39,5 desde a tarde e tremendo", U),
    (
        "pt",
        "O que conta como emergência depois do cimento? Desde o almoço minhas pernas não me seguram",
        U,
    ),
    (
        "vi",
        "Sau khi bơm xi măng, đau ngực kiểu nào thì phải vào cấp cứu? Tôi vẫn khỏe, hỏi cho biết.",
        Q,
    ),
    ("vi", "Khó thở tới mức nào thì phải gọi 115? Mẹ tôi tháng sau mới làm.", Q),
    ("vi", "Sốt từ bao nhiêu độ trở lên thì nên đi cấp cứu sau thủ thuật? Giờ tôi bình thường.", Q),
    ("vi", "Khi nào thì chảy máu chỗ chích là phải đi cấp cứu? Hỏi trước thôi.", Q),
    ("vi", "Sốt bao nhiêu thì phải đi cấp cứu? Tôi đang 39,5 từ chiều và run cầm cập", U),
    ("vi", "Sau bơm xi măng thế nào là cấp cứu? Từ trưa tới giờ chân tôi không đứng nổi", U),
    ("zh-Hans", "打完骨水泥以后，胸口疼到什么样该去急诊？我没事，就问问。", Q),
    ("zh-Hans", "喘到什么程度就得打120？我妈下个月才做。", Q),
    ("zh-Hans", "针眼出血多少才需要去急诊？先问清楚。", Q),
    ("zh-Hans", "椎体成形术后，腿麻什么情况算急诊？现在一切正常。", Q),
    ("zh-Hans", "烧到多少度要去急诊？我现在39.5，从下午一直在打哆嗦", U),
    ("zh-Hans", "打完骨水泥什么情况算急诊？从中午到现在腿站不住了", U),
    ("ar", "إيه نوع ألم الصدر اللي يستاهل طوارئ بعد الإسمنت؟ أنا كويس، بسأل بس.", Q),
    ("ar", "ضيق النفس لحد فين يخليني أتصل بالإسعاف؟ أمي هتعمل العملية الشهر الجاي.", Q),
    ("ar", "الحرارة كم لازم تكون عشان أروح الطوارئ بعد حقن الفقرات؟ حالياً ما عندي شي.", Q),
    ("ar", "امتى تنميل الرجلين يكون سبب للطوارئ؟ سؤال عام.", Q),
    ("ar", "الحرارة كام تبقى طوارئ؟ أنا عندي 39.5 من العصر وبترعش", U),
    ("ar", "ايش يعتبر طوارئ بعد الاسمنت؟ من الظهر رجليني ما تشيلني", U),
    # 5. words for signs the rules lacked: nonsense talk, the year not known, the dead talked to,
    # wetting without feeling, numb between the legs, a leg that cannot be moved (Arabizi);
    # controls: the same words in an old habit or a long-standing leak
    (
        "en",
        "grandad's been talking gibberish since his nap, put his coat on in bed and thinks it's morning",
        U,
    ),
    ("en", "I wet the bed last night without feeling a thing and it's all numb between my legs", U),
    ("en", "my wife can't move her leg and doesn't feel it when I pinch her, since the op", U),
    (
        "en",
        "My husband talks gibberish when he watches the football, same as ever. Can he come with me to the hospital?",
        Q,
    ),
    (
        "en",
        "A bit of leakage when I cough, I've had that since the kids were born. Can I go back to Pilates?",
        Q,
    ),
    (
        "es",
        "el abuelo está diciendo disparates desde la siesta, se ha puesto el abrigo en la cama y cree que es por la mañana",
        U,
    ),
    (
        "es",
        "Me he hecho pis en la cama esta noche sin enterarme y tengo todo dormido entre las piernas",
        U,
    ),
    (
        "es",
        "mi mujer no puede mover la pierna y no nota cuando se la pellizco, desde la operación",
        U,
    ),
    (
        "es",
        "Mi marido siempre dice disparates cuando ve el fútbol, como siempre. ¿Puede acompañarme al hospital?",
        Q,
    ),
    (
        "es",
        "Se me escapa un poco de pis al toser, me pasa desde los partos. ¿Puedo volver al pilates?",
        Q,
    ),
    (
        "fr",
        "mon grand-père dit des choses sans queue ni tête depuis la sieste, il a mis son manteau au lit et croit qu'on est le matin",
        U,
    ),
    (
        "fr",
        "J'ai fait pipi au lit cette nuit sans rien sentir et c'est tout engourdi entre les jambes",
        U,
    ),
    (
        "fr",
        "ma femme n'arrive plus à bouger la jambe et ne sent rien quand je la pince, depuis l'opération",
        U,
    ),
    (
        "fr",
        "Mon mari raconte n'importe quoi devant le foot, comme toujours. Il peut m'accompagner à l'hôpital ?",
        Q,
    ),
    (
        "fr",
        "Une petite fuite d'urine quand je tousse, depuis mes accouchements. Je peux refaire de la gym ?",
        Q,
    ),
    (
        "de",
        "Opa redet seit dem Mittagsschlaf nur Unsinn, hat den Mantel im Bett an und glaubt, es ist Morgen",
        U,
    ),
    (
        "de",
        "Ich hab heute Nacht ins Bett gemacht, ohne was zu merken, und zwischen den Beinen ist alles taub",
        U,
    ),
    (
        "de",
        "meine Frau kann das Bein nicht mehr bewegen und merkt nichts, wenn ich sie kneife, seit der OP",
        U,
    ),
    (
        "de",
        "Mein Mann redet beim Fußball immer Unsinn, wie immer. Darf er mich ins Krankenhaus begleiten?",
        Q,
    ),
    (
        "de",
        "Beim Husten geht ein bisschen Urin ab, das hab ich seit den Geburten. Darf ich wieder Gymnastik machen?",
        Q,
    ),
    (
        "pt",
        "vovô tá falando coisa sem sentido desde a soneca, vestiu o casaco na cama e acha que é de manhã",
        U,
    ),
    ("pt", "Fiz xixi na cama essa noite sem sentir nada e tá tudo dormente entre as pernas", U),
    (
        "pt",
        "minha esposa não consegue mexer a perna e não sente quando eu belisco, desde a cirurgia",
        U,
    ),
    (
        "pt",
        "Meu marido fala besteira vendo futebol, como sempre. Ele pode ir comigo no hospital?",
        Q,
    ),
    (
        "pt",
        "Escapa um pouquinho de xixi quando eu tusso, desde os partos. Posso voltar pro pilates?",
        Q,
    ),
    (
        "vi",
        "ông nội nói năng linh tinh từ lúc ngủ trưa dậy, mặc áo khoác lên giường và tưởng đang là buổi sáng",
        U,
    ),
    ("vi", "Đêm qua tôi tè dầm ra giường mà không biết gì, giữa hai chân tê hết", U),
    ("vi", "vợ tôi không nhúc nhích được chân, véo cũng không biết đau, từ sau mổ", U),
    (
        "vi",
        "Chồng tôi xem bóng đá hay nói linh tinh, vẫn như mọi khi. Ông ấy đi cùng tôi vào viện được không?",
        Q,
    ),
    ("vi", "Ho là rỉ chút nước tiểu, bị từ hồi sinh con. Tôi tập thể dục lại được không?", Q),
    ("zh-Hans", "爷爷午睡起来就一直胡言乱语，穿着棉袄躺床上，以为现在是早上", U),
    ("zh-Hans", "昨晚尿床了自己一点都不知道，两腿中间都麻了", U),
    ("zh-Hans", "我老婆腿动不了了，掐她也没感觉，手术以后就这样", U),
    ("zh-Hans", "我老公看球的时候老是胡说八道，一直这样。他能陪我去医院吗？", Q),
    ("zh-Hans", "一咳嗽就漏一点尿，生完孩子就这样了。能重新做操吗？", Q),
    (
        "ar",
        "جدي بيقول كلام ملوش معنى من ساعة ما صحي من القيلولة، لابس الجاكيت في السرير وفاكر إن الدنيا الصبح",
        U,
    ),
    ("ar", "عملت حمام على السرير بالليل من غير ما أحس، وكل اللي بين رجليا منمل", U),
    ("ar", "gozy msh 2ader yo2af 3la rglo w msh 7ases b sawabe3 regleh mn embare7", U),
    ("ar", "جوزي دايماً بيقول كلام فاضي وهو بيتفرج على الكورة. ينفع ييجي معايا المستشفى؟", Q),
    ("ar", "بينزل مني شوية بول لما أكح، من أيام الولادة. أقدر أرجع للرياضة؟", Q),
    # Written after the first change: look-alikes of kinds 1, 3 and 4 (a sign tied to now beside
    # "when should I go?", a condition or a mild thing beside "can it wait?")
    # 1. compared with before
    (
        "en",
        "Honestly nothing like the pain before the op, it's so much easier now. When can I swim?",
        Q,
    ),
    (
        "es",
        "Mi marido dice que desde la siesta le corre una descarga por la pierna izquierda hasta los dedos del pie, y antes de la operación solo le dolía la espalda",
        U,
    ),
    (
        "es",
        "Nada que ver con el dolor de antes de la operación, ahora estoy de maravilla. ¿Cuándo puedo nadar?",
        Q,
    ),
    (
        "fr",
        "Rien à voir avec la douleur d'avant l'opération, c'est le jour et la nuit, je revis. Quand puis-je nager ?",
        Q,
    ),
    (
        "de",
        "Kein Vergleich zu den Schmerzen vor der OP, mir geht es so viel besser. Wann darf ich schwimmen?",
        Q,
    ),
    (
        "pt",
        "Nada a ver com a dor de antes da cirurgia, agora tô ótima. Quando posso voltar a nadar?",
        Q,
    ),
    ("vi", "Khác hẳn cái đau trước khi mổ, giờ tôi khỏe re. Khi nào tôi đi bơi được?", Q),
    ("zh-Hans", "跟手术前的疼完全不一样，现在舒服多了。什么时候能游泳？", Q),
    ("ar", "مش زي الوجع اللي قبل العملية خالص، دلوقتي أنا أحسن بكتير. امتى أقدر أعوم؟", Q),
    # 2. a harmless cause guessed
    (
        "en",
        "The skin round the plaster is a bit pink, I think it's just the tape, not hot or swollen. Should I change the plaster?",
        Q,
    ),
    # 3. can it wait
    (
        "en",
        "If the wound starts weeping over the bank holiday, can it wait until the clinic opens?",
        Q,
    ),
    (
        "en",
        "There was a tiny dot of blood on the plaster this morning, dry now. Can the dressing change wait till Friday?",
        Q,
    ),
    (
        "en",
        "He's wet himself twice without noticing and says his bottom feels numb. Can it wait till his check-up?",
        U,
    ),
    ("es", "Si la herida empieza a supurar el fin de semana, ¿puedo esperar al lunes?", Q),
    (
        "es",
        "Mi madre se ha hecho caca encima sin darse cuenta y dice que no siente el culo. ¿Esperamos a la revisión?",
        U,
    ),
    ("fr", "Si la cicatrice se met à suinter pendant le week-end, ça peut attendre lundi ?", Q),
    (
        "fr",
        "Il s'est fait dessus deux fois sans s'en rendre compte et dit qu'il ne sent plus ses fesses. On peut attendre le contrôle ?",
        U,
    ),
    ("de", "Wenn die Wunde am Wochenende anfängt zu nässen, kann ich dann bis Montag warten?", Q),
    (
        "de",
        "Er hat zweimal eingenässt, ohne es zu merken, und sagt, sein Po ist taub. Können wir bis zur Kontrolle warten?",
        U,
    ),
    ("pt", "Se o corte começar a minar no feriado, dá pra esperar até segunda?", Q),
    (
        "pt",
        "Ele fez cocô na roupa duas vezes sem perceber e diz que não sente o bumbum. Dá pra esperar a revisão?",
        U,
    ),
    ("vi", "Nếu cuối tuần vết mổ bắt đầu rỉ dịch thì đợi tới thứ Hai được không?", Q),
    (
        "vi",
        "Ông tôi đi cầu ra quần hai lần mà không biết, ông nói mông tê rần. Đợi tới buổi tái khám được không?",
        U,
    ),
    ("zh-Hans", "要是周末伤口开始渗液，能等到周一吗？", Q),
    ("zh-Hans", "我爸两次拉裤子里了自己都不知道，说屁股发麻，能等到复查再说吗？", U),
    ("ar", "لو الجرح بدأ ينز في العطلة، ينفع أستنى لحد الاتنين؟", Q),
    ("ar", "أبوي عمل على نفسه مرتين من غير ما يحس وبيقول قاعدته منملة. ينفع نستنى للمتابعة؟", U),
    # 4. when to go to the emergency department
    ("en", "My legs have gone numb since lunch, at what point do I go to A&E?", U),
    (
        "en",
        "When do you go to A&E for bleeding after the cement, and when is pressing on it enough? Just planning ahead.",
        Q,
    ),
    (
        "en",
        "How bad does a headache have to be before you call 999 after sedation? I'm fine, it's for my dad next week.",
        Q,
    ),
    (
        "es",
        "Tengo las piernas dormidas desde la comida, ¿a partir de qué momento hay que ir a urgencias?",
        U,
    ),
    (
        "es",
        "¿En qué casos hay que llamar a una ambulancia por dolor de cabeza después de la sedación? Es para mi padre, que se opera el mes que viene.",
        Q,
    ),
    (
        "fr",
        "J'ai les jambes engourdies depuis midi, à partir de quand faut-il aller aux urgences ?",
        U,
    ),
    (
        "fr",
        "Quel genre de mal de tête après la sédation justifie d'appeler le 15 ? C'est pour mon père la semaine prochaine.",
        Q,
    ),
    ("de", "Meine Beine sind seit Mittag taub, ab wann muss ich in die Notaufnahme?", U),
    (
        "de",
        "Bei welchen Kopfschmerzen nach der Sedierung ruft man den Notarzt? Ist für meinen Vater nächste Woche.",
        Q,
    ),
    (
        "pt",
        "Minhas pernas estão dormentes desde o almoço, a partir de quando tenho que ir pro pronto-socorro?",
        U,
    ),
    (
        "pt",
        "Em que casos de dor de cabeça depois da sedação precisa chamar o SAMU? É pro meu pai semana que vem.",
        Q,
    ),
    ("vi", "Chân tôi tê từ trưa tới giờ, khi nào thì phải đi cấp cứu?", U),
    ("vi", "Sau gây mê nhức đầu kiểu nào thì phải gọi 115? Hỏi giùm bố tôi tuần sau mới làm.", Q),
    ("zh-Hans", "我从中午到现在腿都是麻的，什么时候该去急诊？", U),
    ("zh-Hans", "镇静以后头疼到什么程度要打120？帮我爸问的，他下周才做。", Q),
    ("ar", "رجليا منملين من الضهر، امتى لازم أروح الطوارئ؟", U),
    (
        "ar",
        "صداع بعد التخدير لحد فين يخليني أطلب الإسعاف؟ بسأل عن أبويا اللي هيعمل العملية الأسبوع الجاي.",
        Q,
    ),
    # Written after the second change: the new words in a harmless sense (a belt worn, an
    # orthosis carried, "no longer feel leg pain", "don't know which year", an age, sobbing)
    # 3. can it wait
    ("en", "Can I wait until the numbness from the local wears off before I get in the car?", Q),
    (
        "en",
        "Should I wait to shower until the little bit of redness round the plaster has gone?",
        Q,
    ),
    ("es", "¿Puedo esperar a que baje un poco la hinchazón del pinchazo para conducir?", Q),
    (
        "de",
        "Soll ich mit dem Duschen warten, bis das Pflaster ab ist? Kein Blut, nichts gerötet.",
        Q,
    ),
    ("pt", "Posso esperar até amanhã pra tirar o curativo? Tá sequinho, sem sangue.", Q),
    # 4. when to go to the emergency department
    (
        "en",
        "How bad does my chest pain have to be before I ring 999? It's crushing right now and I'm clammy",
        U,
    ),
    # 5. words for signs
    (
        "fr",
        "La ceinture lombaire, il faut la porter combien de temps ? Et on peut la retirer pour dormir ?",
        Q,
    ),
    ("de", "Wie lange muss ich sie tragen, die Orthese, und darf ich sie nachts abnehmen?", Q),
    ("vi", "Tôi không cảm thấy chân đau nữa, giờ đi bộ xa được chưa?", Q),
    ("zh-Hans", "我也不知道哪年做的那次手术了，现在还能做核磁吗？", Q),
    ("zh-Hans", "我女儿现在38岁，能陪我进手术室吗？", Q),
    ("ar", "حفيدي الصغير عم يشهق من البكا لأنه خايف عليا، كيف أطمنه قبل العملية؟", Q),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND24_KINDS)
def test_urgent_kinds_24(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND24_KINDS if locale == tag]
        assert rows.count(U) >= 12 and rows.count(Q) >= 12, tag
