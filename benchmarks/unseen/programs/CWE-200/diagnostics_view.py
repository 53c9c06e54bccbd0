import os
import platform

from django.http import JsonResponse


def diagnostics(request):
    return JsonResponse({
        "python": platform.python_version(),
        "host": platform.node(),
        "environment": dict(os.environ),
        "cwd": os.getcwd(),
    })
