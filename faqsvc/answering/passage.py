"""Which sentences of an answer a result shows, and how many.

The snippet is what a patient reads first, often the only part. It was the answer unit that
matched best, cut at 240 characters: a two-sentence window lost its second sentence when the
first was long ("can I eat my breakfast that morning?" showed the MRI sentence, the fasting one
cut off), and a short sentence stood alone ("Vertebroplasty is typically successful." without
the "About 87%" that follows it). Now the sentence of a window that holds more of what was asked
is kept when both do not fit, and a short passage runs on into the sentences that follow it.
"""

from __future__ import annotations

from collections.abc import Callable

from faqsvc.pairdata import sentences

__all__ = ["shown_passage"]

# A passage shorter than this share of the snippet's size runs on into the next sentence.
RUN_ON_SHARE = 0.5


def shown_passage(
    answer: str, unit_text: str | None, weigh: Callable[[str], float], size: int
) -> str:
    """The sentences of ``answer`` to show for the unit that matched (``unit_text``, one
    sentence or two joined, or None for none): the heavier of two that do not fit in ``size``
    characters (``weigh`` scores a sentence by what it holds of the query), then the
    sentences after it while the passage is short."""
    said = sentences(answer)
    if not said:
        return answer.strip()
    start, count = _located(said, unit_text)
    if unit_text is None:  # matched through its question: the sentence that says most of it
        start = max(range(len(said)), key=lambda n: (weigh(said[n]), -n))
    chosen = said[start : start + count]
    if count == 2 and len(" ".join(chosen)) > size:  # the heavier one; the first on a tie
        if weigh(chosen[1]) > weigh(chosen[0]):
            start += 1
        chosen = [said[start]]
    end = start + len(chosen)
    while end < len(said) and len(" ".join(chosen)) < size * RUN_ON_SHARE:
        if len(" ".join([*chosen, said[end]])) > size:
            break
        chosen.append(said[end])
        end += 1
    return " ".join(chosen)


def _located(said: list[str], unit_text: str | None) -> tuple[int, int]:
    """(first sentence, how many) of the unit among the answer's sentences; the opening
    sentence when the pair matched through its question alone."""
    if unit_text:
        for start, sentence in enumerate(said):
            if unit_text == sentence:
                return start, 1
            if start + 1 < len(said) and unit_text == f"{sentence} {said[start + 1]}":
                return start, 2
    return 0, 1
