from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def register(request):
    User = get_user_model()
    username = request.POST.get("username", "").strip()
    email = request.POST.get("email", "").strip()
    password = request.POST.get("password", "")
    if not username or not email:
        return JsonResponse({"errors": ["username and email are required"]}, status=400)

    candidate = User(username=username, email=email)
    try:
        validate_password(password, user=candidate)
    except ValidationError as exc:
        return JsonResponse({"errors": list(exc.messages)}, status=400)

    candidate.set_password(password)
    try:
        candidate.save()
    except IntegrityError:
        return JsonResponse({"errors": ["username already exists"]}, status=409)
    return JsonResponse({"id": candidate.pk}, status=201)
