"""The MDN HTTP Observatory's grade for the production recipe's TLS listener, with its
self-signed certificate (the grader trusts it, as a browser trusts a real one).

    python -m benchmarks.observatory
"""

import os
from pathlib import Path

from deploy.production import production
from support.observatory import grade
from support.serving import free_port


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
