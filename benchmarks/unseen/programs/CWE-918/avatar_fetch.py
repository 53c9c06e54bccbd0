import requests as rq

from .models import Profile

AVATAR_HOST = "https://avatars.example-cdn.com"


def refresh_avatar(profile_id, avatar_name):
    remote = f"{AVATAR_HOST}/{avatar_name}"
    data = rq.get(remote, timeout=5).content
    Profile.objects.filter(pk=profile_id).update(avatar=data)


def import_avatar(profile_id, request):
    source = request.GET.get("from")
    data = rq.get(source, timeout=5).content
    Profile.objects.filter(pk=profile_id).update(avatar=data)
