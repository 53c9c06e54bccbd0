"""Parse XML envelopes arriving on the integration queue."""
import json
import logging

import defusedxml.ElementTree as DET
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

log = logging.getLogger(__name__)


def parse_envelope(raw: bytes) -> dict:
    root = DET.fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    return {
        "type": root.findtext("header/type"),
        "sender": root.findtext("header/sender"),
        "body": root.findtext("body") or "",
    }


def on_message(channel, method, properties, raw):
    try:
        envelope = parse_envelope(raw)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
        log.warning("rejected envelope: %s", exc)
        channel.basic_nack(method.delivery_tag, requeue=False)
        return
    except DET.ParseError:
        log.warning("malformed envelope")
        channel.basic_nack(method.delivery_tag, requeue=False)
        return
    log.info("envelope %s", json.dumps(envelope)[:200])
    channel.basic_ack(method.delivery_tag)
