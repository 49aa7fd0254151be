"""Slow clients: sockets that send their headers a byte a second (and connect again when the
server drops them), while a probe asks for /healthz and an /api/assess answer every half
second; through `make run`'s gunicorn and through the production recipe (nginx in front).

    python -m benchmarks.slow_clients [--sockets 50] [--seconds 60]

Loopback only; at most 200 sockets and 60 s.
"""

import argparse
import os

from deploy.production import production
from support.serving import free_port, gunicorn
from support.slow_clients import PROBES, under_slow_clients


def report(name: str, figures: dict) -> None:
    print(f"{name}: {figures['answered']} of {figures['probes']} probes answered, latency median "
          f"{figures['median_ms']:.1f} ms, max {figures['max_ms']:.1f} ms, {figures['over_100_ms']} over 100 ms; "
          f"the server dropped slow sockets {figures['dropped']} times")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sockets", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    sockets, seconds = min(args.sockets, 200), min(args.seconds, 59)
    print(f"{sockets} slow sockets, a byte a second each, for {seconds:.0f} s; "
          f"probes {', '.join(PROBES)} every 0.5 s")
    with gunicorn("webapp:create_app()") as server:
        report("make run (gunicorn, gevent workers)",
               under_slow_clients(int(server.base.rsplit(":", 1)[1]), sockets, seconds))
    with open(os.devnull, "w") as log, production(http_port=free_port(), https_port=(https := free_port()), log=log):
        report("production (nginx over TLS, gunicorn on a unix socket)",
               under_slow_clients(https, sockets, seconds, tls=True))


if __name__ == "__main__":
    main()
