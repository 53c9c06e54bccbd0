"""A Django view checks the first 'role' pair of the raw query but builds a dict that keeps the last one."""
from urllib.parse import parse_qsl

from django.http import HttpResponseForbidden, JsonResponse


def grant(request):
    items = parse_qsl(request.META.get("QUERY_STRING", ""))
    role = next((v for k, v in items if k == "role"), None)
    if role == "admin":
        return HttpResponseForbidden()
    options = dict(items)
    request.user.profile.assign(options["role"])
    return JsonResponse({"role": options["role"]})
