"""Negative example for object-accessed-without-ownership-check: a public blog post read by id is no IDOR."""

from flask import Flask, render_template
from flask_login import login_required, current_user
from .models import Post, db
app = Flask(__name__)

@app.route("/posts/<int:post_id>")
def show_post(post_id):
    post = Post.query.get_or_404(post_id)
    return render_template("post.html", post=post)

@app.route("/me")
@login_required
def me():
    return render_template("me.html", user=current_user)
