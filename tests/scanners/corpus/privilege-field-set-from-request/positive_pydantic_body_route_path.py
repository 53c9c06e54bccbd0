from fastapi import APIRouter, Depends
from pydantic import BaseModel

from .deps import session_user
from .store import members

router = APIRouter()


class MemberPatch(BaseModel):
    display_name: str | None = None
    user_type: str | None = None


@router.patch("/members/{member_id}/permissions")
async def patch_member(member_id: str, patch: MemberPatch, caller=Depends(session_user)):
    member = await members.load(member_id)
    if patch.display_name:
        member.display_name = patch.display_name
    if patch.user_type:
        member.user_type = patch.user_type
    await members.save(member)
    return member
