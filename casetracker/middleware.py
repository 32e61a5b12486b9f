"""The site's own middleware.

Responses that hold a signed-in user's data are never stored by a browser or a shared cache, and a bare 405
gets a page a person can read.
"""

from .errors import error_page

NO_STORE = "no-store, private"


def is_download(response) -> bool:
    return response.has_header("Content-Disposition") or getattr(response, "file_to_stream", None) is not None


def signed_in(request) -> bool:
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


class NoStoreMiddleware:
    """``Cache-Control: no-store`` on signed-in users' pages and on every download, unless a view set its own.

    The login page (Django marks it never-cache itself) and static files (WhiteNoise answers those before
    this runs) keep their own headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not response.has_header("Cache-Control") and (is_download(response) or signed_in(request)):
            response["Cache-Control"] = NO_STORE
        return response


class NotAllowedPageMiddleware:
    """A 405 with no body (``require_POST`` and its kin send none) becomes the site's 405 page.

    The status and the ``Allow`` header stay as the view set them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or response.streaming or response.content:
            return response
        allowed = response.get("Allow")
        page = error_page(request, "405.html", 405, method=request.method, allowed=allowed)
        if allowed is not None:
            page["Allow"] = allowed
        return page
