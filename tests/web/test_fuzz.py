"""Whatever a client sends, the answer is a 2xx, 3xx or 4xx: never a 500."""

import random

import pytest

PATHS = [
    "/api/v1/search",
    "/api/v1/faqs",
    "/api/v1/faqs/{x}",
    "/api/v1/topics",
    "/api/v1/suggest",
    "/api/v1/locales",
    "/api/v1/openapi.json",
    "/healthz",
    "/",
    "/search",
    "/faq/{x}",
    "/topic/{x}",
    "/static/{x}",
]
ALPHABETS = [
    "abc ",
    "ÀÉÎõü",
    "中文字",
    "عربي",
    "\u0301\u200b\u202e\ufeff",
    "<>&\"'%;{}()*:",
    "\x00\x07\n\t",
    "😀🩻",
    "../",
    "0123456789-_.",
]


def garbage(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(rng.choice(ALPHABETS)) for _ in range(size))


@pytest.mark.parametrize("seed", range(6))
def test_random_requests_never_fail_on_our_side(client, seed):
    rng = random.Random(seed)
    for _ in range(60):
        path = rng.choice(PATHS).replace("{x}", garbage(rng, rng.randint(1, 30)).replace("/", ""))
        params = {
            name: garbage(rng, rng.choice([0, 1, 5, 40, 300, 2500]))
            for name in rng.sample(["q", "lang", "limit", "topic", "x"], rng.randint(0, 4))
        }
        headers = {"Accept-Language": garbage(rng, rng.randint(0, 60))}
        cookies = {"faqsvc_lang": garbage(rng, 8).replace(";", "")}
        method = rng.choice(["GET", "GET", "GET", "POST", "DELETE", "HEAD"])
        response = client.simulate_request(
            method, path or "/", params=params, headers=headers, cookies=cookies
        )
        assert response.status_code < 500, (method, path, params, response.text[:300])
