"""Background jobs triggered from the public API gateway via the message queue."""
import json
import logging

log = logging.getLogger("account_tasks")

DEFAULT_CONTEXT = {"is_staff": False, "quota_mb": 500, "notify": True}


def close_account(account_id, ctx):
    log.info("closing %s (staff=%s)", account_id, ctx["is_staff"])


def raise_quota(account_id, ctx, new_quota):
    if new_quota > ctx["quota_mb"] and not ctx["is_staff"]:
        raise PermissionError("only staff can raise quotas above the plan limit")
    log.info("quota for %s set to %s", account_id, new_quota)


def handle_message(raw_body):
    message = json.loads(raw_body)
    ctx = {**DEFAULT_CONTEXT, **message.get("context", {})}
    op = message["op"]
    if op == "close":
        close_account(message["account_id"], ctx)
    elif op == "raise_quota":
        raise_quota(message["account_id"], ctx, int(message["quota_mb"]))
    else:
        log.warning("unknown op %s", op)
