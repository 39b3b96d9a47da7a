"""`model.model_dump_json(indent=2)`, written piece by piece.

A result of 10,000 articles is a JSON text of a few hundred megabytes; made in one
piece it would sit in memory beside the models it came from. Here each item of a
list of models is serialised on its own, indented and written, so only one item's
text exists at a time. The output is the same text, byte for byte (a test checks).
"""

from __future__ import annotations

from typing import TextIO

from pydantic import BaseModel

_INDENT = "  "


def write_json(model: BaseModel, out: TextIO) -> None:
    """Write `model.model_dump_json(indent=2)` to out, item by item for lists of models."""
    out.write("{")
    for n, name in enumerate(type(model).model_fields):
        out.write(",\n" if n else "\n")
        value = getattr(model, name)
        if isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
            _write_model_list(name, value, out)
        else:
            out.write(_field_text(model, name))
    out.write("\n}")


def _field_text(model: BaseModel, name: str) -> str:
    """One field as pydantic writes it inside the whole object: `  "name": value`."""
    text = model.model_dump_json(indent=2, include={name})
    return text[len("{\n") : -len("\n}")]


def _write_model_list(name: str, items: list[BaseModel], out: TextIO) -> None:
    out.write(f'{_INDENT}"{name}": [')
    prefix = "\n" + _INDENT * 2
    for n, item in enumerate(items):
        out.write("," if n else "")
        # JSON strings hold no raw newline, so every line break is layout and can be indented
        out.write(prefix + item.model_dump_json(indent=2).replace("\n", prefix))
    out.write("\n" + _INDENT + "]")
