import pymysql
from flask import Flask, jsonify, request

app = Flask(__name__)
SORTABLE = {"name": "last_name", "hired": "hire_date", "dept": "department"}


def fetch_employees(department, sort_key):
    column = SORTABLE.get(sort_key, "last_name")
    conn = pymysql.connect(host="localhost", user="hr", database="hr")
    try:
        with conn.cursor() as cur:
            cur.execute(
                f"SELECT id, first_name, last_name FROM employees "
                f"WHERE department = %s ORDER BY {column}",
                (department,),
            )
            return cur.fetchall()
    finally:
        conn.close()


@app.get("/employees")
def employees():
    return jsonify(fetch_employees(request.args.get("dept", "sales"), request.args.get("sort", "name")))
