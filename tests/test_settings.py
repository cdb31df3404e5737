from pathlib import Path

import pytest

from faqsvc.errors import InvalidParameter
from faqsvc.settings import Settings


def test_defaults_and_environment():
    assert Settings.from_env({}) == Settings()
    settings = Settings.from_env(
        {
            "FAQSVC_CORPUS_DIR": "/srv/c",
            "FAQSVC_WORKERS": "3",
            "FAQSVC_MIN_CONFIDENCE": "0.7",
            "UNRELATED": "x",
        }
    )
    assert settings.corpus_dir == Path("/srv/c")
    assert settings.workers == 3
    assert settings.min_confidence == 0.7


def test_malformed_number_is_an_error_not_a_silent_default():
    with pytest.raises(InvalidParameter):
        Settings.from_env({"FAQSVC_WORKERS": "two"})


def test_kiosk_is_a_boolean_and_a_typo_is_an_error():
    assert Settings.from_env({"FAQSVC_KIOSK": "1"}).kiosk is True
    assert Settings.from_env({"FAQSVC_KIOSK": "off"}).kiosk is False
    assert Settings.from_env({}).kiosk is False
    with pytest.raises(InvalidParameter):
        Settings.from_env({"FAQSVC_KIOSK": "maybe"})
