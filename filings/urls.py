from django.urls import path

from . import views

app_name = "filings"
urlpatterns = [
    path("cases/<int:case_pk>/entries/<int:entry_pk>/attach/", views.attachment_upload, name="attach"),
    path("cases/<int:case_pk>/attachments/<int:pk>/download/", views.attachment_download, name="attachment_download"),
    path("cases/<int:case_pk>/disposition/", views.disposition_confirm_view, name="disposition_confirm"),
]
