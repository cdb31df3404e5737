"""Keys that let a word typed in Latin letters find the word the pairs write in their script.

Arabic is often typed in Latin letters and digits ("Arabizi": "3amaliya" for عملية, "ba3d" for
بعد, "7arara" for حرارة), and Chinese as pinyin without its characters ("zuo wan duo jiu" for
做完多久). Unknown to the index, each such word weighed as its rarest term and the message found
nothing. A word of either script gets a key the other can compute too: for Arabic, its
consonants by sound class, vowels left out (Arabic writes few of them, Arabizi many), plus a
*shape* with the vowels marked that ranks words of one key; for Chinese, the toneless syllables
of its characters (``zh-sounds.txt.gz``, made from pypinyin by scripts/make_wordlists.py).
The build stores the keys of the words its texts use (``precompute``); a query's Latin words
are looked up there (``faqsvc.answering.romanized``).
"""

from __future__ import annotations

import gzip
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

SOUNDS_FILE = "zh-sounds.txt.gz"
ROMANIZED_LANGUAGES = ("ar", "zh")
MAX_HAN = 3  # characters in a stored Chinese word: the n-grams a syllable run is matched to
MAX_READINGS = 8  # of a Chinese word's readings (characters with several sounds) stored
VOWELS = "AIU"  # the three vowel classes a shape marks: a/e, i/y, o/u/w
# Arabic letters by sound class, as Arabizi writers render them (digits for the sounds Latin
# lacks: 2 hamza or a glottal qaf, 3 ain, 5 khaa, 7 haa, 6 taa, 9 saad).
_ARABIC = {
    "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "j", "گ": "j", "ح": "h", "ه": "h",
    "خ": "x", "د": "d", "ذ": "d", "ض": "d", "ظ": "d", "ز": "d", "ر": "r", "س": "s", "ص": "s",
    "ش": "c", "ع": "3", "غ": "g", "ق": "q", "ء": "q", "ئ": "q", "ؤ": "q", "أ": "q", "إ": "q",
    "ف": "f", "ڤ": "f", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ا": "A", "آ": "A", "ى": "A", "و": "U", "ي": "I", "ة": "A",
}  # fmt: skip
_LATIN = (
    ("kh", "x"), ("gh", "g"), ("sh", "c"), ("ch", "c"), ("dh", "d"), ("th", "t"), ("ou", "U"),
    ("ee", "I"), ("ei", "I"), ("2", "q"), ("3", "3"), ("5", "x"), ("7", "h"), ("6", "t"),
    ("9", "s"), ("8", "g"), ("p", "b"), ("g", "j"), ("z", "d"), ("c", "k"), ("v", "f"),
    ("a", "A"), ("e", "A"), ("i", "I"), ("y", "I"), ("o", "U"), ("u", "U"), ("w", "U"),
)  # fmt: skip
_LATIN_SAME = frozenset("btjhxdrskqflmn")
_NO_VOWELS = str.maketrans("", "", VOWELS)
_HARAKAT = re.compile(r"[\u064b-\u0652\u0640]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u067e\u06a4\u06af]+")


def arabic_shape(word: str) -> str:
    """An Arabic word's sound classes, its long vowels by class ("عملية" -> "3mlIA"); the
    article and a first alef, which Arabizi writes as a vowel or a separate "el", left out."""
    word = _HARAKAT.sub("", word)
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return "".join(_ARABIC.get(c, "") for c in word.lstrip("اأإآ"))


def arabizi_shape(word: str) -> str:
    """A Latin-letter word's sound classes in the same alphabet ("3amaleya" -> "3AmAlAIA")."""
    word, shape, at = word.lower(), [], 0
    while at < len(word):
        for typed, sound in _LATIN:
            if word.startswith(typed, at):
                shape.append(sound)
                at += len(typed)
                break
        else:
            shape.append(word[at] if word[at] in _LATIN_SAME else "")
            at += 1
    return "".join(shape)


def consonants(shape: str) -> str:
    """The key a shape is stored and looked up by: its consonants alone."""
    return _squeezed(shape.translate(_NO_VOWELS))


def _squeezed(shape: str) -> str:
    """Doubled consonants once: Arabic writes one once, Arabizi often twice."""
    return re.sub(r"(.)\1+", r"\1", shape)


@cache
def han_sounds() -> dict[str, frozenset[str]]:
    """Han character -> its toneless Mandarin syllables."""
    path = resources.files("faqsvc") / "data" / "words" / SOUNDS_FILE
    sounds: dict[str, set[str]] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        syllable, _, characters = line.partition("\t")
        for character in characters:
            sounds.setdefault(character, set()).add(syllable)
    return {character: frozenset(found) for character, found in sounds.items()}


def pinyin_keys(han: str) -> list[str]:
    """The toneless syllables of a Chinese word, joined by spaces, for each of its readings."""
    readings = [sorted(han_sounds().get(character, ())) for character in han]
    if not all(readings):
        return []
    return [" ".join(r) for r in itertools.islice(itertools.product(*readings), MAX_READINGS)]


def romanized_rows(language: str, texts: Iterable[str]) -> list[tuple[str, str, str, int]]:
    """(key, word, shape, count) for each word of ``texts`` a romanized word may stand for:
    Arabic words by consonants, Chinese runs of one to MAX_HAN characters by syllables."""
    counts: Counter[str] = Counter()
    for text in texts:
        if language == "ar":
            counts.update(_ARABIC_WORD.findall(text))
        elif language == "zh":
            for run in _HAN_RUN.findall(text):
                counts.update(
                    run[i : i + n] for n in range(1, MAX_HAN + 1) for i in range(len(run) - n + 1)
                )
    rows = []
    for word, count in counts.items():
        if language == "ar":
            shape = arabic_shape(word)
            if len(consonants(shape)) >= 2:
                rows.append((consonants(shape), word, shape, count))
        else:
            rows += [(key, word, "", count) for key in pinyin_keys(word)]
    return rows
