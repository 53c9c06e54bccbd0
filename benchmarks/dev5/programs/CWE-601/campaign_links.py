"""Click tracking for marketing e-mails: /r/<campaign>?to=<url>."""
import logging
from datetime import datetime, timezone

from django.db import models
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import path

log = logging.getLogger("campaigns")


class Click(models.Model):
    campaign = models.CharField(max_length=64)
    destination = models.TextField()
    clicked_at = models.DateTimeField()

    class Meta:
        app_label = "campaigns"


def record_click(campaign, destination):
    Click.objects.create(
        campaign=campaign,
        destination=destination,
        clicked_at=datetime.now(timezone.utc),
    )


def destination_from(request):
    dest = request.GET.get("to", "").strip()
    if not dest:
        return None
    if not dest.startswith(("http://", "https://", "/")):
        dest = "https://" + dest
    return dest


def track_and_redirect(request, campaign):
    dest = destination_from(request)
    if dest is None:
        return HttpResponseBadRequest("missing destination")
    try:
        record_click(campaign, dest)
    except Exception:
        log.exception("could not record click for %s", campaign)
    return HttpResponseRedirect(dest)


urlpatterns = [path("r/<slug:campaign>", track_and_redirect)]
