"""Positive example for response-header-from-request: only LF is removed, a lone CR still ends the line."""
from django.http import HttpResponse


def filename(request):
    name = request.GET.get("name", "report.csv").replace("\n", "")
    response = HttpResponse("a,b")
    response.headers["Content-Disposition"] = "attachment; filename=" + name
    return response
