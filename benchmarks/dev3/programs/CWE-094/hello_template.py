from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Hello</title>
<h1>Hello, {{ visitor }}!</h1>
<p>Thanks for stopping by.</p>
"""


@app.route("/hello")
def hello():
    return render_template_string(PAGE, visitor=request.args.get("name", "stranger"))
