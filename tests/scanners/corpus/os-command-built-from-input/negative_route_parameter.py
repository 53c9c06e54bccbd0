import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/diag/dns")
def dns_lookup(host: str):
    result = subprocess.run(["nslookup", "--", host], capture_output=True, text=True)
    return {"output": result.stdout}
