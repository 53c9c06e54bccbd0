import jsonpickle
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Preference


@require_POST
def import_preferences(request):
    prefs = jsonpickle.decode(request.body.decode())
    for key, value in dict(prefs).items():
        Preference.objects.update_or_create(user=request.user, key=key, defaults={"value": value})
    return JsonResponse({"imported": len(prefs)})
