from django.urls import path

from . import views

app_name = "appeals"
urlpatterns = [
    path("cases/<int:case_pk>/appeal/link/", views.appeal_link_view, name="link"),
    path("cases/<int:case_pk>/appeal/unlink/", views.appeal_unlink_view, name="unlink"),
]
