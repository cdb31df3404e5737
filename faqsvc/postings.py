"""Scored postings: each indexed term's documents with their BM25F scores, computed at build time.

The index never changes after a build, so a term's BM25F score in a document (its weight, the
field's length there, the term's IDF) is fixed. The engine module (``faqsvc.index``) computes
every one once with the engine's own scorer and stores them here as two arrays per term; a
request then reads a term's arrays and adds ``boost x score`` per document. Scoring each
posting through the engine's matchers was most of a search's time on a large bank.

One SQLite file per locale beside the pair store, opened read-only and immutable with a memory
map, so workers share its pages. This module knows nothing of the engine.
"""

from __future__ import annotations

import os
import sqlite3
from array import array
from collections.abc import Iterable
from pathlib import Path

MMAP_BYTES = 1 << 30  # address space only: pages are shared and read in on demand
# Document frequencies kept per process (query analysis asks for each word in three fields).
CACHED_FREQUENCIES = 8192
_SCHEMA = """
CREATE TABLE postings (field TEXT NOT NULL, term TEXT NOT NULL, df INTEGER NOT NULL,
                       docs BLOB NOT NULL, scores BLOB NOT NULL, PRIMARY KEY (field, term));
"""
Row = tuple[str, str, array, array]  # field, term, docnums ('i'), scores ('d')


def path_for(build_dir: Path, locale: str) -> Path:
    return build_dir / f"{locale}.postings.sqlite"


def write(path: Path, rows: Iterable[Row]) -> None:
    """(field, term, docnums, scores) rows; one commit at the end (a failed build's directory
    is removed)."""
    db = sqlite3.connect(path)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        db.executemany(
            "INSERT INTO postings VALUES (?, ?, ?, ?, ?)",
            ((f, t, len(d), d.tobytes(), s.tobytes()) for f, t, d, s in rows),
        )
        db.commit()
    finally:
        db.close()


class Postings:
    """One locale's scored postings, opened read-only; a connection per process (gunicorn
    forks after loading)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pid = -1
        self._frequencies: dict[tuple[str, str], int] = {}

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            uri = f"file:{self.path}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            self._pid, self._frequencies = os.getpid(), {}
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def frequency(self, field: str, term: str) -> int:
        """How many documents hold ``term`` in ``field`` (bounded per-process cache)."""
        key = (field, term)
        found = self._frequencies.get(key)
        if found is None:
            sql = "SELECT df FROM postings WHERE field = ? AND term = ?"
            row = self.db.execute(sql, key).fetchone()
            found = row[0] if row else 0
            if len(self._frequencies) >= CACHED_FREQUENCIES:
                self._frequencies.pop(next(iter(self._frequencies)))
            self._frequencies[key] = found
        return found

    def next_term(self, field: str, at: str) -> str | None:
        """The first term of ``field`` at or after ``at``, in the engine's order (UTF-8 bytes,
        which SQLite's binary collation keeps): a typo search walks the terms with it."""
        sql = "SELECT term FROM postings WHERE field = ? AND term >= ? ORDER BY term LIMIT 1"
        row = self.db.execute(sql, (field, at)).fetchone()
        return row[0] if row else None

    def scored(self, field: str, term: str) -> tuple[array, array]:
        """The term's docnums and their scores, in docnum order (empty when none)."""
        sql = "SELECT docs, scores FROM postings WHERE field = ? AND term = ?"
        row = self.db.execute(sql, (field, term)).fetchone()
        if row is None:
            return array("i"), array("d")
        return array("i", row[0]), array("d", row[1])
