"""Positive example for python-exec-of-dynamic-string: the code to run is read from a per-user
store, not from a constant table of the module."""


def run_saved_macro(user_macros, name, ctx):
    body = user_macros.get(name)
    exec(body, {}, ctx)
