"""Negative: the joined path is normalised with realpath before the prefix test, so "../" cannot leave the media folder."""
import os

from django.http import FileResponse, Http404

MEDIA_ROOT = os.path.realpath("/srv/media")


def media_file(request):
    full = os.path.realpath(os.path.join(MEDIA_ROOT, request.GET.get("file", "")))
    if not full.startswith(MEDIA_ROOT + os.sep):
        raise Http404()
    return FileResponse(open(full, "rb"))
