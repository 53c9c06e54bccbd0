import hashlib
import hmac

from django.http import HttpResponse, HttpResponseForbidden

from .models import PasswordReset


def confirm_reset(request, user_id):
    token = request.GET.get("token", "")
    record = PasswordReset.objects.filter(user_id=user_id).first()
    if record is None:
        return HttpResponseForbidden()
    digest = hashlib.sha256(token.encode()).hexdigest()
    for a, b in zip(digest, record.token_hash):
        if a != b:
            return HttpResponseForbidden()
    if len(digest) != len(record.token_hash):
        return HttpResponseForbidden()
    record.user.set_password(request.GET["new_password"])
    record.user.save()
    return HttpResponse("password updated")
