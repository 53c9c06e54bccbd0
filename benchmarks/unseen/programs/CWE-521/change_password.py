from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


@login_required
def change_password(request):
    new = request.POST.get("new_password", "")
    if len(new) < 4:
        return JsonResponse({"error": "password too short"}, status=400)
    request.user.set_password(new)
    request.user.save()
    return JsonResponse({"ok": True})
