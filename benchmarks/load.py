"""Requests per second and p99 latency of /api/assess and the htmx result fragment, as a
ratio of a Flask hello-world served the same way (gunicorn, 2 workers, wrk at 32
connections) in the same run. First with a different selection on every request; then
the floor, the same app whose two views send a precomputed answer (benchmarks/floor.py):
the most they could reach, however cheap their work; then one repeated selection, which
the answer cache serves. Last, a soak at 64 connections, checking for errors and for
worker memory that grows.

    python -m benchmarks.load [--seconds 5] [--rounds 3] [--soak 60]
"""

import argparse
import re
import statistics
import subprocess
import tempfile
from pathlib import Path

from support.serving import gunicorn, worker_pids

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


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


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
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--soak", type=int, default=60)
    args = parser.parse_args()

    with (gunicorn("benchmarks.hello:create_app()") as hello_server,
          gunicorn("webapp:create_app()", env={"ANSWER_CACHE": "0"}) as uncached_server,
          gunicorn("benchmarks.floor:create_app()") as floor_server,
          gunicorn("webapp:create_app()") as app_server):
        hello, uncached, floor, base = hello_server.base, uncached_server.base, floor_server.base, app_server.base
        # What users send first: a different selection on every request, the answer cache
        # off; the floor; then, apart, one repeated selection that the cache answers.
        cases = {
            "uncached: api /api/assess (a different selection each request)":
                (uncached, [], rotating_script("/api/assess", BROWSER)),
            "uncached: htmx fragment (a different selection each request)":
                (uncached, [], rotating_script("/", FRAGMENT_HEADERS + BROWSER)),
            "floor: api, a precomputed answer": (floor, [], rotating_script("/api/assess", BROWSER)),
            "floor: htmx fragment, a precomputed answer": (floor, [], rotating_script("/", FRAGMENT_HEADERS + BROWSER)),
            "cached: api /api/assess (one selection)": (f"{base}/api/assess?{QUERY}", BROWSER, None),
            "cached: htmx fragment (one selection)": (f"{base}/?{QUERY}", FRAGMENT_HEADERS + BROWSER, None),
        }
        # Each case runs between two hello-world runs, round after round: the ratio to its
        # neighbours is what counts on a noisy machine, and the median over rounds.
        ratios: dict[str, list[float]] = {name: [] for name in cases}
        results: dict[str, list[dict]] = {name: [] for name in cases}
        baselines: list[float] = []
        # The hello-world is sent the same rotating URLs (it ignores the query), so that the
        # load generator, on the same two cores, works as hard for it as for the app.
        baseline = rotating_script("/", BROWSER)
        for _ in range(args.rounds):
            before = wrk(hello, args.seconds, 32, script=baseline)
            baselines.append(before["rps"])
            for name, (url, headers, script) in cases.items():
                result = wrk(url, args.seconds, 32, headers, script)
                after = wrk(hello, args.seconds, 32, script=baseline)
                baselines.append(after["rps"])
                ratios[name].append(result["rps"] / ((before["rps"] + after["rps"]) / 2))
                results[name].append(result)
                before = after
        print(f"hello-world: median {statistics.median(baselines):.0f} req/s over {len(baselines)} runs")
        for name in cases:
            runs = results[name]
            print(f"{name}: median {statistics.median(r['rps'] for r in runs):.0f} req/s = "
                  f"{statistics.median(ratios[name]):.2f} of hello-world (rounds: "
                  f"{', '.join(f'{ratio:.2f}' for ratio in ratios[name])}), "
                  f"p99 {statistics.median(r['p99_ms'] for r in runs):.2f} ms, "
                  f"socket errors {sum(r['socket_errors'] != 'none' for r in runs)}, "
                  f"non-2xx {sum(r['non_2xx'] for r in runs)}")

        if args.soak:
            workers = worker_pids(uncached_server.process)
            before_rss = {pid: rss_kib(pid) for pid in workers}
            soak = wrk(uncached, args.soak, 64, script=rotating_script("/", FRAGMENT_HEADERS + BROWSER))
            after_rss = {pid: rss_kib(pid) for pid in workers}
            growth = max(after_rss[pid] - before_rss[pid] for pid in workers)
            print(f"soak {args.soak} s at 64 connections (rotating selections): {soak['rps']:.0f} req/s, "
                  f"p99 {soak['p99_ms']:.2f} ms, socket errors {soak['socket_errors']}, non-2xx {soak['non_2xx']}; "
                  f"worker RSS {sorted(before_rss.values())} KiB -> {sorted(after_rss.values())} KiB "
                  f"(max growth {growth} KiB)")


if __name__ == "__main__":
    main()
