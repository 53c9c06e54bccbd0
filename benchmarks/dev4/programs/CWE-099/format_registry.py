import csv
import io
import json

from django.http import HttpResponse, HttpResponseBadRequest


def to_csv(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else [])
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue(), "text/csv"


def to_json(rows):
    return json.dumps(rows), "application/json"


EXPORTERS = {"csv": to_csv, "json": to_json}


def export_orders(request):
    fmt = request.GET.get("format", "json")
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        return HttpResponseBadRequest("unknown format")
    rows = [{"id": 1, "total": "9.99"}, {"id": 2, "total": "25.00"}]
    body, ctype = exporter(rows)
    return HttpResponse(body, content_type=ctype)
