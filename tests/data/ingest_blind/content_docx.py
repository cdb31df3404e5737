# -*- coding: utf-8 -*-
"""Texts of the DOCX documents of the blind test set (see content_pdf for the
section format)."""
from content_pdf import PARA

DOCS = []

# ---------------------------------------------------------------- D1 (en) --
DOCS.append(dict(
    file="blood-thinners-before-surgery.docx", format="docx", language="en",
    title="Blood-thinning medicines before your operation",
    publisher="Northbridge University Hospitals NHS Foundation Trust",
    reviewed="2025-11", url=None,
    chrome=dict(
        header=["Northbridge University Hospitals NHS Foundation Trust", "Pre-operative Assessment Clinic"],
        footer_static="Patient information leaflet PAC-041",
        footer_page="Page {PAGE} of {NUMPAGES}",
        contents="Contents",
        salutation="Dear patient,",
        intro="You have been given this leaflet because you take a medicine that thins your blood and you are due to have an operation. Please read it carefully and keep it with your appointment letter.",
        signoff=["Yours sincerely,", "The Pre-operative Assessment Team"],
        review_line="Review date: November 2025",
        contact_table=[
            ("Pre-operative Assessment Clinic", "Ground Floor, Outpatients Building, Northbridge General Hospital"),
            ("Telephone", "01632 960 530 (Monday to Friday, 9am to 4pm)"),
            ("Switchboard", "01632 960 000"),
        ],
    ),
    sections=[
        ("Why do blood thinners matter before surgery?", [
            "Blood-thinning medicines reduce the risk of clots that can cause a stroke, heart attack or deep vein thrombosis.",
            "During and after an operation, the same medicines can increase bleeding.",
            "For some operations the risk of bleeding is small and your medicine can be continued.",
            "For others it must be stopped for a few days, and the timing depends on which medicine you take.",
        ]),
        ("Which medicines are blood thinners?", [
            "The most common blood-thinning medicines are listed below.",
            ("ul", [
                "Warfarin, apixaban, rivaroxaban, edoxaban and dabigatran.",
                "Clopidogrel, prasugrel, ticagrelor and dipyridamole.",
                "Aspirin, including low-dose aspirin bought from a pharmacy.",
                "Daily injections such as dalteparin or enoxaparin.",
            ]),
            "Tell us about any other medicine or herbal remedy you take, as some, such as fish oil or ginkgo, can also affect bleeding.",
        ]),
        ("When should I stop my medicine?", [
            "Your pre-operative assessment nurse or doctor will give you a personal plan with the exact dates to stop and restart your medicine.",
            "Apixaban and rivaroxaban are usually stopped two to three days before surgery, but this can be longer if your kidneys do not work normally.",
            "Warfarin is usually stopped five days before surgery, and you will have a blood test (INR) the day before or on the morning of the operation.",
            "Clopidogrel is usually stopped seven days before surgery.",
            "Never stop a blood thinner without speaking to us first, especially if you have a coronary stent.",
        ]),
        ("Bridging injections", [
            "If you are at high risk of a clot, for example because you have a mechanical heart valve or had a clot recently, you may need injections of heparin while your warfarin is stopped.",
            "A nurse will show you or a relative how to give the injection into the skin of your tummy.",
            "The last injection is normally given 24 hours before your operation.",
        ]),
        ("What happens on the day of surgery?", [
            "Bring your medicines and your personal plan with you to the hospital.",
            "If you take warfarin, a finger-prick test will check that your INR is low enough for surgery to go ahead safely.",
            "If the plan has not been followed, your operation may need to be postponed for your safety.",
        ]),
        ("Restarting your medicine", [
            "Your surgeon will decide when it is safe to restart your blood thinner, usually between one and three days after the operation.",
            "The date to restart will be written on your discharge letter.",
            "Some people need heparin injections for a few days until their usual medicine is fully working again.",
        ]),
        ("When to seek help", [
            "Contact your GP or NHS 111 if your wound keeps bleeding or you notice new large bruises.",
            "Seek urgent advice if one leg becomes painful, hot and swollen.",
            "Call 999 if you have chest pain, sudden breathlessness, weakness of the face, arm or leg, or difficulty speaking.",
        ]),
    ],
))

# ---------------------------------------------------------------- D2 (de) --
DOCS.append(dict(
    file="physiotherapie-nach-bandscheibenoperation.docx", format="docx", language="de",
    title="Physiotherapie nach einer Bandscheibenoperation",
    publisher="St.-Georg-Klinikum L\u00fcneburg",
    reviewed="2023-10", url=None,
    chrome=dict(
        header=["St.-Georg-Klinikum L\u00fcneburg", "Wirbels\u00e4ulenzentrum \u2013 Abteilung Physiotherapie"],
        footer_static="Patienteninformation Physiotherapie",
        footer_page="Seite {PAGE} von {NUMPAGES}",
        contents="Inhaltsverzeichnis",
        salutation="Sehr geehrte Patientin, sehr geehrter Patient,",
        intro="Sie wurden an der Bandscheibe operiert. Mit dieser Brosch\u00fcre m\u00f6chten wir Sie in den ersten Wochen nach dem Eingriff begleiten und Ihnen zeigen, wie Sie selbst zu Ihrer Genesung beitragen k\u00f6nnen.",
        signoff=["Mit freundlichen Gr\u00fc\u00dfen", "Ihr Team der Physiotherapie"],
        review_line="Stand: 10/2023",
        contact_table=[
            ("Terminvereinbarung Physiotherapie", "04131 55 66-240"),
            ("Sprechzeiten", "Montag bis Freitag 7:30\u201316:00 Uhr"),
            ("Zentrale Notaufnahme", "04131 55 66-112"),
            ("Anschrift", "Am Georgsgarten 7, 21335 L\u00fcneburg"),
        ],
    ),
    sections=[
        ("Warum ist Physiotherapie nach der Operation wichtig?", [
            "Nach einer Bandscheibenoperation sind die Muskeln, die Ihre Wirbels\u00e4ule st\u00fctzen, oft geschw\u00e4cht.",
            "Gezielte \u00dcbungen helfen, diese Muskeln wieder aufzubauen und die Beweglichkeit zu verbessern.",
            "Regelm\u00e4\u00dfige Bewegung f\u00f6rdert au\u00dferdem die Durchblutung und beugt Thrombosen vor.",
            "Studien zeigen, dass aktive Patienten schneller in ihren Alltag und Beruf zur\u00fcckkehren.",
        ]),
        ("Die ersten Tage im Krankenhaus", [
            "Meist d\u00fcrfen Sie bereits am Tag der Operation mit Hilfe aufstehen.",
            "Die Physiotherapeutin zeigt Ihnen, wie Sie r\u00fcckenschonend aus dem Bett aufstehen: erst auf die Seite drehen, dann die Beine aus dem Bett nehmen und sich mit den Armen hochst\u00fctzen.",
            "Sie \u00fcben das Gehen auf dem Flur und, falls n\u00f6tig, das Treppensteigen.",
            "Leichte Schmerzen im Operationsgebiet sind in dieser Phase normal.",
        ]),
        ("\u00dcbungen f\u00fcr zu Hause", [
            "F\u00fchren Sie die folgenden \u00dcbungen zwei- bis dreimal t\u00e4glich langsam und ohne Schmerzverst\u00e4rkung durch.",
            ("ul", [
                "Beckenkippen in R\u00fcckenlage: Spannen Sie die Bauchmuskeln an und dr\u00fccken Sie den unteren R\u00fccken sanft gegen die Unterlage.",
                "Br\u00fccke: Heben Sie in R\u00fcckenlage mit aufgestellten Beinen das Becken langsam an und halten Sie die Position f\u00fcnf Sekunden.",
                "Fu\u00dfpumpe: Bewegen Sie die F\u00fc\u00dfe im Wechsel kr\u00e4ftig auf und ab.",
            ]),
            "H\u00f6ren Sie mit einer \u00dcbung auf, wenn Schmerzen in das Bein ausstrahlen.",
        ]),
        ("Was sollte ich in den ersten sechs Wochen vermeiden?", [
            "Heben Sie in den ersten sechs Wochen nichts, was schwerer als f\u00fcnf Kilogramm ist.",
            "Vermeiden Sie ruckartige Drehbewegungen und langes Sitzen am St\u00fcck.",
            "Sitzen Sie anfangs nicht l\u00e4nger als 30 Minuten und stehen Sie zwischendurch auf.",
            "Autofahren sollten Sie erst nach R\u00fccksprache mit Ihrem Operateur, meist nach zwei bis vier Wochen.",
        ]),
        ("Ambulante Physiotherapie", [
            "Nach der Entlassung erhalten Sie eine Verordnung f\u00fcr ambulante Physiotherapie.",
            "Die Behandlung beginnt in der Regel zwei bis drei Wochen nach der Operation.",
            "In manchen F\u00e4llen wird eine Anschlussheilbehandlung in einer Rehabilitationsklinik empfohlen.",
            "Der Sozialdienst unseres Hauses unterst\u00fctzt Sie bei der Antragstellung.",
        ]),
        ("R\u00fcckkehr zu Sport und Beruf", [
            "B\u00fcrot\u00e4tigkeiten k\u00f6nnen h\u00e4ufig nach vier bis sechs Wochen wieder aufgenommen werden.",
            "K\u00f6rperlich schwere Arbeit ist meist erst nach drei Monaten m\u00f6glich.",
            "Schwimmen, Radfahren auf ebener Strecke und Walking eignen sich gut als erste Sportarten.",
            "Kontaktsportarten sollten Sie fr\u00fchestens nach drei Monaten wieder aus\u00fcben.",
        ]),
        ("Warnzeichen", [
            "Melden Sie sich sofort, wenn neue L\u00e4hmungen, Taubheit im Genitalbereich oder Probleme beim Wasserlassen auftreten.",
            "Auch Fieber, eine ger\u00f6tete oder n\u00e4ssende Wunde und stark zunehmende Schmerzen sollten \u00e4rztlich abgekl\u00e4rt werden.",
            "Au\u00dferhalb der Sprechstunden ist die Notaufnahme rund um die Uhr erreichbar.",
        ]),
    ],
))

# ---------------------------------------------------------------- D3 (fr) --
DOCS.append(dict(
    file="cyphoplastie.docx", format="docx", language="fr",
    title="La cyphoplastie par ballonnet",
    publisher="CHU de Valmont",
    reviewed=None, url=None,
    chrome=dict(
        header=["CHU de Valmont \u2013 Radiologie interventionnelle"],
        footer_static="Fiche d'information patient \u2013 RI-CYP-03",
        footer_page="Page {PAGE} sur {NUMPAGES}",
        contents="Sommaire",
        salutation="Madame, Monsieur,",
        intro="Votre m\u00e9decin vous a propos\u00e9 une cyphoplastie. Ce document vous explique le d\u00e9roulement de l'intervention ; il compl\u00e8te l'information orale qui vous a \u00e9t\u00e9 donn\u00e9e en consultation.",
        signoff=["Nous vous prions d'agr\u00e9er, Madame, Monsieur, l'expression de nos salutations distingu\u00e9es.",
                 "L'\u00e9quipe de radiologie interventionnelle"],
        review_line=None,
        contact_table=[
            ("Secr\u00e9tariat de radiologie interventionnelle", "04 99 12 36 80"),
            ("Accueil", "du lundi au vendredi de 8 h \u00e0 18 h"),
            ("Standard du CHU", "04 99 12 34 00"),
            ("Adresse", "Plateau technique, niveau -1, 12 avenue des Tilleuls, 34000 Valmont"),
        ],
    ),
    sections=[
        ("Qu'est-ce que la cyphoplastie ?", [
            "La cyphoplastie est un traitement mini-invasif des fractures-tassements des vert\u00e8bres.",
            "Un petit ballonnet est introduit dans la vert\u00e8bre fractur\u00e9e puis gonfl\u00e9 afin de redonner de la hauteur au corps vert\u00e9bral.",
            "La cavit\u00e9 ainsi cr\u00e9\u00e9e est ensuite remplie d'un ciment acrylique qui durcit en quelques minutes et stabilise la fracture.",
            "Ce geste vise principalement \u00e0 soulager la douleur et \u00e0 limiter la d\u00e9formation de la colonne.",
        ]),
        ("Pourquoi vous propose-t-on ce traitement ?", [
            "Votre fracture vert\u00e9brale, le plus souvent li\u00e9e \u00e0 l'ost\u00e9oporose ou \u00e0 une tumeur, reste douloureuse malgr\u00e9 le repos, le corset et les antalgiques.",
            "La cyphoplastie permet dans la majorit\u00e9 des cas une diminution rapide de la douleur.",
            "La d\u00e9cision a \u00e9t\u00e9 prise apr\u00e8s analyse de votre IRM ou de votre scanner par l'\u00e9quipe m\u00e9dicale.",
        ]),
        ("Avant l'intervention", [
            "Une consultation d'anesth\u00e9sie est programm\u00e9e quelques jours avant le geste.",
            "Vous devez \u00eatre \u00e0 jeun depuis six heures pour les aliments et deux heures pour les liquides clairs.",
            "Les traitements anticoagulants doivent \u00eatre adapt\u00e9s selon les consignes qui vous ont \u00e9t\u00e9 donn\u00e9es.",
            "Pensez \u00e0 apporter vos examens d'imagerie et votre carte de groupe sanguin.",
        ]),
        ("D\u00e9roulement de l'intervention", [
            "L'intervention est r\u00e9alis\u00e9e en salle de radiologie interventionnelle, sous anesth\u00e9sie g\u00e9n\u00e9rale ou sous s\u00e9dation.",
            "Vous \u00eates install\u00e9 \u00e0 plat ventre.",
            "Le radiologue introduit, par une petite incision de la peau, une aiguille creuse dans la vert\u00e8bre sous contr\u00f4le radioscopique.",
            "Le ballonnet est gonfl\u00e9, retir\u00e9, puis le ciment est inject\u00e9.",
            "L'intervention dure entre 30 minutes et une heure par vert\u00e8bre.",
        ]),
        ("Risques et complications", [
            "Des douleurs au point de ponction sont fr\u00e9quentes et disparaissent en quelques jours.",
            "Une fuite de ciment en dehors de la vert\u00e8bre peut survenir, mais elle est le plus souvent sans cons\u00e9quence.",
            "Exceptionnellement, le ciment peut comprimer un nerf ou migrer dans une veine vers les poumons.",
            "Le risque d'infection est tr\u00e8s faible.",
        ]),
        ("Apr\u00e8s l'intervention", [
            "Vous restez allong\u00e9 environ deux heures, puis vous pouvez vous lever avec l'aide de l'\u00e9quipe soignante.",
            "La sortie a lieu le plus souvent le lendemain.",
            "La reprise des activit\u00e9s est progressive et le port de charges lourdes est d\u00e9conseill\u00e9 pendant un mois.",
            "Un traitement de l'ost\u00e9oporose vous sera propos\u00e9 si n\u00e9cessaire pour \u00e9viter de nouvelles fractures.",
        ]),
    ],
))

# ---------------------------------------------------------------- D4 (es) --
DOCS.append(dict(
    file="recuperacion-protesis-cadera.docx", format="docx", language="es",
    title="Recuperaci\u00f3n tras una pr\u00f3tesis total de cadera",
    publisher="Hospital General de Levante",
    reviewed="2024-06", url=None,
    chrome=dict(
        header=["Hospital General de Levante", "Servicio de Cirug\u00eda Ortop\u00e9dica y Traumatolog\u00eda"],
        footer_static="Informaci\u00f3n para pacientes \u2013 COT-12",
        footer_page="P\u00e1gina {PAGE} de {NUMPAGES}",
        contents="\u00cdndice",
        salutation="Estimado/a paciente:",
        intro="Le han colocado una pr\u00f3tesis de cadera. En este documento encontrar\u00e1 los consejos m\u00e1s importantes para su recuperaci\u00f3n en casa.",
        signoff=["Atentamente,", "Unidad de Artroplastia"],
        review_line="Fecha de revisi\u00f3n: junio 2024",
        contact_table=[
            ("Consultas externas de Traumatolog\u00eda", "963 000 517"),
            ("Horario de atenci\u00f3n telef\u00f3nica", "de lunes a viernes, de 9:00 a 14:00"),
            ("Direcci\u00f3n", "Avenida del Puerto, 145 \u2013 46023 Valencia"),
        ],
    ),
    sections=[
        ("\u00bfEn qu\u00e9 consiste la pr\u00f3tesis de cadera?", [
            "La pr\u00f3tesis total de cadera sustituye la articulaci\u00f3n da\u00f1ada por una pieza artificial formada por un v\u00e1stago femoral, una cabeza y un cotilo.",
            "Se indica cuando la artrosis u otras enfermedades causan dolor intenso y limitan la marcha.",
            "La mayor\u00eda de los pacientes notan una clara mejor\u00eda del dolor en las primeras semanas.",
        ]),
        ("Precauciones para evitar la luxaci\u00f3n", [
            "Durante las primeras seis semanas la pr\u00f3tesis puede salirse de su sitio con ciertos movimientos.",
            "No cruce las piernas ni doble la cadera m\u00e1s de 90 grados.",
            "Evite sentarse en sillas bajas o sof\u00e1s hundidos y utilice un alza para el inodoro.",
            "Al acostarse, coloque una almohada entre las rodillas si duerme de lado.",
        ]),
        ("Ejercicios", [
            "Realice estos ejercicios tres veces al d\u00eda, con diez repeticiones cada uno.",
            ("ul", [
                "Mueva los tobillos arriba y abajo para activar la circulaci\u00f3n.",
                "Apriete los m\u00fasculos del muslo contra la cama durante cinco segundos.",
                "Deslice el tal\u00f3n hacia los gl\u00fateos doblando la rodilla, sin superar los 90 grados de flexi\u00f3n de cadera.",
            ]),
            "Aumente poco a poco la distancia que camina cada d\u00eda.",
        ]),
        ("\u00bfC\u00f3mo cuido la herida?", [
            "Mantenga el ap\u00f3sito limpio y seco.",
            "Las grapas se retiran en su centro de salud entre 12 y 15 d\u00edas despu\u00e9s de la operaci\u00f3n.",
            "No se duche sin proteger la herida hasta que se hayan retirado las grapas.",
            "Consulte si observa enrojecimiento, supuraci\u00f3n o aumento del dolor en la herida.",
        ]),
        ("Prevenci\u00f3n de trombosis", [
            "Tras la cirug\u00eda debe administrarse una inyecci\u00f3n diaria de heparina durante cuatro a cinco semanas.",
            "Beba abundante l\u00edquido y camine varias veces al d\u00eda.",
            "Si nota dolor e hinchaz\u00f3n en la pantorrilla o falta de aire repentina, acuda a Urgencias.",
        ]),
        ("Vuelta a la vida diaria", [
            "Utilizar\u00e1 dos muletas durante las primeras cuatro a seis semanas y despu\u00e9s una, en el lado contrario a la cadera operada.",
            "Podr\u00e1 conducir cuando camine sin muletas y tenga buen control de la pierna, normalmente a partir de la sexta semana.",
            "Las relaciones sexuales pueden reanudarse con precauci\u00f3n cuando se sienta c\u00f3modo.",
            "Informe siempre de que lleva una pr\u00f3tesis antes de cualquier tratamiento dental o intervenci\u00f3n.",
        ]),
    ],
))
