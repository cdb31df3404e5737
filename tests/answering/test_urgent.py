"""Urgent-care notices: patients' own words in every locale, and the questions that must stay quiet.

The table is the reviewed contract: urgent statements are written the way patients type them
(missing accents, colloquial Chinese, Arabic with and without vowel marks), and the quiet rows
are ordinary FAQ questions, including questions *about* the same symptoms as risks.
"""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from faqsvc.analysis.langdetect import detect
from faqsvc.answering.urgent import canonical, matched_symptoms, rule_table, urgent_alert
from faqsvc.answering.urgent_cues import LATER_CUE_FIELDS
from faqsvc.locales import SUPPORTED_LOCALES, locale_info
from faqsvc.model import Alert

U, Q = True, False  # urgent statement / quiet question
SIGNS = {
    "breathing",
    "chest_pain",
    "leg_weakness",
    "incontinence",
    "fever",
    "bleeding",
    "coughing_blood",
    "severe_pain",
    "fainting_confusion",
}

CASES = [
    # --- English
    ("en", "I can't breathe after my procedure", U),
    ("en", "im really short of breath since this morning", U),
    ("en", "my chest hurts and feels tight", U),
    ("en", "sudden numbness in both legs", U),
    ("en", "I can't feel my legs", U),
    ("en", "wet myself, can't control my bladder anymore", U),
    ("en", "temperature 39.2 and shivering", U),
    ("en", "fever and the wound is red and swollen", U),
    ("en", "temp of 101 since yesterday", U),
    ("en", "the needle site keeps bleeding and won't stop", U),
    ("en", "my lips and face are swelling up", U),
    ("en", "hives everywhere and my throat feels tight", U),
    ("en", "the back pain is suddenly way worse", U),
    ("en", "mum fainted when she got home", U),
    ("en", "dad seems confused and doesn't know where he is", U),
    ("en", "What are the risks of vertebroplasty?", Q),
    ("en", "Can cement leakage cause breathing problems?", Q),
    ("en", "risk of infection", Q),
    ("en", "Is fever a possible complication?", Q),
    ("en", "How common is bleeding?", Q),
    ("en", "Can vertebroplasty cause paralysis?", Q),
    ("en", "Will I have severe pain afterwards?", Q),
    ("en", "How long do I lie flat?", Q),
    ("en", "When can I drive?", Q),
    ("en", "Will I be given antibiotics?", Q),
    ("en", "Does it hurt?", Q),
    ("en", "What is vertebroplasty?", Q),
    ("en", "I'm confused about when to stop eating", Q),
    ("en", "how is a collapsed vertebra treated?", Q),
    ("en", "my back hurts, is vertebroplasty right for me?", Q),
    ("en", "I have severe pain from my fracture, am I a candidate?", Q),
    ("en", "Can the cement cause numbness in my legs?", Q),
    ("en", "my legs are numb, is that a side effect?", U),
    ("en", "I'm scared of being paralysed", Q),
    # --- Spanish (with and without accents)
    ("es", "no puedo respirar bien desde la operación", U),
    ("es", "me falta el aire", U),
    ("es", "tengo un dolor muy fuerte en el pecho", U),
    ("es", "se me durmieron las piernas y no las siento", U),
    ("es", "no siento las piernas", U),
    ("es", "se me escapa la orina y no lo controlo", U),
    ("es", "tengo 39 de fiebre", U),
    ("es", "fiebre alta y la herida esta roja con pus", U),
    ("es", "la herida sangra mucho y no para", U),
    ("es", "se me hinchan los labios y tengo ronchas", U),
    ("es", "mi madre se desmayó en casa", U),
    ("es", "¿Cuáles son los riesgos de la vertebroplastia?", Q),
    ("es", "¿Puede la fuga de cemento causar problemas para respirar?", Q),
    ("es", "¿Es la fiebre una complicación posible?", Q),
    ("es", "riesgo de infeccion", Q),
    ("es", "¿Cuánto tiempo tengo que estar acostado?", Q),
    ("es", "¿Cuándo puedo conducir?", Q),
    ("es", "¿Duele la vertebroplastia?", Q),
    ("es", "¿Se sangra mucho con la vertebroplastia?", Q),
    # --- French
    ("fr", "j'ai du mal à respirer depuis ce matin", U),
    ("fr", "j etouffe", U),
    ("fr", "douleur dans la poitrine qui serre", U),
    ("fr", "mes jambes sont engourdies et faibles", U),
    ("fr", "je ne sens plus mes jambes", U),
    ("fr", "je ne controle plus ma vessie", U),
    ("fr", "j'ai 39,5 de fievre et des frissons", U),
    ("fr", "ça saigne beaucoup, le pansement est trempé de sang", U),
    ("fr", "mon visage gonfle et j'ai de l'urticaire", U),
    ("fr", "ma mère a perdu connaissance", U),
    ("fr", "Quels sont les risques de la vertébroplastie ?", Q),
    ("fr", "Une fuite de ciment peut-elle provoquer des difficultés à respirer ?", Q),
    ("fr", "La fièvre est-elle une complication fréquente ?", Q),
    ("fr", "Combien de temps dois-je rester allongé ?", Q),
    ("fr", "Quand pourrai-je conduire ?", Q),
    ("fr", "Est-ce que ça fait mal ?", Q),
    # --- German (with and without umlauts)
    ("de", "Ich bekomme keine Luft", U),
    ("de", "seit der OP habe ich Atemnot", U),
    ("de", "starke Schmerzen in der Brust", U),
    ("de", "meine Beine sind taub und ich kann sie nicht bewegen", U),
    ("de", "ich kann den Urin nicht mehr halten", U),
    ("de", "ich kann seit gestern Abend plötzlich Stuhl und Urin nicht mehr halten", U),
    ("de", "Fieber 39,2 und Schüttelfrost", U),
    ("de", "die Einstichstelle blutet stark", U),
    ("de", "meine Lippen sind geschwollen und ich habe Quaddeln", U),
    ("de", "mein Mann ist ohnmächtig geworden", U),
    ("de", "die Schmerzen sind plotzlich viel schlimmer", U),
    ("de", "Welche Risiken hat die Vertebroplastie?", Q),
    ("de", "Kann Zementaustritt Atemnot verursachen?", Q),
    ("de", "Ist Fieber eine mögliche Komplikation?", Q),
    ("de", "Wie lange muss ich flach liegen?", Q),
    ("de", "Wann darf ich wieder Auto fahren?", Q),
    ("de", "Tut der Eingriff weh?", Q),
    ("de", "Machen starke Schmerzmittel müde?", Q),
    # the thoracic spine (Brustwirbel) is no chest
    ("de", "Meine Mutter hat einen Brustwirbelbruch und starke Schmerzen, hilft Zement?", Q),
    ("de", "seit der Spritze Druck auf der Brust", U),
    # --- Brazilian Portuguese (with and without accents)
    ("pt", "não consigo respirar direito", U),
    ("pt", "to com falta de ar desde ontem", U),
    ("pt", "dor forte no peito", U),
    ("pt", "minhas pernas estao dormentes e fracas", U),
    ("pt", "nao consigo segurar o xixi", U),
    ("pt", "estou com febre de 39 graus", U),
    ("pt", "o curativo esta sangrando muito", U),
    ("pt", "meu rosto esta inchando e tenho urticaria", U),
    ("pt", "minha mae desmaiou", U),
    ("pt", "Quais são os riscos da vertebroplastia?", Q),
    ("pt", "O vazamento de cimento pode causar falta de ar?", Q),
    ("pt", "Febre é uma complicação comum?", Q),
    ("pt", "Quanto tempo preciso ficar deitado?", Q),
    ("pt", "Quando posso dirigir?", Q),
    ("pt", "Dói fazer vertebroplastia?", Q),
    # --- Simplified Chinese (colloquial)
    ("zh-Hans", "我喘不上气", U),
    ("zh-Hans", "做完手术后呼吸困难", U),
    ("zh-Hans", "胸口疼得厉害", U),
    ("zh-Hans", "两条腿突然没有知觉了", U),
    ("zh-Hans", "小便控制不住了", U),
    ("zh-Hans", "发烧39度", U),
    ("zh-Hans", "烧到三十九度，伤口红肿", U),
    ("zh-Hans", "针眼一直出血止不住", U),
    ("zh-Hans", "嘴唇肿了，全身起疹子", U),
    ("zh-Hans", "我妈晕倒了", U),
    ("zh-Hans", "椎体成形术有什么风险？", Q),
    ("zh-Hans", "骨水泥渗漏会不会引起呼吸困难？", Q),
    ("zh-Hans", "发烧是常见的并发症吗？", Q),
    ("zh-Hans", "术后要平躺多久？", Q),
    ("zh-Hans", "什么时候可以开车？", Q),
    ("zh-Hans", "手术疼吗？", Q),
    ("zh-Hans", "骨折疼得厉害，我能做这个手术吗？", Q),
    # 胸椎 / 胸腰段 name the thoracic spine and 压缩 the compression fracture, not the chest
    ("zh-Hans", "医生说是胸椎压缩性骨折，能打骨水泥吗？", Q),
    ("zh-Hans", "我妈胸腰段的椎体压缩骨折，做完多久能下地？", Q),
    ("zh-Hans", "胸12椎体骨折疼得厉害，这个手术管用吗？", Q),
    ("zh-Hans", "做完以后胸口压得慌", U),
    ("zh-Hans", "打完骨水泥胸口一阵阵发紧", U),
    # --- Arabic (with and without vowel marks)
    ("ar", "لا أستطيع التنفس", U),
    ("ar", "عِنْدِي ضِيقٌ فِي التَّنَفُّسِ", U),
    ("ar", "ألم شديد في الصدر", U),
    # الفقرات الصدرية are the thoracic vertebrae, not the chest
    ("ar", "أمي عندها كسر انضغاطي في الفقرات الصدرية وألم شديد، هل ينفع الحقن؟", Q),
    ("ar", "صدري يوجعني من بعد العملية", U),
    ("ar", "تنميل في رجلي ولا أستطيع تحريكها", U),
    ("ar", "فقدت السيطرة على البول", U),
    ("ar", "حرارتي 39 درجة", U),
    ("ar", "الجرح ينزف بشدة والدم ما يوقف", U),
    ("ar", "عملت العملية امبارح ودلوقتي مش قادر آخد نفسي", U),  # Egyptian: "take my breath"
    ("ar", "من امبارح وصدري بيوجعني جامد", U),  # "and my chest" with the conjunction attached
    ("ar", "تورم في الوجه والشفايف", U),
    ("ar", "أُغْمِيَ عَلَيَّ بعد العملية", U),
    ("ar", "ما هي مخاطر رأب الفقرات؟", Q),
    ("ar", "هل يمكن أن يسبب تسرب الإسمنت ضيق في التنفس؟", Q),
    ("ar", "هل الحمى من المضاعفات الشائعة؟", Q),
    ("ar", "كم من الوقت يجب أن أستلقي؟", Q),
    ("ar", "متى يمكنني قيادة السيارة؟", Q),
    ("ar", "هل العملية مؤلمة؟", Q),
    # --- Vietnamese (with and without diacritics)
    ("vi", "tôi bị khó thở", U),
    ("vi", "toi kho tho tu sang", U),
    ("vi", "đau ngực dữ dội", U),
    ("vi", "hai chân bị tê và yếu", U),
    ("vi", "em khong cu dong duoc chan", U),
    ("vi", "tiểu không tự chủ", U),
    ("vi", "sốt 39 độ", U),
    ("vi", "vết chích chảy máu không ngừng", U),
    ("vi", "sưng môi và nổi mề đay khắp người", U),
    ("vi", "mẹ tôi bị ngất", U),
    ("vi", "Tạo hình đốt sống có những rủi ro gì?", Q),
    ("vi", "Rò xi măng có thể gây khó thở không?", Q),
    ("vi", "Sốt có phải là biến chứng thường gặp không?", Q),
    ("vi", "Tôi phải nằm thẳng bao lâu?", Q),
    ("vi", "Khi nào tôi được lái xe?", Q),
    ("vi", "Làm thủ thuật có đau không?", Q),
    # "giờ" opening a clause is "now": a sign after it is happening, whatever illness the
    # patient has had for years (patient set 24 studied, session 32)
    ("vi", "Ông nhà tôi bị tiểu đường, bơm xi măng hôm thứ hai, giờ sốt, vết kim đỏ tấy", U),
    ("vi", "Mẹ tôi bị suy tim, làm xong hôm qua, giờ lơ mơ gọi không tỉnh", U),
    ("vi", "Tôi bị tiểu đường, giờ tê chân như mọi khi, có làm được không?", Q),
    ("vi", "Lịch hẹn 9 giờ sáng, giờ có cần nhịn ăn từ tối không?", Q),
]


# Signs read by meaning (issue 17): past tense, third person, idioms, negated ability, and the
# questions that ask about a sign, suppose it, deny it or name a long-standing condition.
MEANING_CASES = [
    # --- English: tense, person, idioms, negated ability; and what asks, supposes or denies
    ("en", "my legs fell asleep after the injection", U),
    ("en", "fever and redness around the needle site 3 days after", U),
    ("en", "my mum can't feel her feet since this morning", U),
    ("en", "I can barely move my legs", U),
    ("en", "he was coughing up blood last night", U),
    ("en", "I'm totally out of breath just sitting here", U),
    ("en", "my dad passed out in the bathroom", U),
    ("en", "the dressing is soaked with blood", U),
    ("en", "i cant feel my legs properly since yesterday", U),
    ("en", "sudden terrible pain in my back an hour ago", U),
    ("en", "my husband peed himself and didn't notice", U),
    ("en", "Is numbness a risk?", Q),
    ("en", "what if my legs go numb?", Q),
    ("en", "no fever, no bleeding, just a bit sore", Q),
    ("en", "I've had asthma for years, can I lie on my front?", Q),
    ("en", "Should I still take my blood pressure pills?", Q),
    # a slip in "pressure" still names no bleeding
    ("en", "do i still take my blood presure tabets that morning", Q),
    ("en", "blood preasure tablets before the op?", Q),
    ("en", "blood pressing through the dressing since the op", U),
    ("en", "How will I know if the site is infected?", Q),
    # --- Spanish
    ("es", "se me entumecieron las piernas después de la inyección", U),
    ("es", "mis piernas se durmieron después de la inyección", U),
    ("es", "mi mama no puede mover las piernas desde ayer", U),
    ("es", "casi no puedo mover las piernas", U),
    ("es", "estuvo tosiendo sangre toda la noche", U),
    ("es", "fiebre y la zona del pinchazo esta roja", U),
    ("es", "¿El entumecimiento es un riesgo?", Q),
    ("es", "¿y si se me duermen las piernas?", Q),
    ("es", "no tengo fiebre, solo molestias", Q),
    ("es", "tengo asma desde hace años, ¿puedo estar boca abajo?", Q),
    # --- French
    ("fr", "j'ai les jambes engourdies depuis l'injection", U),
    ("fr", "ma mère ne sent plus ses pieds", U),
    ("fr", "il a craché du sang ce matin", U),
    ("fr", "je peux à peine bouger les jambes", U),
    ("fr", "L'engourdissement est-il un risque ?", Q),
    ("fr", "et si mes jambes deviennent engourdies ?", Q),
    ("fr", "pas de fièvre, tout va bien", Q),
    # --- German
    ("de", "seit der OP kann ich meine Beine kaum bewegen", U),
    ("de", "meiner Mutter sind die Beine eingeschlafen und sie spürt sie nicht", U),
    ("de", "er hat Blut gehustet", U),
    ("de", "Fieber und die Einstichstelle ist gerötet", U),
    ("de", "Ist Taubheit ein Risiko?", Q),
    ("de", "Was ist, wenn meine Beine taub werden?", Q),
    ("de", "kein Fieber, nur etwas Schmerzen", Q),
    ("de", "Ich habe seit Jahren Asthma, darf ich auf dem Bauch liegen?", Q),
    # --- Portuguese
    ("pt", "minhas pernas adormeceram depois da injeção", U),
    ("pt", "minha mãe não consegue mexer as pernas", U),
    ("pt", "ele tossiu sangue hoje", U),
    ("pt", "me falta o ar desde ontem", U),
    ("pt", "Dormência é um risco?", Q),
    ("pt", "e se minhas pernas ficarem dormentes?", Q),
    ("pt", "sem febre, só um pouco de dor", Q),
    # --- Chinese
    ("zh-Hans", "打完针以后腿麻了", U),
    ("zh-Hans", "我妈的腿动不了了", U),
    ("zh-Hans", "他咳血了", U),
    ("zh-Hans", "针眼红肿，还发烧", U),
    ("zh-Hans", "腿麻是风险吗？", Q),
    ("zh-Hans", "如果腿麻了怎么办？", Q),
    ("zh-Hans", "没有发烧，就是有点疼", Q),
    # --- Arabic
    ("ar", "رجلي نامت بعد الحقنة", U),
    ("ar", "امي مش قادرة تحرك رجليها", U),
    ("ar", "كان بيكح دم امبارح", U),
    ("ar", "هل التنميل من المخاطر؟", Q),
    ("ar", "ما عندي حرارة، بس شوية وجع", Q),
    # --- Vietnamese
    ("vi", "chân tôi bị tê sau khi tiêm", U),
    ("vi", "mẹ tôi không cử động được chân", U),
    ("vi", "ông ấy ho ra máu", U),
    ("vi", "Tê chân có phải là rủi ro không?", Q),
    ("vi", "không sốt, chỉ hơi đau", Q),
    # --- More of both, every locale: asking whether it is normal, what to do if, named
    # long-standing conditions; coughing up blood, confusion, fainting, infection signs.
    ("en", "Is it normal to have some pain after the procedure?", Q),
    ("en", "Can I shower if the needle site is a little red?", Q),
    ("en", "My mother had a stroke years ago, can she still have it?", Q),
    ("en", "I had pneumonia last winter, is that a problem?", Q),
    ("en", "What are the warning signs of an infection?", Q),
    ("en", "Will I bleed a lot during the procedure?", Q),
    ("en", "I get short of breath on stairs because of my COPD, can I lie flat for an hour?", Q),
    ("en", "How soon can I walk after vertebroplasty?", Q),
    ("en", "What should I do if I develop a fever?", Q),
    ("en", "I take blood thinners, do I need to stop them?", Q),
    ("en", "Can the procedure cause bleeding into the spine?", Q),
    ("en", "Is there a risk of paralysis?", Q),
    ("en", "My legs have been numb for years from diabetes, is that a problem?", Q),
    ("en", "i coughed up some blood this morning", U),
    ("en", "mum keeps coughing up blood since the op", U),
    ("en", "since the injection i cant hardly feel my legs", U),
    ("en", "my wife is confused and doesnt know where she is", U),
    ("en", "I fainted in the shower after coming home", U),
    ("en", "the puncture site is hot, swollen and oozing", U),
    ("en", "i'm peeing myself and can't stop it", U),
    ("en", "my chest feels so heavy i can barely breathe", U),
    ("en", "the pain in my back suddenly became unbearable", U),
    ("en", "can't breath", U),
    ("en", "my legs gave out when I tried to stand", U),
    ("es", "¿Es normal tener algo de dolor después?", Q),
    ("es", "¿Qué hago si me da fiebre?", Q),
    ("es", "Tengo EPOC y me ahogo al acostarme, ¿puedo hacerme el procedimiento?", Q),
    ("es", "¿Cuáles son las señales de infección?", Q),
    ("es", "tomo anticoagulantes, ¿tengo que dejarlos?", Q),
    ("es", "mi papa esta tosiendo sangre", U),
    ("es", "no siento las piernas desde anoche", U),
    ("es", "la herida esta caliente y sale pus", U),
    ("es", "me desmaye al llegar a casa", U),
    ("es", "de repente un dolor horrible en la espalda", U),
    ("fr", "Est-ce normal d'avoir un peu mal après ?", Q),
    ("fr", "Que faire si j'ai de la fièvre ?", Q),
    ("fr", "J'ai de l'asthme depuis des années, puis-je rester allongé ?", Q),
    ("fr", "mon mari crache du sang", U),
    ("fr", "j'arrive plus a bouger les jambes", U),
    ("fr", "je me suis évanouie en rentrant", U),
    ("de", "Ist es normal, danach etwas Schmerzen zu haben?", Q),
    ("de", "Was mache ich, wenn ich Fieber bekomme?", Q),
    ("de", "Ich habe COPD und bekomme im Liegen schlecht Luft, geht das trotzdem?", Q),
    ("de", "mein Vater hustet Blut", U),
    ("de", "ich kann meine Beine nicht mehr bewegen", U),
    ("de", "meine Frau ist verwirrt und erkennt mich nicht", U),
    ("de", "die Wunde ist rot, heiß und eitert", U),
    ("pt", "É normal sentir dor depois?", Q),
    ("pt", "O que faço se tiver febre?", Q),
    ("pt", "Tenho asma há muitos anos, posso ficar deitado de bruços?", Q),
    ("pt", "meu pai está tossindo sangue", U),
    ("pt", "nao sinto minhas pernas desde ontem", U),
    ("pt", "minha mae desmaiou no banheiro", U),
    ("pt", "o local da agulha esta vermelho e saindo pus", U),
    ("zh-Hans", "术后有点疼正常吗？", Q),
    ("zh-Hans", "如果发烧了怎么办？", Q),
    ("zh-Hans", "我有哮喘很多年了，能趴着吗？", Q),
    ("zh-Hans", "我爸咳血了", U),
    ("zh-Hans", "腿一点感觉都没有了", U),
    ("zh-Hans", "我妈突然糊涂了，不认人", U),
    ("ar", "هل الألم بعد العملية طبيعي؟", Q),
    ("ar", "ماذا أفعل إذا جاتني حرارة؟", Q),
    ("ar", "عندي ربو من سنين، هل أقدر أنام على بطني؟", Q),
    ("ar", "ابويا بيكح دم", U),
    ("ar", "مش حاسس برجليا من امبارح", U),
    ("ar", "امي اغمي عليها", U),
    ("vi", "Đau một chút sau khi làm có bình thường không?", Q),
    ("vi", "Nếu bị sốt thì phải làm sao?", Q),
    ("vi", "Tôi bị hen suyễn nhiều năm, có nằm sấp được không?", Q),
    ("vi", "bố tôi ho ra máu", U),
    ("vi", "tôi không cảm giác được hai chân", U),
    ("vi", "mẹ tôi bị lú lẫn, không nhận ra ai", U),
    # --- Typos, a story told first, spoken registers; numbness from the local anaesthetic
    # and confusion from dementia are not emergencies.
    ("en", "cant breath properly since the op", U),
    ("en", "my chest is realy tight and it hurts to breathe", U),
    ("en", "both my legs feel numbb and tingly", U),
    (
        "en",
        "had the vertebroplasty on monday. went home fine. tonight my left leg went completely dead and i cant lift it",
        U,
    ),
    ("en", "my grandad is talking rubbish and doesnt recognise us since he came home", U),
    ("en", "there is blood coming through the bandage and it wont stop", U),
    ("en", "my temp is 38.9 and the injection site is red", U),
    ("en", "I wet the bed last night and didn't feel it", U),
    ("en", "the back pain just got way way worse out of nowhere", U),
    ("en", "feeling very faint and dizzy, nearly collapsed", U),
    ("en", "Will I be able to breathe normally lying on my front?", Q),
    ("en", "How long does the numbness from the local anaesthetic last?", Q),
    ("en", "I had a blood clot in my leg in 2019, can I still have it?", Q),
    ("en", "My father has dementia and gets confused, can he have it under sedation?", Q),
    ("en", "is it safe if I have a cold and a cough?", Q),
    ("es", "no puedo respirar bien desde ayer", U),
    ("es", "tengo las piernas dormidas desde la operacion y no me responden", U),
    ("es", "mi abuela esta muy confundida, no sabe donde esta", U),
    ("es", "el apósito esta empapado de sangre", U),
    ("es", "¿Cuánto dura el entumecimiento de la anestesia local?", Q),
    ("es", "Mi padre tiene demencia, ¿puede hacerse el procedimiento?", Q),
    ("fr", "je respire tres mal depuis hier soir", U),
    ("fr", "mes jambes ne me portent plus", U),
    ("fr", "ma grand-mère délire depuis l'opération", U),
    ("fr", "Combien de temps dure l'engourdissement de l'anesthésie locale ?", Q),
    ("de", "ich kriege seit heute morgen schlecht luft", U),
    ("de", "meine beine tragen mich nicht mehr", U),
    ("de", "Wie lange hält die Taubheit von der örtlichen Betäubung an?", Q),
    ("pt", "to sem conseguir respirar direito desde ontem", U),
    ("pt", "minhas pernas nao me seguram mais", U),
    ("pt", "Quanto tempo dura a dormência da anestesia local?", Q),
    ("zh-Hans", "从昨天开始喘不上气", U),
    ("zh-Hans", "腿软得站不住", U),
    ("zh-Hans", "局部麻醉后腿麻多久会好？", Q),
    ("ar", "مش قادر اتنفس من امبارح", U),
    ("ar", "رجليا مش شايلاني", U),
    ("vi", "từ hôm qua tôi thở không nổi", U),
    ("vi", "chân yếu không đứng được", U),
    # --- Spoken Arabic, Vietnamese and Chinese: every sign, and questions on how long a sign
    # usually lasts, what to do if, chronic numbness.
    ("ar", "من بعد الحقنة وانا مش قادر اتنفس كويس", U),
    ("ar", "صدري واجعني جامد من الصبح", U),
    ("ar", "رجلي الاتنين منملين ومش قادر اقف", U),
    ("ar", "ابويا مش قادر يحرك رجليه من امبارح", U),
    ("ar", "عملت حمام على نفسي ومش حاسس", U),
    ("ar", "عندي حرارة ٣٩ ومكان الابرة احمر ومنتفخ", U),
    ("ar", "الجرح بينزف كتير ومش راضي يوقف", U),
    ("ar", "امي بتكح دم", U),
    ("ar", "وجع ظهري زاد فجأة بشكل فظيع", U),
    ("ar", "جوزي مش مركز وبيخرف من بعد العملية", U),
    ("ar", "هل ممكن يحصل نزيف بعد العملية؟", Q),
    ("ar", "كم يوم تستمر الحرارة عادة بعد العملية؟", Q),
    ("ar", "عندي سكري من سنين ورجلي فيها تنميل دايما، هل اقدر اعمل العملية؟", Q),
    ("ar", "إيه علامات الالتهاب اللي لازم انتبه لها؟", Q),
    ("ar", "لو حسيت بضيق في التنفس اعمل ايه؟", Q),
    ("vi", "sau khi bơm xi măng tôi thấy khó thở quá", U),
    ("vi", "ngực tôi đau thắt từ sáng", U),
    ("vi", "hai chân tê cứng không đi được", U),
    ("vi", "bố tôi không cử động được chân từ hôm qua", U),
    ("vi", "tôi tiểu ra quần mà không biết", U),
    ("vi", "sốt 39 độ, chỗ tiêm sưng đỏ có mủ", U),
    ("vi", "vết chích chảy máu nhiều không cầm được", U),
    ("vi", "mẹ tôi ho ra máu", U),
    ("vi", "đau lưng tự dưng tăng dữ dội", U),
    ("vi", "ông tôi nói lung tung, không nhận ra ai", U),
    ("vi", "Sau khi làm có bị chảy máu không?", Q),
    ("vi", "Sốt sau thủ thuật thường kéo dài bao lâu?", Q),
    ("vi", "Tôi bị tiểu đường nhiều năm, chân hay tê, có làm được không?", Q),
    ("vi", "Dấu hiệu nhiễm trùng là gì?", Q),
    ("vi", "Nếu khó thở thì tôi phải làm gì?", Q),
    ("zh-Hans", "打完骨水泥后喘不上气", U),
    ("zh-Hans", "胸口像压了块石头", U),
    ("zh-Hans", "两条腿麻得站不起来", U),
    ("zh-Hans", "我爸从昨天开始腿动不了", U),
    ("zh-Hans", "尿裤子了自己都不知道", U),
    ("zh-Hans", "烧到39度，针眼红肿流脓", U),
    ("zh-Hans", "针眼一直流血止不住", U),
    ("zh-Hans", "我妈咳出血来了", U),
    ("zh-Hans", "腰突然疼得厉害，比以前疼多了", U),
    ("zh-Hans", "我爷爷说胡话，不认识人了", U),
    ("zh-Hans", "术后会出血吗？", Q),
    ("zh-Hans", "术后发烧一般持续多久？", Q),
    ("zh-Hans", "我有糖尿病很多年了，脚经常麻，能做吗？", Q),
    ("zh-Hans", "感染有哪些症状？", Q),
    ("zh-Hans", "要是喘不上气该怎么办？", Q),
    # --- A past illness, a long-standing condition, a question about a risk.
    ("es", "Hace dos años tuve una embolia pulmonar, ¿puedo hacerme la vertebroplastia?", Q),
    ("es", "Tuve neumonía el invierno pasado y todavía me canso, ¿es un problema?", Q),
    ("es", "¿Existe riesgo de quedarse paralítico?", Q),
    ("es", "Mi madre tiene incontinencia desde hace años, ¿puede operarse?", Q),
    ("es", "¿Es peligroso si sangro un poco por el pinchazo?", Q),
    ("fr", "J'ai fait une embolie pulmonaire il y a deux ans, est-ce un problème ?", Q),
    ("fr", "Y a-t-il un risque de paralysie ?", Q),
    ("fr", "Ma mère est incontinente depuis des années, peut-elle être opérée ?", Q),
    ("fr", "Est-ce grave si ça saigne un peu au point de ponction ?", Q),
    ("de", "Ich hatte vor zwei Jahren eine Lungenembolie, ist das ein Problem?", Q),
    ("de", "Besteht das Risiko einer Lähmung?", Q),
    ("de", "Meine Mutter ist seit Jahren inkontinent, kann sie trotzdem operiert werden?", Q),
    ("de", "Ist es schlimm, wenn die Einstichstelle etwas blutet?", Q),
    ("pt", "Tive embolia pulmonar há dois anos, posso fazer a vertebroplastia?", Q),
    ("pt", "Existe risco de ficar paralítico?", Q),
    ("pt", "Minha mãe tem incontinência há anos, ela pode operar?", Q),
    ("pt", "É grave se sangrar um pouco no local da agulha?", Q),
    ("en", "I had a pulmonary embolism two years ago, is that a problem?", Q),
    ("en", "My mum has been incontinent for years, can she still have it?", Q),
    ("en", "Is it bad if the puncture site bleeds a little?", Q),
    ("en", "I had a heart attack in 2015, is the procedure safe for me?", Q),
    # --- Typos inside sign words, repaired to the sign word when no real word of any language.
    ("en", "my legs are numm", U),
    ("en", "chest pian since the op", U),
    ("en", "coughing up bloood", U),
    ("en", "he passd out", U),
    ("en", "bleading a lot from the needle site", U),
    ("en", "cant feel my leggs", U),
    ("es", "no pueo respirar", U),
    ("es", "tengo las pienas dormidas", U),
    ("es", "estoy tociendo sangre", U),
    ("de", "meine Beine sind taup", U),
    ("pt", "to tossindo sangui", U),
    ("en", "I paid for the pair of legs I ordered", Q),  # real words are never "repaired"
    # --- Lists of what the patient does not have.
    ("en", "no chest pain, no shortness of breath, just tired", Q),
    ("en", "I don't have a fever and I'm not bleeding", Q),
    ("en", "My legs were numb before surgery due to the fracture, will that get better?", Q),
    ("en", "I used to faint a lot as a teenager, will the sedation be ok?", Q),
    ("es", "no tengo fiebre, ni dolor en el pecho, ni falta de aire, solo cansancio", Q),
    ("fr", "plus de fièvre depuis hier, je respire bien", Q),
    ("de", "kein Fieber, keine Atemnot, keine Brustschmerzen, nur müde", Q),
    ("de", "ich habe keine Schmerzen in der Brust und bekomme gut Luft", Q),
    ("pt", "sem febre, sem falta de ar, sem dor no peito, só cansado", Q),
    ("zh-Hans", "不发烧，不胸痛，也不喘，就是累", Q),
    ("ar", "ما عندي حرارة ولا ضيق تنفس ولا ألم في الصدر", Q),
    ("vi", "không sốt, không khó thở, không đau ngực, chỉ mệt", Q),
]


@pytest.mark.parametrize("locale, text, urgent", CASES + MEANING_CASES)
def test_urgent_table(locale: str, text: str, urgent: bool) -> None:
    alert = urgent_alert(text, locale)
    assert (alert is not None) is urgent, (text, matched_symptoms(text))
    if alert is not None:
        assert alert == Alert(kind="urgent", message=rule_table()[locale].message)


def test_every_locale_has_enough_reviewed_cases() -> None:
    for tag in SUPPORTED_LOCALES:
        rows = [urgent for locale, _, urgent in CASES + MEANING_CASES if locale == tag]
        assert rows.count(U) >= 4 and rows.count(Q) >= 4, tag


@pytest.mark.parametrize(
    "text, page",
    [
        ("no puedo respirar", "en"),  # Spanish on the English page
        ("我喘不上气", "fr"),
        ("ich bekomme keine Luft", "pt"),
        ("I can't breathe", "ar"),
    ],
)
def test_symptom_in_another_language_alerts_in_the_page_language(text: str, page: str) -> None:
    alert = urgent_alert(text, page)
    assert alert is not None
    assert alert.message == rule_table()[page].message


def test_foreign_risk_question_stays_quiet_on_another_page() -> None:
    assert urgent_alert("¿Puede la vertebroplastia causar parálisis?", "en") is None


def test_unknown_or_variant_locale_falls_back_sensibly() -> None:
    assert urgent_alert("I can't breathe", "xx").message == rule_table()["en"].message
    assert urgent_alert("I can't breathe", "pt-BR").message == rule_table()["pt"].message


@pytest.mark.parametrize("tag", SUPPORTED_LOCALES)
def test_message_is_in_its_own_language(tag: str) -> None:
    message = rule_table()[tag].message
    assert message.strip()
    language = locale_info(tag).language
    candidates = {locale_info(t).language for t in SUPPORTED_LOCALES}
    assert detect(message, candidates) == language


@pytest.mark.parametrize("tag", SUPPORTED_LOCALES)
def test_rule_file_loads_and_every_pattern_compiles(tag: str) -> None:
    path = resources.files("faqsvc") / "data" / "urgent" / f"{tag}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    cues = {"report", "asking", "hypothetical", "negation", "long_standing", "recent"}
    required = {"message", "script", "signs", "pairs", "idioms", "typo_words"} | cues
    optional = {"respellings", "readings", *LATER_CUE_FIELDS}
    assert set(data) - optional == required
    assert all(re.fullmatch("[a-z]{4,}", word) for word in data["typo_words"])
    patterns = [p for group in data["signs"].values() for p in group]
    patterns += [p for group in data["idioms"].values() for p in group]
    for pairs in data["pairs"].values():
        for pair in pairs:
            assert set(pair) <= {"part", "state", "gap"} and pair["part"] and pair["state"]
            patterns += pair["part"] + pair["state"]
    patterns += [p for cue in cues | set(LATER_CUE_FIELDS) for p in data.get(cue, [])]
    patterns += [pattern for pattern, _ in data.get("respellings", [])]
    patterns += [p for group in data.get("readings", {}).values() for p in group]
    for pattern in patterns:
        re.compile(canonical(pattern))
        # Canonical spelling lowercases; an uppercase escape (\S, \W, \B) would change meaning.
        assert not re.search(r"[A-Z]", pattern), pattern
    # Every sign the issue names has a lexicon: a phrase, a part-and-state pair or an idiom.
    named = set(data["signs"]) | set(data["pairs"]) | set(data["idioms"])
    assert named >= SIGNS, SIGNS - named


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "🙂" * 2000,
        ("I have a question about recovery 😊 " * 80)[:2000],
        "\u200b\u202e\ufeff" * 500 + "dolor",
        "a" * 10_000,
        "39" * 1000,
        "\x00\x01\ud800",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    for tag in SUPPORTED_LOCALES:
        urgent_alert(text, tag)


def test_long_text_with_symptom_still_alerts() -> None:
    text = "I had the procedure last week and recovery was fine. " * 30 + "Now I can't breathe."
    assert urgent_alert(text[-2000:], "en") is not None


def test_non_string_input_is_quiet() -> None:
    assert urgent_alert(None, "en") is None  # type: ignore[arg-type]
    assert urgent_alert("I can't breathe", None) is not None  # type: ignore[arg-type]


def test_typos_are_repaired_only_into_sign_words_and_never_from_real_words() -> None:
    english = rule_table()["en"]
    assert english.repaired(canonical("bleading from my leggs")) == "bleeding from my legs"
    assert english.repaired(canonical("I paid for the pair")) == "i paid for the pair"
    # "fiebre" is Spanish, not a typo of French "fièvre".
    assert rule_table()["fr"].repaired("no tengo fiebre") == "no tengo fiebre"


def test_required_words_skip_only_gates_that_cannot_match(monkeypatch) -> None:
    """A gate is scanned only when the text holds the start of one of its required words
    (``required_words``): on every labelled message and every case here, in every locale's
    rules and reading, the signs found are those found scanning every gate."""
    from pathlib import Path

    from faqsvc.answering import urgent_gates
    from faqsvc.answering.urgent_respelt import readings

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [text for _, text, _ in CASES + MEANING_CASES]
    for path in [*data.glob("urgent_blind*/*.jsonl"), *data.glob("patient_questions*.jsonl")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(row.get("text", row.get("query", "")))
    spans = []
    for scan_all in (False, True):
        if scan_all:
            monkeypatch.setattr(urgent_gates, "may_hold", lambda grams, starts: True)
        spans.append(
            [
                list(rules.sign_spans(reading))
                for text in texts
                for rules in rule_table().values()
                for _, reading in readings(rules, canonical(text))
            ]
        )
    assert spans[0] == spans[1]
    assert sum(map(bool, spans[0])) > 500
    skipped = [rules._gates for rules in rule_table().values()]
    assert all(sum(s is not None for _, _, s, _ in g.phrases) > 10 for g in skipped)


def test_warm_compiles_every_locales_rules(monkeypatch):
    """A worker warms with a question in Latin letters: without ``warm`` the first Chinese or
    Arabic urgent message compiled its locale's gates (0.2-0.9 s for that patient)."""
    from faqsvc.answering import urgent, urgent_loading

    fresh = urgent_loading.rule_table.__wrapped__()
    monkeypatch.setattr(urgent, "rule_table", lambda: fresh)
    assert not any("_gates" in vars(rules) for rules in fresh.values())
    urgent.warm()
    assert all("_gates" in vars(rules) for rules in fresh.values())


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # "otherwise unchanged" says nothing of the sign before it
        ("Frau K., Tag 2 nach Vertebroplastie: Temp 39,1, Wunde gerötet, sonst unverändert", True),
        ("Herr B., seit der OP Atemnot, ansonsten unverändert", True),
        ("Temperatur 37,2, sonst unverändert, darf sie duschen?", False),
        # a known sign no different since the procedure stays quiet
        (
            "Taubheit in den Fingern seit Jahren wegen Karpaltunnel, seit dem Zement unverändert",
            False,
        ),
    ],
)
def test_otherwise_unchanged_is_not_the_signs_unchanged(text: str, urgent: bool) -> None:
    assert bool(urgent_alert(text, "de")) is urgent


@pytest.mark.parametrize(
    ("locale", "text", "urgent"),
    [
        # breath or chest on exertion is a way of long standing...
        (
            "en",
            "I get short of breath when I climb stairs, have done for years, is that a problem?",
            False,
        ),
        ("de", "Ich habe beim Treppensteigen seit Jahren Atemnot, ist das ein Problem?", False),
        # ...a foot or a leg that fails when walking is not
        ("en", "my leg drags when I walk and I keep tripping, had the cement done on Friday", True),
        (
            "es",
            "Se me arrastra el pie al andar y me tropiezo. Me hicieron la vertebroplastia el lunes.",
            True,
        ),
        (
            "fr",
            "Ma jambe lâche en marchant, je suis tombée deux fois. On m'a fait la vertébroplastie hier.",
            True,
        ),
        (
            "pt",
            "Meu pé arrasta ao andar e já tropecei duas vezes. Fiz a vertebroplastia na sexta.",
            True,
        ),
    ],
)
def test_exertion_is_long_standing_only_for_breath_chest_or_pain(
    locale: str, text: str, urgent: bool
) -> None:
    assert bool(urgent_alert(text, locale)) is urgent
