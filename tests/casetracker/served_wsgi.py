"""The site's WSGI application, each answer naming the worker process that gave it (X-Worker-Pid): tests only."""

import os

from casetracker.wsgi import application as site


def application(environ, start_response):
    def start(status, headers, exc_info=None):
        return start_response(status, [*headers, ("X-Worker-Pid", str(os.getpid()))], exc_info)

    return site(environ, start)
