from urllib.parse import parse_qsl

from aiohttp import web

from .accounts import accounts_owned_by, execute_transfer


def first_value(pairs, key):
    for k, v in pairs:
        if k == key:
            return v
    return None


async def transfer(request: web.Request):
    user = request["user"]
    body = await request.text()
    pairs = parse_qsl(body, keep_blank_values=True)
    source = first_value(pairs, "from_account")
    if source not in accounts_owned_by(user):
        raise web.HTTPForbidden(text="not your account")
    params = dict(pairs)
    result = await execute_transfer(
        params["from_account"], params["to_account"], int(params["amount_cents"])
    )
    return web.json_response(result)


app = web.Application()
app.router.add_post("/transfer", transfer)
