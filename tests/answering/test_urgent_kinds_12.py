"""Urgent signs by kind, the twelfth blind set's (tests/data/urgent_blind_12/, issue 17).

Its 17 misses by the rules alone (4 with the word model) and 12 false alarms were read as kinds,
not sentences, and each kind written here in situations of our own (other people, other body
words, other tenses) in every locale, urgent rows and controls of the same kind, before any rule
changed. Never a blind message's words or situation. Of the first 262 rows, 71 failed with the
rules and model (125 by the rules alone); 16 urgent look-alikes of the new quiet cue ("I was
watching a film when suddenly I couldn't breathe") found two gaps outside the set ("spüre ich
meine Beine nicht mehr", "không cảm thấy chân nữa"). A second batch of 78, written from what the
set still missed or alarmed on after the first rules, failed 44 (48 by the rules alone); a third
of 20 failed 4; a fourth of 20, in forms the set's messages used that our rows had not, failed 3
(10 by the rules alone). The word model is fitted on these rows too
(``scripts/fit_urgent_model.py`` reads ``BLIND12_KINDS``)."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import matched_symptoms, urgent_alert

U, Q = True, False

BLIND12_KINDS = [
    # --- urine held back, told by what does not come (only drops, a bladder fit to burst, no
    # wee since yesterday although drinking), also at the end of a long message of questions;
    # controls: bunged up on painkillers but passing water, weeing a lot after the drip
    (
        "en",
        "I keep feeling I need to go but only a few drops come out and my bladder feels fit to burst, this started after the cement yesterday",
        U,
    ),
    (
        "en",
        "Quick questions after my procedure on Tuesday. Parking was 12 pounds, is that refundable? Also when can I go back to choir practice, standing for two hours? And one more thing, I've had no wee at all since breakfast yesterday even though I've drunk plenty, and my tummy is swelling up.",
        U,
    ),
    (
        "en",
        "The painkillers have bunged me up a bit but I'm weeing normally, is a laxative okay?",
        Q,
    ),
    (
        "es",
        "tengo ganas todo el rato pero solo me salen cuatro gotas y siento la vejiga a punto de reventar, empezó ayer después del cemento",
        U,
    ),
    (
        "es",
        "Unas preguntas después del procedimiento del martes. El aparcamiento me costó 12 euros, ¿me lo devuelven? ¿Y cuándo puedo volver al coro, que son dos horas de pie? Y otra cosa, desde el desayuno de ayer no he hecho nada de pis aunque bebo mucho, y la tripa se me está hinchando.",
        U,
    ),
    ("es", "Los calmantes me han estreñido un poco pero orino normal, ¿puedo tomar un laxante?", Q),
    (
        "fr",
        "j'ai tout le temps envie mais il ne sort que quelques gouttes et j'ai la vessie qui va éclater, ça a commencé hier après le ciment",
        U,
    ),
    (
        "fr",
        "Quelques questions après mon intervention de mardi. Le parking m'a coûté 12 euros, est-ce remboursé ? Et quand puis-je reprendre la chorale, deux heures debout ? Encore une chose, je n'ai pas fait pipi du tout depuis le petit déjeuner d'hier alors que je bois beaucoup, et mon ventre gonfle.",
        U,
    ),
    (
        "fr",
        "Les antidouleurs me constipent un peu mais j'urine normalement, je peux prendre un laxatif ?",
        Q,
    ),
    # --- blood in the urine told by what is seen in a pad, a catheter bag or as clots, of a
    # relative on blood thinners (the thinners do not make it a question); controls: a question
    # about clotting tests on thinners
    (
        "en",
        "Grandma's pad has come out pinkish red every change since this morning, she's on Eliquis and had the cement on Monday",
        U,
    ),
    ("en", "my husband's catheter bag has turned red with little clots in it this evening", U),
    ("en", "I'm on Eliquis, will they check my clotting before the cement?", Q),
    (
        "es",
        "el pañal de la abuela sale rosado rojizo en cada cambio desde esta mañana, toma Sintrom y le pusieron el cemento el lunes",
        U,
    ),
    ("es", "la bolsa de la sonda de mi marido se ha puesto roja con coágulos esta tarde", U),
    ("es", "Tomo Sintrom, ¿me mirarán la coagulación antes del cemento?", Q),
    (
        "fr",
        "la protection de mamie ressort rose rouge à chaque change depuis ce matin, elle prend du Xarelto et on lui a mis le ciment lundi",
        U,
    ),
    (
        "fr",
        "la poche de la sonde de mon mari est devenue rouge avec des petits caillots ce soir",
        U,
    ),
    ("fr", "Je prends du Préviscan, vous contrôlerez ma coagulation avant le ciment ?", Q),
    # --- numbness where one sits, told by an unusual body word or a likeness, with leaking not
    # felt; control: a numb bottom from a hard chair that came back on standing
    (
        "en",
        "since the op it's like I'm sitting on a block of wood that isn't mine, I can't tell when I need the loo and I've already had an accident",
        U,
    ),
    (
        "en",
        "after two hours on the hard clinic chair my bum went a bit numb but it wore off once I stood up",
        Q,
    ),
    (
        "es",
        "desde la operación es como si me sentara sobre un taco de madera que no es mío, no noto cuándo tengo que ir al baño y ya se me ha escapado",
        U,
    ),
    (
        "es",
        "después de dos horas en la silla dura de la clínica se me durmió un poco el trasero pero se me pasó al levantarme",
        Q,
    ),
    (
        "fr",
        "depuis l'opération c'est comme si j'étais assise sur un morceau de bois qui n'est pas à moi, je ne sens plus quand je dois aller aux toilettes et j'ai déjà eu un accident",
        U,
    ),
    (
        "fr",
        "après deux heures sur la chaise dure de la clinique j'avais les fesses un peu engourdies mais c'est passé en me levant",
        Q,
    ),
    # --- a leg or hand told only by what it can no longer do (a foot that will not lift onto a
    # step or push, legs that will not stand one up from sitting, a spoon dropped, a tube not
    # squeezed); controls: not yet allowed to carry shopping, a foot drop from a stroke years ago
    (
        "en",
        "since lunch Dad can't lift his foot onto the bath step and when the nurse asked him to push against her hand with his foot, nothing",
        U,
    ),
    (
        "en",
        "Mum sat on the edge of the bed this morning and then her legs just wouldn't stand her up, we had to take all her weight",
        U,
    ),
    (
        "en",
        "my wife keeps dropping her spoon and can't squeeze the toothpaste tube since she came home",
        U,
    ),
    (
        "en",
        "I still can't carry heavy shopping bags after the procedure, when will I be allowed to?",
        Q,
    ),
    (
        "en",
        "my father has had a dropped foot since his stroke in 2015, can he still have vertebroplasty?",
        Q,
    ),
    (
        "es",
        "desde la comida mi padre no puede subir el pie al escalón de la bañera y cuando la enfermera le pidió que empujara su mano con el pie, nada",
        U,
    ),
    (
        "es",
        "mi madre se sentó en el borde de la cama esta mañana y luego las piernas no la levantaban, tuvimos que cargar con todo su peso",
        U,
    ),
    (
        "es",
        "a mi mujer se le cae la cuchara todo el rato y no puede apretar el tubo de pasta de dientes desde que volvió a casa",
        U,
    ),
    (
        "es",
        "Todavía no puedo cargar las bolsas de la compra después del procedimiento, ¿cuándo podré?",
        Q,
    ),
    (
        "es",
        "Mi padre tiene el pie caído desde su ictus de 2015, ¿le pueden hacer la vertebroplastia?",
        Q,
    ),
    (
        "fr",
        "depuis midi papa n'arrive pas à monter le pied sur la marche de la baignoire et quand l'infirmière lui a demandé de pousser sa main avec le pied, rien",
        U,
    ),
    (
        "fr",
        "maman s'est assise au bord du lit ce matin et ensuite ses jambes ne la relevaient plus, on a dû porter tout son poids",
        U,
    ),
    (
        "fr",
        "ma femme laisse tomber sa cuillère sans arrêt et n'arrive plus à presser le tube de dentifrice depuis son retour",
        U,
    ),
    (
        "fr",
        "Je ne peux pas encore porter les sacs de courses après l'intervention, quand est-ce que je pourrai ?",
        Q,
    ),
    (
        "fr",
        "Mon père a un pied tombant depuis son AVC de 2015, peut-il quand même avoir une vertébroplastie ?",
        Q,
    ),
    # --- confusion told by what the person does (buttering the tablecloth, talking to someone
    # who is not there, taking the nurse for one's mother); control: dementia for years
    (
        "en",
        "since the sedation this afternoon Dad keeps buttering the tablecloth and talking to someone in the corner who isn't there",
        U,
    ),
    (
        "en",
        "my mother thinks the nurse is her own mum and wants to be taken to school, she's 82, this began after the procedure",
        U,
    ),
    (
        "en",
        "Grandma has had dementia for years and always asks what day it is, is sedation safe for her?",
        Q,
    ),
    (
        "es",
        "desde la sedación de esta tarde mi padre unta mantequilla en el mantel y habla con alguien en la esquina que no está",
        U,
    ),
    (
        "es",
        "mi madre cree que la enfermera es su propia madre y pide que la lleven al colegio, tiene 82 años, empezó después del procedimiento",
        U,
    ),
    (
        "es",
        "Mi abuela tiene demencia desde hace años y siempre pregunta qué día es, ¿es segura la sedación para ella?",
        Q,
    ),
    (
        "fr",
        "depuis la sédation de cet après-midi papa beurre la nappe et parle à quelqu'un dans le coin qui n'est pas là",
        U,
    ),
    (
        "fr",
        "ma mère croit que l'infirmière est sa propre mère et veut qu'on l'emmène à l'école, elle a 82 ans, ça a commencé après l'intervention",
        U,
    ),
    (
        "fr",
        "Ma grand-mère est démente depuis des années et demande toujours quel jour on est, la sédation est-elle sans risque pour elle ?",
        Q,
    ),
    # --- not waking properly, told by what happens when one tries; control: sleepy after the
    # sedation, wide awake the next day
    (
        "en",
        "he nods off halfway through his tea and the cup tips over, we shout his name and he only grunts, ever since he got back",
        U,
    ),
    (
        "en",
        "I was sleepy all afternoon after the sedation and slept well, today I'm wide awake, is that usual?",
        Q,
    ),
    (
        "es",
        "se queda dormido a mitad del café y se le vuelca la taza, le gritamos el nombre y solo gruñe, desde que volvió",
        U,
    ),
    (
        "es",
        "Estuve adormilada toda la tarde después de la sedación y dormí bien, hoy estoy despejada, ¿es lo habitual?",
        Q,
    ),
    (
        "fr",
        "il s'endort au milieu de son café et la tasse se renverse, on crie son nom et il ne fait que grogner, depuis son retour",
        U,
    ),
    (
        "fr",
        "J'ai somnolé tout l'après-midi après la sédation et bien dormi, aujourd'hui je suis en pleine forme, c'est habituel ?",
        Q,
    ),
    # --- a sudden severe pain in an unusual body word or likeness; control: the injection
    # spot that feels bruised when lain on
    (
        "en",
        "all of a sudden a pain like an electric shock between my shoulder blades while turning in bed, it took my breath away, worst I've ever had",
        U,
    ),
    ("en", "the spot where they injected feels bruised when I lie on it, is that normal?", Q),
    (
        "es",
        "de repente un dolor como una descarga eléctrica entre los omóplatos al darme la vuelta en la cama, me cortó la respiración, el peor de mi vida",
        U,
    ),
    ("es", "La zona donde me pincharon me duele como un moratón cuando me apoyo, ¿es normal?", Q),
    (
        "fr",
        "d'un coup une douleur comme une décharge électrique entre les omoplates en me tournant dans le lit, ça m'a coupé le souffle, la pire de ma vie",
        U,
    ),
    (
        "fr",
        "L'endroit de la piqûre me fait mal comme un bleu quand je m'allonge dessus, c'est normal ?",
        Q,
    ),
    # --- bleeding at the site told by what it soaks (kitchen paper, a patch on the sheet that
    # spreads); control: a dot of blood on the plaster, nothing since
    (
        "en",
        "blood keeps trickling from the needle hole down to my waistband, I've gone through half a roll of kitchen paper since tea",
        U,
    ),
    (
        "en",
        "there's a red patch on the sheet under my back the size of a dinner plate and it keeps spreading",
        U,
    ),
    (
        "en",
        "there was a small dot of blood on the plaster when I took it off this morning, nothing since",
        Q,
    ),
    (
        "es",
        "me sigue cayendo sangre del agujero de la aguja hasta la cintura, he gastado medio rollo de papel de cocina desde la merienda",
        U,
    ),
    (
        "es",
        "hay una mancha roja en la sábana debajo de la espalda del tamaño de un plato y no para de crecer",
        U,
    ),
    (
        "es",
        "Había un puntito de sangre en la tirita cuando me la quité esta mañana, nada más desde entonces",
        Q,
    ),
    (
        "fr",
        "du sang continue de couler du trou de l'aiguille jusqu'à ma ceinture, j'ai usé un demi-rouleau d'essuie-tout depuis le goûter",
        U,
    ),
    (
        "fr",
        "il y a une tache rouge sur le drap sous mon dos de la taille d'une assiette et elle s'agrandit",
        U,
    ),
    (
        "fr",
        "Il y avait un petit point de sang sur le pansement quand je l'ai enlevé ce matin, rien depuis",
        Q,
    ),
    # --- quiet: a sign seen in a documentary, a novel or on the radio, then a question about
    # one's own procedure
    (
        "en",
        "Watched a documentary last night where a woman couldn't get her breath after her operation. Is vertebroplasty dangerous like that?",
        Q,
    ),
    (
        "en",
        "In a novel I'm reading a man wakes from surgery unable to feel his legs. Could that happen with the cement?",
        Q,
    ),
    (
        "es",
        "Anoche vi un documental en el que una mujer no podía respirar después de su operación. ¿La vertebroplastia es así de peligrosa?",
        Q,
    ),
    (
        "es",
        "En una novela que estoy leyendo un hombre se despierta de la cirugía sin sentir las piernas. ¿Podría pasar con el cemento?",
        Q,
    ),
    (
        "fr",
        "J'ai regardé un documentaire hier soir où une femme n'arrivait plus à respirer après son opération. La vertébroplastie est-elle aussi dangereuse ?",
        Q,
    ),
    (
        "fr",
        "Dans un roman que je lis, un homme se réveille de l'opération sans sentir ses jambes. Ça pourrait arriver avec le ciment ?",
        Q,
    ),
    # --- quiet: someone else's sign (a colleague, an animal) and a question about the procedure
    (
        "en",
        "My colleague's knee wound got infected with a high fever after his op. Does that happen with vertebroplasty?",
        Q,
    ),
    (
        "en",
        "Our cat has been weeing on the floor without noticing since her fall. Can she sleep on my bed after the procedure?",
        Q,
    ),
    (
        "es",
        "A un compañero de trabajo se le infectó la herida de la rodilla con fiebre alta después de operarse. ¿Pasa eso con la vertebroplastia?",
        Q,
    ),
    (
        "es",
        "Nuestra gata se hace pis en el suelo sin darse cuenta desde que se cayó. ¿Puede dormir en mi cama después del procedimiento?",
        Q,
    ),
    (
        "fr",
        "Un collègue a eu la plaie du genou infectée avec une forte fièvre après son opération. Ça arrive avec la vertébroplastie ?",
        Q,
    ),
    (
        "fr",
        "Notre chatte fait pipi par terre sans s'en rendre compte depuis sa chute. Elle peut dormir sur mon lit après l'intervention ?",
        Q,
    ),
    # --- quiet: how a sign would be noticed, or until when to watch for it
    ("en", "How do the nurses spot a cement leak, by the patient going short of breath?", Q),
    ("en", "Until when should my husband take his temperature every evening after the cement?", Q),
    (
        "es",
        "¿Cómo detectan las enfermeras una fuga de cemento, porque al paciente le falta el aire?",
        Q,
    ),
    (
        "es",
        "¿Hasta cuándo tiene que tomarse mi marido la temperatura cada noche después del cemento?",
        Q,
    ),
    (
        "fr",
        "Comment les infirmières repèrent une fuite de ciment, parce que le patient s'essouffle ?",
        Q,
    ),
    (
        "fr",
        "Jusqu'à quand mon mari doit-il prendre sa température tous les soirs après le ciment ?",
        Q,
    ),
    # --- quiet: a sign of long ago, dated by a year or a time of life
    (
        "en",
        "In 1998 I haemorrhaged after giving birth and needed blood. Does that change anything for the procedure?",
        Q,
    ),
    (
        "es",
        "En 1998 tuve una hemorragia después del parto y necesité sangre. ¿Eso cambia algo para el procedimiento?",
        Q,
    ),
    (
        "fr",
        "En 1998 j'ai fait une hémorragie après l'accouchement et j'ai été transfusée. Est-ce que ça change quelque chose pour l'intervention ?",
        Q,
    ),
    # --- quiet: a sign word in another sense (on tenterhooks, money bleeding away, dying to)
    ("en", "I'm on pins and needles waiting for the scan results, when will they come?", Q),
    ("en", "I'm bleeding money on taxis to the clinic, can the follow-up be by video?", Q),
    ("es", "Me muero de ganas de volver a bailar, ¿cuándo podré?", Q),
    ("fr", "Je meurs d'envie de reprendre la danse, c'est possible quand ?", Q),
    # --- quiet: signs listed in a form or card, asked about the paper
    (
        "en",
        "The consent form I signed lists paralysis and infection. My sister wants to read it, can I get a copy?",
        Q,
    ),
    (
        "es",
        "El consentimiento que firmé menciona parálisis e infección. Mi hermana quiere leerlo, ¿me pueden dar una copia?",
        Q,
    ),
    (
        "fr",
        "Le consentement que j'ai signé mentionne paralysie et infection. Ma sœur veut le lire, je peux avoir une copie ?",
        Q,
    ),
    # --- German and Portuguese: the same kinds
    (
        "de",
        "ich muss dauernd, aber es kommen nur ein paar Tropfen und die Blase fühlt sich an, als würde sie platzen, seit gestern nach dem Zement",
        U,
    ),
    (
        "de",
        "Ein paar Fragen nach meinem Eingriff am Dienstag. Das Parken hat 12 Euro gekostet, bekomme ich das zurück? Und wann darf ich wieder in den Chor, zwei Stunden im Stehen? Noch etwas, ich war seit dem Frühstück gestern überhaupt nicht mehr pinkeln, obwohl ich viel trinke, und der Bauch wird immer dicker.",
        U,
    ),
    (
        "de",
        "Von den Schmerzmitteln bin ich etwas verstopft, Wasserlassen geht aber normal, darf ich ein Abführmittel nehmen?",
        Q,
    ),
    (
        "de",
        "Omas Einlage ist seit heute früh bei jedem Wechsel rosarot, sie nimmt Eliquis und hat am Montag den Zement bekommen",
        U,
    ),
    (
        "de",
        "der Beutel vom Katheter meines Mannes ist heute Abend rot geworden, mit kleinen Gerinnseln drin",
        U,
    ),
    ("de", "Ich nehme Marcumar, wird vor dem Zement die Gerinnung kontrolliert?", Q),
    (
        "de",
        "seit der OP ist es, als säße ich auf einem Holzklotz, der nicht zu mir gehört, ich merke nicht mehr, wann ich aufs Klo muss, und es ist schon was danebengegangen",
        U,
    ),
    (
        "de",
        "nach zwei Stunden auf dem harten Stuhl in der Praxis war mein Po etwas taub, aber beim Aufstehen war es wieder gut",
        Q,
    ),
    (
        "de",
        "seit Mittag kriegt Papa den Fuß nicht auf die Stufe der Badewanne, und als die Schwester sagte, er soll mit dem Fuß gegen ihre Hand drücken, kam nichts",
        U,
    ),
    (
        "de",
        "Mama hat sich heute früh auf die Bettkante gesetzt und dann haben ihre Beine sie nicht mehr hochgebracht, wir mussten ihr ganzes Gewicht tragen",
        U,
    ),
    (
        "de",
        "meiner Frau fällt dauernd der Löffel runter und sie kann die Zahnpastatube nicht zudrücken, seit sie zu Hause ist",
        U,
    ),
    (
        "de",
        "Ich kann nach dem Eingriff noch keine schweren Einkaufstaschen tragen, ab wann darf ich das?",
        Q,
    ),
    (
        "de",
        "Mein Vater hat seit seinem Schlaganfall 2015 eine Fußheberschwäche, kann er trotzdem eine Vertebroplastie bekommen?",
        Q,
    ),
    (
        "de",
        "seit der Sedierung heute Nachmittag schmiert Papa Butter auf die Tischdecke und redet mit jemandem in der Ecke, der nicht da ist",
        U,
    ),
    (
        "de",
        "meine Mutter hält die Krankenschwester für ihre eigene Mutter und will zur Schule gebracht werden, sie ist 82, das fing nach dem Eingriff an",
        U,
    ),
    (
        "de",
        "Oma ist seit Jahren dement und fragt immer, welcher Tag ist, ist die Sedierung für sie sicher?",
        Q,
    ),
    (
        "de",
        "er nickt mitten beim Kaffee ein und die Tasse kippt um, wir rufen laut seinen Namen und er brummt nur, seit er zurück ist",
        U,
    ),
    (
        "de",
        "Ich war nach der Sedierung den ganzen Nachmittag müde und habe gut geschlafen, heute bin ich hellwach, ist das üblich?",
        Q,
    ),
    (
        "de",
        "ganz plötzlich ein Schmerz wie ein Stromschlag zwischen den Schulterblättern beim Umdrehen im Bett, mir blieb die Luft weg, der schlimmste meines Lebens",
        U,
    ),
    (
        "de",
        "Die Stelle, wo gespritzt wurde, fühlt sich an wie ein blauer Fleck, wenn ich drauf liege, ist das normal?",
        Q,
    ),
    (
        "de",
        "aus dem Einstichloch läuft immer weiter Blut bis zum Hosenbund, ich habe seit dem Abendbrot eine halbe Rolle Küchenpapier verbraucht",
        U,
    ),
    (
        "de",
        "auf dem Laken unter meinem Rücken ist ein roter Fleck so groß wie ein Teller und er wird immer größer",
        U,
    ),
    (
        "de",
        "Auf dem Pflaster war heute früh beim Abziehen ein kleiner Blutpunkt, seitdem nichts mehr",
        Q,
    ),
    (
        "de",
        "Gestern Abend lief eine Doku, in der eine Frau nach ihrer OP keine Luft mehr bekam. Ist die Vertebroplastie auch so gefährlich?",
        Q,
    ),
    (
        "de",
        "In einem Roman, den ich lese, wacht ein Mann nach der OP auf und spürt seine Beine nicht. Kann das mit dem Zement passieren?",
        Q,
    ),
    (
        "de",
        "Bei meinem Kollegen hat sich nach seiner Knie-OP die Wunde entzündet, mit hohem Fieber. Passiert das bei der Vertebroplastie auch?",
        Q,
    ),
    (
        "de",
        "Unsere Katze pinkelt seit ihrem Sturz auf den Boden, ohne es zu merken. Darf sie nach dem Eingriff in meinem Bett schlafen?",
        Q,
    ),
    (
        "de",
        "Woran erkennen die Schwestern ein Zementleck, daran, dass der Patient kurzatmig wird?",
        Q,
    ),
    ("de", "Bis wann soll mein Mann nach dem Zement jeden Abend Fieber messen?", Q),
    (
        "de",
        "1998 hatte ich nach der Geburt eine schwere Blutung und brauchte Blutkonserven. Ändert das etwas für den Eingriff?",
        Q,
    ),
    ("de", "Ich sterbe vor Neugier, wann kommt der Befund vom MRT?", Q),
    (
        "de",
        "In der Einwilligung, die ich unterschrieben habe, stehen Lähmung und Infektion. Meine Schwester will sie lesen, kann ich eine Kopie bekommen?",
        Q,
    ),
    (
        "pt",
        "fico com vontade toda hora mas só saem umas gotinhas e parece que a bexiga vai estourar, começou ontem depois do cimento",
        U,
    ),
    (
        "pt",
        "Umas perguntas depois do procedimento de terça. O estacionamento custou 12 reais, tem reembolso? E quando posso voltar pro coral, são duas horas em pé? Outra coisa, não fiz xixi nenhum desde o café da manhã de ontem mesmo bebendo bastante água, e a barriga está inchando.",
        U,
    ),
    (
        "pt",
        "Os remédios de dor me deixaram meio presa, mas faço xixi normal, posso tomar laxante?",
        Q,
    ),
    (
        "pt",
        "a fralda da vó sai rosada avermelhada em cada troca desde cedo, ela toma Eliquis e fez o cimento na segunda",
        U,
    ),
    ("pt", "a bolsa da sonda do meu marido ficou vermelha com uns coágulos hoje à noite", U),
    ("pt", "Tomo Marevan, vão ver a coagulação antes do cimento?", Q),
    (
        "pt",
        "desde a cirurgia parece que estou sentada num toco de madeira que não é meu, não sinto quando preciso ir ao banheiro e já escapou",
        U,
    ),
    (
        "pt",
        "depois de duas horas na cadeira dura da clínica fiquei com o bumbum meio dormente, mas passou quando levantei",
        Q,
    ),
    (
        "pt",
        "desde o almoço meu pai não consegue subir o pé no degrau do box e quando a enfermeira pediu pra empurrar a mão dela com o pé, nada",
        U,
    ),
    (
        "pt",
        "minha mãe sentou na beira da cama hoje cedo e depois as pernas não levantavam ela, tivemos que segurar todo o peso",
        U,
    ),
    (
        "pt",
        "minha esposa deixa cair a colher toda hora e não consegue apertar o tubo de pasta de dente desde que voltou pra casa",
        U,
    ),
    (
        "pt",
        "Ainda não consigo carregar sacolas pesadas depois do procedimento, quando vou poder?",
        Q,
    ),
    ("pt", "Meu pai tem o pé caído desde o AVC de 2015, ele pode fazer a vertebroplastia?", Q),
    (
        "pt",
        "desde a sedação hoje à tarde meu pai passa manteiga na toalha da mesa e conversa com alguém no canto que não está lá",
        U,
    ),
    (
        "pt",
        "minha mãe acha que a enfermeira é a mãe dela e pede pra levarem ela pra escola, ela tem 82 anos, começou depois do procedimento",
        U,
    ),
    (
        "pt",
        "Minha avó tem demência há anos e sempre pergunta que dia é, a sedação é segura pra ela?",
        Q,
    ),
    (
        "pt",
        "ele cochila no meio do café e a xícara vira, a gente grita o nome dele e ele só resmunga, desde que voltou",
        U,
    ),
    (
        "pt",
        "Fiquei sonolenta a tarde toda depois da sedação e dormi bem, hoje estou bem acordada, é normal?",
        Q,
    ),
    (
        "pt",
        "do nada uma dor tipo choque elétrico entre as escápulas quando virei na cama, me tirou o fôlego, a pior da minha vida",
        U,
    ),
    ("pt", "O lugar da picada dói como um roxo quando deito em cima, é normal?", Q),
    (
        "pt",
        "continua escorrendo sangue do furo da agulha até o cós da calça, já gastei meio rolo de papel toalha desde o lanche",
        U,
    ),
    (
        "pt",
        "tem uma mancha vermelha no lençol embaixo das minhas costas do tamanho de um prato e ela só aumenta",
        U,
    ),
    ("pt", "Tinha um pontinho de sangue no curativo quando tirei hoje cedo, nada desde então", Q),
    (
        "pt",
        "Ontem vi um documentário em que uma mulher não conseguia respirar depois da cirurgia. A vertebroplastia é perigosa assim?",
        Q,
    ),
    (
        "pt",
        "Num romance que estou lendo um homem acorda da cirurgia sem sentir as pernas. Isso pode acontecer com o cimento?",
        Q,
    ),
    (
        "pt",
        "Um colega de trabalho teve o corte do joelho infeccionado com febre alta depois da cirurgia. Isso acontece na vertebroplastia?",
        Q,
    ),
    (
        "pt",
        "Nossa gata faz xixi no chão sem perceber desde que caiu. Ela pode dormir na minha cama depois do procedimento?",
        Q,
    ),
    ("pt", "Como as enfermeiras percebem um vazamento de cimento, pelo paciente ficar sem ar?", Q),
    ("pt", "Até quando meu marido tem que medir a temperatura toda noite depois do cimento?", Q),
    (
        "pt",
        "Em 1998 tive uma hemorragia depois do parto e precisei de sangue. Isso muda alguma coisa no procedimento?",
        Q,
    ),
    ("pt", "Estou morrendo de vontade de voltar a dançar, quando posso?", Q),
    (
        "pt",
        "O termo de consentimento que assinei fala em paralisia e infecção. Minha irmã quer ler, posso pegar uma cópia?",
        Q,
    ),
    # --- Vietnamese, Chinese and Arabic: the same kinds, and typing of each (Vietnamese
    # without accents, Chinese homophone slips of the input method, Arabic in Latin letters)
    (
        "vi",
        "lúc nào cũng mắc tiểu mà chỉ ra được vài giọt, bàng quang căng như sắp vỡ, bắt đầu từ hôm qua sau khi bơm xi măng",
        U,
    ),
    (
        "vi",
        "Cho tôi hỏi vài việc sau thủ thuật hôm thứ Ba. Tiền gửi xe có được hoàn không? Bao giờ tôi đi hát ở đội văn nghệ được, phải đứng hai tiếng? Còn nữa, từ bữa sáng hôm qua tới giờ tôi không đi tiểu được chút nào dù uống nhiều nước, bụng cứ phình lên.",
        U,
    ),
    (
        "vi",
        "Uống thuốc giảm đau nên hơi táo bón nhưng đi tiểu bình thường, uống thuốc nhuận tràng được không?",
        Q,
    ),
    (
        "vi",
        "bỉm của bà tôi mỗi lần thay đều hồng đỏ từ sáng nay, bà uống Eliquis và mới bơm xi măng hôm thứ Hai",
        U,
    ),
    ("vi", "túi nước tiểu của ống thông của chồng tôi tối nay chuyển màu đỏ, có cục máu nhỏ", U),
    ("vi", "Tôi đang uống Sintrom, trước khi bơm xi măng có kiểm tra đông máu không?", Q),
    (
        "vi",
        "từ sau mổ ngồi xuống cứ như ngồi trên khúc gỗ không phải của mình, không biết lúc nào buồn đi vệ sinh, đã bị són ra rồi",
        U,
    ),
    ("vi", "ngồi ghế cứng ở phòng khám hai tiếng thì mông hơi tê, đứng dậy là hết", Q),
    (
        "vi",
        "từ trưa bố tôi không nhấc chân lên bậc nhà tắm được, y tá bảo lấy bàn chân đẩy tay cô ấy thì không đẩy được chút nào",
        U,
    ),
    (
        "vi",
        "sáng nay mẹ tôi ngồi mép giường rồi hai chân không đứng dậy nổi, cả nhà phải đỡ hết sức nặng của mẹ",
        U,
    ),
    ("vi", "vợ tôi từ lúc về nhà cứ làm rơi thìa, bóp tuýp kem đánh răng cũng không nổi", U),
    ("vi", "Sau thủ thuật tôi vẫn chưa xách được túi đồ nặng, bao giờ thì được?", Q),
    ("vi", "Bố tôi bị rũ bàn chân từ lần đột quỵ năm 2015, ông có bơm xi măng được không?", Q),
    (
        "vi",
        "từ lúc gây mê chiều nay bố tôi cứ phết bơ lên khăn trải bàn và nói chuyện với ai đó ở góc nhà mà không có ai",
        U,
    ),
    (
        "vi",
        "mẹ tôi tưởng cô y tá là mẹ của bà và đòi đưa đi học, bà 82 tuổi rồi, bị từ sau thủ thuật",
        U,
    ),
    (
        "vi",
        "Bà tôi bị sa sút trí tuệ nhiều năm nay, lúc nào cũng hỏi hôm nay thứ mấy, gây mê có an toàn không?",
        Q,
    ),
    (
        "vi",
        "ông đang uống trà thì ngủ gục, cốc đổ, gọi to tên mà ông chỉ ậm ừ, từ lúc về tới giờ",
        U,
    ),
    (
        "vi",
        "Sau khi gây mê tôi buồn ngủ cả buổi chiều, ngủ ngon, hôm nay tỉnh táo rồi, vậy có bình thường không?",
        Q,
    ),
    (
        "vi",
        "tự nhiên đau như bị điện giật giữa hai bả vai lúc trở mình trên giường, đau điếng, chưa bao giờ đau vậy",
        U,
    ),
    ("vi", "Chỗ tiêm đau như bị bầm khi nằm đè lên, có bình thường không?", Q),
    (
        "vi",
        "máu cứ rỉ từ lỗ kim chảy xuống tận cạp quần, từ chiều tôi dùng hết nửa cuộn giấy bếp rồi",
        U,
    ),
    ("vi", "trên ga giường dưới lưng tôi có vết đỏ to bằng cái đĩa và cứ loang rộng ra", U),
    ("vi", "Sáng nay bóc băng thấy một chấm máu nhỏ, từ đó không có gì nữa", Q),
    (
        "vi",
        "Tối qua xem phim tài liệu có bà bị không thở được sau mổ. Bơm xi măng có nguy hiểm vậy không?",
        Q,
    ),
    (
        "vi",
        "Trong cuốn tiểu thuyết tôi đang đọc có ông tỉnh dậy sau mổ không cảm thấy chân. Bơm xi măng có bị vậy không?",
        Q,
    ),
    (
        "vi",
        "Đồng nghiệp tôi mổ đầu gối xong vết mổ bị nhiễm trùng sốt cao. Bơm xi măng có bị vậy không?",
        Q,
    ),
    (
        "vi",
        "Con mèo nhà tôi từ hôm ngã cứ tè ra sàn mà không biết. Sau thủ thuật tôi cho nó nằm chung giường được không?",
        Q,
    ),
    ("vi", "Làm sao y tá phát hiện xi măng bị rò, vì bệnh nhân khó thở à?", Q),
    ("vi", "Chồng tôi phải đo nhiệt độ mỗi tối đến bao giờ sau khi bơm xi măng?", Q),
    (
        "vi",
        "Năm 1998 tôi bị băng huyết sau sinh phải truyền máu. Như vậy có ảnh hưởng gì tới thủ thuật không?",
        Q,
    ),
    ("vi", "Tôi nóng ruột chờ kết quả chụp cộng hưởng từ quá, bao giờ có?", Q),
    (
        "vi",
        "Giấy cam kết tôi ký có ghi liệt và nhiễm trùng. Em gái tôi muốn đọc, cho tôi xin bản sao được không?",
        Q,
    ),
    (
        "vi",
        "bo toi tu trua ko nhac chan len bac nha tam duoc, y ta bao lay ban chan day tay co ay ma ko day dc",
        U,
    ),
    ("zh-Hans", "一直想尿但只滴出几滴，膀胱胀得像要爆了，昨天打完骨水泥开始的", U),
    (
        "zh-Hans",
        "做完手术想问几件事。停车费能报销吗？什么时候能回合唱团，要站两个小时？还有，从昨天早饭到现在一点尿都没有，水喝了不少，肚子越来越鼓。",
        U,
    ),
    ("zh-Hans", "吃止痛药有点便秘，小便正常，能吃通便药吗？", Q),
    ("zh-Hans", "我奶奶的尿垫从今早每次换都是粉红带血的，她在吃艾乐妥，周一刚打的骨水泥", U),
    ("zh-Hans", "我老公的导尿袋今晚变红了，里面还有小血块", U),
    ("zh-Hans", "我在吃华法林，打骨水泥前会查凝血吗？", Q),
    ("zh-Hans", "手术后坐着像坐在一块不是自己的木头上，不知道什么时候要上厕所，已经漏出来了", U),
    ("zh-Hans", "在诊所硬椅子上坐了两个小时屁股有点麻，站起来就好了", Q),
    ("zh-Hans", "从中午起我爸抬不起脚迈上浴室的台阶，护士让他用脚推她的手，一点劲都没有", U),
    ("zh-Hans", "我妈今早坐在床边，然后腿撑不起她站起来，我们只好架着她全身的重量", U),
    ("zh-Hans", "我老婆回家以后勺子老是掉，牙膏都挤不动", U),
    ("zh-Hans", "做完以后还提不动重的购物袋，什么时候可以？", Q),
    ("zh-Hans", "我爸2015年中风后一直足下垂，还能做椎体成形术吗？", Q),
    ("zh-Hans", "今天下午镇静以后我爸一直往桌布上抹黄油，还跟墙角一个不存在的人说话", U),
    ("zh-Hans", "我妈把护士当成她自己的妈妈，吵着要去上学，她82岁了，做完手术后开始的", U),
    ("zh-Hans", "我奶奶老年痴呆好多年了，总问今天星期几，镇静对她安全吗？", Q),
    ("zh-Hans", "他喝着茶就睡过去了，杯子都翻了，大声喊他名字只哼一声，回来以后一直这样", U),
    ("zh-Hans", "镇静后我一下午都犯困，睡得挺好，今天很精神，正常吧？", Q),
    ("zh-Hans", "翻身的时候突然两个肩胛骨中间像过电一样疼，这辈子没这么疼过", U),
    ("zh-Hans", "打针的地方躺上去像淤青一样疼，正常吗？", Q),
    ("zh-Hans", "针眼的血一直往下流到裤腰，从傍晚到现在用了半卷厨房纸", U),
    ("zh-Hans", "我背底下床单上有一块盘子大的红印，还在往外扩", U),
    ("zh-Hans", "今早撕下创可贴有一个小血点，之后就没有了", Q),
    ("zh-Hans", "昨晚看纪录片，有个女的手术后喘不上气。椎体成形术也这么危险吗？", Q),
    ("zh-Hans", "我在看的小说里有个男的手术醒来腿没感觉。打骨水泥会这样吗？", Q),
    ("zh-Hans", "我同事膝盖手术后伤口感染发高烧。椎体成形术会这样吗？", Q),
    ("zh-Hans", "我家猫摔了以后老是尿在地上自己都不知道。我做完手术后能让它上床睡吗？", Q),
    ("zh-Hans", "护士怎么发现骨水泥渗漏，是看病人喘不上气吗？", Q),
    ("zh-Hans", "打完骨水泥我老公每天晚上量体温要量到什么时候？", Q),
    ("zh-Hans", "1998年我生孩子后大出血输过血。这对手术有影响吗？", Q),
    ("zh-Hans", "等核磁共振结果等得我心急火燎，什么时候出来？", Q),
    ("zh-Hans", "我签的知情同意书上写了瘫痪和感染。我妹妹想看，能给我一份复印件吗？", Q),
    ("zh-Hans", "做完首术左腿没有之觉了", U),
    ("zh-Hans", "针眼一直出雪止不住", U),
    (
        "ar",
        "كل شوي بحس بدي فوت عالحمام بس بينزل كم نقطة والمثانة حاسسها رح تنفجر، بلش مبارح بعد حقن الإسمنت",
        U,
    ),
    (
        "ar",
        "لدي بعض الأسئلة بعد الإجراء يوم الثلاثاء. هل تُسترد رسوم الموقف؟ ومتى أعود إلى الكورال، الوقوف ساعتين؟ وشيء آخر، لم أتبول أبداً منذ فطور أمس رغم أنني أشرب كثيراً، وبطني ينتفخ.",
        U,
    ),
    ("ar", "مسكنات الألم عملتلي إمساك شوية بس بعمل بيبي عادي، ينفع آخد ملين؟", Q),
    (
        "ar",
        "حفاضة ستي كل ما نغيرها بتطلع وردي محمر من الصبح، هي بتاخد إليكويس وعملت الإسمنت يوم الاتنين",
        U,
    ),
    ("ar", "كيس القسطرة تبع جوزي صار أحمر الليلة وفيه جلطات دم صغيرة", U),
    ("ar", "أنا باخد وارفارين، هتعملولي تحليل سيولة قبل الإسمنت؟", Q),
    (
        "ar",
        "من بعد العملية كأني قاعدة على قطعة خشب مش إلي، ما بعرف إمتى لازم روح عالحمام وصار معي تسريب",
        U,
    ),
    ("ar", "بعد ساعتين على الكرسي القاسي بالعيادة تخدرت مؤخرتي شوي بس راحت لما وقفت", Q),
    (
        "ar",
        "من الضهر أبوي ما يقدر يرفع رجله على درجة الحمام، والممرضة قالت له ادفع إيدي برجلك وما فيه ولا شي",
        U,
    ),
    ("ar", "أمي قعدت على طرف السرير الصبح وبعدين رجليها ما قدرت توقفها، اضطرينا نشيل كل وزنها", U),
    ("ar", "مرتي من يوم رجعت عالبيت كل شوي بتوقع المعلقة وما بتقدر تعصر أنبوبة معجون الأسنان", U),
    ("ar", "لسا ما بقدر أحمل أكياس الأغراض التقيلة بعد العملية، إمتى بقدر؟", Q),
    ("ar", "أبي عنده هبوط في القدم من الجلطة الدماغية سنة 2015، ينفع يعمل الحقن بالإسمنت؟", Q),
    (
        "ar",
        "من بعد المخدر العصر أبوي عم يدهن زبدة عالشرشف تبع الطاولة ويحكي مع حدا بالزاوية مش موجود",
        U,
    ),
    ("ar", "أمي مفكرة الممرضة أمها وبدها حدا ياخدها عالمدرسة، عمرها 82، بلش هالشي بعد العملية", U),
    ("ar", "جدتي عندها زهايمر من سنين ودايماً بتسأل شو اليوم، التخدير آمن إلها؟", Q),
    ("ar", "بينام وهو عم يشرب الشاي والكاسة بتنقلب، منصرخ باسمه وبس بيهمهم، من وقت ما رجع", U),
    ("ar", "بعد التخدير ضليت نعسانة كل العصر ونمت منيح، اليوم صاحية تماماً، هيك طبيعي؟", Q),
    ("ar", "فجأة وجع متل الكهربا بين لوحين الكتف وأنا عم اتقلب بالتخت، أسوأ وجع بحياتي", U),
    ("ar", "مكان الإبرة بيوجعني متل الكدمة لما نام عليه، طبيعي؟", Q),
    ("ar", "الدم عم ينزل من مكان الإبرة لحد خصر البنطلون، خلصت نص لفة محارم مطبخ من العصر", U),
    ("ar", "في بقعة حمرا عالشرشف تحت ضهري قد الصحن وعم تكبر", U),
    ("ar", "كان في نقطة دم صغيرة عاللزقة لما شلتها الصبح، وبعدها ولا شي", Q),
    ("ar", "امبارح شفت فيلم وثائقي عن ست ما قدرتش تتنفس بعد العملية. هل حقن الإسمنت خطير كده؟", Q),
    ("ar", "في رواية عم اقراها رجل بيصحى من العملية وما حاسس برجليه. ممكن يصير هيك مع الإسمنت؟", Q),
    ("ar", "زميلي بالشغل التهب جرح ركبته مع حرارة عالية بعد العملية. بيصير هيك مع حقن الإسمنت؟", Q),
    (
        "ar",
        "قطتنا من وقت ما وقعت عم تعمل بيبي عالأرض بدون ما تحس. بعد العملية بقدر خليها تنام معي عالتخت؟",
        Q,
    ),
    ("ar", "كيف الممرضات بيعرفوا إنه الإسمنت سرّب، من إنه المريض بيضيق نفسه؟", Q),
    ("ar", "لحد إمتى لازم جوزي يقيس حرارته كل ليلة بعد الإسمنت؟", Q),
    ("ar", "سنة 1998 صار عندي نزيف بعد الولادة واحتجت دم. هل هذا يغير شيء في الإجراء؟", Q),
    ("ar", "دمي محروق من الانتظار، إمتى تطلع نتيجة الرنين؟", Q),
    ("ar", "ورقة الموافقة اللي وقعتها مكتوب فيها شلل والتهاب. أختي بدها تقراها، بقدر آخد نسخة؟", Q),
    ("ar", "abouya mish 2ader yo2af 3ala rejleh mn el sob7, rejleh mayta", U),
    ("ar", "el dam mesh rady ye2af mn makan el ebra, ghayart el laz2a 4 marat", U),
    # --- urgent look-alikes of the quiet kinds: a sign had while watching something, or after
    # an animal knocked one over, told of oneself or as sudden
    (
        "en",
        "I was watching a film about the war when suddenly I couldn't breathe and my chest went tight",
        U,
    ),
    ("en", "our dog jumped up at me and knocked me over and now I can't feel my legs", U),
    (
        "es",
        "estaba viendo una película con mi nieto y de repente no podía respirar y me apretaba el pecho",
        U,
    ),
    ("es", "nuestro perro me tiró al suelo y ahora no siento las piernas", U),
    (
        "fr",
        "je regardais un film avec mon petit-fils et d'un coup je n'arrivais plus à respirer, la poitrine serrée",
        U,
    ),
    (
        "fr",
        "notre chien m'a sauté dessus, je suis tombée et maintenant je ne sens plus mes jambes",
        U,
    ),
    (
        "de",
        "ich habe einen Film geschaut und plötzlich bekam ich keine Luft mehr und die Brust war eng",
        U,
    ),
    ("de", "unser Hund hat mich umgerissen und jetzt spüre ich meine Beine nicht mehr", U),
    (
        "pt",
        "eu estava vendo um filme com meu neto e de repente não conseguia respirar, o peito apertado",
        U,
    ),
    ("pt", "nosso cachorro pulou em mim, caí e agora não sinto as pernas", U),
    ("vi", "tôi đang xem phim thì tự nhiên không thở được, tức ngực", U),
    ("vi", "con chó nhà tôi nhảy chồm lên làm tôi ngã, giờ tôi không cảm thấy chân nữa", U),
    ("zh-Hans", "我在看电视剧，突然喘不上气，胸口发紧", U),
    ("zh-Hans", "我家狗把我扑倒了，现在我两条腿没感觉了", U),
    ("ar", "كنت عم شوف فيلم وفجأة ما قدرت اتنفس وصدري ضاغط علي", U),
    ("ar", "كلبنا نط علي ووقعت وهلق ما حاسة برجليي", U),
    # --- second batch, written after the first rules and measured before any change.
    # Quiet: a cousin's sign, then "can the same happen with vertebroplasty?"
    (
        "en",
        "My cousin's leg went numb for a week after a spinal injection. Can the same thing happen with vertebroplasty as well?",
        Q,
    ),
    (
        "es",
        "A mi primo se le quedó la pierna dormida una semana tras una infiltración. ¿Puede pasar lo mismo con la vertebroplastia?",
        Q,
    ),
    (
        "fr",
        "Mon cousin a eu la jambe engourdie une semaine après une infiltration. Ça peut arriver aussi avec la vertébroplastie ?",
        Q,
    ),
    (
        "de",
        "Mein Cousin hatte nach einer Spritze in den Rücken eine Woche lang ein taubes Bein. Kann das beim Zement auch vorkommen?",
        Q,
    ),
    (
        "pt",
        "Meu primo ficou com a perna dormente uma semana depois de uma infiltração. Pode acontecer o mesmo com a vertebroplastia?",
        Q,
    ),
    (
        "vi",
        "Anh họ tôi bị tê chân cả tuần sau khi tiêm cột sống. Bơm xi măng có bị như vậy không?",
        Q,
    ),
    ("zh-Hans", "我表哥打完腰椎封闭针腿麻了一个星期。做椎体成形术也会这样吗？", Q),
    ("ar", "ابن عمي تخدرت رجله أسبوع بعد إبرة بالظهر. ممكن يصير نفس الشي مع حقن الإسمنت؟", Q),
    # quiet: for how long to keep watching for signs
    (
        "en",
        "For how long after the cement should I keep looking at my back for swelling or a fever?",
        Q,
    ),
    (
        "es",
        "¿Durante cuántos días después del cemento tengo que seguir mirando si hay fiebre o hinchazón?",
        Q,
    ),
    (
        "fr",
        "Pendant combien de jours après le ciment dois-je continuer à surveiller la fièvre ou un gonflement ?",
        Q,
    ),
    ("de", "Wie lange nach dem Zement muss ich noch auf Fieber oder eine Schwellung achten?", Q),
    (
        "pt",
        "Por quantos dias depois do cimento tenho que continuar de olho em febre ou inchaço?",
        Q,
    ),
    ("vi", "Sau bơm xi măng bao lâu thì tôi thôi phải theo dõi sốt hay sưng?", Q),
    ("zh-Hans", "打完骨水泥要观察发烧和肿胀观察多少天？", Q),
    ("ar", "كم يوم بعد الإسمنت لازم ضل انتبه للحرارة أو الورم؟", Q),
    # quiet: how one would find out, the sign guessed in a question of its own
    ("en", "Can the cement leak into a vein? How would I find out, would my chest hurt?", Q),
    ("es", "¿El cemento puede irse a una vena? ¿Cómo lo sabría yo, por dolor en el pecho?", Q),
    (
        "fr",
        "Le ciment peut-il partir dans une veine ? Comment je le saurais, par une douleur à la poitrine ?",
        Q,
    ),
    (
        "de",
        "Kann der Zement in eine Vene gelangen? Wie würde ich das merken, an Brustschmerzen?",
        Q,
    ),
    ("pt", "O cimento pode ir para uma veia? Como eu ia saber, por dor no peito?", Q),
    ("vi", "Xi măng có thể chạy vào tĩnh mạch không? Làm sao tôi biết được, có đau ngực không?", Q),
    ("zh-Hans", "骨水泥会跑到血管里吗？我怎么会知道，是胸口疼吗？", Q),
    ("ar", "ممكن الإسمنت يروح عالوريد؟ كيف رح اعرف، بيوجعني صدري؟", Q),
    # quiet: a friend's sign, then "will I ... too?" about one's own procedure
    (
        "en",
        "A friend from church was very muddled for a day after a general anaesthetic. Will I be put fully under too?",
        Q,
    ),
    (
        "es",
        "Una amiga de la parroquia estuvo muy confundida un día después de una anestesia general. ¿A mí también me duermen del todo?",
        Q,
    ),
    (
        "fr",
        "Une amie de la chorale était très confuse un jour après une anesthésie générale. Je serai complètement endormie moi aussi ?",
        Q,
    ),
    (
        "de",
        "Eine Freundin aus dem Chor war nach einer Vollnarkose einen Tag lang ganz verwirrt. Werde ich auch ganz schlafen gelegt?",
        Q,
    ),
    (
        "pt",
        "Uma amiga da igreja ficou muito confusa um dia depois de uma anestesia geral. Eu também vou ser apagada por completo?",
        Q,
    ),
    (
        "vi",
        "Một người bạn ở nhà thờ bị lú lẫn cả ngày sau gây mê toàn thân. Tôi cũng bị gây mê hoàn toàn à?",
        Q,
    ),
    ("zh-Hans", "我教会的一个朋友全麻后糊涂了一天。我也要全麻吗？", Q),
    ("ar", "صاحبتي من الكنيسة صارت مشوشة يوم كامل بعد تخدير كامل. أنا كمان رح ينيموني كامل؟", Q),
    # quiet: a sign of one's childhood, said as such
    ("en", "As a child I had fits with high fevers; I'm 70 now. Do I need to tell them?", Q),
    (
        "es",
        "De niña tuve convulsiones con fiebre muy alta; ahora tengo 70 años. ¿Tengo que decirlo?",
        Q,
    ),
    (
        "fr",
        "Petite, j'ai fait des convulsions avec de fortes fièvres ; j'ai 70 ans maintenant. Dois-je le signaler ?",
        Q,
    ),
    (
        "de",
        "Als Kind hatte ich Fieberkrämpfe bei hohem Fieber, jetzt bin ich 70. Muss ich das angeben?",
        Q,
    ),
    ("pt", "Quando criança tive convulsão com febre alta; hoje tenho 70 anos. Preciso avisar?", Q),
    ("vi", "Hồi nhỏ tôi bị co giật vì sốt cao, giờ tôi 70 tuổi rồi. Có cần báo bác sĩ không?", Q),
    ("zh-Hans", "我小时候发高烧抽过筋，现在70岁了。需要跟医生说吗？", Q),
    ("ar", "لما كنت صغيرة صار معي تشنج من حرارة عالية، هلق عمري 70. لازم قلهم؟", Q),
    # quiet: the patient in the next bed, dated by a time word, and "is that dangerous?"
    (
        "en",
        "The lady in the bed next to mine was gasping for air last night and got oxygen. I'm having mine on Friday, is that dangerous?",
        Q,
    ),
    (
        "es",
        "La señora de la cama de al lado anoche se ahogaba y le pusieron oxígeno. A mí me lo hacen el viernes, ¿es peligroso?",
        Q,
    ),
    (
        "fr",
        "La dame du lit d'à côté suffoquait cette nuit, on lui a mis de l'oxygène. On me le fait vendredi, c'est dangereux ?",
        Q,
    ),
    (
        "de",
        "Die Frau im Bett neben mir hat heute Nacht nach Luft geschnappt und Sauerstoff bekommen. Ich bin am Freitag dran, ist das gefährlich?",
        Q,
    ),
    (
        "pt",
        "A senhora do leito ao lado ficou sem ar de madrugada e puseram oxigênio. Eu faço na sexta, é perigoso?",
        Q,
    ),
    (
        "vi",
        "Bà cụ nằm giường bên cạnh tôi đêm qua thở dốc phải thở oxy. Thứ Sáu tôi mới làm, có nguy hiểm không?",
        Q,
    ),
    ("zh-Hans", "我隔壁床的阿姨昨晚喘不上气，上了氧气。我周五做，危险吗？", Q),
    (
        "ar",
        "الست اللي بالسرير جنبي امبارح بالليل ما قدرت تتنفس وحطولها أكسجين. أنا عمليتي الجمعة، خطيرة؟",
        Q,
    ),
    # quiet: a sign word in another sense
    ("en", "I was left breathless by the price of parking, is there a discount?", Q),
    ("es", "Me quedé sin aliento al ver la factura del aparcamiento, ¿hay descuento?", Q),
    ("fr", "J'en ai eu le souffle coupé en voyant le prix du parking, il y a une réduction ?", Q),
    ("de", "Mir blieb die Luft weg, als ich die Parkgebühren sah, gibt es einen Rabatt?", Q),
    ("pt", "Fiquei sem fôlego quando vi o preço do estacionamento, tem desconto?", Q),
    ("vi", "Chồng tôi sốt ruột muốn về nhà ngay, bao giờ thì được xuất viện?", Q),
    ("zh-Hans", "我老伴是个音响发烧友，住院能带耳机吗？", Q),
    ("ar", "قلبي وقع لما شفت الفاتورة، في خصم؟", Q),
    # quiet: a card's "if you get ..." instructions quoted, and fine so far
    (
        "en",
        "The card the nurse gave me says 'if you get a fever or chest pain, ring the ward'. I'm fine so far, can I throw it away after a week?",
        Q,
    ),
    (
        "es",
        "La tarjeta que me dio la enfermera dice 'si tiene fiebre o dolor en el pecho, llame a planta'. De momento bien, ¿la puedo tirar a la semana?",
        Q,
    ),
    (
        "fr",
        "La carte de l'infirmière dit 'en cas de fièvre ou de douleur thoracique, appelez le service'. Tout va bien pour l'instant, je peux la jeter après une semaine ?",
        Q,
    ),
    (
        "de",
        "Auf der Karte von der Schwester steht 'bei Fieber oder Brustschmerzen Station anrufen'. Bisher alles gut, darf ich sie nach einer Woche wegwerfen?",
        Q,
    ),
    (
        "pt",
        "O cartão que a enfermeira me deu diz 'se tiver febre ou dor no peito, ligue para o setor'. Até agora tudo bem, posso jogar fora depois de uma semana?",
        Q,
    ),
    (
        "vi",
        "Tấm thẻ y tá đưa có ghi 'nếu sốt hoặc đau ngực thì gọi khoa'. Đến giờ tôi vẫn ổn, một tuần sau vứt đi được chưa?",
        Q,
    ),
    (
        "zh-Hans",
        "护士给的卡片上印着“若发烧或胸痛请致电病房”，我到现在都挺好，一个星期后能扔掉吗？",
        Q,
    ),
    (
        "ar",
        "الكرت اللي عطتني ياه الممرضة مكتوب عليه 'إذا صار حرارة أو وجع صدر اتصلوا بالقسم'. لهلق منيحة، بقدر اكبه بعد أسبوع؟",
        Q,
    ),
    # urgent: blood in the urine seen in a bedside urinal or commode
    ("en", "the urine bottle by his bed is dark red this morning and he's on warfarin", U),
    ("en", "Mum's commode pan was full of red after she went this morning", U),
    ("es", "la botella de orina junto a su cama está roja oscura esta mañana y toma Sintrom", U),
    ("fr", "l'urinal à côté de son lit est rouge foncé ce matin et il prend du Préviscan", U),
    ("de", "die Urinflasche neben seinem Bett ist heute früh dunkelrot, und er nimmt Marcumar", U),
    (
        "pt",
        "o papagaio de urina ao lado da cama está vermelho escuro hoje de manhã e ele toma Marevan",
        U,
    ),
    ("vi", "bình tiểu cạnh giường của ông sáng nay đỏ sậm, ông đang uống thuốc chống đông", U),
    ("zh-Hans", "他床边的尿壶今天早上是暗红色的，他在吃华法林", U),
    ("ar", "بول جوزي صاير لونه بني غامق متل الشاي التقيل ومعه دم، وهو بياخد وارفارين", U),
    ("ar", "بابا البول بتاعه طالع أحمر خالص من الصبح", U),
    # urgent: Arabic typed in Latin letters, urine held back; Maghrebi and Levantine numbness
    # where one sits
    ("ar", "mn embare7 mesh 2adra a3mel bol khales", U),
    ("ar", "ba7es eny 3ayza adkhol el 7amam bas mafeesh 7aga btenzel", U),
    ("ar", "من بعد العملية لتحت كلشي بحال الخشبة، ملي كنمسح ما كنحس والو", U),
    ("ar", "ما عم حس بين اجريي من امبارح، متل كأنو مبنج", U),
    # --- third batch, written after the second round of rules and measured before any change.
    # quiet: how one would know, the sign with its own time word ("a sudden sharp pain")
    ("en", "How would I know if another vertebra had given way, from a sudden sharp pain?", Q),
    ("es", "¿Cómo sabría si se ha hundido otra vértebra, por un dolor muy fuerte de repente?", Q),
    (
        "fr",
        "Comment je saurais qu'une autre vertèbre a cédé, par une douleur brutale d'un coup ?",
        Q,
    ),
    ("de", "Woran merke ich einen neuen Bruch, an einem plötzlichen heftigen Schmerz?", Q),
    ("pt", "Como vou saber se quebrou outra vértebra, por uma dor forte de repente?", Q),
    ("vi", "Làm sao tôi biết được bị gãy thêm đốt sống, có phải tự nhiên đau dữ dội không?", Q),
    ("zh-Hans", "我怎么知道是不是又骨折了，是突然剧痛吗？", Q),
    ("ar", "كيف بعرف إذا انكسرت فقرة تانية، من وجع قوي فجأة؟", Q),
    # urgent look-alikes: the question, then the sign told as sudden
    ("en", "How do I know if this is serious? I suddenly can't breathe properly", U),
    ("es", "¿Cómo sé si es grave? De repente no puedo respirar bien", U),
    ("de", "Woran erkenne ich, ob das ernst ist? Plötzlich bekomme ich kaum Luft", U),
    # quiet: a reminder's list of signs after 'if any', enumerated with 、
    (
        "zh-Hans",
        "手机上医院发的提醒写着“如有发热、伤口流脓、腿麻请及时就诊”，我一切都好，这条提醒能删了吗？",
        Q,
    ),
    ("zh-Hans", "我现在发烧、伤口流脓、腿也麻了", U),
    # quiet: a faint long ago, and a fear since then
    (
        "en",
        "I fainted at my wedding in 1985 and ever since I've been scared of crowds. Will the waiting room be busy?",
        Q,
    ),
    (
        "es",
        "Me desmayé en mi boda en 1985 y desde entonces me dan pánico las multitudes. ¿Hay mucha gente en la sala de espera?",
        Q,
    ),
    (
        "pt",
        "Desmaiei no meu casamento em 1985 e desde então tenho pavor de multidão. A sala de espera fica cheia?",
        Q,
    ),
    ("pt", "desmaiei ontem depois do cimento e desde então estou tonta e confusa", U),
    # Vietnamese without its accents: a nurse who ran to help is no bleeding
    ("vi", "y tá chạy tới đỡ tôi lên giường khi tôi về phòng, bao giờ tôi được tắm?", Q),
    ("vi", "băng chỗ tiêm thấm đỏ lòm và máu vẫn chảy không ngừng", U),
    # quiet: for how many weeks to keep watching, said at length
    ("en", "How many weeks after I get home am I supposed to keep watching the wound for pus?", Q),
    # quiet: a blood vessel is no toilet bowl
    ("pt", "o cimento pode entrar num vaso sanguíneo e causar sangramento?", Q),
    ("pt", "O vaso sanguíneo pode ser atingido pela agulha e sangrar por dentro?", Q),
    # --- fourth batch, written after the model was fitted on the set, in forms its messages
    # used that our rows had not (measured before any change)
    ("vi", "từ sáng tới giờ bố tôi chưa tiểu được chút nào, bụng dưới căng cứng", U),
    ("zh-Hans", "我妈从昨天晚上到现在一直没尿出来，小肚子胀得硬邦邦", U),
    ("vi", "bố tôi tiểu ra toàn máu cục từ chiều", U),
    ("zh-Hans", "我爸尿出来全是血，颜色跟红酒一样", U),
    ("de", "Papa weiß seit heute Abend nicht mehr, in welcher Stadt er ist", U),
    ("zh-Hans", "喊她好几声才慢慢转过头来，问她今年是哪年，她说是1990年", U),
    (
        "en",
        "my knees buckled in the kitchen and I couldn't get myself up off the lino, this was the day after the cement",
        U,
    ),
    ("es", "arrastra la punta del pie derecho y se tropieza con todo desde ayer", U),
    ("es", "desde la operación mi madre no atina a coger el vaso, la mano no le obedece", U),
    (
        "es",
        "a mi padre no hay quien lo despierte desde la siesta, murmura algo y se vuelve a dormir",
        U,
    ),
    ("zh-Hans", "后背突然像被刀扎了一样，疼得直不起腰，从来没这么疼过", U),
    ("vi", "tự nhiên lưng đau như dao đâm, đau lan xuống gót chân", U),
    ("zh-Hans", "做完以后屁股和大腿根都木起的，没得感觉", U),
    ("zh-Hans", "我妈拉了一裤子自己都不晓得", U),
    ("zh-Hans", "纱布一个小时湿透两回，按也按不住", U),
    ("vi", "băng gạc cứ thấm đẫm máu, đè lên cũng không cầm được", U),
    # controls of the same forms
    ("zh-Hans", "我小时候就容易尿裤子，现在偶尔打喷嚏会漏一点，能做吗？", Q),
    (
        "de",
        "Meine Mutter ist seit Jahren dement und weiß oft nicht, wo sie ist. Geht die Narkose trotzdem?",
        Q,
    ),
    (
        "es",
        "mi padre siempre se tropieza con las alfombras, ¿hay que quitarlas antes de que vuelva?",
        Q,
    ),
    ("vi", "Sáng nay bóc băng gạc thấy hơi thấm chút máu, giờ khô rồi, có sao không?", Q),
]


@pytest.mark.parametrize("locale, text, urgent", BLIND12_KINDS)
def test_urgent_kinds_12(locale: str, text: str, urgent: bool) -> None:
    assert (urgent_alert(text, locale) is not None) is urgent, (text, matched_symptoms(text))


def test_every_kind_has_rows_in_every_locale() -> None:
    for tag in ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar"):
        rows = [urgent for locale, _, urgent in BLIND12_KINDS if locale == tag]
        assert rows.count(U) >= 10 and rows.count(Q) >= 8, tag
