"""Urgent signs by kind, the eleventh blind set's (tests/data/urgent_blind_11/, issue 17).

Its misses (24 by the rules, 8 with the word model) and 10 false alarms were read as kinds, not
sentences, and each kind written here in our own words in every locale where it is general,
urgent rows and look-alike controls, before any rule changed. Never a blind message's words.
The word model is fitted on these rows too (``scripts/fit_urgent_model.py`` reads
``BLIND11_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND11_KINDS = [
    # --- a leg or arm told only by what it can no longer do (the foot catches on a step or a
    # rug, the legs have to be lifted into bed, a cup or fork will not stay in the hand, the
    # legs fold under one); controls: an old knee, a stroke years ago, asking when one may
    ("en", "since yesterday my right foot won't come up and I keep tripping on the rug", U),
    ("en", "my husband has to lift my legs onto the bed for me since the op, they won't move", U),
    ("en", "Dad can't hold his cup any more since he came home, it just slips out of his hand", U),
    ("en", "her knees just fold under her every time she tries to stand up today", U),
    ("en", "my knee has been bad for years so I take the stairs slowly, can I have it done?", Q),
    ("en", "when will I be able to climb the stairs normally again?", Q),
    ("es", "desde esta mañana el pie derecho no se levanta y tropiezo con la alfombra", U),
    (
        "es",
        "mi marido me tiene que subir las piernas a la cama, no me obedecen desde la operación",
        U,
    ),
    ("es", "mi padre ya no puede sujetar la cuchara desde que volvió, se le cae de la mano", U),
    ("es", "a mi madre se le doblan las rodillas cada vez que intenta ponerse de pie hoy", U),
    ("es", "tengo la rodilla mal desde hace años y subo despacio, ¿me la pueden hacer?", Q),
    ("es", "¿cuándo podré subir escaleras con normalidad?", Q),
    ("fr", "depuis ce matin mon pied droit ne se relève plus et je bute sur le tapis", U),
    (
        "fr",
        "mon mari doit me soulever les jambes pour les mettre dans le lit, elles ne bougent plus",
        U,
    ),
    (
        "fr",
        "mon père n'arrive plus à tenir sa tasse depuis son retour, elle lui glisse des mains",
        U,
    ),
    ("fr", "ses genoux se dérobent sous elle chaque fois qu'elle se lève aujourd'hui", U),
    (
        "fr",
        "j'ai un genou abîmé depuis des années, je monte les marches doucement, c'est possible ?",
        Q,
    ),
    ("fr", "quand est-ce que je pourrai remonter les escaliers normalement ?", Q),
    (
        "de",
        "seit heute früh hebt sich mein rechter Fuß nicht mehr und ich stolpere über den Teppich",
        U,
    ),
    (
        "de",
        "mein Mann muss mir die Beine ins Bett heben, sie gehorchen mir seit dem Eingriff nicht",
        U,
    ),
    ("de", "Papa kann seit gestern die Tasse nicht mehr halten, sie rutscht ihm aus der Hand", U),
    ("de", "ihr knicken heute jedes Mal die Knie weg, wenn sie aufstehen will", U),
    (
        "de",
        "mein Knie ist seit Jahren kaputt, ich gehe Treppen langsam, geht der Eingriff trotzdem?",
        Q,
    ),
    ("de", "Wann kann ich wieder normal Treppen steigen?", Q),
    ("pt", "desde hoje de manhã o pé direito não levanta e eu tropeço no tapete", U),
    (
        "pt",
        "meu marido tem que levantar minhas pernas para a cama, elas não obedecem desde o cimento",
        U,
    ),
    ("pt", "meu pai não consegue mais segurar o copo desde que voltou, cai da mão dele", U),
    ("pt", "os joelhos dela dobram toda vez que tenta ficar de pé hoje", U),
    ("pt", "tenho o joelho ruim há anos e subo escada devagar, posso fazer o procedimento?", Q),
    ("pt", "quando vou poder subir escada normalmente?", Q),
    ("vi", "từ sáng nay bàn chân phải không nhấc lên được, tôi cứ vấp vào thảm", U),
    ("vi", "chồng tôi phải nhấc chân tôi lên giường, chân không nghe lời từ hôm làm thủ thuật", U),
    ("vi", "bố tôi không cầm được cốc nữa từ hôm về, cốc cứ tuột khỏi tay", U),
    ("vi", "hôm nay mẹ tôi cứ đứng lên là đầu gối khuỵu xuống", U),
    ("vi", "đầu gối tôi yếu nhiều năm nay nên leo cầu thang chậm, có làm được không?", Q),
    ("vi", "bao giờ tôi leo cầu thang bình thường lại được?", Q),
    ("zh-Hans", "从今天早上右脚抬不起来，老是被地毯绊到", U),
    ("zh-Hans", "我老伴得帮我把腿搬到床上，手术后腿不听使唤", U),
    ("zh-Hans", "我爸回家后杯子都端不住了，一拿就从手里滑下去", U),
    ("zh-Hans", "我妈今天一站起来膝盖就软下去", U),
    ("zh-Hans", "我膝盖不好好多年了，上楼梯慢，能做这个手术吗？", Q),
    ("zh-Hans", "什么时候能正常上楼梯？", Q),
    ("ar", "من الصبح رجلي اليمين ما بترتفع وبتعثر بالسجادة", U),
    ("ar", "جوزي لازم يرفعلي رجليا عالتخت، ما عم يطاوعوني من بعد العملية", U),
    ("ar", "أبي لم يعد يستطيع أن يمسك الكوب منذ عودته، يسقط من يده", U),
    ("ar", "ركبها بتنطوي تحتها كل ما تحاول توقف اليوم", U),
    ("ar", "ركبتي تعبانة من سنين وبطلع الدرج على مهلي، فيني اعمل العملية؟", Q),
    ("ar", "متى أقدر أطلع الدرج عادي؟", Q),
    # --- confusion told by what the person does (shoes on the hands, the same question every
    # few minutes, phoning with the remote, looking for a pet or person long dead, not knowing
    # the day or where she lives); controls: dementia for years, a death told plainly
    (
        "en",
        "Mum keeps trying to put her slippers on her hands and asks me the same thing every minute",
        U,
    ),
    (
        "en",
        "Dad is looking everywhere for his dog, which died years ago, and doesn't know what day it is",
        U,
    ),
    (
        "en",
        "my grandmother tried to ring us with the TV remote and doesn't know where she lives",
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
        "mi madre intenta ponerse las zapatillas en las manos y me pregunta lo mismo cada minuto",
        U,
    ),
    ("es", "mi padre busca a su perro, que murió hace años, y no sabe qué día es", U),
    ("es", "la abuela quiso llamarnos con el mando de la tele y no sabe dónde vive", U),
    ("es", "mi madre tiene demencia desde hace años y repite las preguntas, ¿la pueden operar?", Q),
    (
        "es",
        "mi padre murió hace dos años y ahora cuido de mi madre, ¿cuántos días está ingresada?",
        Q,
    ),
    (
        "fr",
        "ma mère essaie de mettre ses chaussons sur les mains et me pose la même question toutes les minutes",
        U,
    ),
    (
        "fr",
        "mon père cherche son chien, mort il y a des années, et ne sait pas quel jour on est",
        U,
    ),
    (
        "fr",
        "ma grand-mère a voulu nous appeler avec la télécommande et ne sait plus où elle habite",
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
        "Mama versucht, die Hausschuhe an die Hände zu ziehen, und fragt jede Minute dasselbe",
        U,
    ),
    (
        "de",
        "Papa sucht überall seinen Hund, der vor Jahren gestorben ist, und weiß nicht, welcher Tag ist",
        U,
    ),
    ("de", "Oma wollte uns mit der Fernbedienung anrufen und weiß nicht mehr, wo sie wohnt", U),
    (
        "de",
        "Mama ist seit Jahren dement und fragt alles doppelt, kann sie trotzdem operiert werden?",
        Q,
    ),
    (
        "pt",
        "minha mãe tenta calçar os chinelos nas mãos e me pergunta a mesma coisa a cada minuto",
        U,
    ),
    ("pt", "meu pai procura o cachorro dele, que morreu há anos, e não sabe que dia é hoje", U),
    ("pt", "minha avó quis ligar pra nós com o controle da TV e não sabe onde mora", U),
    (
        "pt",
        "minha mãe tem demência há anos e repete as perguntas, ela pode fazer o procedimento?",
        Q,
    ),
    ("vi", "mẹ tôi cứ xỏ dép vào tay và cứ vài phút lại hỏi cùng một câu", U),
    ("vi", "bố tôi đi tìm con chó đã chết mấy năm rồi và không biết hôm nay là ngày nào", U),
    ("vi", "bà tôi cầm điều khiển tivi để gọi điện và không biết nhà mình ở đâu", U),
    ("vi", "mẹ tôi bị lẫn nhiều năm nay, hay hỏi lại, có làm thủ thuật được không?", Q),
    ("zh-Hans", "我妈把拖鞋往手上套，一分钟问我一遍同样的话", U),
    ("zh-Hans", "我爸到处找他的狗，那狗死了好几年了，也不知道今天几号", U),
    ("zh-Hans", "奶奶拿遥控器打电话，不知道自己住哪儿", U),
    ("zh-Hans", "我妈老年痴呆好多年了，老是重复问，能做手术吗？", Q),
    ("ar", "أمي عم تحاول تلبس الشحاطة بإيديها وبتسألني نفس السؤال كل دقيقة", U),
    ("ar", "أبوي بيدور على كلبه اللي مات من سنين وما بيعرف شو اليوم", U),
    ("ar", "ستي حاولت تتصل فينا بالريموت وما بتعرف وين ساكنة", U),
    ("ar", "أمي عندها خرف من سنين وبتعيد الأسئلة، بتقدر تعمل العملية؟", Q),
    # --- breathlessness never named: stopping every few steps holding on, not able to lie
    # flat and sitting up to gasp, shoulders heaving with the mouth open, a sentence in three
    # breaths; controls: hills for years, lying flat asked about
    (
        "en",
        "since the procedure I have to stop every few steps and hang on to the furniture to get going",
        U,
    ),
    ("en", "she can't lie flat tonight, she has to sit bolt upright gulping for air", U),
    (
        "en",
        "his shoulders are going up and down and his mouth is open the whole time trying to get air",
        U,
    ),
    ("en", "am I allowed to lie flat on my back after the procedure?", Q),
    ("es", "desde la intervención tengo que pararme cada pocos pasos agarrada a los muebles", U),
    ("es", "esta noche no puede estar tumbada, tiene que sentarse de golpe boqueando", U),
    ("es", "los hombros le suben y bajan y tiene la boca abierta todo el rato buscando aire", U),
    ("es", "¿puedo dormir boca arriba después de la intervención?", Q),
    (
        "fr",
        "depuis l'intervention je dois m'arrêter tous les trois pas en me tenant aux meubles",
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
        "seit der OP muss ich alle paar Schritte stehen bleiben und mich an den Möbeln festhalten",
        U,
    ),
    (
        "de",
        "sie kann heute Nacht nicht flach liegen, sie muss sich aufsetzen und schnappt nach Luft",
        U,
    ),
    ("de", "seine Schultern gehen hoch und runter und er hat den Mund die ganze Zeit offen", U),
    ("de", "Darf ich nach dem Eingriff flach auf dem Rücken liegen?", Q),
    ("pt", "desde o procedimento tenho que parar a cada poucos passos segurando nos móveis", U),
    ("pt", "hoje à noite ela não consegue ficar deitada, tem que sentar puxando o ar", U),
    ("pt", "os ombros dele sobem e descem e fica de boca aberta o tempo todo buscando ar", U),
    ("pt", "posso dormir de barriga pra cima depois do procedimento?", Q),
    ("vi", "từ hôm làm thủ thuật cứ đi vài bước là tôi phải dừng lại vịn vào tủ", U),
    ("vi", "tối nay bà không nằm được, cứ phải ngồi bật dậy há miệng thở", U),
    ("vi", "vai ông cứ nhô lên hạ xuống, miệng há ra suốt để lấy hơi", U),
    ("vi", "sau thủ thuật tôi có được nằm ngửa không?", Q),
    ("zh-Hans", "做完手术以后走几步就得停下来扶着柜子", U),
    ("zh-Hans", "她今晚躺不下去，一躺就得坐起来张着嘴喘", U),
    ("zh-Hans", "他肩膀一耸一耸的，一直张着嘴吸气", U),
    ("zh-Hans", "说一句话要停好几次换气", U),
    ("zh-Hans", "手术后可以平躺吗？", Q),
    ("ar", "من بعد العملية لازم اوقف كل كم خطوة وامسك بالخزانة", U),
    ("ar", "الليلة ما بتقدر تنام على ضهرها، لازم تقعد وتفتح تمها لتاخد هوا", U),
    ("ar", "كتافه عم تطلع وتنزل وتمه مفتوح طول الوقت", U),
    ("ar", "هل يمكنني النوم على ظهري بعد العملية؟", Q),
    # --- bleeding told by what is seen (a nightdress or trousers soaked dark red at the back,
    # through onto the chair) or by pressure failing at the needle site, in a long story with
    # blood thinners in it; controls: a spot on the plaster on thinners, asked as normal
    ("en", "the back of her nightdress is soaked dark red and it has gone through to the chair", U),
    (
        "en",
        "I take warfarin. Since lunch the needle hole keeps oozing even when I press on it and I've changed the pad three times. When can I drive?",
        U,
    ),
    ("en", "I'm on warfarin, there's a tiny spot of blood on the plaster, is that normal?", Q),
    (
        "es",
        "la parte de atrás del camisón está empapada de rojo oscuro y ha calado hasta el sillón",
        U,
    ),
    (
        "es",
        "Tomo Sintrom. Desde el mediodía me sale sangre del pinchazo aunque apriete y ya he cambiado la gasa tres veces. ¿Cuándo puedo conducir?",
        U,
    ),
    ("es", "tomo Sintrom y hay una gotita de sangre en la tirita, ¿es normal?", Q),
    (
        "fr",
        "le dos de sa chemise de nuit est trempé de rouge foncé et ça a traversé jusqu'au fauteuil",
        U,
    ),
    (
        "fr",
        "Je prends du Previscan. Depuis midi le point de ponction saigne même quand j'appuie et j'ai changé la compresse trois fois. Quand puis-je conduire ?",
        U,
    ),
    (
        "de",
        "das Nachthemd ist hinten dunkelrot durchnässt und es ist bis auf den Sessel durchgegangen",
        U,
    ),
    (
        "de",
        "Ich nehme Marcumar. Seit Mittag blutet die Einstichstelle trotz Drücken weiter, das Pflaster habe ich dreimal gewechselt. Wann darf ich Auto fahren?",
        U,
    ),
    ("pt", "a camisola dela está encharcada de vermelho escuro atrás e passou para a poltrona", U),
    (
        "pt",
        "Tomo varfarina. Desde o almoço o furo da agulha não para de sangrar mesmo apertando e já troquei o curativo três vezes. Quando posso dirigir?",
        U,
    ),
    ("vi", "lưng áo ngủ của bà ướt sũng màu đỏ sẫm, thấm cả xuống ghế", U),
    (
        "vi",
        "Tôi uống thuốc chống đông. Từ trưa chỗ kim đâm cứ rỉ máu dù đã ấn, tôi thay băng ba lần rồi. Khi nào tôi lái xe được?",
        U,
    ),
    ("zh-Hans", "她睡衣后背湿透了，暗红色的，都渗到沙发上了", U),
    (
        "zh-Hans",
        "我在吃华法林。中午开始针眼一直往外渗血，按着也不停，纱布换了三次了。什么时候能开车？",
        U,
    ),
    ("ar", "قميص نومها من ورا مبلول أحمر غامق ووصل للكنباية", U),
    (
        "ar",
        "أتناول الوارفارين. منذ الظهر ينزف مكان الإبرة رغم الضغط وغيرت الضماد ثلاث مرات. متى يمكنني القيادة؟",
        U,
    ),
    # --- a faint told by an idiom of falling (like a sack, dropped like a stone, went white
    # and down) and a few seconds away; controls: dropping a thing, pale at the sight of a needle
    ("en", "she went down like a sack of potatoes in the hall and was gone for a few seconds", U),
    ("en", "dropped like a stone in the kitchen this morning, out for a few seconds", U),
    ("en", "I dropped my phone in the kitchen this morning, will the clinic call me back?", Q),
    ("es", "se quedó blanco y se cayó redondo en la cocina, unos segundos sin contestar", U),
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
    ("pt", "ela caiu dura no corredor e ficou uns segundos sem responder", U),
    ("pt", "ele ficou branco e desabou na cozinha, uns segundos fora do ar", U),
    ("vi", "bà tự nhiên đổ sụp xuống ở hành lang, mấy giây không biết gì", U),
    ("zh-Hans", "她在走廊里一下子栽倒了，好几秒叫不应", U),
    ("ar", "وقع متل الكيس بالمطبخ وغاب عن الوعي كم ثانية", U),
    ("ar", "صار لونه أبيض ووقع عالأرض وما رد كم ثانية", U),
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
    ("en", "Which symptoms mean I should ring 999, for example chest pain or breathlessness?", Q),
    (
        "en",
        "What are the signs of cement going to the lungs? breathlessness? how long do I watch for it?",
        Q,
    ),
    (
        "en",
        "What signs of infection should I look out for at the needle site in the first days?",
        Q,
    ),
    (
        "en",
        "How high does a fever have to be before I come back in? How red is too red for the wound?",
        Q,
    ),
    (
        "es",
        "¿Con qué síntomas tengo que llamar al 112, por ejemplo dolor en el pecho o falta de aire?",
        Q,
    ),
    (
        "es",
        "¿Cuáles son las señales de que el cemento pase al pulmón? ¿la falta de aire? ¿cuánto tiempo vigilo?",
        Q,
    ),
    ("es", "¿Qué signos de infección en el pinchazo tengo que vigilar los primeros días?", Q),
    (
        "fr",
        "Pour quels symptômes faut-il appeler le 15, par exemple une douleur thoracique ou un essoufflement ?",
        Q,
    ),
    (
        "fr",
        "Quels signes d'infection faut-il surveiller au point de ponction les premiers jours ?",
        Q,
    ),
    (
        "de",
        "Bei welchen Anzeichen muss ich den Notarzt rufen, etwa Brustschmerzen oder Luftnot?",
        Q,
    ),
    (
        "de",
        "Woran erkenne ich, dass Zement in die Lunge gewandert ist? Atemnot? Wie lange muss ich aufpassen?",
        Q,
    ),
    (
        "de",
        "Auf welche Zeichen einer Infektion an der Einstichstelle soll ich in den ersten Tagen achten?",
        Q,
    ),
    ("pt", "Com que sintomas devo ligar pro 192, por exemplo dor no peito ou falta de ar?", Q),
    (
        "pt",
        "Quais são os sinais de vazamento de cimento pro pulmão? falta de ar? por quanto tempo vigio?",
        Q,
    ),
    ("pt", "Que sinais de infecção devo observar no curativo nos primeiros dias?", Q),
    ("vi", "Những dấu hiệu nào thì phải gọi cấp cứu, ví dụ đau ngực hay khó thở?", Q),
    ("vi", "Cần theo dõi những dấu hiệu nhiễm trùng nào ở chỗ kim đâm trong mấy ngày đầu?", Q),
    ("zh-Hans", "出现哪些症状要打120？比如胸痛或者呼吸困难？", Q),
    ("zh-Hans", "骨水泥漏到肺里有什么表现？气短吗？要观察多久？", Q),
    ("zh-Hans", "体温烧到多少度要去急诊？针眼肿到什么样要紧？", Q),
    ("ar", "ما الأعراض التي تستدعي الاتصال بالإسعاف؟ مثلاً ألم الصدر أو ضيق التنفس؟", Q),
    ("ar", "ما علامات الالتهاب التي يجب أن أراقبها مكان الإبرة في الأيام الأولى؟", Q),
    # --- quiet: a heart attack years ago with a stent, fine since, and a question about the
    # heart medicines before the procedure; urgent look-alike: chest pain now, stent before
    (
        "en",
        "Four years ago I had a heart attack and a stent, no trouble since. I take clopidogrel, do I stop it before the vertebroplasty?",
        Q,
    ),
    ("en", "I had a stent years ago and since this morning I've had crushing chest pain", U),
    (
        "es",
        "Hace cuatro años me pusieron un stent por un infarto y desde entonces bien. ¿Dejo el Plavix antes?",
        Q,
    ),
    (
        "es",
        "En 2020 tuve un infarto con dos stents y tomo Adiro, ¿lo suspendo antes de la operación?",
        Q,
    ),
    ("es", "tengo un stent desde hace años y desde esta mañana me aprieta el pecho muchísimo", U),
    (
        "fr",
        "Il y a quatre ans on m'a posé un stent après un infarctus, rien depuis. Dois-je arrêter le Kardégic avant ?",
        Q,
    ),
    (
        "de",
        "Vor vier Jahren bekam ich nach einem Herzinfarkt einen Stent, seitdem Ruhe. Muss ich ASS vorher absetzen?",
        Q,
    ),
    (
        "pt",
        "Em 2018 coloquei um stent depois de um infarto e tomo AAS. Preciso parar antes do procedimento?",
        Q,
    ),
    (
        "pt",
        "Há quatro anos pus dois stents por causa de um infarto, desde então tudo bem. Paro o clopidogrel?",
        Q,
    ),
    (
        "vi",
        "Bốn năm trước tôi bị nhồi máu cơ tim và đặt stent, từ đó ổn. Có phải ngừng thuốc trước khi làm không?",
        Q,
    ),
    ("zh-Hans", "四年前心梗放了支架，之后一直没事，吃着波立维，手术前要停吗？", Q),
    (
        "ar",
        "قبل أربع سنوات ركبت دعامة بعد جلطة في القلب ومن يومها تمام. هل أوقف البلافيكس قبل العملية؟",
        Q,
    ),
    # --- quiet: a mild sign on the day, explained and over days ago, fine since, and an
    # ordinary question
    (
        "en",
        "On the day I was a bit confused and dizzy going home, the nurse said it was the sedation and it wore off that night. That was a week ago and I'm fine since. When can I lift my granddaughter?",
        Q,
    ),
    (
        "en",
        "I had a slight temperature of 37.9 the day after, it went down by itself. That was ten days ago and the wound is clean. Can I go swimming?",
        Q,
    ),
    (
        "es",
        "El día de la intervención estaba un poco confusa y mareada, la enfermera dijo que era la sedación y se me pasó por la noche. Hace una semana y estoy bien. ¿Cuándo puedo coger a mi nieto?",
        Q,
    ),
    (
        "es",
        "Tuve un poco de fiebre, 38, al día siguiente y bajó sola. Hace diez días y la herida está limpia. ¿Puedo ir a la piscina?",
        Q,
    ),
    (
        "fr",
        "Le jour même j'étais un peu confuse en rentrant, l'infirmière a dit que c'était la sédation et c'est passé le soir. Ça fait une semaine et tout va bien. Quand puis-je porter mon petit-fils ?",
        Q,
    ),
    (
        "fr",
        "J'ai eu 38 de fièvre le lendemain, c'est redescendu tout seul. Ça fait dix jours, la plaie est propre. Je peux aller nager ?",
        Q,
    ),
    (
        "de",
        "Am Tag der OP war ich auf dem Heimweg etwas verwirrt, die Schwester sagte, das sei die Sedierung, abends war es weg. Das ist eine Woche her und mir geht es gut. Wann darf ich mein Enkelkind heben?",
        Q,
    ),
    (
        "de",
        "Am Tag danach hatte ich 38 Fieber, es ist von allein runtergegangen. Das ist zehn Tage her, die Wunde ist sauber. Darf ich schwimmen?",
        Q,
    ),
    (
        "pt",
        "No dia fiquei um pouco confusa voltando pra casa, a enfermeira disse que era a sedação e passou à noite. Faz uma semana e estou bem. Quando posso pegar meu neto no colo?",
        Q,
    ),
    (
        "pt",
        "Tive um pouco de febre, 38, no dia seguinte e baixou sozinha. Faz dez dias e o curativo está limpo. Posso ir à piscina?",
        Q,
    ),
    (
        "vi",
        "Hôm làm xong tôi hơi lú lẫn lúc về, y tá bảo do thuốc an thần, tối là hết. Giờ đã một tuần và tôi khỏe. Khi nào tôi bế cháu được?",
        Q,
    ),
    (
        "vi",
        "Hôm sau tôi hơi sốt 38 độ rồi tự hạ. Đã mười ngày rồi, vết kim sạch. Tôi đi bơi được không?",
        Q,
    ),
    (
        "zh-Hans",
        "做完那天回家路上有点迷糊，护士说是镇静药，晚上就好了。已经一个星期了，一切都好。什么时候能抱孙子？",
        Q,
    ),
    ("zh-Hans", "第二天有点发烧，38度，自己退了。已经十天了，伤口很干净。可以游泳吗？", Q),
    (
        "ar",
        "يوم العملية كنت مشوشة شوي وأنا راجعة، الممرضة قالت من المخدر وراح بالليل. صار لي أسبوع وأنا منيحة. أيمتى بقدر أشيل حفيدي؟",
        Q,
    ),
    (
        "ar",
        "صار معي حرارة خفيفة 38 تاني يوم ونزلت لحالها. صار لي عشر أيام والجرح نظيف. فيني روح عالمسبح؟",
        Q,
    ),
    # --- quiet: the expected soreness at the site told with strong feelings, no redness or
    # swelling, asked as normal; urgent look-alike: hot, red and spreading
    (
        "en",
        "oh my god the needle spot aches like crazy, I scream if anyone touches it, but it's not red or swollen at all. Done yesterday, is that normal?",
        Q,
    ),
    (
        "es",
        "madre mía, el pinchazo me duele horrores, grito si me lo tocan, pero no está rojo ni hinchado. Fue ayer, ¿es normal?",
        Q,
    ),
    (
        "fr",
        "mon dieu le point de piqûre me fait un mal de chien, je hurle si on le touche, mais ce n'est ni rouge ni gonflé. C'était hier, c'est normal ?",
        Q,
    ),
    (
        "de",
        "oh Gott, die Einstichstelle tut höllisch weh, ich schreie, wenn man sie anfasst, aber sie ist weder rot noch geschwollen. War gestern, ist das normal?",
        Q,
    ),
    (
        "pt",
        "nossa, o lugar da agulha dói demais, grito se alguém encosta, mas não tá vermelho nem inchado. Foi ontem, é normal?",
        Q,
    ),
    (
        "vi",
        "trời ơi chỗ chích đau dữ dội, ai chạm vào là tôi hét lên, nhưng không đỏ không sưng. Mới làm hôm qua, có bình thường không?",
        Q,
    ),
    ("zh-Hans", "天哪，针眼那儿疼死了，一碰就叫，可是不红也不肿。昨天做的，正常吗？", Q),
    (
        "ar",
        "يا ربي مكان الإبرة بيوجعني كتير، بصرخ إذا حدا لمسه، بس مش أحمر ولا منفوخ. عملتها مبارح، طبيعي؟",
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
        "my wife's nightie and the sheet under her are soaked red and she had the injection at nine",
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
]


@pytest.mark.parametrize("locale, text, urgent", BLIND11_KINDS)
def test_urgent_kinds_11(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_kind_has_rows_in_every_locale() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND11_KINDS if locale == tag]
        assert rows.count(U) >= 10 and rows.count(Q) >= 8, tag
