"""Work per request does not grow with the corpus; fallbacks are not copied into every locale;
real banks import. Work is counted (pairs touched, rows read), never timed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from faqsvc import corpus, postings
from faqsvc.answering import browse, search
from faqsvc.errors import InvalidParameter
from faqsvc.index import matching, reading
from faqsvc.ingest import pipeline
from faqsvc.ingest.structured import ImportLimits, read_structured
from tests.conftest import index_of_rows

DATA = Path(__file__).with_name("data")
QUERIES = ["how long does the cement take to harden", "risks of vertebroplasty", "zzzz qqqq"]


class CountingIndex:
    """The index, counting every pair the request path decodes or lists."""

    def __init__(self, inner) -> None:
        self.inner, self.touched = inner, 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def candidate(self, locale, docnum):
        self.touched += 1
        return self.inner.candidate(locale, docnum)

    def served(self, locale, pair_id):
        self.touched += 1
        return self.inner.served(locale, pair_id)

    def spelling_words(self, locale, first, length, spread):
        found = self.inner.spelling_words(locale, first, length, spread)
        self.touched += len(found)
        return found


def _index_of(tmp_path: Path, copies: int):
    rows = [json.loads(line) for line in (DATA / "tiny_pairs.jsonl").read_text().splitlines()]
    out = []
    for copy in range(copies):
        for row in rows:
            out.append(
                {**row, "id": f"{row['id']}-{copy}", "question": f"{row['question']} {copy}"}
            )
    return index_of_rows(tmp_path / f"x{copies}", out)


def _work(faq_index) -> int:
    counting = CountingIndex(faq_index)
    for text in QUERIES:
        search.search(counting, text, "en")
        search.search(counting, text, "es")
    browse.suggest(counting, "how", "en")
    browse.topic_counts(counting, "en")
    return counting.touched


def test_search_work_does_not_grow_with_the_corpus(tmp_path):
    small, large = _index_of(tmp_path, 4), _index_of(tmp_path, 40)
    assert large.doc_count("en") == 10 * small.doc_count("en")
    small_work, large_work = _work(small), _work(large)
    bound = len(QUERIES) * 2 * (search.CANDIDATES + 5 * 4) + 8
    assert small_work <= bound and large_work <= bound
    assert large_work < 3 * small_work  # the corpus grew tenfold


def test_fallback_pairs_are_served_from_the_source_locale_not_copied(tiny_index):
    assert tiny_index.doc_count("es") == 2  # the two translated pairs only
    assert tiny_index.doc_count("fr") == 0
    french = tiny_index.pairs("fr")
    assert len(french) == 5 and french["tiny-cement"].translation == "fallback"
    result = search.search(tiny_index, "cement harden", "fr")
    assert result.results and result.results[0].pair.translation == "fallback"


def test_a_long_answer_imports_with_url_date_and_gzip(tmp_path):
    rows = [
        {
            "question": "What is a long answer?",
            "answer": "Word " * 6_000,  # 30,000 characters
            "url": "https://example.org/a",
            "date": "2024-05",
            "source": "NIH",
        }
    ]
    path = tmp_path / "bank.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(r) + "\n" for r in rows))
    pipeline.import_file(path, tmp_path / "corpus")
    (pair,) = corpus.load_pairs(tmp_path / "corpus")
    assert len(pair.answer) >= 29_000 and pair.topic
    assert (pair.source.url, pair.source.reviewed, pair.source.publisher) == (
        "https://example.org/a",
        "2024-05",
        "NIH",
    )


@pytest.mark.parametrize(
    "row, field",
    [
        ({"question": "q?", "answer": "x" * 51}, "answer"),
        ({"question": "q?", "answer": "a", "url": "ftp://x"}, "url"),
        ({"question": "q?", "answer": "a", "date": "May"}, "date"),
    ],
)
def test_import_errors_name_line_and_field(tmp_path, row, field):
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"question": "ok?", "answer": "ok"}) + "\n" + json.dumps(row))
    with pytest.raises(InvalidParameter, match=rf"f\.jsonl:2: {field}:"):
        read_structured(path, ImportLimits(answer_chars=50))


def test_postings_read_per_search_are_bounded_whatever_is_sent(tiny_index, monkeypatch):
    """A long message of many words reads at most ``MAX_CLAUSES`` terms' scored postings per
    language searched once the index counts as large (here: from any size, and 5 terms)."""
    monkeypatch.setattr(matching, "COMMON_FROM", 0)
    monkeypatch.setattr(matching, "MAX_CLAUSES", 5)
    reads = []
    original = postings.Postings.scored

    def counted(self, field, term):
        reads.append(term)
        return original(self, field, term)

    monkeypatch.setattr(postings.Postings, "scored", counted)
    rows = [json.loads(line) for line in (DATA / "tiny_pairs.jsonl").read_text().splitlines()]
    words = " ".join(dict.fromkeys(" ".join(r["answer"] for r in rows).split()))
    search.search(tiny_index, words, "en")
    assert 0 < len(reads) <= 2 * matching.MAX_CLAUSES  # the page's language and one more


def test_per_process_caches_stay_within_their_bounds(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "CACHED_LOOKUPS", 5)
    monkeypatch.setattr(postings, "CACHED_FREQUENCIES", 7)
    faq_index = _index_of(tmp_path, 1)
    for n in range(30):
        search.search(faq_index, f"zqx{n}word vertebrs vertebra{n}", "en")
    assert 0 < len(faq_index._lookups) <= 5
    assert 0 < len(faq_index.scored("en")._frequencies) <= 7
