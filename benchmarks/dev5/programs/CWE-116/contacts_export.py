from flask import Flask, Response

from .models import Contact

app = Flask(__name__)


@app.route("/contacts.csv")
def export_contacts():
    lines = ["name,email,company,notes"]
    for c in Contact.query.order_by(Contact.name).all():
        lines.append(",".join([c.name, c.email, c.company or "", c.notes or ""]))
    return Response("\n".join(lines) + "\n", mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=contacts.csv"})


if __name__ == "__main__":
    app.run()
