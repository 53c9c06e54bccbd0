"""Positive example for jinja2-environment-without-autoescape: escaping switched off explicitly."""
from jinja2 import Environment, DictLoader

env = Environment(loader=DictLoader({"row.html": "<td>{{ cell }}</td>"}), autoescape=False)


def row(cell):
    return env.get_template("row.html").render(cell=cell)
