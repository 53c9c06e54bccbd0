"""Negative example for jinja2-environment-without-autoescape: the one rendered value is escaped by hand."""
import html

from jinja2 import Environment, PackageLoader


def comment_page(request):
    body = html.escape(request.POST.get("body", ""))
    env = Environment(loader=PackageLoader("blog"))
    page = env.get_template("comment.html").render(body=body)
    return page
