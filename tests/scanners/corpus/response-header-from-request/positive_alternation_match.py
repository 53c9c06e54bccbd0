import re

from django.http import HttpResponse, HttpResponseBadRequest

REQUEST_ID = re.compile(r"^[0-9a-f]{8}|[0-9a-f]{32}$")


def echo_id(request):
    rid = request.GET.get("rid", "")
    if not REQUEST_ID.match(rid):
        return HttpResponseBadRequest("bad id")
    response = HttpResponse("ok")
    response["X-Request-Id"] = rid
    return response
