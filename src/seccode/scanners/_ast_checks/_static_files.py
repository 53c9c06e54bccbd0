"""Forced browsing of generated files (CWE-425, also 552): exports or reports written under a folder a static
server exposes, with predictable names and no authentication on the way in."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    dotted,
    functions,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

_STATIC_SERVER = re.compile(
    r"(SimpleHTTPRequestHandler|StaticFiles|SharedDataMiddleware|static_folder|WhiteNoise)"
)
_UNGUESSABLE = re.compile(r"(?i)(uuid|secrets\.|token|random|urandom|nonce|hmac|sign)")
_REQUEST_AUTH = re.compile(r"(?i)(authorization|auth|token|api_?key|password|session|cookie|login|signature)")


def _served_directories(tree: ast.Module) -> set[str]:
    """Names/literals of directories a static file server publishes: partial(SimpleHTTPRequestHandler,
    directory=EXPORTS), StaticFiles(directory=EXPORTS), Flask(static_folder=EXPORTS)."""
    found: set[str] = set()
    # handler classes derived from a static file server (class Exports(SimpleHTTPRequestHandler))
    subclasses = {
        cls.name
        for cls in nodes(tree)
        if isinstance(cls, ast.ClassDef) and any(_STATIC_SERVER.search(dotted(b)) for b in cls.bases)
    }
    for c in calls(tree):
        text = " ".join([call_name(c), *(ast.unparse(a) for a in c.args)])
        if (
            not _STATIC_SERVER.search(text)
            and not any(isinstance(a, ast.Name) and a.id in subclasses for a in c.args)
            and not any(k.arg == "static_folder" for k in c.keywords)
        ):
            continue
        for k in c.keywords:
            if k.arg in {"directory", "static_folder", "root"}:
                found.add(ast.unparse(k.value))
    return found


def _generated_files_served_openly(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Per-customer files are written into a directory that a static file server publishes with no
    authentication, under names built from guessable ids (customer-{id}-invoices-{n}.csv), so anyone can
    fetch another customer's file by its URL (forced browsing)."""
    if not any(
        (isinstance(n, ast.Name) and _STATIC_SERVER.match(n.id))
        or (isinstance(n, ast.Attribute) and _STATIC_SERVER.match(n.attr))
        or (isinstance(n, ast.keyword) and n.arg == "static_folder")
        for n in nodes(tree)
    ):
        return
    served = _served_directories(tree)
    if not served:
        return
    # a request handler that checks credentials (do_GET reading the Authorization header...) guards it
    for cls in nodes(tree):
        if isinstance(cls, ast.ClassDef) and any(
            isinstance(f, ast.FunctionDef)
            and f.name in {"do_GET", "do_HEAD", "send_head", "translate_path", "__call__", "dispatch"}
            and _REQUEST_AUTH.search(" ".join(dotted(n) for n in walk(f)) + ast.unparse(f))
            for f in cls.body
        ):
            return
    for c in calls(tree):
        if call_name(c) not in {"open", "io.open"} or not c.args:
            continue
        mode = c.args[1] if len(c.args) > 1 else next((k.value for k in c.keywords if k.arg == "mode"), None)
        if not (isinstance(mode, ast.Constant) and set(str(mode.value)) & set("wax")):
            continue
        path = c.args[0]
        if not (
            isinstance(path, ast.Call)
            and call_name(path) in {"os.path.join", "path.join", "join"}
            and path.args
            and ast.unparse(path.args[0]) in served
        ):
            continue
        parts = path.args[1:]
        names = {n.id for p in parts for n in walk(p) if isinstance(n, ast.Name)}
        func = next(
            (f for f in functions(tree) if any(x is c for x in walk(f))),
            None,
        )
        # the file name: an f-string of ids, directly or through a local variable
        sources = [
            a.value
            for a in (walk(func) if func is not None else [])
            if isinstance(a, ast.Assign) and any(isinstance(t, ast.Name) and t.id in names for t in a.targets)
        ] + parts
        if any(isinstance(s, ast.JoinedStr) for s in sources) and not any(
            _UNGUESSABLE.search(ast.unparse(s)) for s in sources
        ):
            yield span(c)
            return


CHECKS: tuple[Check, ...] = (
    Check(
        "generated-files-served-unauthenticated",
        425,
        Level.HIGH,
        Level.MEDIUM,
        "Direct request (forced browsing): files generated for individual customers are written into a "
        "directory that a static file server (SimpleHTTPRequestHandler, StaticFiles, static_folder) "
        "publishes without authentication, under names built from guessable ids, so anyone can fetch "
        "another customer's file by requesting its URL.",
        "These per-customer files are published by an unauthenticated file server under predictable names: "
        "anyone who guesses an id gets the file. Serve them through a handler that checks who is asking "
        "(and that the file belongs to them), or at least name them with an unguessable random token "
        "(secrets.token_urlsafe) and expire them.",
        _generated_files_served_openly,
        also=(552,),
    ),
)
