from django.urls import path

from . import views

app_name = "deadlines"
urlpatterns = [
    path("calendar/", views.firm_calendar, name="calendar"),
    path("calendar/mine/", views.my_calendar, name="mine"),
    path("calendar.csv", views.calendar_csv, name="csv"),
    path("calendar/feed/", views.feed_settings, name="feed"),
    path("calendar/feed/<str:token>.ics", views.feed_ics, name="feed_ics"),
    path("cases/<int:pk>/calendar.ics", views.case_ics, name="case_ics"),
    path("deadlines/<int:pk>/", views.deadline_detail, name="detail"),
    path("deadlines/<int:pk>/status/", views.deadline_status, name="status"),
    path("deadlines/<int:pk>/override/", views.deadline_override, name="override"),
    path("deadlines/<int:pk>/assign/", views.deadline_assign, name="assign"),
]
