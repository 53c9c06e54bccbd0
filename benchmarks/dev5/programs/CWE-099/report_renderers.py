"""Django view that renders a report in the format the user picks."""
import csv
import io
import json

from django.http import HttpResponse, HttpResponseBadRequest


class CsvRenderer:
    content_type = "text/csv"

    def render(self, rows):
        buf = io.StringIO()
        w = csv.writer(buf)
        for r in rows:
            w.writerow(r)
        return buf.getvalue()


class JsonRenderer:
    content_type = "application/json"

    def render(self, rows):
        return json.dumps(rows)


RENDERERS = {"csv": CsvRenderer, "json": JsonRenderer}


def sales_rows():
    return [["region", "total"], ["north", 1200], ["south", 950]]


def sales_report(request):
    fmt = request.GET.get("format", "json")
    renderer_cls = RENDERERS.get(fmt)
    if renderer_cls is None:
        return HttpResponseBadRequest("unknown format")
    renderer = renderer_cls()
    return HttpResponse(renderer.render(sales_rows()), content_type=renderer.content_type)
