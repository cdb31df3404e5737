"""Urgent signs by kind, the twenty-second blind set's (tests/data/urgent_blind_22/, issue 17).

Its 2 misses and 7 false alarms with the word model (9 misses by the rules alone) were read as
kinds (session 28), and each kind written here in situations of our own (other people, other
body words, other devices, other days) in every locale, urgent rows and controls of the same
kind:

1. typed as a search engine's keywords (60 rows): a sign with a time word tying it to now or
   to the procedure reports ("bleeding from needle hole since last night", "not peed 10 hours
   after back op", "术后 12小时 没小便"): a bleeding word (not a bare "blood": a dried spot on
   the plaster "since yesterday" is a control of set 13) with "since <a time>" is a pair of
   its own in every locale, urine held back "for N hours" a sign; a sign as a topic with
   "risk", "chance", "rate", "symptoms of" asks;
2. a young relative's text-speak (58 rows): each Latin-script locale's ``respellings`` read the
   common text-speak around the urgent words out for its rules only ("cnt", "nvr b4",
   "passin", "dsd", "q", "pa", "pu", "dpuis", "nich", "n", Arabizi "3aref", "meen",
   "bet2ool"), never the whole text-speak table (session 27's lesson); Arabic "ماما" before a
   sign is no "ما" denying it;
3. a gadget's reading or alert (56 rows): a pulse under 45 is over the line too (a watch's
   "HR 41"), and a blood pressure is read with the device between word and number ("the BP
   cuff just said 84/52", 血压计量出来80/50); normal readings and explained false alarms stay
   quiet;
4. the pain that is the reason for the procedure, before it (42 rows; 7 false alarms in the
   set): ``urgent_reason.reason_for_procedure`` (``weeks_back`` with ``to_come`` or
   ``planned``, or ``reason_for``, unless ``today``), with look-alikes tied to now that alert;
5. sign words the rules lacked (8 rows): Gulf "ريول" for legs, not able to get up from the
   bed, a lash of pain "como nunca", someone who has to lift one's legs "for me" (written when
   the refitted model no longer caught set 17's feet put in slippers "for me", a rules miss);
6. text-speak controls using the very words read out (6 rows), and 3 Vietnamese ordinary
   questions that date the procedure by its weekday ("hôm thứ sáu"), written when the refitted
   model read that as urgent (the seventeenth patient set's false alarms 0.6 -> 1.1 %);
7. whether the patient is awake during the procedure, asked with the procedure told (24 rows,
   added after the merge): the word model alerted on "meine Oma kriegt eine Zementspritze in
   den Rücken, ist sie da wach?" (the twentieth patient set, studied); 2 of the 16 quiet rows
   alerted before the refit, none after; the 8 rows of a patient who cannot be woken alert.

190 rows were written first: 23 failed with the model on the code before (34 by the rules
alone; by kind 9, 2, 3, 9, 0 with the model, 11, 8, 4, 9, 2 by the rules alone). 36 more
(look-alikes that must alert, more reason forms, text-speak rows) were written after the first
change: 2 quiet ones failed with the model before it was refitted (4 on the code before), 2
urgent ones by the rules alone (8 before); one was mended ("ما عدت احس"). Two more on review ("I'm
getting it again" is no procedure to come; "he's having the cement on Monday" is) passed once
"it" left ``to_come``.

Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND22_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND22_KINDS = [
    # 1. typed as a search engine's keywords: a sign with a time word or the procedure reports
    # (bleeding that has gone on since a time, urine held back for hours); a sign named as a topic
    # with risk, chance, rate or symptoms asks
    ("en", "bleeding from needle hole since last night", U),
    ("en", "no pee since cement yesterday", U),
    ("en", "not peed 10 hours after back op", U),
    ("en", "chest tightness after cement today", U),
    ("en", "feet numb day after vertebroplasty", U),
    ("en", "hot swollen wound 3 days post op", U),
    ("en", "blacking out since op", U),
    ("en", "paralysis chance after vertebroplasty", Q),
    ("en", "symptoms of cement embolism", Q),
    ("en", "how common is infection after kyphoplasty", Q),
    ("en", "urine retention risk sedation", Q),
    ("es", "sangra herida aguja desde anoche", U),
    ("es", "sin orinar desde ayer tras cemento", U),
    ("es", "pecho oprimido despues vertebroplastia hoy", U),
    ("es", "pies sin fuerza desde la operacion", U),
    ("es", "probabilidad paralisis vertebroplastia", Q),
    ("es", "sintomas embolia de cemento", Q),
    ("es", "riesgo de sangrado con sintrom vertebroplastia", Q),
    ("fr", "saignement point de ponction depuis hier soir", U),
    ("fr", "pas uriné depuis 12h après ciment", U),
    ("fr", "oppression thoracique après vertébroplastie aujourd'hui", U),
    ("fr", "pieds engourdis lendemain opération", U),
    ("fr", "risque paralysie vertébroplastie", Q),
    ("fr", "symptômes embolie de ciment", Q),
    ("fr", "taux infection après cimentoplastie", Q),
    ("de", "Blutung Einstichstelle seit gestern Abend", U),
    ("de", "Brustschmerz nach Zement heute", U),
    ("de", "kein Pipi seit 12 Stunden nach OP", U),
    ("de", "Oma verwirrt seit OP gestern", U),
    ("de", "Lähmung Risiko Wirbelzementierung", Q),
    ("de", "Symptome Zementembolie", Q),
    ("de", "Blutungsrisiko Vertebroplastie Marcumar", Q),
    ("pt", "sangrando no curativo desde ontem", U),
    ("pt", "sem urinar desde a cirurgia ontem", U),
    ("pt", "dor no peito depois do cimento hoje", U),
    ("pt", "febre 38,5 terceiro dia pos vertebroplastia", U),
    ("pt", "chance de paralisia vertebroplastia", Q),
    ("pt", "sintomas de embolia por cimento", Q),
    ("pt", "risco de febre depois da vertebroplastia", Q),
    ("vi", "chảy máu chỗ kim từ tối qua", U),
    ("vi", "không tiểu được 12 tiếng sau mổ", U),
    ("vi", "tức ngực sau bơm xi măng hôm nay", U),
    ("vi", "chan te liet tu sang nay sau mo", U),
    ("vi", "tỉ lệ liệt sau bơm xi măng", Q),
    ("vi", "triệu chứng tắc mạch xi măng", Q),
    ("vi", "nguy cơ chảy máu khi bơm xi măng", Q),
    ("zh-Hans", "针眼出血 从昨晚到现在", U),
    ("zh-Hans", "术后 12小时 没小便", U),
    ("zh-Hans", "打骨水泥后 胸闷 今天", U),
    ("zh-Hans", "术后第二天 发烧38.6", U),
    ("zh-Hans", "骨水泥 瘫痪 概率", Q),
    ("zh-Hans", "骨水泥栓塞 症状", Q),
    ("zh-Hans", "椎体成形 出血风险", Q),
    ("ar", "الجرح عم ينزف من الصبح", U),
    ("ar", "ما في بول من امبارح بعد العملية", U),
    ("ar", "ضيق صدر بعد حقن الاسمنت اليوم", U),
    ("ar", "حرارة 38.7 ثاني يوم بعد العملية", U),
    ("ar", "نسبة الشلل بعد حقن الفقرات", Q),
    ("ar", "اعراض انسداد رئوي من الاسمنت", Q),
    ("ar", "مخاطر النزيف بعد الاسمنت", Q),
    # 2. text-speak of a young relative (abbreviations, dropped vowels and letters, slang, an
    # emoji): the sign as the rules know it once the locale's text-speak is read out; ordinary
    # questions and after-effects in text-speak stay quiet
    ("en", "grampa cnt feel his feet since he got bk frm hospital, pls help", U),
    ("en", "mum keeps passin out n wont wake up proper, had the cement thing 2day", U),
    ("en", "my bro says he cant breathe proply since his op lst nite", U),
    ("en", "nan aint peed since yday aftr her back op, belly rly swollen", U),
    ("en", "can grandad hav a shower 2nite or wait til 2moro? ty", Q),
    ("en", "wots the best pillow 4 sleepin after vertebroplasty lol", Q),
    ("en", "mums back a bit stiff 2day but shes fine, normal rite?", Q),
    ("es", "mi abu no siente las piernas dsd ayer, q hago", U),
    ("es", "mi ma sta super mareada y se desmayo hace un rato xfa ayuda", U),
    ("es", "mi tio no puede respirar bn dsd la opera", U),
    ("es", "la herida d mi abuela sta roja y caliente y tiene fiebre dsd anoche", U),
    ("es", "mi abu puede comer normal dsp d la operacion? grax", Q),
    ("es", "q tal la recuperacion dsp de una vertebroplastia? xq a mi abu le toca", Q),
    ("es", "mi ma sta un poco cansada hoy pero bien, normal no?", Q),
    ("fr", "mon grd pere sent pu ses jambes dpuis ce matin, on fait koi", U),
    ("fr", "ma mere arrive pa a respirer, elle a eu son ciment hier", U),
    ("fr", "mon papi saigne bcp du pansement dpuis 2h", U),
    ("fr", "ma mamie dit nimporte koi depuis l'operation, elle reconnait pu personne", U),
    ("fr", "mamie pourra monter les escaliers qd elle rentre? mrc", Q),
    ("fr", "mon pere est 1 peu fatigué ajd mais ca va, c normal?", Q),
    ("fr", "jpeux conduire ma mere a la clinique dmn ou il faut 1 taxi?", Q),
    ("de", "opa kann seine beine nich mehr bewegen seit heut früh, was tun??", U),
    ("de", "mama kriegt kaum luft u is ganz blass, hatte gestern die op", U),
    ("de", "oma redet voll wirres zeug seit der op, erkennt uns nich", U),
    ("de", "darf opa nach der op wieder treppe laufen? thx", Q),
    ("de", "mama is nach der op bissl müde aber sonst gut, normal oder?", Q),
    ("de", "wie lang muss oma liegen nach dem eingriff? lg", Q),
    ("pt", "mds meu vô n consegue mexer as pernas desde ontem", U),
    ("pt", "minha mae ta c falta de ar dsd a cirurgia, oq faço", U),
    ("pt", "minha vó ta com febre e o curativo ta cheio de pus, socorro", U),
    ("pt", "minha vó pode subir escada dps da cirurgia? vlw", Q),
    ("pt", "meu pai ta meio cansado hj mas de boa, normal né?", Q),
    ("pt", "qnd a minha mae pode voltar a dirigir? bjs", Q),
    ("vi", "ba e ko cu dong dc chan tu sang, lam sao mn", U),
    ("vi", "me e kho tho qua, moi bom xi mang hqua", U),
    ("vi", "ong e ngat xiu o nha tam, bay h van lo mo", U),
    ("vi", "ba e dc an uong binh thuong chua mn? cam on", Q),
    ("vi", "me e hoi met ti nhung van on, bt ko?", Q),
    ("vi", "bn lau thi ong e di bo dc?", Q),
    ("zh-Hans", "家人们 我爷腿完全没知觉了 从早上开始 咋办😭", U),
    ("zh-Hans", "我妈喘不上气 脸都白了 昨天刚打完骨水泥 急急急", U),
    ("zh-Hans", "我奶今天突然不认人了 说胡话 术后第三天", U),
    ("zh-Hans", "家人们 我爷做完手术能吃火锅不 hhh", Q),
    ("zh-Hans", "我妈术后有点累 其他都挺好 正常吧", Q),
    ("zh-Hans", "打完骨水泥多久能坐飞机啊 急", Q),
    ("ar", "jeddi msh 2ader y7arek rejlo men embare7 ba3d el 3amaliyye", U),
    ("ar", "mama mesh 3arfa e7na meen w bet2ool kalam gharib", U),
    ("ar", "ستي ما عم تقدر تتنفس منيح من بعد العملية 😢 شو نعمل", U),
    ("ar", "baba 3ando so5oneya 39 w el jar7 a7mar", U),
    ("ar", "sitti t2dar tekol 3adi ba3d el 3amaliyye? shukran", Q),
    ("ar", "ماما تعبانة شوي بس منيحة، طبيعي؟ 😅", Q),
    ("ar", "emta baba ye2dar yesou2 ba3d el 3amaliyye?", Q),
    ("en", "grandad got chest pain rly bad n cnt catch his breath, had the op yday", U),
    ("es", "mi abu tiene el pecho apretao y sta sudando, q hago dsd anoche sta asi", U),
    ("fr", "mon papi a pa fait pipi dpuis hier matin, son ventre est tout gonflé", U),
    ("pt", "minha vó n consegue segurar o xixi dsd ontem, fez o cimento segunda", U),
    ("de", "opa kann nich mehr pinkeln seit gestern abend u der bauch is ganz hart", U),
    ("ar", "sitti mesh 3arfa ana meen men embare7, 3amlet el 3amaliyye el ahad", U),
    # 3. a gadget's reading or alert: a value beyond the line (oxygen under 92, pulse 120 or more
    # or under 45, temperature 38 or more, a systolic pressure under 90 with the device's name
    # and verb between word and number) reports; a normal reading or a false alarm explained is
    # quiet
    ("en", "The oximeter on Dad's finger keeps dropping to 84 and he's grey", U),
    ("en", "My blood pressure machine just read 82/50 and I feel faint, op was yesterday", U),
    ("en", "thermometer says 38.9 tonight, two days after the cement", U),
    ("en", "Mum's fall alarm went off, she's on the floor and not making sense", U),
    ("en", "My watch shows a pulse of 41 and I feel woozy, had the cement this morning", U),
    (
        "en",
        "The fall detector went off when I dropped my phone, I'm absolutely fine. Can I turn it off?",
        Q,
    ),
    ("en", "My watch says heart rate 68 resting, BP 128/80. All good after the cement?", Q),
    ("en", "Thermometer says 36.8, just checking, can I shower?", Q),
    ("es", "el pulsioxímetro de mi tío marca 83 y tiene los labios morados", U),
    ("es", "el termómetro marca 38,8 desde esta tarde, me operaron el lunes", U),
    ("es", "el reloj de mi madre da 40 pulsaciones y está medio ida", U),
    ("es", "mi pulsera detectó una caída pero se me cayó el móvil, estoy bien", Q),
    ("es", "la tensión me da 130/85 como siempre, ¿puedo tomar el ibuprofeno?", Q),
    ("es", "el termómetro marca 36,7, ¿puedo ducharme ya?", Q),
    ("fr", "le saturomètre de ma grand-mère affiche 84 et elle a les lèvres bleues", U),
    ("fr", "ma montre indique un pouls à 42 et j'ai la tête qui tourne", U),
    ("fr", "thermomètre à 38,9 ce soir, ciment avant-hier", U),
    (
        "fr",
        "ma montre a sonné pour une chute mais j'avais juste laissé tomber mon sac, tout va bien",
        Q,
    ),
    ("fr", "saturation 98 %, pouls 80, c'est normal ?", Q),
    ("fr", "température 36,9 ce matin, je peux enlever le pansement ?", Q),
    ("de", "Das Oximeter zeigt bei Oma nur noch 84 % und sie ist ganz grau im Gesicht", U),
    ("de", "Blutdruckgerät zeigt 78/45, mir ist total schwindelig, OP war gestern", U),
    ("de", "Fieberthermometer 39,1, zwei Tage nach dem Zement", U),
    (
        "de",
        "Die Sturzerkennung hat ausgelöst, weil mir die Tasche runtergefallen ist, alles gut",
        Q,
    ),
    ("de", "Puls 72, Blutdruck 125/80, Sättigung 98 %. Passt das?", Q),
    ("de", "Thermometer 36,6 heute Abend, darf ich duschen?", Q),
    ("pt", "o oxímetro da minha avó marca 84 e ela tá com a boca roxa", U),
    ("pt", "o termômetro deu 38,7 hoje, fiz o cimento anteontem", U),
    ("pt", "o relógio do meu pai marca 160 de batimento e ele tá suando frio", U),
    ("pt", "o relógio apitou queda mas foi o celular que caiu, tô bem", Q),
    ("pt", "oxímetro 98 e pulso 76, tá tudo bem né?", Q),
    ("pt", "termômetro deu 36,5, posso tomar banho?", Q),
    ("vi", "máy đo oxy của bà tôi chỉ 84%, môi bà tím tái", U),
    ("vi", "nhiệt kế 38,9 độ tối nay, mới bơm xi măng hôm kia", U),
    ("vi", "đồng hồ báo mạch 40, tôi thấy choáng váng", U),
    ("vi", "đồng hồ báo té ngã nhưng thật ra tôi làm rơi điện thoại, tôi vẫn khỏe", Q),
    ("vi", "máy đo SpO2 98%, mạch 75, vậy ổn chứ?", Q),
    ("vi", "nhiệt kế 36,8 độ, tôi tắm được chưa?", Q),
    ("zh-Hans", "我爸血氧仪显示84%，嘴唇发紫", U),
    ("zh-Hans", "体温计显示38.9，前天刚打骨水泥", U),
    ("zh-Hans", "血压计量出来80/50，我头晕眼花，昨天做的手术", U),
    ("zh-Hans", "手表报了跌倒，其实是我手机掉地上了，我人没事", Q),
    ("zh-Hans", "血氧98%，心率76，正常吧？", Q),
    ("zh-Hans", "体温36.6，可以洗澡了吗？", Q),
    ("ar", "جهاز الاكسجين عند ستي بيقرا 84 وشفايفها زرق", U),
    ("ar", "الحرارة 38.9 الليلة، عملت الاسمنت من يومين", U),
    ("ar", "جهاز الضغط بيقول 80/50 وانا دايخ كتير بعد العملية", U),
    ("ar", "الساعة عطت انذار سقوط بس التلفون هو اللي وقع، انا منيح", Q),
    ("ar", "الاكسجين 98 والنبض 76، تمام؟", Q),
    ("ar", "الحرارة 36.7، بقدر اتحمم؟", Q),
    (
        "en",
        "the fall alarm on Gran's wrist went off and we found her on the floor not answering",
        U,
    ),
    ("en", "My pulse oximeter says 95 and my pulse 82, is that normal the day after?", Q),
    ("pt", "o aparelho de pressão marcou 85/50 e meu pai tá tonto, quase caiu", U),
    ("de", "Die Uhr zeigt Puls 40 und meiner Mutter ist schwarz vor Augen", U),
    ("zh-Hans", "手环显示心率41，我爸说头很晕", U),
    ("ar", "الساعة بتقول النبض 42 وابوي دايخ كتير", U),
    # 4. the pain that is the reason for the procedure, before it: dated weeks back with the
    # procedure still to come, or told as why it is done (quiet); the same words tied to now or
    # to the procedure done alert
    (
        "en",
        "My mother has had excruciating back pain since she tripped on the kerb three weeks ago; they're doing the cement on Thursday. Will she need someone at home?",
        Q,
    ),
    (
        "en",
        "Two weeks ago Dad suddenly got a terrible pain lifting a suitcase, the scan showed a broken vertebra and he goes in on Monday. How long is the operation?",
        Q,
    ),
    (
        "en",
        "I can't walk further than the end of the garden because of the fracture pain, so the surgeon is doing the cement next week. Should I stop my aspirin before the procedure?",
        Q,
    ),
    (
        "en",
        "The cement was done on Monday and this evening a sudden terrible pain hit my back, far worse than the fracture ever was.",
        U,
    ),
    (
        "es",
        "Hace dos semanas mi madre se resbaló en la ducha y desde entonces tiene un dolor insoportable; la operan el martes. ¿Cuánto reposo necesita?",
        Q,
    ),
    (
        "es",
        "A mi marido le dio un dolor horrible al coger a la nieta hace un mes, es una fractura y le hacen el cemento la semana que viene.",
        Q,
    ),
    (
        "es",
        "Me hicieron el cemento el martes y hoy me ha dado de golpe un dolor horrible en la espalda, peor que la fractura.",
        U,
    ),
    (
        "fr",
        "Il y a trois semaines ma femme a eu une douleur atroce en soulevant un carton, c'est un tassement et on l'opère mardi. Combien de temps dure l'anesthésie ?",
        Q,
    ),
    (
        "fr",
        "Depuis que j'ai glissé sur le trottoir il y a un mois, j'ai un mal de dos insupportable; la vertébroplastie est prévue vendredi.",
        Q,
    ),
    (
        "fr",
        "Vertébroplastie lundi, et ce soir une douleur brutale dans le dos, pire qu'avant l'opération.",
        U,
    ),
    (
        "de",
        "Vor zwei Wochen hatte meine Mutter beim Bettenmachen plötzlich einen heftigen Schmerz im Kreuz; sie wird nächsten Dienstag zementiert. Darf ich mitkommen?",
        Q,
    ),
    (
        "de",
        "Seit ich vor einem Monat ausgerutscht bin, habe ich unerträgliche Rückenschmerzen. Am Montag bekomme ich die Vertebroplastie. Muss ich nüchtern sein?",
        Q,
    ),
    (
        "de",
        "Die Zementierung war am Montag, und heute Abend kam plötzlich ein unerträglicher Schmerz im Rücken, schlimmer als vor der OP.",
        U,
    ),
    (
        "pt",
        "Há duas semanas meu marido sentiu uma dor terrível ao levantar a neta, é fratura e ele vai operar na terça. Quanto tempo de repouso?",
        Q,
    ),
    (
        "pt",
        "Desde que tropecei no quintal há um mês tenho uma dor horrível nas costas; a vertebroplastia está marcada para sexta.",
        Q,
    ),
    (
        "pt",
        "Fiz o cimento na segunda e hoje à noite veio de repente uma dor horrível nas costas, pior que antes.",
        U,
    ),
    (
        "vi",
        "Hai tuần trước mẹ tôi bê chậu cây thì đau lưng dữ dội, bác sĩ nói xẹp đốt sống, thứ ba tuần sau mẹ bơm xi măng. Mẹ cần nhịn ăn không?",
        Q,
    ),
    (
        "vi",
        "Tôi bơm xi măng hôm thứ hai, tối nay tự nhiên đau lưng dữ dội, đau hơn cả trước khi làm.",
        U,
    ),
    (
        "zh-Hans",
        "我妈两周前弯腰拖地时腰突然剧痛，查出来是压缩骨折，下周二打骨水泥。需要家属陪吗？",
        Q,
    ),
    (
        "zh-Hans",
        "一个月前我在楼梯上摔了一下，腰疼得受不了，医生安排周四做椎体成形。术前要停阿司匹林吗？",
        Q,
    ),
    ("zh-Hans", "周一打的骨水泥，今晚腰突然剧痛，比手术前还厉害。", U),
    (
        "ar",
        "امي من اسبوعين وهي ترتب السرير صار عندها الم شديد بظهرها، طلع كسر بالفقرة، وعمليتها الثلاثاء الجاي. لازم تصوم؟",
        Q,
    ),
    (
        "ar",
        "من شهر زحلقت بالدرج وظهري بيوجعني وجع ما بينطاق، وحقن الاسمنت يوم الخميس. قديش بدي ارتاح؟",
        Q,
    ),
    ("ar", "عملت الاسمنت يوم الاثنين واليوم فجأة اجاني وجع قوي كتير بظهري اسوا من قبل العملية.", U),
    (
        "en",
        "The broken bone in my back has made me cry with pain for a month, which is why I'm having the cement on Friday",
        Q,
    ),
    (
        "es",
        "El aplastamiento me da un dolor horrible desde hace un mes, por eso me van a poner el cemento",
        Q,
    ),
    (
        "fr",
        "Depuis deux mois mon tassement me donne une douleur atroce, c'est pour ça qu'on m'opère jeudi",
        Q,
    ),
    (
        "de",
        "Der Wirbelbruch macht mir seit Wochen unerträgliche Schmerzen, deshalb bekomme ich am Montag den Zement",
        Q,
    ),
    (
        "pt",
        "A fratura me dá uma dor horrível há semanas, por isso o médico marcou a vertebroplastia",
        Q,
    ),
    ("zh-Hans", "腰椎骨折疼得要命一个多月了，所以才约了下周做骨水泥", Q),
    ("ar", "من شهرين وظهري بيوجعني وجع فظيع من الكسر، عشان هيك حددوا العملية الخميس", Q),
    (
        "en",
        "I had the cement three weeks ago and since this morning both legs are numb, my follow-up is next week",
        U,
    ),
    (
        "en",
        "Three weeks ago I fell; they did the vertebroplasty on Monday and now I have a sudden terrible pain in my back",
        U,
    ),
    (
        "es",
        "Me operaron hace tres semanas y hoy de repente no siento las piernas; tengo cita de control la semana que viene",
        U,
    ),
    (
        "fr",
        "On m'a fait le ciment il y a trois semaines et depuis ce matin je ne sens plus mes jambes, le contrôle est prévu vendredi",
        U,
    ),
    (
        "de",
        "Die OP war vor drei Wochen, seit heute früh kann ich die Beine kaum bewegen, die Kontrolle ist nächste Woche",
        U,
    ),
    (
        "pt",
        "Fiz o cimento há três semanas e hoje de manhã perdi a força nas pernas; a revisão está marcada para sexta",
        U,
    ),
    (
        "vi",
        "Tôi bơm xi măng ba tuần trước, sáng nay tự nhiên hai chân tê liệt, tuần sau mới tái khám",
        U,
    ),
    ("zh-Hans", "三周前打的骨水泥，今天早上突然两条腿没知觉了，下周才复查", U),
    (
        "ar",
        "عملت الاسمنت من ثلاث اسابيع واليوم الصبح فجأة ما عدت احس برجليي، والمراجعة الاسبوع الجاي",
        U,
    ),
    (
        "en",
        "I fell a month ago and I'm getting it again, a sudden terrible pain in my back",
        U,
    ),
    (
        "en",
        "Two weeks ago Dad suddenly got a terrible pain lifting a suitcase, the scan showed a"
        " broken vertebra and he's having the cement on Monday.",
        Q,
    ),
    # 5. sign words the rules lacked: Gulf Arabic legs (ريول), not able to get up from the bed,
    # a lash of pain like never before
    ("ar", "امي من امس ما تقدر توقف، تقول ريولها ثقيلة", U),
    ("ar", "ابوي ما يقدر يقوم من السرير من الصبح بعد العملية", U),
    ("es", "a mi madre le dio un latigazo en la espalda esta tarde, dice que como nunca", U),
    ("en", "Since the procedure I can't stand at all, my legs just fold.", U),
    ("es", "esta mañana un latigazo insoportable en la espalda al toser, nunca me había pasado", U),
    (
        "es",
        "dolor de espalda de siempre, a veces un latigazo al agacharme, ¿se quita con la vertebroplastia?",
        Q,
    ),
    ("en", "My grandson has to lift my legs onto the sofa for me since the op", U),
    ("en", "I had to put my feet up after the walk to the shops, is that ok?", Q),
    # 6. text-speak controls with the very words read out (written after the first change)
    ("en", "nan wants 2 kno if she can hav her hair done b4 the op lol", Q),
    ("es", "mi abu sta nerviosa x la operacion d mañana, q le digo?", Q),
    ("fr", "mamie a pu mal au dos dpuis l'operation, trop contente 😍", Q),
    ("pt", "minha vó n sente mais dor dsd a cirurgia, q alívio 🙏", Q),
    ("de", "opa is nich mehr so müde wie gestern, läuft schon rum 👍", Q),
    ("ar", "jeddo mesh ta3ban abadan, bey2ool ana mnee7 😅", Q),
    # ordinary questions that date the procedure by its weekday (written when the refitted model
    # read "hôm thứ" as urgent)
    ("vi", "Tôi làm thủ thuật hôm thứ sáu, tuần sau đi làm lại được chưa?", Q),
    ("vi", "me e bom xi mang hom thu 2, mai goi dau dc ko a?", Q),
    ("vi", "Ông tôi bơm xi măng đốt sống hôm thứ năm, khi nào thì tháo băng?", Q),
    # 7. whether the patient is awake during the procedure, asked with the procedure told
    # (session 28: the word model alerted on "kriegt eine Zementspritze in den Rücken, ist sie
    # da wach?", the sixth patient set's kind of question); not waking after it alerts
    ("de", "meine oma kriegt eine zement spritze in den rücken, ist sie da wach?", Q),
    (
        "de",
        "Mein Vater bekommt nächste Woche Zement in den Wirbel. Ist er dabei wach oder schläft er?",
        Q,
    ),
    ("de", "Opa hatte gestern die Zementspritze und ist seitdem kaum wach zu kriegen", U),
    ("en", "my mum is getting the cement injection in her back, will she be awake for it?", Q),
    ("en", "Dad has the back cement jab on Friday, is he awake while they do it?", Q),
    ("en", "since the cement op yesterday we can barely wake my dad up", U),
    ("es", "a mi abuela le van a poner el cemento en la espalda, ¿va a estar despierta?", Q),
    (
        "es",
        "a mi padre le inyectan cemento en la vértebra el lunes, ¿lo duermen o está despierto?",
        Q,
    ),
    ("es", "desde la operación de ayer a mi madre casi no la podemos despertar", U),
    ("fr", "ma grand-mère va avoir le ciment dans le dos, elle sera réveillée pendant ?", Q),
    ("fr", "mon père a la piqûre de ciment mardi, il est endormi ou éveillé ?", Q),
    ("fr", "depuis le ciment hier, on n'arrive presque plus à réveiller mon père", U),
    ("pt", "minha vó vai fazer o cimento na coluna, ela fica acordada durante?", Q),
    ("pt", "meu pai vai tomar a injeção de cimento na vértebra, ele dorme ou fica acordado?", Q),
    ("pt", "desde a cirurgia de ontem a gente quase não consegue acordar meu pai", U),
    ("vi", "bà tôi sắp bơm xi măng cột sống, lúc làm bà có tỉnh không?", Q),
    ("vi", "bố em bơm xi măng thứ hai, lúc đó bố thức hay ngủ ạ?", Q),
    ("vi", "từ hôm qua bơm xi măng xong gọi mãi bố tôi không tỉnh", U),
    ("zh-Hans", "我奶奶要打骨水泥，打的时候她是清醒的吗？", Q),
    ("zh-Hans", "我爸下周往椎骨里打水泥，做的时候人是醒着还是睡着？", Q),
    ("zh-Hans", "我爸昨天打完骨水泥，到现在都叫不醒", U),
    ("ar", "جدتي حتعمل حقن الإسمنت في ظهرها، هل بتكون صاحية أثناءها؟", Q),
    ("ar", "أبوي بيعمل إسمنت الفقرة يوم الاثنين، بيكون نايم ولا صاحي؟", Q),
    ("ar", "من بعد عملية الإسمنت امبارح ما قدرنا نصحي أبوي", U),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND22_KINDS)
def test_urgent_kinds_22(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND22_KINDS if locale == tag]
        assert rows.count(U) >= 2 and rows.count(Q) >= 3, tag
