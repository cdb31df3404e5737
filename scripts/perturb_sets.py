"""How well right answers survive the forms patients type them in, measured on the studied sets.

Why: blind sets written later keep bringing new FORMS of the same questions (shouted in
capitals, spelt by ear, typed as keywords or text-speak, a cry of distress first), and work
aimed at the wording of one set did not reach the next. Rewriting every question the service
answers right into each form, by rules of the language and not by hand, measures the form
itself: which share of right answers stays right, which turns wrong, which turns into an alert.

    python scripts/perturb_sets.py [--form NAME] [--unseen NAME] [--show FORM]

Only studied sets are used (pass the unseen ones with --unseen, as score_sets.py); nothing of
an unseen set is read. Threshold 0.7, as the service ships.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from score_sets import DATA, LANGS, score_item  # noqa: E402

from faqsvc import index  # noqa: E402
from faqsvc.settings import Settings  # noqa: E402

# A cry before the question, as distressed writers put it (several per language, drawn by seed).
CRIES = {
    "en": ["I'm SO scared!!!", "please help, I can't sleep for worrying!!", "FED UP of waiting!!!"],
    "de": ["Ich hab SO eine Angst!!!", "bitte helft mir, ich bin fix und fertig!!", "Mir reicht's!!"],
    "es": ["¡¡Tengo muchísimo miedo!!", "por favor ayuda, no duermo de los nervios!!", "ESTOY HARTA!!!"],
    "fr": ["J'ai TROP peur !!!", "aidez-moi svp je dors plus !!", "J'en ai marre d'attendre !!!"],
    "pt": ["Estou com MUITO medo!!!", "socorro, não durmo de nervoso!!", "CANSEI de esperar!!!"],
    "vi": ["Tôi sợ QUÁ!!!", "làm ơn giúp tôi, lo quá không ngủ được!!", "CHỜ MỆT QUÁ RỒI!!!"],
    "zh": ["我好害怕！！！", "求求你们帮帮我，担心得睡不着！！", "等得快疯了！！！"],
    "ar": ["أنا خايفة جدا!!!", "أرجوكم ساعدوني مش قادرة أنام من القلق!!", "زهقت من الانتظار!!!"],
}  # fmt: skip

# Spelling by ear: (pattern, replacement) applied to a word, each rule with some chance.
BY_EAR = {
    "en": [(r"ph", "f"), (r"c(?=[eiy])", "s"), (r"c(?=[aou])", "k"), (r"ck", "k"), (r"ou", "u"),
           (r"(\w)\1", r"\1"), (r"tion\b", "shun"), (r"ea", "ee"), (r"\bwh", "w"), (r"y\b", "ee")],
    "de": [(r"ie", "i"), (r"(?<=[aeiouäöü])h", ""), (r"v", "f"), (r"ä", "e"), (r"(\w)\1", r"\1"),
           (r"dt\b", "t"), (r"er\b", "a"), (r"ei", "ai"), (r"ß", "s"), (r"tz", "z")],
    "es": [(r"v", "b"), (r"\bh", ""), (r"c(?=[ei])", "s"), (r"z", "s"), (r"qu", "k"), (r"ll", "y"),
           (r"c(?=[aou])", "k"), (r"g(?=[ei])", "j"), (r"[áéíóú]", lambda m: _plain(m.group()))],
    "fr": [(r"(?<=\w)[stxd]\b", ""), (r"qu", "k"), (r"eau", "o"), (r"au", "o"), (r"ph", "f"),
           (r"(?<=\w)er\b", "é"), (r"ai", "é"), (r"(\w)\1", r"\1"), (r"\bh", ""),
           (r"[éèêàâîôûç]", lambda m: _plain(m.group()))],
    "pt": [(r"ss", "s"), (r"ç", "s"), (r"ch", "x"), (r"\bh", ""), (r"lh", "li"), (r"qu(?=[ei])", "k"),
           (r"ão", "aum"), (r"[áéíóúâêôãõ]", lambda m: _plain(m.group())), (r"o\b", "u"),
           (r"e\b", "i")],
    "vi": [(r"ph", "f"), (r"\btr", "ch"), (r"\bgi", "d"), (r"\bqu", "w"), (r"\bkh", "k"),
           (r"\bng(?=[ie])", "ng"), (r"[^\W\d_]", lambda m: _plain(m.group()))],
}  # fmt: skip

# Text-speak: whole words replaced (folded, lower case).
TEXT_SPEAK = {
    "en": {"you": "u", "are": "r", "to": "2", "for": "4", "before": "b4", "please": "pls",
           "because": "cuz", "what": "wat", "tomorrow": "tmrw", "your": "ur", "the": "da",
           "and": "&", "with": "w/", "about": "abt", "doctor": "dr", "hospital": "hosp"},
    "de": {"nicht": "nich", "ist": "is", "habe": "hab", "ich": "i", "eine": "ne", "einen": "nen",
           "was": "wat", "mit": "m", "und": "u", "operation": "op", "vielleicht": "vllt",
           "danke": "dnk", "bitte": "bt", "nach": "n"},
    "es": {"que": "q", "por": "x", "porque": "xq", "también": "tb", "mucho": "mxo", "para": "pa",
           "cuando": "cdo", "está": "sta", "estoy": "toy", "de": "d", "qué": "k", "bueno": "bno",
           "favor": "fa", "hospital": "hosp"},
    "fr": {"quand": "qd", "pourquoi": "pk", "est-ce": "esk", "c'est": "c", "beaucoup": "bcp",
           "tout": "tt", "toujours": "tjrs", "je": "j", "que": "ke", "quoi": "koi", "vous": "vs",
           "rendez-vous": "rdv", "aujourd'hui": "auj", "pas": "pa", "sais": "sé", "avec": "avc"},
    "pt": {"você": "vc", "que": "q", "não": "n", "também": "tb", "para": "pra", "porque": "pq",
           "quando": "qdo", "está": "ta", "estou": "to", "beleza": "blz", "muito": "mt",
           "hoje": "hj", "depois": "dps", "quanto": "qto", "mesmo": "msm"},
    "vi": {"không": "ko", "được": "dc", "biết": "bik", "gì": "j", "vậy": "z", "rồi": "r",
           "nhiêu": "nhiu", "với": "vs", "thì": "thi", "người": "ng", "đi": "di"},
}  # fmt: skip


def _plain(letter: str) -> str:
    return unicodedata.normalize("NFKD", letter)[0]


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def caps(text: str, lang: str, rng: random.Random) -> str | None:
    return None if lang in ("zh", "ar") else text.upper()


def shout(text: str, lang: str, rng: random.Random) -> str | None:
    stretched = re.sub(r"([aeiouy])(?=\w*[?.!]*$)", lambda m: m.group(1) * 4, text, count=1)
    return re.sub(r"[?？؟!.]*\s*$", "???!!", stretched)


def cry_first(text: str, lang: str, rng: random.Random) -> str | None:
    return f"{rng.choice(CRIES[lang])} {text}"


def no_accents(text: str, lang: str, rng: random.Random) -> str | None:
    return None if lang in ("zh", "ar") else _fold(text).lower()


def by_ear(text: str, lang: str, rng: random.Random) -> str | None:
    rules = BY_EAR.get(lang)
    if not rules:
        return None

    def respell(match: re.Match) -> str:
        word = match.group().lower()
        if len(word) < 4:
            return word
        for pattern, replacement in rules:
            if rng.random() < 0.6:
                word = re.sub(pattern, replacement, word)
        return word

    changed = re.sub(r"[^\W\d_]+", respell, text)
    return changed if changed != text.lower() else None


def text_speak(text: str, lang: str, rng: random.Random) -> str | None:
    table = TEXT_SPEAK.get(lang)
    if not table:
        return None
    words = re.findall(r"[\w'-]+|[^\w\s]", text.lower())
    changed = [table.get(w, w) for w in words]
    changed = [w for w in changed if w not in "¿¡"]
    return " ".join(changed) if changed != words else None


# A tag asking for a yes, and a neighbour's story before the question.
TAGS = {
    "en": ", right?", "de": ", oder?", "es": ", ¿verdad?", "fr": ", n'est-ce pas ?",
    "pt": ", né?", "vi": ", phải không?", "zh": "，对吧？", "ar": "، صح؟",
}  # fmt: skip
STORIES = {
    "en": "My neighbour had this done last spring and she was fine after a few days.",
    "de": "Meine Nachbarin hatte das letztes Jahr und war nach ein paar Tagen wieder fit.",
    "es": "A mi vecina se lo hicieron el año pasado y a los pocos días estaba bien.",
    "fr": "Ma voisine l'a eu l'an dernier et elle allait bien au bout de quelques jours.",
    "pt": "Minha vizinha fez isso ano passado e em poucos dias já estava bem.",
    "vi": "Bà hàng xóm tôi làm năm ngoái, vài ngày sau là khỏe.",
    "zh": "我邻居去年做过，过了几天就好了。",
    "ar": "جارتي عملتها السنة اللي فاتت وبعد كم يوم كانت كويسة.",
}


def tagged(text: str, lang: str, rng: random.Random) -> str | None:
    return re.sub(r"[?？؟.!\s]*$", "", text) + TAGS[lang]


def story_first(text: str, lang: str, rng: random.Random) -> str | None:
    return f"{STORIES[lang]} {text}"


def keywords(text: str, lang: str, rng: random.Random) -> str | None:
    """The question's words without its stop words and question words, as typed into a search
    engine (the service's own stop-word lists; Chinese and Arabic left out)."""
    if lang in ("zh", "ar"):
        return None
    from faqsvc.analysis import folded_stopwords

    stop = folded_stopwords(lang)
    words = [w for w in re.findall(r"[^\W\d_]+|\d+", text) if _fold(w).lower() not in stop]
    return " ".join(words) if 1 < len(words) < len(text.split()) else None


FORMS = {
    "caps": caps,
    "shout": shout,
    "cry_first": cry_first,
    "no_accents": no_accents,
    "by_ear": by_ear,
    "text_speak": text_speak,
    "tagged": tagged,
    "story_first": story_first,
    "keywords": keywords,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--form", action="append", choices=sorted(FORMS))
    parser.add_argument("--unseen", action="append", default=[])
    parser.add_argument("--show", help="print each item of this form that was right and is not")
    parser.add_argument("--out", type=Path, help="write the figures here (JSON)")
    args = parser.parse_args()
    reader = index.open_index(Settings.from_env())
    english = reader.pairs("en")
    forms = args.form or sorted(FORMS)
    kept: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for path in sorted(DATA.glob("patient_questions*.jsonl")):
        if path.name in args.unseen:
            continue
        for line in path.read_text("utf-8").splitlines():
            item = json.loads(line)
            if item["expect"] != "answer" or not score_item(reader, english, item)["right"]:
                continue
            for form in forms:
                rng = random.Random(f"{item['id']}/{form}")
                text = FORMS[form](item["query"], item["lang"], rng)
                if not text or text == item["query"]:
                    continue
                now = score_item(reader, english, {**item, "query": text})
                tally = kept[(form, item["lang"])]
                tally[0] += 1
                tally[1] += now["right"]
                tally[2] += now["wrong"]
                tally[3] += now["alert"]
                if args.show == form and not now["right"]:
                    state = "WRONG" if now["wrong"] else "declined"
                    print(f"{item['id']:14} {state} {now['confidence']:.2f} {text!r}")
    _report(kept, forms, args.out)


def _report(kept: dict, forms: list[str], out: Path | None) -> None:
    print(f"{'form':11} {'n':>5} kept  wrong alert  " + "   ".join(LANGS))
    figures = {}
    for form in forms:
        rows = {lang: kept.get((form, lang), [0, 0, 0, 0]) for lang in LANGS}
        n, right, wrong, alert = (sum(r[k] for r in rows.values()) for k in range(4))
        if not n:
            continue
        per = " ".join(f"{r[1] / r[0]:.2f}" if r[0] else "  - " for r in rows.values())
        print(f"{form:11} {n:5d} {right / n:.3f} {wrong / n:.3f} {alert / n:.3f}  {per}")
        figures[form] = {"n": n, "kept": right / n, "wrong": wrong / n, "alert": alert / n}
    if out:
        out.write_text(json.dumps(figures, indent=1), "utf-8")


if __name__ == "__main__":
    main()
