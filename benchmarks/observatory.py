"""The MDN HTTP Observatory's grade for the production recipe's TLS listener, with its
self-signed certificate (the grader trusts it, as a browser trusts a real one).

    python -m benchmarks.observatory
"""

import json
import os
import subprocess
from pathlib import Path

from deploy.production import production

from .serving import ROOT, free_port

OBSERVATORY = ROOT / "node_modules" / "@mdn" / "mdn-http-observatory"


def grade(hostname: str, http_port: int, https_port: int, certificate: Path) -> dict:
    # The grader reads the HSTS preload list, which its set-up fetches from the network:
    # an empty one here (no host on this machine is preloaded).
    preload = OBSERVATORY / "conf" / "hsts-preload.json"
    if not preload.exists():
        preload.write_text("{}\n")
    output = subprocess.run(
        ["node", str(ROOT / "benchmarks" / "observatory.mjs"), hostname, str(http_port), str(https_port)],
        env={**os.environ, "NODE_EXTRA_CA_CERTS": str(certificate)},
        cwd=ROOT, check=True, capture_output=True, text=True, timeout=120).stdout
    return json.loads(output)


def grade_production() -> dict:
    http_port, https_port = free_port(), free_port()
    with open(os.devnull, "w") as log, production(http_port=http_port, https_port=https_port, log=log) as urls:
        return grade("localhost", http_port, https_port, Path(urls["certificate"]))


def main() -> None:
    result = grade_production()
    print(f"MDN HTTP Observatory, production recipe over TLS: {result['grade']} ({result['score']})")
    for name, test in result["tests"].items():
        print(f"  {name}: {test['result']} ({test['modifier']:+d})")


if __name__ == "__main__":
    main()
