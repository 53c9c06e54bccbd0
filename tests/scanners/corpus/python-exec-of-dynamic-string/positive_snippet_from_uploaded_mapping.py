"""Positive example for python-exec-of-dynamic-string: the hooks table comes from an uploaded JSON
document, so the source compiled for each hook is the uploader's."""
import json


def load_hooks(upload_path):
    with open(upload_path) as fh:
        hooks = json.load(fh)
    compiled = {}
    for name, src in hooks.items():
        compiled[name] = compile(src, name, "exec")
    return compiled
