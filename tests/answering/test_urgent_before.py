"""Stories told before the procedure raise no urgent notice (issue 17).

A patient still to have the procedure tells the story that led to it, and that story names the
very signs the rules look for: the fall last month, "can't walk for the pain", the sudden
terrible pain, "it hurts to breathe in"; then asks whether she is a candidate, whether it can
be done, whether it will help. Those are stories, not reports. A message that tells the
procedure as done ("I had the cement last month and now my legs are numb", "since the op I
can't walk") is a report whatever time word it carries. Rows in our own words, never a blind
message's: 12 stories-before and 6 or 7 urgent look-alikes after the procedure per locale
(``STORIES_BEFORE``: 46 of the 96 quiet rows and 1 of the 49 urgent ones failed before any rule
changed), then a second batch written after the first rules (``SECOND_BATCH`` and one row of
``KNOWN_GAPS_BEFORE``: 3 of 26 failed, 2 mended), both sides of the done reading
(``DONE_OR_NOT``: 6 of 15 failed before, all urgent: a time word silenced a procedure told as
done, "Fiz a vertebroplastia há dois meses e não sinto as pernas"), and the procedure's own
words asked about, which must never read as signs (``PROCEDURE_WORDS`` and one gap: 3 of 52
failed, 2 mended).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

STORIES_BEFORE = [
    # --- en
    (
        "en",
        "My gran slipped on the ice six weeks ago and cracked a vertebra, she can't walk for the pain. Is she suitable for vertebroplasty?",
        Q,
    ),
    (
        "en",
        "Fell off a ladder last month, L1 fracture, the pain is unbearable since the fall. Can I have the cement done?",
        Q,
    ),
    (
        "en",
        "Two weeks ago I bent down to pick up the cat and suddenly had excruciating pain in my back, an MRI showed a collapsed vertebra. Would kyphoplasty help?",
        Q,
    ),
    (
        "en",
        "Mum has a crushed T11 after a fall at Christmas and can hardly get out of bed, is she a candidate?",
        Q,
    ),
    (
        "en",
        "He tripped on the kerb three weeks ago, since the fall he can barely stand up, can he get vertebroplasty at his age?",
        Q,
    ),
    (
        "en",
        "The fracture hurts so much when she breathes in that she takes tiny breaths, is it worth having the procedure?",
        Q,
    ),
    (
        "en",
        "compression fractures at T7 and T8, the pain is terrible, how long is the wait for the cement injection?",
        Q,
    ),
    (
        "en",
        "Since my fall in the garden I can't walk more than a few steps, would a vertebroplasty be an option for me?",
        Q,
    ),
    (
        "en",
        "My husband's vertebra collapsed last month, he is in agony and can't sit, can they do the operation on someone with a pacemaker?",
        Q,
    ),
    (
        "en",
        "Will I be sedated for the needle into the bone? My L2 is crushed and I'm very anxious",
        Q,
    ),
    (
        "en",
        "broke my back lifting a box in the summer, still can't walk far, is it too late to have it done?",
        Q,
    ),
    (
        "en",
        "Dad's wedge fracture at L3 is so painful he can't get up from the chair, can he have the procedure if he's on warfarin?",
        Q,
    ),
    ("en", "I had the cement two weeks ago and since this morning I can't feel my legs", U),
    ("en", "Mum had her vertebroplasty last month and she can't walk now", U),
    ("en", "I had kyphoplasty a month ago and suddenly I can't pee", U),
    (
        "en",
        "Dad had the cement put in three weeks ago, his legs have gone weak and he keeps falling",
        U,
    ),
    (
        "en",
        "since the injection last week I have a fever of 39 and the needle site is red and oozing",
        U,
    ),
    (
        "en",
        "I had my vertebroplasty in March and now my chest hurts and I can't catch my breath",
        U,
    ),
    (
        "en",
        "had the procedure on Monday, fell in the bathroom last night and now I can't move my legs",
        U,
    ),
    # --- es
    (
        "es",
        "Mi abuela se cayó en la calle hace tres semanas y se fracturó una vértebra, no puede andar del dolor. ¿Se la pueden hacer?",
        Q,
    ),
    (
        "es",
        "Me caí de la escalera el mes pasado, fractura de L1, desde la caída el dolor es insoportable. ¿Soy candidata a la vertebroplastia?",
        Q,
    ),
    (
        "es",
        "Hace dos semanas al agacharme me dio de repente un dolor horroroso en la espalda, la resonancia mostró una vértebra aplastada. ¿Me serviría la cifoplastia?",
        Q,
    ),
    (
        "es",
        "Mi madre tiene la D11 hundida tras una caída en Navidad y casi no puede levantarse de la cama, ¿es candidata?",
        Q,
    ),
    (
        "es",
        "Mi padre tropezó hace un mes, desde la caída apenas se tiene en pie, ¿se puede operar a su edad?",
        Q,
    ),
    (
        "es",
        "Le duele tanto la fractura al respirar hondo que respira muy corto, ¿vale la pena hacerle el procedimiento?",
        Q,
    ),
    (
        "es",
        "Fracturas por compresión en D7 y D8, dolor terrible, ¿cuánto se tarda en que me pongan el cemento?",
        Q,
    ),
    (
        "es",
        "Desde que me caí en el jardín no puedo caminar más de unos pasos, ¿sería posible hacerme una vertebroplastia?",
        Q,
    ),
    (
        "es",
        "A mi marido se le aplastó una vértebra el mes pasado, tiene un dolor atroz y no puede sentarse, ¿pueden operarle si lleva marcapasos?",
        Q,
    ),
    (
        "es",
        "¿Me van a sedar para meter la aguja en el hueso? Tengo la L2 aplastada y estoy muy nerviosa",
        Q,
    ),
    (
        "es",
        "Me rompí la espalda cargando una caja en verano, todavía no puedo caminar mucho, ¿es tarde para hacérmela?",
        Q,
    ),
    (
        "es",
        "Mi padre tiene un acuñamiento en L3 que le duele tanto que no se levanta de la silla, ¿se la pueden hacer si toma Sintrom?",
        Q,
    ),
    ("es", "Me pusieron el cemento hace dos semanas y desde esta mañana no siento las piernas", U),
    ("es", "A mi madre le hicieron la vertebroplastia el mes pasado y ahora no puede caminar", U),
    ("es", "Me hicieron la cifoplastia hace un mes y de repente no puedo orinar", U),
    (
        "es",
        "A mi padre le pusieron el cemento hace tres semanas, se le han debilitado las piernas y se cae",
        U,
    ),
    (
        "es",
        "desde la inyección de la semana pasada tengo 39 de fiebre y la zona del pinchazo está roja y supura",
        U,
    ),
    (
        "es",
        "Me hicieron la vertebroplastia en marzo y ahora me duele el pecho y me falta el aire",
        U,
    ),
    # --- fr
    (
        "fr",
        "Ma grand-mère a glissé sur le verglas il y a six semaines, une vertèbre fracturée, elle ne peut plus marcher tellement ça lui fait mal. Est-elle opérable ?",
        Q,
    ),
    (
        "fr",
        "Tombé d'une échelle le mois dernier, fracture de L1, depuis la chute la douleur est insupportable. La cimentoplastie est-elle possible pour moi ?",
        Q,
    ),
    (
        "fr",
        "Il y a deux semaines en me penchant j'ai eu d'un coup une douleur atroce dans le dos, l'IRM montre une vertèbre tassée. Une kyphoplastie peut-elle m'aider ?",
        Q,
    ),
    (
        "fr",
        "Maman a un tassement de D11 après une chute à Noël et n'arrive presque plus à se lever du lit, peut-on lui faire la vertébroplastie ?",
        Q,
    ),
    (
        "fr",
        "Mon père a trébuché sur le trottoir il y a trois semaines, depuis la chute il tient à peine debout, peut-il en bénéficier à son âge ?",
        Q,
    ),
    (
        "fr",
        "La fracture lui fait si mal quand elle inspire qu'elle respire à petits coups, est-ce que ça vaut la peine de faire l'intervention ?",
        Q,
    ),
    (
        "fr",
        "Fractures par compression en D7 et D8, douleur terrible, quel est le délai pour l'injection de ciment ?",
        Q,
    ),
    (
        "fr",
        "Depuis ma chute dans le jardin je ne peux plus marcher plus de quelques pas, est-ce que je peux avoir une vertébroplastie ?",
        Q,
    ),
    (
        "fr",
        "La vertèbre de mon mari s'est effondrée le mois dernier, il a une douleur atroce et ne peut pas s'asseoir, peut-on l'opérer avec un pacemaker ?",
        Q,
    ),
    (
        "fr",
        "Est-ce qu'on est endormi pour l'aiguille dans l'os ? J'ai la L2 écrasée et je suis très angoissée",
        Q,
    ),
    (
        "fr",
        "Je me suis cassé une vertèbre en portant un carton cet été, je ne peux toujours pas marcher longtemps, est-il trop tard pour la faire ?",
        Q,
    ),
    (
        "fr",
        "Mon père a un tassement cunéiforme de L3 qui lui fait si mal qu'il ne peut plus se lever du fauteuil, peut-il être opéré sous anticoagulants ?",
        Q,
    ),
    (
        "fr",
        "On m'a mis le ciment il y a deux semaines et depuis ce matin je ne sens plus mes jambes",
        U,
    ),
    (
        "fr",
        "Maman a eu sa vertébroplastie le mois dernier et maintenant elle ne peut plus marcher",
        U,
    ),
    ("fr", "J'ai eu une kyphoplastie il y a un mois et d'un coup je n'arrive plus à uriner", U),
    (
        "fr",
        "Mon père a eu le ciment il y a trois semaines, ses jambes sont devenues faibles et il tombe",
        U,
    ),
    (
        "fr",
        "depuis l'injection la semaine dernière j'ai 39 de fièvre et le point de piqûre est rouge et suinte",
        U,
    ),
    (
        "fr",
        "J'ai eu ma vertébroplastie en mars et maintenant j'ai mal à la poitrine et je manque d'air",
        U,
    ),
    # --- pt
    (
        "pt",
        "A minha avó escorregou na rua há seis semanas e fraturou uma vértebra, não consegue andar de tanta dor. Ela pode fazer a vertebroplastia?",
        Q,
    ),
    (
        "pt",
        "Caí da escada mês passado, fratura de L1, desde a queda a dor é insuportável. Dá para fazer o cimento?",
        Q,
    ),
    (
        "pt",
        "Há duas semanas ao me abaixar senti de repente uma dor horrível nas costas, a ressonância mostrou uma vértebra achatada. A cifoplastia me ajudaria?",
        Q,
    ),
    (
        "pt",
        "Minha mãe está com a T11 esmagada depois de uma queda no Natal e quase não consegue sair da cama, ela é candidata?",
        Q,
    ),
    (
        "pt",
        "Meu pai tropeçou na calçada faz três semanas, desde a queda mal consegue ficar de pé, ele pode fazer com essa idade?",
        Q,
    ),
    (
        "pt",
        "A fratura dói tanto quando ela respira fundo que ela respira curtinho, vale a pena fazer o procedimento?",
        Q,
    ),
    (
        "pt",
        "Fraturas por compressão em T7 e T8, dor terrível, quanto tempo demora para aplicarem o cimento?",
        Q,
    ),
    (
        "pt",
        "Desde que caí no quintal não consigo andar mais que uns passos, seria possível fazer uma vertebroplastia?",
        Q,
    ),
    (
        "pt",
        "A vértebra do meu marido colapsou mês passado, ele está com uma dor horrível e não consegue sentar, dá para operar quem tem marcapasso?",
        Q,
    ),
    (
        "pt",
        "Vou ser sedada para a agulha entrar no osso? Estou com a L2 esmagada e muito nervosa",
        Q,
    ),
    (
        "pt",
        "Quebrei a coluna carregando uma caixa no verão, ainda não consigo andar muito, ainda dá tempo de fazer?",
        Q,
    ),
    (
        "pt",
        "Meu pai tem um acunhamento em L3 que dói tanto que ele não levanta da cadeira, ele pode fazer tomando varfarina?",
        Q,
    ),
    ("pt", "Coloquei o cimento há duas semanas e desde hoje de manhã não sinto as pernas", U),
    ("pt", "Minha mãe fez a vertebroplastia mês passado e agora não consegue andar", U),
    ("pt", "Fiz a cifoplastia há um mês e de repente não consigo urinar", U),
    (
        "pt",
        "Meu pai colocou o cimento há três semanas, as pernas dele ficaram fracas e ele está caindo",
        U,
    ),
    (
        "pt",
        "desde a injeção semana passada estou com febre de 39 e o lugar da agulha está vermelho e soltando pus",
        U,
    ),
    ("pt", "Fiz a vertebroplastia em março e agora estou com dor no peito e falta de ar", U),
    # --- de
    (
        "de",
        "Meine Oma ist vor sechs Wochen auf Glatteis ausgerutscht, Wirbelbruch, sie kann vor Schmerzen nicht laufen. Kommt eine Vertebroplastie für sie in Frage?",
        Q,
    ),
    (
        "de",
        "Letzten Monat von der Leiter gefallen, LWK 1 gebrochen, seit dem Sturz sind die Schmerzen unerträglich. Kann man bei mir zementieren?",
        Q,
    ),
    (
        "de",
        "Vor zwei Wochen beim Bücken plötzlich höllische Rückenschmerzen, im MRT ein eingebrochener Wirbel. Würde mir eine Kyphoplastie helfen?",
        Q,
    ),
    (
        "de",
        "Meine Mutter hat seit einem Sturz an Weihnachten einen zusammengesackten BWK 11 und kommt kaum aus dem Bett, ist sie dafür geeignet?",
        Q,
    ),
    (
        "de",
        "Mein Vater ist vor drei Wochen über die Bordsteinkante gestolpert, seit dem Sturz kann er kaum stehen, kann man das in seinem Alter noch machen?",
        Q,
    ),
    (
        "de",
        "Der Bruch tut ihr beim tiefen Einatmen so weh, dass sie nur flach atmet, lohnt sich der Eingriff?",
        Q,
    ),
    (
        "de",
        "Kompressionsfrakturen BWK 7 und 8, starke Schmerzen, wie lange wartet man auf die Zementierung?",
        Q,
    ),
    (
        "de",
        "Seit meinem Sturz im Garten kann ich nur ein paar Schritte gehen, wäre eine Vertebroplastie möglich?",
        Q,
    ),
    (
        "de",
        "Bei meinem Mann ist letzten Monat ein Wirbel eingebrochen, er hat höllische Schmerzen und kann nicht sitzen, kann man ihn mit Herzschrittmacher operieren?",
        Q,
    ),
    (
        "de",
        "Bekomme ich für die Nadel in den Knochen etwas zur Beruhigung? Mein LWK 2 ist zusammengebrochen und ich habe große Angst",
        Q,
    ),
    (
        "de",
        "Habe mir im Sommer beim Kistentragen einen Wirbel gebrochen, kann immer noch nicht weit gehen, ist es zu spät für die Zementierung?",
        Q,
    ),
    (
        "de",
        "Der Keilwirbel L3 meines Vaters schmerzt so, dass er nicht aus dem Sessel hochkommt, geht der Eingriff auch unter Marcumar?",
        Q,
    ),
    (
        "de",
        "Ich habe vor zwei Wochen den Zement bekommen und seit heute Morgen spüre ich meine Beine nicht",
        U,
    ),
    (
        "de",
        "Meine Mutter hatte letzten Monat die Vertebroplastie und jetzt kann sie nicht mehr laufen",
        U,
    ),
    (
        "de",
        "Ich hatte vor einem Monat die Kyphoplastie und plötzlich kann ich nicht mehr Wasser lassen",
        U,
    ),
    (
        "de",
        "Mein Vater wurde vor drei Wochen zementiert, jetzt sind seine Beine schwach und er stürzt ständig",
        U,
    ),
    (
        "de",
        "seit der Spritze letzte Woche habe ich 39 Fieber und die Einstichstelle ist rot und nässt",
        U,
    ),
    (
        "de",
        "Ich hatte im März meine Vertebroplastie und jetzt habe ich Brustschmerzen und bekomme keine Luft",
        U,
    ),
    # --- vi
    (
        "vi",
        "Bà nội em trượt chân ngoài đường cách đây sáu tuần, gãy một đốt sống, đau quá không đi được. Bà có bơm xi măng được không ạ?",
        Q,
    ),
    (
        "vi",
        "tháng trước tôi té từ trên thang xuống, gãy L1, từ lúc té tới giờ đau không chịu nổi, tôi có làm được không",
        Q,
    ),
    (
        "vi",
        "Hai tuần trước cúi xuống nhặt đồ thì tự nhiên đau lưng dữ dội, chụp MRI thấy xẹp đốt sống. Bơm xi măng có giúp được không?",
        Q,
    ),
    (
        "vi",
        "Mẹ em bị lún đốt sống ngực D11 sau lần té hồi Tết, gần như không ngồi dậy khỏi giường được, mẹ có nên làm không ạ?",
        Q,
    ),
    (
        "vi",
        "Ba em vấp ngã cách đây ba tuần, từ hôm ngã tới nay đứng không vững, lớn tuổi vậy có bơm được không?",
        Q,
    ),
    (
        "vi",
        "Chỗ gãy đau đến mức bà hít sâu không nổi, chỉ thở nhẹ, có đáng làm thủ thuật không?",
        Q,
    ),
    (
        "vi",
        "xẹp đốt sống do chèn ép ở T7 và T8, đau lắm, phải chờ bao lâu mới được bơm xi măng?",
        Q,
    ),
    (
        "vi",
        "Từ hồi té ngoài vườn tôi không đi được quá mấy bước, có bơm xi măng được không bác sĩ?",
        Q,
    ),
    (
        "vi",
        "Chồng em bị xẹp đốt sống tháng trước, đau khủng khiếp không ngồi được, có đặt máy tạo nhịp thì có làm được không?",
        Q,
    ),
    ("vi", "Khi đâm kim vào xương có được gây mê không? Em bị xẹp L2 và rất lo", Q),
    (
        "vi",
        "Hồi hè tôi bê thùng hàng bị gãy xương sống, tới giờ vẫn không đi xa được, bây giờ làm có muộn không?",
        Q,
    ),
    (
        "vi",
        "Ba em bị xẹp hình chêm L3 đau đến nỗi không đứng dậy khỏi ghế được, đang uống thuốc chống đông thì có bơm xi măng được không?",
        Q,
    ),
    ("vi", "tôi bơm xi măng hai tuần trước, từ sáng nay không còn cảm giác ở hai chân", U),
    ("vi", "mẹ em bơm xi măng tháng trước, giờ mẹ không đi được nữa", U),
    ("vi", "tôi làm thủ thuật cách đây một tháng, tự nhiên không đi tiểu được", U),
    ("vi", "ba em bơm xi măng ba tuần trước, giờ hai chân yếu hẳn, cứ bị té hoài", U),
    ("vi", "từ hôm tiêm tuần trước tôi sốt 39 độ, chỗ kim đâm sưng đỏ chảy mủ", U),
    ("vi", "tôi bơm xi măng hồi tháng ba, giờ tức ngực và khó thở", U),
    # --- zh-Hans
    ("zh-Hans", "我奶奶六周前在路上滑倒，一节椎骨骨折了，疼得没法走路，她能做椎体成形术吗？", Q),
    ("zh-Hans", "上个月从梯子上摔下来，腰1骨折，摔了以后一直疼得受不了，我适合打骨水泥吗", Q),
    ("zh-Hans", "两周前弯腰捡东西突然后背剧痛，核磁显示椎体塌陷了，做椎体后凸成形术有用吗？", Q),
    ("zh-Hans", "我妈春节摔了一跤，胸11椎体压扁了，现在几乎下不了床，她适不适合做这个手术？", Q),
    ("zh-Hans", "我爸三周前在马路牙子上绊倒了，摔倒以后站都站不稳，这么大年纪还能做吗", Q),
    ("zh-Hans", "骨折的地方一深呼吸就疼，她只敢小口喘气，做这个手术值得吗？", Q),
    ("zh-Hans", "胸7胸8压缩性骨折，疼得厉害，打骨水泥要排多久？", Q),
    ("zh-Hans", "自从在院子里摔了以后我走不了几步路，能不能做椎体成形？", Q),
    ("zh-Hans", "我老公上个月椎体塌了，疼得要命坐不住，装了起搏器还能做手术吗", Q),
    ("zh-Hans", "针扎进骨头的时候会打镇静吗？我腰2压碎了，特别紧张", Q),
    ("zh-Hans", "夏天搬箱子把腰椎压断了，到现在还是走不远，现在做还来得及吗？", Q),
    ("zh-Hans", "我爸腰3楔形骨折疼得从椅子上起不来，吃着华法林能做骨水泥吗", Q),
    ("zh-Hans", "我两周前打的骨水泥，从今天早上开始两条腿没知觉了", U),
    ("zh-Hans", "我妈上个月做的椎体成形，现在走不了路了", U),
    ("zh-Hans", "一个月前做的后凸成形，突然尿不出来了", U),
    ("zh-Hans", "我爸三周前打的骨水泥，腿越来越没劲，老是摔倒", U),
    ("zh-Hans", "上周打完针以后一直发烧39度，针眼红肿流脓", U),
    ("zh-Hans", "三月份做的椎体成形，现在胸口疼，喘不上气", U),
    # --- ar
    (
        "ar",
        "جدتي تزحلقت في الشارع قبل ست اسابيع وانكسرت عندها فقرة، ما تقدر تمشي من الوجع. هل ينفع لها حقن الاسمنت؟",
        Q,
    ),
    (
        "ar",
        "الشهر الماضي وقعت من على السلم وانكسرت الفقرة القطنية الاولى، من وقت الوقعة الالم لا يطاق. هل ممكن اعمل العملية؟",
        Q,
    ),
    (
        "ar",
        "من اسبوعين انحنيت اجيب شي وفجأة جاني الم فظيع في ظهري، الرنين بين فقرة منهارة. هل تفيدني عملية الاسمنت؟",
        Q,
    ),
    (
        "ar",
        "امي عندها الفقرة الصدرية ١١ مهروسة بعد وقعة في العيد وبالكاد تقوم من السرير، هل هي مرشحة للعملية؟",
        Q,
    ),
    (
        "ar",
        "ابوي تعثر على الرصيف قبل ثلاث اسابيع، ومن يوم الوقعة بالكاد يوقف، هل ينفع يسويها في عمره؟",
        Q,
    ),
    ("ar", "الكسر يوجعها لما تاخذ نفس عميق فصارت تتنفس نفس قصير، هل العملية تستاهل؟", Q),
    (
        "ar",
        "كسور انضغاطية في الفقرة السابعة والثامنة الصدرية، الالم شديد، كم لازم انتظر لحقن الاسمنت؟",
        Q,
    ),
    (
        "ar",
        "من يوم ما وقعت في الحديقة ما اقدر امشي الا كم خطوة، هل ممكن اسوي عملية تقوية الفقرات؟",
        Q,
    ),
    (
        "ar",
        "زوجي انهارت عنده فقرة الشهر الماضي، الالم فظيع وما يقدر يقعد، هل ممكن يعملوا له العملية وعنده منظم ضربات؟",
        Q,
    ),
    (
        "ar",
        "هل بيعطوني مهدئ لما يدخلوا الابرة في العظم؟ عندي الفقرة القطنية الثانية مهروسة وخايفة كثير",
        Q,
    ),
    (
        "ar",
        "انكسر ظهري وانا اشيل كرتونة في الصيف، لسه ما اقدر امشي مسافة، هل فات الوقت على العملية؟",
        Q,
    ),
    (
        "ar",
        "ابوي عنده كسر اسفيني في الفقرة القطنية الثالثة يوجعه لدرجة ما يقدر يقوم من الكرسي، هل ينفع يعمل الحقن وهو ياخذ الوارفارين؟",
        Q,
    ),
    ("ar", "عملت حقن الاسمنت قبل اسبوعين ومن الصبح ما احس برجلي", U),
    ("ar", "امي عملت العملية الشهر الماضي والحين ما تقدر تمشي", U),
    ("ar", "سويت العملية قبل شهر وفجأة ما اقدر اتبول", U),
    ("ar", "ابوي حقنوا له الاسمنت قبل ثلاث اسابيع، رجليه صارت ضعيفة ويطيح على طول", U),
    ("ar", "من الحقنة الاسبوع الماضي عندي حرارة ٣٩ ومكان الابرة احمر ويطلع صديد", U),
    ("ar", "عملت العملية في مارس والحين عندي الم في صدري وضيق في النفس", U),
]

# written after the first rules: more seasons, levels and the procedure booked with a new sign
SECOND_BATCH = [
    (
        "en",
        "Had my kyphoplasty three weeks ago, since yesterday I've had a temperature of 38.8 and the wound is weeping",
        U,
    ),
    (
        "en",
        "She was cemented at L1 last month and this morning she couldn't get out of bed, her legs won't hold her",
        U,
    ),
    (
        "en",
        "I'm booked for vertebroplasty next week but since this morning I can't feel my legs",
        U,
    ),
    (
        "en",
        "Booked for cement at T12 next Tuesday, the pain takes my breath away when I roll over, is that normal before it?",
        Q,
    ),
    (
        "en",
        "She crushed two vertebrae in a fall at Easter and can only shuffle, will the injection help her walk again?",
        Q,
    ),
    ("es", "Me cementaron la L1 hace tres semanas y desde ayer tengo 38,8 y la herida supura", U),
    (
        "es",
        "Tengo la vertebroplastia programada la semana que viene pero desde esta mañana no siento las piernas",
        U,
    ),
    (
        "es",
        "Se cayó en Semana Santa y se aplastó dos vértebras, solo puede arrastrar los pies, ¿le ayudaría la inyección a volver a caminar?",
        Q,
    ),
    (
        "fr",
        "On m'a cimenté L1 il y a trois semaines et depuis hier j'ai 38,8 et la cicatrice suinte",
        U,
    ),
    (
        "fr",
        "Ma vertébroplastie est prévue la semaine prochaine mais depuis ce matin je ne sens plus mes jambes",
        U,
    ),
    (
        "fr",
        "Elle s'est écrasé deux vertèbres en tombant à Pâques et ne fait que traîner les pieds, est-ce que l'injection peut l'aider à remarcher ?",
        Q,
    ),
    (
        "pt",
        "Fiz a cimentação da L1 há três semanas e desde ontem estou com 38,8 e o corte está soltando secreção",
        U,
    ),
    (
        "pt",
        "Minha vertebroplastia está marcada para semana que vem mas desde hoje de manhã não sinto as pernas",
        U,
    ),
    (
        "pt",
        "Ela caiu na Páscoa e esmagou duas vértebras, só consegue arrastar os pés, a vertebroplastia ajudaria ela a voltar a andar?",
        Q,
    ),
    (
        "de",
        "Mein LWK 1 wurde vor drei Wochen zementiert und seit gestern habe ich 38,8 Fieber und die Wunde nässt",
        U,
    ),
    (
        "de",
        "Meine Vertebroplastie ist nächste Woche geplant, aber seit heute Morgen spüre ich meine Beine nicht",
        U,
    ),
    (
        "de",
        "Sie hat sich an Ostern bei einem Sturz zwei Wirbel gebrochen und schlurft nur noch, würde ihr die Zementierung helfen, wieder zu laufen?",
        Q,
    ),
    ("vi", "tôi bơm xi măng L1 ba tuần trước, từ hôm qua sốt 38,8 độ, vết mổ rỉ dịch", U),
    ("vi", "tuần sau tôi mới bơm xi măng nhưng từ sáng nay hai chân tê không cảm giác", U),
    (
        "vi",
        "bà té hồi Tết bị xẹp hai đốt sống, giờ chỉ lê bước được, bơm xi măng có giúp bà đi lại được không",
        Q,
    ),
    ("zh-Hans", "三周前腰1打的骨水泥，从昨天开始发烧38.8度，伤口往外渗液", U),
    ("zh-Hans", "下周要做椎体成形，可是今天早上开始两条腿没知觉了", U),
    (
        "ar",
        "حقنوا لي الاسمنت في الفقرة القطنية الاولى قبل ثلاث اسابيع ومن امس عندي حرارة ٣٨٫٨ والجرح يطلع سوائل",
        U,
    ),
    ("ar", "عمليتي الاسبوع الجاي بس من الصبح ما احس برجلي", U),
    (
        "ar",
        "امي طاحت في العيد وانهرست عندها فقرتين، صارت تسحب رجليها، هل حقن الاسمنت بتساعدها ترجع تمشي؟",
        Q,
    ),
    # the procedure weighed for later ("mới tính đến", "bơm ngay cho nhanh"), and one done
    (
        "vi",
        "ông em gãy đốt sống, đau quá không đi được, cả nhà muốn bơm ngay cho nhanh có được không",
        Q,
    ),
    ("vi", "bác sĩ bảo tính đến bơm xi măng, mẹ em bơm hôm qua rồi, giờ mẹ không đi được", U),
]

# the procedure told as done is a report whatever time word it carries; someone else's is not
DONE_OR_NOT = [
    ("en", "The doctor suggested vertebroplasty and I had it on Monday. My legs are numb.", U),
    (
        "en",
        "The doctor suggested vertebroplasty. Her legs are numb and she cannot walk, is she a candidate?",
        Q,
    ),
    ("en", "I had my fracture cemented two months ago and my legs are numb", U),
    (
        "fr",
        "J'ai eu la vertébroplastie pour ma fracture il y a deux mois et je ne sens plus mes jambes",
        U,
    ),
    ("pt", "Fiz a vertebroplastia há dois meses e não sinto as pernas", U),
    ("es", "Me hicieron la vertebroplastia hace dos meses y no siento las piernas", U),
    ("de", "Ich hatte vor zwei Monaten die Vertebroplastie und spüre meine Beine nicht", U),
    ("vi", "tôi bơm xi măng hai tháng trước, không cảm giác được hai chân", U),
    ("zh-Hans", "我两个月前做的骨水泥，腿没知觉", U),
    ("ar", "عملت العملية قبل شهرين وما احس برجلي", U),
    ("en", "My neighbour had the cement last month and got a fever afterwards, is that common?", Q),
    ("fr", "Ma voisine a eu la vertébroplastie et a eu de la fièvre, est-ce fréquent ?", Q),
    ("pt", "Minha vizinha fez a vertebroplastia e teve febre, isso é comum?", Q),
    ("de", "Meine Nachbarin hatte die Vertebroplastie und bekam Fieber, ist das häufig?", Q),
    ("vi", "ông hàng xóm bơm xi măng xong bị sốt, có thường không", Q),
]

# the procedure's own words (levels, compression, collapsed, crushed, cement, needle, sedation)
PROCEDURE_WORDS = [
    ("en", "How long does the cement take to set in a collapsed T12 vertebra?", Q),
    (
        "en",
        "Is sedation enough or will I be put to sleep for the needle going into my crushed L3?",
        Q,
    ),
    ("en", "What does compression fracture of the thoracic spine mean for the procedure?", Q),
    ("en", "Will they take a bone biopsy through the needle while I'm under sedation?", Q),
    ("en", "My mum's vertebra has collapsed, what is the success rate of kyphoplasty?", Q),
    ("en", "The vertebral body is crushed at T7, does the cement leak often?", Q),
    ("en", "Does the radiologist use X-rays to guide the needle into the pedicle?", Q),
    ("en", "Is the cement injected under local anaesthetic with light sedation?", Q),
    ("es", "¿Cuánto tarda en fraguar el cemento en una vértebra D12 aplastada?", Q),
    ("es", "¿Me sedan o me duermen del todo para meter la aguja en la L3 hundida?", Q),
    ("es", "¿Qué significa fractura por compresión de la columna dorsal para la intervención?", Q),
    ("es", "¿Hacen biopsia de hueso con la aguja mientras estoy sedada?", Q),
    ("es", "La vértebra de mi madre se ha colapsado, ¿qué éxito tiene la cifoplastia?", Q),
    ("es", "El cuerpo vertebral está aplastado en D7, ¿se sale el cemento a menudo?", Q),
    ("fr", "Combien de temps met le ciment à durcir dans une vertèbre D12 tassée ?", Q),
    ("fr", "Est-ce qu'on est sédaté ou endormi pour l'aiguille dans la L3 écrasée ?", Q),
    ("fr", "Que veut dire fracture par compression du rachis dorsal pour l'intervention ?", Q),
    ("fr", "Fait-on une biopsie osseuse avec le trocart pendant la sédation ?", Q),
    (
        "fr",
        "La vertèbre de ma mère s'est effondrée, quel est le taux de réussite de la kyphoplastie ?",
        Q,
    ),
    ("fr", "Le corps vertébral est écrasé en D7, est-ce que le ciment fuit souvent ?", Q),
    (
        "fr",
        "Tassement vertébral thoracique : la cimentoplastie se fait sous anesthésie locale ?",
        Q,
    ),
    ("pt", "Quanto tempo o cimento leva para endurecer numa vértebra T12 achatada?", Q),
    ("pt", "Eu fico sedada ou apagada para a agulha entrar na L3 esmagada?", Q),
    ("pt", "O que quer dizer fratura por compressão da coluna torácica para o procedimento?", Q),
    ("pt", "Fazem biópsia do osso pela agulha durante a sedação?", Q),
    ("pt", "A vértebra da minha mãe colapsou, qual a taxa de sucesso da cifoplastia?", Q),
    ("pt", "O corpo vertebral está esmagado em T7, o cimento vaza com frequência?", Q),
    ("de", "Wie lange braucht der Zement, um in einem eingebrochenen BWK 12 auszuhärten?", Q),
    (
        "de",
        "Werde ich nur sediert oder ganz schlafen gelegt für die Nadel in den zusammengebrochenen LWK 3?",
        Q,
    ),
    ("de", "Was bedeutet eine Kompressionsfraktur der Brustwirbelsäule für den Eingriff?", Q),
    ("de", "Wird durch die Nadel eine Knochenbiopsie genommen, während ich sediert bin?", Q),
    ("de", "Der Wirbelkörper ist bei Th7 zusammengedrückt, läuft der Zement oft aus?", Q),
    ("de", "Bei meinem Vater ist ein Wirbel kollabiert, wie lange dauert die Zementierung?", Q),
    ("vi", "xi măng mất bao lâu để cứng trong đốt sống ngực T12 bị xẹp?", Q),
    ("vi", "tôi được an thần hay gây mê toàn thân khi đâm kim vào đốt L3 bị xẹp?", Q),
    ("vi", "gãy lún do chèn ép cột sống ngực thì làm thủ thuật thế nào?", Q),
    ("vi", "có sinh thiết xương qua kim trong lúc an thần không?", Q),
    ("vi", "đốt sống của mẹ em bị sụp, bơm xi măng thành công bao nhiêu phần trăm?", Q),
    ("vi", "thân đốt sống bị xẹp ở T7, xi măng có hay bị rò ra không?", Q),
    ("zh-Hans", "骨水泥在塌陷的胸12椎体里多久能凝固？", Q),
    ("zh-Hans", "往压碎的腰3里扎针的时候是镇静还是全麻？", Q),
    ("zh-Hans", "胸椎压缩性骨折做手术是怎么回事？", Q),
    ("zh-Hans", "镇静的时候会不会顺便通过穿刺针做骨活检？", Q),
    ("zh-Hans", "我妈的椎体塌了，后凸成形成功率多少？", Q),
    ("zh-Hans", "胸7椎体被压扁了，骨水泥经常会渗漏吗？", Q),
    ("ar", "كم ياخذ الاسمنت حتى يجمد في الفقرة الصدرية ١٢ المنهارة؟", Q),
    ("ar", "هل يعطوني مهدئ او بنج كامل للابرة في الفقرة القطنية الثالثة المهروسة؟", Q),
    ("ar", "ايش معنى كسر انضغاطي في العمود الفقري الصدري بالنسبة للعملية؟", Q),
    ("ar", "هل ياخذون خزعة من العظم بالابرة وانا تحت المهدئ؟", Q),
    ("ar", "فقرة امي انهارت، كم نسبة نجاح العملية؟", Q),
    ("ar", "جسم الفقرة منضغط في الصدرية السابعة، هل يتسرب الاسمنت كثير؟", Q),
]

BEFORE_KINDS = STORIES_BEFORE + SECOND_BATCH + DONE_OR_NOT + PROCEDURE_WORDS

# "now" in a story before still alerts (it cannot be told from "booked for next week, now I
# can't feel my legs"); a collapsed vertebra named far before "zusammengesackt" reads as a faint
KNOWN_GAPS_BEFORE = [
    ("zh-Hans", "她清明节摔了一跤压缩了两节椎体，现在只能拖着脚走，打骨水泥能帮她重新走路吗", Q),
    (
        "de",
        "Der Wirbel meiner Mutter ist zusammengesackt, wie erfolgreich ist die Kyphoplastie?",
        Q,
    ),
]


@pytest.mark.parametrize("locale, text, urgent", BEFORE_KINDS)
def test_urgent_before(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


@pytest.mark.xfail(
    strict=True, reason="a story before told with 'now', a vertebra far before its verb"
)
@pytest.mark.parametrize("locale, text, urgent", KNOWN_GAPS_BEFORE)
def test_known_gaps_before(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent


def test_every_locale_has_rows_on_both_sides() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in STORIES_BEFORE if locale == tag]
        assert rows.count(Q) >= 12 and rows.count(U) >= 6, tag
