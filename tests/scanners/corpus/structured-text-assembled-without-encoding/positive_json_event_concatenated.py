"""Positive: a webhook event body is concatenated as JSON text; a quote in the message injects extra fields."""
import urllib.request


def event_body(source, message):
    return '{"source": "' + source + '", "message": "' + message + '"}'


def notify(url, source, message):
    req = urllib.request.Request(url, data=event_body(source, message).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    return urllib.request.urlopen(req).status
