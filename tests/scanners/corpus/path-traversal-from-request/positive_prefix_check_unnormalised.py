"""Positive: a Django view only checks that the raw requested path starts with an allowed folder; "public/../../etc/passwd" passes and open() climbs out."""
import os

from django.http import FileResponse, HttpResponseForbidden

MEDIA_ROOT = "/srv/media"


def media_file(request):
    rel = request.GET.get("file", "")
    if not rel.startswith("public/"):
        return HttpResponseForbidden()
    return FileResponse(open(os.path.join(MEDIA_ROOT, rel), "rb"))
