"""Negative example for record-with-secrets-returned-whole: every field is dumped, but the model holds
no credential or secret field."""

from django.db import models
from django.http import JsonResponse


class Venue(models.Model):
    name = models.CharField(max_length=80)
    city = models.CharField(max_length=80)


def venue_detail(request, pk):
    venue = Venue.objects.get(pk=pk)
    payload = {f.name: getattr(venue, f.name) for f in Venue._meta.fields}
    return JsonResponse(payload)
