"""Lighthouse (mobile defaults) in Debian's Chromium against the app under gunicorn:
performance, accessibility, best practices and SEO for each page.

    python -m benchmarks.lighthouse [path ...]
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from support.browser import CHROMIUM, CHROMIUM_ARGS
from support.serving import ROOT, gunicorn

PAGES = ["/", "/?region=right-big-toe&numb=right-foot-top&finding=sitting-worse", "/practitioner?segment=L4-5",
         "/info/dermatomes", "/embed", "/?lang=es"]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse(url: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [str(ROOT / "node_modules" / ".bin" / "lighthouse"), url, "--quiet",
             "--chrome-flags=" + " ".join(("--headless=new", *CHROMIUM_ARGS)),
             f"--only-categories={','.join(CATEGORIES)}", "--output=json", f"--output-path={report}"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True, timeout=180)
        return json.loads(report.read_text())


def main() -> None:
    paths = sys.argv[1:] or PAGES
    with gunicorn("webapp:create_app()") as server:
        for path in paths:
            report = lighthouse(server.base + path)
            scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
            failing = [f"{audit['id']} ({audit['score']})" for audit in report["audits"].values()
                       if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") == "binary"]
            metrics = report["audits"]
            print(f"{path}: " + ", ".join(f"{name} {score}" for name, score in scores.items())
                  + f"; FCP {metrics['first-contentful-paint']['displayValue']}, LCP {metrics['largest-contentful-paint']['displayValue']},"
                  f" TBT {metrics['total-blocking-time']['displayValue']}, CLS {metrics['cumulative-layout-shift']['displayValue']}"
                  + (f"; below 1: {', '.join(failing)}" if failing else ""))


if __name__ == "__main__":
    main()
