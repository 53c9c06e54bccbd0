"""Positive example for privilege-field-mass-assigned: a Django view copies form fields onto the profile by
name, and the name tuple includes the permission groups."""

from django.shortcuts import redirect

from .models import Profile


def edit_profile(request):
    profile = Profile.objects.get(user=request.user)
    for attr in ("nickname", "timezone", "groups"):
        setattr(profile, attr, request.POST.get(attr))
    profile.save()
    return redirect("profile")
