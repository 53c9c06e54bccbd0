"""Positive example for record-with-secrets-returned-whole: a Django view dumps every model field of the
client record, API key included."""

from django.db import models
from django.http import JsonResponse


class Client(models.Model):
    name = models.CharField(max_length=80)
    api_key = models.CharField(max_length=64)


def client_detail(request, pk):
    client = Client.objects.get(pk=pk)
    payload = {f.name: getattr(client, f.name) for f in Client._meta.fields}
    return JsonResponse(payload)
