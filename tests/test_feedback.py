import multiprocessing
import sqlite3

from faqsvc.feedback import FeedbackStore


def _vote(data_dir, n):
    store = FeedbackStore(data_dir)
    for i in range(n):
        store.record_helpful("pair-1", "en", i % 2 == 0)
        store.record_declined("en", "risks")


def test_counts_from_several_processes_at_once_are_all_kept(tmp_path):
    workers = [multiprocessing.Process(target=_vote, args=(tmp_path, 40)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert all(w.exitcode == 0 for w in workers)
    store = FeedbackStore(tmp_path)
    [row] = store.helpful_counts()
    assert (row.yes, row.no) == (80, 80)
    assert [(d.topic, d.count) for d in store.declined_topics()] == [("risks", 160)]


def test_only_aggregates_are_stored(tmp_path):
    store = FeedbackStore(tmp_path)
    store.record_helpful("pair-1", "de", False)
    with sqlite3.connect(store.path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {t: [c[1] for c in db.execute(f"PRAGMA table_info({t})")] for t in sorted(tables)}
    assert columns == {
        "declined": ["locale", "topic", "count"],
        "helpful": ["pair_id", "locale", "yes", "no"],
    }


def test_a_count_that_cannot_be_stored_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    store = FeedbackStore(blocker / "data")
    assert store.record_helpful("pair-1", "en", True) is False
    assert store.helpful_counts() == []
