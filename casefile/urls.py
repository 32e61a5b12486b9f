from django.urls import path

from . import views

app_name = "casefile"
urlpatterns = [
    path("cases/<int:pk>/", views.case_detail, name="case"),
]
