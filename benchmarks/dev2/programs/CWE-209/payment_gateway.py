import logging

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)
GATEWAY_URL = "https://api.payments.example/v1/charges"


class GatewayError(Exception):
    def __init__(self, response, request_body):
        super().__init__(f"gateway returned {response.status_code}")
        self.details = {
            "status": response.status_code,
            "gateway_body": response.text,
            "sent": request_body,
        }


def charge(card_token, amount_cents, api_key):
    body = {"source": card_token, "amount": amount_cents, "currency": "usd"}
    resp = requests.post(GATEWAY_URL, json=body, auth=(api_key, ""), timeout=10)
    if resp.status_code >= 400:
        raise GatewayError(resp, {**body, "api_key": api_key})
    return resp.json()


@require_POST
def pay(request):
    from django.conf import settings
    try:
        result = charge(request.POST["token"], int(request.POST["amount"]), settings.PAYMENT_API_KEY)
    except GatewayError as exc:
        log.error("charge failed: %s", exc)
        return JsonResponse({"error": str(exc), "details": exc.details}, status=502)
    return JsonResponse({"charge_id": result["id"]})
