import io
import os
import secrets

from django.conf import settings
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST
from PIL import Image, UnidentifiedImageError


@require_POST
def add_photo(request):
    upload = request.FILES.get("photo")
    if upload is None or upload.size > 10 * 1024 * 1024:
        return HttpResponseBadRequest("missing or too large")
    try:
        with Image.open(upload) as img:
            img.verify()
        upload.seek(0)
        with Image.open(upload) as img:
            img = img.convert("RGB")
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=88)
    except (UnidentifiedImageError, OSError):
        return HttpResponseBadRequest("not an image")
    name = f"{secrets.token_hex(12)}.jpg"
    with open(os.path.join(settings.MEDIA_ROOT, "gallery", name), "wb") as fh:
        fh.write(buf.getvalue())
    return JsonResponse({"photo": settings.MEDIA_URL + "gallery/" + name})
