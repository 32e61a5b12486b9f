from django.urls import path

from . import views

app_name = "filings"
urlpatterns = [
    path("cases/<int:case_pk>/reports/", views.report_create, name="report_create"),
    path("reports/<int:pk>/status.json", views.report_status, name="report_status"),
    path("reports/<int:pk>/download/", views.report_download, name="report_download"),
    path("reports/<int:pk>/retry/", views.report_retry_view, name="report_retry"),
]
