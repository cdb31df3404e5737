"""Urgent signs by kind, the eleventh blind set's (tests/data/urgent_blind_11/, issue 17).

Its 24 misses by the rules (8 with the word model) and 10 false alarms were read as kinds, not
sentences, and each kind written here in our own words in every locale where it is general,
urgent rows and look-alike controls, before any rule changed. Of the first 240 rows, 79 failed
(118 by the rules alone); 3 of 9 on "again" written after the first change; 7 of a second batch
of 35 written after the rules for the misses (9 by the rules alone). Then 146 rows of those
batches were found to be close paraphrases of the set's own messages (the same situation, in
another locale or other words) and were replaced by situations of our own: 41 of them failed
(77 by the rules alone), which showed how little the first rules reached beyond those
situations; mended by kind. A third batch of 34, written after that, failed 7 (12 by the rules
alone). Never a blind message's words. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND11_KINDS``, not ``KNOWN_GAPS_11``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND11_KINDS = [
    # --- a leg or arm told only by what it can no longer do (the foot catches on a step or a
    # rug, the legs have to be lifted into bed, a cup or fork will not stay in the hand, the
    # legs fold under one); controls: an old knee, a stroke years ago, asking when one may
    (
        "en",
        "since yesterday my right foot slaps on the floor with every step and I can't walk on my heel",
        U,
    ),
    (
        "en",
        "he couldn't get his legs into his trousers this morning, they just hang there with no strength",
        U,
    ),
    ("en", "since he came home Dad can't do up his buttons or turn the key in the door", U),
    (
        "en",
        "she tried to stand at the sink today and just slid down to the floor, her legs went from under her",
        U,
    ),
    ("en", "my knee has been bad for years so I take the stairs slowly, can I have it done?", Q),
    ("en", "when will I be able to climb the stairs normally again?", Q),
    (
        "es",
        "desde ayer el pie derecho me cae de golpe al suelo en cada paso y no puedo andar de talones",
        U,
    ),
    (
        "es",
        "esta mañana no ha podido meter las piernas en el pantalón, le cuelgan sin fuerza",
        U,
    ),
    ("es", "desde que volvió mi padre no puede abrocharse los botones ni girar la llave", U),
    (
        "es",
        "hoy mi madre intentó ponerse de pie en el fregadero y se escurrió al suelo, las piernas no la sostuvieron",
        U,
    ),
    ("es", "tengo la rodilla mal desde hace años y subo despacio, ¿me la pueden hacer?", Q),
    ("es", "¿cuándo podré subir escaleras con normalidad?", Q),
    (
        "fr",
        "depuis hier mon pied droit claque par terre à chaque pas et je ne peux pas marcher sur le talon",
        U,
    ),
    (
        "fr",
        "ce matin il n'a pas pu enfiler son pantalon, ses jambes pendent sans force",
        U,
    ),
    (
        "fr",
        "depuis son retour mon père n'arrive plus à boutonner sa chemise ni à tourner la clé",
        U,
    ),
    (
        "fr",
        "aujourd'hui elle a voulu se lever à l'évier et elle a glissé par terre, ses jambes ne la portaient plus",
        U,
    ),
    (
        "fr",
        "j'ai un genou abîmé depuis des années, je monte les marches doucement, c'est possible ?",
        Q,
    ),
    ("fr", "quand est-ce que je pourrai remonter les escaliers normalement ?", Q),
    (
        "de",
        "seit gestern klatscht mein rechter Fuß bei jedem Schritt auf den Boden und ich kann nicht auf der Ferse gehen",
        U,
    ),
    (
        "de",
        "heute früh bekam er die Beine nicht in die Hose, sie hängen kraftlos runter",
        U,
    ),
    (
        "de",
        "seit Papa zu Hause ist, kann er keine Knöpfe mehr zumachen und den Schlüssel nicht drehen",
        U,
    ),
    (
        "de",
        "heute wollte sie an der Spüle aufstehen und ist zu Boden gerutscht, die Beine haben sie nicht getragen",
        U,
    ),
    (
        "de",
        "mein Knie ist seit Jahren kaputt, ich gehe Treppen langsam, geht der Eingriff trotzdem?",
        Q,
    ),
    ("de", "Wann kann ich wieder normal Treppen steigen?", Q),
    (
        "pt",
        "desde ontem meu pé direito bate no chão a cada passo e não consigo andar no calcanhar",
        U,
    ),
    (
        "pt",
        "hoje cedo ele não conseguiu enfiar as pernas na calça, elas ficam penduradas sem força",
        U,
    ),
    ("pt", "desde que voltou meu pai não consegue abotoar a camisa nem girar a chave", U),
    ("pt", "hoje ela tentou ficar em pé na pia e escorregou pro chão, as pernas não aguentaram", U),
    ("pt", "tenho o joelho ruim há anos e subo escada devagar, posso fazer o procedimento?", Q),
    ("pt", "quando vou poder subir escada normalmente?", Q),
    ("vi", "từ hôm qua bàn chân phải cứ đập xuống sàn mỗi bước, tôi không đi bằng gót được", U),
    ("vi", "sáng nay ông không xỏ chân vào quần được, chân cứ thõng xuống không có sức", U),
    ("vi", "từ hôm về bố tôi không cài được cúc áo, không vặn được chìa khóa", U),
    ("vi", "hôm nay bà định đứng dậy ở bồn rửa thì tuột xuống sàn, chân không đỡ nổi", U),
    ("vi", "đầu gối tôi yếu nhiều năm nay nên leo cầu thang chậm, có làm được không?", Q),
    ("vi", "bao giờ tôi leo cầu thang bình thường lại được?", Q),
    ("zh-Hans", "从昨天起右脚走路啪嗒啪嗒地拍地，脚跟着不了地走", U),
    ("zh-Hans", "今天早上他腿都伸不进裤子里，两条腿耷拉着没劲", U),
    ("zh-Hans", "我爸回家以后扣子都扣不上，钥匙也拧不动", U),
    ("zh-Hans", "她今天想在水池边站起来，结果出溜到地上，腿撑不住", U),
    ("zh-Hans", "我膝盖不好好多年了，上楼梯慢，能做这个手术吗？", Q),
    ("zh-Hans", "什么时候能正常上楼梯？", Q),
    ("ar", "من مبارح رجلي اليمين عم تخبط بالأرض مع كل خطوة وما بقدر امشي على كعبي", U),
    ("ar", "اليوم الصبح ما قدر يدخل رجليه بالبنطلون، رجليه مدلدلين بلا قوة", U),
    ("ar", "أبي من يوم ما رجع ما عاد يقدر يسكر زرار قميصه ولا يبرم المفتاح", U),
    ("ar", "اليوم حاولت توقف عند المجلى وزحلت عالأرض، رجليها ما حملوها", U),
    ("ar", "ركبتي تعبانة من سنين وبطلع الدرج على مهلي، فيني اعمل العملية؟", Q),
    ("ar", "متى أقدر أطلع الدرج عادي؟", Q),
    # --- confusion told by what the person does (shoes on the hands, the same question every
    # few minutes, phoning with the remote, looking for a pet or person long dead, not knowing
    # the day or where she lives); controls: dementia for years, a death told plainly
    (
        "en",
        "Mum is trying to eat her soup with a comb and keeps asking whether we've fed the cat, every couple of minutes",
        U,
    ),
    (
        "en",
        "Dad set the table for Grandma, who died years ago, and doesn't know what month it is",
        U,
    ),
    (
        "en",
        "my grandmother tried to switch on the kettle with her phone and can't tell us her own address",
        U,
    ),
    (
        "en",
        "my mum has had dementia for years and asks the same questions, can she have the op?",
        Q,
    ),
    (
        "en",
        "my father died two years ago and I look after mum now, how long is she in hospital?",
        Q,
    ),
    (
        "es",
        "mi madre quiere peinarse con el tenedor y no para de preguntar si ha venido el cartero",
        U,
    ),
    (
        "es",
        "mi padre ha puesto la mesa para la abuela, que murió hace años, y no sabe en qué mes estamos",
        U,
    ),
    ("es", "la abuela intentó encender el hervidor con el móvil y no sabe decir su dirección", U),
    ("es", "mi madre tiene demencia desde hace años y repite las preguntas, ¿la pueden operar?", Q),
    (
        "es",
        "mi padre murió hace dos años y ahora cuido de mi madre, ¿cuántos días está ingresada?",
        Q,
    ),
    (
        "fr",
        "ma mère a rangé ses lunettes dans le frigo et me redemande sans arrêt si on a mangé",
        U,
    ),
    (
        "fr",
        "mon père a mis le couvert pour sa mère, morte il y a des années, et ne sait pas en quel mois on est",
        U,
    ),
    (
        "fr",
        "ma grand-mère a voulu allumer la bouilloire avec son téléphone et ne sait plus son adresse",
        U,
    ),
    ("fr", "ma mère est démente depuis des années et répète ses questions, peut-on l'opérer ?", Q),
    (
        "fr",
        "mon père est mort il y a deux ans, je m'occupe de ma mère, combien de jours d'hospitalisation ?",
        Q,
    ),
    (
        "de",
        "Mama will mit der Gabel telefonieren und fragt ständig, ob der Bus schon da war",
        U,
    ),
    (
        "de",
        "Papa deckt für Oma den Tisch, die vor Jahren gestorben ist, und weiß nicht, welcher Monat ist",
        U,
    ),
    (
        "de",
        "Oma wollte den Wasserkocher mit dem Handy einschalten und kennt ihre eigene Adresse nicht mehr",
        U,
    ),
    (
        "de",
        "Mama ist seit Jahren dement und fragt alles doppelt, kann sie trotzdem operiert werden?",
        Q,
    ),
    (
        "pt",
        "minha mãe pôs o celular na geladeira e pergunta toda hora se o almoço já saiu",
        U,
    ),
    ("pt", "meu pai pôs a mesa para a avó, que morreu há anos, e não sabe em que mês estamos", U),
    ("pt", "minha avó quis ligar a chaleira com o celular e não sabe dizer o endereço dela", U),
    (
        "pt",
        "minha mãe tem demência há anos e repete as perguntas, ela pode fazer o procedimento?",
        Q,
    ),
    ("vi", "mẹ tôi cầm lược đánh răng và cứ hỏi đi hỏi lại đã ăn cơm chưa", U),
    ("vi", "bố tôi dọn cơm chờ bà nội đã mất mấy năm rồi và không biết bây giờ là tháng mấy", U),
    ("vi", "bà tôi lấy điện thoại bật ấm đun nước và không nhớ địa chỉ nhà mình", U),
    ("vi", "mẹ tôi bị lẫn nhiều năm nay, hay hỏi lại, có làm thủ thuật được không?", Q),
    ("zh-Hans", "我妈拿梳子刷牙，一会儿一遍地问吃没吃饭", U),
    ("zh-Hans", "我爸给去世好几年的奶奶摆碗筷，也不知道现在几月", U),
    ("zh-Hans", "奶奶拿手机去开水壶，连自己家地址都说不出来", U),
    ("zh-Hans", "我妈老年痴呆好多年了，老是重复问，能做手术吗？", Q),
    ("ar", "أمي عم تمشط شعرها بالشوكة وكل شوي بتسأل إذا أكلنا", U),
    ("ar", "أبوي حط صحن لستي اللي ماتت من سنين وما بيعرف بأي شهر نحنا", U),
    ("ar", "ستي حاولت تشغل الغلاية بالموبايل وما بتعرف عنوان بيتها", U),
    ("ar", "أمي عندها خرف من سنين وبتعيد الأسئلة، بتقدر تعمل العملية؟", Q),
    # --- breathlessness never named: stopping every few steps holding on, not able to lie
    # flat and sitting up to gasp, shoulders heaving with the mouth open, a sentence in three
    # breaths; controls: hills for years, lying flat asked about
    (
        "en",
        "since the procedure I can only make it halfway to the loo before I have to stop and get my puff back",
        U,
    ),
    ("en", "she can't lie flat tonight, she has to sit bolt upright gulping for air", U),
    (
        "en",
        "his shoulders are going up and down and his mouth is open the whole time trying to get air",
        U,
    ),
    ("en", "am I allowed to lie flat on my back after the procedure?", Q),
    ("es", "desde la intervención no llego ni al baño sin pararme a recuperar el aliento", U),
    ("es", "esta noche no puede estar tumbada, tiene que sentarse de golpe boqueando", U),
    ("es", "los hombros le suben y bajan y tiene la boca abierta todo el rato buscando aire", U),
    ("es", "¿puedo dormir boca arriba después de la intervención?", Q),
    (
        "fr",
        "depuis l'intervention je n'arrive plus à traverser le salon d'une traite, je dois faire des pauses pour souffler",
        U,
    ),
    (
        "fr",
        "cette nuit elle ne peut pas rester allongée, elle doit s'asseoir d'un coup pour chercher son air",
        U,
    ),
    (
        "fr",
        "ses épaules montent et descendent et il garde la bouche ouverte pour attraper de l'air",
        U,
    ),
    ("fr", "ai-je le droit de dormir à plat sur le dos après l'intervention ?", Q),
    (
        "de",
        "seit der OP schaffe ich nur noch bis zur Küchentür, dann muss ich pausieren und pusten",
        U,
    ),
    (
        "de",
        "sie kann heute Nacht nicht flach liegen, sie muss sich aufsetzen und schnappt nach Luft",
        U,
    ),
    ("de", "seine Schultern gehen hoch und runter und er hat den Mund die ganze Zeit offen", U),
    ("de", "Darf ich nach dem Eingriff flach auf dem Rücken liegen?", Q),
    ("pt", "desde o procedimento não chego nem ao banheiro sem parar pra recuperar o fôlego", U),
    ("pt", "hoje à noite ela não consegue ficar deitada, tem que sentar puxando o ar", U),
    ("pt", "os ombros dele sobem e descem e fica de boca aberta o tempo todo buscando ar", U),
    ("pt", "posso dormir de barriga pra cima depois do procedimento?", Q),
    ("vi", "từ hôm làm thủ thuật tôi đi ra tới cửa là phải dừng lại lấy hơi", U),
    ("vi", "tối nay bà không nằm được, cứ phải ngồi bật dậy há miệng thở", U),
    ("vi", "vai ông cứ nhô lên hạ xuống, miệng há ra suốt để lấy hơi", U),
    ("vi", "sau thủ thuật tôi có được nằm ngửa không?", Q),
    ("zh-Hans", "做完手术以后走到厕所都得停下来缓口气", U),
    ("zh-Hans", "她今晚只能靠着枕头坐着睡，一放平就憋得慌", U),
    ("zh-Hans", "他肩膀一耸一耸的，一直张着嘴吸气", U),
    ("zh-Hans", "打个电话都得停下来好几次喘口气", U),
    ("zh-Hans", "手术后可以平躺吗？", Q),
    ("ar", "من بعد العملية ما بوصل عالحمام إلا ما وقف آخد نفسي", U),
    ("ar", "الليلة ما بتقدر تتمدد، بتنام قاعدة على الكرسي عشان تقدر تتنفس", U),
    ("ar", "عم يتنفس من تمه وبطنه عم يشد مع كل نفس", U),
    ("ar", "هل يمكنني النوم على ظهري بعد العملية؟", Q),
    # --- bleeding told by what is seen (a nightdress or trousers soaked dark red at the back,
    # through onto the chair) or by pressure failing at the needle site, in a long story with
    # blood thinners in it; controls: a spot on the plaster on thinners, asked as normal
    (
        "en",
        "the towel under Mum's back is heavy with dark blood and it's dripping onto the carpet",
        U,
    ),
    (
        "en",
        "I'm on apixaban for my heart. The little hole in my back has been leaking blood all afternoon and I've gone through four pads. When is my follow-up?",
        U,
    ),
    ("en", "I'm on warfarin, there's a tiny spot of blood on the plaster, is that normal?", Q),
    (
        "es",
        "la toalla que tiene mi madre debajo de la espalda está cargada de sangre oscura y gotea al suelo",
        U,
    ),
    (
        "es",
        "Tomo Xarelto por el corazón. El agujerito de la espalda lleva toda la tarde soltando sangre y ya van cuatro gasas empapadas. ¿Cuándo es la revisión?",
        U,
    ),
    ("es", "tomo Sintrom y hay una gotita de sangre en la tirita, ¿es normal?", Q),
    (
        "fr",
        "la serviette sous le dos de ma mère est lourde de sang foncé et ça goutte sur le tapis",
        U,
    ),
    (
        "fr",
        "Je suis sous Eliquis. Le petit trou dans le dos laisse couler du sang tout l'après-midi, j'ai déjà trempé quatre compresses. Quand est le contrôle ?",
        U,
    ),
    (
        "de",
        "das Handtuch unter Mamas Rücken ist schwer von dunklem Blut und tropft auf den Teppich",
        U,
    ),
    (
        "de",
        "Ich nehme Eliquis. Aus dem kleinen Loch im Rücken läuft seit dem Nachmittag Blut, vier Kompressen sind schon durch. Wann ist die Kontrolle?",
        U,
    ),
    (
        "pt",
        "a toalha debaixo das costas da minha mãe está pesada de sangue escuro e pingando no tapete",
        U,
    ),
    (
        "pt",
        "Tomo Xarelto. O furinho nas costas está soltando sangue a tarde toda e já encharquei quatro gazes. Quando é o retorno?",
        U,
    ),
    ("vi", "cái khăn lót dưới lưng mẹ tôi đẫm máu đỏ sẫm và nhỏ giọt xuống sàn", U),
    (
        "vi",
        "Tôi uống thuốc chống đông. Lỗ kim ở lưng chảy máu cả buổi chiều, đã thấm ướt bốn miếng gạc. Khi nào tái khám?",
        U,
    ),
    ("zh-Hans", "垫在我妈背下面的毛巾全是暗红的血，还往地上滴", U),
    (
        "zh-Hans",
        "我在吃利伐沙班。背上那个小针眼整个下午一直往外冒血，已经湿透四块纱布了。什么时候复查？",
        U,
    ),
    ("ar", "المنشفة اللي تحت ضهر أمي مليانة دم غامق وعم تنقط عالأرض", U),
    (
        "ar",
        "باخد مميع دم. الفتحة الصغيرة بضهري عم تنزل دم من بعد الظهر وبليت أربع شاشات. إيمتى المراجعة؟",
        U,
    ),
    # --- a faint told by an idiom of falling (like a sack, dropped like a stone, went white
    # and down) and a few seconds away; controls: dropping a thing, pale at the sight of a needle
    (
        "en",
        "she crumpled to the floor in the hall like a puppet with its strings cut and didn't answer for a bit",
        U,
    ),
    ("en", "dropped like a stone in the kitchen this morning, out for a few seconds", U),
    ("en", "I dropped my phone in the kitchen this morning, will the clinic call me back?", Q),
    (
        "es",
        "se le pusieron los ojos en blanco y se fue al suelo en la cocina, tardó en reaccionar",
        U,
    ),
    ("es", "esta mañana me caí como un saco en el baño y estuve unos segundos ida", U),
    ("es", "se me cayó el móvil en la cocina, ¿me volverán a llamar de la clínica?", Q),
    (
        "fr",
        "elle s'est effondrée comme un sac dans le couloir et n'a plus répondu quelques secondes",
        U,
    ),
    ("fr", "il est devenu tout blanc et il est tombé d'un bloc, absent quelques secondes", U),
    ("de", "sie ist im Flur wie ein nasser Sack umgefallen und war ein paar Sekunden weg", U),
    ("de", "er wurde kreidebleich und ist umgekippt, ein paar Sekunden nicht ansprechbar", U),
    ("pt", "ela despencou no corredor e demorou pra voltar a si", U),
    ("pt", "ele ficou branco e desabou na cozinha, uns segundos fora do ar", U),
    ("vi", "bà tự nhiên đổ sụp xuống ở hành lang, mấy giây không biết gì", U),
    ("zh-Hans", "她在走廊里一下子栽倒了，好几秒叫不应", U),
    ("ar", "انهار بالمطبخ فجأة وما صحي إلا بعد شوي", U),
    ("ar", "اصفر وجهه وانهد عالأرض وما عم يرد علينا", U),
    # --- a sudden severe pain told in a story: a lash of pain when bending, the worst ever,
    # worse than the fracture, unable to straighten; control: the fracture was worse than now
    (
        "en",
        "bent to pick up a bag and got a pain like a whiplash, worst I've ever had, worse than the fracture, can't straighten up",
        U,
    ),
    (
        "en",
        "the pain before the op was worse than the fracture itself, now it's much easier, can I swim?",
        Q,
    ),
    (
        "es",
        "al agacharme me dio un latigazo en la espalda, el peor dolor de mi vida, no puedo enderezarme",
        U,
    ),
    ("es", "esta tarde al coger una bolsa me dio un dolor como nunca y me quedé doblada", U),
    ("es", "antes de la vertebroplastia el dolor era peor que ahora, ¿puedo nadar?", Q),
    (
        "fr",
        "en me penchant j'ai eu un coup de fouet dans le dos, une douleur jamais vue, je ne peux plus me redresser",
        U,
    ),
    (
        "de",
        "beim Bücken kam ein Schmerz wie ein Peitschenhieb, so schlimm wie noch nie, ich komme nicht mehr hoch",
        U,
    ),
    (
        "pt",
        "ao abaixar veio uma dor como uma chicotada nas costas, a pior da minha vida, não consigo endireitar",
        U,
    ),
    (
        "vi",
        "cúi xuống nhặt túi thì lưng đau như roi quất, đau chưa từng thấy, không đứng thẳng lên được",
        U,
    ),
    ("zh-Hans", "弯腰拿袋子，后背一下子像被鞭子抽了一样疼，从来没这么疼过，直不起腰", U),
    ("ar", "وأنا منحني جاني وجع بضهري متل الكرباج، عمري ما حسيت هيك، ما بقدر اتصلب", U),
    # --- wetting without noticing (the bed or trousers wet and not felt); controls: a small
    # leak on sneezing for years
    ("en", "my husband wet the bed and didn't even notice, he never did that before the cement", U),
    (
        "en",
        "I leak a little when I sneeze, have done for years since the kids, is that a problem?",
        Q,
    ),
    ("es", "mi padre se ha mojado entero en la cama y ni se ha enterado, antes nunca le pasaba", U),
    ("es", "se me escapa un poco al estornudar desde hace años, ¿importa?", Q),
    ("fr", "mon mari a mouillé le lit sans s'en rendre compte, ça ne lui était jamais arrivé", U),
    ("de", "meine Mutter hat die Hose nass und merkt es gar nicht, das hatte sie noch nie", U),
    ("pt", "minha mãe fez xixi na calça sem perceber, isso nunca tinha acontecido", U),
    ("vi", "ông tôi ướt hết quần mà không hề biết, trước giờ chưa bao giờ bị", U),
    ("zh-Hans", "我爸尿湿了裤子自己都不知道，以前从来没这样", U),
    ("ar", "أبوي بلّل الفرشة وما حس أبداً، عمره ما صار معه هيك", U),
    # --- urine coloured like wine or cola
    ("fr", "mes urines sont couleur vin rouge depuis ce matin", U),
    ("fr", "le pipi de ma mère est couleur coca depuis hier", U),
    ("fr", "j'ai bu du vin rouge hier soir, est-ce que je peux prendre mon Doliprane ?", Q),
    ("en", "my wee has been the colour of red wine since this morning", U),
    ("es", "la orina de mi padre está color vino tinto desde anoche", U),
    ("de", "mein Urin ist seit heute früh rotweinfarben", U),
    ("pt", "o xixi dele está cor de vinho desde ontem", U),
    ("vi", "nước tiểu của bố tôi màu như rượu vang đỏ từ tối qua", U),
    ("zh-Hans", "我爸的尿从昨晚开始是红酒色的", U),
    ("ar", "بول أبوي لونه متل النبيذ الأحمر من مبارح", U),
    # --- quiet: which signs call for the emergency number or the hospital, naming them as
    # examples; what signs of a leak or an infection to watch for and how long
    ("en", "Which problems are worth an ambulance rather than the GP, say chest pain?", Q),
    (
        "en",
        "How can I tell if it's got infected? a temperature? for how many days?",
        Q,
    ),
    (
        "en",
        "Is there anything on the dressing that should send me back, like pus?",
        Q,
    ),
    (
        "en",
        "At what temperature do I ring the ward, and is a red rim around the wound a worry?",
        Q,
    ),
    (
        "es",
        "¿Qué cosas son para ir a urgencias y no al centro de salud, tipo dolor de pecho?",
        Q,
    ),
    (
        "es",
        "¿Cómo sé si se ha infectado? ¿la fiebre? ¿hasta cuándo?",
        Q,
    ),
    ("es", "¿Hay algo en la herida que me deba hacer volver, como pus?", Q),
    (
        "fr",
        "Qu'est-ce qui justifie les urgences plutôt que le généraliste, une douleur dans la poitrine par exemple ?",
        Q,
    ),
    (
        "fr",
        "Qu'est-ce qui sur le pansement doit me faire revenir, du pus par exemple ?",
        Q,
    ),
    (
        "de",
        "Ab welchen Beschwerden sollte mein Mann in die Notaufnahme, Atemnot zum Beispiel?",
        Q,
    ),
    (
        "de",
        "Wie merke ich, ob es sich entzündet hat? Fieber? Wie lange noch?",
        Q,
    ),
    (
        "de",
        "Was an der Wunde wäre ein Grund, wiederzukommen, Eiter etwa?",
        Q,
    ),
    ("pt", "Quais problemas são caso de pronto-socorro e não de posto, tipo dor no peito?", Q),
    (
        "pt",
        "Como sei se infeccionou? febre? até quando?",
        Q,
    ),
    ("pt", "Tem algum sinal no curativo que me faça voltar ao hospital, tipo pus?", Q),
    ("vi", "Bị gì thì phải vào cấp cứu ngay chứ không đợi tái khám, như đau ngực chẳng hạn?", Q),
    ("vi", "Vết kim thế nào thì phải quay lại viện, ví dụ có mủ?", Q),
    ("zh-Hans", "哪些情况下得直接去急诊，像胸口疼这种？", Q),
    ("zh-Hans", "怎么知道有没有感染？发烧吗？要看几天？", Q),
    ("zh-Hans", "针眼什么样子就得回医院，比如流脓？", Q),
    ("ar", "شو الأشياء اللي لازم تخليني روح عالطوارئ فوراً، متل وجع الصدر؟", Q),
    ("ar", "شو لازم شوف عالجرح لأرجع عالمستشفى، متل القيح؟", Q),
    # --- quiet: a heart attack years ago with a stent, fine since, and a question about the
    # heart medicines before the procedure; urgent look-alike: chest pain now, stent before
    (
        "en",
        "My husband had a bypass after a heart attack in 2016 and takes aspirin, should he stop it before the cement?",
        Q,
    ),
    ("en", "I had a stent years ago and since this morning I've had crushing chest pain", U),
    (
        "es",
        "A mi marido le hicieron un bypass tras un infarto en 2016 y toma Adiro, ¿lo deja antes de la vertebroplastia?",
        Q,
    ),
    (
        "es",
        "Llevo un muelle en el corazón desde el infarto de 2017 y estoy perfectamente, ¿qué hago con el Plavix?",
        Q,
    ),
    ("es", "tengo un stent desde hace años y desde esta mañana me aprieta el pecho muchísimo", U),
    (
        "fr",
        "Mon mari a eu un pontage après un infarctus en 2016 et prend du Kardégic, doit-il l'arrêter avant ?",
        Q,
    ),
    (
        "de",
        "Mein Mann hat nach einem Herzinfarkt 2016 einen Bypass bekommen und nimmt ASS, muss er es vorher absetzen?",
        Q,
    ),
    (
        "pt",
        "Meu marido fez ponte de safena depois de um infarto em 2016 e toma AAS, ele suspende antes do cimento?",
        Q,
    ),
    (
        "pt",
        "Tenho uma mola no coração desde o infarto de 2017, tomo clopidogrel, o que faço com ele?",
        Q,
    ),
    (
        "vi",
        "Chồng tôi mổ bắc cầu sau nhồi máu cơ tim năm 2016, đang uống aspirin, có phải ngưng trước khi bơm xi măng không?",
        Q,
    ),
    ("zh-Hans", "我老伴2016年心梗后搭了桥，一直吃阿司匹林，做骨水泥前要停吗？", Q),
    (
        "ar",
        "جوزي عمل عملية قلب مفتوح بعد جلطة سنة 2016 وبياخد أسبرين، لازم يوقفه قبل العملية؟",
        Q,
    ),
    # --- quiet: a mild sign on the day, explained and over days ago, fine since, and an
    # ordinary question
    (
        "en",
        "I was mixing up my words the evening after, the anaesthetist had warned the sedative can do that, and after a night's sleep it had gone. That was three days ago and I'm fine. Can I go to choir on Thursday?",
        Q,
    ),
    (
        "en",
        "The night he came home my husband ran a temperature of 38, the ward said to give paracetamol and it was down by breakfast. That was last Tuesday and he's pottering about fine. Can he go back to the allotment?",
        Q,
    ),
    (
        "es",
        "La tarde siguiente confundía las palabras, el anestesista ya avisó de que la sedación lo hace, y después de dormir se me fue. Hace tres días y estoy bien. ¿Puedo ir al coro el jueves?",
        Q,
    ),
    (
        "es",
        "La noche que volvió mi marido tuvo 38 de fiebre, en planta nos dijeron paracetamol y por la mañana ya había bajado. Eso fue el martes pasado y está estupendo. ¿Puede volver al huerto?",
        Q,
    ),
    (
        "fr",
        "Le soir même je mélangeais les mots, l'anesthésiste avait prévenu que la sédation fait ça, et après une nuit de sommeil c'était parti. Ça fait trois jours et ça va. Je peux aller à la chorale jeudi ?",
        Q,
    ),
    (
        "fr",
        "Le soir du retour mon mari a fait 38 de fièvre, le service a dit du paracétamol et le matin c'était retombé. C'était mardi dernier et il va très bien. Peut-il retourner au jardin ?",
        Q,
    ),
    (
        "de",
        "Am Abend danach habe ich Wörter verwechselt, der Narkosearzt hatte gesagt, das macht die Sedierung, nach einer Nacht Schlaf war es weg. Das ist drei Tage her, mir geht's gut. Darf ich Donnerstag zum Chor?",
        Q,
    ),
    (
        "de",
        "Am Abend nach der Entlassung hatte mein Mann 38 Fieber, die Station riet zu Paracetamol und morgens war es weg. Das war letzten Dienstag, er ist wieder fit. Darf er in den Garten?",
        Q,
    ),
    (
        "pt",
        "Na noite seguinte eu trocava as palavras, o anestesista avisou que a sedação faz isso, e depois de dormir passou. Faz três dias e estou bem. Posso ir ao coral na quinta?",
        Q,
    ),
    (
        "pt",
        "Na noite em que voltou meu marido teve 38 de febre, a enfermaria mandou dar paracetamol e de manhã já tinha baixado. Foi terça passada e ele está ótimo. Pode voltar pra horta?",
        Q,
    ),
    (
        "vi",
        "Tối hôm đó tôi nói lẫn lộn từ, bác sĩ gây mê đã dặn thuốc an thần có thể như vậy, ngủ một đêm là hết. Đã ba ngày rồi, tôi khỏe. Thứ năm tôi đi hát ở nhà thờ được không?",
        Q,
    ),
    (
        "vi",
        "Tối hôm về chồng tôi sốt 38 độ, khoa dặn uống paracetamol, sáng ra là hạ rồi. Đó là thứ ba tuần trước, giờ anh ấy khỏe re. Anh ấy ra vườn được chưa?",
        Q,
    ),
    (
        "zh-Hans",
        "当天晚上我说话老说错字，麻醉医生说过镇静药会这样，睡了一觉就好了。已经三天了，一切正常。周四能去合唱团吗？",
        Q,
    ),
    (
        "zh-Hans",
        "我老伴出院那天晚上烧到38度，病房让吃对乙酰氨基酚，第二天早上就退了。那是上周二的事，现在挺好的。能去菜园干活吗？",
        Q,
    ),
    (
        "ar",
        "بليلتها كنت عم لخبط بالكلام، دكتور التخدير قال المخدر بيعمل هيك، وبعد ما نمت راح. صار لي تلات أيام وأنا منيحة. فيني روح عالكورال الخميس؟",
        Q,
    ),
    (
        "ar",
        "ليلة ما رجع جوزي صار معه حرارة 38، القسم قال نعطيه باراسيتامول وعالصبح نزلت. هيدا كان الثلاثاء الماضي وهو منيح. فيه يرجع عالجنينة؟",
        Q,
    ),
    # --- quiet: the expected soreness at the site told with strong feelings, no redness or
    # swelling, asked as normal; urgent look-alike: hot, red and spreading
    (
        "en",
        "the needle spot throbs like mad and I yelp when my top rubs on it, but there's no redness or lump. Is that how it should be two days on?",
        Q,
    ),
    (
        "fr",
        "la piqûre lance terriblement et je crie quand le tee-shirt frotte dessus, mais pas de rougeur ni de bosse. C'est attendu à deux jours ?",
        Q,
    ),
    (
        "de",
        "die Einstichstelle pocht wie verrückt und ich schreie auf, wenn das Shirt drüberreibt, aber nichts ist rot oder dick. Ist das nach zwei Tagen so zu erwarten?",
        Q,
    ),
    (
        "pt",
        "o lugar da picada lateja demais e dou um grito quando a blusa relá, mas não tem vermelhidão nem caroço. É esperado depois de dois dias?",
        Q,
    ),
    (
        "vi",
        "chỗ kim chích giật giật đau kinh lắm, áo cọ vào là tôi kêu lên, nhưng không đỏ không cộm. Hai ngày rồi vậy có bình thường không?",
        Q,
    ),
    (
        "zh-Hans",
        "针眼那儿一跳一跳地疼得厉害，衣服一蹭就叫出来，可是不红也没包。两天了，这样正常吗？",
        Q,
    ),
    (
        "ar",
        "مكان الإبرة عم ينبض ويوجعني كتير، بصرخ لما التيشيرت يحك فيه، بس ما في احمرار ولا نفخة. بعد يومين هيك طبيعي؟",
        Q,
    ),
    ("en", "the needle spot is red, hot and the redness is spreading since this morning", U),
    # --- a sign told as over and explained, then a question about doing something "again"
    # (resuming an activity is no sign coming back); urgent look-alike: it came back
    (
        "en",
        "I was woozy on the way home, the nurse said it was the sedation and it wore off that evening. When can I drive again?",
        Q,
    ),
    (
        "en",
        "I was woozy on the way home, the nurse said it was the sedation and it wore off, but this afternoon I went woozy again and keeled over",
        U,
    ),
    (
        "es",
        "Volviendo a casa estaba mareada, la enfermera dijo que era la sedación y se me pasó esa noche. ¿Cuándo puedo volver a conducir otra vez?",
        Q,
    ),
    (
        "fr",
        "En rentrant j'étais un peu confuse, l'infirmière a dit que c'était la sédation et c'est passé le soir. Quand pourrai-je de nouveau conduire ?",
        Q,
    ),
    (
        "de",
        "Auf dem Heimweg war ich verwirrt, die Schwester sagte, das sei die Sedierung, abends war es weg. Wann darf ich wieder Auto fahren?",
        Q,
    ),
    (
        "pt",
        "Voltando pra casa fiquei confusa, a enfermeira disse que era a sedação e passou à noite. Quando posso dirigir de novo?",
        Q,
    ),
    (
        "vi",
        "Lúc về tôi hơi lú lẫn, y tá bảo do thuốc an thần, tối là hết. Khi nào tôi lái xe lại được?",
        Q,
    ),
    ("zh-Hans", "回家路上有点迷糊，护士说是镇静药的关系，晚上就好了。什么时候能再开车？", Q),
    (
        "ar",
        "وأنا راجعة كنت مشوشة، الممرضة قالت من المخدر وراح بالليل. أيمتى بقدر سوق السيارة مرة تانية؟",
        Q,
    ),
    # --- a second batch, written after the rules above, before any further change: the same
    # kinds in fresh wording, and controls that use the new words plainly
    ("en", "since the op I can't get through a sentence without stopping to breathe in twice", U),
    (
        "en",
        "I've had to stop every few steps on hills for years because of my COPD, is sedation safe?",
        Q,
    ),
    (
        "en",
        "since my stroke six years ago I can't hold a cup in my left hand, will the cement help my back?",
        Q,
    ),
    ("en", "Can I put my legs up on the bed with a pillow after the procedure?", Q),
    (
        "en",
        "my wife's side of the bed is soaked red under her back since the injection at nine",
        U,
    ),
    (
        "en",
        "the bleeding from the needle hole stopped as soon as I pressed on it, is that fine?",
        Q,
    ),
    (
        "en",
        "my wee went pink after eating beetroot last week, the nurse said that's normal, can I eat it again?",
        Q,
    ),
    (
        "en",
        "Grandad keeps putting his shoes on the wrong feet and asking where Nan is, she died in 2015",
        U,
    ),
    ("en", "he just dropped like a stone in the garden and took a while to come round", U),
    (
        "es",
        "mi madre no puede estar acostada, se tiene que incorporar para coger aire, desde ayer",
        U,
    ),
    (
        "es",
        "desde el ictus de hace cinco años no puedo sujetar bien el vaso con la derecha, ¿me afecta para la vertebroplastia?",
        Q,
    ),
    ("es", "¿puedo subir las piernas a la cama con un cojín después?", Q),
    (
        "es",
        "mi padre no sabe en qué año estamos y le pone la chaqueta al perro, desde que volvió del hospital",
        U,
    ),
    (
        "es",
        "hace años que me paro cada pocos pasos por la artrosis de rodilla, ¿la sedación es segura?",
        Q,
    ),
    ("fr", "mon père ne tient plus sa fourchette depuis hier soir, elle lui tombe des mains", U),
    (
        "fr",
        "depuis mon AVC il y a six ans je ne peux plus tenir un verre de la main gauche, est-ce un problème pour l'intervention ?",
        Q,
    ),
    (
        "fr",
        "ma mère demande toutes les cinq minutes où est mon père, qui est mort il y a trois ans, depuis son retour de l'hôpital",
        U,
    ),
    ("de", "seit gestern Abend kann sie nicht mehr flach liegen und ringt im Sitzen nach Luft", U),
    ("de", "Darf ich nach dem Eingriff die Beine aufs Bett legen?", Q),
    (
        "de",
        "mein Vater fällt seit heute Mittag die Gabel aus der Hand, er kann sie nicht mehr halten",
        U,
    ),
    (
        "de",
        "Seit meinem Schlaganfall vor sechs Jahren kann ich die Tasse links nicht halten, ist das ein Problem?",
        Q,
    ),
    (
        "pt",
        "desde ontem à noite minha mãe não consegue ficar deitada, tem que sentar pra buscar ar",
        U,
    ),
    (
        "pt",
        "meu avô calçou o sapato na mão e pergunta a mesma coisa toda hora desde que voltou do hospital",
        U,
    ),
    (
        "pt",
        "desde o AVC há seis anos não consigo segurar o copo com a mão esquerda, isso atrapalha o procedimento?",
        Q,
    ),
    ("pt", "o sangramento no curativo parou logo que apertei, está tudo bem?", Q),
    ("vi", "từ tối qua mẹ tôi không nằm được, phải ngồi dậy há miệng thở", U),
    (
        "vi",
        "từ khi bị đột quỵ sáu năm trước tôi không cầm được cốc bằng tay trái, có ảnh hưởng gì không?",
        Q,
    ),
    ("vi", "sau thủ thuật tôi có được gác chân lên giường không?", Q),
    ("zh-Hans", "我爸从中午开始筷子也拿不住了，一夹菜就掉", U),
    ("zh-Hans", "中风六年了左手一直拿不住杯子，做骨水泥有影响吗？", Q),
    ("zh-Hans", "我妈一直问同样的问题，还把袜子往手上套，昨天刚做完手术", U),
    ("ar", "من مبارح أمي ما بتقدر تنام ممددة، لازم تقعد لتاخد نفس", U),
    ("ar", "من الجلطة الدماغية قبل ست سنين ما بقدر امسك الكاسة بإيدي الشمال، بأثر على العملية؟", Q),
    ("ar", "الدم من مكان الإبرة وقف لما ضغطت عليه، طبيعي؟", Q),
    ("ar", "أبوي من الصبح ما عاد يقدر يمشي، رجليه بتطوي تحته", U),
    # --- a third batch, written after the rewritten rows were mended, measured before any
    # further change
    (
        "en",
        "since yesterday Mum can't lift the kettle and her right hand won't close round the handle",
        U,
    ),
    (
        "en",
        "Dad put the milk in the oven and thinks I'm his brother, he was sharp as a tack last week",
        U,
    ),
    ("en", "my lips went blue and I have to sleep propped on four pillows since the op", U),
    (
        "en",
        "I need both hands on the banister and a sit-down halfway up the stairs since Monday, never before",
        U,
    ),
    ("en", "which warning signs are on the leaflet, numbness for instance?", Q),
    (
        "en",
        "my mum's hands have shaken for years with her Parkinson's, can she still have the cement?",
        Q,
    ),
    (
        "es",
        "mi padre no atina a meter la llave en la cerradura y confunde a mi hermano con su padre, desde ayer",
        U,
    ),
    ("es", "desde la operación tengo que dormir sentada en el sillón porque tumbada me ahogo", U),
    (
        "es",
        "mi marido lleva desde el mediodía sin poder levantar el pie de la cama, se le queda muerto",
        U,
    ),
    ("es", "¿qué molestias son normales y cuáles son para llamar, por ejemplo la fiebre?", Q),
    (
        "fr",
        "depuis ce matin ma mère lâche tout ce qu'elle prend, la main droite ne serre plus rien",
        U,
    ),
    (
        "fr",
        "mon père appelle ma fille par le nom de sa sœur morte et ne reconnaît plus la maison",
        U,
    ),
    ("fr", "je dois dormir assise dans le fauteuil depuis l'intervention, allongée j'étouffe", U),
    ("fr", "quels troubles sont normaux et lesquels doivent m'alerter, la fièvre par exemple ?", Q),
    (
        "de",
        "seit heute früh fällt Mama alles aus der rechten Hand, sie kann nichts mehr festhalten",
        U,
    ),
    (
        "de",
        "Papa zieht sich mitten in der Nacht für die Arbeit an, dabei ist er seit zehn Jahren Rentner, seit der OP",
        U,
    ),
    ("de", "seit dem Eingriff muss ich im Sessel sitzend schlafen, im Liegen ersticke ich", U),
    (
        "de",
        "Welche Beschwerden sind normal und welche ein Grund anzurufen, Fieber zum Beispiel?",
        Q,
    ),
    ("pt", "desde hoje cedo minha mãe deixa cair tudo da mão direita, não segura mais nada", U),
    ("pt", "meu pai chama minha filha pelo nome da irmã que morreu e não reconhece a casa", U),
    ("pt", "desde o procedimento tenho que dormir sentada na poltrona porque deitada sufoco", U),
    ("pt", "que incômodos são normais e quais são pra ligar, febre por exemplo?", Q),
    ("vi", "từ sáng nay mẹ tôi cầm gì rơi nấy, tay phải không nắm được gì", U),
    ("vi", "bố tôi gọi con gái tôi bằng tên người em gái đã mất và không nhận ra nhà mình", U),
    ("vi", "từ hôm làm thủ thuật tôi phải ngồi ngủ trên ghế, nằm xuống là ngộp thở", U),
    ("vi", "những khó chịu nào là bình thường, cái nào phải gọi, ví dụ sốt?", Q),
    ("zh-Hans", "我妈从今天早上开始拿什么掉什么，右手什么都握不住", U),
    ("zh-Hans", "我爸叫我女儿他去世妹妹的名字，连家都不认得了", U),
    ("zh-Hans", "做完手术以后只能坐在椅子上睡，一躺下就憋气", U),
    ("zh-Hans", "哪些不舒服是正常的，哪些要打电话？比如发烧？", Q),
    ("ar", "من الصبح أمي كل شي بتمسكه بيوقع من إيدها اليمين، ما عادت تمسك شي", U),
    ("ar", "أبوي بينادي بنتي باسم أخته اللي ماتت وما عاد يعرف البيت", U),
    ("ar", "من بعد العملية لازم نام قاعدة عالكرسي، إذا تمددت بتخنق", U),
    ("ar", "شو الأشياء الطبيعية وشو اللي لازم اتصل فيه، متل الحرارة؟", Q),
]


# Known gaps, kept in view and out of the word model's rows: Spanish "chillo" (I shriek) is
# no word of the Spanish word list, so the English typo repair reads it as "chills", a fever.
KNOWN_GAPS_11 = [
    (
        "es",
        "el sitio del pinchazo me late una barbaridad y chillo cuando me roza la camiseta, pero no hay rojez ni bulto. ¿Es lo esperable a los dos días?",
        Q,
    ),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND11_KINDS)
def test_urgent_kinds_11(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


@pytest.mark.xfail(strict=True, reason="a Spanish word read as an English typo of a sign word")
@pytest.mark.parametrize("locale, text, urgent", KNOWN_GAPS_11)
def test_known_gaps_11(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent


def test_every_kind_has_rows_in_every_locale() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND11_KINDS if locale == tag]
        assert rows.count(U) >= 10 and rows.count(Q) >= 8, tag
