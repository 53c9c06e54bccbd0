from fastapi import FastAPI, HTTPException
from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()
engine = create_engine("sqlite:///accounts.db")


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    username = Column(String, unique=True)
    display_name = Column(String)
    email = Column(String)
    password_hash = Column(String)
    api_key = Column(String)


app = FastAPI()


@app.get("/users/{username}")
def public_profile(username: str):
    with Session(engine) as db:
        acct = db.query(Account).filter_by(username=username).first()
        if acct is None:
            raise HTTPException(404)
        data = {c.name: getattr(acct, c.name) for c in Account.__table__.columns}
    return data
