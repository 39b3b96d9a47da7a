"""Articles from saved web pages, with trafilatura (the `html` extra).

trafilatura finds the main text and the page's title, site name, author and
date. It is imported only when an HTML file is read, and is only ever given
the file's contents: nothing here reaches the network.

The article text is the title, then each extracted paragraph, separated by
blank lines; offsets index that text.
"""

from __future__ import annotations

import logging
from typing import Any

from claimcmp.errors import InputError
from claimcmp.ingest.records import parse_date_value

INSTALL_HINT = "reading HTML needs trafilatura: pip install 'claimcmp[html]'"
_CHATTY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def _trafilatura() -> Any:
    try:
        import trafilatura  # noqa: PLC0415 - heavy (0.2 s): only when an HTML file is read
    except ImportError as exc:
        if exc.name == "trafilatura":
            raise InputError(INSTALL_HINT) from exc
        reason = " ".join(str(exc).split())  # one line, whatever the message
        raise InputError(f"trafilatura is installed but cannot be imported: {reason}") from exc
    for name in _CHATTY_LOGGERS:  # their warnings are about pages, not for our stderr
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return trafilatura


def extract_page(html: bytes | str, source: str) -> dict[str, Any]:
    """Article fields of a page (its bytes; trafilatura finds the encoding):
    text, headline, outlet, byline, published, url."""
    doc = _trafilatura().bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # only the dates the page states (meta tags, markup, a dateline); htmldate's extensive
        # search would otherwise take 1 January of a "© 2018" footer's year for the date, and the
        # date rule then splits that outlet off its event
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    meta = _as_dict(doc)
    body = meta.get("text") or ""
    if not body.strip():
        raise InputError(f"{source}: no article text found in this HTML page")
    title = _clean(meta.get("title"))
    return {
        "text": compose_text(title, body),
        "headline": title,
        "outlet": _clean(meta.get("sitename")),
        "byline": _clean(meta.get("author")),
        "published": parse_date_value(meta.get("date")),
        "url": _clean(meta.get("url")),
    }


def _as_dict(doc: object) -> dict[str, Any]:
    """trafilatura 2 returns a Document, 1.x a dict; None when it found nothing."""
    if doc is None:
        return {}
    if isinstance(doc, dict):
        return doc
    as_dict = getattr(doc, "as_dict", None)
    return dict(as_dict()) if callable(as_dict) else {}


def compose_text(title: str | None, body: str) -> str:
    """Title and paragraphs, one paragraph per block, blank lines between."""
    paras = [line.strip() for line in body.split("\n") if line.strip()]
    if title and (not paras or paras[0] != title):
        paras.insert(0, title)
    return "\n\n".join(paras)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
