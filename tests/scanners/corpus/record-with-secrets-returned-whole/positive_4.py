"""Positive example for record-with-secrets-returned-whole: every User field serialised."""

from django.contrib.auth.models import User
from django.core import serializers
from django.http import HttpResponse


def export_users(request):
    return HttpResponse(serializers.serialize("json", User.objects.all()), content_type="application/json")
