from django.http import HttpResponseBadRequest, JsonResponse

from .models import Enrollment


def choose_course(request):
    request.session["course"] = request.POST["course"]
    request.session["stage"] = "chosen"
    return JsonResponse({"next": "pay"})


def pay_fee(request):
    if request.session.get("stage") != "chosen":
        return HttpResponseBadRequest("choose a course first")
    request.session["stage"] = "fee_paid"
    return JsonResponse({"next": "enroll"})


def enroll(request):
    course = request.session.get("course")
    if not course:
        return HttpResponseBadRequest("nothing to enroll in")
    Enrollment.objects.create(user=request.user, course=course)
    return JsonResponse({"enrolled": course})
