"""Positive example for sibling-action-skips-rights-check: module-level moderation actions; hiding a post
needs the moderator role, but banning an author checks nothing about the acting user."""

BANNED: set[str] = set()
HIDDEN: set[int] = set()


def hide_post(operator, post_id):
    if operator.role not in ("moderator", "admin"):
        raise PermissionError("moderators only")
    HIDDEN.add(post_id)


def ban_author(operator, author):
    BANNED.add(author)
    return {"banned": author, "by": operator.name}
