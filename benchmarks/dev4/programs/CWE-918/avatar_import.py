"""Import a profile picture from one of the supported photo hosts."""
from urllib.parse import urlsplit

import requests
from django.core.files.base import ContentFile
from django.http import JsonResponse
from django.views.decorators.http import require_POST

ALLOWED_HOSTS = {"images.unsplash.com", "pbs.twimg.com", "lh3.googleusercontent.com"}
MAX_BYTES = 3 * 1024 * 1024


def checked_url(raw):
    parts = urlsplit(raw)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError("unsupported image host")
    if parts.port not in (None, 443) or parts.username or parts.password:
        raise ValueError("unsupported image url")
    return parts.geturl()


@require_POST
def import_avatar(request):
    try:
        url = checked_url(request.POST.get("url", ""))
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    resp = requests.get(url, timeout=5, stream=True, allow_redirects=False)
    if resp.status_code != 200:
        return JsonResponse({"error": "could not fetch image"}, status=502)
    data = resp.raw.read(MAX_BYTES + 1, decode_content=True)
    if len(data) > MAX_BYTES:
        return JsonResponse({"error": "image too large"}, status=413)
    request.user.profile.avatar.save("imported.jpg", ContentFile(data))
    return JsonResponse({"ok": True})
