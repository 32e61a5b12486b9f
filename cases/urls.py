from django.urls import path

from . import views

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("cases.csv", views.case_list_csv, name="list_csv"),
    path("parties/<int:pk>/", views.party_detail, name="party"),
]
