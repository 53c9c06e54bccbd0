"""Return users to the page they came from after SSO."""
from django.conf import settings
from django.http import HttpResponseRedirect, HttpResponseBadRequest
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


class SsoCallbackView(View):
    def get(self, request):
        ticket = request.GET.get("ticket")
        if not ticket:
            return HttpResponseBadRequest("missing ticket")
        request.session["sso_ticket"] = ticket
        return_to = request.GET.get("return_to", "/dashboard/")
        if not url_has_allowed_host_and_scheme(
            return_to,
            allowed_hosts={request.get_host(), *settings.SSO_RETURN_HOSTS},
            require_https=request.is_secure(),
        ):
            return_to = "/dashboard/"
        return HttpResponseRedirect(return_to)
