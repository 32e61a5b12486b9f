from django.urls import path

from . import views

app_name = "notes"
urlpatterns = [
    path("cases/<int:case_pk>/notes/new/", views.note_add_view, name="add"),
    path("cases/<int:case_pk>/notes/<int:pk>/edit/", views.note_edit_view, name="edit"),
    path("cases/<int:case_pk>/notes/<int:pk>/annotate/", views.note_annotate_view, name="annotate"),
]
