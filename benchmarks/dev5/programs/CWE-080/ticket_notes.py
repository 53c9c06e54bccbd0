"""Bottle app for support tickets: agents add notes shown on the ticket page."""
import sqlite3

from bottle import Bottle, request, redirect

app = Bottle()
DB = "tickets.db"


def db():
    conn = sqlite3.connect(DB)
    conn.execute("CREATE TABLE IF NOT EXISTS notes (ticket INTEGER, author TEXT, text TEXT)")
    return conn


def note_block(author, text):
    return "<div class='note'><em>" + author + "</em><p>" + text + "</p></div>"


@app.post("/tickets/<tid:int>/notes")
def add_note(tid):
    with db() as conn:
        conn.execute("INSERT INTO notes VALUES (?, ?, ?)",
                     (tid, request.forms.getunicode("author", "agent"),
                      request.forms.getunicode("text", "")))
    redirect(f"/tickets/{tid}")


@app.get("/tickets/<tid:int>")
def show_ticket(tid):
    with db() as conn:
        rows = conn.execute("SELECT author, text FROM notes WHERE ticket = ?", (tid,)).fetchall()
    notes = "\n".join(note_block(a, t) for a, t in rows)
    form = ("<form method='post' action='/tickets/%d/notes'>"
            "<input name='author'><textarea name='text'></textarea>"
            "<button>Add</button></form>" % tid)
    return "<html><body><h1>Ticket #%d</h1>%s%s</body></html>" % (tid, notes, form)


if __name__ == "__main__":
    app.run(port=8080)
