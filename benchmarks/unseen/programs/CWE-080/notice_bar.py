import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/banner", response_class=HTMLResponse)
def banner(msg: str = "All systems operational", level: str = "info"):
    color = {"info": "#0a0", "warn": "#fa0", "error": "#a00"}.get(level, "#0a0")
    text = html.escape(msg)
    return f"""
    <div style="background:{color};padding:8px">
      <strong>Status:</strong> {text}
    </div>
    """
