"""The real validators the tests use: axe-core in the page, the Nu HTML checker on markup."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("axe.run().then(r => r.violations)")
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in violations]


def nu_check(documents: dict[str, str]) -> dict[str, list[dict]]:
    """The Nu HTML checker's errors (SVG checked too) for each named document, in one run."""
    if not VNU.exists() or shutil.which("java") is None:
        pytest.fail("the Nu HTML checker needs node_modules/vnu-jar and java (run `make test`)")
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for number, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{number}.html"
            path.write_text(html, encoding="utf-8")
            files[path.name] = name
        result = subprocess.run(
            ["java", "-jar", str(VNU), "--errors-only", "--also-check-svg", "--format", "json", *sorted(
                Path(folder).iterdir())], capture_output=True, text=True, timeout=300)
    errors: dict[str, list[dict]] = {name: [] for name in documents}
    for message in json.loads(result.stderr or '{"messages": []}')["messages"]:
        if message["type"] == "error":
            name = files[message.get("url", "").rsplit("/", 1)[-1]]
            errors.setdefault(name, []).append(
                {"message": message["message"], "line": message.get("lastLine"), "extract": message.get("extract", "")})
    return errors


def nu_errors(html: str) -> list[dict]:
    return nu_check({"document": html})["document"]
