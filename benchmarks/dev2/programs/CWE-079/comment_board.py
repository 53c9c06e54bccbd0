from flask import Flask, request, redirect, render_template_string, url_for

app = Flask(__name__)
COMMENTS = []

PAGE = """
<!doctype html>
<title>Comments</title>
<form method="post"><input name="author"><textarea name="body"></textarea>
<button>Post</button></form>
{% for c in comments %}
  <div class="comment"><b>{{ c.author }}</b>: {{ c.body }}</div>
{% endfor %}
"""


@app.route("/comments", methods=["GET", "POST"])
def comments():
    if request.method == "POST":
        COMMENTS.append({
            "author": request.form.get("author", "anon")[:40],
            "body": request.form.get("body", "")[:2000],
        })
        return redirect(url_for("comments"))
    return render_template_string(PAGE, comments=COMMENTS)
