import json

import pytest

from faqsvc import corpus
from faqsvc.errors import CorpusError, InvalidParameter
from faqsvc.ingest import pipeline
from faqsvc.ingest.structured import html_to_text, read_structured


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return path


def test_csv_and_jsonl_import(tmp_path):
    csv_path = tmp_path / "hospital.csv"
    csv_path.write_text(
        "question,answer,topic,lang\n"
        '"Can I drive home?","No, someone must <b>drive</b> you.",recovery,en\n'
        '"¿Puedo conducir?","No, alguien debe llevarle.",,es-MX\n'
    )
    pairs = read_structured(csv_path)
    assert [p.lang for p in pairs] == ["en", "es"]
    assert pairs[0].answer == "No, someone must drive you."
    assert pairs[0].topic == "recovery" and pairs[1].topic  # classified when missing
    assert pairs[0].id == read_structured(csv_path)[0].id  # stable ids


@pytest.mark.parametrize(
    "row, message",
    [
        ({"question": "", "answer": "x"}, "required"),
        ({"question": "q", "answer": "a", "lang": "klingon"}, "unsupported lang"),
        ({"question": "q", "answer": "a", "topic": "gossip"}, "unknown topic"),
        ({"question": "q", "answer": "a", "id": "../etc/passwd"}, "must be letters"),
        (["not", "an", "object"], "expected an object"),
    ],
)
def test_bad_rows_name_their_line(tmp_path, row, message):
    path = write_jsonl(tmp_path / "faq.jsonl", [{"question": "ok?", "answer": "ok"}, row])
    with pytest.raises(InvalidParameter, match=rf"faq\.jsonl:2: .*{message}"):
        read_structured(path)


def test_import_writes_nothing_when_any_row_is_bad(tmp_path):
    good = write_jsonl(tmp_path / "a.jsonl", [{"question": "q?", "answer": "a", "id": "one"}])
    pipeline.import_file(good, tmp_path / "corpus")
    bad = write_jsonl(tmp_path / "b.jsonl", [{"question": "q2?", "answer": "a"}, {"x": 1}])
    with pytest.raises(InvalidParameter):
        pipeline.import_file(bad, tmp_path / "corpus")
    assert [p.id for p in corpus.load_pairs(tmp_path / "corpus")] == ["one"]
    clash = write_jsonl(tmp_path / "c.jsonl", [{"question": "q3?", "answer": "a", "id": "one"}])
    with pytest.raises(CorpusError, match="already in the corpus"):
        pipeline.import_file(clash, tmp_path / "corpus")


def test_fifty_thousand_pairs_import(tmp_path):
    rows = [{"question": f"Question number {n}?", "answer": f"Answer {n}."} for n in range(50_000)]
    path = write_jsonl(tmp_path / "big.jsonl", rows)
    pairs = pipeline.import_file(path, tmp_path / "corpus")
    assert len(pairs) == 50_000
    assert len(corpus.load_pairs(tmp_path / "corpus")) == 50_000


def test_hostile_html_becomes_plain_text():
    text = html_to_text("<p>Hello<script>alert(1)</script></p><ul><li>one</li><li>two</li></ul>")
    assert "<" not in text and "- one" in text and "- two" in text
    assert html_to_text("Fish &amp; chips") == "Fish & chips"
