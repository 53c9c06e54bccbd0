"""Negative: the stored header has CR/LF escaped when it is kept, so logging it later cannot forge lines."""
import logging

logger = logging.getLogger("traffic")


class CallerSummary:
    def __init__(self, request):
        self.device = request.headers.get("X-Device", "?").replace("\r", "\\r").replace("\n", "\\n")

    def line(self):
        return f"device={self.device}"


def log_request(request):
    logger.info("request %s", CallerSummary(request).line())
