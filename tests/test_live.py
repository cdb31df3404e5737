import json

import pytest

from faqsvc import index, live
from faqsvc.errors import IndexUnavailable
from faqsvc.settings import Settings


def hide(settings: Settings, pair_id: str) -> None:
    (settings.corpus_dir / "overrides.json").write_text(json.dumps({pair_id: {"suppress": True}}))


def damage(path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 32] = bytes(b ^ 0xFF for b in data[middle : middle + 32])
    path.write_bytes(bytes(data))


def test_a_new_build_is_served_from_the_next_refresh(settings):
    index.build(settings)
    served = live.LiveIndex.open(settings)
    assert "tiny-cement" in served.pairs("en")
    hide(settings, "tiny-cement")
    index.build(settings)
    assert "tiny-cement" in served.pairs("en")  # nothing moves within a request
    served.refresh()
    assert "tiny-cement" not in served.pairs("en")
    assert served.root == settings.index_dir.resolve()
    assert served.readiness() is None


def test_a_damaged_new_build_is_not_served_and_readiness_says_why(settings):
    index.build(settings)
    served = live.LiveIndex.open(settings)
    good = served.root
    hide(settings, "tiny-cement")
    index.build(settings)
    damage(settings.index_dir.resolve() / "en.store.sqlite")
    served.refresh()
    assert served.root == good and "tiny-cement" in served.pairs("en")
    problem = served.readiness()
    assert "corrupt" in problem and good.name in problem


def test_damage_to_the_served_build_moves_to_the_last_good_one(settings):
    index.build(settings)
    previous = settings.index_dir.resolve()
    index.build(settings)
    served = live.LiveIndex.open(settings)
    damage(next(served.root.glob("es/*.seg")))
    assert live.damaged(served)  # what the app asks after an unexpected error
    assert served.root == previous
    assert served.run("es", [("id", "tiny-risks", 1.0)], 5)


def test_start_up_takes_the_newest_intact_build_or_refuses(settings):
    index.build(settings)
    previous = settings.index_dir.resolve()
    index.build(settings)
    damage(settings.index_dir.resolve() / "fr.store.sqlite")
    assert live.LiveIndex.open(settings).root == previous
    damage(previous / "fr.store.sqlite")
    with pytest.raises(IndexUnavailable, match="no intact index.*run 'faqsvc build'"):
        live.LiveIndex.open(settings)


def test_with_nothing_intact_a_request_is_unavailable_not_an_error(settings):
    index.build(settings)
    served = live.LiveIndex.open(settings)
    damage(settings.index_dir.resolve() / "en.store.sqlite")
    assert live.damaged(served)
    with pytest.raises(IndexUnavailable):
        served.pairs("en")
    assert "corrupt" in served.readiness()
