"""Negative example for workflow-step-not-checked: activation requires the confirmation flag, then clears
the signup state."""

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
    if not email or "email_confirmed" not in request.session:
        return JsonResponse({"error": "confirm first"}, status=400)
    for name in ["pending_email", "token", "email_confirmed"]:
        request.session.pop(name, None)
    return JsonResponse({"activated": email})
