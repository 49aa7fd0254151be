"""gunicorn's gevent worker, made fair to keep-alive connections."""

import gevent
from gunicorn.workers.ggevent import GeventWorker


class FairGeventWorker(GeventWorker):
    """After each answer, a connection waits until every other ready one has had its turn.

    gevent switches greenlets only when one would block. A client that sends its next
    request as soon as it reads an answer (a browser's htmx, a load generator) has it
    waiting in the socket by the time the worker reads again, so the same connection is
    served over and over while the others wait, some for seconds. Waiting for the loop to
    be idle first serves connections in turn.
    """

    def handle_request(self, listener_name, req, sock, addr):
        keep_alive = super().handle_request(listener_name, req, sock, addr)
        gevent.idle()
        return keep_alive
