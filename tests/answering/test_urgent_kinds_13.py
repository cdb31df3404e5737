"""Urgent signs by kind, the thirteenth blind set's (tests/data/urgent_blind_13/, issue 17).

Its 12 misses by the rules alone (7 with the word model) and 6 false alarms were read as kinds,
not sentences, and each kind written here in situations of our own (other people, other body
words, other tenses) in every locale, urgent rows and controls of the same kind, before any rule
changed. Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND13_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND13_KINDS = [
    # --- urine held back, played down with an excuse and asked as normal ("is it normal...",
    # "probably because I drink little"); controls: passing water, only less often
    (
        "en",
        "My dad hasn't weed once since he got back from the hospital this morning, he says it's only because he skipped his cuppa. Is that normal?",
        U,
    ),
    (
        "en",
        "I'm peeing a bit less often than usual since I'm drinking less, but it comes fine. Normal?",
        Q,
    ),
    (
        "es",
        "Mi padre no ha hecho pis ni una vez desde que volvió del hospital esta mañana, dice que es porque no ha tomado su café. ¿Es normal?",
        U,
    ),
    (
        "es",
        "Orino un poco menos que de costumbre porque bebo menos, pero sale bien. ¿Es normal?",
        Q,
    ),
    (
        "fr",
        "Mon père n'a pas fait pipi une seule fois depuis qu'il est rentré de l'hôpital ce matin, il dit que c'est parce qu'il n'a pas bu son café. C'est normal ?",
        U,
    ),
    (
        "fr",
        "Je fais pipi un peu moins souvent que d'habitude comme je bois moins, mais ça vient bien. Normal ?",
        Q,
    ),
    (
        "de",
        "Mein Vater war seit er heute früh aus dem Krankenhaus kam kein einziges Mal pinkeln, er meint, weil er keinen Kaffee hatte. Ist das normal?",
        U,
    ),
    (
        "de",
        "Ich muss etwas seltener aufs Klo als sonst, weil ich weniger trinke, aber es läuft gut. Normal?",
        Q,
    ),
    (
        "pt",
        "Meu pai não urinou nenhuma vez desde que voltou do hospital hoje cedo, ele diz que é porque não tomou o café dele. É normal?",
        U,
    ),
    (
        "pt",
        "Estou fazendo xixi um pouco menos que o normal porque bebo menos água, mas sai bem. É normal?",
        Q,
    ),
    (
        "vi",
        "Bố em từ sáng về viện tới giờ chưa đi tiểu được lần nào, bố bảo tại không uống cà phê. Vậy có bình thường không?",
        U,
    ),
    (
        "vi",
        "Dạo này em đi tiểu ít hơn mọi khi vì uống ít nước, nhưng vẫn tiểu bình thường. Có sao không?",
        Q,
    ),
    ("zh-Hans", "我爸从今天早上出院到现在一次小便都没有，他说是因为没喝茶。这正常吗？", U),
    ("zh-Hans", "因为喝水少，我小便比平时少一点，但是尿得很顺。正常吗？", Q),
    (
        "ar",
        "أبوي من رجع من المستشفى الصبح ما بال ولا مرة، يقول لأنه ما شرب قهوته. هل هذا طبيعي؟",
        U,
    ),
    ("ar", "صرت أبول أقل من العادة لأني أشرب مية أقل، بس البول طبيعي. هل هذا عادي؟", Q),
    # --- numbness of the saddle told by the region (groin, bottom, inner thighs, between the
    # legs, when wiping), played down as the anaesthetic; controls: a numb patch at the needle site
    (
        "en",
        "Is it normal that my bottom and the insides of my thighs feel dead since the op? Probably the local still wearing off",
        U,
    ),
    ("en", "The skin right around the needle mark is still a bit numb, is that the local?", Q),
    (
        "es",
        "¿Es normal que no sienta el trasero ni la parte de dentro de los muslos desde la operación? Será la anestesia",
        U,
    ),
    (
        "es",
        "La piel justo alrededor del pinchazo sigue un poco dormida, ¿es la anestesia local?",
        Q,
    ),
    (
        "fr",
        "Mon mari ne sent plus ses fesses ni l'intérieur des cuisses depuis hier soir, il dit que c'est l'anesthésie",
        U,
    ),
    (
        "fr",
        "La peau juste autour de la piqûre est encore un peu engourdie, c'est l'anesthésie locale ?",
        Q,
    ),
    (
        "de",
        "Ist es normal, dass ich seit dem Eingriff meinen Po und zwischen den Beinen nichts mehr spüre? Wahrscheinlich noch die Betäubung",
        U,
    ),
    ("de", "Die Haut direkt um die Einstichstelle ist noch etwas taub, ist das die Betäubung?", Q),
    (
        "pt",
        "é normal eu não sentir o bumbum nem a virilha desde a cirurgia? deve ser a anestesia",
        U,
    ),
    ("pt", "A pele bem em volta da picada ainda está um pouco dormente, é a anestesia local?", Q),
    (
        "vi",
        "Từ hôm qua mẹ em không còn cảm giác ở mông và háng, chắc do thuốc tê thôi phải không?",
        U,
    ),
    ("vi", "Da ngay chỗ kim chích vẫn còn hơi tê, có phải do thuốc tê không?", Q),
    ("zh-Hans", "做完以后屁股和大腿内侧都没感觉了，是不是麻药还没过？", U),
    ("zh-Hans", "针眼周围那一小块皮肤还有点麻，是局麻的原因吗？", Q),
    ("ar", "من بعد العملية ما عاد أحس بالمقعدة ولا بين الفخذين، أكيد من البنج صح؟", U),
    ("ar", "الجلد حول مكان الإبرة لسه فيه تنميل خفيف، هل هذا من البنج الموضعي؟", Q),
    # --- blood in the urine in everyday words (pee coming out red, the toilet red), asked as
    # normal; controls: red from beetroot or a medicine named as the cause
    (
        "en",
        "my wife's wee is coming out red since we got home from the hospital, normal after the cement?",
        U,
    ),
    (
        "en",
        "Ate loads of beetroot last night and now my wee is pinkish, that's the beetroot right?",
        Q,
    ),
    (
        "es",
        "Mi mujer está meando rojo desde que volvimos del hospital, ¿es normal tras el cemento?",
        U,
    ),
    ("es", "Anoche comí mucha remolacha y hoy el pis sale rosado, es por la remolacha, ¿no?", Q),
    (
        "fr",
        "Mon mari fait pipi tout rouge depuis qu'on est rentrés, c'est normal après le ciment ?",
        U,
    ),
    (
        "fr",
        "J'ai mangé beaucoup de betteraves hier soir et mon pipi est rosé, c'est la betterave non ?",
        Q,
    ),
    (
        "de",
        "Bei meiner Frau kommt der Urin seit wir aus der Klinik zurück sind ganz rot, ist das normal nach dem Zement?",
        U,
    ),
    (
        "de",
        "Ich hab gestern viel Rote Bete gegessen und jetzt ist der Urin rosa, das kommt von der Rote Bete, oder?",
        Q,
    ),
    (
        "pt",
        "o xixi da minha esposa tá saindo vermelho desde que voltamos do hospital, é normal depois do cimento?",
        U,
    ),
    ("pt", "comi muita beterraba ontem e hoje o xixi tá rosado, é da beterraba né?", Q),
    (
        "vi",
        "vợ em đi tiểu ra nước đỏ từ lúc ở viện về, bơm xi măng xong vậy có bình thường không?",
        U,
    ),
    ("vi", "Tối qua em ăn nhiều củ dền nên nước tiểu hơi hồng, chắc do củ dền phải không?", Q),
    ("zh-Hans", "我老婆从医院回来以后小便是红的，打完骨水泥正常吗？", U),
    ("zh-Hans", "昨晚吃了很多红心火龙果，今天小便有点红，是火龙果的原因吧？", Q),
    ("ar", "زوجتي بولها طالع أحمر من رجعنا من المستشفى، هل هذا طبيعي بعد الاسمنت؟", U),
    ("ar", "أكلت شمندر كثير أمس والبول اليوم لونه وردي، هذا من الشمندر صح؟", Q),
    # --- confusion told by what others see, late in a long story (someone long dead asked
    # for, not knowing the house, words that make no sense), where it is new; controls: a
    # confusion long known (dementia for years)
    (
        "en",
        "Grandad had his cement on Thursday and came home fine, had his tea and watched the football. Tonight he keeps asking where his late wife is and doesn't know his own front room. He's always been sharp as a tack.",
        U,
    ),
    (
        "en",
        "Grandad has had dementia for years and often asks for his late wife, will the cement make it worse?",
        Q,
    ),
    (
        "es",
        "Mi abuelo se hizo el cemento el jueves y volvió bien, cenó y vio el fútbol. Esta noche no para de preguntar por su mujer, que murió hace años, y no reconoce su propio salón. Siempre ha estado muy lúcido.",
        U,
    ),
    (
        "es",
        "Mi abuelo lleva años con demencia y a menudo pregunta por su mujer fallecida, ¿el cemento lo empeorará?",
        Q,
    ),
    (
        "fr",
        "Mon grand-père a eu son ciment jeudi, il est rentré en forme, a dîné et regardé le foot. Ce soir il réclame sa femme décédée et ne reconnaît pas son propre salon. Il a toujours eu toute sa tête.",
        U,
    ),
    (
        "fr",
        "Mon grand-père a une démence depuis des années et réclame souvent sa femme décédée, le ciment peut-il aggraver ça ?",
        Q,
    ),
    (
        "de",
        "Opa hatte am Donnerstag den Zement, kam gut heim, hat gegessen und Fußball geschaut. Heute Abend fragt er dauernd nach seiner verstorbenen Frau und erkennt sein eigenes Wohnzimmer nicht. Er war immer ganz klar im Kopf.",
        U,
    ),
    (
        "de",
        "Opa ist seit Jahren dement und fragt oft nach seiner verstorbenen Frau, kann der Zement das verschlimmern?",
        Q,
    ),
    (
        "pt",
        "Meu avô fez o cimento na quinta e voltou bem, jantou e viu o futebol. Hoje à noite ele fica perguntando pela esposa que já morreu e não reconhece a própria sala. Ele sempre foi muito lúcido.",
        U,
    ),
    (
        "pt",
        "Meu avô tem demência há anos e vive perguntando pela esposa falecida, o cimento pode piorar isso?",
        Q,
    ),
    (
        "vi",
        "Ông em bơm xi măng hôm thứ năm, về nhà vẫn khỏe, ăn cơm xem bóng đá. Tối nay ông cứ hỏi bà đâu dù bà mất lâu rồi, lại không nhận ra phòng khách nhà mình. Trước giờ ông minh mẫn lắm.",
        U,
    ),
    ("vi", "Ông em bị lẫn mấy năm nay, hay hỏi bà đã mất, bơm xi măng có làm nặng hơn không?", Q),
    (
        "zh-Hans",
        "我爷爷周四打了骨水泥，回家挺好，吃了饭看了球赛。今晚他一直找已经去世的奶奶，连自家客厅都认不出来了。他以前脑子一直很清楚。",
        U,
    ),
    ("zh-Hans", "我爷爷老年痴呆好几年了，经常找去世的奶奶，打骨水泥会不会加重？", Q),
    (
        "ar",
        "جدي سوى الاسمنت يوم الخميس ورجع البيت بخير، تعشى وتابع الكورة. الليلة يسأل عن جدتي المتوفية وما عرف صالة بيته. طول عمره عقله حاضر.",
        U,
    ),
    ("ar", "جدي عنده خرف من سنين ودايم يسأل عن جدتي المتوفية، هل الاسمنت يزيده؟", Q),
    # --- two signs at once in few words, text-speak or regional, played down; controls: two
    # ordinary complaints at once told anxiously
    ("en", "mums face gone grey n shes gasping, had the spine thing tues, prob nothing?", U),
    ("en", "back aches n im knackered after the spine thing tues, prob nothing right?", Q),
    (
        "es",
        "mi vieja tiene los labios morados y respira re rápido, le hicieron lo del cemento el martes, será nada?",
        U,
    ),
    (
        "es",
        "me duele la espalda y estoy molida después de lo del cemento del martes, será nada no?",
        Q,
    ),
    (
        "fr",
        "ma mère a les lèvres bleues pi a respire vite vite, elle a eu le ciment mardi, c rien?",
        U,
    ),
    ("fr", "g mal au dos pi chu crevée depuis le ciment mardi, c rien?", Q),
    (
        "de",
        "Mama hat blaue Lippen und schnauft ganz schnell, hatte Dienstag den Zement, wird scho nix sein?",
        U,
    ),
    (
        "de",
        "Rücken tut weh und bin total kaputt seit dem Zement am Dienstag, wird scho nix sein?",
        Q,
    ),
    (
        "pt",
        "minha mãe tá com os lábios roxos e puxando o ar, fez o cimento terça, deve ser nada né?",
        U,
    ),
    (
        "pt",
        "tô com dor nas costas e morta de cansaço depois do cimento de terça, deve ser nada né?",
        Q,
    ),
    ("vi", "mẹ e môi tím tái thở hổn hển, mới bơm xi măng thứ ba, chắc ko sao hả?", U),
    ("vi", "e đau lưng với mệt rã rời từ hôm bơm xi măng thứ ba, chắc ko sao hả?", Q),
    ("zh-Hans", "我妈嘴唇发紫喘不上气，周二刚打的骨水泥，应该没事吧？", U),
    ("zh-Hans", "周二打完骨水泥后背酸还特别累，应该没事吧？", Q),
    ("ar", "امي شفايفها زرق وتنهج بسرعة، سوت الاسمنت الثلاثاء، اكيد ما فيها شي؟", U),
    ("ar", "ظهري يوجعني وتعبانة مرة من بعد الاسمنت الثلاثاء، اكيد ما فيه شي؟", Q),
    # --- what to do or whom to call if a sign came, the condition told without a plain "if"
    # before the sign ("should my arms go numb", "in case", "mà thấy ... thì"); urgent look-alikes
    # with the sign now
    (
        "en",
        "which number should I phone on a Sunday should my arms go weak or tingly after the procedure?",
        Q,
    ),
    ("en", "who do I call in case my wife's legs get numb at night once she's home?", Q),
    ("en", "which number do I phone, my arms have gone weak and tingly since the procedure", U),
    (
        "es",
        "¿a qué número llamo un domingo en caso de que se me duerman los brazos después del procedimiento?",
        Q,
    ),
    ("es", "¿a qué número llamo? se me han dormido los brazos desde el procedimiento", U),
    (
        "fr",
        "quel numéro appeler un dimanche au cas où mes bras deviendraient faibles après l'intervention ?",
        Q,
    ),
    ("fr", "quel numéro appeler, mes bras sont devenus faibles depuis l'intervention", U),
    (
        "de",
        "Welche Nummer rufe ich am Sonntag an, falls meine Arme nach dem Eingriff schwach werden?",
        Q,
    ),
    ("de", "Welche Nummer rufe ich an? Meine Arme sind seit dem Eingriff schwach und kribbeln", U),
    (
        "pt",
        "pra qual número eu ligo no domingo caso meus braços fiquem fracos depois do procedimento?",
        Q,
    ),
    ("pt", "pra qual número eu ligo? meus braços ficaram fracos desde o procedimento", U),
    ("vi", "về nhà rồi mà thấy tay tê yếu thì gọi số nào hay chạy thẳng cấp cứu?", Q),
    ("vi", "về nhà rồi giờ thấy tay tê yếu quá, gọi số nào ạ?", U),
    ("zh-Hans", "回家以后万一胳膊发麻没力气，应该打哪个电话？", Q),
    ("zh-Hans", "回家以后胳膊发麻没力气了，应该打哪个电话？", U),
    ("ar", "بعد ما أرجع البيت لو صارت يديني ضعيفة أو فيها تنميل أتصل على أي رقم؟", Q),
    ("ar", "رجعت البيت ويديني صارت ضعيفة وفيها تنميل، أتصل على أي رقم؟", U),
    # --- a long-standing sign of its own cause ("for years", carpal tunnel, diabetes, sciatica),
    # asked whether it matters for the procedure; urgent look-alike: the same, new since it
    (
        "en",
        "I've had pins and needles in my feet for donkey's years from my diabetes, does that matter for the cement?",
        Q,
    ),
    (
        "en",
        "I've had diabetes for years but the pins and needles in my feet only started since the cement yesterday",
        U,
    ),
    (
        "es",
        "Hace años que tengo los pies dormidos por la diabetes, ¿afecta a la vertebroplastia?",
        Q,
    ),
    ("es", "Tengo diabetes hace años, pero los pies se me han dormido desde el cemento de ayer", U),
    (
        "fr",
        "Ça fait des années que j'ai des fourmis dans les pieds à cause du diabète, ça compte pour la vertébroplastie ?",
        Q,
    ),
    (
        "fr",
        "J'ai du diabète depuis des années, mais les fourmis dans les pieds ont commencé depuis le ciment hier",
        U,
    ),
    (
        "de",
        "Ich hab seit Jahren wegen Diabetes Kribbeln in den Füßen, spielt das für die Vertebroplastie eine Rolle?",
        Q,
    ),
    (
        "de",
        "Ich hab seit Jahren Diabetes, aber das Kribbeln in den Füßen hat erst seit dem Zement gestern angefangen",
        U,
    ),
    (
        "pt",
        "Faz anos que tenho formigamento nos pés por causa da diabetes, isso atrapalha a vertebroplastia?",
        Q,
    ),
    (
        "pt",
        "Tenho diabetes há anos, mas o formigamento nos pés começou só desde o cimento ontem",
        U,
    ),
    ("vi", "Em bị tê chân mấy năm nay do tiểu đường, có ảnh hưởng gì tới bơm xi măng không?", Q),
    ("vi", "Em bị tiểu đường lâu rồi nhưng tê chân thì mới bị từ lúc bơm xi măng hôm qua", U),
    ("zh-Hans", "我糖尿病好多年了，脚一直发麻，对做骨水泥有影响吗？", Q),
    ("zh-Hans", "我糖尿病好多年了，可是脚发麻是昨天打完骨水泥才开始的", U),
    ("ar", "عندي تنميل في رجليني من سنين بسبب السكري، هل يأثر على حقن الاسمنت؟", Q),
    ("ar", "عندي سكري من سنين بس التنميل في رجليني بدا من يوم الاسمنت أمس", U),
    # --- a sign of someone who is not the patient nor cared for after the procedure (a spouse
    # with flu, a neighbour, a pet), told with an errand of one's own; urgent look-alike: the
    # one cared for after the procedure
    (
        "en",
        "My son's got a chest infection with a temperature so he can't drive me, can I book hospital transport?",
        Q,
    ),
    (
        "en",
        "Our cat has been peeing blood, I need to take her to the vet, can I move my procedure?",
        Q,
    ),
    (
        "es",
        "Mi hijo tiene gripe con fiebre y no puede llevarme, ¿puedo pedir una ambulancia de traslado?",
        Q,
    ),
    (
        "es",
        "Mi gato está orinando sangre y tengo que llevarlo al veterinario, ¿puedo cambiar la fecha del procedimiento?",
        Q,
    ),
    (
        "fr",
        "Ma fille a une bronchite avec de la fièvre, elle ne pourra pas me conduire, je peux avoir un VSL ?",
        Q,
    ),
    (
        "fr",
        "Mon chat fait du sang dans ses urines, je dois l'emmener chez le vétérinaire, puis-je décaler mon intervention ?",
        Q,
    ),
    ("fr", "Ma fille a de la fièvre depuis sa vertébroplastie d'hier et la piqûre est rouge", U),
    (
        "de",
        "Mein Sohn hat Grippe mit Fieber und kann mich nicht fahren, kann ich einen Krankentransport bestellen?",
        Q,
    ),
    (
        "de",
        "Unser Hund pinkelt Blut, ich muss mit ihm zum Tierarzt, kann ich meinen Termin verschieben?",
        Q,
    ),
    (
        "pt",
        "Meu filho está gripado com febre e não pode me levar, posso pedir transporte do hospital?",
        Q,
    ),
    (
        "pt",
        "Meu cachorro está fazendo xixi com sangue e preciso levar ao veterinário, posso remarcar meu procedimento?",
        Q,
    ),
    (
        "vi",
        "Bà cụ nhà bên bơm xi măng xong bị sốt phải nhập viện lại, tháng sau em làm có dễ bị vậy không?",
        Q,
    ),
    (
        "vi",
        "Con mèo nhà em đi tiểu ra máu, em phải đưa nó đi thú y, dời lịch bơm xi măng được không?",
        Q,
    ),
    ("vi", "Mẹ em bơm xi măng hôm qua, giờ bị sốt và chỗ kim chích sưng đỏ", U),
    ("zh-Hans", "我儿子感冒发烧了没法送我，可以叫医院的车吗？", Q),
    ("zh-Hans", "我家猫这两天尿里有血，要带它去宠物医院，手术能改期吗？", Q),
    ("zh-Hans", "邻居大爷打完骨水泥发烧又住院了，我下个月做会不会也这样？", Q),
    ("ar", "ابني عنده انفلونزا وحرارة وما يقدر يوصلني، اقدر اطلب اسعاف نقل؟", Q),
    ("ar", "قطتي تبول دم ولازم اوديها للبيطري، اقدر اأجل موعد العملية؟", Q),
    (
        "ar",
        "جارنا سوى الاسمنت وطلعت عليه حرارة ورجع المستشفى، انا موعدي الشهر الجاي هل ممكن يصير لي كذا؟",
        Q,
    ),
    (
        "en",
        "The man next door got a fever after his cement and went back in, mine's next month, is that likely for me?",
        Q,
    ),
    # --- second batch, written from what the set still missed after the first rules: urine
    # held back "not once", "not at all", tied to the procedure by a time word
    (
        "en",
        "Is it normal that my husband hasn't done a wee at all since the cement on Friday? His belly looks swollen",
        U,
    ),
    (
        "es",
        "¿Es normal que mi marido no haya hecho pis ni una sola vez desde el cemento del viernes? Tiene la barriga hinchada",
        U,
    ),
    (
        "fr",
        "C'est normal que mon mari n'ait pas uriné une seule fois depuis le ciment vendredi ? Il a le ventre gonflé",
        U,
    ),
    (
        "de",
        "Ist es normal, dass mein Mann seit dem Zement am Freitag noch kein einziges Mal Wasser lassen konnte? Sein Bauch ist dick",
        U,
    ),
    (
        "pt",
        "É normal meu marido não ter urinado nenhuma vez desde o cimento na sexta? A barriga dele está inchada",
        U,
    ),
    (
        "vi",
        "Chồng em từ hôm bơm xi măng thứ sáu tới giờ chưa tiểu được lần nào, bụng căng lên, vậy có bình thường không?",
        U,
    ),
    ("zh-Hans", "我老公周五打完骨水泥到现在一次尿都没尿过，肚子鼓起来了，正常吗？", U),
    ("ar", "زوجي من يوم الاسمنت الجمعة ما بال ولا حتى مره وبطنه منفوخ، هل هذا عادي؟", U),
    # the saddle felt "no longer" after the verb, or nothing felt when wiping
    (
        "en",
        "since the op my sister says she can't feel anything when she wipes herself, and her bottom feels like it isn't hers",
        U,
    ),
    ("es", "desde la operación mi hermana dice que al limpiarse no nota nada ahí abajo", U),
    ("fr", "depuis l'opération ma sœur dit qu'elle ne sent plus rien en s'essuyant", U),
    (
        "de",
        "Seit der OP sagt meine Schwester, sie fühlt ihr Gesäß gar nicht mehr, auch beim Abwischen nichts",
        U,
    ),
    ("pt", "desde a operação minha irmã diz que não sente nada quando se limpa lá embaixo", U),
    ("vi", "Từ hôm làm xong chị em bảo đi vệ sinh lau mà vùng kín không còn cảm giác gì", U),
    ("zh-Hans", "做完手术以后我姐说上厕所擦的时候下面一点感觉都没有", U),
    (
        "en",
        "since the op my sister says the toilet seat feels cold, is the heating broken in the ward?",
        Q,
    ),
    # confusion told by what others see at the end of an ordinary day, new
    (
        "en",
        "Mum had the procedure on Monday and was herself all week. This evening she's been calling for her own mother, who died in 1980, and her words come out jumbled.",
        U,
    ),
    (
        "es",
        "Mi madre se hizo el procedimiento el lunes y estuvo normal toda la semana. Esta tarde llama a su propia madre, que murió en 1980, y las palabras le salen revueltas.",
        U,
    ),
    (
        "fr",
        "Maman a eu l'intervention lundi et était elle-même toute la semaine. Ce soir elle appelle sa propre mère, morte en 1980, et ses mots sortent tout mélangés.",
        U,
    ),
    (
        "de",
        "Mama hatte am Montag den Eingriff und war die ganze Woche normal. Heute Abend ruft sie nach ihrer eigenen Mutter, die 1980 gestorben ist, und die Wörter kommen durcheinander.",
        U,
    ),
    (
        "pt",
        "Minha mãe fez o procedimento na segunda e ficou normal a semana toda. Hoje à noite ela chama pela mãe dela, que morreu em 1980, e as palavras saem embaralhadas.",
        U,
    ),
    (
        "vi",
        "Mẹ em làm thủ thuật hôm thứ hai, cả tuần vẫn bình thường. Tối nay mẹ cứ gọi bà ngoại dù bà mất từ năm 1980, nói chuyện lộn xộn.",
        U,
    ),
    (
        "zh-Hans",
        "我妈周一做的手术，一周都好好的。今天晚上一直喊她妈妈，可姥姥1980年就走了，说话也颠来倒去的。",
        U,
    ),
    (
        "ar",
        "امي سوت العملية يوم الاثنين وكانت طبيعية طول الاسبوع. الليلة تنادي على امها اللي ماتت سنة 1980 وكلامها ملخبط.",
        U,
    ),
    (
        "en",
        "Mum has been looking for her reading glasses all evening, she always loses them, can she read after the procedure?",
        Q,
    ),
    # an animal's sign told with a time word, with an errand of one's own
    (
        "en",
        "Our dog started bleeding from his paw this morning, can I still come in for my cement tomorrow or move it?",
        Q,
    ),
    (
        "es",
        "A mi perro le empezó a sangrar la pata esta mañana, ¿puedo ir igual mañana al cemento o lo cambio?",
        Q,
    ),
    (
        "fr",
        "Mon chien saigne de la patte depuis ce matin, je peux quand même venir demain pour le ciment ?",
        Q,
    ),
    (
        "de",
        "Unser Hund blutet seit heute früh an der Pfote, kann ich trotzdem morgen zum Zement kommen?",
        Q,
    ),
    (
        "pt",
        "Meu cachorro começou a sangrar na pata hoje de manhã, posso ir amanhã no cimento mesmo assim?",
        Q,
    ),
    (
        "vi",
        "Con chó nhà em sáng nay bị chảy máu chân nhiều, mai em vẫn đi bơm xi măng được không?",
        Q,
    ),
    ("zh-Hans", "我家猫今天早上开始拉肚子带血，明天还能去打骨水泥吗？", Q),
    ("ar", "كلبي من الصبح ينزف كثير من رجله، اقدر اجي بكره للاسمنت؟", Q),
    # a long-standing sign of its own, "I've been living with it for years"
    (
        "en",
        "I've lived with tingling in my fingers from carpal tunnel for years, does it matter for the cement?",
        Q,
    ),
    (
        "fr",
        "Je vis avec des fourmis dans les doigts à cause d'un canal carpien depuis des années, ça change quelque chose ?",
        Q,
    ),
    (
        "de",
        "Ich lebe seit Jahren mit Kribbeln in den Fingern wegen Karpaltunnel, spielt das eine Rolle?",
        Q,
    ),
    (
        "pt",
        "Convivo há anos com formigamento nos dedos por causa do túnel do carpo, isso atrapalha?",
        Q,
    ),
    ("vi", "Em sống chung với tê ngón tay do hội chứng ống cổ tay nhiều năm rồi, có sao không?", Q),
    ("zh-Hans", "我腕管综合征很多年了，手指一直发麻，影响做骨水泥吗？", Q),
    ("ar", "عايشة مع تنميل في اصابعي من سنين بسبب النفق الرسغي، هل يأثر على العملية؟", Q),
    (
        "es",
        "Convivo desde hace años con hormigueo en los dedos por un túnel carpiano, ¿importa para el cemento?",
        Q,
    ),
]


# A known gap until session 29 (a strict xfail): Arabic "لما" ("when") before a present verb
# reads as a condition, though "when she wipes herself she feels nothing" tells of a sign had
# each time; "من بعد العملية" (since the operation, an ``ongoing`` cue in ``urgent_asked``) now
# ties the sign to now, which no condition supposes.
KNOWN_GAPS_13 = [
    ("ar", "من بعد العملية اختي تقول لما تنظف نفسها ما تحس بالمنطقة الحساسة ابدا", U),
]


@pytest.mark.parametrize("locale, text, urgent", KNOWN_GAPS_13)
def test_known_gaps_13(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent


@pytest.mark.parametrize("locale, text, urgent", BLIND13_KINDS)
def test_urgent_kinds_13(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_kind_has_rows_in_every_locale() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND13_KINDS if locale == tag]
        assert rows.count(U) >= 6 and rows.count(Q) >= 8, tag
