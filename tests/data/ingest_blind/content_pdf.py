# -*- coding: utf-8 -*-
"""Texts of the PDF documents of the blind test set.

A section is (heading, body). A body is a list whose items are either a
sentence (consecutive sentences form one paragraph), the marker PARA (start a
new paragraph) or ("ul", [items]) for a bulleted list.
"""
PARA = "\u00b6"

DOCS = []

# ---------------------------------------------------------------- P1 (en) --
DOCS.append(dict(
    file="colonoscopy-bowel-preparation.pdf",
    format="pdf", language="en",
    title="Colonoscopy: preparing your bowel",
    publisher="Northbridge University Hospitals NHS Foundation Trust",
    reviewed="2025-03", url=None,
    layout="a5",
    chrome=dict(
        header_left="Patient information \u00b7 Endoscopy Unit",
        header_right="Northbridge University Hospitals NHS Foundation Trust",
        footer_left="Leaflet ref: END-112 v4",
        footer_centre="Review date: March 2025",
        footer_right="Page {n} of {t}",
        first_page=["Rated outstanding for caring by the Care Quality Commission"],
        intro="This leaflet explains how to prepare for your colonoscopy. Please read it as soon as you receive it, because some of the preparation starts a week before your appointment.",
        box_title="Contact us",
        box=[
            "Endoscopy Unit, Level 2, Queen Anne Wing, Northbridge General Hospital, Harcourt Road, Northbridge NB3 7QX",
            "Endoscopy booking office: 01632 960 412",
            "Monday to Friday, 8am to 6pm",
            "Switchboard: 01632 960 000",
            "If you need this leaflet in another language or format, please call 01632 960 455.",
        ],
    ),
    sections=[
        ("What is a colonoscopy?", [
            "A colonoscopy is a test that allows a doctor or nurse endoscopist to look directly at the lining of your large bowel (colon).",
            "A thin, flexible tube with a small camera at its tip is passed through your back passage and guided around the bowel.",
            "Pictures from the camera are shown on a screen so that any areas of inflammation, polyps or other changes can be seen.",
            "Small samples of tissue (biopsies) can be taken during the test, and polyps can often be removed at the same time.",
            "The examination usually takes between 20 and 45 minutes.",
        ]),
        ("Why is bowel preparation so important?", [
            "Your bowel must be completely empty for the endoscopist to see the lining clearly.",
            "If there is still stool in the bowel, small polyps or early cancers can be missed.",
            "Poor preparation is the most common reason for a colonoscopy having to be repeated.",
            "Please follow the instructions in this leaflet carefully, even if they are different from advice you have been given before.",
        ]),
        ("What should I do seven days before?", [
            "Stop taking iron tablets and any multivitamins that contain iron seven days before your appointment.",
            "If you take loperamide (Imodium) or codeine phosphate, stop these three days before the test unless your doctor tells you otherwise.",
            "If you take warfarin, apixaban, rivaroxaban, edoxaban, dabigatran or clopidogrel, telephone the unit as soon as you receive this leaflet.",
            "Do not stop these blood-thinning medicines without advice, because for some people stopping them is not safe.",
            "Carry on taking all your other usual medicines, including blood pressure tablets.",
        ]),
        ("Low-fibre diet", [
            "For two days before your colonoscopy you should eat a low-fibre diet.",
            "Suitable foods include white bread, white rice, plain pasta, potatoes without skins, eggs, fish, chicken and plain yoghurt.",
            "Avoid wholemeal bread, cereals, nuts, seeds, fruit, vegetables, salad and red meat.",
            "Drink plenty of clear fluids, at least two litres a day, to avoid becoming dehydrated.",
        ]),
        ("How do I take the bowel preparation?", [
            "Your bowel preparation is a powder called Moviprep that you mix with water.",
            "Take the first litre at 6pm on the evening before your test, drinking one glass every 15 minutes.",
            "Take the second litre at 6am on the morning of your test, again drinking one glass every 15 minutes.",
            PARA,
            "You should also drink at least another 500ml of clear fluid with each litre.",
            "You will need to open your bowels frequently, so stay close to a toilet once you have started.",
            "The preparation has worked when what you pass is clear or pale yellow liquid.",
        ]),
        ("I have diabetes. What should I do?", [
            "If you have diabetes, the change in diet and the bowel preparation can affect your blood sugar levels.",
            "Check your blood sugar more often than usual, at least four times a day, while you are taking the preparation.",
            "If you take insulin or tablets such as gliclazide, please ask your diabetes nurse or GP how to adjust the dose.",
            "Keep some sugary drinks such as apple juice or non-diet lemonade with you in case your blood sugar falls.",
        ]),
        ("What happens on the day?", [
            "Please arrive at the time shown on your appointment letter and bring a list of your medicines.",
            "A nurse will check your details, ask about your health and measure your blood pressure.",
            "The endoscopist will explain the test and ask you to sign a consent form.",
            "You will usually be offered a sedative injection and a painkiller, or gas and air (Entonox), to make you more comfortable.",
            "If you have sedation you must have a responsible adult to take you home and stay with you for 12 hours.",
        ]),
        ("Risks", [
            "Colonoscopy is a safe test, but like any procedure it carries some risks.",
            "Bleeding can occur where a biopsy has been taken or a polyp removed, and happens in about 1 in 100 to 1 in 200 cases when a polyp is removed.",
            "A tear in the wall of the bowel (perforation) is rare and happens in about 1 in 1,000 tests.",
            "A perforation may need an operation to repair it.",
            "Sedation can occasionally affect your breathing, so your oxygen levels will be monitored throughout the test.",
        ]),
        ("After the procedure", [
            "You will rest in the recovery area for about 30 minutes to an hour.",
            "You may feel bloated or have some wind pains for a few hours, because air is used to inflate the bowel during the test.",
            "The nurse will explain the findings before you go home and give you a copy of the report.",
            "Results of any biopsies are usually sent to you and your GP within three weeks.",
            "If you develop severe abdominal pain, a high temperature or pass more than a few tablespoons of blood, go to your nearest Emergency Department.",
        ]),
    ],
))

# ---------------------------------------------------------------- P2 (de) --
DOCS.append(dict(
    file="grauer-star-operation.pdf",
    format="pdf", language="de",
    title="Operation des Grauen Stars (Katarakt)",
    publisher="Klinikum Am Lindenberg",
    reviewed="2024-04", url=None,
    layout="two_columns",
    chrome=dict(
        header_left="Patienteninformation",
        header_right="Klinikum Am Lindenberg \u00b7 Augenklinik",
        footer_left="Stand: 04/2024",
        footer_centre="Formular AUG-PI-08",
        footer_right="Seite {n} von {t}",
        first_page=["Ausgezeichnet als Top-Klinik f\u00fcr Augenheilkunde"],
        intro="Liebe Patientin, lieber Patient, Ihr Augenarzt hat Ihnen eine Operation des Grauen Stars empfohlen. Auf den folgenden Seiten haben wir die wichtigsten Informationen f\u00fcr Sie zusammengestellt.",
        box_title="So erreichen Sie uns",
        box=[
            "Augenklinik, Haus C, 2. Obergeschoss",
            "Lindenbergstra\u00dfe 14, 34119 Kassel",
            "Terminvergabe: 0561 98765-310",
            "Sprechzeiten: Mo\u2013Fr 8:00\u201315:30 Uhr",
            "Augen\u00e4rztlicher Notdienst: 0561 98765-399",
            "Zentrale: 0561 98765-0",
        ],
    ),
    sections=[
        ("Was ist der Graue Star?", [
            "Beim Grauen Star tr\u00fcbt sich die nat\u00fcrliche Linse des Auges zunehmend ein.",
            "Betroffene sehen unscharf, sind blendempfindlich und nehmen Farben blasser wahr.",
            "Die h\u00e4ufigste Ursache ist das \u00c4lterwerden, aber auch Diabetes, Verletzungen oder bestimmte Medikamente wie Kortison k\u00f6nnen eine Katarakt beg\u00fcnstigen.",
            "Eine Brille kann die Tr\u00fcbung nicht ausgleichen.",
        ]),
        ("Wie l\u00e4uft die Operation ab?", [
            "Die Operation erfolgt in der Regel ambulant und dauert etwa 15 bis 20 Minuten.",
            "\u00dcber einen kleinen Schnitt am Rand der Hornhaut wird die getr\u00fcbte Linse mit Ultraschall zerkleinert und abgesaugt.",
            "Anschlie\u00dfend setzt der Operateur eine k\u00fcnstliche Linse aus Kunststoff in die erhaltene Linsenkapsel ein.",
            "Der Schnitt verschlie\u00dft sich meist von selbst und muss nicht gen\u00e4ht werden.",
        ]),
        ("Bet\u00e4ubung", [
            "Die meisten Eingriffe werden in \u00f6rtlicher Bet\u00e4ubung mit Augentropfen durchgef\u00fchrt.",
            "Sie sind w\u00e4hrend der Operation wach, sp\u00fcren aber keine Schmerzen.",
            "Wenn Sie sehr \u00e4ngstlich sind oder nicht ruhig liegen k\u00f6nnen, ist auch eine kurze Narkose m\u00f6glich.",
            "Bitte besprechen Sie dies beim Vorgespr\u00e4ch mit dem An\u00e4sthesisten.",
        ]),
        ("Vorbereitung", [
            "Vor der Operation wird Ihr Auge genau vermessen, um die St\u00e4rke der Kunstlinse zu berechnen.",
            "Wenn Sie weiche Kontaktlinsen tragen, setzen Sie diese bitte eine Woche vorher ab.",
            "Blutverd\u00fcnnende Medikamente m\u00fcssen in der Regel nicht abgesetzt werden, sprechen Sie aber mit uns dar\u00fcber.",
            "Am Operationstag d\u00fcrfen Sie ein leichtes Fr\u00fchst\u00fcck zu sich nehmen, sofern keine Narkose geplant ist.",
            "Bitte tragen Sie kein Augen-Make-up.",
        ]),
        ("Welche Risiken gibt es?", [
            "Die Kataraktoperation geh\u00f6rt zu den h\u00e4ufigsten und sichersten Operationen in Deutschland.",
            "Selten kann es zu einer Entz\u00fcndung im Auge, einer Schwellung der Netzhautmitte oder einem Anstieg des Augeninnendrucks kommen.",
            "Eine schwere Infektion tritt bei weniger als einer von 1.000 Operationen auf.",
            "Bei einem Teil der Patienten tr\u00fcbt sich nach Monaten oder Jahren die Linsenkapsel ein (Nachstar), was mit einem Laser schmerzfrei behandelt werden kann.",
        ]),
        ("Nach der Operation", [
            "Nach dem Eingriff erhalten Sie einen Augenverband, den Sie bis zur Kontrolle am n\u00e4chsten Tag tragen.",
            "Sie bekommen Augentropfen, die Sie etwa vier Wochen lang nach Plan anwenden m\u00fcssen.",
            "Reiben Sie nicht am Auge und vermeiden Sie in der ersten Woche Schwimmen, Sauna und schweres Heben.",
            "Autofahren d\u00fcrfen Sie erst, wenn Ihr Augenarzt es Ihnen erlaubt.",
            "Eine neue Brille wird meist nach vier bis sechs Wochen angepasst.",
        ]),
        ("Wann sollte ich mich sofort melden?", [
            "Melden Sie sich umgehend, wenn das Sehverm\u00f6gen pl\u00f6tzlich schlechter wird.",
            "Auch starke Schmerzen, eine zunehmende R\u00f6tung oder Lichtblitze und schwarze Punkte sind Warnzeichen.",
            "Au\u00dferhalb unserer Sprechzeiten wenden Sie sich bitte an die augen\u00e4rztliche Notaufnahme.",
        ]),
    ],
))

# ---------------------------------------------------------------- P3 (fr) --
DOCS.append(dict(
    file="infiltration-epidurale-corticoides.pdf",
    format="pdf", language="fr",
    title="L'infiltration \u00e9pidurale de cortico\u00efdes",
    publisher="CHU de Valmont",
    reviewed="2024-09", url=None,
    layout="a4",
    chrome=dict(
        header_left="CHU de Valmont",
        header_right="Centre d'\u00e9valuation et de traitement de la douleur",
        footer_left="R\u00e9f. : DOU-FI-027",
        footer_centre="Date de r\u00e9vision : septembre 2024",
        footer_right="Page {n}/{t}",
        first_page=["Document remis au patient \u2013 \u00e0 conserver"],
        intro="Votre m\u00e9decin vous a propos\u00e9 une infiltration \u00e9pidurale. Cette fiche r\u00e9pond aux questions les plus fr\u00e9quentes ; l'\u00e9quipe reste \u00e0 votre disposition pour toute information compl\u00e9mentaire.",
        box_title="Nous contacter",
        box=[
            "B\u00e2timent B, 2e \u00e9tage \u2013 12 avenue des Tilleuls, 34000 Valmont",
            "Secr\u00e9tariat : 04 99 12 34 50",
            "du lundi au vendredi de 8 h 30 \u00e0 17 h",
            "Standard : 04 99 12 34 00",
        ],
    ),
    sections=[
        ("Qu'est-ce qu'une infiltration \u00e9pidurale ?", [
            "Une infiltration \u00e9pidurale consiste \u00e0 injecter un cortico\u00efde, parfois associ\u00e9 \u00e0 un anesth\u00e9sique local, dans l'espace situ\u00e9 autour des racines nerveuses de la colonne vert\u00e9brale.",
            "Le cortico\u00efde diminue l'inflammation du nerf irrit\u00e9 par une hernie discale ou un r\u00e9tr\u00e9cissement du canal rachidien.",
            "Elle est propos\u00e9e lorsque la douleur de sciatique ou de cruralgie persiste malgr\u00e9 les m\u00e9dicaments et la kin\u00e9sith\u00e9rapie.",
            "Son effet n'est pas imm\u00e9diat et appara\u00eet en g\u00e9n\u00e9ral apr\u00e8s quelques jours.",
        ]),
        ("Pr\u00e9paration", [
            "Vous n'avez pas besoin d'\u00eatre \u00e0 jeun pour cette infiltration.",
            "Signalez-nous imp\u00e9rativement si vous prenez un traitement anticoagulant ou antiagr\u00e9gant, car il devra peut-\u00eatre \u00eatre interrompu quelques jours avant.",
            "Pr\u00e9venez \u00e9galement le m\u00e9decin en cas d'allergie, de diab\u00e8te, d'infection en cours ou de possibilit\u00e9 de grossesse.",
            "Apportez vos derni\u00e8res imageries (IRM ou scanner) le jour de l'examen.",
        ]),
        ("Comment se d\u00e9roule le geste ?", [
            "Vous \u00eates install\u00e9 \u00e0 plat ventre sur la table d'examen, ou parfois assis pench\u00e9 en avant.",
            "Apr\u00e8s d\u00e9sinfection de la peau, le m\u00e9decin r\u00e9alise une petite anesth\u00e9sie locale.",
            "L'aiguille est guid\u00e9e sous radioscopie jusqu'\u00e0 l'espace \u00e9pidural, puis le produit est inject\u00e9 lentement.",
            "Le geste dure environ quinze \u00e0 vingt minutes.",
        ]),
        ("Quels sont les risques ?", [
            "Les complications graves sont exceptionnelles.",
            "Une augmentation passag\u00e8re de la douleur, des bouff\u00e9es de chaleur ou des maux de t\u00eate peuvent survenir dans les jours qui suivent.",
            "Chez les patients diab\u00e9tiques, le cortico\u00efde peut faire monter la glyc\u00e9mie pendant quelques jours, qu'il faut donc surveiller de pr\u00e8s.",
            "Une infection ou un h\u00e9matome au point de ponction sont tr\u00e8s rares.",
        ]),
        ("Apr\u00e8s l'infiltration", [
            "Vous restez en surveillance environ trente minutes avant de pouvoir rentrer chez vous.",
            "Vous ne devez pas conduire le jour m\u00eame, pr\u00e9voyez donc un accompagnateur.",
            "Il est conseill\u00e9 de limiter les efforts pendant quarante-huit heures, sans pour autant rester alit\u00e9.",
            "Vous pouvez reprendre vos m\u00e9dicaments habituels d\u00e8s le soir.",
        ]),
        ("Quand faut-il consulter en urgence ?", [
            "Contactez rapidement un m\u00e9decin en cas de fi\u00e8vre sup\u00e9rieure \u00e0 38,5 \u00b0C, de maux de t\u00eate intenses ou de rougeur au point de ponction.",
            "Une faiblesse nouvelle d'une jambe ou des troubles urinaires imposent de consulter sans d\u00e9lai.",
            "En dehors des heures d'ouverture, rendez-vous aux urgences les plus proches ou appelez le 15.",
        ]),
        ("R\u00e9sultats attendus", [
            "Environ la moiti\u00e9 \u00e0 deux tiers des patients ressentent une am\u00e9lioration nette de leur douleur.",
            "L'effet peut durer de quelques semaines \u00e0 plusieurs mois.",
            "Si le soulagement est insuffisant, une deuxi\u00e8me infiltration peut \u00eatre discut\u00e9e lors de la consultation de suivi.",
        ]),
    ],
))

# ---------------------------------------------------------------- P4 (es) --
DOCS.append(dict(
    file="densitometria-osea.pdf",
    format="pdf", language="es",
    title="Densitometr\u00eda \u00f3sea (DXA)",
    publisher="Hospital Universitario San Rafael",
    reviewed=None, url=None,
    layout="a4",
    chrome=dict(
        header_left="Hospital Universitario San Rafael",
        header_right="Servicio de Radiodiagn\u00f3stico",
        footer_left="C\u00f3digo: RX-DXA-05",
        footer_centre="Informaci\u00f3n al paciente",
        footer_right="P\u00e1gina {n} de {t}",
        first_page=["Hospital con certificaci\u00f3n de calidad ISO 9001"],
        intro="Su m\u00e9dico le ha solicitado una densitometr\u00eda \u00f3sea. Le rogamos que lea atentamente esta hoja antes de acudir a su cita.",
        box_title="\u00bfD\u00f3nde estamos?",
        box=[
            "Planta -1, Bloque de Diagn\u00f3stico por Imagen",
            "Calle de la Esperanza, 27 \u2013 28045 Madrid",
            "Citaciones: 912 345 678",
            "Horario de atenci\u00f3n: lunes a viernes de 8:00 a 15:00 h",
            "Centralita: 912 345 600",
        ],
    ),
    sections=[
        ("\u00bfQu\u00e9 es una densitometr\u00eda \u00f3sea?", [
            "La densitometr\u00eda \u00f3sea es una prueba que mide la cantidad de mineral que contienen sus huesos.",
            "Se realiza con un equipo de rayos X de muy baja dosis llamado DXA.",
            "Sirve para diagnosticar la osteoporosis y valorar el riesgo de sufrir una fractura.",
            "Tambi\u00e9n se utiliza para comprobar si un tratamiento para los huesos est\u00e1 funcionando.",
        ]),
        ("\u00bfC\u00f3mo debo prepararme?", [
            "No es necesario estar en ayunas y puede tomar su medicaci\u00f3n habitual.",
            "Si toma suplementos de calcio, no los tome durante las 24 horas anteriores a la prueba.",
            "Av\u00edsenos si le han hecho recientemente una prueba con contraste de bario o una gammagraf\u00eda, ya que pueden alterar el resultado.",
            "Le recomendamos llevar ropa c\u00f3moda sin botones, cremalleras ni hebillas met\u00e1licas.",
        ]),
        ("Embarazo", [
            "Aunque la dosis de radiaci\u00f3n es muy baja, la prueba no debe realizarse durante el embarazo.",
            "Si existe la posibilidad de que est\u00e9 embarazada, comun\u00edquelo al personal antes de la exploraci\u00f3n.",
            "En ese caso la prueba se aplazar\u00e1.",
        ]),
        ("\u00bfC\u00f3mo se realiza la prueba?", [
            "Se tumbar\u00e1 boca arriba en una camilla acolchada y deber\u00e1 permanecer inm\u00f3vil.",
            "Un brazo del aparato pasar\u00e1 lentamente por encima de la cadera y de la columna lumbar.",
            "En algunos casos tambi\u00e9n se mide el antebrazo.",
            "La exploraci\u00f3n no duele y dura entre 10 y 20 minutos.",
        ]),
        ("Resultados", [
            "El resultado se expresa mediante dos valores llamados T-score y Z-score.",
            "Un T-score igual o inferior a -2,5 indica osteoporosis.",
            "El informe ser\u00e1 enviado a su m\u00e9dico, que le explicar\u00e1 los resultados y el tratamiento m\u00e1s adecuado.",
        ]),
        ("Despu\u00e9s de la prueba", [
            "Puede reanudar su actividad normal inmediatamente despu\u00e9s de la densitometr\u00eda.",
            "No necesita acompa\u00f1ante y puede conducir.",
            "Si necesita cambiar la fecha de su pr\u00f3xima revisi\u00f3n, h\u00e1galo con al menos 48 horas de antelaci\u00f3n.",
        ]),
    ],
))

# ------------------------------------------------------- image-only (en) --
IMAGE_DOC = dict(
    file="kyphoplasty-scanned.pdf",
    format="pdf", language="en",
    title="Balloon kyphoplasty: information for patients",
    publisher="Northbridge University Hospitals NHS Foundation Trust",
    reviewed=None, url=None,
    expect_error=True,
    lines=[
        "Northbridge University Hospitals NHS Foundation Trust",
        "Interventional Radiology",
        "",
        "Balloon kyphoplasty:",
        "information for patients",
        "",
        "What is balloon kyphoplasty?",
        "Balloon kyphoplasty is a treatment for painful compression",
        "fractures of the spine. A small balloon is inflated inside the",
        "broken vertebra to restore some of its height, and the space",
        "is then filled with bone cement.",
        "",
        "What happens after the procedure?",
        "You will lie flat for two hours and can usually go home the",
        "next day. Most people notice less pain within a few days.",
        "",
        "Interventional Radiology: 01632 960 640",
    ],
)
