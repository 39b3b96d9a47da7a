"""Article construction shared by the readers: metadata precedence and size limits."""

from __future__ import annotations

from typing import Any

from claimcmp.metadata import detect_metadata
from claimcmp.models import Article

DEFAULT_MAX_BYTES = 10_000_000


def make_article(
    article_id: str, text: str, source: str, given: dict[str, Any], warnings: list[str]
) -> Article:
    """An article whose metadata is what was given, else what its text shows."""
    meta = detect_metadata(text.lstrip("\ufeff"))
    for key, value in given.items():
        if value is not None:
            meta[key] = value
    return Article(id=article_id, text=text, source=source, warnings=warnings, **meta)


def too_large(size: int, max_bytes: int) -> str:
    return f"{_mb(size)} is over the {_mb(max_bytes)} limit for one article (raise it with --max-size)"


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"
