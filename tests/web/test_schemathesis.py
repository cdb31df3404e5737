"""Schemathesis against /api/v1/openapi.json, in process: the document and the service agree.

Each operation gets a fixed number of generated requests, valid ones (the service must answer as
documented) and invalid ones (it must refuse them with a documented 4xx), derandomized so every
run tries the same cases. Schemathesis's pytest fixture loader does not work with pytest 9, so
the operations are driven through their Hypothesis strategies.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from faqsvc.web.app import create_app
from faqsvc.web.openapi import openapi_spec

MAX_EXAMPLES = 30
PATHS = openapi_spec(["en"])["paths"]
# Invalid requests need something to make invalid: operations without parameters get only valid.
CASES = [
    (path, mode)
    for path, item in sorted(PATHS.items())
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if mode is GenerationMode.POSITIVE or item["get"]["parameters"]
]
# A refusal is any 4xx the document declares; 414 is the documented answer to a too-long q.
CONFIG = schemathesis.Config.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": ["400", "404", "414"]}}}
)


@pytest.fixture(scope="module")
def api_schema(tiny_settings, tiny_index):
    app = create_app(tiny_settings, tiny_index)
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=CONFIG)


@pytest.mark.parametrize(("path", "mode"), CASES)
def test_api_agrees_with_its_openapi_document(api_schema, path, mode):
    operation = api_schema[path]["GET"]
    calls = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        calls.append(case)
        case.call_and_validate()

    check()
    assert calls
