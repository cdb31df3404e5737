"""Urgent signs by kind, the twenty-sixth blind set's (tests/data/urgent_blind_26/, issue 17).

Not ``test_urgent_kinds_26.py``: that table (``AHEAD26_KINDS``) was written ahead of any set.
This one was written after the set was first read (session 32): its 5 misses and 13 false
alarms with the word model (0.948 / 13.5 %; rules alone 0.885 / 13.5 %, 11 misses) were read as
four kinds, and each kind written here in situations of our own (other people, other body
words, other signs, other tenses) in every locale, urgent rows and controls of the same kind:

1. a sign that came and went days ago and was checked (60 rows, 26 urgent; 10 of the set's 13
   false alarms): a clinician's check is read in more word orders (``explained``: "the district
   nurse came and scanned", "me tomó la tensión y todo estaba bien", "l'infirmière a fait une
   échographie, tout était bon", "فحص الطبيب الجرح وقال إنه نظيف", "bác sĩ cho thử nước tiểu,
   bình thường"); a sign told as gone after it is settled by ``gone_now`` too ("desde entonces
   nada", "seitdem nichts mehr", "hết tê từ đó đến giờ", "منذ ذلك الحين حرارتي طبيعية"), not only
   ``resolved``; and a return denied ("it hasn't come back", "no ha vuelto a pasar", "n'est
   jamais revenue", "nunca mais voltou", "không bị lại", 之后再没喘过, "ما رجع", a new
   ``never_again`` cue) tells the sign as gone and is read out before ``returned`` is looked for
   (``urgent_story.came_back``), while "not back to normal" and "checked on Friday, but since
   last night ..." still alert. German "fieberfrei" is no fever;
2. a strong regional variety (56 rows, 30 urgent; 2 false alarms, 1 miss, 5 more by the rules
   alone): its negations before a sign (Viennese and Swabian "ka", "koi", Swiss "kei", Scots
   "nae", southern Vietnamese "hổng", ``negation``; Brazilian "febre que é bom, nada",
   ``denied_after``) and its words for the body and the sign, respelled for the rules (Bavarian
   "Haxn", "Fiaß", "gspür", "nimma", "ko ned"; Swiss "kei Luft meh", "überchum", "Lippe";
   Québécois "j'sens pus", "chu", "pantoute", "à matin"; central Vietnamese "chưn"; Levantine
   Arabizi "yes3al dam", "mandil", "a7mar"; a dropped "r" and plural, "senti os pe");
3. general or impersonal statements (57 rows, 33 urgent; 1 false alarm, 2 misses): "after an op
   one often gets (hay bị) a fever, right?" asks of people in general (``generic``); the
   impersonal form of the writer's own sign now is a report: Egyptian "الواحد مش عارف ياخد
   نفسه" (a sign the rules lacked), a pain "whenever I move" (``exertion``) told as unlike the
   pain before the procedure in the next sentence (``unlike_usual`` read from the sign's sentence
   on, ``urgent._told_before``), severe pain shooting into the leg ("douleurs atroces qui
   descendent dans la jambe", "Schmerzen, die ins Bein schießen");
4. a plan instead of help (73 rows, 48 urgent; 2 misses, 1 more by the rules alone): the
   check-up "next week" or "next month" told as when the patient will mention the sign is no
   procedure still to come (Arabic ``planned``); "ما بعرف قديش" (I don't know how long) is no
   question (``asking``); a dressing soaked told verb first ("تبللت الضمادة بالدم"), blood that
   runs down and won't stop ("la sangre me corre ... no para", "máu chảy ... không ngừng",
   血一直止不住), the heart that "tape" and "une barre sur la poitrine".

246 rows (137 urgent, 109 quiet). The first 149 were written before any change: 21 failed with
the model on the code before (24 by the rules alone; by kind 21, 0, 0, 0 with the model).
53 more (look-alikes of the new cues: checked and then back, dialect negations before another
sign, a general statement beside one's own sign, a plan beside a sign with no time word) were
written after the first change: 7 failed on the code before (15 by the rules alone), 5 after
it (a return to health in other words, "right as rain"; clinicians' tests in two more word
orders; "depuis midi" as recent; a Bavarian verb before its "i"). 41 more (the plan put off to
an appointment in a sentence of its own, impersonal pains, regional controls) were written
last: 10 failed on the code before, 7 after the second change (blood running and not stopping,
pains shooting into the leg, two southern "hổng" in a row). Three urgent rows came after the
first run of every other set (Bavarian "kan" for "kann" before a sign, which the new negations
had first taken for "keinen" and so silenced a set-15 message by the rules alone; the hip,
"hông", before a numbness): they pass. Over all 246, 38 fail with the model on the code before
(51 by the rules alone; by kind 21, 8, 4, 5 with the model). All pass (10 only with the model).

Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND26_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND26_KINDS = [
    # 1. a sign that came and went days ago, was checked by a clinician and has not come back,
    # asked about as a possible complication (controls); checked, then back or worse now, or
    # not back "to normal" (urgent)
    (
        "en",
        "Last Thursday my ankles tingled for an afternoon. The GP had a look the next morning, reflexes fine, and it hasn't come back. Could that have been the cement pressing on something?",
        Q,
    ),
    (
        "en",
        "Dad ran a temperature of 38.4 the evening after his op, the practice nurse took bloods two days later and they were clear, he's been fine since. Was that an infection starting?",
        Q,
    ),
    (
        "en",
        "On Monday I went faint in the queue at the chemist, the paramedics checked my sugar and heart tracing, all normal, never happened again. Might it have been linked to the procedure?",
        Q,
    ),
    (
        "en",
        "Four days ago there was a bit of blood in my pee, the urology nurse dipped it the following day and it was clear, nothing since. Could the vertebroplasty have caused it?",
        Q,
    ),
    (
        "en",
        "My calves went numb on Saturday, the GP checked them and said all fine, but this morning they've gone numb again and I'm dragging my right foot.",
        U,
    ),
    (
        "en",
        "On Sunday my wife was muddled for an hour, the doctor checked her over, but tonight she doesn't know what day it is or who I am.",
        U,
    ),
    (
        "en",
        "The nurse checked my wound on Friday and said it was fine, but it hasn't come back to normal: it's red, hot and leaking yellow since last night.",
        U,
    ),
    (
        "en",
        "Had a dizzy turn on Wednesday, never happened before, and now I've just blacked out again on the landing.",
        U,
    ),
    (
        "en",
        "Ten days ago my wee was pink for a morning, the GP tested it, nothing found, and I've been right as rain since. Could the op have caused it?",
        Q,
    ),
    (
        "en",
        "My toes went numb the night after and the nurse examined them, all normal, and the numbness never came back. Was it the local?",
        Q,
    ),
    (
        "es",
        "El martes pasado se me durmió la pierna izquierda un par de horas. Mi médica de cabecera me exploró al día siguiente, todo normal, y no ha vuelto a pasar. ¿Pudo ser cosa del cemento?",
        Q,
    ),
    (
        "es",
        "A mi madre le subió la fiebre a 38 la noche del alta, la enfermera del centro de salud le miró la herida y le hizo análisis, salieron bien, y desde entonces nada. ¿Sería una infección?",
        Q,
    ),
    (
        "es",
        "Hace una semana tuve el corazón muy acelerado un rato, en urgencias me hicieron un electro y estaba normal, nunca más me ha vuelto a pasar. ¿Tiene que ver con la vertebroplastia?",
        Q,
    ),
    (
        "es",
        "El domingo me mareé en la ducha, el médico me vio y dijo que era la tensión baja, pero hoy me he vuelto a desmayar y no me tengo en pie.",
        U,
    ),
    (
        "es",
        "La enfermera me revisó la herida el viernes y dijo que estaba bien, pero desde anoche está roja, caliente y supura.",
        U,
    ),
    (
        "es",
        "El lunes me mareé, nunca me había pasado, y hoy me he vuelto a desmayar en el pasillo.",
        U,
    ),
    (
        "es",
        "Hace diez días tuve la orina rosada una mañana, el médico la analizó, todo normal, y nunca más se ha repetido. ¿Pudo ser la operación?",
        Q,
    ),
    (
        "fr",
        "Mardi dernier j'ai eu des fourmis dans le pied pendant une heure, mon généraliste m'a examinée le lendemain, rien d'anormal, et ça n'est jamais revenu. Ça pouvait venir du ciment ?",
        Q,
    ),
    (
        "fr",
        "Mon père a fait 38,2 le soir de sa sortie, l'infirmière a regardé le pansement et fait une prise de sang, tout était bon, et depuis plus rien. Est-ce que c'était une infection ?",
        Q,
    ),
    (
        "fr",
        "Il y a cinq jours j'ai eu un malaise en me levant, le SAMU a fait un électro, normal, ça ne s'est jamais reproduit. Est-ce lié à la vertébroplastie ?",
        Q,
    ),
    (
        "fr",
        "Dimanche j'ai eu les jambes engourdies, le médecin m'a examiné et a dit que c'était rien, mais ce soir elles sont de nouveau mortes et je ne tiens plus debout.",
        U,
    ),
    (
        "fr",
        "L'infirmière a vérifié la plaie vendredi, tout allait bien, mais depuis hier soir elle est rouge, chaude et ça coule jaune.",
        U,
    ),
    (
        "fr",
        "Lundi j'ai eu un étourdissement, jamais eu ça avant, et là je viens encore de tomber dans les pommes.",
        U,
    ),
    (
        "fr",
        "Il y a dix jours j'ai eu les urines rosées un matin, le médecin a fait une analyse, rien d'anormal, et ce n'est jamais revenu. Ça pouvait venir de l'opération ?",
        Q,
    ),
    (
        "fr",
        "Mes jambes ne sont pas revenues à la normale depuis le ciment, elles sont encore toutes engourdies et je tombe.",
        U,
    ),
    (
        "de",
        "Letzten Dienstag hatte ich einen Nachmittag lang Kribbeln in beiden Füßen, die Hausärztin hat mich am nächsten Tag untersucht, Reflexe in Ordnung, seitdem nichts mehr. Kann das vom Zement gekommen sein?",
        Q,
    ),
    (
        "de",
        "Mein Mann hatte am Abend nach der Entlassung 38,4, die Pflegerin vom Pflegedienst hat die Wunde angeschaut und Blut abgenommen, alles gut, und seither ist er fieberfrei. War das eine Entzündung?",
        Q,
    ),
    (
        "de",
        "Vor fünf Tagen ist mir beim Aufstehen schwarz vor Augen geworden, der Notarzt hat ein EKG gemacht, unauffällig, ist nie wieder passiert. Hängt das mit der Vertebroplastie zusammen?",
        Q,
    ),
    (
        "de",
        "Am Samstag waren meine Beine taub, der Arzt hat mich untersucht und gesagt, alles in Ordnung, aber seit heute früh sind sie wieder taub und ich kann nicht mehr stehen.",
        U,
    ),
    (
        "de",
        "Die Schwester hat am Freitag die Wunde angeschaut, alles gut, aber seit gestern Abend ist sie rot, heiß und es läuft Eiter raus.",
        U,
    ),
    (
        "de",
        "Vor zehn Tagen war mein Urin einen Morgen lang rosa, der Hausarzt hat ihn untersucht, nichts gefunden, ist nie wieder aufgetreten. Kann das von der OP sein?",
        Q,
    ),
    (
        "de",
        "Am Montag war mir schwindlig, hatte ich noch nie, und gerade bin ich schon wieder umgekippt.",
        U,
    ),
    (
        "pt",
        "Na terça passada fiquei com formigamento no pé uma tarde inteira, a médica do posto me examinou no dia seguinte, tudo normal, e nunca mais voltou. Pode ter sido do cimento?",
        Q,
    ),
    (
        "pt",
        "Minha mãe teve 38 de febre na noite da alta, a enfermeira olhou o curativo e pediu exames, deram normais, e desde então nada. Será que era infecção?",
        Q,
    ),
    (
        "pt",
        "Há cinco dias desmaiei ao levantar, no pronto-socorro fizeram eletro e exames, tudo normal, e não aconteceu mais. Tem a ver com a vertebroplastia?",
        Q,
    ),
    (
        "pt",
        "No domingo minhas pernas ficaram dormentes, o médico examinou e disse que não era nada, mas hoje de manhã ficaram dormentes de novo e não consigo ficar em pé.",
        U,
    ),
    (
        "pt",
        "A enfermeira olhou o curativo na sexta e disse que estava tudo bem, mas desde ontem à noite tá vermelho, quente e saindo pus.",
        U,
    ),
    (
        "pt",
        "Há dez dias o xixi ficou rosado uma manhã, o médico pediu exame de urina, deu normal, e nunca mais voltou. Pode ter sido da cirurgia?",
        Q,
    ),
    (
        "pt",
        "Na segunda fiquei tonta, nunca tinha acontecido, e agora desmaiei de novo no corredor.",
        U,
    ),
    (
        "vi",
        "Thứ ba tuần trước hai bàn chân tôi tê rần một buổi chiều, hôm sau bác sĩ khám, phản xạ bình thường, từ đó tới giờ không bị lại. Có phải do xi măng không?",
        Q,
    ),
    (
        "vi",
        "Mẹ tôi sốt 38 độ tối hôm xuất viện, y tá phường xem vết kim và lấy máu, kết quả bình thường, từ đó hết sốt luôn. Lúc đó có phải nhiễm trùng không?",
        Q,
    ),
    (
        "vi",
        "Năm hôm trước tôi bị xỉu lúc đứng dậy, vào cấp cứu đo điện tim, bình thường, sau đó không bị lại nữa. Có liên quan tới bơm xi măng không?",
        Q,
    ),
    (
        "vi",
        "Chủ nhật chân tôi bị tê, bác sĩ khám nói không sao, nhưng sáng nay tê lại, đứng không vững nữa.",
        U,
    ),
    (
        "vi",
        "Y tá xem vết thương hôm thứ sáu nói ổn, nhưng từ tối qua nó đỏ, nóng và chảy mủ vàng.",
        U,
    ),
    (
        "vi",
        "Mười hôm trước nước tiểu hơi hồng một buổi sáng, bác sĩ cho thử nước tiểu, bình thường, từ đó không bị lại. Có phải do mổ không?",
        Q,
    ),
    ("vi", "Thứ hai tôi chóng mặt, trước giờ chưa từng bị, giờ lại vừa xỉu ở hành lang.", U),
    (
        "zh-Hans",
        "上周二我两只脚麻了一下午，第二天社区医生查了反射，都正常，之后再没麻过。会不会是骨水泥压到神经了？",
        Q,
    ),
    (
        "zh-Hans",
        "我爸出院那天晚上烧到38度，护士第二天看了伤口、抽了血，结果正常，之后再也没烧过。那是感染吗？",
        Q,
    ),
    (
        "zh-Hans",
        "五天前起床时晕倒了一下，急诊做了心电图，正常，后来没再发生。跟椎体成形术有关系吗？",
        Q,
    ),
    ("zh-Hans", "周日腿麻了，医生检查说没事，可今天早上又麻了，站都站不住了。", U),
    ("zh-Hans", "护士周五看了伤口说没事，可从昨晚开始又红又烫，还流黄脓。", U),
    (
        "zh-Hans",
        "十天前有一早上尿是粉红色的，医生验了尿，正常，之后再也没出现过。会不会是手术引起的？",
        Q,
    ),
    ("zh-Hans", "周一头晕了一次，以前从没有过，刚才又在走廊晕倒了。", U),
    (
        "ar",
        "الثلاثاء الماضي صار عندي تنميل في رجلي بعد الظهر، الدكتور فحصني تاني يوم وقال كل شي طبيعي، ومن وقتها ما رجع. ممكن يكون من الإسمنت؟",
        Q,
    ),
    (
        "ar",
        "أمي طلعت حرارتها 38 ليلة خروجها من المستشفى، والممرضة شافت الجرح وعملت تحاليل وطلعت سليمة، ومن يومها ما رجعت الحرارة. هل كانت التهاب؟",
        Q,
    ),
    (
        "ar",
        "قبل خمسة أيام أغمي علي وأنا أقوم من السرير، في الطوارئ عملوا تخطيط قلب وكان طبيعي، وما تكرر بعدها. هل له علاقة بالعملية؟",
        Q,
    ),
    (
        "ar",
        "يوم الأحد رجليّ تنملوا والدكتور فحصني وقال ما في شي، بس اليوم الصبح رجع التنميل وما عم بقدر أوقف.",
        U,
    ),
    (
        "ar",
        "الممرضة شافت الجرح يوم الجمعة وقالت تمام، بس من مبارح بالليل صار أحمر وسخن وعم يطلع منه قيح.",
        U,
    ),
    (
        "ar",
        "من عشر أيام البول كان زهري صبح واحد، الدكتور عمل تحليل بول وطلع طبيعي، ومن وقتها ما رجع. ممكن من العملية؟",
        Q,
    ),
    ("ar", "يوم الاثنين دخت، عمري ما صار معي هيك، وهلق أغمي علي مرة تانية بالممر.", U),
    # 2. a strong regional variety or dialect: sign words denied in its own negations ("nae",
    # "koa", "ka", "kei", "hổng", "pantoute", "que é bom, nada") or an ordinary question
    # (controls); the sign in the region's own words for the body and the sign (urgent)
    (
        "en",
        "Och, the back's a wee bit stiff the day but nae fever, nae bleeding, the wound's bonnie and dry. When can ah get in the bath?",
        Q,
    ),
    (
        "en",
        "Ee, me back's reet sore where they put t' needle in but nowt else, no temperature nor owt. Can I have a brew and a biscuit?",
        Q,
    ),
    (
        "en",
        "Our lass had the cement done yesterday and now she can't feel her legs, says they're like lumps of wood, she can't get up off the settee.",
        U,
    ),
    (
        "en",
        "Me chest's gone proper tight and I'm fair gasping, had the back jab done Tuesday, can't get me breath at all.",
        U,
    ),
    (
        "en",
        "Ma legs are aw numb and wobbly since the morn, cannae stand up, had the cement thing done on Friday.",
        U,
    ),
    (
        "en",
        "Och, ma man cannae move his legs the day, they're deid, he had the cement in on Monday.",
        U,
    ),
    ("en", "Nae bother wi' the wound, but since the morn ah cannae feel ma feet at aw.", U),
    ("en", "Ah've nae pain and nae temperature, just tired. When can ah go back tae the bowls?", Q),
    (
        "es",
        "Che, tengo la espalda un toque dolorida, pero nada de fiebre ni sangre, la herida re bien. ¿Cuándo puedo volver a manejar?",
        Q,
    ),
    (
        "es",
        "Illo, a mi abuela le han puesto el cemento y dice que ahora no siente las piernas, que las tiene como muertas y no se puede levantar.",
        U,
    ),
    (
        "es",
        "Oye, mi papá está súper ahogado, no le entra el aire po, lo operaron ayer de la columna y tiene los labios medios morados.",
        U,
    ),
    (
        "es",
        "Pucha, a mi tata le duele harto la espalda después del cemento pero no tiene fiebre ni nada raro, ¿es normal?",
        Q,
    ),
    (
        "es",
        "Bo, a mi viejo no le responden las piernas desde la mañana, no se puede parar, lo operaron el martes.",
        U,
    ),
    ("es", "Illo, la herida ni fiebre ni ná, pero me pica. ¿Es normal?", Q),
    ("es", "Boludo, la espalda joya, ni fiebre ni nada, ¿cuándo puedo ir a la cancha?", Q),
    (
        "fr",
        "Ben là, j'ai mal au dos en masse mais pas de fièvre pantoute, le pansement est beau. Je peux-tu prendre ma douche ?",
        Q,
    ),
    (
        "fr",
        "Ma blonde s'est fait poser le ciment hier pis là a sent pus ses jambes, a peut pas se lever du lit.",
        U,
    ),
    (
        "fr",
        "Oh fan de chichourle, depuis ce matin j'ai le cœur qui cogne et la poitrine toute serrée, je respire plus, on m'a mis le ciment lundi.",
        U,
    ),
    (
        "fr",
        "Dites, une fois, j'ai un peu mal au dos mais pas de fièvre ni de sang, c'est normal après le ciment ?",
        Q,
    ),
    (
        "fr",
        "Ma mère a pus de force dans les jambes depuis à matin, a peut pas se lever, on y a posé le ciment mardi.",
        U,
    ),
    (
        "fr",
        "Pas de fièvre pantoute pis pas de sang, juste fatigué. Quand est-ce que je peux retourner au chalet ?",
        Q,
    ),
    (
        "de",
        "Griaß di, da Rucken duad a bissl weh, aber koa Fieber und koa Bluat am Pflaster. Wann derf i wieder in d Sauna?",
        Q,
    ),
    (
        "de",
        "Mei Muatta hot gestern an Zement kriagt und jetz spiart s ihre Fiaß nimma, sie ko nimma aufsteh.",
        U,
    ),
    (
        "de",
        "Sit hüt am Morge han i kei Luft meh und s Härz schlot wie verruckt, i ha am Mäntig d Zementspritze übercho.",
        U,
    ),
    (
        "de",
        "Heidanei, mei Kreiz duat no weh, aber koi Fieber ond nix Bluatigs. Isch des normal nach dem Zement?",
        Q,
    ),
    (
        "de",
        "Mei Haxn san seit da Friah ganz taub, i kimm nimma hoch vom Sofa, am Dienstag war da Zement.",
        U,
    ),
    (
        "de",
        "Koa Fieber, koa Bluat, aber seit heit Mittag spiar i meine Fiaß nimma. Is des schlimm?",
        U,
    ),
    ("de", "Ka Fieber, ka Bluat, nur a bissl miad. Wann derf i wieder zum Heurigen?", Q),
    (
        "de",
        "I ha kei Fieber und kei Schmerze meh, nur chli müed. Wänn törf i wieder go schaffe?",
        Q,
    ),
    (
        "de",
        "I kan meine Füße nimmer spüren seit gestern Abend, hab am Montag den Zement kriegt.",
        U,
    ),
    ("de", "Mei Bua sogt, da Opa kan seine Arm nimma hebn seit heit in da Friah.", U),
    (
        "pt",
        "Oxente, as costas tão doendo um tiquinho mas febre que é bom nada, nem sangue no curativo. Quando posso tomar banho de mar?",
        Q,
    ),
    (
        "pt",
        "Bah, a mãe fez o cimento ontem e agora tá dizendo que não sente as pernas, tão mortas, não consegue levantar da cama, tchê.",
        U,
    ),
    (
        "pt",
        "Ó pá, desde manhã o meu pai não consegue respirar, tá a arfar, tem os lábios roxos, fez o cimento na coluna ontem.",
        U,
    ),
    (
        "pt",
        "Visse, a coluna tá meio dolorida mas não tô com febre nem nada, é normal depois do cimento?",
        Q,
    ),
    (
        "pt",
        "Ó pá, o meu pai não sente as pernas desde manhã, não se consegue pôr de pé, fez o cimento na terça.",
        U,
    ),
    ("pt", "Bah, as costas tão tri bem, febre nenhuma, quando posso voltar pro galpão?", Q),
    (
        "vi",
        "Má tui bơm xi măng hôm qua, giờ bả nói hai chưn tê cứng hổng cảm giác gì hết, ngồi dậy hổng nổi.",
        U,
    ),
    ("vi", "Bố em mổ cột sống hôm kia, chừ thở không ra hơi, môi tím ngắt, mệt lắm răng đây?", U),
    (
        "vi",
        "Lưng tui còn ê ẩm chút xíu mà hổng sốt, hổng chảy máu gì hết trơn. Chừng nào tắm được?",
        Q,
    ),
    ("vi", "Mạ tui làm thủ thuật rồi, giờ khỏe, không sốt chi hết, răng mà ăn uống được chưa?", Q),
    ("vi", "Ba tui hổng sốt, mà từ sáng tới giờ hai chưn yếu xìu, đứng hổng nổi.", U),
    ("vi", "Từ sáng hông tê rần, hai chân yếu hẳn, đứng không vững, mới bơm xi măng hôm kia.", U),
    ("vi", "Tui hổng đau hổng sốt gì, chỉ mệt chút. Chừng nào đi chợ được?", Q),
    ("zh-Hans", "俺妈昨儿打了骨水泥，这会儿说两条腿麻得没知觉了，咋整啊，起都起不来。", U),
    ("zh-Hans", "我老汉儿前天做了手术，今天喘不上气，嘴巴皮都乌了，咋个办嘛。", U),
    ("zh-Hans", "阿嫲做完手术，腰仲有啲痛，不过冇发烧、冇出血，几时可以冲凉？", Q),
    ("zh-Hans", "俺家老爷子做完手术挺好，没发烧没出血，就是腰有点酸，啥时候能下地？", Q),
    ("zh-Hans", "俺爹没发烧，可打早上起两条腿就没劲儿了，站不起来。", U),
    ("zh-Hans", "俺没发烧也没出血，就是有点乏，啥时候能去跳广场舞？", Q),
    (
        "ar",
        "يا جماعة أبويا عمل عملية الضهر امبارح ودلوقتي بيقول رجليه مش حاسس بيهم خالص ومش قادر يقوم",
        U,
    ),
    ("ar", "ماما من الصبح نفسها مقطوع وشفايفها زرق، عملت عملية الضهر مبارح، شو لازم نعمل", U),
    ("ar", "ظهري يوجعني شوية بس ما فيه حرارة ولا دم على اللزقة، إمتى أقدر أتسبح؟", Q),
    (
        "ar",
        "الوالدة الحمد لله بخير بعد العملية، لا حمى ولا نزيف، بس وقتاش تقدر تمشي للحمام وحدها؟",
        Q,
    ),
    ("ar", "ابويا ما عندوش سخونية بس من الصبح رجليه مش شايلينه ومش قادر يقف.", U),
    ("ar", "ما عندي لا سخانة ولا وجع، غير شوية عيا. إمتى نقدر نرجع للخدمة؟", Q),
    # 3. general or impersonal statements about signs after operations or sedation, nothing
    # happening now (controls); the same statement beside one's own sign now, or the sign told
    # in a generic form ("you can't get your breath", "on ne sent plus rien", "الواحد") that is
    # really the writer's now (urgent)
    (
        "en",
        "People often run a bit of a temperature after an operation, don't they? Is it the same with this cement one?",
        Q,
    ),
    (
        "en",
        "You can feel a bit woozy after sedation, can't you, so should someone stay with me the first night?",
        Q,
    ),
    (
        "en",
        "They say you can get a temperature after any op, but mine's 39.5 since tea time and the wound is hot and weeping.",
        U,
    ),
    (
        "en",
        "You can't get your breath at all when you lie down, I've had to sit up in the chair all night since the op.",
        U,
    ),
    (
        "en",
        "One just can't hold one's water any more, I've wet the bed twice since the cement went in on Monday.",
        U,
    ),
    (
        "en",
        "Can you get short of breath lying flat if you have a bad chest anyway? Just wondering before my op next month.",
        Q,
    ),
    (
        "en",
        "People do get a fever after operations, I know, but I'm shaking under three blankets and it's 39.8.",
        U,
    ),
    (
        "en",
        "One gets these shooting pains down the leg, terrible ones, since the op yesterday, can hardly bear it.",
        U,
    ),
    (
        "es",
        "Después de cualquier operación suele dar algo de fiebre, ¿no? ¿Con esta también pasa?",
        Q,
    ),
    (
        "es",
        "Dicen que tras la sedación uno anda un poco atontado, ¿hay que quedarse acompañado esa noche?",
        Q,
    ),
    (
        "es",
        "Uno no puede respirar tumbado boca arriba, llevo desde la operación durmiendo sentada en el sillón.",
        U,
    ),
    (
        "es",
        "Se le escapa a una el pis sin darse cuenta, desde el cemento he mojado la cama dos noches.",
        U,
    ),
    (
        "es",
        "¿A la gente con asma le falta el aire al estar boca abajo en la camilla? Me operan el mes que viene.",
        Q,
    ),
    (
        "es",
        "Ya sé que después de operarse es común tener fiebre, pero tengo 39,5 y tiemblo entera desde la tarde.",
        U,
    ),
    (
        "es",
        "A una le da un dolor horrible que le baja por la pierna, desde la operación de ayer, no se aguanta.",
        U,
    ),
    (
        "fr",
        "On a souvent un peu de fièvre après une opération, non ? C'est pareil pour le ciment ?",
        Q,
    ),
    (
        "fr",
        "Il paraît qu'on est un peu dans le brouillard après la sédation, il faut quelqu'un avec moi la première nuit ?",
        Q,
    ),
    (
        "fr",
        "On n'arrive plus à respirer couché à plat, je passe mes nuits assis dans le fauteuil depuis l'opération.",
        U,
    ),
    (
        "fr",
        "On ne sent plus rien sous le genou, depuis le ciment j'ai la jambe droite comme en bois.",
        U,
    ),
    (
        "fr",
        "Est-ce qu'on peut manquer d'air à plat ventre quand on est asthmatique ? C'est pour mon opération du mois prochain.",
        Q,
    ),
    (
        "fr",
        "On a souvent de la fièvre après une opération, je sais, mais là j'ai 39,6 et je grelotte depuis midi.",
        U,
    ),
    (
        "fr",
        "On a des douleurs atroces qui descendent dans la jambe, depuis l'opération d'hier, c'est insupportable.",
        U,
    ),
    (
        "de",
        "Nach jeder OP hat man doch mal leichtes Fieber, oder? Ist das bei der Zementgeschichte auch so?",
        Q,
    ),
    (
        "de",
        "Nach der Narkose ist man ja oft noch benebelt, braucht man dann jemanden zu Hause für die erste Nacht?",
        Q,
    ),
    (
        "de",
        "Man kriegt im Liegen einfach keine Luft, ich sitze seit der OP jede Nacht im Sessel.",
        U,
    ),
    (
        "de",
        "Man spürt unterhalb vom Knie gar nichts mehr, seit dem Zement ist mein rechtes Bein wie aus Holz.",
        U,
    ),
    (
        "de",
        "Kann man als Asthmatiker in Bauchlage Atemnot bekommen? Ich werde nächsten Monat operiert.",
        Q,
    ),
    (
        "de",
        "Man hat nach einer OP schon mal Fieber, ich weiß, aber ich hab 39,7 und zittere am ganzen Körper.",
        U,
    ),
    (
        "de",
        "Man hat so fürchterliche Schmerzen, die ins Bein schießen, seit der OP gestern, kaum auszuhalten.",
        U,
    ),
    ("pt", "Depois de cirurgia é comum dar uma febrinha, né? Com o cimento também acontece?", Q),
    (
        "pt",
        "Dizem que depois da sedação a gente fica meio grogue, precisa de alguém comigo na primeira noite?",
        Q,
    ),
    (
        "pt",
        "A gente não consegue respirar deitada de barriga pra cima, desde a cirurgia durmo sentada na poltrona.",
        U,
    ),
    ("pt", "A pessoa não segura mais o xixi, desde o cimento já molhei a cama duas noites.", U),
    ("pt", "Quem tem asma pode ficar sem ar de bruços na maca? Vou operar mês que vem.", Q),
    (
        "pt",
        "Eu sei que depois de cirurgia é comum dar febre, mas tô com 39,5 e tremendo de frio desde a tarde.",
        U,
    ),
    (
        "pt",
        "A gente sente uma dor horrível descendo pela perna, desde a cirurgia de ontem, não dá pra aguentar.",
        U,
    ),
    ("vi", "Người ta mổ xong thường hay bị sốt nhẹ phải không? Bơm xi măng có bị vậy không?", Q),
    ("vi", "Nghe nói gây mê xong hay bị lơ mơ một chút, có cần người ở cùng đêm đầu không?", Q),
    ("vi", "Nằm ngửa là không thở được, từ hôm mổ tới giờ đêm nào tôi cũng phải ngồi dựa ghế.", U),
    ("vi", "Tiểu ra mà không hay biết gì, từ hôm bơm xi măng đã tè dầm hai đêm rồi.", U),
    ("vi", "Người bị hen nằm sấp trên bàn mổ có bị khó thở không? Tháng sau tôi mổ.", Q),
    ("vi", "Biết là mổ xong hay bị sốt, nhưng tôi sốt 39,5 độ, run cầm cập từ chiều.", U),
    ("vi", "Người ta đau như dao cắt chạy xuống chân, từ hôm qua mổ xong, chịu không nổi.", U),
    ("zh-Hans", "做完手术一般都会有点低烧吧？打骨水泥也会吗？", Q),
    ("zh-Hans", "听说镇静以后人会有点迷糊，第一晚要不要人陪？", Q),
    ("zh-Hans", "人一平躺就喘不过气，手术后我每晚都只能靠着椅子坐着睡。", U),
    ("zh-Hans", "尿了都不知道，打完骨水泥这两晚都尿床了。", U),
    ("zh-Hans", "有哮喘的人趴在手术台上会不会喘不过气？我下个月做手术。", Q),
    ("zh-Hans", "我知道做完手术一般会发烧，可我烧到39度5，从下午一直打哆嗦。", U),
    ("zh-Hans", "疼得人受不了，像电一样往腿上窜，昨天做完手术就这样。", U),
    ("ar", "عادي الواحد تطلع عنده حرارة خفيفة بعد أي عملية، صح؟ حتى بعد الإسمنت؟", Q),
    ("ar", "سمعت إن الواحد بيكون دايخ شوي بعد التخدير، لازم حد يبات معي أول ليلة؟", Q),
    ("ar", "الواحد ما بيقدر يتنفس وهو نايم على ضهره، من العملية وأنا بنام قاعدة على الكرسي.", U),
    ("ar", "الواحد ما عاد يحس بشي تحت الركبة، من يوم الإسمنت رجلي اليمين كأنها خشبة.", U),
    ("ar", "اللي عنده ربو ممكن ينقطع نفسه وهو نايم على بطنه بالعملية؟ عمليتي الشهر الجاي.", Q),
    ("ar", "بعرف إنه بعد العمليات عادي تطلع حرارة، بس حرارتي 39.5 وعم برجف من العصر.", U),
    ("ar", "الواحد بيجيه وجع فظيع نازل على رجله من امبارح بعد العملية، ما بينحمل.", U),
    # 4. what the person plans to do instead of getting help ("I'll lie down", "another tablet",
    # "I'll tell them at the check-up next week") about a sign happening now (urgent); plans for
    # an ordinary after-effect (controls)
    (
        "en",
        "My legs have gone weak and heavy since lunch, I can hardly lift them. I'll just have a lie down and see how they are in the morning.",
        U,
    ),
    (
        "en",
        "Chest feels like a band round it and my heart's galloping since I got up. Going to take an extra painkiller and sleep it off.",
        U,
    ),
    (
        "en",
        "The dressing has soaked through with blood twice since breakfast. I'll stick a towel on it and mention it at the check-up next week.",
        U,
    ),
    (
        "en",
        "The bruise by the needle mark is purple, I'll pop a bag of frozen peas on it tonight. Anything else I should do?",
        Q,
    ),
    (
        "en",
        "Bit achy where they went in, I'll take a paracetamol before bed and have an early night. Is that ok?",
        Q,
    ),
    (
        "en",
        "Feeling washed out after the sedation, I'll have a nap this afternoon and skip the shopping.",
        Q,
    ),
    (
        "en",
        "I'll mention it at the follow-up next week, but my legs have gone numb since this morning and I keep falling.",
        U,
    ),
    (
        "en",
        "Blood is running down my back from the needle hole and won't stop. I'll show the nurse at my appointment next month.",
        U,
    ),
    (
        "en",
        "Grandad's talking gibberish and doesn't know me. We'll ask the GP when he comes on Monday.",
        U,
    ),
    ("en", "The bruise is a bit tender. I'll ask about it at the check-up next week.", Q),
    (
        "es",
        "Tengo las piernas flojas y dormidas desde el mediodía, casi no las levanto. Me voy a acostar un rato a ver si mañana están mejor.",
        U,
    ),
    (
        "es",
        "Noto como una losa en el pecho y el corazón a mil desde hace media hora. Me tomo otra pastilla y me duermo, ya se pasará.",
        U,
    ),
    (
        "es",
        "El apósito se ha empapado de sangre tres veces desde esta mañana, le pongo una toalla y ya se lo comento al médico en la revisión del jueves.",
        U,
    ),
    ("es", "Tengo un moratón en la zona del pinchazo, esta noche le pondré hielo. ¿Algo más?", Q),
    (
        "es",
        "Me duele un poco donde me pincharon, me tomaré un paracetamol y me acostaré pronto.",
        Q,
    ),
    (
        "es",
        "Se lo diré al médico en la revisión de la semana que viene, pero desde esta mañana no siento las piernas.",
        U,
    ),
    (
        "es",
        "La sangre me corre por la espalda desde el pinchazo y no para. Se lo enseño a la enfermera en la cita del mes que viene.",
        U,
    ),
    (
        "es",
        "Mi abuelo dice cosas sin sentido y no me reconoce. Ya se lo comentaremos al médico el lunes.",
        U,
    ),
    (
        "es",
        "El moratón me molesta un poco. Lo preguntaré en la revisión de la semana que viene.",
        Q,
    ),
    (
        "fr",
        "Mes jambes sont molles et engourdies depuis midi, je les soulève à peine. Je vais m'allonger et on verra demain matin.",
        U,
    ),
    (
        "fr",
        "Le pansement est trempé de sang pour la troisième fois depuis ce matin, je mets une serviette dessus et j'en parlerai au contrôle la semaine prochaine.",
        U,
    ),
    (
        "fr",
        "J'ai le cœur qui bat la chamade et comme un poids sur la poitrine depuis une heure, je prends un cachet et je vais me coucher, ça va passer.",
        U,
    ),
    (
        "fr",
        "J'ai un bleu à l'endroit de la piqûre, je vais mettre de la glace ce soir. Autre chose ?",
        Q,
    ),
    ("fr", "Un peu mal là où ils ont piqué, je prendrai un Doliprane et je me coucherai tôt.", Q),
    (
        "fr",
        "J'en parlerai au médecin à la consultation de la semaine prochaine, mais depuis ce matin je ne sens plus mes jambes.",
        U,
    ),
    (
        "fr",
        "Le sang me coule dans le dos depuis la piqûre et ça s'arrête pas. Je montrerai ça à l'infirmière au rendez-vous du mois prochain.",
        U,
    ),
    (
        "fr",
        "Papi raconte n'importe quoi et ne me reconnaît plus. On demandera au médecin lundi quand il passera.",
        U,
    ),
    ("fr", "Le bleu est un peu sensible. J'en parlerai au contrôle de la semaine prochaine.", Q),
    (
        "de",
        "Meine Beine sind seit Mittag schwach und taub, ich kann sie kaum heben. Ich leg mich jetzt hin und schau morgen früh, wie es ist.",
        U,
    ),
    (
        "de",
        "Der Verband ist seit heute früh dreimal durchgeblutet, ich leg ein Handtuch drauf und sag es nächste Woche bei der Kontrolle.",
        U,
    ),
    (
        "de",
        "Mir ist die Brust wie zugeschnürt und das Herz rast seit einer Stunde, ich nehm noch eine Tablette und leg mich schlafen, das wird schon.",
        U,
    ),
    (
        "de",
        "Ich hab einen blauen Fleck an der Einstichstelle, heute Abend kommt ein Kühlakku drauf. Sonst noch was?",
        Q,
    ),
    (
        "de",
        "Es zieht ein bisschen an der Einstichstelle, ich nehm eine Paracetamol und geh früh ins Bett.",
        Q,
    ),
    (
        "de",
        "Ich sag es nächste Woche bei der Kontrolle, aber seit heute früh spür ich meine Beine nicht mehr.",
        U,
    ),
    (
        "de",
        "Das Blut läuft mir vom Einstich den Rücken runter und hört nicht auf. Ich zeig es der Schwester beim Termin nächsten Monat.",
        U,
    ),
    (
        "de",
        "Opa redet wirres Zeug und erkennt mich nicht. Wir fragen den Hausarzt, wenn er am Montag kommt.",
        U,
    ),
    ("de", "Der blaue Fleck tut ein bisschen weh. Ich frag nächste Woche bei der Kontrolle.", Q),
    (
        "pt",
        "Minhas pernas estão fracas e dormentes desde o almoço, quase não consigo levantar. Vou deitar um pouco e ver amanhã cedo.",
        U,
    ),
    (
        "pt",
        "O curativo encharcou de sangue três vezes desde cedo, vou pôr uma toalha e falo com o médico no retorno semana que vem.",
        U,
    ),
    (
        "pt",
        "Tô com um aperto no peito e o coração disparado faz uma hora, vou tomar mais um comprimido e dormir que passa.",
        U,
    ),
    ("pt", "Ficou um roxo onde entrou a agulha, vou pôr gelo hoje à noite. Mais alguma coisa?", Q),
    ("pt", "Dói um pouquinho onde furaram, vou tomar um paracetamol e dormir cedo.", Q),
    (
        "pt",
        "Vou falar com o médico no retorno da semana que vem, mas desde cedo não sinto as pernas.",
        U,
    ),
    (
        "pt",
        "O sangue tá escorrendo pelas costas desde a picada e não para. Mostro pra enfermeira na consulta do mês que vem.",
        U,
    ),
    (
        "pt",
        "Meu avô tá falando coisa sem sentido e não me reconhece. A gente pergunta pro médico na segunda.",
        U,
    ),
    ("pt", "O roxo tá um pouco sensível. Vou perguntar no retorno da semana que vem.", Q),
    (
        "vi",
        "Hai chân tôi yếu và tê từ trưa, nhấc lên không nổi. Thôi tôi nằm nghỉ chút, mai tính.",
        U,
    ),
    (
        "vi",
        "Băng gạc thấm đầy máu ba lần từ sáng tới giờ, tôi lấy khăn đè lên, tuần sau tái khám nói bác sĩ luôn.",
        U,
    ),
    (
        "vi",
        "Ngực tôi thắt lại, tim đập thình thịch cả tiếng rồi, uống thêm viên thuốc rồi đi ngủ chắc hết.",
        U,
    ),
    ("vi", "Chỗ kim đâm bị bầm tím, tối nay tôi chườm đá. Còn gì nữa không?", Q),
    ("vi", "Hơi đau chỗ chích, tôi uống một viên paracetamol rồi đi ngủ sớm.", Q),
    ("vi", "Tuần sau tái khám tôi sẽ nói, nhưng từ sáng nay tôi không cảm giác được hai chân.", U),
    (
        "vi",
        "Máu chảy dọc lưng từ chỗ chích hoài không ngừng. Tháng sau tái khám tôi đưa y tá coi.",
        U,
    ),
    ("vi", "Ông nội nói lảm nhảm, không nhận ra tôi. Thứ hai bác sĩ tới thì mình hỏi.", U),
    ("vi", "Vết bầm hơi đau. Tuần sau tái khám tôi hỏi luôn.", Q),
    ("zh-Hans", "从中午开始两条腿又软又麻，抬都抬不起来。我先躺会儿，明天再说。", U),
    ("zh-Hans", "纱布从早上到现在被血浸透三次了，我拿毛巾压着，下周复查再跟医生说。", U),
    ("zh-Hans", "胸口像压了块石头，心跳得厉害，一个钟头了，我再吃片药睡一觉应该就好了。", U),
    ("zh-Hans", "针眼那里青了一块，今晚我冰敷一下，还要注意什么？", Q),
    ("zh-Hans", "打针的地方有点酸痛，我吃片扑热息痛早点睡。", Q),
    ("zh-Hans", "下周复查的时候我再说，可从今天早上起我两条腿就没知觉了。", U),
    ("zh-Hans", "针眼那里的血顺着后背往下流，一直止不住。下个月复查的时候我给护士看看。", U),
    ("zh-Hans", "我爷爷说胡话，也不认得我了。等周一医生来了再问。", U),
    ("zh-Hans", "那块青有点疼，下周复查的时候我问一下。", Q),
    ("ar", "رجليّ ضعاف ومنملين من الضهر، بالكاد أرفعهم. رح أنام شوي ونشوف الصبح.", U),
    (
        "ar",
        "الشاش غرق دم تلات مرات من الصبح، رح حط عليه منشفة وبقول للدكتور بالمراجعة الأسبوع الجاي.",
        U,
    ),
    ("ar", "صدري مقبوض وقلبي بيدق بسرعة من ساعة، باخد حبة كمان وبنام وبيروح إن شاء الله.", U),
    ("ar", "في زرقة مكان الإبرة، رح حط تلج الليلة. في شي تاني لازم أعمله؟", Q),
    ("ar", "مكان الإبرة بيوجع شوي، باخد بنادول وبنام بكير.", Q),
    ("ar", "رح قول للدكتور بموعد المراجعة الأسبوع الجاي، بس من الصبح ما عم حس برجليّ.", U),
    ("ar", "الدم نازل على ظهري من مكان الإبرة وما عم يوقف. بوري الممرضة بموعد الشهر الجاي.", U),
    ("ar", "جدي عم يحكي كلام مش مفهوم وما عم يعرفني. منسأل الدكتور يوم الاثنين لما يجي.", U),
    ("ar", "الزرقة بتوجع شوي. بسأل عنها بالمراجعة الأسبوع الجاي.", Q),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND26_KINDS)
def test_urgent_blind_kinds_26(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND26_KINDS if locale == tag]
        assert rows.count(U) >= 12 and rows.count(Q) >= 12, tag
