"""The lock files are what a new machine installs: they must agree with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
LOCKS = {"run": ROOT / "requirements.lock", "test": ROOT / "requirements-test.lock"}
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def pins(text: str) -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in _PIN.findall(text)}


def direct(text: str) -> set[str]:
    """Packages the lock says it pinned because pyproject.toml (or build.in) asked for them."""
    names, current = set(), None
    for line in text.splitlines():
        if match := _PIN.match(line):
            current = canonicalize_name(match.group(1))
        elif current and re.search(
            r"#\s+(via\s+)?(faqsvc \(pyproject\.toml\)|-r requirements/)", line
        ):
            names.add(current)
    return names


def wanted(kind: str) -> list[Requirement]:
    project = PYPROJECT["project"]
    found = [Requirement(r) for r in project["dependencies"]]
    if kind == "test":
        found += [Requirement(r) for r in project["optional-dependencies"]["test"]]
    return found + [Requirement(r) for r in PYPROJECT["build-system"]["requires"]]


def disagreements(kind: str, lock_text: str) -> list[str]:
    """What is wrong between pyproject.toml and one lock: missing, unsatisfied or extra pins."""
    locked, asked = pins(lock_text), wanted(kind)
    problems = []
    for requirement in asked:
        version = locked.get(canonicalize_name(requirement.name))
        if version is None:
            problems.append(f"{requirement.name} is not locked")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement.name}=={version} does not satisfy {requirement}")
    extra = direct(lock_text) - {canonicalize_name(r.name) for r in asked}
    problems += [f"{name} is locked but no longer asked for" for name in sorted(extra)]
    return problems


@pytest.mark.parametrize("kind", sorted(LOCKS))
def test_lock_agrees_with_pyproject(kind):
    assert disagreements(kind, LOCKS[kind].read_text()) == [], "run: make lock"


@pytest.mark.parametrize("kind", sorted(LOCKS))
def test_every_pin_carries_hashes(kind):
    text = LOCKS[kind].read_text()
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert entries and all("--hash=sha256:" in entry for entry in entries if "==" in entry)


def test_run_and_test_locks_pin_shared_packages_alike():
    run, test = pins(LOCKS["run"].read_text()), pins(LOCKS["test"].read_text())
    assert {name: run[name] for name in run} == {name: test.get(name) for name in run}


def test_build_input_matches_build_system():
    lines = (ROOT / "requirements/build.in").read_text().splitlines()
    listed = [line for line in lines if line.strip() and not line.startswith("#")]
    assert listed == PYPROJECT["build-system"]["requires"]


def test_a_changed_pyproject_is_caught():
    text = LOCKS["run"].read_text()
    assert disagreements("run", text.replace("falcon==", "falcon-renamed==")) == [
        "falcon is not locked",
        "falcon-renamed is locked but no longer asked for",
    ]
    assert any(
        "does not satisfy" in p
        for p in disagreements(
            "run", text.replace("whoosh-reloaded==2.7.5", "whoosh-reloaded==2.7.4")
        )
    )
    extra = text + "\nleftover==1.0 \\\n    --hash=sha256:00\n    # via faqsvc (pyproject.toml)\n"
    assert disagreements("run", extra) == ["leftover is locked but no longer asked for"]
