"""Negative example for response-header-from-request: the value is allow-listed first."""

from django.http import HttpResponse

NAMES = {"report.txt", "summary.txt"}


def download(request):
    name = request.GET.get("name", "report.txt")
    if name not in NAMES:
        name = "report.txt"
    response = HttpResponse(b"data", content_type="application/octet-stream")
    response["Content-Disposition"] = "attachment; filename=" + name
    return response
