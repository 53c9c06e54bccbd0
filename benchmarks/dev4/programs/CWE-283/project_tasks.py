from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()

SESSIONS = {"tok-ann": "ann", "tok-bob": "bob"}
TASKS = {
    1: {"owner": "ann", "title": "write spec", "done": False},
    2: {"owner": "bob", "title": "fix build", "done": False},
}


def current_user(authorization: str = Header(...)):
    user = SESSIONS.get(authorization.removeprefix("Bearer "))
    if user is None:
        raise HTTPException(401)
    return user


def owned_task(task_id: int, user: str):
    task = TASKS.get(task_id)
    if task is None or task["owner"] != user:
        raise HTTPException(404, "task not found")
    return task


@app.post("/tasks/{task_id}/complete")
def complete(task_id: int, user: str = Depends(current_user)):
    task = owned_task(task_id, user)
    task["done"] = True
    return {"id": task_id, "done": True}


@app.delete("/tasks/{task_id}")
def delete(task_id: int, user: str = Depends(current_user)):
    owned_task(task_id, user)
    del TASKS[task_id]
    return {"deleted": task_id}
