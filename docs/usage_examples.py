"""Rerun the examples of docs/usage.md and paste their real output.

An example is a ```console block right after an `<!-- example -->` line; each
`$ ` line in it is run with bash in the repository root (80 columns, no colour,
`claimcmp` on the PATH) and its output replaces what followed it.

    python docs/usage_examples.py          # rewrite docs/usage.md
    python docs/usage_examples.py --check  # exit 1 if an example's output is stale (a test runs this)

Blocks whose commands need a tool that is missing here (jq) are left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
GUIDE = DOCS / "usage.md"
BLOCK = re.compile(r"(<!-- example -->\n```console\n)(.*?)(\n```)", re.S)


def run(command: str) -> str:
    env = dict(os.environ, COLUMNS="80", NO_COLOR="1", TERM="dumb")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300
    )
    lines = (done.stdout + done.stderr).splitlines()
    return "\n".join(line.rstrip() for line in lines)


def runnable(block: str) -> bool:
    return "| jq" not in block or shutil.which("jq") is not None


def rendered(block: str) -> str:
    commands = [line[2:] for line in block.splitlines() if line.startswith("$ ")]
    return "\n\n".join(f"$ {command}\n{run(command)}".rstrip() for command in commands)


def regenerate(page: str) -> str:
    def replace(m: re.Match[str]) -> str:
        body = rendered(m.group(2)) if runnable(m.group(2)) else m.group(2)
        return m.group(1) + body + m.group(3)

    return BLOCK.sub(replace, page)


def main() -> int:
    page = GUIDE.read_text(encoding="utf-8")
    fresh = regenerate(page)
    if "--check" in sys.argv[1:]:
        if fresh != page:
            print("docs/usage.md is stale: run python docs/usage_examples.py", file=sys.stderr)
            return 1
        return 0
    GUIDE.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
