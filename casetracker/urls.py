from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from .accounts import LoginView
from .history_admin import scoped_shortcut

admin.site.site_header = "Casetracker administration"
admin.site.site_title = "Casetracker"
admin.site.index_title = "Litigation docket"

# The admin pages of imports and reports moved with their apps; old bookmarks still arrive.
moved_admin = [
    re_path(
        rf"^admin/filings/(?P<model>{models})/(?P<rest>.*)$",
        RedirectView.as_view(url=f"/admin/{app}/%(model)s/%(rest)s", permanent=True, query_string=True),
    )
    for app, models in [("imports", "docketimport"), ("reports", "report|reportpart")]
]

handler400 = "casetracker.errors.bad_request"
handler403 = "casetracker.errors.permission_denied"
handler404 = "casetracker.errors.page_not_found"
handler500 = "casetracker.errors.server_error"

urlpatterns = [
    *moved_admin,
    # Ahead of the admin's own "View on site" redirect, which would answer for any record, hidden or not.
    path("admin/r/<int:content_type_id>/<path:object_id>/", admin.site.admin_view(scoped_shortcut)),
    path("admin/", admin.site.urls),
    path("accounts/login/", LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("deadlines.urls")),
    path("", include("imports.urls")),
    path("", include("filings.urls")),
    path("", include("appeals.urls")),
    path("", include("notes.urls")),
    path("", include("reports.urls")),
    path("", include("casefile.urls")),
    path("", include("cases.urls")),
]
