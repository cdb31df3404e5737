"""Questions that name a subject the documents never answer (driving, bathing, travel, work,
sex, alcohol, cost, parking and visits, a medicine's dose, another operation by name, the
hospital's own figures and staff) are declined instead of getting the nearest pair."""

from __future__ import annotations

import pytest

from faqsvc.answering.search import search
from faqsvc.answering.subjects import named_subjects, pair_names
from faqsvc.locales import match_locale
from faqsvc.model import ServedPair, Source

NAMED = [
    ("en", "when can I drive again after vertebroplasty?", {"driving"}),
    ("en", "Can I have a shower the day after?", {"bathing"}),
    ("en", "is it ok to fly two weeks after the procedure", {"travel"}),
    ("en", "how long before I can go back to work", {"work"}),
    ("en", "how much is it and does my insurance cover it", {"cost"}),
    ("en", "can I have a glass of wine tonight", {"alcohol"}),
    ("es", "¿Cuándo puedo volver a conducir?", {"driving"}),
    ("es", "puedo ducharme despues de la operacion", {"bathing"}),
    ("es", "cuanto cuesta la vertebroplastia", {"cost"}),
    ("fr", "Quand pourrai-je reprendre le volant ?", {"driving"}),
    ("fr", "je peux prendre un bain ?", {"bathing"}),
    ("fr", "combien de jours d'arret de travail", {"work"}),
    ("de", "Wann darf ich wieder Auto fahren?", {"driving"}),
    ("de", "darf ich nach der OP duschen", {"bathing"}),
    ("de", "zahlt das die Krankenkasse?", {"cost"}),
    ("pt", "quando posso voltar a dirigir?", {"driving"}),
    ("pt", "posso tomar banho no mesmo dia", {"bathing"}),
    ("zh", "术后多久可以开车？", {"driving"}),
    ("zh", "做完手术多久能洗澡", {"bathing"}),
    ("zh", "医保能报销吗", {"cost"}),
    # as said in Hong Kong, Taiwan and Singapore, and the everyday "洗个澡"
    ("zh", "几时可以揸车", {"driving"}),
    ("zh", "做完几时可以洗个澡", {"bathing"}),
    ("zh", "几时可以返工", {"work"}),
    ("zh", "健保有给付吗", {"cost"}),
    ("zh", "做完可以搭飞机吗", {"travel"}),
    ("ar", "متى أقدر أسوق بعد العملية؟", {"driving"}),
    ("ar", "امتى اقدر استحمى", {"bathing"}),
    ("ar", "العملية بكم في المستشفى؟", {"cost"}),
    # "بكم" before a time unit, or after "before", counts days, not money
    ("ar", "لازم يوقف الدوا بكم يوم قبل العملية؟", set()),
    ("ar", "أوقف مميع الدم قبل بكم؟", set()),
    ("vi", "sau khi bơm xi măng bao lâu thì lái xe được", {"driving"}),
    ("vi", "chi phi bom xi mang bao nhieu tien", {"cost"}),
    ("en", "can I drive and have a shower the day after?", {"driving", "bathing"}),
    ("en", "paracetamol dose after procedure", {"dose"}),
    ("es", "cuantas pastillas de metamizol puedo tomar al dia", {"dose"}),
    ("de", "Welche Dosis Ibuprofen ist erlaubt?", {"dose"}),
    ("zh", "止痛药一次吃几片", {"dose"}),
    ("en", "can my wife come in with me?", {"logistics"}),
    ("fr", "mon mari pourra-t-il rester à côté de moi ?", {"logistics"}),
    ("en", "can my son stay in the room while they do it", {"logistics"}),
    ("pt", "meu marido pode entrar comigo na sala?", {"logistics"}),
    ("ar", "ممكن بنتي تدخل معايا العمليات؟", {"logistics"}),
    ("vi", "uống thuốc giảm đau liều bao nhiêu là đủ", {"dose"}),
    # a programme of exercises: the leaflets say physiotherapy helps, never which exercises
    ("en", "what exercises should I do at home afterwards", {"exercises"}),
    ("es", "¿Qué ejercicios tengo que hacer después del cemento?", {"exercises"}),
    ("fr", "quels exercices faire pour le dos après ?", {"exercises"}),
    ("de", "Welche Übungen soll ich nach dem Eingriff machen?", {"exercises"}),
    ("pt", "quais exercicios posso fazer em casa depois", {"exercises"}),
    ("zh", "做完以后在家做什么运动好", {"exercises"}),
    ("ar", "ايه التمارين اللي اعملها بعد العملية", {"exercises"}),
    ("vi", "về nhà nên tập bài tập nào cho lưng", {"exercises"}),
    # another operation or treatment by name: the leaflets answer none of its questions
    ("en", "how long off work after a lumbar fusion", {"other_procedure", "work"}),
    ("en", "do I stop my blood thinner before the dentist pulls a tooth?", {"other_procedure"}),
    ("es", "¿cuánto se tarda en recuperarse de una microdiscectomía?", {"other_procedure"}),
    ("fr", "faut-il être à jeun pour l'opération de la cataracte ?", {"other_procedure"}),
    ("de", "wie lange Reha nach Versteifungsoperation", {"other_procedure"}),
    ("pt", "quanto tempo de recuperação de uma artrodese lombar", {"other_procedure"}),
    ("vi", "mổ đục thủy tinh thể xong bao lâu thì nhìn rõ", {"other_procedure"}),
    ("zh", "椎间孔镜术后多久下床", {"other_procedure"}),
    ("ar", "عملية المياه البيضاء كم تاخذ وقت", {"other_procedure"}),
    ("vi", "thoát vị đĩa đệm mổ nội soi có tốt không", {"other_procedure"}),
    ("de", "wie viel Paracetamol darf ich pro Tag höchstens nehmen", {"dose"}),
    ("ar", "ابغى تمارين للظهر بعد الحقنة", {"exercises"}),
    # the hospital's own figures and staff: a leaflet speaks of patients in general
    ("en", "how many of these does your hospital do a year", {"institution"}),
    ("en", "two flights of stairs then a flight to Spain next month", {"travel"}),
    # how to sleep at home afterwards: the leaflets speak of lying face down for the procedure
    ("en", "after it can I sleep on my side at night?", {"sleeping_position"}),
    ("fr", "on peut dormir sur le ventre après ?", {"sleeping_position"}),
    ("de", "darf ich danach auf der Seite schlafen", {"sleeping_position"}),
    ("zh", "做完以后能侧睡吗", {"sleeping_position"}),
    ("fr", "je suis tombée dans la douche, quand pourrai-je reprendre un bain ?", {"bathing"}),
    ("fr", "quel est le taux de réussite dans votre clinique ?", {"institution"}),
    ("de", "wie oft wird das in Ihrem Krankenhaus gemacht", {"institution"}),
    ("es", "¿cuántas vertebroplastias hacen en este hospital?", {"institution"}),
    ("pt", "os médicos de vocês têm experiência? quantas fazem nesse hospital", {"institution"}),
    ("zh", "你们医院一年做多少例", {"institution"}),
    ("vi", "bệnh viện này mỗi năm làm bao nhiêu ca", {"institution"}),
    ("ar", "كم عملية يسوون في مستشفاكم بالسنة؟", {"institution"}),
    ("de", "wie viele macht eure Klinik im Jahr", {"institution"}),
    # what to bring on the day, who may come into the room: no leaflet says
    ("en", "do I need to bring my x-rays on the day?", {"logistics"}),
    ("es", "¿tengo que llevar el CD de la resonancia?", {"logistics"}),
    ("fr", "quelles radios apporter le jour de l'intervention ?", {"logistics"}),
    ("de", "was muss ich mitbringen?", {"logistics"}),
    ("pt", "preciso levar os exames antigos?", {"logistics"}),
    ("zh", "做手术那天要带什么", {"logistics"}),
    ("vi", "hôm làm có cần mang theo phim chụp không", {"logistics"}),
    ("ar", "شو أجيب معي يوم العملية؟", {"logistics"}),
    ("es", "¿puede pasar mi hija conmigo a la sala?", {"logistics"}),
    ("pt", "minha filha pode entrar na sala comigo?", {"logistics"}),
    # how long the cement lasts, or whether it must be redone: no leaflet says
    ("en", "how many years does the bone cement last before it has to be redone?", {"durability"}),
    ("es", "¿cuántos años dura el cemento dentro del hueso?", {"durability"}),
    ("fr", "combien d'années tient le ciment ? faut-il le changer un jour", {"durability"}),
    ("de", "Wie lange hält der Zement im Wirbel?", {"durability"}),
    ("pt", "quantos anos dura o cimento na coluna?", {"durability"}),
    ("vi", "xi măng trong đốt sống dùng được bao nhiêu năm", {"durability"}),
    ("zh", "骨水泥能用多少年，要不要换", {"durability"}),
    ("ar", "كم سنة يدوم الاسمنت في الفقرة؟", {"durability"}),
]

NOT_NAMED = [
    # "su" and "ihre" are also his and her; a home is no hospital
    ("es", "mi padre dice que sus médicos le hablaron del cemento, ¿qué es?"),
    ("de", "meine Mutter fragt, ob ihre Ärzte das auch machen können"),
    ("fr", "quand est-ce que je peux rentrer chez moi"),
    ("en", "will my care team tell me when to stop my tablets"),
    ("en", "our flat is up three flights of stairs, can mum manage them after?"),  # no flying
    ("ar", "هل لازم أنام على بطني وقت العملية؟"),  # lie face down for it, not sleep
    ("en", "will I have to lie on my front during it?"),
    # a fall in the bathroom is how the fracture came, not a question about bathing
    ("es", "mi abuela se resbaló en la ducha y se rompió una vértebra, ¿le sirve el cemento?"),
    ("de", "Mein Vater ist in der Dusche ausgerutscht, hilft ihm die Vertebroplastie?"),
    ("zh", "我妈洗澡的时候摔了一跤，压缩骨折能打骨水泥吗"),
    ("en", "how does vertebroplasty work?"),
    ("en", "will it work for my old fracture"),
    ("en", "how much does it hurt afterwards"),
    ("en", "can the cement travel to my lungs"),
    ("en", "I was hurt in a car accident, can I have it?"),
    ("es", "me cuesta caminar desde la fractura"),
    ("es", "¿es seguro el procedimiento?"),
    ("fr", "quelle est la conduite à tenir en cas de fièvre"),
    ("fr", "combien de temps dure l'intervention"),
    ("pt", "posso ir à casa de banho depois?"),
    ("pt", "o procedimento é seguro?"),
    ("pt", "usam raio x para guiar a agulha?"),
    ("vi", "bao lau thi het dau"),
    ("vi", "xương gãy có dính lại với nhau không"),
    ("ar", "أنا موقف الوارفارين من أسبوع"),
    ("zh", "用酒精消毒吗"),
    ("zh", "我姥姥被一个骑电动车的小孩碰倒了"),  # riding, told as context: no driving
    ("en", "can I keep taking my low dose aspirin?"),  # a drug's name, not a dose asked
    # waiting to go into the room oneself is no companion asked for
    ("pt", "to esperando pra entrar na sala, quem vai fazer o procedimento?"),
    ("es", "estoy en la sala de espera, ¿cuánto tarda?"),
    # wearing a brace, and what the procedure brings: not what to bring
    ("es", "¿cuántas semanas tengo que llevar la faja?"),
    ("fr", "qu'est-ce que la vertébroplastie va m'apporter ?"),
    ("vi", "làm xong có phải mang đai lưng nữa không?"),
    # the leaflets' own words on how the cement holds, and a cement seen on the X-ray
    ("fr", "comment le ciment tient-il l'os ?"),
    ("de", "Wie hält der Zement den Knochen zusammen?"),
    ("vi", "sao chụp x-quang lại thấy xi măng?"),
    ("en", "how many years old can the fracture be?"),
    ("en", "my lola had the cement last month, can another bone break now?"),
    ("es", "¿cuánto dura el cemento en endurecerse?"),  # how long it takes to set: answered
    ("pt", "o cimento dura quanto tempo pra secar?"),
    ("en", "I take 75 mg aspirin, do I stop it before?"),
    ("fr", "je prends de l'aspirine à petite dose"),
    ("en", "how long will the pain stay with me?"),
    ("en", "will a nurse be with me during the procedure?"),  # the leaflets answer this one
    ("en", "how soon can I start exercising again?"),  # when, not which exercises: answered
    ("es", "¿cuándo puedo volver a hacer ejercicio?"),
    ("de", "Hilft mir Physiotherapie danach?"),
    ("fr", "est-ce que la kiné aide après ?"),
    # a replaced joint or a slipped disc is context the leaflets answer (metal and the MRI; what
    # vertebroplasty is not for), not another operation asked about
    ("en", "I had a hip replacement years ago, can I still have the MRI first?"),
    ("de", "Ich habe ein künstliches Kniegelenk, geht das MRT trotzdem?"),
    ("es", "¿sirve la vertebroplastia para una hernia discal?"),
    ("fr", "j'ai une prothèse de hanche, l'IRM est possible ?"),
    ("zh", "我有椎间盘突出，打骨水泥能治好吗"),
    ("en", "will it fuse the broken bits of bone together?"),
    # session 36, zh/vi lexicon: the dentist as a likeness of the numbing jab asks about this
    # procedure, not about the dentist's
    ("vi", "chích thuốc tê giống lúc nhổ răng hả?"),
    ("vi", "gây tê có giống như đi nha sĩ không"),
    ("zh", "打麻药是不是跟拔牙一样"),
    ("zh", "像看牙那样打一针局麻吗"),
    ("ar", "متى اقدر ارجع للتمارين؟"),  # when, not which exercises: answered
    ("de", "Wie viel Schmerzen sind am Tag danach normal?"),
    ("en", ""),
    ("en", "   \u200b\u200b  "),
    ("en", "\ufdfa" * 50),
    ("en", "<b>hello</b><script>alert(1)</script>"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED)
def test_a_question_names_its_subject_in_any_language(lang, text, expected):
    assert named_subjects(text) == expected


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("vi", "bao gio dc tam", {"bathing"}),  # text-speak "dc" for "được"
        ("vi", "khi nao dc lai xe", {"driving"}),
        ("de", "wann darf ich wieder duschen", {"bathing"}),
    ],
)
def test_a_locale_text_speak_names_its_subject(locale, text, expected):
    assert named_subjects(text, locale) == expected


# A subject named through a typo of a word of the locale's own subject phrases (no word of its
# language, one edit away), and typos that must name nothing.
@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("en", "can i drve myself home after the vertebroplasty", {"driving"}),
        ("en", "when can i shwer", {"bathing"}),
        ("en", "is it covred by my insurence", {"cost"}),
        ("fr", "quand puis-je conduir a nouveau", {"driving"}),
        ("es", "cuando puedo ducharm", {"bathing"}),
        ("en", "can i drve and shwer", {"driving", "bathing"}),
        ("de", "muss ich stationaer bleiben", set()),  # not the French "stationner" (parking)
        ("en", "when can i walk agian", set()),
        ("en", "the drive home and the shower", {"driving", "bathing"}),  # real words unchanged
        ("zh-Hans", "能不能开车", {"driving"}),  # no word list: the phrases alone
        ("en", "drve " * 2000, {"driving"}),
    ],
)
def test_a_mistyped_subject_is_still_named(locale, text, expected):
    assert named_subjects(text, locale) == expected


@pytest.mark.parametrize(("lang", "text"), NOT_NAMED)
def test_words_that_only_look_like_a_subject_name_none(lang, text):
    assert named_subjects(text) == frozenset()


def _pair(question: str, answer: str, alternates: tuple[str, ...] = ()) -> ServedPair:
    source = Source(id="s", title="Leaflet", publisher="Hospital")
    return ServedPair("p", question, answer, "en", "after", source, "source", alternates=alternates)


def test_only_a_pair_that_names_every_subject_can_answer_it():
    recovery = _pair("What is recovery like?", "Most patients go home the same day.")
    driving = _pair("When can I drive?", "Do not drive for 24 hours.")
    asked_by_alternate = _pair("After care", "Rest today.", alternates=("can I shower?",))
    assert not pair_names(recovery, frozenset({"driving"}))
    assert pair_names(driving, frozenset({"driving"}))
    assert not pair_names(driving, frozenset({"driving", "bathing"}))
    assert pair_names(asked_by_alternate, frozenset({"bathing"}))
    assert pair_names(recovery, frozenset())


UNANSWERED = [
    ("en", "when can I drive again after vertebroplasty?"),
    ("es", "¿cuándo puedo volver a conducir después de la vertebroplastia?"),
    ("fr", "Quand pourrai-je reprendre le volant après la vertébroplastie ?"),
    ("de", "Wann darf ich nach der Vertebroplastie wieder Auto fahren?"),
    ("pt", "Quando posso voltar a dirigir depois da vertebroplastia?"),
    ("zh", "椎体成形术后多久可以开车？"),
    ("ar", "متى أستطيع قيادة السيارة بعد رأب الفقرات؟"),
    ("vi", "Sau khi bơm xi măng cột sống bao lâu thì lái xe được?"),
    ("en", "how much does vertebroplasty cost with insurance"),
    ("en", "can I fly home the day after vertebroplasty"),
    ("en", "how many painkillers can I take a day after vertebroplasty"),
    ("en", "which exercises should I do at home after vertebroplasty"),
    ("pt", "Que exercícios de fisioterapia devo fazer em casa depois da vertebroplastia?"),
    ("fr", "Combien de vertébroplasties votre hôpital fait-il chaque année ?"),
    ("en", "how many years does the cement last in the vertebra?"),
    ("de", "Wie lange hält der Zement, muss er irgendwann erneuert werden?"),
]


@pytest.mark.parametrize(("lang", "text"), UNANSWERED)
def test_a_subject_no_document_answers_is_declined(real_index, lang, text):
    locale = match_locale(lang)
    assert search(real_index, text, locale, min_confidence=0.0).results == ()


def test_required_words_never_hide_a_subject_the_patterns_find():
    """Each subject's words (``_required_words``) are tested before its pattern, to skip the
    patterns a text cannot match: on every phrase of every locale, alone and inside a
    sentence, the subjects found are those the patterns alone find."""
    from faqsvc.answering import subjects as module

    texts = [f"{phrase.strip('*')}" for listed in module._phrases().values() for phrase in listed]
    texts += [f"my question: {text}ing, please" for text in texts]
    patterns = module.subject_patterns()
    checked = 0
    for text in texts:
        folded = module.canonical(text)
        alone = frozenset(s for s, pattern in patterns.items() if pattern.search(folded))
        assert module._subjects_in(text) == alone, text
        checked += bool(alone)
    assert checked > 100


def test_no_phrasing_names_a_subject_its_answer_does_not(real_index):
    """A pair's question and phrasings, in every locale, name no subject that neither its own
    answer nor the source answer names: "¿Podré ducharme y vestirme solo?" (for "washing and
    dressing myself") let the benefits pair answer "when can I shower?"."""
    source = real_index.pairs("en")
    found = []
    for locale in real_index.locales:
        for pair_id, pair in real_index.pairs(locale).items():
            asked = named_subjects("\n".join((pair.question, *pair.alternates)))
            answered = named_subjects(pair.answer) | named_subjects(source[pair_id].answer)
            if asked - answered:
                found.append((locale, pair_id, sorted(asked - answered)))
    assert not found
