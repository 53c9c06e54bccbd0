"""Return users to the page they came from after SSO."""
from django.http import HttpResponseRedirect, HttpResponseBadRequest
from django.views import View

TRUSTED_SUFFIX = "example.com"


def is_trusted(url):
    # allow relative paths and anything on our domain
    if url.startswith("/"):
        return True
    return TRUSTED_SUFFIX in url


class SsoCallbackView(View):
    def get(self, request):
        ticket = request.GET.get("ticket")
        if not ticket:
            return HttpResponseBadRequest("missing ticket")
        request.session["sso_ticket"] = ticket
        return_to = request.GET.get("return_to", "/dashboard/")
        if not is_trusted(return_to):
            return_to = "/dashboard/"
        return HttpResponseRedirect(return_to)
