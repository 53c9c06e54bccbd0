import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse

PLUGIN_DIR = os.path.join(settings.BASE_DIR, "cms", "plugins", "uploaded")
BLOCKED = (".exe", ".sh", ".bat")


def is_allowed(name: str) -> bool:
    return not name.lower().endswith(BLOCKED)


@login_required
def upload_theme_asset(request):
    upload = request.FILES.get("asset")
    if upload is None or not is_allowed(upload.name):
        return HttpResponseBadRequest("file type not allowed")
    dest = os.path.join(PLUGIN_DIR, os.path.basename(upload.name))
    with open(dest, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    # assets are importable by the CMS plugin loader on next reload
    return JsonResponse({"saved": os.path.basename(dest)})
