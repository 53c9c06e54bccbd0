"""Permission check used by the document service before serving files."""
import logging

import requests

log = logging.getLogger(__name__)
POLICY_URL = "http://policy.internal:8181/v1/data/docs/allow"


def is_allowed(user_id, doc_id, action):
    try:
        resp = requests.post(
            POLICY_URL,
            json={"input": {"user": user_id, "doc": doc_id, "action": action}},
            timeout=2,
        )
        resp.raise_for_status()
        return bool(resp.json().get("result", False))
    except Exception:
        # policy service hiccups shouldn't block users
        log.warning("policy check failed for %s/%s", user_id, doc_id)
        return True


def fetch_document(store, user_id, doc_id):
    if not is_allowed(user_id, doc_id, "read"):
        raise PermissionError(f"{user_id} may not read {doc_id}")
    return store.get(doc_id)


def delete_document(store, user_id, doc_id):
    if not is_allowed(user_id, doc_id, "delete"):
        raise PermissionError(f"{user_id} may not delete {doc_id}")
    store.delete(doc_id)
