import pytest
from falcon import testing

from faqsvc.web.limits import RateLimiter
from faqsvc.web.startup import ServedApp


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_client_gets_its_burst_then_waits_for_the_rate():
    clock = Clock()
    limiter = RateLimiter(rate=2, burst=3, clock=clock)
    assert [limiter.retry_after("10.0.0.1") for _ in range(4)] == [0, 0, 0, 1]
    assert limiter.retry_after("10.0.0.2") == 0  # another client has its own bucket
    clock.now += 0.5  # one token back at 2 a second
    assert limiter.retry_after("10.0.0.1") == 0
    assert limiter.retry_after("10.0.0.1") == 1


def test_the_limiter_keeps_no_address():
    limiter = RateLimiter(rate=1, burst=1)
    limiter.retry_after("192.168.10.77")
    assert all(isinstance(key, int) for key in limiter._buckets._buckets)
    assert "192.168" not in repr(limiter._buckets._buckets)


def test_workers_share_one_table_that_holds_no_address(monkeypatch):
    import multiprocessing

    from faqsvc.web import limits

    monkeypatch.setattr(limits, "_shared", None)
    limits.share_between_workers(slots=64)  # the master, before it forks

    def worker() -> None:
        limiter = RateLimiter(rate=0.01, burst=3)
        assert [limiter.retry_after("192.168.10.77") for _ in range(3)] == [0, 0, 0]

    child = multiprocessing.get_context("fork").Process(target=worker)
    child.start()
    child.join(timeout=30)
    assert child.exitcode == 0
    limiter = RateLimiter(rate=0.01, burst=3)  # another worker sees the spent bucket
    assert limiter.retry_after("192.168.10.77") > 0
    assert limiter.retry_after("192.168.10.78") == 0
    assert b"192.168" not in bytes(limits._shared._table)


def test_a_zero_rate_turns_the_limit_off():
    limiter = RateLimiter(rate=0, burst=1)
    assert {limiter.retry_after("10.0.0.1") for _ in range(100)} == {0}


@pytest.fixture
def limited(tiny_settings, tiny_index):
    from faqsvc.web.app import create_app

    class Fixed:  # a LiveIndex that never moves
        def refresh(self) -> None:
            pass

    app = ServedApp(create_app(tiny_settings, tiny_index), Fixed(), RateLimiter(1, 2))
    return testing.TestClient(app)


def test_over_the_limit_is_429_in_the_json_error_shape_with_retry_after(limited):
    codes = [limited.simulate_get("/api/v1/topics").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    answer = limited.simulate_get("/api/v1/topics")
    assert answer.status_code == 429
    assert int(answer.headers["Retry-After"]) >= 1
    assert answer.json["error"]["code"] == "too_many_requests"
    assert answer.json["error"]["status"] == 429
    assert limited.simulate_get("/readyz").status_code == 200  # probes are not limited


def test_the_table_of_clients_is_bounded(monkeypatch):
    from faqsvc.web import limits

    monkeypatch.setattr(limits, "MAX_CLIENTS", 50)
    limiter = RateLimiter(rate=1, burst=1)
    for n in range(200):
        limiter.retry_after(f"10.0.{n // 256}.{n % 256}")
    assert len(limiter._buckets) == 50
