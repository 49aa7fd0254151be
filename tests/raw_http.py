"""One exchange on a bare socket, for requests that no HTTP client would send."""

from support.serving import connect
from webapp.headers import server_answer_headers


def exchange(port: int, request: bytes, tls: bool = False) -> tuple[int, dict[str, list[str]], bytes]:
    """Send ``request`` and read until the server closes: the status, each header's values
    by lower-case name, and the body."""
    with connect(port, tls) as sock:
        sock.settimeout(20)
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, list[str]] = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return int(status_line.split()[1]), headers, body


def carries_the_apps_headers(headers: dict[str, list[str]]) -> bool:
    return all(headers.get(name.lower()) == [value] for name, value in server_answer_headers())
