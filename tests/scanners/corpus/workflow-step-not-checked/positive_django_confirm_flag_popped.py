"""Positive example for workflow-step-not-checked: the e-mail confirmation flag is only cleaned up at the
end, never required, so the account is activated without confirming the address."""

from django.http import JsonResponse


def start_signup(request):
    request.session["pending_email"] = request.POST["email"]
    request.session["token"] = request.POST["token"]
    return JsonResponse({"next": "confirm"})


def confirm_email(request):
    if request.POST.get("token") == request.session.get("token"):
        request.session["email_confirmed"] = True
    return JsonResponse({"next": "activate"})


def activate(request):
    email = request.session.get("pending_email")
    if not email:
        return JsonResponse({"error": "start first"}, status=400)
    for name in ["pending_email", "token", "email_confirmed"]:
        request.session.pop(name, None)
    return JsonResponse({"activated": email})
