"""Slow clients on loopback: sockets that send a request a byte a second, and a probe
that asks for answers meanwhile. Bounded in sockets and seconds."""


import contextlib
import http.client
import socket
import statistics
import threading
import time
from collections.abc import Iterator

from .serving import UNVERIFIED, connect

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


