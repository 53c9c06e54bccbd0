from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    visitor = request.args.get("name", "stranger")
    template = """
    <!doctype html>
    <title>Hello</title>
    <h1>Hello, %s!</h1>
    <p>Thanks for stopping by.</p>
    """ % visitor
    return render_template_string(template)


if __name__ == "__main__":
    app.run()
