import hashlib
import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Device

SALT = os.environ.get("DEVICE_SECRET_SALT", "d3v1ce-enr0ll-2019").encode()


def hash_secret(secret: str) -> str:
    return hashlib.scrypt(secret.encode(), salt=SALT, n=2**14, r=8, p=1).hex()


@require_POST
def enroll(request):
    serial = request.POST.get("serial", "").strip()
    secret = request.POST.get("secret", "")
    if not serial or len(secret) < 16:
        return JsonResponse({"error": "serial and 16+ char secret required"}, status=400)
    Device.objects.update_or_create(serial=serial, defaults={"secret_hash": hash_secret(secret)})
    return JsonResponse({"enrolled": serial})


@require_POST
def authenticate(request):
    serial = request.POST.get("serial", "")
    device = Device.objects.filter(serial=serial).first()
    if device is None or device.secret_hash != hash_secret(request.POST.get("secret", "")):
        return JsonResponse({"error": "denied"}, status=403)
    return JsonResponse({"ok": True})
