"""Positive example for jinja2-environment-without-autoescape: the rule must flag this."""
from jinja2 import Environment, FileSystemLoader
def render(name):
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template("page.html").render(name=name)
