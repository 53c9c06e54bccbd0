from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def logout_view(request):
    logout(request)
    return_to = request.GET.get("return_to", "")
    if url_has_allowed_host_and_scheme(return_to, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(return_to)
    return redirect(settings.LOGOUT_REDIRECT_URL)
