"""Positive example for privilege-field-set-from-request: registration takes is_admin from the form."""

from django.http import JsonResponse

from .models import Profile


def register(request):
    profile = Profile.objects.create(
        handle=request.POST["handle"],
        is_admin=request.POST.get("is_admin") == "on",
    )
    return JsonResponse({"id": profile.pk})
