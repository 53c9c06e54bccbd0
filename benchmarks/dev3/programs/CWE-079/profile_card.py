from jinja2 import Environment, select_autoescape
from bottle import Bottle, request, response

app = Bottle()
env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))

CARD = env.from_string(
    """<div class="card">
  <h3>{{ name }}</h3>
  <p class="bio">{{ bio }}</p>
  <a href="{{ website }}">website</a>
</div>"""
)


@app.get("/card")
def card():
    response.content_type = "text/html; charset=utf-8"
    website = request.query.get("website", "")
    if not website.startswith(("https://", "http://")):
        website = "#"
    return CARD.render(
        name=request.query.get("name", "anonymous"),
        bio=request.query.get("bio", ""),
        website=website,
    )


if __name__ == "__main__":
    app.run(port=8088)
