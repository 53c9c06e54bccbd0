import os
import tempfile

from flask import Flask, request

app = Flask(__name__)
STAGING = os.path.join(os.path.dirname(__file__), "staging")


@app.post("/import")
def import_csv():
    os.makedirs(STAGING, 0o777, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=STAGING, suffix=".csv", delete=False) as fh:
        fh.write(request.get_data())
    return {"staged": os.path.basename(fh.name)}
