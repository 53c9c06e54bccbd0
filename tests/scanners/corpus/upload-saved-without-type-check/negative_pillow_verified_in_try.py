"""Negative: the Django upload is verified and re-encoded by Pillow (inside try/with) before the bytes are written."""
import io
import uuid

from django.http import HttpResponse, HttpResponseBadRequest
from PIL import Image


def upload_banner(request):
    banner = request.FILES.get("banner")
    try:
        with Image.open(banner) as probe:
            probe.verify()
        banner.seek(0)
        with Image.open(banner) as picture:
            out = io.BytesIO()
            picture.convert("RGB").save(out, format="PNG")
    except OSError:
        return HttpResponseBadRequest("not an image")
    with open(f"/srv/media/{uuid.uuid4().hex}.png", "wb") as sink:
        sink.write(out.getvalue())
    return HttpResponse(status=201)
