"""Negative example for exception-details-in-response: the rule must not flag this."""
import logging
def handler(work):
    try:
        return work()
    except Exception:
        logging.exception("work failed")
        return "internal error"
