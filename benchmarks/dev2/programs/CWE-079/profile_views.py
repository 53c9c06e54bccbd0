from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Profile


def format_bio(text):
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs))


def profile_detail(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    context = {
        "profile": profile,
        "bio_html": format_bio(profile.bio),
    }
    return render(request, "profiles/detail.html", context)


def update_bio(request):
    if request.method == "POST":
        profile = request.user.profile
        profile.bio = request.POST.get("bio", "")
        profile.save()
        return HttpResponse(status=204)
    return HttpResponse(status=405)
