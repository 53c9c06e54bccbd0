"""Negative example for reset-token-returned-to-requester: the token only goes into the e-mail; the
response is the same for every address."""

import secrets

from django.core.mail import send_mail
from django.http import JsonResponse

from .models import PasswordReset, User


def forgot_password(request):
    user = User.objects.filter(email=request.POST.get("email")).first()
    if user is not None:
        tok = secrets.token_hex(20)
        PasswordReset.objects.create(user=user, token=tok)
        send_mail("Reset", f"https://app.example/reset/{tok}", None, [user.email])
    return JsonResponse({"ok": True})
