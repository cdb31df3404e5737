"""The build a running worker serves, switched to a newer good build between requests.

``faqsvc build`` swaps the ``index`` symlink atomically. Before each request a worker reads
where the symlink points (one ``readlink``); when it points somewhere new, the worker verifies
that build's checksums, opens it, searches it in every locale and only then switches, holding a
lease on it so pruning leaves it alone, and lets go of the old one. A build that fails is
remembered and not served: the worker keeps the last good one. Once a second a worker also
looks at the sizes and times of its own build's files, so a build damaged in place is noticed,
verified and left for the newest intact one.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from faqsvc import builds, index
from faqsvc.errors import IndexUnavailable
from faqsvc.settings import Settings

log = logging.getLogger("faqsvc")

RECHECK_SECONDS = 1.0


def _signature(build_dir: Path) -> tuple:
    """Cheap fingerprint of a build's files: a change means they must be verified again."""
    try:
        return tuple(
            (p.name, (st := p.stat()).st_size, st.st_mtime_ns)
            for p in sorted(build_dir.rglob("*"))
            if p.is_file()
        )
    except OSError:
        return ("unreadable",)


class _Served:
    """One opened build with the lease that keeps it on disk and its files' fingerprint."""

    def __init__(self, faq_index: index.FaqIndex, lease: builds.Lease) -> None:
        self.index, self.lease = faq_index, lease
        self.signature = _signature(faq_index.root)

    def release(self) -> None:
        self.index.close()
        self.lease.release()


def _open_verified(build_dir: Path, manifest: dict | None = None) -> _Served:
    """Verify, lease, open and probe one build; raises IndexUnavailable with the reason."""
    manifest = manifest or builds.read_manifest_file(build_dir)
    if not manifest or manifest.get("schema_version") != index.SCHEMA_VERSION:
        raise IndexUnavailable(f"{build_dir.name}: no readable manifest of this schema")
    lease = builds.Lease(build_dir)
    if not lease.acquire():
        raise IndexUnavailable(f"{build_dir.name}: being deleted")
    try:
        if problem := builds.verify(build_dir, manifest):
            raise IndexUnavailable(problem)
        opened = index.open_build(build_dir, manifest)
        index.probe(opened)
    except Exception as exc:
        lease.release()
        if isinstance(exc, IndexUnavailable):
            raise
        raise IndexUnavailable(f"{build_dir.name}: cannot be searched ({exc})") from exc
    return _Served(opened, lease)


class LiveIndex:
    """Stands in for a FaqIndex (every attribute is the served build's) and moves between builds.

    Only ``refresh()`` switches, and the server calls it between requests, one request at a time
    per worker, so a request sees one build from start to end."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._served: _Served | None = None
        self._rejected: dict[Path, str] = {}
        self._checked_at = 0.0
        self.problem: str | None = None  # why the live build is not the one served

    @classmethod
    def open(cls, settings: Settings) -> LiveIndex:
        """The live build if it is intact, else the newest intact one; none is an error."""
        live = cls(settings)
        live.refresh(force=True)
        if live._served is None:
            raise IndexUnavailable(
                f"no intact index at {settings.index_dir} ({live.problem}): run 'faqsvc build'"
            )
        return live

    def __getattr__(self, name: str):
        served = self.__dict__.get("_served")
        if served is None:
            raise IndexUnavailable("no intact index to search: run 'faqsvc build'")
        return getattr(served.index, name)

    @property
    def served_root(self) -> Path | None:
        return self._served.index.root if self._served else None

    def refresh(self, force: bool = False) -> None:
        """Switch to the live build when it moved and is good; notice damage to the served one."""
        try:
            target = self.settings.index_dir.resolve(strict=True)
        except OSError:
            self.problem = f"no index at {self.settings.index_dir}"
            target = None
        if target is not None and target != self.served_root and target not in self._rejected:
            self._try(target)
        now = time.monotonic()
        if force or now - self._checked_at >= RECHECK_SECONDS:
            self._checked_at = now
            if self._served and _signature(self._served.index.root) != self._served.signature:
                self.check_damage()
            if self._served is None:
                self._fall_back()
        if target == self.served_root:
            self.problem = None

    def _switch(self, served: _Served | None) -> None:
        if self._served is not None:
            self._served.release()
        self._served = served

    def _try(self, build_dir: Path) -> None:
        try:
            opened = _open_verified(build_dir)
        except IndexUnavailable as exc:
            if "being deleted" not in exc.message:
                self._rejected[build_dir] = exc.message
                log.error("not serving %s: %s", build_dir.name, exc.message)
            self.problem = exc.message
            return
        self._switch(opened)
        log.info("serving build %s", build_dir.name)

    def check_damage(self) -> bool:
        """Verify the served build's files now; when damaged, leave it for the newest intact
        build (or none). True when the worker moved."""
        if self._served is None:
            return False
        root = self._served.index.root
        problem = builds.verify(root, self._served.index.manifest)
        if problem is None:
            self._served.signature = _signature(root)
            return False
        log.error("build %s changed on disk: %s", root.name, problem)
        self._rejected[root] = self.problem = problem
        self._switch(None)
        self._fall_back()
        return True

    def _fall_back(self) -> None:
        """The newest intact build that is not known bad, when the live one cannot be served."""
        for path, manifest in builds.good_builds(self.settings.index_dir, index.SCHEMA_VERSION):
            if path not in self._rejected:
                try:
                    self._served = _open_verified(path, manifest)
                except IndexUnavailable:
                    continue
                log.warning("serving the last good build %s (%s)", path.name, self.problem)
                return

    def readiness(self) -> str | None:
        """Why this worker is not ready: the live build is missing, corrupt or unsearchable."""
        self.refresh(force=True)
        if self._served is None:
            return self.problem or "no intact index"
        name = self._served.index.root.name
        if self.problem:
            return f"{self.problem}; serving the last good build {name}"
        try:
            index.probe(self._served.index)
        except Exception as exc:  # anything the engine raises on damaged files
            return f"{name}: cannot be searched ({exc})"
        return None


def damaged(faq_index) -> bool:
    """After an unexpected error: was it the served build's files? If so the worker has
    already moved to the newest intact build, and the request is answered 503, not 500."""
    return isinstance(faq_index, LiveIndex) and faq_index.check_damage()


def readiness(faq_index) -> str | None:
    """Readiness of whatever the app was given: a LiveIndex, or a plain FaqIndex in tests."""
    if isinstance(faq_index, LiveIndex):
        return faq_index.readiness()
    try:
        index.probe(faq_index)
    except Exception as exc:
        return f"the index cannot be searched ({exc})"
    return None
