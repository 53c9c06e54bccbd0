"""Negative example for privilege-field-mass-assigned: only display fields are copied by name; the
groups are changed elsewhere by staff."""

from django.shortcuts import redirect

from .models import Profile


def edit_profile(request):
    profile = Profile.objects.get(user=request.user)
    for attr in ("nickname", "timezone", "signature"):
        setattr(profile, attr, request.POST.get(attr))
    profile.save()
    return redirect("profile")
