"""Negative example for password-set-without-verification: a single-use reset token is required."""

from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.http import JsonResponse


def recover(request):
    account = User.objects.get(pk=request.POST["uid"])
    if not default_token_generator.check_token(account, request.POST["token"]):
        return JsonResponse({"error": "bad link"}, status=400)
    account.set_password(request.POST["new_password"])
    account.save()
    return JsonResponse({"done": True})
