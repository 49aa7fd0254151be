"""Requests per second and p99 latency of /api/assess and the htmx result fragment, as a
ratio of a Flask hello-world served the same way (gunicorn, 2 workers, wrk at 32
connections) in the same run; then a soak at 64 connections, checking for errors and for
worker memory that grows.

    python -m benchmarks.load [--seconds 10] [--soak 60]
"""

import argparse
import re
import subprocess
import tempfile
import time
from pathlib import Path

from .serving import gunicorn, rss_kib, worker_pids

QUERY = "region=right-buttock&region=right-thigh-back-outer&region=right-shin-outer&numb=right-big-toe&numb=right-foot-top"
FRAGMENT_HEADERS = ["HX-Request: true", "HX-Request-Type: partial"]
# What a browser sends with every htmx request; the hello-world gets it too.
BROWSER = ["Accept-Encoding: br, gzip"]

# Many different selections, so that the cache of rendered answers is not all that is measured.
ROTATING = """
local areas = {"thigh-front","thigh-back","thigh-back-outer","knee-inner","shin-inner","shin-outer",
  "calf","calf-outer","ankle-inner","ankle-outer","foot-top","foot-outer","big-toe","toes","little-toe","heel","sole"}
local n = 0
request = function()
  n = n + 1
  local a = areas[(n % #areas) + 1]
  local b = areas[(math.floor(n / #areas) % #areas) + 1]
  local c = areas[(math.floor(n / (#areas * #areas)) % #areas) + 1]
  local side = (n % 2 == 0) and "right" or "left"
  local path = "PATH?region=" .. side .. "-" .. a .. "&numb=" .. side .. "-" .. b .. "&region=" .. side .. "-" .. c
  return wrk.format("GET", path, HEADERS)
end
"""


def wrk(url: str, seconds: int, connections: int, headers=(), script: str | None = None) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *sum((["-H", h] for h in headers), [])]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        if script:
            lua.write(script)
            command += ["-s", lua.name]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    Path(lua.name).unlink()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = re.search(r"Socket errors: (.*)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": rps, "p99_ms": p99_ms, "socket_errors": errors.group(1) if errors else "none",
            "non_2xx": int(non_2xx.group(1)) if non_2xx else 0}


def rotating_script(path: str, headers: list[str]) -> str:
    lua_headers = "{" + ", ".join(f'["{h.split(": ")[0]}"] = "{h.split(": ")[1]}"' for h in headers) + "}"
    return ROTATING.replace("PATH", path).replace("HEADERS", lua_headers if headers else "nil")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--soak", type=int, default=60)
    args = parser.parse_args()

    with gunicorn("benchmarks.hello:create_app()") as (hello, _):
        baseline = wrk(hello + "/", args.seconds, 32, BROWSER)
    print(f"hello-world: {baseline['rps']:.0f} req/s, p99 {baseline['p99_ms']:.2f} ms")

    with gunicorn("webapp:create_app()") as (base, master):
        cases = {
            "api /api/assess (one selection)": wrk(f"{base}/api/assess?{QUERY}", args.seconds, 32, BROWSER),
            "htmx fragment (one selection)": wrk(f"{base}/?{QUERY}", args.seconds, 32, FRAGMENT_HEADERS + BROWSER),
            "htmx fragment (one selection, uncompressed)": wrk(f"{base}/?{QUERY}", args.seconds, 32, FRAGMENT_HEADERS),
            "api /api/assess (rotating selections)": wrk(base, args.seconds, 32,
                                                        script=rotating_script("/api/assess", BROWSER)),
            "htmx fragment (rotating selections)": wrk(base, args.seconds, 32,
                                                      script=rotating_script("/", FRAGMENT_HEADERS + BROWSER)),
        }
        for name, result in cases.items():
            print(f"{name}: {result['rps']:.0f} req/s = {result['rps'] / baseline['rps']:.2f} of hello-world, "
                  f"p99 {result['p99_ms']:.2f} ms, errors {result['socket_errors']}, non-2xx {result['non_2xx']}")

        if args.soak:
            workers = worker_pids(master)
            before = {pid: rss_kib(pid) for pid in workers}
            started = time.monotonic()
            soak = wrk(base, args.soak, 64, script=rotating_script("/", FRAGMENT_HEADERS + BROWSER))
            after = {pid: rss_kib(pid) for pid in workers}
            growth = max(after[pid] - before[pid] for pid in workers)
            print(f"soak {time.monotonic() - started:.0f} s at 64 connections: {soak['rps']:.0f} req/s, "
                  f"p99 {soak['p99_ms']:.2f} ms, socket errors {soak['socket_errors']}, non-2xx {soak['non_2xx']}; "
                  f"worker RSS {sorted(before.values())} KiB -> {sorted(after.values())} KiB (max growth {growth} KiB)")


if __name__ == "__main__":
    main()
