"""Negative example for final-step-requestable-directly: the final Django view reads the stored payment
reference into a local and refuses to continue when it is missing."""

from django.http import HttpResponseRedirect, JsonResponse

from .models import Booking
from .psp import capture


def tour_pay(request):
    result = capture(request.POST["nonce"], request.session["price"])
    request.session["capture_id"] = result.id
    return HttpResponseRedirect("/tour/book")


def tour_book(request):
    capture_id = request.session.pop("capture_id", None)
    if capture_id is None:
        return HttpResponseRedirect("/tour/pay")
    booking = Booking.objects.create(tour=request.session["tour_id"], capture_id=capture_id)
    return JsonResponse({"booking": booking.pk})
