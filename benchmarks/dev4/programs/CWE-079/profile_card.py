from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment, select_autoescape, DictLoader

app = FastAPI()

env = Environment(
    loader=DictLoader({
        "card.html": "<div class='card'><h3>{{ name }}</h3><p>{{ bio }}</p>"
                     "<a href='/u/{{ name|urlencode }}'>profile</a></div>",
    }),
    autoescape=select_autoescape(["html"]),
)

PROFILES = {}


@app.post("/profiles/{name}")
def set_bio(name: str, bio: str):
    PROFILES[name] = bio
    return {"ok": True}


@app.get("/profiles/{name}", response_class=HTMLResponse)
def card(name: str):
    bio = PROFILES.get(name, "")
    return env.get_template("card.html").render(name=name, bio=bio)
