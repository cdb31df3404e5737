# -*- coding: utf-8 -*-
"""Texts of the Markdown and plain-text documents of the blind test set."""

DOCS = []

# ---------------------------------------------------------------- M1 (en) --
DOCS.append(dict(
    file="carpal-tunnel-release.md", format="md", language="en",
    title="Carpal tunnel release surgery",
    publisher="Eastgate Community Hospital",
    reviewed="2024-08", url=None,
    chrome=dict(
        top=["Eastgate Community Hospital \u2013 Hand Surgery Unit",
             "Home > Patient leaflets > Hand surgery > Carpal tunnel release"],
        under_title=["Leaflet code: HSU-07", "Last reviewed: August 2024", "Print this leaflet"],
        bottom_title="Contact the Hand Surgery Unit",
        bottom=["Hand therapy team: 01632 961 230",
                "Monday to Friday, 8am to 4pm",
                "Eastgate Community Hospital, Station Road, Eastgate EG1 2HS",
                "Switchboard: 01632 961 000",
                "Other formats available on request"],
    ),
    sections=[
        ("What is carpal tunnel syndrome?", [
            "Carpal tunnel syndrome happens when the median nerve is squeezed as it passes through a narrow tunnel at the front of the wrist.",
            "It causes tingling, numbness and pain in the thumb, index and middle fingers, often worse at night.",
            "Over time it can lead to weakness of the muscles at the base of the thumb.",
        ]),
        ("What does the operation involve?", [
            "Carpal tunnel release is a day-case operation done under local anaesthetic, so you will be awake.",
            "The surgeon makes a small cut in the palm and divides the ligament that forms the roof of the tunnel.",
            "This makes more room for the nerve and relieves the pressure on it.",
            "The operation takes about 15 minutes.",
        ]),
        ("Before your operation", [
            "You can eat and drink normally on the day.",
            "Please remove rings from the hand being operated on before you come in.",
            "Tell us if you take blood thinners, as some may need to be paused.",
            "Arrange for someone to drive you home, because you will not be able to drive with a bandaged hand.",
        ]),
        ("Looking after your hand", [
            "Keep your hand raised above the level of your heart for the first 48 hours to reduce swelling.",
            "Keep the dressing clean and dry until your stitches are removed after 10 to 14 days.",
            "Move your fingers gently and often from the day of surgery.",
            "Avoid heavy lifting and forceful gripping for about four weeks.",
        ]),
        ("Risks", [
            "Most people have good relief of their symptoms, although numbness can take several months to improve fully.",
            "The scar may be tender for a few months.",
            "Infection, nerve injury and complex regional pain syndrome are uncommon.",
            "Symptoms come back in a small number of patients.",
        ]),
        ("When can I go back to work?", [
            "People with desk jobs can often return after one to two weeks.",
            "If your work involves heavy manual tasks, you may need four to six weeks off.",
            "You can drive once you can grip the steering wheel firmly and control the car safely.",
        ]),
    ],
))

# ---------------------------------------------------------------- T1 (fr) --
DOCS.append(dict(
    file="arthroscopie-genou.txt", format="txt", language="fr",
    title="Arthroscopie du genou : ce qu'il faut savoir",
    publisher="Clinique des C\u00e8dres",
    reviewed=None, url=None,
    chrome=dict(
        top=["Clinique des C\u00e8dres \u2013 Service d'orthop\u00e9die",
             "Document d'information patient"],
        bottom=["Tel. secr\u00e9tariat : 04 72 00 18 40",
                "Standard : 04 72 00 18 00",
                "Horaires : du lundi au vendredi, 8 h 30 \u2013 18 h",
                "45 chemin des C\u00e8dres, 69005 Lyon",
                "\u00c9tablissement certifi\u00e9 par la Haute Autorit\u00e9 de Sant\u00e9",
                "Ne pas jeter sur la voie publique"],
    ),
    sections=[
        ("Qu'est-ce qu'une arthroscopie du genou ?", [
            "L'arthroscopie est une technique chirurgicale qui permet d'examiner et de traiter l'int\u00e9rieur du genou \u00e0 l'aide d'une petite cam\u00e9ra.",
            "Elle est r\u00e9alis\u00e9e par deux ou trois petites incisions d'environ un centim\u00e8tre.",
            "Elle permet notamment de traiter une l\u00e9sion du m\u00e9nisque, de retirer un corps \u00e9tranger ou de reconstruire un ligament crois\u00e9.",
        ]),
        ("Anesth\u00e9sie", [
            "L'intervention se d\u00e9roule le plus souvent sous anesth\u00e9sie g\u00e9n\u00e9rale ou sous rachianesth\u00e9sie.",
            "Le choix est fait avec l'anesth\u00e9siste lors de la consultation pr\u00e9op\u00e9ratoire obligatoire.",
            "Vous devrez \u00eatre \u00e0 jeun six heures avant l'intervention.",
        ]),
        ("Le jour de l'intervention", [
            "L'hospitalisation se fait g\u00e9n\u00e9ralement en ambulatoire, avec une sortie le jour m\u00eame.",
            "Prenez une douche avec le savon antiseptique prescrit la veille au soir et le matin.",
            "Ne vous rasez pas le genou vous-m\u00eame, l'\u00e9quipe s'en chargera si n\u00e9cessaire.",
            "Un accompagnant devra venir vous chercher et rester avec vous la premi\u00e8re nuit.",
        ]),
        ("Apr\u00e8s l'intervention", [
            "Le genou peut \u00eatre gonfl\u00e9 et douloureux pendant quelques jours.",
            "Appliquez de la glace vingt minutes plusieurs fois par jour et gardez la jambe sur\u00e9lev\u00e9e au repos.",
            "Des cannes anglaises peuvent \u00eatre n\u00e9cessaires pendant quelques jours.",
            "Des s\u00e9ances de kin\u00e9sith\u00e9rapie sont souvent prescrites pour retrouver la mobilit\u00e9 et la force musculaire.",
        ]),
        ("Complications possibles", [
            "Les complications sont rares apr\u00e8s une arthroscopie.",
            "Un \u00e9panchement de liquide dans le genou ou un h\u00e9matome peuvent n\u00e9cessiter une ponction.",
            "Une phl\u00e9bite peut survenir, c'est pourquoi un traitement anticoagulant pr\u00e9ventif peut \u00eatre prescrit.",
            "L'infection articulaire est exceptionnelle mais impose une reprise chirurgicale rapide.",
        ]),
        ("Reprise des activit\u00e9s", [
            "La reprise du travail d\u00e9pend de votre m\u00e9tier et du geste r\u00e9alis\u00e9, de quelques jours \u00e0 plusieurs semaines.",
            "La conduite automobile est possible lorsque le genou est indolore et que vous pouvez freiner efficacement.",
            "Le sport pourra \u00eatre repris progressivement apr\u00e8s avis du chirurgien, g\u00e9n\u00e9ralement apr\u00e8s six semaines.",
        ]),
    ],
))
