"""Negative: best-effort cleanup of temporary state; the caller is told nothing succeeded or failed."""
import logging

log = logging.getLogger(__name__)


def drop_cache(path):
    if not path:
        raise ValueError("no path")


def shutdown(paths):
    for p in paths:
        try:
            drop_cache(p)
        except Exception:
            log.debug("cache %s already gone", p)
