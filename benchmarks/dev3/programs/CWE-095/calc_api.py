from bottle import Bottle, request

app = Bottle()


@app.get("/calc")
def calc():
    expression = request.query.get("expr", "0")
    try:
        value = eval(expression)
    except Exception as exc:
        return {"error": type(exc).__name__}
    return {"expression": expression, "value": value}


if __name__ == "__main__":
    app.run(host="localhost", port=8070)
