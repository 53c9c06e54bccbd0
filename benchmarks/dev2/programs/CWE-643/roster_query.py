from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
ROSTER = etree.parse("roster.xml")
FIND_MEMBER = etree.XPath("//member[login=$login]")
BY_TEAM = etree.XPath("//member[team=$team]/name/text()")


@app.route("/roster/member")
def member():
    login = request.args.get("login", "")
    found = FIND_MEMBER(ROSTER, login=login)
    if not found:
        return jsonify({"error": "not found"}), 404
    node = found[0]
    return jsonify({"name": node.findtext("name"), "team": node.findtext("team")})


@app.route("/roster/team")
def team():
    team_name = request.args.get("team", "")
    names = ROSTER.xpath("//member[team=$team]/name/text()", team=team_name)
    return jsonify(sorted(str(n) for n in names))


@app.route("/roster/team-compiled")
def team_compiled():
    return jsonify([str(n) for n in BY_TEAM(ROSTER, team=request.args.get("team", ""))])
