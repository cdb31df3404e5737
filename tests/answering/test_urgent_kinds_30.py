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

121 rows (56 urgent, 65 quiet), written before any change for them: 5 failed with the model on
the code of session 35's first refit (by kind 1, 0, 1, 1, 2); after the change all pass by the
rules alone. Never a blind message's words or situation, and never set 30's messages: its
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
]


@pytest.mark.parametrize("locale, text, urgent", AHEAD30_KINDS)
def test_urgent_kinds_30(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in AHEAD30_KINDS if locale == tag]
        assert rows.count(U) >= 6 and rows.count(Q) >= 6, tag
