"""Card data is posted with httpx to an http:// endpoint held in a module constant."""
import httpx

BILLING_ENDPOINT = "http://billing.example.org/charge"


def charge(client: httpx.Client, card_number, amount):
    return client.post(BILLING_ENDPOINT, data={"pan": card_number, "amount": amount})
