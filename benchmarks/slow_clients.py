"""Slow clients: sockets that send their headers a byte a second (and connect again when the
server drops them), while a probe asks for /healthz and an /api/assess answer every half
second; through `make run`'s gunicorn and through the production recipe (nginx in front).

    python -m benchmarks.slow_clients [--sockets 50] [--seconds 60]

Loopback only; at most 200 sockets and 60 s.
"""

import argparse
import contextlib
import http.client
import os
import socket
import statistics
import threading
import time
from collections.abc import Iterator

from deploy.production import production

from .serving import UNVERIFIED, connect, free_port, gunicorn

PROBES = ("/healthz", "/api/assess?region=right-big-toe&numb=right-foot-top")
# The start of a request whose headers never end.
TRICKLE = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: "


@contextlib.contextmanager
def slow_clients(port: int, count: int, seconds: float, tls: bool = False) -> Iterator[dict]:
    """Keep ``count`` slow sockets open for at most ``seconds``; count how often the server
    dropped one."""
    count, seconds = min(count, 200), min(seconds, 60)
    stats = {"dropped": 0}
    stop = threading.Event()

    def trickle():
        sockets: list[socket.socket | None] = [None] * count
        sent = [0] * count
        deadline = time.monotonic() + seconds
        while not stop.is_set() and time.monotonic() < deadline:
            for i in range(count):
                try:
                    if sockets[i] is None:
                        sockets[i], sent[i] = connect(port, tls), 0
                    byte = TRICKLE[sent[i]:sent[i] + 1] or b"a"
                    sockets[i].send(byte)
                    sent[i] += 1
                except OSError:
                    if sockets[i] is not None:
                        stats["dropped"] += 1
                        sockets[i].close()
                    sockets[i] = None
            stop.wait(1.0)
        for sock in sockets:
            if sock is not None:
                sock.close()

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        yield stats
    finally:
        stop.set()
        thread.join()


def probe(port: int, seconds: float, tls: bool = False, interval: float = 0.5) -> list[float | None]:
    """Each probe's latency in seconds, a new connection each; None where it got no 200."""
    latencies: list[float | None] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        round_started = time.monotonic()
        for path in PROBES:
            started = time.monotonic()
            connection = (http.client.HTTPSConnection("127.0.0.1", port, timeout=5, context=UNVERIFIED) if tls
                          else http.client.HTTPConnection("127.0.0.1", port, timeout=5))
            try:
                connection.request("GET", path)
                answer = connection.getresponse()
                answer.read()
                latencies.append(time.monotonic() - started if answer.status == 200 else None)
            except OSError:
                latencies.append(None)
            finally:
                connection.close()
        time.sleep(max(0.0, interval - (time.monotonic() - round_started)))
    return latencies


def under_slow_clients(port: int, sockets: int, seconds: float, tls: bool = False) -> dict:
    """Probe for ``seconds`` while ``sockets`` slow clients hold on; a second to let them connect first."""
    with slow_clients(port, sockets, seconds + 1, tls) as stats:
        time.sleep(1)
        latencies = probe(port, seconds, tls)
    answered = sorted(1000 * latency for latency in latencies if latency is not None)
    return {"probes": len(latencies), "answered": len(answered), "dropped": stats["dropped"],
            "median_ms": statistics.median(answered) if answered else float("nan"),
            "max_ms": answered[-1] if answered else float("nan"),
            "over_100_ms": sum(latency > 100 for latency in answered)}


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
    with gunicorn("webapp:create_app()") as (base, _):
        report("make run (gunicorn, gevent workers)",
               under_slow_clients(int(base.rsplit(":", 1)[1]), sockets, seconds))
    with open(os.devnull, "w") as log, production(http_port=free_port(), https_port=(https := free_port()), log=log):
        report("production (nginx over TLS, gunicorn on a unix socket)",
               under_slow_clients(https, sockets, seconds, tls=True))


if __name__ == "__main__":
    main()
