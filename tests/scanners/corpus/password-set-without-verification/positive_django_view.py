"""Positive example for password-set-without-verification: a Django view resets by e-mail alone."""

from django.contrib.auth.models import User
from django.http import JsonResponse


def recover(request):
    account = User.objects.get(email=request.POST["email"])
    account.set_password(request.POST["new_password"])
    account.save()
    return JsonResponse({"done": True})
