"""Aggregate counts editors read in ``faqsvc report``: "Was this helpful?" per pair and locale,
and declined searches per locale and nearest topic. Never a question's text, a time or a visitor.

SQLite in ``FAQSVC_DATA_DIR``: each count is one UPSERT statement, so it is atomic, and SQLite's
file locking (WAL journal, busy timeout) makes it safe for several gunicorn workers at once.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "feedback.sqlite3"
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS helpful (pair_id TEXT NOT NULL, locale TEXT NOT NULL,"
    " yes INTEGER NOT NULL DEFAULT 0, no INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (pair_id, locale))",
    "CREATE TABLE IF NOT EXISTS declined (locale TEXT NOT NULL, topic TEXT NOT NULL,"
    " count INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (locale, topic))",
)
NO_TOPIC = "(none)"
log = logging.getLogger(__name__)  # nothing in the index came near the question


@dataclass(frozen=True)
class HelpfulCount:
    pair_id: str
    locale: str
    yes: int
    no: int


@dataclass(frozen=True)
class DeclinedCount:
    locale: str
    topic: str
    count: int


class FeedbackStore:
    """Opens a connection per call: cheap for SQLite, and safe across gunicorn's fork."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        connection.execute("PRAGMA busy_timeout = 10000")
        connection.execute("PRAGMA journal_mode = WAL")
        for statement in SCHEMA:
            connection.execute(statement)
        return connection

    def _count(self, statement: str, values: tuple) -> bool:
        """One atomic UPSERT. A count that cannot be stored (full disk, read-only data dir) is
        logged and lost: it never turns a patient's page into an error."""
        try:
            with closing(self._connect()) as db:
                db.execute(statement, values)
        except (sqlite3.Error, OSError) as exc:
            log.error("feedback count not stored in %s: %s", self.path, exc)
            return False
        return True

    def record_helpful(self, pair_id: str, locale: str, helpful: bool) -> bool:
        column = "yes" if helpful else "no"
        return self._count(
            f"INSERT INTO helpful (pair_id, locale, {column}) VALUES (?, ?, 1)"
            f" ON CONFLICT (pair_id, locale) DO UPDATE SET {column} = {column} + 1",
            (pair_id, locale),
        )

    def record_declined(self, locale: str, topic: str | None) -> bool:
        return self._count(
            "INSERT INTO declined (locale, topic, count) VALUES (?, ?, 1)"
            " ON CONFLICT (locale, topic) DO UPDATE SET count = count + 1",
            (locale, topic or NO_TOPIC),
        )

    def helpful_counts(self) -> list[HelpfulCount]:
        """Least helpful first: what an editor should reread."""
        if not self.path.exists():
            return []
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT pair_id, locale, yes, no FROM helpful ORDER BY no DESC, yes ASC, pair_id"
            ).fetchall()
        return [HelpfulCount(*row) for row in rows]

    def declined_topics(self, limit: int = 10) -> list[DeclinedCount]:
        if not self.path.exists():
            return []
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT locale, topic, count FROM declined ORDER BY count DESC, locale, topic"
                " LIMIT ?",
                (limit,),
            ).fetchall()
        return [DeclinedCount(*row) for row in rows]
