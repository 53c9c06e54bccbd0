"""Checks on credential handling: passwords and tokens sent in clear text (in a plain http:// URL
or to a plain http:// endpoint) and password policies that enforce no length or strength."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    FUNCS,
    Check,
    call_name,
    calls,
    dotted,
    functions,
    nodes,
    span,
    url_parts,
    walk,
)
from seccode.scanners._finding import Level

_CREDENTIAL = re.compile(
    r"(?i)(^|_|\.)(pass(word|wd|phrase)?|pwd|secret|api_?key|access_?token|token|credentials?)$"
)
_PLAIN_HTTP = re.compile(r"^http://(?!localhost\b|127\.0\.0\.1\b|\[::1\])", re.IGNORECASE)


def _credential_expr(expr: ast.AST, carriers: set[str]) -> bool:
    """``expr`` mentions a credential: a password/secret/token name or attribute, a dict entry keyed
    so, or a name already known to carry one."""
    for node in walk(expr):
        name = dotted(node) if isinstance(node, ast.Name | ast.Attribute) else ""
        if name and (name in carriers or _CREDENTIAL.search(name)):
            return True
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CREDENTIAL.search(node.value):
            return isinstance(expr, ast.Dict | ast.Call)
    return False


def _credentials_in_plain_url(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in functions(tree):
        # query strings assembled from credentials (urlencode({"pass": self.password}))
        carriers: set[str] = set()
        for node in walk(func):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)
                and call_name(node.value).endswith("urlencode")
                and any(_credential_expr(a, carriers) for a in node.value.args)
            ):
                carriers.add(node.targets[0].id)
        for node in walk(func):
            parts = url_parts(node)
            if not parts:
                continue
            head = parts[0]
            if not (isinstance(head, ast.Constant) and isinstance(head.value, str)):
                continue
            if not _PLAIN_HTTP.match(head.value):
                continue
            query = False
            pending = False  # a credential was spliced in; an "@" next puts it in the URL's userinfo
            for part in parts:
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    if pending and not query and "@" in part.value.split("/", 1)[0]:
                        yield span(node)
                        break
                    query = query or "?" in part.value
                elif query and _credential_expr(part, carriers):
                    yield span(node)
                    break
                else:
                    pending = _credential_expr(part, carriers)


_SENDS = {"post", "put", "patch", "request", "get", "delete", "urlopen", "Request", "fetch", "stream"}
_SENT_PARTS = {"json", "data", "auth", "headers", "params", "files", "cookies", "body", "content"}


def _http_origin(expr: ast.expr | None, carriers: set[str]) -> bool:
    """``expr`` is a plain http:// (non-loopback) address, or built on one: a literal, a name or
    ``self`` attribute bound to one, a join/format/concatenation starting with one, a config lookup
    falling back to one (os.environ.get("API", "http://...")), or ``url or "http://..."``."""
    if expr is None:
        return False
    if isinstance(expr, ast.Constant):
        return isinstance(expr.value, str) and bool(_PLAIN_HTTP.match(expr.value))
    if isinstance(expr, ast.Name | ast.Attribute):
        return dotted(expr) in carriers
    if isinstance(expr, ast.JoinedStr | ast.BinOp):
        parts = url_parts(expr)
        return bool(parts) and _http_origin(parts[0], carriers)
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
        return any(_http_origin(v, carriers) for v in expr.values)
    if isinstance(expr, ast.Call):
        last = call_name(expr).rsplit(".", 1)[-1]
        if isinstance(expr.func, ast.Attribute) and last in {"rstrip", "strip", "format", "lstrip"}:
            return _http_origin(expr.func.value, carriers)
        if last in {"get", "getenv"} and len(expr.args) >= 2:
            return _http_origin(expr.args[1], carriers)
        if last == "urljoin" and expr.args:
            return _http_origin(expr.args[0], carriers)
    return False


def _plain_http_carriers(tree: ast.Module) -> set[str]:
    """Names, parameters and ``self`` attributes that hold a plain http:// base address."""
    carriers: set[str] = set()
    for _ in range(3):
        for node in nodes(tree):
            if isinstance(node, ast.Assign) and _http_origin(node.value, carriers):
                carriers |= {dotted(t) for t in node.targets if isinstance(t, ast.Name | ast.Attribute)}
            elif isinstance(node, FUNCS):
                positional = node.args.posonlyargs + node.args.args
                pairs = zip(
                    positional[len(positional) - len(node.args.defaults) :], node.args.defaults, strict=True
                )
                carriers |= {a.arg for a, d in pairs if _http_origin(d, carriers)}
    return carriers - {""}


def _credentials_to_plain_http(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A login, token or password sent in the body, auth or headers of a request to an http:// base
    address kept in a constant, a parameter default or an attribute."""
    if not any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and _PLAIN_HTTP.match(n.value)
        for n in nodes(tree)
    ):
        return
    # the address is checked or forced to be https before anything is sent
    if any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.lower().startswith("https")
        for n in nodes(tree)
    ) and any(
        isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {"startswith", "urlparse", "urlsplit"}
        for n in nodes(tree)
    ):
        return
    carriers = _plain_http_carriers(tree)
    for call in calls(tree):
        last = call_name(call).rsplit(".", 1)[-1]
        if last not in _SENDS or not call.args:
            continue
        url = call.args[1] if last == "request" and len(call.args) > 1 else call.args[0]
        if not _http_origin(url, carriers):
            continue
        sent = [kw for kw in call.keywords if kw.arg in _SENT_PARTS]
        if any(
            kw.arg == "auth" and not (isinstance(kw.value, ast.Constant) and kw.value.value is None)
            for kw in sent
        ) or any(_credential_expr(kw.value, set()) or _authorization(kw.value) for kw in sent):
            yield span(call)


def _authorization(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Dict) and any(
        isinstance(k, ast.Constant) and str(k.value).lower() in {"authorization", "x-api-key", "cookie"}
        for k in expr.keys
    )


_POLICY_FUNCTION = re.compile(
    r"(?i)(passw|pwd|passphrase).*(acceptable|allowed|_ok$|valid|strong|strength|policy|meets|good|rules)"
    r"|(valid|acceptable|strong|allowed|good)_?(new_?)?(passw|pwd|passphrase)"
)
_POLICY_CALLS = re.compile(
    r"(?i)(validat|zxcvbn|strength|common|policy|pwned|breach|entropy|is(digit|upper|lower|alpha))"
)
_STORES_PASSWORD = {
    "set_password",
    "hashpw",
    "make_password",
    "generate_password_hash",
    "create_user",
    "hash",
}


def _policy_without_length(tree: ast.Module) -> Iterator[tuple[int, int]]:
    if not any(call_name(c).rsplit(".", 1)[-1] in _STORES_PASSWORD for c in calls(tree)):
        return
    for func in functions(tree):
        if not _POLICY_FUNCTION.search(func.name) or not func.args.args:
            continue
        names = [call_name(c) for c in calls(func)]
        if any(n == "len" or n.startswith("re.") or _POLICY_CALLS.search(n) for n in names):
            continue
        # a length or pattern test written another way (min_length settings, regex objects)
        if any(isinstance(n, ast.Attribute) and _POLICY_CALLS.search(n.attr) for n in walk(func)):
            continue
        yield span(func)[0], span(func)[0]


CHECKS: tuple[Check, ...] = (
    Check(
        "password-policy-without-length",
        521,
        Level.MEDIUM,
        Level.MEDIUM,
        "Weak password requirements: a module that stores passwords has a password acceptance function "
        "(password_acceptable, is_valid_password...) that checks neither length nor strength (no len(), "
        "pattern, validator or common-password test), so any non-empty password passes.",
        "This password check enforces no length or strength rule, so 'a' or '123' is accepted as a new "
        "password. Require at least 8 (better 12) characters and reject common and user-derived passwords, "
        "e.g. with Django's validate_password(password, user) or a breached-password list.",
        _policy_without_length,
    ),
    Check(
        "credentials-in-cleartext-url",
        522,
        Level.HIGH,
        Level.MEDIUM,
        "Insufficiently protected credentials: a password, secret or token is put in the query string "
        "(directly or through a urlencode()d query) or the user:password@ part of a plain http:// URL, "
        "where it crosses the network in clear text and lands in proxy and server logs.",
        "A password or token is sent in an http:// URL (query string or user:password@): it travels "
        "unencrypted and is "
        "written to access logs and browser history. Send credentials only over https://, in the request "
        "body or an Authorization header (e.g. requests.post(url, auth=(user, password)) with an https "
        "URL), never in the URL.",
        _credentials_in_plain_url,
    ),
    Check(
        "credentials-sent-to-plain-http-url",
        319,
        Level.HIGH,
        Level.MEDIUM,
        "Cleartext transmission of sensitive information: a password, token or Authorization header is "
        "sent in the body, auth or headers of a request to a plain http:// address kept in a constant, a "
        "parameter default, a configuration fallback or an attribute (base_url + '/login').",
        "Credentials are sent to an http:// address, so anyone on the network path reads the password or "
        "token. Use an https:// base URL (and keep certificate verification on); reject non-https "
        "endpoints from configuration (if not url.startswith('https://'): raise) before logging in.",
        _credentials_to_plain_http,
        also=(523,),
    ),
)
