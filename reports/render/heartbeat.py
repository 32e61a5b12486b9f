"""A worker's sign of life while WeasyPrint holds the thread for seconds at a time."""

import threading
from contextlib import contextmanager

from django.db import connection
from django.utils import timezone

INTERVAL_SECONDS = 2


@contextmanager
def heartbeat(queryset):
    """Stamp heartbeat_at on the queryset's rows every few seconds until the block ends."""
    stop = threading.Event()

    def beat():
        try:
            while not stop.wait(INTERVAL_SECONDS):
                queryset.update(heartbeat_at=timezone.now())
        finally:
            connection.close()  # this thread's own connection

    thread = threading.Thread(target=beat, name="report-heartbeat", daemon=True)
    queryset.update(heartbeat_at=timezone.now())
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=INTERVAL_SECONDS * 2)
