"""schemathesis against the API's own OpenAPI document, the app under gunicorn on
loopback: every check, schema-valid and schema-invalid data, every phase. Prints the
failures (if any) and schemathesis's summary, then one line of figures.

    python -m benchmarks.schemathesis_run [--max-time 150] [--seed N]
"""

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from support.serving import gunicorn

PHASES = "examples,coverage,fuzzing,stateful"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-time", type=int, default=150)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    command = [str(Path(sys.executable).with_name("schemathesis")), "run", "--checks", "all", "--mode", "all",
               "--phases", PHASES, "--max-time", str(args.max_time)]
    if args.seed is not None:
        command += ["--seed", str(args.seed)]
    started = time.monotonic()
    with gunicorn("webapp:create_app()") as server:
        result = subprocess.run([*command, f"{server.base}/api/openapi.json"], capture_output=True, text=True,
                                env={**os.environ, "NO_COLOR": "1"})
    seconds = time.monotonic() - started
    output = result.stdout
    report = re.search(r"^=+ (FAILURES|SUMMARY) =+$", output, re.M)
    print(output[report.start() if report else 0:].rstrip())
    if result.returncode not in (0, 1):
        print(result.stderr.rstrip(), file=sys.stderr)
    generated = re.search(r"(\d+) generated", output)
    failures = re.search(r"(\d+) unique failures?", output)
    print(f"\nschemathesis: {generated.group(1) if generated else '?'} cases generated, "
          f"{failures.group(1) if failures else 0} unique failures, in {seconds:.0f} s")
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
