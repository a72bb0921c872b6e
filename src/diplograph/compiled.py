"""The modules that the build compiles to C extensions with mypyc, and the way back to their source.

`hatch_build.py` (the package's build hook) compiles `MODULES` with mypyc unless the
``DIPLOGRAPH_PURE`` environment variable is set or compiling fails; the extension of a module
then sits beside its ``.py`` and Python imports it first. The build also writes
``_compiled.txt``, the SHA-256 of each source it compiled.

At import (`use_source_if_needed`, called by ``diplograph/__init__.py``) the package runs every
compiled module from its ``.py`` instead when ``DIPLOGRAPH_PURE`` is set (to compare the two, or
to debug), or when a source no longer matches what was compiled (an editable install whose
files were edited or pulled since; ``make install`` or ``pip install -e .`` compiles again). It is
all or none: the compiled modules call each other directly in C, so an edited module cannot be
run from source beside the others compiled.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

# modules of the package (relative names) that mypyc compiles: the extraction's hot path
MODULES = (
    "models", "text", "wordscan", "dates",
    "extract", "extract.affiliations", "extract.agents", "extract.antecedents", "extract.base", "extract.chairs",
    "extract.clauses", "extract.common", "extract.context", "extract.coreference", "extract.documents",
    "extract.events", "extract.followers", "extract.formats", "extract.lexicon", "extract.mentions",
    "extract.name_lists", "extract.officials", "extract.partners", "extract.people", "extract.proxies",
    "extract.punctuated", "extract.quoted", "extract.relations", "extract.rules", "extract.signers",
    "extract.speakers", "extract.timing",
)
MANIFEST = "_compiled.txt"
PACKAGE_DIR = Path(__file__).resolve().parent


def source_path(module: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """The ``.py`` file of a relative module name ("extract" is ``extract/__init__.py``)."""
    path = package_dir.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_text(package_dir: Path = PACKAGE_DIR) -> str:
    """What the build writes to `MANIFEST`: one line per compiled module, its name and the source's digest."""
    return "".join(f"{m} {digest(source_path(m, package_dir))}\n" for m in MODULES)


def compiled_modules() -> list[str]:
    """The modules this process imported from a C extension (empty for a pure build)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [m for m in MODULES if str(getattr(sys.modules.get(f"diplograph.{m}"), "__file__", "")).endswith(suffixes)]


def stale(package_dir: Path = PACKAGE_DIR) -> bool:
    """Whether extensions are there but a source differs from the one compiled (or no record says)."""
    manifest = package_dir / MANIFEST
    if not manifest.exists():
        return _has_extensions(package_dir)
    try:
        return manifest.read_text("utf-8") != manifest_text(package_dir)
    except OSError:
        return True


def _has_extensions(package_dir: Path) -> bool:
    return any(Path(str(source_path(m, package_dir))[:-3] + suffix).exists()
               for m in MODULES for suffix in importlib.machinery.EXTENSION_SUFFIXES)


def pure_requested() -> bool:
    return os.environ.get("DIPLOGRAPH_PURE", "") not in ("", "0")


class _SourceFirst:
    """A meta path finder that loads the compiled modules from their ``.py`` files."""

    def __init__(self, package_dir: Path) -> None:
        self.package_dir = package_dir
        self.names = {f"diplograph.{m}": m for m in MODULES}

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        module = self.names.get(fullname)
        if module is None:
            return None
        source = source_path(module, self.package_dir)
        search = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(fullname, source, submodule_search_locations=search)


def use_source_if_needed(package_dir: Path = PACKAGE_DIR) -> bool:
    """Put the source-first finder in front when asked to or when the extensions are stale; whether it did."""
    if any(isinstance(f, _SourceFirst) for f in sys.meta_path):
        return True
    if not (pure_requested() or stale(package_dir)):
        return False
    sys.meta_path.insert(0, _SourceFirst(package_dir))
    return True
