from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("cases/<int:case_pk>/reports/", views.report_create, name="create"),
    path("reports/<int:pk>/status.json", views.report_status, name="status"),
    path("reports/<int:pk>/download/", views.report_download, name="download"),
    path("reports/<int:pk>/retry/", views.report_retry_view, name="retry"),
]
