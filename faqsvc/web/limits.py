"""Per-client rate limiting, in memory, without keeping addresses.

A token bucket per client: ``rate`` requests a second on average, ``burst`` at once. The
client is known only by a keyed hash of its address (the key is random per process and never
leaves memory), the table holds at most ``MAX_CLIENTS`` entries (the least recently seen go
first), and nothing of it is logged. Each worker process counts on its own.
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
import time
from collections import OrderedDict

MAX_CLIENTS = 10_000


class RateLimiter:
    def __init__(self, rate: float, burst: int, clock=time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, max(1, burst), clock
        self._key = os.urandom(16)
        self._buckets: OrderedDict[bytes, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()  # worker threads call it outside the app's lock

    def _client(self, address: str) -> bytes:
        return hashlib.blake2b(address.encode(), key=self._key, digest_size=8).digest()

    def retry_after(self, address: str) -> int:
        """0 when the request may go ahead (and is counted), else whole seconds to wait."""
        if self.rate <= 0:
            return 0
        client = self._client(address)
        with self._lock:
            now = self.clock()
            tokens, last = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            self._buckets[client] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.popitem(last=False)
        return 0 if allowed else max(1, math.ceil((1.0 - tokens) / self.rate))
