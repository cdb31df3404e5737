"""Synonym expansion: patients' words reach the clinical terms of the leaflets, in every locale."""

from __future__ import annotations

from importlib import resources

import pytest

from faqsvc.answering.synonyms import (
    MAX_TERMS,
    expand,
    found_groups,
    groups,
    match_key,
    parse_groups,
)
from faqsvc.locales import SUPPORTED_LOCALES

EXPANSIONS = [
    ("en", "Should I stop my blood thinners before the procedure?", "warfarin"),
    ("en", "Do I need to stop Plavix?", "anticoagulant"),
    ("en", "What is a broken back?", "compression fracture"),
    ("en", "Will this stop me getting more of them?", "preventive"),
    ("en", "I have two cracked bones", "compression fracture"),
    ("en", "Will I be put to sleep?", "sedation"),
    ("en", "Is PMMA safe?", "bone cement"),
    ("en", "Where is the loo?", "toilet"),
    ("en", "Do I have brittle bones?", "osteoporosis"),
    ("en", "When can I start physio?", "physiotherapy"),
    ("en", "Can I still have it if I have heart failure?", "heart disease"),
    ("en", "I have COPD, is that a problem?", "lung disease"),
    ("es", "¿Debo dejar el Sintrom antes?", "anticoagulante"),
    ("es", "¿Es seguro el cemento oseo?", "pmma"),
    ("es", "tengo los huesos fragiles", "osteoporosis"),
    ("es", "¿Cuándo empiezo la rehabilitación?", "fisioterapia"),
    ("es", "¿Tengo que ir en ayunas?", "ayuno"),
    ("es", "Tengo insuficiencia cardíaca, ¿me lo pueden hacer?", "enfermedad cardíaca"),
    ("es", "Tengo EPOC, ¿es un problema?", "enfermedad pulmonar"),
    ("fr", "Dois-je arrêter le Kardégic ?", "anticoagulant"),
    ("en", "kypho or vertebro which one??", "vertebroplasty"),
    (
        "de",
        "tut das weh beim machen?",
        "Beschwerden während des Eingriffs",
    ),  # session 33  # lay short form (session 33)
    ("fr", "Faut-il être à jeun ?", "ne rien manger"),  # "jeûne" is found-only: "jeunes"
    ("fr", "Qu'est-ce qu'un tassement vertebral ?", "fracture vertébrale"),
    ("fr", "Combien de séances de kiné ?", "kinésithérapie"),
    ("fr", "La cimentoplastie fait-elle mal ?", "vertébroplastie"),
    ("fr", "Je suis insuffisant cardiaque, est-ce possible ?", "maladie cardiaque"),
    ("fr", "J'ai une BPCO, puis-je quand même le faire ?", "maladie pulmonaire"),
    ("de", "Muss ich Marcumar absetzen?", "Blutverdünner"),
    # "is it still worth it?" asks whether an old fracture can be treated (session 30)
    ("de", "Lohnt sich das jetzt noch?", "alter Bruch"),
    ("fr", "ça sert encore à quelque chose ?", "consolidée"),
    ("de", "Muss ich ASS weglassen?", "Gerinnungshemmer"),
    ("de", "Bekomme ich eine örtliche Betäubung?", "Lokalanästhesie"),
    ("de", "Brauche ich Krankengymnastik?", "Physiotherapie"),
    ("de", "Was ist Knochenschwund?", "Osteoporose"),
    ("de", "Ich habe Vorhofflimmern, geht das trotzdem?", "Herzerkrankung"),
    ("de", "Darf ich mit einer Raucherlunge behandelt werden?", "Lungenerkrankung"),
    ("pt", "Preciso parar o marevan?", "anticoagulante"),
    ("pt", "Tenho ossos fracos", "osteoporose"),
    ("pt", "Quando posso voltar pra casa?", "alta hospitalar"),
    ("pt", "Vou precisar de fisioterapia?", "reabilitação"),
    ("pt", "Onde fica o banheiro?", "toalete"),
    ("pt", "Tenho fibrilação atrial, posso fazer?", "doença cardíaca"),
    ("pt", "Tenho DPOC, posso fazer o procedimento?", "doença pulmonar"),
    ("zh-Hans", "术后需要停用华法林吗？", "抗凝药"),
    ("zh-Hans", "打骨水泥疼吗", "椎体成形术"),
    ("zh-Hans", "要做核磁吗", "mri"),
    ("zh-Hans", "做CT吗", "计算机断层扫描"),
    ("zh-Hans", "骨头脆怎么办", "骨质疏松"),
    ("zh-Hans", "我心衰好几年了，可以做吗", "心脏病"),
    ("zh-Hans", "我有慢阻肺，能做吗", "肺病"),
    ("zh-Hans", "做的时候人是醒着的吗", "清醒"),
    ("zh-Hans", "腰里有钢钉，能做核磁吗", "金属植入物"),
    ("zh-Hans", "前一天晚上开始不能喝水吗", "禁食"),
    ("zh-Hans", "爬着做手术要多久", "俯卧"),  # 爬 typed for 趴: the same syllable
    ("zh-Hans", "老人心肺不好能做吗", "肺病"),
    ("zh-Hans", "做完要躺几天", "卧床"),
    ("zh-Hans", "骨折都长好了还能打吗", "愈合"),
    ("zh-Hans", "水泥漏到血管里怎么办", "骨水泥渗漏"),
    ("zh-Hans", "打完能管用多久", "有效"),
    ("zh-Hans", "术前要停药吗", "停用"),
    ("zh-Hans", "疼得厉害咋整", "怎么办"),
    ("zh-Hans", "打完以后别的椎骨还会再压缩吗", "再次骨折"),
    ("ar", "هل يجب أن أوقف مميع الدم؟", "مضاد التخثر"),
    ("ar", "هل سأحصل على بنج موضعي؟", "التخدير الموضعي"),
    ("ar", "ما هي هشاشة العظام؟", "ترقق العظام"),
    ("ar", "عنده حديد في الورك", "معدن"),  # iron: metal in the body
    ("ar", "هل أحتاج إلى العلاج الطبيعي بعد العملية؟", "إعادة التأهيل"),
    ("ar", "متى أستطيع الاستحمام؟", "الدش"),
    ("ar", "عندي هبوط في القلب، هل يمكنني إجراء العملية؟", "أمراض القلب"),
    ("ar", "أنا مريض بالربو، هل هذا خطر؟", "أمراض الرئة"),
    ("ar", "رح ينيموها وقت العملية؟", "التهدئة"),
    ("ar", "كم يوم هتقعد في المستشفى؟", "الإقامة في المستشفى"),
    ("ar", "ممكن الاسمنت يتسرب؟", "تسرب الإسمنت"),
    ("ar", "عنده مسامير في ظهره", "معدن"),
    ("ar", "هنام على وشي وقت الحقنة؟", "الاستلقاء على البطن"),
    ("ar", "امتى يروّح نفس اليوم؟", "الخروج من المستشفى"),
    ("vi", "có cần ngưng thuốc chống đông không", "warfarin"),
    ("vi", "co can nhin an khong", "nhịn đói"),
    ("vi", "bao lâu thì được xuất viện", "ra viện"),
    ("vi", "loãng xương là gì", "xương xốp"),
    ("vi", "bom xi mang co dau khong", "tạo hình đốt sống"),
    ("vi", "tôi bị suy tim có làm được không", "bệnh tim"),
    ("vi", "tôi bị khí phế thũng thì có sao không", "bệnh phổi"),
]


@pytest.mark.parametrize("locale, query, term", EXPANSIONS)
def test_expansion_reaches_equivalent_term(locale: str, query: str, term: str) -> None:
    expanded = expand(locale, query)
    assert term in expanded, expanded
    assert len(expanded) <= MAX_TERMS


def test_every_locale_has_expansion_cases() -> None:
    for tag in SUPPORTED_LOCALES:
        assert sum(1 for locale, _, _ in EXPANSIONS if locale == tag) >= 4, tag


@pytest.mark.parametrize(
    "locale, query",
    [
        ("en", "What is the weather like today?"),
        ("es", "¿Qué tiempo hace hoy?"),
        ("fr", "Quel temps fait-il aujourd'hui ?"),
        ("de", "Wie ist das Wetter heute?"),
        ("pt", "Como está o tempo hoje?"),
        ("zh-Hans", "今天天气怎么样？"),
        ("zh-Hans", "我小时候在老家住"),  # 小时 (hours) inside 小时候 (childhood)
        ("ar", "كيف حال الطقس اليوم؟"),
        ("vi", "bắt đầu ở đâu"),  # folds to words that look like "đau" (pain); must not expand
    ],
)
def test_unrelated_text_is_not_expanded(locale: str, query: str) -> None:
    assert expand(locale, query) == []


@pytest.mark.parametrize("locale, query, _term", EXPANSIONS)
def test_result_holds_no_term_already_in_the_query(locale: str, query: str, _term: str) -> None:
    query_key = f" {match_key(locale, query)} "
    for term in expand(locale, query):
        key = match_key(locale, term)
        present = key in query_key if locale == "zh-Hans" else f" {key} " in query_key
        assert not present, term


def test_longer_phrase_wins_over_its_parts() -> None:
    # "local anaesthetic" is local anaesthesia, not every kind of anaesthetic.
    assert "anesthesia" not in expand("en", "Will I get a local anaesthetic?")
    assert "numbing" in expand("en", "Will I get a local anaesthetic?")


def test_accent_free_and_case_insensitive() -> None:
    assert expand("fr", "KARDEGIC") == expand("fr", "kardégic")
    assert "anticoagulante" in expand("es", "SINTROM")


def test_results_are_deduplicated_and_capped() -> None:
    text = "blood thinner osteoporosis sedation painkiller x-ray mri physio brace allergy"
    expanded = expand("en", text)
    assert len(expanded) == MAX_TERMS
    assert len({match_key("en", t) for t in expanded}) == len(expanded)


@pytest.mark.parametrize("tag", SUPPORTED_LOCALES)
def test_data_file_parses_with_unique_terms(tag: str) -> None:
    path = resources.files("faqsvc") / "data" / "synonyms" / f"{tag}.txt"
    parsed = parse_groups(path.read_text(encoding="utf-8"))
    assert parsed == groups(tag)
    # English also names the NIH bank's common conditions, tests and medicines (issue 17)
    assert 15 <= len(parsed) <= (400 if tag == "en" else 130)
    owner: dict[str, int] = {}
    for index, group in enumerate(parsed):
        assert len(group) >= 2
        for term in group:
            key = match_key(tag, term)
            assert key, term
            assert owner.setdefault(key, index) == index, f"{term!r} is in two groups"


def test_locale_variants_and_unknown_locales() -> None:
    assert groups("zh") == groups("zh-Hans")
    assert groups("pt-BR") == groups("pt")
    assert groups("xx") == []
    assert expand("xx", "blood thinner") == []
    assert expand("", "blood thinner") == []


@pytest.mark.parametrize(
    "text",
    ["", "   ", "🙂" * 2000, "\x00\ud800\u202e", "(" * 500, "a" * 10_000, None],
)
def test_odd_input_never_raises(text: str) -> None:
    for tag in SUPPORTED_LOCALES:
        assert isinstance(expand(tag, text), list)
    assert expand(None, "x") == []  # type: ignore[arg-type]


def test_parse_groups_skips_comments_blanks_and_single_terms() -> None:
    text = "# comment\n\nbrace, corset  # inline note\nlonely\n , ,\n"
    assert parse_groups(text) == [("brace", "corset")]


def test_a_found_only_member_finds_its_group_but_is_never_offered() -> None:
    text = "brace, ~the brace thing, corset\n"
    assert parse_groups(text) == [("brace", "the brace thing", "corset")]
    # "más vértebras" tells further fractures are asked about; its "vértebra" alone is in
    # every pair about fractures, so a pair is never credited with the group for it
    found = found_groups("es", "¿se me van a romper más vértebras?")
    further = [f for f in found if groups("es")[f.group][0] == "nuevas fracturas"]
    assert further and "otra vértebra" not in further[0].others
    assert "nuevas fracturas" in further[0].others
    assert "otra fractura" not in expand("es", "¿puede haber nuevas fracturas?")


def test_the_longer_member_as_typed_wins_a_tie_of_words() -> None:
    # stop words leave "hurt while they're doing it" the one word "hurt", as the pain group's
    # "hurt" is: the longer as typed says more (the pain during the procedure)
    text = "does it hurt while they're doing it?"
    found = {groups("en")[f.group][0] for f in found_groups("en", text)}
    assert found == {"discomfort during the procedure"}
    assert {groups("en")[f.group][0] for f in found_groups("en", "does it hurt?")} == {"pain"}


def test_a_member_asking_who_is_found_by_its_other_words_only_when_who_is_asked() -> None:
    # "qui" and "who" are stop words: "qui fait l'opération" left as "fait opération" found
    # the radiologist group in "elle se fait opérer mardi" (session 33)
    assert "radiologue interventionnel" not in _canonical_terms_found(
        "fr", "elle se fait opérer mardi, elle peut boire un café le matin ?"
    )
    assert "radiologue interventionnel" in _canonical_terms_found("fr", "qui va m'opérer ?")
    assert "radiologue interventionnel" in _canonical_terms_found("fr", "qui c'est qui opère ?")
    assert "interventional radiologist" in _canonical_terms_found(
        "en", "Who actually does the needle part?"
    )
    assert "interventional radiologist" not in _canonical_terms_found(
        "en", "they actually do the needle part first?"
    )


def test_fasting_is_not_found_in_young() -> None:
    # "à jeun", "jeûne" and "jeunes" (young) share the stem "jeun": as expansions of "boire"
    # they found "Les patients plus jeunes..." in the fractures pair (session 33)
    assert "jeun" not in {
        w for f in found_groups("fr", "peut-elle boire un café ?") for w in f.words
    }
    assert "à jeun" in _canonical_terms_found("fr", "combien de temps à jeun ?")


def test_no_chinese_member_is_a_single_character() -> None:
    # one character (疼, 痛) is inside nearly every question, so its group would fire on all
    assert [m for group in groups("zh-Hans") for m in group if len(m.strip()) == 1] == []


def _canonical_terms_found(locale: str, text: str) -> set[str]:
    return {groups(locale)[found.group][0] for found in found_groups(locale, text)}


# Spoken Arabic as patients type it: a verb with its person and tense prefixes (ه/ح/ب/بي),
# dialect words, everyday phrases, each finds the group of the word the leaflets use.
ARABIC_SPOKEN = [
    ("هيخدروه ولا هيفضل صاحي؟", "التخدير"),  # Egyptian: will they anaesthetise him
    ("هيخدروه ولا هيفضل صاحي؟", "مستيقظ"),  # ... or will he stay awake
    ("صاحية ولا نايمة وقت الحقنة؟", "مستيقظ"),
    ("لازم تضل نايمة على ضهرها؟", "أبقى"),  # Levantine: must she stay
    ("لازم تضل نايمة على ضهرها؟", "الراحة في السرير"),
    ("هفضل نايم في السرير كام ساعة؟", "الراحة في السرير"),
    ("امتى هيقوم ويمشي؟", "النهوض من السرير"),
    ("امتى هيقوم ويمشي؟", "المشي"),
    ("امتى الوجع هيخف بعد الحقنة؟", "تخفيف الألم"),
    ("العملية هتوجعني؟", "الألم"),
    ("امتى أرجع آخد السيولة؟", "مميع الدم"),
    ("امتى أرجع آخد السيولة؟", "أرجع"),
    ("لازم يوقف الأسبرين قبلها؟", "أوقف"),
    ("كم ليلة هبات هناك؟", "الإقامة في المستشفى"),
    ("امتى يقدر يشيل حاجة تقيلة؟", "أشيل"),
    ("امتى يقدر يشيل حاجة تقيلة؟", "رفع الأشياء الثقيلة"),
    ("الشنطة تقيلة عليه؟", "ثقيل"),
    ("العملية بتاخد وقت قد إيه؟", "تستغرق"),
    ("هي الحقنة دي بتنفع؟", "تنفع"),
    ("الإسمنت هيفيده؟", "يفيد"),
    ("هي بتنجح مع الكل؟", "نجاح"),
    ("كم في المية بيرتاحوا؟", "نسبة"),
    ("عملية الإسمنت خطيرة؟", "المخاطر"),
    ("عنده شريحة في رجله", "معدن"),
    ("عندها سرطان النخاع", "الورم"),
    ("الاسمنت بيتسرب؟", "تسرب الإسمنت"),
    ("أنام على وشي؟", "الاستلقاء على البطن"),
    ("لازم أشوف الدكتور بعدها؟", "زيارة المراجعة"),
    ("لازم أفضل ما آكل قبلها؟", "الصيام"),
]


@pytest.mark.parametrize("text, canonical", ARABIC_SPOKEN)
def test_spoken_arabic_finds_the_standard_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("ar", text)


# Look-alikes: a standard word spelled like a spoken one, or a verb in another sense.
ARABIC_LOOKALIKES = [
    ("يفضل الصيام قبل العملية", "أبقى"),  # standard "preferably", not Egyptian "stays"
    ("أيهما أفضل، المشد ولا الإسمنت؟", "أبقى"),  # "better"
    ("هل يمكن أن يقف القلب أثناء العملية؟", "النهوض من السرير"),  # the heart stops
    ("الوجع ما عم يتحسن عالحبوب", "التعافي"),  # not improving on tablets is no recovery
    ("تسرب البول بعد العملية", "تسرب الإسمنت"),  # a leak of urine
]


@pytest.mark.parametrize("text, canonical", ARABIC_LOOKALIKES)
def test_arabic_lookalikes_do_not_find_the_group(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("ar", text)


# Arabic as patients of every region type it (issue 17): Egypt, the Levant, the Gulf, Iraq, the
# Maghreb and standard Arabic, each phrasing finding the group of the word the leaflets use, as
# (locale, text, expected) rows; and look-alikes, the same letters in another sense, that must not.
ARABIC_EVERYDAY = [
    ("ar", "رح يخدرونه كامل ولا بس موضعي؟", "التخدير"),  # Gulf: will they put him under
    ("ar", "بيدخلوها الإبرة في ضهري وهو صاحي؟", "إدخال الإبرة"),  # Egyptian: they put it in
    ("ar", "شكة الإبرة بتوجع؟", "إدخال الإبرة"),  # Egyptian: the prick of the needle
    ("ar", "ممكن أفطر الصبح قبل العملية؟", "الصيام"),  # may I have breakfast
    ("ar", "أبويا بياخد جوسبرين كل يوم", "مميع الدم"),  # Egyptian aspirin brand
    ("ar", "أمي بتاخد أسبوسيد", "مميع الدم"),
    ("ar", "بياخد مرقق الدم", "مميع الدم"),  # Levantine/Gulf "thinner"
    ("ar", "لازم نوقفه قبلها بكام يوم؟", "أوقف"),
    ("ar", "إمتى أعاود الدوا؟", "أرجع"),  # take it again
    ("ar", "لازم نبقى على كرشي؟", "الاستلقاء على البطن"),  # Maghrebi/Levantine: on my belly
    ("ar", "كم ساعة يبقى ممدود على ظهره؟", "الراحة في السرير"),
    ("ar", "كم ليلة أبقى بالمشفى؟", "الإقامة في المستشفى"),  # Levantine hospital
    ("ar", "نبقى في السبيطار ولا نروح للدار نفس النهار؟", "الإقامة في المستشفى"),  # Maghrebi
    ("ar", "نبقى في السبيطار ولا نروح للدار نفس النهار؟", "الخروج من المستشفى"),
    ("ar", "نبقى في السبيطار ولا نروح للدار نفس النهار؟", "العيادة الخارجية"),  # same day
    ("ar", "إمتى نقدر أنوض من الفراش؟", "النهوض من السرير"),  # Levantine/Maghrebi: get up
    ("ar", "أقدر أشيل حفيدي بعد العملية؟", "رفع الأشياء الثقيلة"),  # carry my grandson
    ("ar", "الوجع زاد بعد الحقنة، عادي؟", "زيادة الألم"),  # the pain flaring
    ("ar", "ظهره يعوره من يوم العملية", "الألم"),  # Gulf: it hurts him
    ("ar", "إمتى الوجع يختفي؟", "تخفيف الألم"),
    ("ar", "العملية مأمونة؟", "المخاطر"),  # is it safe
    ("ar", "ممكن يسيح الإسمنت على العصب؟", "تسرب الإسمنت"),  # Egyptian: run out
    ("ar", "ممكن أنشل من العملية؟", "تلف الأعصاب"),  # be paralysed
    ("ar", "الجرح بيطلع صديد", "العدوى"),  # pus
    ("ar", "أتحسس من الصبغة؟", "الحساسية"),
    ("ar", "لازم نعمل IRM قبل؟", "الرنين المغناطيسي"),  # Maghrebi, from French
    ("ar", "عنده سيخ في رجله", "معدن"),  # a metal rod
    ("ar", "عنده بطارية في القلب", "معدن"),  # a pacemaker
    ("ar", "عنده ثانويات بالعظم", "الورم"),  # Levantine: metastases
    ("ar", "إمتى أراجع الدكتور؟", "زيارة المراجعة"),  # the follow-up
    ("ar", "محتاجة كيني بعدها؟", "العلاج الطبيعي"),  # Maghrebi: physiotherapy
    ("ar", "العملية قداش تدوم؟", "تستغرق"),  # Maghrebi: how long does it last
    ("ar", "بتزبط مع الكل؟", "نجاح"),  # Levantine: does it work out
    ("ar", "كم واحد بيستفيد منها؟", "يفيد"),
    ("ar", "بترجعلي طولي؟", "استعادة الطول"),  # height given back
    ("ar", "العملية بتعدل الحدبة؟", "يحسن استقامة العمود الفقري"),
    ("ar", "يقدروا يحقنوا تلات فقرات مرة وحدة؟", "أكثر من فقرة"),
    ("ar", "الإسمنت بيشد إمتى؟", "يتصلب"),  # Egyptian: when does the cement set
    ("ar", "لازم تلبس مشد بعدها؟", "المشد"),
    ("ar", "خايفة تنكسر باقي الفقرات", "كسور إضافية"),
    ("ar", "كيفوبلاستي أحسن؟", "رأب الحدبة"),
    ("ar", "مين بيعملها؟ أخصائي الأشعة التداخلية؟", "اختصاصي الأشعة التداخلية"),
    ("ar", "عايزة الإحصائيات بالأرقام", "نسبة"),  # the figures
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY)
def test_everyday_arabic_of_every_region_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes: "الصفائح" (platelets) folds to the spelling of "صفايح" (plates), so plates are
# not listed; "طلع الدم" is a blood test's result as often as bleeding, so only "نزل دم" is.
ARABIC_EVERYDAY_LOOKALIKES = [
    ("ar", "هل أقدر أصوم رمضان بعد العملية؟", "الصيام"),  # Ramadan, not the fast before it
    ("ar", "عندي نقص في الصفائح الدموية", "معدن"),  # platelets, not metal plates
    ("ar", "طلع الدم في التحليل سليم", "النزيف"),  # the blood test came out fine
    ("ar", "الجرح بيشد عليا", "يتصلب"),  # the wound pulls: no cement setting
    ("ar", "عضلات ضهري بتشد", "يتصلب"),
    ("ar", "وقعت على ضهري", "الراحة في السرير"),  # fell on my back: no bed rest
    ("ar", "بنتي عندها حساسية صدر", "الحساسية"),  # asthma, not an allergy
    ("ar", "كم يوم أرتاح من الشغل؟", "تخفيف الألم"),  # time off work, not pain relief
    ("ar", "لابس دعامة الظهر", "معدن"),  # a back brace, not a heart stent
    ("ar", "منظم السكر", "معدن"),
    ("ar", "ممكن يطلع برا البلد يتعالج؟", "تسرب الإسمنت"),  # go abroad for treatment
    ("ar", "أحسن من عملية الإسمنت؟", "رأب الفقرات"),
    # the radiologist who read the scan is not the interventional one who does the procedure
    ("ar", "دكتور الأشعة قال الكسر جديد", "اختصاصي الأشعة التداخلية"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES)
def test_arabic_everyday_lookalikes_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 21 round, by concept and by the frame that decides which pair answers: who performs
# it, what the cement is made of, asleep or awake, during the procedure, pain worse than before,
# further fractures, an old operation's metalwork, treatments that failed, bearing the pain.
ARABIC_EVERYDAY_2 = [
    ("ar", "مين الدكتور اللي رح يعملها؟", "اختصاصي الأشعة التداخلية"),  # Levantine
    ("ar", "منو يسويها العملية؟", "اختصاصي الأشعة التداخلية"),  # Gulf, Iraqi
    ("ar", "شكون اللي كيديرها؟", "اختصاصي الأشعة التداخلية"),  # Maghrebi
    ("ar", "الطبيب الذي يجري العملية جراح؟", "اختصاصي الأشعة التداخلية"),
    ("ar", "الإسمنت مصنوع من ايش؟", "الإسمنت العظمي"),
    ("ar", "ومما تتكون هذه المادة؟", "الإسمنت العظمي"),
    ("ar", "رح نام ولا بضل صاحي؟", "ينام"),
    ("ar", "هنام في العملية؟", "ينام"),
    ("ar", "بيوجع وقت العمليه؟", "أثناء الإجراء"),  # ه for ة
    ("ar", "وأنا على الطاولة هحس بإيه؟", "أثناء الإجراء"),
    ("ar", "ظهري يوجعني اكثر من قبل", "زيادة الألم"),
    ("ar", "الوجع أسوأ من الأول", "زيادة الألم"),
    ("ar", "هل العملية بتمنع كسور تانيه؟", "كسور إضافية"),
    ("ar", "متى يجب إيقافه قبل العملية؟", "أوقف"),
    ("ar", "الإسمنت ممكن يوصل للرئة؟", "الانصمام الرئوي"),
    ("ar", "عندي مسامير من عملية قديمة", "عمليات سابقة"),
    ("ar", "جربت الحبوب والمشد وما نفعش", "فشل العلاجات"),  # Egyptian negation
    ("ar", "المسكنات بدون فايدة", "فشل العلاجات"),
    ("ar", "شو باخد للوجع بعد العملية؟", "المسكن"),
    ("ar", "ما اتحمل الالم", "يتحمل"),
    ("ar", "الكسر قديم وملتئم", "التأم"),  # "and" joined
    ("ar", "كسري لحم وبيوجعني", "التأم"),  # Egyptian: my fracture knit
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_2)
def test_arabic_of_every_region_finds_the_group_second_round(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of this round's members: sleep lost to the pain and lying on the back are no
# sedation; pain spreading to the chest is no cement in the lungs; a procedure done last week
# is no earlier operation; asking whether it works is no failed treatment; a dose, a room.
ARABIC_EVERYDAY_LOOKALIKES_2 = [
    ("ar", "ما بقدر نام من الوجع", "ينام"),
    ("ar", "أنام على ظهري بعد العملية", "ينام"),
    ("ar", "الوجع بيبدأ من ضهري ويوصل للصدر", "الانصمام الرئوي"),
    ("ar", "عملت العملية قبل أسبوع", "عمليات سابقة"),
    ("ar", "هل العملية تنفع؟", "فشل العلاجات"),
    ("ar", "الإسمنت بيفيد؟", "فشل العلاجات"),
    ("ar", "بعد العملية بيوجعني", "أثناء الإجراء"),
    ("ar", "دكتور الأشعة قرا الرنين", "اختصاصي الأشعة التداخلية"),
    ("ar", "كيف يجري الطبيب العملية؟", "اختصاصي الأشعة التداخلية"),  # how, not who
    ("ar", "الدوا نفع معي", "فشل العلاجات"),  # it worked
    ("ar", "استفدت من المسكنات", "فشل العلاجات"),
    ("ar", "مين بيعملوها؟", "أثناء الإجراء"),  # who does it, not while they do it
    ("ar", "هو نايم في المستشفى", "ينام"),
    ("ar", "آكل لحم بعد العملية؟", "التأم"),  # meat, not a fracture that knit
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES_2)
def test_arabic_lookalikes_of_the_second_round(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 22 round, by concept: soreness where the needle went in (with "و" joined), what the
# cement is (a dental filling, acrylic), who performs it, the balloon, several vertebrae,
# Marevan and the region's blood-thinner brands, fasting by the clock, success and benefit,
# the check-up, the brace, lifting a grandchild or the shopping, "الفكرة" typed for the vertebra.
ARABIC_EVERYDAY_3 = [
    ("ar", "سويت العملية ومكان الإبرة يوجعني", "مكان الإبرة"),  # Gulf, "و" joined
    ("ar", "مطرح الابرة بيوجعني", "مكان الإبرة"),  # Levantine
    ("ar", "بلاصة الإبرة كتضرني", "مكان الإبرة"),  # Maghrebi
    ("ar", "الإسمنت زي حشوة السنان؟", "الإسمنت العظمي"),
    ("ar", "الاسمنت سام؟", "الإسمنت العظمي"),
    ("ar", "دكتور أشعة تداخلية ولا جراح؟", "اختصاصي الأشعة التداخلية"),
    ("ar", "مين يسوي العملية؟", "اختصاصي الأشعة التداخلية"),
    ("ar", "بدون بالون أحسن؟", "رأب الحدبة"),
    ("ar", "يعملوا الفقرتين مع بعض؟", "أكثر من فقرة"),
    ("ar", "أمي بتاخد ماريفان", "مميع الدم"),
    ("ar", "بياخد سينتروم", "مميع الدم"),
    ("ar", "ممنوع الأكل من نص الليل؟", "الصيام"),
    ("ar", "أقدر أشرب قهوة الصبح؟", "الصيام"),
    ("ar", "كم نسبة النجاح؟", "نسبة"),
    ("ar", "فيه فايدة من العملية؟", "نجاح"),
    ("ar", "في تشيك اب بعدها؟", "زيارة المراجعة"),
    ("ar", "لازم ألبس كورسيت؟", "المشد"),
    ("ar", "الوجع هيختفي بعد العملية؟", "تخفيف الألم"),
    ("ar", "أقدر أشيل أحفادي؟", "رفع الأشياء الثقيلة"),
    ("ar", "نهز القفة من السوق؟", "رفع الأشياء الثقيلة"),  # Maghrebi
    ("ar", "الاسمنت طلع برا الفكرة", "الفقرة"),  # ق heard as ك
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_3)
def test_arabic_of_the_session_22_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of this round: "the idea" is no vertebra, the time the pain comes is no relief,
# Ramadan's suhoor is no fast before the procedure.
ARABIC_EVERYDAY_LOOKALIKES_3 = [
    ("ar", "ايش الفكرة من العملية؟", "الفقرة"),  # "the idea", not the vertebra
    ("ar", "عندي فكرة عن العملية", "الفقرة"),
    ("ar", "متى يبدأ الألم؟", "تخفيف الألم"),
    ("ar", "الوجع راح يزيد؟", "تخفيف الألم"),  # Levantine "will", not "went"
    ("ar", "أتسحر في رمضان؟", "الصيام"),
    ("ar", "الجلسة كم ساعة؟", "أكثر من فقرة"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES_3)
def test_arabic_lookalikes_of_the_session_22_round(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 23 round: the needle going in as the time of the procedure, the clock of the fast,
# a reaction to the anaesthetic as allergy, treatments that did not help, going to physio.
ARABIC_EVERYDAY_4 = [
    ("ar", "بتوجع وقت ما بيدخلوا الإبرة؟", "أثناء الإجراء"),
    ("ar", "من امتى ابطل اكل وشرب؟", "الصيام"),
    ("ar", "نحبس الماكلة من الليل؟", "الصيام"),  # Maghrebi
    ("ar", "ممكن يحصل لي رد فعل من البنج؟", "الحساسية"),
    ("ar", "لبست الحزام وما تحسنت", "فشل العلاجات"),
    ("ar", "أخدت مسكنات بدون نتيجة", "فشل العلاجات"),
    ("ar", "لازم اروح علاج طبيعي بعدها؟", "العلاج الطبيعي"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_4)
def test_arabic_of_the_session_23_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of this round: having improved is no failed treatment, stopping a medicine is no
# fast.
ARABIC_EVERYDAY_LOOKALIKES_4 = [
    ("ar", "الحمد لله تحسنت بعد العملية", "فشل العلاجات"),
    ("ar", "أوقف الأسبرين قبلها؟", "الصيام"),
    ("ar", "وقت العودة للبيت", "أثناء الإجراء"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES_4)
def test_arabic_lookalikes_of_the_session_23_round(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 23 second round: the jab against infection as antibiotics, walking typed in Latin
# letters, both vertebrae done the same time, English "heart failure" and "bone scan".
ARABIC_EVERYDAY_5 = [
    ("ar", "هل فيه ابره ضد العدوى قبلها؟", "المضادات الحيوية"),
    ("ar", "بيدوني دوا ضد العدوى؟", "المضادات الحيوية"),
    ("ar", "emta a2dar amshi?", "المشي"),
    ("ar", "يعملوهم الاتنين في نفس المره؟", "أكثر من فقرة"),
    ("ar", "عندها heart failure", "أمراض القلب"),
    ("ar", "لازم bone scan قبلها؟", "مسح العظام"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_5)
def test_arabic_of_the_session_23_second_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of this round: stopping a medicine "at the same time" is no second vertebra, an
# anti-inflammatory no antibiotic.
ARABIC_EVERYDAY_LOOKALIKES_5 = [
    ("ar", "أوقف الدوا والعملية في نفس المرة؟", "أكثر من فقرة"),
    ("ar", "آخد مضاد للالتهاب بعدها؟", "المضادات الحيوية"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES_5)
def test_arabic_lookalikes_of_the_session_23_second_round(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Arabic of session 24: "فقرة" turned into "قطرة" (a drop) by the keyboard, Egyptian Arabizi for
# the needle site, the fast as hunger or a morsel, cement out of the bone and onto a nerve,
# "how many of every 100", a relative's back, who gives "this needle", brands typed by ear.
ARABIC_EVERYDAY_6 = [
    ("ar", "عندي كسر في قطرتين", "أكثر من فقرة"),
    ("ar", "يعملوا كل فقرة لوحدها؟", "أكثر من فقرة"),
    ("ar", "القطرة المكسورة بتتعالج ازاي؟", "الفقرة"),
    ("ar", "lessa fi waga3 makan el ebra", "مكان الإبرة"),
    ("ar", "فيني آكل لقمة الصبح؟", "الصيام"),
    ("ar", "المادة خرجت برا العضمة", "تسرب الإسمنت"),
    ("ar", "ممكن توصل للعصب؟", "تلف الأعصاب"),
    ("ar", "كم واحد بيرتاح؟", "نسبة"),
    ("ar", "امتى تقدر تدخل الحمام لوحدها؟", "الحمام"),
    ("ar", "هحس لما دخلوا الإبرة؟", "أثناء الإجراء"),
    ("ar", "مين الدكتور اللي بيعمل هالإبرة؟", "اختصاصي الأشعة التداخلية"),
    ("ar", "أمي بتاخد وارفرين", "مميع الدم"),
    ("ar", "دخلوا الإبرة في ضهرها", "الظهر"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_6)
def test_arabic_of_session_24_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of session 24: the doctor of the check-up is not who performs it, eye drops are
# no vertebra, resting in bed no relief, a 100 mg aspirin no percentage.
ARABIC_EVERYDAY_LOOKALIKES_6 = [
    ("ar", "مين الدكتور اللي لازم أراجعه؟", "اختصاصي الأشعة التداخلية"),
    ("ar", "بحط قطرة في عيني", "الفقرة"),
    ("ar", "بحط قطرة في عيني", "أكثر من فقرة"),
    ("ar", "بيرتاح في السرير بعدها؟", "تخفيف الألم"),
    ("ar", "باخد اسبرين ١٠٠", "نسبة"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES_6)
def test_arabic_lookalikes_of_session_24(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Arabic of session 24 second round: the day of the procedure (the cannula and drip put in
# first, how long the whole thing lasts, going home) and a relative's news over a messaging app.
ARABIC_EVERYDAY_7 = [
    ("ar", "ركبولي كانيولا وحطوا فيها دوا", "عن طريق الوريد"),
    ("ar", "علقولي محلول قبل العملية", "عن طريق الوريد"),
    ("ar", "ضهرها بيوجعها اكتر بعد الحقنة", "زيادة الألم"),
    ("ar", "كم بيطول الموضوع كله", "تستغرق"),
    ("ar", "ماما طلعت من المستشفى؟", "الخروج من المستشفى"),
    ("ar", "هي حتكون صاحية ولا حينيموها؟", "التهدئة"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_7)
def test_arabic_of_session_24_second_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of session 24 second round: pain easing is no pain growing worse, a fracture two
# years old is not the patient leaving hospital.
ARABIC_EVERYDAY_LOOKALIKES_7 = [
    ("ar", "الوجع خف كتير بعد الحقنة", "زيادة الألم"),
    ("ar", "انكسرت عنده فقرة من سنتين", "الخروج من المستشفى"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES_7)
def test_arabic_lookalikes_of_session_24_second_round(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Arabic of session 25: a rumour checked ("9 من كل 10"), the patient's own medicine box (أدويتي,
# دوا الضغط, أسبوسيد ٧٥, بانادول اكسترا), the age asked ("فوق الثمانين"), the fast told by water.
ARABIC_EVERYDAY_8 = [
    ("ar", "لازم أوقف كل أدويتي قبل العملية؟", "أدويتهم المعتادة"),
    ("ar", "باخد دوا الضغط كل يوم الصبح", "أدويتهم المعتادة"),
    ("ar", "الكبار فوق الثمانين ما يسوونها لهم؟", "كبار السن"),
    ("ar", "تسعة من كل عشرة يرتاحوا من الألم", "نسبة"),
    ("ar", "تسعة من كل عشرة يرتاحوا من الألم", "تخفيف الألم"),
    ("ar", "حتى المية ما أشربهاش؟", "الصيام"),
    ("ar", "آخذ أسبوسيد ٧٥ كل صباح", "مميع الدم"),
    ("ar", "ينفع آخد بانادول اكسترا؟", "المسكن"),
    ("ar", "المريضة npo من نص الليل", "الصيام"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_8)
def test_arabic_of_session_25_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of session 25: pain above the wound is no age, resting a little on the bed no
# relief, a care home for the elderly (دار المسنين) no question of age.
ARABIC_EVERYDAY_LOOKALIKES_8 = [
    ("ar", "فوق الجرح في ألم", "كبار السن"),
    ("ar", "بيرتاح شوية على السرير", "تخفيف الألم"),
    ("ar", "النزيلة في دار المسنين وقعت", "كبار السن"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES_8)
def test_arabic_lookalikes_of_session_25(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Arabic of session 26: Arabizi (Latin letters and digits) for the concepts the pairs answer,
# English medical words a bilingual patient drops in, care staff's "VP".
ARABIC_EVERYDAY_9 = [
    ("ar", "ana ha2ba sa7ya wala nayma fel 3amaleya di?", "مستيقظ"),
    ("ar", "ana ha2ba sa7ya wala nayma fel 3amaleya di?", "ينام"),
    ("ar", "emta ba2dar rou7 3al bet ba3d 3amaliyet el fa2ra?", "الخروج من المستشفى"),
    ("ar", "el asmant momken yetsarab barra el 3adma?", "تسرب الإسمنت"),
    ("ar", "emta a2dar amshi ba3d el 3amaleya?", "بعد"),
    ("ar", "a2dar akol 2abl el 3amaliya?", "الصيام"),
    ("ar", "emta nwa2ef el warfarin?", "أوقف"),
    ("ar", "hiya kbeera fel sen, 85 sana", "كبار السن"),
    ("ar", "الـ VP بتفيد للديسك كمان؟", "رأب الفقرات"),
    ("ar", "pt عنده disc herniation L5", "الانزلاق الغضروفي"),
    ("ar", "تاخذ warfarin و aspirin 81", "مميع الدم"),
    ("ar", "تاخد دوا الضغط والسكري الصبح؟", "أدويتهم المعتادة"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_9)
def test_arabic_of_session_26_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of session 26: eating after the procedure is no fast before it, diabetes told
# is no medicine, awake tomorrow no sleep during it.
ARABIC_EVERYDAY_LOOKALIKES_9 = [
    ("ar", "a2dar akol ba3d el 3amaliya?", "الصيام"),
    ("ar", "baba 3ando sokkar", "أدويتهم المعتادة"),
    ("ar", "ana ha2ba sa7ya bokra", "ينام"),
]


@pytest.mark.parametrize("locale, text, canonical", ARABIC_EVERYDAY_LOOKALIKES_9)
def test_arabic_lookalikes_of_session_26(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# German as patients type it: everyday, spoken and regional words (Swiss "Spital", Austrian
# "Risken"), umlauts typed as two letters, the separable verbs' common frames, each finding the
# group of the word the leaflets use.
GERMAN_EVERYDAY = [
    ("Wird man bei der Zementgeschichte eingeschläfert?", "Vertebroplastie"),
    ("Wird man bei der Zementgeschichte eingeschläfert?", "Vollnarkose"),
    ("Bekomme ich was mit oder schlafe ich?", "wach"),
    ("Danach war ich ganz benebelt", "schläfrig"),
    ("Muss ich nuechtern kommen?", "nüchtern"),  # ü typed as "ue"
    ("Darf ich ohne Frühstück kommen?", "nüchtern"),
    ("Darf ich heim, wenn alles gut ist?", "Entlassung"),
    ("Muss ich im Spital übernachten?", "stationär"),
    ("Muss ich im Spital übernachten?", "Krankenhaus"),
    ("Wann stehe ich wieder auf?", "aufstehen"),
    ("Wie lange muss ich flachliegen?", "Bettruhe"),
    ("Darf ich mit dem Rollator rumlaufen?", "Beweglichkeit"),
    ("Wann darf ich wieder Wasserkisten schleppen?", "Heben"),
    ("Darf ich mein Enkelkind hochheben?", "Heben"),
    ("Kann der Zement rauslaufen?", "Zementaustritt"),
    ("Kann man davon gelaehmt werden?", "Nervenschaden"),  # ä typed as "ae"
    ("Ich habe ein künstliches Hüftgelenk", "Metallteile"),
    ("Er hat einen Herzschrittmacher", "Metallteile"),
    ("Knochenmetastasen vom Prostatakrebs", "Tumor"),
    ("Klappt das bei jedem?", "Erfolgsrate"),
    ("Wann muss ich zur Kontrolle?", "Kontrolluntersuchung"),
    ("Muss ich das Marcoumar absetzen?", "Blutverdünner"),  # the Swiss spelling
    ("Muss ich das Marcoumar absetzen?", "absetzen"),
    ("Tut der Piks weh?", "Einstichstelle"),
    ("Ist die Ballonmethode besser?", "Kyphoplastie"),
    ("Mein Lendenwirbel ist gebrochen", "Wirbel"),
    ("Der Bruch ist schon zwei Jahre her", "verheilt"),
    ("Kommt das für mich in Frage?", "infrage"),
    ("Sind die Risken hoch?", "Risiken"),  # the Austrian plural
    ("Wie viel Zeit braucht die Zement-OP?", "dauert"),
    ("Bin ich da weggetreten oder krieg ich alles mit?", "Vollnarkose"),
    ("Ich hab eine Platte im Arm, darf ich ins MRT?", "Metallteile"),
]


@pytest.mark.parametrize("text, canonical", GERMAN_EVERYDAY)
def test_everyday_german_finds_the_leaflets_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("de", text)


# Look-alikes: the same word in another sense ("Heim", a care home; "Kontrolle" over pain;
# "tragen" a brace; "Querschnitt", a cross-section of an image), which must not find the group.
GERMAN_LOOKALIKES = [
    ("Meine Mutter lebt im Heim", "Entlassung"),
    ("Die Schmerzen sind unter Kontrolle", "Kontrolluntersuchung"),
    ("Muss ich das Korsett tragen?", "Heben"),
    ("Im Querschnitt sieht man den Wirbel", "Nervenschaden"),
    ("Ich nehme seit Jahren Kortison", "verheilt"),
    ("Ich habe eine Frage zur Narkose", "infrage"),  # a question, not "in Frage kommen"
    ("Macht Cortison auf Dauer die Knochen kaputt?", "dauert"),  # in the long run
]


@pytest.mark.parametrize("text, canonical", GERMAN_LOOKALIKES)
def test_german_lookalikes_do_not_find_the_group(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("de", text)


# German, second round: what the studied sets still missed, by concept, in words of the north
# and south, Austria and Switzerland, as (locale, text, expected group) rows.
GERMAN_SPOKEN = [
    ("de", "Tut das weh, wenn die mit der Nadel reinstechen?", "Einstichstelle"),
    ("de", "Wie lange dauert es, bis der Zement steinhart ist?", "aushärten"),
    ("de", "Muss ich liegen, bis er hart wird?", "aushärten"),
    ("de", "Kann danach auch der Nachbarwirbel brechen?", "weitere Brüche"),
    ("de", "Können noch mehr Wirbel kaputtgehen?", "weitere Brüche"),
    ("de", "Bei ihr ist der Wirbel eingebrochen", "Wirbelbruch"),
    ("de", "Wird mein Rücken wieder gerade?", "Verkrümmung der Wirbelsäule"),
    ("de", "Er ist so krumm geworden", "Verkrümmung der Wirbelsäule"),
    ("de", "Sie ist vier Zentimeter kleiner", "Verlust an Körpergröße"),
    ("de", "Kommt sie wieder auf die Beine?", "Beweglichkeit"),
    ("de", "Muss er danach zum Nachschauen kommen?", "Kontrolluntersuchung"),
    ("de", "Gibt es eine Unverträglichkeit gegen den Zement?", "Allergie"),
    ("de", "Ich habe eine Jodallergie", "Allergie"),
    ("de", "Wie gut hilft das bei alten Leuten?", "Erfolgsrate"),
    ("de", "Was, wenn die Wunde eitert?", "Infektion"),
    ("de", "Die Schmerzmittel schlagen ihr auf den Magen", "Magenprobleme"),
    ("de", "Ist das vorbeugend gegen weitere Brüche?", "vorbeugend"),
    ("de", "Macht das ein Röntgenarzt?", "Radiologe"),
    ("de", "Wie lange doktern die da an mir rum? Wie lange rumdoktern die?", "operieren"),
    ("de", "wan darf ich heim", "wann"),
    ("de", "Warum bricht der Wirbel? Wieso gerade jetzt?", "warum"),
    ("de", "Ich hab nix Schweres gehoben", "Heben"),
    ("de", "Bekomme ich Propofol?", "Sedierung"),
    ("de", "Nehmen Sie NOAK oder Marcumar?", "Blutverdünner"),
    ("de", "Geht das in der Tagesklinik, ohne Übernachtung?", "ambulant"),
    ("de", "Wann bin ich die Schmerzen los?", "Schmerzlinderung"),
    ("de", "Kann der Nerv getroffen werden?", "Nervenschaden"),
    ("de", "Blutet das nach?", "Blutung"),
    ("de", "Ich wurde letzte Woche geröntgt", "Röntgen"),
    ("de", "Wann darf ich Marcumar wieder nehmen?", "wieder nehmen"),
    ("de", "Hilft Heilgymnastik danach?", "Physiotherapie"),
    ("de", "is dat nich gefährlich?", "nicht"),  # northern "nich"
    ("de", "Tut des net weh?", "nicht"),  # southern and Austrian "net"
    ("de", "Sie ist seit dem Sturz bettlägrig", "bettlägerig"),
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_SPOKEN)
def test_spoken_german_finds_the_leaflets_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# ... and the look-alikes this round left out: the same words in another sense.
GERMAN_LOOKALIKES_2 = [
    # growing taller again is height given back, not the height lost: with the loss group it
    # gave "wird meine Oma wieder größer?" the how-it-is-done pair at 0.95
    ("de", "Wird meine Mutter danach wieder größer?", "Verlust an Körpergröße"),
    ("de", "Ich habe einen stechenden Schmerz", "Einstichstelle"),  # stabbing, no needle
    ("de", "Die Schmerzen strahlen auf die Beine aus", "Beweglichkeit"),
    ("de", "Ist er mobil erreichbar?", "Beweglichkeit"),  # by phone
    ("de", "Ich habe einen neuen Bruch, kommt das infrage?", "weitere Brüche"),  # this one
    ("de", "Sind die Brüche neu oder alt?", "weitere Brüche"),
    ("de", "Muss ich nach der Narkose wieder brechen?", "weitere Brüche"),  # vomit
    ("de", "Mein Rücken wird ganz fest", "aushärten"),  # stiff
    ("de", "Darf ich mich danach vorbeugen?", "vorbeugend"),  # lean forward
    ("de", "Wann kann ich wieder anfangen zu arbeiten?", "wieder nehmen"),
    ("de", "Schrumpft der Zement mit der Zeit?", "Verlust an Körpergröße"),
    ("de", "Ich bin gerade operiert worden", "Verkrümmung der Wirbelsäule"),  # just now
    ("de", "Darf ich gebückt im Garten arbeiten?", "Verkrümmung der Wirbelsäule"),
    ("de", "Kann der Zement kaputtgehen?", "Wirbelbruch"),
    ("de", "Das wäre eine Erleichterung für die Familie", "Schmerzlinderung"),
    ("de", "Ich möchte gern wissen, ob ich Angst haben muss", "Allergie"),
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_LOOKALIKES_2)
def test_german_lookalikes_of_the_second_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# German, session 21 round: by concept, as patients of the north and south, Austria and
# Switzerland, second-language writers, the elderly and care-home staff type them.
GERMAN_SPOKEN_3 = [
    ("de", "Wird das zementiert?", "Vertebroplastie"),
    ("de", "Der Arzt will Zement spritzen", "Vertebroplastie"),
    ("de", "Ist das so ein Knochenkitt?", "Knochenzement"),
    ("de", "Sind die Schmerzen danach ganz weg, bin ich beschwerdefrei?", "Schmerzlinderung"),
    ("de", "Krieg ich da was mit?", "wach"),
    ("de", "Kriegt sie was mit, die Bewohnerin?", "wach"),
    ("de", "Die Stichstelle tut noch weh", "Einstichstelle"),
    ("de", "Da, wo die Nadel drin war, ist es grün und blau", "Einstichstelle"),
    ("de", "Es ist alles grün und blau", "Bluterguss"),
    ("de", "Wie lange muss liegen?", "Bettruhe"),
    ("de", "Wann kann er wieder laufen?", "Beweglichkeit"),
    ("de", "Wann darf sie zurück ins Pflegeheim?", "Entlassung"),
    ("de", "Kann der Wirbel darüber auch brechen?", "weitere Brüche"),
    ("de", "Der Wirbel sackt zusammen", "Wirbelbruch"),
    ("de", "Darf ich vorher einen Schluck Wasser trinken?", "nüchtern"),
    ("de", "Ab wann nichts mehr essen?", "nüchtern"),
    ("de", "Darf die Wunde nass werden?", "duschen"),
    ("de", "was fur material ist das? ist chemie?", "Material"),
    ("de", "Woraus besteht der Zement?", "Material"),
    ("de", "Bekommt sie vorher ein Antibiotikum?", "Antibiotika"),
    ("de", "Soll sie ihre Blutdrucktabletten nehmen?", "Medikamente"),
    ("de", "Kann man mehrere Wirbel in einer Sitzung machen?", "mehrere Brüche"),
    ("de", "Gibt es eine Statistik?", "Prozent"),
    ("de", "Die Schmerzmittel helfen kaum noch", "nicht geholfen"),
    ("de", "Korsett und Tabletten, bringt alles nichts", "nicht geholfen"),
    ("de", "Komme ich danach mit weniger Schmerzmitteln aus?", "Schmerzmitteldosis verringern"),
    ("de", "Würde so gern wieder ohne Tabletten leben", "Schmerzmitteldosis verringern"),
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_SPOKEN_3)
def test_german_of_the_session_21_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# ... and the look-alikes: the same words in another sense.
GERMAN_LOOKALIKES_3 = [
    # "ganz weg" is also pain gone for good: in the general-anaesthetic group it gave "geht der
    # schmerz danach ganz weg?" the during-and-after pair, wrongly
    ("de", "Geht der Schmerz danach ganz weg?", "Vollnarkose"),
    ("de", "Ich hatte auf einmal starke Schmerzen", "mehrere Brüche"),  # suddenly
    ("de", "Zahlt die Krankenkasse das?", "Prozent"),  # paying, not figures
    ("de", "Soll ich am Morgen ohne Tabletten kommen?", "Schmerzmitteldosis verringern"),
    ("de", "Wo geht die Nadel rein?", "Einstichstelle"),  # where it is put in, no wound
    ("de", "Sie liegt seit Wochen nur im Bett", "Bettruhe"),  # bedridden, no rest after
    ("de", "Die Bewohnerin ist gestern zusammengebrochen", "Wirbelbruch"),  # collapsed
    ("de", "Wann darf ich wieder nach Hause gehen?", "Beweglichkeit"),
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_LOOKALIKES_3)
def test_german_lookalikes_of_the_session_21_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 22: German of every region for the concepts set 12's misses share (the balloon method
# heard wrong by dictation, a vertebra as "Würfel", cancer that has spread, who performs it, why an
# MRI, does it help at all, how likely, until it works, what the cement is made of).
GERMAN_SPOKEN_4 = [
    ("de", "Mein Orthopäde sprach von Kiefer Plastik mit Ballon", "Kyphoplastie"),
    ("de", "Ist die Kyphoplastik besser?", "Kyphoplastie"),
    ("de", "Wie lange bis der Zement im Würfel hart ist?", "Wirbel"),
    ("de", "Der Krebs hat in die Knochen gestreut", "Tumor"),
    ("de", "Welcher Facharzt macht das?", "Radiologe"),
    ("de", "Macht das ein Röntgeninstitut?", "Radiologe"),
    ("de", "Wer macht das eigentlich, ein Röntgen-Arzt?", "Radiologe"),
    ("de", "Wozu noch ein MRT?", "warum"),
    ("de", "Hilft das überhaupt?", "Erfolgsrate"),
    ("de", "Bringt das was?", "Erfolgsrate"),
    ("de", "Wie wahrscheinlich ist eine Lähmung?", "Risiken"),
    ("de", "Wie lange dauert es, bis das wirkt?", "Schmerzlinderung"),
    ("de", "Ist der Zement giftig?", "Material"),
    ("de", "Ist das wie eine Plombe beim Zahnarzt?", "Material"),
    ("de", "Ist das Zeug wie Beton vom Baumarkt?", "Material"),
    ("de", "Darf ich danach die Wäschekörbe tragen?", "Heben"),
    ("de", "Wann darf ich meinen Enkel hochheben?", "Heben"),
    ("de", "Bis wann darf ich was essen?", "nüchtern"),
    ("de", "Ab Mitternacht nichts mehr?", "nüchtern"),
    ("de", "Darf ich am Morgen noch frühstücken?", "nüchtern"),
    ("de", "Muss ich ASS 100 absetzen?", "Blutverdünner"),
    ("de", "Bekomme ich danach eine Leibbinde?", "Korsett"),
    ("de", "Bin ich wach?", "wach"),
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_SPOKEN_4)
def test_german_of_the_session_22_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


GERMAN_LOOKALIKES_4 = [
    ("de", "Ich habe Schmerzen im Kiefer", "Kyphoplastie"),  # the jaw, not a misheard word
    ("de", "Ist der Ballon gefährlich?", "Erfolgsrate"),
    ("de", "Wie lange dauert der Eingriff?", "Schmerzlinderung"),  # duration, not relief
    ("de", "Hilft Physiotherapie bei Osteoporose?", "Erfolgsrate"),  # "hilft" bare stays
    ("de", "Muss ich das Korsett tragen?", "Heben"),  # wearing, not carrying
    ("de", "Darf ich früh noch Tabletten nehmen?", "nüchtern"),
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_LOOKALIKES_4)
def test_german_lookalikes_of_the_session_22_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


GERMAN_SPOKEN_5 = [
    ("de", "Krieg ich da ne richtige Narkose?", "Vollnarkose"),
    ("de", "Ist das eine echte Vollnarkose?", "Vollnarkose"),
    ("de", "Was ist in den ersten Tagen wichtig?", "Erholung"),
    ("de", "Ist der Wirbel dann für die Zukunft geschützt?", "vorbeugend"),
    ("de", "Bringt das was?", "Erfolgsrate"),
    ("de", "Bringt das noch was?", "verheilt"),  # "still": too late? (session 30)
    ("de", "Ich habe ein künstliches Kniegelenk", "Metallteile"),
    ("de", "Ich habe eine Endoprothese in der Hüfte", "Metallteile"),
    ("de", "Werden beide Wirbel gleichzeitig gemacht?", "mehrere Brüche"),
    ("de", "Macht man zwei Wirbel auf einmal?", "mehrere Brüche"),
    ("de", "Tut es zu Hause noch weh?", "vorübergehend zunehmen"),
    ("de", "Wie sehr tut es die Tage danach weh?", "vorübergehend zunehmen"),
    ("de", "Ist das Bauzement?", "Material"),
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_SPOKEN_5)
def test_german_of_the_session_23_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


GERMAN_LOOKALIKES_5 = [
    ("de", "Worauf muss ich vor dem Eingriff achten?", "Erholung"),  # preparation, not recovery
    ("de", "Bin ich vor der Strahlung geschützt?", "vorbeugend"),  # radiation, not prevention
    ("de", "Tut das weh?", "vorübergehend zunehmen"),  # during it, the anaesthetic
    ("de", "Hilft das?", "Erfolgsrate"),
    ("de", "Darf ich danach beim Hausbau helfen?", "Material"),  # building, not the cement
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_LOOKALIKES_5)
def test_german_lookalikes_of_the_session_23_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 23 second round (set 14): English mixed into German, what is in the cement, the
# morning's pills, bedpans as the toilet, wear and tear as arthritis.
GERMAN_SPOKEN_6 = [
    ("de", "Aus was ist der bone cement?", "Knochenzement"),
    ("de", "Was ist da drin im Zement?", "Material"),
    ("de", "Wie lange dauert die Recovery?", "Erholung"),
    ("de", "Gibt es ein Follow-up?", "Kontrolluntersuchung"),
    ("de", "Muss ich overnight bleiben?", "stationär"),
    ("de", "Welchen Painkiller darf ich nehmen?", "Schmerzmittel"),
    ("de", "Wie lange Fasting vorher?", "nüchtern"),
    ("de", "Brauche ich vorher einen Bone Scan?", "Knochenszintigrafie"),
    ("de", "Mein Vater hat Heart Failure", "Herzerkrankung"),
    ("de", "Darf sie ihre Morgentabletten nehmen?", "Medikamente"),
    ("de", "Muss ich auf die Bettpfanne?", "Toilette"),
    ("de", "Hilft das bei Abnützung im Rücken?", "Arthrose"),
    ("de", "Hat das Side Effects?", "Komplikationen"),
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_SPOKEN_6)
def test_german_of_the_session_23_second_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


GERMAN_LOOKALIKES_6 = [
    ("de", "Ist da Metall drin?", "Material"),  # metal in the body, before an MRI
    ("de", "Der Wirbel bricht zusammen", "weitere Brüche"),  # the present fracture
]


@pytest.mark.parametrize("locale, text, canonical", GERMAN_LOOKALIKES_6)
def test_german_lookalikes_of_the_session_23_second_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


@pytest.mark.parametrize(
    "typed, written",
    [("nuechtern", "nüchtern"), ("gelaehmt", "gelähmt"), ("Hoehe", "Höhe"), ("Ruecken", "Rücken")],
)
def test_german_umlauts_typed_as_two_letters_match_as_written(typed: str, written: str) -> None:
    assert match_key("de", typed) == match_key("de", written)
    assert match_key("de", "Quelle") == "quelle"  # "ue" after "q" is no umlaut


# Vietnamese as patients type it: everyday, spoken and regional words (southern "nằm nhà
# thương", northern "nằm viện"), typed without tones or with a wrong letter ("nằm xấp"), each
# finds the group of the word the leaflets use.
VIETNAMESE_SPOKEN = [
    ("làm xong có phải nằm nhà thương không", "nằm viện"),
    ("co phai ngu lai qua dem khong", "nằm viện"),  # no tone marks
    ("lúc làm có đánh thuốc mê không", "gây mê"),
    ("bơm có cho ngủ luôn không", "gây mê"),
    ("lúc bơm tôi còn tỉnh không", "tỉnh táo"),
    ("nằm xấp lâu được không", "nằm sấp"),  # s/x typed as said
    ("chỗ kim đâm nhức nhức", "vết chích"),
    ("chỗ kim đâm nhức nhức", "cơn đau"),
    ("bao lâu thì được xách nước", "mang vác nặng"),
    ("tôi làm ruộng có làm lại được không", "hoạt động gắng sức"),
    ("xi măng có bị xì ra ngoài không", "rò xi măng"),
    ("xi măng dò ra thì sao", "rò xi măng"),
    ("xi măng đè lên dây thần kinh có bị liệt không", "tổn thương thần kinh"),
    ("trong chân có đinh vít chụp mri được không", "kim loại"),
    ("ba tôi có máy tạo nhịp tim", "kim loại"),
    ("phải ngưng thuốc chống đông mấy ngày", "ngừng"),
    ("bao giờ được uống lại thuốc", "dùng lại"),
    ("có phải đeo đai không", "áo nẹp"),
    ("bị xốp xương có bơm được không", "loãng xương"),
    ("sau này có bị gãy thêm đốt khác không", "gãy xương thêm"),
    ("bơm xong có bị xẹp đốt sống khác không", "gãy xương thêm"),
    ("trc khi bơm có nhịn ăn không", "trước"),
    ("bơm xi măng thì khoa nào làm", "điện quang can thiệp"),
    ("xi măng đó làm bằng chất gì", "hóa học"),
]


@pytest.mark.parametrize("text, canonical", VIETNAMESE_SPOKEN)
def test_spoken_vietnamese_finds_the_leaflets_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("vi", text)


# Look-alikes: a word that folds, without tones, to a word the group has ("do", because, is
# "dò" leaking; "dùng", use, is "dừng", stop), or a phrase with another meaning.
VIETNAMESE_LOOKALIKES = [
    ("bị xẹp đốt sống do loãng xương", "rò xi măng"),  # "do" (because), not "dò"
    ("dùng thuốc giảm đau được không", "ngừng"),  # use, not stop
    ("dung thuoc giam dau duoc khong", "ngừng"),  # the same without tones
    ("trong thời gian đó có ngừng tim không", "ngừng"),  # cardiac arrest, no medicine
    ("ăn gì để bổ sung dinh dưỡng", "kim loại"),  # "dinh", not "đinh" (nail)
    ("day than kinh bi ton thuong", "ra khỏi giường"),  # "dây" (nerve), not "dậy" (get up)
    ("ngăn đốt sống xẹp thêm", "gãy xương thêm"),  # the same vertebra, not another one
    ("mổ hở có lâu lành hơn không", "rò xi măng"),
    ("bơm xong chất lượng cuộc sống có tốt hơn không", "hóa học"),  # quality, not substance
]


@pytest.mark.parametrize("text, canonical", VIETNAMESE_LOOKALIKES)
def test_vietnamese_lookalikes_do_not_find_the_group(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("vi", text)


# Vietnamese, session 21 round: what a patient of the north, the centre, the south or the
# diaspora types for the pairs' concepts, tones or not, as (locale, text, expected group) rows:
# how long the procedure takes (not the recovery), straightening the back, several vertebrae,
# the success figure said as people, being bedridden, one's usual medicines, weak legs, the
# cement called glue or "the stuff injected", vertebrae by level, walking aids, English words.
VIETNAMESE_SPOKEN_2 = [
    ("vi", "làm mất bao lâu vậy bác sĩ", "kéo dài một giờ"),
    ("vi", "mổ mấy tiếng thì xong", "kéo dài một giờ"),
    ("vi", "bom xi mang mat bao lau", "kéo dài một giờ"),  # no tone marks
    ("vi", "thời gian làm thủ thuật là bao lâu", "kéo dài một giờ"),
    ("vi", "lưng bà có thẳng lại được không", "làm thẳng lại cột sống"),
    ("vi", "làm xong có hết còng không", "làm thẳng lại cột sống"),
    ("vi", "ông tôi xẹp 3 đốt có bơm hết được không", "nhiều hơn một ổ gãy"),
    ("vi", "mười người làm thì mấy người khỏi", "tỷ lệ thành công"),
    ("vi", "mười người làm thì mấy người khỏi", "10"),  # a number said as a word
    ("vi", "nhịn ăn sáu tiếng hả", "6"),
    ("vi", "mẹ tôi nằm liệt giường cả tháng nay", "nằm một chỗ"),
    ("vi", "thuốc huyết áp buổi sáng có uống được không", "thuốc thường ngày"),
    ("vi", "thuoc tieu duong co phai ngung khong", "thuốc thường ngày"),
    ("vi", "sau bơm bị yếu chân có sao không", "yếu cơ"),
    ("vi", "cái keo bơm vào xương là gì", "xi măng sinh học"),
    ("vi", "chất bơm vô lưng làm bằng gì", "xi măng sinh học"),
    ("vi", "xi măng có thoát ra ngoài không", "rò xi măng"),
    ("vi", "xẹp L1 có bơm được không", "đốt sống"),
    ("vi", "bà bị xẹp đốt sống ngực", "đốt sống"),
    ("vi", "bà đi chống gậy được không", "đi lại"),
    ("vi", "bao lâu mới tập tạ lại được", "mang vác nặng"),
    ("vi", "phải stop thuốc mấy ngày", "ngừng"),  # the diaspora's English
    ("vi", "ai bơm xi măng cho mẹ tôi", "điện quang can thiệp"),
    ("vi", "recovery có lâu không", "hồi phục"),
    ("vi", "có side effect gì không", "biến chứng"),
    ("vi", "đang uống blood thinner", "thuốc chống đông"),
    ("vi", "bao giờ phải follow up", "tái khám"),
    ("vi", "có phải nằm bịnh viện không", "nằm viện"),  # southern "bịnh"
    ("vi", "bà già yếu rồi có làm được không", "người cao tuổi"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_SPOKEN_2)
def test_vietnamese_of_every_region_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes of this round's members: the cement setting in minutes, the time until going
# home, lying flat, a stay-still "nằm yên một chỗ", adhesive tape, one fractured vertebra,
# blood or pus running out, weak bones, who looks after the patient, an old back's stoop.
VIETNAMESE_LOOKALIKES_2 = [
    ("vi", "xi măng bao nhiêu phút thì cứng", "kéo dài một giờ"),
    ("vi", "bơm xong bao lâu thì được về", "kéo dài một giờ"),
    ("vi", "nằm thẳng lưng có được không", "làm thẳng lại cột sống"),
    ("vi", "bơm xong phải nằm yên một chỗ bao lâu", "nằm một chỗ"),
    ("vi", "dán băng keo lên chỗ chích", "xi măng sinh học"),
    ("vi", "xẹp một đốt sống", "nhiều hơn một ổ gãy"),
    ("vi", "máu chảy ra ngoài băng", "rò xi măng"),
    ("vi", "mủ chảy ra ngoài vết chích", "rò xi măng"),
    ("vi", "xương yếu có bơm được không", "yếu cơ"),
    ("vi", "ai là người chăm sóc sau mổ", "điện quang can thiệp"),
    ("vi", "mẹ bị còng lưng", "làm thẳng lại cột sống"),
    ("vi", "ba tôi bị lún đốt sống", "nhiều hơn một ổ gãy"),  # "ba" is father, not three
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_LOOKALIKES_2)
def test_vietnamese_lookalikes_of_the_later_round(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 22: Vietnamese for the concepts set 12's misses share (the balloon against the plain
# procedure, who performs it, what the cement is made of or whether it is toxic, until what
# clock time one may eat or drink, awake or put under, does it help at all).
VIETNAMESE_SPOKEN_3 = [
    ("vi", "loại có bóng với loại thường khác nhau thế nào", "tạo hình đốt sống bằng bóng"),
    ("vi", "loại có bóng với loại thường khác nhau thế nào", "khác nhau như thế nào"),
    ("vi", "cái nào tốt hơn vậy bác sĩ", "khác nhau như thế nào"),
    ("vi", "bác sĩ nào làm thủ thuật này", "điện quang can thiệp"),
    ("vi", "là bác sĩ chẩn đoán hình ảnh hả", "điện quang can thiệp"),
    ("vi", "xi măng để lâu trong người có độc không", "hóa học"),
    ("vi", "xi măng giống trám răng hả", "hóa học"),
    ("vi", "làm bằng nhựa hả", "hóa học"),
    ("vi", "tối nay ăn đến mấy giờ", "nhịn ăn"),
    ("vi", "sáng mai có được uống nước không", "nhịn ăn"),
    ("vi", "ba đang uống coumadin", "thuốc chống đông"),
    ("vi", "lúc làm mình có tỉnh không", "tỉnh táo"),
    ("vi", "bơm vô có ăn thua gì không", "tỷ lệ thành công"),
    ("vi", "bơm xong sao lại đau hơn trước vậy", "tạm thời tăng lên"),
    ("vi", "làm xong đau nhiều hơn trước có sao không", "tạm thời tăng lên"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_SPOKEN_3)
def test_vietnamese_of_the_session_22_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


VIETNAMESE_LOOKALIKES_3 = [
    ("vi", "bác sĩ chẩn đoán bị xẹp đốt sống", "điện quang can thiệp"),  # diagnosed, no one acting
    ("vi", "chụp chẩn đoán hình ảnh trước khi bơm", "điện quang can thiệp"),  # the imaging tests
    ("vi", "bóng đèn trong phòng", "tạo hình đốt sống bằng bóng"),
    ("vi", "thủ thuật có hiệu quả không", "tỷ lệ thành công"),  # the what-is pair says hiệu quả
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_LOOKALIKES_3)
def test_vietnamese_lookalikes_of_the_session_22_round(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


VIETNAMESE_SPOKEN_4 = [
    ("vi", "làm xong về nhà có đau không", "làm dịu sự khó chịu"),
    ("vi", "mấy ngày đầu có đau không", "làm dịu sự khó chịu"),
    ("vi", "có ai canh chừng ông không", "theo dõi"),
    ("vi", "có người trông chừng không", "theo dõi"),
    ("vi", "có y tá ở bên không", "điều dưỡng"),
    ("vi", "100 người thì bao nhiêu người hết đau", "tỷ lệ thành công"),
    ("vi", "bác sĩ chụp phim làm hả", "điện quang can thiệp"),
    ("vi", "bao lâu thì đi chợ được", "đi lại"),
    ("vi", "bao lâu mới bế lại được", "mang vác nặng"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_SPOKEN_4)
def test_vietnamese_of_the_session_23_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


VIETNAMESE_LOOKALIKES_4 = [
    ("vi", "lúc làm có đau không", "làm dịu sự khó chịu"),  # during it, the anaesthetic
    ("vi", "bệnh viện có 100 giường", "tỷ lệ thành công"),
    ("vi", "chụp phim trước khi bơm", "điện quang can thiệp"),  # the imaging tests
    ("vi", "ăn gì cho bổ xương", "đi lại"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_LOOKALIKES_4)
def test_vietnamese_lookalikes_of_the_session_23_round(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 23 second round (set 14, a chatbot log): English mixed in, breakfast and coffee as
# fasting, going home the same day, the other vertebrae, "does it really help" as success.
VIETNAMESE_SPOKEN_5 = [
    ("vi", "có được ăn sáng uống cà phê không", "nhịn ăn"),
    ("vi", "làm xong về nhà liền được không", "ngoại trú"),
    ("vi", "có phải ở lại overnight không", "nằm viện"),
    ("vi", "mấy đốt khác có bị gãy không", "gãy xương thêm"),
    ("vi", "bị heart failure có làm được không", "bệnh tim"),
    ("vi", "làm xong có đỡ thật không", "tỷ lệ thành công"),
    ("vi", "sợ vẫn nhức như cũ", "tỷ lệ thành công"),
    ("vi", "tìm hiểu về bone cement", "xi măng sinh học"),
    ("vi", "có cần uống antibiotics không", "kháng sinh"),
    ("vi", "cho uống thuốc buổi sáng không", "thuốc thường ngày"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_SPOKEN_5)
def test_vietnamese_of_the_session_23_second_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


VIETNAMESE_LOOKALIKES_5 = [
    ("vi", "cà phê có làm loãng xương không", "nhịn ăn"),  # coffee and bones, not fasting
    ("vi", "sinh hoạt như cũ được chưa", "tỷ lệ thành công"),  # back to daily life
    ("vi", "đốt sống này có khác gì đốt sống kia", "gãy xương thêm"),
    ("vi", "ở lại đêm qua", "ngoại trú"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_LOOKALIKES_5)
def test_vietnamese_lookalikes_of_the_session_23_second_round(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 24: words a phone's autocorrect or a quick thumb makes of the pairs' words (Elixier
# for Eliquis, Narzisse for Narkose; "gây tế", "loang xương", "thuốc chồng đông", "bác sỉ"),
# what someone felt during it, figures, a rib broken after, buckets lifted, pain that keeps on.
GERMAN_SPOKEN_7 = [
    ("de", "Mein Vater nimmt Elixier, wann absetzen?", "Blutverdünner"),
    ("de", "Bekomme ich eine Narzisse?", "Vollnarkose"),
    ("de", "Er hat kaum was gespürt", "wach"),
    ("de", "er hat wahrend dem eingriff nichts gespurt", "wach"),
    ("de", "Spürt man was davon?", "wach"),
    ("de", "Gibt es da Zahlen?", "Prozent"),
    ("de", "Sie hat sich eine Rippe gebrochen", "Rippenbruch"),
    ("de", "Was ist mit der Kyphose Plastik?", "Kyphoplastie"),
    ("de", "Was für ein Kleber ist das?", "Knochenzement"),
    ("de", "Welcher Doktor macht das?", "Radiologe"),
    ("de", "Der Bruch ist eine alte Fraktur", "verheilt"),
    ("de", "Wann ist der Nachtermin?", "Kontrolluntersuchung"),
    ("de", "Wie lange dauert eine Vertebroblastie?", "Vertebroplastie"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), GERMAN_SPOKEN_7)
def test_german_of_session_24_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


GERMAN_LOOKALIKES_7 = [
    ("de", "Zahlen das die Kassen?", "Prozent"),  # paying, not figures
    ("de", "Ich habe Kribbeln gespürt", "wach"),  # a symptom felt, no awareness asked
    ("de", "Meine Rippe tut weh", "Rippenbruch"),  # a sore rib is no broken one
    ("de", "Die Kyphose ist schlimmer geworden", "Kyphoplastie"),  # the stoop itself
]


@pytest.mark.parametrize(("locale", "text", "canonical"), GERMAN_LOOKALIKES_7)
def test_german_lookalikes_of_session_24_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


VIETNAMESE_SPOKEN_6 = [
    ("vi", "có được gây tế không ạ", "gây tê"),
    ("vi", "bị loang xương lâu năm", "loãng xương"),
    ("vi", "bố em đang uống thuốc chồng đông", "thuốc chống đông"),
    ("vi", "em làm có chắc khỏi không", "tỷ lệ thành công"),
    ("vi", "lam xong co het nhuc khong hay nhuc hoai", "tỷ lệ thành công"),
    ("vi", "bao lâu thì xách xô nước được", "mang vác nặng"),
    ("vi", "có phải truyền kháng sinh không", "kháng sinh"),
    ("vi", "vết chích chảy mủ có sao không", "nhiễm trùng"),
    ("vi", "bơm si măng có lâu không", "tạo hình đốt sống"),
    ("vi", "đốt sống bị sụm có bơm được không", "gãy lún đốt sống"),
    ("vi", "chổ chích bị đỏ", "vết chích"),
    ("vi", "tối nay ăn khuya được không", "nhịn ăn"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_SPOKEN_6)
def test_vietnamese_of_session_24_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


VIETNAMESE_LOOKALIKES_6 = [
    ("vi", "bị chảy mũi mấy hôm nay", "nhiễm trùng"),  # a runny nose, no pus
    ("vi", "y tế ở đây có tốt không", "gây tê"),  # "tế" of healthcare
    ("vi", "chồng em đi làm xa", "thuốc chống đông"),  # a husband, not a blood thinner
    ("vi", "làm xong đi lại được chưa", "tỷ lệ thành công"),  # walking after, not success
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_LOOKALIKES_6)
def test_vietnamese_lookalikes_of_session_24(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 24, second round: the day of the procedure and a family chat: breakfast eaten as
# fasting, going home straight after as the day case, warfarin dictated ("wa pha rin"), pain
# worse than the day before.
GERMAN_SPOKEN_8 = [
    ("de", "hab heute früh noch ein Brötchen gegessen", "nüchtern"),
    ("de", "Darf ich vorher noch eine Semmel essen?", "nüchtern"),
    ("de", "kann er danach gleich wieder heim?", "ambulant"),
    ("de", "darf sie sofort nach Hause?", "ambulant"),
    ("de", "hab schon gegessen, geht das trotzdem?", "nüchtern"),
    ("de", "Welche Untersuchungen sind erforderlich?", "nötig"),
    ("de", "Wie lange liege ich auf dem Röntgentisch?", "auf dem Bauch liegen"),
    ("de", "Tut es am Abend weh?", "vorübergehend zunehmen"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), GERMAN_SPOKEN_8)
def test_german_of_session_24_second_round(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


GERMAN_LOOKALIKES_8 = [
    ("de", "wann darf ich nach Hause?", "ambulant"),  # discharge, not the same day
    ("de", "am Tisch sitzen und essen", "auf dem Bauch liegen"),  # a table, not lying on it
]


@pytest.mark.parametrize(("locale", "text", "canonical"), GERMAN_LOOKALIKES_8)
def test_german_lookalikes_of_session_24_second_round(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


VIETNAMESE_SPOKEN_7 = [
    ("vi", "ba đang uống thuốc wa pha rin", "thuốc chống đông"),
    ("vi", "làm xong lưng còn đau hơn hôm trước", "tạm thời tăng lên"),
    ("vi", "bơm xong nhức hơn trước", "tạm thời tăng lên"),
    ("vi", "nằm trên bàn mổ bao lâu", "nằm sấp"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_SPOKEN_7)
def test_vietnamese_of_session_24_second_round(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


VIETNAMESE_LOOKALIKES_7 = [
    ("vi", "pha sữa cho cháu uống", "thuốc chống đông"),  # mixing milk, no warfarin
    ("vi", "hôm trước đi khám đau lưng", "tạm thời tăng lên"),  # no "worse than" asked
    ("vi", "bàn với gia đình trước", "nằm sấp"),  # "bàn" is also to talk it over
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_LOOKALIKES_7)
def test_vietnamese_lookalikes_of_session_24_second_round(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 25: the kiosk's voice input, a rumour checked, the patient's own medicine box: the
# procedure and the cement as dictated, brand and everyday names of the medicines, figures as
# "N out of ten people", taking fewer painkillers after, care staff's shorthand for the scans.
GERMAN_SPOKEN_9 = [
    ("de", "schläft man bei der wirbel plastik", "Vertebroplastie"),
    ("de", "ist bei der Kypho Plastik ein Ballon dabei", "Kyphoplastie"),
    ("de", "ist Barium im Zement drin", "Material"),
    ("de", "hilft es fast 9 von 10 Leuten", "Prozent"),
    ("de", "ich spritze mir Fraxiparin in den Bauch", "Blutverdünner"),
    ("de", "darf ich Ben-u-ron nehmen", "Schmerzmittel"),
    ("de", "sie hat ein Schmerzpflaster und nimmt Morphium", "Opioid"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), GERMAN_SPOKEN_9)
def test_german_of_session_25(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


GERMAN_LOOKALIKES_9 = [
    ("de", "Plastik im Wirbel?", "Vertebroplastie"),  # the material, not the procedure
    ("de", "Schmerzen 8 von 10", "Prozent"),  # a pain score, not the odds
    ("de", "ein Pflaster auf die Einstichstelle", "Opioid"),  # a plaster, not a patch
]


@pytest.mark.parametrize(("locale", "text", "canonical"), GERMAN_LOOKALIKES_9)
def test_german_lookalikes_of_session_25(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


VIETNAMESE_SPOKEN_8 = [
    ("vi", "bơm xi nhăng vào lưng", "tạo hình đốt sống"),
    ("vi", "mẹ em uống át pi rin mỗi sáng", "thuốc chống đông"),
    ("vi", "đang uống aspirin pH8", "thuốc chống đông"),
    ("vi", "uống Dafalgan được không", "thuốc giảm đau"),
    ("vi", "bơm xong khỏi uống thuốc giảm đau nữa", "giảm liều thuốc giảm đau"),
    ("vi", "chụp XQ rồi có cần chụp CHT không", "cộng hưởng từ"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_SPOKEN_8)
def test_vietnamese_of_session_25(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


VIETNAMESE_LOOKALIKES_8 = [
    # stopping them before the procedure is "ngừng", not fewer painkillers after
    ("vi", "trước khi làm có phải ngưng thuốc giảm đau không", "giảm liều thuốc giảm đau"),
    ("vi", "có phải uống thuốc giảm đau không", "giảm liều thuốc giảm đau"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_LOOKALIKES_8)
def test_vietnamese_lookalikes_of_session_25(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 26: care staff writing for a resident or client in their shorthand ("VP", "Bew.",
# "NBM", "mobilisiert", "ĐD", "NB", "86t"), English medical words dropped into a German or
# Vietnamese message ("leakt", "infection risk", "success", "discharge", "x-ray"), and the
# concepts set 18's misses named (an old fracture, the usual medicines, what the cement is like).
GERMAN_SPOKEN_10 = [
    ("de", "Bew. nach VP heute, darf sie aufstehen", "Vertebroplastie"),
    ("de", "wann darf die Patientin mobilisiert werden", "aufstehen"),
    ("de", "was wenn der Zement leakt", "Zementaustritt"),
    ("de", "wie hoch ist das infection risk", "Infektion"),
    ("de", "bekommt man vorher Antibiotka", "Antibiotika"),
    ("de", "bei meiner Schwester hat das garnix gebracht", "nicht geholfen"),
    ("de", "der Bruch ist schon alt, seit Monaten gebrochen", "verheilt"),
    ("de", "darf sie ihr L-Thyroxin morgens nehmen", "Medikamente"),
    ("de", "Einstichstelle druckschmerzhaft, VAS 4", "Schmerz"),
    ("de", "NBM ab wann", "nüchtern"),
    ("de", "hilft das überhaut", "Erfolgsrate"),
    ("de", "ist das outpatient oder muss ich bleiben", "ambulant"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), GERMAN_SPOKEN_10)
def test_german_of_session_26(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


GERMAN_LOOKALIKES_10 = [
    ("de", "Schmerzen seit einem Jahr", "verheilt"),  # pain for a year is no old fracture
    ("de", "sie nimmt Cortison seit Jahren", "verheilt"),  # how long a medicine is taken
    (
        "de",
        "der amb. Pflegedienst kommt morgen",
        "ambulant",
    ),  # home care, not an outpatient procedure
    ("de", "kp, was das ist", "Kyphoplastie"),  # text-speak 'kein Plan', never the balloon method
]


@pytest.mark.parametrize(("locale", "text", "canonical"), GERMAN_LOOKALIKES_10)
def test_german_lookalikes_of_session_26(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


VIETNAMESE_SPOKEN_9 = [
    ("vi", "bơm xi măng (VP) có đau không", "tạo hình đốt sống"),
    ("vi", "xi măng có bị leak ra ngoài không", "rò xi măng"),
    ("vi", "tỉ lệ success là bao nhiêu", "tỷ lệ thành công"),
    ("vi", "sáng đó uống thuốc như thường lệ được không", "thuốc thường ngày"),
    ("vi", "chất đó giống keo hay giống nhựa", "hóa học"),
    ("vi", "bao lâu thì được discharge", "xuất viện"),
    ("vi", "có phải chụp x-ray trước không", "x-quang"),
    ("vi", "NPO từ mấy giờ", "nhịn ăn"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_SPOKEN_9)
def test_vietnamese_of_session_26(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


VIETNAMESE_LOOKALIKES_9 = [
    ("vi", "băng keo dán chỗ chích", "hóa học"),  # a sticking plaster, not what the cement is
    (
        "vi",
        "sinh hoạt như thường lệ",
        "thuốc thường ngày",
    ),  # daily life as usual, not the usual medicines
    ("vi", "painkiller có uống được không", "cơn đau"),  # the painkiller group, not pain
    ("vi", "gãy xương sườn (rib fracture)", "gãy lún đốt sống"),  # a rib, not the vertebra
]


@pytest.mark.parametrize(("locale", "text", "canonical"), VIETNAMESE_LOOKALIKES_9)
def test_vietnamese_lookalikes_of_session_26(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Spanish as patients type it, in Spain and Latin America: spoken and regional words, tú and
# usted forms, clitic verbs (me duermen, levantarte), each finds the group of the leaflets' word.
SPANISH_SPOKEN = [
    ("¿Me van a poner anestesia o te duermen del todo?", "anestesia general"),
    ("¿Voy a estar despierta o me entero de todo?", "despiertos"),
    ("¿Me sedan o me anestesian?", "sedación"),
    ("¿Cuánto demora el procedimiento?", "durar"),  # Latin American "takes"
    ("¿Cuánto tiempo tengo que estar acostada?", "reposo"),
    ("¿Tengo que estar echado boca arriba?", "reposo"),  # Spain: lying
    ("¿Cuándo puedo levantarme y salir a caminar?", "levantarse de la cama"),
    ("¿Cuándo puedo levantarme y salir a caminar?", "caminar"),
    ("¿Cuándo puedo pararme?", "levantarse de la cama"),  # Latin American: stand up
    ("¿Me quedo internada o me mandan a casa?", "ingreso"),
    ("¿Me quedo internada o me mandan a casa?", "alta hospitalaria"),
    ("¿Cuántas noches en el hospital?", "ingreso"),
    ("¿Puedo desayunar antes?", "ayuno"),
    ("Tomo aspirineta, ¿la tengo que dejar de tomar?", "anticoagulante"),
    ("¿Hay que suspenderla antes?", "suspender"),
    ("¿Cuándo puedo cargar a mi nieto?", "levantar peso"),
    ("¿Puedo alzar cosas pesadas?", "levantar peso"),
    ("¿Me va a molestar la espalda?", "dolor"),
    ("¿Cuándo notaré la mejoría?", "alivio del dolor"),
    ("¿Cuándo notaré la mejoría?", "notar"),
    ("¿Y si se sale el cemento?", "fuga de cemento"),
    ("¿Qué porcentaje de pacientes queda bien?", "tasa"),
    ("¿Qué porcentaje de pacientes queda bien?", "éxito"),
    ("¿De verdad funciona?", "éxito"),
    ("¿Es riesgoso?", "riesgo"),
    ("Tengo tornillos en la columna, ¿me hacen la resonancia?", "implantes metálicos"),
    ("Llevo marcapasos", "implantes metálicos"),
    ("Mi padre tiene mieloma múltiple", "mieloma"),
    ("Tiene cáncer de huesos", "tumor"),
    ("¿Tengo que volver a que me vea el médico?", "revisión"),
    ("¿Cuándo es la cita de control?", "revisión"),
    ("¿Ya no se me van a romper más huesos?", "nuevas fracturas"),
    ("Es una fractura vieja, ¿sirve igual?", "fractura consolidada"),
    ("¿Soy apta para esto?", "candidato"),
    ("¿Qué diferencia hay con la del globo?", "cifoplastia"),
    ("Tengo unas décimas", "fiebre"),  # Spain: a slight temperature
    ("La herida supura", "infección"),
    ("¿Cuándo podré hacer mi vida?", "actividades normales"),
    ("¿Cuánto tardas en recuperarte?", "recuperación"),  # tú: "-te" is left on by the stemmer
    ("Se me aplastó una vértebra", "fractura vertebral"),
    ("¿Le pusieron cemento a mi madre?", "vertebroplastia"),
    ("Tengo ernia de disco", "hernia de disco"),  # the silent h dropped
    ("¿Hay contraindicaciones?", "limitaciones"),
    ("¿Tengo que pasar por quirófano?", "operación"),  # the operating room: an operation
]


@pytest.mark.parametrize("text, canonical", SPANISH_SPOKEN)
def test_spoken_spanish_finds_the_leaflets_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("es", text)


# Look-alikes: the same words in another sense must not find the group.
SPANISH_LOOKALIKES = [
    ("¿Es verdad que el cemento queda duro?", "durar"),  # "duro", hard, not "dura", lasts
    ("Me quedé dormida en el sofá", "ingreso"),  # fell asleep, not a night in hospital
    ("Me quedé dormida en el sofá", "anestesia general"),
    ("Me duele la parte de abajo", "levantarse de la cama"),  # "parte" is no "-te" verb
    ("¿El control del dolor es bueno?", "revisión"),  # control of pain, not a check-up
    ("Me hicieron una placa de tórax", "implantes metálicos"),  # an X-ray, not a metal plate
    ("¿Cuánto tardaré en recuperarme?", "durar"),  # recovery, not how long it lasts
    ("voy a volver a tomar el tren", "reanudarse"),  # taking a train, not a medicine again
    ("me sale sangre del pinchazo", "fuga de cemento"),
    ("¿Es una operación muy fuerte?", "esfuerzos intensos"),
    ("¿Qué me van a hacer en la espalda?", "candidato"),  # "pueden hacer" is no candidacy
]


@pytest.mark.parametrize("text, canonical", SPANISH_LOOKALIKES)
def test_spanish_lookalikes_do_not_find_the_group(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("es", text)


# Session 21 round: Spanish of every region (Spain, Mexico, the Caribbean, the Andes, Río de la
# Plata, US Spanish), typed without accents or in chat shorthand, by relatives and care-home staff.
SPANISH_EVERYDAY_21 = [
    ("es", "de que esta echo el cemento?", "composición"),  # "hecho" typed by sound
    ("es", "¿es hueso de otra persona o algo artificial?", "composición"),
    ("es", "¿es como el cemento de las obras?", "composición"),
    ("es", "¿el semento es seguro?", "cemento óseo"),  # Caribbean seseo spelling
    ("es", "que pasa si se sale de la bertebra", "vértebra"),
    ("es", "¿esa misma tarde ya duermo en mi cama?", "ambulatorio"),
    ("es", "¿vuelve a la residencia el mismo día?", "alta hospitalaria"),
    ("es", "¿puede quedar paralitico?", "lesión nerviosa"),
    ("es", "¿puede pasar algo grave?", "complicaciones"),
    ("es", "el hueso ya está soldado", "fractura consolidada"),
    ("es", "¿evita que se me rompan otras?", "preventivo"),
    ("es", "¿me las pueden arreglar todas a la vez?", "una sola sesión"),
    ("es", "¿se pueden hacer en la misma vez?", "una sola sesión"),
    ("es", "los calmantes me tienen el estómago fatal", "úlceras de estómago"),
    ("es", "tengo gastritis por las pastillas", "úlceras de estómago"),
    ("es", "el tramadol me atonta", "somnolencia"),
    ("es", "¿es una alternativa a tanta pastilla?", "analgésico"),
    ("es", "¿se hace en vez de esperar a que suelde?", "tratamientos más conservadores"),
    ("es", "la faja y los calmantes no me han servido", "tratamientos más conservadores"),
    ("es", "quien me lo hace? un radiologo?", "radiólogo intervencionista"),
    ("es", "¿qué tipo de médico lo hace?", "radiólogo intervencionista"),
    ("es", "no puedo tomar blood thinners", "anticoagulante"),  # US Spanish
    ("es", "¿me hacen un MRI antes?", "resonancia magnética"),
    ("es", "¿cuándo puede volver al laburo?", "actividades normales"),  # Río de la Plata
    ("es", "¿cuándo vuelvo a la chamba?", "actividades normales"),  # Mexico
    ("es", "¿me puedo dar un baño?", "ducha"),  # a bath, not the bathroom
    ("es", "¿la van a poner a dormir?", "anestesia general"),
    ("es", "¿va a estar intubada?", "anestesia general"),
    ("es", "tiene los huesos de vidrio", "osteoporosis"),
    ("es", "¿cuándo puedo agarrar el carro?", "conducir"),
    ("es", "¿me tomo las pastillas de la presión ese día?", "medicación habitual"),
    ("es", "¿se pone la insulina ese día?", "medicación habitual"),
    ("es", "me duele la cintura desde la caída", "dolor de espalda"),  # Latin America
    ("es", "dolor de riñones", "dolor de espalda"),  # Spain: the low back
    ("es", "le quedó morado el piquete", "punto de punción"),  # Mexico: the needle mark
    ("es", "¿puede quedar en silla de ruedas?", "lesión nerviosa"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_EVERYDAY_21)
def test_spanish_of_the_session_21_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


SPANISH_LOOKALIKES_21 = [
    ("es", "hace dos años tuvo una infección", "fractura consolidada"),  # a story, no old fracture
    ("es", "he hecho todos los ejercicios", "composición"),  # "hecho" alone is no material
    ("es", "me dan mareos en los análisis", "composición"),
    ("es", "¿quién le hace la revisión?", "radiólogo intervencionista"),  # no "who does it"
    ("es", "¿lo hace el traumatólogo?", "radiólogo intervencionista"),
    ("es", "tengo tres vértebras aplastadas", "una sola sesión"),  # a count, not "at once"
    ("es", "me duele otra vez", "una sola sesión"),  # "vez" alone is no "at once"
    ("es", "¿voy al baño sola?", "ducha"),  # the bathroom, not a bath
    ("es", "no me hace nada de daño", "tratamientos más conservadores"),  # harm, not no effect
    ("es", "mi madre va en silla de ruedas", "lesión nerviosa"),  # her state, not a risk
    ("es", "¿puedo tomar mis pastillas del sintrom?", "medicación habitual"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_LOOKALIKES_21)
def test_spanish_lookalikes_of_the_session_21_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# English as patients type it (British, American, Irish, Australian, Indian): everyday words and
# phrasings, each finds the group of the word the leaflets use.
ENGLISH_EVERYDAY = [
    ("will I be aware of what's going on?", "sedation"),
    ("what are the success rates in figures?", "success rate"),
    ("what are the chances of it working?", "success rate"),
    ("I'm a total wimp with needles", "discomfort during the procedure"),
    ("tell me what the filler is made of", "bone cement"),
    ("is it some kind of plastic?", "polymethyl methacrylate"),
    ("they blow up a little balloon first", "kyphoplasty"),
    ("I can't go in the big magnet tube", "mri"),
    ("I've got a metal rod in my thigh", "metalwork"),
    ("my tio says es muy peligroso", "risks"),  # Spanish mixed in: dangerous
    ("how soon can I go to the loo?", "bathroom"),
    ("I'm anxious about being stuck flat", "bed rest"),
    ("will she be knocked out fully?", "general anaesthetic"),
    ("will they give me a jab to numb it", "injection"),
    ("do I have to come off my clopidogrel?", "stopped"),
    ("when do I start taking it again?", "restarted"),
    ("will I have a plaster on it after?", "bandage"),
    ("should I take my usual pills that morning?", "medications"),
    ("when can mum get out of bed?", "get up"),
    ("it's sorer than before they did it", "flare"),
    ("how long from start to finish?", "lasts one hour"),
    ("how long on the table?", "lasts one hour"),
    ("can I go without food that morning?", "fasting"),
    ("will they keep me in overnight?", "hospital stay"),
    ("am I in and out the same day?", "outpatient"),
    ("will I be out cold?", "general anaesthetic"),
    ("what if the cement squirts onto a nerve?", "cement leakage"),
    ("could I end up paralysed?", "nerve damage"),
    ("he has multiple myeloma", "tumour"),
    ("I have screws in my hip from an old op", "metalwork"),
    ("I cracked a bone in my back", "compression fracture"),
    ("the x-ray says L1", "vertebra"),
    ("is the cement thing worth it?", "vertebroplasty"),
    ("is the cement thing worth it?", "success rate"),
    ("when can I pick up my grandkids?", "lifting"),
    ("do I lie on my belly?", "face down"),
    ("the co-codamol makes her woozy", "painkiller"),
    ("the co-codamol makes her woozy", "drowsiness"),
    ("when will I notice a difference?", "pain relief"),
    ("I'm on warfarin for my heart valve", "heart disease"),
    ("do I need a follow up?", "check-up"),
    ("is it risky?", "risks"),
    ("will it make me taller again?", "restore lost height"),
    ("can they do them all at once?", "several"),
    ("will I bruise?", "haematoma"),
    ("is my back going to hurt worse for a bit?", "flare"),
    ("since the menopause my bones are thin", "menopause"),
    ("when can I get about again?", "mobility"),
    # second round: concepts the studied sets still missed
    ("will I get further fractures?", "additional fractures"),
    ("could more bones breaking be a problem?", "additional fractures"),
    ("can it prevent another break?", "preventive"),
    ("is it preventative?", "preventive"),
    ("do they take scans of my spine first?", "imaging tests"),
    ("will they want pictures of my back?", "imaging tests"),
    ("when can I lift the baby again?", "lifting"),
    ("is gardening too much afterwards?", "strenuous activity"),
    ("can they be done on separate days?", "several"),
    ("is kyphoplsty the same thing?", "kyphoplasty"),
    ("is it suitable for someone like me?", "candidate"),
    ("may I have a cup of tea that morning?", "fasting"),
    ("can she eat breakfast first?", "fasting"),
    ("will they make me sleep for it?", "sedation"),
    ("is it full sleep or local?", "general anaesthetic"),
    ("when does the back pain go away?", "pain relief"),
    ("could the cement travel to the lungs?", "pulmonary embolism"),
    # session 21 round: concepts for unseen questions, as typed across regions
    ("I take acitrom, do I stop it before?", "blood thinner"),
    ("mum is on marevan", "blood thinner"),
    ("can I have my celebrex after?", "painkiller"),
    ("he takes endone at night", "opioid"),
    ("I have an ICD fitted", "metalwork"),
    ("there is metal in my body from an old op", "metalwork"),
    ("I'm on a puffer for my chest", "lung disease"),
    ("she has a-fib", "heart disease"),
    ("the cancer has spread to my spine", "tumour"),
    ("I have osteopenia", "osteoporosis"),
    ("can they nick a nerve?", "nerve damage"),
    ("how long do I have to lay flat?", "bed rest"),
    ("do I lay on my stomach?", "face down"),
    ("will I need my walker?", "mobility"),
    ("when can I do the hoovering?", "normal activities"),
    ("do I have to stop in overnite?", "hospital stay"),
    ("can my son take me home?", "discharge"),
    ("will I see the doctor again after?", "check-up"),
    ("do I need to fast?", "fasting"),
    ("what is the stuff they squirt into the bone?", "injection"),
    ("what if the cement squirts out?", "cement leakage"),
    ("what if the cement is going out of the bone?", "cement leakage"),
    ("is it some kind of plastic?", "polymethyl methacrylate"),
    ("is it done by an x-ray doctor?", "interventional radiologist"),
    ("will it hurt during the procedure?", "discomfort during the procedure"),
    ("will I feel the needle going in?", "discomfort during the procedure"),
    ("how long is the op?", "lasts one hour"),
    ("the procedure takes how long?", "lasts one hour"),
    ("my back is more pain then before", "flare"),
    ("is the bone glue safe?", "vertebroplasty"),
    ("will they give me propofol?", "sedation"),
    ("will they numb my back?", "local anaesthetic"),
    ("how long will I be laid up?", "recovery"),
    ("can I get up for a wee?", "bathroom"),
    ("how long does the cement take to dry?", "harden"),
    ("she has lost an inch in height", "height loss"),
    ("is she too old for it?", "elderly"),
    ("which is better?", "difference"),
    ("when can I resume my tablets?", "restarted"),
    ("should I pause my clopidogrel?", "stopped"),
    ("I'm allergic to iodine", "allergy"),
    ("who is it unsuitable for?", "not suitable"),
    ("will it stabilise my spine?", "stabilize"),  # British -ise, the leaflets' -ize
    ("will I be hospitalised?", "hospital stay"),
    ("will they put me out for it?", "general anaesthetic"),  # US: knock out
    ("what aftercare will I need?", "recovery"),
    ("when can I walk after the procedure?", "get up"),  # walking after it: getting up
    # session 22 round
    ("do i need a check up after the vertical plasty", "vertebroplasty"),  # heard wrong
    ("do i need a check up after it", "check-up"),
    ("it is sore where the needle went in", "puncture site"),
    ("when can he go back on the tablets?", "restarted"),
    ("who does the procedure?", "interventional radiologist"),
    ("my back is worse after the cement", "flare"),
    ("is it the same as a dental filling?", "polymethyl methacrylate"),
    ("what is the cement made of?", "chemically"),
    # session 23 round
    ("I have a low pain threshold, will it hurt?", "discomfort during the procedure"),
    ("I'm scared of needles", "discomfort during the procedure"),
    ("what time should I stop eating the night before?", "fasting"),
    ("when is my last meal before it?", "fasting"),
    ("will my back stop aching?", "pain relief"),
    ("or is it a bit of a gamble?", "success rate"),
    ("what is the risk, 1 in how many?", "complication rate"),
    ("can you give it to me in numbers?", "complication rate"),
    ("when can I walk to the shops?", "normal activities"),
    ("is it like builders cement?", "chemically"),
    ("what are the chances of ending up in a wheelchair?", "nerve damage"),
    # session 24: autocorrect's real words, the other's story, what the patient would avoid
    ("do they put you under for the vertebrate plasty?", "vertebroplasty"),  # autocorrected
    ("what is the vertebra plastic stuff made of?", "vertebroplasty"),
    ("the consultant said hypo plastic with a balloon", "kyphoplasty"),
    ("my mum is on warfare tablets", "blood thinner"),  # autocorrected warfarin
    ("can it be done under a local aesthetic?", "local anaesthetic"),  # autocorrected
    ("I don't want a general aesthetic", "general anaesthetic"),
    ("will I be back in my own bed that night?", "outpatient"),
    ("is there something less invasive than an operation?", "minimally invasive"),
    ("what are the odds it actually helps?", "success rate"),
    ("does it stop new ones from happening?", "preventive"),
    ("how long will mine take with two levels?", "lasts one hour"),
    ("I hate needles", "discomfort during the procedure"),  # "hate" stays a word: a member holds it
    # session 24 second round: a relative's messages, a letter to the department
    ("how long till it kicks in?", "pain relief"),
    ("when does it take effect?", "pain relief"),
    ("she says her back still aches", "pain relief"),
    # session 25: the kiosk's voice input, a rumour checked, the medicine box, care staff
    ("the doctor said polly methyl something", "chemically"),
    ("is it gonna hurt when they stick the needle in", "discomfort during the procedure"),
    ("I'm not good with needles", "discomfort during the procedure"),
    ("can the cement travel to your lungs?", "pulmonary embolism"),
    ("apparently it helps about half of patients", "success rate"),
    ("when is my last tablet of Coumadin?", "stopped"),
    ("am I ok to pick up the little one?", "lifting"),
    ("is the resident NBM from midnight?", "fasting"),
    ("she's on anticoag, does it need stopping?", "blood thinner"),
    ("he takes Duoplavin every morning", "blood thinner"),
    ("her osteo porosis is bad", "osteoporosis"),
    # session 26: care staff's shorthand, a home language's medical words in an English message
    ("NBM from what time?", "fasting"),
    ("does her warfarin need holding?", "stopped"),
    ("what if the glue oozes out of the bone?", "cement leakage"),
    ("day 2 post-op, is this normal?", "recovery"),
    ("the doctor says she needs vertebroplastia", "vertebroplasty"),
    ("will she get anestesia general?", "general anaesthetic"),
    ("she still has dolor after", "pain"),
    ("kamar dard after the cement", "back pain"),
    ("she is very debole already", "elderly"),
    ("resident is on a DOAC, hold or not?", "blood thinner"),
    ("is it done under GA?", "general anaesthetic"),
    ("clear fluids until when?", "fasting"),
]


@pytest.mark.parametrize("text, canonical", ENGLISH_EVERYDAY)
def test_everyday_english_finds_the_leaflets_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("en", text)


# Look-alikes: the same words in another sense, or a phrase whose words stand apart.
ENGLISH_LOOKALIKES = [
    ("I'm aware of the risks", "sedation"),  # knowing, not being awake
    ("who does it help most?", "interventional radiologist"),  # who it suits, not who performs it
    ("does it stop the pain coming back?", "preventive"),  # relief, not prevention of fractures
    ("can I carry on with my aspirin?", "lifting"),  # carry on: keep taking
    ("will the needle going into my back hurt?", "restarted"),  # not "go back on" a drug
    ("when can I go back to the gym?", "restarted"),
    ("my back pain keeps getting worse after the fracture", "flare"),  # before, not after
    ("I get pins and needles in my legs", "metalwork"),  # tingling, not metal pins
    ("what is the difference between the two?", "pain relief"),
    ("when can I go back to work?", "success rate"),  # work: a job, not "does it work"
    ("can I eat normally afterwards?", "fasting"),
    ("will I be able to dress myself?", "bandage"),  # dressing: clothes
    ("is there a lift to the ward?", "lifting"),  # a lift: an elevator
    ("when can I change the dressing?", "menopause"),  # "the change" only as said
    ("will I be sore at the needle site?", "flare"),  # sore, not sorer than before
    ("my pain is worse on different days", "several"),  # varies, not treated in sessions
    ("I fell while making my breakfast", "fasting"),  # the story, not eating before
    ("the scan showed a new fracture", "additional fractures"),  # a recent one, not more
    ("how long does the relief last?", "lasts one hour"),  # the effect, not the session
    ("how long does it last?", "lasts one hour"),
    ("is something wrong with my spine?", "complications"),  # a symptom, not a complication
    # session 21 round
    ("how long is recovery after a knee replacement?", "metalwork"),  # the procedure itself
    ("is the cement some kind of glue?", "cement leakage"),  # bare "squirt" is the injection
    ("what is the stuff they squirt into the bone?", "cement leakage"),
    ("when do they take the needle out?", "cement leakage"),
    ("is a plastic surgeon involved?", "lasts one hour"),
    ("my pain is bad during the night", "discomfort during the procedure"),
    ("how long does the relief last?", "recovery"),
    ("my back was worse than before the fall", "flare"),  # before it, not after the cement
    ("is it a wee bit sore?", "bathroom"),  # Irish and Scottish "wee", small
    ("keep the wound dry", "harden"),  # dry skin, not the cement setting
    ("my mother has gone very stooped", "curvature of the spine"),  # straightening: undone
    ("I tripped over the dog", "trauma"),  # a story's fall, left out
    ("is the x-ray safe?", "interventional radiologist"),
    ("I couldn't walk after the fall", "get up"),  # the story, not after the procedure
    # session 22 round
    ("which doctor should I see for my back?", "interventional radiologist"),  # left out
    ("can they do all three vertebrates?", "vertebra"),  # undone: see README
    ("will I be given antibiotics?", "antibiotics"),  # the group was undone
    # session 23 round
    ("what are the statistics on osteoporosis?", "complication rate"),  # no risk figure
    ("I'm in a wheelchair already, can I have it?", "nerve damage"),  # only "end up in" one
    ("is it done by a surgeon?", "surgeon"),  # the surgeon group was undone: see README
    ("how long do the needles stay in?", "discomfort during the procedure"),
    ("what time do I need to arrive?", "fasting"),  # only "time to stop eating"
    ("can I have my last painkiller in the morning?", "fasting"),
    # session 24
    ("I can't sleep in my own bed for the pain", "outpatient"),  # only back in it that night
    ("will recovery take longer at my age?", "lasts one hour"),  # "take longer" left out
    ("does it help with sciatica?", "success rate"),  # a bare "help" never a member
    ("is it a big operation?", "minimally invasive"),  # "rather than an operation" was undone
    # session 24 second round
    ("when can I start working again?", "pain relief"),  # work, not relief starting
    ("my nan has a breast implant", "metalwork"),  # a bare "implant" was left out
    ("is a compression fracture something serious?", "complications"),
    ("what do they put in the drip?", "chemically"),  # "what they put in" was undone
    # session 25
    ("the bones either side of my hip ache", "additional fractures"),  # "either side" undone
    ("my last painkiller was at 8", "stopped"),
    # session 26
    ("hold still while they do it", "stopped"),  # a bare "hold" is no member
    ("my wound is oozing", "cement leakage"),  # only the cement or glue oozing out
    ("what time is my appointment?", "fasting"),  # "from what time" only after a fasting word
    ("she has a VP shunt", "vertebroplasty"),  # a bare "vp" is no member
]


@pytest.mark.parametrize("text, canonical", ENGLISH_LOOKALIKES)
def test_english_lookalikes_do_not_find_the_group(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("en", text)


# The national bank (issue 17, session 24): the NIH bank names conditions, body parts, tests
# and medicines as doctors do; consumers, British or American, type their own words for them.
BANK_EVERYDAY = [
    ("piles after having my baby, what can I do at home?", "hemorrhoids"),
    ("I keep getting water infections", "urinary tract infections"),
    ("is cystitis the same as a bladder infection?", "urinary tract infections"),
    ("grandad had a mini stroke last week", "transient ischemic attack"),
    ("the GP says I have an underactive thyroid", "hypothyroidism"),
    ("could it be an overactive thyroid?", "hyperthyroidism"),
    ("what do water tablets actually do?", "diuretics"),
    ("what helps heartburn at night?", "gastroesophageal reflux"),
    ("I have acid reflux after every meal", "gastroesophageal reflux"),
    ("my cholesterol is too high, what can I eat?", "high blood cholesterol"),
    ("should I take cholesterol tablets?", "statins"),
    ("could it be a blood clot in my leg after the flight?", "deep vein thrombosis"),
    ("my mum had the sugar", "diabetes"),
    ("his sugar went too low last night", "hypoglycemia"),
    ("I had pregnancy diabetes with my son", "gestational diabetes"),
    ("I leak wee when I cough", "urinary incontinence"),
    ("is there blood in my poo?", "stool"),
    ("I've had the runs for a week", "diarrhea"),
    ("my son has a tummy ache every morning", "abdominal pain"),
    ("my daughter has a tummy bug", "gastroenteritis"),
    ("what is good for nappy rash?", "diaper rash"),
    ("nits again, school sent a letter", "head lice"),
    ("our baby was born early at 32 weeks", "preterm birth"),
    ("the baby had a fever fit", "febrile seizures"),
    ("my little boy has threadworms", "pinworm infection"),
    ("she had her MMR jab yesterday", "mmr vaccine"),
    ("is it safe to have the flu jab?", "flu vaccine"),
    ("what are the signs of bowel cancer?", "colorectal cancer"),
    ("can bleeding be a sign of womb cancer?", "endometrial cancer"),
    ("is testicle cancer painful?", "testicular cancer"),
    ("our daughter has acute lymphoblastic leukaemia", "leukemia"),
    ("dad has motor neurone disease", "amyotrophic lateral sclerosis"),
    ("I'm short-sighted, will it get worse?", "myopia"),
    ("ringing in my ears all the time", "tinnitus"),
    ("he's going deaf and won't get hearing aids", "hearing loss"),
    ("my son has a lazy eye", "amblyopia"),
    ("the GP offered anti-depressants", "antidepressants"),
    ("I've been feeling low since my husband died", "depression"),
    ("I get hot flushes at night", "hot flashes"),
    ("what can I do about heavy periods?", "heavy menstrual bleeding"),
    ("I'm anaemic from low iron", "iron-deficiency anemia"),
    ("can a smear test find cancer?", "pap test"),
    ("what does an ECG show?", "electrocardiogram"),
    ("do I need to stop my salbutamol?", "albuterol"),
    ("what is a hiatus hernia?", "hiatal hernia"),
    ("is glandular fever catching?", "infectious mononucleosis"),
    ("can you get thrush from antibiotics?", "candidiasis"),
    ("can I get the clap from kissing?", "gonorrhea"),
    ("how do I give up smoking?", "quit smoking"),
    ("my ankles swell with fluid retention", "edema"),
]


@pytest.mark.parametrize("text, canonical", BANK_EVERYDAY)
def test_bank_everyday_words_find_the_banks_name(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("en", text)


# Look-alikes: the same words in another sense, or a word of the bank's that is no condition.
BANK_LOOKALIKES = [
    ("is it a wee bit sore?", "urine"),  # Irish and Scottish "wee", small
    ("will I be sick after the sedation?", "vomiting"),  # only "being sick", "throw up"
    ("can I have a cup of tea with sugar?", "diabetes"),  # only "the sugar" as said
    ("is a hot bath ok afterwards?", "hot flashes"),  # only hot flushes / flashes
    ("am I fit enough for the procedure?", "seizures"),  # fit: well, not a seizure
    ("is the procedure done under x-ray?", "mammogram"),  # only a breast x-ray
    ("will my back feel frozen?", "frozen shoulder"),  # numb, the local anaesthetic
    ("I take my tablets with water", "diuretics"),  # only water tablets said together
    ("does the cement go in the bottom of my back?", "anus"),  # "bottom" is no member
    ("my heart is fine", "gastroesophageal reflux"),  # only "heartburn", "heart burn"
    ("what is the period of recovery?", "heavy menstrual bleeding"),  # a length of time
    ("I felt a bit low after the op", "depression"),  # only "feeling low", "low mood"
]


@pytest.mark.parametrize("text, canonical", BANK_LOOKALIKES)
def test_bank_lookalikes_do_not_find_the_group(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("en", text)


# French as patients type it (France, Belgium, Switzerland, Quebec, West and North Africa):
# everyday and spoken words and phrasings, each finds the group of the word the leaflets use.
FRENCH_EVERYDAY = [
    ("on va me mettre du béton dans la vertèbre ?", "ciment osseux"),
    ("le truc où ils cimentent la vertèbre, ça s'appelle comment ?", "vertébroplastie"),
    ("c'est quoi la kiphoplastie ?", "cyphoplastie"),
    ("j'ai une vertèbre pétée", "fracture vertébrale"),
    ("la radio montre un tassement en L2", "vertèbre"),
    ("ma mère a des os de verre", "ostéoporose"),
    ("je prends de l'Asaflow, je dois l'arrêter ?", "anticoagulant"),
    ("je prends du Marcoumar", "anticoagulant"),
    ("je vais être dans les vapes ?", "sédation"),
    ("est-ce qu'on m'endort complètement ?", "anesthésie générale"),
    ("ils vont me geler le dos ?", "anesthésie locale"),
    ("je dois passer une résonnance avant ?", "irm"),
    ("j'ai pas le droit au petit déjeuner ce matin-là ?", "à jeun"),
    ("je rentre le soir même ?", "ambulatoire"),
    ("ils me gardent la nuit ?", "hospitalisation"),
    ("combien de temps à l'hosto ?", "hospitalisation"),
    ("quand est-ce que je sors de l'hosto ?", "sortie de l'hôpital"),
    ("il faut rester sur le ventre pendant ?", "allongé sur le ventre"),
    ("elle doit rester couchée à plat ?", "alitement"),
    ("quand est-ce que je peux me relever ?", "se lever"),
    ("je peux aller me balader ?", "marcher"),
    ("je peux porter les commissions ?", "porter des charges lourdes"),
    ("je pourrai porter mon petit-fils ?", "porter des charges lourdes"),
    ("ça tire dans le dos, c'est normal ?", "douleur"),
    ("j'ai encore plus mal au dos qu'avant", "la douleur augmente"),
    ("est-ce que je vais me sentir mieux vite ?", "soulagement de la douleur"),
    ("et si le ciment bave à côté ?", "fuite de ciment"),
    ("je peux finir paralysée ?", "lésion nerveuse"),
    ("on peut attraper un microbe ?", "infection"),
    ("mon père a un pacemaker et une prothèse de hanche", "matériel métallique"),
    ("j'ai des vis dans la cheville", "matériel métallique"),
    ("c'est quoi les chances de succès ?", "taux de réussite"),
    ("ça vaut le coup ?", "taux de réussite"),
    ("est-ce que je vais regrandir ?", "hauteur perdue"),
    ("elle est toute voûtée", "cyphose"),
    ("il faut revenir voir le médecin après ?", "consultation de contrôle"),
    ("je fais une fenêtre pour le Kardégic ?", "arrêter"),
    ("quand je peux reprendre mes médicaments ?", "reprendre les médicaments"),
    ("ils peuvent faire les deux le même jour ?", "en une seule fois"),
    ("c'est une vieille fracture, ça date", "consolidée"),
    ("qui fait le geste, un radiologue ?", "radiologue interventionnel"),
    ("ça prend combien de temps ?", "durée"),
    ("le pansement, je l'enlève quand ?", "pansement"),
    ("si on fait rien, ça se répare tout seul ?", "pas traitées"),
    ("je prends du Prolia", "médicaments qui renforcent les os"),
    ("quel bilan préopératoire ?", "examens et préparation"),
    ("on peut le faire pour prévenir, à titre préventif ?", "préventif"),
    ("ils vont piquer dans le dos ?", "aiguille"),
    ("je suis allergique à l'iode", "allergie"),
    # session 21 round: SMS spellings, care-home questions, frames of the unseen sets' kind
    ("c koi la vertebroplastie", "quoi"),
    ("kan est ce ke je pourrai marcher", "quand"),
    ("pk faut rester allongé", "pourquoi"),
    ("ki fait l'operation", "radiologue interventionnel"),
    ("jai tjrs mal au dos c normal", "absence de soulagement"),
    ("ça a pas marché, la douleur est toujours là", "absence de soulagement"),
    ("je pourrai porter mon fils de 2 ans ?", "porter des charges lourdes"),
    ("la prendre dans mes bras, c'est permis ?", "porter des charges lourdes"),
    ("je peux boire un café le matin ?", "à jeun"),
    ("j'ai le droit de boire avant ?", "à jeun"),
    ("je prends mes cachets pour la tension", "médicaments habituels"),
    ("le ciment c fait de quoi ?", "ciment osseux"),
    ("ça dure combien de temps au bloc ?", "durée"),
    ("c'est un chirurgien ou radiologue ?", "radiologue interventionnel"),
    ("c koman ke ca se passe", "comment"),
    ("est ce que ca fait mal pendant l'operation", "gêne pendant l'intervention"),
    ("je vais sentir quelque chose pendant qu'ils injectent ?", "gêne pendant l'intervention"),
    ("elle a 94 ans, c'est pas trop vieille pour ça ?", "personnes âgées"),
    ("à son âge, ça vaut le coup ?", "personnes âgées"),
    ("quand pourrai-je faire l'épicerie ?", "activités quotidiennes"),
    ("passer la loque, c'est permis ?", "activités quotidiennes"),
    ("porter les sacs d'épicerie", "porter des charges lourdes"),
    ("je prends du Contramal", "opioïde"),
    ("du Perdolan pour la douleur ?", "antidouleur"),
    ("combien de tps ca dure", "durée"),
    ("je suis une bonne candidate ?", "convenir"),
    ("c'est adapté à son cas ?", "convenir"),
    ("je peux mettre une poche de glace ?", "glace"),
    ("quand est-ce qu'elle pourra faire pipi ?", "toilettes"),
    ("on met un bassin de lit ?", "toilettes"),
    ("je peux faire ma toilette ?", "douche"),
    ("combien de jrs à l'hôpital", "jours"),
    ("la cimento, ça se passe comment ?", "vertébroplastie"),
    ("combien de temps pour être remise sur pied ?", "convalescence"),
    ("combien de temps pour se retaper ?", "convalescence"),
    ("qu'est-ce que je peux prendre pour la douleur ?", "antidouleur"),
    ("un antalgique en vente libre, sans ordonnance ?", "antidouleur"),
    ("on fait une anestésie ?", "anesthésie"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_EVERYDAY)
def test_everyday_french_finds_the_leaflets_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("fr", text)


# Look-alikes: the same words in another sense ("je vis" I live, "ça marchera" it will work,
# "je n'ai plus mal"), or a phrase whose words mean something else as a whole.
FRENCH_LOOKALIKES = [
    ("je vis dans un Ehpad", "matériel métallique"),  # "vis" I live, not a screw
    ("il a eu un arrêt cardiaque", "arrêter"),  # cardiac arrest, no medicine stopped
    ("je n'ai plus mal au dos", "la douleur augmente"),  # no more pain, not more pain
    ("est-ce que ça marchera ?", "marcher"),  # "will it work", not walking
    ("du ciment dans le dos, ça marche comment ?", "taux de réussite"),  # how it works
    ("je rentre le même jour ?", "en une seule fois"),  # going home, not two at once
    ("j'ai déjà eu deux tassements", "en une seule fois"),  # a story, not at once
    ("est-ce que je serai guérie ?", "consolidée"),  # cured, not an old healed fracture
    ("je prends de la cortisone depuis des années", "consolidée"),
    ("une prothèse dentaire", "matériel métallique"),
    ("des fuites urinaires", "fuite de ciment"),  # urine leaks are the nerve symptom
    ("j'ai du mal à remettre mes chaussures", "convalescence"),
    ("il faut reprendre le volant quand ?", "reprendre les médicaments"),
    ("la douleur passe dans la jambe", "soulagement de la douleur"),  # radiates
    ("j'ai plus de mal à marcher", "soulagement de la douleur"),  # more trouble walking
    ("il a gelé cette nuit", "anesthésie locale"),
    ("le service de radiologie est où ?", "radiographie"),
    ("j'ai encore mal à la piqûre", "absence de soulagement"),  # site soreness, not no relief
    ("je vais porter un corset ?", "porter des charges lourdes"),
    ("je peux payer par CB ?", "combien"),  # carte bleue, not "how much"
    ("ça passe par la peau ?", "absence de soulagement"),
    ("il faut reprendre mes médicaments quand ?", "médicaments habituels"),  # resuming
    ("je n'ai rien fait de spécial", "absence de soulagement"),
    ("c'est sans effets secondaires ?", "absence de soulagement"),
    ("je ne peux pas partir en vacances ?", "absence de soulagement"),
    ("on fait quoi après ?", "ciment osseux"),  # what next, not what it is made of
    ("c'est ce qui fait mal ?", "radiologue interventionnel"),  # a relative "qui"
    ("j'avais très mal avant", "absence de soulagement"),
    ("la douleur avant l'opération", "absence de soulagement"),
    ("je dois boire beaucoup d'eau après ?", "à jeun"),
    ("elle a mal depuis la chute", "gêne pendant l'intervention"),
    ("il faut aller aux toilettes avant ?", "douche"),  # the WC, not washing
    ("quel temps fait-il ?", "durée"),
    ("je tiens à peine sur pied", "convalescence"),
    ("qu'est-ce que je peux prendre pour me soulager ?", "antidouleur"),  # the benefits pair's
]


@pytest.mark.parametrize("text, canonical", FRENCH_LOOKALIKES)
def test_french_lookalikes_do_not_find_the_group(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("fr", text)


# Session 22 round, by concept: what the cement is made of (a dental filling, acrylic), several
# vertebrae at once, who performs it, the balloon method, soreness where the needle went in,
# blood thinners by regional brand, fasting by the clock, success figures, the check-up, the
# brace, the pain going, lifting a grandchild or the shopping.
FRENCH_EVERYDAY_3 = [
    ("c'est comme un plombage ?", "ciment osseux"),
    ("c'est quoi comme produit ?", "ciment osseux"),
    ("du ciment de maçon dans le dos ?", "ciment osseux"),
    ("on peut faire plusieurs vertèbres en même temps ?", "en une seule fois"),
    ("les deux d'un coup ?", "en une seule fois"),
    ("c'est fait par qui ?", "radiologue interventionnel"),
    ("orthopédiste ou radiologue ?", "radiologue interventionnel"),
    ("sans ballonnet c'est pareil ?", "cyphoplastie"),
    ("j'ai mal au trou de l'aiguille", "point de ponction"),
    ("je prends du Savaysa", "anticoagulant"),
    ("je fais des piqûres dans le ventre pour le sang", "anticoagulant"),
    ("rien après minuit ?", "à jeun"),
    ("quel pourcentage de réussite ?", "taux de réussite"),
    ("il y a un suivi médical après ?", "consultation de contrôle"),
    ("une gaine de maintien après ?", "corset"),
    ("quand est-ce que la douleur va partir ?", "soulagement de la douleur"),
    ("je pourrai porter mes sacs ?", "porter des charges lourdes"),
    ("j'ai eu l'opéra avant-hier", "intervention"),  # "l'opé" heard by dictation
    ("quand reprendre le Xarelto ?", "reprendre les médicaments"),
    ("il faut passer une IRM avant ?", "irm"),
    ("on m'assomme pour de bon ?", "anesthésie générale"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_EVERYDAY_3)
def test_french_of_the_session_22_round_finds_the_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("fr", text)


# Look-alikes of this round: an oath is no cement, going home the same day is not two at once,
# "who feels" is nobody performing it, a pain that leaves the back for the leg is no relief.
FRENCH_LOOKALIKES_3 = [
    ("je vous le jure sur serment", "ciment osseux"),
    ("je rentre le même jour ?", "en une seule fois"),
    ("c'est ce qui fait mal ?", "radiologue interventionnel"),
    ("la douleur passe dans la jambe", "soulagement de la douleur"),
    ("je vais porter un corset ?", "porter des charges lourdes"),
    ("on fait quoi après ?", "ciment osseux"),
    ("mon généraliste m'a envoyé", "radiologue interventionnel"),
    ("ils vont m'endormir le dos ?", "anesthésie générale"),  # the local anaesthetic
    ("je serai un peu endormie ?", "anesthésie générale"),  # sedation
    ("je vais reprendre le volant", "reprendre les médicaments"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_LOOKALIKES_3)
def test_french_lookalikes_of_the_session_22_round(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("fr", text)


# Session 23 round: the cement as wall cement, success per hundred, relief as sleeping without
# pain, several vertebrae done together, an old fracture by its age, pain a little worse.
FRENCH_EVERYDAY_4 = [
    ("c'est du vrai ciment comme pour les murs ?", "ciment osseux"),
    ("c'est quoi le produit qu'on m'injecte ?", "ciment osseux"),
    ("sur 100 personnes combien vont mieux ?", "taux de réussite"),
    ("est-ce que je vais pouvoir dormir sans avoir mal ?", "soulagement de la douleur"),
    ("ils peuvent toutes les faire le même jour ?", "en une seule fois"),
    ("trois vertèbres le même jour, c'est possible ?", "en une seule fois"),
    ("je suis tombée il y a 6 mois", "consolidée"),
    ("c'est trop tard pour le ciment ?", "consolidée"),
    ("j'ai un peu plus mal qu'avant", "la douleur augmente"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_EVERYDAY_4)
def test_french_of_the_session_23_round_finds_the_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("fr", text)


# Look-alikes of this round: arriving late is no old fracture, being put under for good is no
# relief, pain in the evening is not pain growing worse, going home the same day is not several
# vertebrae at once.
FRENCH_LOOKALIKES_4 = [
    ("je suis arrivée trop tard au rendez-vous", "consolidée"),
    ("je serai endormie pour de bon ?", "soulagement de la douleur"),
    ("j'ai mal le soir", "la douleur augmente"),
    ("je peux rentrer le même jour ?", "en une seule fois"),
    ("je vais enfin dormir ?", "soulagement de la douleur"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_LOOKALIKES_4)
def test_french_lookalikes_of_the_session_23_round(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("fr", text)


# Session 23 second round: asleep or hearing everything during it, a follow-up visit said in
# English, allergic to several medicines, the neighbouring vertebrae, the pain taken away, the
# fasting "timing" and its hours, English "bone scan" and a tired heart.
FRENCH_EVERYDAY_5 = [
    ("on dort pendant ou on entend ce qui se passe ?", "sédation"),
    ("est-ce qu'on entend ce qu'on dit ?", "sédation"),
    ("y a un follow-up prévu ?", "consultation de contrôle"),
    ("je suis allergique à plusieurs médicaments", "allergie"),
    ("les vertèbres voisines peuvent lâcher ?", "autres fractures"),
    ("est-ce que ça enlève la douleur ?", "soulagement de la douleur"),
    ("c'est quoi le timing pour être à jeun ?", "à jeun"),
    ("combien d'heures sans manger ?", "à jeun"),
    ("il a un bone scan prévu", "scintigraphie osseuse"),
    ("il a le cœur fatigué", "maladie cardiaque"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_EVERYDAY_5)
def test_french_of_the_session_23_second_round_finds_the_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("fr", text)


# Look-alikes of this round: hours before driving are no fast, agreeing at once is no hearing
# during it, the room next door no neighbouring vertebra.
FRENCH_LOOKALIKES_5 = [
    ("combien d'heures avant de pouvoir conduire ?", "à jeun"),
    ("on s'entend tout de suite pour le rendez-vous", "sédation"),
    ("la chambre d'à côté est bruyante", "autres fractures"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_LOOKALIKES_5)
def test_french_lookalikes_of_the_session_23_second_round(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("fr", text)


# French of session 24: a drug or procedure word turned into a real word by autocorrect
# (Previscan -> "prévisions", cyphoplastie -> "cyphose plastique"), pain a little worse the first
# hours, success asked for "most people", feeling the needle, skipping the fast.
FRENCH_EVERYDAY_6 = [
    ("je prends des prévisions le soir pour le cœur", "anticoagulant"),
    ("faut-il arrêter mes prévisions avant ?", "anticoagulant"),
    ("la cyphose plastique avec le ballonnet", "cyphoplastie"),
    ("elle avait plus mal les premières heures", "la douleur augmente"),
    ("plus mal après qu'avant, c'est normal ?", "la douleur augmente"),
    ("est-ce que ça marche pour la plupart des gens ?", "taux de réussite"),
    ("je préférerais pas qu'on m'endorme", "anesthésie générale"),
    ("est-ce que je vais sentir l'aiguille ?", "gêne pendant l'intervention"),
    ("on peut sauter le jeûne ?", "à jeun"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_EVERYDAY_6)
def test_french_of_session_24_finds_the_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("fr", text)


# Look-alikes of session 24: the forecast of one's recovery is no blood thinner, a curved back
# ("cyphose") no balloon procedure, "most people go home the same day" no success rate, no pain
# any more no pain growing worse.
FRENCH_LOOKALIKES_6 = [
    ("les prévisions de récupération sont bonnes ?", "anticoagulant"),
    ("j'ai une cyphose depuis des années", "cyphoplastie"),
    ("la plupart des gens rentrent le jour même ?", "taux de réussite"),
    ("j'ai plus mal du tout", "la douleur augmente"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_LOOKALIKES_6)
def test_french_lookalikes_of_session_24(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("fr", text)


# French of session 24 second round: the day of the procedure (the drip put in on arrival, the
# cement setting, going home), the relative's news over a messaging app, the garden.
FRENCH_EVERYDAY_7 = [
    ("on m'a posé une perfusion, c'est quoi ?", "voie intraveineuse"),
    ("ils mettent quoi dans la perf ?", "voie intraveineuse"),
    ("le produit durcit en combien de temps ?", "durcissement du ciment"),
    ("Mamie Jo elle rentre quand ?", "sortie de l'hôpital"),
    ("il a plus du tout mal, c'est normal ?", "soulagement de la douleur"),
    ("il veut porter ses sacs de terreau", "porter des charges lourdes"),
    ("il veut déjà retourner au jardin", "activité physique"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_EVERYDAY_7)
def test_french_of_session_24_second_round_finds_the_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("fr", text)


# Look-alikes of session 24 second round: cement coming out is not the patient going home, pain
# worse than before no relief, a fall in the garden no gardening.
FRENCH_LOOKALIKES_7 = [
    ("le ciment sort quand on l'injecte ?", "sortie de l'hôpital"),
    ("j'ai plus mal qu'avant", "soulagement de la douleur"),
    ("elle est tombée dans le jardin", "activité physique"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_LOOKALIKES_7)
def test_french_lookalikes_of_session_24_second_round(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("fr", text)


# French of session 25: voice input, a rumour checked, the patient's own calendar and medicine
# box, care staff's shorthand (AVK, HBPM).
FRENCH_EVERYDAY_8 = [
    ("il faut rester couché 24 heures sans bouger ?", "alitement"),
    ("ma fracture date de l'an dernier, c'est trop tard ?", "consolidée"),
    ("je prends Amlor et Tahor tous les matins", "médicaments habituels"),
    ("patiente sous AVK, on arrête quand ?", "anticoagulant"),
    ("résidente sous HBPM depuis la chute", "anticoagulant"),
    ("patiente à jeun strict depuis minuit ?", "à jeun"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_EVERYDAY_8)
def test_french_of_session_25_finds_the_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("fr", text)


# Look-alikes of session 25: moving one's legs is no bed rest, an operation last year no old
# fracture.
FRENCH_LOOKALIKES_8 = [
    ("je peux bouger les jambes ?", "alitement"),
    ("opérée l'an dernier de la hanche", "consolidée"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_LOOKALIKES_8)
def test_french_lookalikes_of_session_25(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("fr", text)


# French of session 26: care staff's "VP", English medical words dropped into French,
# several vertebrae in several visits, restarting a medicine as care staff write it.
FRENCH_EVERYDAY_9 = [
    ("VP prévue lundi, patiente de 88 ans", "vertébroplastie"),
    ("mon rhumato parle de kyphoplasty", "cyphoplastie"),
    ("j'ai de l'osteoporosis depuis des années", "ostéoporose"),
    ("c'est safe le ciment ?", "sûre"),
    ("laquelle me redonne de la height ?", "hauteur perdue"),
    ("c'est quoi la pâte injectée ?", "ciment osseux"),
    ("ou il faut revenir plusieurs fois ?", "en une seule fois"),
    ("arrêt de l'Eliquis, reprise du traitement quand ?", "reprendre les médicaments"),
    ("sous blood thinner depuis 2 ans", "anticoagulant"),
    ("le MRI est obligatoire ?", "irm"),
    ("premier lever quand après la VP ?", "se lever"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_EVERYDAY_9)
def test_french_of_session_26_finds_the_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("fr", text)


# Look-alikes of session 26: a sudden pain ("d'un coup") is no several vertebrae at once.
FRENCH_LOOKALIKES_9 = [
    ("une douleur énorme d'un coup", "en une seule fois"),
]


@pytest.mark.parametrize("text, canonical", FRENCH_LOOKALIKES_9)
def test_french_lookalikes_of_session_26(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("fr", text)


# Portuguese as patients type it (Brazil, Portugal, Angola, Mozambique): everyday words and
# phrasings, each finds the group of the word the leaflets use.
PORTUGUESE_EVERYDAY = [
    ("pt", "Vou ficar acordada durante o procedimento?", "acordado"),
    ("pt", "Fico desperto ou vão me apagar?", "acordado"),
    ("pt", "Vão me pôr a dormir?", "anestesia geral"),
    ("pt", "Vou ficar desacordado?", "anestesia geral"),
    ("pt", "Fico meio grogue depois?", "sedação"),
    ("pt", "Vão me dopar ou fico dopada?", "sedação"),
    ("pt", "É uma agulhada nas costas?", "agulha"),
    ("pt", "Posso tomar o pequeno-almoço antes?", "jejum"),  # Portugal: breakfast
    ("pt", "Posso comer o matabicho?", "jejum"),  # Angola, Mozambique: breakfast
    ("pt", "Tomo AAS infantil todo dia", "anticoagulante"),
    ("pt", "Tomo remédio para o sangue", "anticoagulante"),
    ("pt", "Tenho que parar o remédio antes?", "suspender"),
    ("pt", "Quando posso voltar a tomar o Xarelto?", "retomar"),
    ("pt", "Quando recomeço a varfarina?", "retomar"),
    ("pt", "Vou ter que pernoitar no hospital?", "internação"),
    ("pt", "Fico no hospital de dia?", "ambulatorial"),
    ("pt", "Tenho de ficar deitada de bruço?", "barriga para baixo"),
    ("pt", "Tenho que ficar quietinha na cama?", "repouso"),
    ("pt", "Quando posso ficar de pé?", "levantar da cama"),
    ("pt", "Quando posso dar uma volta?", "andar"),
    ("pt", "Posso carregar o neto?", "levantar peso"),
    ("pt", "Posso acartar os baldes de água?", "levantar peso"),
    ("pt", "Quando volto a trabalhar na machamba?", "esforço físico"),  # Mozambique: a farm plot
    ("pt", "Posso varrer a casa e lavar roupa?", "atividades normais"),
    ("pt", "Dá umas pontadas nas costas", "dor"),
    ("pt", "Quando a dor vai passar?", "alívio da dor"),
    ("pt", "E se o cimento escorrer para fora?", "vazamento de cimento"),
    ("pt", "Posso ficar paralítico?", "lesão nervosa"),
    ("pt", "E se acertar um nervo?", "lesão nervosa"),
    ("pt", "A ferida pode infeccionar?", "infecção"),
    ("pt", "Tenho pinos na perna, posso fazer ressonância?", "metal"),
    ("pt", "Tenho marcapasso", "metal"),
    ("pt", "Tenho uma prótese de anca", "metal"),  # Portugal: hip replacement
    ("pt", "Ele tem mieloma múltiplo", "tumor"),
    ("pt", "Ela tem cancro nos ossos", "tumor"),
    ("pt", "É aquela com o balãozinho?", "cifoplastia"),
    ("pt", "Vou recuperar a altura que perdi?", "recuperar a altura"),
    ("pt", "Fiquei mais baixinha", "perda de altura"),
    ("pt", "Fiquei com a coluna torta", "curvatura da coluna"),
    ("pt", "Quantos por cento melhoram?", "taxa de sucesso"),
    ("pt", "Funciona mesmo?", "taxa de sucesso"),
    ("pt", "Quando volto no médico pra revisão?", "consulta de retorno"),
    ("pt", "É um radiologista que faz?", "radiologista intervencionista"),
    ("pt", "Quanto tempo demora?", "quanto tempo demora"),
    ("pt", "Do que é feito o cimento?", "material"),
    ("pt", "Essa massa que injetam é segura?", "cimento ósseo"),
    ("pt", "É uma fratura antiga, de há anos", "fratura consolidada"),
    ("pt", "Meu marido tem ernia de disco", "hérnia de disco"),  # the silent h dropped
    ("pt", "Pode deixar sequelas?", "complicações"),
    ("pt", "Fiz pilates antes da fratura", "fisioterapia"),
    # session 21 round: by concept and by question frame, in every region's words
    ("pt", "Vão pôr-me a dormir outra vez?", "anestesia geral"),  # Portugal, the pronoun after
    ("pt", "Vão me apagar de vez?", "anestesia geral"),
    ("pt", "Ele vai ficar entubado?", "anestesia geral"),
    ("pt", "As costas ficam a doer mais uns dias?", "aumento passageiro da dor"),
    ("pt", "Fiquei com mais dor do que antes", "aumento passageiro da dor"),
    ("pt", "Vou ficar sem dor?", "alívio da dor"),
    ("pt", "A vertebroplastia dá certo?", "taxa de sucesso"),
    ("pt", "Isso funciona ou é conversa?", "taxa de sucesso"),
    ("pt", "A fratura já tem quase um ano, ainda adianta?", "fratura consolidada"),
    ("pt", "Já é tarde demais pra mim?", "fratura consolidada"),
    ("pt", "O cimento é feito do que? É plástico?", "material"),
    ("pt", "Que cimento é esse que botam no osso?", "cimento ósseo"),
    ("pt", "Ela vai voltar a se mexer?", "mobilidade"),
    ("pt", "Minha avó está de cama desde a queda", "imobilidade"),
    ("pt", "Isto faz com que não se partam outros ossos?", "novas fraturas"),
    ("pt", "Quem faz? É de outra especialidade?", "radiologista intervencionista"),
    ("pt", "O cimento é preventivo?", "preventivo"),
    ("pt", "Dou os comprimidos da tensão na mesma?", "medicamentos"),  # Portugal: blood pressure
    ("pt", "Ela toma remédio da pressão", "medicamentos"),
    ("pt", "Posso pôr gelo nas costas?", "gelo"),
    ("pt", "Quando posso molhar o penso?", "curativo"),  # Portugal: the dressing
    # portunhol: a Spanish speaker's word finds the Portuguese group
    ("pt", "mi marido toma varfarina para el corazon", "cardíaco"),
    ("pt", "tengo mucho dolor de espalda", "dor nas costas"),
    ("pt", "hay riesgo de ficar paralítico?", "risco"),
    ("pt", "tenho que estar en ayunas?", "jejum"),
    ("pt", "tengo que estar boca abajo?", "barriga para baixo"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_EVERYDAY)
def test_everyday_portuguese_finds_the_leaflets_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# Look-alikes: the same words in another sense, or a phrase whose words stand apart.
PORTUGUESE_LOOKALIKES = [
    ("pt", "Tomo AAS todos os dias", "tomografia"),  # "tomo": I take, not a CT scan
    ("pt", "A cama do hospital é dura?", "quanto tempo demora"),  # hard, not how long it lasts
    ("pt", "Qual é o resultado da ressonância?", "taxa de sucesso"),  # a scan's result
    ("pt", "Quando é o retorno às atividades normais?", "consulta de retorno"),  # a return to life
    ("pt", "O controle da dor é bom?", "consulta de retorno"),  # pain control, not a check-up
    ("pt", "Tenho pouca massa óssea", "cimento ósseo"),  # bone density, not the cement
    ("pt", "O exame foi feito de manhã", "material"),  # done in the morning, not made of
    ("pt", "Tomo dose dobrada de cálcio", "curvatura da coluna"),  # doubled, not bent
    ("pt", "Quanto tempo vou ficar sem andar?", "lesão nervosa"),  # recovery, not paralysis
    ("pt", "Vou precisar de cadeira de rodas no hospital?", "lesão nervosa"),
    ("pt", "Vão colocar uma cola no osso?", "cimento ósseo"),  # kept out: it lost a right answer
    ("pt", "O remédio me dá sono", "sedação"),  # drowsy from painkillers is no sedation
    ("pt", "Quero saber mais sobre o seguro de saúde", "risco"),  # insurance, not safety
    # session 21 round: what was undone stays out, and a word's other sense does not pull
    ("pt", "Depois de uns anos tem que trocar o cimento?", "fratura consolidada"),  # years after
    ("pt", "Meu marido vai fazer a vertebroplastia", "radiologista intervencionista"),
    ("pt", "Quando ela voltar para o lar, a partir de quando anda?", "novas fraturas"),
    ("pt", "Penso que a dor passou", "curativo"),  # "penso": I think, not the dressing
    ("pt", "Devo evitar levantar peso?", "preventivo"),  # avoiding is no prevention
    ("pt", "Depois que passa a anestesia dói?", "aumento passageiro da dor"),  # undone
    ("pt", "Ela usa andarilho", "andar"),  # walking aids as walking were undone
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_LOOKALIKES)
def test_portuguese_lookalikes_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Chinese as patients type it, in mainland China, Taiwan, Hong Kong and Singapore (simplified
# input): northern and southern everyday words, Cantonese, homophone slips of the pinyin
# keyboard, each finds the group of the leaflets' word.
CHINESE_SPOKEN = [
    ("骨水泥是塑料还是金属", "成分"),
    ("出问题的几率有多大，有没有具体数字", "几率"),
    ("做完多久能拿heavy的东西", "提重物"),  # English typed inside Chinese
    ("谁给做？是骨科大夫还是别的科的？", "介入放射科医生"),
    ("医生让我先做bone scan", "骨扫描"),  # English typed inside Chinese
    ("我最怕那个胶漏出来", "骨水泥渗漏"),
    ("我骨质疏送", "骨质疏松"),  # 送 typed for 松
    ("唉拖太久了，骨折都快一年了", "陈旧性骨折"),
    ("锥体成型 几天出院", "椎体成形术"),  # both characters slipped: 锥 for 椎, 型 for 形
    ("台湾这边叫打骨泥", "椎体成形术"),  # Taiwan: 骨泥, bone cement
    ("骨泥会不会漏出来", "骨水泥渗漏"),
    ("一直吃着防中风的药，要停吗", "抗凝药"),
    ("让血不容易凝的那种药", "抗凝药"),
    ("食薄血丸要唔要停", "抗凝药"),  # Hong Kong: 薄血丸, blood thinner
    ("今晚还能吃夜宵吗", "进食"),
    ("做的时候我是眼睁睁看着吗", "清醒"),
    ("要唔要照磁力共振", "核磁共振"),  # Hong Kong: MRI
    ("做完可以即日出院吗", "日间手术"),
    ("几时可以返屋企", "出院"),  # Cantonese: go home
    ("要瞓低几耐", "卧床"),  # Cantonese: lie down
    ("要伏着做吗", "俯卧"),  # Cantonese: face down
    ("几时可以揸车", "开车"),
    ("多久可以般重东西", "提重物"),  # 般 typed for 搬
    ("几时可以抱孙子", "提重物"),
    ("做完要戴腰封吗", "支具"),
    ("要做小燕飞吗", "康复训练"),  # a back exercise everyone is told to do
    ("几时覆诊", "复查"),  # Hong Kong: follow-up visit
    ("手术前要做那些捡查", "检查"),  # 捡 typed for 检
    ("会不会扎到神经，半身不遂", "神经损伤"),
    ("腰里打过钛钉能做核磁吗", "金属植入物"),
    ("心脏放过支架", "心脏病"),
    ("打完反而更疼了", "疼痛加重"),
    ("什么时候可以重新吃", "恢复服用"),
    ("从开始到结束要多久", "整个手术"),
    ("成功率有几成", "几率"),
    ("吃必理痛可以吗", "止痛药"),
    ("缺钙骨头脆", "骨质疏松"),
    ("伤口红肿是不是感染了", "感染"),
    ("做完轻松多了", "缓解疼痛"),
    ("腰骨痛得厉害", "腰痛"),
    ("驼背能直回来吗", "矫正"),
    ("要戴几个礼拜", "几周"),
    ("六个礼拜不能提重物", "六周"),
    ("做玩多久能走", "做完"),  # 玩 typed for 完: the same syllable
    ("能干家物吗", "家务"),  # 物 typed for 务
    ("两三节一起打", "几节"),
    ("过了一个月还隐隐作痛", "疼痛"),
    ("能根除吗", "有效"),
    ("要插管吗", "全身麻醉"),
    ("髋关节置换过能做核磁吗", "金属植入物"),
    ("伤口流黄水", "感染"),
    ("伤口要换药吗", "敷料"),
    ("当晚可以回家吗", "日间手术"),
    ("要拄拐杖吗", "行走"),
    ("做完会瘫吗", "神经损伤"),
    ("肿么办", "怎么办"),  # written online as it sounds
    # session 21 round: the concepts again, in the words of other regions and registers
    ("打进去的填充物会不会流到别处", "骨水泥渗漏"),
    ("打进去的填充物是什么", "骨水泥"),
    ("台湾医生说是压迫性骨折", "压缩性骨折"),  # Taiwan's word for a compression fracture
    ("阿妈骨枯好多年", "骨质疏松"),  # Cantonese: osteoporosis
    ("一直吃保栓通和阿斯匹灵", "抗凝药"),  # Taiwan's brand names, typed in simplified
    ("血液稀释药要停几天", "抗凝药"),
    ("食panadol得唔得", "止痛药"),  # Hong Kong and Singapore
    ("做之前会唔会落麻药", "麻醉"),  # Cantonese: give the anaesthetic
    ("会打安定针吗", "镇静"),
    ("做完要住一个晚上吗", "住院"),
    ("几时可以翻屋企", "出院"),  # 翻 typed for 返: the same Cantonese sound
    ("要穿铁衣吗", "支具"),  # Taiwan: a rigid brace
    ("要趴住做吗", "俯卧"),
    ("做完还要回医院看吗", "复查"),
    ("伤口生脓点算", "感染"),
    ("脚痹是不是伤到神经", "麻木"),
    ("做完脚软冇力", "无力"),
    ("几时可以挽重嘢", "提重物"),  # Cantonese: carry heavy things
    ("多久能抱娃", "提重物"),
    ("腰杆子疼了好久", "腰痛"),  # the north
    ("腰间盘突出能打吗", "椎间盘突出"),  # the common spoken slip for 腰椎间盘突出
    ("个子缩水了", "身高变矮"),
    ("做完不得劲", "不适"),
    ("十个人里有几个有用", "几率"),
    ("多少人能好", "成功率"),
    ("是什么医生做", "介入放射科医生"),
    ("介入科做吗", "介入放射科医生"),
    ("是开刀的医生做吗", "外科医生"),
    ("拍片子的医生也会做吗", "放射科医生"),
    ("个子能撑回来吗", "恢复高度"),
    ("护腰要一直戴着吗", "佩戴"),
    ("唔食嘢几耐", "禁食"),  # Cantonese: not eating
    ("做完好返几时", "恢复"),
    ("做完冇咁痛", "缓解疼痛"),
    ("要做什么检察", "检查"),  # 察 typed for 查: the same syllable
    ("几时可以食嘢", "什么时候"),  # Cantonese: when
    ("几点以后不能吃东西", "什么时候"),
    ("要躺一个礼拜吗", "星期"),
    ("手术前要饿多久", "禁食"),
    ("一直打速碧林", "抗凝药"),
    ("几时可以挑水", "提重物"),
    ("会唔会有幅射", "辐射"),  # 幅 for 辐, as often written in Hong Kong and Taiwan
    ("做过通波仔", "心脏病"),  # Hong Kong: a coronary angioplasty
    ("有肺阻塞", "肺病"),  # Taiwan: COPD
    ("上个月跌亲", "摔倒"),  # Cantonese: fell and got hurt
    ("会唔会伤到神经线", "神经损伤"),  # Hong Kong: 神经线, nerve
    ("打进去的是啥做的", "成分"),
    ("做完反倒疼了", "疼痛加重"),
    ("痛多咗正唔正常", "疼痛加重"),  # Cantonese: it hurts more
    ("趴一个钟顶唔顺", "难以"),  # Cantonese: can't bear it
    ("要戴brace吗", "支具"),  # English words typed in Hong Kong and Singapore
    ("几时可以做physio", "康复训练"),
    ("食aspirin要停吗", "抗凝药"),
    ("几时要返嚟follow up", "复查"),
    # session 22 round
    ("三节椎体能不能一次都打上", "不止一处"),
    ("几节一起做还是分几次", "不止一处"),
    ("是全麻吧 睡一觉就做完了", "全身麻醉"),
    ("打了以后别的骨头会断吗", "再次骨折"),
    ("针眼那儿酸酸的", "疼痛"),
    ("大概多久就不疼了", "缓解疼痛"),
    ("拍个片子不就行了还要做和磁", "核磁共振"),
    ("做了到底有没有效果", "有效"),
    ("做完多久能抱孙", "提重物"),
    # session 23 round
    ("医生会给我打消炎的药吗", "抗生素"),
    ("有没有防感染的药", "抗生素"),
    ("做完腰痛能彻底好吗", "有效"),
    ("前一天晚上最晚几点能吃东西", "禁食"),
    ("止痛药减量要多久", "减少止痛药"),
    ("钢钉在身上做不了核磁", "不能做核磁"),
    ("出事的几率大吗", "并发症"),
    ("骨水泥是什么材料", "成分"),
    ("跟盖房子的水泥一样吗", "成分"),
    ("会不会瘫痪坐轮椅", "神经损伤"),
    ("是骨科医生做吗", "外科医生"),
    # session 24: slips of the keyboard, the other's story, what the patient would avoid
    ("一直在吃花法林", "抗凝药"),  # 花 typed for 华
    ("病友做的是带球囊的那种", "椎体后凸成形术"),
    ("拖了快一年了还疼", "陈旧性骨折"),
    ("现在做还来得及吗", "陈旧性骨折"),
    ("跟打骨水泥的有啥不同", "区别"),
    ("别的骨头又塌了一节", "再次骨折"),
    ("追体成形要多久", "椎体成形术"),  # pinyin slip: 追 for 椎
    ("能不能只用局马", "局部麻醉"),  # 马 for 麻
    # session 24 second round: a letter to the department
    ("家父腰椎压缩性骨折已一年有余", "陈旧性骨折"),
    ("这么久的骨折还能做吗", "陈旧性骨折"),
    ("能把压扁的椎体撑回原来的高度吗", "恢复高度"),
    ("趴在那个台子上要趴多久", "检查台"),  # the table, as the pairs' X光检查台
    ("躺在手术床上", "检查台"),
    # session 25: voice input's homophones, a rumour checked, the medicine box
    ("做完那个追梯成形术当天能回家吗", "椎体成形术"),
    ("我姐做的是用球囊撑起来的那种", "椎体后凸成形术"),
    ("是接入科的医生做吗", "介入放射科医生"),
    ("一直在打那屈肝素", "抗凝药"),
    ("能吃美洛昔康吗", "止痛药"),
    ("平时吃氨酚曲马多", "阿片类药物"),
    # session 26: English medical words in a Chinese message, care staff, slips
    ("success rate高吗", "成功率"),
    ("recovery大概要多久", "恢复"),
    ("还是local麻醉打一下就行", "局部麻醉"),
    ("有什么side effects", "并发症"),
    ("要不要吃antibiotics", "抗生素"),
    ("骨水尼会不会露出来", "骨水泥渗漏"),
    ("骨折都半年多了", "陈旧性骨折"),
    ("做完多久可以walk", "行走"),
    ("要不要check up", "复查"),
]


@pytest.mark.parametrize("text, canonical", CHINESE_SPOKEN)
def test_spoken_chinese_finds_the_leaflets_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("zh-Hans", text)


# Look-alikes: a member's characters inside another word, or the same word in another sense.
CHINESE_LOOKALIKES = [
    ("买个塑料盆", "成分"),  # a plastic basin, not what the cement is
    ("是谁给你做的饭", "介入放射科医生"),  # who cooked, not who performs it
    ("还是别的医院好", "介入放射科医生"),
    ("要保持镇定", "镇静"),  # keep calm, not sedation
    ("医生提醒的事项", "清醒"),  # 提醒 (remind) holds 醒
    ("入院前要做什么检查", "住院"),  # admission, not how long the stay is
    ("骨折越来越疼", "疼痛加重"),  # before the procedure, not a flare after it
    ("术后恢复吃饭", "恢复服用"),  # eating again, not a medicine
    ("以前骨折过", "陈旧性骨折"),  # a past fracture is no old, healed one being treated
    ("关节红肿", "感染"),  # only the wound's redness is listed
    ("椎体成型术", "椎体成形术"),  # 成型 alone was undone: see README
    ("这个钟表", "个小时"),
    ("戴着腰部支架", "心脏病"),  # a brace, not a heart stent
    ("停车场在哪", "停用"),
    ("把头发拉直", "几节"),
    ("社会上的事", "神经损伤"),
    ("骨折都长好了还能打吗", "矫正"),
    ("做的时候痛唔痛", "缓解疼痛"),  # 痛唔痛 (does it hurt) holds 唔痛 (no pain)
    ("腿没有知觉了", "清醒"),  # numb legs, not being awake: 有知觉 was left out
    ("回家以后谁做饭", "介入放射科医生"),  # only 谁做手术, never a bare 谁做
    ("衣服洗了会缩水", "身高变矮"),  # only a person's height shrinks
    ("肌肉放松的药", "镇静"),  # a muscle relaxant: 放松的药 was left out
    ("弯腰捡东西", "驼背"),
    # session 22 round
    ("做的时候疼不疼", "缓解疼痛"),  # only 就不疼 / 能不疼, never a bare 不疼
    ("晚上睡不着觉", "全身麻醉"),
    ("骨头汤有没有用", "不止一处"),
    # session 23 round
    ("什么时候能做核磁", "不能做核磁"),
    ("打完骨水泥还能做核磁吗", "不能做核磁"),  # MRI after the cement: out of scope
    ("我妈现在坐轮椅", "神经损伤"),  # only ending up in one
    ("几点到医院", "禁食"),
    ("体重减下来了", "减少止痛药"),  # a bare 减下来 was left out
    ("减肥药有用吗", "减少止痛药"),
    # session 24
    ("现在去医院还来得及吗", "陈旧性骨折"),  # only having the procedure now
    ("我有心脏病还能不能做", "陈旧性骨折"),
    ("钙片和维生素D哪个好", "区别"),  # a bare 哪个好 was left out
    # session 24 second round
    ("我原来的高度是一米六", "恢复高度"),  # a bare 原来的高度 was left out
    ("谁帮我做饭", "介入放射科医生"),  # 谁帮我做 was left out
    # session 25
    ("用手撑起来", "椎体后凸成形术"),  # 撑起来 alone is no balloon
    ("网线接入了吗", "介入放射科医生"),  # 接入 alone is no 接入科
    # session 26
    ("伤口露出来了", "骨水泥渗漏"),  # a bare 露出来 is no member
    ("骨折都好了", "陈旧性骨折"),
]


@pytest.mark.parametrize("text, canonical", CHINESE_LOOKALIKES)
def test_chinese_lookalikes_do_not_find_the_group(text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found("zh-Hans", text)


# Session 22 round: Spanish and Portuguese as patients type it; everyday phrasings that must find
# the leaflets' group, and look-alikes that must not.
SPANISH_EVERYDAY_22 = [
    ("es", "me voy a casa después de la vértebra plástica?", "vertebroplastia"),  # dictated
    ("es", "con un globo que se infla dentro del hueso", "cifoplastia"),
    ("es", "¿el cemento es tóxico?", "composición"),
    ("es", "¿es como un empaste de muela?", "composición"),
    ("es", "¿hasta qué hora puedo comer?", "ayuno"),
    ("es", "¿puedo cenar la noche antes?", "ayuno"),
    ("es", "¿un sorbo de agua para la pastilla?", "ayuno"),
    ("es", "¿quién me va a operar?", "radiólogo intervencionista"),
    ("es", "¿de qué especialidad es el médico?", "radiólogo intervencionista"),
    ("es", "me pinchan heparina, inyecciones en la barriga", "anticoagulante"),
    ("es", "tomo cardioaspirina", "anticoagulante"),
    ("es", "¿puedo coger a mi nieta?", "levantar peso"),
    ("es", "¿cuándo puedo cargar la despensa?", "levantar peso"),
    ("es", "¿hay consulta de seguimiento?", "revisión"),
    ("es", "¿tengo que llevar faja después?", "corsé"),
    ("es", "me piden una rezonancia", "resonancia magnética"),  # typed by sound
    ("es", "¿la vertebroplastia sirve de algo?", "éxito"),
    ("es", "¿cuántos mejoran?", "éxito"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_EVERYDAY_22)
def test_spanish_of_the_session_22_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


SPANISH_LOOKALIKES_22 = [
    ("es", "a qué hora tengo que estar en el hospital", "ayuno"),  # arrival, not fasting
    ("es", "¿lo hace el traumatólogo?", "radiólogo intervencionista"),
    ("es", "me duelen otros huesos", "nuevas fracturas"),  # tried and undone
    ("es", "la cena de anoche", "composición"),
    ("es", "¿me sirve a mí lo del cemento?", "éxito"),  # a candidate's question
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_LOOKALIKES_22)
def test_spanish_lookalikes_of_the_session_22_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


PORTUGUESE_EVERYDAY_22 = [
    ("pt", "é tipo uma cola?", "material"),
    ("pt", "esse cimento é tóxico?", "material"),
    ("pt", "é como obturação de dente?", "material"),
    ("pt", "até que horas eu posso comer?", "jejum"),
    ("pt", "posso tomar o remédio com um gole de água?", "jejum"),
    ("pt", "posso jantar na véspera?", "jejum"),
    ("pt", "tô com dor no furinho da agulha", "local da punção"),
    ("pt", "ficou roxo onde entrou a agulha", "local da punção"),
    ("pt", "ele toma aas protect", "anticoagulante"),
    ("pt", "toma injeção na barriga", "anticoagulante"),
    ("pt", "quando posso pegar a neta no colo?", "levantar peso"),
    ("pt", "e carregar as compras?", "levantar peso"),
    ("pt", "quando volto a fazer minha caminhada?", "andar"),
    ("pt", "quando posso ir ao mercado?", "atividades normais"),
    ("pt", "um balão que infla dentro do osso", "cifoplastia"),
    ("pt", "vai endireitar a coluna?", "curvatura da coluna"),
    ("pt", "vai deixar reta de novo?", "curvatura da coluna"),
    ("pt", "tenho que usar colete depois?", "colete"),
    ("pt", "e se o cimento vasar?", "vazamento de cimento"),  # typed by sound
    ("pt", "pediram uma resonância", "ressonância magnética"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_EVERYDAY_22)
def test_portuguese_of_the_session_22_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


PORTUGUESE_LOOKALIKES_22 = [
    ("pt", "a que horas tenho que chegar ao hospital", "jejum"),  # arrival, not fasting
    ("pt", "vou de cadeira de rodas", "andar"),
    ("pt", "colei o papel com cola", "material"),  # glue only as "tipo uma cola"
    ("pt", "a balança do mercado", "cifoplastia"),
    ("pt", "o médico que faz a revisão", "vertebroplastia"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_LOOKALIKES_22)
def test_portuguese_lookalikes_of_the_session_22_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 23 round: Spanish and Portuguese as patients type it; everyday phrasings that must find
# the leaflets' group, and look-alikes that must not.
SPANISH_EVERYDAY_23 = [
    ("es", "¿lo hace el médico de los rayos?", "radiólogo intervencionista"),
    ("es", "¿cuándo puedo bajarme de la camilla?", "levantarse de la cama"),
    ("es", "no me pueden meter en el tubo", "resonancia magnética"),
    ("es", "me da miedo la máquina de la resonancia", "resonancia magnética"),
    ("es", "¿qué probabilidad hay de que salga mal?", "probable"),
    ("es", "¿a uno de cada cuántos le pasa?", "probable"),
    ("es", "¿qué chance hay de complicaciones?", "probable"),  # Latin America
    ("es", "¿tiene que estar estirada en la cama?", "reposo"),
    ("es", "¿cuándo podrá ir al mercado?", "actividades normales"),
    ("es", "¿puedo ir al tianguis?", "actividades normales"),  # Mexico
    ("es", "¿cuántos de cada 100 mejoran?", "éxito"),
    ("es", "¿se me quita del todo?", "alivio del dolor"),
    ("es", "¿el dolor desaparece?", "alivio del dolor"),
    ("es", "llevo marcapaso", "implantes metálicos"),
    ("es", "¿duele mucho mientras te lo están haciendo?", "durante"),
    ("es", "¿me va a doler cuando me metan la aguja?", "durante"),
    ("es", "¿notaré algo al clavar la aguja?", "durante"),
    ("es", "¿lo del globo es lo mismo?", "cifoplastia"),
    ("es", "me caí hace un año, ¿aún vale la pena?", "fractura consolidada"),
    ("es", "¿todavía se puede hacer?", "fractura consolidada"),
    ("es", "¿puedo terminar en silla de ruedas?", "lesión nerviosa"),
    ("es", "ya probé de todo, ni con pastillas ni con la faja", "tratamientos más conservadores"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_EVERYDAY_23)
def test_spanish_of_the_session_23_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


SPANISH_LOOKALIKES_23 = [
    ("es", "me pusieron un tubo en la vena", "resonancia magnética"),
    ("es", "¿me pueden hacer rayos x?", "radiólogo intervencionista"),
    ("es", "la camilla es incómoda", "levantarse de la cama"),
    ("es", "¿tengo que estirar las piernas?", "reposo"),
    ("es", "el mercado de abastos", "actividades normales"),
    ("es", "¿me duele la espalda mientras duermo?", "durante"),
    ("es", "¿puedo llegar demasiado tarde a la cita?", "fractura consolidada"),  # undone
    ("es", "me protege el estómago", "preventivo"),  # omeprazole; undone
    ("es", "no se me rompió nada", "preventivo"),  # undone
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_LOOKALIKES_23)
def test_spanish_lookalikes_of_the_session_23_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


PORTUGUESE_EVERYDAY_23 = [
    ("pt", "vai ter que ficar esticada na cama?", "repouso"),
    ("pt", "ele fica sem ar de barriga pra baixo", "barriga para baixo"),
    ("pt", "qual a chanse de dar problema?", "chance"),  # typed by sound
    ("pt", "1 em cada quantas pessoas?", "chance"),
    ("pt", "qual a probabilidade de complicação?", "chance"),
    ("pt", "a dor vai embora de vez?", "alívio da dor"),
    ("pt", "já pode andar no corredor?", "andar"),
    ("pt", "e carregar a sacola dela?", "levantar peso"),
    ("pt", "meu pai tem marca passo", "metal"),
    ("pt", "não pode entrar na máquina de ressonância", "ressonância magnética"),
    ("pt", "é o médico do raio x que faz?", "radiologista intervencionista"),
    ("pt", "quantos em cada 100 melhoram?", "taxa de sucesso"),
    ("pt", "ele tem desfibrilador", "metal"),
    ("pt", "quando ela pode ir na feira?", "atividades normais"),
    ("pt", "vai doer na hora que enfiarem a agulha?", "durante"),
    ("pt", "qual o risco de acabar numa cadeira de rodas?", "lesão nervosa"),
    ("pt", "os remédios e o colete não resolveram", "tratamentos mais conservadores"),
    ("pt", "já tentei de tudo", "tratamentos mais conservadores"),
    ("pt", "quanto tempo fico lá dentro?", "quanto tempo demora"),
    ("pt", "sente alguma coisa enquanto estão fazendo?", "durante"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_EVERYDAY_23)
def test_portuguese_of_the_session_23_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


PORTUGUESE_LOOKALIKES_23 = [
    ("pt", "foi de vez em quando", "alívio da dor"),
    ("pt", "passo a passo", "metal"),
    ("pt", "a bolsa de gelo", "levantar peso"),  # carrying only with its verb
    ("pt", "o corredor do hospital é longe?", "andar"),
    ("pt", "vou fazer um raio x", "radiologista intervencionista"),
    ("pt", "a feira do livro", "atividades normais"),
    ("pt", "quantas horas fico deitada?", "durante"),  # hours, not the moment
    ("pt", "ela está numa cadeira de rodas desde a queda", "lesão nervosa"),
    ("pt", "não quebrou nada", "preventivo"),  # undone
    ("pt", "funcionou?", "tratamentos mais conservadores"),  # success, not failure
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_LOOKALIKES_23)
def test_portuguese_lookalikes_of_the_session_23_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 23, second round: Spanish and Portuguese as patients type it, English medical words
# mixed in, and the frames of set 14's chat log; everyday phrasings that must find the leaflets'
# group, and look-alikes that must not.
SPANISH_EVERYDAY_23B = [
    ("es", "me dijeron algo del fasting", "ayuno"),
    ("es", "¿cuántas horas sin comer antes?", "ayuno"),
    ("es", "¿puedo tomar agua esa mañana?", "ayuno"),
    ("es", "¿hay follow-up después?", "revisión"),
    ("es", "¿me tengo que quedar overnight?", "ingreso"),
    ("es", "¿cuándo puede cargar cosas heavy?", "levantar peso"),
    ("es", "¿el bone scan es necesario?", "gammagrafía ósea"),
    ("es", "tiene heart failure", "enfermedad cardíaca"),
    ("es", "¿y si toca un nervio?", "lesión nerviosa"),
    ("es", "¿y si el cemento se salga?", "fuga de cemento"),
    ("es", "deme las cifras exactas", "tasa"),
    ("es", "¿de verdad se quita o es para nada?", "éxito"),
    ("es", "¿traumatólogo, neurocirujano o qué especialista?", "radiólogo intervencionista"),
    ("es", "¿me dan sedation o general anesthesia?", "anestesia general"),
    ("es", "¿me dan sedation o general anesthesia?", "sedación"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_EVERYDAY_23B)
def test_spanish_of_the_session_23_second_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


SPANISH_LOOKALIKES_23B = [
    ("es", "¿quién me lleva a casa, mi hija o quién?", "radiólogo intervencionista"),  # undone
    ("es", "tengo la tensión en cifras altas", "tasa"),  # "en cifras" undone
    ("es", "¿puedo tocar la herida?", "lesión nerviosa"),
    ("es", "el médico me dio su número", "tasa"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_LOOKALIKES_23B)
def test_spanish_lookalikes_of_the_session_23_second_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


PORTUGUESE_EVERYDAY_23B = [
    ("pt", "vão me apagar ou fico vendo tudo?", "anestesia geral"),
    ("pt", "vão me apagar ou fico vendo tudo?", "acordado"),
    ("pt", "me apagam pra fazer?", "anestesia geral"),
    ("pt", "quantas horas sem comer?", "jejum"),
    ("pt", "falaram do fasting", "jejum"),
    ("pt", "posso tomar água antes?", "jejum"),
    ("pt", "tem follow-up depois?", "consulta de retorno"),
    ("pt", "preciso ficar overnight?", "internação"),
    ("pt", "carregar coisas heavy", "levantar peso"),
    ("pt", "fazem ct scan antes?", "tomografia"),
    ("pt", "tenho que fazer o bone scan?", "cintilografia óssea"),
    ("pt", "ele tem heart failure", "doença cardíaca"),
    ("pt", "dói na hora que espetam?", "durante"),
    ("pt", "vai ser com local anesthesia?", "anestesia local"),
    ("pt", "posso tomar meus painkillers?", "analgésico"),
    ("pt", "ele toma blood thinner", "anticoagulante"),
    ("pt", "tenho uma prótese de metal no quadril", "metal"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_EVERYDAY_23B)
def test_portuguese_of_the_session_23_second_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


PORTUGUESE_LOOKALIKES_23B = [
    ("pt", "estou vendo tudo embaçado", "acordado"),  # bare "vendo tudo" left out
    ("pt", "quero ver tudo antes de decidir", "acordado"),
    ("pt", "apagar a luz do quarto", "anestesia geral"),
    ("pt", "o scan do celular", "tomografia"),  # bare "scan" left out
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_LOOKALIKES_23B)
def test_portuguese_lookalikes_of_the_session_23_second_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 24: Spanish and Portuguese as patients type it, set 15's kinds: a drug or procedure
# word turned by a phone's autocorrect into a real word (seducción, "adiós 100", síntoma,
# sedução, clorofila), the cement setting hard said every way; look-alikes that must not.
SPANISH_EVERYDAY_24 = [
    ("es", "¿me duermen o es con seducción?", "sedación"),
    ("es", "tomo adiós 100, ¿lo dejo antes?", "anticoagulante"),
    ("es", "tomo adiro 300 cada día", "anticoagulante"),
    ("es", "mi padre toma síntoma para la sangre", "anticoagulante"),
    ("es", "¿cuánto tarda en ponerse duro el cemento?", "endurecer"),
    ("es", "¿cuánto tarda en fraguar?", "endurecer"),
    ("es", "¿hasta que se seque el cemento?", "endurecer"),
    ("es", "¿me ponen anastasia general?", "anestesia general"),
    ("es", "¿es con anestecia local?", "anestesia local"),
    ("es", "¿tengo osteoporisis?", "osteoporosis"),
    ("es", "¿y la sifoplastia?", "cifoplastia"),
    ("es", "¿me tomo las pastillas de la mañana?", "medicación habitual"),
    ("es", "¿cuándo puedo pararme de la cama?", "levantarse de la cama"),
    ("es", "¿duele mientras me inyectan?", "durante"),
    ("es", "¿cuándo podré dar los primeros pasos?", "caminar"),
    ("es", "¿me puedo tomar un tinto esa mañana?", "ayuno"),
    ("es", "¿me hacen una topografía antes?", "tac"),  # autocorrected tomografía
    ("es", "mi madre toma clorofila para la sangre", "anticoagulante"),
    ("es", "¿me duermen entera?", "anestesia general"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_EVERYDAY_24)
def test_spanish_of_the_session_24_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


SPANISH_LOOKALIKES_24 = [
    ("es", "¿qué síntomas tiene una fractura?", "anticoagulante"),  # síntoma only as a taking
    ("es", "adiós y gracias", "anticoagulante"),  # "adiós" only with its dose
    ("es", "¿cuándo se seca la herida?", "endurecer"),  # only the cement drying
    ("es", "¿la espalda se pone dura?", "endurecer"),
    ("es", "mi nieta Anastasia me acompaña", "anestesia general"),  # the name alone
    ("es", "¿me puedo bajar del autobús?", "levantarse de la cama"),
    ("es", "¿me pinchan la heparina después?", "durante"),  # only "mientras me pinchan"
    ("es", "¿me entero de todo?", "anestesia general"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_LOOKALIKES_24)
def test_spanish_lookalikes_of_the_session_24_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


PORTUGUESE_EVERYDAY_24 = [
    ("pt", "fez com sedução e nem viu nada", "sedação"),
    ("pt", "meu pai toma clorofila e AAS", "anticoagulante"),
    ("pt", "quanto tempo o cimento leva pra ficar duro?", "endurecer"),
    ("pt", "tenho que esperar o cimento secar?", "endurecer"),
    ("pt", "vai ser com anastácia geral?", "anestesia geral"),
    ("pt", "tenho ostioporose", "osteoporose"),
    ("pt", "quando posso descer da maca?", "levantar da cama"),
    ("pt", "dói enquanto injetam?", "durante"),
    ("pt", "quando vou andar de novo?", "andar"),
    ("pt", "posso beber uma bica de manhã?", "jejum"),
    ("pt", "preciso fazer topografia antes?", "tomografia"),  # autocorrected tomografia
    ("pt", "qual o risco em números?", "chance"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_EVERYDAY_24)
def test_portuguese_of_the_session_24_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


PORTUGUESE_LOOKALIKES_24 = [
    ("pt", "o curativo vai secar sozinho?", "endurecer"),  # only the cement drying
    ("pt", "a sedução do médico", "anestesia geral"),
    ("pt", "minha neta Anastácia vai comigo", "anestesia geral"),  # the name alone
    ("pt", "já passou da hora do remédio", "fratura consolidada"),  # left out
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_LOOKALIKES_24)
def test_portuguese_lookalikes_of_the_session_24_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


SPANISH_EVERYDAY_24B = [
    ("es", "¿lo dejan volver a casa hoy mismo?", "ambulatorio"),
    ("es", "¿la abuela se va hoy mismo?", "ambulatorio"),
    ("es", "¿el cemento ese se puede salir de sitio?", "fuga de cemento"),
    ("es", "¿y si el cemento se mueve de su lugar?", "fuga de cemento"),
    ("es", "¿qué profesional realizará la intervención?", "radiólogo intervencionista"),
    ("es", "¿voy a estar acostada de panza todo el rato?", "boca abajo"),
    ("es", "¿me tienen tumbado de barriga en la camilla?", "boca abajo"),
    ("es", "¿hay cifras de cuántos mejoran?", "tasa"),
    ("es", "mi esposo es alérgico a varios medicamentos", "alergia"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_EVERYDAY_24B)
def test_spanish_of_the_session_24_second_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


SPANISH_LOOKALIKES_24B = [
    ("es", "¿puedo tomar la pastilla hoy mismo?", "ambulatorio"),  # never bare "hoy mismo"
    ("es", "me caí hoy mismo", "ambulatorio"),
    ("es", "¿se me puede salir de sitio la cadera?", "fuga de cemento"),  # only the cement
    ("es", "¿qué profesional me hace la revisión?", "radiólogo intervencionista"),
    ("es", "¿qué profesional realiza la revisión?", "radiólogo intervencionista"),
    ("es", "tengo dolor de barriga", "boca abajo"),  # never bare "de barriga" or "de panza"
    ("es", "me duele la panza", "boca abajo"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_LOOKALIKES_24B)
def test_spanish_lookalikes_of_the_session_24_second_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


PORTUGUESE_EVERYDAY_24B = [
    ("pt", "ela vai tá acordada ou vão apagar ela?", "anestesia geral"),
    ("pt", "quem vai fazer o procedimento?", "radiologista intervencionista"),
    ("pt", "tenho uma prótese de anca metálica", "metal"),
    ("pt", "ainda vale a pena numa fratura tão antiga?", "fratura consolidada"),
    ("pt", "qual o risco real? existem números?", "chance"),
    ("pt", "ela é alérgica a vários medicamentos", "alergia"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_EVERYDAY_24B)
def test_portuguese_of_the_session_24_second_round_finds_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


PORTUGUESE_LOOKALIKES_24B = [
    ("pt", "que profissional faz o curativo?", "radiologista intervencionista"),
    ("pt", "essa técnica não é tão antiga?", "fratura consolidada"),  # never bare "tão antiga"
    ("pt", "quem vai fazer o curativo?", "radiologista intervencionista"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_LOOKALIKES_24B)
def test_portuguese_lookalikes_of_the_session_24_second_round_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# session 25: set 17's kinds (the kiosk's voice input, a rumour checked, the patient's own
# calendar and medicine box), written by concept for every region's speakers
SPANISH_EVERYDAY_25 = [
    ("es", "mi madre toma bayaspirina todos los días", "anticoagulante"),
    ("es", "está con hbpm, ¿se la suspendo?", "anticoagulante"),
    ("es", "toma sarelto por el corazón", "anticoagulante"),
    ("es", "¿puedo tomar tafirol para el dolor?", "analgésico"),
    ("es", "le dan zaldiar cada ocho horas", "opioide"),
    ("es", "¿la residente tiene que estar en dieta absoluta?", "ayuno"),
    ("es", "¿qué lleva el cimiento ese que meten?", "cemento óseo"),
    # the recogniser's real words for the rarer terms, only where they ask nothing else
    ("es", "le ponen eparina en la barriga", "anticoagulante"),
    ("es", "¿lo hace el radiólogo inversionista?", "radiólogo intervencionista"),
    ("es", "¿me puedo hacer una resonancia magnífica después?", "resonancia magnética"),
    ("es", "tengo osteo porosis", "osteoporosis"),
    ("es", "¿y la cifo plástica esa?", "cifoplastia"),
    ("es", "mi padre toma sin trom", "anticoagulante"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_EVERYDAY_25)
def test_spanish_of_session_25_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


SPANISH_LOOKALIKES_25 = [
    ("es", "tengo que hacer dieta", "ayuno"),  # only "dieta absoluta"
    ("es", "la herida está absoluta", "ayuno"),
    ("es", "sin tratamiento", "anticoagulante"),  # only "sin trom"
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_LOOKALIKES_25)
def test_spanish_lookalikes_of_session_25_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


PORTUGUESE_EVERYDAY_25 = [
    ("pt", "tomo nimesulida pra dor", "analgésico"),
    ("pt", "minha mãe toma tylex", "opioide"),
    ("pt", "ela tá em dieta zero desde ontem?", "jejum"),
    ("pt", "quando vou poder andar direito sozinha?", "andar"),
    ("pt", "uma em cada dez pessoas tem complicação?", "chance"),
    ("pt", "é 1 em cada 1000?", "chance"),
    ("pt", "está com hbpm", "anticoagulante"),
    ("pt", "ele toma charelto", "anticoagulante"),
    ("pt", "posso fazer ressonância magnífica depois?", "ressonância magnética"),
    ("pt", "ela tem osteo porose", "osteoporose"),
    ("pt", "e a cifo plástica?", "cifoplastia"),
    ("pt", "ela toma clexame", "anticoagulante"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_EVERYDAY_25)
def test_portuguese_of_session_25_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


PORTUGUESE_LOOKALIKES_25 = [
    ("pt", "estou de dieta", "jejum"),
    ("pt", "está tudo normal?", "andar"),
    ("pt", "tomo o remédio a cada dez dias", "chance"),  # a frequency, not the odds
    ("pt", "preciso de um exame?", "anticoagulante"),  # only "clexame"
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_LOOKALIKES_25)
def test_portuguese_lookalikes_of_session_25_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# session 26: set 18's kinds (English medical words inside a Spanish or Portuguese message, care
# staff's shorthand for a resident or a client), written by concept for every region's speakers
SPANISH_EVERYDAY_26 = [
    ("es", "el doctor dice que necesito vertebroplasty", "vertebroplastia"),
    ("es", "Resid. Los Olmos: pte con VP el jueves", "vertebroplastia"),
    ("es", "me hablaron de la kyphoplasty con un balloon", "cifoplastia"),
    ("es", "me hicieron lo del cement ayer", "cemento óseo"),
    ("es", "¿cuánto dura el recovery?", "recuperación"),
    ("es", "¿tiene side effects?", "complicaciones"),
    ("es", "tengo una placa de titanio en la columna", "implantes metálicos"),
    ("es", "tiene un herniated disc además", "hernia de disco"),
    ("es", "¿lo hace un radiologist?", "radiólogo intervencionista"),
    ("es", "¿el pain relief es rápido?", "alivio del dolor"),
    ("es", "¿cuál es el success rate?", "éxito"),
    ("es", "¿es outpatient o me quedo?", "ambulatorio"),
    ("es", "¿le dan la general anesthetic?", "anestesia general"),
    ("es", "¿cuándo empieza a deambular?", "caminar"),
    ("es", "¿puede pasar a sedestación el día 1?", "levantarse de la cama"),
    ("es", "¿la levantamos al sillón?", "levantarse de la cama"),
    ("es", "¿toma su medicación crónica en ayunas?", "medicación habitual"),
    ("es", "¿cuánto dura el posoperatorio?", "recuperación"),
    ("es", "me dieron un poco de fever", "fiebre"),
    ("es", "tengo numbness en las piernas", "adormecimiento"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_EVERYDAY_26)
def test_spanish_of_session_26_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


SPANISH_LOOKALIKES_26 = [
    ("es", "la herida tiene un poco de discharge", "alta hospitalaria"),  # a wound's discharge
    ("es", "¿cuál es el tratamiento habitual de una fractura?", "medicación habitual"),
    ("es", "¿qué es el VPH?", "vertebroplastia"),
    ("es", "¿puedo comer postre?", "recuperación"),
]


@pytest.mark.parametrize("locale, text, canonical", SPANISH_LOOKALIKES_26)
def test_spanish_lookalikes_of_session_26_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


PORTUGUESE_EVERYDAY_26 = [
    ("pt", "minha mãe tem o appointment pra vertebroplasty", "vertebroplastia"),
    ("pt", "UBS recepção: a VP serve pra hérnia?", "vertebroplastia"),
    ("pt", "kyphoplasty é a mesma coisa?", "cifoplastia"),
    ("pt", "o relief vem rápido?", "alívio da dor"),
    ("pt", "tenho uma placa de titânio na coluna", "metal"),
    ("pt", "qual o success rate?", "taxa de sucesso"),
    ("pt", "tenho osteoporosis", "osteoporose"),
    ("pt", "precisa de x-ray antes?", "raio-x"),
    ("pt", "é outpatient?", "ambulatorial"),
    ("pt", "quais os side effects?", "complicações"),
    ("pt", "quando ela pode deambular?", "andar"),
    ("pt", "pode passar pra poltrona no D1?", "levantar da cama"),
    ("pt", "toma os remédios de uso contínuo no dia?", "medicamentos"),
    ("pt", "como é o pós-operatório?", "recuperação"),
    ("pt", "precisa usar brace depois?", "colete"),
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_EVERYDAY_26)
def test_portuguese_of_session_26_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


PORTUGUESE_LOOKALIKES_26 = [
    ("pt", "o curativo está com discharge", "alta hospitalar"),  # a wound's discharge
    ("pt", "tem que fazer uso contínuo do colete?", "medicamentos"),  # the brace, not pills
]


@pytest.mark.parametrize("locale, text, canonical", PORTUGUESE_LOOKALIKES_26)
def test_portuguese_lookalikes_of_session_26_do_not_find_the_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# Session 28: "is that normal?" asked with another word for normal, which the pairs' own
# "is it normal to..." phrasings carry (unknown, "üblich" weighed as the rarest term).
NORMAL_28 = [
    ("de", "tut mehr weh als vorher. Ist das üblich?", "normal"),
    ("de", "ist das so zu erwarten?", "normal"),
    ("en", "is that usual after the cement?", "normal"),
    ("en", "is that to be expected?", "normal"),
    ("es", "¿es lo esperado después?", "normal"),
    ("es", "¿es habitual que duela?", "normal"),
    ("fr", "c'est habituel d'avoir mal ?", "normal"),
    ("fr", "c'était attendu ?", "normal"),
    ("pt", "isso é esperado?", "normal"),
    ("pt", "é de se esperar?", "normal"),
]


@pytest.mark.parametrize("locale, text, canonical", NORMAL_28)
def test_another_word_for_normal_finds_the_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_normal_activities_stay_their_own_group() -> None:
    assert "normal" not in _canonical_terms_found("en", "when can I do my usual activities")


# Session 29. The procedure named by a demonstrative and a plain word ("esse tratamento"):
# "tratamento" alone is a word of other pairs (conservative treatment), weighty enough that a
# phrasing holding only the question's other words read as a passing mention (0.44).
MEMBERS_29 = [
    ("pt", "esse tratamento endireita as costas?", "vertebroplastia"),
    ("pt", "essa injeção dói?", "vertebroplastia"),
    ("fr", "ce traitement redresse le dos ?", "vertébroplastie"),
    ("es", "¿este tratamiento endereza la espalda?", "vertebroplastia"),
    # Portuguese "na hora": at the time it is done ("não vou sentir nada na hora, né?")
    ("pt", "dói na hora?", "durante"),
    # German: "at home" said the southern way, and the sedation's name on the consent form
    ("de", "bin ich abends wieder daheim?", "Entlassung"),
    ("de", "was ist eine Analgosedierung?", "Sedierung"),
    # Arabic "it hurts" in the feminine, as "the operation" (العملية) is: "هل تؤلم العملية؟" was 0.02
    ("ar", "هل تؤلم العملية؟", "الألم"),
    ("ar", "هل ستؤلمني الإبرة؟", "الألم"),
]


@pytest.mark.parametrize("locale, text, canonical", MEMBERS_29)
def test_session_29_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_other_treatments_stay_apart() -> None:
    assert "vertebroplastia" not in _canonical_terms_found("pt", "tratamentos mais conservadores")
    assert "vertebroplastia" not in _canonical_terms_found("pt", "quem faz esse procedimento?")


# session 30, zh/vi lexicon: coughing or sneezing as what broke the bone (the pairs: "咳嗽也会
# 骨折吗", "ho thôi cũng gãy xương sống được"); glue-like as the composition question (the
# pairs: 是不是胶水); "bơn" typed for "bơm".
ZH_VI_30 = [
    ("zh-Hans", "打个喷嚏也能骨折？", "咳嗽"),
    ("zh-Hans", "就咳了一下腰就断了", "咳嗽"),
    ("zh-Hans", "打进去那个像胶水的东西是啥", "成分"),
    ("vi", "hắt hơi mạnh mà cũng gãy lưng à", "ho"),
    ("vi", "nhảy mũi một cái là xẹp đốt sống", "ho"),
    ("vi", "bơn xi măng có đau không", "tạo hình đốt sống"),
    # an old fracture, and whether it is too late or still of use
    ("vi", "gãy lâu rồi thì bơm có ích gì không", "gãy cũ"),
    ("vi", "lún đốt sống hơn 1 năm nay, giờ bơm còn tác dụng không", "gãy cũ"),
    ("vi", "giờ làm có trễ quá không", "gãy cũ"),
    ("zh-Hans", "去年摔的，现在再做还有用吗", "陈旧性骨折"),
    ("zh-Hans", "摔了以后到现在快一年了还是疼", "陈旧性骨折"),
]


@pytest.mark.parametrize("locale, text, canonical", ZH_VI_30)
def test_session_30_zh_vi_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_session_30_zh_vi_lookalikes_stay_apart() -> None:
    # a house's glue is no bone cement's composition; "ho" is no "họ" (they)
    assert "成分" not in _canonical_terms_found("zh-Hans", "胶水粘不住")
    assert "ho" not in _canonical_terms_found("vi", "họ nói làm xong về liền")
    # a new fracture is no old one, nor a year since the operation
    assert "陈旧性骨折" not in _canonical_terms_found("zh-Hans", "做完一年多了又疼了")
    assert "gãy cũ" not in _canonical_terms_found(
        "vi", "mới gãy tuần trước thì bơm liền được không"
    )


@pytest.mark.parametrize(
    ("locale", "text", "canonical"),
    [
        # another vertebra breaking later, as patients put it (session 30)
        ("de", "kann danach ein anderer Wirbel auch noch einbrechen", "weitere Brüche"),
        ("fr", "est-ce qu'il peut se recasser une autre vertèbre ?", "autres fractures"),
        ("es", "¿se me van a romper más vértebras?", "nuevas fracturas"),
    ],
)
def test_another_vertebra_breaking_finds_the_further_fracture_group(locale, text, canonical):
    assert canonical in _canonical_terms_found(locale, text)


# session 31, zh/vi lexicon: Chinese "does it hurt" asked as A-not-A is written as 疼吗 before
# the search (faqsvc/data/textspeak/zh.txt), since its 不疼 is the pain-relief pairs' word; "still
# hurt" keeps its 还. Vietnamese "có ... không" finds the experience pair's "khó chịu"; the
# procedures said by ear, "PMA" for PMMA, farm work, the duration asked with "khoảng".
ZH_VI_31_WRITTEN_OUT = [
    ("zh-Hans", "打骨胶那个手术疼不疼", "打骨胶那个手术疼吗"),
    ("zh-Hans", "做的时候会不会很痛", "做的时候疼吗"),
    ("zh-Hans", "痛唔痛㗎", "疼吗㗎"),
    ("zh-Hans", "打完腰还疼不疼", "打完腰还疼吗"),
    # relief, and a question frame around another word: as typed
    ("zh-Hans", "做完多久能不疼", "做完多久能不疼"),
    ("zh-Hans", "疼痛会不会加重", "疼痛会不会加重"),
]


@pytest.mark.parametrize(("locale", "typed", "expected"), ZH_VI_31_WRITTEN_OUT)
def test_session_31_does_it_hurt_is_written_as_asked(locale, typed, expected) -> None:
    from faqsvc.answering.textspeak import expanded

    assert expanded(locale, typed) == expected


ZH_VI_31 = [
    ("vi", "lúc làm có đau không", "khó chịu"),
    ("vi", "làm cái này có đau lắm không ạ", "khó chịu"),
    ("vi", "co dau khong bac si", "khó chịu"),  # members match folded
    ("vi", "bố em vừa làm cái 'véc-tô-plát' gì đó", "tạo hình đốt sống"),
    ("vi", "ki-phô-plát-ti khác gì bơm thường", "tạo hình đốt sống bằng bóng"),
    ("vi", "hay là cái 'PMA' gì đó", "xi măng sinh học"),
    ("vi", "làm ruộng, gánh lúa được không", "mang vác nặng"),
    ("vi", "vào làm thì mất khoảng bao lâu", "kéo dài một giờ"),
    ("zh-Hans", "回去以后多久能拎重东西、抱孙子", "提重物"),
    ("zh-Hans", "多久可以提重东西", "提重物"),
    ("zh-Hans", "要在床上平躺多久才能起来上厕所", "卧床"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), ZH_VI_31)
def test_session_31_zh_vi_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_session_31_zh_vi_lookalikes_stay_apart() -> None:
    # relief is no "does it hurt", nor is the pain of a fracture asked without "có ... không"
    assert "khó chịu" not in _canonical_terms_found("vi", "bơm xi măng có đỡ đau không")
    assert "khó chịu" not in _canonical_terms_found("vi", "làm xong có hết đau không")
    assert "khó chịu" not in _canonical_terms_found("vi", "xẹp đốt sống đau lắm")
    # valuables are no heavy lifting: never a bare 重东西
    assert "提重物" not in _canonical_terms_found("zh-Hans", "贵重东西要带吗")
    # bedding to bring is no bed rest
    assert "卧床" not in _canonical_terms_found("zh-Hans", "床上用品要带吗")


# session 31, ar/pt lexicon: set 23's Arabic and Portuguese misses (a polite letter, the
# orthopaedist named when asking who does it, a recogniser's spelling of the procedure), written
# by concept: does it hurt said in the future, who does it, what the cement is, how long it takes
AR_PT_31 = [
    ("ar", "حتوجعني الإبرة؟", "الألم"),  # Egyptian/Levantine future: will it hurt me
    ("ar", "رح يوجعني كتير؟", "الألم"),
    ("ar", "مكان الابرة موجوع شوي", "الألم"),  # sore
    ("ar", "عملية فيرتبرو بلاستك", "رأب الفقرات"),  # the procedure's name as heard
    ("ar", "اسمها بي ام ام", "الإسمنت العظمي"),  # PMMA spelled out
    ("ar", "كم ساعة تاخد العملية؟", "تستغرق"),
    ("ar", "من يقوم بالعملية؟", "اختصاصي الأشعة التداخلية"),  # standard: who performs it
    ("ar", "هتخدروني كلي؟", "التخدير"),
    ("pt", "é o ortopedista ou é outro tipo de médico", "radiologista intervencionista"),
    ("pt", "ortopedista ou neurocirurgião?", "radiologista intervencionista"),
    ("pt", "depois da aplicação do cimento", "vertebroplastia"),
    ("pt", "a massa escorrendo pra fora do osso", "vazamento de cimento"),
    ("pt", "pegando num nervo", "lesão nervosa"),
    ("pt", "a agulha arde?", "dor"),
    ("pt", "de que é feita a massa?", "material"),
    ("pt", "é igual cimento de obra?", "material"),  # building cement: what it is made of
    ("pt", "o lugarzinho da picada", "local da punção"),
    ("pt", "um analgésico comum de farmácia", "analgésico"),
    ("pt", "quando posso me sentar?", "levantar da cama"),  # sitting up is getting up
    ("ar", "متى أقدر أجلس بعد العملية؟", "النهوض من السرير"),
    ("ar", "الوجع زاد بعد الإسمنت، هل هذا متوقع؟", "طبيعي"),  # "expected" is the pairs' "normal"
    ("ar", "الاسمنت اللي يحطونه في العظم", "بيحطوا"),  # Gulf "they put it"
]


@pytest.mark.parametrize("locale, text, canonical", AR_PT_31)
def test_session_31_ar_pt_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


AR_PT_LOOKALIKES_31 = [
    ("pt", "meu ortopedista disse que preciso", "radiologista intervencionista"),  # who sent her
    ("pt", "toda a aplicação financeira", "vertebroplastia"),  # only the cement's application
    ("pt", "a obra da casa", "material"),
    ("pt", "a massa óssea", "material"),  # bone mass is no paste
    ("ar", "تاخد الدوا قبل العملية؟", "تستغرق"),  # taking a medicine is no duration
    # "from start to end" told of the steps is no duration (left the group this session)
    ("ar", "خطوات العملية من الأول للآخر", "تستغرق"),
    ("ar", "العلاج الطبيعي ما نفع", "طبيعي"),  # physiotherapy is no "normal"
]


@pytest.mark.parametrize("locale, text, canonical", AR_PT_LOOKALIKES_31)
def test_session_31_ar_pt_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# session 32: who does it, asked by the specialist's kind or the needle's part ("a surgeon or
# some other kind of specialist?"); found only, as "doctor", "needle" and "specialist" are in
# pairs about other things
WHO_DOES_IT_32 = [
    ("en", "who does the needle part?", "interventional radiologist"),
    ("en", "is it a surgeon or some other kind of specialist", "interventional radiologist"),
    ("en", "what sort of specialist puts the cement in", "interventional radiologist"),
    ("en", "who puts the needle in, a nurse?", "interventional radiologist"),
]

# session 32: regional and spoken words for what the pairs say in the standard language; "back
# on me feet" (spoken "my") is getting up and about
REGIONAL_MEMBERS_32 = [
    ("en", "how soon am I back on me feet", "get up"),
    # Belgian, Swiss and Quebec French meals: "dîner" is lunch, "souper" dinner (fasting)
    ("fr", "je peux prendre mon dîner avant ?", "à jeun"),
    ("fr", "et le souper la veille ?", "à jeun"),
    # bridging a blood thinner before the procedure is about the thinner
    ("de", "wie läuft die Überbrückung mit Heparin?", "Blutverdünner"),
    # Mexican "atarantar" (to daze) is the sedation; "la van a dormir toda" the full anaesthetic
    ("es", "¿nomás lo atontan o lo duermen?", "sedación"),
    ("es", "¿me van a dormir toda?", "anestesia general"),
]


@pytest.mark.parametrize("locale, text, canonical", WHO_DOES_IT_32)
def test_session_32_who_does_it_finds_the_radiologist(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


@pytest.mark.parametrize("locale, text, canonical", REGIONAL_MEMBERS_32)
def test_session_32_regional_words_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_session_32_who_members_are_never_offered() -> None:
    found = found_groups("en", "which radiologist performs it?")
    who = [f for f in found if groups("en")[f.group][0] == "interventional radiologist"]
    assert who and "interventional radiology" in who[0].others
    assert not {"kind of specialist", "who does the needle", "who puts the needle in"} & set(
        who[0].others
    )


# session 32, zh/vi lexicon: a hỏi typed for a ngã where the result is no word ("đở" for đỡ) is
# written out before the search (faqsvc/data/textspeak/vi.txt); real words ("chia sẻ", "nửa
# giờ") stay as typed. The doctor addressed after the question ("... không bác sĩ?") is left
# out, as "bác sĩ ơi" asks nothing. The surgeon patients name when asking who does it finds the pairs'
# "bác sĩ phẫu thuật"; a bare "ngoại khoa" or "chỉnh hình" does not.
ZH_VI_32_WRITTEN_OUT = [
    ("vi", "làm xog bao lâu thì đở đau vậy?", "làm xog bao lâu thì đỡ đau vậy?"),
    ("vi", "làm xong vẩn còn đau", "làm xong vẫn còn đau"),
    ("vi", "củng phải nằm yên hả", "cũng phải nằm yên hả"),
    ("vi", "giử nguyên tư thế", "giữ nguyên tư thế"),
    ("vi", "chia sẻ giúp em, nửa giờ có xong không", "chia sẻ giúp em, nửa giờ có xong không"),
    # the doctor addressed after the question's last word, typed with tones
    ("vi", "làm cái này có đau không bác sĩ", "làm cái này có thấy đau không"),
    ("vi", "đi lại được không bác sĩ ơi?", "đi lại được không ơi?"),
    ("vi", "đi chợ được chưa bác sỉ", "đi chợ được chưa"),
    # ... but not without tones, nor after "vậy" ("là gì vậy bác sĩ" then had a what-is pair
    # the set does not name), nor a doctor asked about
    ("vi", "lam co dau khong bac si", "lam co dau không bac si"),  # "khong" written out as before
    ("vi", "là gì vậy bác sĩ?", "là gì vậy bác sĩ?"),
    ("vi", "có phải gọi bác sĩ không", "có phải gọi bác sĩ không"),
    # Chinese: the cement named just before "does it hurt" is written with the pairs' 会疼吗;
    # elsewhere 疼吗 as in session 31, and "still hurt" keeps its 还
    ("zh-Hans", "打骨水泥疼不疼", "打骨水泥会疼吗"),
    ("zh-Hans", "打水泥会不会痛啊", "打水泥会疼吗啊"),
    ("zh-Hans", "打骨胶那个手术疼不疼", "打骨胶那个手术疼吗"),
    ("zh-Hans", "打完骨水泥还疼不疼", "打完骨水泥还疼吗"),
    # Vietnamese "does it hurt" asked bare is written with the pairs' "thấy"; relief, pain
    # after at home and the toneless form stay as typed
    ("vi", "bơm xi măng có đau không", "bơm xi măng có thấy đau không"),
    ("vi", "có đau hông bác sĩ", "có thấy đau không"),
    ("vi", "bơm xi măng có đỡ đau không", "bơm xi măng có đỡ đau không"),
    ("vi", "làm xong về nhà có đau không?", "làm xong về nhà có đau không?"),
    ("vi", "bom xi mang co dau khong", "bom xi mang co dau không"),
]


@pytest.mark.parametrize(("locale", "typed", "expected"), ZH_VI_32_WRITTEN_OUT)
def test_session_32_slips_are_written_out(locale, typed, expected) -> None:
    from faqsvc.answering.textspeak import expanded

    assert expanded(locale, typed) == expected


ZH_VI_32 = [
    ("vi", "bác sĩ ngoại khoa hay bác sĩ chẩn đoán hình ảnh?", "bác sĩ phẫu thuật"),
    ("vi", "ai làm thủ thuật này, bác sĩ chấn thương chỉnh hình hả?", "bác sĩ phẫu thuật"),
    ("vi", "bac si chinh hinh hay bac si khoa nao", "bác sĩ phẫu thuật"),
    ("vi", "bác sĩ mổ hay bác sĩ chụp phim?", "bác sĩ phẫu thuật"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), ZH_VI_32)
def test_session_32_zh_vi_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_session_32_zh_vi_lookalikes_stay_apart() -> None:
    # the what-is pair's "thủ thuật ngoại khoa" and the brace's "áo chỉnh hình" name no surgeon
    assert "bác sĩ phẫu thuật" not in _canonical_terms_found("vi", "đây là thủ thuật ngoại khoa")
    assert "bác sĩ phẫu thuật" not in _canonical_terms_found("vi", "có phải mặc áo chỉnh hình")


# session 32, zh/vi lexicon: whether the cement is poisonous asks what it is made of (成分), as
# Vietnamese "có độc" does; Cantonese 成个 (the whole) operation is the pairs' 整个手术. Disinfection
# (消毒) is no poison.
ZH_32 = [
    ("zh-Hans", "骨水泥有毒吗", "成分"),
    ("zh-Hans", "往骨头里打的那种胶是啥做的？会不会有毒", "成分"),
    ("zh-Hans", "打进去的东西对身体有没有害", "成分"),
    ("zh-Hans", "成个手术要做几耐？", "整个手术"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), ZH_32)
def test_session_32_zh_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_session_32_zh_lookalikes_stay_apart() -> None:
    assert "成分" not in _canonical_terms_found("zh-Hans", "手术室消毒严格吗")


# session 32, ar/pt lexicon: set 24's Arabic and Portuguese misses, written by concept: who does
# it (the orthopaedist is a surgeon, as the pairs' "cirurgião ou radiologista"), going home the
# same day, getting up to the bathroom, cancer spread to the bones, cement leaking, two vertebrae,
# the success rate asked as "does everyone get better", Arabizi same day / in hospital / home
AR_PT_32 = [
    ("pt", "é ortopedista ou radiologista?", "cirurgião"),
    ("pt", "o traumatologista", "cirurgião"),
    ("pt", "quem faz a aplicação?", "radiologista intervencionista"),
    ("pt", "anestesia jeral", "anestesia geral"),  # g typed as heard
    ("pt", "vem para casa no mesmo dia?", "alta hospitalar"),
    ("pt", "a dor sumiu", "alívio da dor"),
    ("pt", "isso acontece com todo mundo?", "taxa de sucesso"),
    ("pt", "quase todo mundo melhora?", "taxa de sucesso"),
    ("ar", "بقدر قوم عالحمام؟", "الحمام"),  # "to the bathroom", joined
    ("ar", "سرطان ثدي وانتشر للعظام", "الورم"),
    ("ar", "عندي كسر بفقرة", "كسر انضغاطي"),  # "in a vertebra", joined
    ("ar", "المادة تهرب برا الفقرة", "تسرب الإسمنت"),
    ("ar", "nafs el yom", "العيادة الخارجية"),
    ("ar", "btnam bel mostashfa", "الإقامة في المستشفى"),
    ("ar", "btetla3 3al bet", "الخروج من المستشفى"),
    ("ar", "لابس الحزام", "المشد"),
    ("ar", "متى يتوقف عن الوارفارين؟", "أوقف"),
    ("ar", "الألم صار أخف بكثير", "تخفيف الألم"),
    ("ar", "el esmant bel dahr", "الظهر"),  # Arabizi: the back
    ("ar", "bten2am walla btkoun sa7ye?", "ينام"),  # Arabizi: will she be put to sleep
]


@pytest.mark.parametrize("locale, text, canonical", AR_PT_32)
def test_session_32_ar_pt_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


AR_PT_LOOKALIKES_32 = [
    ("pt", "o ortopedista me mandou", "radiologista intervencionista"),  # who sent her
    ("pt", "o mundo todo", "taxa de sucesso"),
    ("ar", "أشعر بألم مكان الإبرة", "الألم"),  # "بألم" stays out of the pain group (undone)
    ("ar", "الكيماوي كسر عظمي", "الورم"),  # chemotherapy is its own concept in the pairs
]


@pytest.mark.parametrize("locale, text, canonical", AR_PT_LOOKALIKES_32)
def test_session_32_ar_pt_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# session 32: "does it really work, or is it a sham?": the doubt names the success group, found
# only (its words are in no pair)
DOUBTS_32 = [
    ("en", "does it actually work or is it a bit of a gimmick?", "success rate"),
    ("es", "¿sirve de verdad o es puro cuento?", "éxito"),
    ("de", "bringt das was oder ist das nur Abzocke?", "Erfolgsrate"),
    ("fr", "ça marche vraiment ou c'est du pipeau ?", "taux de réussite"),
    ("pt", "isso resolve mesmo ou é conversa fiada?", "taxa de sucesso"),
]


@pytest.mark.parametrize("locale, text, canonical", DOUBTS_32)
def test_session_32_a_doubt_finds_the_success_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# session 33, ar/pt lexicon: set 25's Arabic and Portuguese misses, written by concept: the fast
# said as "from the night" and as the hunger borne, a herniated disc joined to "and" (و), the
# procedure asked as prevention, refused or put off as "left untreated", someone watching the
# patient during it, getting up and walking, a "serious"
# outcome as a complication, asleep during it said in Brazil's gerund
AR_PT_33 = [
    ("ar", "لازم من الليل؟", "الصيام"),
    ("ar", "وما أتحمل الجوع", "الصيام"),
    ("ar", "عندي خشونة وانزلاق غضروفي", "الانزلاق الغضروفي"),
    ("ar", "هل العملية تمنع إن فقرة ثانية تنكسر؟", "علاج وقائي"),
    ("ar", "الإسمنت بيحميني من كسور جاية؟", "علاج وقائي"),
    ("ar", "لو رفضت العملية شو بيصير؟", "إذا تركت دون علاج"),
    ("ar", "لو ما عملتهاش هيحصل إيه؟", "إذا تركت دون علاج"),
    ("ar", "حد هيبقى معاه جوه يتابعه؟", "مراقبة المريض"),
    ("ar", "هل سيراقبني أحد؟", "مراقبة المريض"),
    ("pt", "quando vou poder levantar e andar depois", "levantar da cama"),
    ("pt", "qual a chance de dar alguma coisa grave?", "complicações"),
    ("pt", "Se eu disser que não, o que eu perco?", "sem tratamento"),
    ("pt", "é melhor deixar como tá?", "sem tratamento"),
    ("pt", "vou estar dormindo ou acordada?", "anestesia geral"),
    # second step, re-checked on sets 3-24: metal plates joined to "and" (وصفايح), prevention asked
    # as a noun (منع حدوث كسور), lying "without being able to get up", several vertebrae at once
    ("ar", "من عملية قديمة وصفايح في الحوض", "معدن"),
    ("ar", "هل أستطيع منع حدوث كسور جديدة؟", "علاج وقائي"),
    ("pt", "quantas horas ela fica sem poder levantar?", "repouso"),
    ("pt", "da pra fazer todas de uma vez so?", "de uma vez só"),
    ("pt", "quantas vertebras mesma vez?", "de uma vez só"),
    ("pt", "ou tem que fazer uma de cada vez?", "de uma vez só"),
    # third step: the back joined to "and" ("خايف ... وضهري ما يرتاح"), as وضهرها already is
    ("ar", "خايف اعمل العملية وضهري ما يرتاح", "الظهر"),
]


@pytest.mark.parametrize("locale, text, canonical", AR_PT_33)
def test_session_33_ar_pt_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


AR_PT_LOOKALIKES_33 = [
    ("ar", "كيف يمنع الإسمنت العظم من الحركة؟", "علاج وقائي"),  # the cement holding the bone
    ("ar", "متى موعد المتابعة؟", "مراقبة المريض"),  # the check-up, not the nurse
    ("ar", "أقدر آكل بعد العملية؟", "الصيام"),  # eating after is no fast before
    ("pt", "quando posso levantar peso?", "levantar da cama"),  # lifting, not getting up
    ("pt", "ando dormindo mal de dor", "anestesia geral"),  # sleeping badly at home
    ("pt", "o remédio sem receita", "sem tratamento"),
    ("pt", "a dor vai embora de vez?", "de uma vez só"),  # for good, not at once
    ("ar", "أدوية منع الجلطات", "علاج وقائي"),  # blood thinners
    ("ar", "عندي نقص في الصفايح", "معدن"),  # the platelets, said the spoken way
    ("ar", "المرض ده بيمنع العملية؟", "علاج وقائي"),  # rules it out, not prevention
]


@pytest.mark.parametrize("locale, text, canonical", AR_PT_LOOKALIKES_33)
def test_session_33_ar_pt_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# session 33, zh/vi lexicon: set 25's kinds (the question first and the reason after, the
# patient's own limits, a decision): lying face down for an hour said with 趴 and its time;
# breathless when lying flat is a lung or heart illness, never bed rest; hearing what is said
# in the room; missing the best time, or putting it off, is the old-fracture timing question;
# a leak "once it has leaked"; a porter's or a docker's work (bốc vác, bốc xếp) and heavy
# things (đồ nặng) are heavy lifting; "the ones left over" of a success figure only finds it
ZH_VI_33 = [
    ("zh-Hans", "趴一个钟头肯定受不了", "俯卧"),
    ("zh-Hans", "趴半个小时行吗", "俯卧"),
    ("zh-Hans", "我爸心衰，平躺都喘", "肺病"),
    ("zh-Hans", "一躺下就喘，能做吗", "肺病"),
    ("zh-Hans", "医生跟她说话她听不清咋办", "听到"),
    ("zh-Hans", "等下去会不会错过最佳时机", "陈旧性骨折"),
    ("zh-Hans", "要是漏了会怎么样", "骨水泥渗漏"),
    ("vi", "tôi làm bốc xếp ở cảng", "mang vác nặng"),
    ("vi", "đồ nặng như bao xi măng", "mang vác nặng"),
    ("vi", "đợi vài tháng nữa có sao không", "gãy cũ"),
    ("vi", "hoãn lại qua năm sau được không", "gãy cũ"),
    ("vi", "lỡ mẹ con rơi vào số còn lại thì sao", "tỷ lệ thành công"),
    ("zh-Hans", "要趴上一个小时吗", "俯卧"),
    # wearing the brace asked with what one must do or for how long (the pairs: 仍需佩戴 ... 至少要戴几周)
    ("zh-Hans", "我也得戴吗", "佩戴"),
    ("zh-Hans", "护腰要一直戴吗", "佩戴"),
    ("zh-Hans", "腰围要戴多久", "佩戴"),
    # a leak asked as "once it is out, what then" (流出来了会怎样, 跑出来会怎样)
    ("zh-Hans", "流出来了会怎样", "骨水泥渗漏"),
    ("zh-Hans", "跑出来会怎样", "骨水泥渗漏"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), ZH_VI_33)
def test_session_33_zh_vi_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_session_33_zh_vi_lookalikes_stay_apart() -> None:
    # breathless lying flat is no bed rest; bed rest and hearsay (听说) are no illness, no hearing
    assert "卧床" not in _canonical_terms_found("zh-Hans", "我爸心衰，平躺都喘")
    assert "肺病" not in _canonical_terms_found("zh-Hans", "做完要平躺多久")
    assert "听到" not in _canonical_terms_found("zh-Hans", "我听说平躺休息就行")
    # breathless as soon as one lies face down is the illness, not a breathing problem after it
    assert "呼吸困难" not in _canonical_terms_found("zh-Hans", "我有慢阻肺，一趴下就喘不过气")
    assert "呼吸困难" in _canonical_terms_found("zh-Hans", "做完喘不过气")
    # the success figure's "số còn lại" is found only, never looked for in a pair
    found = found_groups("vi", "lỡ mẹ con rơi vào số còn lại thì sao")
    success = [f for f in found if groups("vi")[f.group][0] == "tỷ lệ thành công"]
    assert success and not {"số còn lại", "rơi vào số"} & set(success[0].others)


EN_34 = [
    # where the needle goes in, asked as patients say it (the pair: "through the skin in the back")
    ("en", "where do they go in, through the front or round the back?", "through the skin"),
    ("en", "do they go in from behind", "through the skin"),
    # stitches are what a cut leaves: the wound's group (the pairs: "small incision", "puncture")
    ("en", "how many stitches will I have", "puncture site"),
    # knowing it worked is the relief coming (the pairs: "pain relief within hours or days")
    ("en", "how soon will I know if it's worked?", "pain relief"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), EN_34)
def test_session_34_english_members_find_their_group(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_session_34_english_lookalikes_stay_apart() -> None:
    # "round the back" is where they go in; a rounded back is still the curvature
    assert "curvature of the spine" in _canonical_terms_found("en", "my mum has a rounded back")
    assert "pain relief" not in _canonical_terms_found("en", "how does it work?")


# --- LEXICON34 (issue 17, session 34, zh/vi lexicon) ---
# Metal put in at an old operation, said with "đặt" (đặt vít, đặt đinh, mổ đặt nẹp), is the
# pairs' metalwork before an MRI; a fear of not waking up from the anaesthetic ("sợ bà không
# tỉnh lại") asks whether one is put fully under, so it finds the awake group, but only finds it
# ("~"): "tỉnh lại" is never looked for in a pair
LEXICON34 = [
    ("vi", "em có đặt vít ở cổ tay từ hồi tai nạn", "kim loại"),
    ("vi", "ba em mổ đặt nẹp ở tay năm ngoái", "kim loại"),
    ("vi", "có đặt đinh ở đùi thì chụp được không", "kim loại"),
    ("vi", "bả 80 tuổi rồi tui sợ bả không tỉnh lại", "tỉnh táo"),
    ("vi", "sợ gây mê xong không tỉnh dậy", "tỉnh táo"),
    # whether they have to cut you open, asked plainly (要开刀, 得开刀, 开刀吗, 要动刀): the pairs'
    # open surgery, which they answer as minimally invasive (smaller incisions, less blood loss)
    ("zh-Hans", "是不是要开刀放钢板螺钉", "开放手术"),
    ("zh-Hans", "这个得开刀吗", "开放手术"),
    ("zh-Hans", "打骨水泥要动刀子吗", "开放手术"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON34)
def test_lexicon34_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_lexicon34_lookalikes_stay_apart() -> None:
    # a table booked (đặt lịch) or a name (đặt tên) is no metal; waking up at home is no fear
    assert "kim loại" not in _canonical_terms_found("vi", "em muốn đặt lịch hẹn làm")
    assert "tỉnh táo" not in _canonical_terms_found("vi", "làm xong về nhà ngủ dậy có đau không")
    # "不用开刀" / "不需要开刀" stay minimally invasive; the surgeon (开刀的医生) stays who does it
    assert "开放手术" not in _canonical_terms_found("zh-Hans", "不需要开刀吧")
    assert "微创" in _canonical_terms_found("zh-Hans", "不需要开刀吧")
    assert "开放手术" not in _canonical_terms_found("zh-Hans", "是开刀的医生做吗")
    # the fear of not waking up only finds the group: it is never offered to a pair
    found = found_groups("vi", "tui sợ bả không tỉnh lại")
    awake = [f for f in found if groups("vi")[f.group][0] == "tỉnh táo"]
    assert awake and not {"không tỉnh lại", "tỉnh lại"} & set(awake[0].others)


# Metal in a limb from an old operation ("nẹp vít ở chân") is the MRI question's context, not
# another operation asked about (`_not_subjects` of faqsvc/data/subjects/vi.json): the MRI
# question is answered; spinal fusion with screws ("mổ cố định cột sống bằng nẹp vít") still
# names another operation and is declined
def test_lexicon34_metal_in_a_limb_is_no_other_operation(real_index) -> None:
    from faqsvc.answering.search import search
    from faqsvc.answering.subjects import named_subjects

    question = "em có nẹp vít kim loại ở chân, vậy chụp cộng hưởng từ được không?"
    assert named_subjects(question, "vi") == frozenset()
    result = search(real_index, question, "vi", min_confidence=0.0)
    assert result.results and result.results[0].pair.topic == "preparation"
    assert result.results[0].score >= 0.7
    fusion = "mổ cố định cột sống bằng nẹp vít thì nằm viện mấy ngày?"
    assert named_subjects(fusion, "vi") == {"other_procedure"}
    # typed without tones, or in another limb; screws in the spine stay another operation
    assert named_subjects("ong co nep vit o co chan, chup mri duoc khong", "vi") == frozenset()
    assert named_subjects("em có nẹp vít ở xương chân trái", "vi") == frozenset()
    assert named_subjects("mổ nẹp vít xương sống xong bao lâu đi được", "vi") == {"other_procedure"}


# LEXICON34B (session 34, ar/pt lexicon): set 26's kinds (a belief checked, the body told in
# spoken words): the cement reaching the lungs said of "the substance" (feminine: توصل للرئة);
# the cement that "did not stay in its place" (ما ضلت مكانها) or went out of the spoken bone
# (برا العضمة); the pain "will increase or lessen" in the Egyptian future (هيزيد ولا يقل); the
# needle going in said with its verb (بتدخل, بتفوت; "a agulha entrar"); the substance they inject,
# found only (its one word left, cement, is in every pair); two vertebrae together or "each one at
# a time" (كل وحدة بوقت), found only; breathless said "sem fôlego", "fico sem ar"; sore in the
# plural (doloridas); what to take for the pain; the osteoporosis "cured" as the prevention
# question, found only (never "no longer breaks": its "mais" is stopped and "não quebrou nada" is
# no prevention)
AR_PT_34B = [
    ("ar", "كم نسبة ان المادة توصل للرئة؟", "الانصمام الرئوي"),
    ("ar", "ممكن بتوصل للرئة؟", "الانصمام الرئوي"),
    ("ar", "اذا المادة ما ضلت مكانها", "تسرب الإسمنت"),
    ("ar", "الإسمنت ما ضل مكانه", "تسرب الإسمنت"),
    ("ar", "الوجع هيزيد ولا يقل؟", "زيادة الألم"),
    ("ar", "يزيد ولا يخف؟", "زيادة الألم"),
    ("ar", "الابرة بتدخل من وين؟", "إدخال الإبرة"),
    ("ar", "من وين بتفوت الإبرة؟", "إدخال الإبرة"),
    ("ar", "شو هي المادة اللي بيحقنوها؟", "الإسمنت العظمي"),
    ("ar", "ما هي المادة التي يتم حقنها؟", "الإسمنت العظمي"),
    ("ar", "يسوونهم مع بعض في نفس اليوم؟", "أكثر من فقرة"),
    ("pt", "fica sem fôlego deitado", "problemas respiratórios"),
    ("pt", "fico sem ar de barriga pra baixo", "problemas respiratórios"),
    ("pt", "as costas vão ficar doloridas?", "dor"),
    ("pt", "o que eu posso tomar pra aliviar?", "analgésico"),
    ("pt", "a osteoporose fica curada?", "preventivo"),
    ("pt", "isso cura a osteoporose?", "preventivo"),
    # second step, re-checked on the earlier sets: useful in the standard accusative (مفيداً, the
    # tanween alif kept by the analyzer)
    ("ar", "هل ما زال الحقن مفيداً لي؟", "يفيد"),
    ("ar", "هل سيكون مفيدا لأمي؟", "يفيد"),
    # third step: stitches asked (levar pontos, sutura; غرز, خياطة, قطب) are the wound's group, as the
    # pairs answer them with the small cut covered by a dressing ("Vou precisar levar pontos?")
    ("pt", "quantos pontos ela vai levar?", "local da punção"),
    ("pt", "vai precisar de sutura?", "local da punção"),
    ("ar", "كم غرزة هيخيطوا؟", "مكان الإبرة"),
    ("ar", "في خياطة بعد الحقن؟", "مكان الإبرة"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), AR_PT_34B)
def test_lexicon34b_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


AR_PT_LOOKALIKES_34B = [
    ("ar", "نفس اليوم أروح البيت؟", "أكثر من فقرة"),  # going home the same day, one vertebra
    ("ar", "المادة اللي بيحطوها على الجرح", "الإسمنت العظمي"),  # the dressing's, never the cement
    ("ar", "بتدخل الحمام لوحدها؟", "إدخال الإبرة"),  # going to the toilet
    ("pt", "tomo remédio para a pressão", "analgésico"),  # one's usual medicine, no painkiller
    ("pt", "ela entrar no hospital de manhã", "agulha"),  # going into the hospital
    ("pt", "a fratura já está curada", "preventivo"),  # an old healed fracture
    ("pt", "não quebrou nenhum osso na queda", "preventivo"),  # the fall, not prevention
    ("pt", "quais os pontos positivos?", "local da punção"),  # its good points, not stitches
    ("ar", "يغرزوا الإبرة في الضهر", "مكان الإبرة"),  # the needle going in, not a stitch
]


@pytest.mark.parametrize(("locale", "text", "canonical"), AR_PT_LOOKALIKES_34B)
def test_lexicon34b_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


def test_lexicon34b_found_only_members_are_never_offered() -> None:
    # the substance they inject finds the cement group, but "المادة" is never looked for in a pair
    found = found_groups("ar", "شو هي المادة اللي بيحقنوها؟")
    cement = [f for f in found if groups("ar")[f.group][0] == "الإسمنت العظمي"]
    assert cement and not any("المادة" in other for other in cement[0].others)
    found = found_groups("pt", "a osteoporose fica curada?")
    prevention = [f for f in found if groups("pt")[f.group][0] == "preventivo"]
    assert prevention and not any("osteoporose" in other for other in prevention[0].others)


@pytest.mark.parametrize(
    ("text", "word"),
    [("vai doer qdo a agulha entrar no osso?", "entrar"), ("quando enfiarem a agulha", "enfiar")],
)
def test_lexicon34b_the_needle_going_in_is_one_member(text: str, word: str) -> None:
    # "entrar" and "enfiarem" are read with the needle, not left to weigh as the rarest words
    needle = [f for f in found_groups("pt", text) if groups("pt")[f.group][0] == "agulha"]
    assert needle and any(token.startswith(word[:4]) for token in needle[0].present)


def test_lexicon34b_each_one_at_a_time_is_one_member() -> None:
    # "كل وحدة بوقت" (each one at its own time) is read with the several-vertebrae group, so its
    # "بوقت" no longer weighs as the rarest word (set 26's two vertebrae asked together or apart)
    found = [
        f
        for f in found_groups("ar", "ولا كل وحدة بوقت؟")
        if f.group == _group_of("ar", "أكثر من فقرة")
    ]
    assert found and "بوقت" in found[0].present


def _group_of(locale: str, canonical: str) -> int:
    return next(i for i, group in enumerate(groups(locale)) if group[0] == canonical)


@pytest.mark.parametrize(
    "text", ["coloquei uma protese de metal no quadril", "tem prótese metálica no quadril"]
)
def test_lexicon34b_a_hip_prosthesis_of_metal_is_one_member(text: str) -> None:
    # the hip is read with the metal, not left to weigh as the rarest word (set 14's scan question)
    metal = [f for f in found_groups("pt", text) if f.group == _group_of("pt", "metal")]
    assert metal and "quadril" in metal[0].present


# LEXICON34C (session 34, set 26: who is in the room, what is felt during it, whether it works for
# someone like the patient): French "qui sera dans la salle / présent" is the nurse who watches
# the patient throughout; "ça a marché", "marcher pour quelqu'un comme lui" is working, not
# walking; German "was spüre ich", "drückt das" is the discomfort during it, and the injecting
# verb in every form ("reingespritzt", "eingespritzt") is one group
LEXICON34C = [
    ("fr", "Qui sera dans la salle avec moi pendant l'intervention ?", "surveillance"),
    ("fr", "qui sera présent pendant le geste", "surveillance"),
    ("fr", "Est-ce que ça peut marcher pour quelqu'un comme lui ?", "taux de réussite"),
    ("fr", "ça a marché ?", "taux de réussite"),
    (
        "de",
        "Was spüre ich, wenn der Zement reingespritzt wird?",
        "Beschwerden während des Eingriffs",
    ),
    ("de", "Drückt das?", "Beschwerden während des Eingriffs"),
    ("de", "wenn der Zement reingespritzt wird", "einspritzen"),
    # second step: the cement taken for an implant of metal or plastic, what "they put in the
    # vertebra" ("la prothèse qu'ils mettent dans la vertèbre, c'est du métal ?")
    ("fr", "la prothèse qu'ils mettent dans la vertèbre, c'est du métal ?", "ciment osseux"),
    ("fr", "c'est du plastique ?", "ciment osseux"),
    # third step: several vertebrae at once, counted in digits or asked as "the same day or come
    # back" ("2 vertebres le meme jour ou faut revenir ?")
    ("fr", "ils peuvent faire 2 vertebres le meme jour ou faut revenir ?", "en une seule fois"),
    ("fr", "2 vertèbres en même temps", "en une seule fois"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON34C)
def test_lexicon34c_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


LEXICON34C_LOOKALIKES = [
    ("fr", "il peut marcher pour aller aux toilettes ?", "taux de réussite"),  # walking
    ("fr", "qui peut rester avec moi ?", "surveillance"),  # a companion, not the staff
    ("de", "ich spüre meine Beine nicht", "Beschwerden während des Eingriffs"),  # a sign
    ("de", "mein Schuh drückt", "Beschwerden während des Eingriffs"),
    ("fr", "J'ai des vis en métal dans la hanche", "ciment osseux"),  # metalwork, for the MRI
    ("fr", "ils mettent une aiguille dans la vertèbre", "ciment osseux"),
    ("fr", "faut revenir pour un contrôle après ?", "en une seule fois"),  # the follow-up visit
    ("fr", "il faut revenir quand ?", "en une seule fois"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON34C_LOOKALIKES)
def test_lexicon34c_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


def test_lexicon34c_who_is_in_the_room_is_no_companion() -> None:
    from faqsvc.answering.subjects import named_subjects

    # the staff in the room, asked with "who": no logistics subject declines it
    assert not named_subjects("Qui sera dans la salle avec moi pendant l'intervention ?", "fr")
    # a companion asked for still is one
    assert named_subjects("Mon mari peut-il être dans la salle avec moi ?", "fr")


# AR_PT_35B (session 35, lexicon35b, set 27): sore in the plural said "moídas", "moídos" (as
# "doloridas" is); catching an infection said with its verb ("pegar", "apanhar", "contrair")
AR_PT_35B = [
    ("pt", "é normal ficar com as costas moídas?", "dor"),
    ("pt", "os ossos ficam moídos uns dias", "dor"),
    # second step: metal asked inside the substance injected ("tem metal no meio?", "leva metal?")
    # is what it is made of; a plate at a body site ("placa no fêmur") is metalwork for the scan
    ("pt", "essa massa tem metal no meio?", "material"),
    ("pt", "o cimento leva metal?", "material"),
    ("pt", "tenho uma placa no fêmur", "metal"),
    ("pt", "ele tem placa e parafusos no tornozelo", "metal"),
    # fourth step: the conservative treatments the injection is weighed against, named or made do
    # with (الاكتفاء بالراحة), and wearing a brace said as a noun (لبس حزام)
    ("ar", "أفضل من الاكتفاء بالراحة في السرير؟", "العلاجات الأكثر تحفظا"),
    ("ar", "هل العلاج التحفظي أفضل؟", "العلاجات الأكثر تحفظا"),
    ("ar", "نكتفي بالمسكنات؟", "العلاجات الأكثر تحفظا"),
    # fifth step: the odds said as "out of every hundred people" or "one in a hundred"
    ("pt", "de cada 100 pessoas quantas melhoram?", "chance"),
    ("pt", "é tipo 1 em 100?", "chance"),
    ("pt", "de cada cem pacientes quantos têm problema?", "chance"),
    # sixth step: "the more / most dangerous" (الأخطر, أخطر) is the risk group's, as خطورة is
    ("ar", "شو الأخطر؟", "المخاطر"),
    ("ar", "أيهما أخطر؟", "المخاطر"),
]


AR_PT_LOOKALIKES_35B = [
    ("pt", "tenho metal no joelho, posso fazer ressonância?", "material"),  # metalwork
    ("pt", "tem metal no corpo?", "material"),
    ("pt", "placa bacteriana nos dentes", "metal"),  # no plate of metal
    ("pt", "placa de gordura no coração", "metal"),
    ("ar", "الراحة في السرير بعد العملية", "العلاجات الأكثر تحفظا"),  # the rest after it
    ("ar", "لبس الجوارب الضاغطة", "المشد"),  # stockings, no brace
    ("pt", "tomo 1 comprimido de 100 mg", "chance"),  # a dose, no odds
]


@pytest.mark.parametrize(("locale", "text", "canonical"), AR_PT_LOOKALIKES_35B)
def test_lexicon35b_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


@pytest.mark.parametrize("text", ["tenho uma placa no fêmur", "ela tem placa na perna"])
def test_lexicon35b_a_plate_at_a_body_site_is_one_member(text: str) -> None:
    # the body site is read with the plate, not left to weigh as the rarest word (set 27's scan
    # question)
    metal = [f for f in found_groups("pt", text) if f.group == _group_of("pt", "metal")]
    assert metal and len(metal[0].present) > 1


@pytest.mark.parametrize(
    "text", ["qual a chance de pegar infecção?", "posso apanhar uma infeção?", "contrair infecção"]
)
def test_lexicon35b_catching_an_infection_is_one_member(text: str) -> None:
    # the verb is read with the infection, not left to weigh as the rarest word
    infection = [f for f in found_groups("pt", text) if f.group == _group_of("pt", "infecção")]
    assert infection and len(infection[0].present) > 1


@pytest.mark.parametrize(("locale", "text", "canonical"), AR_PT_35B)
def test_lexicon35b_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_lexicon35b_wearing_a_brace_is_one_member() -> None:
    # "ولبس" (and wearing) is read with the brace, not left to weigh as the rarest word (set 27's
    # injection weighed against rest and a brace)
    brace = [
        f for f in found_groups("ar", "الراحة ولبس حزام") if f.group == _group_of("ar", "المشد")
    ]
    assert brace and "ولبس" in brace[0].present


# AR_PT_36B (session 36, lexicon36b, set 28): the cement told through an everyday likeness, a
# plaster cast on an arm ("engessar o braço", "زي الجبس") as the about pair's "molde interno ...
# gesso" and "جبيرة داخلية"
AR_PT_36B = [
    ("pt", "é igual engessar o braço, só que por dentro?", "gesso"),
    ("pt", "fica engessado por dentro?", "gesso"),
    ("pt", "é tipo uma tala dentro do osso?", "gesso"),
    ("ar", "زي الجبس للإيد المكسورة بس من جوه", "جبيرة"),
    ("ar", "العضمة هتبقى مجبسة من جوه؟", "جبيرة"),
    # the lost height asked as coming back in Egyptian ("هيرجع طولي") or as "the height that went"
    ("ar", "طب هيرجع طولي؟", "استعادة الطول"),
    ("ar", "حيرجعلي طولي؟", "استعادة الطول"),
    ("ar", "نقصت من طولي سنتين", "نقص الطول"),
    # gluing the broken bone (يلزق، يلصق، يلحم) as the treating pair's "يلحم أجزاء العظم"; Egyptian
    # "غرا" is the glue without its hamza
    ("ar", "الاسمنت بيلزق العضم المشروخ؟", "يلحم"),
    ("ar", "هل يلصق الكسر؟", "يلحم"),
    ("ar", "زي الغرا ولا ايه", "الإسمنت العظمي"),
    # how they see where the needle goes: seeing inside, a screen, guiding (enxergar, يشوفون)
    ("pt", "como o médico enxerga onde a agulha vai?", "guiar"),
    ("pt", "eles fazem às cegas?", "guiar"),
    ("pt", "dá para ver na tela?", "guiar"),
    ("ar", "كيف يشوفون وين تروح الإبرة؟", "توجيه"),
    ("ar", "بيشوفوا على الشاشة؟", "توجيه"),
    ("ar", "بيشتغلوا عالعمياني؟", "توجيه"),
]


# second step: the cement likened to a builder's plaster or mortar (argamassa, reboco, massa de
# pedreiro) is what it is made of, as "cimento de obra" already is
AR_PT_36B_MATERIAL = [
    ("pt", "é tipo massa de pedreiro que eles põem?", "material"),
    ("pt", "o cimento é que nem reboco de parede?", "material"),
    ("pt", "é tipo argamassa?", "material"),
]


# third step: staying fasting said with "stay" (نبقى صايم, أضل صايم, أفضل صايمة) is the fasting
# group's, never the hospital stay's "أبقى"
AR_PT_36B_FASTING = [
    "علاش خاصني نبقى صايم قبل العملية؟",
    "قديش لازم ضل صايم؟",
    "لازم تضل صايمة من بالليل؟",
    "كم ساعة أبقى صائما قبل العملية؟",
]


@pytest.mark.parametrize(("locale", "text", "canonical"), AR_PT_36B_MATERIAL)
def test_lexicon36b_a_builders_likeness_is_the_material(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


@pytest.mark.parametrize("text", AR_PT_36B_FASTING)
def test_lexicon36b_staying_fasting_is_fasting_not_a_stay(text: str) -> None:
    found = _canonical_terms_found("ar", text)
    assert "الصيام" in found and "أبقى" not in found


# fourth step: how one knows it worked (saber se deu certo, ver como ficou) is the check-up that
# tells it, as the recovery pair's "consulta de revisão em até duas semanas"
AR_PT_36B_KNOWING_IT_WORKED = [
    ("pt", "como vou saber se deu certo?", "consulta de retorno"),
    ("pt", "dá pra ver se deu certo logo?", "consulta de retorno"),
    ("pt", "quando tenho que voltar pra ver como ficou?", "consulta de retorno"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), AR_PT_36B_KNOWING_IT_WORKED)
def test_lexicon36b_knowing_it_worked_is_the_check_up(
    locale: str, text: str, canonical: str
) -> None:
    assert canonical in _canonical_terms_found(locale, text)


AR_PT_LOOKALIKES_36B = [
    ("pt", "uso colete de gesso", "gesso"),  # the brace's longer phrase
    ("ar", "لازم ألبس جبيرة الظهر؟", "جبيرة"),  # the brace's
    ("pt", "posso guiar o carro depois?", "guiar"),  # driving
    ("pt", "vou ver tudo?", "guiar"),  # awake, no guidance
    ("ar", "امتى الدكتور يشوفني بعد العملية؟", "توجيه"),  # the check-up
]


@pytest.mark.parametrize(("locale", "text", "canonical"), AR_PT_36B)
def test_lexicon36b_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


@pytest.mark.parametrize(("locale", "text", "canonical"), AR_PT_LOOKALIKES_36B)
def test_lexicon36b_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# LEXICON35C (session 35, set 27: the simpler treatments first, or straight to the cement, asked as
# "is that not enough?" / "rather first ... or right away"; the pair says "traitements plus
# classiques (dits « conservateurs »)", "schonendere (konservative) Behandlungen")
LEXICON35C = [
    ("fr", "Le corset et les antidouleurs, ça suffit pas ?", "traitements conservateurs"),
    ("fr", "Pourquoi passer directement au ciment ?", "traitements conservateurs"),
    ("fr", "les cachets ne suffisent pas ?", "traitements conservateurs"),
    ("fr", "on ne peut pas essayer autre chose avant ?", "traitements conservateurs"),
    ("de", "Lieber erstmal Korsett und Tabletten?", "konservative Behandlung"),
    ("de", "oder gleich zementieren lassen?", "konservative Behandlung"),
    ("de", "soll ich erst mal abwarten oder sofort operieren?", "konservative Behandlung"),
    # second step: another scan in place of the MRI, asked as not managing it ("et si je n'arrive
    # pas à passer l'IRM avant, on fait comment ?"); the pair's "remplacée par un scanner"
    ("fr", "et si je n'arrive pas à passer l'IRM avant ?", "remplacée par un scanner"),
    ("fr", "je suis claustrophobe", "remplacée par un scanner"),
    ("fr", "je supporte pas l'IRM, il y a autre chose ?", "remplacée par un scanner"),
    # third step: straining as lifting ("quand est-ce que j'peux recommencer à forcer, genre monter
    # mes sacs ?"), and being put fully to sleep said with "complètement"
    ("fr", "quand est-ce que je pourrai recommencer à forcer ?", "porter des charges lourdes"),
    ("fr", "il ne faut pas forcer ?", "porter des charges lourdes"),
    ("fr", "ils l'endort complètement ?", "anesthésie générale"),
    # Spanish, whether one procedure is the same as the other ("El médico habló de la
    # cifosis-plastia, una con un globito. ¿Es lo mismo que la mía?"), the hyphenated name too
    ("es", "¿Es lo mismo que la mía?", "diferencia"),
    ("es", "¿la cifoplastia y la vertebroplastia son lo mismo?", "diferencia"),
    ("es", "me hablaron de la cifosis-plastia", "cifoplastia"),
    # fourth step: carrying again, "re-porter" the water packs and the shopping
    ("fr", "quand pourra-t-il reporter du lourd ?", "porter des charges lourdes"),
    ("fr", "je pourrai reporter mes courses ?", "porter des charges lourdes"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON35C)
def test_lexicon35c_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


LEXICON35C_LOOKALIKES = [
    ("fr", "je passe directement chez moi après ?", "traitements conservateurs"),  # going home
    ("fr", "une seule injection suffit ?", "traitements conservateurs"),  # how many sessions
    ("de", "darf ich gleich nach Hause?", "konservative Behandlung"),  # going home
    ("de", "tut das gleich weh?", "konservative Behandlung"),
    ("fr", "il faut passer l'IRM avant ?", "remplacée par un scanner"),  # why the MRI
    ("fr", "je peux passer une IRM après, avec le ciment ?", "remplacée par un scanner"),
    ("es", "¿me va a pasar lo mismo que a mi hermana?", "diferencia"),  # the same happening
    ("es", "tengo cifosis, la espalda encorvada", "cifoplastia"),  # the hump, not the procedure
    ("fr", "on peut reporter l'intervention ?", "porter des charges lourdes"),  # to postpone
    ("fr", "faut-il reporter le rendez-vous ?", "porter des charges lourdes"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON35C_LOOKALIKES)
def test_lexicon35c_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


# --- LEXICON35 (session 35, zh/vi lexicon) ---
# A mason or a builder's labourer ("tôi làm thợ hồ", "làm phụ hồ", "thợ xây") tells that the
# work is heavy: the pairs' strenuous activity. Only with "làm": "thợ hồ" typed without tones
# is "tho ho", which "khó thở ho" (breathless and coughing) also spells. Chinese: the usual
# medicines named by what they treat (降压药, 降糖药, 胰岛素) are the pairs' regular medicines;
# "is the medicine still all right to take" (药还能吃吗) is taking it as usual; a cough said with
# how many times (咳了几下, 咳嗽两声) is the cough that broke the bone
LEXICON35 = [
    ("vi", "Tôi làm thợ hồ, bơm xong kiêng bao lâu", "hoạt động gắng sức"),
    ("vi", "ông nhà tôi làm phụ hồ", "hoạt động gắng sức"),
    ("vi", "em là thợ xây", "hoạt động gắng sức"),
    ("zh-Hans", "每天早上要吃降压药", "日常药物"),
    ("zh-Hans", "打胰岛素的要停吗", "日常药物"),
    ("zh-Hans", "手术那天早上药还能吃吗", "照常服用"),
    # 复查 and 锻炼 typed with a sound-alike (附查, 功能锻练), as 复察 and 覆查 already are
    ("zh-Hans", "做完多久去附查", "复查"),
    ("zh-Hans", "术后功能锻练怎么练", "康复训练"),
    # whether a medicine must be stopped, asked about the stopping itself (得停吗, 能不停)
    ("zh-Hans", "不太想停，能不停吗", "停用"),
    ("zh-Hans", "波立维和阿司匹林两个都得停吗", "停用"),
    # a fresh fracture as patients say it, the opposite of an old one (陈旧性骨折)
    ("zh-Hans", "是不是只有新鲜骨折才有用", "新鲜骨折"),
    ("zh-Hans", "刚骨折就打骨水泥好吗", "新鲜骨折"),
    # an iron pin or plate from an old operation (đinh sắt, nẹp sắt, thanh sắt) is metal in the body
    ("vi", "ba toi co dinh sat o chan", "kim loại"),
    ("vi", "chân có nẹp sắt thì chụp MRI được không", "kim loại"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON35)
def test_lexicon35_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


@pytest.mark.parametrize(
    ("text", "count"), [("就是咳嗽了几下腰就断了", "几下"), ("咳嗽两声就骨折了", "两声")]
)
def test_lexicon35_a_cough_counted_is_the_cough(text: str, count: str) -> None:
    # how many times belongs to the cough: unknown alone, "几下" weighed as the rarest word
    cough = [f for f in found_groups("zh-Hans", text) if groups("zh-Hans")[f.group][0] == "咳嗽"]
    assert cough and count in cough[0].present


def test_lexicon35_lookalikes_stay_apart() -> None:
    # breathless and coughing, typed without tones, is no builder's work
    assert "hoạt động gắng sức" not in _canonical_terms_found("vi", "kho tho ho nhieu sau khi bom")
    # a new fracture to come (新骨折, 新的骨折) is a further fracture, never a fresh one
    assert "新鲜骨折" not in _canonical_terms_found("zh-Hans", "做完以后会不会有新骨折")
    assert "新鲜骨折" not in _canonical_terms_found("zh-Hans", "别的地方会不会有新的骨折")
    # pain that does not stop (疼个不停) is no medicine stopped
    assert "停用" not in _canonical_terms_found("zh-Hans", "做完腰疼个不停怎么办")
    # "can I still eat" before the procedure is fasting, not medicine taken as usual
    assert "照常服用" not in _canonical_terms_found("zh-Hans", "手术前还能吃东西吗")


# LEXICON36 (session 36, zh/vi lexicon, set 28: why a rule, how they know, a likeness)
LEXICON36 = [
    # to avoid said as a rule after it ("kiêng", "kiêng cữ", "né"), the pairs' "tránh"
    ("vi", "vì sao làm xong phải kiêng khiêng vác nặng", "tránh"),
    ("vi", "bơm xong phải kiêng cữ những gì", "tránh"),
    ("vi", "Bơm xong kiêng gì", "tránh"),
    # six weeks counted in months: a month and a half ("tháng rưỡi", 一个半月)
    ("vi", "kiêng mang vác tới cả tháng rưỡi", "sáu tuần"),
    ("vi", "phải nghỉ làm 1 tháng rưỡi hả", "sáu tuần"),
    ("zh-Hans", "一个半月不能提重物吗", "六周"),
    ("zh-Hans", "要等一个半月才能干活吗", "六周"),
    # whether the fracture is new or old, asked as an either-or: the pairs' "chưa liền"
    ("vi", "chụp cộng hưởng từ để coi gãy mới hay gãy cũ hả", "chưa liền"),
    ("vi", "chụp phim là biết mới hay cũ phải không", "chưa liền"),
    ("vi", "ổ gãy của mẹ còn mới không", "chưa liền"),
    # the cement pictured as glue in a crack is the pairs' holding the pieces together
    ("vi", "xi măng giống keo dán chỗ nứt hả", "gắn liền"),
    ("vi", "bơm vô để dán xương lại phải không", "gắn liền"),
    ("vi", "xi măng có dính chặt không hay bung ra", "gắn liền"),
    # the cement coming loose ("bung ra", "lỏng ra") asks whether it holds; bursting out of the
    # bone ("bung ra ngoài") is a leak
    ("vi", "xi măng có bị bung ra không", "gắn liền"),
    ("vi", "lâu ngày xi măng có lỏng ra không", "gắn liền"),
    ("vi", "xi măng có bung ra ngoài không", "rò xi măng"),
]


LEXICON36_LOOKALIKES = [
    # a further fracture to come, or "only then", is no fresh fracture
    ("vi", "bơm xong có bị gãy mới ở đốt khác không", "chưa liền"),
    ("vi", "có phải bị tai nạn mới gãy xương sống không", "chưa liền"),
    # the dressing stuck on the needle's mark is no cement holding the bone
    ("vi", "rút kim xong có dán băng không", "gắn liền"),
    # folded, "bung" (come loose) is "bưng" (carry): it is no lifting
    ("vi", "xi măng có bị bung ra không", "mang vác nặng"),
    ("vi", "bơm xong xi măng có bung ra không bác sĩ", "mang vác nặng"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON36_LOOKALIKES)
def test_lexicon36_lookalikes_stay_apart(locale: str, text: str, canonical: str) -> None:
    assert canonical not in _canonical_terms_found(locale, text)


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON36)
def test_lexicon36_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


# session 36, es/fr/de lexicon: set 28's kinds (why a step is there, how they know or decide,
# the procedure told through a likeness). How the doctor decides whether it suits the patient
# finds the candidate group (found only: "decide" alone is in no pair); the doubt that it is
# only a money-maker ("un sacacuartos", "un timo") finds the success group, as session 32's
# "una estafa" and "Abzocke" do
LEXICON36C = [
    ("es", "¿cómo deciden si le conviene a mi padre?", "candidato"),
    ("es", "no sé si me conviene o no", "candidato"),
    ("es", "¿quién decide si me la pueden hacer?", "candidato"),
    ("fr", "comment le médecin décide si c'est pour moi", "convenir"),
    ("fr", "qui décide si je peux l'avoir ?", "convenir"),
    # (a comma before "ob" splits the member: a member never holds punctuation)
    ("de", "wie wird entschieden ob ich das bekomme?", "infrage"),
    ("de", "wer entscheidet ob das bei mir geht?", "infrage"),
    ("es", "¿de verdad quita el dolor o es un sacacuartos?", "éxito"),
    ("es", "¿esto sirve o es un timo?", "éxito"),
    # the balloon told in the past tense ("le inflaron un globito"), and the likeness asked as
    # "will they do the same to me" finds the difference group (found only)
    ("es", "a mi vecina le inflaron algo en el hueso", "cifoplastia"),
    ("es", "¿a mí me van a hacer lo mismo que a mi cuñado?", "diferencia"),
    # whether the cement stays soft or sets hard; put "a little to sleep" is sedation, and "you
    # notice" said to "tú" is the awake group, as "me entero" and "se entera" are
    ("es", "el cemento, ¿se queda blandito?", "endurecer"),
    ("es", "¿me duermen un poquito?", "sedación"),
    ("es", "¿te enteras de algo?", "despiertos"),
]


@pytest.mark.parametrize(("locale", "text", "canonical"), LEXICON36C)
def test_lexicon36c_members_find_their_group(locale: str, text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found(locale, text)


def test_lexicon36c_lookalikes_stay_apart() -> None:
    # "is it advisable to wear a brace" asks about the brace, not whether it suits the patient
    assert "candidato" not in _canonical_terms_found("es", "¿me conviene llevar faja después?")
    # sleeping a little at home afterwards is no sedation
    assert "sedación" not in _canonical_terms_found("es", "¿podré dormir un poco la primera noche?")
    # soft bones are osteoporosis, not the cement staying soft
    assert "endurecer" not in _canonical_terms_found("es", "tengo los huesos blandos")
