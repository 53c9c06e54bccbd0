import sys


def run_hook(hook_source, event):
    """Run a user-defined hook snippet for an event."""
    scope = {"event": event}
    exec(hook_source, scope)
    return scope.get("result")


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        print(run_hook(fh.read(), {"type": "push"}))
