import urllib.request
from fastapi import FastAPI

app = FastAPI()


@app.post("/avatar")
def set_avatar(user_id: int, image_url: str):
    with urllib.request.urlopen(image_url, timeout=5) as resp:
        data = resp.read(2_000_000)
    with open(f"/srv/avatars/{user_id}.img", "wb") as fh:
        fh.write(data)
    return {"bytes": len(data)}
