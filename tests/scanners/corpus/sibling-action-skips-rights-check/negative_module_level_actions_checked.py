"""Negative example for sibling-action-skips-rights-check: both module-level moderation actions check the
acting user's role."""

BANNED: set[str] = set()
HIDDEN: set[int] = set()


def hide_post(operator, post_id):
    if operator.role not in ("moderator", "admin"):
        raise PermissionError("moderators only")
    HIDDEN.add(post_id)


def ban_author(operator, author):
    if operator.role != "admin":
        raise PermissionError("admins only")
    BANNED.add(author)
    return {"banned": author, "by": operator.name}
