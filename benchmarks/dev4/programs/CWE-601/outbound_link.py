"""Django view that logs clicks on outbound links before forwarding."""
import logging

from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.views import View

log = logging.getLogger("clicks")


def resolve_target(params):
    url = params.get("u", "").strip()
    if not url:
        return None
    if not url.startswith(("http://", "https://")):
        url = "https://" + url
    return url


class OutboundClickView(View):
    def get(self, request):
        target = resolve_target(request.GET)
        if target is None:
            return HttpResponseBadRequest("missing url")
        log.info("click campaign=%s target=%s", request.GET.get("c", "-"), target)
        return HttpResponseRedirect(target)
