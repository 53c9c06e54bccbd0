"""Positive example for response-header-from-request: a Django header set by subscript."""

from django.http import HttpResponse


def download(request):
    name = request.GET.get("name", "report.txt")
    response = HttpResponse(b"data", content_type="application/octet-stream")
    response["Content-Disposition"] = "attachment; filename=" + name
    return response
