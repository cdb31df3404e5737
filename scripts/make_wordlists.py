"""Regenerate faqsvc/data/words/<language>.txt.gz: the words of each language common enough to
be real, so that spelling never "corrects" one ("fahren" into "führen").

The lists come from wordfreq (a test-extra dependency: it is 58 MB installed and takes 0.4-1.8 s
and ~40 MB per language to load, so workers read these trimmed lists instead). A word is kept
when its Zipf frequency is at least ``MIN_ZIPF``: common misspellings sit below it ("diffrent"
2.2, "recieve" 2.8, "Risken" 2.0), real words above it ("fahren" 5.2, "noticing" 3.6, "lavar"
4.1, "dentiste" 3.7). Words are stored folded (lowercase, no accents), as typed words are
compared, and only from ``MIN_LETTERS`` letters: shorter ones are never corrected (spelling
corrects from five letters, urgent typo repair from four).

It also writes ``<language>.everyday.txt.gz``: the words of everyday speech, Zipf at least
``EVERYDAY_ZIPF`` and from ``EVERYDAY_LETTERS`` letters ("yesterday" 4.9, "proper" 4.7, "ayer"
5.1, "lendemain" 4.8), above most words that name a medical subject ("dentist" 3.9, "knee" 4.3,
"cataract" 3.0, "Zahnarzt" 3.9, "genou" 4.0). A word the corpus lacks weighs less in a query when
it is one of them (``faqsvc.answering.query``).

It also writes ``zh-sounds.txt.gz``: the toneless Mandarin syllables of each Han character, from
pypinyin (another test extra), one syllable a line followed by its characters. Chinese is typed
by sound, so a typo is a homophone (成型 for 成形, 趟 for 躺); a character that sounds
nothing like the one the corpus has (我爸 → 我马, 今年 → 去年) is no typo to repair.

It also writes ``zh-words.txt.gz`` and ``zh-words.everyday.txt.gz``: Chinese words of two to
four Han characters, Zipf at least ``HAN_WORD_ZIPF`` (and ``EVERYDAY_ZIPF`` for the everyday
list). Queries are cut into character bigrams; a bigram the corpus lacks is either a word it
lacks (中风, 夜宵) or two halves of neighbouring words (直吃 in 一直吃着, 血不 in 让血不容易凝):
these lists tell which, so the second kind no longer weighs as the rarest word of the query.

It also writes ``<language>.lemmas.tsv.gz``: ``form<TAB>lemma`` for the common word forms
(those of ``<language>.txt.gz``) that the language's stemmer does not bring to their lemma's
stem, from simplemma's tables (a test extra: its tables take 360 MB decoded, so workers read
these few thousand lines instead): "dort" dormir, "fez" fazer, "pusieron" poner, "schläft"
schlafen (``faqsvc.answering.lemmas``). A German form typed small that is also a noun ("garten")
and forms whose lemma means something else ("later") are left out.

Usage: python scripts/make_wordlists.py [--check]
"""

from __future__ import annotations

import argparse
import gzip
import sys
from functools import cache
from pathlib import Path

from faqsvc.analysis import fold
from faqsvc.answering.vocabulary import HAN

LANGUAGES = ("de", "en", "es", "fr", "pt", "vi")
EVERYDAY_LANGUAGES = ("de", "en", "es", "fr", "pt")  # Vietnamese syllables are not words
MIN_ZIPF = 3.0
MIN_LETTERS = 4
EVERYDAY_ZIPF = 4.5
EVERYDAY_LETTERS = 3
# Words of two or three letters common enough to be real ("bat", "col", "mer"), which the main
# lists leave out: a word spelt by ear is never respelt to another when it is one of these.
SHORT_ZIPF = 4.0
SHORT_LETTERS = 3
# Forms whose dictionary form says something else: "later" is afterwards, not more "late".
NOT_LEMMATIZED = {"en": frozenset({"later", "latest"})}
HAN_WORD_ZIPF = 2.5  # 夜宵 2.9, 椎骨 2.5, 白内障 3.1 in; 防中 1.3, 的药 1.4 (split mistakes) out
FOLDER = Path(__file__).resolve().parents[1] / "faqsvc" / "data" / "words"


def words_of(language: str, zipf: float = MIN_ZIPF, letters: int = MIN_LETTERS) -> list[str]:
    import wordfreq  # only here: the service reads the generated lists

    wordlist = "best" if language == "vi" else "large"
    least = 10 ** (zipf - 9)  # Zipf is log10 of the frequency per billion words
    found = set()
    for word, frequency in wordfreq.get_frequency_dict(language, wordlist=wordlist).items():
        folded = fold(word)
        if frequency >= least and folded.isalpha() and len(folded) >= letters:
            found.add(folded)
    return sorted(found)


def han_words(zipf: float) -> list[str]:
    """Simplified Chinese words of two to four Han characters at least this common."""
    import wordfreq

    least = 10 ** (zipf - 9)
    return sorted(
        word
        for word, frequency in wordfreq.get_frequency_dict("zh", wordlist="large").items()
        if frequency >= least and 2 <= len(word) <= 4 and all(HAN.match(c) for c in word)
    )


def han_sounds() -> list[str]:
    """Lines ``syllable<TAB>characters`` for every Han character the query regex treats as Han."""
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict  # only here: the service reads the table
    from pypinyin.style import convert

    by_sound: dict[str, set[str]] = {}
    for code, readings in pinyin_dict.items():
        if 0x3400 <= code <= 0x9FFF:
            for reading in readings.split(","):
                syllable = convert(reading, Style.NORMAL, strict=True)
                by_sound.setdefault(syllable, set()).add(chr(code))
    return [f"{sound}\t{''.join(sorted(chars))}" for sound, chars in sorted(by_sound.items())]


@cache
def lemma_lines(language: str) -> list[str]:
    """``form<TAB>lemma`` for the common forms the stemmer leaves apart from their lemma,
    written in lower case with their accents (the service also looks forms up unaccented,
    where that is not ambiguous: "abfuhren" is a form of abfahren, "abführen" a verb)."""
    import simplemma  # only here: the service reads the generated table
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    from faqsvc.analysis import analysis_for

    analyzer = analysis_for(language)
    real = set(words_of(language, MIN_ZIPF, 2)) - NOT_LEMMATIZED.get(language, frozenset())
    found: dict[str, str] = {}
    for form, lemma in sorted(DefaultDictionaryFactory().get_dictionary(language).items()):
        lower = form.lower()
        if fold(form) not in real or lower in found or lemma.lower() == lower:
            continue
        if language == "de" and form.islower():
            noun = form.capitalize()
            if simplemma.is_known(noun, lang="de") and simplemma.lemmatize(noun, "de") == noun:
                continue  # "garten" typed small is Garten, no form of garen
        stems = {t.text for t in analyzer.text(form, mode="query")}
        if stems and stems != {t.text for t in analyzer.text(lemma, mode="query")}:
            found[lower] = lemma
    return [f"{form}\t{lemma}" for form, lemma in sorted(found.items())]


def generated() -> dict[str, list[str]]:
    """Every stored file's lines, by file name."""
    files = {f"{language}.txt.gz": words_of(language) for language in LANGUAGES}
    for language in EVERYDAY_LANGUAGES:
        files[f"{language}.everyday.txt.gz"] = words_of(language, EVERYDAY_ZIPF, EVERYDAY_LETTERS)
        short = words_of(language, SHORT_ZIPF, 2)
        files[f"{language}.short.txt.gz"] = [w for w in short if len(w) <= SHORT_LETTERS]
        files[f"{language}.lemmas.tsv.gz"] = lemma_lines(language)
    files["zh-sounds.txt.gz"] = han_sounds()
    files["zh-words.txt.gz"] = han_words(HAN_WORD_ZIPF)
    files["zh-words.everyday.txt.gz"] = han_words(EVERYDAY_ZIPF)
    return files


def encoded(words: list[str]) -> bytes:
    # mtime=0: the same words give the same bytes, so --check can compare files.
    return gzip.compress("\n".join(words).encode("utf-8") + b"\n", compresslevel=9, mtime=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a stored list differs")
    args = parser.parse_args()
    stale = []
    for name, lines in generated().items():
        path = FOLDER / name
        data = encoded(lines)
        if args.check:
            if not path.exists() or gzip.decompress(path.read_bytes()) != gzip.decompress(data):
                stale.append(name)
        else:
            path.write_bytes(data)
            print(f"{path.name}: {len(data) // 1024} KiB")
    if stale:
        print("stale word lists:", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
