"""The opening of a message written to a person ("Hola doctora, ...") is not searched."""

from __future__ import annotations

import pytest

from faqsvc.answering.address import address_end, unsearched_spans, vague_question
from faqsvc.answering.query import analyze
from faqsvc.answering.search import search


@pytest.mark.parametrize(
    ("locale", "text", "address"),
    [
        ("es", "Hola doctora, cuando puedo volver a caminar", "Hola doctora,"),
        ("en", "Dear nurse, my husband is on warfarin", "Dear nurse,"),
        ("en", "Good morning doctor! how long does it take", "Good morning doctor!"),
        ("de", "Sehr geehrte Damen und Herren, meine Mutter", "Sehr geehrte Damen und Herren,"),
        ("de", "Grüß Gott, woraus besteht der Zement", "Grüß Gott,"),
        ("fr", "Madame, Monsieur, est-ce que je vais dormir", "Madame, Monsieur,"),
        ("pt", "Bom dia, doutor. Quem é que faz", "Bom dia, doutor."),
        ("vi", "Bác sĩ ơi, bao lâu thì đi được", "Bác sĩ ơi,"),
        ("ar", "السلام عليكم دكتور، كم تستغرق العملية", "السلام عليكم دكتور،"),
        ("zh-Hans", "医生您好，请问要住院吗", "医生您好，"),
        ("zh-Hans", "大夫，俺爹做完能走吗", "大夫，"),
        # not an address: a question, a word of content, a doctor spoken of, nothing after it
        ("en", "pain after, doctor?", ""),
        ("en", "Doctor?", ""),
        ("en", "hi", ""),
        ("en", "Will I see the doctor, or a nurse?", ""),
        ("es", "Doctora Ruiz me dijo que no coma, es verdad?", ""),
        ("de", "Morgen OP, darf ich essen?", ""),
        ("zh-Hans", "医生说要趴着，多久？", ""),
        ("en", "", ""),
        ("en", ",,,,", ""),
        ("xx", "hello, what is it", ""),
    ],
)
def test_address_end(locale, text, address):
    assert text[: address_end(text, locale)] == address


@pytest.mark.parametrize(
    ("locale", "text", "unsearched"),
    [
        ("vi", "Chào bác sĩ, cho em hỏi lúc làm có đau không", ["Chào bác sĩ,", "cho em hỏi"]),
        ("en", "Hi, I wanted to ask how long it takes", ["Hi,", "I wanted to ask"]),
        ("en", "how long does it take? I was wondering", ["I was wondering"]),
        ("en", "I'd like to know what goes into my back", ["I'd like to know"]),
        ("en", "i’d just like to find out how long", ["i’d just like to find out"]),
        ("de", "ich wollte fragen, wie lange es dauert", ["ich wollte fragen"]),
        ("es", "tengo una duda: cuanto dura", ["tengo una duda"]),
        ("pt", "Queria saber quanto tempo demora", ["Queria saber"]),
        ("fr", "j'aimerais savoir combien de temps", ["j'aimerais savoir"]),
        ("ar", "عندي سؤال عن الاسمنت", ["عندي سؤال"]),
        ("zh-Hans", "我想问一下多久能走", ["我想问一下"]),
        # asking about asking is a question of its own: "can I ask my doctor", "what to know"
        ("en", "can I ask my doctor about it", []),
        ("en", "what should I know before", []),
        ("de", "was muss ich wissen", []),
        # the asker's age said as context: "age" is what the pairs on who breaks a bone are about
        ("en", "is it too dangerous at my age?", ["at my age"]),
        ("de", "Ist das in meinem Alter zu gefährlich?", ["in meinem Alter"]),
        ("es", "¿es peligroso a mi edad?", ["a mi edad"]),
        ("fr", "c'est dangereux à mon âge ?", ["à mon âge"]),
        ("pt", "é perigoso na minha idade?", ["na minha idade"]),
        ("vi", "ở tuổi này làm có nguy hiểm không", ["ở tuổi này"]),
        ("zh-Hans", "我这个年纪做有危险吗", ["我这个年纪"]),
        ("ar", "هل العملية خطيرة في عمري؟", ["في عمري"]),
        ("en", "does the risk of a fracture rise with age?", []),  # age asked about
        ("pt", "as fraturas aumentam com a idade?", []),
        ("zh-Hans", "年龄大了容易骨折吗", []),
        # a question asking only what now names no subject; one asking what happens during it
        # or in a clause of its own does
        ("en", "I forgot my blood thinner. What happens now?", ["What happens now"]),
        ("en", "what happens during the procedure?", []),
        ("en", "what happens if the cement leaks?", ["what happens"]),
        ("es", "se me olvidó el Sintrom, ¿qué hago?", ["qué hago"]),
        ("fr", "j'ai oublié d'arrêter, on fait comment ?", ["on fait comment"]),
        ("de", "Ich habe vergessen, es abzusetzen. Was nun?", ["Was nun"]),
        ("de", "was passiert beim Eingriff?", []),
        ("pt", "esqueci de parar o remédio, e agora?", ["e agora"]),
        ("vi", "quên ngưng thuốc rồi, giờ phải làm sao?", ["giờ phải làm sao"]),
        ("zh-Hans", "忘了停药，那怎么办？", ["那怎么办"]),
        ("ar", "نسيت أوقف الدوا، شو بعمل هلأ؟", ["شو بعمل هلأ"]),
        # the way things were before, said to compare, is no time before the procedure; a
        # plain "as before" says how one wants to walk or take one's tablets again
        ("es", "¿y si me sigue doliendo igual que antes?", ["igual que antes"]),
        ("en", "what if it hurts the same as before?", ["the same as before"]),
        ("pt", "e se continuar doendo igualzinho a antes?", ["igualzinho a antes"]),
        ("fr", "je reprends mes médicaments comme avant ?", []),
        # a tag at the end asks only for a yes; "right" inside the message is a side
        ("en", "it won't hurt, will it?", [", will it?"]),
        ("en", "the right leg, is that normal", []),
        ("fr", "on dort pendant, n'est-ce pas ?", [", n'est-ce pas ?"]),
        ("de", "Man ist wach, oder?", [", oder?"]),
        ("es", "se hace con anestesia local, ¿verdad?", [", ¿verdad?"]),
        ("pt", "não precisa dormir no hospital, né?", [", né?"]),
        ("vi", "không phải gây mê, phải không?", [", phải không?"]),
        ("zh-Hans", "当天能回家，对吧？", ["，对吧？"]),
        ("ar", "العملية بتاخد ساعة، صح؟", ["، صح؟"]),
        # courtesy around the question: thanks, an apology, "if possible", a sign-off
        (
            "en",
            "Sorry to bother you, could someone tell me how long it takes? Many thanks",
            ["Sorry to bother you", "could someone tell me", "Many thanks"],
        ),
        ("en", "if at all possible I'd rather be asleep", ["if at all possible"]),
        ("en", "is it possible to have it twice?", []),  # the question itself
        (
            "es",
            "Disculpe la molestia, ¿me podría decir si hay que ir en ayunas? Gracias de antemano",
            ["Disculpe la molestia", "me podría decir", "Gracias de antemano"],
        ),
        (
            "fr",
            "Excusez-moi de vous déranger, combien de temps faut-il rester couché ? Merci d'avance",
            ["Excusez-moi de vous déranger", "Merci d'avance"],
        ),
        (
            "de",
            "Entschuldigen Sie die Störung, wenn möglich hätte ich gern Auskunft. Vielen Dank im Voraus",
            ["Entschuldigen Sie die Störung", "wenn möglich", "Vielen Dank im Voraus"],
        ),
        ("de", "Hilft das dank dem Zement?", []),  # "dank" as "thanks to" is no thanks
        (
            "pt",
            "Se possível, durante o procedimento fico acordada? Desde já agradeço.",
            ["Se possível", "Desde já agradeço"],
        ),
        ("pt", "quanto tempo de licença preciso?", []),  # a leave from work is asked about
        (
            "vi",
            "xin lỗi làm phiền, nếu được cho hỏi làm mất bao lâu, cảm ơn bác sĩ nhiều",
            ["cho hỏi", "xin lỗi làm phiền", "nếu được", "cảm ơn bác sĩ nhiều"],
        ),
        (
            "zh-Hans",
            "不好意思打扰一下，做完多久能走路？先谢谢了",
            ["不好意思", "打扰一下", "先谢谢了"],
        ),
        ("ar", "لو سمحت متى أقدر أمشي؟ وشكراً لكم", ["لو سمحت", "وشكراً لكم"]),
        # "or not" closing a question without a comma asks for a yes too (session 33)
        ("es", "se me quita el dolor despues o no", [" o no"]),
        ("en", "will they knock me out or not??", [" or not??"]),
        ("fr", "elle peut boire un café le matin ou pas?", [" ou pas?"]),
        ("de", "hilft das oder nicht?", [" oder nicht?"]),
        ("pt", "vou ficar acordada ou não?", [" ou não?"]),
        ("es", "¿no puedo comer nada?", []),  # a plain negative question: no tag
        ("en", "what if I can not", []),
    ],
)
def test_unsearched_spans(locale, text, unsearched):
    assert [text[s.start : s.stop] for s in unsearched_spans(text, locale)] == unsearched


def test_a_tag_leaves_the_answer_of_the_plain_question(real_index):
    plain = search(real_index, "will it hurt?", "en", limit=1).results
    tagged = search(real_index, "it will hurt, right?", "en", limit=1).results
    assert plain and tagged and tagged[0].pair.id == plain[0].pair.id


def test_an_address_adds_no_concept(real_index):
    bare = analyze(real_index, "es", "cuando puedo volver a caminar despues del cemento")
    addressed = analyze(
        real_index, "es", "hola doctora, cuando puedo volver a caminar despues del cemento"
    )
    assert [c.word for c in addressed.concepts] == [c.word for c in bare.concepts]


def test_an_addressed_question_gets_the_answer_of_the_bare_one(real_index):
    bare = search(real_index, "wie lange dauert der Eingriff?", "de", limit=1)
    addressed = search(
        real_index, "Sehr geehrte Damen und Herren, wie lange dauert der Eingriff?", "de", limit=1
    )
    assert bare.results and addressed.results
    assert addressed.results[0].pair.id == bare.results[0].pair.id
    assert addressed.results[0].score == pytest.approx(bare.results[0].score)


@pytest.mark.parametrize(
    ("locale", "sentence", "vague"),
    [
        ("en", "What happens now?", True),
        ("en", "what should we do?", True),
        ("en", "I forgot to stop it, what now?", False),  # it tells what, too
        ("en", "what happens during the procedure?", False),
        ("es", "¿y ahora qué hago?", True),
        ("fr", "Et maintenant ?", True),
        ("de", "Was passiert jetzt?", True),
        ("pt", "o que acontece se vazar?", False),
        ("zh-Hans", "万一漏了怎么办", False),
        ("ar", "ماذا أفعل الآن؟", True),
        ("vi", "", False),
        ("en", "???", False),
        # "how would they manage that?" asks about what the message told (session 33)
        ("en", "How would they manage that with me?", True),
        ("en", "will that be a problem?", True),
        ("en", "how would they manage the pain?", False),
        ("es", "¿cómo lo harían conmigo?", True),
        ("fr", "Comment ils feraient avec moi ?", True),
        ("de", "Ist das ein Problem?", True),
        ("pt", "como fariam comigo?", True),
        ("pt", "como fazem a anestesia?", False),
        # a bare "does it?" after what it asks about (session 36): the told sentence is the ask
        ("en", "does it?", True),
        ("en", "Will it really?", True),
        ("en", "can I?", True),
        ("en", "does it hurt?", False),
        ("en", "is it safe?", False),
    ],
)
def test_vague_question(locale, sentence, vague):
    assert vague_question(sentence, locale) is vague


@pytest.mark.parametrize(
    ("locale", "message", "word"),
    [
        ("en", "I completely forgot to stop my clopidogrel. What happens now?", "clopidogrel"),
        ("es", "Mi madre toma Sintrom y se le olvidó dejarlo. ¿Qué pasa ahora?", "Sintrom"),
        ("de", "Meine Mutter hat vergessen, das Marcumar abzusetzen. Was nun?", "Marcumar"),
    ],
)
def test_a_story_asked_about_only_vaguely_is_what_is_asked(real_index, locale, message, word):
    """ "What happens now?" names nothing: the story before it is the question, not context."""
    weights = {c.word: c for c in analyze(real_index, locale, message).concepts}
    assert not weights[word].told
    told = analyze(real_index, locale, message.rsplit(".", 1)[0] + ". When can I walk?")
    assert {c.word: c for c in told.concepts}[word].told
