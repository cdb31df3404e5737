"""Urgent signs by kind, the thirtieth blind set's (tests/data/urgent_blind_30/, issue 17).

Written after the set was first read (session 36): its 1 miss and 6 false alarms with the
word model (0.990 / 6.2 %; rules alone 0.885 / 6.2 %, 11 misses), and patient set 28's two
false alarms, were read as kinds, and each kind written here in situations of our own (other
people, other body words, other moments of the day) in every locale, urgent rows and controls
of the same kind:

1. urine held back told by a child or a relative as nothing coming out, the belly big and
   hard, in a child's spelling (3 of the set's misses, rules alone): Spanish "acer", "a echo",
   "dise", "inchada", German "mer", "komt", Portuguese "chichi" are respelled; "needs a wee
   but can't do one", "rien qui sort", "es kommt nix raus", "ما نزلش بول" are ``incontinence``;
2. a dressing gone red and soggy and dripping onto a sofa or a sheet, told by a child (2
   misses): "blood has gone on his shirt", "vermeio de sangue e pingou no lençol";
3. someone who cannot be woken, eyes opening and closing again, words not understood, or a
   collapse in a regional speech (the miss with the model, Southern Vietnamese "kêu hoài mà ko
   dậy", and a Northeastern Chinese one: "一头栽", "叫了半天才缓过来", "说话整不明白"; Levantine
   "ما عم يفيق", "بيفتح عيونه وبيسكرهن"); a long nap after the hospital and a meal (controls);
4. the chest told by a child as a stone lying on it (1 miss: "好像有块大石头压着", "un gros
   caillou sur la poitrine");
5. the sign wrapped in doubt: a dressing that smells with yellow fluid and chills (1 miss:
   Portuguese "mau cheiro", "arrepios de frio"); an ordinary after-effect in the same doubt, a
   bruise fading and yellowish (1 false alarm: the yellow right after a bruise's name is the
   bruise's, ``urgent_whose.bruise_colour``; Spanish "moratón" is a ``bruise``);
6. a sudden shooting pain "worse than ever" after a routine moment, running down to the calf
   (1 miss: "in den Rücken geschossen", "pire que jamais", "pior que nunca", "une décharge
   jusqu'au mollet");
7. a fever that postponed the procedure, treated and over, with an ordinary question (3 false
   alarms: postponed "because", "aplazada porque", "repoussée parce que", "verschoben wegen",
   "adiada por", "hoãn vì", 因为...推迟, "تأجلت ... بسبب" are ``long_standing``); the same fever
   back now (urgent);
8. a sign word about a trip or a wedding to come (1 false alarm: German "kriege ich da ..." is
   ``future``);
9. a child's ordinary message about a grandparent still to have the cement who "always gets
   puffed out" on a hill (1 false alarm: English "always gets" is ``long_standing``, "is
   getting the cement next week" ``planned``);
10. Moroccan Arabizi for legs gone numb and not standing (1 miss: "rjliya", "mtkhdrin",
    "n9der", "nw9ef" respelled);
11. patient set 28's false alarms: the team putting one under ("vão me apagar") is no faint,
    a fast that makes one faint each time ("nhịn lâu là xỉu", "hễ ... là") is a Vietnamese
    ``habit``, of old unless tied to now ("từ tối qua").

130 rows (69 urgent, 61 quiet). The first 128 were written before any change: 7 failed with
the model on the code before (the fever before the procedure in es and pt, the trip in de, the
child's grandad puffed out, the Portuguese sedation twice, a Vietnamese nap read by the model)
and 13 urgent rows passed only by the model; the last 2 (block 11) after the changes. After the
changes and the refit every row passes, every urgent row by the rules alone. Never a blind
message's words: the set's messages were read as kinds, then written anew. The word model is
fitted on these rows too (``scripts/fit_urgent_model.py`` reads ``BLIND30_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND30_KINDS = [
    # 1. urine held back told by a child or a relative as nothing coming out, the belly big and
    # sore, in a child's spelling (urgent); a child's ordinary toilet worries (controls)
    (
        "en",
        "my nana keeps going to the loo but nothing comes out since last nite and her tummy is all big and hard",
        U,
    ),
    (
        "en",
        "grandpa sed he needs a wee really bad but he cant do one at all and his belly is swole up",
        U,
    ),
    (
        "en",
        "my grandad is doing lots of wees today because he drinks loads of water the nurse said to, is that ok",
        Q,
    ),
    (
        "es",
        "mi abuela dise que quiere acer pis pero no le sale nada desde la mañana y tiene la tripa muy inchada",
        U,
    ),
    (
        "es",
        "mi abuelo no a echo pis en todo el dia y le duele la barriga, la tiene dura como una pelota",
        U,
    ),
    (
        "es",
        "mi abuelo hace mucho pis porque bebe mucha agua como le dijo la enfermera, eso esta bien?",
        Q,
    ),
    (
        "fr",
        "mon papi il dit qu'il a envi de faire pipi mais ya rien qui sort depuis hier soir et son ventre il est tout gonflé",
        U,
    ),
    (
        "fr",
        "ma mamie elle arrive pa a faire pipi depui ce matin elle a mal au ventre il est tout dur",
        U,
    ),
    (
        "fr",
        "mon papi va souvent aux toilettes parce qu'il boit beaucoup d'eau comme l'infirmière a dit, c'est normal ?",
        Q,
    ),
    (
        "de",
        "meine oma muss ganz dringend aufs klo aber es kommt nix seit heute morgen und ihr bauch ist ganz dick",
        U,
    ),
    (
        "de",
        "opa kann seit gestern abend nich pinkeln obwol er muss, sein bauch tut weh und ist hart",
        U,
    ),
    (
        "de",
        "mein opa geht ganz oft aufs klo weil er so viel wasser trinkt wie die schwester gesagt hat, ist das ok?",
        Q,
    ),
    (
        "pt",
        "meu avô diz que quer fazer xixi mas não sai nada desde ontem e a barriga dele tá inchada e dura",
        U,
    ),
    (
        "pt",
        "a minha avó não consegue fazer chichi desde manhã, diz que a barriga está a rebentar",
        U,
    ),
    (
        "pt",
        "meu avô faz muito xixi porque bebe bastante água como a enfermeira mandou, tá tudo bem?",
        Q,
    ),
    ("vi", "ông nội con nói mắc tiểu lắm mà đi không ra được từ tối qua, bụng ông căng cứng", U),
    ("vi", "bà ngoại con đi vệ sinh hoài mà không ra nước tiểu, bụng bà phình to và đau", U),
    ("vi", "ông con đi tiểu nhiều lần vì uống nhiều nước như cô y tá dặn, vậy có sao không ạ", Q),
    ("zh-Hans", "我爷爷说他很想尿尿但是从昨天晚上到现在一点都尿不出来，肚子鼓鼓的很硬", U),
    ("zh-Hans", "奶奶一直想上厕所可是尿不出来，她说肚子胀得好痛", U),
    ("zh-Hans", "我爷爷因为护士说要多喝水所以老是上厕所，这样可以吗", Q),
    ("ar", "جدي بيقول إنه محصور بس ما بيطلع معه بول من امبارح وبطنه منفوخة وقاسية", U),
    ("ar", "ستي من الصبح بتحاول تعمل حمام وما بينزل شي، بطنها واجعها ومنفخة", U),
    ("ar", "جدي صار يروح عالحمام كتير لأنه بيشرب مي كتير متل ما قالت الممرضة، هيك عادي؟", Q),
    # 2. the dressing soaked and dripping, told by a child (urgent); a child's small plaster
    # worries (controls)
    (
        "en",
        "the plaster on grandmas back has gone all red and wet and theres blood on the sheets and it keeps comin",
        U,
    ),
    (
        "en",
        "my grandpas plaster has a tiny brown dot on it from yesterday, it is dry, can we change it",
        Q,
    ),
    (
        "es",
        "el parche de la espalda de mi abuela esta todo rojo de sangre y a mojado la sabana, no para",
        U,
    ),
    (
        "es",
        "mi abuelo tiene una tirita en la espalda con un puntito marron seco, se la podemos cambiar?",
        Q,
    ),
    (
        "fr",
        "le pansement de mon papi il est plein de sang tout rouge et ça coule sur son tee shirt ça s'arrete pas",
        U,
    ),
    ("fr", "le pansement de ma mamie a un petit point marron tout sec, on peut le changer ?", Q),
    (
        "de",
        "das pflaster von opa ist ganz rot vom blut und es tropft aufs sofa und hört nich auf",
        U,
    ),
    (
        "de",
        "omas pflaster hat einen kleinen braunen punkt von gestern, der ist trocken. dürfen wir es wechseln?",
        Q,
    ),
    (
        "pt",
        "o curativo da minha vó tá todo vermeio de sangue e molhou a cama toda, não para de sair",
        U,
    ),
    ("pt", "o curativo do meu avô tem um pontinho marrom sequinho, a gente pode trocar?", Q),
    ("vi", "miếng băng sau lưng ông nội con đỏ hết máu, máu chảy ướt cả áo mà không ngừng", U),
    ("vi", "miếng băng của bà con có một chấm nâu nhỏ đã khô rồi, con thay được không ạ", Q),
    ("zh-Hans", "我外公背上的纱布全是血，红红的湿透了，还一直往下滴", U),
    ("zh-Hans", "我奶奶背上的创可贴有一个小小的干了的咖啡色点点，可以换吗", Q),
    ("ar", "اللزقة اللي على ضهر جدتي صارت كلها حمرا من الدم والدم نازل على الفرشة وما عم يوقف", U),
    ("ar", "اللزقة اللي على ضهر جدي فيها نقطة بنية صغيرة ناشفة، فينا نغيرها؟", Q),
    # 3. someone who cannot be woken, eyes opening and closing, words not understood, or a fall
    # on the floor in a regional or child's speech (urgent); a nap after the sedation (controls)
    (
        "en",
        "grandad wont wake up proper, his eyes open for a second then shut again and what he says dont make sense",
        U,
    ),
    (
        "en",
        "grandad had a long nap after the hospital and then woke up and ate his tea and played cards with me",
        Q,
    ),
    (
        "es",
        "mi abuelo no se despierta bien, abre los ojos y los vuelve a cerrar y no se le entiende nada lo que dice",
        U,
    ),
    (
        "es",
        "mi abuela durmió una siesta muy larga al volver del hospital y luego merendó y vio la tele conmigo",
        Q,
    ),
    (
        "fr",
        "papi se reveille pas vraiment, il ouvre les yeux et les referme tout de suite et on comprend rien a ce qu'il dit",
        U,
    ),
    (
        "fr",
        "mamie a fait une grosse sieste en rentrant puis elle a goûté et joué aux cartes avec moi",
        Q,
    ),
    (
        "de",
        "opa wird nich richtig wach, er macht die augen kurz auf und gleich wieder zu und man versteht nix was er sagt",
        U,
    ),
    (
        "de",
        "oma hat nach dem krankenhaus lange geschlafen und dann kuchen gegessen und mit mir uno gespielt",
        Q,
    ),
    (
        "pt",
        "meu vô não acorda direito, abre o olho e fecha de novo e a gente não entende nada do que ele fala",
        U,
    ),
    (
        "pt",
        "minha vó dormiu muito quando voltou do hospital e depois lanchou e jogou dominó comigo",
        Q,
    ),
    (
        "vi",
        "ông ngoại con kêu hoài mà ông không tỉnh hẳn, mở mắt ra rồi nhắm lại liền, nói gì con nghe không hiểu",
        U,
    ),
    ("vi", "bà nội con ngủ trưa lâu lắm sau khi về nhà, dậy thì ăn cơm rồi coi tivi với con", Q),
    ("zh-Hans", "俺爹下午在院子里一头栽地上了，喊了老半天才醒，现在迷迷瞪瞪的，说话也整不明白", U),
    ("zh-Hans", "我姥爷从医院回来睡了好久，醒了以后吃了饭还和我下棋", Q),
    ("ar", "جدي ما عم يفيق منيح، بيفتح عيونه وبيسكرهن دغري وما منفهم شو عم يحكي", U),
    ("ar", "ستي نامت كتير بعد ما رجعت من المستشفى وبعدين أكلت ولعبت معي ورق", Q),
    # 4. the chest told as a weight or a stone by a child (urgent)
    (
        "en",
        "my grandma says it feels like a big rock is sitting on her chest and shes all sweaty",
        U,
    ),
    (
        "es",
        "mi abuela dice que siente como una piedra muy grande encima del pecho y esta sudando mucho",
        U,
    ),
    (
        "fr",
        "ma mamie dit qu'elle a comme un gros caillou sur la poitrine et elle transpire beaucoup",
        U,
    ),
    (
        "de",
        "meine oma sagt es fühlt sich an als ob ein großer stein auf ihrer brust liegt und sie schwitzt total",
        U,
    ),
    (
        "pt",
        "minha vó disse que parece que tem uma pedra enorme em cima do peito dela e ela tá suando muito",
        U,
    ),
    ("vi", "bà nội con nói ngực bà như có cục đá lớn đè lên, bà ra mồ hôi nhiều lắm", U),
    ("zh-Hans", "我外婆说她胸口像压了一块大石头，喘不过气，一直出汗", U),
    ("ar", "ستي بتقول كأنه في حجرة كبيرة على صدرها وعم تعرق كتير", U),
    # 5. the sign wrapped in doubt (urgent): a wound smelling with yellow fluid and shivers, a
    # shooting pain after a routine moment; an ordinary after-effect wrapped in doubt, a bruise
    # fading and yellowish (controls)
    (
        "en",
        "Probably nothing, but the dressing smells off and some yellowish stuff has come out, and I had the shivers half the night.",
        U,
    ),
    (
        "en",
        "Not sure it matters, but there is a yellowish bruise beside the dressing, it doesn't hurt and it's smaller than yesterday.",
        Q,
    ),
    (
        "es",
        "Igual no es nada, pero el apósito huele mal, ha salido un líquido amarillento y esta noche he tenido escalofríos.",
        U,
    ),
    (
        "es",
        "A lo mejor no es nada: tengo un cardenal verdoso junto a la herida, no duele y cada día es más pequeño.",
        Q,
    ),
    (
        "fr",
        "C'est peut-être rien, mais le pansement sent mauvais, il a coulé un liquide jaunâtre et j'ai eu des frissons toute la nuit.",
        U,
    ),
    (
        "fr",
        "Je ne sais pas si c'est important : j'ai un bleu jaunâtre à côté du pansement, il ne fait pas mal et il rétrécit.",
        Q,
    ),
    (
        "de",
        "Vielleicht ist es nichts, aber der Verband riecht komisch, es kam gelbliche Flüssigkeit raus und ich hatte nachts Schüttelfrost.",
        U,
    ),
    (
        "de",
        "Keine Ahnung, ob das wichtig ist: neben dem Pflaster ist ein gelblicher blauer Fleck, tut nicht weh und wird kleiner.",
        Q,
    ),
    (
        "pt",
        "Pode não ser nada, mas o penso cheira mal, saiu um líquido amarelado e à noite tive calafrios.",
        U,
    ),
    (
        "pt",
        "Não sei se é importante: tenho uma nódoa negra amarelada ao lado do penso, não dói e está a ficar mais pequena.",
        Q,
    ),
    (
        "vi",
        "Chắc không có gì, nhưng miếng băng có mùi hôi, chảy ra nước vàng vàng, tối qua tôi còn ớn lạnh run cả người.",
        U,
    ),
    (
        "vi",
        "Không biết có sao không: cạnh miếng băng có vết bầm hơi vàng, không đau và nhỏ hơn hôm qua.",
        Q,
    ),
    ("zh-Hans", "可能没什么，但是纱布有股臭味，流出来一些黄黄的水，昨晚还冷得发抖。", U),
    ("zh-Hans", "不知道要不要紧：纱布旁边有一块发黄的淤青，不疼，比昨天小了。", Q),
    (
        "ar",
        "يمكن ما في شي، بس الضمادة ريحتها مش طيبة وطلع منها سائل أصفر، وبالليل صرت أرجف من البرد.",
        U,
    ),
    ("ar", "ما بعرف إذا مهم: في كدمة صفرا جنب الضمادة، ما بتوجع وعم تصغر.", Q),
    # 6. a sudden shooting pain after a routine moment of the day (urgent); stiffness after one
    # (controls)
    (
        "en",
        "After doing the washing up it suddenly shot through my back, worse than ever, stabbing right down into my calf.",
        U,
    ),
    (
        "en",
        "After the washing up my back felt a bit stiff, it eased once I sat down with a cuppa.",
        Q,
    ),
    (
        "es",
        "Después de fregar los platos me dio un latigazo en la espalda, peor que nunca, y me baja hasta el tobillo.",
        U,
    ),
    (
        "fr",
        "Après avoir fait la vaisselle, ça m'a pris d'un coup dans le dos, pire que jamais, une décharge jusqu'au mollet.",
        U,
    ),
    (
        "de",
        "Nach dem Abwasch hat es mir auf einmal in den Rücken geschossen, schlimmer als je zuvor, bis runter in die Wade.",
        U,
    ),
    (
        "de",
        "Nach dem Abwasch war der Rücken etwas steif, nach einer Tasse Tee im Sessel ging es wieder.",
        Q,
    ),
    (
        "pt",
        "Depois de lavar a louça deu-me uma pontada nas costas, pior do que nunca, a descer até à barriga da perna.",
        U,
    ),
    (
        "vi",
        "Rửa chén xong tự nhiên lưng tôi đau nhói như điện giật, đau hơn bao giờ hết, lan xuống tận bắp chân.",
        U,
    ),
    ("zh-Hans", "洗完碗突然腰上一阵剧痛，从来没这么疼过，像过电一样一直窜到小腿。", U),
    ("ar", "بعد ما جليت الصحون فجأة ضربني وجع بضهري أقوى من أي مرة، نازل لحد بطة رجلي.", U),
    # 7. a fever that postponed the procedure, treated and over, with an ordinary question
    # (controls); the same fever back now (urgent)
    (
        "en",
        "My procedure was put off in March because I had a chest infection with a high fever. Antibiotics sorted it and it was done on Tuesday. When can I drive?",
        Q,
    ),
    (
        "en",
        "They postponed my op last month because of a fever from a water infection. It was done on Monday and tonight the fever is back at 38.9.",
        U,
    ),
    (
        "es",
        "Me retrasaron la vertebroplastia porque en enero tuve fiebre alta con una infección de orina. Ya curada, me la hicieron el jueves. ¿Cuándo puedo conducir?",
        Q,
    ),
    (
        "es",
        "Me aplazaron la operación el mes pasado por una fiebre. Me la hicieron el martes y desde anoche vuelvo a tener 39 de fiebre.",
        U,
    ),
    (
        "fr",
        "On a reporté mon intervention en janvier à cause d'une fièvre avec une bronchite. Soignée, guérie, et on me l'a faite lundi. Quand puis-je reprendre la voiture ?",
        Q,
    ),
    (
        "fr",
        "Mon opération avait été reportée à cause d'une fièvre le mois dernier. Faite mardi, et depuis cette nuit la fièvre est revenue à 39.",
        U,
    ),
    (
        "de",
        "Mein Eingriff wurde im Januar verschoben, weil ich Fieber mit einer Bronchitis hatte. Das ist ausgeheilt, gemacht wurde er am Montag. Wann darf ich Auto fahren?",
        Q,
    ),
    (
        "de",
        "Der Eingriff wurde letzten Monat wegen Fieber verschoben. Am Dienstag wurde er gemacht und seit heute Nacht habe ich wieder 39 Fieber.",
        U,
    ),
    (
        "pt",
        "Adiaram a minha cirurgia em janeiro porque tive febre alta com uma infeção urinária. Já estou curada e fiz na quinta. Quando posso conduzir?",
        Q,
    ),
    (
        "pt",
        "Adiaram meu procedimento mês passado por causa de uma febre. Fiz na terça e desde ontem à noite a febre voltou, 39.",
        U,
    ),
    (
        "vi",
        "Tháng trước tôi bị hoãn mổ vì sốt cao do viêm phổi, uống kháng sinh khỏi hẳn rồi, hôm thứ hai đã làm xong. Khi nào tôi được lái xe?",
        Q,
    ),
    (
        "vi",
        "Tháng trước bị hoãn mổ vì sốt, thứ ba mới làm xong, mà từ tối qua tôi sốt lại 39 độ.",
        U,
    ),
    (
        "zh-Hans",
        "上个月因为肺炎发高烧手术推迟了，吃了抗生素已经全好了，周一做完了。什么时候可以开车？",
        Q,
    ),
    ("zh-Hans", "上个月因为发烧手术推迟了，周二才做完，结果从昨晚开始又烧到39度。", U),
    (
        "ar",
        "تأجلت عمليتي بشهر كانون الثاني بسبب حرارة والتهاب رئة، أخدت المضاد الحيوي وطبت تماماً، وعملتها يوم الاثنين. إيمتى فيني سوق السيارة؟",
        Q,
    ),
    (
        "ar",
        "تأجلت عمليتي الشهر الماضي بسبب حرارة، عملتها يوم الثلاثاء ومن امبارح بالليل رجعت الحرارة ٣٩.",
        U,
    ),
    # 8. a sign word about a future event, nothing happening now (controls)
    (
        "en",
        "We're flying to Spain in June, four hours. Will my legs go numb sitting that long so soon after the cement?",
        Q,
    ),
    (
        "es",
        "En junio vamos en autobús a Galicia, ocho horas. ¿Se me dormirán las piernas de estar tanto sentada, tan pronto después del cemento?",
        Q,
    ),
    (
        "fr",
        "En juin on part en car en Bretagne, huit heures de route. Est-ce que j'aurai les jambes engourdies à force d'être assise, si peu de temps après le ciment ?",
        Q,
    ),
    (
        "de",
        "Im Juni fliegen wir nach Mallorca, drei Stunden. Bekomme ich da vom langen Sitzen taube Füße, so kurz nach der Zementierung?",
        Q,
    ),
    (
        "de",
        "Zur Hochzeit meiner Enkelin im August muss ich lange stehen. Kippe ich da womöglich um, so kurz nach dem Eingriff?",
        Q,
    ),
    (
        "pt",
        "Em junho vamos de autocarro ao Algarve, seis horas. Vou ficar com as pernas dormentes de estar sentada tanto tempo, logo depois do cimento?",
        Q,
    ),
    (
        "vi",
        "Tháng sáu nhà tôi đi xe đò về quê tám tiếng. Ngồi lâu vậy chân tôi có bị tê không, mới bơm xi măng xong?",
        Q,
    ),
    ("zh-Hans", "六月我们要坐八个小时的大巴回老家，刚打完骨水泥，坐那么久腿会不会麻？", Q),
    (
        "ar",
        "بشهر حزيران رايحين بالباص عالضيعة ثمن ساعات. رح تنمل رجليي من القعدة الطويلة، وأنا لسا عاملة العملية؟",
        Q,
    ),
    # 9. a child's ordinary message telling a long-standing breathlessness on effort (controls)
    (
        "en",
        "hi im mia, my grandad is getting the cement in his back next week. can he still take me to the park? he gets puffed out on the hill anyway he always has",
        Q,
    ),
    (
        "es",
        "hola soy lucas, a mi abuelo le ponen el cemento la semana que viene. podra llevarme al parque? siempre se cansa y se ahoga un poco en la cuesta, desde siempre",
        Q,
    ),
    (
        "fr",
        "salut c'est léo, mon papi se fait mettre le ciment dans le dos la semaine prochaine. il pourra m'emmener au foot ? il est toujours essoufflé dans la côte, depuis toujours",
        Q,
    ),
    (
        "pt",
        "oi sou a bia, meu avô vai colocar o cimento nas costas semana que vem. ele vai poder me levar no parque? ele sempre fica sem fôlego na subida, desde sempre",
        Q,
    ),
    # 10. Moroccan Arabizi and Darija for legs gone numb and not standing (urgent); an ordinary
    # question in it (control)
    ("ar", "mn ba3d l'opération rjlia bjouj tkhdro w ma bqitch kan7ss bihom, ma qadrach nw9f", U),
    ("ar", "mama mn nhar dart l'opération ma bqatch kat9der tw9ef, rjliha mtkhdrin", U),
    ("ar", "mn ba3d l'opération ymta n9der nrje3 nsou9 tonobil?", Q),
    # 11. patient set 28's false alarms: the team putting one under for the procedure (pt
    # "apagar", "sedar"), a fast that makes one faint as a habit of long standing (vi "là xỉu")
    # (controls); fainting now (urgent)
    ("pt", "pq preciso ficar sem comer se nem vão me apagar? é só uma picada nas costas", Q),
    ("pt", "eles vão me apagar na hora ou fico acordada durante o cimento?", Q),
    ("pt", "minha mãe apagou no banheiro agora há pouco e não responde direito", U),
    ("vi", "Sao phải nhịn ăn trước khi làm? Ba tôi bị tiểu đường, nhịn lâu là xỉu liền", Q),
    (
        "vi",
        "Mẹ tôi yếu bao tử, hễ đói lâu là xây xẩm, vậy có được uống sữa trước khi làm không?",
        Q,
    ),
    ("vi", "Mẹ tôi vừa xỉu trong nhà tắm, gọi không trả lời", U),
    (
        "vi",
        "Ông nhà tôi đau dạ dày lâu năm, nhịn đói lâu là xỉu, vậy sáng hôm làm có được ăn cháo không?",
        Q,
    ),
    ("vi", "Từ tối qua cứ đứng dậy là mẹ tôi xỉu, mới bơm xi măng hôm thứ hai", U),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND30_KINDS)
def test_urgent_blind_kinds_30(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND30_KINDS if locale == tag]
        assert rows.count(U) >= 5 and rows.count(Q) >= 5, tag
