"""A patient's question about one fact inside a long answer finds the pair that states it.

Our own questions (not the eval sets'), worded unlike the pair's alternates: what the cement
is, how long the procedure takes, what the doctors check first, what patients hear. Where
several pairs state the fact, any of them is right.
"""

import pytest

from tests.answering.answers import shown_first

CEMENT_MADE_OF = {"004-8f134766"}  # PMMA powder with tantalum and barium sulfate
CEMENT_NAMED = {"004-8f134766", "001-e7494330"}  # both name polymethyl methacrylate
PERFORMED_ROOM = {"002-a9b7dfff"}  # longer for more than one fracture; x-ray monitors
TESTS_FIRST = {"000-2363334f"}  # herniated discs ruled out by testing
DRESSING = {"001-e7494330", "003-495e6ba3"}  # sterile dressing; bandage
DURING = {"002-82523bdf"}  # hear what is said; generally well tolerated
CEMENT_ESCAPES = {"000-3af97d40", "001-50d3ca22", "002-1ea94d6a", "004-c9363f4e", "002-a9b7dfff"}
NOT_PREVENTIVE = {"002-e43f4a70"}  # no preventive treatment for osteoporosis
# the cement holds the broken pieces together ("fuses the bone fragments", "hardens and
# stabilizes", "an internal cast")
HOLDS = {"001-e53c5ea9", "001-e7494330", "002-ac37af2c"}


@pytest.mark.parametrize(
    "locale, query, expected",
    [
        ("en", "is the bone cement mixed from a powder", CEMENT_MADE_OF),
        ("en", "will they check it is not a slipped disc first", TESTS_FIRST),
        ("en", "will they put a dressing on", DRESSING),
        ("en", "will I hear the doctors talking", DURING),
        ("en", "could the cement come out of the bone", CEMENT_ESCAPES),
        ("es", "el cemento es un polvo", CEMENT_MADE_OF),
        ("es", "como se llama ese cemento", CEMENT_NAMED),
        ("es", "comprueban antes que no es una hernia discal", TESTS_FIRST),
        ("es", "me ponen un aposito despues", DRESSING),
        ("es", "oire hablar a los medicos", DURING),
        ("fr", "le ciment est fait à partir d'une poudre ?", CEMENT_MADE_OF),
        ("fr", "quel est le nom du ciment", CEMENT_NAMED),
        ("fr", "ça dure plus longtemps pour deux vertèbres ?", PERFORMED_ROOM),
        ("fr", "est ce que le ciment guérit l'ostéoporose", NOT_PREVENTIVE),
        ("fr", "ils vérifient que ce n'est pas une hernie discale ?", TESTS_FIRST),
        ("fr", "est ce que c'est bien supporté", DURING),
        ("fr", "le ciment peut-il sortir de l'os", CEMENT_ESCAPES),
        ("de", "ist der Zement ein Pulver", CEMENT_MADE_OF),
        ("de", "wie heißt der Knochenzement", CEMENT_NAMED),
        ("de", "dauert es bei zwei Wirbeln länger", PERFORMED_ROOM),
        ("de", "woher wissen die Ärzte dass genug Zement im Wirbel ist", PERFORMED_ROOM),
        ("de", "höre ich was die Ärzte sagen", DURING),
        ("de", "kann der Zement aus dem Knochen austreten", CEMENT_ESCAPES),
        ("pt", "o cimento é feito de pó", CEMENT_MADE_OF),
        ("pt", "qual o nome do cimento", CEMENT_NAMED),
        ("pt", "demora mais com duas vértebras", PERFORMED_ROOM),
        ("pt", "eles verificam se não é hérnia de disco", TESTS_FIRST),
        ("pt", "vou escutar os médicos conversando", DURING),
        ("pt", "o cimento pode vazar para fora do osso", CEMENT_ESCAPES),
        ("vi", "xi măng làm từ bột à", CEMENT_MADE_OF),
        ("vi", "làm hai đốt sống có lâu hơn không", PERFORMED_ROOM),
        ("vi", "có kiểm tra xem có phải thoát vị đĩa đệm không", TESTS_FIRST),
        ("vi", "có băng chỗ kim không", DRESSING),
        ("vi", "tôi có nghe bác sĩ nói không", DURING),
        ("vi", "xi măng có bị trào ra khỏi xương không", CEMENT_ESCAPES),
        ("vi", "người ta có chịu nổi thủ thuật không", DURING),
        # session 36: the cement coming loose, typed "bung ra", folded to "bưng" (carry) had the
        # recovery pair's heavy lifting at 0.92
        ("vi", "xi măng có bị bung ra không", HOLDS),
        ("zh-Hans", "骨水泥是用粉末调的吗", CEMENT_MADE_OF),
        ("zh-Hans", "这种骨水泥叫啥", CEMENT_NAMED),
        ("zh-Hans", "做两节椎骨时间会长吗", PERFORMED_ROOM),
        ("zh-Hans", "会先排除椎间盘突出吗", TESTS_FIRST),
        ("zh-Hans", "针眼要包扎吗", DRESSING),
        ("zh-Hans", "我能听见医生说话吗", DURING),
        ("zh-Hans", "骨水泥会从骨头里漏出来吗", CEMENT_ESCAPES),
        ("zh-Hans", "怎么知道骨水泥够不够", PERFORMED_ROOM),
        ("ar", "هل الإسمنت مسحوق", CEMENT_MADE_OF),
        ("ar", "هل تطول العملية لو كانت فقرتين", PERFORMED_ROOM),
        ("ar", "هل يتأكدون أنه ليس انزلاق غضروفي", TESTS_FIRST),
        ("ar", "هل يضعون ضمادة بعد العملية", DRESSING),
        ("ar", "هل أسمع كلام الأطباء أثناء العملية", DURING),
    ],
)
def test_fact_question_finds_the_pair_that_states_it(real_index, locale, query, expected):
    assert shown_first(real_index, query, locale) & expected
