import os

import jwt
from django.contrib.auth import get_user_model, login
from django.http import HttpResponseBadRequest, HttpResponseRedirect

SSO_SECRET = os.environ["SSO_SHARED_SECRET"]
SSO_ISSUER = "https://sso.example.com"


def sso_callback(request):
    token = request.GET.get("assertion", "")
    try:
        claims = jwt.decode(
            token,
            SSO_SECRET,
            algorithms=["HS256"],
            audience="intranet",
            issuer=SSO_ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.InvalidTokenError:
        return HttpResponseBadRequest("invalid assertion")
    user, _ = get_user_model().objects.get_or_create(username=claims["sub"])
    login(request, user)
    return HttpResponseRedirect("/")
