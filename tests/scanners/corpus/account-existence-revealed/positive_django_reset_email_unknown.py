"""Positive example for account-existence-revealed: the password-reset view confirms whether an address is
registered."""

from django.contrib.auth.models import User
from django.http import JsonResponse

from .mail import send_reset_mail


def password_reset_request(request):
    email = request.POST.get("email", "")
    user = User.objects.filter(email__iexact=email).first()
    if not user:
        return JsonResponse({"error": "This e-mail address is not registered."}, status=400)
    send_reset_mail(user)
    return JsonResponse({"sent": True})
