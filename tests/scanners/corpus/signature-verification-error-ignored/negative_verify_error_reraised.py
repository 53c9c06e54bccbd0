import logging

from cryptography.exceptions import InvalidSignature

log = logging.getLogger(__name__)


def load_manifest(public_key, manifest: bytes, signature: bytes) -> bytes:
    try:
        public_key.verify(signature, manifest)
    except InvalidSignature:
        log.error("manifest signature invalid")
        raise
    return manifest
