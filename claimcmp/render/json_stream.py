"""`model.model_dump_json(indent=2)`, written piece by piece.

A result of 10,000 articles is a JSON text of a few hundred megabytes; made in one
piece it would sit in memory beside the models it came from. Here each item of a
list of models is serialised on its own, indented and written, so only one item's
text exists at a time. The output is the same text, byte for byte (a test checks).

A list's items can also come already serialised (`json_item`), from wherever the
caller kept them: that is how a spooled compare writes claims and groups it never
holds in memory all at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TextIO

from pydantic import BaseModel

_INDENT = "  "
_ITEM_PREFIX = "\n" + _INDENT * 2


def json_item(model: BaseModel) -> str:
    """A model as an item of a top-level list in the output: indented, with its leading line break."""
    # JSON strings hold no raw newline, so every line break is layout and can be indented
    return _ITEM_PREFIX + model.model_dump_json(indent=2).replace("\n", _ITEM_PREFIX)


def write_json(model: BaseModel, out: TextIO, items: Mapping[str, Iterable[str]] | None = None) -> None:
    """Write `model.model_dump_json(indent=2)` to out, item by item for lists of models.

    `items` gives some list fields as `json_item` texts instead (a text may hold several
    items joined by commas); the model's own value of those fields is not read.
    """
    out.write("{")
    for n, name in enumerate(type(model).model_fields):
        out.write(",\n" if n else "\n")
        if items is not None and name in items:
            _write_items(name, items[name], out)
            continue
        value = getattr(model, name)
        if isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
            _write_items(name, (json_item(v) for v in value), out)
        else:
            out.write(_field_text(model, name))
    out.write("\n}")


def _field_text(model: BaseModel, name: str) -> str:
    """One field as pydantic writes it inside the whole object: `  "name": value`."""
    text = model.model_dump_json(indent=2, include={name})
    return text[len("{\n") : -len("\n}")]


def _write_items(name: str, items: Iterable[str], out: TextIO) -> None:
    out.write(f'{_INDENT}"{name}": [')
    empty = True
    for item in items:
        out.write(item if empty else "," + item)
        empty = False
    out.write("]" if empty else "\n" + _INDENT + "]")
