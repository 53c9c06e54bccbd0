"""Negative example for python-exec-of-dynamic-string: migration snippets are module constants; the
runner compiles each one from that table and execs it."""

MIGRATIONS = {
    1: "db['users'] = db.get('users', [])",
    2: "db.setdefault('version', 0)",
}
COMPILED = {step: compile(src, f"migration-{step}", "exec") for step, src in MIGRATIONS.items()}


def migrate(db, current):
    for step in sorted(COMPILED):
        if step > current:
            code = COMPILED.get(step)
            exec(code, {"__builtins__": {}}, {"db": db})
    return db
