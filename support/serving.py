"""An app on a free loopback port: under gunicorn in a process, or werkzeug in a thread."""

import contextlib
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


# For the self-signed certificate of the production recipe.
UNVERIFIED = ssl.create_default_context()
UNVERIFIED.check_hostname = False
UNVERIFIED.verify_mode = ssl.CERT_NONE


def connect(port: int, tls: bool = False) -> socket.socket:
    """A connection to a loopback port."""
    sock = socket.create_connection((HOST, port), timeout=2)
    return UNVERIFIED.wrap_socket(sock, server_hostname="localhost") if tls else sock


def worker_pids(master: subprocess.Popen) -> list[int]:
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    return [int(pid) for pid in children]


@dataclass
class Gunicorn:
    base: str
    process: subprocess.Popen
    log: str = ""  # with ``logged``: everything gunicorn wrote, once it has stopped


@contextlib.contextmanager
def gunicorn(app: str, workers: int = 2, logged: bool = False, ready: str | None = "/",
             env: dict[str, str] | None = None) -> Iterator[Gunicorn]:
    """``app`` under gunicorn with the project's configuration.

    The block starts once ``ready`` answers (any status), or with ``ready=None`` once the
    port takes connections, so that no request of the caller's own is needed to wait.
    Without ``logged`` the access log goes nowhere; with it, ``log`` holds what was written.
    ``env`` adds to the environment the app starts in.
    """
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", app]
    if not logged:
        command[-1:-1] = ["--access-logfile", "/dev/null"]
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **(env or {}), "BIND": f"{HOST}:{port}", "WEB_CONCURRENCY": str(workers)},
        stdout=subprocess.PIPE if logged else subprocess.DEVNULL, stderr=subprocess.STDOUT, text=True)
    served = Gunicorn(f"http://{HOST}:{port}", process)
    try:
        _wait_until_served(port, ready)
        yield served
    finally:
        process.terminate()
        served.log = process.communicate(timeout=10)[0] or ""


def _wait_until_served(port: int, path: str | None, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if path is None:
                socket.create_connection((HOST, port), timeout=1).close()
            else:
                urllib.request.urlopen(f"http://{HOST}:{port}{path}", timeout=5).close()
            return
        except urllib.error.HTTPError:
            return  # an answer, whatever its status
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing answered on port {port} within {seconds} s")


@contextlib.contextmanager
def werkzeug_server(app) -> Iterator[str]:
    """A WSGI app served by werkzeug in a thread of this process: its base URL."""
    server = make_server(HOST, 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
