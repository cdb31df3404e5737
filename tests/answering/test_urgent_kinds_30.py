"""Urgent signs by kind, the thirtieth blind set's kinds written AHEAD (session 35, issue 17).

Urgent set 30 (tests/data/urgent_blind_30/) stays unread: only its README and the last section
of its BRIEF were read, which name its kinds. They were written here from how patients,
relatives and children write, in eight locales, in situations of our own, urgent rows and
controls of each kind:

1. the sign wrapped in doubt ("probably nothing", "a lo mejor son cosas mías", "je me fais
   peut-être des idées", "vielleicht bilde ich mir das ein", "se calhar é impressão minha",
   "chắc tôi tưởng tượng", 可能是我想多了, "يمكن أنا بتوهم"), the sign plainly there (urgent);
   tiredness after the sedation or a tender needle site in the same doubt, with reassuring
   details (controls). New: a negation after a sign whose own words open with one carries it
   on (Portuguese "não consigo fazer xixi nenhum": ``UrgentRules._denied_after``);
2. written by a child or young teenager for a grandparent or parent, simple words, spelling by
   sound (urgent and controls: a sore plaster, a small bruise, a game or a film together);
3. the sign starting after a routine moment of the day: the lunchtime tablet, the nap, the
   shower, supper (urgent). New: Spanish "me mareé y me caí", "sin saber dónde estaba";
4. a sign of before the procedure that is over (the fever that delayed it, the fall that broke
   the bone, numbness checked before) and an ordinary question (controls). New: German "ist
   längst weg" is ``resolved``;
5. a sign word about a future event, nothing happening now: a coach trip, a wedding, a
   christening (controls). New: a wish that it won't happen ("tomara que eu não", "希望...别")
   is ``hypothetical``.

6. (second batch, block 6) the same kinds in harder forms: a child's spelling by sound
   ("wen hes talking", "mober las piernas", "sui pas sur"), a sign after a tablet or a nap told
   as speech gone wrong or a mouth drooping (new ``fainting_confusion`` idioms: "words come out
   wrong", "no me contesta bien", "nicht richtig sprechen", "Mund hängt", "fala tudo trocado",
   说话含糊, 嘴歪, "تمها معووج"); a doubt's "if" ends at a contrast ("ما بعرف إذا في شي بس ...":
   ``urgent_asked.quiet_by_condition``);
7. (third batch, block 7) the controls the writers flagged as closest to the line, in stronger
   words: exhausted since the sedation yet sleeping and eating, a needle site that "really
   hurts" lying down with no fever or redness, the fracture's terrible pain dated by a month
   (Arabic month names are ``long_standing`` and date no "عملت العملية" as ``recent``),
   numbness checked before the procedure, a bleeding asked about for a trip;
8. (fourth batch, block 8) Vietnamese text-speak and Southern speech ("chua di tieu dc giot
   nao" is ``incontinence``), Spanish children's ordinary messages and plans ("puede que me
   falte el aire" on a cruise: Spanish "puede que", Portuguese "pode ser que" are
   ``hypothetical``), a pressure where the cement went in that eases lying down (controls the
   model read in es, de, fr, taught by the rows).

230 rows (81 urgent, 149 quiet). The first 121 (blocks 1-5) were written before any change
for them: 5 failed with the model on the code of session 35's first refit (by kind 1, 0, 1, 1,
2). The 52 of block 6 were written after the third refit: 2 failed (an Arabic doubt's "if", a
German control read by the model) and 6 urgent rows passed only by the model. The 31 of block 7
were written after the fourth refit: 2 failed (the Arabic fracture's pain, a German control read
by the model). The 22 of block 8 after the fifth: 4 failed (the Spanish cruise, three controls
the model read) and one urgent row passed only by the model; the sixth refit still read the
Spanish pressure, so four more controls of it were added before a seventh. After the changes
all pass, every urgent row by the rules alone. Never a blind message's words or situation, and never set 30's messages: its
aggregate and per-locale figures were printed only to report them. The word model is fitted on
these rows too (``scripts/fit_urgent_model.py`` reads ``AHEAD30_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

AHEAD30_KINDS = [
    # 1. the sign wrapped in doubt (urgent); an ordinary after-effect in the same doubt (controls)
    (
        "en",
        "Probably nothing and I don't want to make a fuss, but my left leg has gone weak "
        "since this morning and I keep tripping over my own foot.",
        U,
    ),
    (
        "en",
        "Might be my imagination, but I think I'm getting more breathless by the hour, even "
        "sitting still. Had the cement done Monday.",
        U,
    ),
    (
        "en",
        "could just be the heat, I dunno, but the needle spot is red and hot and there's "
        "yellow stuff coming out of it",
        U,
    ),
    (
        "en",
        "Might be my imagination but the spot where the needle went in feels a bit tender "
        "when I lean back, no redness. Normal?",
        Q,
    ),
    (
        "en",
        "Probably nothing, but I've been a bit more tired than usual since the sedation, "
        "sleeping well and eating fine.",
        Q,
    ),
    (
        "es",
        "A lo mejor son cosas mías, pero desde la siesta no siento bien la pierna derecha y "
        "se me dobla al andar.",
        U,
    ),
    (
        "es",
        "No sé si es importante, igual no es nada, pero esta noche he tosido sangre un par "
        "de veces.",
        U,
    ),
    (
        "es",
        "quizas es el cansancio pero me noto el corazón a mil y me aprieta el pecho desde "
        "hace un rato",
        U,
    ),
    (
        "es",
        "A lo mejor son cosas mías, pero me noto un poco más cansada desde la sedación. "
        "Como y duermo bien.",
        Q,
    ),
    (
        "es",
        "No sé si es normal, igual no es nada: me duele un poco donde el pinchazo al "
        "apoyarme, sin rojez ni nada.",
        Q,
    ),
    (
        "fr",
        "C'est peut-être rien, je me fais peut-être des idées, mais depuis ce matin je "
        "n'arrive plus à retenir mes urines.",
        U,
    ),
    (
        "fr",
        "je sais pas si c'est grave, c'est peut-être la fatigue, mais j'ai du mal à "
        "respirer même assise",
        U,
    ),
    (
        "fr",
        "Peut-être que je me trompe, mais ma mère dit des choses bizarres depuis midi et ne "
        "sait plus où elle est.",
        U,
    ),
    (
        "fr",
        "C'est peut-être rien, mais je suis un peu plus fatiguée que d'habitude depuis la "
        "sédation, je dors et je mange bien.",
        Q,
    ),
    (
        "fr",
        "Je me fais peut-être des idées : l'endroit de la piqûre est un peu sensible, sans "
        "rougeur. C'est normal ?",
        Q,
    ),
    (
        "de",
        "Vielleicht bilde ich mir das nur ein, aber seit heute Mittag habe ich 38,9 Fieber "
        "und Schüttelfrost.",
        U,
    ),
    (
        "de",
        "Ist wahrscheinlich nichts, aber mein rechtes Bein ist seit dem Aufstehen ganz taub "
        "und knickt weg.",
        U,
    ),
    (
        "de",
        "weiß nicht ob das was ist, aber mir ist so schwindelig, dass ich mich am Schrank "
        "festhalten muss, und vorhin wurde mir schwarz vor Augen",
        U,
    ),
    (
        "de",
        "Vielleicht bilde ich mir das ein, aber ich bin seit der Narkose etwas müder als "
        "sonst, schlafe und esse aber gut.",
        Q,
    ),
    (
        "de",
        "Ist wahrscheinlich nichts: die Einstichstelle ist beim Anlehnen etwas empfindlich, "
        "nicht rot. Normal?",
        Q,
    ),
    (
        "pt",
        "Se calhar é impressão minha, mas desde hoje de manhã não consigo fazer xixi nenhum "
        "e a barriga está dura.",
        U,
    ),
    ("pt", "talvez seja bobagem mas to sentindo uma dor no peito que aperta e vai pro braço", U),
    (
        "pt",
        "Não sei se é alguma coisa, se calhar não é nada, mas o penso está encharcado de "
        "sangue outra vez.",
        U,
    ),
    (
        "pt",
        "Se calhar é impressão minha, mas ando um pouco mais cansada desde a sedação. Como "
        "e durmo bem.",
        Q,
    ),
    (
        "pt",
        "Talvez seja bobagem, mas o lugar da agulha dói um pouquinho quando encosto, sem "
        "vermelhidão. É normal?",
        Q,
    ),
    (
        "vi",
        "Chắc là không sao, chắc tôi tưởng tượng thôi, nhưng từ sáng hai chân tôi tê rần, "
        "đi không vững.",
        U,
    ),
    ("vi", "không biết có sao không nhưng tôi thở hụt hơi dù đang nằm yên", U),
    ("vi", "Có lẽ tôi lo quá, nhưng chỗ chọc kim sưng đỏ, nóng và chảy mủ.", U),
    ("vi", "Chắc là không sao, từ lúc gây mê tôi hơi mệt hơn mọi khi, nhưng ăn ngủ vẫn tốt.", Q),
    (
        "vi",
        "Có lẽ tôi lo quá: chỗ chọc kim hơi ê khi dựa lưng, không đỏ. Vậy có bình thường không?",
        Q,
    ),
    ("zh-Hans", "可能是我想多了，但从早上开始胸口闷得厉害，喘不上气。", U),
    ("zh-Hans", "也许没什么，不过从下午起我一直尿不出来，小肚子胀得很。", U),
    ("zh-Hans", "不知道是不是我多心，我老伴从中午开始说话颠三倒四，不认得我了。", U),
    ("zh-Hans", "可能是我想多了，打了镇静以后比平时累一点，吃饭睡觉都正常。", Q),
    ("zh-Hans", "也许没什么：针眼那里靠着的时候有点酸，不红不肿，正常吗？", Q),
    ("ar", "يمكن أنا بتوهم، بس من الصبح رجلي اليمين ما عم حس فيها وعم تتلوى لما أمشي.", U),
    ("ar", "مش متأكد إذا الشي مهم، بس عم إسعل دم من الليل.", U),
    ("ar", "ممكن يكون تعب بس، بس عندي حرارة 39 ورجفة من الظهر.", U),
    ("ar", "يمكن أنا بتوهم، بس من بعد التخدير تعبان شوي أكثر من العادة، باكل ونايم منيح.", Q),
    ("ar", "مش متأكدة إذا طبيعي: مكان الإبرة بيوجعني شوي لما أسند ضهري، ما فيه احمرار.", Q),
    # 2. written by a child or young teenager for a grandparent or parent (urgent and controls)
    (
        "en",
        "hi its lily im 9 my nana had her back done and now she cant get up and she says "
        "her legs feel like jelly and funny",
        U,
    ),
    ("en", "my grandad is talking silly and he dont know my name and hes very sleepy pls help", U),
    (
        "en",
        "hi im 10 my grandma had the back thing and she says she is a bit sore where the "
        "needle was, can she have a biscuit",
        Q,
    ),
    ("en", "my nan had her back done can she play cards with me tomorow", Q),
    (
        "es",
        "hola soy pablo tengo 10 años mi abuela se operó la espalda y ahora respira muy "
        "raro como que le falta el aire",
        U,
    ),
    ("es", "mi abuelo no puede hacer pis desde ayer y le duele la tripa, tengo 11 años", U),
    (
        "es",
        "hola soy marta tengo 9 años mi abuela dice que le pica un poco la tirita, ¿se la "
        "puede rascar?",
        Q,
    ),
    ("es", "mi yaya se operó de la espalda, ¿puede venir a mi función del cole el viernes?", Q),
    (
        "fr",
        "bonjour je m'apel léo j'ai 9 ans ma mamie elle a mal tré fort à la poitrine et "
        "elle transpire beaucoup",
        U,
    ),
    (
        "fr",
        "mon papi il saigne beaucoup du dos là où ils ont piqué et le pansement il est tout rouge",
        U,
    ),
    (
        "fr",
        "bonjour jai 10 ans ma mamie elle est un peu fatiguée depuis l'opération, est-ce "
        "qu'elle peut regarder la télé avec moi",
        Q,
    ),
    ("fr", "mon papi il a un petit bleu sur le dos, c'est normal ?", Q),
    (
        "de",
        "hallo ich bin tim 9 jare meine oma hat ganz doll fieber und zittert und die stelle "
        "am rücken ist rot",
        U,
    ),
    ("de", "mein opa ist umgefallen im bad und er antwortet nicht richtig", U),
    (
        "de",
        "hallo ich bin 10 meine oma ist ein bisschen müde nach der operation darf sie mit "
        "mir puzzeln",
        Q,
    ),
    ("de", "mein opa hat einen kleinen blauen fleck am rücken ist das schlimm", Q),
    (
        "pt",
        "oi eu sou a bia tenho 9 anos minha vó fez a operação nas costas e agora ela não "
        "consegue mexer as pernas",
        U,
    ),
    ("pt", "o meu avô está a dizer coisas sem sentido e não me reconhece, tenho 10 anos", U),
    (
        "pt",
        "oi tenho 10 anos minha vó ta um pouco cansada depois da operação, ela pode ver "
        "filme comigo?",
        Q,
    ),
    ("pt", "o meu avô tem uma nódoa negra pequenina nas costas, é normal?", Q),
    (
        "vi",
        "con chào cô, con 10 tuổi, bà nội con mới mổ lưng xong giờ bà thở khó lắm, môi bà tím tím",
        U,
    ),
    ("vi", "ông ngoại con té xỉu trong nhà tắm, gọi ông không trả lời", U),
    (
        "vi",
        "con 9 tuổi, bà con mới làm thủ thuật, bà hơi mệt, bà có được xem phim hoạt hình "
        "với con không ạ",
        Q,
    ),
    ("vi", "ông con có vết bầm nhỏ ở lưng, có sao không ạ", Q),
    ("zh-Hans", "我是小明，我10岁，奶奶做完腰的手术以后腿动不了了，她说腿麻麻的", U),
    ("zh-Hans", "我爷爷胸口好痛，一直出汗，我9岁", U),
    ("zh-Hans", "我是小红，我9岁，奶奶做完手术有点累，她可以陪我看动画片吗", Q),
    ("zh-Hans", "我爷爷背上有一小块青，要紧吗", Q),
    ("ar", "مرحبا انا سارة عمري 9 سنين، تيتا عملت عملية بضهرها وهلق ما عم تقدر تتنفس منيح", U),
    ("ar", "جدو وقع بالحمام وما عم يرد علي، عمري 10", U),
    ("ar", "انا عمري 10، تيتا تعبانة شوي بعد العملية، بتقدر تلعب معي ورق؟", Q),
    ("ar", "جدو عنده زرقة صغيرة على ضهره، عادي؟", Q),
    # 3. the sign starting after a routine moment of the day (urgent)
    ("en", "Since my lunchtime tablets my lips have gone puffy and I'm wheezing.", U),
    (
        "en",
        "After my afternoon nap I woke up and couldn't move my right leg properly, it's "
        "still dragging.",
        U,
    ),
    ("es", "Desde la pastilla de la cena me cuesta mucho respirar y tengo la cara hinchada.", U),
    ("es", "Después de la ducha me mareé, me caí y estuve un rato sin saber dónde estaba.", U),
    ("fr", "Depuis le comprimé de midi j'ai les lèvres gonflées et je respire mal.", U),
    (
        "fr",
        "Après la sieste je me suis réveillée avec les jambes engourdies, je tiens à peine debout.",
        U,
    ),
    (
        "de",
        "Seit der Tablette zum Mittagessen sind meine Lippen geschwollen und ich bekomme "
        "schlecht Luft.",
        U,
    ),
    (
        "de",
        "Nach dem Mittagsschlaf konnte ich mein linkes Bein kaum bewegen, es ist immer noch "
        "schwach.",
        U,
    ),
    ("pt", "Desde o comprimido do almoço tenho os lábios inchados e custa-me respirar.", U),
    ("pt", "Depois do banho fiquei tonta, caí e não sabia onde estava.", U),
    ("vi", "Từ lúc uống thuốc buổi trưa môi tôi sưng lên và thở khò khè.", U),
    ("vi", "Ngủ trưa dậy tôi không nhấc được chân phải, giờ vẫn còn yếu.", U),
    ("zh-Hans", "吃完午饭那顿药以后嘴唇肿起来了，呼吸有点困难。", U),
    ("zh-Hans", "午睡起来右腿就抬不起来了，到现在还是没力气。", U),
    ("ar", "من بعد حبة الغدا شفايفي انتفخت وعم بصفّر وأنا بتنفس.", U),
    ("ar", "بعد القيلولة صحيت وما قدرت حرك رجلي اليمين، لسه ضعيفة.", U),
    # 4. a sign of before the procedure, over, and an ordinary question (controls)
    (
        "en",
        "The fever I had last month that delayed the op is long gone. Can I have my flu jab "
        "next week?",
        Q,
    ),
    (
        "en",
        "The fall that broke the bone was in May, I've had the cement since. When can I drive?",
        Q,
    ),
    (
        "en",
        "Before the procedure my toes were numb and they checked it, all fine. What time is "
        "the follow-up call?",
        Q,
    ),
    (
        "es",
        "La fiebre que tuve el mes pasado y que retrasó la intervención ya pasó del todo. "
        "¿Puedo vacunarme de la gripe?",
        Q,
    ),
    (
        "es",
        "Me caí en marzo y por eso me rompí la vértebra, ya me hicieron el cemento. ¿Cuándo "
        "puedo conducir?",
        Q,
    ),
    (
        "fr",
        "La fièvre du mois dernier qui avait fait reporter l'intervention est bien passée. "
        "Je peux faire le vaccin de la grippe ?",
        Q,
    ),
    (
        "fr",
        "La chute qui m'a cassé la vertèbre date de mars, j'ai eu le ciment depuis. Quand "
        "pourrai-je conduire ?",
        Q,
    ),
    (
        "de",
        "Das Fieber letzten Monat, wegen dem der Eingriff verschoben wurde, ist längst weg. "
        "Darf ich mich gegen Grippe impfen lassen?",
        Q,
    ),
    (
        "de",
        "Der Sturz, bei dem der Wirbel gebrochen ist, war im März. Wann darf ich wieder "
        "Auto fahren?",
        Q,
    ),
    (
        "pt",
        "A febre do mês passado que adiou a operação já passou há muito. Posso tomar a "
        "vacina da gripe?",
        Q,
    ),
    (
        "pt",
        "A queda que partiu a vértebra foi em março, já fiz o cimento. Quando posso conduzir?",
        Q,
    ),
    (
        "vi",
        "Cơn sốt tháng trước làm hoãn thủ thuật đã khỏi hẳn rồi. Tôi tiêm vắc xin cúm được không?",
        Q,
    ),
    (
        "vi",
        "Cú ngã làm gãy đốt sống là hồi tháng ba, tôi đã bơm xi măng rồi. Khi nào tôi lái xe được?",
        Q,
    ),
    ("zh-Hans", "上个月发烧推迟了手术，早就好了。我可以打流感疫苗吗？", Q),
    ("zh-Hans", "三月份摔了一跤把椎骨摔断了，现在已经打了骨水泥。什么时候可以开车？", Q),
    (
        "ar",
        "الحرارة اللي أجتني الشهر الماضي وأجلت العملية راحت من زمان. بقدر آخذ لقاح الإنفلونزا؟",
        Q,
    ),
    ("ar", "الوقعة اللي كسرت الفقرة كانت بآذار، وعملت الإسمنت بعدها. إمتى بقدر سوق؟", Q),
    # 5. a sign word about a future event, nothing happening now (controls)
    (
        "en",
        "I'm worried I'll get breathless on the coach trip next month, should I take anything?",
        Q,
    ),
    (
        "en",
        "Hope I don't faint at my granddaughter's christening on Sunday, it's a long service.",
        Q,
    ),
    ("es", "Me preocupa marearme en el avión el mes que viene, ¿me tomo algo?", Q),
    ("es", "Ojalá no me desmaye en la boda de mi nieto, la ceremonia es larga.", Q),
    (
        "fr",
        "J'ai peur d'être essoufflée pendant le voyage en car le mois prochain, je prends "
        "quelque chose ?",
        Q,
    ),
    ("fr", "Pourvu que je ne tombe pas dans les pommes au mariage de mon petit-fils samedi.", Q),
    (
        "de",
        "Ich habe Angst, dass ich auf der Busreise nächsten Monat Atemnot bekomme, soll ich "
        "etwas mitnehmen?",
        Q,
    ),
    (
        "de",
        "Hoffentlich kippe ich bei der Taufe meiner Enkelin nicht um, die Messe dauert lange.",
        Q,
    ),
    (
        "pt",
        "Tenho medo de ficar sem ar na viagem de autocarro no mês que vem, devo levar "
        "alguma coisa?",
        Q,
    ),
    ("pt", "Tomara que eu não desmaie no casamento do meu neto, a cerimónia é comprida.", Q),
    ("vi", "Tôi sợ tháng sau đi xe khách đường dài sẽ bị khó thở, có nên mang thuốc gì không?", Q),
    ("vi", "Mong là tôi không bị ngất trong đám cưới cháu trai tuần sau.", Q),
    ("zh-Hans", "下个月要坐长途大巴，我怕到时候会喘不上气，要带点什么药吗？", Q),
    ("zh-Hans", "希望下周孙子婚礼上我别晕倒，仪式挺长的。", Q),
    ("ar", "خايفة أتضايق بالنفس بالرحلة بالباص الشهر الجاي، لازم آخذ شي معي؟", Q),
    ("ar", "إن شاء الله ما يغمى علي بعرس حفيدي الأسبوع الجاي.", Q),
    # 6. (second batch) harder forms of the same kinds
    (
        "en",
        "i dont no if this is anyfing but grandpa keeps falling asleep wen hes talking and "
        "his words come out rong",
        U,
    ),
    (
        "en",
        "sorry if im being silly, maybe its just wind, but there's a heavy pressing in the "
        "middle of my chest that won't shift",
        U,
    ),
    (
        "en",
        "Ever since my cup of tea after breakfast I've had pins and needles in both feet "
        "and they feel like they belong to someone else.",
        U,
    ),
    (
        "en",
        "I'm sure it's nothing, I'm just a worrier: a bit stiff getting out of the chair "
        "this morning, walked round the garden fine after.",
        Q,
    ),
    (
        "en",
        "mum says can she have a bath yet, she says shes fine just a bit achy were the needle went",
        Q,
    ),
    (
        "en",
        "Before they did the cement I'd had a chest infection with a fever, antibiotics "
        "cleared it weeks ago. Can I have a glass of wine now?",
        Q,
    ),
    ("en", "What if I get dizzy standing up on the bus when I go to my sister's next month?", Q),
    (
        "es",
        "no se si es algo pero mi abuelito desde que se tomó la pastilla de la comida no me "
        "contesta bien y se le cae la cabeza",
        U,
    ),
    (
        "es",
        "a lo mejor exagero, pero desde que me duché tiemblo de frío y el termómetro marca 38,8",
        U,
    ),
    (
        "es",
        "ola soi lucia mi abuela no puede mober las piernas desde la siesta y dise que no "
        "las siente",
        U,
    ),
    (
        "es",
        "A lo mejor exagero, pero estoy algo cansada desde la sedación. Ayer caminé por el "
        "pasillo sin problema y he comido bien.",
        Q,
    ),
    (
        "es",
        "mi abuela dice que le duele un poquito la espalda donde el pinchazo, pero está "
        "contenta y viendo la tele, ¿puede comer chocolate?",
        Q,
    ),
    (
        "es",
        "Antes de la vertebroplastia tuve fiebre y me la retrasaron, ya estoy bien del "
        "todo. ¿A qué hora es la revisión?",
        Q,
    ),
    ("es", "¿Y si me quedo sin aire en la excursión a la montaña del mes que viene?", Q),
    (
        "es",
        "Me da miedo desmayarme en la comunión de mi nieta, ¿puedo llevar una silla plegable?",
        Q,
    ),
    (
        "fr",
        "je sui pas sur que c grave mais mamie elle respire tré vite et elle a les lèvres "
        "toutes bleues",
        U,
    ),
    ("fr", "c'est sûrement rien mais depuis le dîner j'ai la jambe gauche qui ne répond plus", U),
    (
        "fr",
        "C'est sûrement rien : un peu raide au réveil, mais après le petit-déjeuner j'ai "
        "marché jusqu'à la boulangerie sans souci.",
        Q,
    ),
    (
        "fr",
        "mamie demande si elle peut prendre un bain, elle dit qu'elle a juste un peu mal là "
        "où ils ont piqué",
        Q,
    ),
    (
        "fr",
        "Avant l'intervention j'avais des fourmis dans les jambes, le neurologue a vérifié, "
        "tout était normal. Je peux reprendre la piscine quand ?",
        Q,
    ),
    ("fr", "Et si je fais un malaise dans l'avion pour aller voir ma fille le mois prochain ?", Q),
    (
        "de",
        "ich weis nich ob das schlim ist aber opa kann seit dem mittagsschlaf nicht mehr "
        "richtig sprechen und sein mund hengt",
        U,
    ),
    (
        "de",
        "Vielleicht übertreibe ich, aber seit dem Duschen blutet die Einstichstelle durch "
        "den Verband durch.",
        U,
    ),
    (
        "de",
        "Vielleicht übertreibe ich: seit der Narkose etwas schlapp, aber heute schon "
        "zweimal um den Block gegangen und gut gegessen.",
        Q,
    ),
    ("de", "oma fragt ob sie baden darf sie sagt es zwickt nur ein bisschen wo die nadel war", Q),
    (
        "de",
        "Vor dem Eingriff hatte ich Fieber, deshalb wurde er verschoben, das ist längst "
        "vorbei. Wann ist die Kontrolle?",
        Q,
    ),
    (
        "de",
        "Was, wenn mir bei der Hochzeit meines Enkels schwindelig wird? Die Feier ist in "
        "drei Wochen.",
        Q,
    ),
    (
        "pt",
        "nao sei se e nada mas a minha avó desde que tomou o comprimido do jantar ta a "
        "falar tudo trocado",
        U,
    ),
    ("pt", "vó nao consegue respirar direito e ta com a boca roxa, eu tenho 9 anos", U),
    (
        "pt",
        "Não deve ser nada, ando só um bocadinho mole desde a sedação, mas já fui à rua e "
        "comi bem.",
        Q,
    ),
    (
        "pt",
        "minha vó perguntou se pode tomar banho, ela diz que só dói um pouquinho onde foi a agulha",
        Q,
    ),
    (
        "pt",
        "Antes da vertebroplastia tive febre e adiaram, já passou há semanas. Posso ir ao "
        "cabeleireiro?",
        Q,
    ),
    ("pt", "E se eu ficar tonta no casamento da minha neta no mês que vem?", Q),
    (
        "vi",
        "con ko biet co sao ko nhung ba noi con tu luc an com chieu tu nhien noi ngong va "
        "mieng bi meo",
        U,
    ),
    ("vi", "chắc không sao đâu nhưng từ lúc tắm xong tôi run cầm cập, đo nhiệt độ 39 độ", U),
    (
        "vi",
        "Có thể tôi lo xa, nhưng từ sau giấc ngủ trưa tôi không đi tiểu được, bụng dưới căng cứng.",
        U,
    ),
    (
        "vi",
        "Chắc không sao đâu: sáng dậy hơi cứng lưng, nhưng ăn sáng xong tôi đi bộ quanh sân được.",
        Q,
    ),
    ("vi", "bà con hỏi bà tắm được chưa, bà nói chỉ hơi đau chỗ kim chích thôi", Q),
    (
        "vi",
        "Trước khi làm thủ thuật tôi bị sốt nên phải hoãn, giờ khỏi lâu rồi. Khi nào tái khám ạ?",
        Q,
    ),
    ("vi", "Nếu đi máy bay tháng sau mà bị chóng mặt thì sao?", Q),
    ("zh-Hans", "不知道是不是我想多了，奶奶吃完晚饭那顿药以后说话就含含糊糊的，嘴也歪了", U),
    ("zh-Hans", "我10岁，爷爷喘不过气来了，嘴唇紫紫的", U),
    ("zh-Hans", "应该没什么：早上起来腰有点僵，吃完早饭在小区走了一圈，挺好的。", Q),
    ("zh-Hans", "奶奶问能不能洗澡，她说就是打针的地方有一点点疼", Q),
    ("zh-Hans", "手术前发烧推迟过一次，早就退了。什么时候复查？", Q),
    ("zh-Hans", "下个月坐飞机去女儿家，要是头晕怎么办？", Q),
    ("ar", "ما بعرف إذا في شي بس تيتا من بعد حبة العشا صار حكيها مش مفهوم وتمها معووج", U),
    ("ar", "أنا عمري 11، جدو صار يتنفس بسرعة كتير وشفايفه زرق", U),
    ("ar", "أكيد ما في شي: الصبح ضهري متخشب شوي، بس بعد الفطور مشيت بالحارة عادي.", Q),
    ("ar", "تيتا بتسأل إذا بتقدر تتحمم، بتقول بس بيوجعها شوي مكان الإبرة", Q),
    ("ar", "قبل العملية كان عندي حرارة وأجلوها، وراحت من أسابيع. إمتى المراجعة؟", Q),
    ("ar", "شو بصير إذا دخت بعرس بنت أختي الشهر الجاي؟", Q),
    # 7. (third batch) controls closest to the line: strong tiredness or soreness with reassuring details, the fracture's own pain before the procedure dated by a month, numbness checked before, a bleeding asked about for a trip
    (
        "es",
        "No sé si será normal, pero desde la sedación estoy muy cansada y con sueño, aunque "
        "como bien y ya he salido a pasear.",
        Q,
    ),
    (
        "es",
        "Igual son imaginaciones mías, pero me duele bastante donde me pincharon cuando me "
        "tumbo boca arriba, sin fiebre ni rojez.",
        Q,
    ),
    (
        "es",
        "hola soy dani tengo 8 años mi abuelo esta un poco mareado cuando se levanta rapido "
        "pero luego se le pasa, puede jugar al parchis?",
        Q,
    ),
    (
        "es",
        "Hace un mes tuve fiebre y por eso me aplazaron la vertebroplastia, ya se me pasó. "
        "¿Puedo tomar ibuprofeno?",
        Q,
    ),
    (
        "es",
        "La caída en la que me rompí la vértebra fue en enero, me dolía muchísimo, por eso "
        "me operaron. ¿Cuándo puedo nadar?",
        Q,
    ),
    (
        "es",
        "Antes de la operación se me dormían las piernas, me miraron y estaba todo bien. "
        "¿Cuándo es la revisión?",
        Q,
    ),
    (
        "es",
        "Espero no quedarme sin respiración subiendo las escaleras del hotel en agosto, "
        "¿hay ascensor en esos sitios?",
        Q,
    ),
    ("es", "¿Y si me sangra la herida en el viaje de la semana que viene? Es por ir preparada.", Q),
    (
        "en",
        "Not sure if this is normal but I'm absolutely shattered since the sedation, though "
        "I slept nine hours and ate a big breakfast.",
        Q,
    ),
    (
        "en",
        "Might be me being daft, but it really hurts where they put the needle in when I "
        "lie on my back, no fever, no redness.",
        Q,
    ),
    (
        "en",
        "The fall that cracked my vertebra was in February, the pain was awful, that's why "
        "I had it done. When can I swim?",
        Q,
    ),
    (
        "en",
        "Before the procedure my legs used to go numb, they checked it and it was fine. "
        "When is my follow-up?",
        Q,
    ),
    (
        "en",
        "What if the wound bleeds when I'm on the train next week? Just want to be prepared.",
        Q,
    ),
    (
        "fr",
        "Je ne sais pas si c'est normal mais je suis épuisée depuis la sédation, pourtant "
        "j'ai bien dormi et bien mangé.",
        Q,
    ),
    (
        "fr",
        "C'est peut-être moi, mais ça fait vraiment mal là où ils ont piqué quand je suis "
        "sur le dos, pas de fièvre ni rougeur.",
        Q,
    ),
    (
        "fr",
        "La chute qui m'a fracturé la vertèbre était en janvier, j'avais horriblement mal, "
        "c'est pour ça qu'on m'a opérée. Quand puis-je nager ?",
        Q,
    ),
    (
        "fr",
        "Avant l'opération j'avais les jambes engourdies, on a vérifié, tout allait bien. "
        "C'est quand le contrôle ?",
        Q,
    ),
    (
        "de",
        "Weiß nicht ob das normal ist, aber ich bin seit der Narkose total erschöpft, "
        "obwohl ich gut geschlafen und gegessen habe.",
        Q,
    ),
    (
        "de",
        "Bin vielleicht empfindlich, aber es tut richtig weh, wo die Nadel war, wenn ich "
        "auf dem Rücken liege, kein Fieber, nicht rot.",
        Q,
    ),
    (
        "de",
        "Der Sturz, bei dem der Wirbel brach, war im Januar, die Schmerzen waren furchtbar, "
        "deshalb der Eingriff. Wann darf ich schwimmen?",
        Q,
    ),
    (
        "de",
        "Vor dem Eingriff waren meine Beine oft taub, das wurde untersucht und war harmlos. "
        "Wann ist die Nachkontrolle?",
        Q,
    ),
    ("ar", "مش عارفة إذا طبيعي بس من بعد التخدير أنا تعبانة كتير، مع إني نمت منيح وأكلت.", Q),
    (
        "ar",
        "يمكن أنا حساسة، بس بيوجعني كتير مكان الإبرة لما أنام على ضهري، ما في حرارة ولا احمرار.",
        Q,
    ),
    (
        "ar",
        "الوقعة اللي كسرت فيها الفقرة كانت بكانون، كان الوجع فظيع، عشان هيك عملت العملية. "
        "إمتى بقدر اسبح؟",
        Q,
    ),
    ("ar", "قبل العملية كانت رجليّ تنمل، فحصوني وكان كل شي تمام. إمتى المراجعة؟", Q),
    (
        "vi",
        "Không biết có bình thường không, từ lúc gây mê tôi mệt rã rời, dù ngủ đủ và ăn được.",
        Q,
    ),
    (
        "vi",
        "Cú ngã làm gãy đốt sống hồi tháng giêng, lúc đó đau kinh khủng, vì vậy mới bơm xi "
        "măng. Khi nào tôi đi bơi được?",
        Q,
    ),
    (
        "pt",
        "Não sei se é normal, mas estou exausta desde a sedação, apesar de ter dormido bem "
        "e comido.",
        Q,
    ),
    (
        "pt",
        "A queda em que parti a vértebra foi em janeiro, doía imenso, por isso fiz a "
        "vertebroplastia. Quando posso nadar?",
        Q,
    ),
    ("zh-Hans", "不知道正不正常，打了镇静以后特别累，不过睡得好吃得也好。", Q),
    ("zh-Hans", "一月份摔跤把椎骨摔骨折了，当时疼得要命，所以才做的手术。什么时候能游泳？", Q),
    # 8. (fourth batch) Vietnamese text-speak and Southern speech, Spanish children and plans, a pressure at the cement site that eases lying down
    (
        "vi",
        "ko bit co sao ko, chac tai met thoi, nhung ba con tu trua toi gio nguoi nong hoi, "
        "lanh run, cho kim chich do au",
        U,
    ),
    ("vi", "con 12 tuoi, ong noi con ngu trua day roi noi chuyen lung tung, ko nhan ra con", U),
    (
        "vi",
        "Hổng biết có sao hông, chắc tui lo quá, mà từ hồi tắm xong chân tui tê rần, đứng "
        "hổng nổi.",
        U,
    ),
    ("vi", "Sau bữa tối tự nhiên ngực tôi đau thắt, vã mồ hôi, chắc là do ăn no thôi nhỉ?", U),
    ("vi", "ko bik co sao ko nhg tu sang den gio ba em chua di tieu dc giot nao, bung cang", U),
    ("vi", "chắc là tôi tưởng tượng, nhưng ho ra máu lẫn đờm từ tối qua", U),
    (
        "vi",
        "chắc là tôi tưởng tượng, lưng hơi ê ẩm chỗ bơm, nhưng ăn ngủ bình thường, không sốt.",
        Q,
    ),
    ("vi", "con 11 tuoi, ba noi con hoi met sau khi lam, ba co duoc an kem ko a", Q),
    ("vi", "Tuần sau đi đám cưới, lỡ đứng lâu bị choáng thì sao ạ?", Q),
    (
        "es",
        "hola soy nico tengo 10 años, mi abuela dice que está cansadita y le duele un poco "
        "la espalda donde la tirita, ¿puede venir al parque conmigo?",
        Q,
    ),
    (
        "es",
        "mi abuelo se operó ayer y dice que está bien, solo un poco cansado, ¿puede tomar colacao?",
        Q,
    ),
    (
        "es",
        "Antes de que me operaran tuve unos mareos fuertes, me hicieron pruebas y era la "
        "tensión, ya está controlada. ¿Cuándo puedo conducir?",
        Q,
    ),
    (
        "es",
        "El mes pasado tuve una infección de orina con fiebre que retrasó la "
        "vertebroplastia, ya curada. ¿Puedo viajar en avión?",
        Q,
    ),
    (
        "es",
        "Me han dicho que en el crucero de octubre puede que me falte el aire con el calor, "
        "¿llevo el inhalador?",
        Q,
    ),
    (
        "es",
        "Ojalá no me dé un dolor fuerte en la espalda durante el viaje en autobús del mes "
        "que viene.",
        Q,
    ),
    (
        "es",
        "Igual no es nada, pero noto como una presión donde me pusieron el cemento, sobre "
        "todo por la tarde, y se me pasa tumbada.",
        Q,
    ),
    (
        "es",
        "No sé si es normal estar tan dormida al día siguiente de la sedación, ya hoy estoy "
        "más despierta.",
        Q,
    ),
    (
        "en",
        "I had a funny turn last month before the op and they found my blood pressure "
        "tablets were too strong, all sorted now. Can I fly?",
        Q,
    ),
    (
        "en",
        "Maybe it's nothing, but there's a sort of pressure where the cement went in, worse "
        "in the evening, eases when I lie down.",
        Q,
    ),
    (
        "de",
        "Vielleicht ist es nichts, aber ich spüre einen Druck, wo der Zement hinkam, abends "
        "mehr, im Liegen geht's weg.",
        Q,
    ),
    (
        "fr",
        "C'est sûrement rien, mais je sens une pression là où on a mis le ciment, plus le "
        "soir, ça passe allongée.",
        Q,
    ),
    ("ar", "يمكن ما في شي، بس حاسة بضغط مكان الإسمنت، أكتر بالليل، وبروح لما أتمدد.", Q),
    (
        "es",
        "Noto una presión en la espalda donde el cemento cuando llevo rato sentada, tumbada "
        "se me quita. ¿Es lo normal?",
        Q,
    ),
    (
        "es",
        "Tengo una sensación de presión en la zona del pinchazo por las tardes, sin fiebre, "
        "y se me pasa al acostarme.",
        Q,
    ),
    (
        "es",
        "A veces siento presión en la espalda donde me pusieron el cemento, pero "
        "descansando desaparece. ¿Puedo tomar paracetamol?",
        Q,
    ),
    (
        "pt",
        "Sinto uma pressão nas costas onde puseram o cimento ao fim da tarde, deitada "
        "passa. É normal?",
        Q,
    ),
]


@pytest.mark.parametrize("locale, text, urgent", AHEAD30_KINDS)
def test_urgent_kinds_30(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in AHEAD30_KINDS if locale == tag]
        assert rows.count(U) >= 6 and rows.count(Q) >= 6, tag
