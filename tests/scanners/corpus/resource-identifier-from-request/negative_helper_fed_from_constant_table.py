"""Negative example for resource-identifier-from-request: the request key selects an entry of a
constant table of module paths; only that entry reaches the import helper."""
import importlib

from django.http import JsonResponse

BACKENDS = {"local": "storage_backends.local", "s3": "storage_backends.s3"}


def load_backend(path):
    return importlib.import_module(path)


def stats(request):
    backend = load_backend(BACKENDS[request.GET.get("backend", "local")])
    return JsonResponse(backend.usage())
