"""Positive example for reset-token-returned-to-requester: the Django forgot-password view returns the
freshly minted token to whoever asked."""

import secrets

from django.http import JsonResponse

from .models import PasswordReset, User


def forgot_password(request):
    user = User.objects.filter(email=request.POST.get("email")).first()
    if user is None:
        return JsonResponse({"ok": True})
    tok = secrets.token_hex(20)
    PasswordReset.objects.create(user=user, token=tok)
    return JsonResponse({"ok": True, "token": tok})
