"""Positive example for reflected-xss-from-request: a Django view marks the query value safe."""

from django.shortcuts import render
from django.utils.safestring import SafeString


def profile(request):
    bio = request.GET.get("bio", "")
    context = {"bio": SafeString(bio)}
    return render(request, "profile.html", context)
