"""Positive example for regex-assembled-from-unescaped-input: a Starlette endpoint hands the tags to a filter whose method joins them into an alternation."""
import re

from starlette.responses import JSONResponse


class TagFilter:
    def __init__(self, raw):
        self.tags = [t for t in raw.split(",") if t]

    def expression(self):
        return "^(?:" + "|".join(self.tags) + ")$"

    def keep(self, labels):
        return [label for label in labels if re.fullmatch(self.expression(), label)]


async def filter_labels(request):
    labels = ["bug", "feature", "docs"]
    return JSONResponse(TagFilter(request.query_params.get("tags", "")).keep(labels))
