"""Find the data folders (ontology/, graph/, queries/) in a wheel or in a source checkout."""
from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `name` shipped in the package (wheel) or at the repository's top (checkout)."""
    for candidate in (_PKG / "data" / name, _PKG.parent.parent / name):
        if candidate.is_dir():
            return candidate
    from .errors import DiplographError

    raise DiplographError(f"data folder {name!r} not found next to the package; is diplograph installed?")
