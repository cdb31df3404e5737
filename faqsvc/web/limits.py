"""Per-client rate limiting, in memory, without keeping addresses.

A token bucket per client: ``rate`` requests a second on average, ``burst`` at once. The
client is known only by a keyed hash of its address (the key is random and never leaves
memory), and nothing of it is logged or written anywhere.

Under gunicorn the buckets live in one table of shared memory, made by the master before it
forks (``share_between_workers``, called from gunicorn_conf.py), so the limit holds across
workers: ``SHARED_SLOTS`` slots indexed by the hash; two clients landing on one slot reset each
other's bucket, which only ever lets a request through. Without it (tests, one process) a dict
of at most ``MAX_CLIENTS`` entries, the least recently seen dropped first.
"""

from __future__ import annotations

import hashlib
import math
import mmap
import multiprocessing
import os
import struct
import threading
import time
from collections import OrderedDict

MAX_CLIENTS = 10_000
SHARED_SLOTS = 16_384
_SLOT = struct.Struct("<Qdd")  # client hash, tokens, last seen (monotonic, system-wide)


class _LocalBuckets:
    def __init__(self) -> None:
        self.key = os.urandom(16)
        self.lock = threading.Lock()
        self._buckets: OrderedDict[int, tuple[float, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def get(self, client: int) -> tuple[float, float] | None:
        return self._buckets.pop(client, None)

    def put(self, client: int, tokens: float, now: float) -> None:
        self._buckets[client] = (tokens, now)
        while len(self._buckets) > MAX_CLIENTS:
            self._buckets.popitem(last=False)


class _SharedBuckets:
    def __init__(self, slots: int) -> None:
        self.key = os.urandom(16)
        self.lock = multiprocessing.Lock()  # a semaphore: shared by forked workers and threads
        self.slots = slots
        self._table = mmap.mmap(-1, slots * _SLOT.size)  # anonymous: shared across fork

    def get(self, client: int) -> tuple[float, float] | None:
        found, tokens, last = _SLOT.unpack_from(self._table, (client % self.slots) * _SLOT.size)
        return (tokens, last) if found == client else None

    def put(self, client: int, tokens: float, now: float) -> None:
        _SLOT.pack_into(self._table, (client % self.slots) * _SLOT.size, client, tokens, now)


_shared: _SharedBuckets | None = None


def share_between_workers(slots: int = SHARED_SLOTS) -> None:
    """Make the buckets shared memory; call once in the master, before workers fork."""
    global _shared
    _shared = _SharedBuckets(slots)


class RateLimiter:
    def __init__(self, rate: float, burst: int, clock=time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, max(1, burst), clock
        self._buckets = _shared if _shared is not None else _LocalBuckets()

    def _client(self, address: str) -> int:
        digest = hashlib.blake2b(address.encode(), key=self._buckets.key, digest_size=8)
        return int.from_bytes(digest.digest(), "little") or 1  # 0 marks an empty slot

    def retry_after(self, address: str) -> int:
        """0 when the request may go ahead (and is counted), else whole seconds to wait."""
        if self.rate <= 0:
            return 0
        client = self._client(address)
        with self._buckets.lock:
            now = self.clock()
            tokens, last = self._buckets.get(client) or (float(self.burst), now)
            tokens = min(float(self.burst), tokens + max(0.0, now - last) * self.rate)
            allowed = tokens >= 1.0
            self._buckets.put(client, tokens - 1.0 if allowed else tokens, now)
        return 0 if allowed else max(1, math.ceil((1.0 - tokens) / self.rate))
