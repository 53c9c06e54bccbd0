"""Negative example for reflected-xss-from-request: the value is escaped before mark_safe."""

from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe


def profile(request):
    bio = escape(request.GET.get("bio", ""))
    return render(request, "profile.html", {"bio": mark_safe("<em>" + bio + "</em>")})
