from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [path("imports/upload/", views.upload, name="upload")]
