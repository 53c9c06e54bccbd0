from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def card():
    recipient = request.args.get("to", "friend")
    message = request.args.get("msg", "Happy birthday!")
    template = f"""
    <div class="card">
      <h2>Dear {recipient},</h2>
      <p>{message}</p>
      <small>Sent on {{{{ today }}}}</small>
    </div>
    """
    return render_template_string(template, today=__import__("datetime").date.today())
