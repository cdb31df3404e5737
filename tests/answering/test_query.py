"""Query analysis on the real index: synonyms attach as whole members, typos get corrected."""

from __future__ import annotations

import math

import pytest

from faqsvc.analysis import analysis_for
from faqsvc.analysis.registry import UNKNOWN_WEIGHT
from faqsvc.answering.message import searched_part
from faqsvc.answering.query import (
    CONTEXT_WEIGHT,
    CRIED_WEIGHT,
    NUMBER_WEIGHT,
    analyze,
    clauses,
)


def _tokens(locale: str, text: str) -> frozenset[str]:
    return frozenset(t.text for t in analysis_for(locale).text(text))


def _concept(query, word: str):
    return next(c for c in query.atomic if c.word.lower() == word)


def test_a_many_word_member_is_a_phrase_not_loose_words(real_index):
    query = analyze(real_index, "en", "how soon can I drive after the cement")
    drive = _concept(query, "drive")
    (car,) = _tokens("en", "car")
    assert car not in drive.synonyms
    assert any(car in phrase and len(phrase) > 1 for phrase in drive.phrases)


def test_a_one_word_member_is_a_plain_synonym(real_index):
    query = analyze(real_index, "en", "do I stop my blood thinner")
    thinner = _concept(query, "thinner")
    assert _tokens("en", "anticoagulant") <= thinner.synonyms


@pytest.mark.parametrize(
    ("locale", "typed", "meant"),
    [("en", "vertebroplasy", "vertebroplasty"), ("en", "osteoperosis", "osteoporosis")],
)
def test_an_unknown_word_gets_the_indexed_word_it_likely_meant(real_index, locale, typed, meant):
    query = analyze(real_index, locale, f"what is {typed}")
    assert query.corrections == {typed: meant}
    assert _tokens(locale, meant) <= _concept(query, typed).corrections


@pytest.mark.parametrize(
    ("locale", "text", "word"),
    [
        # another operation (spinal fusion), two letters longer than "arthrose" / "artrosis"
        ("fr", "combien de temps garder le corset après une arthrodèse", "arthrodèse"),
        ("pt", "recuperação de artrodese na coluna", "artrodese"),
        ("es", "recuperación de una artrodesis lumbar", "artrodesis"),
    ],
)
def test_a_word_two_letters_longer_than_an_indexed_one_is_another_word(
    real_index, locale, text, word
):
    query = analyze(real_index, locale, text)
    assert word not in query.corrections
    assert not _concept(query, word).corrections


@pytest.mark.parametrize(
    ("locale", "text", "word"),
    [
        ("en", "im really scared of the needle", "scared"),  # not "scar", of the incision
        ("en", "later can I walk", "later"),  # not "late"
    ],
)
def test_an_everyday_word_means_itself(real_index, locale, text, word):
    assert not _concept(analyze(real_index, locale, text), word).corrections


def test_a_word_that_is_an_indexed_one_with_an_ending_is_still_found(real_index):
    query = analyze(real_index, "en", "la vertebroplastica è sicura")
    assert _tokens("en", "vertebroplasty") <= _concept(query, "vertebroplastica").corrections


@pytest.mark.parametrize(
    ("locale", "text", "first", "second", "meant"),
    [
        # dictation and unsure typing split the long term into two real words
        (
            "es",
            "me voy a casa el mismo día después de la vértebra plástica",
            "vértebra",
            "plástica",
            "vertebroplastia",
        ),
        (
            "fr",
            "combien de temps dure la vertèbre plastique",
            "vertèbre",
            "plastique",
            "vertébroplastie",
        ),
        ("en", "is osteo porosis the cause", "osteo", "porosis", "osteoporosis"),
    ],
)
def test_two_words_that_spell_a_long_indexed_term_together_mean_it(
    real_index, locale, text, first, second, meant
):
    query = analyze(real_index, locale, text)
    assert _tokens(locale, meant) <= _concept(query, second).corrections
    # the suggestion replaces both words, never "vértebra vertebroplastia"
    assert list(query.corrections) == [f"{first} {second}"]
    assert (
        _tokens(locale, meant) <= _concept(query, first).corrections | _concept(query, first).tokens
    )


@pytest.mark.parametrize(
    ("locale", "text", "word"),
    [
        ("en", "is the bone cement plastic", "plastic"),  # not joined with "cement"
        # a comma between: "vértebraplástica" would be vertebroplastia
        ("es", "me duele la vértebra, plástica o no", "plástica"),
    ],
)
def test_words_that_spell_no_long_indexed_term_together_stay_apart(real_index, locale, text, word):
    assert not _concept(analyze(real_index, locale, text), word).corrections


def test_without_guessing_unknown_words_stay_unknown(real_index):
    query = analyze(real_index, "en", "what is vertebroplasy", guess=False)
    assert query.corrections == {}
    assert not _concept(query, "vertebroplasy").corrections


def test_phrase_words_help_ranking_at_a_share_of_a_synonym_weight(real_index):
    query = analyze(real_index, "en", "drive")
    boosts: dict[tuple[str, str], float] = {}
    for field, token, boost in clauses("en", query):
        boosts[field, token] = max(boost, boosts.get((field, token), 0.0))
    (car,) = _tokens("en", "car")
    (drive,) = _tokens("en", "drive")
    assert 0 < boosts[("question", car)] < boosts[("question", drive)]


@pytest.mark.parametrize(
    ("locale", "text", "word", "synonym"),
    [
        ("en", "will they put me to sleep", "sleep", "sedation"),
        ("en", "will they put me to sleep", "put", "sedation"),
    ],
)
def test_a_member_is_found_with_empty_words_between(real_index, locale, text, word, synonym):
    concept = _concept(analyze(real_index, locale, text), word)
    assert _tokens(locale, synonym) <= concept.synonyms


def test_a_phrase_member_is_found_with_an_article_between(real_index):
    # "fractura de columna" is listed; patients write "fractura en la columna"
    concept = _concept(analyze(real_index, "es", "tengo una fractura en la columna"), "fractura")
    assert _tokens("es", "fractura vertebral") in concept.phrases


def test_a_one_word_member_is_not_matched_by_its_stem(real_index):
    # "numbing" (local anaesthetic) stems to "numb"; numb legs are not an anaesthetic question
    concept = _concept(analyze(real_index, "en", "my legs feel numb"), "numb")
    assert not _tokens("en", "lidocaine") & concept.synonyms


def test_arabic_members_match_with_or_without_hamza_and_article(real_index):
    def synonyms_of(text: str) -> frozenset[str]:
        query = analyze(real_index, "ar", text)
        return frozenset().union(*(c.synonyms for c in query.atomic))

    listed = synonyms_of("هل يحدث الإنتان بعد العملية")  # listed with article and hamza
    assert listed
    assert synonyms_of("هل يحدث انتان بعد العملية") == listed


@pytest.mark.parametrize(
    ("locale", "text", "word", "inner_group_member", "longer_group_member"),
    [
        # "à plat" (lying flat, bed rest) stands inside "à plat ventre" (face down)
        ("fr", "je ne supporte pas d'être à plat ventre", "plat", "alitement", "décubitus ventral"),
        # "needles" (the trocar) stands inside "pins and needles" (tingling)
        ("en", "I get pins and needles in my feet", "needles", "trocar", "tingling"),
    ],
)
def test_a_member_inside_a_longer_member_of_another_group_is_not_found(
    real_index, locale, text, word, inner_group_member, longer_group_member
):
    concept = _concept(analyze(real_index, locale, text), word)
    everything = concept.synonyms.union(*concept.phrases)
    assert not _tokens(locale, inner_group_member) & everything
    assert _tokens(locale, longer_group_member) <= everything


def test_a_member_also_standing_on_its_own_is_still_found(real_index):
    text = "a local anaesthetic or an anaesthetic that puts me out"
    query = analyze(real_index, "en", text)
    found = frozenset().union(*(c.synonyms for c in query.atomic))
    assert _tokens("en", "anesthesia") <= found  # the second "anaesthetic" is general
    assert _tokens("en", "lidocaine") <= found


@pytest.mark.parametrize(
    ("locale", "text", "clauses"),
    [
        ("en", "is it safe? I'm scared", [["safe"], ["scared"]]),
        ("en", "I have osteoporosis, will it hurt", [["osteoporosis"], ["hurt"]]),
        ("en", "will it hurt", []),  # one clause: nothing to tell apart
        ("zh-Hans", "水泥安全吗？我害怕", [["水泥", "泥安", "安全", "全吗"], ["我害", "害怕"]]),
        # "عندي", I have: stop words ("خائف", afraid, is one too since session 23: a fear told
        # with the question asks nothing of its own)
        ("ar", "هل العملية آمنة؟ عندي هشاشة", [["العملية", "آمنة"], ["هشاشة"]]),
        ("ar", "هل العملية آمنة؟ أنا خائف", []),
        ("en", "?!,;\n", []),
        ("en", "", []),
    ],
)
def test_concepts_are_grouped_by_clause(real_index, locale, text, clauses):
    query = analyze(real_index, locale, text)
    assert [[c.word for c in clause] for clause in query.clauses] == clauses


def _weight(real_index, locale: str, text: str, word: str) -> float:
    return _concept(analyze(real_index, locale, text), word).weight


@pytest.mark.parametrize(
    ("locale", "message", "word", "is_context"),
    [
        ("en", "My dogs are heavy. When can I lift them again?", "dogs", True),
        ("en", "My dogs are heavy. When can I lift them again?", "lift", False),
        ("en", "When can I lift them again? My dogs are heavy.", "dogs", True),
        ("en", "My dogs are heavy, when can I lift them again", "dogs", False),  # no ?
        ("en", "Is it safe? Will dogs visit?", "dogs", False),  # every sentence asks
        ("es", "Mis nietos son pequeños. ¿Cuándo puedo cargarlos?", "pequeños", True),
        ("ar", "أحفادي صغار. متى أستطيع حملهم؟", "أحفادي", True),
        ("zh-Hans", "我孙子年纪小。什么时候能抱孙子？", "年纪", True),
        # a sentence opening with a question word asks, marked or not
        ("en", "My dogs are heavy. when can I lift them again", "dogs", True),
        ("en", "Is it safe? when can dogs visit", "dogs", False),
        ("es", "es peligroso? cuanto riesgo hay de quedar paralitico", "paralitico", False),
        ("fr", "Mes chiens sont lourds. quand pourrai-je les porter", "chiens", True),
        ("de", "Meine Hunde sind schwer. wann darf ich sie tragen", "hunde", True),
        ("pt", "Meus cachorros são pesados. quando posso carregar", "cachorros", True),
    ],
)
def test_telling_sentences_of_an_asking_message_weigh_less(
    real_index, locale, message, word, is_context
):
    alone = _weight(real_index, locale, word, word)
    in_message = _weight(real_index, locale, message, word)
    if is_context:
        assert in_message < alone
        assert in_message == pytest.approx(alone * CONTEXT_WEIGHT)
    else:
        assert in_message == pytest.approx(alone)


def test_numbers_weigh_less_than_other_unknown_words(real_index):
    query = analyze(real_index, "en", "I'm 82 and zyxwv, is it safe?")
    number, unknown = _concept(query, "82").weight, _concept(query, "zyxwv").weight
    assert number < unknown
    assert number == pytest.approx(unknown * NUMBER_WEIGHT)


@pytest.mark.parametrize(
    ("locale", "text", "number", "unknown"),
    [
        ("fr", "rdv à 7h45 zyxwv, je peux boire ?", "7h45", "zyxwv"),
        ("en", "slot at 8:30am zyxwv, can I eat?", "30am", "zyxwv"),
        ("de", "Termin um 14uhr zyxwv, darf ich essen?", "14uhr", "zyxwv"),
    ],
)
def test_a_clock_time_weighs_as_a_number(real_index, locale, text, number, unknown):
    """A clock time is context as an age is, though its token holds letters ("7h45", "30am")."""
    query = analyze(real_index, locale, text)
    weights = _concept(query, number).weight, _concept(query, unknown).weight
    assert weights[0] == pytest.approx(weights[1] * NUMBER_WEIGHT)


@pytest.mark.parametrize(
    ("locale", "text", "stop", "kept"),
    [
        ("vi", "bom xi mang la gi", ["la", "gi"], ["bom", "xi", "mang"]),  # là gì: what is
        ("vi", "dau lung thi uong thuoc gi", ["thi", "gi"], ["dau", "lung"]),  # thì ... gì
    ],
)
def test_a_stop_word_typed_without_accents_weighs_nothing(real_index, locale, text, stop, kept):
    query = analyze(real_index, locale, text)
    assert all(_concept(query, word).weight == 0 for word in stop)
    assert all(_concept(query, word).weight > 0 for word in kept)


def test_a_word_no_pair_has_weighs_more_than_the_rarest_word_they_have(real_index):
    total = real_index.doc_count("en")
    query = analyze(real_index, "en", "zyxwv clopidogrel")
    rarest = math.log(1 + (total + 0.5) / 0.5)
    assert _concept(query, "zyxwv").weight == pytest.approx(UNKNOWN_WEIGHT * rarest)
    assert _concept(query, "clopidogrel").weight < rarest


def test_an_unknown_word_with_a_synonym_keeps_the_plain_weight(real_index):
    query = analyze(real_index, "en", "zyxwv plavix")  # a brand name the leaflets never use
    plavix = _concept(query, "plavix")
    assert plavix.synonyms
    assert plavix.weight == pytest.approx(_concept(query, "zyxwv").weight / UNKNOWN_WEIGHT)


def test_a_compound_is_not_split_into_a_three_letter_head(real_index):
    query = analyze(real_index, "de", "Termin beim Zahnarzt")
    assert not _concept(query, "zahnarzt").parts


def test_an_unknown_arabic_word_keeps_the_plain_weight(real_index):
    # spoken Arabic's clitics ("بيمنعني", it stops me) leave most unknown words known ones
    total = real_index.doc_count("ar")
    query = analyze(real_index, "ar", "بيمنعني")
    assert query.atomic[0].weight == pytest.approx(math.log(1 + (total + 0.5) / 0.5))


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("做完椎体成型术要卧床多久", {"成型": "成形", "型术": "形术"}),  # 型 for 形, both xíng
        ("做完手术要平趟多久", {"平趟": "平躺", "趟多": "躺多"}),  # tàng for tǎng
        ("我今年63岁，还在上班", {}),  # 今 (jīn) is no typo for 去 (qù): 今年 is not 去年
        ("伤口多久能沾水洗澡", {}),  # 沾水 is not 喝水
        ("我爸下周要做骨水泥手术", {}),  # 我爸 is not 我能
        ("这个手术从开始到结束", {}),
    ],
)
def test_a_chinese_typo_is_repaired_only_by_a_character_that_sounds_alike(
    real_index, text, repaired
):
    assert analyze(real_index, "zh-Hans", text).corrections == repaired


def test_a_synonym_group_is_asked_for_once_however_many_words_found_it(real_index):
    """'bơm xi măng' is five concepts (syllables and their pairs), each finding the procedure's
    group: its many names must not outweigh the word that says what is asked ('đau')."""
    query = analyze(real_index, "vi", "bơm xi măng có đau không")
    assert sum(len(c.synonyms | c.phrases) > 0 for c in query.concepts) > 1
    asked = [(field, token) for field, token, _ in clauses("vi", query)]
    synonym_tokens = {t for c in query.concepts for t in c.synonyms} - {
        t for c in query.concepts for t in c.tokens
    }
    repeated = [key for key in set(asked) if key[1] in synonym_tokens and asked.count(key) > 1]
    assert repeated == []


STORY = "Mum is 81 and slipped in the garden in March. " * 8  # 368 characters of telling


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("can I drive afterwards?", "can I drive afterwards?", ""),  # short: as it is
        (STORY + "Can she drive afterwards? Thanks, Ann.", "Can she drive afterwards?", "Mum"),
        ("Can she drive afterwards? " + STORY, "Can she drive afterwards?", "Mum"),
        (STORY + "can she drive afterwards thanks", "can she drive afterwards", ""),  # no "?"
        ("x" * 5000 + " can she drive?", "x", "can she drive"),  # past what is scanned
    ],
)
def test_a_long_message_is_searched_on_what_it_asks(text, kept, dropped):
    part = searched_part(text, 300)
    assert len(part) <= 300
    assert kept in part
    assert not dropped or dropped not in part


def test_an_unknown_chinese_bigram_with_a_word_of_its_own_weighs_little(real_index):
    """会被 and 被弄 straddle words though they stand side by side; 白内 and 内障 spell one."""
    weights = {c.word: c.weight for c in analyze(real_index, "zh-Hans", "他会被弄晕吗").concepts}
    unknown = {c.word: c.weight for c in analyze(real_index, "zh-Hans", "白内障手术").concepts}
    assert weights["会被"] < unknown["白内"] / 2 and weights["被弄"] < unknown["内障"] / 2


@pytest.mark.parametrize(
    "locale, text, word, weighs",
    [
        ("en", "my husbnad has back pain", "husbnad", False),  # husband, a stop word
        ("en", "does it actualy work", "actualy", False),
        ("de", "meine tochtrr hat Schmerzen", "tochtrr", False),  # Tochter
        ("en", "is it safe for my hip", "hip", True),  # short: too often a real word
        ("en", "what about zyxwv", "zyxwv", True),  # unknown, near no stop word
    ],
)
def test_a_misspelt_stop_word_weighs_nothing(real_index, locale, text, word, weighs):
    assert (_weight(real_index, locale, text, word) > 0) == weighs


@pytest.mark.parametrize(
    "locale, text, word, everyday",
    [
        ("en", "I had it done yesterday, can I walk now", "yesterday", True),
        ("fr", "je peux marcher dès le lendemain ?", "lendemain", True),
        ("es", "me lo hicieron en mi cumpleaños, puedo andar", "cumpleaños", True),
        ("en", "do I stop aspirin before the dentist", "dentist", False),  # names a subject
        ("de", "Muss ich vor dem Zahnarzt Aspirin absetzen", "zahnarzt", False),
        ("fr", "taux de réussite à Bordeaux", "bordeaux", False),  # a name
    ],
)
def test_an_everyday_word_the_corpus_lacks_weighs_less(real_index, locale, text, word, everyday):
    """Unknown either way; an everyday word tells the story around the question."""
    unknown = _weight(real_index, locale, "zyxwv", "zyxwv")
    assert (_weight(real_index, locale, text, word) < unknown / 2) == everyday


def test_a_scrap_of_two_letters_the_index_lacks_weighs_nothing(real_index):
    from faqsvc.answering.query import analyze

    concepts = {c.word: c.weight for c in analyze(real_index, "en", "da cement recovery").concepts}
    assert concepts["da"] == 0.0 and concepts["cement"] > 0
    # one a synonym group holds keeps its weight
    vp = {c.word: c for c in analyze(real_index, "es", "la VP duele").concepts}["VP"]
    assert vp.synonyms and vp.weight > 0


@pytest.mark.parametrize(
    ("text", "word", "weighs"),
    [
        # typed without a single mark, "co", "khong" and "bi" are the stop words có, không, bị
        ("co bi dau khong", "co", False),
        ("co bi dau khong", "bi", False),
        # with marks elsewhere, "co" may be what it is typed as
        ("cổ có bị đau không, co", "co", True),
    ],
)
def test_a_toneless_vietnamese_stop_word_weighs_nothing(real_index, text, word, weighs):
    query = analyze(real_index, "vi", text)
    weights = [c.weight for c in query.concepts if c.word == word]
    assert weights and (weights[0] > 0) == weighs


@pytest.mark.parametrize(
    ("locale", "message", "word", "factor"),
    [
        # a told sentence cried out weighs less than a told one, which weighs less than an asked one
        ("en", "please help, I can't sleep for worrying!! when can I walk?", "sleep", CRIED_WEIGHT),
        ("en", "I can't sleep for worrying. when can I walk?", "sleep", CONTEXT_WEIGHT),
        (
            "fr",
            "je dors plus tellement j'ai peur !! quand pourrai-je marcher ?",
            "peur",
            CRIED_WEIGHT,
        ),
        ("de", "Ich kann nicht schlafen!! Wann darf ich laufen?", "schlafen", CRIED_WEIGHT),
        # a cry alone is what is asked: nothing else asks
        ("en", "I can't sleep after the cement!!", "sleep", 1.0),
    ],
)
def test_a_told_sentence_cried_out_weighs_least(real_index, locale, message, word, factor):
    alone = _weight(real_index, locale, word, word)
    assert _weight(real_index, locale, message, word) == pytest.approx(alone * factor)


@pytest.mark.parametrize(
    ("locale", "slipped", "spelled"),
    [
        ("pt", "quanto tempo demora a cirugia de vertebroplastia", "a cirurgia"),
    ],
)
def test_a_slip_does_not_hide_when_the_question_is_about(real_index, locale, slipped, spelled):
    """ "a cirugia" hid the timing words "quanto tempo demora a cirurgia" (during): the recovery
    pair came first at 0.95. The timing is read again on the corrected text."""
    found = analyze(real_index, locale, slipped)
    assert found.corrections and found.timing is not None
    assert found.timing == analyze(real_index, locale, slipped.replace("a cirugia", spelled)).timing
