"""Regenerate the JSON Schema files and the field tables of docs/json-output.md from the models.

    python docs/generate_schema.py          # rewrite
    python docs/generate_schema.py --check  # exit 1 if anything is stale (the tests run this)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from claimcmp.models import CompareResult, ExtractResult

DOCS = Path(__file__).resolve().parent
BEGIN, END = "<!-- fields:begin -->", "<!-- fields:end -->"


def schema_files() -> dict[Path, str]:
    return {
        DOCS / "compare.schema.json": json.dumps(CompareResult.model_json_schema(), indent=2, ensure_ascii=False) + "\n",
        DOCS / "extract.schema.json": json.dumps(ExtractResult.model_json_schema(), indent=2, ensure_ascii=False) + "\n",
    }


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        return prop["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in prop:
        return " or ".join(_type(p) for p in prop["anyOf"])
    if "enum" in prop:
        return " | ".join(json.dumps(v) for v in prop["enum"])
    if prop.get("type") == "array":
        return f"list of {_type(prop.get('items', {}))}"
    return str(prop.get("type", prop.get("const", "any")))


def field_tables() -> str:
    schema = CompareResult.model_json_schema()
    parts = []
    models = {"CompareResult": schema, **schema["$defs"]}
    for name, model in models.items():
        parts.append(f"### {name}\n")
        if model.get("description"):
            parts.append(model["description"].strip().splitlines()[0] + "\n")
        parts.append("| field | type | meaning |\n|---|---|---|")
        required = set(model.get("required", []))
        for field, prop in model.get("properties", {}).items():
            mark = "" if field in required else " (optional)"
            meaning = " ".join(prop.get("description", "").split())
            parts.append(f"| `{field}`{mark} | {_type(prop)} | {meaning} |")
        parts.append("")
    return "\n".join(parts)


def rendered_markdown() -> str:
    page = (DOCS / "json-output.md").read_text(encoding="utf-8")
    head, _, rest = page.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{field_tables()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    wanted = {**schema_files(), DOCS / "json-output.md": rendered_markdown()}
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for path in stale:
            print(f"stale: {path.name} (run python docs/generate_schema.py)", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
