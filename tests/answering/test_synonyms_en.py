"""English synonym members added from session 35 on (the older rows are in test_synonyms.py).

English carries far fewer phrasings per pair than the other locales, so its patients' words for
the leaflets' terms matter more: each row failed before its member was added.
"""

from __future__ import annotations

import pytest

from faqsvc.answering.synonyms import found_groups, groups


def _canonical_terms_found(locale: str, text: str) -> set[str]:
    return {groups(locale)[found.group][0] for found in found_groups(locale, text)}


def _others(text: str, canonical: str) -> set[str]:
    """The members a pair is credited for when ``text`` finds the group ``canonical``."""
    found = [f for f in found_groups("en", text) if groups("en")[f.group][0] == canonical]
    return set(found[0].others) if found else set()


EN_35 = [
    # open surgery, said as patients say it (the pairs: "compared to open surgery")
    ("Is this safer than having my back opened up in a proper operation?", "open surgery"),
    ("would they have to cut me open?", "open surgery"),
    ("is it a real operation or just an injection", "open surgery"),
    # a comparison of risk is the risk (the pairs: "a relatively safe procedure")
    ("is it safer than an operation", "risks"),
    ("which is riskier, this or the balloon one?", "risks"),
    # the simpler treatments tried first (the pairs: "more conservative treatments have failed")
    ("should we just wait and see if it heals on its own?", "conservative treatments"),
    ("why not give the brace time till it heals", "conservative treatments"),
    ("I've tried everything else, is this next?", "conservative treatments"),
    # an old fracture, asked as too late or as knitted (the pairs: "even if the fracture is many
    # months or even years old", "a fracture that has already healed")
    ("it broke over a year ago, is it too late?", "healed fracture"),
    ("the break is old and has knitted back together", "healed fracture"),
    # who does it, asked as "the one who does the job" (the pairs: "an interventional radiologist")
    ("Who's the one who actually does the job, a surgeon?", "interventional radiologist"),
]


@pytest.mark.parametrize(("text", "canonical"), EN_35)
def test_session_35_english_members_find_their_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("en", text)


def test_everyday_words_for_the_simpler_treatments_are_never_looked_for_in_a_pair() -> None:
    # "heals on its own" is one word once its stop words go, and every pair about recovery
    # says "healing": a pair is credited only for the leaflets' own terms
    others = _others("will it heal on its own?", "conservative treatments")
    assert "simpler treatments" in others
    assert not {"heal on its own", "wait and see", "till it heals"} & others


def test_an_old_fracture_is_credited_only_for_the_leaflets_words() -> None:
    # scans "distinguish old fractures from new ones": no answer to whether it is too late
    others = _others("is it too late to have it done?", "healed fracture")
    assert {"already healed", "months or even years old"} <= others
    assert not {"old fracture", "old fractures", "knitted"} & others


def test_english_lookalikes_stay_apart() -> None:
    assert "open surgery" not in _canonical_terms_found("en", "is the clinic open on Sundays?")
    assert "conservative treatments" not in _canonical_terms_found("en", "how long to heal?")
    assert "healed fracture" not in _canonical_terms_found("en", "I'm 84 years old, can I have it?")


EN_36 = [
    # the cement as a household filler, and "goes off" as builders say it sets (the pairs: "the
    # cement hardens", "10 minutes for the cement to congeal")
    ("is it basically Polyfilla for bones?", "bone cement"),
    ("how long before it goes off properly?", "harden"),
    ("does the cement go off properly before I can move?", "harden"),
    # "is mine different?" asks the difference (the pairs: "the difference between kyphoplasty
    # and vertebroplasty")
    ("my neighbour had the balloon one, is mine different?", "difference"),
    # which of several broken bones is the painful one (the pairs: the scans "localize the
    # fracture site, as well as distinguish old fractures from new ones")
    (
        "three are squashed, how do they know which one is causing the pain?",
        "localize the fracture site",
    ),
    ("can a scan pinpoint which bone is the new break?", "localize the fracture site"),
    # the scar and the stitches are where the needle went in (the pairs: "the small incision site
    # with a sterile dressing", "smaller incisions")
    ("how many stitches will I have?", "puncture site"),
    ("will it leave a big scar on her back?", "puncture site"),
]


@pytest.mark.parametrize(("text", "canonical"), EN_36)
def test_session_36_english_members_find_their_group(text: str, canonical: str) -> None:
    assert canonical in _canonical_terms_found("en", text)


def test_everyday_words_for_the_setting_cement_and_the_filler_are_never_looked_for_in_a_pair():
    # "goes off" is the painkiller wearing off too; "different" is said of the spine's areas
    assert not {"goes off properly", "cement goes off"} & _others("it sets hard?", "harden")
    assert "different" not in _others("what is the difference?", "difference")
