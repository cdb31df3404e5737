"""Text-speak is written out as whole words, per language; ordinary words and medical
abbreviations stay."""

from __future__ import annotations

import pytest

from faqsvc.answering.search import search
from faqsvc.answering.textspeak import expanded

TEXT_SPEAK = [
    ("en", "pls can u tell me", "please can you tell me"),
    ("fr", "je peux rentrer 2m1 ?", "je peux rentrer demain ?"),
    ("pt", "vc sabe qto tempo dura?", "você sabe quanto tempo dura?"),
    ("vi", "co dc ve nha ko", "co được ve nha không"),
    ("de", "vllt morgen?", "vielleicht morgen?"),
    ("de", "wieviele tage bleib ich?", "wie viele tage bleib ich?"),
    ("zh-Hans", "腿麻肿么办", "腿麻怎么办"),
    # inside a longer word, or an ordinary word or a medical abbreviation: as typed
    ("en", "vitamin D, an x-ray, US and u2", "vitamin D, an x-ray, US and u2"),
    ("en", "plsplsplsu", "plsplsplsu"),
    ("fr", "un AVC avant", "un AVC avant"),
    ("zh-Hans", "麻木有时候", "麻木有时候"),
    ("xx", "pls", "pls"),
    ("en", "", ""),
    # session 33, ar/pt lexicon: "a pena" run together as said ("vale apena"); "apenas" stays
    ("pt", "vale apena fazer nessa idade?", "vale a pena fazer nessa idade?"),
    ("pt", "valeapena?", "vale a pena?"),
    ("pt", "apenas isso", "apenas isso"),
]


def test_a_question_in_text_speak_finds_its_answer(real_index):
    plain = search(real_index, "can you tell me when I can walk after the cement", "en")
    texted = search(real_index, "pls can u tell me when i can walk aftr the cement", "en")
    assert plain.results and texted.results
    assert texted.results[0].pair.id == plain.results[0].pair.id


# --- regional spellings and dialect words (session 32): rows in our own words ---
REGIONAL_SPELLINGS = [
    # Scots, Northern, Irish, Australian and Indian English
    ("en", "will it be awfy sore? I cannae sit", "will it be very sore? I can't sit"),
    ("en", "can I gang hame efter", "can I gang home after"),
    ("en", "my da disnae want the jag", "my da doesn't want the injection"),
    ("en", "is it done the morra or the noo", "is it done tomorrow or now"),
    ("en", "back in the hossie s'arvo", "back in the hospital this afternoon"),
    ("en", "her back is paining since", "her back is hurting since"),
    ("en", "how long til I can walk", "how long until I can walk"),
    # controls: standard words and pairs' words stay as typed
    ("en", "a wee bit of pain, me feet", "a wee bit of pain, me feet"),
    ("en", "the day of the procedure", "the day of the procedure"),
    ("en", "jaguar", "jaguar"),
    # Swiss, Swabian, Bavarian/Austrian, Berlin German
    ("de", "Tuet das weh mit de Nadle in Rugge?", "tut das weh mit de Nadel in Rücken?"),
    ("de", "wänn si stäched", "wenn si stäched"),
    ("de", "derf i nachad hoam?", "darf i nachher nach Hause?"),
    ("de", "i chan nüm ligge", "i chan nicht mehr liegen"),
    ("de", "wia lang muass die Muatta liegn", "wia lang muss die Mutter liegen"),
    (
        "de",
        "ick kann nit schlofe, tuat ma der Buckel weh",
        "ick kann nicht schlafen, tut ma der Buckel weh",
    ),
    # controls: standard German ("bei", "net", "mei", "hob") stays
    ("de", "bei mei Oma net", "bei mei Oma net"),
    ("de", "er hob die Hand", "er hob die Hand"),
    # Quebec, Belgian, Swiss and southern French
    ("fr", "chu pu capable de m'assir", "je suis plus capable de m'asseoir"),
    (
        "fr",
        "j'ai le dos magané à soir",
        "j'ai le dos magané ce soir",
    ),  # magané left out: "abîmé" led to a wrong pair
    (
        "fr",
        "ma mère s'est encoublée endéans la semaine",
        "ma mère s'est trébuchée dans la semaine",
    ),
    # controls: "pus" the infection, "pu" of pouvoir, "char", "fait-tu" of the pairs stay
    ("fr", "du pus sur la plaie, j'ai pu marcher", "du pus sur la plaie, j'ai pu marcher"),
    ("fr", "ça fait-tu mal en char", "ça fait-tu mal en char"),
    # Rioplatense, Mexican, Chilean, Andalusian, rural Spanish
    ("es", "¿podés caminar despue?", "¿puedes caminar después?"),
    ("es", "ahorita toy echao pa'l hospital", "ahora toy echado para el hospital"),
    ("es", "me duele la guata altiro", "me duele la barriga enseguida"),
    ("es", "el dotor dijo que jue pior", "el doctor dijo que fue peor"),
    # controls: "pus" the infection, "po" and "ande" stay
    ("es", "sale pus, po, que ande", "sale pus, po, que ande"),
]


# --- regional spellings and spoken forms, pt / ar / vi / zh (session 33): rows in our own words ---
REGIONAL_33 = [
    ("vi", "xi măng có củng cố đốt sống không", "xi măng có củng cố đốt sống không"),
    ("vi", "mẹ em củng bị loãng xương", "mẹ em cũng bị loãng xương"),
    # Brazilian spoken infinitives and rural forms, Portuguese, Mozambican
    ("pt", "cê acha q vou podê andá dipois?", "cê acha que vou poder andar depois?"),
    ("pt", "o dotô disse q fica pió s/ a operação", "o doutor disse que fica pior sem a operação"),
    ("pt", "maningue dor, tamém no espital", "muito dor, também no hospital"),
    ("pt", "posso viajá e abaixá?", "posso viajar e abaixar?"),
    # controls: standard words stay ("num" = em um, "dirigi" I drove, "caminha")
    ("pt", "num hospital ele dirigi e caminha", "num hospital ele dirigi e caminha"),
    # Egyptian, Levantine, Maghrebi spellings and Arabizi without digits
    ("ar", "ضهري بيوجعني، مقدرش أمشي", "ظهري بيوجعني، لا أقدر أمشي"),
    ("ar", "السمنت في السبيطار", "الإسمنت في المستشفى"),
    ("ar", "tbib fel sbitar", "طبيب fel مستشفى"),
    # controls: digit words are left to the read-back; "قد إيه" stays
    ("ar", "2ayam 2alam, قد إيه", "2ayam 2alam, قد إيه"),
    # Southern hỏi/ngã slips, s/x, Southern "dìa", teen-code
    (
        "vi",
        "phẩu thuật xong bao nhiu ngày thì dìa nhà",
        "phẫu thuật xong bao nhiêu ngày thì về nhà",
    ),
    (
        "vi",
        "mẹ bị gảy xương, bơm si măng có đau ko",
        "mẹ bị gãy xương, bơm xi măng có thấy đau không",
    ),
    ("vi", "tuỗi già bị loảng xương", "tuổi già bị loãng xương"),
    ("vi", "thuốc giãm đau có nguy hiễm ko", "thuốc giảm đau có nguy hiểm không"),
    # controls: "gảy đàn", "si mê", "xống áo" are words
    ("vi", "gảy đàn, si mê, xống áo", "gảy đàn, si mê, xống áo"),
    # Cantonese in simplified characters, Taiwanese chat, net spellings
    ("zh-Hans", "做完几耐可以行路", "做完多久可以走路"),
    ("zh-Hans", "几耐可以返屋企", "多久可以回家"),
    ("zh-Hans", "点解要打骨水泥？使唔使住院", "为什么要打骨水泥？需要住院"),
    ("zh-Hans", "我ㄉ腰灰常痛，肿么治", "我的腰非常痛，怎么治"),
    # controls: 麻木有, 酱紫色, 精神马上 stay
    (
        "zh-Hans",
        "手脚麻木有办法吗，皮肤酱紫色，精神马上好",
        "手脚麻木有办法吗，皮肤酱紫色，精神马上好",
    ),
    # LEXICON34C: Spanish written without the silent "h" ("ueso", "inchado", "oy", "ospital")
    (
        "es",
        "me duele el ueso, tengo el tobillo inchado, oy en el ospital",
        "me duele el hueso, tengo el tobillo hinchado, hoy en el hospital",
    ),
    ("es", "ormigueo y emorragia en la abitacion", "hormigueo y hemorragia en la habitación"),
    # controls: "echo", "ay", "asta" are words of their own and stay
    (
        "es",
        "echo de menos a mi ija, ay que ver, asta cuando",
        "echo de menos a mi hija, ay que ver, asta cuando",
    ),
]


# --- LEXICON34 (session 34, zh/vi lexicon): the South's and the Centre's "từ hồi" is "từ khi"
# (since); "hồi" alone ("hồi phục", recovery; "hồi hộp") and "phục hồi đó" stay
LEXICON34 = [
    ("vi", "em có nẹp vít từ hồi tai nạn xe", "em có nẹp vít từ khi tai nạn xe"),
    ("vi", "đau lưng từ hồi Tết tới giờ", "đau lưng từ khi Tết tới giờ"),
    ("vi", "hồi phục mất bao lâu, em hồi hộp quá", "hồi phục mất bao lâu, em hồi hộp quá"),
    ("vi", "quá trình phục hồi đó có lâu không", "quá trình phục hồi đó có lâu không"),
]


# --- LEXICON35 (session 35, zh/vi lexicon): the final "-ng" typed "-n" after ư and ươ, as the
# South says them alike; "lún" (collapse), "mần" (do) and "năn nỉ" are words and stay
LEXICON35 = [
    ("vi", "xi măng bao lâu thì cứn lại", "xi măng bao lâu thì cứng lại"),
    ("vi", "đau lưn quá, nằm trên giườn không được", "đau lưng quá, nằm trên giường không được"),
    ("vi", "gãy xươn, đứn lâu không nổi", "gãy xương, đứng lâu không nổi"),
    ("vi", "xẹp lún, mần sao, năn nỉ", "xẹp lún, mần sao, năn nỉ"),
    # "sống" of the spine typed with the wrong tone, and "trước" typed "chuoc" without tones;
    # "đốt sóng cao tần" (radio-frequency ablation) and "lá xương sông" (a herb) stay
    ("vi", "xi măng rò ra ngoài đốt sông", "xi măng rò ra ngoài đốt sống"),
    ("vi", "dau cot song, cột sóng bị cong", "dau cot song, cột sống bị cong"),
    ("vi", "co can chup MRI chuoc ko", "co can chup MRI trước không"),
    ("vi", "đốt sóng cao tần, lá xương sông", "đốt sóng cao tần, lá xương sông"),
    # Chinese 正常 typed 正长 by sound, with the particle or frame it is asked with; 成长, 延长 stay
    ("zh-Hans", "针眼那儿酸酸的疼 正长吗", "针眼那儿酸酸的疼 正常吗"),
    ("zh-Hans", "这样正不正长", "这样正不正常"),
    ("zh-Hans", "住院时间延长吗", "住院时间延长吗"),
]


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    TEXT_SPEAK + REGIONAL_SPELLINGS + REGIONAL_33 + LEXICON34 + LEXICON35,
)
def test_text_speak_is_written_out(locale, typed, expected):
    assert expanded(locale, typed) == expected
