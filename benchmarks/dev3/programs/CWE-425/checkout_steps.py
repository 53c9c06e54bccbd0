from django.http import HttpResponseRedirect, JsonResponse
from django.views.decorators.http import require_POST

from .models import Cart, Order
from .payments import charge


@require_POST
def step_shipping(request):
    cart = Cart.for_session(request.session)
    cart.shipping_address = request.POST["address"]
    cart.save()
    return HttpResponseRedirect("/checkout/payment")


@require_POST
def step_payment(request):
    cart = Cart.for_session(request.session)
    result = charge(cart.total(), request.POST["card_token"])
    if not result.ok:
        return JsonResponse({"error": "payment declined"}, status=402)
    request.session["payment_ref"] = result.reference
    return HttpResponseRedirect("/checkout/confirm")


@require_POST
def step_confirm(request):
    cart = Cart.for_session(request.session)
    order = Order.objects.create(
        items=cart.items_json(),
        address=cart.shipping_address,
        payment_ref=request.session.get("payment_ref", ""),
        status="paid",
    )
    cart.clear()
    return JsonResponse({"order": order.pk, "status": order.status})
