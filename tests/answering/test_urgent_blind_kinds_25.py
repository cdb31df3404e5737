"""Urgent signs by kind, the twenty-fifth blind set's (tests/data/urgent_blind_25/, issue 17).

Not ``test_urgent_kinds_25.py``: that table (``AHEAD25_KINDS``) was written ahead of any set.
This one was written after the set was first read (session 31): its 1 miss and 9 false alarms
with the word model (0.990 / 9.4 %; rules alone 0.927 / 9.4 %, 8 misses) were read as kinds, and
each kind written here in situations of our own (other people, other body words, other signs,
other tenses) in every locale, urgent rows and controls of the same kind; judged in
``faqsvc/answering/urgent_letters.py`` and by cues in ``faqsvc/data/urgent/<locale>.json``:

1. the warning signs of another illness asked in general (65 rows; 5 false alarms in the set,
   all of its general questions that failed): a question asking for the signs of an illness
   (a new ``signs_of`` cue: "what are the red flags for", "¿cuáles son los síntomas de",
   "quels sont les signes", "woran erkennt man", "quais os sinais", "dấu hiệu ... là gì",
   有什么先兆, "ما هي علامات") lists signs nobody has: a sign in it, or after it in a sentence
   naming nobody of one's own before the sign or in its clause and tying nothing to now
   ("the radio said breathlessness and confusion", "như méo miệng, yếu nửa người", "胸口疼是
   什么样的疼？"), asks (``signs_asked``); "what are the signs of a stroke? My husband's mouth
   has dropped", "... because I've been breathless since this afternoon" still alert. A
   report on the TV ("reportagem na TV") is ``elsewhere`` (pt);
2. an update to an earlier message (50 rows; 2 false alarms, 2 misses by the rules alone):
   what changed is the sign (urgent), or an after-effect got better or a sign was checked by a clinician and cleared
   (controls): clinicians who checked, in more word orders ("saw the GP today, she tested",
   "checked him over", "me vio la enfermera", "le médecin l'a examiné", "bác sĩ trạm y tế
   khám rồi", ``explained``), signs told as gone ("it's dried up", "ya no lo noto", "ist
   inzwischen weg", "giờ hết tê hẳn rồi", "已经干了", "نشف", ``resolved``), and a confusion
   checked and followed by a clear head (``lucid`` after it) is settled; the update's words
   for the changed sign: urine held back ("البول محصور", "مش راضي ينزل"), a leg heavy and
   not moved ("تقيلة ... ما عم بقدر حرّكها"), a dressing soaked with blood ("تشرب دم");
3. a formal letter or e-mail with the sign in the middle (48 rows; 1 false alarm): a sign
   denied in a letter's "for your records" ("ولا توجد حرارة", "لا توجد عنده حرارة",
   ``negation``); letters telling a sign all alerted already;
4. the sign rated on a scale or by what the patient can still do (54 rows; 1 false alarm, 2
   misses by the rules alone): a pain rated 8 to 10 out of ten is a ``severe_pain`` sign
   ("9 out of 10", "9 sur 10", "9 von 10", "nota 9 de 10", "9 trên 10", 疼到9分, "9 من 10"),
   unless placed before the procedure beside a lower rating now (``rated_down``: "before the
   op a 9, now a 3"); what the patient can no longer do ("ne fait même pas trois pas", "kommt
   nicht mehr allein aus dem Sessel hoch", "die Beine tragen ihn nicht", "đi không nổi ba
   bước", 连三步都走不了, knees giving way); drowsiness followed by a crossword, a sudoku or the
   paper is a clear head (``lucid`` in every locale; "dans le coaltar", "dans les vapes" are
   ``drowsy``);
5. words the rules lacked (14 rows; the set's one miss with the model, 3 by the rules alone):
   wetting oneself unnoticed ("fait pipi sans m'en rendre compte", "réveillé trempé", "ما
   حسيت إني عملت حمام"), a numb seat ("les fesses comme en carton", "قعدتي خدرانة"),
   Austrian and Swabian German ("redt wirres Zeig", "kriag ihn kaum wach", "schnauft ganz
   flach ond schnell", "grau em Gsicht", respelled for the rules).

231 rows (108 urgent, 123 quiet). The first 146 were written before any change: 4 failed with
the model on the code before (9 by the rules alone). 8 more (a rating from before the procedure
beside a lower one now, one per locale) were written after the first change, which read the
ratings: 6 failed after it (none on the code before), hence ``rated_down``. 61 more (the signs
of another illness listed as heard of, updates cleared over several sentences, letters denying
signs, what the patient can still do, rated tiredness) were written after the second change:
14 failed on the code before, 7 after it (a sentence's "I wondered" taken for the writer's own
sign; older cues missing word orders; a French "médecin" respelled by the English rules'
dropped-g reading to "medecing", so the French clinician words allow it). 16 more urgent
letters were written last (all passed). Over all 231, 18 fail with the model on the code before
(23 by the rules alone; by kind 10, 5, 2, 1, 0 with the model). All pass.

Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND25_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND25_KINDS = [
    # 1. a question asking for the warning signs of another illness or procedure, in general,
    # the signs then listed as heard of or as examples, or the illness itself named (controls);
    # the same question beside a sign of one's own or tied to now (urgent)
    (
        "en",
        "What are the warning signs of meningitis in grown-ups? The grandkids' nursery sent a letter round, none of us is poorly.",
        Q,
    ),
    (
        "en",
        "Which symptoms of a blood clot in the leg should I know about? Asking for my book club, we're doing a health evening.",
        Q,
    ),
    (
        "en",
        "How do you recognise a heart attack in a woman? I read it can be just jaw ache and feeling sick.",
        Q,
    ),
    (
        "en",
        "What are the signs of a stroke? My husband's mouth has dropped on one side and he can't lift his right arm",
        U,
    ),
    (
        "en",
        "what r the symptoms of a clot on the lung?? i cant get my breath since tea time and my chest is tight",
        U,
    ),
    (
        "es",
        "¿Cuáles son los síntomas de una apendicitis? Lo pregunto por mi nieto, que el año que viene se va de campamento.",
        Q,
    ),
    (
        "es",
        "¿Qué señales de alarma tiene un ictus? En el centro de mayores nos dieron una charla y no me acuerdo de todas.",
        Q,
    ),
    (
        "es",
        "¿Cómo se reconoce un infarto? Oí en la radio que a veces solo da dolor de muela y sudor frío.",
        Q,
    ),
    (
        "es",
        "¿Cuáles son los signos de una infección? A mi madre le supura la herida del pinchazo y tiene 38,6 desde anoche",
        U,
    ),
    (
        "es",
        "Qué síntomas da una embolia? porque desde que me levanté no puedo respirar bien y me duele el pecho",
        U,
    ),
    (
        "fr",
        "Quels sont les signes d'une méningite chez l'adulte ? La crèche de ma petite-fille nous a prévenus, personne n'est malade chez nous.",
        Q,
    ),
    (
        "fr",
        "Comment on reconnaît une phlébite ? Ma voisine en a parlé au club, je voudrais savoir, simplement.",
        Q,
    ),
    (
        "fr",
        "Les symptômes d'un infarctus chez la femme, c'est quoi ? J'ai entendu parler de douleur dans la mâchoire et de nausées à la radio.",
        Q,
    ),
    (
        "fr",
        "Quels sont les signes d'un AVC ? Mon père a la bouche de travers et n'arrive plus à lever le bras gauche",
        U,
    ),
    (
        "fr",
        "c quoi les symptomes d une embolie ? j'ai du mal à respirer depuis le goûter et ça me serre dans la poitrine",
        U,
    ),
    (
        "de",
        "Was sind die Anzeichen einer Hirnhautentzündung bei Erwachsenen? Die Kita meiner Enkelin hat einen Zettel geschickt, uns geht es allen gut.",
        Q,
    ),
    (
        "de",
        "Woran erkennt man eine Thrombose im Bein? Wir hatten beim Seniorentreff einen Vortrag, ich will nur Bescheid wissen.",
        Q,
    ),
    (
        "de",
        "Welche Symptome hat ein Herzinfarkt bei Frauen? Hab im Radio was von Kieferschmerzen und Übelkeit gehört.",
        Q,
    ),
    (
        "de",
        "Was sind die Warnzeichen für einen Schlaganfall? Mein Mann kann seit einer Stunde den rechten Arm nicht mehr heben und redet verwaschen",
        U,
    ),
    (
        "de",
        "welche symptome hat eine lungenembolie?? ich krieg seit dem mittag kaum luft und die brust ist eng",
        U,
    ),
    (
        "pt",
        "Quais são os sinais de meningite em adulto? A creche da minha neta mandou um aviso, aqui em casa tá todo mundo bem.",
        Q,
    ),
    (
        "pt",
        "Como se reconhece uma trombose na perna? Teve uma palestra no grupo da terceira idade e eu queria entender melhor.",
        Q,
    ),
    (
        "pt",
        "Quais os sintomas de infarto em mulher? Ouvi no rádio que pode ser só dor no queixo e enjoo.",
        Q,
    ),
    (
        "pt",
        "Quais são os sinais de AVC? Minha mãe tá com a boca torta e não consegue levantar o braço direito",
        U,
    ),
    (
        "pt",
        "quais os sintomas de embolia?? to sem conseguir respirar direito desde o almoço e o peito aperta",
        U,
    ),
    (
        "vi",
        "Dấu hiệu viêm màng não ở người lớn là gì ạ? Nhà trẻ của cháu gửi thông báo, nhà em ai cũng khỏe.",
        Q,
    ),
    (
        "vi",
        "Làm sao để nhận biết huyết khối ở chân? Hội người cao tuổi có buổi nói chuyện, em muốn hiểu thêm.",
        Q,
    ),
    (
        "vi",
        "Triệu chứng nhồi máu cơ tim ở phụ nữ là gì? Nghe đài nói có khi chỉ đau hàm với buồn nôn thôi.",
        Q,
    ),
    (
        "vi",
        "Dấu hiệu đột quỵ là gì? Bố em bị méo miệng và không nhấc được tay phải từ một tiếng trước",
        U,
    ),
    ("vi", "trieu chung tac mach phoi la gi vay? tu trua toi gio em tho ko noi, nguc that lai", U),
    ("zh-Hans", "成年人得脑膜炎有哪些症状？孙女幼儿园发了通知，我们家都好好的，就是想了解。", Q),
    ("zh-Hans", "腿上长血栓有什么表现？社区老年活动讲了一下，我没听全。", Q),
    ("zh-Hans", "女的心梗一般是什么症状？听广播说有时候只是下巴疼、恶心。", Q),
    ("zh-Hans", "中风有什么先兆？我爸嘴歪了，右手抬不起来", U),
    ("zh-Hans", "肺栓塞有啥症状？？我从中午到现在一直喘不上气，胸口发紧", U),
    (
        "ar",
        "ما هي أعراض التهاب السحايا عند الكبار؟ حضانة حفيدتي بعتت ورقة، والحمد لله كلنا بخير.",
        Q,
    ),
    ("ar", "كيف نعرف إن حدا عنده جلطة بالرجل؟ كان في محاضرة بالنادي وحبيت أفهم أكثر.", Q),
    (
        "ar",
        "شو أعراض الجلطة القلبية عند الستات؟ سمعت بالراديو إنها ممكن تكون بس وجع بالفك وغثيان.",
        Q,
    ),
    ("ar", "ما هي علامات الجلطة الدماغية؟ أبوي تمه معوج وما بيقدر يرفع إيده اليمين", U),
    ("ar", "شو اعراض الجلطة بالرئة؟؟ من الضهر وأنا مش قادرة آخد نفسي وصدري مشدود", U),
    (
        "en",
        "What are the symptoms of pneumonia in older people? The radio said breathlessness and confusion, and I wondered what else. We're all well here.",
        Q,
    ),
    (
        "en",
        "Red flags for a bowel obstruction? A friend's husband had one. Nothing going on with me, I'm just nosy.",
        Q,
    ),
    (
        "en",
        "What does a heart attack feel like? Is chest pain always crushing, or can it be mild? Just curious after a TV drama.",
        Q,
    ),
    (
        "en",
        "What are the signs of a cement leak? I'm asking because I've been breathless since this afternoon and my lips look a bit blue",
        U,
    ),
    (
        "es",
        "¿Qué síntomas da una neumonía en los mayores? En la tele decían fiebre alta y confusión. Aquí estamos todos bien, es por saber.",
        Q,
    ),
    (
        "es",
        "¿Cuáles son los síntomas de una trombosis? Como hinchazón de la pierna, calor, dolor... lo pregunto para estar preparada.",
        Q,
    ),
    (
        "es",
        "¿Cuáles son las señales de un infarto? Porque a mi marido le aprieta el pecho desde hace media hora y está sudando",
        U,
    ),
    (
        "fr",
        "Quels sont les symptômes d'une pneumonie chez les personnes âgées ? À la télé ils parlaient de fièvre et de confusion. Chez nous tout va bien.",
        Q,
    ),
    (
        "fr",
        "Quels signes pour une phlébite ? Genre jambe gonflée, chaude, douloureuse... je me renseigne avant le voyage.",
        Q,
    ),
    (
        "fr",
        "Quels sont les signes d'une fuite de ciment ? Je pose la question parce que je suis essoufflée depuis ce midi",
        U,
    ),
    (
        "de",
        "Welche Symptome hat eine Lungenentzündung bei alten Menschen? Im Fernsehen war von Fieber und Verwirrtheit die Rede. Uns geht's gut, reine Neugier.",
        Q,
    ),
    (
        "de",
        "Was sind Anzeichen einer Blutvergiftung? Zum Beispiel Fieber, Schüttelfrost, schneller Puls? Wir hatten das Thema im Kurs.",
        Q,
    ),
    (
        "de",
        "Was sind die Anzeichen für ein Zementleck? Ich frage, weil ich seit heute Nachmittag schlecht Luft kriege",
        U,
    ),
    (
        "pt",
        "Quais são os sintomas de pneumonia em idoso? Na TV falaram de febre e confusão. Aqui tá todo mundo bem, é só curiosidade.",
        Q,
    ),
    (
        "pt",
        "Quais os sinais de trombose? Tipo perna inchada, quente, doendo... pergunto pra ficar esperta na viagem.",
        Q,
    ),
    (
        "pt",
        "Quais os sinais de vazamento do cimento? Pergunto porque tô com falta de ar desde a tarde",
        U,
    ),
    (
        "vi",
        "Triệu chứng viêm phổi ở người già là gì? Trên tivi nói sốt cao, lú lẫn. Nhà em mọi người đều khỏe, hỏi cho biết.",
        Q,
    ),
    (
        "vi",
        "Dấu hiệu huyết khối tĩnh mạch là gì ạ? Như chân sưng, nóng, đau... em hỏi để chuẩn bị đi xa.",
        Q,
    ),
    ("vi", "Dấu hiệu rò xi măng là gì? Em hỏi vì từ chiều em khó thở, môi hơi tím", U),
    ("zh-Hans", "老年人肺炎有什么症状？电视上说发烧、糊涂，我想多知道点，家里人都挺好的。", Q),
    ("zh-Hans", "败血症有哪些表现？比如发烧、发冷、心跳快？我们社区课上讲到的。", Q),
    ("zh-Hans", "骨水泥渗漏有什么症状？我问是因为我从下午开始喘不上气，嘴唇有点发紫", U),
    (
        "ar",
        "ما هي أعراض الالتهاب الرئوي عند كبار السن؟ بالتلفزيون قالوا حرارة وتشوش. كلنا بخير، بس بدي أعرف.",
        Q,
    ),
    ("ar", "شو علامات التسمم بالدم؟ مثل حرارة ورجفة ونبض سريع؟ حكولنا عنها بالدورة.", Q),
    ("ar", "شو علامات تسرب الإسمنت؟ بسأل لأني من العصر عم ينقطع نفسي وشفايفي زرق", U),
    # 2. an update to an earlier message: what changed is the sign (urgent); an after-effect
    # that got better, or a sign checked by a clinician and cleared, over one or several
    # sentences (controls)
    (
        "en",
        "Following up on my note from lunchtime: the plaster was just damp then, now it's soaked right through with fresh blood and it's dripping onto the sheet",
        U,
    ),
    (
        "en",
        "Update re my dad: this morning he was chatty, since about four he keeps calling me by my sister's name and doesn't know what day it is",
        U,
    ),
    (
        "en",
        "Me again. The ache I wrote about has changed, it's now a burning that shoots down the back of my left leg into my foot and I can't put weight on it",
        U,
    ),
    (
        "en",
        "Quick update on the numb patch by the scar: the nurse had a look this afternoon, sensation in both legs normal, she says it's the skin nerve and it's fading already.",
        Q,
    ),
    (
        "en",
        "Further to my email yesterday, the stiffness has eased a lot, managed the stairs twice today. Do I still need the second follow-up?",
        Q,
    ),
    (
        "en",
        "Just to update you, the little bit of oozing from the site has dried up completely and the GP checked it Friday, all clean. Thanks again.",
        Q,
    ),
    (
        "es",
        "Les vuelvo a escribir: lo de la mañana era solo un picor, pero ahora la zona del pinchazo está roja, caliente y me sale pus amarillo",
        U,
    ),
    (
        "es",
        "Actualizo lo que les conté: mi padre ya no consigue orinar, lleva desde el mediodía sin echar ni gota y se queja de la barriga",
        U,
    ),
    (
        "es",
        "Les escribo otra vez por lo del hormigueo del muslo: el médico de cabecera me exploró esta tarde, fuerza y sensibilidad normales, y ya se me pasó.",
        Q,
    ),
    (
        "es",
        "Segundo mensaje: el moratón del que les hablé ya está amarillento y casi no duele. ¿Puedo volver a la piscina?",
        Q,
    ),
    (
        "fr",
        "Suite à mon message de ce matin : le pansement était juste humide, maintenant il est trempé de sang frais et ça coule sur le drap",
        U,
    ),
    (
        "fr",
        "Je reviens vers vous pour ma mère : ce midi elle allait bien, depuis 16 h elle ne sait plus quel jour on est et m'appelle par le prénom de ma sœur",
        U,
    ),
    (
        "fr",
        "Petite mise à jour : le médecin traitant a examiné la zone engourdie près de la cicatrice cet après-midi, force et sensibilité normales, et c'est déjà presque parti.",
        Q,
    ),
    (
        "fr",
        "Comme suite à mon mail d'hier, les courbatures ont bien diminué, j'ai monté l'escalier deux fois aujourd'hui. Le deuxième rendez-vous est-il toujours utile ?",
        Q,
    ),
    (
        "de",
        "Nachtrag zu meiner Nachricht von heute früh: das Pflaster war nur feucht, jetzt ist es durchgeblutet und es tropft aufs Laken",
        U,
    ),
    (
        "de",
        "Ich melde mich nochmal wegen Papa: mittags war er noch klar, seit vier weiß er nicht mehr, welcher Tag ist, und hält mich für meine Schwester",
        U,
    ),
    (
        "de",
        "Kurzes Update zum tauben Fleck an der Narbe: die Hausärztin hat heute Nachmittag geschaut, Kraft und Gefühl in beiden Beinen normal, es wird schon weniger.",
        Q,
    ),
    (
        "de",
        "Nochmal ich: der blaue Fleck ist jetzt gelblich und tut kaum noch weh. Darf ich wieder ins Schwimmbad?",
        Q,
    ),
    (
        "pt",
        "Complementando a mensagem de hoje cedo: o curativo tava só úmido, agora encharcou de sangue vivo e tá pingando no lençol",
        U,
    ),
    (
        "pt",
        "Voltando a escrever sobre meu pai: no almoço ele tava bem, desde as quatro não sabe que dia é e me chama pelo nome da minha irmã",
        U,
    ),
    (
        "pt",
        "Atualizando: a médica do posto examinou a parte dormente perto da cicatriz hoje à tarde, força e sensibilidade normais, e já passou quase tudo.",
        Q,
    ),
    (
        "pt",
        "Sou eu de novo: o roxo já tá amarelado e quase não dói. Posso voltar pra hidroginástica?",
        Q,
    ),
    (
        "vi",
        "Em nhắn thêm về mẹ em: sáng băng chỉ hơi ẩm, giờ thấm đẫm máu tươi, nhỏ giọt xuống chiếu",
        U,
    ),
    (
        "vi",
        "Cập nhật: trưa ông còn tỉnh, từ 4 giờ chiều ông không biết hôm nay là ngày gì, gọi em bằng tên cô em",
        U,
    ),
    (
        "vi",
        "Em báo lại: chỗ tê gần vết kim, bác sĩ phòng khám xem rồi, sức cơ và cảm giác hai chân bình thường, giờ gần hết rồi.",
        Q,
    ),
    ("vi", "Em nhắn tiếp: vết bầm đã ngả vàng, gần như không đau nữa. Em đi bơi lại được chưa?", Q),
    ("zh-Hans", "补充一下早上说的：纱布当时只是有点湿，现在整块被鲜血浸透了，还往床单上滴", U),
    (
        "zh-Hans",
        "再说一下我妈的情况：中午还好好的，下午四点以后不知道今天星期几，把我叫成我姐的名字",
        U,
    ),
    (
        "zh-Hans",
        "跟进一下：针眼旁边发麻那块，社区医生下午查过了，两条腿力气和感觉都正常，现在基本好了。",
        Q,
    ),
    ("zh-Hans", "又是我：那块淤青已经发黄了，基本不疼了。可以去游泳了吗？", Q),
    ("ar", "تحديث لرسالتي الصبح: الشاش كان بس رطب، هلق تشرب دم أحمر وعم ينقط على الشرشف", U),
    (
        "ar",
        "أنا مرة ثانية بخصوص أمي: الضهر كانت منيحة، من الساعة أربعة ما بتعرف شو اليوم وبتناديني باسم أختي",
        U,
    ),
    (
        "ar",
        "تحديث: الدكتورة بالمستوصف فحصت المنطقة اللي كانت منملة جنب الجرح العصر، القوة والإحساس بالرجلين طبيعي، وراحت تقريباً.",
        Q,
    ),
    ("ar", "أنا مرة ثانية: الكدمة صارت صفرا وما عاد توجع تقريباً. بقدر أرجع عالمسبح؟", Q),
    (
        "en",
        "Update on Dad. The confusion last night was the new sleeping tablet, the doctor stopped it and checked him over. He's himself again today, doing his crossword.",
        Q,
    ),
    (
        "en",
        "Further to my message: the numbness in my foot has spread up to my knee now and I can't lift my toes",
        U,
    ),
    (
        "es",
        "Sigo con lo de antes. El hormigueo de la pierna: me vio la enfermera del centro, me exploró y está todo normal. Ya no lo noto.",
        Q,
    ),
    (
        "es",
        "Le escribo otra vez: lo de la pierna dormida ha ido a más, ahora son las dos y no me tengo en pie",
        U,
    ),
    (
        "fr",
        "Suite de mon message : pour la confusion d'hier soir, c'était le nouveau somnifère, le médecin l'a arrêté et l'a examiné. Aujourd'hui il fait ses mots croisés.",
        Q,
    ),
    (
        "fr",
        "Je vous réécris : l'engourdissement du pied est monté jusqu'au genou et je n'arrive plus à lever les orteils",
        U,
    ),
    (
        "de",
        "Nachtrag: das Kribbeln im Bein hat sich die Hausärztin angeschaut, alles normal, es ist inzwischen weg.",
        Q,
    ),
    (
        "de",
        "Nochmal ich: das taube Gefühl im Fuß geht jetzt bis zum Knie hoch und ich kann die Zehen nicht mehr heben",
        U,
    ),
    (
        "pt",
        "Atualizando: o formigamento na perna, a enfermeira do posto examinou, tudo normal. Já sumiu.",
        Q,
    ),
    (
        "pt",
        "Escrevendo de novo: a dormência do pé subiu até o joelho e não consigo mais levantar os dedos",
        U,
    ),
    (
        "vi",
        "Em báo thêm: vụ tê chân, y tá trạm xá khám rồi, mọi thứ bình thường, giờ hết hẳn rồi.",
        Q,
    ),
    ("vi", "Em nhắn lại: tê chân giờ lan lên tới gối, không nhấc nổi ngón chân nữa", U),
    ("zh-Hans", "补充：腿发麻的事，社区护士查过了，一切正常，现在已经好了。", Q),
    ("zh-Hans", "再说一下：脚麻现在一直麻到膝盖了，脚趾也抬不起来", U),
    ("ar", "تحديث: التنميل بالرجل، الممرضة بالمستوصف فحصتني وكله طبيعي، وهلق راح.", Q),
    ("ar", "أنا مرة تانية: الخدر بالقدم طلع لحد الركبة وما عدت قادر ارفع أصابعي", U),
    # 3. a formal letter or e-mail with the sign in the middle (urgent); a formal letter asking
    # something ordinary, its signs denied in the middle (controls)
    (
        "en",
        "Dear Dr Okafor, I hope this finds you well. I am writing on behalf of my mother, who had her vertebroplasty on Tuesday. Since early this morning she has been unable to pass urine and her lower tummy is swollen and sore. Could you advise? Yours sincerely, Helen Marsh",
        U,
    ),
    (
        "en",
        "Dear Sir or Madam, I would be grateful if you could send a copy of my discharge summary to my new GP practice. For your records, the wound has healed and I have had no fever. Kind regards, P. Lindqvist",
        Q,
    ),
    (
        "en",
        "To the spinal team, thank you all for your kindness last week. Could you tell me whether the follow-up scan is still booked for the 14th? With best wishes, Arthur Penrose",
        Q,
    ),
    (
        "es",
        "Estimada doctora Ruiz: le escribo porque desde anoche mi marido tiene escalofríos, 39 de fiebre y la herida de la espalda muy hinchada. Quedo a la espera de sus indicaciones. Atentamente, Carmen Vidal",
        U,
    ),
    (
        "es",
        "Muy señores míos: les ruego me envíen el justificante de la intervención para mi empresa. La herida está bien y no he tenido fiebre. Reciban un cordial saludo.",
        Q,
    ),
    (
        "es",
        "Estimado equipo: quería darles las gracias por el trato recibido y preguntarles si la revisión de marzo se mantiene. Un saludo afectuoso, Julián Mora",
        Q,
    ),
    (
        "fr",
        "Madame, Monsieur, je me permets de vous écrire au sujet de mon époux, opéré mardi. Depuis cette nuit il frissonne, il a 39,4 et la plaie du dos est rouge et gonflée. Je vous prie d'agréer mes salutations distinguées.",
        U,
    ),
    (
        "fr",
        "Madame, Monsieur, je vous serais reconnaissante de bien vouloir m'adresser un bulletin de situation pour ma mutuelle. La cicatrice va bien, pas de fièvre. Bien cordialement, J. Morel",
        Q,
    ),
    (
        "fr",
        "Docteur, je tenais à vous remercier pour votre gentillesse. Pourriez-vous me confirmer la date du contrôle ? Respectueusement, Gisèle Fabre",
        Q,
    ),
    (
        "de",
        "Sehr geehrte Frau Dr. Brandt, ich wende mich an Sie wegen meiner Mutter, die am Dienstag operiert wurde. Seit heute Nacht kann sie kein Wasser lassen und der Unterbauch ist prall und schmerzt. Mit freundlichen Grüßen, Sabine Keller",
        U,
    ),
    (
        "de",
        "Sehr geehrte Damen und Herren, bitte senden Sie mir eine Arbeitsunfähigkeitsbescheinigung zu. Die Wunde ist verheilt, Fieber hatte ich keines. Mit freundlichen Grüßen, T. Wagner",
        Q,
    ),
    (
        "de",
        "Liebes Team der Wirbelsäulenchirurgie, herzlichen Dank für die gute Betreuung. Steht der Kontrolltermin am 14. noch? Viele Grüße, Erwin Huber",
        Q,
    ),
    (
        "pt",
        "Prezado Dr. Almeida, escrevo em nome do meu marido, operado na terça. Desde a madrugada ele tem calafrios, 39,2 de febre e o corte das costas está vermelho e inchado. Atenciosamente, Lúcia Prado",
        U,
    ),
    (
        "pt",
        "Prezados, solicito a gentileza de enviar o atestado do procedimento para o meu trabalho. A ferida está cicatrizada e não tive febre. Cordialmente, R. Tavares",
        Q,
    ),
    (
        "pt",
        "Prezada equipe, agradeço muito o atendimento. Poderiam confirmar a data do retorno? Um abraço, Sebastião Lima",
        Q,
    ),
    (
        "vi",
        "Kính gửi bác sĩ Tuấn, tôi viết thay cho mẹ tôi mổ hôm thứ Ba. Từ đêm qua mẹ không đi tiểu được, bụng dưới căng cứng và đau. Kính mong bác sĩ chỉ dẫn. Trân trọng, Hạnh",
        U,
    ),
    (
        "vi",
        "Kính gửi phòng hành chính, xin cấp giấy ra viện bản sao cho công ty tôi. Vết mổ đã lành, không sốt. Trân trọng cảm ơn.",
        Q,
    ),
    (
        "vi",
        "Kính gửi ê-kíp cột sống, cảm ơn các bác sĩ đã chăm sóc tận tình. Cho tôi hỏi lịch tái khám ngày 14 còn giữ không ạ?",
        Q,
    ),
    (
        "zh-Hans",
        "尊敬的王主任：您好！我代我母亲写信，她周二做的椎体成形术。从昨晚起她一直尿不出来，小肚子胀得硬邦邦的，很疼。恳请指导。此致敬礼，李芳",
        U,
    ),
    (
        "zh-Hans",
        "尊敬的医院办公室：麻烦给我开一份住院证明交给单位。伤口已经长好了，没有发烧。谢谢！",
        Q,
    ),
    ("zh-Hans", "脊柱科各位医护：非常感谢你们的照顾。请问14号的复查还照常吗？祝好，张建国", Q),
    (
        "ar",
        "حضرة الدكتور سامي المحترم، تحية طيبة وبعد، أكتب لكم بخصوص زوجي الذي أجرى العملية يوم الثلاثاء. منذ الليلة الماضية يرتجف وحرارته 39.3 والجرح في ظهره أحمر ومتورم. وتفضلوا بقبول فائق الاحترام، منى",
        U,
    ),
    (
        "ar",
        "السادة قسم شؤون المرضى المحترمين، أرجو تزويدي بنسخة من تقرير الخروج لتقديمها للتأمين، علماً بأن الجرح التأم ولا توجد حرارة. مع الشكر والتقدير.",
        Q,
    ),
    (
        "ar",
        "إلى فريق جراحة العمود الفقري، شكراً جزيلاً على حسن الرعاية. هل موعد المراجعة يوم 14 ما زال قائماً؟ مع التحية، خليل",
        Q,
    ),
    (
        "en",
        "Dear Ms Patel, regarding my father's follow-up: he has had no fever, no bleeding and no numbness since discharge. Could the appointment be moved to a Thursday? Yours faithfully, D. Khan",
        Q,
    ),
    (
        "fr",
        "Madame, je vous écris au sujet du rendez-vous de contrôle de mon père : depuis sa sortie il n'a eu ni fièvre, ni saignement, ni engourdissement. Serait-il possible de le déplacer ? Cordialement",
        Q,
    ),
    (
        "de",
        "Sehr geehrte Frau Dr. Yilmaz, mein Vater hatte seit der Entlassung weder Fieber noch Blutungen noch Taubheitsgefühle. Könnte der Termin auf einen Donnerstag verlegt werden? Hochachtungsvoll",
        Q,
    ),
    (
        "pt",
        "Prezada Dra. Souza, meu pai não teve febre, nem sangramento, nem dormência desde a alta. Seria possível remarcar o retorno para quinta? Atenciosamente",
        Q,
    ),
    (
        "vi",
        "Kính gửi bác sĩ Lan, từ lúc xuất viện bố tôi không sốt, không chảy máu, không tê chân. Xin dời lịch tái khám sang thứ Năm được không ạ? Trân trọng",
        Q,
    ),
    (
        "zh-Hans",
        "尊敬的刘医生：我父亲出院以来没有发烧，没有出血，腿也不麻。复查能改到周四吗？此致敬礼",
        Q,
    ),
    (
        "ar",
        "حضرة الدكتورة المحترمة، والدي منذ خروجه لا توجد عنده حرارة ولا نزيف ولا تنميل. هل يمكن تأجيل موعد المراجعة ليوم الخميس؟ مع الاحترام",
        Q,
    ),
    (
        "es",
        "Estimada Dra. Gil: mi padre no ha tenido fiebre, ni sangrado, ni adormecimiento desde el alta. ¿Sería posible cambiar la revisión a un jueves? Atentamente",
        Q,
    ),
    (
        "en",
        "Subject: Mr J. Reilly, hospital no. 448213. Good evening, I am his daughter. Since about six o'clock he has been coughing up bright red blood. We would be grateful for your urgent advice. Regards, Niamh Reilly",
        U,
    ),
    (
        "en",
        "Dear Mr Adeyemi, thank you for Thursday. I thought I should let you know that since this morning I have had a heavy, crushing feeling in my chest that goes into my left arm. Kind regards, Brian Cole",
        U,
    ),
    (
        "es",
        "Asunto: paciente Rosa Llorente. Buenas tardes: soy su hija. Desde esta tarde mi madre no nos reconoce y dice cosas sin sentido. Les agradecería una respuesta urgente. Saludos cordiales",
        U,
    ),
    (
        "es",
        "Estimado Dr. Benítez: gracias por todo. Le informo de que desde esta mañana noto una opresión fuerte en el pecho que me baja al brazo izquierdo. Un cordial saludo, Tomás Rey",
        U,
    ),
    (
        "fr",
        "Objet : M. Lucien Barre, dossier 55102. Bonsoir, je suis sa fille. Depuis 18 h il crache du sang rouge vif. Je vous remercie de votre réponse rapide. Cordialement, Élodie Barre",
        U,
    ),
    (
        "fr",
        "Cher Docteur Lambert, merci pour jeudi. Je me permets de vous signaler que depuis ce matin j'ai une oppression dans la poitrine qui irradie dans le bras gauche. Bien à vous, Henri Voisin",
        U,
    ),
    (
        "de",
        "Betreff: Patient Karl Ostermann, Fallnr. 77310. Guten Abend, ich bin die Tochter. Seit etwa 18 Uhr hustet er hellrotes Blut ab. Für eine rasche Rückmeldung wäre ich dankbar. Freundliche Grüße",
        U,
    ),
    (
        "de",
        "Sehr geehrter Herr Dr. Lorenz, vielen Dank für Donnerstag. Ich möchte Ihnen mitteilen, dass ich seit heute Morgen einen starken Druck auf der Brust habe, der in den linken Arm zieht. Mit freundlichen Grüßen, Werner Stahl",
        U,
    ),
    (
        "pt",
        "Assunto: paciente Joaquim Duarte, prontuário 30917. Boa noite, sou a filha. Desde as seis ele está tossindo sangue vivo. Agradeço um retorno urgente. Atenciosamente, Marta Duarte",
        U,
    ),
    (
        "pt",
        "Prezado Dr. Fonseca, obrigado por quinta. Venho informar que desde hoje de manhã sinto um aperto forte no peito que desce pro braço esquerdo. Cordialmente, Álvaro Reis",
        U,
    ),
    (
        "vi",
        "Tiêu đề: bệnh nhân Trần Văn Lộc, mã hồ sơ 55213. Chào bác sĩ, tôi là con gái. Từ 6 giờ chiều bố tôi ho ra máu đỏ tươi. Rất mong bác sĩ phản hồi sớm. Trân trọng",
        U,
    ),
    (
        "vi",
        "Kính gửi bác sĩ Phong, cảm ơn bác sĩ hôm thứ Năm. Tôi xin báo từ sáng nay tôi bị đau thắt ngực, lan xuống cánh tay trái. Trân trọng, Minh",
        U,
    ),
    (
        "zh-Hans",
        "主题：患者赵国强，住院号55102。晚上好，我是他女儿。他从六点开始咳鲜红的血。盼尽快回复。谢谢",
        U,
    ),
    (
        "zh-Hans",
        "尊敬的周医生：谢谢您周四的手术。想告诉您，我从今天早上开始胸口像压了块石头，还往左胳膊上窜。此致敬礼，孙明",
        U,
    ),
    (
        "ar",
        "الموضوع: المريض سليم عودة، رقم الملف 55102. مساء الخير، أنا ابنته. من الساعة ستة وهو يكح دم أحمر فاتح. أرجو الرد السريع. مع الشكر",
        U,
    ),
    (
        "ar",
        "حضرة الدكتور ماهر المحترم، شكراً على يوم الخميس. أحب أبلغك أنه من الصبح في ضغط قوي على صدري بيمتد لإيدي الشمال. مع التحية، عادل",
        U,
    ),
    # 4. the sign rated on a scale of ten or by what the patient can still do (urgent); an
    # ordinary after-effect rated, a rating from before the procedure beside a lower one now,
    # drowsiness followed by a crossword or the paper (controls)
    (
        "en",
        "Back pain came on out of nowhere an hour ago, easily 9 out of 10, worst I've ever had, nothing touches it",
        U,
    ),
    (
        "en",
        "My wife could walk round the garden yesterday, today she can only manage a couple of shuffles with the frame before her legs buckle",
        U,
    ),
    (
        "en",
        "It took the two of us to lift Grandad onto the commode this morning, his legs just won't take his weight since last night",
        U,
    ),
    (
        "en",
        "Pain's about a 3 out of 10 now, down from a 6 on Monday. Is it ok to stop the co-codamol?",
        Q,
    ),
    (
        "en",
        "Walked to the post office and back today, a bit achy at the needle site after, maybe 2/10. Is that about right for day five?",
        Q,
    ),
    (
        "en",
        "Mum was a bit sleepy the evening after the sedation but this morning she did the whole crossword and is bossing us about. Can she have a bath?",
        Q,
    ),
    (
        "es",
        "Dolor de espalda de repente, un 10 de 10, no me deja ni respirar del dolor y baja por toda la pierna",
        U,
    ),
    (
        "es",
        "Mi suegro ayer andaba por el pasillo con el andador y hoy no da ni tres pasos, se le doblan las rodillas",
        U,
    ),
    (
        "es",
        "El dolor está en un 2 de 10, mucho mejor que antes. Hoy fui andando a la farmacia. ¿Puedo dejar el paracetamol?",
        Q,
    ),
    (
        "es",
        "Mi abuela estuvo algo adormilada por la sedación, pero hoy ha hecho el crucigrama del periódico ella sola. ¿Cuándo puede ducharse?",
        Q,
    ),
    (
        "fr",
        "Douleur dans le dos arrivée d'un coup il y a une heure, 9 sur 10, jamais eu aussi mal de ma vie",
        U,
    ),
    (
        "fr",
        "Ma femme faisait le tour du jardin hier, aujourd'hui elle ne fait même pas trois pas avec le déambulateur, ses genoux lâchent",
        U,
    ),
    ("fr", "Douleur à 3/10 maintenant, contre 6 lundi. Je peux arrêter le tramadol ?", Q),
    (
        "fr",
        "Ma mère était un peu dans les vapes le soir de la sédation, ce matin elle a fini sa grille de sudoku et lu le journal. Elle peut prendre une douche ?",
        Q,
    ),
    (
        "de",
        "Rückenschmerz ganz plötzlich vor einer Stunde, 9 von 10, so schlimm war es noch nie",
        U,
    ),
    (
        "de",
        "Meine Frau ist gestern noch durch den Garten gelaufen, heute schafft sie mit dem Rollator keine drei Schritte, die Knie knicken weg",
        U,
    ),
    (
        "de",
        "Der Schmerz liegt jetzt bei 3 von 10, am Montag war es noch 6. Kann ich das Ibuprofen weglassen?",
        Q,
    ),
    (
        "de",
        "Opa war am Abend nach der Narkose noch etwas duselig, heute früh hat er sein Kreuzworträtsel gelöst und die Zeitung gelesen. Darf er baden?",
        Q,
    ),
    ("pt", "Dor nas costas do nada faz uma hora, nota 9 de 10, nunca senti nada igual", U),
    (
        "pt",
        "Minha esposa ontem andava pelo quintal, hoje não dá nem três passos com o andador, os joelhos dobram",
        U,
    ),
    ("pt", "A dor tá em 3 de 10 agora, na segunda era 6. Posso parar o tramadol?", Q),
    (
        "pt",
        "Minha avó ficou meio molinha com a sedação, mas hoje fez as palavras cruzadas sozinha e leu o jornal. Pode tomar banho?",
        Q,
    ),
    ("vi", "Lưng đau dữ dội đột ngột một tiếng trước, 9 trên 10, chưa bao giờ đau thế này", U),
    (
        "vi",
        "Hôm qua vợ tôi còn đi quanh vườn, hôm nay chống khung tập đi không nổi ba bước, đầu gối cứ khuỵu",
        U,
    ),
    ("vi", "Giờ đau còn khoảng 3 trên 10, thứ Hai là 6. Em ngưng thuốc giảm đau được không?", Q),
    (
        "vi",
        "Bà em tối hôm tiêm thuốc an thần hơi lừ đừ, sáng nay bà tự giải ô chữ và đọc báo. Bà tắm được chưa?",
        Q,
    ),
    ("zh-Hans", "一个小时前腰突然疼起来，疼到9分（满分10分），这辈子没这么疼过", U),
    ("zh-Hans", "我老伴昨天还能在院子里走一圈，今天扶着助行器连三步都走不了，膝盖直打软", U),
    ("zh-Hans", "现在疼大概3分（满分10分），周一还是6分。止疼药可以停了吗？", Q),
    (
        "zh-Hans",
        "我奶奶打完镇静那天晚上有点迷糊，今天早上自己做了填字游戏还看了报纸。能洗澡了吗？",
        Q,
    ),
    ("ar", "وجع ظهر فجأة من ساعة، 9 من 10، عمري ما حسيت هيك وجع", U),
    (
        "ar",
        "مرتي مبارح كانت تمشي بالحديقة، اليوم مع المشاية ما بتقدر تمشي ولا تلات خطوات، ركبها عم تنطوي",
        U,
    ),
    ("ar", "الوجع هلق تقريباً 3 من 10، يوم الاثنين كان 6. بقدر أوقف المسكن؟", Q),
    (
        "ar",
        "ستي كانت نعسانة شوي بعد المخدر، بس اليوم الصبح حلت الكلمات المتقاطعة لحالها وقرت الجريدة. بتقدر تتحمم؟",
        Q,
    ),
    (
        "en",
        "Before the op my back was a 9 out of 10, now it's a 3. Can I cut down the painkillers?",
        Q,
    ),
    ("es", "Antes de la operación el dolor era un 9 de 10, ahora un 3. ¿Bajo la dosis?", Q),
    (
        "fr",
        "Avant l'intervention la douleur était à 9/10, maintenant à 3/10. Je peux réduire les antalgiques ?",
        Q,
    ),
    (
        "de",
        "Vor dem Eingriff lagen die Schmerzen bei 9 von 10, jetzt bei 3. Kann ich die Tabletten reduzieren?",
        Q,
    ),
    ("pt", "Antes do procedimento a dor era 9 de 10, agora tá em 3. Posso diminuir o remédio?", Q),
    ("vi", "Trước khi bơm xi măng đau 9/10, giờ chỉ còn 3/10. Em giảm thuốc được chưa?", Q),
    ("zh-Hans", "做手术前腰疼有9分，现在只有3分了，止疼药能减量吗？", Q),
    ("ar", "قبل العملية كان الوجع 9 من 10، هلق صار 3. بقدر خفف المسكن؟", Q),
    (
        "en",
        "Since lunchtime Mum can't get from the chair to the loo without two of us holding her, her legs just fold",
        U,
    ),
    (
        "es",
        "Desde el mediodía mi madre no llega del sillón al baño si no la sujetamos entre dos, las piernas no la sostienen",
        U,
    ),
    (
        "fr",
        "Depuis midi ma mère ne va plus du fauteuil aux toilettes sans qu'on la tienne à deux, ses jambes ne la portent plus",
        U,
    ),
    (
        "de",
        "Seit Mittag schafft es Mama nur noch zu zweit gestützt vom Sessel zur Toilette, die Beine geben nach",
        U,
    ),
    (
        "pt",
        "Desde o almoço minha mãe não vai da poltrona ao banheiro sem dois segurando, as pernas não aguentam",
        U,
    ),
    (
        "vi",
        "Từ trưa mẹ em phải hai người dìu mới đi từ ghế vào nhà vệ sinh được, chân cứ sụm xuống",
        U,
    ),
    ("zh-Hans", "从中午开始我妈从椅子到厕所得两个人架着才行，腿一直发软站不住", U),
    (
        "ar",
        "من الضهر أمي ما بتقدر توصل من الكنباية للحمام إلا واحنا تنين ماسكينها، رجليها ما عم تحملها",
        U,
    ),
    (
        "en",
        "Tiredness about a 4 out of 10 today, managed a short walk to the end of the road. Is it normal to still need a nap?",
        Q,
    ),
    (
        "es",
        "El cansancio hoy en un 4 de 10, di un paseíto hasta la esquina. ¿Es normal necesitar siesta todavía?",
        Q,
    ),
    (
        "de",
        "Müdigkeit heute so 4 von 10, ich war kurz bis zur Ecke spazieren. Ist es normal, dass ich noch Mittagsschlaf brauche?",
        Q,
    ),
    ("zh-Hans", "今天累的程度大概4分，下楼走了一小圈。还要睡午觉正常吗？", Q),
    # 5. words the rules lacked: wetting oneself unnoticed, a numb seat, Austrian and Swabian
    # German (urgent); a leak since childbirth (controls)
    (
        "en",
        "Woke up and the bed was wet, I never felt myself go, and my bum and the insides of my thighs feel like they're not mine",
        U,
    ),
    (
        "es",
        "Me he meado encima sin darme cuenta y tengo el culo como dormido, no noto nada al limpiarme",
        U,
    ),
    (
        "es",
        "Se me escapa un poco el pis al toser desde los partos, de siempre. ¿Afecta a la operación?",
        Q,
    ),
    (
        "fr",
        "Je me suis réveillée mouillée, j'ai fait pipi sans m'en rendre compte, et le bas des fesses est tout insensible",
        U,
    ),
    (
        "fr",
        "Mon père ne sent plus rien entre les jambes depuis hier soir, il dit que c'est comme du carton",
        U,
    ),
    ("de", "Da Opa is seit heit Mittag ganz wirr, redt nur Blödsinn und i kriag ihn kaum wach", U),
    ("de", "Mei Frau schnauft ganz flach ond schnell, ond d'Lippa sen ganz blau", U),
    (
        "de",
        "Seit den Geburten tröpfelt es beim Niesen, schon immer. Spielt das für die OP eine Rolle?",
        Q,
    ),
    (
        "pt",
        "Acordei molhada, fiz xixi sem perceber, e a bunda tá toda dormente, não sinto nada quando me limpo",
        U,
    ),
    ("vi", "Sáng dậy ướt hết quần mà không hay mình tè lúc nào, mông tê rần không cảm giác gì", U),
    (
        "pt",
        "Desde os partos escapa um pouquinho de xixi quando espirro, sempre foi assim. Atrapalha o procedimento?",
        Q,
    ),
    ("zh-Hans", "早上醒来裤子湿了，尿了都不知道，屁股一圈木木的没感觉", U),
    ("ar", "صحيت لقيت حالي مبلولة وما حسيت إني عملت حمام، وقعدتي كلها خدرانة ما بحس فيها", U),
    ("zh-Hans", "生完孩子以后打喷嚏就会漏一点尿，一直都这样。对手术有影响吗？", Q),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND25_KINDS)
def test_urgent_blind_kinds_25(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND25_KINDS if locale == tag]
        assert rows.count(U) >= 12 and rows.count(Q) >= 12, tag
