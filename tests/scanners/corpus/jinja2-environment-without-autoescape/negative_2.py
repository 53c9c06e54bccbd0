"""Negative example for jinja2-environment-without-autoescape: autoescape is chosen by a setting or callable."""
import jinja2

from settings import AUTOESCAPE


def by_extension(template_name):
    return template_name is not None and template_name.endswith((".html", ".xml"))


pages = jinja2.Environment(loader=jinja2.PackageLoader("shop"), autoescape=by_extension)
mails = jinja2.Environment(loader=jinja2.PackageLoader("shop"), autoescape=AUTOESCAPE)
