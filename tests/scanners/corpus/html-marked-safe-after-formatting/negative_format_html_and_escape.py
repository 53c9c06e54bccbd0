"""Negative: values are escaped before the markup is marked safe, or the fragment is built with format_html."""
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe


def badge(label):
    return format_html("<span class='badge'>{}</span>", label)


def steps(lines):
    return format_html_join("", "<li>{}</li>", ((line,) for line in lines))


def quote(author, body):
    return mark_safe(f"<blockquote><cite>{escape(author)}</cite>{escape(body)}</blockquote>")


def line_break():
    return mark_safe("<br>")


def as_list(lines):
    items = "".join("<li>" + escape(line) + "</li>" for line in lines)
    return mark_safe("<ul>" + items + "</ul>")
