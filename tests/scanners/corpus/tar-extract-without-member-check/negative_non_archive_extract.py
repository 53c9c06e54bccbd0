"""Negative: .extract() of a tracing propagator (or any non-archive object) reads request headers; it extracts no archive member."""
from opentelemetry import propagate


def handle(headers: dict, tracer):
    ctx = propagate.extract(headers)
    with tracer.start_as_current_span("handle", context=ctx):
        return {"ok": True}
