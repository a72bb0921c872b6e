"""Find the data folders (ontology/, graph/, queries/) in a wheel or in a source checkout."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `name` shipped in the package (wheel) or at the repository's top (checkout)."""
    for candidate in (_PKG / "data" / name, _PKG.parent.parent / name):
        if candidate.is_dir():
            return candidate
    from .errors import DiplographError

    raise DiplographError(f"data folder {name!r} not found next to the package; is diplograph installed?")


@lru_cache(maxsize=None)
def internal_query(folder: str, name: str) -> str:
    """The text of queries/<folder>/<name>.rq, the project's own queries (not listed by `diplograph
    queries`), read once per process: the write path asks for some at every article."""
    path = data_dir("queries") / folder / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        from .errors import QueryError

        raise QueryError(f"cannot read the {folder} query {path}: {exc}") from exc
