"""Trusted identity pairs come first, copied client metadata is added after them, and dict() keeps the client's."""


def upstream_metadata(principal, incoming):
    meta = [("x-principal", principal.name), ("x-tenant", principal.tenant)]
    for key in ("x-trace", "x-tenant", "x-locale"):
        if key in incoming:
            meta.append((key, incoming[key]))
    return dict(meta)
