"""Negative: a failed step is logged and the move reports failure to its caller."""
import logging

logger = logging.getLogger(__name__)


class Bins:
    def __init__(self):
        self.qty = {}

    def take(self, bin_id, n):
        if self.qty.get(bin_id, 0) < n:
            raise RuntimeError("not enough stock")
        self.qty[bin_id] -= n

    def put(self, bin_id, n):
        if bin_id not in self.qty:
            raise KeyError(bin_id)
        self.qty[bin_id] += n

    def move(self, a, b, n):
        try:
            self.take(a, n)
            self.put(b, n)
        except Exception:
            logger.error("move failed")
            return False
        return True
