"""The search engine, behind one package: Whoosh schemas, building, opening, running queries.

Nothing outside this package imports whoosh (analyzers aside), so the engine could be swapped
by rewriting it. Builds go to a fresh directory under ``<index>.builds/`` and a symlink is
swapped onto ``<index>`` with one rename, so a running server never sees a half-built index.

- ``schema``: the fields of a locale's index and the schema version;
- ``manifest``: what a build was made from, and whether it can be used as is;
- ``writing``: building every locale and swapping the build in;
- ``reading``: an opened build (``FaqIndex``) and opening one;
- ``stored``: what an opened build reads from its pair stores (``faqsvc.store``);
- ``matching``: running a query over the scored postings, typo automata.

Callers use the names below (``from faqsvc import index``; ``index.build(...)``).
"""

from faqsvc.index.manifest import check, fingerprint, read_manifest
from faqsvc.index.matching import EngineHit
from faqsvc.index.reading import FaqIndex, open_build, open_index, probe
from faqsvc.index.schema import SCHEMA_VERSION, TEXT_FIELDS, field_names, schema_for
from faqsvc.index.writing import build, localise

__all__ = [
    "SCHEMA_VERSION",
    "TEXT_FIELDS",
    "EngineHit",
    "FaqIndex",
    "build",
    "check",
    "field_names",
    "fingerprint",
    "localise",
    "open_build",
    "open_index",
    "probe",
    "read_manifest",
    "schema_for",
]
