"""A bare Django view beside the case list: the same 25 rows in a plain table, with and without the list's count.

Served by bench_load.py under the same gunicorn settings as the app, so the ratio between the two is what the
app's own code costs on top of Django.
"""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from cases.models import Case

TABLE = engines["django"].from_string(
    "<!doctype html><title>Cases</title>{% if count is not None %}<p>{{ count }} cases</p>{% endif %}"
    "<table>{% for case in cases %}<tr><td><a href='/cases/{{ case.pk }}/'>{{ case.docket_number }}</a></td>"
    "<td>{{ case.case_name }}</td><td>{{ case.court.citation }}</td><td>{{ case.date_filed }}</td>"
    "<td>{{ case.date_terminated|default:'' }}</td><td>{{ case.get_status_display }}</td></tr>{% endfor %}</table>"
)


def bare_list(request):
    cases = Case.objects.select_related("court").order_by("-date_filed", "-id")[:25]
    count = Case.objects.count() if "count" in request.GET else None
    return HttpResponse(TABLE.render({"cases": cases, "count": count}, request))


urlpatterns = [path("", bare_list)]
