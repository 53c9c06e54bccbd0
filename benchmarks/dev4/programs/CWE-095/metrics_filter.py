from fastapi import FastAPI, Query

app = FastAPI()

SAMPLES = [
    {"host": "web1", "cpu": 71.0, "mem": 40.2},
    {"host": "web2", "cpu": 12.5, "mem": 81.9},
    {"host": "db1", "cpu": 55.3, "mem": 66.0},
]


def matches(sample, where):
    scope = dict(sample)
    return bool(eval(where, {}, scope))


@app.get("/metrics")
def metrics(where: str = Query("cpu > 50", description="filter, e.g. cpu > 50 and mem < 70")):
    return [s for s in SAMPLES if matches(s, where)]
