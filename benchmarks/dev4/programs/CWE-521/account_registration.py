import re

from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Account

COMMON_PASSWORDS_FILE = "/srv/app/data/common-passwords.txt"
MIN_LENGTH = 12


def _common_passwords():
    with open(COMMON_PASSWORDS_FILE, encoding="utf-8") as fh:
        return {line.strip().lower() for line in fh if line.strip()}


def password_problems(password, username):
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"must be at least {MIN_LENGTH} characters")
    classes = [r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"]
    if sum(bool(re.search(c, password)) for c in classes) < 3:
        problems.append("must mix at least three of lower, upper, digits, symbols")
    if username.lower() in password.lower():
        problems.append("must not contain the username")
    if password.lower() in _common_passwords():
        problems.append("is too common")
    return problems


@require_POST
def register(request):
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    if not username:
        return JsonResponse({"error": "username required"}, status=400)
    problems = password_problems(password, username)
    if problems:
        return JsonResponse({"error": "weak password", "details": problems}, status=400)
    Account.objects.create(username=username, password=make_password(password))
    return JsonResponse({"created": username}, status=201)
