"""The interface every extractor implements."""
from __future__ import annotations

from typing import Protocol

from ..models import Article, Extraction


class Extractor(Protocol):
    name: str

    def extract(self, article: Article) -> Extraction:
        """Claims (with modality) and entity mentions of one article."""
        ...
