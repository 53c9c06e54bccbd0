from bottle import Bottle, request, response, abort
import sqlite3

app = Bottle()


def db():
    conn = sqlite3.connect("accounts.db")
    conn.row_factory = sqlite3.Row
    return conn


def session_user():
    sid = request.get_cookie("sid")
    if not sid:
        return None
    with db() as conn:
        row = conn.execute("SELECT user_id FROM sessions WHERE sid = ?", (sid,)).fetchone()
    return row["user_id"] if row else None


@app.get("/account/profile")
def profile():
    uid = session_user()
    if uid is None:
        abort(401, "login required")
    with db() as conn:
        row = conn.execute("SELECT email, display_name FROM users WHERE id = ?", (uid,)).fetchone()
    return dict(row)


@app.post("/account/<user_id:int>/email")
def change_email(user_id):
    new_email = request.forms.get("email", "").strip()
    if "@" not in new_email:
        abort(400, "bad email")
    with db() as conn:
        conn.execute("UPDATE users SET email = ? WHERE id = ?", (new_email, user_id))
    response.status = 204
    return ""


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)
