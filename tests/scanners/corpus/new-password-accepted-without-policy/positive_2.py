"""Positive example for new-password-accepted-without-policy: a password change stores whatever is sent."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse


@login_required
def change(request):
    new_password = request.POST.get("new_password", "")
    request.user.set_password(new_password)
    request.user.save()
    return HttpResponse("changed")
