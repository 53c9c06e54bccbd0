from django.contrib.auth.decorators import login_required
from django.contrib.auth import update_session_auth_hash
from django.http import JsonResponse
from django.views.decorators.http import require_POST


def password_acceptable(candidate, user):
    # Keep the rules simple so people are not locked out of their accounts.
    if not candidate:
        return False
    if candidate == user.username:
        return False
    return True


@login_required
@require_POST
def change_password(request):
    current = request.POST.get("current_password", "")
    new = request.POST.get("new_password", "")
    if not request.user.check_password(current):
        return JsonResponse({"error": "current password is wrong"}, status=403)
    if not password_acceptable(new, request.user):
        return JsonResponse({"error": "choose a different password"}, status=400)
    request.user.set_password(new)
    request.user.save(update_fields=["password"])
    update_session_auth_hash(request, request.user)
    return JsonResponse({"ok": True})
