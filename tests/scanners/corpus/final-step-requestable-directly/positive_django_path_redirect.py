"""Positive example for final-step-requestable-directly: a Django view redirects to /tour/book by path;
the booking view passes the stored payment reference along but never checks it is there."""

from django.http import HttpResponseRedirect, JsonResponse

from .models import Booking
from .psp import capture


def tour_pay(request):
    result = capture(request.POST["nonce"], request.session["price"])
    request.session["capture_id"] = result.id
    return HttpResponseRedirect("/tour/book")


def tour_book(request):
    booking = Booking.objects.create(
        tour=request.session["tour_id"],
        capture_id=request.session.get("capture_id"),
    )
    return JsonResponse({"booking": booking.pk})
