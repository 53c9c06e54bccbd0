"""Rights checked by one action and skipped by its sibling (CWE-285): methods that take the acting user,
where one checks the actor's role or permission before changing state and another changes state unchecked."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    dotted,
    names_in,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

_ACTOR_PARAM = re.compile(r"(?i)^(user|actor|caller|principal|requester|current_user|operator|acting_user)$")
#: the actor's attributes that decide what it may do
_ACTOR_RIGHTS = re.compile(
    r"(?i)\.(roles?|is_\w+|permissions?|perms|groups?|scopes?|rank|level|privileges?)\b"
)
#: calls that decide access for the actor
_RIGHTS_CALL = re.compile(r"(?i)(perm|role|authori[sz]|require|ensure|check|can_|allowed|assert_|guard)")
#: actions whose names say they change money, accounts or records
_ACTION_NAME = re.compile(
    r"(?i)^(approve|reject|refund|pay|payout|transfer|grant|revoke|delete|remove|ban|promote|demote|"
    r"close|cancel|publish|reset|set|update|assign|disable|enable|issue|void|write_off|credit|debit)"
)


def _actor_param(func: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    for a in func.args.args:
        if _ACTOR_PARAM.match(a.arg):
            return a.arg
    return None


def _actor_checked(func: ast.AST, actor: str) -> bool:
    """The method decides something about ``actor``: a test that reads it (its role, its id, its name
    against an owner), or a call that checks its rights."""
    for n in walk(func):
        tests = (
            [n.test]
            if isinstance(n, ast.If | ast.IfExp | ast.Assert | ast.While)
            else [n]
            if isinstance(n, ast.Compare)
            else []
        )
        if any(actor in names_in(t) for t in tests):
            return True
        if (
            isinstance(n, ast.Call)
            and _RIGHTS_CALL.search(call_name(n).rsplit(".", 1)[-1])
            and any(actor in names_in(a) for a in [*n.args, *(k.value for k in n.keywords)])
        ):
            return True
    return False


def _actor_rights_checked(func: ast.AST, actor: str) -> bool:
    """The method tests the actor's role/permissions (if "billing" not in user.roles: raise ...)."""
    return any(
        isinstance(n, ast.If | ast.Assert)
        and actor in names_in(n.test)
        and _ACTOR_RIGHTS.search(ast.unparse(n.test))
        for n in walk(func)
    ) or any(
        isinstance(n, ast.Call)
        and re.search(r"(?i)(perm|role|authori[sz])", call_name(n).rsplit(".", 1)[-1])
        and any(actor in names_in(a) for a in n.args)
        for n in walk(func)
    )


def _changes_state(func: ast.AST) -> bool:
    """The method changes a record (order.refunded = True, ledger append, store delete)."""
    for n in walk(func):
        if isinstance(n, ast.Assign | ast.AugAssign):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            for t in targets:
                if isinstance(t, ast.Attribute | ast.Subscript) and dotted(t).split(".")[0] != "self":
                    return True
                if isinstance(t, ast.Subscript) and dotted(t.value).startswith("self."):
                    return True
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in {
            "append", "add", "discard", "delete", "remove", "pop", "save", "update", "insert", "execute",
            "commit", "transfer",
        }:  # fmt: skip
            return True
    return False


def _sibling_skips_rights_check(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """In a service class (or module) whose functions receive the acting user, one action checks the
    actor's role ("support" in user.roles) but a sibling action that changes records (approve_refund)
    never looks at the actor at all, so any user, even a viewer, may perform it."""
    # the methods of each class, and the module's own functions, are sibling groups
    groups = [cls.body for cls in nodes(tree) if isinstance(cls, ast.ClassDef)] + [tree.body]
    for body in groups:
        methods = [
            (f, actor)
            for f in body
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            and not f.name.startswith("_")
            and (actor := _actor_param(f)) is not None
        ]
        if len(methods) < 2 or not any(_actor_rights_checked(f, a) for f, a in methods):
            continue
        for func, actor in methods:
            decorators = " ".join(dotted(d) for d in func.decorator_list)
            if (
                _ACTION_NAME.match(func.name)
                and not re.search(r"(?i)(perm|role|admin|staff|auth|require)", decorators)
                and not _actor_checked(func, actor)
                and _changes_state(func)
            ):
                yield span(func)
                return


CHECKS: tuple[Check, ...] = (
    Check(
        "sibling-action-skips-rights-check",
        285,
        Level.HIGH,
        Level.MEDIUM,
        "Improper authorization: in a service class whose methods receive the acting user, one action "
        "checks the actor's role or permissions, but a sibling action that changes records (approve, "
        "refund, delete, grant...) never looks at the actor at all, so any user may perform it.",
        "This action changes records for whoever calls it: unlike its sibling methods it never checks the "
        "acting user's role or permissions. Check the rights the action needs (e.g. if 'billing_admin' "
        "not in user.roles: raise PermissionError) before changing anything.",
        _sibling_skips_rights_check,
    ),
)
