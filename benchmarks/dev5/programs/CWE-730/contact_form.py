"""Contact form handler for the marketing site (aiohttp)."""
import re

from aiohttp import web

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_\-]+\.?)+@([a-zA-Z0-9\-]+\.)+[a-zA-Z]{2,}$")
PHONE_RE = re.compile(r"^\+?[0-9 ]{6,20}$")


def validate(form):
    errors = {}
    email = form.get("email", "")
    if not EMAIL_RE.match(email):
        errors["email"] = "invalid e-mail address"
    phone = form.get("phone", "")
    if phone and not PHONE_RE.match(phone):
        errors["phone"] = "invalid phone number"
    if not form.get("message", "").strip():
        errors["message"] = "message is required"
    return errors


class ContactView(web.View):
    async def post(self):
        form = await self.request.post()
        errors = validate(form)
        if errors:
            return web.json_response({"errors": errors}, status=422)
        await self.request.app["outbox"].put(
            {"email": form["email"], "phone": form.get("phone"), "message": form["message"]}
        )
        return web.json_response({"queued": True})


def make_app(outbox):
    app = web.Application(client_max_size=64 * 1024)
    app["outbox"] = outbox
    app.router.add_view("/contact", ContactView)
    return app
