from django.contrib.auth.models import User
from django.http import HttpResponse, HttpResponseBadRequest


def reset_step1(request):
    user = User.objects.get(email=request.POST["email"])
    request.session["reset_user"] = user.pk
    send_code(user)
    return HttpResponse("code sent")


def reset_step2(request):
    if request.POST["code"] != request.session.get("expected_code"):
        return HttpResponseBadRequest("wrong code")
    request.session["code_ok"] = True
    return HttpResponse("code accepted")


def reset_step3(request):
    user = User.objects.get(pk=request.session["reset_user"])
    user.set_password(request.POST["new_password"])
    user.save()
    return HttpResponse("password changed")


def send_code(user):
    pass
