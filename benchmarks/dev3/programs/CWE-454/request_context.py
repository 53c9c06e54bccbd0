from dataclasses import dataclass, field, fields

import falcon


@dataclass
class RequestContext:
    user: str = "anonymous"
    is_admin: bool = False
    tenant: str = "public"
    locale: str = "en"
    scopes: list = field(default_factory=list)

    @classmethod
    def from_cookies(cls, cookies):
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in cookies.items() if k in known}
        if "is_admin" in values:
            values["is_admin"] = values["is_admin"] == "1"
        if "scopes" in values:
            values["scopes"] = values["scopes"].split(",")
        return cls(**values)


class ContextMiddleware:
    def process_request(self, req, resp):
        req.context.ctx = RequestContext.from_cookies(req.cookies)


class TenantSettings:
    def on_delete(self, req, resp, tenant):
        if not req.context.ctx.is_admin:
            raise falcon.HTTPForbidden()
        req.context.store.delete_tenant(tenant)
        resp.status = falcon.HTTP_204


app = falcon.App(middleware=[ContextMiddleware()])
app.add_route("/tenants/{tenant}", TenantSettings())
