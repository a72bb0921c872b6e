"""The project's own exceptions; the CLI turns each into a one-line message (exit 1)."""
from __future__ import annotations


class DiplographError(Exception):
    """Base of every error diplograph raises on purpose."""

    def __init__(self, message: str, link: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.link = link

    def __str__(self) -> str:
        if self.link:
            return f"{self.message} For reference, see <{self.link}>"
        return self.message


class InputError(DiplographError):
    """An article (file, HTML page, JSON Lines record) could not be read."""


class ExtractionError(DiplographError):
    """Extraction failed on an article (e.g. it ran over its time bound)."""


class OntologyError(DiplographError):
    """A term is not in the ontology or the catalog is malformed."""


class StoreError(DiplographError):
    """The store cannot be opened, written or is locked by another writer."""


class QueryError(DiplographError):
    """A query is unknown, malformed or got a bad parameter."""
