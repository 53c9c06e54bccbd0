"""Negative example for reflected-xss-from-request: a value that passed isalnum() holds no markup."""
from django.http import HttpResponse


def greet(request):
    nick = request.GET.get("nick", "")
    if not nick.isalnum():
        return HttpResponse("Nicknames use letters and digits only.", status=400)
    return HttpResponse("Welcome back, " + nick)
