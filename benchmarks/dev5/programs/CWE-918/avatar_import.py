import hashlib

import requests
from django.core.files.base import ContentFile
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required

GRAVATAR = "https://www.gravatar.com/avatar/{digest}?s=256&d=404"


@login_required
def import_gravatar(request):
    email = request.user.email.strip().lower()
    digest = hashlib.sha256(email.encode()).hexdigest()
    resp = requests.get(GRAVATAR.format(digest=digest), timeout=10, allow_redirects=False)
    if resp.status_code != 200 or not resp.headers.get("Content-Type", "").startswith("image/"):
        return JsonResponse({"error": "no gravatar found"}, status=404)
    request.user.profile.avatar.save(f"{request.user.pk}.jpg", ContentFile(resp.content))
    return JsonResponse({"ok": True})
