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


def nu_errors(html: str, suffix: str = ".html") -> list[dict]:
    """Errors the Nu HTML checker finds in a document (SVG checked too)."""
    if not VNU.exists() or shutil.which("java") is None:
        pytest.fail("the Nu HTML checker needs node_modules/vnu-jar and java (run `make test`)")
    with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False, encoding="utf-8") as file:
        file.write(html)
    try:
        result = subprocess.run(
            ["java", "-jar", str(VNU), "--errors-only", "--also-check-svg", "--format", "json", file.name],
            capture_output=True, text=True, timeout=120)
    finally:
        Path(file.name).unlink()
    return [{"message": m["message"], "line": m.get("lastLine"), "extract": m.get("extract", "")}
            for m in json.loads(result.stderr or '{"messages": []}')["messages"] if m["type"] == "error"]
