"""Negative example for header-assigned-from-request-value: the validator's verdict is kept and enforced."""
from django.http import HttpResponse
from django.utils.http import url_has_allowed_host_and_scheme


def next_page(request):
    target = request.GET.get("next", "/")
    ok = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    if not ok:
        return HttpResponse("not allowed", status=400)
    response = HttpResponse(status=302)
    response["Location"] = target
    return response
