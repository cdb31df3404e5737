import json

import pytest

from faqsvc import builds, index


def damage(path) -> None:
    """Overwrite bytes in place, the size unchanged (what the issue did to a segment)."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_the_manifest_carries_a_checksum_of_every_file(settings):
    manifest = index.build(settings)
    root = settings.index_dir.resolve()
    on_disk = {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.name not in ("manifest.json", ".lease")
    }
    assert set(manifest["files"]) == on_disk
    assert any(name.endswith(".seg") for name in on_disk)
    assert builds.verify(root, manifest) is None


@pytest.mark.parametrize("victim", ["en.store.sqlite", "es/*.seg", "fr/*.toc"])
def test_verify_finds_a_file_changed_or_missing(settings, victim):
    manifest = index.build(settings)
    root = settings.index_dir.resolve()
    path = next(root.glob(victim))
    damage(path)
    assert "corrupt" in builds.verify(root, manifest)
    assert "corrupt" in index.check(settings)  # so `faqsvc build --if-stale` rebuilds
    path.unlink()
    assert "missing" in builds.verify(root, manifest)


def test_a_manifest_without_checksums_is_not_trusted(settings):
    manifest = index.build(settings)
    del manifest["files"]
    assert "no file checksums" in builds.verify(settings.index_dir.resolve(), manifest)


def test_prune_keeps_two_builds_and_any_build_a_process_holds(settings):
    index.build(settings)
    held = settings.index_dir.resolve()
    lease = builds.Lease(held)
    assert lease.acquire()
    for _ in range(3):
        index.build(settings)
    remaining = sorted(builds.builds_dir(settings.index_dir).iterdir())
    assert held in remaining  # in use: never deleted
    assert len(remaining) == 3  # the held one, the previous and the current
    lease.release()
    index.build(settings)
    remaining = sorted(builds.builds_dir(settings.index_dir).iterdir())
    assert held not in remaining and len(remaining) == 2


def test_a_lease_cannot_be_taken_on_a_deleted_build(settings):
    index.build(settings)
    old = settings.index_dir.resolve()
    index.build(settings)
    index.build(settings)  # old is now beyond the two kept, and nobody held it
    assert not builds.Lease(old).acquire()


def test_good_builds_skip_a_damaged_one_newest_first(settings):
    index.build(settings)
    first = settings.index_dir.resolve()
    index.build(settings)
    damage(next(settings.index_dir.resolve().glob("en/*.seg")))
    found = [path for path, _ in builds.good_builds(settings.index_dir, index.SCHEMA_VERSION)]
    assert found == [first]
    manifest = json.loads((first / "manifest.json").read_text())
    assert manifest["build_id"] == first.name
