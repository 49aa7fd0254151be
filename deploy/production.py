"""The production recipe: gunicorn on a unix socket, nginx in front of it on loopback, TLS on.

    python -m deploy.production [--prefix DIR] [--http-port 8080] [--https-port 8443]

nginx runs from deploy/nginx.conf as an ordinary process, with its pid, logs and temporary
files under the prefix (a new temporary folder unless given). TLS_CERTIFICATE and
TLS_CERTIFICATE_KEY name the certificate; without them a self-signed one for localhost is
made under the prefix. PUBLIC_ORIGIN defaults to https://localhost:HTTPS_PORT.
"""

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from webapp.headers import server_answer_headers
from webapp.logs import without_queries

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    certificate, key = folder / "localhost.pem", folder / "localhost.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "30", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(certificate)],
                   check=True, capture_output=True)
    key.chmod(0o600)
    return certificate, key


def nginx_conf(values: dict[str, str]) -> str:
    """deploy/nginx.conf with its @NAMES@ filled in, the app's headers among them."""
    headers = "\n".join(f"        add_header {name} \"{value}\" always;" for name, value in server_answer_headers())
    text = (ROOT / "deploy" / "nginx.conf").read_text().replace("@SECURITY_HEADERS@", headers)
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    return text


def _copy_without_queries(source: IO[str], log: IO[str]) -> None:
    for line in source:
        log.write(without_queries(line))
        log.flush()


def _wait_for(ready, process: subprocess.Popen, what: str) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"{what} stopped at start (exit status {process.returncode})")
        try:
            ready().close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{what} did not start")


@contextlib.contextmanager
def _running(command: list[str], ready, what: str, stop: signal.Signals, log: IO[str], **popen) -> Iterator[None]:
    """Run ``command`` until the block ends, once ``ready()`` succeeds. What it prints goes to
    ``log`` without query strings: nginx's error log names the request line, query and all."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **popen)
    copier = threading.Thread(target=_copy_without_queries, args=(process.stdout, log), daemon=True)
    copier.start()
    try:
        _wait_for(ready, process, what)
        yield
    finally:
        process.send_signal(stop)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        copier.join(timeout=5)


def _unix_connection(path: Path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.connect(str(path))
    except OSError:
        sock.close()
        raise
    return sock


@contextlib.contextmanager
def nginx_in_front(prefix: Path, app_socket: Path, http_port: int, https_port: int, listen: str = "127.0.0.1",
                   log: IO[str] = sys.stderr) -> Iterator[dict[str, str]]:
    """nginx from deploy/nginx.conf in front of the app on ``app_socket``; yields its addresses."""
    # nginx's workers run as nobody when it is started as root: they must reach the socket.
    prefix.chmod(0o755)
    for folder in ("logs", "temp", "tls"):
        (prefix / folder).mkdir(exist_ok=True)
    certificate = os.environ.get("TLS_CERTIFICATE")
    key = os.environ.get("TLS_CERTIFICATE_KEY")
    if not (certificate and key):
        certificate, key = self_signed_certificate(prefix / "tls")
    (prefix / "nginx.pid").unlink(missing_ok=True)
    (prefix / "nginx.conf").write_text(nginx_conf({
        "SOCKET": str(app_socket), "LISTEN": listen, "HTTP_PORT": str(http_port), "HTTPS_PORT": str(https_port),
        "CERTIFICATE": str(certificate), "CERTIFICATE_KEY": str(key)}))
    command = [NGINX, "-p", f"{prefix}/", "-c", str(prefix / "nginx.conf"), "-e", "stderr"]
    # nginx writes its pid file once it holds its ports (something else may answer on them);
    # SIGQUIT lets it finish what it is serving.
    host = "localhost" if listen in ("127.0.0.1", "0.0.0.0") else listen
    with _running(command, (prefix / "nginx.pid").open, "nginx", signal.SIGQUIT, log):
        yield {"http": f"http://{host}:{http_port}", "https": f"https://{host}:{https_port}",
               "prefix": str(prefix), "certificate": str(certificate)}


@contextlib.contextmanager
def _folder(given: Path | None) -> Iterator[Path]:
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        yield given.resolve()
        return
    with tempfile.TemporaryDirectory(prefix="dermatome-map-", ignore_cleanup_errors=True) as made:
        yield Path(made)


@contextlib.contextmanager
def production(prefix: Path | None = None, http_port: int = 8080, https_port: int = 8443, listen: str = "127.0.0.1",
               workers: int = 2, log: IO[str] = sys.stderr) -> Iterator[dict[str, str]]:
    """gunicorn on a unix socket under ``prefix`` (a new temporary folder if None), nginx in
    front of it; yields nginx's addresses, stops both on leaving."""
    with _folder(prefix) as prefix:
        app_socket = prefix / "gunicorn.sock"
        env = {**os.environ, "BIND": f"unix:{app_socket}", "WEB_CONCURRENCY": str(workers),
               "CONTROL_SOCKET": str(prefix / "gunicorn.ctl"),
               "PUBLIC_ORIGIN": os.environ.get("PUBLIC_ORIGIN") or f"https://localhost:{https_port}"}
        command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "webapp:create_app()"]
        with (_running(command, lambda: _unix_connection(app_socket), "gunicorn", signal.SIGTERM, log,
                       cwd=ROOT, env=env),
              nginx_in_front(prefix, app_socket, http_port, https_port, listen, log) as urls):
            yield urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prefix", type=Path)
    parser.add_argument("--http-port", type=int, default=8080)
    parser.add_argument("--https-port", type=int, default=8443)
    parser.add_argument("--listen", default="127.0.0.1")
    args = parser.parse_args()
    with production(args.prefix, args.http_port, args.https_port, args.listen) as urls:
        print(f"Serving on {urls['https']} (and {urls['http']}, which redirects there); files in {urls['prefix']}",
              flush=True)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
