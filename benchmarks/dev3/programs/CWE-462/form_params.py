from urllib.parse import parse_qsl

from aiohttp import web


class DuplicateParameter(ValueError):
    pass


def unique_params(query: str) -> dict:
    params = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key in params:
            raise DuplicateParameter(key)
        params[key] = value
    return params


async def transfer(request):
    body = await request.text()
    try:
        params = unique_params(body)
    except DuplicateParameter as exc:
        raise web.HTTPBadRequest(text=f"parameter given twice: {exc}")
    account = params.get("to_account", "")
    amount = params.get("amount", "")
    if not account.isdigit() or not amount.isdigit():
        raise web.HTTPBadRequest(text="invalid transfer")
    await request.app["bank"].transfer(request["user"], account, int(amount))
    return web.json_response({"to": account, "amount": int(amount)})


app = web.Application()
app.router.add_post("/transfer", transfer)
