"""Django registration view with password policy checks."""
import re

from django import forms
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.views.decorators.http import require_POST

COMMON_PASSWORDS = {
    "password", "password1", "123456789", "qwertyuiop", "letmein123",
    "iloveyou", "welcome123", "admin12345", "sunshine1", "football1",
}


def password_problems(password, username):
    problems = []
    if len(password) < 12:
        problems.append("must be at least 12 characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("is too common")
    if username and username.lower() in password.lower():
        problems.append("must not contain the username")
    classes = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]"))
    if classes < 3:
        problems.append("needs three of: lowercase, uppercase, digit, symbol")
    return problems


class RegistrationForm(forms.Form):
    username = forms.CharField(max_length=150)
    password = forms.CharField(widget=forms.PasswordInput)

    def clean(self):
        cleaned = super().clean()
        problems = password_problems(cleaned.get("password", ""), cleaned.get("username", ""))
        if problems:
            raise forms.ValidationError("Password " + "; ".join(problems))
        return cleaned


@require_POST
def register(request):
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    user = User(username=form.cleaned_data["username"])
    user.password = make_password(form.cleaned_data["password"])
    user.save()
    return JsonResponse({"id": user.pk}, status=201)
