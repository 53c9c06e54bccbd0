"""Celery task that imports customer configuration bundles (XML)."""
from celery import shared_task
from lxml import etree

BUNDLE_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
)


def parse_bundle(raw: bytes) -> dict:
    root = etree.fromstring(raw, BUNDLE_PARSER)
    if root.getroottree().docinfo.internalDTD is not None:
        raise ValueError("DOCTYPE declarations are not accepted")
    settings = {}
    for node in root.iterfind("setting"):
        key = node.get("name")
        if key:
            settings[key] = (node.text or "").strip()
    return settings


@shared_task(bind=True, max_retries=0)
def import_bundle(self, customer_id: int, raw: bytes):
    try:
        settings = parse_bundle(raw)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return {"customer": customer_id, "status": "rejected", "reason": str(exc)}
    return {"customer": customer_id, "status": "imported", "count": len(settings)}
