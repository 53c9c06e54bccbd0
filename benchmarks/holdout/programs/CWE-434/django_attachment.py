import os
from django.conf import settings
from django.http import JsonResponse


def upload_attachment(request):
    f = request.FILES["attachment"]
    if not f.content_type.startswith("image/"):
        return JsonResponse({"error": "images only"}, status=400)
    dest = os.path.join(settings.MEDIA_ROOT, f.name)
    with open(dest, "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + f.name})
