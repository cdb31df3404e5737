"""The life of a build directory on disk: checksums, leases, pruning and finding a good one.

Builds live under ``<index>.builds/``; ``<index>`` is a symlink to the current one. A process
that serves a build holds a shared ``flock`` on its ``.lease`` file for as long as it may read
it; the kernel drops the lock when the process dies, so a killed worker never pins a build.
Pruning takes the exclusive lock without waiting and deletes only what it got: a build in use is
never deleted. Nothing here knows the search engine; it works on files.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

LEASE = ".lease"
MANIFEST = "manifest.json"
KEEP_BUILDS = 2  # the current build and the one before it, so a rollback is one symlink away


def builds_dir(index_dir: Path) -> Path:
    return index_dir.with_name(index_dir.name + ".builds")


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def _data_files(build_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in build_dir.rglob("*")
        if p.is_file() and p.name not in (LEASE, MANIFEST) and not p.name.endswith(".lock")
    )


def checksums(build_dir: Path) -> dict[str, str]:
    """sha256 of every file of a build, by path relative to it (the manifest and lease aside)."""
    return {p.relative_to(build_dir).as_posix(): _digest(p) for p in _data_files(build_dir)}


def verify(build_dir: Path, manifest: dict) -> str | None:
    """Why the build's files are not the ones it was built with, or None when they all are.

    Reading every byte costs a few milliseconds per MiB; it runs when a build is chosen, never
    per request, so a torn or overwritten file is found before a worker maps it."""
    expected = manifest.get("files")
    if not isinstance(expected, dict) or not expected:
        return f"{build_dir.name}: the manifest lists no file checksums"
    found = {p.relative_to(build_dir).as_posix() for p in _data_files(build_dir)}
    if missing := sorted(set(expected) - found):
        return f"{build_dir.name}: {missing[0]} is missing"
    for name, digest in expected.items():
        try:
            if _digest(build_dir / name) != digest:
                return f"{build_dir.name}: {name} does not match its checksum (corrupt)"
        except OSError as exc:
            return f"{build_dir.name}: {name} is unreadable ({exc.strerror})"
    return None


def read_manifest_file(build_dir: Path) -> dict | None:
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


class Lease:
    """A shared lock on a build: while held, pruning leaves the directory alone."""

    def __init__(self, build_dir: Path) -> None:
        self.build_dir = build_dir
        self._fd: int | None = None

    def acquire(self) -> bool:
        """False when the build is gone or being deleted (the caller looks again)."""
        try:
            fd = os.open(self.build_dir / LEASE, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        if os.fstat(fd).st_nlink == 0:  # deleted between open and lock
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


def create_lease_file(build_dir: Path) -> None:
    (build_dir / LEASE).touch()


def _delete_if_unleased(path: Path) -> bool:
    lease = path / LEASE
    try:
        fd = os.open(lease, os.O_RDONLY)
    except OSError:  # an old build without a lease file, or a half-built one
        shutil.rmtree(path, ignore_errors=True)
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False  # some process serves it
    try:
        lease.unlink()  # from here on nobody can take a new lease on it
        shutil.rmtree(path, ignore_errors=True)
    finally:
        os.close(fd)
    return True


def prune(index_dir: Path, keep: Path) -> list[Path]:
    """Delete old builds beyond the newest KEEP_BUILDS, except any a live process holds."""
    builds = builds_dir(index_dir)
    current = {keep.resolve()}
    if index_dir.is_symlink():
        current.add(index_dir.resolve())
    old = sorted((p for p in builds.iterdir() if p.resolve() not in current), reverse=True)
    deleted = []
    for path in old[KEEP_BUILDS - 1 :]:
        if path.is_dir() and _delete_if_unleased(path):
            deleted.append(path)
    return deleted


def good_builds(index_dir: Path, schema_version: int) -> Iterator[tuple[Path, dict]]:
    """Builds that verify, newest first: the current one, then the others under .builds/.
    Lazy, because verifying reads every byte."""
    candidates = []
    if index_dir.exists():
        candidates.append(index_dir.resolve())
    builds = builds_dir(index_dir)
    if builds.is_dir():
        candidates += sorted((p for p in builds.iterdir() if p.is_dir()), reverse=True)
    for path in dict.fromkeys(candidates):
        manifest = read_manifest_file(path)
        usable = manifest and manifest.get("schema_version") == schema_version
        if usable and verify(path, manifest) is None:
            yield path, manifest
