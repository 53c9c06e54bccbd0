"""Positive: a Django request summary object formats stored headers in a method whose result is logged by middleware."""
import logging

logger = logging.getLogger("traffic")


class CallerSummary:
    def __init__(self, request):
        self.device = request.headers.get("X-Device", "?")
        self.locale = request.GET.get("lang", "en")

    def line(self):
        return f"device={self.device} locale={self.locale}"


class TrafficMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        logger.info("request %s", CallerSummary(request).line())
        return self.get_response(request)
