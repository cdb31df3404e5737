"""Urgent signs by kind, the twenty-first blind set's (tests/data/urgent_blind_21/, issue 17).

Its 5 misses and 17 false alarms with the word model (10 misses by the rules alone) were read
as kinds (session 27), and each kind written here in situations of our own (other people, other
body words, other days) in every locale, urgent rows and controls of the same kind:

1. written in distress (capitals, stretched letters, swearing; 58 rows): the sign alerts as told
   (a lash of pain with its place between it and the leg, a plaster dripping); distress about
   the waiting or a cancelled slot is quiet, and so is a fear or an imagining of a sign the
   night before ("I keep imagining myself bleeding on the table", "no paro de imaginarme que
   me desmayo", 想象自己喘不上气: the ``imagined`` cue), while "I'm terrified, my legs have gone
   numb since lunch" alerts;
2. someone translating for the patient (34 rows): "she says ..." reports the patient's sign
   ("the room won't stop spinning", "can't remember falling"); a translated question naming a
   medicine by what it treats ("heart tablets", "remédio de pressão", 治心脏的药, "دوا الضغط")
   or an ordinary after-effect is quiet;
3. a follow-up to what the page showed (46 rows): "the page says a little blood is normal, but
   the dressing is soaked" and "the page says call if fever: I have 38.7" report (a ``contrast``
   cue ends the page's words and its "is normal"); the page's or a list's warning words quoted
   ("your list says", "Ahí pone", "Unter Warnzeichen steht", "trang ghi", 页面上写, "مكتوب في
   الصفحة") with a normal finding asked as "does it count?" (a normal temperature, a foot asleep
   from sitting cross-legged that passed at once, breath on a hill as ever, a dry spot) is quiet;
4. a sign weeks before the procedure, treated and gone since (18 rows): quiet; the same sign
   back since the procedure: urgent;
5. signs named in words the rules lacked (17 rows): black, tarry stools (bleeding) in eight
   locales, Chinese typed by sound (雪, 学 for 血 after urine or phlegm), Swiss German
   "umkippt", French "s'écrouler", "from the waist down", Arabizi "so5oneya", "skhneh".

159 rows were written first: 36 failed with the model (48 by the rules alone; by kind 4, 1, 22,
1, 8). 14 more (3 distress, 5 fear look-alikes that must alert, 6 contrast controls) were written
after the first change: 1 failed by the rules alone, none with the model.

Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND21_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND21_KINDS = [
    # 1. written in distress (capitals, stretched letters, swearing): the sign alerts as told;
    # distress about the waiting, a cancelled slot, or fear of a sign the night before is quiet
    (
        "en",
        "HELP!!! my dad just keeled over in the bathroom and hes not answering me properly, he had the cement done yesterday",
        U,
    ),
    (
        "en",
        "omg my back just went SNAP, unbearable pain out of nowhere an hour ago, worst thing ive ever felt",
        U,
    ),
    ("en", "this is f***ing scary, i cant feel anything from the waist down since i woke up", U),
    ("en", "WHY IS MY PILLOWCASE COVERED IN BLOOD?? i coughed and it came up red", U),
    (
        "en",
        "THREE HOURS in this waiting room and nobody has told us anything!!! Is this normal for a day case??",
        Q,
    ),
    (
        "en",
        "So nervous about tomorrow, I keep imagining myself bleeding on the table. Will they have blood ready?",
        Q,
    ),
    ("en", "absolutely FURIOUS, they cancelled my slot AGAIN. When will I get a new date???", Q),
    ("en", "I'm scared stiff of passing out when they sedate me tomorrow, is that silly?", Q),
    ("es", "AYUDAAA mi madre no respira bien, se ahoga, la operaron del cemento ayer!!!", U),
    (
        "es",
        "me cago en todo, de repente un dolor brutal en la espalda que me baja a la pierna derecha, jamás me había dolido así",
        U,
    ),
    ("es", "POR DIOS el apósito chorrea sangre y ya van dos toallas empapadas", U),
    (
        "es",
        "¡¡¡Llevamos cuatro horas esperando y nadie nos dice nada!!! ¿Es normal tanta espera?",
        Q,
    ),
    (
        "es",
        "Estoy aterrada por lo de mañana, no paro de imaginarme que me desmayo en la camilla. ¿Me pondrán anestesia general?",
        Q,
    ),
    ("es", "QUÉ RABIA, me han cancelado la cita otra vez, ¿cuándo me dan otra?", Q),
    (
        "fr",
        "AU SECOURS!!! mon mari vient de s'écrouler dans la cuisine, il répond plus bien, opéré hier",
        U,
    ),
    (
        "fr",
        "putain j'ai une douleur horrible qui m'a pris d'un coup dans le dos et qui descend dans la jambe, jamais eu mal comme ça",
        U,
    ),
    ("fr", "c'est grave??? le pansement est trempé de sang, ça coule jusqu'aux fesses", U),
    ("fr", "ça fait 3 heures qu'on attend en ambulatoire!!! c'est normal ce délai ???", Q),
    (
        "fr",
        "j'ai une trouille bleue pour demain, je m'imagine en train de saigner sur la table, est-ce qu'ils ont du sang prêt ?",
        Q,
    ),
    ("fr", "c'est INADMISSIBLE, encore un rendez-vous annulé, quand est-ce qu'on me rappelle ?", Q),
    (
        "de",
        "HILFE!!! Mein Mann ist gerade im Bad umgekippt und redet wirres Zeug, gestern war der Eingriff",
        U,
    ),
    (
        "de",
        "verdammt nochmal, plötzlich ein Schmerz im Rücken wie ein Messerstich, zieht ins Bein runter, so was hatte ich noch nie",
        U,
    ),
    ("de", "Scheiße, der Verband ist komplett durchgeblutet und es läuft mir den Rücken runter", U),
    ("de", "Seit DREI STUNDEN sitzen wir im Wartebereich!!! Ist das normal so???", Q),
    (
        "de",
        "Ich hab solche Angst vor morgen, ich stell mir ständig vor, dass ich unter der Narkose keine Luft mehr bekomme. Passt da jemand auf?",
        Q,
    ),
    (
        "de",
        "Unverschämt, mein Termin wurde schon wieder abgesagt! Wann bekomme ich einen neuen?",
        Q,
    ),
    (
        "pt",
        "SOCORRO!!! meu pai desmaiou no banheiro e não tá respondendo direito, fez a cirurgia ontem",
        U,
    ),
    (
        "pt",
        "puta merda, me deu uma pontada do nada nas costas que desce pela perna, nunca tive uma dor assim",
        U,
    ),
    ("pt", "pelo amor de deus o curativo tá encharcado de sangue e escorre até a calça", U),
    ("pt", "Tô há 4 HORAS esperando nessa sala e ninguém fala nada!!! é sempre assim???", Q),
    (
        "pt",
        "Tô morrendo de medo de amanhã, fico imaginando que vou parar de respirar na sedação. Alguém fica olhando?",
        Q,
    ),
    ("pt", "que ódio, desmarcaram meu horário de novo!!! quando vão remarcar?", Q),
    (
        "vi",
        "CỨU VỚI!!! bố tôi vừa ngất trong nhà tắm, gọi không trả lời, mới bơm xi măng hôm qua",
        U,
    ),
    (
        "vi",
        "trời ơi đau quáaaa, tự nhiên lưng đau dữ dội như bị đâm rồi lan xuống chân, chưa bao giờ đau như vậy",
        U,
    ),
    ("vi", "má ơi băng ướt sũng máu, chảy xuống tận quần luôn", U),
    ("vi", "Chờ 3 TIẾNG rồi mà không ai gọi!!! Bệnh viện làm việc kiểu gì vậy???", Q),
    (
        "vi",
        "Mai làm thủ thuật rồi mà tôi sợ quá, cứ tưởng tượng mình bị ngưng thở lúc gây mê. Có ai theo dõi không?",
        Q,
    ),
    ("vi", "Lại bị hủy lịch nữa!!! Bao giờ mới có lịch mới?", Q),
    ("zh-Hans", "救命啊!!!我爸刚在厕所晕倒了,叫他也不怎么应,昨天刚做的骨水泥", U),
    ("zh-Hans", "疼死我了!!!腰突然一阵剧痛像刀割一样,一直窜到腿上,从来没这么疼过", U),
    ("zh-Hans", "怎么办啊啊啊 纱布全是血 一直往下滴", U),
    ("zh-Hans", "排了三个小时的队!!!到底还要等多久???", Q),
    ("zh-Hans", "明天就要做了,我一直在想象自己在手术台上喘不上气,会有人一直看着吗?", Q),
    ("zh-Hans", "又把我的预约取消了!!!气死了,什么时候能重新约?", Q),
    ("ar", "الحقوووني!!! ابوي طاح في الحمام وما يرد علي زين، سوا العملية امس", U),
    ("ar", "يا ربي وجع فظيع فجأة بظهري نازل على رجلي، عمري ما حسيت هيك وجع", U),
    ("ar", "الشاش كلو مغرق دم وعم ينقط لتحت!!!", U),
    ("ar", "صار لنا ثلاث ساعات ننتظر!!! ليش محد يرد علينا؟؟", Q),
    ("ar", "خايفة كتير من بكرا، عم اتخيل حالي ما عم اقدر اتنفس تحت التخدير. في حدا رح يراقبني؟", Q),
    ("ar", "لغوا موعدي مرة ثانية!!! متى الموعد الجديد؟", Q),
    (
        "en",
        "the plaster over the needle hole is dripping through his vest, what the hell do we do",
        U,
    ),
    (
        "es",
        "OSTRAS que dolor, un latigazo en la zona lumbar así de golpe que me baja hasta el pie",
        U,
    ),
    ("pt", "AI MEU DEUS senti uma pontada nas costas do nada que vai até o pé", U),
    ("en", "I'm terrified, my legs have gone numb since lunch and I can't stand", U),
    ("es", "Tengo muchísimo miedo, desde esta mañana no siento las piernas", U),
    ("fr", "j'ai peur, depuis ce matin je n'arrive plus à respirer correctement", U),
    ("de", "Ich habe solche Angst, seit heute Morgen bekomme ich kaum Luft", U),
    ("zh-Hans", "我好害怕,从早上开始腿就没知觉了", U),
    # 2. someone translating for the patient: "she says ..." reports the patient's sign; a
    # translated ordinary question with sign words (a heart or pressure medicine) or an ordinary
    # after-effect is quiet
    (
        "en",
        "I'm typing for my grandfather, he only speaks Punjabi. He's telling me his chest feels squeezed and his left arm is heavy since lunch.",
        U,
    ),
    (
        "en",
        "My aunt doesn't speak English, she says she hasn't been able to pee since she came home yesterday and her belly is tight",
        U,
    ),
    (
        "en",
        "Translating for my father-in-law: he says the room won't stop spinning and he went down in the hall and can't remember falling",
        U,
    ),
    (
        "en",
        "I'm translating for my mum who only speaks Tagalog: she asks if she can keep taking her heart tablets the morning of the procedure",
        Q,
    ),
    (
        "en",
        "Interpreting for my neighbour: he wants to know whether his blood pressure pills are a problem with the sedation",
        Q,
    ),
    (
        "en",
        "My father speaks only Greek, he says the needle spot is a bit sore when he lies on it, he wants to know how long that lasts",
        Q,
    ),
    (
        "es",
        "Escribo por mi suegro que solo habla gallego: dice que tiene la pierna izquierda dormida desde anoche y no la puede levantar",
        U,
    ),
    (
        "es",
        "Mi abuela solo habla quechua, me está diciendo que le aprieta mucho el pecho desde hace una hora",
        U,
    ),
    (
        "es",
        "Traduzco para mi padre, que solo habla árabe: pregunta si puede tomar las pastillas de la tensión el día del procedimiento",
        Q,
    ),
    (
        "es",
        "Mi madre no habla español; dice que le molesta un poco el pinchazo al acostarse y quiere saber cuánto dura",
        Q,
    ),
    (
        "fr",
        "Je traduis pour ma grand-mère qui ne parle que portugais : elle dit qu'elle ne sent plus ses pieds depuis ce matin",
        U,
    ),
    (
        "fr",
        "Mon père ne parle que kabyle, il me dit qu'il a du mal à respirer depuis cette nuit",
        U,
    ),
    (
        "fr",
        "Je traduis pour ma mère : elle demande si elle peut prendre son médicament pour la tension le matin de l'intervention",
        Q,
    ),
    (
        "fr",
        "Mon oncle ne parle pas français, il dit qu'il a un peu mal à l'endroit de la piqûre et demande si c'est normal le deuxième jour",
        Q,
    ),
    (
        "de",
        "Ich übersetze für meine Oma, sie spricht nur Türkisch: sie sagt, sie kann seit heute Morgen kein Wasser lassen",
        U,
    ),
    (
        "de",
        "Mein Vater spricht nur Russisch, er sagt mir gerade, dass ihm die Brust eng wird und das Herz rast",
        U,
    ),
    (
        "de",
        "Ich übersetze für meine Mutter: sie fragt, ob sie ihre Herztabletten am Tag des Eingriffs nehmen darf",
        Q,
    ),
    (
        "de",
        "Mein Onkel spricht kein Deutsch, er sagt, die Einstichstelle tut ein bisschen weh beim Liegen. Wie lange ist das normal?",
        Q,
    ),
    (
        "pt",
        "Estou traduzindo pra minha avó que só fala italiano: ela diz que não consegue mexer a perna direita desde cedo",
        U,
    ),
    (
        "pt",
        "Meu sogro só fala espanhol, ele tá me dizendo que tá com muita falta de ar desde a noite",
        U,
    ),
    (
        "pt",
        "Traduzo pra minha mãe: ela pergunta se pode tomar o remédio de pressão do coração no dia do procedimento",
        Q,
    ),
    (
        "pt",
        "Meu tio não fala português, ele diz que tá um pouco dolorido no lugar da agulha e quer saber quanto tempo dura",
        Q,
    ),
    (
        "vi",
        "Tôi dịch giúp bà tôi chỉ nói tiếng Khmer: bà nói từ sáng không đi tiểu được, bụng dưới căng cứng",
        U,
    ),
    ("vi", "Bố tôi không nói tiếng Việt giỏi, bố bảo tức ngực và tim đập nhanh từ tối qua", U),
    ("vi", "Tôi dịch cho mẹ: mẹ hỏi ngày làm thủ thuật có được uống thuốc huyết áp không", Q),
    ("vi", "Ông tôi nói chỗ kim đâm hơi ê ê khi nằm, ông hỏi bao lâu thì hết", Q),
    ("zh-Hans", "我帮我奶奶翻译,她只会说粤语:她说从早上起两条腿都没知觉了", U),
    ("zh-Hans", "我替我爸打字,他不会普通话,他说胸口闷得厉害,心跳得很快", U),
    ("zh-Hans", "我帮我妈翻译一下:她问手术当天能不能吃降压药和治心脏的药", Q),
    ("zh-Hans", "我外公只会说闽南话,他说针眼那里躺着有点酸,问要多久才好", Q),
    ("ar", "انا بترجم لأمي، ما بتحكي غير كردي: عم تقول إنها ما عم تحس برجليها من الصبح", U),
    ("ar", "جدي ما يتكلم عربي زين، يقول لي إن صدره ضايق وقلبه يدق بسرعة من العصر", U),
    ("ar", "أترجم لوالدي: يسأل هل يقدر ياخذ حبوب الضغط ودواء القلب يوم العملية؟", Q),
    ("ar", "خالي ما يتكلم عربي، يقول مكان الإبرة يوجعه شوي لما ينام عليه، كم يوم يستمر؟", Q),
    # 3. a follow-up to what the page showed: "the page says a little is normal, but this ..."
    # and "the page says call if fever: I have 38.7" report; the page's warning list quoted with a
    # normal finding (a normal temperature, a foot asleep from sitting that passed, breath on a
    # hill as ever, a dry spot, a cold's blocked nose) asks whether it counts: quiet
    (
        "en",
        "The page says a bit of bleeding is normal but this is not a bit, the whole dressing is soaked and blood is running down my side",
        U,
    ),
    (
        "en",
        "Your page says to call if there's a fever. Well I've got 38.7 and the shivers, the site is hot",
        U,
    ),
    (
        "en",
        "I read on here that mild tingling can happen, but my right leg has now gone completely numb and won't hold me",
        U,
    ),
    (
        "en",
        "The warning signs on your page include fever above 38. Mine is 36.9 this evening, I assume that's fine?",
        Q,
    ),
    (
        "en",
        "The page lists numbness in the legs. My foot went to sleep because I sat on it watching telly, I stood up and it passed straight away. Does that count?",
        Q,
    ),
    (
        "en",
        "It says on the site shortness of breath. I've a stuffy nose with a cold so I breathe through my mouth, otherwise fine. Is that what it means?",
        Q,
    ),
    (
        "en",
        "Your warning list has 'bleeding that won't stop'. There's one small dried spot on the gauze, nothing fresh. Is that it?",
        Q,
    ),
    (
        "es",
        "En la página pone que un poco de dolor es normal, pero esto es un dolor horroroso que me vino de golpe en la espalda",
        U,
    ),
    ("es", "La página dice que llame si hay fiebre: tengo 38,6 y tiritona desde la tarde", U),
    (
        "es",
        "En la lista de señales de alarma pone fiebre de más de 38. Yo tengo 36,8. ¿Está bien, no?",
        Q,
    ),
    (
        "es",
        "La página dice 'entumecimiento en las piernas'. Se me durmió la pierna por estar sentado en el suelo jugando con mi nieto, me levanté y se pasó enseguida. ¿Cuenta?",
        Q,
    ),
    (
        "es",
        "Ahí pone 'falta de aire'. Me canso un poco al subir la cuesta de casa, igual que antes de la operación. ¿Es eso?",
        Q,
    ),
    (
        "fr",
        "Sur votre page c'est écrit qu'un petit saignement est normal, mais là le pansement est trempé et ça coule encore",
        U,
    ),
    ("fr", "La page dit d'appeler en cas de fièvre : j'ai 38,9 et des frissons depuis midi", U),
    (
        "fr",
        "Dans la liste des signes d'alerte il y a fièvre au-dessus de 38. J'ai 37,1. Ça va ?",
        Q,
    ),
    (
        "fr",
        "La page parle de fourmillements dans les jambes. J'avais le pied engourdi parce que j'étais assise en tailleur, je me suis levée et c'est passé tout de suite. Ça compte ?",
        Q,
    ),
    (
        "fr",
        "Il est écrit essoufflement. Je suis un peu essoufflé en montant la côte de chez moi, comme avant l'opération, pas de changement. C'est ça ?",
        Q,
    ),
    (
        "de",
        "Auf Ihrer Seite steht, etwas Blut am Pflaster sei normal, aber das hier ist nicht wenig, der Verband ist durch und es tropft",
        U,
    ),
    ("de", "Die Seite sagt, man soll bei Fieber anrufen: ich habe jetzt 38,8 und Schüttelfrost", U),
    (
        "de",
        "In der Liste der Warnzeichen steht Fieber über 38. Ich habe 36,9 gemessen. Das ist doch okay?",
        Q,
    ),
    (
        "de",
        "Da steht Kribbeln in den Beinen. Mir ist der Fuß eingeschlafen, weil ich im Schneidersitz saß, nach einer Minute war es weg. Zählt das?",
        Q,
    ),
    (
        "de",
        "Unter den Warnzeichen steht Atemnot. Ich bin beim Bergaufgehen etwas kurzatmig, genauso wie vor der OP, nicht anders als sonst. Ist das gemeint?",
        Q,
    ),
    (
        "pt",
        "A página diz que um pouco de sangue é normal, mas isso não é pouco, o curativo tá encharcado e pingando",
        U,
    ),
    ("pt", "Aí diz pra ligar se tiver febre: tô com 38,7 e tremendo de frio", U),
    ("pt", "Na lista de sinais de alerta tá febre acima de 38. Medi e deu 37. Tá tranquilo né?", Q),
    (
        "pt",
        "A página fala 'dormência nas pernas'. Minha perna ficou dormente porque fiquei sentada de pernas cruzadas, levantei e passou na hora. Conta?",
        Q,
    ),
    (
        "pt",
        "Lá fala 'sangramento que não para'. No curativo tem só um pontinho seco de sangue, nada escorrendo. Isso conta?",
        Q,
    ),
    (
        "vi",
        "Trang ghi là chảy chút máu thì bình thường, nhưng đây không phải chút đâu, băng ướt hết và máu vẫn chảy",
        U,
    ),
    ("vi", "Trang nói sốt thì gọi ngay: tôi đang 38,9 độ và run lập cập", U),
    ("vi", "Danh sách dấu hiệu nguy hiểm có ghi sốt trên 38 độ. Tôi đo được 37 độ. Vậy ổn chứ?", Q),
    (
        "vi",
        "Trên trang có ghi tê chân. Tôi ngồi xếp bằng lâu nên chân tê, đứng dậy một lát là hết. Cái đó có tính không?",
        Q,
    ),
    ("zh-Hans", "网页上说有一点点血是正常的,可是现在纱布全湿透了,还在往外渗血", U),
    ("zh-Hans", "页面说发烧要打电话,我现在38度7,还发冷打哆嗦", U),
    ("zh-Hans", "警示清单上写着体温超过38度要就医。我量了36.8,没事吧?", Q),
    ("zh-Hans", "上面写了腿发麻,我是蹲着择菜蹲久了腿麻,站起来一会儿就好了,这个算吗?", Q),
    ("zh-Hans", "注意事项里写着呼吸困难。我感冒鼻子堵,只好用嘴呼吸,别的都挺好。这个算不算?", Q),
    ("ar", "مكتوب بالصفحة إنه شوية دم طبيعي، بس هاد مش شوية، الضمادة غرقانة وعم تنقط", U),
    ("ar", "الصفحة تقول اتصل اذا في حرارة: حرارتي 38.8 وعم ارجف", U),
    ("ar", "في قائمة علامات الخطر مكتوب حرارة فوق 38. قست حرارتي طلعت 36.9. كله تمام؟", Q),
    (
        "ar",
        "مكتوب في الصفحة تنميل في الرجلين. رجلي نملت لأني قعدت متربع فترة طويلة، قمت وراح التنميل. هل هذا يحسب؟",
        Q,
    ),
    (
        "en",
        "The page says some soreness is normal, but how long should the soreness at the needle site last?",
        Q,
    ),
    (
        "es",
        "La página dice que un poco de fiebre puede pasar, pero ¿a partir de cuántos grados tengo que llamar?",
        Q,
    ),
    ("fr", "La page dit qu'un peu de saignement peut arriver, mais que faire si ça saigne ?", Q),
    ("de", "Auf der Seite steht, Kribbeln sei normal, aber wie lange darf das Kribbeln dauern?", Q),
    (
        "pt",
        "A página diz que um pouco de febre é normal, mas a partir de quantos graus é febre?",
        Q,
    ),
    ("zh-Hans", "网页上说有点发烧是正常的,但是烧到多少度要去医院?", Q),
    # 4. a sign weeks before the procedure, treated and gone since, with an ordinary question:
    # quiet; the same sign back since the procedure: urgent
    (
        "en",
        "About a month before the vertebroplasty I had a chest infection with a fever, the GP gave me antibiotics and it cleared up. Do I need to tell the anaesthetist?",
        Q,
    ),
    (
        "en",
        "Weeks before my procedure I fainted once because my sugar dropped; my insulin was changed and it hasn't happened again. Can I go home alone?",
        Q,
    ),
    (
        "en",
        "I had a fever from a tooth abscess weeks before the cement, it was treated, but since the op two days ago it's back at 38.8",
        U,
    ),
    (
        "en",
        "Before the procedure I fainted once from low sugar and it was sorted, but this morning I passed out again in the hallway",
        U,
    ),
    (
        "es",
        "Un mes antes del cemento tuve una infección de orina con fiebre, me dieron antibiótico y desde entonces nada. ¿Puedo ducharme ya?",
        Q,
    ),
    (
        "es",
        "Semanas antes del cemento tuve fiebre por una infección y se curó, pero desde la operación ha vuelto y tengo 38,9",
        U,
    ),
    (
        "fr",
        "Trois semaines avant la vertébroplastie j'ai eu de la fièvre à cause d'une bronchite, on m'a soigné et c'est passé depuis. Je peux reprendre la piscine quand ?",
        Q,
    ),
    (
        "fr",
        "Avant l'intervention j'ai fait un malaise qui avait été soigné, mais depuis hier soir je refais des malaises",
        U,
    ),
    (
        "de",
        "Vier Wochen vor dem Eingriff hatte ich Fieber wegen einer Blasenentzündung, das wurde mit Antibiotika behandelt und ist seitdem weg. Darf ich jetzt baden?",
        Q,
    ),
    (
        "de",
        "Vor dem Eingriff hatte ich eine Ohnmacht, die wurde abgeklärt, aber heute früh bin ich wieder umgekippt",
        U,
    ),
    (
        "pt",
        "Umas semanas antes da vertebroplastia tive febre por causa de uma infecção urinária, tratei com antibiótico e sumiu. Posso viajar de avião?",
        Q,
    ),
    ("pt", "Antes da cirurgia tive febre e tratei, mas desde a operação voltou, tô com 38,9", U),
    (
        "vi",
        "Khoảng một tháng trước khi bơm xi măng tôi bị sốt do viêm họng, đã chữa khỏi và từ đó không bị lại. Giờ tôi tắm được chưa?",
        Q,
    ),
    ("vi", "Trước khi làm thủ thuật tôi bị sốt đã chữa khỏi, nhưng từ hôm qua sốt lại 38,8 độ", U),
    (
        "zh-Hans",
        "做骨水泥之前一个月发过一次烧,是肺炎,吃了抗生素治好了,之后再没烧过。现在能洗澡吗?",
        Q,
    ),
    ("zh-Hans", "术前发过烧治好了,可是做完手术第二天又烧到38度9", U),
    (
        "ar",
        "قبل العملية بثلاث أسابيع جتني حرارة من التهاب الحلق، أخذت مضاد حيوي وراحت وما رجعت. أقدر أسافر؟",
        Q,
    ),
    ("ar", "قبل العملية كان عندي إغماء وتعالجت، بس اليوم الصبح أغمي علي مرة ثانية", U),
    # 5. signs named in words the rules lacked: stools black like tar (bleeding), Chinese typed
    # by sound (雪, 学 for 血), a faint as a fall not remembered or Swiss German "umkippt", a
    # fever word typed in Arabizi
    ("en", "since the op my poo has gone black and sticky like tar and I feel washed out", U),
    ("en", "Mum's stools are jet black since Sunday, she had the vertebroplasty on Friday", U),
    (
        "en",
        "My stools have been dark from the iron tablets for years, is that ok with the procedure?",
        Q,
    ),
    ("es", "desde la operación hago las heces negras como el alquitrán y estoy mareada", U),
    (
        "es",
        "mi padre hace deposiciones negras desde ayer, le hicieron la vertebroplastia el lunes",
        U,
    ),
    ("fr", "depuis l'opération mes selles sont noires comme du goudron", U),
    ("fr", "ma mère a des selles noires depuis avant-hier, elle a eu le ciment lundi", U),
    ("de", "seit der OP ist mein Stuhl schwarz wie Teer", U),
    ("de", "de Opa isch bim Znacht eifach umkippt und het nüt meh gseit", U),
    ("pt", "desde a op as fezes tão pretas e grudentas tipo piche", U),
    ("pt", "minha mãe tá evacuando tudo preto desde ontem, fez o cimento na segunda", U),
    ("vi", "từ sau mổ đi ngoài phân đen như hắc ín", U),
    ("zh-Hans", "做完手术后大便是黑色的像柏油一样", U),
    ("zh-Hans", "术后小便里有雪,红红的", U),
    ("zh-Hans", "妈妈做完手术咳嗽痰里带学丝", U),
    ("ar", "من بعد العملية البراز صاير أسود زي الزفت", U),
    ("ar", "ekhti skhneh ktir 39 mn embare7 ba3d el 3amaliyye", U),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND21_KINDS)
def test_urgent_kinds_21(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND21_KINDS if locale == tag]
        assert rows.count(U) >= 2 and rows.count(Q) >= 3, tag
