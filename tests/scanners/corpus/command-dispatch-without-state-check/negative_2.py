"""Negative example for command-dispatch-without-state-check: every command runs inside a session check."""


def handle(session, action, payload, handlers):
    if session.is_authenticated():
        if action == "upload":
            handlers.upload(session.user, payload)
        elif action == "download":
            handlers.download(session.user, payload)
        elif action == "delete":
            handlers.delete(session.user, payload)
    return None
