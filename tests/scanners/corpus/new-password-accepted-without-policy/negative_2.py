"""Negative example for new-password-accepted-without-policy: Django's configured validators run first."""

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import JsonResponse


def reset_password(request):
    candidate = request.POST["password"]
    try:
        validate_password(candidate, user=request.user)
    except ValidationError as exc:
        return JsonResponse({"errors": exc.messages}, status=400)
    request.user.set_password(candidate)
    request.user.save()
    return JsonResponse({"ok": True})
