"""The pair store: one SQLite file per locale beside its search index, written at build time.

It holds what a request needs besides the engine's ranking: each served pair's texts, what
confidence needs from it (its units and their analysed tokens), its related questions, the
topic listings, popular questions, suggestions, the spelling vocabulary and the spelled forms
of stems. Everything that depends only on the corpus is computed once here, so a request looks
things up by key and never walks a locale's pairs.

A locale stores the texts of the pairs it really has (its own language, or translated). A pair
it lacks is listed with ``home`` set to the source locale and served from that locale's store,
marked ``fallback``: the English-only bank is stored once, not once per locale.

Readers open the file read-only and immutable with a memory map, so the gunicorn workers share
the pages through the OS page cache instead of each holding a private copy.
"""

from __future__ import annotations

import marshal
import os
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from faqsvc.analysis import fold
from faqsvc.model import ServedPair, Source

MMAP_BYTES = 1 << 30  # address space only: pages are shared and read in on demand
_SCHEMA = """
CREATE TABLE pairs (position INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, topic TEXT NOT NULL,
                    home TEXT NOT NULL, docnum INTEGER UNIQUE, pair BLOB, analysis BLOB,
                    related BLOB);
CREATE INDEX pairs_topic ON pairs (topic, position);
CREATE TABLE suggest (key TEXT NOT NULL, at_start INTEGER NOT NULL, position INTEGER NOT NULL);
CREATE INDEX suggest_key ON suggest (at_start, key);
CREATE TABLE words (first TEXT NOT NULL, length INTEGER NOT NULL, folded TEXT NOT NULL,
                    written TEXT NOT NULL, count INTEGER NOT NULL);
CREATE INDEX words_first ON words (first, length);
CREATE TABLE surface (token TEXT PRIMARY KEY, word TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sequences (text TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE romanized (key TEXT NOT NULL, word TEXT NOT NULL, shape TEXT NOT NULL,
                        count INTEGER NOT NULL);
CREATE INDEX romanized_key ON romanized (key);
CREATE TABLE meta (name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
"""
SUGGEST_KEY_CHARS = 48
SUGGEST_SCAN = 200  # a suggestion matches on the first characters after a word start
_WORD_START = re.compile(r"(?:^|(?<=[\s'’(¿¡-]))\w", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{3,}")


def path_for(build_dir: Path, locale: str) -> Path:
    return build_dir / f"{locale}.store.sqlite"


def encode_pair(pair: ServedPair) -> bytes:
    src = pair.source
    source = (src.id, src.title, src.publisher, src.reviewed, src.url)
    fields = (pair.id, pair.question, pair.answer, pair.lang, pair.topic, source)
    return marshal.dumps((*fields, pair.translation, tuple(pair.alternates)))


def decode_pair(blob: bytes, translation: str | None = None) -> ServedPair:
    pid, question, answer, lang, topic, source, status, alternates = marshal.loads(blob)
    status = translation or status
    return ServedPair(pid, question, answer, lang, topic, Source(*source), status, alternates)


class StoreWriter:
    """Rows go in as the build makes them; ``close`` commits once (a failed build leaves a
    half-written file only in a build directory that is then removed)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)

    def add_pairs(self, rows: Iterable[tuple]) -> None:
        """(position, id, topic, home, docnum, pair blob, analysis blob, related blob) rows."""
        self.db.executemany("INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def add_suggestions(self, pairs: list[tuple[int, str]], han: bool) -> None:
        """(position, question) for every listed pair; one wording is offered once."""
        seen: set[str] = set()
        rows = []
        for position, question in pairs:
            key = " ".join(fold(question).split())
            if key in seen:
                continue
            seen.add(key)
            starts = {m.start() for m in _WORD_START.finditer(key)}
            if han:  # Chinese has no spaces: every Han character may start a word
                starts |= {m.start() for m in _HAN.finditer(key)}
            for start in starts:
                rows.append((key[start : start + SUGGEST_KEY_CHARS], int(start == 0), position))
        self.db.executemany("INSERT INTO suggest VALUES (?, ?, ?)", rows)

    def add_words(self, vocabulary: dict[str, list[tuple[str, str, int]]]) -> None:
        rows = (
            (first, len(folded), folded, written, count)
            for first, entries in vocabulary.items()
            for folded, written, count in entries
        )
        self.db.executemany("INSERT INTO words VALUES (?, ?, ?, ?, ?)", rows)

    def add_surface(self, surface: dict[str, str]) -> None:
        self.db.executemany("INSERT INTO surface VALUES (?, ?)", surface.items())

    def add_han_sequences(self, texts: Iterable[str]) -> None:
        """Every three-character Han sequence of the texts: Chinese typo repair checks that a
        repaired sequence really occurs, without scanning the corpus per request."""
        found = set()
        for text in texts:
            for run in _HAN_RUN.findall(text):
                found.update(run[i : i + 3] for i in range(len(run) - 2))
        self.db.executemany("INSERT INTO sequences VALUES (?)", ((s,) for s in found))

    def add_romanized(self, rows: Iterable[tuple[str, str, str, int]]) -> None:
        """(key, word, shape, count): the words a word typed romanized or spelt by ear may
        stand for (``faqsvc.analysis.romanized``, ``faqsvc.analysis.sounds``)."""
        self.db.executemany("INSERT INTO romanized VALUES (?, ?, ?, ?)", rows)

    def set_meta(self, name: str, value: object) -> None:
        self.db.execute("INSERT INTO meta VALUES (?, ?)", (name, marshal.dumps(value)))

    def close(self) -> None:
        self.db.commit()
        self.db.execute("ANALYZE")
        self.db.close()


class PairStore:
    """One locale's store, opened read-only; a connection per process (gunicorn forks)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pid = -1

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            uri = f"file:{self.path}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            self._pid = os.getpid()
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def row(self, pair_id: str) -> tuple[str, bytes | None] | None:
        """(home locale, pair blob or None when the text lives in the home locale)."""
        return self.db.execute("SELECT home, pair FROM pairs WHERE id = ?", (pair_id,)).fetchone()

    def blob(self, pair_id: str) -> bytes | None:
        found = self.db.execute("SELECT pair FROM pairs WHERE id = ?", (pair_id,)).fetchone()
        return found[0] if found else None

    def by_docnum(self, docnum: int) -> tuple[str, bytes, bytes] | None:
        """(id, pair blob, analysis blob) of the engine's document ``docnum``."""
        sql = "SELECT id, pair, analysis FROM pairs WHERE docnum = ?"
        return self.db.execute(sql, (docnum,)).fetchone()

    def docnums(self, limit: int) -> list[int]:
        """The first ``limit`` engine document numbers (pairs indexed in this locale)."""
        sql = "SELECT docnum FROM pairs WHERE docnum IS NOT NULL ORDER BY docnum LIMIT ?"
        return [row[0] for row in self.db.execute(sql, (limit,))]

    def analysis(self, pair_id: str) -> bytes | None:
        found = self.db.execute("SELECT analysis FROM pairs WHERE id = ?", (pair_id,)).fetchone()
        return found[0] if found else None

    def related(self, pair_id: str) -> tuple[str, ...] | None:
        """Stored related ids; None for a pair whose text (and related) is in another store."""
        sql = "SELECT related FROM pairs WHERE id = ?"
        found = self.db.execute(sql, (pair_id,)).fetchone()
        return tuple(marshal.loads(found[0])) if found and found[0] is not None else None

    def ids(self, topic: str | None = None, offset: int = 0, limit: int = -1) -> list[str]:
        """Listed pair ids in corpus order, of one topic or all, one page at a time."""
        if topic is None:
            sql, args = "SELECT id FROM pairs ORDER BY position LIMIT ? OFFSET ?", ()
        else:
            sql = "SELECT id FROM pairs WHERE topic = ? ORDER BY position LIMIT ? OFFSET ?"
            args = (topic,)
        return [r[0] for r in self.db.execute(sql, (*args, limit, offset))]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM pairs").fetchone()[0]

    def suggestions(self, key: str, limit: int) -> list[str]:
        """Ids of questions with a word starting ``key`` (folded), those starting with it first.

        A bounded range scan of the key index: at most ``SUGGEST_SCAN`` matches per kind are
        read and shown in corpus order (all of them, in a bank of a few hundred questions)."""
        key = key[:SUGGEST_KEY_CHARS]
        sql = (
            "SELECT s.position, p.id FROM suggest s JOIN pairs p ON p.position = s.position "
            "WHERE s.at_start = ? AND s.key >= ? AND s.key < ? LIMIT ?"
        )
        out: list[str] = []
        for at_start in (1, 0):
            rows = self.db.execute(sql, (at_start, key, key + "\U0010ffff", SUGGEST_SCAN))
            for _, pair_id in sorted(rows):
                if pair_id not in out:
                    out.append(pair_id)
        return out[:limit]

    def words(self, first: str, length: int, spread: int) -> list[tuple[str, str, int]]:
        """(folded, written, count) of corpus words with this first letter and a length within
        ``spread`` of ``length``: the only ones a one-edit typo can be."""
        sql = "SELECT folded, written, count FROM words WHERE first = ? AND length BETWEEN ? AND ?"
        return self.db.execute(sql, (first, length - spread, length + spread)).fetchall()

    def surface(self, token: str) -> str | None:
        found = self.db.execute("SELECT word FROM surface WHERE token = ?", (token,)).fetchone()
        return found[0] if found else None

    def has_sequence(self, text: str) -> bool:
        sql = "SELECT 1 FROM sequences WHERE text = ?"
        return self.db.execute(sql, (text,)).fetchone() is not None

    def romanized(self, keys: list[str]) -> list[tuple[str, str, str, int]]:
        """(key, word, shape, count) of the words stored under any of ``keys``."""
        marks = ",".join("?" * len(keys))
        sql = f"SELECT key, word, shape, count FROM romanized WHERE key IN ({marks})"
        return self.db.execute(sql, keys).fetchall() if keys else []

    def meta(self, name: str, default: object = None) -> object:
        found = self.db.execute("SELECT data FROM meta WHERE name = ?", (name,)).fetchone()
        return marshal.loads(found[0]) if found else default
