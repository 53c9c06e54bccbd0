"""Positive: Django helper joins concatenated list items from stored text and marks the result safe."""
from django.shortcuts import render
from django.utils.safestring import mark_safe


def as_list(lines):
    items = "".join("<li>" + line + "</li>" for line in lines)
    return mark_safe("<ul>" + items + "</ul>")


def recipe(request, recipe):
    return render(request, "recipe.html", {"steps": as_list(recipe.steps.splitlines())})
