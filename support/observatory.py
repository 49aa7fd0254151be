"""Grading a loopback server with the MDN HTTP Observatory's own code (npm
@mdn/mdn-http-observatory, driven by observatory.mjs beside this file)."""

import json
import os
import subprocess
from pathlib import Path

from .serving import ROOT

OBSERVATORY = ROOT / "node_modules" / "@mdn" / "mdn-http-observatory"


def grade(hostname: str, http_port: int, https_port: int, certificate: Path) -> dict:
    # The grader reads the HSTS preload list, which its set-up fetches from the network:
    # an empty one here (no host on this machine is preloaded).
    preload = OBSERVATORY / "conf" / "hsts-preload.json"
    if not preload.exists():
        preload.write_text("{}\n")
    output = subprocess.run(
        ["node", str(Path(__file__).with_name("observatory.mjs")), hostname, str(http_port), str(https_port)],
        env={**os.environ, "NODE_EXTRA_CA_CERTS": str(certificate)},
        cwd=ROOT, check=True, capture_output=True, text=True, timeout=120).stdout
    return json.loads(output)
