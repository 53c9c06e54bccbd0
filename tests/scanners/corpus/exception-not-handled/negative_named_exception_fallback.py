"""Negative: a missing optional key or module is a deliberate, specific fallback, not a swallowed failure."""
try:
    import ujson as json_impl
except ImportError:
    json_impl = None


def first_tag(meta):
    try:
        return meta["tags"][0]
    except (KeyError, IndexError):
        pass
    return None


def stop_reservation(sku, qty, warehouse):
    try:
        warehouse.reserve(sku, qty)
    except RuntimeError:
        return False
    return True
