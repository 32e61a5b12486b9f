"""gunicorn's settings for the web process: `gunicorn casetracker.wsgi --config casetracker/gunicorn.conf.py`.

Options given on the command line override these.
"""

import os

from gunicorn.http import wsgi

bind = "0.0.0.0:8000"  # inside the container; a proxy or the port mapping is in front
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))  # sessions are shared, so any worker may answer
accesslog = "-"


def _without_server_header(default_headers):
    """gunicorn always names itself in a `Server` header and has no setting to stop it: drop that line.

    The patch is made here, in the arbiter, before the workers are forked; a test against a real gunicorn
    process catches a release that changes how the header is written.
    """

    def headers(response):
        return [line for line in default_headers(response) if not line.lower().startswith("server:")]

    return headers


wsgi.Response.default_headers = _without_server_header(wsgi.Response.default_headers)


def post_worker_init(worker):
    """Build in each worker, before it answers, what its first request would otherwise build."""
    from casetracker.warmup import warm

    warm()
