import hashlib

from django.http import JsonResponse

from .models import Member

SALT = "f9c1e8a2"


def register(request):
    password = request.POST["password"]
    hashed = hashlib.sha512((SALT + password).encode()).hexdigest()
    Member.objects.create(email=request.POST["email"], password_hash=hashed)
    return JsonResponse({"ok": True})
