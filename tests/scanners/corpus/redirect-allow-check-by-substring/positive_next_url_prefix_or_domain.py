"""Positive: Django login view trusts ?next= when it starts with "/" or contains the company domain."""
from django.contrib.auth import login
from django.shortcuts import redirect

COMPANY_HOST = "portal.example.org"


def _is_safe_next(next_url):
    if next_url.startswith("/"):
        return True
    return COMPANY_HOST in next_url


def after_login(request, user):
    login(request, user)
    target = request.GET.get("next", "/")
    return redirect(target if _is_safe_next(target) else "/")
