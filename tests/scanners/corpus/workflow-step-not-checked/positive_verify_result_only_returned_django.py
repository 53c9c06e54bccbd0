from django.contrib.auth.models import User
from django.http import HttpResponseForbidden, JsonResponse

from .models import ResetPin


def validate_pin(request):
    pin = ResetPin.objects.filter(user__username=request.POST["username"]).first()
    if pin is None or pin.value != request.POST["pin"]:
        return HttpResponseForbidden()
    return JsonResponse({"valid": True})


def finish(request):
    user = User.objects.get(username=request.POST["username"])
    user.set_password(request.POST["new"])
    user.save()
    return JsonResponse({"changed": True})
