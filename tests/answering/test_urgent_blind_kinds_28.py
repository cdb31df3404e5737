"""Urgent signs by kind, the twenty-eighth blind set's (tests/data/urgent_blind_28/, issue 17).

Written after the set was first read (session 34): its 10 misses and 13 false alarms with the
word model (0.896 / 13.5 %; rules alone 0.760 / 13.5 %, 23 misses), and patient set 26's one
false alarm, were read as kinds, and each kind written here in situations of our own (other
people, other body words, other signs, other tenses) in every locale, urgent rows and controls
of the same kind:

1. confusion told only through an everyday task that failed just now (block 1: 42 rows, 25
   urgent; 5 of the set's misses): money not counted or its notes not told apart, one's own name
   not written, the remote taken for the phone, a sentence stopped halfway with a blank stare,
   the words after it not understood, a grandchild's name or the year not found; new
   ``fainting_confusion`` idioms in every locale; a parking machine's notes or a nurse asked
   what tablets are for stay quiet (block 9);
2. a leg, a hand or the bladder told only through a task that failed (block 2 and part of 3b: 44
   rows, 33 urgent; 3 misses): a leg that would not lift onto a step and was dragged, the toilet
   not reached in time and the clothes wet, a bed wet unnoticed (idioms of ``leg_weakness`` and
   ``incontinence``); a sign "never had before the op" is ``unlike_usual``, no long standing
   (Gulf "ما صار معه قبل العملية أبد");
3. a routine follow-up answered with a list (block 3 and part of 3b: 34 rows, 16 urgent; 1 miss,
   2 false alarms): an item comparing the pain with before the procedure (``compared_before``,
   ``urgent_followup.without_comparison``) no longer dates the sign in another item; a dressing
   "khô, không thấy rỉ máu" is no bleeding (a Vietnamese sign pattern no longer crosses a comma
   or a negation); Chinese 第三天就退了 is ``resolved``;
4. sign words as a figure of speech (block 4: 34 rows, 9 urgent; 7 false alarms): a bill, a
   price, paperwork, a relative, the waiting room or the phone line that "leaves me breathless",
   "has me paralysed", "gives me cold sweats" (``figurative``, now also read in the clause
   before a ``consequence``: "..., dass ich kaum Luft bekam", "..., da krieg ich Herzrasen";
   ``urgent_page.feared``);
5. a forum's question (block 5: 24 rows, 8 urgent; 3 false alarms): "anyone here", "question for
   the group", "hola a todas", "frage in die runde", 各位, "يا جماعة" (``forum``) with the sign
   asked of the readers and nobody of one's own in its clause (``urgent_followup.forum_asked``),
   or "anyone", "alguien", "jemand", "alguém", "có ai", "حدا" before it (``generic``); the
   Arabic report word "هو" no longer matches inside "هون" (here);
6. the known gap of session 33 (block 6: 14 rows, 10 urgent): Arabic dialects' present or
   progressive bleeding verb with where it bleeds from ("عم ينزف من مكان الإبرة", "بينزف",
   "عمال", "قاعد", "دا", "راه كينزف"), a new ``bleeding`` sign; a tap that "تنزف مي" is
   ``figurative``;
7. speech as if drunk without a drop, hours gone missing, fingers that won't obey (block 7: 29
   rows, 20 urgent; 2 misses: "red daher wie nach drei Schnäpsen", "couldn't think ... what year
   it is");
8. patient set 26's false alarm (block 8 and part of 3b: 21 rows, 9 urgent): a fear of choking
   lying on one's front with emphysema, "jai peur d'étouffer" typed without apostrophes: French
   "peur d'" is ``imagined``;
9. (after the first refit, block 10: 12 rows, 8 urgent) the first refit lost urgent set 17's
   long message whose infected site ("la gasa huele fatal y la piel de alrededor está roja y
   caliente") is the reason of a question about showering, which only the model had caught: a
   dressing that smells and the skin around it red and hot are now rules in es, pt and vi (en,
   fr, de, zh, ar had them), a dressing that smells "of the antiseptic" is none;
10. (after the second refit, block 11: 6 rows, 1 urgent) the second refit read a reviewed row of
   ``test_urgent_before.py`` (a father's fracture pain keeping him in his chair, "geht der
   Eingriff auch unter Marcumar?") as urgent through the word model: controls of that kind were
   added and the model refitted; Spanish "¿se puede hacer la intervención ...?" tells the
   procedure as still to come (``planned``);
11. (after the third refit, block 12: 10 rows, 1 urgent) the second and third refits read
   patient set 22's b22-fr-019 (a claustrophobe: "et si je n'arrive pas à passer l'IRM avant ?")
   as urgent through the word model: controls of "je n'arrive pas à" about an ordinary task or a
   hypothesis were added and the model refitted;
12. (after the fourth refit, block 13: 6 rows, 1 urgent) the fourth refit read patient set 22's
   b22-de-007 ("Warum kriegt mein Vater nicht einfach ein Stützkorsett statt der Spritze in den
   Wirbel?") as urgent through the word model: controls of a relative's treatment asked "why not
   ... instead" were added and the model refitted.

Set 28's forms the ahead table (``AHEAD28_KINDS``, session 33) foresaw: the failed task (legs
giving way on the way to the toilet, a cup slipping, words that would not come), the follow-up
list, the joke, the figure of speech about a bill and the forum question; it did not foresee
confusion told by a task done wrong (which note, which street, the remote for the phone), a
figure of speech whose cause stands in the clause before, a question put to a forum's readers
("did your legs go numb?") rather than about people in general, nor a list whose comparison
with before the procedure dated the sign.

313 rows (153 urgent, 160 quiet). The first 172 (blocks 1-6) were written before any
change: 43 failed with the model on the code before (61 by the rules alone; by kind 16, 1, 1,
7, 11, 7). Blocks 3b and 7 (52 rows) were written after the first change, from the set's
misses left: 22 failed on the code before (23 by the rules alone), 22 before their own change.
Blocks 8 and 9 (55 rows) were written after the first change: 2 failed on the code before, 3
after the first change (a parking machine's notes read as confusion, now narrowed). Block 10
(12 rows) was written after the first refit: 4 failed on the code before (4 by the rules
alone), 1 after the first refit (the antiseptic's smell). Block 11 (6 rows) was written after
the second refit: 1 failed on the code before (1 by the rules alone), 1 after the second refit
(the Spanish one, "¿se puede hacer la intervención con Sintrom?"). Block 12 (10 rows),
written after the third refit, failed 2 with the model on the code before and after that refit
(none by the rules alone); block 13 (6 rows), written after the fourth, failed none before or
after it. Over all, 74 fail with the model on the code before (91 by the
rules alone); all pass by the rules alone.

Never a blind message's words or situation. The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND28_KINDS``).
"""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND28_KINDS = [
    # 1. confusion told only through an everyday task that failed just now (urgent); a task made slow
    # or forgotten in an ordinary way (controls)
    (
        "en",
        "Mum tried to ring my sister just now and kept dialling the TV remote, then asked me what the numbers were for. She had the cement done on Monday.",
        U,
    ),
    (
        "en",
        "Went to pay the milkman this morning and couldn't count the coins, couldn't work out what a pound was. Just stood there. Back was done two days ago.",
        U,
    ),
    (
        "en",
        "Dad was telling me about the ward and stopped halfway, lost the thread completely and just stared at the wall. Started again and it came out all garbled.",
        U,
    ),
    (
        "en",
        "My husband tried to put his shoes on the wrong feet twice and didn't know which room was the bathroom in our own house, he's been home from the spine injection since yesterday.",
        U,
    ),
    (
        "en",
        "Couldn't remember my PIN at the chemist today, I never use it, my daughter always pays. Is it ok to shop with a sore back?",
        Q,
    ),
    (
        "en",
        "Took me ages to do my socks this morning because the needle spot is sore when I bend. Any tips?",
        Q,
    ),
    ("en", "Forgot where I put my reading glasses again, nothing new there! When can I drive?", Q),
    (
        "es",
        "Mi madre ha intentado abrir la puerta con el mando de la tele y luego no sabía en qué piso vivimos. Le pusieron el cemento ayer.",
        U,
    ),
    (
        "es",
        "Fui a firmar el recibo y no me salía mi propio nombre, me quedé con el boli en la mano sin saber qué hacer. Me operaron el martes.",
        U,
    ),
    (
        "es",
        "Mi padre quería contarme lo del médico y se quedó a medias, con la mirada perdida, y lo que dijo después no había quien lo entendiera.",
        U,
    ),
    (
        "es",
        "Me cuesta ponerme los calcetines porque me tira donde el pinchazo, ¿es normal a los dos días?",
        Q,
    ),
    (
        "es",
        "Se me olvidó la contraseña del correo, como siempre, ¿me pueden mandar el informe en papel?",
        Q,
    ),
    (
        "fr",
        "Ma mère a voulu faire du café, elle a mis le sucre dans le grille-pain et ne savait plus à quoi sert la cafetière. Sa vertébroplastie, c'était avant-hier.",
        U,
    ),
    (
        "fr",
        "Mon père a essayé de signer le chèque et ne savait plus écrire son nom, il regardait le stylo sans comprendre. Opéré hier.",
        U,
    ),
    (
        "fr",
        "En voulant m'expliquer le traitement, mon mari s'est arrêté au milieu, le regard dans le vide, et après ses phrases ne voulaient plus rien dire.",
        U,
    ),
    (
        "fr",
        "J'ai mis vingt minutes à enfiler mes chaussettes à cause de la raideur dans le dos, c'est normal ?",
        Q,
    ),
    (
        "fr",
        "J'ai encore oublié mes lunettes au salon, rien de nouveau. Je peux monter les escaliers ?",
        Q,
    ),
    (
        "de",
        "Meine Frau wollte gerade die Kaffeemaschine anmachen und wusste nicht mehr, wo man draufdrückt, steht nur davor und schaut. Vertebroplastie war vorgestern.",
        U,
    ),
    (
        "de",
        "Opa wollte seinen Enkel anrufen und wusste die Namen nicht mehr, auch nicht welcher Tag heute ist. Seit der Spritze in den Rücken gestern.",
        U,
    ),
    (
        "de",
        "Ich wollte am Automaten Geld abheben und hab plötzlich nicht mehr gewusst, wie das geht, und wo ich bin. Eingriff war gestern.",
        U,
    ),
    (
        "de",
        "Beim Schuhe anziehen brauche ich ewig, weil es an der Einstichstelle zieht. Normal?",
        Q,
    ),
    (
        "de",
        "Hab schon wieder vergessen, wo ich den Schlüssel hingelegt hab, wie immer halt. Darf ich morgen duschen?",
        Q,
    ),
    (
        "pt",
        "Minha mãe foi pagar o padeiro e não sabia qual nota era qual, nem em que rua a gente mora. Fez o cimento anteontem.",
        U,
    ),
    (
        "pt",
        "Meu marido tentou ligar a TV com o celular e ficou olhando pro aparelho sem saber o que fazer. Ele fez a vertebroplastia ontem.",
        U,
    ),
    (
        "pt",
        "Fui escrever a lista do mercado e não lembrava o nome das coisas nem que dia é hoje, fiquei parada com a caneta. Operei ontem.",
        U,
    ),
    ("pt", "Demorei meia hora pra calçar a meia porque repuxa no lugar da agulha, é normal?", Q),
    ("pt", "Esqueci a senha do banco de novo, sempre esqueço kkk. Posso ir ao banco amanhã?", Q),
    (
        "vi",
        "Mẹ tôi vừa cầm cái điều khiển TV lên định gọi điện thoại, rồi hỏi tôi đây là cái gì. Bà mới bơm xi măng hôm qua.",
        U,
    ),
    (
        "vi",
        "Bố tôi đang kể chuyện thì dừng giữa chừng, mắt nhìn vô định, nói tiếp thì lộn xộn không ai hiểu. Ông làm thủ thuật hôm kia.",
        U,
    ),
    (
        "vi",
        "Sáng nay tôi đi trả tiền chợ mà không biết tờ nào là tờ nào, đứng ngẩn ra luôn. Hôm qua mới bơm xi măng.",
        U,
    ),
    ("vi", "Xỏ tất lâu quá vì cúi xuống chỗ tiêm còn đau, bình thường không ạ?", Q),
    ("vi", "Lại quên mật khẩu điện thoại rồi, lúc nào cũng vậy. Bao giờ tôi đi làm lại được?", Q),
    ("zh-Hans", "我妈刚才拿着电视遥控器当手机打电话，还问我这是什么东西。她前天打的骨水泥。", U),
    (
        "zh-Hans",
        "我爸刚才想跟我说医生讲了什么，说到一半就停了，两眼发直，再说就颠三倒四听不懂了。昨天做的手术。",
        U,
    ),
    (
        "zh-Hans",
        "刚才去楼下交水费，钱都数不清了，连自己住几号楼都想不起来。昨天刚做完椎体成形。",
        U,
    ),
    ("zh-Hans", "穿袜子弯腰的时候针眼那儿疼，穿了半天，正常吗？", Q),
    ("zh-Hans", "又忘了手机密码，我一直这样，跟手术没关系。什么时候能开车？", Q),
    (
        "ar",
        "أمي حاولت تفتح التلفزيون بالتلفون وقعدت تتطلع فيه وما عرفت شو تعمل فيه. عملت الإبرة بضهرها مبارح.",
        U,
    ),
    (
        "ar",
        "أبوي كان بدو يحكيلي شو قال الدكتور ووقف بنص الجملة وعيونه سارحة، ولما رجع حكى ما حدا فهم عليه شي.",
        U,
    ),
    ("ar", "رحت أدفع للبقال وما عرفت أي ورقة هي أي ورقة ولا بأي شارع أنا. عملت العملية امبارح.", U),
    ("ar", "لبست الجرابات بصعوبة لأن مكان الإبرة بيوجعني لما انحني، طبيعي؟", Q),
    ("ar", "نسيت كلمة سر التلفون مرة تانية، دايماً بنساها. إيمتى بقدر إطلع من البيت؟", Q),
    # 2. a leg, a hand or the bladder told only through a task that failed just now (urgent); steps
    # made slow by a stiff back, a night of weeing after drinking as told (controls)
    (
        "en",
        "Tried to step up into the bath just now and my left leg just wouldn't lift, I had to haul it over with both hands. Had the cement yesterday.",
        U,
    ),
    (
        "en",
        "Dad didn't make it to the loo this afternoon, his trousers were soaked before he got there, and that has never happened to him. Spine injection on Friday.",
        U,
    ),
    (
        "en",
        "Woke up and the sheet under me was wet, I didn't even feel it happen. Never done that in my life. Vertebroplasty two days ago.",
        U,
    ),
    (
        "en",
        "My hand keeps letting go of the teapot, twice now, the fingers just won't do what I tell them since the op.",
        U,
    ),
    (
        "en",
        "Getting up the front steps took forever because my back is stiff, but I managed. Is that normal?",
        Q,
    ),
    (
        "en",
        "Had to get up three times last night to wee because I drank so much water like they told me. Fine otherwise.",
        Q,
    ),
    (
        "es",
        "Intenté subir el bordillo y la pierna derecha no se levantaba, la tuve que ir arrastrando hasta casa. Me pusieron el cemento ayer.",
        U,
    ),
    (
        "es",
        "Mi abuela no llegó al baño, se le mojó toda la ropa por el camino y eso no le había pasado nunca. La operaron el jueves.",
        U,
    ),
    (
        "es",
        "Se me ha caído la taza de la mano dos veces, los dedos no me obedecen desde la operación.",
        U,
    ),
    (
        "es",
        "Subir los escalones del portal me cuesta porque tengo la espalda rígida, pero subo. ¿Normal?",
        Q,
    ),
    (
        "fr",
        "J'ai voulu monter sur le trottoir et ma jambe gauche refusait de se lever, j'ai dû la traîner jusqu'à la maison. Cimentoplastie hier.",
        U,
    ),
    (
        "fr",
        "Ma mère n'a pas eu le temps d'arriver aux toilettes, son pantalon était trempé avant, ça ne lui était jamais arrivé. Opérée mardi.",
        U,
    ),
    (
        "fr",
        "La cafetière m'a glissé des mains deux fois, mes doigts n'obéissent plus depuis l'intervention.",
        U,
    ),
    (
        "fr",
        "Monter les marches de l'entrée me prend du temps à cause de la raideur dans le dos, mais j'y arrive. C'est normal ?",
        Q,
    ),
    (
        "de",
        "Wollte eben in die Badewanne steigen und das linke Bein ging einfach nicht hoch, musste es mit den Händen rüberheben. Eingriff war gestern.",
        U,
    ),
    (
        "de",
        "Mein Vater hat es nicht mehr aufs Klo geschafft, die Hose war nass, bevor er da war, das ist ihm noch nie passiert. Vertebroplastie am Freitag.",
        U,
    ),
    (
        "de",
        "Bin aufgewacht und das Bett war nass, hab gar nichts gemerkt. Ist mir noch nie passiert. Eingriff vorgestern.",
        U,
    ),
    (
        "de",
        "Die Treppe vor der Haustür hoch dauert ewig, weil der Rücken steif ist, aber es geht. Normal?",
        Q,
    ),
    (
        "pt",
        "Tentei subir o degrau da calçada e a perna esquerda não levantava, tive que ir arrastando ela até em casa. Fiz o cimento ontem.",
        U,
    ),
    (
        "pt",
        "Meu avô não chegou a tempo no banheiro, molhou a calça toda no caminho e isso nunca tinha acontecido com ele. Operou na sexta.",
        U,
    ),
    ("pt", "A xícara caiu da minha mão duas vezes, os dedos não obedecem desde a cirurgia.", U),
    (
        "pt",
        "Subir os degraus da entrada demora porque as costas estão duras, mas consigo. É normal?",
        Q,
    ),
    (
        "vi",
        "Vừa bước lên bậc cửa mà chân trái nhấc không lên nổi, phải lê về nhà. Hôm qua mới bơm xi măng.",
        U,
    ),
    (
        "vi",
        "Bố tôi chưa kịp vào nhà vệ sinh thì quần đã ướt hết, trước giờ chưa bao giờ bị vậy. Ông làm thủ thuật hôm thứ Sáu.",
        U,
    ),
    ("vi", "Cái ly tuột khỏi tay hai lần rồi, mấy ngón tay không nghe lời từ sau mổ.", U),
    ("vi", "Leo mấy bậc thềm chậm vì lưng còn cứng, nhưng vẫn lên được. Có sao không ạ?", Q),
    ("zh-Hans", "刚才想跨进浴缸，左腿怎么都抬不起来，只能用手把它搬进去。昨天打的骨水泥。", U),
    ("zh-Hans", "我爸没来得及走到厕所，裤子就湿了，以前从来没这样过。周五做的手术。", U),
    ("zh-Hans", "杯子从手里滑掉两次了，手指头不听使唤，手术以后才这样。", U),
    ("zh-Hans", "上门口那两级台阶很慢，腰还有点僵，不过能上去。正常吗？", Q),
    (
        "ar",
        "حاولت اطلع عالرصيف ورجلي الشمال ما رضيت ترتفع، صرت اسحبها لحد البيت. عملت الاسمنت مبارح.",
        U,
    ),
    (
        "ar",
        "جدي ما لحق يوصل عالحمام، تبللت هدومه بالطريق وهاد عمره ما صار معه. عمل العملية الجمعة.",
        U,
    ),
    ("ar", "الكاسة وقعت من ايدي مرتين، اصابعي ما عم تسمع الكلام من بعد العملية.", U),
    ("ar", "طلعت درجات البيت بشوية صعوبة لأن ضهري متيبس، بس طلعت. طبيعي؟", Q),
    # 3. a routine follow-up answered with a list, one item the sign (urgent); a list with the sign
    # denied, or a fever over and checked (controls)
    (
        "en",
        "Answering the follow-up: back pain much better than before the op, eating fine, sleeping ok, but I'm short of breath just walking to the kitchen since last night, bowels fine.",
        U,
    ),
    (
        "en",
        "Quick update for the nurse: pain better than before the procedure, appetite good, dressing dry, no bleeding, no fever, a bit constipated. Can I take a laxative?",
        Q,
    ),
    (
        "en",
        "Follow-up call answers: first night a temperature of 37.8, gone by the next morning and the GP checked me, bruise at the needle spot, pain down a lot. Can I swim yet?",
        Q,
    ),
    (
        "es",
        "Respondo al seguimiento: el dolor mucho mejor que antes de la operación, como bien, duermo bien, pero desde anoche me ahogo solo con ir al baño.",
        U,
    ),
    (
        "es",
        "Para la enfermera: dolor mejor que antes de la intervención, apósito seco, sin sangrado, nada de fiebre, un poco estreñida. ¿Puedo tomar un laxante?",
        Q,
    ),
    (
        "es",
        "Cómo voy: los dos primeros días algo de febrícula, 37,6, al tercero ya normal y el médico de cabecera me vio y dijo que nada; moratón en el pinchazo. ¿Ya puedo ducharme?",
        Q,
    ),
    (
        "fr",
        "Pour le suivi : le dos bien mieux qu'avant l'opération, je mange bien, je dors, mais depuis hier soir je suis essoufflée rien qu'en parlant.",
        U,
    ),
    (
        "fr",
        "Suivi : douleur moins forte qu'avant l'intervention, pansement sec, pas de saignement, pas de fièvre, un peu constipée. Je peux prendre un laxatif ?",
        Q,
    ),
    (
        "fr",
        "Comment ça va : les deux premiers jours un peu de fièvre, 37,7, le troisième jour plus rien et le médecin a vérifié, rien de grave ; un bleu au point de piqûre. Je peux me baigner ?",
        Q,
    ),
    (
        "de",
        "Zur Nachfrage: Rücken viel besser als vor der OP, Appetit gut, Schlaf gut, aber seit gestern Abend krieg ich schon beim Reden kaum Luft.",
        U,
    ),
    (
        "de",
        "Für die Nachsorge: Schmerzen besser als vor dem Eingriff, Pflaster trocken, keine Blutung, kein Fieber, etwas Verstopfung. Darf ich ein Abführmittel nehmen?",
        Q,
    ),
    (
        "de",
        "Wie es geht: die ersten zwei Tage leicht erhöht, 37,6, am dritten Tag normal, die Hausärztin hat nachgeschaut und meinte alles gut; blauer Fleck an der Einstichstelle. Darf ich baden?",
        Q,
    ),
    (
        "pt",
        "Respondendo o acompanhamento: a dor bem melhor que antes da cirurgia, comendo bem, dormindo bem, mas desde ontem à noite fico sem ar só de falar.",
        U,
    ),
    (
        "pt",
        "Pro retorno: dor melhor que antes do procedimento, curativo seco, sem sangramento, sem febre, um pouco de prisão de ventre. Posso tomar laxante?",
        Q,
    ),
    (
        "pt",
        "Como estou: nos dois primeiros dias uma febrinha de 37,6, no terceiro já normal e o médico do posto olhou e disse que não era nada; um roxo no lugar da agulha. Já posso tomar banho de mar?",
        Q,
    ),
    (
        "vi",
        "Trả lời y tá: lưng đỡ đau hơn trước mổ nhiều, ăn được, ngủ được, nhưng từ tối qua chỉ nói chuyện thôi cũng thở không ra hơi.",
        U,
    ),
    (
        "vi",
        "Báo lại: đau ít hơn trước khi làm thủ thuật, băng khô, không chảy máu, không sốt, hơi táo bón. Uống thuốc nhuận tràng được không?",
        Q,
    ),
    (
        "vi",
        "Tình hình: hai ngày đầu sốt nhẹ 37,6, ngày thứ ba hết, bác sĩ khám rồi bảo không sao; chỗ chích bị bầm. Đi bơi được chưa ạ?",
        Q,
    ),
    ("zh-Hans", "回复随访：腰比手术前好多了，吃饭睡觉都行，就是从昨晚开始说几句话就喘不上气。", U),
    ("zh-Hans", "随访回答：疼得比术前轻，纱布是干的，没出血，没发烧，有点便秘。能吃通便药吗？", Q),
    (
        "zh-Hans",
        "近况：前两天有点低烧，37度6，第三天就退了，社区医生看过说没事；针眼那儿有点青。现在能游泳吗？",
        Q,
    ),
    (
        "ar",
        "رد عالمتابعة: ضهري أحسن بكتير من قبل العملية، باكل ونايم منيح، بس من مبارح بالليل عم ينقطع نفسي من مجرد الحكي.",
        U,
    ),
    (
        "ar",
        "للممرضة: الوجع أخف من قبل العملية، الشاش ناشف، ما في نزيف، ما في حرارة، شوية امساك. بقدر آخد ملين؟",
        Q,
    ),
    (
        "ar",
        "كيف حالي: أول يومين كان في حرارة خفيفة 37.6، تالت يوم راحت والدكتور شافني وقال ما في شي؛ في زرقة مكان الإبرة. بقدر اسبح؟",
        Q,
    ),
    # 3b. (written after the first change) a follow-up list comparing with before the procedure,
    # the sign in another item with no time word; a sign 'never had before the op'; patient set 26
    # typed without apostrophes
    (
        "en",
        "follow-up answers: pain better than before the op, sleeping on my side, bowels ok, I get puffed out just talking and my lips look a bit blue, taking all my tablets",
        U,
    ),
    (
        "es",
        "respuestas del seguimiento: el dolor mejor que antes de la operación, duermo de lado, voy bien al baño, me ahogo solo de hablar y tengo los labios morados, tomo todo",
        U,
    ),
    (
        "fr",
        "réponses au suivi : douleur mieux qu'avant l'opération, je dors sur le côté, transit ok, je m'essouffle rien qu'en parlant et j'ai les lèvres bleues",
        U,
    ),
    (
        "de",
        "Antworten zur Nachsorge: Schmerzen besser als vor der OP, schlafe auf der Seite, Verdauung ok, ich bin schon beim Reden außer Atem und die Lippen sind bläulich",
        U,
    ),
    (
        "pt",
        "respostas do acompanhamento: dor melhor que antes da cirurgia, durmo de lado, intestino ok, fico sem fôlego só de falar e os lábios estão roxos",
        U,
    ),
    (
        "vi",
        "trả lời theo dõi: đau đỡ hơn trước mổ, ngủ nghiêng được, đi cầu bình thường, nói chuyện thôi cũng hụt hơi, môi tím",
        U,
    ),
    ("zh-Hans", "随访回答：疼得比术前轻，侧着睡，大便正常，说几句话就喘，嘴唇发紫", U),
    (
        "ar",
        "رد عالمتابعة: الوجع أحسن من قبل العملية، بنام عجنبي، الحمام تمام، بنقطع نفسي من مجرد الحكي وشفايفي زرق",
        U,
    ),
    (
        "en",
        "Numb toes from my diabetes for years, same as before the op, back pain better than before the op. Can I walk the dog?",
        Q,
    ),
    (
        "de",
        "Taube Zehen vom Diabetes seit Jahren, unverändert, Rücken besser als vor der OP. Darf ich spazieren gehen?",
        Q,
    ),
    ("en", "Dad wet himself on the way to the loo, never happened to him before the op.", U),
    (
        "es",
        "Mi padre se orinó encima antes de llegar al baño, eso nunca le había pasado antes de la operación.",
        U,
    ),
    (
        "fr",
        "Mon père s'est fait pipi dessus avant d'arriver aux toilettes, jamais arrivé avant l'opération.",
        U,
    ),
    ("de", "Papa hat sich auf dem Weg zum Klo eingenässt, das ist ihm vor der OP nie passiert.", U),
    (
        "pt",
        "Meu pai fez xixi na calça antes de chegar no banheiro, isso nunca aconteceu antes da cirurgia.",
        U,
    ),
    ("vi", "Bố tôi tè ra quần trước khi tới nhà vệ sinh, trước mổ chưa bao giờ bị vậy.", U),
    ("zh-Hans", "我爸还没走到厕所就尿裤子了，手术前从来没有过。", U),
    ("ar", "ابوي بلل بنطلونه قبل ما يوصل عالحمام، عمره ما صار معه هيك قبل العملية.", U),
    (
        "en",
        "I had a leaky bladder for years before the op from having the kids, no different now. Can I do pelvic floor exercises?",
        Q,
    ),
    (
        "es",
        "Se me escapa un poco el pis al toser desde los partos, igual que antes de la operación. ¿Puedo hacer ejercicios de suelo pélvico?",
        Q,
    ),
    (
        "fr",
        "jai peur d'étouffer sur le ventre pendant l'intervention, jai de lasthme depuis toujours, ils font comment",
        Q,
    ),
    (
        "fr",
        "jai peur d'avoir du mal a respirer allongée, jai de lemphyseme, c'est possible quand meme ?",
        Q,
    ),
    ("fr", "jai de lemphyseme et depuis ce matin j'étouffe, meme assise", U),
    # 4. sign words as a figure of speech about a bill, a relative, the waiting room, paperwork
    # (controls); the same words told of the body (urgent)
    (
        "en",
        "The parking charges at your hospital nearly took my breath away. Is there a drop-off point at the front?",
        Q,
    ),
    (
        "en",
        "My sister-in-law gives me palpitations every time she phones, can she still drive me to the follow-up?",
        Q,
    ),
    (
        "en",
        "The queue at pharmacy was so long I nearly passed out from boredom. Can I get my tablets posted?",
        Q,
    ),
    ("en", "The insurance paperwork has me paralysed, which forms do I need for the op?", Q),
    (
        "en",
        "Since I got home from the op I could hardly breathe climbing into bed, and my lips have gone a bit blue.",
        U,
    ),
    (
        "en",
        "My heart has been racing and pounding since the cement this morning, and my chest feels tight.",
        U,
    ),
    ("es", "La factura de la clínica me ha dejado sin respiración, ¿se puede pagar a plazos?", Q),
    (
        "es",
        "Mi cuñado me pone el corazón a mil cada vez que llama, ¿puede acompañarme a la consulta?",
        Q,
    ),
    ("es", "Tanta burocracia me tiene paralizado, ¿qué papeles llevo el día del ingreso?", Q),
    ("es", "Desde la operación me ahogo al subir a la cama y tengo los labios moraditos.", U),
    (
        "fr",
        "La salle d'attente était tellement bondée que j'étouffais, il y a un autre endroit pour attendre ?",
        Q,
    ),
    (
        "fr",
        "Ce formulaire de la mutuelle me donne des sueurs froides, qui peut m'aider à le remplir ?",
        Q,
    ),
    (
        "fr",
        "Ma belle-mère me fait monter la tension rien qu'en parlant, elle peut quand même venir à la sortie ?",
        Q,
    ),
    (
        "fr",
        "Depuis l'opération j'ai des sueurs froides et une barre dans la poitrine, ça ne passe pas.",
        U,
    ),
    ("de", "Die Rechnung hat mir fast einen Herzinfarkt beschert, kann ich in Raten zahlen?", Q),
    (
        "de",
        "Im Wartezimmer war es so voll, dass ich kaum Luft bekam, gibt es beim nächsten Mal einen ruhigeren Platz?",
        Q,
    ),
    (
        "de",
        "Der ganze Papierkram lähmt mich total, welche Unterlagen brauche ich für die Aufnahme?",
        Q,
    ),
    (
        "de",
        "Seit heute früh krieg ich im Liegen kaum Luft und die Lippen sind bläulich, war gestern beim Eingriff.",
        U,
    ),
    (
        "pt",
        "O preço do estacionamento me tirou o fôlego kkk, tem outro lugar pra parar o carro?",
        Q,
    ),
    ("pt", "Minha sogra me dá taquicardia quando liga, ela pode me acompanhar no retorno?", Q),
    ("pt", "Essa papelada do plano me deixa paralisada, que documentos levo na internação?", Q),
    ("pt", "Desde a cirurgia fico sem ar só de deitar e os lábios estão roxos.", U),
    ("vi", "Nhìn hóa đơn viện phí mà muốn đứng tim, có trả góp được không ạ?", Q),
    ("vi", "Phòng chờ đông quá ngộp thở luôn, lần sau có chỗ nào ngồi chờ thoáng hơn không?", Q),
    ("vi", "Chờ điện thoại của bệnh viện mà nóng ruột như lửa đốt, bao giờ có lịch tái khám?", Q),
    ("vi", "Từ sau mổ nằm xuống là khó thở, môi tím tái.", U),
    ("zh-Hans", "看到住院账单我差点心脏病发作，能分期付款吗？", Q),
    ("zh-Hans", "排队挂号排得我头都晕了，复查能网上预约吗？", Q),
    ("zh-Hans", "等检查结果等得心急如焚，什么时候能出来？", Q),
    ("zh-Hans", "手术后一躺下就喘不上气，嘴唇发紫。", U),
    ("ar", "الفاتورة خلتني أنشل، في تقسيط؟", Q),
    ("ar", "غرفة الانتظار كانت زحمة لدرجة انخنقت، في مكان تاني استنى فيه المرة الجاية؟", Q),
    ("ar", "ورق التأمين بيجننني وبيطير عقلي، شو الأوراق اللي لازم جيبها يوم الدخول؟", Q),
    ("ar", "من بعد العملية كل ما انام عضهري بينقطع نفسي وشفايفي زرق.", U),
    # 5. a forum's or a friend's question about signs in general, the writer's procedure to come
    # (controls); the same question by someone with the sign now (urgent)
    (
        "en",
        "Has anyone on here had a fever after their vertebroplasty? Just curious how common it is, mine's not till April.",
        Q,
    ),
    (
        "en",
        "Question for the group: did anyone's legs feel weak or numb afterwards, or is that just internet horror stories? I'm booked for next month.",
        Q,
    ),
    (
        "en",
        "Anyone else get numb legs after the cement? Mine went numb this morning and it's spreading up to my knees.",
        U,
    ),
    (
        "es",
        "Pregunta para el grupo: ¿a alguien se le durmieron las piernas después de la vertebroplastia? A mí me la hacen en mayo.",
        Q,
    ),
    (
        "es",
        "Hola chicas, ¿alguna tuvo hormigueo en las piernas después? Solo por saber, todavía no me han dado fecha.",
        Q,
    ),
    (
        "es",
        "¿A alguien más le pasó? Desde esta mañana tengo las piernas dormidas y no puedo levantarme, me operaron ayer.",
        U,
    ),
    (
        "fr",
        "Question au forum : est-ce que quelqu'un a eu de la fièvre après sa vertébroplastie ? C'est pour savoir, la mienne est prévue en juin.",
        Q,
    ),
    (
        "fr",
        "Des personnes ici ont eu les jambes engourdies après ? Je me renseigne, on ne m'a pas encore donné de date.",
        Q,
    ),
    (
        "fr",
        "Quelqu'un a déjà eu ça ? Depuis ce matin j'ai les jambes engourdies et je n'arrive plus à me lever, opérée hier.",
        U,
    ),
    (
        "de",
        "Frage in die Runde: Hatte jemand nach der Vertebroplastie Fieber? Meine ist erst im Mai, ich will nur wissen, wie oft das vorkommt.",
        Q,
    ),
    (
        "de",
        "Hat hier jemand nach dem Zement Kribbeln in den Beinen gehabt? Ich bin erst nächsten Monat dran.",
        Q,
    ),
    (
        "de",
        "Kennt das jemand? Seit heute früh sind meine Beine taub und ich komm nicht mehr hoch, Eingriff war gestern.",
        U,
    ),
    (
        "pt",
        "Pergunta pro grupo: alguém teve febre depois da vertebroplastia? Só pra saber, a minha é só em maio.",
        Q,
    ),
    ("pt", "Gente, alguém ficou com as pernas dormentes depois? Ainda não marcaram a minha.", Q),
    (
        "pt",
        "Alguém já passou por isso? Desde hoje cedo as pernas tão dormentes e não consigo levantar, operei ontem.",
        U,
    ),
    (
        "vi",
        "Hỏi cả nhà: có ai bị sốt sau bơm xi măng không ạ? Em hỏi cho biết thôi, tháng sau em mới làm.",
        Q,
    ),
    (
        "vi",
        "Có ai bị tê chân sau khi làm thủ thuật không, hay toàn chuyện trên mạng? Em chưa có lịch.",
        Q,
    ),
    (
        "vi",
        "Có ai bị như em không? Từ sáng hai chân tê cứng, không đứng dậy được, hôm qua em mới bơm xi măng.",
        U,
    ),
    ("zh-Hans", "问一下群里的朋友：做完椎体成形有人发烧吗？我下个月才做，就是想了解一下。", Q),
    ("zh-Hans", "有没有人做完骨水泥腿麻的？还是网上吓人的？我还没排上。", Q),
    ("zh-Hans", "有人遇到过吗？我今天早上开始两条腿麻得站不起来，昨天刚做的骨水泥。", U),
    (
        "ar",
        "سؤال للمجموعة: في حدا صار معه حرارة بعد حقن الفقرات؟ بس بدي اعرف، عمليتي الشهر الجاي.",
        Q,
    ),
    ("ar", "حدا هون حس بتنميل برجليه بعد الاسمنت؟ لسا ما عطوني موعد.", Q),
    ("ar", "حدا صار معه هيك؟ من الصبح رجلي منملين وما عم اقدر اوقف، عملت الاسمنت مبارح.", U),
    # 6. Arabic dialects: a progressive or present bleeding verb with where it bleeds from, third
    # person ('أبوي عم ينزف من مكان الإبرة'; Levantine, Egyptian, Gulf, Iraqi, Maghrebi); a tap
    # that leaks, a nosebleed before the procedure, a risk asked (controls)
    ("ar", "أبوي عم ينزف من مكان الإبرة، شو نعمل؟", U),
    ("ar", "امي عم تنزف من محل الابرة من العصر", U),
    ("ar", "جوزي بينزف من مكان الحقنة بضهره", U),
    ("ar", "ابويا عمال ينزف من مكان العملية", U),
    ("ar", "ابوي قاعد ينزف من مكان الابرة", U),
    ("ar", "أمي يالسة تنزف من الجرح اللي بظهرها", U),
    ("ar", "بابا دا ينزف من مكان الابرة", U),
    ("ar", "بابا راه كينزف من بلاصة الابرة", U),
    ("ar", "الجرح عم يطلع منه دم من مكان الابرة", U),
    ("ar", "ستي عم ترجف وحرارتها طالعة من بعد العملية", U),
    ("ar", "أبوي عم ينزف من أنفه شوي لأنه الجو ناشف، عادي قبل العملية بأسبوع؟", Q),
    ("ar", "الحنفية عم تنزف مي من امبارح، بس ضهري منيح، إيمتى بقدر ارجع عالشغل؟", Q),
    ("ar", "هل ممكن الواحد ينزف من مكان الإبرة بعد العملية؟", Q),
    ("ar", "بابا كان ينزف شوي من مكان الابرة أول يوم ووقف، والممرضة شافته وقالت تمام.", Q),
    # 7. (written after the first change) speech as if drunk without a drop, hours gone missing,
    # fingers that won't obey (urgent); a glass of wine, forgetting the day off work (controls)
    (
        "en",
        "My wife says I'm slurring like I've had a bottle of wine, haha, I've not touched a drop. And I can't account for most of this afternoon.",
        U,
    ),
    (
        "en",
        "Gran sounds like she's been at the sherry but she hasn't had any, and she can't say what she did this morning. Cement done Tuesday.",
        U,
    ),
    (
        "en",
        "Tried to do the crossword and couldn't remember what day it is, or the year. The spine injection was yesterday.",
        U,
    ),
    (
        "en",
        "My fingers won't do what I want since the op, the spoon keeps falling out of my right hand.",
        U,
    ),
    (
        "en",
        "Had a glass of wine with dinner last night and slept like a log, is alcohol ok with the painkillers?",
        Q,
    ),
    ("en", "I always forget what day it is when I'm off work, ha. When can I go back?", Q),
    (
        "es",
        "Mi hija dice que hablo como si me hubiera bebido una botella, y no he probado ni gota, jaja. Y no sé qué he hecho en las últimas dos horas.",
        U,
    ),
    (
        "es",
        "Mi madre habla como borracha sin haber bebido nada, y no se acuerda de nada de esta mañana. La operaron ayer.",
        U,
    ),
    (
        "es",
        "Los dedos no me hacen caso desde la operación, se me cae la cuchara de la mano derecha.",
        U,
    ),
    (
        "es",
        "Anoche me tomé una copa de vino y dormí genial, ¿puedo beber alcohol con los calmantes?",
        Q,
    ),
    (
        "fr",
        "Ma femme dit que je parle comme si j'avais bu, alors que je n'ai rien bu, haha. Et je ne sais pas ce que j'ai fait des deux dernières heures.",
        U,
    ),
    (
        "fr",
        "Mes doigts ne m'obéissent plus depuis l'intervention, la cuillère m'échappe de la main droite.",
        U,
    ),
    (
        "fr",
        "J'ai bu un verre de vin hier soir et j'ai bien dormi, l'alcool est permis avec les antidouleurs ?",
        Q,
    ),
    (
        "de",
        "Meine Tochter meint, ich rede wie betrunken, dabei hab ich nichts getrunken, haha. Und ich weiß nicht, wo der halbe Nachmittag geblieben ist.",
        U,
    ),
    (
        "de",
        "Oma lallt, als hätte sie getrunken, hat sie aber nicht, und weiß nicht mehr, was heute Vormittag war. Eingriff gestern.",
        U,
    ),
    (
        "de",
        "Die Finger tun nicht, was ich will, seit der OP, der Löffel fällt mir immer wieder aus der rechten Hand.",
        U,
    ),
    (
        "de",
        "Gestern ein Glas Wein zum Essen und geschlafen wie ein Stein, darf ich mit den Schmerzmitteln Alkohol trinken?",
        Q,
    ),
    (
        "pt",
        "Minha filha disse que eu tô falando enrolado como bêbada, e eu não bebi nada, kkk. E não sei o que fiz nas últimas duas horas.",
        U,
    ),
    (
        "pt",
        "Os dedos não me obedecem desde a cirurgia, a colher cai da minha mão direita toda hora.",
        U,
    ),
    ("pt", "Tomei uma taça de vinho ontem e dormi bem, pode beber com o analgésico?", Q),
    (
        "vi",
        "Vợ tôi bảo tôi nói lè nhè như người say, mà tôi có uống giọt nào đâu. Hai tiếng vừa rồi tôi làm gì cũng không nhớ.",
        U,
    ),
    ("vi", "Ngón tay không nghe lời từ sau mổ, cái muỗng cứ rơi khỏi tay phải.", U),
    (
        "vi",
        "Tối qua uống một ly rượu vang rồi ngủ ngon, uống rượu với thuốc giảm đau được không?",
        Q,
    ),
    (
        "zh-Hans",
        "老伴说我说话跟喝醉了一样，可我一口酒都没喝。这两个小时干了什么我一点都想不起来。",
        U,
    ),
    ("zh-Hans", "手指头不听使唤，手术后勺子老从右手里掉下去。", U),
    ("zh-Hans", "昨晚喝了一杯红酒睡得很香，吃止疼药能喝酒吗？", Q),
    (
        "ar",
        "مرتي بتقول إني عم احكي متل السكران، وأنا ما شربت ولا نقطة، ههه. وما بتذكر شو عملت بآخر ساعتين.",
        U,
    ),
    ("ar", "اصابعي ما عم تسمع الكلام من بعد العملية، المعلقة بتوقع من ايدي اليمين.", U),
    ("ar", "ما بتذكر شو اليوم، دايماً هيك بالعطلة. إيمتى برجع عالشغل؟", Q),
    # 8. (patient set 26) a fear of a sign while lying on one's front, with a lung condition
    # (controls); the condition with the sign now (urgent)
    ("en", "im scared ill choke lying face down, ive got copd, how do they manage that", Q),
    (
        "en",
        "Terrified of not being able to breathe on my tummy during it, I have asthma. What do they do?",
        Q,
    ),
    (
        "en",
        "I have COPD and since they turned me on my front an hour ago I can't catch my breath.",
        U,
    ),
    ("es", "me da miedo ahogarme boca abajo, tengo epoc, ¿cómo lo hacen en ese caso?", Q),
    ("es", "Tengo asma y desde que me pusieron boca abajo hace una hora me ahogo.", U),
    ("fr", "j'ai peur d'étouffer sur le ventre, j'ai de l'asthme, comment ils font ?", Q),
    ("fr", "jai peur de pas pouvoir respirer a plat ventre, jai une bpco, ils font comment", Q),
    ("fr", "J'ai de l'emphysème et depuis ce matin j'étouffe, même assise.", U),
    ("de", "hab angst, dass ich auf dem bauch keine luft krieg, hab copd, wie machen die das", Q),
    ("de", "Ich hab Asthma und seit heute früh krieg ich kaum Luft, auch im Sitzen.", U),
    ("pt", "tenho medo de sufocar de bruços, tenho enfisema, como eles fazem?", Q),
    ("pt", "Tenho asma e desde hoje cedo tô sem ar, mesmo sentada.", U),
    ("vi", "em sợ nằm sấp bị ngạt thở, em bị hen, bác sĩ làm sao ạ", Q),
    ("vi", "Tôi bị hen, từ sáng tới giờ thở không ra hơi dù ngồi yên.", U),
    ("zh-Hans", "我有肺气肿，怕趴着做的时候憋气喘不上来，他们怎么处理？", Q),
    ("zh-Hans", "我有哮喘，从今天早上开始坐着都喘不上气。", U),
    ("ar", "خايف انخنق وانا نايم عبطني، عندي ربو، كيف بيتصرفوا؟", Q),
    ("ar", "عندي ربو ومن الصبح مش قادر اتنفس حتى وانا قاعد.", U),
    # 9. (written after the first change) look-alikes of the new rules: a parking machine's notes,
    # a nurse asked what tablets are for, a forum's question with a sign now, a comparison with
    # the sign denied
    (
        "en",
        "I couldn't work out which note was which on the parking machine, do you take cards?",
        Q,
    ),
    (
        "en",
        "I asked the nurse what the blue tablets were for, she said the stomach. Is that right?",
        Q,
    ),
    ("en", "The remote for the hospital bed is confusing, which button raises the back?", Q),
    ("en", "I had to drag my suitcase up the stairs myself, will that have hurt the cement?", Q),
    ("en", "My dad said anyone here can get a fever after any op, is that true?", Q),
    ("en", "Is anyone here able to tell me the visiting hours? My husband's had the cement.", Q),
    (
        "en",
        "Anyone know if my legs should still feel numb from the local? They have been numb since this morning and now I can't stand.",
        U,
    ),
    (
        "en",
        "Hi all, my mum can't breathe properly since lunch and her lips are blue, what do I do?",
        U,
    ),
    (
        "en",
        "The bill nearly gave me a heart attack, but the real chest pain started an hour ago and it's crushing.",
        U,
    ),
    (
        "en",
        "Better than before the op in my back, but my legs have gone completely dead since this morning.",
        U,
    ),
    ("en", "My back is much better than before the op, no numbness, no fever, just tired.", Q),
    ("es", "No sabía qué botón era cuál en la máquina del aparcamiento, ¿aceptan tarjeta?", Q),
    ("es", "Tuve que arrastrar la maleta hasta el tren, ¿habré dañado el cemento?", Q),
    (
        "es",
        "Hola a todas, mi madre no puede respirar desde hace una hora y tiene los labios morados, ¿qué hago?",
        U,
    ),
    (
        "es",
        "La espalda mejor que antes de la operación, sin fiebre, sin hormigueos, solo cansada.",
        Q,
    ),
    ("fr", "Je ne savais plus quel billet donner au parking, vous prenez la carte ?", Q),
    (
        "fr",
        "Bonjour à tous, mon mari n'arrive plus à respirer depuis une heure et ses lèvres sont bleues, que faire ?",
        U,
    ),
    (
        "fr",
        "Le dos va mieux qu'avant l'opération, pas de fièvre, pas de fourmis, juste fatiguée.",
        Q,
    ),
    (
        "de",
        "Hallo zusammen, mein Vater bekommt seit einer Stunde keine Luft und die Lippen sind blau, was tun?",
        U,
    ),
    ("de", "Rücken besser als vor der OP, kein Fieber, kein Kribbeln, nur müde.", Q),
    ("de", "Ich wusste nicht mehr, wie das mit dem Pflaster geht, können Sie es mir erklären?", Q),
    (
        "pt",
        "Oi pessoal, minha mãe não consegue respirar desde o almoço e os lábios estão roxos, o que faço?",
        U,
    ),
    ("pt", "As costas melhor que antes da cirurgia, sem febre, sem formigamento, só cansada.", Q),
    ("vi", "Cả nhà ơi, mẹ em từ trưa tới giờ thở không nổi, môi tím tái, phải làm sao?", U),
    ("vi", "Lưng đỡ hơn trước mổ nhiều, không sốt, không tê, chỉ hơi mệt.", Q),
    ("vi", "Nhìn tờ hướng dẫn mà muốn xỉu vì chữ nhỏ quá, có bản chữ to không ạ?", Q),
    ("zh-Hans", "各位，我妈从中午到现在喘不上气，嘴唇发紫，怎么办？", U),
    ("zh-Hans", "腰比术前好多了，不发烧，腿不麻，就是有点累。", Q),
    ("zh-Hans", "停车场的缴费机我怎么都弄不明白，能刷卡吗？", Q),
    ("ar", "يا جماعة، امي من الضهر مش قادرة تتنفس وشفايفها زرق، شو اعمل؟", U),
    ("ar", "ضهري احسن من قبل العملية، ما في حرارة، ما في تنميل، بس تعبانة.", Q),
    ("ar", "الحنفية بالحمام عم تنقط، بس انا منيح. إيمتى بقدر اتحمم؟", Q),
    ("ar", "ابوي عم ينزف من مكان الابرة وما عم يوقف رغم الضغط", U),
    (
        "pt",
        "Oi gente, alguém ficou com febre depois da vertebroplastia? A minha é só mês que vem.",
        Q,
    ),
    ("pt", "A conta da farmácia me deixou sem ar, tem remédio genérico?", Q),
    ("vi", "Hỏi cả nhà: làm xong có ai bị tê chân không ạ? Tháng sau em mới làm.", Q),
    ("zh-Hans", "各位，做完骨水泥一般会发烧吗？我还没做，想先了解一下。", Q),
    # 10. (after the first refit, which lost urgent set 17's long Spanish message that only the
    # model had caught) an infected site told as the reason of an ordinary question in a long
    # message (urgent); a dressing that smells of the antiseptic (controls)
    (
        "es",
        "Buenos días, me hicieron la vertebroplastia el martes y fue todo bien. Estoy descansando. Quería saber si puedo bañarme, porque el apósito huele muy mal y la piel de alrededor está caliente y roja. ¿Y la revisión cuándo es?",
        U,
    ),
    (
        "en",
        "Hello, the cement was on Thursday and went fine. I've been resting. I wanted to ask when I can shower, because the dressing smells awful and the skin around it is red and hot. And when is my check-up?",
        U,
    ),
    (
        "fr",
        "Bonjour, vertébroplastie jeudi, tout s'est bien passé. Je me repose. Je voulais savoir quand je peux me doucher, parce que le pansement sent très mauvais et la peau autour est rouge et chaude. Et quand est le contrôle ?",
        U,
    ),
    (
        "de",
        "Hallo, Eingriff war Donnerstag, lief gut. Ich ruhe mich aus. Wann darf ich duschen, weil das Pflaster übel riecht und die Haut drumherum rot und heiß ist? Und wann ist die Kontrolle?",
        U,
    ),
    (
        "pt",
        "Oi, fiz a vertebroplastia quinta e correu tudo bem. Tô descansando. Queria saber quando posso tomar banho, porque o curativo tá com um cheiro horrível e a pele em volta tá vermelha e quente. E quando é o retorno?",
        U,
    ),
    (
        "vi",
        "Chào bác sĩ, tôi bơm xi măng hôm thứ Năm, mọi việc ổn. Tôi đang nghỉ ngơi. Cho hỏi khi nào được tắm, vì băng có mùi hôi lắm và da xung quanh đỏ và nóng. Khi nào tái khám ạ?",
        U,
    ),
    (
        "zh-Hans",
        "您好，我周四做的骨水泥，挺顺利的。一直在休息。想问问什么时候能洗澡，因为纱布有股臭味，周围皮肤又红又烫。复查是什么时候？",
        U,
    ),
    (
        "ar",
        "مرحبا، عملت العملية الخميس ومشي الحال. عم ارتاح. بدي اسأل إيمتى بقدر اتحمم، لأنه الشاش ريحته بشعة والجلد حواليه احمر وسخن. وإيمتى المراجعة؟",
        U,
    ),
    (
        "es",
        "¿Cuándo puedo ducharme? El apósito huele a yodo del que me pusieron, nada más, la piel está bien.",
        Q,
    ),
    (
        "pt",
        "Quando posso tomar banho? O curativo tem cheiro do antisséptico, só isso, a pele tá normal.",
        Q,
    ),
    ("vi", "Khi nào được tắm ạ? Băng có mùi thuốc sát trùng thôi, da xung quanh bình thường.", Q),
    (
        "en",
        "When can I shower? The dressing smells of the antiseptic they used, nothing else, the skin looks fine.",
        Q,
    ),
    # 11. (after the second refit, which read a reviewed row of test_urgent_before.py as urgent
    # through the word model) the fracture's pain that keeps one in the chair before the
    # procedure (controls); legs that won't lift one out of it since the procedure (urgent)
    (
        "de",
        "Meine Mutter kommt wegen dem Wirbelbruch kaum aus dem Sessel hoch, der Eingriff ist nächste Woche, darf sie vorher Ibuprofen nehmen?",
        Q,
    ),
    (
        "de",
        "Der Bruch am L1 tut so weh, dass mein Mann morgens kaum aus dem Bett hochkommt. Wie lange dauert die Vertebroplastie?",
        Q,
    ),
    (
        "de",
        "Seit dem Eingriff gestern kommt mein Vater nicht mehr aus dem Sessel hoch, die Beine tragen ihn nicht.",
        U,
    ),
    (
        "en",
        "The fracture hurts so much Dad can hardly get out of his chair, is the procedure still ok on warfarin?",
        Q,
    ),
    (
        "es",
        "La fractura le duele tanto que mi padre casi no puede levantarse del sillón, ¿se puede hacer la intervención con Sintrom?",
        Q,
    ),
    (
        "fr",
        "Ma vertèbre tassée me fait tellement mal que j'ai du mal à sortir du fauteuil, l'intervention est possible sous anticoagulants ?",
        Q,
    ),
    # 12. (after the third refit, which like the second read patient set 22's b22-fr-019, a claustrophobe's 'et si
    # je n'arrive pas à passer l'IRM', as urgent through the word model) 'je n'arrive pas à' of an
    # ordinary task or a hypothesis (controls)
    ("fr", "Et si je n'arrive pas à dormir sur le dos la première nuit, je fais comment ?", Q),
    ("fr", "Je n'arrive pas à trouver l'entrée du parking de l'hôpital, c'est où ?", Q),
    ("fr", "Si je n'arrive pas à venir au rendez-vous de lundi, je préviens qui ?", Q),
    (
        "fr",
        "Je suis très anxieuse : et si je n'arrive pas à rester immobile pendant l'intervention ?",
        Q,
    ),
    (
        "fr",
        "Je n'arrive pas à ouvrir le document de sortie sur mon téléphone, vous pouvez le renvoyer ?",
        Q,
    ),
    ("fr", "Et si je n'arrive pas à passer le scanner avant à cause de mon dos, on repousse ?", Q),
    ("fr", "Depuis ce matin je n'arrive plus à lever la jambe gauche, opérée hier.", U),
    ("en", "What if I can't manage to lie still in the scanner beforehand, I'm claustrophobic?", Q),
    ("es", "Soy claustrofóbica: ¿y si no consigo hacerme la resonancia antes, qué hacemos?", Q),
    ("de", "Ich habe Platzangst: was, wenn ich das MRT vorher nicht schaffe?", Q),
    # 13. (after the fourth refit, which read patient set 22's b22-de-007, 'Warum kriegt mein Vater
    # nicht einfach ein Stützkorsett statt der Spritze', as urgent through the word model) a
    # relative's treatment asked 'why not ... instead' (controls)
    ("de", "Warum bekommt meine Mutter nicht einfach eine Physiotherapie statt der Operation?", Q),
    ("de", "Wieso kriegt mein Mann kein Korsett, sondern gleich den Zement?", Q),
    ("de", "Warum kriegt meine Oma nicht erst mal Schmerzmittel, bevor man spritzt?", Q),
    ("de", "Warum kriegt mein Vater seit heute früh keine Luft mehr und hat blaue Lippen?", U),
    ("en", "Why doesn't my dad just get a back brace instead of the injection into the bone?", Q),
    (
        "fr",
        "Pourquoi mon père n'a pas simplement un corset au lieu de la piqûre dans la vertèbre ?",
        Q,
    ),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND28_KINDS)
def test_urgent_blind_kinds_28(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_locale_has_rows_of_both_kinds() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND28_KINDS if locale == tag]
        assert rows.count(U) >= 15 and rows.count(Q) >= 13, tag
