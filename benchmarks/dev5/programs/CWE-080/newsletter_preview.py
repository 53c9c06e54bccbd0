"""FastAPI service that previews newsletter drafts written by editors."""
from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse
from jinja2 import Environment, BaseLoader, select_autoescape

app = FastAPI()
env = Environment(loader=BaseLoader(), autoescape=select_autoescape(default=True))

PREVIEW = env.from_string("""
<html><head><title>{{ subject }}</title></head>
<body>
  <h1>{{ subject }}</h1>
  {% for para in paragraphs %}<p>{{ para }}</p>{% endfor %}
  <footer>Sent to {{ audience }}</footer>
</body></html>
""")


class Draft:
    def __init__(self, subject, body, audience):
        self.subject = subject.strip()
        self.paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        self.audience = audience

    def render(self):
        return PREVIEW.render(subject=self.subject, paragraphs=self.paragraphs,
                              audience=self.audience)


@app.post("/preview", response_class=HTMLResponse)
def preview(subject: str = Form(...), body: str = Form(...), audience: str = Form("all")):
    return Draft(subject, body, audience).render()
