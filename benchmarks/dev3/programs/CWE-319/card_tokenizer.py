import os
import ssl

import aiohttp
from aiohttp import web

VAULT_URL = os.environ.get("VAULT_URL", "https://vault.payments.example.com/v1/tokenize")


async def tokenize(request):
    data = await request.json()
    pan = data.get("card_number", "").replace(" ", "")
    if not pan.isdigit() or not 12 <= len(pan) <= 19:
        return web.json_response({"error": "invalid card"}, status=400)
    async with aiohttp.ClientSession() as client:
        async with client.post(VAULT_URL, json={"pan": pan, "exp": data.get("exp")}, timeout=10) as resp:
            result = await resp.json()
    return web.json_response({"token": result["token"], "last4": pan[-4:]})


app = web.Application()
app.router.add_post("/cards", tokenize)

if __name__ == "__main__":
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(os.environ["TLS_CERT"], os.environ["TLS_KEY"])
    web.run_app(app, port=8443, ssl_context=server_ctx)
