import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/diag/dns")
def dns_lookup(host: str):
    result = subprocess.run(f"nslookup {host}", shell=True, capture_output=True, text=True)
    return {"output": result.stdout}
