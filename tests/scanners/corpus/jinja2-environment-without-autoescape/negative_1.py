"""Negative example for jinja2-environment-without-autoescape: the rule must not flag this."""
from jinja2 import Environment, FileSystemLoader, select_autoescape
def render(name):
    env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("page.html").render(name=name)
