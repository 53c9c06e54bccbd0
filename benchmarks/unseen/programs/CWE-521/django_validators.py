from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import JsonResponse

# settings.AUTH_PASSWORD_VALIDATORS includes MinimumLength(12), CommonPassword, UserAttributeSimilarity


@login_required
def change_password(request):
    new = request.POST.get("new_password", "")
    try:
        validate_password(new, user=request.user)
    except ValidationError as exc:
        return JsonResponse({"error": list(exc.messages)}, status=400)
    request.user.set_password(new)
    request.user.save()
    return JsonResponse({"ok": True})
