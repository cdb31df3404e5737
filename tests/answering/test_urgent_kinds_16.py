"""Urgent signs by kind, the sixteenth blind set's (tests/data/urgent_blind_16/, issue 17).

Its misses and false alarms were read as kinds, not sentences, and each kind written here in
situations of our own (other people, other body words, other tenses) in the locales where it
applies, urgent rows and controls of the same kind: care-home staff writing in their shorthand,
one sign denied and another reported, a sign in the middle of a long ordinary message; and as
controls a checklist denying a list of signs, a leaflet's warning list quoted or referred to,
shorthand reporting normal observations, and signs that are not real (a dream, a film, years
ago, a worry about what may come). Never a blind message's words or situation. The word model
is fitted on these rows too (``scripts/fit_urgent_model.py`` reads ``BLIND16_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND16_KINDS = [
    # --- A: care-home or ward shorthand reporting a sign (no urine passed since a time, a
    # temperature abbreviated, pus at the site, low saturation, "c/o")
    ("en", "Rm 9, Mr D., day 1 post cement. Not PU since 0500, bladder palpable, distressed.", U),
    ("en", "Res. in rm 14 c/o SOB since lunch, SpO2 89% on air, post vertebroplasty yesterday.", U),
    ("en", "Obs: T 38.9, HR 118. Puncture site red, hot, oozing pus. Day 2 post op.", U),
    ("en", "Nil urine output for 10 hrs since return from the procedure, abdo distended.", U),
    (
        "es",
        "Hab. 7, Sr. Luis, post vertebroplastia D1. Anuria desde las 8h, abdomen distendido.",
        U,
    ),
    ("es", "Residente de la hab. 3: no orina desde anoche, globo vesical, post cementación.", U),
    ("es", "Tª 38,8, escalofríos, punción con supuración. 2º día tras la intervención.", U),
    ("es", "Residente refiere disnea desde la tarde, Sat 88 %, cementado ayer.", U),
    ("fr", "Ch. 12, M. R., J1 post vertébroplastie : pas de diurèse depuis 7h, globe vésical.", U),
    ("fr", "Résidente ch. 5 : T° 38,9, frissons, point de ponction rouge et purulent, J2.", U),
    ("fr", "Patient c/o dyspnée depuis midi, SpO2 88 %, cimentoplastie hier.", U),
    ("fr", "Rétention urinaire depuis 10h chez Mme P., opérée hier, sonde à prévoir ?", U),
    ("de", "Zi. 8, Hr. B., 1. postop. Tag: keine Diurese seit 6 Uhr, Blase tastbar, unruhig.", U),
    ("de", "Bew. Zi. 3: Temp. 38,9, Schüttelfrost, Einstichstelle gerötet und eitrig, 2. Tag.", U),
    ("de", "Bewohnerin klagt seit Mittag über Atemnot, SpO2 87 %, gestern zementiert.", U),
    ("de", "Harnverhalt seit heute früh bei Fr. K., Vertebroplastie vorgestern.", U),
    ("pt", "Quarto 5, D. Rosa, PO1 de vertebroplastia. Anúria desde as 7h, abdome distendido.", U),
    ("pt", "Residente sem urinar desde ontem à noite, bexiga palpável, pós cimento.", U),
    ("pt", "Tax 38,9, calafrios, local da punção com secreção purulenta, 2º dia.", U),
    ("pt", "Pcte refere falta de ar desde a tarde, sat 88%, fez o procedimento ontem.", U),
    ("vi", "Phòng 4, cụ Hòa, hậu phẫu ngày 1: bí tiểu từ 6h sáng, bụng dưới căng.", U),
    ("vi", "Cụ bà P6: từ sáng chưa đi tiểu được, bàng quang căng, sau bơm xi măng.", U),
    ("vi", "T 38,9, rét run, chỗ chọc kim sưng đỏ có mủ, ngày thứ 2 sau thủ thuật.", U),
    ("vi", "Cụ ông kêu khó thở từ chiều, SpO2 88%, mới bơm xi măng hôm qua.", U),
    ("zh-Hans", "5床李奶奶 术后第1天，自早上7点起无尿，下腹胀。", U),
    ("zh-Hans", "12床 术后D2 体温38.9，寒战，穿刺点红肿有脓。", U),
    ("zh-Hans", "3床老人 下午起诉气促，血氧88%，昨天做的骨水泥。", U),
    ("zh-Hans", "术后尿潴留，到现在9小时没排尿，小腹鼓起来了。", U),
    (
        "ar",
        "غرفة ٧، الحاج محمود، اليوم الأول بعد العملية: ما بال من الساعة ٦ الصبح، البطن منفوخ.",
        U,
    ),
    ("ar", "المريضة في غرفة ٤: حرارة 38.9، رجفة، مكان الإبرة أحمر وفيه صديد.", U),
    ("ar", "Pt غرفة ٢ يشتكي ضيق نفس من العصر، SpO2 88%، العملية أمس.", U),
    ("ar", "احتباس بول عند الحاجة من الصبح بعد حقن الفقرة أمس.", U),
    # --- B: one sign denied, another reported
    ("en", "No temperature at all, but since the op my left leg won't hold me up.", U),
    (
        "en",
        "Breathing is fine, chest is fine, but I haven't been able to pass water since noon.",
        U,
    ),
    ("es", "Fiebre no tengo, pero desde la operación no controlo el pis.", U),
    ("es", "Sin dolor de pecho, pero me cuesta muchísimo respirar desde anoche.", U),
    ("fr", "Pas de fièvre, mais depuis l'intervention je ne sens plus mon pied droit.", U),
    ("fr", "Je n'ai pas mal à la poitrine, par contre j'ai du mal à respirer depuis ce matin.", U),
    ("de", "Fieber hab ich keins, aber seit der OP kann ich das Wasser nicht halten.", U),
    ("de", "Keine Brustschmerzen, aber ich krieg seit heute früh schlecht Luft.", U),
    ("pt", "Febre não tenho, mas desde a cirurgia não consigo segurar o xixi.", U),
    ("pt", "Sem dor no peito, mas estou com muita falta de ar desde ontem.", U),
    ("vi", "Không sốt, nhưng từ sau khi bơm xi măng tôi không tiểu được.", U),
    ("vi", "Không đau ngực nhưng từ sáng đến giờ khó thở lắm.", U),
    ("zh-Hans", "不发烧，但是做完手术以后两条腿没力气站不起来。", U),
    ("zh-Hans", "胸口不痛，就是从早上开始喘不上气。", U),
    ("ar", "ما عندي حرارة بس من بعد العملية ما قدرت أتبول.", U),
    ("ar", "ما في ألم بالصدر بس من الصبح صعب علي التنفس.", U),
    # --- C: a sign in the middle or at the end of a long ordinary message (blood in the
    # urine told by its colour, the heart racing told by an image)
    (
        "en",
        "Back home since Tuesday and the pain is much better, my son does the shopping. "
        "This morning my pee came out bright red with bits in it. Should I still do the exercises?",
        U,
    ),
    (
        "en",
        "Everything's going well, eating fine, walking to the shop. Last night my heart started "
        "pounding like it wanted to jump out and it still is. When can I go to the hairdresser?",
        U,
    ),
    (
        "es",
        "Llegué a casa el lunes y la espalda mucho mejor, mi hija me ayuda. Desde esta mañana la "
        "orina me sale roja con coágulos. ¿Puedo ducharme ya?",
        U,
    ),
    (
        "es",
        "Todo bien en casa, como bien y duermo. Anoche el corazón se me disparó y sigue a mil, "
        "me cuesta respirar hondo. ¿Cuándo puedo volver a conducir?",
        U,
    ),
    (
        "pt",
        "Estou em casa desde terça e as costas estão ótimas, a minha neta ajuda-me. Hoje de manhã "
        "o chichi saiu vermelho vivo com coágulos. Posso tomar banho de imersão?",
        U,
    ),
    (
        "pt",
        "Correu tudo bem e já ando pela casa. Esta manhã o coração desatou aos pulos e continua "
        "disparado, custa-me respirar fundo. Quando posso ir ao cabeleireiro?",
        U,
    ),
    (
        "fr",
        "Rentrée jeudi, le dos va beaucoup mieux, mon fils fait les courses. Depuis ce matin mes "
        "urines sont rouge vif avec des caillots. Est-ce que je peux prendre un bain ?",
        U,
    ),
    (
        "fr",
        "Tout se passe bien, je marche un peu. Hier soir mon cœur s'est emballé et il bat encore "
        "à toute vitesse, j'ai du mal à respirer à fond. Quand pourrai-je conduire ?",
        U,
    ),
    (
        "de",
        "Bin seit Dienstag daheim, der Rücken ist viel besser. Seit heute Morgen ist mein Urin "
        "knallrot mit Klümpchen drin. Darf ich schon baden?",
        U,
    ),
    (
        "de",
        "Alles gut soweit, ich gehe schon spazieren. Gestern Abend fing mein Herz an zu rasen und "
        "es hämmert immer noch, ich kann kaum tief durchatmen. Wann darf ich Auto fahren?",
        U,
    ),
    (
        "vi",
        "Tôi về nhà từ thứ ba, lưng đỡ nhiều rồi. Sáng nay nước tiểu đỏ tươi có cục máu. "
        "Tôi tắm bồn được chưa?",
        U,
    ),
    (
        "zh-Hans",
        "周二出院回家，腰好多了，女儿照顾我。今天早上小便是鲜红的，还有血块。能泡澡吗？",
        U,
    ),
    (
        "ar",
        "رجعت البيت من يوم الثلاثاء وظهري أحسن بكثير. الصبح البول طلع أحمر فاتح وفيه جلطات صغيرة. "
        "أقدر أتحمم بالبانيو؟",
        U,
    ),
    # --- D: typed in a hurry with spelling slips, by someone else
    ("en", "nan cant breth proprly since they did her back, lips look blu, wat do we do", U),
    ("es", "mi abuela no pued respirar bien dsd q le hicieron lo d la espalda", U),
    ("pt", "minha vo ta sem sentir as pernaz dsd a cirurgia, oq faço", U),
    ("fr", "ma grand mere sent plu ses jambe depui lopération, on fait quoi", U),
    ("de", "oma kriegt kaum luft seit der op, was sollen wir machn", U),
    ("vi", "bà em ko thở dc từ lúc về sau khi bơm xi măng, làm sao ạ", U),
    # --- E (quiet): a checklist denying a list of signs, then an ordinary question
    (
        "en",
        "All good here: no temp, no numbness, breathing ok, no dizziness. When can I drive?",
        Q,
    ),
    ("en", "Checked everything: fever none, chest pain none, legs fine. Can I fly next month?", Q),
    (
        "es",
        "todo bien: nada d fiebre, nd de hormigueo, respiro bien. cuándo me quito el apósito?",
        Q,
    ),
    ("es", "Ni fiebre, ni dolor de pecho, ni piernas dormidas. ¿Puedo ir a la piscina?", Q),
    ("pt", "tudo ok: sem febre, nd de dormência, respirando normal. posso dirigir?", Q),
    ("pt", "Nem febre, nem dor no peito, nem falta de ar. Quando tiro os pontos?", Q),
    ("fr", "Tout va bien : pas de fièvre, pas de fourmis, je respire bien. Je peux conduire ?", Q),
    ("fr", "Ni fièvre, ni douleur thoracique, ni jambes faibles. Quand enlever le pansement ?", Q),
    ("de", "Alles ok: kein Fieber, kein Kribbeln, Atmung gut. Wann darf ich duschen?", Q),
    ("de", "Weder Fieber noch Brustschmerzen noch Taubheit. Wann darf ich wieder radeln?", Q),
    ("vi", "mọi thứ ổn: ko sốt, ko tê chân, thở bình thường. khi nào tháo băng dc?", Q),
    ("vi", "Bố tôi ko sốt, ko đau ngực, ko khó thở, ăn ngủ tốt. Mai cho bố đi bộ được không?", Q),
    ("zh-Hans", "都挺好：不发烧，腿不麻，喘气正常。什么时候能洗澡？", Q),
    ("zh-Hans", "没发烧、没胸痛、没气短，吃得下睡得着。下周能坐飞机吗？", Q),
    ("ar", "كل شي تمام: ما في حرارة، ما في تنميل، النفس طبيعي. متى أقدر أسوق؟", Q),
    ("ar", "لا حرارة ولا ألم صدر ولا ضيق نفس. متى أشيل اللزقة؟", Q),
    # --- F (quiet): the leaflet's or discharge sheet's warning list quoted or referred to
    (
        "en",
        "The discharge sheet lists chest pain, shortness of breath and fever as reasons to call. "
        "None of those. Can I take ibuprofen for the ache?",
        Q,
    ),
    (
        "en",
        "My instructions say to ring if there's numbness or weakness in the legs. I'm fine, "
        "just wondering when I can garden.",
        Q,
    ),
    (
        "es",
        "El informe de alta pone que vaya a urgencias si tengo fiebre o me falta el aire. "
        "Entendido. ¿Cuándo puedo volver al gimnasio?",
        Q,
    ),
    (
        "pt",
        "O papel da alta diz para ligar se tiver febre ou dormência nas pernas. Tudo bem por "
        "aqui. Posso voltar a trabalhar na segunda?",
        Q,
    ),
    (
        "fr",
        "Le compte rendu mentionne comme signes d'alerte une fièvre ou un essoufflement. "
        "Rien de tout ça. Je peux reprendre le vélo ?",
        Q,
    ),
    (
        "fr",
        "Sur la feuille de sortie, ils parlent de fièvre et de jambes faibles comme signes d'alerte. "
        "Quand est-ce que je revois le chirurgien ?",
        Q,
    ),
    (
        "de",
        "Auf dem Merkblatt stehen Atemnot und Brustschmerzen als Warnzeichen. Alles gut bei mir. "
        "Wann darf ich wieder schwimmen?",
        Q,
    ),
    (
        "de",
        "Die Broschüre nennt Fieber über 38 und Taubheit in den Beinen als Gründe anzurufen. "
        "Brauche ich einen Kontrolltermin?",
        Q,
    ),
    (
        "vi",
        "Tờ hướng dẫn có ghi sốt cao, tê chân là dấu hiệu phải đi viện. Tôi muốn hỏi bao giờ "
        "được đi làm lại?",
        Q,
    ),
    (
        "zh-Hans",
        "出院小结上写着发烧、胸痛要马上来医院。我想问一下复查要挂哪个科？",
        Q,
    ),
    (
        "ar",
        "الورقة اللي أعطوني إياها مكتوب فيها إن ضيق النفس والحرارة علامات خطر. متى أقدر أرجع الشغل؟",
        Q,
    ),
    (
        "ar",
        "النشرة بتقول إن التنميل في الرجلين علامة لازم نتصل. هل أقدر أسافر الشهر الجاي؟",
        Q,
    ),
    # --- G (quiet): shorthand reporting normal observations
    ("en", "Night report rm 6: obs stable, afebrile, SpO2 97% RA, PU x2, NAD. Shower today?", Q),
    ("en", "Mrs T post op day 3: apyrexial, obs WNL, site clean and dry. Can she go out?", Q),
    ("es", "Hab. 9: Tª 36,4, Sat 97 %, diuresis conservada, sin incidencias. ¿Puede ducharse?", Q),
    ("pt", "Leito 3: afebril, sat 96%, diurese presente, sem queixas. Pode sair pra passear?", Q),
    ("fr", "Ch. 2 : apyrétique, SpO2 98 %, diurèse ok, RAS. Douche autorisée ?", Q),
    ("de", "Zi. 4: afebril, SpO2 97 %, Ausscheidung o.B., keine Beschwerden. Darf sie duschen?", Q),
    (
        "vi",
        "ca đêm P3: cụ ko sốt, SpO2 97%, tiểu bình thường, ko kêu khó thở. sáng cho cụ đi dạo?",
        Q,
    ),
    ("zh-Hans", "夜班：8床体温36.5，血氧97%，小便正常，无不适主诉。今天能下床走走吗？", Q),
    ("ar", "شفت المسائية: المريض بدون حرارة، SpO2 97%، بول طبيعي، ما يشتكي من شي. يقدر يتحمم؟", Q),
    # --- H (quiet): a sign not real: a dream, a film, years ago, a worry about what may come
    (
        "en",
        "Dreamt I couldn't breathe, then woke up and all was fine, breathing normally. "
        "Do the sleeping tablets cause nightmares?",
        Q,
    ),
    ("en", "Twenty years ago after my hip op I passed out in the shower. Should I tell them?", Q),
    (
        "es",
        "Soñé que no podía mover las piernas y me desperté asustada. ¿Es frecuente la parálisis?",
        Q,
    ),
    ("es", "Hace treinta años me desmayé después de una anestesia. ¿Se lo digo al anestesista?", Q),
    (
        "fr",
        "J'ai fait un cauchemar où je ne pouvais plus respirer. Le ciment peut-il faire ça ?",
        Q,
    ),
    (
        "fr",
        "Il y a vingt ans, après une opération, j'avais eu une forte fièvre. Faut-il le dire ?",
        Q,
    ),
    (
        "de",
        "Ich hab geträumt, meine Beine wären gelähmt, war schweißgebadet. Kann das passieren?",
        Q,
    ),
    (
        "de",
        "Vor dreißig Jahren bin ich nach einer Narkose ohnmächtig geworden. Muss ich das sagen?",
        Q,
    ),
    ("pt", "Sonhei que não sentia as pernas e acordei em pânico. Isso pode acontecer mesmo?", Q),
    ("pt", "Há vinte anos desmaiei depois de uma anestesia. Devo avisar o médico?", Q),
    (
        "vi",
        "Tối qua tôi mơ thấy mình khó thở, tỉnh dậy thì bình thường. Thuốc an thần có gây mơ không?",
        Q,
    ),
    ("vi", "Xem phim thấy người ta mổ xong bị liệt, tôi lo quá. Bơm xi măng có bị vậy không?", Q),
    ("zh-Hans", "昨晚梦见自己腿不能动了，吓醒了。这个手术会瘫痪吗？", Q),
    ("zh-Hans", "看电影里有人手术后昏倒了，我有点怕。我这个要全麻吗？", Q),
    ("ar", "حلمت إني ما قدرت أتنفس وصحيت خايفة. هل العملية ممكن تسبب هالشي؟", Q),
    ("ar", "قبل ثلاثين سنة أغمي علي بعد البنج. لازم أقول للدكتور؟", Q),
    ("ar", "شفت في مسلسل واحد انشل بعد عملية ظهر. هل هذا ممكن يصير معي؟", Q),
    # --- H (urgent): the same frames with the sign now real
    (
        "en",
        "I dreamt about the op and woke up with my legs numb, they still are, since yesterday's cement.",
        U,
    ),
    (
        "es",
        "Hace años tuve fiebre tras una operación y ahora otra vez, desde ayer 38,9 tras el cemento.",
        U,
    ),
    ("fr", "Je regardais un film et d'un coup je n'arrivais plus à respirer, ça dure encore.", U),
    (
        "de",
        "Hab schlecht geträumt und seit dem Aufwachen spüre ich mein linkes Bein nicht mehr.",
        U,
    ),
    (
        "vi",
        "Tôi ngủ mơ rồi tỉnh dậy thì tê hết hai chân đến giờ vẫn chưa hết, mới bơm xi măng hôm qua.",
        U,
    ),
    ("zh-Hans", "做完手术回家看电视，突然喘不上气，现在还是。", U),
    # --- I (quiet): a paper's list of when to call, told as its condition ("call if ..., ... or
    # new ..."), or its threshold ("over 38"), then something ordinary asked
    (
        "en",
        "The booklet tells you to phone if your legs go weak, you get a high fever, or new chest "
        "pain. None of that here, thankfully. Can I sleep on my side?",
        Q,
    ),
    (
        "en",
        "The card they gave me says a temperature above 38 means ring the ward. Can I have a glass of wine?",
        Q,
    ),
    (
        "es",
        "El folleto dice que llame si tengo fiebre alta, dolor en el pecho, o debilidad nueva en "
        "las piernas. Nada de eso. ¿Puedo dormir de lado?",
        Q,
    ),
    (
        "fr",
        "La fiche dit d'appeler si on a de la fièvre, une douleur dans la poitrine, ou une nouvelle "
        "faiblesse des jambes. Rien de ça. Je peux dormir sur le côté ?",
        Q,
    ),
    (
        "de",
        "Auf dem Zettel steht, man soll anrufen bei Fieber über 38,5, Atemnot oder neuer Schwäche "
        "in den Beinen. Nichts davon. Darf ich auf der Seite schlafen?",
        Q,
    ),
    (
        "pt",
        "O folheto diz para ligar se tiver febre acima de 38, dor no peito, ou fraqueza nova nas "
        "pernas. Nada disso. Posso dormir de lado?",
        Q,
    ),
    (
        "vi",
        "Tờ hướng dẫn ghi sốt trên 38 độ thì phải vào viện. Tôi có được uống cà phê không?",
        Q,
    ),
    ("zh-Hans", "出院须知上写着体温超过38度要回医院。我想问能不能吃辣？", Q),
    ("ar", "الورقة مكتوب فيها إذا الحرارة فوق 38 لازم نرجع المستشفى. أقدر أشرب قهوة؟", Q),
    (
        "en",
        "The leaflet says to call if you get chest pain, and I have had chest pain since this morning.",
        U,
    ),
    ("es", "El folleto habla de fiebre como señal de alarma y yo tengo 38,9 desde anoche.", U),
    # --- J (quiet): someone on a screen or in the news whose sign came suddenly
    ("zh-Hans", "昨天看新闻，有个老人打完针突然昏倒了。我这个手术要打麻药吗？", Q),
    (
        "vi",
        "Xem phim thấy có người vừa mổ xong đột ngột khó thở, tôi sợ lắm. Bơm xi măng có đau không?",
        Q,
    ),
    ("vi", "Xem phim thấy một bà cụ mổ xong bị hôn mê, tôi lo quá. Có phải gây mê không?", Q),
    (
        "en",
        "Watched a hospital drama where a man suddenly couldn't breathe after surgery. Does that "
        "happen with this?",
        Q,
    ),
    (
        "es",
        "Vi en una serie a un hombre que de repente no podía respirar tras operarse. ¿Pasa eso?",
        Q,
    ),
    # --- K (quiet): a risk asked of a procedure still to come (Vietnamese "next month ... only then")
    ("vi", "Tháng sau bố tôi mới bơm xi măng, thủ thuật này có hay bị tê chân không?", Q),
    ("vi", "Tuần tới mẹ tôi mới làm, làm xong có hay bị khó thở không?", Q),
    # --- L: a temperature abbreviated in a care note (Tª, T°, Tax, T), and the site described
    # in clinical words (erythematous, purulent); blood pressure written the same way is none
    ("es", "Hab. 11, Sr. Paco, D2 postcementación: Tª 38,9 axilar, resto sin cambios.", U),
    ("pt", "Leito 2, Sra. Lurdes, PO2: Tax 38,8, demais sem alterações.", U),
    ("fr", "Ch. 4, Mme L., J2 : T° 38,8, le reste sans changement.", U),
    ("de", "Zi. 6, Fr. M., 2. postop. Tag: T 38,9, wirkt müde.", U),
    ("en", "Rm 3, Mrs K, day 2 post op: T 38.9, otherwise unchanged.", U),
    ("vi", "P5 cụ Lan hậu phẫu ngày 2: T 38,8, còn lại ổn định.", U),
    ("en", "Puncture site erythematous and warm, purulent discharge on the dressing, day 3.", U),
    ("es", "Punto de punción eritematoso, con exudado purulento esta mañana.", U),
    ("pt", "Local da punção eritematoso, com exsudato purulento hoje.", U),
    ("fr", "Point de ponction érythémateux, écoulement purulent ce matin.", U),
    ("de", "Einstichstelle erythematös, purulentes Sekret seit heute früh.", U),
    ("es", "Hab. 11: Tª 36,6, TA 105/60, FC 76. ¿Puede salir al jardín?", Q),
    ("pt", "Leito 2: Tax 36,5, PA 105/70. Pode tomar banho?", Q),
    ("en", "Rm 3: T 36.8, BP 105/70, HR 72. OK to shower?", Q),
    ("fr", "Ch. 4 : T° 36,9, TA 105/60. Douche possible ?", Q),
    ("de", "Zi. 6: T 36,7, RR 105/70. Darf sie duschen?", Q),
    # --- M: the heart racing told by its verb, breath that "costs" (pt), in a longer story
    ("pt", "Ao jantar o coração do meu marido disparou e não acalma, e custa-lhe respirar.", U),
    ("pt", "Custa-me imenso respirar desde que cheguei a casa da intervenção.", U),
    ("es", "A mi madre se le disparó el corazón viendo la tele y sigue así.", U),
    (
        "fr",
        "En regardant la télé, le cœur de ma mère s'est mis à cogner très vite et ça continue.",
        U,
    ),
    # --- N (quiet): a paper's sign told with its own "won't stop" / "keeps getting worse"
    (
        "en",
        "The discharge letter says numbness that keeps spreading is a reason to call. When is my follow-up?",
        Q,
    ),
    ("ar", "الكتيب بيقول إن الحرارة اللي ما بتنزل علامة لازم نتصل. متى أقدر أمشي برا؟", Q),
    (
        "es",
        "El folleto dice que un sangrado que no para es motivo de urgencias. ¿Cuándo me quitan los puntos?",
        Q,
    ),
    (
        "fr",
        "La brochure dit qu'un saignement qui ne s'arrête pas doit faire appeler. Quand est le contrôle ?",
        Q,
    ),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND16_KINDS)
def test_urgent_kinds_16(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND16_KINDS if locale == tag]
        assert rows.count(U) >= 4 and rows.count(Q) >= 4, tag
