from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    visits = int(request.cookies.get("visits", "0")) + 1
    page = f"""
    <html>
      <body>
        <h1>Welcome back, {name}!</h1>
        <p>This is visit number {visits}.</p>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
