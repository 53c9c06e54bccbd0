from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def logout_view(request):
    """Log the user out and send them back where they came from."""
    logout(request)
    return_to = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(return_to, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return_to = "/"
    return HttpResponseRedirect(return_to)
