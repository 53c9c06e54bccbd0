"""Positive example for reflected-xss-from-request: the helper wraps the cookie value in a page."""

from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    return page_for(request.cookies.get("nickname", "friend"))


def page_for(nick):
    return f'''<!doctype html>
<p>Welcome back, {nick}!</p>'''
