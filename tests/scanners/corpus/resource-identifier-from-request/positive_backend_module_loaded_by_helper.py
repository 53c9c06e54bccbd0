"""Positive example for resource-identifier-from-request: a Django view hands the request's
backend name to a helper that imports it as a module of the backends package."""
import importlib

from django.http import JsonResponse


def load_backend(name):
    return importlib.import_module(f"storage_backends.{name}")


def stats(request):
    backend = load_backend(request.GET.get("backend", "local"))
    return JsonResponse(backend.usage())
