import hmac

from django.contrib.auth.models import User
from django.http import HttpResponseForbidden, JsonResponse

from .models import ResetPin


def validate_pin(request):
    pin = ResetPin.objects.filter(user__username=request.POST["username"]).first()
    if pin is None or not hmac.compare_digest(pin.value, request.POST["pin"]):
        return HttpResponseForbidden()
    return JsonResponse({"valid": True})


def finish(request):
    pin = ResetPin.objects.filter(user__username=request.POST["username"]).first()
    if pin is None or not hmac.compare_digest(pin.value, request.POST["pin"]):
        return HttpResponseForbidden()
    user = pin.user
    user.set_password(request.POST["new"])
    user.save()
    pin.delete()
    return JsonResponse({"changed": True})
