from bottle import Bottle, request, response

app = Bottle()
messages = []


def strip_scripts(text):
    # remove script blocks people paste into chat
    return text.replace("<script>", "").replace("</script>", "")


@app.post("/chat")
def post_message():
    user = request.forms.getunicode("user", "guest")
    text = request.forms.getunicode("text", "")
    messages.append((strip_scripts(user), strip_scripts(text)))
    return {"count": len(messages)}


@app.get("/chat")
def transcript():
    response.content_type = "text/html; charset=utf-8"
    lines = ["<html><body><h1>Transcript</h1>"]
    for user, text in messages:
        lines.append("<p><b>%s</b>: %s</p>" % (user, text))
    lines.append("</body></html>")
    return "\n".join(lines)


if __name__ == "__main__":
    app.run(port=8090)
