import secrets
from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone

from .models import Invitation


@login_required
def create_invite(request, team_id):
    email = request.POST["email"]
    invite = Invitation.objects.create(
        team_id=team_id,
        email=email,
        inviter=request.user,
        code=secrets.token_urlsafe(32),
        expires_at=timezone.now() + timedelta(days=7),
    )
    url = request.build_absolute_uri(reverse("accept-invite", args=[invite.code]))
    return JsonResponse({"invite_url": url})
