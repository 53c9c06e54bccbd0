from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def logout_view(request):
    """Log the user out and send them back where they came from."""
    logout(request)
    return_to = request.GET.get("return_to", "/")
    return HttpResponseRedirect(return_to)
