"""Urgent signs by kind, the twenty-ninth blind set's (tests/data/urgent_blind_29/, issue 17).

Written after the set was first read (session 35): its 8 misses and 8 false alarms with the
word model (0.917 / 8.3 %; rules alone 0.854 / 7.3 %, 14 misses), and patient set 27's two
false alarms, were read as kinds, and each kind written here in situations of our own (other
people, other body words, other signs, other tenses) in every locale, urgent rows and controls
of the same kind:

1. confusion told only as what someone else noticed (block 1; 4 of the set's misses, among
   them the French message session 34's refit had lost): a day asked again and again, a
   relative called by another's name, no answer when called with a blank stare, glasses or a
   phone looked for while held, a dead parent asked after. A sign told in the first person
   inside its own words ("le he preguntado", "perguntei") is the writer's, whoever noticed it
   (``urgent_whose.not_the_patients`` reads the sign's span too; Spanish "he" + participle,
   Portuguese first-person preterites and Arabic "اني" are ``first_person``); new
   ``fainting_confusion`` idioms in every locale; Vietnamese "hỏi ... mất" is ``recent`` (a
   death long ago dates nothing of the sign);
2. the bladder told by someone else or without feeling (block 2; 3 misses): a bed or sheet
   found wet with nothing felt, urine that runs out on its own, nothing felt down below
   (``incontinence`` idioms in every locale); "can't tell if I've been" is no condition
   (English ``hypothetical`` "if" not after "tell");
3. blood coughed up at the end of a long ordinary story (block 3; 1 miss): Spanish "al toser
   he echado sangre" is ``coughing_blood``;
4. a faint told in a spoken register (block 4; 1 miss): Portuguese "caí redonda", "fui ao
   chão", "fanico", "deu-me uma coisa", Arabic "قلبت علي الدنيا ... ووقعت"; falling "redonda"
   into bed is no faint (es, pt);
5. how many gauzes or hours are too many, asked in general (block 5; 4 false alarms): a count
   asked against "too many", "hay que llamar", "c'est trop", "zu viel", "demais", "quá nhiều",
   算多, "كثير" is ``when_to_go`` in every locale; a dressing changed so many times and soaked, a
   towel gone red is ``bleeding`` (es, fr, pt), which only the model had caught; a dressing
   soaked in the shower is none (four rows added after the first refit, which read one);
6. two languages or a dialect mixed (block 6; 4 messages only the model had caught): Moroccan
   "ما بقاش كيحس برجليه", Levantine Arabizi for the chest, sweating and the heart
   (``respellings``: "sadro", "ye3ra2", "2albo", "ktir", "bleeding"), Bavarian "umkippt",
   "woaß ned wo", French "se tient la poitrine";
7. what someone else noticed in the procedure's own hours or the first day home, over for good
   (block 7; 4 false alarms): the evening of the procedure, the recovery room, the first day
   home (``at_procedure``) with the sign told as over for good after it (``gone_now``,
   ``never_again``: "fine since", "ما صار شي") is quiet even for breath or confusion
   (``urgent_whose.over_since_procedure``); Arabic "رجعت طبيعية", "أول يوم رجعت" tell no
   return;
8. patient set 27's false alarms (block 8): walking lost "since the fracture" is
   ``long_standing`` in every locale (b27-ar-011); a relative home the same day asked when to
   get up and walk (b27-en-007, the model's: its opening "had his done this morning and he's
   home now" read as a report) has controls here for the refit, ten more English rows of that
   opening with an ordinary question, and two with a sign, after the second refit still read
   it.

What was left: set 29's c29-zh-Hans-007 (a paleness a carer noticed, the blood pressure normal,
the colour back) is the model's alone, left to the refit (block 7 holds its kind).

153 rows (77 urgent, 76 quiet). The first 121 (blocks 1-5 and 7, part of 6) were written
before any change: 23 failed with the model on the code before (19 urgent rows more passed only
by the model); the other 18 (block 8, the rest of block 6) after the first changes, 4 of them
failing before their own change (walking lost since the fracture in ar, es, vi, zh). After
the changes every row passes by the rules alone. Never a blind message's
words: the set's messages were read as kinds, then written anew. The word model is fitted on
these rows too (``scripts/fit_urgent_model.py`` reads ``BLIND29_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND29_KINDS = [
    # 1. confusion told only as what someone else noticed (urgent); muddled or drowsy in the
    # procedure's own hours and clear since, snoring after the sedation (controls)
    (
        "en",
        "My husband says I kept asking him what month it was all afternoon and called him "
        "by my brother's name. I don't remember any of it. Back was cemented on Friday.",
        U,
    ),
    (
        "en",
        "The lady next door found me sitting on the kitchen floor this morning staring at "
        "the wall, she says I didn't answer when she shouted my name.",
        U,
    ),
    (
        "en",
        "my son says ive been asking where my dad is all evening like he's still alive, he "
        "died in 1998. had the spine injection yesterday",
        U,
    ),
    (
        "en",
        "My wife says I was a bit muddled and dozy the evening of the procedure, but I was "
        "myself again by breakfast and have been fine since.",
        Q,
    ),
    (
        "en",
        "My daughter says I snored like a train the first night after the sedation, it's "
        "stopped now. Is that usual?",
        Q,
    ),
    (
        "es",
        "Mi mujer dice que esta tarde le he preguntado cuatro veces qué día es y que la he "
        "llamado con el nombre de mi madre. Yo no me acuerdo. Me operaron de la columna el "
        "martes.",
        U,
    ),
    (
        "es",
        "La vecina me encontró tirada en el pasillo, dice que no le contestaba cuando me "
        "llamaba y que tenía la mirada perdida. No me acuerdo de nada.",
        U,
    ),
    (
        "es",
        "mi nieto dice que desde ayer busco las gafas y las tengo puestas y que pregunto "
        "por mi marido que murió hace años",
        U,
    ),
    (
        "es",
        "Mi marido dice que la noche de la intervención estaba adormilada y algo "
        "despistada, pero al día siguiente ya estaba normal del todo.",
        Q,
    ),
    (
        "fr",
        "Ma femme dit que depuis ce midi je lui demande sans arrêt quel jour on est et que "
        "je l'ai appelée du prénom de ma soeur. Je ne me rends compte de rien.",
        U,
    ),
    (
        "fr",
        "Mon fils m'a trouvé par terre dans la salle de bain, il dit que je ne réagissais "
        "pas quand il me parlait et que j'avais le regard absent. Je ne me rappelle de "
        "rien.",
        U,
    ),
    (
        "fr",
        "la voisine dit que je cherche mes lunettes alors que je les ai sur le nez et que "
        "je demande après ma mère qui est morte depuis longtemps",
        U,
    ),
    (
        "fr",
        "Mon mari dit que j'étais un peu dans le brouillard le soir de l'intervention, mais "
        "dès le lendemain j'étais tout à fait normale.",
        Q,
    ),
    (
        "de",
        "Meine Frau sagt, ich hätte sie heute Nachmittag dreimal gefragt, welcher Tag ist, "
        "und sie mit dem Namen meiner Schwester angesprochen. Ich merke davon nichts.",
        U,
    ),
    (
        "de",
        "Der Nachbar hat mich heute früh im Flur auf dem Boden sitzend gefunden, er sagt, "
        "ich hätte nicht reagiert, als er mich rief, und ins Leere gestarrt.",
        U,
    ),
    (
        "de",
        "meine enkelin sagt ich suche seit gestern meine brille obwohl ich sie aufhabe und "
        "frage nach meinem mann der seit jahren tot ist",
        U,
    ),
    (
        "de",
        "Mein Mann sagt, ich sei am Abend nach dem Eingriff etwas benommen und schläfrig "
        "gewesen, aber seit dem nächsten Morgen bin ich wieder ganz normal.",
        Q,
    ),
    (
        "pt",
        "O meu marido diz que hoje à tarde lhe perguntei várias vezes em que dia estávamos "
        "e que o chamei pelo nome do meu pai. Eu não me lembro. Fui operada às costas na "
        "terça.",
        U,
    ),
    (
        "pt",
        "A vizinha encontrou-me sentada no chão da sala, diz que eu não respondia quando "
        "ela me chamava e que estava com o olhar parado. Não me lembro de nada.",
        U,
    ),
    (
        "pt",
        "meu neto falou que desde ontem eu procuro o celular que está na minha mão e "
        "pergunto pela minha mãe que já morreu",
        U,
    ),
    (
        "pt",
        "Minha esposa diz que na noite do procedimento eu estava meio sonolento e aéreo, "
        "mas no dia seguinte já estava normal e continuo bem.",
        Q,
    ),
    (
        "vi",
        "Vợ tôi nói chiều nay tôi hỏi đi hỏi lại hôm nay thứ mấy và gọi bà ấy bằng tên em "
        "gái tôi. Tôi không nhớ gì cả. Tôi mới bơm xi măng cột sống hôm qua.",
        U,
    ),
    (
        "vi",
        "Hàng xóm thấy tôi ngồi bệt dưới sàn nhà, gọi mà tôi không trả lời, mắt nhìn vô "
        "hồn. Tôi không nhớ gì.",
        U,
    ),
    (
        "vi",
        "con gái nói từ sáng mẹ cứ hỏi ba đâu trong khi ba mất lâu rồi, còn tìm cái điện "
        "thoại đang cầm trên tay",
        U,
    ),
    (
        "vi",
        "Chồng tôi nói tối hôm làm thủ thuật tôi hơi lơ mơ buồn ngủ, nhưng sáng hôm sau "
        "tỉnh táo bình thường, đến giờ vẫn khỏe.",
        Q,
    ),
    (
        "zh-Hans",
        "老伴说我今天下午问了她好几遍今天星期几，还叫她我妹妹的名字，我自己一点都不记得。前天刚做的椎体成形。",
        U,
    ),
    (
        "zh-Hans",
        "邻居今早发现我坐在门口地上，说叫我我也不答应，眼睛直勾勾的，我什么都想不起来。",
        U,
    ),
    ("zh-Hans", "孙子说我从昨天起一直找手里拿着的手机，还问我早就去世的妈妈去哪了", U),
    ("zh-Hans", "老伴说手术那天晚上我有点迷迷糊糊想睡，第二天早上就完全清醒了，一直都好。", Q),
    (
        "ar",
        "مرتي بتقول إني من بعد الظهر عم إسألها كل شوي شو اليوم، وناديتها باسم أختي. أنا مش "
        "متذكر شي. عملت الإبرة بالضهر مبارح.",
        U,
    ),
    (
        "ar",
        "الجار لقاني قاعد على الأرض في الممر، بيقول إني ما كنت أرد عليه لما يناديني وعيوني "
        "سارحة. ما بتذكر شي.",
        U,
    ),
    (
        "ar",
        "بنتي تقول إني من امبارح أدور على النظارة وهي على عيوني وأسأل عن أبوي الله يرحمه وين راح",
        U,
    ),
    (
        "ar",
        "زوجي بيقول إني كنت دايخة شوي وعايزة أنام ليلة العملية، بس تاني يوم الصبح رجعت "
        "طبيعية ومن ساعتها كويسة.",
        Q,
    ),
    # 2. the bladder told by someone else or without feeling: a bed wet unnoticed, urine that runs
    # on its own (urgent); a leaking hot-water bottle, how many hours without passing water
    # (controls)
    (
        "en",
        "My wife noticed the sheet under me was soaked this morning and I hadn't felt a "
        "thing, never happened before. Had the cement in my spine on Monday.",
        U,
    ),
    (
        "en",
        "Since this afternoon the wee just comes out on its own and I can't feel anything "
        "between my legs. Vertebroplasty Tuesday.",
        U,
    ),
    (
        "en",
        "My granddaughter noticed the sheet was wet this morning, turned out the hot water "
        "bottle had leaked. Can I still use one on my back?",
        Q,
    ),
    (
        "en",
        "How many hours without passing water is too long after this procedure before you "
        "should ring someone? Just asking.",
        Q,
    ),
    (
        "es",
        "Mi hija notó esta mañana que el colchón estaba mojado debajo de mí y yo no me "
        "enteré de nada, nunca me había pasado. Me hicieron la vertebroplastia anteayer.",
        U,
    ),
    (
        "es",
        "Desde el mediodía se me escapa el pis sin darme cuenta y no siento nada ahí abajo. "
        "Operada el lunes.",
        U,
    ),
    (
        "es",
        "¿Cuántas horas sin hacer pis son demasiadas después de la vertebroplastia? Es por "
        "saberlo.",
        Q,
    ),
    (
        "fr",
        "Ma fille a vu ce matin que le drap sous moi était trempé et je n'avais rien senti, "
        "c'est la première fois. Vertébroplastie avant-hier.",
        U,
    ),
    (
        "fr",
        "Depuis midi l'urine coule toute seule et je ne sens plus rien en bas. Opérée lundi.",
        U,
    ),
    (
        "fr",
        "Combien d'heures sans uriner c'est trop après une vertébroplastie ? Au bout de "
        "combien faut-il appeler ?",
        Q,
    ),
    (
        "de",
        "Meine Tochter hat heute früh gesehen, dass das Laken unter mir nass war, und ich "
        "habe nichts gemerkt, das ist noch nie passiert. Vertebroplastie vorgestern.",
        U,
    ),
    (
        "de",
        "Seit heute Nachmittag läuft der Urin einfach raus und ich spüre zwischen den "
        "Beinen nichts mehr.",
        U,
    ),
    (
        "de",
        "Wie viele Stunden ohne Wasserlassen sind zu viel nach der Vertebroplastie? Ab wann "
        "sollte man anrufen?",
        Q,
    ),
    (
        "pt",
        "A minha filha reparou de manhã que o lençol debaixo de mim estava encharcado e eu "
        "não senti nada, nunca me aconteceu. Fiz a vertebroplastia anteontem.",
        U,
    ),
    ("pt", "Desde o almoço o xixi sai sozinho e não sinto nada lá em baixo.", U),
    (
        "pt",
        "Quantas horas sem urinar já é demais depois da vertebroplastia? Quando é que se "
        "deve ligar?",
        Q,
    ),
    (
        "vi",
        "Con gái thấy sáng nay ga giường dưới tôi ướt sũng mà tôi không biết gì, trước giờ "
        "chưa từng bị. Tôi mới bơm xi măng hôm kia.",
        U,
    ),
    ("vi", "Từ trưa nước tiểu cứ tự chảy ra mà tôi không cảm thấy gì ở dưới.", U),
    ("vi", "Sau bơm xi măng bao lâu không đi tiểu thì mới cần gọi bác sĩ? Hỏi để biết thôi.", Q),
    (
        "zh-Hans",
        "女儿早上发现我身下的床单湿透了，我自己一点感觉都没有，以前从来没有过。前天做的椎体成形。",
        U,
    ),
    ("zh-Hans", "从中午开始小便自己流出来，下面一点感觉都没有。", U),
    ("zh-Hans", "做完椎体成形多少个小时不解小便就算太久了？到什么时候要打电话？", Q),
    (
        "ar",
        "بنتي لاحظت الصبح إن الملاية تحتي غرقانة وأنا ما حسيت بشي، عمرها ما صارت. عملت "
        "عملية الفقرة أول امبارح.",
        U,
    ),
    ("ar", "من الظهر البول بينزل لحاله وما عم حس بشي تحت.", U),
    ("ar", "كم ساعة بدون تبول تعتبر كثير بعد العملية؟ امتى لازم أتصل؟", Q),
    # 3. blood coughed up at the end of a long ordinary story (urgent); a dot of dried blood
    # (controls)
    (
        "en",
        "Hello, I had the back procedure on Wednesday and came home the same day. Eating "
        "fine, slept with the tablet, my son is coming Sunday to help me bathe. But tonight "
        "when I coughed I brought up bright red blood, twice.",
        U,
    ),
    (
        "en",
        "Hello, I had the back procedure on Wednesday and came home the same day. Eating "
        "fine, slept with the tablet. There's a tiny dot of dried blood on the plaster, "
        "nothing more. When can I take it off?",
        Q,
    ),
    (
        "es",
        "Hola, tengo 81 años y me pusieron el cemento el lunes. Estoy comiendo bien y "
        "duermo con la pastilla, mi nuera me ayuda con la compra. Esta mañana al toser he "
        "escupido sangre roja varias veces.",
        U,
    ),
    (
        "es",
        "Hola, me pusieron el cemento el lunes. Como bien y duermo bien. En el apósito hay "
        "una manchita de sangre seca, nada más. ¿Cuándo me lo quito?",
        Q,
    ),
    (
        "fr",
        "Bonjour, j'ai eu la vertébroplastie mardi, je mange bien et je dors avec le "
        "comprimé, mon fils passe demain pour la douche. Mais ce soir en toussant j'ai "
        "craché du sang rouge, deux fois.",
        U,
    ),
    (
        "de",
        "Hallo, ich hatte am Dienstag die Vertebroplastie, esse gut und schlafe mit der "
        "Tablette, mein Sohn kommt morgen zum Duschen. Aber heute Abend habe ich beim "
        "Husten zweimal hellrotes Blut ausgespuckt.",
        U,
    ),
    (
        "pt",
        "Olá, fiz a vertebroplastia na terça, estou a comer bem e durmo com o comprimido, o "
        "meu filho vem amanhã ajudar no banho. Mas hoje à noite ao tossir deitei sangue "
        "vermelho, duas vezes.",
        U,
    ),
    (
        "vi",
        "Chào bác sĩ, tôi bơm xi măng hôm thứ ba, ăn uống được, ngủ được nhờ thuốc, con "
        "trai mai qua giúp tắm. Nhưng tối nay ho ra máu đỏ tươi hai lần.",
        U,
    ),
    (
        "zh-Hans",
        "你好，我周二做的椎体成形，吃饭睡觉都还行，儿子明天来帮我洗澡。但是今晚一咳嗽就咳出鲜红的血，两次了。",
        U,
    ),
    (
        "ar",
        "مرحبا، عملت العملية يوم الثلاثاء، باكل منيح ونايم بالحبة، وابني جاي بكرة يساعدني "
        "بالحمام. بس الليلة لما كحيت طلع دم أحمر، مرتين.",
        U,
    ),
    # 4. a faint told in a spoken register (urgent); "caí redonda" into bed or laughing (controls)
    (
        "en",
        "came over all queer in the kitchen and went down like a sack of spuds, my grandson "
        "picked me up. had the cement thing Tuesday",
        U,
    ),
    (
        "es",
        "Ay madre, me dio un vahído en la cocina y me caí redonda, me levantó mi yerno. Lo "
        "del cemento fue antier.",
        U,
    ),
    (
        "fr",
        "j'ai eu un coup de mou dans la cuisine et je me suis retrouvée par terre sans "
        "savoir comment, c'est ma belle-fille qui m'a relevée. Ciment avant-hier.",
        U,
    ),
    (
        "de",
        "Mir ist in der Küche schwarz vor Augen geworden und ich bin einfach umgekippt, "
        "mein Schwiegersohn hat mich aufgehoben. Zement war vorgestern.",
        U,
    ),
    (
        "pt",
        "Deu-me um fanico na casa de banho e fui ao chão, foi o meu genro que me levantou. "
        "Fiz o cimento ontem.",
        U,
    ),
    (
        "pt",
        "ai que deu um treco em mim na sala, fiquei tonta e apaguei no chão, meu neto que me achou",
        U,
    ),
    (
        "vi",
        "Tôi bị xây xẩm rồi ngã lăn ra sàn bếp, con dâu phải đỡ dậy. Mới bơm xi măng hôm kia.",
        U,
    ),
    ("zh-Hans", "在厨房突然眼前一黑就栽倒了，是儿媳把我扶起来的。前天刚打的骨水泥。", U),
    (
        "ar",
        "قلبت عليّ الدنيا في المطبخ ووقعت على الأرض، كنتي هي اللي قومتني. عملت الإسمنت أول امبارح.",
        U,
    ),
    (
        "pt",
        "Ai credo, caí redonda no sofá de tanto rir com a novela. Posso ver televisão "
        "deitada de lado?",
        Q,
    ),
    (
        "es",
        "Me caí redonda en la cama de lo cansada que estaba después de la visita, dormí "
        "diez horas. ¿Es normal tanto sueño?",
        Q,
    ),
    # 5. how many gauzes or hours are too many, asked in general (controls); a dressing counted
    # and soaked (urgent)
    ("en", "How many blood-stained gauze pads are too many? At what number should I call?", Q),
    (
        "en",
        "I've changed the gauze five times since lunch and it's soaked red every time, now "
        "a towel under me is red too.",
        U,
    ),
    (
        "es",
        "¿Cuántas compresas manchadas de sangre son demasiadas? ¿A partir de cuántas hay "
        "que llamar?",
        Q,
    ),
    (
        "es",
        "He cambiado la gasa cinco veces desde el mediodía y siempre está empapada, ahora "
        "también la toalla está roja.",
        U,
    ),
    (
        "fr",
        "J'ai changé la compresse cinq fois depuis midi et elle est toujours trempée, "
        "maintenant la serviette dessous est rouge aussi.",
        U,
    ),
    ("de", "Wie viele blutige Kompressen sind zu viel? Ab wie vielen sollte man anrufen?", Q),
    (
        "de",
        "Ich habe den Verband seit Mittag fünfmal gewechselt, er ist jedes Mal "
        "durchgeblutet, jetzt ist auch das Handtuch drunter rot.",
        U,
    ),
    ("pt", "Quantas compressas com sangue são demais? A partir de quantas tenho de ligar?", Q),
    ("vi", "Bao nhiêu miếng gạc thấm máu là quá nhiều? Mấy miếng thì phải đi khám?", Q),
    (
        "vi",
        "Từ trưa tôi thay gạc năm lần mà lần nào cũng ướt đẫm máu, giờ khăn lót bên dưới cũng đỏ.",
        U,
    ),
    ("zh-Hans", "纱布上有血，换几块算多？换到第几块要去医院？", Q),
    ("ar", "كم شاشة فيها دم تعتبر كثير؟ بعد كم لازم أروح المستشفى؟", Q),
    ("fr", "La compresse est encore trempée après la toilette, il faut la changer ?", Q),
    ("es", "La gasa se ha mojado en la ducha y está empapada, ¿la cambio?", Q),
    ("pt", "O penso ficou encharcado no banho, troco?", Q),
    ("de", "Das Pflaster ist nach dem Duschen ganz durchnässt, soll ich es wechseln?", Q),
    # 6. two languages or a dialect mixed (urgent and controls), a chest held as seen by another
    ("ar", "يما دارت العملية ديال الضهر البارح ودابا كتقول لي je ne sens plus mes jambes", U),
    ("ar", "baba 3amal l3amaliye mberi7 w hala2 sadro 3am yewja3o ktir w 3am ye3ra2", U),
    ("ar", "سويت العملية أمس والحين مكان الإبرة فيه bleeding ما يوقف", U),
    ("ar", "دارت الماما la vertébroplastie البارح وكتقول لي j'ai un peu mal au dos، واش عادي؟", Q),
    ("ar", "baba 3amal l3amaliye mberi7 w 3ando shwayet waja3 bi dahro, 3adi?", Q),
    (
        "de",
        "Servus, mei Mo hod gestan die Spritzn in Ruckn kriagt und is heit in da Stubn "
        "umkippt, jetzt red a wirres Zeig.",
        U,
    ),
    (
        "de",
        "Servus, mei Mo hod gestan die Spritzn in Ruckn kriagt, an bissl Kreiz weh hods no, "
        "is des normal?",
        Q,
    ),
    (
        "fr",
        "Mon mari dit que je me tiens la poitrine sans arrêt, que je transpire et que je "
        "suis toute grise depuis ce matin.",
        U,
    ),
    (
        "fr",
        "Mon mari dit que j'ai meilleure mine depuis ce matin, juste un peu fatiguée après "
        "l'opération.",
        Q,
    ),
    (
        "pt",
        "Já troquei o penso quatro vezes desde a manhã e está sempre ensopado, a toalha por "
        "baixo também já está vermelha.",
        U,
    ),
    (
        "ar",
        "خويا دار العملية ديال الظهر، ودابا ما بقاش كيحس برجليه، كيقول لي j'ai les jambes "
        "toutes engourdies",
        U,
    ),
    (
        "ar",
        "خويا دار العملية ديال الظهر، كيقول لي j'ai un peu mal là où ils ont piqué، واش "
        "هادشي عادي؟",
        Q,
    ),
    (
        "de",
        "Griaß Gott, mei Vadda hod vorgestern des Zementzeig kriagt, heit in da Friah is er "
        "im Bad umkippt und woaß ned wo er is.",
        U,
    ),
    (
        "de",
        "Griaß Gott, mei Vadda hod vorgestern des Zementzeig kriagt, er is a bissl miad, is "
        "des normal?",
        Q,
    ),
    (
        "fr",
        "Ma fille dit que je me tiens la poitrine depuis une heure et que je suis tout pâle "
        "et trempé de sueur.",
        U,
    ),
    (
        "pt",
        "Mudei a compressa três vezes desde a manhã e fica sempre ensopada, agora o lençol "
        "também está vermelho.",
        U,
    ),
    (
        "pt",
        "Mudei a compressa hoje de manhã como mandaram, só tinha uma pintinha de sangue "
        "seco. Está bem assim?",
        Q,
    ),
    # 7. what someone else noticed in the procedure's own hours or the first day, over for good
    # (controls)
    (
        "en",
        "My grandson says I was shaking like a leaf in the recovery room, the nurse put a "
        "warm blanket on and it stopped. Not happened since, temperature normal.",
        Q,
    ),
    (
        "en",
        "The carer said I looked a bit pale yesterday afternoon, she took my blood pressure "
        "and it was fine, and after a cup of tea my colour came back.",
        Q,
    ),
    (
        "en",
        "My son noticed I was puffing a bit after walking from the car the first day home, "
        "I sat for two minutes and it settled, nothing since.",
        Q,
    ),
    (
        "es",
        "Mi nieta dice que en la sala de recuperación temblaba mucho, la enfermera me puso "
        "una manta caliente y se me pasó. En casa no ha vuelto y la temperatura está "
        "normal.",
        Q,
    ),
    (
        "es",
        "La cuidadora dijo que ayer por la tarde estaba un poco pálida, me tomó la tensión "
        "y estaba bien, y después de un caldo recuperé el color.",
        Q,
    ),
    (
        "fr",
        "Mon petit-fils dit qu'en salle de réveil je tremblais beaucoup, l'infirmière m'a "
        "mis une couverture chaude et c'est passé. Rien depuis, température normale.",
        Q,
    ),
    (
        "de",
        "Die Pflegerin sagte, ich sei gestern Nachmittag etwas blass gewesen, sie hat "
        "Blutdruck gemessen, alles normal, nach einer Suppe war die Farbe wieder da.",
        Q,
    ),
    (
        "pt",
        "O meu neto diz que na recuperação eu tremia muito, a enfermeira pôs-me um cobertor "
        "quente e passou. Em casa nunca mais, temperatura normal.",
        Q,
    ),
    (
        "vi",
        "Con trai nói hôm đầu về nhà đi từ xe vào nhà tôi thở hơi nhanh, ngồi nghỉ hai phút "
        "là bình thường lại, từ đó không bị nữa.",
        Q,
    ),
    (
        "vi",
        "Cô giúp việc nói chiều qua mặt tôi hơi tái, đo huyết áp bình thường, ăn bát cháo "
        "xong thì hồng hào lại.",
        Q,
    ),
    (
        "zh-Hans",
        "孙女说我在复苏室里抖得厉害，护士给我加了条暖被子就不抖了，回家以后再没抖过，体温也正常。",
        Q,
    ),
    ("zh-Hans", "儿子说我第一天回家从车上走到屋里喘得有点快，坐了两分钟就好了，之后再也没有。", Q),
    (
        "ar",
        "حفيدي بيقول إني كنت برجف كثير بغرفة الإفاقة، الممرضة حطت علي بطانية دافية ووقف "
        "الرجفان. بالبيت ما صار أبداً والحرارة طبيعية.",
        Q,
    ),
    (
        "ar",
        "الممرضة قالت إن وجهي كان أصفر شوي امبارح العصر، قاست الضغط وكان طبيعي، وبعد ما "
        "أكلت شوربة رجع لوني.",
        Q,
    ),
    # 8. patient set 27's false alarms: walking lost since the fracture, a question when a
    # relative home the same day may get up (controls); the same day with legs that fail (urgent)
    ("ar", "أبوي من يوم الكسر ما يقدر يمشي زين. كم بالمية من المرضى يرجعون يمشون بعد الحقنة؟", Q),
    (
        "en",
        "Mum can't walk far since the fracture in March. What share of patients walk better "
        "after the cement?",
        Q,
    ),
    (
        "es",
        "Mi padre no puede caminar desde la fractura. ¿Cuántos pacientes vuelven a andar "
        "después de la vertebroplastia?",
        Q,
    ),
    (
        "en",
        "Mum had hers done this morning and she's home now. When can she get up and walk "
        "around, and when can she lift the baby again?",
        Q,
    ),
    (
        "en",
        "He had the cement this afternoon, he's back home. How soon can he be up and about "
        "and carry the shopping?",
        Q,
    ),
    (
        "es",
        "A mi madre se la hicieron esta mañana y ya está en casa. ¿Cuándo puede levantarse "
        "y caminar, y cuándo coger a los nietos?",
        Q,
    ),
    (
        "fr",
        "Mon père l'a eue ce matin, il est rentré. Quand peut-il se lever et marcher, et "
        "quand reprendre le jardinage ?",
        Q,
    ),
    (
        "de",
        "Meine Mutter hatte es heute früh, sie ist schon daheim. Wann darf sie aufstehen "
        "und herumlaufen, und wann die Enkel tragen?",
        Q,
    ),
    (
        "pt",
        "A minha mãe fez hoje de manhã e já está em casa. Quando pode levantar-se e andar, "
        "e pegar nos netos ao colo?",
        Q,
    ),
    (
        "en",
        "Dad had his done this morning and he's home now, but he can't get up, his legs "
        "won't hold him.",
        U,
    ),
    (
        "fr",
        "Ma mère ne marche presque plus depuis la fracture. Combien de patients remarchent "
        "après la vertébroplastie ?",
        Q,
    ),
    (
        "de",
        "Mein Vater kann seit dem Bruch kaum laufen. Wie viele Patienten laufen nach der "
        "Vertebroplastie wieder besser?",
        Q,
    ),
    (
        "pt",
        "O meu pai mal consegue andar desde a fratura. Quantos doentes voltam a andar "
        "depois da vertebroplastia?",
        Q,
    ),
    (
        "vi",
        "Mẹ tôi từ khi bị xẹp đốt sống thì không đi lại được. Bao nhiêu phần trăm bệnh nhân "
        "đi lại được sau bơm xi măng?",
        Q,
    ),
    ("zh-Hans", "我妈自从骨折以后就走不了路。做完骨水泥有多少人能重新走路？", Q),
    ("ar", "أبوي عمل الحقنة مبارح ومن الصبح ما يقدر يوقف على رجليه ولا يحس فيهم.", U),
    (
        "es",
        "A mi padre le hicieron la vertebroplastia ayer y desde esta mañana no puede mover "
        "las piernas.",
        U,
    ),
    (
        "en",
        "My husband had his done this morning and he's home now. Can he sleep on his side tonight?",
        Q,
    ),
    (
        "en",
        "Grandad had his done this afternoon and he's back home. When can he go up the "
        "stairs to bed?",
        Q,
    ),
    (
        "en",
        "Mum had hers done yesterday morning and she's home now. When can she drive to the "
        "shops again?",
        Q,
    ),
    (
        "en",
        "My wife had hers done this morning, we're home now. How long before she can garden?",
        Q,
    ),
    (
        "en",
        "Dad had his done today and he's home and comfy. When can he have a bath rather "
        "than a shower?",
        Q,
    ),
    (
        "en",
        "Had mine done this morning and I'm home now. When can I go back to my walking group?",
        Q,
    ),
    (
        "en",
        "My brother had his done this morning and he's home. Can he lift his toddler next week?",
        Q,
    ),
    (
        "en",
        "Auntie had hers done this morning and is home now. When can she get back to her "
        "bowls club?",
        Q,
    ),
    (
        "en",
        "Dad had his done this morning and he's home now, but he's very confused and "
        "doesn't know where he is.",
        U,
    ),
    (
        "en",
        "Mum had hers done this morning and she's home now, and she's just started "
        "struggling to breathe.",
        U,
    ),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND29_KINDS)
def test_urgent_blind_kinds_29(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND29_KINDS if locale == tag]
        assert rows.count(U) >= 5 and rows.count(Q) >= 5, tag
