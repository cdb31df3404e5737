"""The search engine, behind one module: Whoosh schemas, building, opening, running queries.

Nothing else imports whoosh (analyzers aside), so the engine could be swapped by rewriting this
file. Builds go to a fresh directory under ``<index>.builds/`` and a symlink is swapped onto
``<index>`` with one rename, so a running server never sees a half-built index.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import scoring
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.query import Or, Term

from faqsvc import builds, catalogs, corpus
from faqsvc.analysis import analysis_for
from faqsvc.errors import IndexUnavailable
from faqsvc.locales import SOURCE_LOCALE, SUPPORTED_LOCALES, locale_info
from faqsvc.model import QAPair, ServedPair, Source
from faqsvc.settings import Settings

SCHEMA_VERSION = 5
TEXT_FIELDS = ("question", "alternates", "answer")
PARALLEL_FROM = 2000  # pairs; below this, starting processes costs more than it saves


@dataclass(frozen=True)
class EngineHit:
    pair_id: str
    score: float


def field_names(locale: str) -> dict[str, float]:
    """Every searchable field of a locale's index with the weight of its analyzer variant."""
    analysis = analysis_for(locale)
    names = {name: 1.0 for name in TEXT_FIELDS}
    for suffix, (_, weight) in analysis.extra.items():
        names.update({f"{name}_{suffix}": weight for name in TEXT_FIELDS})
    return names


def schema_for(locale: str) -> Schema:
    analysis = analysis_for(locale)
    fields = {
        "id": ID(stored=True, unique=True),
        "topic": ID(stored=True),
        "source": ID(stored=True),
    }
    for name in TEXT_FIELDS:
        fields[name] = TEXT(analyzer=analysis.text, phrase=False)
        for suffix, (analyzer, _) in analysis.extra.items():
            fields[f"{name}_{suffix}"] = TEXT(analyzer=analyzer, phrase=False)
    return Schema(**fields)


def _untranslated(pair: QAPair, lang: str, status: str) -> ServedPair:
    return ServedPair(
        pair.id, pair.question, pair.answer, lang, pair.topic, pair.source, status, pair.alternates
    )


def localise(pair: QAPair, locale: str, table: dict) -> ServedPair | None:
    """The pair as served in ``locale``: translated when every needed text is, else English."""
    if pair.lang != SOURCE_LOCALE:  # pairs ingested in another language serve only that one
        return (
            _untranslated(pair, locale, "source")
            if pair.lang == locale_info(locale).language
            else None
        )
    if locale == SOURCE_LOCALE:
        return _untranslated(pair, locale, "source")

    def lookup(field: str, text: str):
        return table.get((catalogs.context(pair.id, field), catalogs.catalog_msgid(text)))

    question, answer = lookup("question", pair.question), lookup("answer", pair.answer)
    if question is None or answer is None:
        return _untranslated(pair, SOURCE_LOCALE, "fallback")
    alternates = [t.text for alt in pair.alternates if (t := lookup("alternate", alt))]
    alternates = [line.strip() for text in alternates for line in text.split("\n") if line.strip()]
    reviewed = question.status == answer.status == "reviewed"
    return ServedPair(
        pair.id,
        question.text,
        answer.text,
        locale,
        pair.topic,
        pair.source,
        "reviewed" if reviewed else "machine",
        tuple(alternates),
    )


def _write_locale(build_dir: Path, locale: str, served: list[ServedPair]) -> None:
    target = build_dir / locale
    target.mkdir()
    ix = whoosh_index.create_in(str(target), schema_for(locale))
    extra = analysis_for(locale).extra
    writer = ix.writer(limitmb=128)
    for pair in served:
        texts = {
            "question": pair.question,
            "alternates": "\n".join(pair.alternates),
            "answer": pair.answer,
        }
        doc = {"id": pair.id, "topic": pair.topic, "source": pair.source.id, **texts}
        doc.update({f"{name}_{suffix}": text for name, text in texts.items() for suffix in extra})
        writer.add_document(**doc)
    writer.commit()
    _write_json(build_dir / f"{locale}.surface.json", surface_words(locale, served))
    payload = [asdict(pair) for pair in served]
    (build_dir / f"{locale}.pairs.json").write_text(
        json.dumps(payload, ensure_ascii=False), encoding="utf-8"
    )


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def surface_words(locale: str, served: list[ServedPair]) -> dict[str, str]:
    """Indexed token -> the word patients see most often for it, to spell out corrections."""
    analyzer = analysis_for(locale).text
    counts: dict[str, int] = {}
    for pair in served:
        for word in re.findall(r"[^\W\d_]{4,}", " ".join([pair.question, pair.answer])):
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
    best: dict[str, tuple[int, str]] = {}
    for word, count in counts.items():
        for token in {t.text for t in analyzer(word)}:
            if count > best.get(token, (0, ""))[0]:
                best[token] = (count, word)
    return {token: word for token, (_, word) in best.items()}


def fingerprint(settings: Settings) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "corpus_hash": corpus.corpus_hash(settings.corpus_dir),
        "catalogs_hash": catalogs.catalogs_hash(settings.translations_dir),
        "locales_list": list(SUPPORTED_LOCALES),
    }


def _build_locale(settings: Settings, build_dir: Path, locale: str, pairs: list[QAPair]) -> dict:
    """One locale's index and served pairs; returns its counts per translation status."""
    table = catalogs.load_translations(settings.translations_dir, locale)
    served = [s for p in pairs if (s := localise(p, locale, table)) is not None]
    _write_locale(build_dir, locale, served)
    counts = {"pairs": len(served)}
    for pair in served:
        counts[pair.translation] = counts.get(pair.translation, 0) + 1
    return counts


def _build_all(settings: Settings, build_dir: Path, pairs: list[QAPair]) -> dict[str, dict]:
    """Locales are independent: a large corpus builds them on every core (measured: 5,000
    pairs took 21 s for 8 locales on one core)."""
    if len(pairs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return {loc: _build_locale(settings, build_dir, loc, pairs) for loc in SUPPORTED_LOCALES}
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        futures = {
            loc: pool.submit(_build_locale, settings, build_dir, loc, pairs)
            for loc in SUPPORTED_LOCALES
        }
        return {loc: future.result() for loc, future in futures.items()}


def _new_build_dir(index_dir: Path) -> Path:
    parent = builds.builds_dir(index_dir)
    parent.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S-", time.gmtime()) + f"{time.time_ns() % 10**9:09d}-"
    return Path(tempfile.mkdtemp(dir=parent, prefix=stamp))  # names sort oldest first


def build(settings: Settings) -> dict:
    """Build every locale into a new directory, then swap it in; returns the manifest.

    The manifest, written last, carries the sha256 of every file, so a reader can tell a
    complete, intact build from a torn or overwritten one before it opens it."""
    pairs = corpus.load_pairs(settings.corpus_dir)
    build_dir = _new_build_dir(settings.index_dir)
    try:
        manifest = {
            **fingerprint(settings),
            "locales": _build_all(settings, build_dir, pairs),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_id": build_dir.name,
            "files": builds.checksums(build_dir),
        }
        builds.create_lease_file(build_dir)
        (build_dir / builds.MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    except BaseException:
        shutil.rmtree(build_dir, ignore_errors=True)
        raise
    _swap_in(build_dir, settings.index_dir)
    builds.prune(settings.index_dir, keep=build_dir)
    return manifest


def _swap_in(build_dir: Path, index_dir: Path) -> None:
    if index_dir.exists() and not index_dir.is_symlink():  # a plain directory from elsewhere
        index_dir.rename(build_dir.parent / f"replaced-{time.time_ns()}")
    link = index_dir.with_name(f".{index_dir.name}.{os.getpid()}.link")
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(build_dir, index_dir.parent))
    os.replace(link, index_dir)  # atomic: readers see the old build or the new one


def read_manifest(index_dir: Path) -> dict:
    path = index_dir / "manifest.json"
    if not path.exists():
        raise IndexUnavailable(f"no index at {index_dir}: run 'faqsvc build'")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexUnavailable(f"{path} is unreadable ({exc}): run 'faqsvc build'") from exc
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise IndexUnavailable(
            f"index at {index_dir} has schema {manifest.get('schema_version')}, this version "
            f"needs {SCHEMA_VERSION}: run 'faqsvc build'"
        )
    return manifest


def check(settings: Settings) -> str | None:
    """Why the index cannot be used as is (missing, incompatible, corrupt, stale), or None."""
    try:
        manifest = read_manifest(settings.index_dir)
    except IndexUnavailable as exc:
        return exc.message
    if problem := builds.verify(settings.index_dir.resolve(), manifest):
        return f"index at {settings.index_dir} is corrupt ({problem})"
    current = fingerprint(settings)
    changed = [key for key, value in current.items() if manifest.get(key) != value]
    if changed:
        return f"index at {settings.index_dir} is stale ({', '.join(changed)} changed)"
    return None


class FaqIndex:
    """An opened index: served pairs per locale and queries against Whoosh.

    Searchers are opened lazily in each process: file handles opened before a fork would be
    shared by every worker. The server opens builds through ``faqsvc.live``.
    """

    def __init__(self, root: Path, manifest: dict) -> None:
        self.root = root.resolve()
        self.manifest = manifest
        self.locales = tuple(t for t in SUPPORTED_LOCALES if t in manifest.get("locales", {}))
        self._pairs: dict[str, dict[str, ServedPair]] = {}
        self._searchers: dict[str, object] = {}
        self._surface: dict[str, dict[str, str]] = {}
        self._topics: dict[str, dict[str, tuple[ServedPair, ...]]] = {}
        self._text: dict[str, str] = {}
        self._pid = os.getpid()

    def pairs(self, locale: str) -> dict[str, ServedPair]:
        if locale not in self._pairs:
            raw = json.loads((self.root / f"{locale}.pairs.json").read_text(encoding="utf-8"))
            self._pairs[locale] = {
                item["id"]: ServedPair(
                    **{
                        **item,
                        "source": Source(**item["source"]),
                        "alternates": tuple(item["alternates"]),
                    }
                )
                for item in raw
            }
        return self._pairs[locale]

    def by_topic(self, locale: str) -> dict[str, tuple[ServedPair, ...]]:
        """Pairs grouped by topic in corpus order, made once: browsing, related questions and
        suggestions read it on every request."""
        if locale not in self._topics:
            groups: dict[str, list[ServedPair]] = {}
            for pair in self.pairs(locale).values():
                groups.setdefault(pair.topic, []).append(pair)
            self._topics[locale] = {topic: tuple(pairs) for topic, pairs in groups.items()}
        return self._topics[locale]

    def all_text(self, locale: str) -> str:
        """Every question, phrasing and answer the locale serves, joined once: Chinese typo
        repair checks that a repaired character sequence really occurs."""
        if locale not in self._text:
            self._text[locale] = "\n".join(
                "\n".join([p.question, *p.alternates, p.answer])
                for p in self.pairs(locale).values()
            )
        return self._text[locale]

    def surface_words(self, locale: str) -> dict[str, str]:
        if locale not in self._surface:
            path = self.root / f"{locale}.surface.json"
            self._surface[locale] = json.loads(path.read_text(encoding="utf-8"))
        return self._surface[locale]

    def _searcher(self, locale: str):
        if self._pid != os.getpid():
            self._searchers, self._pid = {}, os.getpid()
        if locale not in self._searchers:
            # No mmap: a file changed under a mapping kills the process with SIGBUS, where a
            # plain read raises an error the caller can handle.
            storage = FileStorage(str(self.root / locale), supports_mmap=False, readonly=True)
            ix = storage.open_index()
            self._searchers[locale] = ix.searcher(weighting=scoring.BM25F())
        return self._searchers[locale]

    def close(self) -> None:
        """Let go of the engine's open files (a worker moving to a newer build)."""
        for searcher in self._searchers.values():
            searcher.close()
        self._searchers = {}

    def doc_count(self, locale: str) -> int:
        return self._searcher(locale).doc_count()

    def doc_frequency(self, locale: str, field: str, token: str) -> int:
        return self._searcher(locale).doc_frequency(field, token)

    def similar_terms(
        self, locale: str, field: str, token: str, maxdist: int, anchored: bool = True
    ) -> list[str]:
        """Indexed terms within ``maxdist`` edits (sharing the first letter when ``anchored``,
        which is much cheaper): typo candidates."""
        reader = self._searcher(locale).reader()
        prefix = 1 if anchored else 0
        return [t for t in reader.terms_within(field, token, maxdist, prefix=prefix) if t != token]

    def terms_with_prefix(self, locale: str, field: str, prefix: str, limit: int = 8) -> list[str]:
        """Indexed terms that extend ``prefix``: "metal" finds "metalwork"."""
        reader = self._searcher(locale).reader()
        found = []
        for term in reader.expand_prefix(field, prefix):
            term = term.decode("utf-8") if isinstance(term, bytes) else term
            if term != prefix:
                found.append(term)
            if len(found) >= limit:
                break
        return found

    def run(
        self, locale: str, clauses: list[tuple[str, str, float]], limit: int
    ) -> list[EngineHit]:
        """BM25F over (field, token, boost) clauses, OR-ed; best ``limit`` hits.

        A term listed twice scores as once with the boosts added (BM25F is linear in the
        boost), so repeats are merged: fewer matchers, same ranking.
        """
        boosts: dict[tuple[str, str], float] = {}
        for field, token, boost in clauses:
            boosts[(field, token)] = boosts.get((field, token), 0.0) + boost
        if not boosts:
            return []
        query = Or([Term(field, token, boost=boost) for (field, token), boost in boosts.items()])
        results = self._searcher(locale).search(query, limit=limit)
        return [EngineHit(hit["id"], float(hit.score)) for hit in results]


def open_index(settings: Settings) -> FaqIndex:
    """Open the current build; missing or incompatible is an error, stale only a warning."""
    manifest = read_manifest(settings.index_dir)
    return FaqIndex(settings.index_dir, manifest)


def open_build(build_dir: Path, manifest: dict) -> FaqIndex:
    """Open one build directory (not the symlink), as the live server does after verifying it."""
    return FaqIndex(build_dir, manifest)


def probe(faq_index: FaqIndex) -> None:
    """Read each locale's pairs and run one query against its engine: what a request needs.
    Raises on anything unreadable, so a build is tried before it is served."""
    for locale in faq_index.locales:
        pairs = faq_index.pairs(locale)
        first = next(iter(pairs), None)
        if first is not None:
            pairs[first]  # noqa: B018 - reading one pair is the point
        faq_index.doc_count(locale)
        faq_index.run(locale, [("id", first or "-", 1.0)], 1)
