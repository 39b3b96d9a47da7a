"""Regenerate what the docs show from the code: the JSON Schema files, the field tables of
docs/json-output.md, and the README's example output (the real command on the seeds).

    python docs/regenerate.py          # rewrite
    python docs/regenerate.py --check  # exit 1 if anything is stale (the tests run this)
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

from claimcmp.models import CompareResult, ExtractResult
from claimcmp.pipeline import run_compare
from claimcmp.render import RENDERERS

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
BEGIN, END = "<!-- fields:begin -->", "<!-- fields:end -->"
README_BEGIN, README_END = "<!-- seeds-output:begin -->", "<!-- seeds-output:end -->"
README_COMMAND = "claimcmp compare seeds/ --status conflict,variant"


def schema_files() -> dict[Path, str]:
    return {
        DOCS / "compare.schema.json": json.dumps(
            CompareResult.model_json_schema(), indent=2, ensure_ascii=False
        )
        + "\n",
        DOCS / "extract.schema.json": json.dumps(
            ExtractResult.model_json_schema(), indent=2, ensure_ascii=False
        )
        + "\n",
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


def _between(page: str, begin: str, end: str, body: str) -> str:
    head, _, rest = page.partition(begin)
    _, _, tail = rest.partition(end)
    return f"{head}{begin}\n{body}\n{end}{tail}"


def rendered_markdown() -> str:
    page = (DOCS / "json-output.md").read_text(encoding="utf-8")
    return _between(page, BEGIN, END, field_tables())


def seeds_output() -> str:
    """What README_COMMAND prints in an 80-column terminal without colour."""
    from claimcmp.filters import by_status  # noqa: PLC0415 - only the README needs it

    result = by_status(run_compare([str(ROOT / "seeds")]), {"conflict", "variant"})
    out = io.StringIO()
    RENDERERS["table"](result, out, False)
    return out.getvalue().rstrip()


def rendered_readme() -> str:
    page = (ROOT / "README.md").read_text(encoding="utf-8")
    body = f"```console\n$ {README_COMMAND}\n{seeds_output()}\n```"
    return _between(page, README_BEGIN, README_END, body)


def main(argv: list[str]) -> int:
    wanted = {
        **schema_files(),
        DOCS / "json-output.md": rendered_markdown(),
        ROOT / "README.md": rendered_readme(),
    }
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for path in stale:
            print(f"stale: {path.name} (run python docs/regenerate.py)", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
